"""Assistants: list, create, edit and delete (name, instructions, backend and model,
tools, temperature)."""

import streamlit as st

from services import assistants, chat
from services.errors import WorkbenchError
from workbench import get_engine

engine = get_engine()
st.title("Assistants")

with engine.db.session() as session:
    chat.default_assistant(session=session, settings=engine.settings)
    items = assistants.list_(session=session, limit=100, order="asc").data

backends = engine.backends.names()


def form(key: str, current=None) -> dict | None:  # type: ignore[no-untyped-def]
    with st.form(key):
        name = st.text_input("Name", value=current.name if current else "")
        instructions = st.text_area(
            "Instructions", value=(current.instructions or "") if current else ""
        )
        backend = st.selectbox(
            "Model backend",
            backends,
            index=backends.index(current.model_backend)
            if current and current.model_backend in backends
            else 0,
        )
        model = st.text_input(
            "Model", value=current.model if current else engine.settings.default_model
        )
        code = st.checkbox(
            "Code interpreter",
            value=any(t.type == "code_interpreter" for t in current.tools) if current else True,
        )
        temperature = st.slider(
            "Temperature", 0.0, 2.0, value=float(current.temperature or 0.0) if current else 0.0
        )
        if st.form_submit_button("Save"):
            return {
                "name": name or None,
                "instructions": instructions or None,
                "model_backend": backend,
                "model": model,
                "tools": [{"type": "code_interpreter"}] if code else [],
                "temperature": temperature,
            }
    return None


for item in items:
    with st.expander(f"{item.name or item.id} · {item.model_backend} / {item.model}"):
        changes = form(f"edit-{item.id}", item)
        if changes is not None:
            try:
                with engine.db.session() as session:
                    assistants.update(session=session, assistant_id=item.id, **changes)
            except WorkbenchError as error:
                st.error(error.message)
            else:
                st.rerun()
        confirm = st.checkbox("Yes, delete this assistant", key=f"confirm-{item.id}")
        if st.button("Delete", key=f"delete-{item.id}", disabled=not confirm):
            with engine.db.session() as session:
                assistants.delete(session=session, assistant_id=item.id)
            st.rerun()

st.subheader("New assistant")
created = form("create")
if created is not None:
    try:
        with engine.db.session() as session:
            assistants.create(session=session, **created)
    except WorkbenchError as error:
        st.error(error.message)
    else:
        st.rerun()
