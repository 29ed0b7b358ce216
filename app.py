"""Entry point: page config, the sign-in gate, and the navigation frame around the pages."""

import streamlit as st

from workbench import signed_in, user_badge

st.set_page_config(page_title="Analyst Workbench", page_icon="📊", layout="wide")

me = signed_in(entry=True)  # with sign-in configured, nobody gets past this line signed out
pages = [
    st.Page("pages/chat.py", title="Chat", icon="💬", default=True),
    st.Page("pages/files.py", title="Files", icon="📁"),
    st.Page("pages/documents.py", title="Documents", icon="📚"),
    st.Page("pages/assistants.py", title="Assistants", icon="🤖"),
    st.Page("pages/keys.py", title="API keys", icon="🔑", url_path="keys"),
    st.Page("pages/status.py", title="Settings", icon="⚙️", url_path="settings"),
    st.Page("pages/shared.py", title="Shared thread", url_path="shared", visibility="hidden"),
]
if me.is_admin:
    pages.append(st.Page("pages/admin.py", title="Admin", icon="🛡️", url_path="admin"))
navigation = st.navigation(pages)
user_badge(me)
navigation.run()
