"""The BUSINESS half, part B: an allotment society's plot register (with a TOTAL row), an
audiology clinic's appointments (two date formats) and a charity food co-op's monthly
programme KPIs in long form, asked as a programme officer writing up figures for a funder
report or committee paper. Gold is computed here with plain pandas from the CSVs.
"""

from __future__ import annotations

import pandas as pd

from tests.sealed26.cases import (
    BAR,
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

PLOTS = "allotment_plot_register.csv"
CLINIC = "audiology_clinic_appointments.csv"
COOP = "food_coop_programme_kpis_long.csv"


def _pct(part: float, whole: float) -> float:
    return part / whole * 100


def _plots() -> list[SealedCase]:
    raw = load(PLOTS)
    p = raw[raw["plot_code"] != "TOTAL"].copy()  # the spreadsheet's TOTAL row is no plot
    ten = p[p["tenancy_status"] != "Vacant"].copy()
    ten["start"] = pd.to_datetime(ten["tenancy_start"])
    ten["wait"] = (ten["start"] - pd.to_datetime(ten["waiting_list_date"])).dt.days
    waited = ten.dropna(subset=["wait"])
    full = ten[ten["concession"] == "N"]
    castle_full = full[full["site"] == "Castle Field"]
    castle_let = ten[(ten["site"] == "Castle Field") & (ten["tenancy_status"] == "Let")]
    grade_d = ten[ten["inspection_grade"] == "D"]
    return [
        one(
            PLOTS,
            "aggregate",
            "How many plots does the society have across all of its sites?",
            num(len(p)),
        ),
        one(
            PLOTS,
            "aggregate",
            "What is the total annual rent due from tenanted plots, including those where "
            "notice has been served?",
            num(ten["rent_per_year_gbp"].sum()),
        ),
        one(
            PLOTS,
            "units-columns",
            "What is the total area of all the plots at Brook Meadow, in square metres?",
            num(p[p["site"] == "Brook Meadow"]["plot_size_sq_m"].sum()),
        ),
        one(
            PLOTS,
            "units-columns",
            "What is the average size of a plot across the society, in square metres?",
            num(p["plot_size_sq_m"].mean()),
        ),
        one(
            PLOTS,
            "group",
            "Could you set out the total annual rent of tenanted plots at each site, please?",
            num(*ten.groupby("site")["rent_per_year_gbp"].sum().tolist()),
        ),
        one(
            PLOTS,
            "compare",
            "How does the average annual rent for a tenanted plot on a concession compare "
            "with one at the full rate?",
            num(
                ten[ten["concession"] == "Y"]["rent_per_year_gbp"].mean(),
                full["rent_per_year_gbp"].mean(),
            ),
        ),
        one(
            PLOTS,
            "ranking",
            "Which three current plots had the longest wait, in days, between the tenant "
            "joining the waiting list and their tenancy starting?",
            ranked(waited.set_index("plot_code")["wait"], 3),
        ),
        one(
            PLOTS,
            "superlative",
            "Which site has the longest average wait, in days, between joining the waiting "
            "list and taking on a plot, among current tenants?",
            ranked(waited.groupby("site")["wait"].mean(), 1),
        ),
        one(
            PLOTS,
            "derived",
            "What proportion of the society's plots are currently vacant?",
            num(_pct((p["tenancy_status"] == "Vacant").sum(), len(p))),
        ),
        one(
            PLOTS,
            "derived",
            "What share of the tenanted area is held by tenants on a concession?",
            num(
                _pct(
                    ten[ten["concession"] == "Y"]["plot_size_sq_m"].sum(),
                    ten["plot_size_sq_m"].sum(),
                )
            ),
        ),
        one(
            PLOTS,
            "per-normalise",
            "What is the annual rent per square metre for full-rate tenanted plots at Castle "
            "Field?",
            num(castle_full["rent_per_year_gbp"].sum() / castle_full["plot_size_sq_m"].sum()),
        ),
        one(
            PLOTS,
            "date-part",
            "How many current tenancies began in the spring months of March, April or May, "
            "in any year?",
            num(ten["start"].dt.month.isin([3, 4, 5]).sum()),
        ),
        one(
            PLOTS,
            "coverage",
            "In which year did the longest-standing current tenancy begin?",
            num(ten["start"].dt.year.min()),
        ),
        one(
            PLOTS,
            "coverage",
            "How many allotment sites are covered by the register?",
            num(p["site"].nunique()),
        ),
        one(
            PLOTS,
            "percent-change",
            "By what percentage did the average wait for a plot change between tenancies "
            "starting in 2015 and those starting in 2023?",
            num(
                pct_change(
                    waited[waited["start"].dt.year == 2015]["wait"].mean(),
                    waited[waited["start"].dt.year == 2023]["wait"].mean(),
                )
            ),
        ),
        one(
            PLOTS,
            "numbers-in-question",
            "How many plots are larger than 150 square metres?",
            num((p["plot_size_sq_m"] > 150).sum()),
        ),
        one(
            PLOTS,
            "numbers-in-question",
            "How many current tenants waited more than 1,000 days for their plot?",
            num((waited["wait"] > 1000).sum()),
        ),
        one(
            PLOTS,
            "chart",
            "Please could you produce a bar chart of the number of plots at each site?",
            BAR,
        ),
        one(
            PLOTS,
            "chart",
            "Could you graph the sizes of the plots as a histogram?",
            HISTOGRAM,
        ),
        one(
            PLOTS,
            "unanswerable",
            "What proportion of our tenants grow their produce organically?",
            NO,
        ),
        one(
            PLOTS,
            "unanswerable",
            "How many people are on the waiting list at the moment and still waiting for a plot?",
            NO,
        ),
        SealedCase(
            PLOTS,
            [
                (
                    "What is the total area of the plots at Ash Lane in square metres?",
                    num(p[p["site"] == "Ash Lane"]["plot_size_sq_m"].sum()),
                ),
                ("And across all four sites?", num(p["plot_size_sq_m"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            PLOTS,
            [
                (
                    "How many plots at Dene Road are under notice?",
                    num(((p["site"] == "Dene Road") & (p["tenancy_status"] == "Notice")).sum()),
                ),
                (
                    "And at Castle Field?",
                    num(((p["site"] == "Castle Field") & (p["tenancy_status"] == "Notice")).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            PLOTS,
            [
                (
                    "What is the average annual rent of a let plot at Castle Field, leaving "
                    "aside plots under notice?",
                    num(castle_let["rent_per_year_gbp"].mean()),
                ),
                ("What about the median?", num(castle_let["rent_per_year_gbp"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            PLOTS,
            [
                (
                    "How many tenanted plots received the lowest inspection grade, D, at the "
                    "last inspection?",
                    num(len(grade_d)),
                ),
                (
                    "Which site has the most of them?",
                    ranked(grade_d.groupby("site").size(), 1),
                ),
                ("And what was the reason for the poor grades there?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            PLOTS,
            [
                (
                    "How many tenanted plots are held on a concession at Brook Meadow?",
                    num(((ten["site"] == "Brook Meadow") & (ten["concession"] == "Y")).sum()),
                ),
                (
                    "And at Ash Lane?",
                    num(((ten["site"] == "Ash Lane") & (ten["concession"] == "Y")).sum()),
                ),
            ],
            "follow-up",
        ),
    ]


def _clinic() -> list[SealedCase]:
    c = load(CLINIC)
    c["_d"] = pd.to_datetime(c["appt_date"], format="%Y/%m/%d", errors="coerce").fillna(
        pd.to_datetime(c["appt_date"], format="%d-%b-%y", errors="coerce")
    )
    assert c["_d"].notna().all()
    att = c[c["attendance"] == "ATT"]
    y24 = att[att["_d"].dt.year == 2024]
    all24 = c[c["_d"].dt.year == 2024]
    h1_24 = att[(att["_d"] >= "2024-01-01") & (att["_d"] <= "2024-06-30")]
    h1_25 = att[(att["_d"] >= "2025-01-01") & (att["_d"] <= "2025-06-30")]
    fits = att[att["appt_type"] == "HA-FIT"]

    def dna_rate(frame: pd.DataFrame) -> float:
        return _pct((frame["attendance"] == "DNA").sum(), len(frame))

    def in_month(frame: pd.DataFrame, year: int, month: int) -> int:
        return int(((frame["_d"].dt.year == year) & (frame["_d"].dt.month == month)).sum())

    reviews = c[c["appt_type"] == "REVIEW"]
    return [
        one(
            CLINIC,
            "aggregate",
            "How many appointments were attended in 2024?",
            num(len(y24)),
        ),
        one(
            CLINIC,
            "aggregate",
            "How many hearing aids were fitted in total during 2024?",
            num(y24["aids_fitted"].sum()),
        ),
        one(
            CLINIC,
            "units-columns",
            "What was the total fee income from attended appointments in the first half of 2025?",
            num(h1_25["fee_gbp"].sum()),
        ),
        one(
            CLINIC,
            "units-columns",
            "How many hours of clinical time were taken up by attended appointments during 2024?",
            num(y24["duration_mins"].sum() / 60),
        ),
        one(
            CLINIC,
            "compare",
            "How did the rate of missed appointments, where the patient did not attend, "
            "compare between the outreach clinic and the High Street clinic, as a proportion "
            "of all appointments booked?",
            num(
                dna_rate(c[c["clinic_site"] == "Outreach"]),
                dna_rate(c[c["clinic_site"] == "High Street"]),
            ),
        ),
        one(
            CLINIC,
            "group",
            "Could you give the number of attended appointments of each type in 2024?",
            num(*y24.groupby("appt_type").size().tolist()),
        ),
        one(
            CLINIC,
            "ranking",
            "Which three audiologists held the most attended appointments in 2024?",
            ranked(y24.groupby("audiologist").size(), 3),
        ),
        one(
            CLINIC,
            "superlative",
            "Which type of appointment had the highest proportion of patients who did not attend?",
            ranked(c.groupby("appt_type")[["attendance"]].apply(dna_rate), 1),
        ),
        one(
            CLINIC,
            "derived",
            "What proportion of attended appointments in 2024 were privately funded?",
            num(_pct((y24["funding"] == "Private").sum(), len(y24))),
        ),
        one(
            CLINIC,
            "derived",
            "What share of the clinic's fee income in 2024 came from hearing aid fittings?",
            num(_pct(y24[y24["appt_type"] == "HA-FIT"]["fee_gbp"].sum(), y24["fee_gbp"].sum())),
        ),
        one(
            CLINIC,
            "per-normalise",
            "What was the average fee income per attended appointment in 2024?",
            num(y24["fee_gbp"].mean()),
        ),
        one(
            CLINIC,
            "per-normalise",
            "On average, how many hearing aids were fitted per fitting appointment attended?",
            num(fits["aids_fitted"].mean()),
        ),
        one(
            CLINIC,
            "date-part",
            "On which weekday were missed appointments most common over the whole period?",
            ranked(
                c[c["attendance"] == "DNA"].groupby(c["_d"].dt.day_name()).size(),
                1,
            ),
        ),
        one(
            CLINIC,
            "date-part",
            "How many appointments were attended in the third quarter of 2024?",
            num(((y24["_d"].dt.quarter) == 3).sum()),
        ),
        one(
            CLINIC,
            "coverage",
            "What period does the appointments record cover, from which year to which?",
            num(c["_d"].dt.year.min(), c["_d"].dt.year.max()),
        ),
        one(
            CLINIC,
            "coverage",
            "How many different audiologists are named in the appointment records?",
            num(c["audiologist"].nunique()),
        ),
        one(
            CLINIC,
            "percent-change",
            "By what percentage did the number of attended appointments change from the "
            "first half of 2024 to the first half of 2025?",
            num(pct_change(len(h1_24), len(h1_25))),
        ),
        one(
            CLINIC,
            "numbers-in-question",
            "How many attended appointments carried a fee of more than £100?",
            num((att["fee_gbp"] > 100).sum()),
        ),
        one(
            CLINIC,
            "chart",
            "Please plot the number of attended appointments per month as a line chart.",
            LINE,
        ),
        one(
            CLINIC,
            "chart",
            "Could you show attended appointments in 2024 split between NHS and private "
            "funding as a pie chart?",
            PIE,
        ),
        one(
            CLINIC,
            "unanswerable",
            "How much did patients' hearing improve after their hearing aids were fitted?",
            NO,
        ),
        one(
            CLINIC,
            "unanswerable",
            "What was the average age of the patients fitted with hearing aids?",
            NO,
        ),
        one(
            CLINIC,
            "unanswerable",
            "Why did the number of missed appointments at the outreach clinic rise?",
            NO,
        ),
        SealedCase(
            CLINIC,
            [
                (
                    "How many hearing aid fittings did Lucy carry out in 2024, counting "
                    "attended appointments only?",
                    num(((y24["audiologist"] == "Lucy") & (y24["appt_type"] == "HA-FIT")).sum()),
                ),
                (
                    "And Nkechi?",
                    num(((y24["audiologist"] == "Nkechi") & (y24["appt_type"] == "HA-FIT")).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CLINIC,
            [
                (
                    "What proportion of review appointments booked in 2023 were missed because "
                    "the patient did not attend?",
                    num(dna_rate(reviews[reviews["_d"].dt.year == 2023])),
                ),
                (
                    "And in 2024?",
                    num(dna_rate(reviews[reviews["_d"].dt.year == 2024])),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CLINIC,
            [
                (
                    "How many individual patients attended at least one appointment in 2024?",
                    num(y24["patient_id"].nunique()),
                ),
                (
                    "And in the first half of 2025?",
                    num(h1_25["patient_id"].nunique()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CLINIC,
            [
                (
                    "How many appointments were attended in March 2025?",
                    num(in_month(att, 2025, 3)),
                ),
                ("And in March 2024?", num(in_month(att, 2024, 3))),
                (
                    "Could you show attended appointments for every month as a bar chart for "
                    "the committee paper?",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CLINIC,
            [
                (
                    "What was the total fee income from privately funded appointments in 2024?",
                    num(y24[y24["funding"] == "Private"]["fee_gbp"].sum()),
                ),
                (
                    "And from NHS-funded appointments?",
                    num(y24[y24["funding"] == "NHS"]["fee_gbp"].sum()),
                ),
                ("What will the NHS contract be worth next year?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            CLINIC,
            [
                (
                    "How many appointments were cancelled by patients in 2024?",
                    num((all24["attendance"] == "CANC").sum()),
                ),
                (
                    "And how many patients simply did not attend that year?",
                    num((all24["attendance"] == "DNA").sum()),
                ),
            ],
            "follow-up",
        ),
    ]


# --- the food co-op's KPIs in long form: every figure is a row (month, branch, indicator) ---


def _coop() -> list[SealedCase]:
    k = load(COOP)
    k["_d"] = pd.to_datetime(k["month"], format="%Y-%m")

    def rows(indicator: str, start: str, end: str, branch: str | None = None) -> pd.DataFrame:
        sel = k[(k["indicator"] == indicator) & (k["_d"] >= start) & (k["_d"] <= end)]
        if branch is not None:
            sel = sel[sel["branch"] == branch]
        assert len(sel) and sel["value"].notna().all(), (indicator, start, end, branch)
        return sel

    def total(indicator: str, start: str, end: str, branch: str | None = None) -> float:
        return float(rows(indicator, start, end, branch)["value"].sum())

    def by_branch(indicator: str, start: str, end: str) -> pd.Series:
        return rows(indicator, start, end).groupby("branch")["value"].sum()

    fy24 = ("2024-04-01", "2025-03-01")
    fy23 = ("2023-04-01", "2024-03-01")
    fy22 = ("2022-04-01", "2023-03-01")
    cal24 = ("2024-01-01", "2024-12-01")
    cal23 = ("2023-01-01", "2023-12-01")
    hh_fy24 = by_branch("households_served", *fy24)
    east_months = rows("households_served", *cal24, "Eastside")
    return [
        one(
            COOP,
            "long-format",
            "Please could you confirm the total volunteer hours across all branches for the "
            "2022/23 financial year, April to March?",
            num(total("volunteer_hours", *fy22)),
        ),
        one(
            COOP,
            "long-format",
            "How many households did the Eastside branch serve in total during 2023?",
            num(total("households_served", *cal23, "Eastside")),
        ),
        one(
            COOP,
            "long-format",
            "What was the total weight of food distributed by all branches in the 2023/24 "
            "financial year, in kilograms?",
            num(total("kg_food_distributed", *fy23)),
        ),
        one(
            COOP,
            "long-format",
            "What was the average monthly cost per household at Northside during 2024?",
            num(rows("cost_per_household_gbp", *cal24, "Northside")["value"].mean()),
        ),
        one(
            COOP,
            "long-format",
            "How many new registrations did the co-op receive across all branches in the "
            "third quarter of 2024?",
            num(total("new_registrations", "2024-07-01", "2024-09-01")),
        ),
        one(
            COOP,
            "long-format",
            "How many food parcels did Riverside hand out in the 2022/23 financial year?",
            num(total("food_parcels", *fy22, "Riverside")),
        ),
        one(
            COOP,
            "long-format",
            "What was the highest number of active volunteers recorded at Town Centre in any "
            "single month?",
            num(
                rows("volunteers_active", "2022-04-01", "2025-03-01", "Town Centre")["value"].max()
            ),
        ),
        one(
            COOP,
            "long-format",
            "How many individuals were served by Westgate in its first six months of operation?",
            num(total("individuals_served", "2023-10-01", "2024-03-01", "Westgate")),
        ),
        one(
            COOP,
            "long-format",
            "On average, how many households were served each month at Town Centre in 2024?",
            num(rows("households_served", *cal24, "Town Centre")["value"].mean()),
        ),
        one(
            COOP,
            "long-format",
            "What was the total number of food parcels handed out across all branches in "
            "December 2024?",
            num(total("food_parcels", "2024-12-01", "2024-12-01")),
        ),
        one(
            COOP,
            "long-format",
            "How many households were served across the whole co-op in March 2025?",
            num(total("households_served", "2025-03-01", "2025-03-01")),
        ),
        one(
            COOP,
            "per-normalise",
            "On average, how many kilograms of food were distributed per household at Eastside "
            "in 2024?",
            num(
                total("kg_food_distributed", *cal24, "Eastside")
                / total("households_served", *cal24, "Eastside")
            ),
        ),
        one(
            COOP,
            "per-normalise",
            "What was the average number of people per household served at Town Centre in "
            "2024, taking individuals served over households served?",
            num(
                total("individuals_served", *cal24, "Town Centre")
                / total("households_served", *cal24, "Town Centre")
            ),
        ),
        one(
            COOP,
            "per-normalise",
            "Approximately how many food parcels were handed out per household served at "
            "Westgate in the 2024/25 financial year?",
            num(
                total("food_parcels", *fy24, "Westgate")
                / total("households_served", *fy24, "Westgate")
            ),
        ),
        one(
            COOP,
            "compare",
            "How did the number of households served at Eastside compare with Northside in "
            "the 2024/25 financial year?",
            num(hh_fy24["Eastside"], hh_fy24["Northside"]),
        ),
        one(
            COOP,
            "group",
            "Could you give the total new registrations for each branch during 2024?",
            num(*by_branch("new_registrations", *cal24).tolist()),
        ),
        one(
            COOP,
            "derived",
            "What proportion of all households served across the co-op in the 2024/25 "
            "financial year were served by the Eastside branch?",
            num(_pct(hh_fy24["Eastside"], hh_fy24.sum())),
        ),
        one(
            COOP,
            "date-part",
            "How many households were served across all branches in the fourth quarter of 2024?",
            num(total("households_served", "2024-10-01", "2024-12-01")),
        ),
        one(
            COOP,
            "numbers-in-question",
            "In how many months of 2024 did Eastside serve more than 540 households?",
            num((east_months["value"] > 540).sum()),
        ),
        one(
            COOP,
            "percent-change",
            "By what percentage did the weight of food distributed across all branches "
            "change between the 2023/24 and 2024/25 financial years?",
            num(
                pct_change(total("kg_food_distributed", *fy23), total("kg_food_distributed", *fy24))
            ),
        ),
        one(
            COOP,
            "ranking",
            "Could you rank the branches by the total weight of food distributed in 2024, "
            "showing the top three?",
            ranked(by_branch("kg_food_distributed", *cal24), 3),
        ),
        one(
            COOP,
            "superlative",
            "Which branch recorded the most new registrations in the 2024/25 financial year?",
            ranked(by_branch("new_registrations", *fy24), 1),
        ),
        one(
            COOP,
            "coverage",
            "Which years do the monthly programme figures cover, from first to last?",
            num(k["_d"].dt.year.min(), k["_d"].dt.year.max()),
        ),
        one(
            COOP,
            "coverage",
            "How many months of figures are there for the Westgate branch?",
            num(k[k["branch"] == "Westgate"]["month"].nunique()),
        ),
        one(
            COOP,
            "chart",
            "Please could you plot the households served each month across all branches as a "
            "line chart?",
            LINE,
        ),
        one(
            COOP,
            "chart",
            "Could you show the food distributed against the households served, month by "
            "month and branch by branch, as a scatter plot?",
            SCATTER,
        ),
        one(
            COOP,
            "unanswerable",
            "What difference did the food parcels make to families' wellbeing over the year?",
            NO,
        ),
        one(
            COOP,
            "unanswerable",
            "How many of the households served included children under school age?",
            NO,
        ),
        one(
            COOP,
            "unanswerable",
            "What were the households served figures for the Southbank branch?",
            NO,
        ),
        SealedCase(
            COOP,
            [
                (
                    "What were the total volunteer hours at Riverside in 2024?",
                    num(total("volunteer_hours", *cal24, "Riverside")),
                ),
                ("And at Northside?", num(total("volunteer_hours", *cal24, "Northside"))),
            ],
            "follow-up",
        ),
        SealedCase(
            COOP,
            [
                (
                    "How many households were served across all branches in the 2024/25 "
                    "financial year?",
                    num(hh_fy24.sum()),
                ),
                (
                    "What would that figure be excluding the Eastside branch?",
                    num(hh_fy24.drop("Eastside").sum()),
                ),
                (
                    "Could this be shown by branch as a bar chart for the report?",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            COOP,
            [
                (
                    "What was the average monthly cost per household at Westgate in 2024?",
                    num(rows("cost_per_household_gbp", *cal24, "Westgate")["value"].mean()),
                ),
                (
                    "And what was the highest monthly figure that year?",
                    num(rows("cost_per_household_gbp", *cal24, "Westgate")["value"].max()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            COOP,
            [
                (
                    "How many new registrations were there at Town Centre during the first "
                    "quarter of 2024?",
                    num(total("new_registrations", "2024-01-01", "2024-03-01", "Town Centre")),
                ),
                (
                    "And in the first quarter of 2025?",
                    num(total("new_registrations", "2025-01-01", "2025-03-01", "Town Centre")),
                ),
                ("What was the reason for the change?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            COOP,
            [
                (
                    "How many kilograms of food did Northside distribute in the 2024/25 "
                    "financial year?",
                    num(total("kg_food_distributed", *fy24, "Northside")),
                ),
                (
                    "And for the same period last year?",
                    num(total("kg_food_distributed", *fy23, "Northside")),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            COOP,
            [
                (
                    "How many active volunteers did Riverside have in January 2025?",
                    num(total("volunteers_active", "2025-01-01", "2025-01-01", "Riverside")),
                ),
                (
                    "And Eastside?",
                    num(total("volunteers_active", "2025-01-01", "2025-01-01", "Eastside")),
                ),
                ("How many of those volunteers are retired?", NO),
            ],
            "follow-up",
        ),
    ]


def _more() -> list[SealedCase]:
    raw = load(PLOTS)
    p = raw[raw["plot_code"] != "TOTAL"].copy()
    ten = p[p["tenancy_status"] != "Vacant"]
    starts = pd.to_datetime(ten["tenancy_start"]).dt.year.value_counts()
    c = load(CLINIC)
    c["_d"] = pd.to_datetime(c["appt_date"], format="%Y/%m/%d", errors="coerce").fillna(
        pd.to_datetime(c["appt_date"], format="%d-%b-%y", errors="coerce")
    )
    att = c[c["attendance"] == "ATT"]
    a23 = att[att["_d"].dt.year == 2023]
    a24 = att[att["_d"].dt.year == 2024]
    k = load(COOP)
    k["_d"] = pd.to_datetime(k["month"], format="%Y-%m")

    def kpi(indicator: str, start: str, end: str, branch: str | None = None) -> pd.DataFrame:
        sel = k[(k["indicator"] == indicator) & (k["_d"] >= start) & (k["_d"] <= end)]
        if branch is not None:
            sel = sel[sel["branch"] == branch]
        assert len(sel) and sel["value"].notna().all(), (indicator, start, end)
        return sel

    return [
        one(
            PLOTS,
            "compare",
            "How does the average plot size at Castle Field compare with that at Brook Meadow?",
            num(
                p[p["site"] == "Castle Field"]["plot_size_sq_m"].mean(),
                p[p["site"] == "Brook Meadow"]["plot_size_sq_m"].mean(),
            ),
        ),
        one(
            PLOTS,
            "group",
            "What is the total area of the plots at each site, in square metres?",
            num(*p.groupby("site")["plot_size_sq_m"].sum().tolist()),
        ),
        one(
            PLOTS,
            "percent-change",
            "By what percentage did the number of new tenancies change between 2021 and 2022, "
            "among current tenancies?",
            num(pct_change(starts[2021], starts[2022])),
        ),
        one(
            PLOTS,
            "ranking",
            "Which three sites have the largest tenanted area, including plots under notice?",
            ranked(ten.groupby("site")["plot_size_sq_m"].sum(), 3),
        ),
        one(
            PLOTS,
            "superlative",
            "Which site has the highest proportion of its plots standing vacant?",
            ranked(
                p.groupby("site")["tenancy_status"].apply(
                    lambda s: _pct((s == "Vacant").sum(), len(s))
                ),
                1,
            ),
        ),
        SealedCase(
            PLOTS,
            [
                (
                    "How many plots at Castle Field are vacant at present?",
                    num(((p["site"] == "Castle Field") & (p["tenancy_status"] == "Vacant")).sum()),
                ),
                ("And how long have they been standing empty?", NO),
            ],
            "follow-up",
        ),
        one(
            CLINIC,
            "compare",
            "How did fee income from attended appointments in 2024 compare between the High "
            "Street clinic and the outreach clinic?",
            num(
                a24[a24["clinic_site"] == "High Street"]["fee_gbp"].sum(),
                a24[a24["clinic_site"] == "Outreach"]["fee_gbp"].sum(),
            ),
        ),
        one(
            CLINIC,
            "group",
            "Could you set out the number of hearing aids fitted by each audiologist in 2024?",
            num(*a24.groupby("audiologist")["aids_fitted"].sum().tolist()),
        ),
        one(
            CLINIC,
            "percent-change",
            "By what percentage did fee income from attended appointments change between 2023 "
            "and 2024?",
            num(pct_change(a23["fee_gbp"].sum(), a24["fee_gbp"].sum())),
        ),
        one(
            CLINIC,
            "ranking",
            "Which three types of appointment brought in the most fee income in 2024?",
            ranked(a24.groupby("appt_type")["fee_gbp"].sum(), 3),
        ),
        one(
            CLINIC,
            "superlative",
            "Which audiologist fitted the most hearing aids in 2024?",
            ranked(a24.groupby("audiologist")["aids_fitted"].sum(), 1),
        ),
        one(
            CLINIC,
            "date-part",
            "How many appointments were attended on Fridays during 2024?",
            num((a24["_d"].dt.day_name() == "Friday").sum()),
        ),
        one(
            CLINIC,
            "numbers-in-question",
            "How many patients attended 5 or more appointments during 2024?",
            num((a24.groupby("patient_id").size() >= 5).sum()),
        ),
        one(
            COOP,
            "compare",
            "How did the total volunteer hours at Westgate compare with those at Riverside in "
            "the 2024/25 financial year?",
            num(
                kpi("volunteer_hours", "2024-04-01", "2025-03-01", "Westgate")["value"].sum(),
                kpi("volunteer_hours", "2024-04-01", "2025-03-01", "Riverside")["value"].sum(),
            ),
        ),
        one(
            COOP,
            "group",
            "What was the total weight of food distributed by each branch in the 2023/24 "
            "financial year?",
            num(
                *kpi("kg_food_distributed", "2023-04-01", "2024-03-01")
                .groupby("branch")["value"]
                .sum()
                .tolist()
            ),
        ),
        one(
            COOP,
            "percent-change",
            "By what percentage did the number of households served at Eastside change "
            "between 2023 and 2024?",
            num(
                pct_change(
                    kpi("households_served", "2023-01-01", "2023-12-01", "Eastside")["value"].sum(),
                    kpi("households_served", "2024-01-01", "2024-12-01", "Eastside")["value"].sum(),
                )
            ),
        ),
        one(
            COOP,
            "ranking",
            "Which three branches gave the most volunteer hours in the 2022/23 financial year?",
            ranked(
                kpi("volunteer_hours", "2022-04-01", "2023-03-01").groupby("branch")["value"].sum(),
                3,
            ),
        ),
        one(
            COOP,
            "superlative",
            "Which branch had the lowest average monthly cost per household during 2024?",
            ranked(
                kpi("cost_per_household_gbp", "2024-01-01", "2024-12-01")
                .groupby("branch")["value"]
                .mean(),
                1,
                ascending=True,
            ),
        ),
        one(
            COOP,
            "date-part",
            "How many food parcels were handed out across all branches in the first quarter "
            "of 2025?",
            num(kpi("food_parcels", "2025-01-01", "2025-03-01")["value"].sum()),
        ),
        SealedCase(
            COOP,
            [
                (
                    "How many individuals did Northside serve in the 2023/24 financial year?",
                    num(
                        kpi("individuals_served", "2023-04-01", "2024-03-01", "Northside")[
                            "value"
                        ].sum()
                    ),
                ),
                (
                    "And how many of them were of working age?",
                    NO,
                ),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return _plots() + _clinic() + _coop() + _more()
