"""Business tables, second half: a veterinary lab's monthly KPIs (long), taxi dispatch jobs,
florist orders. Asked by a site manager on a phone between jobs (terse, abbreviations, typos)."""

from __future__ import annotations

from tests.sealed14.cases import (
    BAR,
    BOX,
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

VET = "vet_lab_kpis.csv"
TAXI = "taxi_dispatch_jobs.csv"
FLOR = "florist_orders.csv"


def vet_lab() -> list[SealedCase]:
    v = load(VET)

    def kpi(name: str):
        return v[v["KPI"] == name]

    rcvd, rej, tat, rev, fte = (
        kpi("SAMPLES_RCVD"),
        kpi("SAMPLES_REJ"),
        kpi("TAT_HRS_AVG"),
        kpi("REV_EUR"),
        kpi("STAFF_FTE"),
    )
    rev24 = rev[rev["YEAR"] == 2024].groupby("LAB")["VALUE"].sum()
    tat24 = tat[tat["YEAR"] == 2024].groupby("LAB")["VALUE"].mean()
    rev_year = rev.groupby("YEAR")["VALUE"].sum()
    rcvd_year = rcvd.groupby("YEAR")["VALUE"].sum()
    east_rev = rev[rev["LAB"] == "VL-E"].groupby("YEAR")["VALUE"].sum()
    fte_lab = fte.groupby("LAB")["VALUE"].mean()
    rej_year = rej.groupby("YEAR")["VALUE"].sum()
    return [
        one(VET, "aggregate", "tot samples rcvd all labs all time", num(rcvd["VALUE"].sum())),
        one(VET, "group", "tot lab revenue by site 2024", num(*rev24)),
        one(
            VET,
            "ranking",
            "labs ranked by tot rejected samples",
            ranked(rej.groupby("LAB")["VALUE"].sum(), 3),
        ),
        one(VET, "superlative", "which lab slowest avg turnround in 2024", ranked(tat24, 1)),
        one(VET, "chart", "line of monthly samples in for vl-s", LINE),
        one(VET, "chart", "bar of tot revenue per lab", BAR),
        one(VET, "compare", "vl-n vs vl-s avg tat 2024", num(tat24["VL-N"], tat24["VL-S"])),
        one(VET, "coverage", "how many labs report in here", num(v["LAB"].nunique())),
        one(
            VET,
            "coverage",
            "which yrs does this go back to n up to",
            num(v["YEAR"].min(), v["YEAR"].max()),
        ),
        one(
            VET,
            "date-part",
            "tot samples rcvd in januarys, all yrs all labs",
            num(rcvd.loc[rcvd["MONTH"] == 1, "VALUE"].sum()),
        ),
        one(
            VET,
            "derived",
            "rejection rate % all labs 2024",
            num(rej_year[2024] / rcvd_year[2024] * 100),
        ),
        one(
            VET,
            "per-normalise",
            "revenue per sample rcvd, 2024, all labs",
            num(rev_year[2024] / rcvd_year[2024]),
        ),
        one(
            VET,
            "percent-change",
            "revnue growth 2024 vs 2023 %",
            num(pct_change(rev_year[2023], rev_year[2024])),
        ),
        one(
            VET,
            "numbers-in-question",
            "how many lab-months w/ tat over 30 hrs",
            num((tat["VALUE"] > 30).sum()),
        ),
        one(
            VET,
            "units-columns",
            "avg turnaround in days, 2024, all labs",
            num(tat.loc[tat["YEAR"] == 2024, "VALUE"].mean() / 24),
        ),
        one(VET, "long-format", "tot rejected samples 2022", num(rej_year[2022])),
        one(VET, "unanswerable", "which vet practice sends us the most samples", NO),
        one(VET, "unanswerable", "avg tat bloods vs histology", NO),
        one(VET, "unanswerable", "weekly samples in for the east lab", NO),
        SealedCase(
            VET,
            [
                ("vl-e revenue 2024", num(east_rev[2024])),
                ("and 2023", num(east_rev[2023])),
            ],
            "follow-up",
        ),
        SealedCase(
            VET,
            [
                ("avg fte south lab", num(fte_lab["VL-S"])),
                ("north", num(fte_lab["VL-N"])),
            ],
            "follow-up",
        ),
        SealedCase(
            VET,
            [
                ("samples rcvd 2023 tot", num(rcvd_year[2023])),
                ("and 2024", num(rcvd_year[2024])),
                ("% chg", num(pct_change(rcvd_year[2023], rcvd_year[2024]))),
            ],
            "follow-up",
        ),
    ]


def taxi() -> list[SealedCase]:
    x = load(TAXI, "job_dt", "%m/%d/%Y")
    x["_h"] = x["pu_tm"].str[:2].astype(int)
    done = x[x["sts"] == "C"]
    by_zone = x["zn"].value_counts()
    canc = x[x["sts"] == "X"]
    acct = done.groupby("acct")["fare_c"].sum() / 100
    month = x.groupby(x["_d"].dt.to_period("M")).size()
    return [
        one(TAXI, "aggregate", "avg trip miles, completed jobs", num(done["dist_mi"].mean())),
        one(TAXI, "aggregate", "longest single trip in mi", num(x["dist_mi"].max())),
        one(TAXI, "group", "# jobs by zone", num(*by_zone)),
        one(
            TAXI,
            "group",
            "avg trip miles per zone, completed only",
            num(*done.groupby("zn")["dist_mi"].mean()),
        ),
        one(
            TAXI,
            "ranking",
            "top 3 drivers by completed jobs",
            ranked(done["drv"].value_counts(), 3),
        ),
        one(
            TAXI,
            "superlative",
            "which zone has the longest avg trip",
            ranked(x.groupby("zn")["dist_mi"].mean(), 1),
        ),
        one(TAXI, "chart", "scatter miles v fare", SCATTER),
        one(TAXI, "chart", "box plot of trip mi by zone", BOX),
        one(TAXI, "compare", "jobs z3 vs z4", num(by_zone["Z3"], by_zone["Z4"])),
        one(TAXI, "coverage", "how many drivers on the boks", num(x["drv"].nunique())),
        one(
            TAXI, "date-part", "how many jobs on sundays", num((x["_d"].dt.day_of_week == 6).sum())
        ),
        one(TAXI, "date-part", "# pickups midnight to 6am", num((x["_h"] < 6).sum())),
        one(
            TAXI,
            "derived",
            "tips as % of tot fares, completed jobs",
            num(done["tip_c"].sum() / done["fare_c"].sum() * 100),
        ),
        one(
            TAXI,
            "per-normalise",
            "$ per mile on completed jobs",
            num(done["fare_c"].sum() / 100 / done["dist_mi"].sum()),
        ),
        one(
            TAXI,
            "percent-change",
            "# jobs dec 2024 vs nov 2024 % chg",
            num(pct_change(month["2024-11"], month["2024-12"])),
        ),
        one(TAXI, "numbers-in-question", "jobs ovr 10 mi how many", num((x["dist_mi"] > 10).sum())),
        one(
            TAXI,
            "numbers-in-question",
            "completed fares under $10 count",
            num((done["fare_c"] < 1000).sum()),
        ),
        one(
            TAXI,
            "units-columns",
            "tot fares in dollars, completed",
            num(done["fare_c"].sum() / 100),
        ),
        one(
            TAXI, "units-columns", "tot distance in km all jobs", num(x["dist_mi"].sum() * 1.609344)
        ),
        one(TAXI, "long-format", "how many no shows", num((x["sts"] == "N").sum())),
        one(TAXI, "unanswerable", "avg wait from call to pickup", NO),
        one(TAXI, "unanswerable", "which driver got the most complaints", NO),
        one(TAXI, "unanswerable", "fuel spend per driver this yr", NO),
        SealedCase(
            TAXI,
            [
                ("cancelled jobs how many", num(len(canc))),
                ("by zone", num(*canc["zn"].value_counts())),
            ],
            "follow-up",
        ),
        SealedCase(
            TAXI,
            [
                ("acct jobs tot fares $", num(acct["Y"])),
                ("and non acct", num(acct["N"])),
            ],
            "follow-up",
        ),
        SealedCase(
            TAXI,
            [
                ("avg tip on completed jobs in $", num(done["tip_c"].mean() / 100)),
                ("just acct jobs", num(done.loc[done["acct"] == "Y", "tip_c"].mean() / 100)),
            ],
            "follow-up",
        ),
    ]


def florist() -> list[SealedCase]:
    f = load(FLOR, "OrderDate", "%Y-%m-%d")
    f["_p"] = (
        f["Price"].str.replace("$", "", regex=False).str.replace(",", "", regex=False).astype(float)
    )
    done = f[f["Status"] == "done"]
    shop_sales = done.groupby("Shop")["_p"].sum()
    occ = f["OccasionCode"].value_counts()
    early_feb = f[(f["_d"].dt.month == 2) & (f["_d"].dt.day <= 14)]
    refunded = f[f["Status"] == "refunded"]
    wed = f[f["OccasionCode"] == "WED"]
    year_sales = done.groupby(done["_d"].dt.year)["_p"].sum()
    return [
        one(FLOR, "aggregate", "tot sales done orders only", num(done["_p"].sum())),
        one(
            FLOR,
            "group",
            "avg ordr value by shop, done only",
            num(*done.groupby("Shop")["_p"].mean()),
        ),
        one(FLOR, "ranking", "top 3 occasions by # orders", ranked(occ, 3)),
        one(
            FLOR,
            "superlative",
            "which shop shifts the most stems",
            ranked(f.groupby("Shop")["Stems"].sum(), 1),
        ),
        one(
            FLOR,
            "superlative",
            "priciest single order",
            num(f["_p"].max()),
        ),
        one(FLOR, "chart", "pie of oders by occasion", PIE),
        one(FLOR, "chart", "monthly sales line", LINE),
        one(
            FLOR,
            "compare",
            "high st vs station tot sales (done orders)",
            num(shop_sales["High St"], shop_sales["Station"]),
        ),
        one(
            FLOR,
            "compare",
            "avg stems bdy vs ann orders",
            num(*f.groupby("OccasionCode")["Stems"].mean()[["BDY", "ANN"]]),
        ),
        one(FLOR, "coverage", "how many orders logged", num(len(f))),
        one(FLOR, "date-part", "orders in feb all yrs", num((f["_d"].dt.month == 2).sum())),
        one(
            FLOR,
            "derived",
            "% of orders that went out for delivery (not collected)",
            num(f["DeliveryFee"].notna().mean() * 100),
        ),
        one(
            FLOR,
            "per-normalise",
            "$ per stem, done orders",
            num(done["_p"].sum() / done["Stems"].sum()),
        ),
        one(
            FLOR,
            "percent-change",
            "orders feb 1-14 2025 vs same days 2024 % chg",
            num(
                pct_change(
                    (early_feb["_d"].dt.year == 2024).sum(), (early_feb["_d"].dt.year == 2025).sum()
                )
            ),
        ),
        one(
            FLOR,
            "percent-change",
            "sales growth 2024 on 2023 %, done orders",
            num(pct_change(year_sales[2023], year_sales[2024])),
        ),
        one(FLOR, "numbers-in-question", "orders over $100 how many", num((f["_p"] > 100).sum())),
        one(
            FLOR,
            "units-columns",
            "avg order value in cents, done orders",
            num(done["_p"].mean() * 100),
        ),
        one(
            FLOR,
            "per-normalise",
            "delivery fee per delivered order avg",
            num(f["DeliveryFee"].mean()),
        ),
        one(FLOR, "long-format", "how many sym orders", num(occ["SYM"])),
        one(FLOR, "unanswerable", "which florist on staff made the most bouquets", NO),
        one(FLOR, "unanswerable", "avg cust rating per shop", NO),
        one(FLOR, "unanswerable", "stems binned as waste per wk", NO),
        SealedCase(
            FLOR,
            [
                ("refunded orders count", num(len(refunded))),
                ("tot $ of them", num(refunded["_p"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            FLOR,
            [
                ("wedding orders avg stems", num(wed["Stems"].mean())),
                ("and avg price", num(wed["_p"].mean())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return vet_lab() + taxi() + florist()
