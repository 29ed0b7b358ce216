"""CHAT style, part B: the tutoring agency's sessions, the Michigan training-grant plants,
Canada's senators and Washington DC's hourly bike-share counts for 2011. Asked by a shift
supervisor in a team chat: very short, lowercase, no punctuation, chat abbreviations; gold
computed here with plain pandas from the CSVs."""

from __future__ import annotations

from tests.devset4.cases import (
    BOX,
    HISTOGRAM,
    NO,
    PIE,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

TUTORING = "tutoring_sessions.csv"
PLANTS = "michigan_training_grants.csv"
SENATORS = "canadian_senators.csv"
BIKES = "dc_bikeshare_hourly_2011.csv"


def tutoring_cases() -> list[SealedCase]:
    t = load(TUTORING, "Session Date", "%d/%m/%Y")
    done = t[t["Status"] == "Completed"]
    year = done.groupby(done["_d"].dt.year).size()
    chen = t[t["Tutor"] == "Chen"]
    t24 = t[t["_d"].dt.year == 2024]
    return [
        one(
            TUTORING,
            "aggregate",
            "avg billed per completed session thx",
            num(done["Billed (USD)"].mean()),
        ),
        one(
            TUTORING,
            "group",
            "hw many completed sessions online vs in person split pls",
            num(*done.groupby("Mode").size()),
        ),
        one(
            TUTORING,
            "superlative",
            "which subject had the most completed sessions n how many",
            num(done.groupby("Subject").size().max()),
        ),
        one(
            TUTORING,
            "date-part",
            "hw many sessions fall on a saturday all statuses",
            num((t["_d"].dt.dayofweek == 5).sum()),
        ),
        one(
            TUTORING,
            "numbers-in-question",
            "how many sessions billed more than $100",
            num((t["Billed (USD)"] > 100).sum()),
        ),
        one(
            TUTORING,
            "units-columns",
            "tot hrs taught online in 2024 completed only not mins",
            num(
                done[(done["Mode"] == "Online") & (done["_d"].dt.year == 2024)][
                    "Duration (min)"
                ].sum()
                / 60
            ),
        ),
        one(
            TUTORING,
            "per-normalise",
            "wht do we bill per hr taught on completed sessions overall total billed / total hrs",
            num(done["Billed (USD)"].sum() / (done["Duration (min)"].sum() / 60)),
        ),
        one(
            TUTORING,
            "coverage",
            "hw many diff tutors r in the sheet",
            num(t["Tutor"].nunique()),
        ),
        one(
            TUTORING,
            "percent-change",
            "completed sessions 2023 to 2024 % change",
            num(pct_change(year[2023], year[2024])),
        ),
        SealedCase(
            TUTORING,
            [
                (
                    "chen tot billed 2024 all statuses",
                    num(chen[chen["_d"].dt.year == 2024]["Billed (USD)"].sum()),
                ),
                ("n 2023", num(chen[chen["_d"].dt.year == 2023]["Billed (USD)"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            TUTORING,
            [
                ("hw many cancelled sessions in 2024", num((t24["Status"] == "Cancelled").sum())),
                (
                    "as a % of all 2024 sessions",
                    num((t24["Status"] == "Cancelled").mean() * 100),
                ),
            ],
            "follow-up",
        ),
        one(
            TUTORING,
            "compare",
            "avg billed online vs in person completed sessions both",
            num(
                done[done["Mode"] == "Online"]["Billed (USD)"].mean(),
                done[done["Mode"] == "In person"]["Billed (USD)"].mean(),
            ),
        ),
        one(
            TUTORING,
            "unanswerable",
            "wht do tutors take home per hr after the agency cut ngl need it for payroll",
            NO,
        ),
    ]


def plant_cases() -> list[SealedCase]:
    m = load(PLANTS)
    y87 = m[m["year"] == 1987]
    scrap = m.groupby("year")["scrap"].mean()
    return [
        one(
            PLANTS,
            "aggregate",
            "avg of the avg salary column in 1989 across plants that have it",
            num(m[m["year"] == 1989]["avgsal"].mean()),
        ),
        one(
            PLANTS,
            "group",
            "avg sales per plant each yr",
            num(*m.groupby("year")["sales"].mean()),
        ),
        one(
            PLANTS,
            "ranking",
            "top 3 plants by headcount in 1989 plant code n employees",
            ranked(m[m["year"] == 1989].set_index("fcode")["employ"], 3),
        ),
        one(
            PLANTS,
            "numbers-in-question",
            "hw many plants had over 200 employees in 1987",
            num((y87["employ"] > 200).sum()),
        ),
        one(
            PLANTS,
            "derived",
            "wht % of plants r unionised in 1988",
            num(m[m["year"] == 1988]["union"].mean() * 100),
        ),
        one(
            PLANTS,
            "chart",
            "scatter of employees vs sales all plant yrs",
            SCATTER,
        ),
        SealedCase(
            PLANTS,
            [
                ("avg scrap rate 1987", num(scrap[1987])),
                ("n 1989", num(scrap[1989])),
                ("% change between the two", num(pct_change(scrap[1987], scrap[1989]))),
            ],
            "follow-up",
        ),
        one(
            PLANTS,
            "percent-change",
            "avg employees per plant 1987 vs 1989 % change plants that report it",
            num(pct_change(y87["employ"].mean(), m[m["year"] == 1989]["employ"].mean())),
        ),
        SealedCase(
            PLANTS,
            [
                ("hw many plants got a grant in 1988", num(m[m["year"] == 1988]["grant"].sum())),
                ("n in 89", num(m[m["year"] == 1989]["grant"].sum())),
            ],
            "follow-up",
        ),
        one(
            PLANTS,
            "unanswerable",
            "which town is each plant in",
            NO,
        ),
    ]


def senator_cases() -> list[SealedCase]:
    s = load(SENATORS, "start_date")
    year = s["_d"].dt.year
    ended = s[s["observed"]]
    liberal = s["Political Affiliation at Appointment"] == "Liberal Party of Canada"
    cpc = s["Political Affiliation at Appointment"] == "Conservative Party of Canada"
    return [
        one(
            SENATORS,
            "aggregate",
            "hw many senators still sitting rn per the file",
            num((~s["observed"]).sum()),
        ),
        one(
            SENATORS,
            "superlative",
            "which pm appointed the most senators n how many",
            num(s.groupby("Appointed on the advice of").size().max()),
        ),
        one(
            SENATORS,
            "date-part",
            "hw many appointed from 1970 to 1979",
            num(((year >= 1970) & (year <= 1979)).sum()),
        ),
        one(
            SENATORS,
            "coverage",
            "hw many diff parties show up",
            num(s["Political Affiliation at Appointment"].nunique()),
        ),
        one(
            SENATORS,
            "numbers-in-question",
            "hw many sat over 10k days",
            num((s["diff_days"] > 10000).sum()),
        ),
        one(
            SENATORS,
            "chart",
            "histogram of days in the seat",
            HISTOGRAM,
        ),
        SealedCase(
            SENATORS,
            [
                ("hw many liberals appointed total", num(liberal.sum())),
                ("n conservative party of canada", num(cpc.sum())),
                ("pie of all parties", PIE),
            ],
            "follow-up",
        ),
        SealedCase(
            SENATORS,
            [
                (
                    "avg days in the seat for ontario senators whose term ended",
                    num(ended[ended["Province / Territory"] == "Ontario"]["diff_days"].mean()),
                ),
                (
                    "same for quebec",
                    num(ended[ended["Province / Territory"] == "Quebec"]["diff_days"].mean()),
                ),
            ],
            "follow-up",
        ),
        one(
            SENATORS,
            "unanswerable",
            "wht r senators paid on avg tbh",
            NO,
        ),
    ]


def bike_cases() -> list[SealedCase]:
    b = load(BIKES)
    month = b.groupby("mnth")["bikers"].sum()
    weekend = b[b["weekday"].isin([0, 6])]
    eight = b[b["hr"] == 8]
    return [
        one(
            BIKES,
            "aggregate",
            "tot rides for the whole yr",
            num(b["bikers"].sum()),
        ),
        one(
            BIKES,
            "group",
            "avg riders per hr by weather type",
            num(*b.groupby("weathersit")["bikers"].mean()),
        ),
        one(
            BIKES,
            "ranking",
            "top 3 months by tot rides w numbers",
            ranked(month, 3),
        ),
        one(
            BIKES,
            "percent-change",
            "tot rides march to april % change",
            num(pct_change(month["March"], month["April"])),
        ),
        one(
            BIKES,
            "derived",
            "casual share of rides on sat n sun as a %",
            num(weekend["casual"].sum() / weekend["bikers"].sum() * 100),
        ),
        one(
            BIKES,
            "numbers-in-question",
            "hw many hrs had under 10 riders",
            num((b["bikers"] < 10).sum()),
        ),
        one(
            BIKES,
            "units-columns",
            "avg feels like temp in aug in actual deg c not the 0 to 1 thing",
            num(b[b["mnth"] == "Aug"]["atemp"].mean() * 50),
        ),
        one(
            BIKES,
            "chart",
            "box plot riders per hr by season",
            BOX,
        ),
        one(
            BIKES,
            "per-normalise",
            "avg rides per day over the yr tot rides / days",
            num(b["bikers"].sum() / b["day"].nunique()),
        ),
        one(
            BIKES,
            "coverage",
            "hw many hourly rows r in here",
            num(len(b)),
        ),
        SealedCase(
            BIKES,
            [
                (
                    "avg riders at 8am on working days",
                    num(eight[eight["workingday"] == 1]["bikers"].mean()),
                ),
                (
                    "n on non working days",
                    num(eight[eight["workingday"] == 0]["bikers"].mean()),
                ),
            ],
            "follow-up",
        ),
        one(
            BIKES,
            "compare",
            "avg casual vs registered riders per hr whole yr both",
            num(b["casual"].mean(), b["registered"].mean()),
        ),
        one(
            BIKES,
            "unanswerable",
            "which station gets the most rides",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return tutoring_cases() + plant_cases() + senator_cases() + bike_cases()
