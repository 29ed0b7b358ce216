"""Status page: proves the engine is wired (backend, data dir, database in use)."""

import streamlit as st

from components.status import engine_status
from services.status import describe
from workbench import get_engine

st.title("Settings")
st.write(
    "What this workbench is wired to. Change settings with WORKBENCH_ environment variables (see the README)."
)
engine_status(describe(engine=get_engine()))
