"""Questions over two generated business tables: bakery_lines.csv (a bakery chain's till
lines with basket ids) and support_tickets.csv (a help desk's ticket log)."""

from __future__ import annotations

import pandas as pd

from tests.sealed2.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    top,
)


def bakery() -> list[SealedCase]:
    t = "bakery_lines.csv"
    b = load(t, "soldAt")
    year = b["_d"].dt.year
    revenue = b["lineTotal_eur"]
    baskets = b.groupby("basketId")["lineTotal_eur"].sum()
    coffee = b[b["category"] == "Coffee"]

    def per_basket(rows) -> float:
        return revenue[rows].sum() / b.loc[rows, "basketId"].nunique()

    def store_rev(store: str, y: int) -> float:
        return revenue[(b["store"] == store) & (year == y)].sum()

    def units(product: str) -> int:
        return int(b.loc[b["product"] == product, "qty"].sum())

    return [
        one(t, "aggregate", "total revnue in 2024", num(revenue[year == 2024].sum())),
        one(t, "aggregate", "how many baskets are there", num(b["basketId"].nunique())),
        one(
            t,
            "per-normalise",
            "how many units per basket on average",
            num(b["qty"].sum() / b["basketId"].nunique()),
        ),
        one(t, "per-normalise", "avg basket value", num(baskets.mean())),
        one(t, "group", "revenue by category", num(*b.groupby("category")["lineTotal_eur"].sum())),
        one(t, "ranking", "top 3 products by qty sold", top(b.groupby("product")["qty"].sum())),
        one(
            t,
            "ranking",
            "best selling product by revenue",
            num(b.groupby("product")["lineTotal_eur"].sum().max()),
        ),
        one(
            t,
            "compare",
            "do loyalty members or non-members spend more per basket",
            num(per_basket(b["loyaltyMember"] == "yes"), per_basket(b["loyaltyMember"] == "no")),
        ),
        one(t, "date-part", "revenue on saturdays", num(revenue[b["_d"].dt.dayofweek == 5].sum())),
        one(
            t,
            "date-part",
            "no. of baskets sold before 9am",
            num(b.loc[b["_d"].dt.hour < 9, "basketId"].nunique()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many order lines above 20 eur",
            num((revenue > 20).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "baskets worth more than 30 eur - how many",
            num((baskets > 30).sum()),
        ),
        one(
            t,
            "units-columns",
            "avg unit price (eur) on pastry lines",
            num(b.loc[b["category"] == "Pastry", "unitPrice_eur"].mean()),
        ),
        # derived: revenue per unit sold = sum of line totals / sum of qty.
        one(
            t,
            "derived",
            "revenue per unit for coffee",
            num(coffee["lineTotal_eur"].sum() / coffee["qty"].sum()),
        ),
        one(
            t,
            "percent-change",
            "% change in revenue from 2023 to 2024",
            num(pct_change(revenue[year == 2023].sum(), revenue[year == 2024].sum())),
        ),
        one(t, "coverage", "first and last sale date?", num(year.min(), year.max())),
        one(t, "chart", "monthly revenue trend", LINE),
        one(t, "chart", "bar chart of revenue by store", BAR),
        one(t, "unanswerable", "what's our profit margin on croissants", NO),
        one(t, "unanswerable", "revenue in 2021", NO),
        SealedCase(
            t,
            [
                ("revenue for mitte in 2023", num(store_rev("Mitte", 2023))),
                ("and kreuzberg?", num(store_rev("Kreuzberg", 2023))),
                ("same for 2024", num(store_rev("Kreuzberg", 2024))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many croissants did we sell", num(units("Croissant"))),
                ("and baguettes?", num(units("Baguette"))),
            ],
            "follow-up",
        ),
    ]


def tickets() -> list[SealedCase]:
    t = "support_tickets.csv"
    k = load(t, "opened_at")
    closed = pd.to_datetime(k["closed_at"], format="%Y-%m-%dT%H:%M:%S")
    hours = (closed - k["_d"]).dt.total_seconds() / 3600
    year = k["_d"].dt.year
    csat = k["csat_score"]

    def area_csat(area: str, y: int | None = None) -> float:
        rows = k["product_area"] == area
        if y is not None:
            rows &= year == y
        return csat[rows].mean()

    def urgent(y: int) -> int:
        return int(((k["priority"] == "urgent") & (year == y)).sum())

    return [
        one(t, "aggregate", "how many tickets are still open", num(k["closed_at"].isna().sum())),
        one(
            t,
            "aggregate",
            "avg first response time for email tickets",
            num(k.loc[k["channel"] == "email", "first_response_min"].mean()),
        ),
        one(t, "group", "number of tickets by priority", num(*k["priority"].value_counts())),
        one(t, "group", "avg csat by channel", num(*k.groupby("channel")["csat_score"].mean())),
        one(
            t,
            "ranking",
            "which agent handled the most tickets",
            num(k["agent"].value_counts().max()),
        ),
        one(
            t,
            "ranking",
            "top 3 product areas by ticket count",
            top(k["product_area"].value_counts()),
        ),
        one(
            t,
            "compare",
            "is csat higher for chat or phone",
            num(csat[k["channel"] == "chat"].mean(), csat[k["channel"] == "phone"].mean()),
        ),
        # derived: resolution time = closed_at - opened_at, over closed tickets.
        one(
            t,
            "derived",
            "avg resolution time in hours for urgent tickets",
            num(hours[k["priority"] == "urgent"].mean()),
        ),
        one(t, "derived", "reopen rate in %", num(k["reopened"].mean() * 100)),
        one(
            t,
            "date-part",
            "how many tickets were opened on mondays",
            num((k["_d"].dt.dayofweek == 0).sum()),
        ),
        one(
            t,
            "date-part",
            "how many tickets were opened in march (any yr)",
            num((k["_d"].dt.month == 3).sum()),
        ),
        one(
            t,
            "per-normalise",
            "avg tickets per month",
            num(len(k) / k["_d"].dt.to_period("M").nunique()),
        ),
        one(t, "per-normalise", "tickets per agent on average", num(len(k) / k["agent"].nunique())),
        one(
            t,
            "numbers-in-question",
            "how many tickets took longer than 48h to close",
            num((hours > 48).sum()),
        ),
        one(
            t,
            "units-columns",
            "how many tickets had a first response time above 5 hrs",
            num((k["first_response_min"] > 300).sum()),
        ),
        one(t, "coverage", "what period do the tickets cover", num(year.min(), year.max())),
        one(
            t,
            "percent-change",
            "how much did ticket volume grow from 2023 to 2024 in %",
            num(pct_change((year == 2023).sum(), (year == 2024).sum())),
        ),
        one(t, "chart", "histogram of first response minutes", HISTOGRAM),
        one(t, "chart", "tickets per month line chart", LINE),
        one(t, "unanswerable", "why did csat drop in 2024", NO),
        one(t, "unanswerable", "which customer opened the most tickets", NO),
        SealedCase(
            t,
            [
                ("avg csat for billing tickets", num(area_csat("billing"))),
                ("and login?", num(area_csat("login"))),
                ("what about in 2024 only", num(area_csat("login", 2024))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many urgent tickets in 2023", num(urgent(2023))),
                ("and 2024?", num(urgent(2024))),
            ],
            "follow-up",
        ),
    ]
