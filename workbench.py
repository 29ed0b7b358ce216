"""Streamlit glue: the one Engine of this server process, created on first use."""

from __future__ import annotations

import atexit
import logging

import streamlit as st

from services.config import Settings
from services.engine.engine import Engine

API_SERVERS: list = []  # the HTTP API servers this process runs beside the app


@st.cache_resource(show_spinner="Starting the workbench…", on_release=Engine.shutdown)
def get_engine() -> Engine:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings = Settings()
    engine = Engine(settings).start()
    atexit.register(engine.shutdown)
    if settings.api_in_app:  # the HTTP API in this process too, on the same engine
        from services.cli import serve_in_thread

        API_SERVERS.append(serve_in_thread(engine, settings.api_host, settings.api_port))
    return engine
