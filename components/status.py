"""Render the engine status (what the workbench is wired to)."""

from __future__ import annotations

import streamlit as st

from services.status import EngineStatus


def engine_status(status: EngineStatus) -> None:
    left, middle, right = st.columns(3)
    left.metric("Model backend", status.default_backend)
    middle.metric("Model", status.default_model)
    right.metric("Worker threads", status.worker_threads)
    if not status.default_backend_available:
        st.warning(
            f"The default backend '{status.default_backend}' is not available in this build "
            f"(available: {', '.join(status.backends) or 'none'}). Runs of assistants that use "
            "it fail with a configuration error. Set WORKBENCH_DEFAULT_BACKEND to change it."
        )
    st.subheader("Model backends")
    st.dataframe(
        [
            {
                "backend": b.name,
                "assistants": b.assistants,
                "configuration": b.detail,
            }
            for b in status.backends_status
        ],
        hide_index=True,
    )
    st.caption(
        f"API keys saved in the secret file: {status.saved_keys} (names only on the Assistants "
        "page; values are never shown)."
    )
    st.subheader("Code interpreter sandbox")
    if status.sandbox_level == "none":
        st.error(
            "Isolation: none. Model-written code runs with this server's rights. "
            "Use this only for development on your own machine."
        )
    else:
        st.success(f"Isolation: {status.sandbox_level}")
    st.markdown(
        "\n".join(
            f"- **{name.capitalize()}:** {value}" for name, value in status.sandbox_limits.items()
        )
    )
    st.caption(
        f"Kernels in use: {status.kernels_in_use} · warm: {status.kernels_warm}. "
        + " · ".join(
            f"{lvl['level']}: {'available' if lvl['available'] else lvl['reason']}"
            for lvl in status.sandbox_levels
        )
    )
    st.subheader("Storage")
    st.markdown(
        f"- **Data dir:** `{status.data_dir}`\n"
        f"- **Database:** `{status.database}` (schema revision `{status.schema_revision}`)\n"
        f"- **Storage used:** {status.storage_bytes / 1024**2:,.1f} MB"
    )
    st.subheader("Contents")
    columns = st.columns(len(status.counts))
    for column, (label, count) in zip(columns, status.counts.items(), strict=True):
        column.metric(label.capitalize(), count)
    st.caption(
        f"Registered functions: {', '.join(status.functions) or 'none'} · "
        f"Runs executing now: {status.active_runs} · "
        f"Runs failed by crash recovery at start-up: {status.recovered_runs}"
    )
