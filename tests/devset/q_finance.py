"""Questions over two generated tables: invoices.csv (accounts receivable, dates written
day/month/year, three currencies) and team_kpis.csv (weekly team KPIs in long format:
week, team, metric, value)."""

from __future__ import annotations

import pandas as pd

from tests.devset.cases import (
    BAR,
    NO,
    SealedCase,
    above,
    best,
    load,
    num,
    one,
    pct_change,
    top,
)

DAY_FIRST = "%d/%m/%Y"


def invoices() -> list[SealedCase]:
    t = "invoices.csv"
    i = load(t, "issue_date", DAY_FIRST)
    paid = pd.to_datetime(i["paid_date"], format=DAY_FIRST)
    due = pd.to_datetime(i["due_date"], format=DAY_FIRST)
    year = i["_d"].dt.year
    net = i["net_amount"]
    eur = i["currency"] == "EUR"
    per_year = year.value_counts()
    overdue = i[i["status"] == "overdue"]

    def seg_mean(segment: str) -> float:
        return float(net[i["segment"] == segment].mean())

    def eur_net(y: int) -> float:
        return float(net[eur & (year == y)].sum())

    def count_for(customer: str) -> int:
        return int((i["customer"] == customer).sum())

    return [
        one(t, "aggregate", "total net invoiced in gbp", num(net[i["currency"] == "GBP"].sum())),
        one(t, "aggregate", "how many invoices are still unpaid", num(paid.isna().sum())),
        one(
            t,
            "group",
            "total net amount by currency",
            num(*i.groupby("currency")["net_amount"].sum()),
        ),
        one(t, "group", "no. of invoices per segment", num(*i.groupby("segment").size())),
        one(
            t,
            "ranking",
            "top 3 eur customers by net amount",
            top(i[eur].groupby("customer")["net_amount"].sum()),
        ),
        one(
            t,
            "ranking",
            "biggest usd customer by gross amount",
            num(best(i[i["currency"] == "USD"].groupby("customer")["gross_amount"].sum())),
        ),
        one(
            t,
            "compare",
            "avg invoice net amount smb vs enterprise",
            num(seg_mean("SMB"), seg_mean("Enterprise")),
        ),
        one(
            t,
            "compare",
            "avg net amount: gbp invoices or usd invoices?",
            num(net[i["currency"] == "GBP"].mean(), net[i["currency"] == "USD"].mean()),
        ),
        # Days from issue to payment, over the paid invoices.
        one(t, "derived", "avg days to pay an invoice", num((paid - i["_d"]).dt.days.mean())),
        one(
            t,
            "derived",
            "on average how many days after the due date do paid invoices get paid",
            num((paid - due).dt.days.mean()),
        ),
        one(
            t,
            "per-normalise",
            "avg invoices per customer",
            num(len(i) / i["customer"].nunique()),
        ),
        one(
            t,
            "per-normalise",
            "avg no. of invoices per month",
            num(len(i) / i["_d"].dt.to_period("M").nunique()),
        ),
        one(
            t,
            "percent-change",
            "% change in number of invoices 2022 to 2024",
            num(pct_change(per_year[2022], per_year[2024])),
        ),
        one(
            t,
            "percent-change",
            "how much did eur net revenue grow from 2022 to 2023 (pct)",
            num(pct_change(eur_net(2022), eur_net(2023))),
        ),
        one(
            t,
            "date-part",
            "how many invoices were issued in december, all yrs",
            num((i["_d"].dt.month == 12).sum()),
        ),
        one(
            t,
            "date-part",
            "no. of invoices issued on fridays",
            num((i["_d"].dt.day_of_week == 4).sum()),
        ),
        one(t, "coverage", "which years do the invoices cover", num(year.min(), year.max())),
        one(
            t,
            "coverage",
            "how many months of invoices are there",
            num(i["_d"].dt.to_period("M").nunique()),
        ),
        one(t, "numbers-in-question", "how many invoices over 20k net", num(above(net, 20_000))),
        one(
            t,
            "numbers-in-question",
            "invoices paid more than 45 days after issue - count",
            num(((paid - i["_d"]).dt.days > 45).sum()),
        ),
        one(t, "units-columns", "average vat pct", num(i["vat_pct"].mean())),
        one(
            t,
            "units-columns",
            "total gross amount for usd invoices",
            num(i.loc[i["currency"] == "USD", "gross_amount"].sum()),
        ),
        one(t, "long-format", "how many overdue invoices are there", num(len(overdue))),
        one(
            t,
            "long-format",
            "total gross of open eur invoices",
            num(i.loc[eur & (i["status"] == "open"), "gross_amount"].sum()),
        ),
        one(t, "chart", "bar chart of invoice count by status", BAR),
        SealedCase(
            t,
            [
                ("total net for eur invoices in 2023", num(eur_net(2023))),
                ("and 2024?", num(eur_net(2024))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many invoices for harbor gmbh", num(count_for("Harbor GmbH"))),
                ("what about quarry ltd", num(count_for("Quarry Ltd"))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what's our profit margin", NO),
        one(t, "unanswerable", "which sales rep issued the most invoices", NO),
    ]


def team_kpis() -> list[SealedCase]:
    t = "team_kpis.csv"
    k = load(t, "week")
    year = k["_d"].dt.year

    def metric(name: str, team: str | None = None, y: int | None = None) -> pd.Series:
        keep = k["metric"] == name
        if team is not None:
            keep &= k["team"] == team
        if y is not None:
            keep &= year == y
        return k.loc[keep, "value"]

    deploys = k[k["metric"] == "deploys"]
    tickets = k[k["metric"] == "tickets_closed"]
    points = k[k["metric"] == "story_points"]
    platform_deploys = metric("deploys", "Platform")

    return [
        one(
            t,
            "group",
            "total tickets closed per team",
            num(*tickets.groupby("team")["value"].sum()),
        ),
        one(
            t,
            "ranking",
            "which team deployed the most",
            num(best(deploys.groupby("team")["value"].sum())),
        ),
        one(
            t, "ranking", "top 3 teams by story points", top(points.groupby("team")["value"].sum())
        ),
        one(
            t,
            "compare",
            "did web or platform close more tickets in 2023",
            num(
                metric("tickets_closed", "Web", 2023).sum(),
                metric("tickets_closed", "Platform", 2023).sum(),
            ),
        ),
        # Two totals of the same teams and weeks: sum / sum.
        one(
            t,
            "derived",
            "bugs per deploy overall",
            num(metric("bugs_opened").sum() / metric("deploys").sum()),
        ),
        one(
            t,
            "derived",
            "story points per closed ticket for the data team",
            num(metric("story_points", "Data").sum() / metric("tickets_closed", "Data").sum()),
        ),
        one(
            t,
            "per-normalise",
            "how many deploys does a team do in an average week",
            num(metric("deploys").mean()),
        ),
        one(
            t,
            "per-normalise",
            "avg tickets closed per week, all teams together",
            num(tickets["value"].sum() / k["week"].nunique()),
        ),
        one(
            t,
            "percent-change",
            "mobile deploys: % change 2023 to 2024",
            num(
                pct_change(
                    metric("deploys", "Mobile", 2023).sum(), metric("deploys", "Mobile", 2024).sum()
                )
            ),
        ),
        one(
            t,
            "percent-change",
            "% change in tickets closed from 2023 to 2024",
            num(
                pct_change(
                    metric("tickets_closed", y=2023).sum(), metric("tickets_closed", y=2024).sum()
                )
            ),
        ),
        one(
            t,
            "date-part",
            "avg weekly tickets closed per team in december weeks (both years)",
            num(tickets.loc[tickets["_d"].dt.month == 12, "value"].mean()),
        ),
        one(t, "coverage", "which years does the kpi data cover", num(year.min(), year.max())),
        one(t, "coverage", "how many weeks of data", num(k["week"].nunique())),
        one(
            t,
            "numbers-in-question",
            "how many weeks did platform deploy more than 12 times",
            num((platform_deploys > 12).sum()),
        ),
        one(t, "long-format", "total deploys in 2024", num(metric("deploys", y=2024).sum())),
        one(
            t,
            "long-format",
            "avg weekly story points for mobile",
            num(metric("story_points", "Mobile").mean()),
        ),
        one(
            t,
            "long-format",
            "how many bugs did payments open",
            num(metric("bugs_opened", "Payments").sum()),
        ),
        one(t, "long-format", "total oncall hours", num(metric("oncall_hours").sum())),
        one(t, "chart", "bar chart of story points by team", BAR),
        SealedCase(
            t,
            [
                ("total story points for mobile", num(metric("story_points", "Mobile").sum())),
                ("and web?", num(metric("story_points", "Web").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "on-call hours for payments in 2023",
                    num(metric("oncall_hours", "Payments", 2023).sum()),
                ),
                ("and 2024", num(metric("oncall_hours", "Payments", 2024).sum())),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "how many engineers are in each team", NO),
        one(t, "unanswerable", "how many deploys did the security team do", NO),
    ]
