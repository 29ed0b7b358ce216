"""The data card of a table file, in every state: the table (name, size, column types, first
rows, what was assumed), why it cannot be read, or "Reading …" while a background process
reads it. A file with several sheets or archive members offers a choice of table."""

from __future__ import annotations

from typing import Protocol

import pandas as pd
import streamlit as st

from services.chat import CLEANED_MAX_BYTES, DataCard

POLL_SECONDS = 1.0  # how often a card still being read is asked for again


class CardReader(Protocol):
    """The page's way to get a file's card: None for a file that is not a table; a pending
    card when it is not ready within `wait` seconds."""

    def __call__(
        self, file_id: str, table: str | None = None, wait: float | None = None
    ) -> DataCard | None: ...


def card_label(card: DataCard) -> str:
    """One line about the card, for an expander or a caption."""
    if card.error:
        return f"{card.name} · cannot be read"
    if card.pending:
        return f"{card.name} · reading…"
    rows = f"{card.rows:,}" if card.rows is not None else "unknown number of"
    return f"{card.name} · {rows} rows × {len(card.columns)} columns"


class Cleaner(Protocol):
    """The page's way to get a table as a cleaned CSV or Excel file (fmt "csv" or "xlsx")."""

    def __call__(self, file_id: str, table: str | None, fmt: str) -> bytes: ...


def file_card(
    file_id: str,
    *,
    read: CardReader,
    key: str,
    card: DataCard | None = None,
    cleaner: Cleaner | None = None,
) -> DataCard | None:
    """The card of one file, with its table choice; a card still being read is polled
    without holding up the rest of the page and replaces "Reading …" once ready. Returns
    the card shown (None when the file is not a table)."""
    card = card if card is not None else read(file_id)
    if card is None:
        return None
    if len(card.tables) > 1:
        chosen = table_choice(card, key=key)
        if chosen != card.table:
            picked = read(file_id, table=chosen)
            card = picked if picked is not None else card
    if card.pending:
        _waiting(file_id, card.table, card.name, read)
    else:
        data_card(card)
        if cleaner is not None:
            cleaned_downloads(card, file_id=file_id, cleaner=cleaner, key=key)
    return card


def cleaned_downloads(card: DataCard, *, file_id: str, cleaner: Cleaner, key: str) -> None:
    """The table as read (typed, footers out), as CSV or Excel; made only when clicked."""
    if card.error or card.pending or card.bytes > CLEANED_MAX_BYTES:
        return
    stem = card.name.rsplit(".", 1)[0] + (f" - {card.table}" if card.table else "")
    left, right = st.columns(2)
    for column, fmt, mime in (
        (left, "csv", "text/csv"),
        (right, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ):
        column.download_button(
            f"Download cleaned {fmt.upper()}",
            data=lambda fmt=fmt: cleaner(file_id, card.table, fmt),
            file_name=f"{stem} (cleaned).{fmt}",
            mime=mime,
            key=f"cleaned-{fmt}-{key}",
            on_click="ignore",
            help="The table as the workbench reads it; cells that a spreadsheet would run "
            "as formulas are prefixed with '.",
        )


def table_choice(card: DataCard, *, key: str) -> str | None:
    """A select box of the file's sheets or archive members; the one picked."""
    kind = "File in the archive" if card.name.lower().endswith(".zip") else "Sheet"
    index = card.tables.index(card.table) if card.table in card.tables else 0
    picked = st.selectbox(kind, card.tables, index=index, key=f"table-{key}")
    return str(picked) if picked is not None else card.table


@st.fragment(run_every=POLL_SECONDS)
def _waiting(file_id: str, table: str | None, name: str, read: CardReader) -> None:
    """Only this fragment reruns while the card is read; once it is ready the whole page
    reruns once, so everything that depends on the card (suggestions, labels) follows."""
    card = read(file_id, table=table, wait=0.2)
    if card is not None and not card.pending:
        st.rerun()
    st.caption(f"Reading {name}…")


def data_card(card: DataCard) -> None:
    """A card as it stands (a pending card shows as "Reading …" and is not polled)."""
    with st.container(border=True):
        if card.pending:
            st.caption(f"Reading {card.name}…")
            return
        if card.error:
            st.markdown(f"**{card.name}**")
            st.error(card.error)
            return
        rows = f"{card.rows:,}" if card.rows is not None else "an unknown number of"
        st.markdown(f"**{card.name}** · {rows} rows × {len(card.columns)} columns")
        if card.table and len(card.tables) <= 1:
            st.caption(f"Table: {card.table}")
        st.caption(", ".join(f"{name} ({kind})" for name, kind in card.columns))
        if card.assumptions:
            st.info("Assumed:\n" + "\n".join(f"- {item}" for item in card.assumptions))
        st.dataframe(pd.DataFrame(card.head), hide_index=True)
