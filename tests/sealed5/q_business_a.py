"""Sealed set 5, generated tables (a): parking_citations.csv, library_loans.csv,
water_quality.csv."""

from __future__ import annotations

import pandas as pd

from tests.sealed5.cases import (
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

PARK = "parking_citations.csv"
LIB = "library_loans.csv"
WQ = "water_quality.csv"


def _rising(before: float, after: float) -> float:
    change = pct_change(before, after)
    assert change > 0, (before, after)
    return change


def parking() -> list[SealedCase]:
    d = load(PARK, date="Issued", fmt="%m/%d/%Y %H:%M")
    y23, y24 = d[d["_d"].dt.year == 2023], d[d["_d"].dt.year == 2024]
    paid = d[d["Status"] == "Paid"]
    hours = d["_d"].dt.hour.value_counts()
    months24 = y24["_d"].dt.month.value_counts()
    assert (hours == hours.max()).sum() == 1 and (months24 == months24.max()).sum() == 1
    meter = "Expired meter"
    return [
        one(PARK, "aggregate", "total fines issued in dollars", num(d["FineAmt ($)"].sum())),
        one(
            PARK,
            "aggregate",
            "how much money has actually been paid on tickets",
            num(d["PaidAmt ($)"].sum()),
        ),
        one(
            PARK,
            "date-part",
            "what hour of the day are the most tickets written, and how many",
            num(hours.idxmax(), hours.max()),
        ),
        one(PARK, "group", "ticket count by zone", num(*d.groupby("Zone").size())),
        one(
            PARK,
            "ranking",
            "top 3 officers by total fine dollars written",
            ranked(d.groupby("OfficerBadge")["FineAmt ($)"].sum().astype(float), 3),
        ),
        one(
            PARK,
            "percent-change",
            "yoy % change in the number of citations, 2023 to 2024",
            num(_rising(len(y23), len(y24))),
        ),
        one(
            PARK,
            "compare",
            "avg fine harbor zone vs univ zone",
            num(
                d.loc[d["Zone"] == "HARBR", "FineAmt ($)"].mean(),
                d.loc[d["Zone"] == "UNIV", "FineAmt ($)"].mean(),
            ),
        ),
        one(
            PARK,
            "numbers-in-question",
            "how many tickets have a fine over $100",
            num((d["FineAmt ($)"] > 100).sum()),
        ),
        one(
            PARK,
            "derived",
            "of the paid tickets, what pct were paid more than 30 days after issue",
            num((paid["DaysToPay"] > 30).mean() * 100),
        ),
        one(
            PARK,
            "per-normalise",
            "avg number of citations per officer",
            num(len(d) / d["OfficerBadge"].nunique()),
        ),
        one(PARK, "unanswerable", "which car make gets ticketed the most", NO),
        one(PARK, "unanswerable", "which street has the most tickets", NO),
        one(PARK, "unanswerable", "why are there so many tickets downtown?", NO),
        SealedCase(
            PARK,
            [
                ("how many expired meter tickets in 2023", num((y23["ViolDesc"] == meter).sum())),
                ("and 2024?", num((y24["ViolDesc"] == meter).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            PARK,
            [
                (
                    "avg days to pay for street cleaning tickets",
                    num(paid.loc[paid["ViolDesc"] == "Street cleaning", "DaysToPay"].mean()),
                ),
                (
                    "what about fire hydrant ones?",
                    num(paid.loc[paid["ViolDesc"] == "Fire hydrant", "DaysToPay"].mean()),
                ),
            ],
            "follow-up",
        ),
        one(PARK, "chart", "line chart of citations per month", LINE),
        one(
            PARK,
            "date-part",
            "which month of 2024 had the most citations? how many",
            num(months24.max()),
        ),
        one(
            PARK,
            "long-format",
            "how many fire hydrant violations were there",
            num((d["ViolDesc"] == "Fire hydrant").sum()),
        ),
        one(
            PARK,
            "units-columns",
            "avg amount paid per paid ticket, in $",
            num(paid["PaidAmt ($)"].mean()),
        ),
        one(
            PARK,
            "coverage",
            "how many tickets have no plate state recorded",
            num(d["PlateSt"].isna().sum()),
        ),
    ]


def library() -> list[SealedCase]:
    d = load(LIB, date="checkoutDate", fmt="%d.%m.%Y")
    back = pd.to_datetime(d["returnDate"], format="%d.%m.%Y")
    months = d["_d"].dt.month.value_counts()
    weekdays = d["_d"].dt.dayofweek.value_counts()
    ages = d["patronAgeGrp"].value_counts()
    assert (months == months.max()).sum() == 1 and (weekdays == weekdays.max()).sum() == 1
    assert (ages == ages.max()).sum() == 1
    q1 = d[d["_d"].dt.quarter == 1]
    q4 = d[d["_d"].dt.quarter == 4]
    dvd = d[d["itemType"] == "DVD"]
    return [
        one(
            LIB,
            "units-columns",
            "total late fees in euros",
            num(d["lateFee_EURct"].sum() / 100),
        ),
        one(LIB, "per-normalise", "number of loans per branch", num(*d.groupby("branch").size())),
        one(
            LIB,
            "ranking",
            "rank item types by number of loans, top 5",
            ranked(d.groupby("itemType").size().astype(float), 5),
        ),
        one(
            LIB,
            "date-part",
            "busiest month for checkouts - how many loans",
            num(months.max()),
        ),
        one(
            LIB,
            "date-part",
            "which day of the week has the most checkouts and how many",
            num(weekdays.max()),
        ),
        one(
            LIB,
            "derived",
            "avg loan length in days for items that came back",
            num((back - d["_d"]).dt.days.mean()),
        ),
        one(
            LIB,
            "numbers-in-question",
            "how many loans had a late fee of more than 2 euros",
            num((d["lateFee_EURct"] > 200).sum()),
        ),
        one(LIB, "unanswerable", "which book titles are most popular?", NO),
        one(LIB, "unanswerable", "who is the most borrowed author", NO),
        one(LIB, "unanswerable", "loans split by patron gender", NO),
        SealedCase(
            LIB,
            [
                ("how many dvds were checked out at WST?", num((dvd["branch"] == "WST").sum())),
                ("and at EAS?", num((dvd["branch"] == "EAS").sum())),
                ("now as a bar chart across all branches", BAR),
            ],
            "follow-up",
        ),
        one(
            LIB,
            "compare",
            "avg renewals books vs audiobooks",
            num(
                d.loc[d["itemType"] == "Book", "renewals"].mean(),
                d.loc[d["itemType"] == "Audiobook", "renewals"].mean(),
            ),
        ),
        one(
            LIB,
            "superlative",
            "which age group borrows the most? how many loans",
            num(ages.max()),
        ),
        one(
            LIB,
            "coverage",
            "how many loans are in the file, and how many have not been returned",
            num(len(d), d["returnDate"].isna().sum()),
        ),
        one(
            LIB,
            "per-normalise",
            "on avg how many items get checked out per opening day "
            "(days with at least one checkout)",
            num(len(d) / d["_d"].nunique()),
        ),
        one(
            LIB,
            "percent-change",
            "pct change in loans from Q1 to Q4",
            num(_rising(len(q1), len(q4))),
        ),
        one(
            LIB,
            "aggregate",
            "avg late fee in cents across all loans",
            num(d["lateFee_EURct"].mean()),
        ),
    ]


def water() -> list[SealedCase]:
    d = load(WQ, date="sample_date", fmt="%Y/%m/%d")
    p = {name: d[d["parameter"] == name] for name in d["parameter"].unique()}
    ecoli, oxygen, temp = p["E. coli"], p["Dissolved oxygen"], p["Water temp"]
    turb = p["Turbidity"]
    by_month = temp.groupby(temp["_d"].dt.month)["result"].mean()
    site_turb = turb.groupby("site_id")["result"].mean()
    first_half = turb[turb["_d"].dt.year == 2022]
    last_half = turb[turb["_d"].dt.year == 2023]
    return [
        one(
            WQ,
            "long-format",
            "avg nitrate at WQ-03",
            num(p["Nitrate"].loc[p["Nitrate"]["site_id"] == "WQ-03", "result"].mean()),
        ),
        one(
            WQ,
            "long-format",
            "median turbidity at Denby Mill",
            num(turb.loc[turb["site_name"] == "Denby Mill", "result"].median()),
        ),
        one(WQ, "long-format", "highest e. coli reading anywhere?", num(ecoli["result"].max())),
        one(
            WQ,
            "group",
            "mean pH by site",
            num(*p["pH"].groupby("site_id")["result"].mean()),
        ),
        one(WQ, "ranking", "top 3 site ids by avg turbidity", ranked(site_turb, 3)),
        one(
            WQ,
            "date-part",
            "which calendar month has the warmest avg water temp, and what is it",
            num(by_month.max()),
        ),
        one(
            WQ,
            "numbers-in-question",
            "how many e coli results were above 1,000 cfu/100ml",
            num((ecoli["result"] > 1000).sum()),
        ),
        one(
            WQ,
            "coverage",
            "on how many different dates was Orchard Reach sampled",
            num(d.loc[d["site_name"] == "Orchard Reach", "sample_date"].nunique()),
        ),
        one(WQ, "unanswerable", "what's the phosphate level at kelso outfall", NO),
        one(WQ, "unanswerable", "which site has the highest lead concentration", NO),
        one(WQ, "unanswerable", "avg river flow rate at harrow ford?", NO),
        one(WQ, "unanswerable", "why is kelso outfall so much dirtier than the others", NO),
        SealedCase(
            WQ,
            [
                (
                    "avg dissolved oxygen at millbrook weir in 2023",
                    num(
                        oxygen.loc[
                            (oxygen["site_name"] == "Millbrook Weir")
                            & (oxygen["_d"].dt.year == 2023),
                            "result",
                        ].mean()
                    ),
                ),
                (
                    "and at kelso outfall?",
                    num(
                        oxygen.loc[
                            (oxygen["site_name"] == "Kelso Outfall")
                            & (oxygen["_d"].dt.year == 2023),
                            "result",
                        ].mean()
                    ),
                ),
            ],
            "follow-up",
        ),
        one(
            WQ,
            "compare",
            "compare avg nitrate in 2022 and 2024",
            num(
                p["Nitrate"].loc[p["Nitrate"]["_d"].dt.year == 2022, "result"].mean(),
                p["Nitrate"].loc[p["Nitrate"]["_d"].dt.year == 2024, "result"].mean(),
            ),
        ),
        one(
            WQ,
            "derived",
            "what share of e. coli samples were not detected (ND), in %",
            num((ecoli["qualifier"] == "ND").mean() * 100),
        ),
        one(WQ, "chart", "plot water temperature over time at WQ-01 as a line", LINE),
        one(
            WQ,
            "units-columns",
            "avg water temp in fahrenheit",
            num(temp["result"].mean() * 9 / 5 + 32),
        ),
        one(
            WQ,
            "percent-change",
            "by how many percent did avg turbidity change from 2022 to 2023",
            num(_rising(first_half["result"].mean(), last_half["result"].mean())),
        ),
    ]


def cases() -> list[SealedCase]:
    return parking() + library() + water()
