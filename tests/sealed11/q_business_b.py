"""Conversations over the generated tables self_storage_metrics.csv, pest_control_jobs.csv
and driving_lessons.csv."""

from __future__ import annotations

from tests.sealed11.cases import (
    BAR,
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

STORE = "self_storage_metrics.csv"
PEST = "pest_control_jobs.csv"
DRIVE = "driving_lessons.csv"


def self_storage_metrics() -> list[SealedCase]:
    s = load(STORE, "Month", "%b %Y")
    # One row per facility and month, one column per metric (blank rates stay missing).
    w = s.pivot(index=["_d", "Facility"], columns="Metric", values="Value").reset_index()
    w["year"] = w["_d"].dt.year
    income = "Rental Income (GBP)"
    by_year = w.groupby(["year", "Facility"])[income].sum()
    assert by_year[(2023, "KRK")] > by_year[(2022, "KRK")]
    w["occ"] = w["Units Occupied"] / w["Units Total"]

    def at(month: str, facility: str, metric: str) -> float:
        row = w[(w["_d"] == month) & (w["Facility"] == facility)]
        assert len(row) == 1
        return row[metric].iloc[0]

    def month_total(month: str, metric: str) -> float:
        return w[w["_d"] == month][metric].sum()

    arm22 = w[(w["Facility"] == "ARM") & (w["year"] == 2022)]
    wtb = w[w["Facility"] == "WTB"]
    krk = w[w["Facility"] == "KRK"]
    q3 = w[(w["year"] == 2024) & w["_d"].dt.month.isin([7, 8, 9])]
    dec24 = w[w["_d"] == "2024-12-01"]
    return [
        one(
            STORE,
            "long-format",
            "total rental income in 2024, all sites",
            num(w[w["year"] == 2024][income].sum()),
        ),
        one(
            STORE,
            "long-format",
            "occupancy rate at HDG in dec 2024 (occupied / total units), pct",
            num(
                at("2024-12-01", "HDG", "Units Occupied")
                / at("2024-12-01", "HDG", "Units Total")
                * 100
            ),
        ),
        one(
            STORE,
            "long-format",
            "total move-ins across all facilities in 2023",
            num(w[w["year"] == 2023]["Move Ins"].sum()),
        ),
        one(
            STORE,
            "long-format",
            "how many units does PDS have now, as of the latest month",
            num(at("2024-12-01", "PDS", "Units Total")),
        ),
        one(
            STORE,
            "long-format",
            "avg move outs per month at KRK in 2022",
            num(krk[krk["year"] == 2022]["Move Outs"].mean()),
        ),
        one(
            STORE,
            "group",
            "2024 rental income by facility",
            num(*by_year.loc[2024]),
        ),
        one(
            STORE,
            "ranking",
            "rank the facilities by 2023 rental income",
            ranked(by_year.loc[2023]),
        ),
        one(
            STORE,
            "compare",
            "ARM in 2022: move ins vs move outs",
            num(arm22["Move Ins"].sum(), arm22["Move Outs"].sum()),
        ),
        one(
            STORE,
            "superlative",
            "highest monthly rental income for a single site - what was it",
            num(w[income].max()),
        ),
        one(
            STORE,
            "percent-change",
            "KRK rental income growth 2022 -> 2023, pct",
            num(pct_change(by_year[(2022, "KRK")], by_year[(2023, "KRK")])),
        ),
        one(
            STORE,
            "date-part",
            "rental income accross all sites in q3 2024",
            num(q3[income].sum()),
        ),
        one(
            STORE,
            "per-normalise",
            "rental income per occupied unit at PDS in june 2024",
            num(at("2024-06-01", "PDS", income) / at("2024-06-01", "PDS", "Units Occupied")),
        ),
        one(
            STORE,
            "numbers-in-question",
            "in how many facility-months was occupancy above 95%",
            num((w["occ"] > 0.95).sum()),
        ),
        one(STORE, "chart", "line chart of HDG's monthly rental income", LINE),
        one(
            STORE,
            "coverage",
            "first and last year covered, and how many facilities",
            num(w["year"].min(), w["year"].max(), w["Facility"].nunique()),
        ),
        one(
            STORE,
            "units-columns",
            "total 2024 rental income in thousands of pounds",
            num(w[w["year"] == 2024][income].sum() / 1000),
        ),
        one(
            STORE,
            "derived",
            "net move-ins (ins minus outs) at WTB since it opened",
            num(wtb["Move Ins"].sum() - wtb["Move Outs"].sum()),
        ),
        one(
            STORE,
            "derived",
            "vacant units across all sites in dec 2024 (total minus occupied)",
            num(dec24["Units Total"].sum() - dec24["Units Occupied"].sum()),
        ),
        one(STORE, "unanswerable", "how many customers rent climate controlled units", NO),
        one(STORE, "unanswerable", "forecast next year's rental income for us", NO),
        one(STORE, "unanswerable", "which customer is furthest behind on rent", NO),
        SealedCase(
            STORE,
            [
                (
                    "avg rate per sq ft at KRK in 2023 (skip blanks)",
                    num(krk[krk["year"] == 2023]["Avg Rate (GBP/sqft)"].mean()),
                ),
                ("same for 2024", num(krk[krk["year"] == 2024]["Avg Rate (GBP/sqft)"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            STORE,
            [
                (
                    "move outs at HDG in 2024",
                    num(w[(w["Facility"] == "HDG") & (w["year"] == 2024)]["Move Outs"].sum()),
                ),
                (
                    "and at PDS",
                    num(w[(w["Facility"] == "PDS") & (w["year"] == 2024)]["Move Outs"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            STORE,
            [
                (
                    "total units occupied across the sites in dec 2022",
                    num(month_total("2022-12-01", "Units Occupied")),
                ),
                ("and dec 2023?", num(month_total("2023-12-01", "Units Occupied"))),
            ],
            "follow-up",
        ),
    ]


def pest_control_jobs() -> list[SealedCase]:
    p = load(PEST, "Call Date", "%d/%m/%Y")
    p["year"] = p["_d"].dt.year
    inv = "Invoice (GBP)"
    yearly = p.groupby("year")[inv].sum()
    assert yearly[2024] > yearly[2022]
    rats23 = p[(p["Pest"] == "RAT") & (p["year"] == 2023)]
    com = p[p["Premises"] == "COM"]
    callback = p.groupby("Pest")["Callback"].apply(lambda c: (c == "Y").mean() * 100)
    t04 = p[p["Tech"] == "T04"]
    labour = p.groupby("Pest")["Labour (hrs)"].mean()
    return [
        one(PEST, "aggregate", "total invoiced in 2023", num(yearly[2023])),
        one(
            PEST,
            "date-part",
            "wasp jobs in august 2024",
            num(((p["Pest"] == "WSP") & (p["_d"].dt.to_period("M") == "2024-08")).sum()),
        ),
        one(
            PEST,
            "date-part",
            "which month of 2023 had the most rat jobs - how many",
            num(rats23.groupby(rats23["_d"].dt.month).size().max()),
        ),
        one(
            PEST,
            "group",
            "avg invoice by premises type",
            num(*p.groupby("Premises")[inv].mean()),
        ),
        one(
            PEST,
            "ranking",
            "top 3 pests by number of jobs",
            ranked(p.groupby("Pest").size()),
        ),
        one(
            PEST,
            "compare",
            "callback rate for bed bugs vs rats, pct",
            num(callback["BBG"], callback["RAT"]),
        ),
        one(PEST, "superlative", "priciest job ever invoiced?", num(p[inv].max())),
        one(
            PEST,
            "numbers-in-question",
            "jobs invoiced over £400",
            num((p[inv] > 400).sum()),
        ),
        one(
            PEST,
            "per-normalise",
            "invoice per labour hour overall for commercial premises",
            num(com[inv].sum() / com["Labour (hrs)"].sum()),
        ),
        one(
            PEST,
            "units-columns",
            "total bait used in 2024 in kg",
            num(p[p["year"] == 2024]["Bait (g)"].sum() / 1000),
        ),
        one(
            PEST,
            "units-columns",
            "spray used on bed bug jobs, in litres",
            num(p[p["Pest"] == "BBG"]["Spray (ml)"].sum() / 1000),
        ),
        one(
            PEST,
            "percent-change",
            "revnue growth 2022 -> 2024 pct",
            num(pct_change(yearly[2022], yearly[2024])),
        ),
        one(PEST, "chart", "pie of jobs by depot", PIE),
        one(
            PEST,
            "coverage",
            "how many jobs are there, and the first and last year",
            num(len(p), p["year"].min(), p["year"].max()),
        ),
        one(
            PEST,
            "derived",
            "how many jobs used both bait and spray",
            num((p["Bait (g)"].notna() & p["Spray (ml)"].notna()).sum()),
        ),
        one(PEST, "unanswerable", "which customer had the most call outs", NO),
        one(PEST, "unanswerable", "how many rats were caught in total", NO),
        one(PEST, "unanswerable", "profit margin on wasp nest jobs?", NO),
        SealedCase(
            PEST,
            [
                ("how many jobs did T04 do in 2023", num((t04["year"] == 2023).sum())),
                ("and in 2024?", num((t04["year"] == 2024).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            PEST,
            [
                ("avg labour hrs for bird jobs", num(labour["BRD"])),
                ("now for wasps", num(labour["WSP"])),
                ("bar chart of avg labour hours by pest", BAR),
            ],
            "follow-up",
        ),
    ]


def driving_lessons() -> list[SealedCase]:
    d = load(DRIVE, "Date", "%m/%d/%Y")
    d["year"] = d["_d"].dt.year
    fee = "Fee ($)"
    yearly = d.groupby("year")[fee].sum()
    assert yearly[2024] > yearly[2023]
    tests = d[d["Result"].notna()]
    pass_rate = tests.groupby("Gearbox")["Result"].apply(lambda r: (r == "PASS").mean() * 100)
    done = d[d["Status"] == "C"]
    std = done[done["Type"] == "STD"]
    mwy = done[done["Type"] == "MWY"]
    y23 = d[d["year"] == 2023]
    y24 = d[d["year"] == 2024]
    return [
        one(DRIVE, "aggregate", "total fees taken in 2024", num(yearly[2024])),
        one(
            DRIVE,
            "derived",
            "test pass rate overall, pct",
            num((tests["Result"] == "PASS").mean() * 100),
        ),
        one(
            DRIVE,
            "compare",
            "pass rate auto vs manual",
            num(pass_rate["AUTO"], pass_rate["MAN"]),
        ),
        one(DRIVE, "group", "number of lessons by type", num(*d.groupby("Type").size())),
        one(
            DRIVE,
            "ranking",
            "rank instructors by fees in 2024, top 3",
            ranked(y24.groupby("Instructor")[fee].sum()),
        ),
        one(DRIVE, "superlative", "longest drive in miles", num(d["Miles"].max())),
        one(
            DRIVE,
            "numbers-in-question",
            "how many lessons were 2 hrs or longer",
            num((d["Duration (min)"] >= 120).sum()),
        ),
        one(
            DRIVE,
            "numbers-in-question",
            "lessons charged over $100?",
            num((d[fee] > 100).sum()),
        ),
        one(
            DRIVE,
            "per-normalise",
            "fee per hour overall for completed standard lessons (total fees / total hours)",
            num(std[fee].sum() / (std["Duration (min)"].sum() / 60)),
        ),
        one(
            DRIVE,
            "per-normalise",
            "miles per hour of driving on completed motorway lessons",
            num(mwy["Miles"].sum() / (mwy["Duration (min)"].sum() / 60)),
        ),
        one(
            DRIVE,
            "units-columns",
            "total miles driven in 2023 in km",
            num(y23["Miles"].sum() * 1.609344),
        ),
        one(
            DRIVE,
            "units-columns",
            "total lesson time in 2024 in hours, completed lessons only",
            num(done[done["year"] == 2024]["Duration (min)"].sum() / 60),
        ),
        one(
            DRIVE,
            "date-part",
            "how many lessons start before noon",
            num((d["Start"] < "12:00").sum()),
        ),
        one(
            DRIVE,
            "date-part",
            "busiest month of 2023 by lessons booked, how many",
            num(y23.groupby(y23["_d"].dt.month).size().max()),
        ),
        one(
            DRIVE,
            "percent-change",
            "yoy change in fees 2023 to 2024, pct",
            num(pct_change(yearly[2023], yearly[2024])),
        ),
        one(DRIVE, "chart", "bar chart of lessons per instructor", BAR),
        one(
            DRIVE,
            "coverage",
            "how many lessons, how many different pupils, and which years (first, last)",
            num(len(d), d["Pupil ID"].nunique(), d["year"].min(), d["year"].max()),
        ),
        one(DRIVE, "unanswerable", "avg age of the pupils", NO),
        one(DRIVE, "unanswerable", "which car model has the best pass rate", NO),
        one(DRIVE, "unanswerable", "how many pupils passed their theory test", NO),
        SealedCase(
            DRIVE,
            [
                ("no-shows in 2023", num((y23["Status"] == "NS").sum())),
                ("and late cancellations?", num((y23["Status"] == "LC").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            DRIVE,
            [
                ("avg fee for mock tests", num(d[d["Type"] == "MCK"][fee].mean())),
                ("same for motorway lessons", num(d[d["Type"] == "MWY"][fee].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            DRIVE,
            [
                ("lessons with INS05 in 2024", num((y24["Instructor"] == "INS05").sum())),
                ("and INS02", num((y24["Instructor"] == "INS02").sum())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return self_storage_metrics() + pest_control_jobs() + driving_lessons()
