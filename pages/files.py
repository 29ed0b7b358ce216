"""Files: uploaded and generated files with preview, download and delete."""

import json
from datetime import datetime

import plotly.graph_objects as go
import streamlit as st

from components.data_card import data_card
from services import chat
from services.errors import WorkbenchError
from workbench import get_engine

engine = get_engine()
st.title("Files")

with engine.db.session() as session:
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
        with engine.db.session() as session:
            data = engine.files.read_bytes(session=session, file_id=item.id)
            card = None
            if item.mime_type.startswith("text/") or item.filename.endswith(
                (".xlsx", ".xls", ".parquet")
            ):
                try:
                    card = chat.data_card(session=session, files=engine.files, file=item)
                except (ValueError, UnicodeDecodeError) as error:
                    st.caption(f"No preview: {error}")
        if card is not None:
            data_card(card)
        elif item.mime_type == "image/png":
            st.image(data)
        elif item.filename.endswith(".json"):
            try:
                st.plotly_chart(go.Figure(json.loads(data)), key=f"preview-{item.id}")
            except ValueError:
                st.code(data[:2000].decode(errors="replace"))
        st.download_button(
            "Download",
            data,
            file_name=item.filename,
            mime=item.mime_type,
            key=f"download-{item.id}",
            on_click="ignore",
        )
        confirm = st.checkbox("Yes, delete this file", key=f"confirm-{item.id}")
        if st.button("Delete", key=f"delete-{item.id}", disabled=not confirm):
            try:
                with engine.db.session() as session:
                    engine.files.delete(session=session, file_id=item.id)
            except WorkbenchError as error:
                st.error(error.message)
            else:
                st.rerun()
