"""MANAGER style, part B: the tutoring agency's sessions, the Michigan training-grant plants,
Canada's senators and Washington DC's hourly bike-share counts for 2011. Asked by a manager
relaying questions from a board pack: wordy, indirect, polite, everyday words; gold computed
here with plain pandas from the CSVs."""

from __future__ import annotations

from tests.devset4.cases import (
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

TUTORING = "tutoring_sessions.csv"
PLANTS = "michigan_training_grants.csv"
SENATORS = "canadian_senators.csv"
BIKES = "dc_bikeshare_hourly_2011.csv"


def tutoring_cases() -> list[SealedCase]:
    t = load(TUTORING, "Session Date", "%d/%m/%Y")
    done = t[t["Status"] == "Completed"]
    hours = done.groupby("Tutor")["Duration (min)"].sum() / 60
    h1 = t[t["_d"].dt.month <= 6]
    h1_24 = h1[h1["_d"].dt.year == 2024]["Billed (USD)"].sum()
    h1_25 = h1[h1["_d"].dt.year == 2025]["Billed (USD)"].sum()
    gupta = done[done["Tutor"] == "Gupta"]
    return [
        one(
            TUTORING,
            "aggregate",
            "For the annual report I've been asked to find out how much the agency billed "
            "families in total during calendar year 2024, whatever the outcome of each "
            "session. Would you be able to add that up?",
            num(t[t["_d"].dt.year == 2024]["Billed (USD)"].sum()),
        ),
        one(
            TUTORING,
            "group",
            "The trustees would like to know whether older students have longer lessons. "
            "Could you give the average length of a session, in minutes, for each school "
            "level we teach, across all sessions?",
            num(*t.groupby("Level")["Duration (min)"].mean()),
        ),
        one(
            TUTORING,
            "ranking",
            "I'd be grateful for the three tutors who delivered the most teaching time on "
            "completed sessions over the whole period, with each one's total expressed in "
            "hours.",
            ranked(hours, 3),
        ),
        one(
            TUTORING,
            "units-columns",
            "Our funder counts tutoring in hours, not minutes. How many hours of completed "
            "tutoring did we deliver during 2023?",
            num(done[done["_d"].dt.year == 2023]["Duration (min)"].sum() / 60),
        ),
        one(
            TUTORING,
            "percent-change",
            "The board pack compares the first half of each year. By what percentage did the "
            "total amount billed change between January to June 2024 and January to June 2025?",
            num(pct_change(h1_24, h1_25)),
        ),
        one(
            TUTORING,
            "derived",
            "Could someone confirm what share of all sessions were given online rather than in "
            "person, as a percentage of every session in the records?",
            num((t["Mode"] == "Online").mean() * 100),
        ),
        SealedCase(
            TUTORING,
            [
                (
                    "Ms Gupta joined us more recently, and the trustees have asked about her "
                    "first months. How many sessions did she complete in all?",
                    num(len(gupta)),
                ),
                (
                    "Thank you - and what was the average amount billed for each of those "
                    "completed sessions?",
                    num(gupta["Billed (USD)"].mean()),
                ),
                (
                    "Would it be possible to have the same average for 2025 alone?",
                    num(gupta[gupta["_d"].dt.year == 2025]["Billed (USD)"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TUTORING,
            [
                (
                    "For the section on missed lessons, how many sessions were recorded as "
                    "no-shows over the whole period?",
                    num((t["Status"] == "No-show").sum()),
                ),
                (
                    "And how much was billed for those no-show sessions altogether?",
                    num(t[t["Status"] == "No-show"]["Billed (USD)"].sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            TUTORING,
            "unanswerable",
            "The trustees are keen to learn how much students' exam grades improved after "
            "working with us - could that be drawn from these records?",
            NO,
        ),
    ]


def plant_cases() -> list[SealedCase]:
    m = load(PLANTS)
    y88 = m[m["year"] == 1988]
    y89 = m[m["year"] == 1989]
    both = y89.dropna(subset=["sales", "employ"])
    grants = m.groupby("year")["grant"].sum()
    return [
        one(
            PLANTS,
            "aggregate",
            "For the economic development briefing I've been asked how large the typical "
            "plant was in 1988. Could you give me the average number of employees per plant "
            "in that year, among plants that reported it?",
            num(y88["employ"].mean()),
        ),
        one(
            PLANTS,
            "compare",
            "There is a question in the pack about whether grants went with less waste. In "
            "1988, what was the average scrap rate at plants that received a training grant, "
            "and at plants that did not? Both figures would be appreciated.",
            num(
                y88[y88["grant"] == 1]["scrap"].mean(),
                y88[y88["grant"] == 0]["scrap"].mean(),
            ),
        ),
        one(
            PLANTS,
            "per-normalise",
            "Might I ask for a productivity figure for 1989: total sales divided by total "
            "employees, taking only the plants that reported both numbers that year, in "
            "dollars per employee?",
            num(both["sales"].sum() / both["employ"].sum()),
        ),
        one(
            PLANTS,
            "coverage",
            "Before we write this up, could someone confirm how many different plants the "
            "survey follows?",
            num(m["fcode"].nunique()),
        ),
        one(
            PLANTS,
            "superlative",
            "Could you tell me in which survey year the largest number of plants received a "
            "training grant, and how many plants that was?",
            num(grants.max()),
        ),
        one(
            PLANTS,
            "unanswerable",
            "The minister would like to know whether receiving a grant actually caused the "
            "plants' scrap rates to fall - can the file prove that one way or the other?",
            NO,
        ),
        one(
            PLANTS,
            "unanswerable",
            "Could someone confirm what the plants' profits were in the year after the survey "
            "ended, so we can see how things turned out?",
            NO,
        ),
    ]


def senator_cases() -> list[SealedCase]:
    s = load(SENATORS, "start_date")
    ended = s[s["observed"]]
    alberta = s[s["Province / Territory"] == "Alberta"]
    return [
        one(
            SENATORS,
            "units-columns",
            "For a historical note I've been asked how long senators whose terms have ended "
            "sat in the chamber on average. Could you give that in years, taking a year as "
            "365.25 days?",
            num(ended["diff_days"].mean() / 365.25),
        ),
        one(
            SENATORS,
            "group",
            "I'd be grateful for a count of how senators' terms came to an end, split by the "
            "reason recorded - death, resignation, retirement and appointment declined - "
            "leaving out those still sitting.",
            num(*ended.groupby("reason").size()),
        ),
        one(
            SENATORS,
            "ranking",
            "Could someone list the three provinces or territories that have had the most "
            "senators appointed, with the number for each?",
            ranked(s.groupby("Province / Territory").size(), 3),
        ),
        one(
            SENATORS,
            "date-part",
            "A journalist has asked about the flurry of appointments in 2009. How many "
            "senators were appointed during that calendar year?",
            num((s["_d"].dt.year == 2009).sum()),
        ),
        one(
            SENATORS,
            "coverage",
            "So that I describe the data properly, could you confirm the years of the first "
            "and of the most recent appointment in the list?",
            num(s["_d"].dt.year.min(), s["_d"].dt.year.max()),
        ),
        one(
            SENATORS,
            "chart",
            "The committee would appreciate a bar chart showing how many senators were "
            "appointed from each political party.",
            BAR,
        ),
        SealedCase(
            SENATORS,
            [
                (
                    "I've been asked to look at Alberta in particular. How many senators "
                    "have been appointed for Alberta in total?",
                    num(len(alberta)),
                ),
                (
                    "And of those, how many are still sitting?",
                    num((~alberta["observed"]).sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            SENATORS,
            "unanswerable",
            "For the diversity section, could you tell me how many of the senators were "
            "women, and what their average age was when appointed?",
            NO,
        ),
    ]


def bike_cases() -> list[SealedCase]:
    b = load(BIKES)
    by_hour = b.groupby("hr")["bikers"].mean()
    july = b[b["mnth"] == "July"]
    weekend = b[b["weekday"].isin([0, 6])]
    weekdays = b[~b["weekday"].isin([0, 6])]
    return [
        one(
            BIKES,
            "superlative",
            "For the transport board, I'm told there is a clear rush hour. Which hour of the "
            "day had the highest average number of riders, and what was that average?",
            num(by_hour.max()),
        ),
        one(
            BIKES,
            "units-columns",
            "I understand the temperature column is stored as a fraction rather than in "
            "degrees. Could you tell me the average temperature in degrees Celsius over the "
            "July hours?",
            num(july["temp"].mean() * 41),
        ),
        one(
            BIKES,
            "compare",
            "Could someone confirm how busy the scheme is at weekends compared with weekdays? "
            "I'd like the average number of riders per hour on Saturdays and Sundays, and on "
            "Monday to Friday.",
            num(weekend["bikers"].mean(), weekdays["bikers"].mean()),
        ),
        one(
            BIKES,
            "chart",
            "Would it be possible to have a line chart of the average number of riders at "
            "each hour of the day?",
            LINE,
        ),
        one(
            BIKES,
            "date-part",
            "The summer figures always attract attention. How many rides in total were taken "
            "in July?",
            num(july["bikers"].sum()),
        ),
        one(
            BIKES,
            "numbers-in-question",
            "In how many of the hours recorded did the number of riders exceed 500?",
            num((b["bikers"] > 500).sum()),
        ),
        SealedCase(
            BIKES,
            [
                (
                    "For the membership review, how many rides over the whole year were "
                    "taken by registered members?",
                    num(b["registered"].sum()),
                ),
                (
                    "And by casual riders?",
                    num(b["casual"].sum()),
                ),
                (
                    "What percentage of all rides does that casual figure represent?",
                    num(b["casual"].sum() / b["bikers"].sum() * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            BIKES,
            [
                (
                    "The winter figures have been queried. What was the average number of "
                    "riders per hour during January?",
                    num(b[b["mnth"] == "Jan"]["bikers"].mean()),
                ),
                (
                    "And what was the equivalent figure for July?",
                    num(july["bikers"].mean()),
                ),
            ],
            "follow-up",
        ),
        one(
            BIKES,
            "unanswerable",
            "The board would like to know how many rides were taken in the following year, "
            "after the one in this file - could you tell me?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return tutoring_cases() + plant_cases() + senator_cases() + bike_cases()
