"""Questions over two generated tables: meter_readings.csv (daily utility readings of four
sites in long format: reading_date dd-mm-yyyy, site, meter_id, metric, unit, value) and
insurance_claims.csv (claims with dates like `05 Mar 2021` and amounts in GBP)."""

from __future__ import annotations

import pandas as pd

from tests.devset2.cases import (
    BAR,
    LINE,
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

TEXT_DATE = "%d %b %Y"


def meter_readings() -> list[SealedCase]:
    t = "meter_readings.csv"
    r = load(t, "reading_date", "%d-%m-%Y")
    year, month = r["_d"].dt.year, r["_d"].dt.month

    def metric(name: str, site: str | None = None, y: int | None = None) -> pd.Series:
        keep = r["metric"] == name
        if site is not None:
            keep &= r["site"] == site
        if y is not None:
            keep &= year == y
        return r.loc[keep, "value"]

    electricity = r[r["metric"] == "electricity"]
    gas = r[r["metric"] == "gas"]
    leeds_power = metric("electricity", "Leeds DC")
    first_half = month <= 6

    def leeds_gas_h1(y: int) -> float:
        return float(r.loc[(r["metric"] == "gas") & (r["site"] == "Leeds DC") & (year == y)
                           & first_half, "value"].sum())  # fmt: skip

    return [
        one(t, "aggregate", "how many readings are missing a value", num(r["value"].isna().sum())),
        one(
            t,
            "group",
            "total electricity by site",
            num(*electricity.groupby("site")["value"].sum()),
        ),
        one(
            t,
            "ranking",
            "which site used the most gas overall (m3)",
            num(best(gas.groupby("site")["value"].sum())),
        ),
        one(t, "chart", "line chart of daily electricity at leeds dc", LINE),
        one(t, "chart", "bar chart of total water use per site", BAR),
        one(
            t,
            "compare",
            "did hull warehouse or leeds dc use more electricity in 2023",
            num(
                metric("electricity", "Hull Warehouse", 2023).sum(),
                metric("electricity", "Leeds DC", 2023).sum(),
            ),
        ),
        one(t, "coverage", "what years do the meter readings cover", num(year.min(), year.max())),
        # Mean of Cardiff's daily electricity readings that fall on a Saturday.
        one(
            t,
            "date-part",
            "avg daily electricity at cardiff store on saturdays",
            num(
                r.loc[
                    (r["metric"] == "electricity")
                    & (r["site"] == "Cardiff Store")
                    & (r["_d"].dt.day_of_week == 5),
                    "value",
                ].mean()
            ),
        ),
        one(
            t,
            "date-part",
            "total gas used in december, all sites and years",
            num(gas.loc[gas["_d"].dt.month == 12, "value"].sum()),
        ),
        # Hull's solar export over Hull's electricity use, both summed, in percent.
        one(
            t,
            "derived",
            "solar export as a % of electricity consumption at hull warehouse",
            num(
                metric("solar_export", "Hull Warehouse").sum()
                / metric("electricity", "Hull Warehouse").sum()
                * 100
            ),
        ),
        # A site-day is one electricity reading: the mean reading.
        one(
            t,
            "per-normalise",
            "avg electricity reading per site-day",
            num(electricity["value"].mean()),
        ),
        # All sites' gas, summed, over the 30 months of the data.
        one(
            t,
            "per-normalise",
            "avg monthly gas consumption, all sites combined",
            num(gas["value"].sum() / r["_d"].dt.to_period("M").nunique()),
        ),
        one(
            t,
            "percent-change",
            "% change in total electricity use from 2022 to 2023",
            num(
                pct_change(metric("electricity", y=2022).sum(), metric("electricity", y=2023).sum())
            ),
        ),
        # January–June of each year.
        one(
            t,
            "percent-change",
            "leeds dc gas: change from H1 2023 to H1 2024 in %",
            num(pct_change(leeds_gas_h1(2023), leeds_gas_h1(2024))),
        ),
        one(
            t,
            "numbers-in-question",
            "how many days did leeds dc use over 3k kWh",
            num(above(leeds_power.dropna(), 3000)),
        ),
        one(
            t,
            "long-format",
            "total electricity used at leeds dc in 2023 (kwh)",
            num(metric("electricity", "Leeds DC", 2023).sum()),
        ),
        one(
            t, "long-format", "total water consumption across all sites", num(metric("water").sum())
        ),
        one(
            t,
            "long-format",
            "how much solar did we export in 2023",
            num(metric("solar_export", y=2023).sum()),
        ),
        SealedCase(
            t,
            [
                ("total gas at leeds dc in 2022", num(metric("gas", "Leeds DC", 2022).sum())),
                ("what about 2023?", num(metric("gas", "Leeds DC", 2023).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "electricity use at bristol office in 2024",
                    num(metric("electricity", "Bristol Office", 2024).sum()),
                ),
                ("and cardiff store?", num(metric("electricity", "Cardiff Store", 2024).sum())),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what did the electricity cost us in 2023", NO),
        one(t, "unanswerable", "gas usage at hull warehouse in 2021", NO),
    ]


def insurance_claims() -> list[SealedCase]:
    t = "insurance_claims.csv"
    c = load(t, "lossDate", TEXT_DATE)
    reported = pd.to_datetime(c["reportedDate"], format=TEXT_DATE)
    claimed, paid = c["claim_amt (GBP)"], c["paid_amt (GBP)"]
    year = c["_d"].dt.year
    per_year = year.value_counts()
    settled = c["status"] == "Settled"

    def avg_claim(lob: str, region: str) -> float:
        return float(claimed[(c["lineOfBusiness"] == lob) & (c["region"] == region)].mean())

    def lob_paid(lob: str) -> float:
        return float(paid[c["lineOfBusiness"] == lob].mean())

    return [
        one(t, "aggregate", "total amount claimed", num(claimed.sum())),
        one(t, "aggregate", "median claim size", num(claimed.median())),
        one(
            t,
            "group",
            "avg claim amount by line of business",
            num(*c.groupby("lineOfBusiness")["claim_amt (GBP)"].mean()),
        ),
        one(t, "group", "claims per region", num(*c.groupby("region").size())),
        one(
            t,
            "ranking",
            "top 3 adjusters by number of claims handled",
            top(c["adjuster"].value_counts()),
        ),
        one(t, "chart", "bar chart of claim counts by status", BAR),
        # Paid amounts exist for settled claims only: the mean over those.
        one(
            t,
            "compare",
            "avg payout on motor vs home claims",
            num(lob_paid("Motor"), lob_paid("Home")),
        ),
        one(t, "coverage", "which loss years are in the data", num(year.min(), year.max())),
        one(
            t,
            "coverage",
            "how many distinct months of loss dates are there",
            num(c["_d"].dt.to_period("M").nunique()),
        ),
        one(
            t,
            "date-part",
            "how many losses happened in january (all years)",
            num((c["_d"].dt.month == 1).sum()),
        ),
        one(
            t,
            "date-part",
            "no. of claims reported on a monday",
            num((reported.dt.day_of_week == 0).sum()),
        ),
        # Settled claims: total paid over total claimed, in percent.
        one(
            t,
            "derived",
            "for settled claims, what % of the claimed amount was paid out overall",
            num(paid[settled].sum() / claimed[settled].sum() * 100),
        ),
        one(
            t,
            "derived",
            "avg days between the loss and reporting it",
            num((reported - c["_d"]).dt.days.mean()),
        ),
        # Claims over the 48 months of loss dates.
        one(
            t,
            "per-normalise",
            "how many claims per month on average",
            num(len(c) / c["_d"].dt.to_period("M").nunique()),
        ),
        one(
            t,
            "percent-change",
            "% change in claim count from 2020 to 2022 (loss year)",
            num(pct_change(per_year[2020], per_year[2022])),
        ),
        # The claimed amount (`claim_amt (GBP)`), not the paid one.
        one(
            t,
            "numbers-in-question",
            "how many claims were for more than £2.5k",
            num(above(claimed, 2_500)),
        ),
        one(t, "units-columns", "total paid out in pounds", num(paid.sum())),
        one(t, "long-format", "how many claims were denied", num((c["status"] == "Denied").sum())),
        one(
            t,
            "long-format",
            "total claimed on pet policies",
            num(claimed[c["lineOfBusiness"] == "Pet"].sum()),
        ),
        SealedCase(
            t,
            [
                ("avg travel claim in scotland", num(avg_claim("Travel", "Scotland"))),
                ("and wales?", num(avg_claim("Travel", "Wales"))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what's the premium income for motor", NO),
        one(t, "unanswerable", "how many claims will we get next year", NO),
        one(t, "unanswerable", "why are commercial claims so much bigger", NO),
    ]
