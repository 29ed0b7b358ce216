"""Questions over the generated wind_telemetry.csv (long format) and clinic_appointments.csv."""

from __future__ import annotations

import pandas as pd

from tests.sealed3.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    top,
)


def wind() -> list[SealedCase]:
    t = "wind_telemetry.csv"
    w = load(t, "date", "%d-%b-%Y")
    w["year"] = w["_d"].dt.year

    def metric(name: str, site: str | None = None, year: int | None = None):
        rows = w[w["metric"] == name]
        if site is not None:
            rows = rows[rows["site"] == site]
        if year is not None:
            rows = rows[rows["year"] == year]
        return rows

    gen = metric("generation")
    tarn = metric("generation", "Tarn Edge").groupby("year")["value"].sum()
    hollin = metric("generation", "Hollin Moor").groupby("year")["value"].sum()
    hm_wind = metric("wind_speed", "Hollin Moor")
    wind23 = metric("wind_speed", year=2023).groupby("site")["value"].mean()
    kr_avail = metric("availability", "Kinloch Ridge")["value"]
    return [
        one(
            t,
            "long-format",
            "What was the total generation at Saltmarsh Bay in 2023?",
            num(metric("generation", "Saltmarsh Bay", 2023)["value"].sum()),
        ),
        one(
            t,
            "long-format",
            "Average availability at Tarn Edge over the whole period?",
            num(metric("availability", "Tarn Edge")["value"].mean()),
        ),
        one(
            t,
            "long-format",
            "What was the average wind speed at Hollin Moor in January 2022?",
            num(
                hm_wind.loc[
                    (hm_wind["year"] == 2022) & (hm_wind["_d"].dt.month == 1), "value"
                ].mean()
            ),
        ),
        one(
            t,
            "long-format",
            "total curtailment per site in 2022",
            num(*metric("curtailment", year=2022).groupby("site")["value"].sum()),
        ),
        one(
            t,
            "long-format",
            "Rank the sites by total downtime hours in 2023.",
            top(metric("downtime", year=2023).groupby("site")["value"].sum(), 4),
        ),
        # blank readings are not counted as below 90
        one(
            t,
            "long-format",
            "On how many days was Kinloch Ridge's availability below 90%?",
            num((kr_avail < 90).sum()),
        ),
        one(
            t,
            "long-format",
            "What's the highest daily wind speed recorded at Saltmarsh Bay?",
            num(metric("wind_speed", "Saltmarsh Bay")["value"].max()),
        ),
        one(
            t,
            "long-format",
            "What's the average daily generation of Kinloch Ridge?",
            num(metric("generation", "Kinloch Ridge")["value"].mean()),
        ),
        one(
            t,
            "long-format",
            "Total generation of all four sites combined, whole period?",
            num(gen["value"].sum()),
        ),
        one(t, "chart", "Line chart of daily generation over time for each site", LINE),
        one(t, "chart", "Histogram of the daily wind speeds at Saltmarsh Bay", HISTOGRAM),
        one(
            t,
            "coverage",
            "What dates does the telemetry cover?",
            num(w["year"].min(), w["year"].max()),
        ),
        # the value only: mean of the daily site readings per calendar month, the highest
        one(
            t,
            "date-part",
            "Across all sites and both years, which calendar month has the highest average "
            "daily generation per site? Give the average.",
            num(gen.groupby(gen["_d"].dt.month)["value"].mean().max()),
        ),
        one(
            t,
            "date-part",
            "What's the average daily generation per site on Sundays?",
            num(gen.loc[gen["_d"].dt.day_name() == "Sunday", "value"].mean()),
        ),
        # ratio of the 2023 sums
        one(
            t,
            "derived",
            "At Saltmarsh Bay in 2023, what was curtailment as a percentage of generation?",
            num(
                metric("curtailment", "Saltmarsh Bay", 2023)["value"].sum()
                / metric("generation", "Saltmarsh Bay", 2023)["value"].sum()
                * 100
            ),
        ),
        one(
            t,
            "percent-change",
            "By what percentage did Tarn Edge's total generation change from 2022 to 2023?",
            num(pct_change(tarn[2022], tarn[2023])),
        ),
        one(
            t,
            "compare",
            "Which was windier on average in 2023: Kinloch Ridge or Tarn Edge?",
            num(wind23["Kinloch Ridge"], wind23["Tarn Edge"]),
        ),
        SealedCase(
            t,
            [
                ("Total generation of Hollin Moor in 2022?", num(hollin[2022])),
                ("and in 2023?", num(hollin[2023])),
            ],
            "follow-up",
        ),
        # no capacity is recorded, so no capacity factor
        one(t, "unanswerable", "What was Kinloch Ridge's capacity factor in 2023?", NO),
        one(t, "unanswerable", "How much revenue did Tarn Edge earn from selling power?", NO),
        one(t, "unanswerable", "What was the total generation at Saltmarsh Bay in 2021?", NO),
    ]


def clinic() -> list[SealedCase]:
    t = "clinic_appointments.csv"
    k = load(t, "ApptTime", "%m/%d/%Y %H:%M")
    k["year"], k["hour"] = k["_d"].dt.year, k["_d"].dt.hour
    wait, length, charge = "Wait (min)", "Duration (min)", "Charge ($)"
    done = k[k["Status"] == "Completed"]
    hours = k.groupby("hour").size()
    no_show = (k["Status"] == "No-show") * 100.0
    month = k["_d"].dt.to_period("M")
    per_month = k.groupby(month).size()
    k24 = k[k["year"] == 2024]
    k23 = k[k["year"] == 2023]
    by_ins = k.groupby("Insurance")[charge].mean()
    no_shows23 = k23[k23["Status"] == "No-show"].groupby("Dept").size()
    by_provider = k.groupby("Provider")[wait].mean()
    return [
        one(
            t,
            "aggregate",
            "How many appointments were no-shows?",
            num((k["Status"] == "No-show").sum()),
        ),
        one(
            t,
            "aggregate",
            "How many distinct patients appear in the log?",
            num(k["PatientID"].nunique()),
        ),
        one(t, "aggregate", "whats the longest wait anyone had?", num(k[wait].max())),
        one(t, "group", "Average wait by department", num(*k.groupby("Dept")[wait].mean())),
        one(
            t,
            "group",
            "How many appointments did each insurance type have?",
            num(*k.groupby("Insurance").size()),
        ),
        one(t, "group", "median visit duration per dept", num(*k.groupby("Dept")[length].median())),
        one(
            t,
            "ranking",
            "Top 3 providers by number of completed appointments",
            top(done.groupby("Provider").size(), 3),
        ),
        one(
            t,
            "ranking",
            "Which 3 departments brought in the most in total charges?",
            top(k.groupby("Dept")[charge].sum(), 3),
        ),
        one(t, "chart", "Bar chart of appointments per department", BAR),
        one(t, "chart", "box plot of wait times by department", BOX),
        one(t, "chart", "Pie chart of appointment status", PIE),
        # charges exist for completed visits only
        one(
            t,
            "compare",
            "Is the average charge higher for Medicare or for Private patients?",
            num(by_ins["Medicare"], by_ins["Private"]),
        ),
        one(
            t,
            "compare",
            "Were there more cancellations or no-shows in 2024?",
            num((k24["Status"] == "Cancelled").sum(), (k24["Status"] == "No-show").sum()),
        ),
        one(
            t,
            "coverage",
            "What period do these appointments cover?",
            num(k["year"].min(), k["year"].max()),
        ),
        one(
            t,
            "date-part",
            "Which hour of the day has the most appointments starting, and how many?",
            num(hours.idxmax(), hours.max()),
        ),
        # share of each weekday's appointments that were no-shows, in percent
        one(
            t,
            "date-part",
            "Rank the weekdays by no-show rate (% of that day's appointments), top 3.",
            top(no_show.groupby(k["_d"].dt.day_name()).mean(), 3),
        ),
        one(
            t,
            "date-part",
            "What's the average wait for appointments starting at 12:00 or later?",
            num(k.loc[k["hour"] >= 12, wait].mean()),
        ),
        one(
            t,
            "per-normalise",
            "How many appointments per patient on average?",
            num(len(k) / k["PatientID"].nunique()),
        ),
        # every weekday of the period has appointments
        one(
            t,
            "per-normalise",
            "How many appointments does the clinic have per day, on average?",
            num(len(k) / k["_d"].dt.date.nunique()),
        ),
        one(
            t,
            "percent-change",
            "How much did the number of appointments change from January 2023 to January 2024, "
            "in %?",
            num(
                pct_change(
                    per_month[pd.Period("2023-01", freq="M")],
                    per_month[pd.Period("2024-01", freq="M")],
                )
            ),
        ),
        one(
            t,
            "units-columns",
            "Average charge in dollars for completed GI visits?",
            num(done.loc[done["Dept"] == "GI", charge].mean()),
        ),
        one(
            t,
            "units-columns",
            "Total minutes of visit time in DERM in 2023?",
            num(k23.loc[k23["Dept"] == "DERM", length].sum()),
        ),
        one(
            t,
            "units-columns",
            "Average wait in minutes for new patients?",
            num(k.loc[k["NewPatient"] == "Y", wait].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "How many visits had a wait of 45 minutes or more?",
            num((k[wait] >= 45).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "How many appointments were for patients aged 65 or over?",
            num((k["Age"] >= 65).sum()),
        ),
        SealedCase(
            t,
            [
                ("How many no-shows were there in PEDS in 2023?", num(no_shows23["PEDS"])),
                ("And in ENT?", num(no_shows23["ENT"])),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "What was the average wait at Dr. Novak's appointments?",
                    num(by_provider["Dr. Novak"]),
                ),
                ("what about Dr. Haddad?", num(by_provider["Dr. Haddad"])),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "What's the most common diagnosis in DERM?", NO),
        one(t, "unanswerable", "What was the average patient satisfaction score for ORTH?", NO),
    ]


def cases() -> list[SealedCase]:
    return wind() + clinic()
