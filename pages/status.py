"""Status page: proves the engine is wired (backend, data dir, database in use)."""

import streamlit as st

from components.status import engine_status
from services.status import describe
from workbench import get_engine

st.title("Analyst Workbench")
st.write("The engine is running. Chat, files and assistants pages arrive in the next releases.")
engine_status(describe(engine=get_engine()))
