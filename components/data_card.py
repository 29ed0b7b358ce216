"""The data card shown after an upload: name, size, column types, first rows."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from services.chat import DataCard


def data_card(card: DataCard) -> None:
    with st.container(border=True):
        st.markdown(f"**{card.name}** · {card.rows:,} rows × {len(card.columns)} columns")
        st.caption(", ".join(f"{name} ({kind})" for name, kind in card.columns))
        if card.note:
            st.info(card.note)
        st.dataframe(pd.DataFrame(card.head), hide_index=True)
