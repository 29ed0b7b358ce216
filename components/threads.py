"""The sidebar's thread list: new, switch, rename, delete (with confirmation)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from services.schemas import Thread


def thread_list(
    items: list[Thread],
    *,
    current: str | None,
    on_new: Callable[[], None],
    on_open: Callable[[str], None],
    on_rename: Callable[[str, str], None],
    on_delete: Callable[[str], None],
) -> None:
    st.sidebar.button(
        "➕ New analysis", on_click=on_new, use_container_width=True, key="new-thread"
    )
    for item in items:
        title = item.title or "Untitled analysis"
        marker = "▸ " if item.id == current else ""
        st.sidebar.button(
            f"{marker}{title}",
            key=f"open-{item.id}",
            on_click=on_open,
            args=(item.id,),
            use_container_width=True,
        )
    if current is None:
        return
    active = next((t for t in items if t.id == current), None)
    with st.sidebar.expander("Rename or delete this analysis"):
        name = st.text_input(
            "Title", value=(active.title if active else "") or "", key=f"title-{current}"
        )
        st.button("Rename", key="rename-thread", on_click=on_rename, args=(current, name))
        confirm = st.checkbox("Yes, delete it with its messages", key=f"confirm-{current}")
        st.button(
            "Delete",
            key="delete-thread",
            disabled=not confirm,
            on_click=on_delete,
            args=(current,),
            type="primary",
        )
