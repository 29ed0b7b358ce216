"""Conversations over the generated tables food_bank_deliveries.csv, course_enrolments.csv
and gallery_admissions.csv."""

from __future__ import annotations

from tests.sealed9.cases import (
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

FOOD = "food_bank_deliveries.csv"
COURSE = "course_enrolments.csv"
GAL = "gallery_admissions.csv"


def food_bank() -> list[SealedCase]:
    d = load(FOOD, "DelivDate", "%m/%d/%Y")
    d["year"] = d["_d"].dt.year
    kg_y = d.groupby("year")["Food_kg"].sum()
    q3 = d[d["_d"].dt.quarter == 3].groupby("year")["Food_kg"].sum()
    assert q3[2024] > q3[2023]
    zone_hh = d.groupby("Zone")["HHs_Served"].sum()
    agency = d.groupby("AgencyID")["Food_kg"].sum()
    van_mi = d.groupby("Van")["Miles"].sum()
    wd = d.groupby(d["_d"].dt.dayofweek)["Food_kg"].sum()
    m23 = d[d["year"] == 2023].groupby(d["_d"].dt.month)["Food_kg"].sum()
    return [
        one(FOOD, "aggregate", "how many kg of food went out in 2024", num(kg_y[2024])),
        one(FOOD, "chart", "bar chart households served by zone", BAR),
        one(
            FOOD,
            "compare",
            "refrigerated vs non-refrigerated deliveries, avg kg each",
            num(d[d["Refrig"] == "Y"]["Food_kg"].mean(), d[d["Refrig"] == "N"]["Food_kg"].mean()),
        ),
        one(
            FOOD,
            "coverage",
            "how many partner agencies do we deliver to, and first / last year of data",
            num(d["AgencyID"].nunique(), d["year"].min(), d["year"].max()),
        ),
        one(FOOD, "date-part", "which weekday moves the most food? kg?", num(wd.max())),
        one(
            FOOD,
            "date-part",
            "kg delivered in the first quarter of 2023",
            num(m23[[1, 2, 3]].sum()),
        ),
        one(
            FOOD,
            "derived",
            "produce as a share of all food delivered, %",
            num(d["Produce_kg"].sum() / d["Food_kg"].sum() * 100),
        ),
        one(FOOD, "group", "households served in each zone", num(*zone_hh.tolist())),
        one(
            FOOD,
            "numbers-in-question",
            "deliveries with more than 1000 kg",
            num((d["Food_kg"] > 1000).sum()),
        ),
        one(
            FOOD,
            "per-normalise",
            "kg of food per household served, overall",
            num(d["Food_kg"].sum() / d["HHs_Served"].sum()),
        ),
        one(
            FOOD,
            "per-normalise",
            "deliveries per agency on avg",
            num(len(d) / d["AgencyID"].nunique()),
        ),
        one(
            FOOD,
            "percent-change",
            "q3 kg delivered, % change from 2023 to 2024",
            num(pct_change(q3[2023], q3[2024])),
        ),
        one(FOOD, "ranking", "top 5 agencies by kg received", ranked(agency, 5)),
        one(FOOD, "superlative", "which van clocked the most miles, how many", num(van_mi.max())),
        one(
            FOOD,
            "units-columns",
            "total food delivered in metric tonnes",
            num(d["Food_kg"].sum() / 1000),
        ),
        one(FOOD, "units-columns", "total distance driven in km", num(d["Miles"].sum() * 1.609344)),
        one(FOOD, "unanswerable", "which volunteer drove the most deliveries", NO),
        one(FOOD, "unanswerable", "what is the cash value of the food we gave out", NO),
        one(FOOD, "unanswerable", "how many people per household on average", NO),
        SealedCase(
            FOOD,
            [
                ("how many kg were refused in total", num(d["RefusedKg"].sum())),
                ("just for zone Z3", num(d[d["Zone"] == "Z3"]["RefusedKg"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            FOOD,
            [
                ("avg miles per delivery for VAN2", num(d[d["Van"] == "VAN2"]["Miles"].mean())),
                ("and VAN4?", num(d[d["Van"] == "VAN4"]["Miles"].mean())),
            ],
            "follow-up",
        ),
    ]


def _wide(c):
    return c.pivot_table(
        index=["Term", "CourseCode", "Dept"], columns="Metric", values="Value", aggfunc="first"
    ).reset_index()


def course_enrolments() -> list[SealedCase]:
    c = load(COURSE)
    w = _wide(c)
    enr_term = w.groupby("Term")["Enrolled"].sum()
    cs = w[w["Dept"] == "CS"].groupby("Term")["Enrolled"].sum()
    assert cs["Spring 2024"] > cs["Fall 2021"]
    dept = w.groupby("Dept")["Enrolled"].sum()
    course_tot = w.groupby("CourseCode")["Enrolled"].sum()
    f23 = w[w["Term"] == "Fall 2023"]
    math = w[w["Dept"] == "MATH"]
    fill = w["Enrolled"] / w["Capacity"] * 100
    return [
        one(COURSE, "aggregate", "total enrolments across all terms", num(w["Enrolled"].sum())),
        one(COURSE, "chart", "bar of enrolled students per department", BAR),
        one(
            COURSE,
            "compare",
            "enrolment fall 2022 vs fall 2023",
            num(enr_term["Fall 2022"], enr_term["Fall 2023"]),
        ),
        one(
            COURSE,
            "coverage",
            "how many distinct courses and how many terms are in here",
            num(w["CourseCode"].nunique(), w["Term"].nunique()),
        ),
        one(
            COURSE,
            "derived",
            "overall pass rate: passed / (enrolled - withdrawn), as a %",
            num(w["Passed"].sum() / (w["Enrolled"].sum() - w["Withdrawn"].sum()) * 100),
        ),
        one(COURSE, "group", "enrolled by department", num(*dept.tolist())),
        one(
            COURSE,
            "long-format",
            "how many students withdrew in spring 2023",
            num(w[w["Term"] == "Spring 2023"]["Withdrawn"].sum()),
        ),
        one(
            COURSE,
            "long-format",
            "avg gpa of MATH courses over all terms (course averages, plain mean)",
            num(math["Avg GPA"].mean()),
        ),
        one(
            COURSE,
            "long-format",
            "total seats offered (capacity) in fall 2023",
            num(f23["Capacity"].sum()),
        ),
        one(
            COURSE,
            "long-format",
            "how many students passed a CHEM course, all terms",
            num(w[w["Dept"] == "CHEM"]["Passed"].sum()),
        ),
        one(
            COURSE,
            "long-format",
            "average fill rate per course section (enrolled / capacity) in %",
            num(fill.mean()),
        ),
        one(
            COURSE,
            "numbers-in-question",
            "how many course offerings had 100 or more students enrolled",
            num((w["Enrolled"] >= 100).sum()),
        ),
        one(
            COURSE,
            "per-normalise",
            "avg enrolled per course offering in fall 2023",
            num(f23["Enrolled"].mean()),
        ),
        one(
            COURSE,
            "percent-change",
            "CS enrolment growth from fall 2021 to spring 2024 in %",
            num(pct_change(cs["Fall 2021"], cs["Spring 2024"])),
        ),
        one(COURSE, "ranking", "top 3 courses by total enrolment", ranked(course_tot, 3)),
        one(
            COURSE,
            "superlative",
            "highest avg gpa any course got in a term",
            num(w["Avg GPA"].max()),
        ),
        one(COURSE, "unanswerable", "which professor teaches the most students", NO),
        one(COURSE, "unanswerable", "what were the enrolments for the summer sessions", NO),
        one(COURSE, "unanswerable", "how many international students are enrolled in CS", NO),
        SealedCase(
            COURSE,
            [
                (
                    "total enrolled in HIST courses in spring 2022",
                    num(w[(w["Dept"] == "HIST") & (w["Term"] == "Spring 2022")]["Enrolled"].sum()),
                ),
                (
                    "and ECON",
                    num(w[(w["Dept"] == "ECON") & (w["Term"] == "Spring 2022")]["Enrolled"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            COURSE,
            [
                (
                    "withdrawal rate for BIO (withdrawn / enrolled, %)",
                    num(
                        w[w["Dept"] == "BIO"]["Withdrawn"].sum()
                        / w[w["Dept"] == "BIO"]["Enrolled"].sum()
                        * 100
                    ),
                ),
                (
                    "for CS?",
                    num(
                        w[w["Dept"] == "CS"]["Withdrawn"].sum()
                        / w[w["Dept"] == "CS"]["Enrolled"].sum()
                        * 100
                    ),
                ),
            ],
            "follow-up",
        ),
    ]


def gallery_admissions() -> list[SealedCase]:
    g = load(GAL, "WeekCommencing", "%d.%m.%Y")
    g["year"] = g["_d"].dt.year
    cnt = g["Count"]
    yearly = g.groupby("year")["Count"].sum()
    show = g.groupby("Exhibition")["Count"].sum()
    ticket = g.groupby("TicketType")["Count"].sum()
    weeks = g.groupby("WeekCommencing")["Count"].sum()
    temp = g[g["Exhibition"] != "Permanent Collection"]
    by_mon = g.groupby(g["_d"].dt.month)["Count"].sum()
    kahlo = g[g["Exhibition"] == "Frida Kahlo"]
    hok = g[g["Exhibition"] == "Hokusai Prints"]
    return [
        one(GAL, "aggregate", "total admissions in 2023", num(yearly[2023])),
        one(GAL, "chart", "weekly visitors over time as a line", LINE),
        one(
            GAL,
            "compare",
            "frida kahlo vs hokusai prints, total visitors",
            num(show["Frida Kahlo"], show["Hokusai Prints"]),
        ),
        one(
            GAL,
            "coverage",
            "how many exhibitions are in the data and which years",
            num(g["Exhibition"].nunique(), g["year"].min(), g["year"].max()),
        ),
        one(
            GAL,
            "date-part",
            "which calendar month saw the most visitors (both yrs combined)? how many",
            num(by_mon.max()),
        ),
        one(
            GAL,
            "date-part",
            "visitors in weeks commencing in december 2024",
            num(g[(g["year"] == 2024) & (g["_d"].dt.month == 12)]["Count"].sum()),
        ),
        one(
            GAL,
            "derived",
            "share of visitors on concession tickets, %",
            num(ticket["CONC"] / cnt.sum() * 100),
        ),
        one(GAL, "group", "total visitors per ticket type", num(*ticket.tolist())),
        one(
            GAL,
            "long-format",
            "how many child tickets for the bauhaus show",
            num(
                g[(g["Exhibition"] == "Bauhaus Now") & (g["TicketType"] == "CHILD")]["Count"].sum()
            ),
        ),
        one(
            GAL,
            "long-format",
            "total members admitted in 2024",
            num(g[(g["year"] == 2024) & (g["TicketType"] == "MEMBER")]["Count"].sum()),
        ),
        one(
            GAL,
            "long-format",
            "visitors to the temporary exhibitions (everything but the permanent collection)",
            num(temp["Count"].sum()),
        ),
        one(
            GAL,
            "long-format",
            "concession visitors to light & space",
            num(
                g[(g["Exhibition"] == "Light & Space") & (g["TicketType"] == "CONC")]["Count"].sum()
            ),
        ),
        one(
            GAL,
            "numbers-in-question",
            "how many weeks had over 2500 visitors in total",
            num((weeks > 2500).sum()),
        ),
        one(
            GAL,
            "per-normalise",
            "avg weekly visitors for frida kahlo (total over the weeks it ran)",
            num(kahlo["Count"].sum() / kahlo["WeekCommencing"].nunique()),
        ),
        one(
            GAL,
            "percent-change",
            "% increase in total admissions 2023 to 2024",
            num(pct_change(yearly[2023], yearly[2024])),
        ),
        one(GAL, "ranking", "rank the exhibitions by visitors", ranked(show, show.size)),
        one(GAL, "superlative", "busiest single week ever, total visitors", num(weeks.max())),
        one(GAL, "unanswerable", "how much ticket revenue did the kahlo show bring in", NO),
        one(GAL, "unanswerable", "what's the average age of our visitors", NO),
        one(GAL, "unanswerable", "how many visitors came on saturdays", NO),
        SealedCase(
            GAL,
            [
                (
                    "school group visitors to hokusai prints",
                    num(hok[hok["TicketType"] == "SCHOOL"]["Count"].sum()),
                ),
                (
                    "and for light & space",
                    num(
                        g[(g["Exhibition"] == "Light & Space") & (g["TicketType"] == "SCHOOL")][
                            "Count"
                        ].sum()
                    ),
                ),
                ("bar chart of school visitors per exhibition", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            GAL,
            [
                (
                    "adult admissions in 2023",
                    num(g[(g["year"] == 2023) & (g["TicketType"] == "ADULT")]["Count"].sum()),
                ),
                (
                    "2024?",
                    num(g[(g["year"] == 2024) & (g["TicketType"] == "ADULT")]["Count"].sum()),
                ),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return food_bank() + course_enrolments() + gallery_admissions()
