"""Conversations over the generated tables ski_lift_scans.csv, recycling_weighbridge.csv and
translation_jobs.csv."""

from __future__ import annotations

import pandas as pd

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

SKI = "ski_lift_scans.csv"
WEIGH = "recycling_weighbridge.csv"
TRANS = "translation_jobs.csv"


def ski_lift_scans() -> list[SealedCase]:
    k = load(SKI, "Scan Date", "%d-%b-%y")
    # A season runs December - April and is named by the year of its December.
    k["season"] = k["_d"].dt.year.where(k["_d"].dt.month == 12, k["_d"].dt.year - 1)
    seasons = k.groupby("season")["Scans"].sum()
    assert seasons[2023] > seasons[2022]
    daily = k.groupby("_d")["Scans"].sum()
    weekend = daily[daily.index.day_of_week >= 5]
    weekday = daily[daily.index.day_of_week < 5]
    by_lift = k.groupby("Lift")["Scans"].sum()
    s23 = k[k["season"] == 2023]
    s22 = k[k["season"] == 2022]
    s22_lift = s22.groupby("Lift")["Scans"].sum()
    child = k[k["Pass Cat"] == "CHD"]
    return [
        one(SKI, "aggregate", "total lift scans in the 2022/23 season", num(seasons[2022])),
        one(
            SKI,
            "date-part",
            "which day of the week sees the most scans? total for it",
            num(k.groupby(k["_d"].dt.day_of_week)["Scans"].sum().max()),
        ),
        one(
            SKI,
            "date-part",
            "scans in feb 2024",
            num(k[(k["_d"].dt.year == 2024) & (k["_d"].dt.month == 2)]["Scans"].sum()),
        ),
        one(SKI, "group", "scans per lift, all seasons togther", num(*by_lift)),
        one(
            SKI,
            "group",
            "breakdown of 23-24 season scans by pass category",
            num(*s23.groupby("Pass Cat")["Scans"].sum()),
        ),
        one(SKI, "ranking", "rank the lifts by total scans", ranked(by_lift)),
        one(
            SKI,
            "compare",
            "avg daily scans (all lifts) on weekends vs weekdays",
            num(weekend.mean(), weekday.mean()),
        ),
        one(
            SKI,
            "percent-change",
            "season on season pct change in scans, 22/23 to 23/24",
            num(pct_change(seasons[2022], seasons[2023])),
        ),
        one(
            SKI,
            "per-normalise",
            "avg scans per operating day in the 2021-22 season",
            num(seasons[2021] / k[k["season"] == 2021]["_d"].nunique()),
        ),
        one(
            SKI,
            "superlative",
            "busiest single day - how many scans across all lifts",
            num(daily.max()),
        ),
        one(
            SKI,
            "long-format",
            "child pass scans on the nursery t-bar, all time",
            num(child[child["Lift"] == "Nursery T-Bar"]["Scans"].sum()),
        ),
        one(
            SKI,
            "long-format",
            "season pass share of all scans in 2023/24, pct",
            num(s23[s23["Pass Cat"] == "SSN"]["Scans"].sum() / s23["Scans"].sum() * 100),
        ),
        one(
            SKI,
            "long-format",
            "on how many days did the ridge chair run",
            num(k[k["Lift"] == "Ridge Chair"]["_d"].nunique()),
        ),
        one(
            SKI,
            "numbers-in-question",
            "how many days had over 12k scans in total",
            num((daily > 12000).sum()),
        ),
        one(
            SKI,
            "units-columns",
            "total scans on the summit gondola, in thousands",
            num(by_lift["Summit Gondola"] / 1000),
        ),
        one(SKI, "chart", "line chart of daily total scans", LINE),
        one(
            SKI,
            "coverage",
            "first and last year of data, and on how many days did the lifts run",
            num(k["_d"].dt.year.min(), k["_d"].dt.year.max(), k["_d"].nunique()),
        ),
        one(SKI, "unanswerable", "how much revenue did the day passes bring in", NO),
        one(SKI, "unanswerable", "how many scans will we get next season", NO),
        one(SKI, "unanswerable", "which skier rode the gondola the most", NO),
        SealedCase(
            SKI,
            [
                (
                    "total scans on the ridge chair in the 22/23 season",
                    num(s22_lift["Ridge Chair"]),
                ),
                ("and eagle express?", num(s22_lift["Eagle Express"])),
                ("now a bar chart of that season by lift", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            SKI,
            [
                (
                    "total child scans in jan 2023",
                    num(child[child["_d"].dt.to_period("M") == "2023-01"]["Scans"].sum()),
                ),
                (
                    "what about jan 2024?",
                    num(child[child["_d"].dt.to_period("M") == "2024-01"]["Scans"].sum()),
                ),
            ],
            "follow-up",
        ),
    ]


def recycling_weighbridge() -> list[SealedCase]:
    w = load(WEIGH, "WEIGH_IN", "%m/%d/%Y %H:%M")
    w["net"] = w["GROSS_KG"] - w["TARE_KG"]
    w["year"] = w["_d"].dt.year
    yearly = w.groupby("year").size()
    assert yearly[2024] > yearly[2023]
    y23 = w[w["year"] == 2023]
    grn = w[(w["MATERIAL"] == "GRN") & (w["year"] == 2023) & w["_d"].dt.month.isin([6, 7, 8])]
    contam = w.groupby("MATERIAL")["CONTAM_PCT"].mean()
    h03 = w[w["HAULER"] == "HLR-03"]
    rejected = w[w["REJECTED"] == "Y"]
    steel = w[(w["MATERIAL"] == "FE") & (w["REJECTED"] == "N")]
    return [
        one(
            WEIGH,
            "derived",
            "total net tonnage received in 2024 (gross minus tare)",
            num(w[w["year"] == 2024]["net"].sum() / 1000),
        ),
        one(
            WEIGH,
            "units-columns",
            "how many tonnes of glass came in, all time",
            num(w[w["MATERIAL"] == "GLS"]["net"].sum() / 1000),
        ),
        one(
            WEIGH,
            "units-columns",
            "total rebates paid out, in thousands of dollars",
            num(w["REBATE_USD"].sum() / 1000),
        ),
        one(WEIGH, "aggregate", "total gate fees charged", num(w["GATE_FEE_USD"].sum())),
        one(WEIGH, "group", "number of loads per material", num(*w.groupby("MATERIAL").size())),
        one(
            WEIGH,
            "ranking",
            "top 3 haulers by net kg delivered",
            ranked(w.groupby("HAULER")["net"].sum()),
        ),
        one(
            WEIGH,
            "ranking",
            "3 materials with the highest avg contamination (inspected loads)",
            ranked(contam),
        ),
        one(
            WEIGH,
            "compare",
            "avg contamination pct PET vs HDPE loads, where inspected",
            num(contam["PET"], contam["HDPE"]),
        ),
        one(WEIGH, "superlative", "heaviest single net load in kg?", num(w["net"].max())),
        one(
            WEIGH,
            "numbers-in-question",
            "how many loads had contamination over 10%",
            num((w["CONTAM_PCT"] > 10).sum()),
        ),
        one(
            WEIGH,
            "numbers-in-question",
            "loads with a gross weight above 25,000 kg - count?",
            num((w["GROSS_KG"] > 25000).sum()),
        ),
        one(
            WEIGH,
            "per-normalise",
            "loads per operating day in 2023",
            num(len(y23) / y23["_d"].dt.date.nunique()),
        ),
        one(
            WEIGH,
            "per-normalise",
            "rebate per tonne for steel (FE) overall",
            num(steel["REBATE_USD"].sum() / (steel["net"].sum() / 1000)),
        ),
        one(
            WEIGH,
            "date-part",
            "which hour of the day gets the most weigh-ins - how many",
            num(w.groupby(w["_d"].dt.hour).size().max()),
        ),
        one(
            WEIGH,
            "date-part",
            "net kg of green waste in jun-aug 2023",
            num(grn["net"].sum()),
        ),
        one(
            WEIGH,
            "percent-change",
            "yoy change in number of loads 2023 -> 2024, pct",
            num(pct_change(yearly[2023], yearly[2024])),
        ),
        one(WEIGH, "chart", "pie of loads by material", PIE),
        one(
            WEIGH,
            "coverage",
            "how many tickets are there, and the first & last year",
            num(len(w), w["year"].min(), w["year"].max()),
        ),
        one(WEIGH, "unanswerable", "which driver brought in the heaviest load", NO),
        one(WEIGH, "unanswerable", "how much carbon did the hauler trucks emit", NO),
        one(WEIGH, "unanswerable", "why were more loads rejected in the spring", NO),
        SealedCase(
            WEIGH,
            [
                ("avg tare weight for HLR-03", num(h03["TARE_KG"].mean())),
                ("same but median", num(h03["TARE_KG"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            WEIGH,
            [
                ("how many loads were rejected in 2023", num((rejected["year"] == 2023).sum())),
                ("and in 2024?", num((rejected["year"] == 2024).sum())),
                ("show rejected loads per material as a bar chart", BAR),
            ],
            "follow-up",
        ),
    ]


def translation_jobs() -> list[SealedCase]:
    t = load(TRANS, "received", "%d/%m/%Y")
    t["year"] = t["_d"].dt.year
    t["done"] = pd_dates(t["delivered"])
    t["dueD"] = pd_dates(t["due"])
    delivered = t[t["status"] == "DELIVERED"]
    yearly = t.groupby("year").size()
    assert yearly[2023] > yearly[2022]
    reviewed = t[t["qaErrors"].notna()]
    rush = delivered[delivered["rush"] == "Y"]
    normal = delivered[delivered["rush"] == "N"]
    cancelled = t[t["status"] == "CANCELLED"]
    y22 = t[t["year"] == 2022]
    return [
        one(
            TRANS,
            "aggregate",
            "total word count of all jobs we received in 2023",
            num(t[t["year"] == 2023]["wordCount"].sum()),
        ),
        one(
            TRANS,
            "derived",
            "total value of delivered jobs - words times rate per word",
            num((delivered["wordCount"] * delivered["ratePerWord_EUR"]).sum()),
        ),
        one(
            TRANS,
            "derived",
            "how many delivered jobs were late, i.e. delivered after the due date",
            num((delivered["done"] > delivered["dueD"]).sum()),
        ),
        one(
            TRANS,
            "group",
            "avg job size in words by target language",
            num(*t.groupby("tgtLang")["wordCount"].mean()),
        ),
        one(
            TRANS,
            "ranking",
            "top 3 translators by total words delivered",
            ranked(delivered.groupby("translatorId")["wordCount"].sum()),
        ),
        one(
            TRANS,
            "ranking",
            "bottom 3 target languages by number of jobs",
            ranked(t.groupby("tgtLang").size(), ascending=True),
        ),
        one(
            TRANS,
            "compare",
            "avg qa errors on rush vs non-rush jobs (reviewed ones only)",
            num(
                reviewed[reviewed["rush"] == "Y"]["qaErrors"].mean(),
                reviewed[reviewed["rush"] == "N"]["qaErrors"].mean(),
            ),
        ),
        one(
            TRANS,
            "compare",
            "average word count, LEG jobs vs MKT jobs",
            num(
                t[t["clientSector"] == "LEG"]["wordCount"].mean(),
                t[t["clientSector"] == "MKT"]["wordCount"].mean(),
            ),
        ),
        one(TRANS, "superlative", "biggest job in words?", num(t["wordCount"].max())),
        one(
            TRANS,
            "numbers-in-question",
            "jobs over 5k words received in 2024 - how many",
            num(((t["year"] == 2024) & (t["wordCount"] > 5000)).sum()),
        ),
        one(
            TRANS,
            "per-normalise",
            "qa errors per 1,000 words across the reviewed jobs",
            num(reviewed["qaErrors"].sum() / reviewed["wordCount"].sum() * 1000),
        ),
        one(
            TRANS,
            "date-part",
            "which month of 2022 had the most jobs come in, and how many",
            num(y22.groupby(y22["_d"].dt.month).size().max()),
        ),
        one(
            TRANS,
            "date-part",
            "how many jobs did we receive on mondays in 2024",
            num(((t["year"] == 2024) & (t["_d"].dt.day_of_week == 0)).sum()),
        ),
        one(
            TRANS,
            "percent-change",
            "yoy pct change in jobs received, 2022 to 2023",
            num(pct_change(yearly[2022], yearly[2023])),
        ),
        one(TRANS, "chart", "bar chart of jobs by client sector", BAR),
        one(
            TRANS,
            "coverage",
            "how many jobs in total, and the first and last year received",
            num(len(t), t["year"].min(), t["year"].max()),
        ),
        one(
            TRANS,
            "units-columns",
            "avg rate per word in euro cents",
            num(t["ratePerWord_EUR"].mean() * 100),
        ),
        one(TRANS, "unanswerable", "which client sent us the most work", NO),
        one(TRANS, "unanswerable", "what do we pay the translators per hour", NO),
        one(TRANS, "unanswerable", "how many jobs were machine translated first", NO),
        SealedCase(
            TRANS,
            [
                (
                    "avg turnaround in calendar days (received to delivered) for rush jobs",
                    num((rush["done"] - rush["_d"]).dt.days.mean()),
                ),
                ("and non-rush?", num((normal["done"] - normal["_d"]).dt.days.mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            TRANS,
            [
                ("cancelled jobs in 2024?", num((cancelled["year"] == 2024).sum())),
                ("what about 2023", num((cancelled["year"] == 2023).sum())),
            ],
            "follow-up",
        ),
    ]


def pd_dates(column: pd.Series) -> pd.Series:
    """A `dd/mm/yyyy` text column as dates (blanks stay missing)."""
    return pd.to_datetime(column, format="%d/%m/%Y")


def cases() -> list[SealedCase]:
    return ski_lift_scans() + recycling_weighbridge() + translation_jobs()
