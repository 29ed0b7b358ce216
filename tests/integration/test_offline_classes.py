"""The offline analyst end to end (engine, real kernels) on tables of our own, one
conversation per class of issue 12: it declines what it cannot read, computes what it can,
caps groups, and says what the numbers show. Gold is plain pandas."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest

from services.config import Settings
from services.engine.engine import Engine
from tests.analyst import OfflineAnalyst
from tests.integration.grading import grade, table_rows
from tests.integration.offline_suite import NoAnswer, Num, Ranked

pytestmark = pytest.mark.slow


def shipments() -> pd.DataFrame:
    rng = np.random.default_rng(1207)
    rows = 3000
    ordered = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 730, rows), unit="D")
    return pd.DataFrame(
        {
            "shipmentId": [f"S{100000 + i}" for i in range(rows)],
            "clientId": rng.integers(1, 400, rows),
            "orderedOn": ordered.strftime("%Y-%m-%d"),
            "deliveredOn": (
                ordered + pd.to_timedelta(rng.integers(1, 15, rows), unit="D")
            ).strftime("%Y-%m-%d"),
            "hub": rng.choice(["Leeds", "Bristol", "Derby", "Hull"], rows),
            "service": rng.choice(["express", "standard"], rows, p=[0.3, 0.7]),
            "damaged": rng.choice([True, False], rows, p=[0.08, 0.92]),
            "parcels": rng.integers(1, 12, rows),
            "weight (kg)": np.round(rng.gamma(2.0, 4.0, rows), 2),
            "feeGbp": np.round(rng.uniform(4, 90, rows), 2),
        }
    )


def kpis() -> pd.DataFrame:
    rng = np.random.default_rng(88)
    months = pd.date_range("2022-01-01", periods=24, freq="MS").strftime("%Y-%m")
    rows = [
        (month, hub, metric, int(rng.integers(10, 900)))
        for month in months
        for hub in ("Leeds", "Bristol", "Derby")
        for metric in ("complaints", "deliveries", "returns")
    ]
    return pd.DataFrame(rows, columns=["month", "hub", "metric", "value"])


@pytest.fixture(scope="module")
def analyst(tmp_path_factory):
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=tmp_path_factory.mktemp("classes") / "data",
        sandbox_warm_kernels=2,
        sandbox_max_kernels=4,
    )
    engine = Engine(settings).start()
    engine.sandbox.wait_warm(1, timeout=120)
    yield OfflineAnalyst(engine)
    engine.shutdown()


def conversation(analyst: OfflineAnalyst, name: str, frame: pd.DataFrame, questions):
    buffer = io.BytesIO()
    frame.to_csv(buffer, index=False)
    thread_id, file_id = analyst.thread(name, buffer.getvalue())
    replies = []
    for number, question in enumerate(questions):
        answer = analyst.ask(thread_id, question, file_id if number == 0 else None)
        assert answer.run.status == "completed", answer.run.last_error
        replies.append(answer)
    analyst.engine.sandbox.close_session(thread_id)
    return replies


def check(answer, gold) -> None:
    passed, why = grade(gold, answer.text, [])
    assert passed, f"{why}\n{answer.text}"


def test_shipments_questions_of_every_class(analyst):
    s = shipments()
    s["_ordered"] = pd.to_datetime(s["orderedOn"])
    s["_delivered"] = pd.to_datetime(s["deliveredOn"])
    year = s["_ordered"].dt.year
    fee = s["feeGbp"]
    questions = [
        (
            "total fee for express in 2023",
            Num((fee[(s.service == "express") & (year == 2023)].sum(),)),
        ),
        ("and 2022?", Num((fee[(s.service == "express") & (year == 2022)].sum(),))),
        ("total fee in 2015", NoAnswer()),  # outside the data: says what it covers
        ("average margin per hub", NoAnswer()),  # "margin": no such column
        (
            "fee per parcel for derby",
            Num((s[s.hub == "Derby"].feeGbp.sum() / s[s.hub == "Derby"].parcels.sum(),)),
        ),
        ("how many shipments per client on average", Num((len(s) / s.clientId.nunique(),))),
        (
            "is the avg fee higher for express or standard",
            Num(tuple(fee.groupby(s.service).mean()[["express", "standard"]])),
        ),
        (
            "% change in total fee from 2022 to 2023",
            Num(
                (
                    (fee[year == 2023].sum() - fee[year == 2022].sum())
                    / fee[year == 2022].sum()
                    * 100,
                )
            ),
        ),
        ("how many shipments on sundays", Num(((s._ordered.dt.day_of_week == 6).sum(),))),
        ("which years does the data cover", Num((2022.0, 2023.0))),
        # grams: the limit in the column's own unit, kg
        ("how many shipments over 2.5k grams", Num(((s["weight (kg)"] > 2.5).sum(),))),
        (  # the answer in the unit asked
            "avg weight in lb for hull",
            Num((s[s.hub == "Hull"]["weight (kg)"].mean() / 0.45359237,)),
        ),
        ("how many shipments over 2 furlongs", NoAnswer()),  # no such unit: not understood
        ("number of shipments with a fee above 1,000", Num(((fee > 1000).sum(),))),
        ("avg weight in kg for hull", Num((s[s.hub == "Hull"]["weight (kg)"].mean(),))),
        ("damage rate by hub", Num(tuple(s.groupby("hub").damaged.mean() * 100))),
        (
            "average days from ordered to delivered",
            Num(((s._delivered - s._ordered).dt.days.mean(),)),
        ),
    ]
    replies = conversation(
        analyst,
        "shipments.csv",
        s.drop(columns=["_ordered", "_delivered"]),
        [q for q, _ in questions],
    )
    for (_question, gold), answer in zip(questions, replies, strict=True):
        check(answer, gold)
    assert "covers 2022–2023" in replies[2].text
    assert '"margin"' in replies[3].text


def test_long_format_values_are_what_is_asked_about(analyst):
    k = kpis()
    year = k["month"].str[:4].astype(int)
    rows = (k.metric == "returns") & (k.hub == "Derby") & (year == 2023)
    ratio = k[k.metric == "complaints"].value.sum() / k[k.metric == "deliveries"].value.sum()
    questions = [
        ("how many returns did derby have in 2023", Num((k[rows].value.sum(),))),
        ("complaints per delivery", Num((ratio,))),
    ]
    replies = conversation(analyst, "hub_kpis.csv", k, [q for q, _ in questions])
    for (_, gold), answer in zip(questions, replies, strict=True):
        check(answer, gold)


def test_an_id_column_is_capped_to_the_top_groups_with_the_rest_as_other(analyst):
    s = shipments()
    per_client = s.groupby("clientId")["feeGbp"].sum().sort_values(ascending=False)
    [answer] = conversation(analyst, "shipments.csv", s, ["total fee by client id"])
    rows = table_rows(answer.text)
    assert len(rows) == 16, answer.text  # the top 15, and one "other" row
    assert rows[-1][0].startswith("other (")
    check(answer, Ranked(tuple((str(k), float(v)) for k, v in per_client.head(3).items())))
    other = per_client.iloc[15:].sum()
    assert abs(float(rows[-1][1].replace(",", "")) - other) <= 1, (rows[-1], other)
    assert f"There are {len(per_client):,} groups" in answer.text
