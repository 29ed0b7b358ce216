"""Conversations over three generated business tables: job applications with salaries in
USD thousands, a pharmacy chain's till baskets, and a council's service requests."""

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

VALUE = "BasketValue (GBP)"
US_TIME = "%m/%d/%Y %I:%M %p"


def cases() -> list[SealedCase]:
    return _jobs() + _pharmacy() + _requests()


def _increase(before: float, after: float) -> float:
    assert after > before, (before, after)
    return pct_change(before, after)


def _jobs() -> list[SealedCase]:
    t = "job_applications.csv"
    j = load(t, "appliedOn", "%Y-%m-%d")
    year = j["_d"].dt.year
    per_year = year.value_counts()
    stage = j["stageReached"]
    hired = stage == "Hired"
    source = j["source"]
    offered = j["offerSalaryK"].notna()
    expect = j["expectedSalaryK"]
    days = j["daysInProcess"]
    y24 = year == 2024
    return [
        one(t, "aggregate", "how many aplications did we get in 2023", num(per_year[2023])),
        one(t, "group", "number of hires by source", num(*source[hired].value_counts())),
        one(
            t,
            "ranking",
            "top 3 job famillies by number of applicants",
            ranked(j["jobFamily"].value_counts(), 3),
        ),
        one(
            t,
            "superlative",
            "highest offer we made, in dollars",
            num(j["offerSalaryK"].max() * 1000),
        ),
        one(
            t,
            "compare",
            "avg expected salary engineering vs sales",
            num(
                expect[j["jobFamily"] == "Engineering"].mean(),
                expect[j["jobFamily"] == "Sales"].mean(),
            ),
        ),
        one(
            t,
            "percent-change",
            "pct change in applications from 2023 to 2024",
            num(_increase(per_year[2023], per_year[2024])),
        ),
        one(
            t,
            "date-part",
            "which month of the year gets the most applications? how many",
            num(j["_d"].dt.month.value_counts().max()),
        ),
        one(t, "derived", "what % of applicants got hired", num(hired.mean() * 100)),
        one(
            t,
            "derived",
            "hire rate for referrals, in pct",
            num(hired[source == "Referral"].mean() * 100),
        ),
        one(
            t,
            "derived",
            "for candidates who got an offer, avg gap between offer and expected salary "
            "(offer minus expected, in k)",
            num((j["offerSalaryK"] - expect)[offered].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many applicants expected more than 150k",
            num((expect > 150).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many applicants have 10+ yrs of experience",
            num((j["yrsExp"] >= 10).sum()),
        ),
        one(
            t, "units-columns", "avg offer salary in dollars", num(j["offerSalaryK"].mean() * 1000)
        ),
        one(
            t,
            "per-normalise",
            "avg number of applicants per job req",
            num(len(j) / j["reqId"].nunique()),
        ),
        one(t, "chart", "bar chart of applications by source", BAR),
        one(t, "coverage", "which years do the applications span", num(year.min(), year.max())),
        one(
            t,
            "percent-change",
            "pct change in the number of hires from 2023 to 2024",
            num(_increase((hired & (year == 2023)).sum(), (hired & y24).sum())),
        ),
        one(
            t,
            "group",
            "avg expected salary by location",
            num(*expect.groupby(j["location"]).mean()),
        ),
        one(
            t,
            "units-columns",
            "avg yrsExp of the people we hired",
            num(j.loc[hired, "yrsExp"].mean()),
        ),
        one(t, "unanswerable", "whats the gender breakdown of our hires", NO),
        one(t, "unanswerable", "how many applications did we get in 2021", NO),
        one(t, "unanswerable", "which interviewers reject the most candidates", NO),
        SealedCase(
            t,
            [
                ("avg days in process for hires", num(days[hired].mean())),
                (
                    "and for those who only got as far as interview?",
                    num(days[stage == "Interview"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "how many applications came from linkedin in 2024",
                    num((y24 & (source == "LinkedIn")).sum()),
                ),
                ("and from referrals?", num((y24 & (source == "Referral")).sum())),
                ("now a bar chart of 2024 applications by source", BAR),
            ],
            "follow-up",
        ),
    ]


def _pharmacy() -> list[SealedCase]:
    t = "pharmacy_baskets.csv"
    b = load(t, "TxnTime", "%d/%m/%Y %H:%M")
    when = b["_d"]
    month = when.dt.month
    value = b[VALUE]
    monthly = value.groupby(month).sum()
    store = b["StoreNo"]
    loyal = b["LoyaltyCard"] == "Y"
    return [
        one(t, "aggregate", "total sales in feburary", num(monthly[2])),
        one(t, "per-normalise", "items per basket on avg", num(b["ItemsQty"].mean())),
        one(t, "per-normalise", "revenue per store", num(*value.groupby(store).sum())),
        one(
            t, "group", "avg basket value by payment type", num(*value.groupby(b["PayType"]).mean())
        ),
        one(t, "ranking", "rank the stores by number of baskets", ranked(store.value_counts(), 4)),
        one(t, "superlative", "biggest basket value we've had", num(value.max())),
        one(
            t,
            "compare",
            "avg basket value loyalty card vs no card",
            num(value[loyal].mean(), value[~loyal].mean()),
        ),
        one(
            t,
            "date-part",
            "which hour of the day is busiest, how many baskets",
            num(when.dt.hour.value_counts().max()),
        ),
        one(
            t,
            "date-part",
            "which weekday has the highest total sales and how much",
            num(value.groupby(when.dt.dayofweek).sum().max()),
        ),
        one(
            t,
            "percent-change",
            "pct change in sales from april to may",
            num(_increase(monthly[4], monthly[5])),
        ),
        one(
            t,
            "derived",
            "what % of items sold were perscription items",
            num(b["RxItems"].sum() / b["ItemsQty"].sum() * 100),
        ),
        one(
            t,
            "units-columns",
            "total discount given in pounds",
            num(b["DiscountPence"].sum() / 100),
        ),
        one(t, "numbers-in-question", "how many baskets were over £50", num((value > 50).sum())),
        one(t, "chart", "line chart of daily sales", LINE),
        one(t, "coverage", "how many baskets are in the data", num(len(b))),
        one(
            t,
            "units-columns",
            "avg discount in pence per basket for loyalty card holders",
            num(b.loc[loyal, "DiscountPence"].mean()),
        ),
        one(t, "unanswerable", "which products sell best", NO),
        one(t, "unanswerable", "whats the profit margin per basket", NO),
        one(t, "unanswerable", "sales in december 2023", NO),
        SealedCase(
            t,
            [
                ("avg basket value at store 101", num(value[store == 101].mean())),
                ("and 117?", num(value[store == 117].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "how many cash transactions in march",
                    num(((month == 3) & (b["PayType"] == "CASH")).sum()),
                ),
                ("and contactless?", num(((month == 3) & (b["PayType"] == "CONTACTLESS")).sum())),
            ],
            "follow-up",
        ),
    ]


def _requests() -> list[SealedCase]:
    t = "service_requests.csv"
    r = load(t, "OPENED_DT", US_TIME)
    opened = r["_d"]
    closed = pd.to_datetime(r["CLOSED_DT"], format=US_TIME)
    hours = (closed - opened).dt.total_seconds() / 3600
    year = opened.dt.year
    ym = opened.dt.strftime("%Y-%m")
    kind = r["SR_TYPE"]
    pothole = kind == "POTH"
    channel = r["CHANNEL"]
    days = pd.date_range(opened.min().normalize(), opened.max().normalize(), freq="D")
    assert opened.dt.normalize().nunique() == len(days)
    is_closed = closed.notna()
    return [
        one(t, "aggregate", "how many requests were opened in 2024", num((year == 2024).sum())),
        one(t, "group", "count of reqeusts by type", num(*kind.value_counts())),
        one(t, "ranking", "top 3 wards by number of requests", ranked(r["WARD"].value_counts(), 3)),
        one(
            t,
            "superlative",
            "which ward had the most pothole reports and how many",
            num(r.loc[pothole, "WARD"].value_counts().max()),
        ),
        one(
            t,
            "compare",
            "phone vs app - which channel brought in more requests? both counts",
            num((channel == "PHONE").sum(), (channel == "APP").sum()),
        ),
        one(
            t,
            "percent-change",
            "pct change in pothole reports from oct 2023 to jan 2024",
            num(
                _increase((pothole & (ym == "2023-10")).sum(), (pothole & (ym == "2024-01")).sum())
            ),
        ),
        one(
            t,
            "date-part",
            "which month of the year has the most requests (both years together), how many",
            num(opened.dt.month.value_counts().max()),
        ),
        one(
            t,
            "date-part",
            "what hour of day are most requests opened? how many",
            num(opened.dt.hour.value_counts().max()),
        ),
        one(t, "derived", "avg time to close a requets in hours", num(hours.mean())),
        one(
            t,
            "derived",
            "what % of closed requests were closed within their SLA",
            num((hours[is_closed] <= r.loc[is_closed, "SLA_HRS"]).mean() * 100),
        ),
        one(
            t,
            "numbers-in-question",
            "how many requests took more than 72 hours to close",
            num((hours > 72).sum()),
        ),
        one(t, "units-columns", "avg SLA in days", num(r["SLA_HRS"].mean() / 24)),
        one(t, "per-normalise", "avg requests per day", num(len(r) / len(days))),
        one(t, "chart", "bar chart of requests by channel", BAR),
        one(t, "coverage", "which years does the data cover", num(year.min(), year.max())),
        one(
            t,
            "date-part",
            "which weekday gets the fewest requests, and how many",
            num(opened.dt.dayofweek.value_counts().min()),
        ),
        one(t, "unanswerable", "which contractor fixed the most potholes", NO),
        one(t, "unanswerable", "how satisfied were residents with the response", NO),
        one(t, "unanswerable", "how many requests came in during 2022", NO),
        SealedCase(
            t,
            [
                ("how many priority 1 requests were there", num((r["PRIORITY"] == 1).sum())),
                ("and priority 3?", num((r["PRIORITY"] == 3).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg hours to close graffiti requests", num(hours[kind == "GRAF"].mean())),
                ("what about fly-tipping?", num(hours[kind == "FLYT"].mean())),
            ],
            "follow-up",
        ),
    ]
