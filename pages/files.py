"""Files: uploaded and generated files with preview, download and delete. Every file is
shown whatever state another one is in."""

import json
from datetime import datetime

import plotly.graph_objects as go
import streamlit as st

from components.data_card import file_card
from services import chat, previews
from services.errors import WorkbenchError
from services.schemas import FileObject
from workbench import get_engine, signed_in

engine = get_engine()
me = signed_in()
st.title("Files")


def clean_table(file_id: str, table: str | None, fmt: str) -> bytes:
    with engine.db.reader(me) as session:
        return chat.cleaned_table(
            session=session, files=engine.files, file_id=file_id, table=table, fmt=fmt
        )


def read_card(
    file_id: str, table: str | None = None, wait: float | None = 1.0
) -> chat.DataCard | None:
    with engine.db.reader(me) as session:
        return chat.file_card(
            session=session, files=engine.files, file_id=file_id, table=table, wait=wait
        )


def show(item: FileObject) -> None:
    """One file's preview and download; its problems are shown here, for it alone."""
    with engine.db.reader(me) as session:
        shown = previews.preview(session=session, files=engine.files, file=item)
    if shown.problem:
        st.error(shown.problem)
        return
    assert shown.data is not None
    if shown.kind == "table":
        file_card(item.id, read=read_card, key=item.id, cleaner=clean_table)
    elif shown.kind == "image":
        st.image(shown.data)
    elif shown.kind == "chart":
        try:
            st.plotly_chart(go.Figure(json.loads(shown.data)), key=f"preview-{item.id}")
        except ValueError:
            st.code(shown.data[:2000].decode(errors="replace"))
    st.download_button(
        shown.download,
        shown.data,
        file_name=item.filename,
        mime=item.mime_type,
        key=f"download-{item.id}",
        on_click="ignore",
    )


with engine.db.session(me) as session:
    files = engine.files.list(session=session, limit=100).data
    where = chat.file_threads(session=session)

if not files:
    st.info("No files yet. Upload one on the Chat page.")
for item in files:
    thread = where.get(item.id)
    label = (
        f"{item.filename} · {item.bytes:,} bytes · "
        f"{'generated' if item.purpose == 'assistants_output' else 'uploaded'} · "
        f"{datetime.fromtimestamp(item.created_at):%Y-%m-%d %H:%M}"
        + (f" · {thread[1] or 'untitled analysis'}" if thread else "")
    )
    with st.expander(label):
        try:
            show(item)
        except (WorkbenchError, OSError, ValueError) as error:
            message = error.message if isinstance(error, WorkbenchError) else str(error)
            st.error(f"{item.filename} cannot be shown: {message}")
        confirm = st.checkbox("Yes, delete this file", key=f"confirm-{item.id}")
        if st.button("Delete", key=f"delete-{item.id}", disabled=not confirm):
            try:
                with engine.db.session(me) as session:
                    engine.files.delete(session=session, file_id=item.id)
            except WorkbenchError as error:
                st.error(error.message)
            else:
                st.rerun()
