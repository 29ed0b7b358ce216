"""The offline analyst on a limit set against the rest of the rows ("members over 190 lb vs
everyone else", "provinces over 50% catholic and the others"): both groups are answered
(the rest had been dropped, one figure given); and a column with a value for every row
("fertility of catholic provinces") names the rows, so it is no grouping unless the
question ranks them. The generated code runs on a small frame."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column
from tests.unit.test_offline_reading import answered, read
from tests.unit.test_offline_tallies import described, result_of

PROVINCES = pd.DataFrame(
    {
        "Province": ["Aigle", "Broye", "Conthey", "Delemont", "Echallens", "Glane"],
        "Fertility": [64.1, 83.8, 75.5, 83.1, 68.3, 92.4],
        "Catholic": [8.5, 97.7, 99.7, 93.4, 24.2, 97.7],
    }
)


def provinces():
    return described("swiss", PROVINCES)


@pytest.mark.parametrize(
    "question",
    [
        "mean fertility of provinces over 50% catholic and the others",
        "avg fertility where catholic is above 50 vs the rest",
        "average fertility for catholic over 50 compared to everyone else",
    ],
)
def test_a_limit_against_the_rest_answers_both_sides(question):
    query = answered(question, provinces())
    assert query.kind == "group" and query.split is not None, query
    found = result_of(query, PROVINCES)
    assert found["value"] == pytest.approx({"Catholic > 50": 83.7, "the rest": 66.2}), found


def test_a_limit_alone_keeps_one_figure_over_its_rows():
    query = answered("mean fertility of provinces over 50% catholic", provinces())
    assert (query.kind, query.group, query.split) == ("aggregate", None, None), query


def test_a_column_of_one_value_a_row_still_ranks():
    query = answered("which province has the highest fertility", provinces())
    assert query.group == "Province", query


SERVICES = pd.DataFrame(
    {
        "svc_date": pd.to_datetime(["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"]),
        "pax": [150.0, 100.0, 110.0, 160.0],
    }
)  # a Friday, a Saturday, a Sunday and a Monday


def test_weekdays_against_weekends_answers_both():
    table = described("rail_services", SERVICES.assign(svc_date=SERVICES["svc_date"].astype(str)))
    table.columns[0] = Column("svc_date", "date", first="2024-03-01", last="2024-03-04", step="day")
    query = answered("avg passengers per train, weekdays vs weekends", table)
    found = result_of(query, SERVICES)
    assert found["value"] == {"weekdays": 155.0, "weekends": 105.0}, found


def test_a_month_of_two_years_on_year_and_month_columns():
    approval = pd.DataFrame(
        {"month": [1, 2, 1, 2], "year": [2002, 2002, 2005, 2005], "approve": [83.7, 82, 51.7, 50]}
    )
    query = answered("was approval higher in jan 2002 or jan 2005", described("approval", approval))
    found = result_of(query, approval)
    assert found["value"] == {"2002": 83.7, "2005": 51.7}, found


def test_counting_rows_by_a_column_of_one_row_each_is_declined():
    found = read("how many rows in each province", provinces())
    assert isinstance(found, Unanswerable), found
    assert "`Province` has a single row" in found.reason
    assert not any(ch.isdigit() for ch in found.reason)  # a decline states no number
