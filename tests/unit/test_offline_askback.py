"""Asking back instead of guessing: a word the table does not spell is never read on a
likeness alone, but the decline offers the closest names ("Did you mean “score” as
`rating`?"), each one a question the analyst then reads in full; the chat page turns the
offers into buttons (chat.offered_questions, chat.next_questions)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from services.chat import ThreadView, next_questions, offered_questions
from services.llm.offline.askback import Offer, read_offer, reworded
from services.llm.offline.decline import cannot
from services.llm.offline.query import Unanswerable
from services.llm.offline.semantic import closest
from services.schemas import Message
from tests.unit.test_offline_reading import answered, read
from tests.unit.test_offline_tallies import described, result_of

SALES = pd.DataFrame(
    {
        "year": [2023, 2023, 2024, 2024],
        "region": ["North", "South", "North", "East"],
        "channel": ["Online", "Retail", "Retail", "Online"],
        "units": [3, 9, 4, 1],
        "revenue": [120.0, 65.25, 80.0, 10.0],
        "rating": [3.0, 2.0, 5.0, 4.0],
    }
)
PASSENGERS = pd.DataFrame(
    {
        "class": ["1st class", "3rd class", "3rd class", "2nd class"],
        "age": ["adults", "adults", "child", "adults"],
        "survived": ["yes", "no", "no", "yes"],
    }
)


def sales():
    return described("sample_sales", SALES)


def declined(question: str, table) -> Unanswerable:
    found = read(question, table)
    assert isinstance(found, Unanswerable), found
    return found


def test_a_word_near_one_column_is_offered_not_read():
    problem = declined("average score by region", sales())
    assert [offer.readings for offer in problem.offers] == [(("score", "rating"),)]
    assert problem.offers[0].question == "average `rating` by region"
    # What is offered is a question the analyst reads in full, with the right figures.
    query = answered(problem.offers[0].question, sales())
    assert result_of(query, SALES)["value"] == {"East": 4.0, "North": 4.0, "South": 2.0}


def test_the_decline_says_the_offers_with_no_figure_outside_backticks():
    text = cannot(declined("average score by region in 2023", sales()), [sales()])
    assert "Did you mean:\n- “score” as `rating`\n" in text
    assert not re.search(r"\d", re.sub(r"`[^`]*`", "", text))
    # The chat page rebuilds the question from the reading, with the user's own words.
    asked = "average score by region in 2023"
    assert offered_questions(text, asked)[0] == "average `rating` by region in 2023"


def test_a_column_the_question_names_is_no_reading_of_another_word():
    table = described("titanic", PASSENGERS)
    problem = declined("which class had the most deaths", table)
    readings = [name for offer in problem.offers for _, name in offer.readings]
    assert not any("class" in name for name in readings), readings
    assert all(answered(offer.question, table) for offer in problem.offers)


def test_nothing_far_off_is_offered():
    assert closest("stars", sales()) == []  # no name of the table is like it
    assert declined("average stars by region", sales()).offers == ()
    # three words not understood apart: no rewording is offered at all
    assert declined("avg library price by subscripton area", sales()).offers == ()


def test_words_not_understood_said_together_are_read_as_one_name():
    journals = pd.DataFrame({"title": ["a", "b"], "libprice": [120.0, 80.0], "pages": [3, 4]})
    problem = declined("avg library subscripton price", described("econ_journals", journals))
    assert problem.offers[0].readings == (("library subscripton price", "libprice"),)
    assert problem.offers[0].question == "avg `libprice`"


@pytest.mark.parametrize(
    ("word", "name"), [("amt", "amount"), ("subscripton", "subscription"), ("qty", "quantity")]
)
def test_an_abbreviation_or_a_typo_is_close_in_spelling(word, name):
    frame = pd.DataFrame({name: [1.0, 2.0], "shop": ["a", "b"]})
    assert [n.target for n in closest(word, described("t", frame))][:1] == [name]


def test_offers_read_back_and_reword_the_question_they_came_from():
    offer = Offer((("score", "rating"), ("area", "region")), "x")
    assert read_offer(offer.said) == offer.readings
    assert reworded("Avg Score by area?", offer.readings) == "Avg `rating` by `region`?"
    assert reworded("avg scoring by area", offer.readings) is None  # said in another form


def test_the_chat_page_offers_the_latest_replys_questions_once_it_has_ended():
    reply = (
        "I can't answer that from the data: I don't know what \"score\" means here.\n\n"
        "Did you mean:\n- “score” as `rating`\n- “scor” as `rating`\n\n"
        "`t.csv` has these columns: `rating`.\n\nQuestions I can answer on it:\n"
        "- Show the distribution of `rating`.\n"
    )
    question = Message.model_validate(_message("msg_1", "user", "avg score", None))
    answer = Message.model_validate(_message("msg_2", "assistant", reply, "run_1"))
    view = ThreadView([question, answer], {}, None, {})
    # "scor" is not a word of the question: no rewording of it is offered
    assert next_questions(view) == ["avg `rating`", "Show the distribution of `rating`."]
    assert next_questions(ThreadView([question], {}, None, {})) == []


def _message(id_: str, role: str, text: str, run_id: str | None) -> dict:
    return {
        "id": id_,
        "object": "thread.message",
        "created_at": 0,
        "thread_id": "thread_1",
        "role": role,
        "content": [{"type": "text", "text": {"value": text, "annotations": []}}],
        "run_id": run_id,
        "assistant_id": "asst_1" if run_id else None,
        "status": "completed",
        "incomplete_details": None,
        "completed_at": 0,
        "attachments": [],
        "metadata": {},
    }
