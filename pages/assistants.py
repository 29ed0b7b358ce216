"""Assistants: list, create, edit and delete (name, instructions, backend and model, tools
and the document store File search reads, temperature, and for the OpenAI-compatible
backends the connection, with a test)."""

import functools
import json
import re

import streamlit as st

from services import assistants, chat
from services import tool_resources as resources
from services import vector_stores as vs
from services.errors import WorkbenchError
from services.llm.connection import PRESETS, parse_connection, resolve
from services.llm.openai_chat import list_models
from services.schemas import Assistant
from workbench import get_engine, signed_in

engine = get_engine()
me = signed_in()
st.title("Assistants")

with engine.db.session(me) as session:
    chat.default_assistant(session=session, settings=engine.settings)
    items = assistants.list_(session=session, limit=100, order="asc").data
    stores = {s.id: s.name or s.id for s in vs.list_stores(session=session, limit=100).data}

backends = engine.backends.names()
presets = list(PRESETS)
REMOTE = ("openai_chat", "openai_responses")


def connection_fields(key: str, current) -> dict:  # type: ignore[no-untyped-def]
    """The connection part of the form; only used by the OpenAI-compatible backends."""
    conn = (current.connection if current else None) or {}
    st.caption(
        "Connection (for openai_chat and openai_responses). Keys are never stored with the "
        "assistant: name one as env:VARIABLE, or paste it below to save it in the secret file."
    )
    preset = st.selectbox(
        "Server",
        presets,
        index=presets.index(conn.get("preset", "openai")),
        format_func=lambda p: PRESETS[p].label,
        key=f"{key}-preset",
    )
    chosen = PRESETS[preset]
    base_url = st.text_input(
        "Base URL",
        value=conn.get("base_url") or "",
        placeholder=chosen.base_url or "OPENAI_BASE_URL, else https://api.openai.com/v1",
        key=f"{key}-base-url",
    )
    key_ref = st.text_input(
        "API key reference",
        value=conn.get("key") or "",
        placeholder=f"env:{chosen.key_env}" if chosen.key_env else "not needed",
        key=f"{key}-key",
    )
    new_key = st.text_input("Or paste a new API key", type="password", key=f"{key}-new-key")
    headers = st.text_area(
        "Extra headers (JSON)",
        value=json.dumps(conn.get("headers") or {}) if conn.get("headers") else "",
        placeholder='{"OpenAI-Organization": "org-…"}',
        key=f"{key}-headers",
    )
    if chosen.hint:
        st.caption(chosen.hint)
    return {
        "preset": preset,
        "base_url": base_url,
        "key": key_ref,
        "new_key": new_key,
        "headers": headers,
    }


def build_connection(fields: dict, name: str | None) -> dict | None:
    """The connection to store; a pasted key goes to the secret file first."""
    try:
        headers = json.loads(fields["headers"]) if fields["headers"].strip() else {}
    except ValueError:
        raise WorkbenchError("Extra headers must be a JSON object of names to values.") from None
    key = fields["key"] or None
    if fields["new_key"]:
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", (name or "assistant").strip()).strip("-")
        key = engine.secrets.set(f"{slug or 'assistant'}-key", fields["new_key"])
    return parse_connection(
        {
            "preset": fields["preset"],
            "base_url": fields["base_url"] or None,
            "key": key,
            "headers": headers,
        }
    )


def store_fields(key: str, current: Assistant | None) -> tuple[bool, str | None]:
    """The File search toggle and the one document store it reads (or none)."""
    ids = current.tool_resources.get("file_search", {}).get("vector_store_ids") if current else None
    chosen = ids[0] if ids else ""  # "" is no store
    options = ["", *stores] + ([chosen] if chosen and chosen not in stores else [])
    search = st.toggle(
        "File search",
        value=any(t.type == "file_search" for t in current.tools) if current else False,
        key=f"{key}-file-search",
        help="Let the assistant search documents and quote them: the store below, and "
        "files attached to a message for search.",
    )
    store = st.selectbox(
        "Document store",
        options,
        index=options.index(chosen),
        format_func=lambda i: "none" if not i else stores.get(i, f"{i} (deleted; choose another)"),
        key=f"{key}-store",
        help="Stores are made on the Documents page. An assistant reads at most one, and "
        "only while File search is on.",
    )
    return search, store or None


def tool_setup(current: Assistant | None, code: bool, search: bool, store: str | None) -> dict:
    """Tools and tool_resources to save; other resources (code interpreter files) are kept."""
    tools: list[dict] = [{"type": "code_interpreter"}] if code else []
    if search:
        kept = [t for t in current.tools if t.type == "file_search"] if current else []
        tools.append(kept[0].model_dump(exclude_none=True) if kept else {"type": "file_search"})
    resources = dict(current.tool_resources) if current else {}
    resources.pop("file_search", None)
    if store:
        resources["file_search"] = {"vector_store_ids": [store]}
    return {"tools": tools, "tool_resources": resources}


def form(key: str, current=None) -> dict | None:  # type: ignore[no-untyped-def]
    with st.form(key):
        name = st.text_input("Name", value=current.name if current else "", key=f"{key}-name")
        instructions = st.text_area(
            "Instructions",
            value=(current.instructions or "") if current else "",
            key=f"{key}-instructions",
        )
        backend = st.selectbox(
            "Model backend",
            backends,
            index=backends.index(current.model_backend)
            if current and current.model_backend in backends
            else 0,
            key=f"{key}-backend",
        )
        model = st.text_input(
            "Model",
            value=current.model if current else engine.settings.default_model,
            key=f"{key}-model",
        )
        code = st.checkbox(
            "Code interpreter",
            value=any(t.type == "code_interpreter" for t in current.tools) if current else True,
        )
        search, store = store_fields(key, current)
        temperature = st.slider(
            "Temperature", 0.0, 2.0, value=float(current.temperature or 0.0) if current else 0.0
        )
        team = st.checkbox(
            "Share with the team (everyone can use it; only you or an admin can change it)",
            value=bool(current and current.shared == "team"),
            key=f"{key}-team",
        )
        fields = connection_fields(key, current)
        save, test = st.columns(2)
        saved = save.form_submit_button("Save", key=f"{key}-save")
        tested = test.form_submit_button("Test connection", key=f"{key}-test")
    if tested:
        try:
            endpoint = resolve(build_connection(fields, name), engine.secrets)
            with st.spinner(f"Asking {endpoint.describe()} for its models…"):
                models = list_models(endpoint, engine.clients)
        except WorkbenchError as error:
            st.error(f"Connection failed: {error.message}")
        else:
            listed = ", ".join(models[:20]) + (" …" if len(models) > 20 else "")
            st.success(f"Connected to {endpoint.describe()}: {len(models)} model(s): {listed}")
            if model not in models:
                st.warning(f"The server does not list the model '{model}'.")
    if saved:
        return {
            "name": name or None,
            "instructions": instructions or None,
            "model_backend": backend,
            "model": model,
            **tool_setup(current, code, search, store),
            "temperature": temperature,
            "connection": fields if backend in REMOTE else None,
            "shared": "team" if team else "private",
        }
    return None


def save(action, changes: dict) -> None:  # type: ignore[no-untyped-def]
    try:
        if changes["connection"] is not None:
            changes["connection"] = build_connection(changes["connection"], changes["name"])
        with engine.db.session(me) as session:
            searched = changes["tool_resources"].get("file_search", {})
            resources.check_store_ids(
                session, searched.get("vector_store_ids", []), param="tool_resources"
            )
            action(session=session, **changes)
    except WorkbenchError as error:
        st.error(error.message)
    else:
        st.rerun()


for item in items:
    badge = " · 👥 team" if item.shared == "team" else ""
    with st.expander(f"{item.name or item.id} · {item.model_backend} / {item.model}{badge}"):
        if item.owner != me.user_id and not me.is_admin:
            st.caption(
                "Shared with the team: you can use it in your threads; only its owner or an "
                "admin can change it."
            )
            continue
        changes = form(f"edit-{item.id}", item)
        if changes is not None:
            save(functools.partial(assistants.update, assistant_id=item.id), changes)
        confirm = st.checkbox("Yes, delete this assistant", key=f"confirm-{item.id}")
        if st.button("Delete", key=f"delete-{item.id}", disabled=not confirm):
            try:
                with engine.db.session(me) as session:
                    assistants.delete(session=session, assistant_id=item.id)
            except WorkbenchError as error:
                st.error(error.message)
            else:
                st.rerun()

st.subheader("New assistant")
created = form("create")
if created is not None:
    save(assistants.create, created)
