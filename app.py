"""Entry point: page config and the navigation frame around the pages."""

import streamlit as st

st.set_page_config(page_title="Analyst Workbench", page_icon="📊", layout="wide")

navigation = st.navigation(
    [
        st.Page("pages/status.py", title="Status", icon="🩺", default=True),
    ]
)
navigation.run()
