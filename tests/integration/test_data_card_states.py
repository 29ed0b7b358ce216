"""The data card component in each state, through AppTest (no engine: the page's card
reader is a plain function here, the component is the real one)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def card_script() -> None:
    import streamlit as st

    from components.data_card import file_card
    from services.chat import DataCard

    def read(file_id, table=None, wait=None):
        calls = st.session_state.setdefault("calls", 0) + 1
        st.session_state["calls"] = calls
        if file_id == "broken":
            return DataCard("broken.xlsx", None, [], error="broken.xlsx cannot be read: damaged.")
        if file_id == "slow" and calls < 3:
            return DataCard("slow.csv", None, [], pending=True)
        if file_id == "book":
            sheet = table or "Sales"
            rows = {"Sales": 3, "Costs": 5}[sheet]
            columns = [("region", "str"), (sheet.lower(), "int64")]
            return DataCard("book.xlsx", rows, columns, table=sheet, tables=["Sales", "Costs"])
        return DataCard(
            "slow.csv", 2, [("a", "int64")], head=[{"a": 1}], assumptions=["no header row"]
        )

    file_card(st.session_state["file"], read=read, key="k")


def app(file_id: str) -> AppTest:
    at = AppTest.from_function(card_script, default_timeout=30)
    at.session_state["file"] = file_id
    return at.run()


def markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_an_error_card_names_the_file_and_says_why_without_an_exception():
    at = app("broken")
    assert not at.exception
    assert markdown(at) == ["**broken.xlsx**"]
    assert [e.value for e in at.error] == ["broken.xlsx cannot be read: damaged."]


def test_a_card_still_being_read_says_so_and_appears_once_ready():
    at = app("slow")
    assert not at.exception
    assert [c.value for c in at.caption] == ["Reading slow.csv…"]
    at.run()
    assert "**slow.csv** · 2 rows × 1 columns" in markdown(at)
    assert [i.value for i in at.info] == ["Assumed:\n- no header row"]
    assert "Reading slow.csv…" not in [c.value for c in at.caption]


def test_a_workbook_with_two_sheets_lets_the_user_pick_the_second():
    at = app("book")
    assert at.selectbox(key="table-k").options == ["Sales", "Costs"]
    assert "**book.xlsx** · 3 rows × 2 columns" in markdown(at)
    at.selectbox(key="table-k").select("Costs").run()
    assert "**book.xlsx** · 5 rows × 2 columns" in markdown(at)
    assert "region (str), costs (int64)" in [c.value for c in at.caption]
