"""The thread's share box in the sidebar: make a read-only link for teammates, copy it,
stop sharing."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st


def share_box(
    link: str | None, *, on_share: Callable[[], None], on_revoke: Callable[[], None]
) -> None:
    with st.sidebar.expander("Share this thread", expanded=link is not None):
        if link is None:
            st.caption(
                "Teammates who sign in can read the conversation, its charts and files, and "
                "fork it into a thread of their own. They cannot change yours."
            )
            st.button("Make a read-only link", key="share", on_click=on_share)
            return
        st.caption("Anyone on the team with this link can read the thread:")
        st.code(link, language="text")
        st.button("Stop sharing", key="unshare", on_click=on_revoke)
