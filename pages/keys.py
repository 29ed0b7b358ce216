"""API keys: make a key of the HTTP API for yourself (an admin: for anyone), shown once and
stored only as a digest; see your keys and when they were last used; revoke one."""

from datetime import UTC, datetime

import streamlit as st

from services import keys, users
from services.errors import WorkbenchError
from workbench import get_engine, signed_in

engine = get_engine()
me = signed_in()
settings = engine.settings
state = st.session_state
st.title("API keys")
st.write(
    "Programs written for the Assistants API point the `openai` SDK's `base_url` at "
    f"`http://{settings.api_host}:{settings.api_port}/v1` and send one of these keys. Each key "
    "acts for you and sees only your assistants, threads, files and stores (and the team's "
    "shared assistants). "
    "Start the API with `make serve` (or `workbench serve`), or set WORKBENCH_API_IN_APP=true "
    "to serve it from this process."
)


def day(stamp: int | None) -> str:
    return datetime.fromtimestamp(stamp, UTC).strftime("%Y-%m-%d %H:%M") if stamp else "never"


with st.form("new-key", clear_on_submit=True):
    user = (
        st.text_input("User (the email the key acts for; empty: yourself)", key="key-user")
        if me.is_admin
        else None
    )
    name = st.text_input("What it is for (optional)", key="key-name")
    if st.form_submit_button("Create key"):
        try:
            with engine.db.session(me) as session:
                made, secret = keys.create(session=session, user=user, name=name)
        except WorkbenchError as error:
            st.error(f"The key was not made: {error.message}")
        else:
            with engine.db.reader(me) as session:
                label = users.names(session, [made.user]).get(made.user, made.user)
            state["new_key"] = (made.id, label, secret)

if "new_key" in state:
    key_id, owner, secret = state["new_key"]
    st.success(f"Key {key_id} for {owner}. Copy it now: it is not shown again.")
    st.code(secret, language="text")
    if st.button("I have copied it", key="forget-key"):
        del state["new_key"]
        st.rerun()

with engine.db.reader(me) as session:
    listed = keys.list_keys(session=session)
    labels = users.names(session, [item.user for item in listed])
if not listed:
    st.info("No keys yet.")
for item in listed:
    left, right = st.columns([5, 1])
    state_text = f"revoked {day(item.revoked_at)}" if item.revoked_at else "active"
    left.write(
        f"**{labels.get(item.user, item.user)}**{f' · {item.name}' if item.name else ''} · "
        f"`{item.hint}` · "
        f"{state_text} · made {day(item.created_at)} · last used {day(item.last_used_at)}"
    )
    if item.revoked_at is None and right.button("Revoke", key=f"revoke-{item.id}"):
        with engine.db.session(me) as session:
            keys.revoke(session=session, key_id=item.id)
        st.rerun()
