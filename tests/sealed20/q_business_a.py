"""The BUSINESS half, part A: an e-scooter sharing operator's rides, a language school's
enrolments and a solar installer's contracts (generated, see export_business.py). Asked by an
operations analyst in another European office who writes English as a second language; gold
computed here with plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.sealed20.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
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

RIDES = "escooter_rides.csv"
SCHOOL = "language_school_enrolments.csv"
SOLAR = "solar_installer_contracts.csv"


def scooters() -> list[SealedCase]:
    s = load(RIDES, "start_time")
    y = s["_d"].dt.year
    s["net"] = s["fare_eur"] - s["discount_eur"]
    y23, y24 = s[y == 2023], s[y == 2024]
    iso = s["_d"].dt.isocalendar()
    kw12 = s[(iso["year"] == 2024) & (iso["week"] == 12)]
    porto = s[s["city"] == "Porto"]
    graz = s[s["city"] == "Graz"]
    lyon24 = y24[y24["city"] == "Lyon"]
    month24 = y24.groupby(y24["_d"].dt.month).size()
    rated = s[s["rating"].notna()]
    return [
        one(
            RIDES,
            "aggregate",
            "Hello, how much is the total of the fares (fare_eur) of all rides in 2023, all "
            "cities together?",
            num(y23["fare_eur"].sum()),
        ),
        one(
            RIDES,
            "aggregate",
            "Please can you tell me the median of the distance of one ride in Porto?",
            num(porto["distance_km"].median()),
        ),
        one(
            RIDES,
            "aggregate",
            "How many rides were made in Lyon on 14.07.2023 (national holiday)?",
            num(((s["city"] == "Lyon") & (s["_d"].dt.strftime("%Y-%m-%d") == "2023-07-14")).sum()),
        ),
        one(
            RIDES,
            "group",
            "give me please the average of the duration for each city",
            num(*s.groupby("city")["duration_min"].mean()),
        ),
        one(
            RIDES,
            "group",
            "In 2024, how many rides we have for every user type (SUB, PAYG, TOUR)?",
            num(*y24.groupby("user_type").size()),
        ),
        one(
            RIDES,
            "ranking",
            "Which are the 3 cities with the most of rides in 2022? With the number of rides "
            "please.",
            ranked(s[y == 2022].groupby("city").size(), 3),
        ),
        one(
            RIDES,
            "ranking",
            "I need the three cities where the users give the lowest rating in average (only "
            "rides that have a rating), lowest first.",
            ranked(rated.groupby("city")["rating"].mean(), 3, ascending=True),
        ),
        one(
            RIDES,
            "superlative",
            "Which is the city with the highest average fare per ride, and how much is it?",
            ranked(s.groupby("city")["fare_eur"].mean(), 1),
        ),
        one(
            RIDES,
            "superlative",
            "Which month of 2024 was the strongest in number of rides? How many rides had this "
            "month?",
            num(month24.max()),
        ),
        one(
            RIDES,
            "chart",
            "Can you make a line chart with the number of rides for each month, over the whole "
            "period?",
            LINE,
        ),
        one(
            RIDES,
            "chart",
            "I would like to see the distribution of the ride distance in km as histogram.",
            HISTOGRAM,
        ),
        one(
            RIDES,
            "compare",
            "Subscribers against pay-as-you-go users (SUB vs PAYG): what is the mean duration of "
            "a ride for each of the two?",
            num(
                s.loc[s["user_type"] == "SUB", "duration_min"].mean(),
                s.loc[s["user_type"] == "PAYG", "duration_min"].mean(),
            ),
        ),
        one(
            RIDES,
            "compare",
            "Total fare_eur in 2023 of Lyon compared with Torino, please both numbers.",
            num(
                y23.loc[y23["city"] == "Lyon", "fare_eur"].sum(),
                y23.loc[y23["city"] == "Torino", "fare_eur"].sum(),
            ),
        ),
        one(
            RIDES,
            "coverage",
            "Which years are contained in this rides export?",
            num(*sorted(y.unique())),
        ),
        one(
            RIDES,
            "coverage",
            "How many different scooters (vehicle_id) appear in the file, all cities?",
            num(s["vehicle_id"].nunique()),
        ),
        one(
            RIDES,
            "date-part",
            "For 2023 I need the count of rides in each quarter (Q1 to Q4).",
            num(*y23.groupby(y23["_d"].dt.quarter).size()),
        ),
        one(
            RIDES,
            "date-part",
            "How many rides started in the ISO calendar week 12 of 2024 (KW 12)?",
            num(len(kw12)),
        ),
        one(
            RIDES,
            "derived",
            "How many percentage points of battery does one ride use in average? (battery at "
            "start minus battery at end)",
            num((s["battery_start_pct"] - s["battery_end_pct"]).mean()),
        ),
        one(
            RIDES,
            "derived",
            "Which share of the rides got a discount (discount_eur bigger than zero), in %?",
            num((s["discount_eur"] > 0).mean() * 100),
        ),
        one(
            RIDES,
            "per-normalise",
            "How much fare we earn per kilometre? I mean total fare_eur divided by total km, "
            "over all the rides.",
            num(s["fare_eur"].sum() / s["distance_km"].sum()),
        ),
        one(
            RIDES,
            "per-normalise",
            "In Graz, how many rides are there per scooter? So the rides divided by the number of "
            "different vehicles in Graz.",
            num(len(graz) / graz["vehicle_id"].nunique()),
        ),
        one(
            RIDES,
            "percent-change",
            "By how many % did the number of rides grow from 2022 to 2023?",
            num(pct_change((y == 2022).sum(), (y == 2023).sum())),
        ),
        one(
            RIDES,
            "percent-change",
            "Porto: what is the change in % of the total fare_eur between 2023 and 2024?",
            num(
                pct_change(
                    porto.loc[porto["_d"].dt.year == 2023, "fare_eur"].sum(),
                    porto.loc[porto["_d"].dt.year == 2024, "fare_eur"].sum(),
                )
            ),
        ),
        one(
            RIDES,
            "numbers-in-question",
            "How many rides are longer than 5,5 km?",
            num((s["distance_km"] > 5.5).sum()),
        ),
        one(
            RIDES,
            "numbers-in-question",
            "Count for me please the rides in 2024 with a fare of at least 10 €.",
            num((y24["fare_eur"] >= 10).sum()),
        ),
        one(
            RIDES,
            "units-columns",
            "How many hours did the scooters drive in total in Lyon during 2024? (the duration "
            "is in minutes I think, I need hours)",
            num(lyon24["duration_min"].sum() / 60),
        ),
        one(
            RIDES,
            "units-columns",
            "What is the average speed in km/h over all rides, calculated as total distance "
            "divided by total riding time in hours?",
            num(s["distance_km"].sum() / (s["duration_min"].sum() / 60)),
        ),
        one(
            RIDES,
            "long-format",
            "How many rides in Torino were closed with the end status PARKFINE?",
            num(((s["city"] == "Torino") & (s["end_status"] == "PARKFINE")).sum()),
        ),
        SealedCase(
            RIDES,
            [
                (
                    "What is the average fare per ride in Gent in 2023?",
                    num(y23.loc[y23["city"] == "Gent", "fare_eur"].mean()),
                ),
                (
                    "and the same for Graz?",
                    num(y23.loc[y23["city"] == "Graz", "fare_eur"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            RIDES,
            [
                (
                    "How many rides of tourists (user type TOUR) we had in 2022?",
                    num(((y == 2022) & (s["user_type"] == "TOUR")).sum()),
                ),
                (
                    "And in 2024 how much was it?",
                    num(((y == 2024) & (s["user_type"] == "TOUR")).sum()),
                ),
                ("Please show this per year as a bar chart.", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            RIDES,
            [
                (
                    "What is the total of the discounts (discount_eur) given in 2024?",
                    num(y24["discount_eur"].sum()),
                ),
                (
                    "now only for Lyon",
                    num(y24.loc[y24["city"] == "Lyon", "discount_eur"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            RIDES,
            [
                (
                    "Mean distance of the rides which ended with status DMG (damage)?",
                    num(s.loc[s["end_status"] == "DMG", "distance_km"].mean()),
                ),
                (
                    "and the median?",
                    num(s.loc[s["end_status"] == "DMG", "distance_km"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            RIDES,
            [
                (
                    "How many rides started between 7 and 9 o'clock in the morning (hours 7 and "
                    "8)?",
                    num(s["_d"].dt.hour.isin([7, 8]).sum()),
                ),
                (
                    "And in the evening, hours 17 and 18?",
                    num(s["_d"].dt.hour.isin([17, 18]).sum()),
                ),
                (
                    "What is the net revenue per ride for the rides in those two evening hours, "
                    "meaning fare minus discount, averaged?",
                    num(s.loc[s["_d"].dt.hour.isin([17, 18]), "net"].mean()),
                ),
            ],
            "follow-up",
        ),
        one(
            RIDES,
            "unanswerable",
            "What is the average age of our riders, men and women separate?",
            NO,
        ),
        one(
            RIDES,
            "unanswerable",
            "How many rides did we have in Madrid during the summer?",
            NO,
        ),
        one(
            RIDES,
            "unanswerable",
            "How much did the electricity for charging the scooters cost us in Lyon?",
            NO,
        ),
        one(
            RIDES,
            "unanswerable",
            "Can you forecast how many rides Porto will make in the summer after the data ends?",
            NO,
        ),
    ]


def school() -> list[SealedCase]:
    e = load(SCHOOL, "EnrolDate", "%d.%m.%Y")
    y = e["_d"].dt.year
    e23 = e[y == 2023]
    done = e[e["Status"] == "C"]
    linz = e[e["Branch"] == "Linz"]
    sept22 = ((y == 2022) & (e["_d"].dt.month == 9)).sum()
    sept23 = ((y == 2023) & (e["_d"].dt.month == 9)).sum()
    one_to_one = e[e["Format"] == "1TO1"]
    grp = e[e["Format"] == "GRP"]
    salz = e[e["Branch"] == "Salzburg"]
    gdone = grp[grp["Status"] == "C"]
    return [
        one(
            SCHOOL,
            "aggregate",
            "How many enrolments has the school in the calendar year 2023, all branches?",
            num(len(e23)),
        ),
        one(
            SCHOOL,
            "aggregate",
            "What is the sum of the course fees of the completed courses (status C) in Linz?",
            num(linz.loc[linz["Status"] == "C", "CourseFeeEUR"].sum()),
        ),
        one(
            SCHOOL,
            "group",
            "Give me please the average exam score for every language.",
            num(*e.groupby("Language")["ExamScore"].mean()),
        ),
        one(
            SCHOOL,
            "group",
            "How many enrolments are there for each level, A1 until C1?",
            num(*e.groupby("Level").size()),
        ),
        one(
            SCHOOL,
            "ranking",
            "Top 3 of the branches by sum of course fee in 2023, from the biggest.",
            ranked(e23.groupby("Branch")["CourseFeeEUR"].sum(), 3),
        ),
        one(
            SCHOOL,
            "ranking",
            "Which 2 languages have the fewest enrolments? Show the two with the counts.",
            ranked(e.groupby("Language").size(), 2, ascending=True),
        ),
        one(
            SCHOOL,
            "superlative",
            "In Salzburg, which is the language with the most of enrolments?",
            ranked(salz.groupby("Language").size(), 1),
        ),
        one(
            SCHOOL,
            "chart",
            "Please a bar chart with the number of enrolments per branch.",
            BAR,
        ),
        one(
            SCHOOL,
            "chart",
            "Make me a pie with how the enrolments split between the formats GRP, 1TO1 and ONL.",
            PIE,
        ),
        one(
            SCHOOL,
            "compare",
            "Average exam score online (ONL) versus in group (GRP)? Both please.",
            num(
                e.loc[e["Format"] == "ONL", "ExamScore"].mean(),
                e.loc[e["Format"] == "GRP", "ExamScore"].mean(),
            ),
        ),
        one(
            SCHOOL,
            "compare",
            "Wien-Mariahilf compared to Wien-Favoriten: how many enrolments has each branch?",
            num((e["Branch"] == "Wien-Mariahilf").sum(), (e["Branch"] == "Wien-Favoriten").sum()),
        ),
        one(
            SCHOOL,
            "coverage",
            "From which years are the enrolment dates in this list?",
            num(*sorted(y.unique())),
        ),
        one(
            SCHOOL,
            "date-part",
            "In which month of the year come the most new enrolments? Give me the number of "
            "enrolments per calendar month, January to December, all years together.",
            num(*e.groupby(e["_d"].dt.month).size()),
        ),
        one(
            SCHOOL,
            "derived",
            "For the completed courses, what % of the booked lesson hours were really attended? "
            "(sum of AttendedHours divided by sum of LessonHours)",
            num(done["AttendedHours"].sum() / done["LessonHours"].sum() * 100),
        ),
        one(
            SCHOOL,
            "derived",
            "What is our no-show rate, i.e. the share of all enrolments with status N, in %?",
            num((e["Status"] == "N").mean() * 100),
        ),
        one(
            SCHOOL,
            "per-normalise",
            "For the one-to-one courses (1TO1), how much is the course fee per lesson hour? "
            "Total fee divided through total lesson hours.",
            num(one_to_one["CourseFeeEUR"].sum() / one_to_one["LessonHours"].sum()),
        ),
        one(
            SCHOOL,
            "per-normalise",
            "For the completed group courses (GRP, status C), how many euros of course fee "
            "we get per attended hour? Total fee divided by total AttendedHours.",
            num(gdone["CourseFeeEUR"].sum() / gdone["AttendedHours"].sum()),
        ),
        one(
            SCHOOL,
            "percent-change",
            "Sept. is our big month. How much % more (or less) enrolments had Sept. 2023 "
            "compared to Sept. 2022?",
            num(pct_change(sept22, sept23)),
        ),
        one(
            SCHOOL,
            "numbers-in-question",
            "How many enrolments have a course fee of more than 1.000 €?",
            num((e["CourseFeeEUR"] > 1000).sum()),
        ),
        one(
            SCHOOL,
            "units-columns",
            "One-to-one courses: how many minutes of lesson does one course have in average?",
            num(one_to_one["LessonHours"].mean() * 60),
        ),
        one(
            SCHOOL,
            "units-columns",
            "What is the total of the course fees in thousand euros, all enrolments of 2022?",
            num(e.loc[y == 2022, "CourseFeeEUR"].sum() / 1000),
        ),
        one(
            SCHOOL,
            "long-format",
            "How many enrolments were dropped during the course (status D)?",
            num((e["Status"] == "D").sum()),
        ),
        SealedCase(
            SCHOOL,
            [
                (
                    "How many Japanese enrolments did Graz have?",
                    num(((e["Branch"] == "Graz") & (e["Language"] == "Japanese")).sum()),
                ),
                (
                    "and the same for Linz?",
                    num(((e["Branch"] == "Linz") & (e["Language"] == "Japanese")).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SCHOOL,
            [
                (
                    "What is the mean exam score of the B2 students?",
                    num(e.loc[e["Level"] == "B2", "ExamScore"].mean()),
                ),
                (
                    "And of C1?",
                    num(e.loc[e["Level"] == "C1", "ExamScore"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SCHOOL,
            [
                (
                    "How many enrolments were cancelled before the start (status X) in 2022?",
                    num(((y == 2022) & (e["Status"] == "X")).sum()),
                ),
                (
                    "and in 2023 how much was it?",
                    num(((y == 2023) & (e["Status"] == "X")).sum()),
                ),
                (
                    "Now the cancellation rate of 2023, so status X divided by all enrolments "
                    "of 2023, in %.",
                    num((e23["Status"] == "X").mean() * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SCHOOL,
            [
                (
                    "Average discount in % for the Spanish enrolments (only where a discount "
                    "value is filled)?",
                    num(e.loc[e["Language"] == "Spanish", "DiscountPct"].mean()),
                ),
                (
                    "now only the online ones",
                    num(
                        e.loc[
                            (e["Language"] == "Spanish") & (e["Format"] == "ONL"), "DiscountPct"
                        ].mean()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SCHOOL,
            [
                (
                    "Sum of the course fees per branch in 2024, please.",
                    num(*e.loc[y == 2024].groupby("Branch")["CourseFeeEUR"].sum()),
                ),
                ("Can you draw this as a bar chart?", BAR),
            ],
            "follow-up",
        ),
        one(
            SCHOOL,
            "unanswerable",
            "Which teacher has the best exam results with his students?",
            NO,
        ),
        one(
            SCHOOL,
            "unanswerable",
            "How satisfied were the students with the German courses, on average?",
            NO,
        ),
        one(
            SCHOOL,
            "unanswerable",
            "How many enrolments did our branch in Innsbruck have?",
            NO,
        ),
        one(
            SCHOOL,
            "unanswerable",
            "Why did the students who dropped the course stop? Give me the main reasons.",
            NO,
        ),
    ]


def solar() -> list[SealedCase]:
    p = load(SOLAR, "Contract Date")
    y = p["_d"].dt.year
    built = p[p["Status"].isin(["DONE", "SNAG"])]
    priv = p[p["Customer Type"] == "PRIV"]
    size, price = "System Size (kWp)", "Price (€)"
    inst = pd.to_datetime(p["Install Date"])
    lead = (inst - p["_d"]).dt.days
    per_kwp = p.groupby(y)[price].sum() / p.groupby(y)[size].sum()
    biggest = p.set_index("Job No")[size]
    return [
        one(
            SOLAR,
            "aggregate",
            "How many kWp in total were contracted in 2024? All contracts, also the cancelled "
            "ones.",
            num(p.loc[y == 2024, size].sum()),
        ),
        one(
            SOLAR,
            "aggregate",
            "What is the average price of a contract for private customers (PRIV)?",
            num(priv[price].mean()),
        ),
        one(
            SOLAR,
            "group",
            "Average system size in kWp, for each customer type please.",
            num(*p.groupby("Customer Type")[size].mean()),
        ),
        one(
            SOLAR,
            "group",
            "how many contracts do we have in each status?",
            num(*p.groupby("Status").size()),
        ),
        one(
            SOLAR,
            "ranking",
            "Give me the 3 regions with the most kWp really installed (status DONE or SNAG), with "
            "the kWp.",
            ranked(built.groupby("Region")[size].sum(), 3),
        ),
        one(
            SOLAR,
            "ranking",
            "Which are the 5 biggest systems by kWp? Show Job No and the size.",
            ranked(biggest, 5),
        ),
        one(
            SOLAR,
            "superlative",
            "Which region has the highest average contract price?",
            ranked(p.groupby("Region")[price].mean(), 1),
        ),
        one(
            SOLAR,
            "chart",
            "Please a scatter plot of the system size against the price.",
            SCATTER,
        ),
        one(
            SOLAR,
            "chart",
            "Can you show the prices per customer type as box plot?",
            BOX,
        ),
        one(
            SOLAR,
            "compare",
            "München versus Nürnberg: the average price of a contract in each?",
            num(
                p.loc[p["Region"] == "München", price].mean(),
                p.loc[p["Region"] == "Nürnberg", price].mean(),
            ),
        ),
        one(
            SOLAR,
            "compare",
            "Compare please the number of contracts with a battery and without a battery.",
            num(p["Battery (kWh)"].notna().sum(), p["Battery (kWh)"].isna().sum()),
        ),
        one(
            SOLAR,
            "coverage",
            "In how many different regions we are working, according to this table?",
            num(p["Region"].nunique()),
        ),
        one(
            SOLAR,
            "coverage",
            "How many contracts are in the file in total, and from which years are the contract "
            "dates?",
            num(len(p), *sorted(y.unique())),
        ),
        one(
            SOLAR,
            "date-part",
            "Number of contracts signed in each quarter, Q1 to Q4, all years added together?",
            num(*p.groupby(p["_d"].dt.quarter).size()),
        ),
        one(
            SOLAR,
            "derived",
            "How many days in average between the contract date and the install date, for the "
            "jobs which have an install date?",
            num(lead.mean()),
        ),
        one(
            SOLAR,
            "per-normalise",
            "What is the price per kWp for private customers? Total price divided by total kWp.",
            num(priv[price].sum() / priv[size].sum()),
        ),
        one(
            SOLAR,
            "per-normalise",
            "How many install hours we need per kWp, over the jobs with install hours? (sum of "
            "hours divided by sum of kWp of those jobs)",
            num(
                p["Install Hours"].sum() / p.loc[p["Install Hours"].notna(), size].sum(),
            ),
        ),
        one(
            SOLAR,
            "percent-change",
            "How much % did the number of contracts change from 2021 to 2024?",
            num(pct_change((y == 2021).sum(), (y == 2024).sum())),
        ),
        one(
            SOLAR,
            "percent-change",
            "The price per kWp (total price / total kWp of the year): how much % did it move from "
            "2021 to 2024?",
            num(pct_change(per_kwp[2021], per_kwp[2024])),
        ),
        one(
            SOLAR,
            "numbers-in-question",
            "How many systems are bigger than 50 kWp?",
            num((p[size] > 50).sum()),
        ),
        one(
            SOLAR,
            "numbers-in-question",
            "How many contracts have a price under 20.000 €?",
            num((p[price] < 20000).sum()),
        ),
        one(
            SOLAR,
            "units-columns",
            "What is the estimated yearly yield of all contracts of 2023 together, in MWh?",
            num(p.loc[y == 2023, "Yield Est (kWh/yr)"].sum() / 1000),
        ),
        one(
            SOLAR,
            "units-columns",
            "How big is the roof surface in average for the agricultural customers (AGRI), in "
            "square metres?",
            num(p.loc[p["Customer Type"] == "AGRI", "Roof Area (m2)"].mean()),
        ),
        one(
            SOLAR,
            "long-format",
            "How many of the jobs are in status SNAG (finished with a problem to fix)?",
            num((p["Status"] == "SNAG").sum()),
        ),
        SealedCase(
            SOLAR,
            [
                (
                    "How much is the total price of the agricultural contracts (AGRI) in 2022?",
                    num(p.loc[(y == 2022) & (p["Customer Type"] == "AGRI"), price].sum()),
                ),
                (
                    "And in 2023?",
                    num(p.loc[(y == 2023) & (p["Customer Type"] == "AGRI"), price].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SOLAR,
            [
                (
                    "Mean battery size in kWh, for the contracts that have a battery?",
                    num(p["Battery (kWh)"].mean()),
                ),
                (
                    "only for Regensburg",
                    num(p.loc[p["Region"] == "Regensburg", "Battery (kWh)"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SOLAR,
            [
                (
                    "How many contracts were cancelled (CANC) in Augsburg?",
                    num(((p["Region"] == "Augsburg") & (p["Status"] == "CANC")).sum()),
                ),
                (
                    "and the same for Landshut?",
                    num(((p["Region"] == "Landshut") & (p["Status"] == "CANC")).sum()),
                ),
                (
                    "What is the cancellation rate in Landshut, cancelled contracts divided by "
                    "all contracts of Landshut, in %?",
                    num((p.loc[p["Region"] == "Landshut", "Status"] == "CANC").mean() * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SOLAR,
            [
                (
                    "Total of the subsidies (Subsidy €) per year?",
                    num(*p.groupby(y)["Subsidy (€)"].sum()),
                ),
                ("as a line chart please", LINE),
            ],
            "follow-up",
        ),
        one(
            SOLAR,
            "unanswerable",
            "Which panel brand did we install the most?",
            NO,
        ),
        one(
            SOLAR,
            "unanswerable",
            "How much electricity did the installed systems really produce, measured, not "
            "estimated?",
            NO,
        ),
        one(
            SOLAR,
            "unanswerable",
            "What is our profit margin on the commercial jobs, after the material costs?",
            NO,
        ),
        one(
            SOLAR,
            "unanswerable",
            "How many contracts did we sign in Austria, in Salzburg or Tirol?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return scooters() + school() + solar()
