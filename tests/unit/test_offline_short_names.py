"""The offline analyst on the terse names of R-style tables: `len` is length, `supp` the
supplement, `agegp` the age group, `alcgp` alcohol, `ncases` the cases; and on words that
look like typos but are words of their own ("county" is not "count"). On tables described
by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered, read
from tests.unit.test_offline_unit_measures import visits


def growth() -> Table:
    return Table(
        variable="tooth_growth",
        path="/mnt/data/tooth_growth.csv",
        rows=60,
        columns=[
            Column("len", "number", low=4.2, high=33.9),
            Column("supp", "category", ["VC", "OJ"]),
            Column("dose", "number", ["0.5", "1.0", "2.0"], low=0.5, high=2),
        ],
    )


def study() -> Table:
    return Table(
        variable="esoph",
        path="/mnt/data/esoph.csv",
        rows=88,
        columns=[
            Column("agegp", "category", ["25-34", "35-44", "45-54", "55-64", "65-74", "75+"]),
            Column("alcgp", "category", ["0-39g/day", "40-79", "80-119", "120+"]),
            Column("tobgp", "category", ["0-9g/day", "10-19", "20-29", "30+"]),
            Column("ncases", "number", low=0, high=17),
            Column("ncontrols", "number", low=0, high=60),
        ],
    )


def states() -> Table:
    names = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado"]
    return Table(
        variable="arrests",
        path="/mnt/data/arrests.csv",
        rows=len(names),
        columns=[
            Column("State", "category", names),
            Column("Assault", "number", low=45, high=337),
            Column("UrbanPop", "number", low=32, high=91),
        ],
    )


@pytest.mark.parametrize(
    ("question", "table", "measure", "group"),
    [
        ("mean tooth length", growth, "len", None),
        ("avg length by supplement", growth, "len", "supp"),
        ("total cases in the study", study, "ncases", None),
        ("number of controls in each age group", study, "ncontrols", "agegp"),
        ("cases by age grp", study, "ncases", "agegp"),
        ("rank the alcohol groups by total cases", study, "ncases", "alcgp"),
        ("cases per tobacco group", study, "ncases", "tobgp"),
    ],
)
def test_a_terse_name_is_found_by_the_word_it_shortens(question, table, measure, group):
    query = answered(question, table())
    assert (query.measure, query.group) == (measure, group), query


def test_an_overall_mean_is_a_mean():
    query = answered("overall mean length", growth())
    assert (query.measure, query.agg) == ("len", "mean"), query


def test_an_average_across_the_rows_names_is_one_figure():
    query = answered("avg assault across states", states())
    assert (query.measure, query.agg, query.group) == ("Assault", "mean", None), query


def test_a_word_of_its_own_is_no_typo_of_a_known_word():
    found = read("which county had the highest assault", states())
    assert isinstance(found, Unanswerable), found
    assert '"county"' in found.reason


def test_money_asked_in_a_unit_of_time_is_declined():
    found = read("how long does a typical consultation take in minutes", visits())
    assert isinstance(found, Unanswerable), found
    assert "minutes" in found.reason


def test_two_keys_joined_into_a_combination_group_together():
    query = answered("which supplement+dose combination gives the lowest mean length", growth())
    assert (query.group, query.group2, query.measure) == ("supp", "dose", "len"), query
    assert (query.top, query.ascending) == (1, True), query


def test_three_keys_at_once_are_declined():
    found = read("which age / alcohol / tobacco cell has the most cases", study())
    assert isinstance(found, Unanswerable), found
    assert "three columns" in found.reason


def judges() -> Table:
    codes = ["CONT", "INTG", "DMNR", "DILG", "DECI", "PREP", "RTEN"]
    return Table(
        variable="judge_ratings",
        path="/mnt/data/judge_ratings.csv",
        rows=43,
        columns=[Column("judge", "text")] + [Column(c, "number", low=4, high=10) for c in codes],
    )


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("average integrity score across all the judges", "INTG"),
        ("lowest demeanor score", "DMNR"),
        ("avg retention rating", "RTEN"),
        ("mean diligence", "DILG"),
        ("average preparation", "PREP"),
    ],
)
def test_a_four_letter_code_is_the_word_whose_letters_it_keeps(question, measure):
    assert answered(question, judges()).measure == measure
