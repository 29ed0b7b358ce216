"""The BUSINESS half, part A: a dial-a-ride scheme's trip log, a youth sports club's members
and a makerspace's equipment bookings, asked as a programme officer writing up figures for
a funder report or committee paper. Gold is computed here with plain pandas from the CSVs.
"""

from __future__ import annotations

import pandas as pd

from tests.sealed26.cases import (
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
    ranked,
)

TRIPS = "dial_a_ride_trip_log.csv"
CLUB = "youth_sports_club_members.csv"
MAKER = "makerspace_equipment_bookings.csv"


def _pct(part: float, whole: float) -> float:
    return part / whole * 100


def _between(frame: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    return frame[(frame["_d"] >= start) & (frame["_d"] <= end)]


def _trips() -> list[SealedCase]:
    d = load(TRIPS, "trip_date")
    done = d[d["status"] == "Completed"]
    y23 = done[done["_d"].dt.year == 2023]
    y24 = done[done["_d"].dt.year == 2024]
    all24 = d[d["_d"].dt.year == 2024]
    q2_24 = _between(done, "2024-04-01", "2024-06-30")
    q1_24 = _between(done, "2024-01-01", "2024-03-31")
    q1_23 = _between(done, "2023-01-01", "2023-03-31")
    miles = done.dropna(subset=["trip_miles"])
    hour = d["pickup_time"].str[:2].astype(int)
    per_passenger = done.groupby("passenger_id").size()
    wheel24 = y24[y24["wheelchair"] == "Y"]
    return [
        one(
            TRIPS,
            "aggregate",
            "Please could you confirm the total number of completed journeys the scheme "
            "provided during 2024?",
            num(len(y24)),
        ),
        one(
            TRIPS,
            "aggregate",
            "How many individual passengers used the service during the second quarter of 2024, "
            "counting completed journeys only?",
            num(q2_24["passenger_id"].nunique()),
        ),
        one(
            TRIPS,
            "compare",
            "What was the average trip length for wheelchair users compared with other "
            "passengers, on completed journeys?",
            num(
                miles[miles["wheelchair"] == "Y"]["trip_miles"].mean(),
                miles[miles["wheelchair"] == "N"]["trip_miles"].mean(),
            ),
        ),
        one(
            TRIPS,
            "compare",
            "How did the number of completed journeys on Saturdays in 2024 compare with the "
            "number on Mondays that year?",
            num(
                (y24["_d"].dt.day_name() == "Saturday").sum(),
                (y24["_d"].dt.day_name() == "Monday").sum(),
            ),
        ),
        one(
            TRIPS,
            "group",
            "Could you set out the number of completed journeys for each purpose of travel "
            "during 2023, please?",
            num(*y23.groupby("trip_purpose").size().tolist()),
        ),
        one(
            TRIPS,
            "ranking",
            "Which three drivers completed the most journeys in 2024?",
            ranked(y24.groupby("driver").size(), 3),
        ),
        one(
            TRIPS,
            "superlative",
            "Which vehicle covered the greatest total mileage with passengers on completed "
            "journeys during 2024?",
            ranked(y24.groupby("vehicle")["trip_miles"].sum(), 1),
        ),
        one(
            TRIPS,
            "date-part",
            "On which day of the week did the scheme carry the most passengers on completed "
            "journeys, taking the whole period together?",
            ranked(done.groupby(done["_d"].dt.day_name()).size(), 1),
        ),
        one(
            TRIPS,
            "date-part",
            "What proportion of completed journeys in 2024 had a pickup in the morning, that "
            "is before midday?",
            num(_pct((y24["pickup_time"] < "12:00").sum(), len(y24))),
        ),
        one(
            TRIPS,
            "derived",
            "What proportion of all journeys booked in 2024 ended with the passenger not "
            "turning up?",
            num(_pct((all24["status"] == "No-show").sum(), len(all24))),
        ),
        one(
            TRIPS,
            "derived",
            "What share of the fare income from completed journeys in 2024 came from "
            "wheelchair users?",
            num(_pct(wheel24["fare_gbp"].sum(), y24["fare_gbp"].sum())),
        ),
        one(
            TRIPS,
            "per-normalise",
            "On average, how many completed journeys did each passenger make during 2024?",
            num(len(y24) / y24["passenger_id"].nunique()),
        ),
        one(
            TRIPS,
            "per-normalise",
            "What was the fare income per mile travelled on completed journeys in 2023, "
            "using only the journeys where the mileage was recorded?",
            num(y23.dropna(subset=["trip_miles"])["fare_gbp"].sum() / y23["trip_miles"].sum()),
        ),
        one(
            TRIPS,
            "percent-change",
            "By what percentage did the number of completed journeys change between 2023 and 2024?",
            num(pct_change(len(y23), len(y24))),
        ),
        one(
            TRIPS,
            "numbers-in-question",
            "How many completed journeys in 2024 were longer than 10 miles?",
            num((y24["trip_miles"] > 10).sum()),
        ),
        one(
            TRIPS,
            "numbers-in-question",
            "How many passengers made at least 100 completed journeys over the whole period?",
            num((per_passenger >= 100).sum()),
        ),
        one(
            TRIPS,
            "units-columns",
            "What was the total distance driven with passengers on board during 2024, "
            "counting completed journeys?",
            num(y24["trip_miles"].sum()),
        ),
        one(
            TRIPS,
            "units-columns",
            "What was the average fare paid for a completed journey in 2024, in pounds?",
            num(y24["fare_gbp"].mean()),
        ),
        one(
            TRIPS,
            "coverage",
            "Over which years does the journey log run?",
            num(d["_d"].dt.year.min(), d["_d"].dt.year.max()),
        ),
        one(
            TRIPS,
            "coverage",
            "How many different vehicles appear in the journey records?",
            num(d["vehicle"].nunique()),
        ),
        one(
            TRIPS,
            "chart",
            "Could you plot the number of completed journeys in each month across the whole "
            "period as a line chart for the report?",
            LINE,
        ),
        one(
            TRIPS,
            "chart",
            "Please show me a bar chart of completed journeys by purpose of travel for 2024.",
            BAR,
        ),
        one(
            TRIPS,
            "unanswerable",
            "How satisfied were passengers with the service last year?",
            NO,
        ),
        one(
            TRIPS,
            "unanswerable",
            "What was the fuel cost per mile for the minibuses?",
            NO,
        ),
        SealedCase(
            TRIPS,
            [
                (
                    "How many journeys were cancelled during 2023?",
                    num(((d["_d"].dt.year == 2023) & (d["status"] == "Cancelled")).sum()),
                ),
                (
                    "And for the following year?",
                    num((all24["status"] == "Cancelled").sum()),
                ),
                (
                    "Could the cancellations for each month be shown as a bar chart for the "
                    "report?",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TRIPS,
            [
                (
                    "What was the average length, in miles, of completed journeys for medical "
                    "appointments?",
                    num(done[done["trip_purpose"] == "Medical"]["trip_miles"].mean()),
                ),
                (
                    "What about the median?",
                    num(done[done["trip_purpose"] == "Medical"]["trip_miles"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TRIPS,
            [
                (
                    "How many completed journeys did Gwen drive in 2024?",
                    num((y24["driver"] == "Gwen").sum()),
                ),
                ("And Sandra?", num((y24["driver"] == "Sandra").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            TRIPS,
            [
                (
                    "What was the total fare income from completed journeys in the first "
                    "quarter of 2024?",
                    num(q1_24["fare_gbp"].sum()),
                ),
                (
                    "And for the same period the year before?",
                    num(q1_23["fare_gbp"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TRIPS,
            [
                (
                    "How many different wheelchair users travelled with the scheme on "
                    "completed journeys in 2024?",
                    num(wheel24["passenger_id"].nunique()),
                ),
                (
                    "And how many of them live alone?",
                    NO,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TRIPS,
            [
                (
                    "How many completed journeys had a pickup at or after three o'clock in "
                    "the afternoon during 2023?",
                    num(
                        (
                            (hour >= 15) & (d["status"] == "Completed") & (d["_d"].dt.year == 2023)
                        ).sum()
                    ),
                ),
                (
                    "And in 2024?",
                    num(
                        (
                            (hour >= 15) & (d["status"] == "Completed") & (d["_d"].dt.year == 2024)
                        ).sum()
                    ),
                ),
            ],
            "follow-up",
        ),
    ]


def _club() -> list[SealedCase]:
    c = load(CLUB, "joinedDate")
    act = c[c["paymentStatus"] != "VOID"]
    unpaid = act[act["paymentStatus"] == "Unpaid"]
    sessions = act.dropna(subset=["sessionsAttended"])
    joined = act["_d"].dt.year.value_counts()
    u11 = act[act["ageGroup"] == "U11"]
    return [
        one(
            CLUB,
            "aggregate",
            "How many members does the club currently have, leaving out any void registrations?",
            num(len(act)),
        ),
        one(
            CLUB,
            "aggregate",
            "What is the total subscription income received from members so far this season?",
            num(c["seasonPaidGbp"].sum()),
        ),
        one(
            CLUB,
            "group",
            "Could you provide the number of current members in each age group, excluding "
            "void registrations?",
            num(*act.groupby("ageGroup").size().tolist()),
        ),
        one(
            CLUB,
            "compare",
            "How does the average number of training sessions attended this season compare "
            "between the Hornets and the Wasps?",
            num(
                sessions[sessions["teamName"] == "Hornets"]["sessionsAttended"].mean(),
                sessions[sessions["teamName"] == "Wasps"]["sessionsAttended"].mean(),
            ),
        ),
        one(
            CLUB,
            "ranking",
            "Which three teams have received the most in subscriptions so far this season?",
            ranked(act.groupby("teamName")["seasonPaidGbp"].sum(), 3),
        ),
        one(
            CLUB,
            "superlative",
            "Which age group pays the highest monthly subscription on average, among current "
            "members?",
            ranked(act.groupby("ageGroup")["monthlySubGbp"].mean(), 1),
        ),
        one(
            CLUB,
            "superlative",
            "Which team has the lowest average attendance at training this season?",
            ranked(sessions.groupby("teamName")["sessionsAttended"].mean(), 1, ascending=True),
        ),
        one(
            CLUB,
            "derived",
            "What proportion of current members receive some form of discount on their "
            "subscription?",
            num(_pct(act["discountCode"].notna().sum(), len(act))),
        ),
        one(
            CLUB,
            "derived",
            "What proportion of current members are behind with their subscription payments?",
            num(_pct(len(unpaid), len(act))),
        ),
        one(
            CLUB,
            "per-normalise",
            "What is the subscription income received so far this season per member of the "
            "Falcons?",
            num(
                act[act["teamName"] == "Falcons"]["seasonPaidGbp"].sum()
                / (act["teamName"] == "Falcons").sum()
            ),
        ),
        one(
            CLUB,
            "per-normalise",
            "On average, how many training sessions has each current member attended this "
            "season, where attendance has been recorded?",
            num(sessions["sessionsAttended"].mean()),
        ),
        one(
            CLUB,
            "date-part",
            "How many current members joined the club in the month of September, in any year?",
            num((act["_d"].dt.month == 9).sum()),
        ),
        one(
            CLUB,
            "coverage",
            "Over which years did the club's current members first join?",
            num(act["_d"].dt.year.min(), act["_d"].dt.year.max()),
        ),
        one(
            CLUB,
            "coverage",
            "How many teams are listed in the membership register?",
            num(c["teamName"].nunique()),
        ),
        one(
            CLUB,
            "numbers-in-question",
            "How many current members pay more than £20 a month?",
            num((act["monthlySubGbp"] > 20).sum()),
        ),
        one(
            CLUB,
            "numbers-in-question",
            "How many current members have attended at least 45 training sessions this season?",
            num((act["sessionsAttended"] >= 45).sum()),
        ),
        one(
            CLUB,
            "units-columns",
            "What is the average monthly subscription across current members, in pounds?",
            num(act["monthlySubGbp"].mean()),
        ),
        one(
            CLUB,
            "units-columns",
            "How much in total has been received in subscriptions from the Tigers this season?",
            num(act[act["teamName"] == "Tigers"]["seasonPaidGbp"].sum()),
        ),
        one(
            CLUB,
            "percent-change",
            "By what percentage did the number of new members joining change from 2023 to "
            "2024, counting current members only?",
            num(pct_change(joined[2023], joined[2024])),
        ),
        one(
            CLUB,
            "chart",
            "Please could you produce a pie chart showing current members by age group?",
            PIE,
        ),
        one(
            CLUB,
            "chart",
            "Could you plot a histogram of the number of training sessions attended by "
            "current members?",
            HISTOGRAM,
        ),
        one(
            CLUB,
            "unanswerable",
            "How many of our current members are girls?",
            NO,
        ),
        one(
            CLUB,
            "unanswerable",
            "What proportion of members have gone on to play at county level?",
            NO,
        ),
        SealedCase(
            CLUB,
            [
                (
                    "How many members of the Lions are behind with their subscriptions?",
                    num((unpaid["teamName"] == "Lions").sum()),
                ),
                ("And the Tigers?", num((unpaid["teamName"] == "Tigers").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            CLUB,
            [
                (
                    "What is the average monthly subscription paid by current members on the "
                    "sibling discount?",
                    num(act[act["discountCode"] == "SIB10"]["monthlySubGbp"].mean()),
                ),
                (
                    "And by those on the hardship discount?",
                    num(act[act["discountCode"] == "HARD50"]["monthlySubGbp"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CLUB,
            [
                ("How many current members are in the under-elevens?", num(len(u11))),
                (
                    "How many of those joined during 2024?",
                    num((u11["_d"].dt.year == 2024).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CLUB,
            [
                (
                    "What is the total received in subscriptions from the under-nines so far "
                    "this season?",
                    num(act[act["ageGroup"] == "U9"]["seasonPaidGbp"].sum()),
                ),
                (
                    "Could you show the amount received from each team as a bar chart?",
                    BAR,
                ),
                (
                    "And how much do we expect to receive from them next season?",
                    NO,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CLUB,
            [
                (
                    "How many current members of the Otters are on a discount of any kind?",
                    num(act[act["teamName"] == "Otters"]["discountCode"].notna().sum()),
                ),
                (
                    "What would that figure be for the Minis?",
                    num(act[act["teamName"] == "Minis"]["discountCode"].notna().sum()),
                ),
            ],
            "follow-up",
        ),
    ]


def _maker() -> list[SealedCase]:
    m = load(MAKER, "booking_date")
    done = m[m["status"] == "Completed"]
    y24 = done[done["_d"].dt.year == 2024]
    y25 = done[done["_d"].dt.year == 2025]
    first = _between(done, "2023-09-01", "2024-08-31")
    second = _between(done, "2024-09-01", "2025-08-31")
    printers = done[(done["equipment"] == "3D Printer")].dropna(subset=["material_used_grams"])
    laser24 = y24[y24["equipment"] == "Laser Cutter"]
    cnc = done[done["equipment"] == "CNC Router"]
    business24 = y24[y24["member_tier"] == "Business"]
    return [
        one(
            MAKER,
            "aggregate",
            "How many equipment sessions were completed in total during 2024?",
            num(len(y24)),
        ),
        one(
            MAKER,
            "aggregate",
            "What was the total income from equipment bookings over the whole period, "
            "excluding cancellations?",
            num(done["charge_gbp"].sum()),
        ),
        one(
            MAKER,
            "units-columns",
            "How much material, in kilograms, was used on the laser cutters during 2024?",
            num(laser24["material_used_grams"].sum() / 1000),
        ),
        one(
            MAKER,
            "units-columns",
            "What was the total time booked on the CNC router for completed sessions in 2025?",
            num(y25[y25["equipment"] == "CNC Router"]["hours_booked"].sum()),
        ),
        one(
            MAKER,
            "group",
            "Could you break down the completed sessions in 2024 by membership tier?",
            num(*y24.groupby("member_tier").size().tolist()),
        ),
        one(
            MAKER,
            "compare",
            "How did the average charge per completed session compare between concession and "
            "standard members in 2024?",
            num(
                y24[y24["member_tier"] == "Concession"]["charge_gbp"].mean(),
                y24[y24["member_tier"] == "Standard"]["charge_gbp"].mean(),
            ),
        ),
        one(
            MAKER,
            "ranking",
            "Which five members used the equipment for the most hours across all completed "
            "sessions?",
            ranked(done.groupby("member_id")["hours_booked"].sum(), 5),
        ),
        one(
            MAKER,
            "superlative",
            "Which individual machine was in use for the most hours on completed sessions "
            "over the whole period?",
            ranked(done.groupby("machine_id")["hours_booked"].sum(), 1),
        ),
        one(
            MAKER,
            "derived",
            "What proportion of all bookings were cancelled over the whole period?",
            num(_pct((m["status"] == "Cancelled").sum(), len(m))),
        ),
        one(
            MAKER,
            "derived",
            "What proportion of completed sessions were carried out by members who had not "
            "had an induction?",
            num(_pct((done["induction_done"] == "N").sum(), len(done))),
        ),
        one(
            MAKER,
            "per-normalise",
            "How much material was used per hour on the 3D printers, on average, for completed "
            "sessions where the material was recorded?",
            num(printers["material_used_grams"].sum() / printers["hours_booked"].sum()),
        ),
        one(
            MAKER,
            "per-normalise",
            "What was the income per hour of laser cutter time on completed sessions in 2024?",
            num(laser24["charge_gbp"].sum() / laser24["hours_booked"].sum()),
        ),
        one(
            MAKER,
            "date-part",
            "Which day of the week is the busiest for completed sessions?",
            ranked(done.groupby(done["_d"].dt.day_name()).size(), 1),
        ),
        one(
            MAKER,
            "date-part",
            "How many completed sessions took place at weekends during 2024?",
            num((y24["_d"].dt.day_of_week >= 5).sum()),
        ),
        one(
            MAKER,
            "percent-change",
            "By what percentage did the number of completed sessions change from the first "
            "year of records (September to August) to the second?",
            num(pct_change(len(first), len(second))),
        ),
        one(
            MAKER,
            "numbers-in-question",
            "How many completed sessions used more than 1.5 kg of material?",
            num((done["material_used_grams"] > 1500).sum()),
        ),
        one(
            MAKER,
            "numbers-in-question",
            "How many completed sessions in 2024 were booked for at least 4 hours?",
            num((y24["hours_booked"] >= 4).sum()),
        ),
        one(
            MAKER,
            "coverage",
            "Between which years do the booking records run?",
            num(m["_d"].dt.year.min(), m["_d"].dt.year.max()),
        ),
        one(
            MAKER,
            "chart",
            "Please could you plot the hours used on the 3D printers each month as a line chart?",
            LINE,
        ),
        one(
            MAKER,
            "chart",
            "Could I have a box plot of the material used per completed session for each type "
            "of equipment?",
            BOX,
        ),
        one(
            MAKER,
            "unanswerable",
            "What kinds of items did members make on the laser cutters?",
            NO,
        ),
        one(
            MAKER,
            "unanswerable",
            "What is the electricity cost of running the CNC router?",
            NO,
        ),
        SealedCase(
            MAKER,
            [
                (
                    "How many hours were the laser cutters in use for completed sessions "
                    "during 2024?",
                    num(laser24["hours_booked"].sum()),
                ),
                (
                    "And the 3D printers?",
                    num(y24[y24["equipment"] == "3D Printer"]["hours_booked"].sum()),
                ),
                (
                    "Please could you show the hours for each type of equipment that year as a "
                    "bar chart?",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            MAKER,
            [
                (
                    "What was the average amount of material used per completed CNC session, "
                    "in grams?",
                    num(cnc["material_used_grams"].mean()),
                ),
                ("What about the median?", num(cnc["material_used_grams"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            MAKER,
            [
                (
                    "How many different members made at least one completed booking in 2024?",
                    num(y24["member_id"].nunique()),
                ),
                (
                    "And how many of them were business members?",
                    num(business24["member_id"].nunique()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            MAKER,
            [
                (
                    "What was the income from business members in 2024, excluding cancellations?",
                    num(business24["charge_gbp"].sum()),
                ),
                (
                    "And what proportion of that year's income does that represent?",
                    num(_pct(business24["charge_gbp"].sum(), y24["charge_gbp"].sum())),
                ),
                (
                    "Why did business members use the space less than others?",
                    NO,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            MAKER,
            [
                (
                    "How many bookings of the vinyl cutter were cancelled in 2024?",
                    num(
                        (
                            (m["_d"].dt.year == 2024)
                            & (m["equipment"] == "Vinyl Cutter")
                            & (m["status"] == "Cancelled")
                        ).sum()
                    ),
                ),
                (
                    "And of the CNC router?",
                    num(
                        (
                            (m["_d"].dt.year == 2024)
                            & (m["equipment"] == "CNC Router")
                            & (m["status"] == "Cancelled")
                        ).sum()
                    ),
                ),
            ],
            "follow-up",
        ),
    ]


def _more() -> list[SealedCase]:
    d = load(TRIPS, "trip_date")
    done = d[d["status"] == "Completed"]
    y23 = done[done["_d"].dt.year == 2023]
    y24 = done[done["_d"].dt.year == 2024]
    c = load(CLUB, "joinedDate")
    act = c[c["paymentStatus"] != "VOID"]
    m = load(MAKER, "booking_date")
    mdone = m[m["status"] == "Completed"]
    m24 = mdone[mdone["_d"].dt.year == 2024]
    h1_24 = _between(mdone, "2024-01-01", "2024-06-30")
    h1_25 = _between(mdone, "2025-01-01", "2025-06-30")
    cnc = mdone[mdone["equipment"] == "CNC Router"]
    derek24 = y24[y24["driver"] == "Derek"]
    return [
        one(
            TRIPS,
            "compare",
            "How did the fare income from completed journeys in 2024 compare between trips for "
            "medical appointments and shopping trips?",
            num(
                y24[y24["trip_purpose"] == "Medical"]["fare_gbp"].sum(),
                y24[y24["trip_purpose"] == "Shopping"]["fare_gbp"].sum(),
            ),
        ),
        one(
            TRIPS,
            "group",
            "What was the total mileage on completed journeys for each vehicle during 2023?",
            num(*y23.groupby("vehicle")["trip_miles"].sum().tolist()),
        ),
        one(
            TRIPS,
            "percent-change",
            "By what percentage did the number of different passengers using the service "
            "change between 2023 and 2024, counting completed journeys?",
            num(pct_change(y23["passenger_id"].nunique(), y24["passenger_id"].nunique())),
        ),
        one(
            TRIPS,
            "ranking",
            "Which three passengers made the most completed journeys in 2024, and how many "
            "did each make?",
            ranked(y24.groupby("passenger_id").size(), 3),
        ),
        one(
            TRIPS,
            "superlative",
            "Which purpose of travel had the longest average journey, among completed journeys?",
            ranked(done.groupby("trip_purpose")["trip_miles"].mean(), 1),
        ),
        one(
            TRIPS,
            "date-part",
            "How many completed journeys were made on Fridays during 2023?",
            num((y23["_d"].dt.day_name() == "Friday").sum()),
        ),
        one(
            TRIPS,
            "unanswerable",
            "How many journeys will the scheme need to provide next year?",
            NO,
        ),
        SealedCase(
            TRIPS,
            [
                (
                    "What was the total mileage Derek drove on completed journeys in 2024?",
                    num(derek24["trip_miles"].sum()),
                ),
                ("And what did his mileage expenses come to for that year?", NO),
            ],
            "follow-up",
        ),
        one(
            CLUB,
            "compare",
            "How does the average monthly subscription for the Lions compare with that for "
            "the Panthers, among current members?",
            num(
                act[act["teamName"] == "Lions"]["monthlySubGbp"].mean(),
                act[act["teamName"] == "Panthers"]["monthlySubGbp"].mean(),
            ),
        ),
        one(
            CLUB,
            "group",
            "What is the total monthly subscription value of current members in each team?",
            num(*act.groupby("teamName")["monthlySubGbp"].sum().tolist()),
        ),
        one(
            CLUB,
            "ranking",
            "Which three teams have the highest average attendance at training this season?",
            ranked(act.groupby("teamName")["sessionsAttended"].mean(), 3),
        ),
        one(
            CLUB,
            "superlative",
            "Which team has the highest proportion of current members behind with their "
            "subscriptions?",
            ranked(
                act.groupby("teamName")["paymentStatus"].apply(
                    lambda s: _pct((s == "Unpaid").sum(), len(s))
                ),
                1,
            ),
        ),
        one(
            CLUB,
            "numbers-in-question",
            "How many current members pay less than £15 a month?",
            num((act["monthlySubGbp"] < 15).sum()),
        ),
        one(
            CLUB,
            "aggregate",
            "What is the total monthly subscription billed to current members?",
            num(act["monthlySubGbp"].sum()),
        ),
        one(
            MAKER,
            "compare",
            "How did the hours booked by business members compare with those booked by "
            "concession members on completed sessions in 2024?",
            num(
                m24[m24["member_tier"] == "Business"]["hours_booked"].sum(),
                m24[m24["member_tier"] == "Concession"]["hours_booked"].sum(),
            ),
        ),
        one(
            MAKER,
            "group",
            "Could you give me the total income from completed sessions for each type of "
            "equipment in 2024?",
            num(*m24.groupby("equipment")["charge_gbp"].sum().tolist()),
        ),
        one(
            MAKER,
            "percent-change",
            "By what percentage did income from completed sessions change between the first "
            "half of 2024 and the first half of 2025?",
            num(pct_change(h1_24["charge_gbp"].sum(), h1_25["charge_gbp"].sum())),
        ),
        one(
            MAKER,
            "ranking",
            "Which three machines brought in the most income from completed sessions in 2024?",
            ranked(m24.groupby("machine_id")["charge_gbp"].sum(), 3),
        ),
        one(
            MAKER,
            "superlative",
            "Which membership tier used the most material in total on completed sessions in 2024?",
            ranked(m24.groupby("member_tier")["material_used_grams"].sum(), 1),
        ),
        one(
            MAKER,
            "units-columns",
            "What was the average weight of material used per completed laser cutter session, "
            "in grams?",
            num(mdone[mdone["equipment"] == "Laser Cutter"]["material_used_grams"].mean()),
        ),
        one(
            MAKER,
            "unanswerable",
            "How many members were injured while using the equipment?",
            NO,
        ),
        SealedCase(
            MAKER,
            [
                (
                    "How many completed sessions were there on the CNC router in the first "
                    "quarter of 2025?",
                    num(len(_between(cnc, "2025-01-01", "2025-03-31"))),
                ),
                (
                    "And in the first quarter of 2024?",
                    num(len(_between(cnc, "2024-01-01", "2024-03-31"))),
                ),
                ("How many of the items made in those sessions were sold?", NO),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return _trips() + _club() + _maker() + _more()
