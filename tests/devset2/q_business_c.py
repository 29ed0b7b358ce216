"""Questions over a generated table: campaign_daily.csv (daily ad-campaign performance,
July 2023 – December 2024, US dates without leading zeros, `Spend (USD)`, `convValue`)."""

from __future__ import annotations

from tests.devset2.cases import (
    LINE,
    NO,
    SealedCase,
    above,
    load,
    num,
    one,
    pct_change,
    top,
)


def campaign_daily() -> list[SealedCase]:
    t = "campaign_daily.csv"
    k = load(t, "date", "%m/%d/%Y")
    spend = k["Spend (USD)"]
    year, quarter = k["_d"].dt.year, k["_d"].dt.quarter
    search = k["channel"] == "Search"

    def region_spend(region: str) -> float:
        return float(spend[k["region"] == region].sum())

    def q3_spend(y: int) -> float:
        return float(spend[(year == y) & (quarter == 3)].sum())

    def july_clicks(y: int) -> int:
        return int(k.loc[(year == y) & (k["_d"].dt.month == 7), "clicks"].sum())

    def channel_clicks(channel: str) -> int:
        return int(k.loc[k["channel"] == channel, "clicks"].sum())

    return [
        one(t, "aggregate", "what's our total advertising expense", num(spend.sum())),
        one(t, "group", "spend by channel", num(*k.groupby("channel")["Spend (USD)"].sum())),
        one(
            t,
            "group",
            "conversions per region",
            num(*k.groupby("region")["conversions"].sum()),
        ),
        one(
            t,
            "ranking",
            "top 3 campaigns by conversions",
            top(k.groupby("campaign")["conversions"].sum()),
        ),
        one(
            t,
            "ranking",
            "which 3 campaigns cost the most",
            top(k.groupby("campaign")["Spend (USD)"].sum()),
        ),
        one(t, "chart", "chart of spend over time", LINE),
        one(
            t,
            "compare",
            "search or social: which got more clicks",
            num(channel_clicks("Search"), channel_clicks("Social")),
        ),
        one(t, "coverage", "which years does the campaign data cover", num(year.min(), year.max())),
        one(
            t,
            "date-part",
            "total conversions in december (both years)",
            num(k.loc[k["_d"].dt.month == 12, "conversions"].sum()),
        ),
        one(
            t,
            "date-part",
            "how many clicks did we get on sundays",
            num(k.loc[k["_d"].dt.day_of_week == 6, "clicks"].sum()),
        ),
        # Click-through rate: total clicks / total impressions, in percent.
        one(
            t,
            "derived",
            "overall CTR in %",
            num(k["clicks"].sum() / k["impressions"].sum() * 100),
        ),
        # Return on ad spend: total conversion value / total spend, Search rows only.
        one(
            t,
            "derived",
            "ROAS for the search channel (conv value / spend)",
            num(k.loc[search, "convValue"].sum() / spend[search].sum()),
        ),
        one(
            t,
            "derived",
            "cost per conversion overall",
            num(spend.sum() / k["conversions"].sum()),
        ),
        # All campaigns' spend, summed, over the number of calendar days in the data.
        one(
            t,
            "per-normalise",
            "avg daily spend, all campaigns combined",
            num(spend.sum() / k["date"].nunique()),
        ),
        one(
            t,
            "percent-change",
            "% change in spend from Q3 2023 to Q3 2024",
            num(pct_change(q3_spend(2023), q3_spend(2024))),
        ),
        # A row is one campaign on one day; its CTR is clicks / impressions.
        one(
            t,
            "numbers-in-question",
            "on how many campaign-days was the CTR above 5%",
            num(above(k["clicks"] / k["impressions"] * 100, 5)),
        ),
        one(
            t,
            "percent-change",
            "by what percent did clicks change from july 2023 to july 2024",
            num(pct_change(july_clicks(2023), july_clicks(2024))),
        ),
        one(
            t,
            "numbers-in-question",
            "number of days where brand search us got more than 550 clicks",
            num(above(k.loc[k["campaign"] == "Brand Search US", "clicks"], 550)),
        ),
        one(
            t,
            "units-columns",
            "total spend in usd on email",
            num(spend[k["channel"] == "Email"].sum()),
        ),
        one(t, "units-columns", "sum of conversion value", num(k["convValue"].sum())),
        SealedCase(
            t,
            [
                ("spend in emea", num(region_spend("EMEA"))),
                ("and apac?", num(region_spend("APAC"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "impressions for youtube launch",
                    num(k.loc[k["campaign"] == "YouTube Launch", "impressions"].sum()),
                ),
                (
                    "same for spring social",
                    num(k.loc[k["campaign"] == "Spring Social", "impressions"].sum()),
                ),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what was our cpm on tiktok", NO),
        one(t, "unanswerable", "how much revenue came from organic traffic", NO),
    ]
