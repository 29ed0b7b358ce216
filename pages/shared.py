"""A thread a teammate shared by link: read-only, with its charts and files, and a way to
fork it into a thread of your own."""

import streamlit as st

from components.messages import conversation
from services import shares
from services.errors import WorkbenchError
from workbench import get_engine, signed_in

engine = get_engine()
me = signed_in()
token = st.query_params.get("share", "")


def read_file(file_id: str):  # type: ignore[no-untyped-def]
    with engine.db.reader(me) as session:
        return shares.file(session=session, files=engine.files, token=token, file_id=file_id)


def fork() -> None:
    try:
        with engine.db.session(me) as session:
            made = shares.fork(session=session, token=token)
    except WorkbenchError as error:
        st.session_state["error"] = f"The thread was not forked: {error.message}"
        return
    st.session_state["thread_id"] = made.id
    st.session_state["forked"] = True


if st.session_state.pop("forked", False):
    st.switch_page("pages/chat.py", query_params={"thread": st.session_state["thread_id"]})
try:
    with engine.db.reader(me) as session:
        shared = shares.open_link(session=session, files=engine.files, token=token)
except WorkbenchError:
    st.title("Shared thread")
    st.error(
        "This share link does not work: it was revoked, or it was never a link. Ask the "
        "thread's owner to share it again."
    )
    st.stop()

st.title(shared.title or "Shared thread")
st.caption(f"Shared by {shared.owner} · read-only")
if "error" in st.session_state:
    st.error(st.session_state.pop("error"))
st.button("Fork into my threads", key="fork", type="primary", on_click=fork)
conversation(shared.view, read=read_file)
