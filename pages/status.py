"""Settings page: what the engine is wired to (backends, sandbox, data dir, database)."""

import streamlit as st

from components.status import engine_status
from services.status import describe
from workbench import get_engine, signed_in

signed_in()
st.title("Settings")
st.write(
    "What this workbench is wired to. Settings are WORKBENCH_ environment variables "
    "(see the README)."
)
engine_status(describe(engine=get_engine()))
