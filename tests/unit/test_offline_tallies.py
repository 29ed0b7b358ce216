"""The offline analyst on frequency tables (a row per combination of categories, and a
`Freq` column that counts the units of each): counts, groupings, shares and rates are of
the units, a noun of the units ("students") needs no column, and a question about the
count column itself stays about the rows. Also: "red-haired" is Hair = Red, a value two
columns hold goes to the one named beside it, "admission rate" is the share of Admitted,
and "what % of females have blue eyes" is a share among the females. The generated code
runs here on small frames described by hand, so the figures are checked, not the code."""

from __future__ import annotations

import contextlib
import io
import json
from types import SimpleNamespace

import pandas as pd
import pytest

from services.llm.offline.plan import RESULT_MARK, code_for
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.schema import Column, Table
from services.llm.offline.tallies import counts_column
from tests.unit.test_offline_reading import answered, read

SURVEY = pd.DataFrame(
    [
        ("Black", "Brown", "Male", 30),
        ("Brown", "Brown", "Male", 50),
        ("Brown", "Blue", "Male", 20),
        ("Red", "Blue", "Male", 10),
        ("Black", "Brown", "Female", 20),
        ("Brown", "Brown", "Female", 40),
        ("Brown", "Blue", "Female", 60),
        ("Red", "Blue", "Female", 30),
    ],
    columns=["Hair", "Eye", "Sex", "Freq"],
)
ADMISSIONS = pd.DataFrame(
    [
        ("Admitted", "Male", "A", 60),
        ("Rejected", "Male", "A", 40),
        ("Admitted", "Female", "A", 10),
        ("Rejected", "Female", "A", 10),
        ("Admitted", "Male", "B", 20),
        ("Rejected", "Male", "B", 80),
        ("Admitted", "Female", "B", 30),
        ("Rejected", "Female", "B", 50),
    ],
    columns=["Admit", "Gender", "Dept", "Freq"],
)


def described(variable: str, frame: pd.DataFrame) -> Table:
    columns = [
        Column(name, "number", low=float(frame[name].min()), high=float(frame[name].max()))
        if pd.api.types.is_numeric_dtype(frame[name])
        else Column(name, "category", [str(v) for v in frame[name].unique()])
        for name in frame.columns
    ]
    return Table(variable, f"/mnt/data/{variable}.csv", len(frame), columns)


def survey() -> Table:
    return described("hair_eye_color", SURVEY)


def admissions() -> Table:
    return described("berkeley_admissions", ADMISSIONS)


def result_of(query: Query, frame: pd.DataFrame) -> dict:
    figure = SimpleNamespace(show=lambda: None)
    plots = SimpleNamespace(**{k: lambda *a, **kw: figure for k in ("bar", "pie", "line")})
    space = {query.table.variable: frame, "pd": pd, "json": json, "px": plots}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code_for(query), "<cell>", "exec"), space)  # our own generated code
    line = next(x for x in out.getvalue().splitlines() if x.startswith(RESULT_MARK))
    return json.loads(line[len(RESULT_MARK) :])


def test_a_frequency_table_is_known_by_its_count_column_and_category_keys():
    assert counts_column(survey()) == "Freq"
    assert counts_column(admissions()) == "Freq"
    readings = Table(
        "readings",
        "/mnt/data/readings.csv",
        100,
        [Column("site", "category", ["A", "B"]), Column("count", "number", low=0, high=9),
         Column("temp", "number", low=-3, high=30)],
    )  # fmt: skip
    assert counts_column(readings) is None  # another measure: the rows are readings


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many students are in this survey in total", 260),
        ("how many red-haired women", 30),
        ("how many students with blue eyes", 120),
    ],
)
def test_counts_add_up_the_units(question, value):
    query = answered(question, survey())
    found = result_of(query, SURVEY)
    assert found.get("value") == value, (query, found)


def test_a_grouping_counts_units_per_group():
    found = result_of(answered("headcount by hair colour", survey()), SURVEY)
    assert found["value"] == {"Brown": 170, "Black": 50, "Red": 40}


def test_a_share_among_some_rows_is_of_those_rows_units():
    found = result_of(answered("what % of females have blue eyes", survey()), SURVEY)
    assert found["value"] == pytest.approx(90 / 150 * 100)
    among = answered("among brown-haired students, what share have blue eyes (%)", survey())
    assert result_of(among, SURVEY)["value"] == pytest.approx(80 / 170 * 100)


def test_a_value_two_columns_hold_goes_to_the_column_named_beside_it():
    query = answered("how many students with brown eyes", survey())
    assert [(f.column, f.value) for f in query.filters] == [("Eye", "Brown")]


def test_a_rate_named_by_a_form_of_a_value_is_its_share_of_units():
    overall = answered("overall admission rate", admissions())
    assert result_of(overall, ADMISSIONS)["value"] == pytest.approx(120 / 300 * 100)
    women = answered("admit rate for women in dept A", admissions())
    assert result_of(women, ADMISSIONS)["value"] == pytest.approx(50.0)
    by_dept = result_of(answered("admission rate by department", admissions()), ADMISSIONS)
    assert by_dept["value"] == pytest.approx({"A": 70 / 120 * 100, "B": 50 / 180 * 100})


def test_a_question_about_the_count_column_stays_about_the_rows():
    query = answered("how many rows have a Freq above 35", survey())
    assert query.weight is None
    assert result_of(query, SURVEY)["value"] == 3


def test_an_unknown_value_before_a_column_word_is_not_a_noun_of_the_units():
    declined = read("what was the admission rate for the physics department", admissions())
    assert isinstance(declined, Unanswerable)
    assert "physics" in declined.reason
