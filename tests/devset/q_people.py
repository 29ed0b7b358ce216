"""Questions over two generated tables: employees.csv (an HR export) and web_sessions.csv
(web analytics sessions with a start timestamp)."""

from __future__ import annotations

import pandas as pd

from tests.devset.cases import (
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SealedCase,
    above,
    best,
    load,
    num,
    one,
    pct_change,
    top,
)


def employees() -> list[SealedCase]:
    t = "employees.csv"
    e = load(t, "hireDate")
    hired = e["_d"].dt.year
    left = pd.to_datetime(e["terminationDate"])
    salary = e["salary_usd"]
    by_dept = e.groupby("department")
    hires_per_year = hired.value_counts()

    def avg_pay(column: str, value: str) -> float:
        return float(salary[e[column] == value].mean())

    def leavers(year: int) -> int:
        return int((left.dt.year == year).sum())

    return [
        one(t, "aggregate", "how many people have left the company", num(left.notna().sum())),
        one(t, "group", "average salary by department", num(*by_dept["salary_usd"].mean())),
        one(t, "group", "headcount per location", num(*e.groupby("location").size())),
        one(t, "ranking", "top 3 departments by avg salary", top(by_dept["salary_usd"].mean())),
        one(
            t,
            "ranking",
            "which location has the most employees",
            num(best(e["location"].value_counts())),
        ),
        one(
            t,
            "compare",
            "do engineering or legal earn more on average",
            num(avg_pay("department", "Engineering"), avg_pay("department", "Legal")),
        ),
        one(
            t,
            "compare",
            "avg performance rating L1 vs L5",
            num(
                e.loc[e["jobLevel"] == "L1", "performanceRating"].mean(),
                e.loc[e["jobLevel"] == "L5", "performanceRating"].mean(),
            ),
        ),
        # Tenure of leavers: termination date minus hire date, in days, averaged.
        one(
            t,
            "derived",
            "avg tenure in days of people who left",
            num((left - e["_d"]).dt.days.mean()),
        ),
        # Bonus money over salary money, both summed over everyone, in percent.
        one(
            t,
            "derived",
            "total bonus payout as % of total payroll",
            num((salary * e["bonusPct"] / 100).sum() / salary.sum() * 100),
        ),
        one(
            t,
            "per-normalise",
            "avg no. of hires per year",
            num(len(e) / hired.nunique()),
        ),
        one(
            t,
            "per-normalise",
            "on average how many employees per location",
            num(len(e) / e["location"].nunique()),
        ),
        one(
            t,
            "percent-change",
            "% change in hires from 2015 to 2024",
            num(pct_change(hires_per_year[2015], hires_per_year[2024])),
        ),
        one(
            t,
            "date-part",
            "how many were hired in january (any yr)",
            num((e["_d"].dt.month == 1).sum()),
        ),
        one(
            t,
            "date-part",
            "how many hires started on a monday",
            num((e["_d"].dt.day_of_week == 0).sum()),
        ),
        one(
            t,
            "date-part",
            "no. of hires in q4 (oct-dec), all years",
            num((e["_d"].dt.month >= 10).sum()),
        ),
        one(t, "coverage", "which years do the hire dates span", num(hired.min(), hired.max())),
        one(t, "numbers-in-question", "how many earn over 150k", num(above(salary, 150_000))),
        one(
            t,
            "numbers-in-question",
            "no. of employees with a bonus of more than 10%",
            num((e["bonusPct"] > 10).sum()),
        ),
        one(t, "units-columns", "avg pay for L3", num(avg_pay("jobLevel", "L3"))),
        one(t, "units-columns", "average weekly hours", num(e["weeklyHours"].mean())),
        one(t, "long-format", "how many L5s do we have", num((e["jobLevel"] == "L5").sum())),
        one(t, "chart", "histogram of salaries", HISTOGRAM),
        SealedCase(
            t,
            [
                ("avg salary in berlin", num(avg_pay("location", "Berlin"))),
                ("and london?", num(avg_pay("location", "London"))),
                ("same for remote", num(avg_pay("location", "Remote"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many leavers in 2022", num(leavers(2022))),
                ("and in 2023?", num(leavers(2023))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what's the gender pay gap", NO),
        one(t, "unanswerable", "avg salary in the paris office", NO),
    ]


def web_sessions() -> list[SealedCase]:
    t = "web_sessions.csv"
    w = load(t, "startTime")
    month = w["_d"].dt.month
    revenue = w["revenue_usd"]
    per_month = w.groupby(month).size()
    revenue_month = revenue.groupby(month).sum()
    conversion = w.groupby("channel")["converted"].mean() * 100

    def device(name: str) -> pd.DataFrame:
        return w[w["device"] == name]

    def country(code: str) -> int:
        return int((w["country"] == code).sum())

    return [
        one(t, "aggregate", "total revnue", num(revenue.sum())),
        one(t, "aggregate", "no. of distinct users", num(w["userId"].nunique())),
        one(t, "group", "sessions by device", num(*w.groupby("device").size())),
        one(t, "group", "revenue by channel", num(*w.groupby("channel")["revenue_usd"].sum())),
        one(
            t, "group", "avg duration by browser", num(*w.groupby("browser")["durationSec"].mean())
        ),
        one(
            t,
            "ranking",
            "top 3 countries by revenue",
            top(w.groupby("country")["revenue_usd"].sum()),
        ),
        one(
            t,
            "ranking",
            "which channel has the best conversion rate",
            num(best(conversion)),
        ),
        one(
            t,
            "compare",
            "do mobile or desktop sessions last longer on avg",
            num(device("mobile")["durationSec"].mean(), device("desktop")["durationSec"].mean()),
        ),
        one(
            t,
            "compare",
            "bounce rate mobile vs desktop",
            num(
                device("mobile")["bounced"].mean() * 100, device("desktop")["bounced"].mean() * 100
            ),
        ),
        # Average order value: revenue over the number of converted sessions.
        one(
            t,
            "derived",
            "revenue per converted session",
            num(revenue.sum() / w["converted"].sum()),
        ),
        # Time on site over pages seen, both summed over all sessions.
        one(
            t,
            "derived",
            "avg seconds per page viewed, overall",
            num(w["durationSec"].sum() / w["pagesViewed"].sum()),
        ),
        one(t, "per-normalise", "sessions per user on avg", num(len(w) / w["userId"].nunique())),
        one(
            t,
            "per-normalise",
            "avg number of sessions per day",
            num(len(w) / w["_d"].dt.date.nunique()),
        ),
        one(t, "per-normalise", "avg pages per session", num(w["pagesViewed"].mean())),
        one(
            t,
            "percent-change",
            "% change in sessions from january to june",
            num(pct_change(per_month[1], per_month[6])),
        ),
        one(
            t,
            "percent-change",
            "how much did revenue grow from feb to may, in percent",
            num(pct_change(revenue_month[2], revenue_month[5])),
        ),
        one(
            t,
            "date-part",
            "how many sessions happened on weekends",
            num((w["_d"].dt.day_of_week >= 5).sum()),
        ),
        one(
            t,
            "date-part",
            "which hour of the day has the most sessions",
            num(best(w["_d"].dt.hour.value_counts())),
        ),
        one(
            t,
            "date-part",
            "total revenue on sundays",
            num(revenue[w["_d"].dt.day_of_week == 6].sum()),
        ),
        one(t, "coverage", "what year is this data from", num(w["_d"].dt.year.min())),
        one(t, "coverage", "how many days of data do we have", num(w["_d"].dt.date.nunique())),
        one(
            t,
            "numbers-in-question",
            "sessions longer than 10 minutes - how many?",
            num((w["durationSec"] > 600).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many purchases over $100",
            num(above(revenue[w["converted"]], 100)),
        ),
        one(t, "units-columns", "average session length", num(w["durationSec"].mean())),
        one(
            t,
            "long-format",
            "how many sessions came from email",
            num((w["channel"] == "email").sum()),
        ),
        one(
            t,
            "long-format",
            "total revenue from paid search",
            num(revenue[w["channel"] == "paid_search"].sum()),
        ),
        one(t, "chart", "daily sessions over time", LINE),
        one(t, "chart", "pie chart of sessions by device", PIE),
        SealedCase(
            t,
            [
                ("conversion rate on mobile", num(device("mobile")["converted"].mean() * 100)),
                ("and desktop?", num(device("desktop")["converted"].mean() * 100)),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many sessions from the uk", num(country("UK"))),
                ("what about germany", num(country("DE"))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "how many sessions did we have in 2023", NO),
        one(t, "unanswerable", "why did conversions drop in march", NO),
    ]
