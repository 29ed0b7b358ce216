"""Analyst Workbench engine: everything below the Streamlit pages."""
