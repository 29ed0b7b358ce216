"""Conversations over three generated business tables: a parcel carrier's shipments, four
solar farms' daily figures in long format, and staff expense claims in cents."""

from __future__ import annotations

import pandas as pd

from tests.sealed7.cases import (
    BAR,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

WEIGHT = "Wt (g)"
DIST = "Dist (km)"
CHARGE = "Charge (EUR)"
GEN = "Generation (MWh)"
EXPORT = "Export (MWh)"
IRR = "Irradiance (kWh/m2)"
AVAIL = "Availability (%)"


def cases() -> list[SealedCase]:
    return _parcels() + _solar() + _expenses()


def _increase(before: float, after: float) -> float:
    assert after > before, (before, after)
    return pct_change(before, after)


def _parcels() -> list[SealedCase]:
    t = "parcel_deliveries.csv"
    p = load(t, "DispatchedAt", "%d.%m.%Y %H:%M")
    sent = p["_d"]
    arrived = pd.to_datetime(p["DeliveredAt"], format="%d.%m.%Y %H:%M")
    hours = (arrived - sent).dt.total_seconds() / 3600
    month = sent.dt.month
    per_month = month.value_counts()
    weekdays = sent.dt.dayofweek.value_counts()
    hour_counts = sent.dt.hour.value_counts()
    charge = p[CHARGE]
    depot = p["DepotCd"]
    return [
        one(t, "coverage", "how many shipments are in the file", num(len(p))),
        one(
            t,
            "aggregate",
            "total revenue from shipments dispatched in march",
            num(charge[month == 3].sum()),
        ),
        one(t, "group", "numbr of parcels by depot", num(*depot.value_counts())),
        one(
            t,
            "ranking",
            "rank the 4 depots by avg charge",
            ranked(p.groupby("DepotCd")[CHARGE].mean(), 4),
        ),
        one(t, "units-columns", "heaviest parcel in kg", num(p[WEIGHT].max() / 1000)),
        one(t, "units-columns", "avg parcel weight in kilos", num(p[WEIGHT].mean() / 1000)),
        one(
            t,
            "units-columns",
            "total distance driven for these parcels in miles",
            num(p[DIST].sum() / 1.609344),
        ),
        one(
            t,
            "date-part",
            "which weekday do we dispatch the most parcels on, how many",
            num(weekdays.max()),
        ),
        one(
            t,
            "date-part",
            "busiest hour of the day for dispatches and how many parcels",
            num(hour_counts.max()),
        ),
        one(
            t,
            "derived",
            "avg delivery time in hours for delivred parcels",
            num(hours[p["Status"] == "DLV"].mean()),
        ),
        one(
            t,
            "derived",
            "what pct of shipments got lost",
            num((p["Status"] == "LOST").mean() * 100),
        ),
        one(
            t,
            "percent-change",
            "pct change in parcel volume from october to december",
            num(_increase(per_month[10], per_month[12])),
        ),
        one(
            t,
            "numbers-in-question",
            "how many parcels weighed over 5kg",
            num((p[WEIGHT] > 5000).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many shipmnets travelled more than 200 km",
            num((p[DIST] > 200).sum()),
        ),
        one(
            t,
            "compare",
            "avg charge for EXP vs NXT service",
            num(charge[p["Svc"] == "EXP"].mean(), charge[p["Svc"] == "NXT"].mean()),
        ),
        one(t, "per-normalise", "avg delivery attempts per parcel", num(p["Attempts"].mean())),
        one(t, "chart", "monthly shipment counts as a line chart", LINE),
        one(
            t,
            "date-part",
            "which quarter had the most shipments, how many",
            num(sent.dt.quarter.value_counts().max()),
        ),
        one(
            t,
            "group",
            "avg parcel weight in kg for each service",
            num(*(p.groupby("Svc")[WEIGHT].mean() / 1000)),
        ),
        one(t, "unanswerable", "which drivers delivered fastest", NO),
        one(t, "unanswerable", "how many parcels did we ship in 2023", NO),
        one(t, "unanswerable", "what's our customer satisfaction score", NO),
        SealedCase(
            t,
            [
                ("avg charge for parcels sent from AMS-N", num(charge[depot == "AMS-N"].mean())),
                ("and UTR-C?", num(charge[depot == "UTR-C"].mean())),
                ("now a bar chart of avg charge by depot", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many parcels were returned to sender", num((p["Status"] == "RTS").sum())),
                ("and how many got lost?", num((p["Status"] == "LOST").sum())),
            ],
            "follow-up",
        ),
    ]


def _solar() -> list[SealedCase]:
    t = "solar_generation.csv"
    s = load(t, "date", "%Y-%m-%d")
    year = s["_d"].dt.year
    ym = s["_d"].dt.strftime("%Y-%m")

    def metric(name: str) -> pd.DataFrame:
        return s[s["metric"] == name]

    gen = metric(GEN)
    exp = metric(EXPORT)
    gen_year = gen.groupby(gen["_d"].dt.year)["value"].sum()
    dun = gen[gen["site"] == "SF-DUN"]
    dun_year = dun.groupby(dun["_d"].dt.year)["value"].sum()
    june_ald = (ym == "2023-06") & (s["site"] == "SF-ALD")
    june_exp = s.loc[june_ald & (s["metric"] == EXPORT), "value"]
    assert june_exp.notna().all()
    irr = metric(IRR)
    irr23 = irr[irr["_d"].dt.year == 2023]

    def total(site: str, month: str) -> float:
        return gen.loc[(gen["site"] == site) & (ym == month), "value"].sum()

    def availability(site: str) -> float:
        return metric(AVAIL).loc[s["site"] == site, "value"].mean()

    return [
        one(t, "long-format", "total generation across all sites in 2023", num(gen_year[2023])),
        one(t, "long-format", "avg availability for SF-CRN", num(availability("SF-CRN"))),
        one(t, "group", "total genration per site", num(*gen.groupby("site")["value"].sum())),
        one(
            t,
            "ranking",
            "rank the sites by total export in 2022",
            ranked(exp[exp["_d"].dt.year == 2022].groupby("site")["value"].sum(), 4),
        ),
        one(
            t,
            "superlative",
            "best single day of generation at SF-ALD, how mcuh",
            num(gen.loc[gen["site"] == "SF-ALD", "value"].max()),
        ),
        one(
            t,
            "date-part",
            "which month of the year has the highest total generation (all sites, both yrs)",
            num(gen.groupby(gen["_d"].dt.month)["value"].sum().max()),
        ),
        one(
            t,
            "percent-change",
            "pct change in SF-DUN's generation from 2022 to 2023",
            num(_increase(dun_year[2022], dun_year[2023])),
        ),
        one(
            t,
            "derived",
            "what share of SF-ALD's june 2023 generation was exported",
            num(june_exp.sum() / s.loc[june_ald & (s["metric"] == GEN), "value"].sum() * 100),
        ),
        one(t, "coverage", "what dates does the solar data cover", num(year.min(), year.max())),
        one(
            t,
            "numbers-in-question",
            "on how many days did SF-CRN generate more than 12 MWh",
            num(((gen["site"] == "SF-CRN") & (gen["value"] > 12)).sum()),
        ),
        one(t, "chart", "line chart of monthly generation", LINE),
        one(
            t,
            "units-columns",
            "total generation for SF-BRK in 2023 in GWh",
            num(gen.loc[(gen["site"] == "SF-BRK") & (year == 2023), "value"].sum() / 1000),
        ),
        one(
            t,
            "compare",
            "which site had higher avg irradiance in 2023, SF-BRK or SF-DUN",
            num(
                irr23.loc[irr23["site"] == "SF-BRK", "value"].mean(),
                irr23.loc[irr23["site"] == "SF-DUN", "value"].mean(),
            ),
        ),
        one(
            t,
            "per-normalise",
            "avg daily generation per site",
            num(*gen.groupby("site")["value"].mean()),
        ),
        one(
            t,
            "long-format",
            "avg irradiance at SF-DUN in 2022",
            num(irr.loc[(irr["site"] == "SF-DUN") & (irr["_d"].dt.year == 2022), "value"].mean()),
        ),
        one(
            t,
            "long-format",
            "total export across all sites in 2023, MWh",
            num(exp.loc[exp["_d"].dt.year == 2023, "value"].sum()),
        ),
        one(
            t,
            "long-format",
            "how many days was SF-BRK fully available (100%)",
            num(((s["metric"] == AVAIL) & (s["site"] == "SF-BRK") & (s["value"] == 100)).sum()),
        ),
        one(
            t,
            "percent-change",
            "pct change in total generation from march 2023 to june 2023",
            num(
                _increase(
                    gen.loc[ym == "2023-03", "value"].sum(), gen.loc[ym == "2023-06", "value"].sum()
                )
            ),
        ),
        one(t, "unanswerable", "how much revenue did the exports earn", NO),
        one(t, "unanswerable", "total generation in 2021", NO),
        one(t, "unanswerable", "how many panels does each site have", NO),
        SealedCase(
            t,
            [
                ("total generation at SF-DUN in july 2022", num(total("SF-DUN", "2022-07"))),
                ("and in july 2023?", num(total("SF-DUN", "2023-07"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg availabilty % at SF-ALD", num(availability("SF-ALD"))),
                ("what about SF-BRK?", num(availability("SF-BRK"))),
            ],
            "follow-up",
        ),
    ]


def _expenses() -> list[SealedCase]:
    t = "expense_claims.csv"
    x = load(t, "SubmittedOn", "%m/%d/%Y")
    year = x["_d"].dt.year
    dollars = x["AmountCents"] / 100
    cat = x["Cat"]
    mile24 = (cat == "MILE") & (year == 2024)
    q23 = x[year == 2023]["_d"].dt.quarter.value_counts()
    by_quarter = x.groupby([year, x["_d"].dt.quarter])["AmountCents"].sum()
    approved = x["Status"] == "APPROVED"
    pending = x["Status"] == "PENDING"
    return [
        one(
            t,
            "units-columns",
            "total amount claimed in 2024, in dollars",
            num(dollars[year == 2024].sum()),
        ),
        one(t, "group", "totl $ claimed by dept", num(*dollars.groupby(x["Dept"]).sum())),
        one(
            t,
            "ranking",
            "top 5 employees by total $ claimed",
            ranked(dollars.groupby(x["EmpNo"]).sum(), 5),
        ),
        one(t, "superlative", "biggest single claim in dollars", num(dollars.max())),
        one(
            t,
            "compare",
            "avg meal claim vs avg lodging claim in $",
            num(dollars[cat == "MEAL"].mean(), dollars[cat == "LODG"].mean()),
        ),
        one(
            t,
            "percent-change",
            "pct change in total claimed from Q1 2024 to Q2 2024",
            num(_increase(by_quarter[(2024, 1)], by_quarter[(2024, 2)])),
        ),
        one(
            t,
            "date-part",
            "which quarter of 2023 had the most claims submitted, how many",
            num(q23.max()),
        ),
        one(
            t,
            "derived",
            "what's the rejection rate, as a %",
            num((x["Status"] == "REJECTED").mean() * 100),
        ),
        one(
            t,
            "derived",
            "avg $ paid per mile on mileage claims in 2024 (total $ / total miles)",
            num(dollars[mile24].sum() / x.loc[mile24, "Miles"].sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many claims are over $500",
            num((x["AmountCents"] > 50_000).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many mileage claims were for 250 miles or more",
            num((x["Miles"] >= 250).sum()),
        ),
        one(t, "aggregate", "avg claim amount in dollars", num(dollars.mean())),
        one(t, "chart", "bar chart of total claimed by category", BAR),
        one(
            t,
            "per-normalise",
            "how many claims per employe on avg",
            num(len(x) / x["EmpNo"].nunique()),
        ),
        one(t, "coverage", "what period do these claims cover", num(year.min(), year.max())),
        one(
            t,
            "date-part",
            "which month of the year has the highest total claimed, in $",
            num(dollars.groupby(x["_d"].dt.month).sum().max()),
        ),
        one(t, "group", "number of claims by status", num(*x["Status"].value_counts())),
        one(
            t,
            "per-normalise",
            "avg $ claimed per employee",
            num(dollars.sum() / x["EmpNo"].nunique()),
        ),
        one(t, "unanswerable", "which claims were fraudulent", NO),
        one(t, "unanswerable", "what did we spend on travel in 2022", NO),
        one(t, "unanswerable", "which vendor got the most of our expense spend", NO),
        SealedCase(
            t,
            [
                ("how many claims are still pending", num(pending.sum())),
                ("what's their total in $?", num(dollars[pending].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "total approved claims for SAL in $",
                    num(dollars[approved & (x["Dept"] == "SAL")].sum()),
                ),
                ("and for ENG?", num(dollars[approved & (x["Dept"] == "ENG")].sum())),
            ],
            "follow-up",
        ),
    ]
