"""Entry point: page config and the navigation frame around the pages."""

import streamlit as st

st.set_page_config(page_title="Analyst Workbench", page_icon="📊", layout="wide")

navigation = st.navigation(
    [
        st.Page("pages/chat.py", title="Chat", icon="💬", default=True),
        st.Page("pages/files.py", title="Files", icon="📁"),
        st.Page("pages/documents.py", title="Documents", icon="📚"),
        st.Page("pages/assistants.py", title="Assistants", icon="🤖"),
        st.Page("pages/keys.py", title="API keys", icon="🔑", url_path="keys"),
        st.Page("pages/status.py", title="Settings", icon="⚙️", url_path="settings"),
    ]
)
navigation.run()
