"""Conversations over the generated tables energy_prices, school_grades and
retail_weekly_sales."""

from __future__ import annotations

import pandas as pd

from tests.sealed4.cases import BAR, LINE, NO, SealedCase, load, num, one, pct_change, ranked


def _energy() -> pd.DataFrame:
    frame = load("energy_prices.csv")
    frame["_d"] = pd.to_datetime(frame["trade_date"].astype(str), format="%Y%m%d")
    return frame


def energy_prices() -> list[SealedCase]:
    t = "energy_prices.csv"
    e = _energy()
    year = e["_d"].dt.year
    zone = e["zone"]
    base = e["base_EUR_MWh"]
    de = zone == "DE-LU"
    weekend = e["_d"].dt.day_of_week >= 5
    june_23 = de & (year == 2023) & (e["_d"].dt.month == 6)
    quarter = e["_d"].dt.quarter
    nl_month = base[zone == "NL"].groupby(e.loc[zone == "NL", "_d"].dt.month).mean()
    return [
        one(
            t,
            "aggregate",
            "avg baseload price in DE-LU in 2022",
            num(base[de & (year == 2022)].mean()),
        ),
        one(
            t,
            "aggregate",
            "total load in GWh for FR in 2023",
            num(e.loc[(zone == "FR") & (year == 2023), "load_GWh"].sum()),
        ),
        one(
            t,
            "percent-change",
            "yoy pct change in FR's avg baseload price, 2021 to 2022",
            num(
                pct_change(
                    base[(zone == "FR") & (year == 2021)].mean(),
                    base[(zone == "FR") & (year == 2022)].mean(),
                )
            ),
        ),
        one(
            t,
            "percent-change",
            "% change in AT average peakload price from Q1 2021 to Q1 2022",
            num(
                pct_change(
                    e.loc[(zone == "AT") & (year == 2021) & (quarter == 1), "peak_EUR_MWh"].mean(),
                    e.loc[(zone == "AT") & (year == 2022) & (quarter == 1), "peak_EUR_MWh"].mean(),
                )
            ),
        ),
        one(
            t,
            "coverage",
            "which years does the price data cover",
            num(year.min(), year.max()),
        ),
        one(
            t,
            "ranking",
            "rank the zones by total wind generaton in 2023",
            ranked(e[year == 2023].groupby("zone")["wind_GWh"].sum(), 5),
        ),
        one(
            t,
            "derived",
            "solar as a pct of load for DE-LU in june 2023 (total solar / total load)",
            num(e.loc[june_23, "solar_GWh"].sum() / e.loc[june_23, "load_GWh"].sum() * 100),
        ),
        one(
            t,
            "derived",
            "avg spread between peak and base price in NL over the whole data",
            num((e["peak_EUR_MWh"] - base)[zone == "NL"].mean()),
        ),
        one(
            t,
            "group",
            "avg peak price by zone in 2023",
            num(*e[year == 2023].groupby("zone")["peak_EUR_MWh"].mean()),
        ),
        one(
            t,
            "superlative",
            "highest single-day baseload price in the data - which zone and how much",
            num(base.max()),
        ),
        one(
            t,
            "numbers-in-question",
            "on how many days did AT baseload go above EUR 300/MWh",
            num((base[zone == "AT"] > 300).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "days where DE-LU wind generation exceeded 1,000 GWh",
            num((e.loc[de, "wind_GWh"] > 1000).sum()),
        ),
        one(
            t,
            "compare",
            "de-lu avg baseload: weekends vs weekdays?",
            num(base[de & weekend].mean(), base[de & ~weekend].mean()),
        ),
        one(
            t,
            "compare",
            "was BE or NL cheaper on avg in 2023 (baseload)",
            num(
                base[(zone == "BE") & (year == 2023)].mean(),
                base[(zone == "NL") & (year == 2023)].mean(),
            ),
        ),
        one(
            t,
            "date-part",
            "for NL, which month of the year has the highest avg baseload price over all years? "
            "give the avg",
            num(nl_month.max()),
        ),
        one(
            t,
            "date-part",
            "avg FR baseload on mondays",
            num(base[(zone == "FR") & (e["_d"].dt.day_of_week == 0)].mean()),
        ),
        one(
            t,
            "group",
            "total wind gwh per year for DE-LU",
            num(*e.loc[de, "wind_GWh"].groupby(year[de]).sum()),
        ),
        one(
            t,
            "per-normalise",
            "avg load GWh per day for AT",
            num(e.loc[zone == "AT", "load_GWh"].mean()),
        ),
        one(
            t,
            "per-normalise",
            "total load per zone in 2022",
            num(*e[year == 2022].groupby("zone")["load_GWh"].sum()),
        ),
        one(
            t,
            "units-columns",
            "total DE-LU load in 2023 in TWh",
            num(e.loc[de & (year == 2023), "load_GWh"].sum() / 1000),
        ),
        one(t, "unanswerable", "what was the gas price in germany in 2022", NO),
        one(t, "unanswerable", "hourly price at 6pm on 1 march 2022 in DE-LU", NO),
        one(t, "unanswerable", "avg baseload price in italy in 2023", NO),
        one(t, "unanswerable", "average baseload price in 2024 for FR", NO),
        SealedCase(
            t,
            [
                (
                    "avg base price DE-LU in Q1 2022",
                    num(base[de & (year == 2022) & (quarter == 1)].mean()),
                ),
                ("and for Q1 2023?", num(base[de & (year == 2023) & (quarter == 1)].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "total solar GWh for BE in 2022",
                    num(e.loc[(zone == "BE") & (year == 2022), "solar_GWh"].sum()),
                ),
                (
                    "and what about NL",
                    num(e.loc[(zone == "NL") & (year == 2022), "solar_GWh"].sum()),
                ),
            ],
            "follow-up",
        ),
        one(t, "chart", "line chart of DE-LU baseload price over time", LINE),
    ]


def school_grades() -> list[SealedCase]:
    t = "school_grades.csv"
    s = load(t)
    score = s["score_pct"]
    y24 = s["acad_year"] == "2023/24"
    y23 = s["acad_year"] == "2022/23"
    chem = s[(s["subject"] == "Chemistry") & s["grade"].notna()]
    summer_24 = s[y24 & (s["term"] == "Summer")]
    physics = s["subject"] == "Physics"
    return [
        one(
            t,
            "long-format",
            "how many A* grades in physics in 2023/24",
            num((physics & y24 & (s["grade"] == "A*")).sum()),
        ),
        one(t, "long-format", "how many U grades in total", num((s["grade"] == "U").sum())),
        one(
            t,
            "long-format",
            "how many A or A* grades did form 11B get in maths in 2022/23",
            num(
                (
                    (s["form"] == "11B")
                    & (s["subject"] == "Maths")
                    & y23
                    & s["grade"].isin(["A", "A*"])
                ).sum()
            ),
        ),
        one(
            t,
            "long-format",
            "number of B grades in french, spring term 2023/24",
            num(
                (
                    (s["subject"] == "French") & y24 & (s["term"] == "Spring") & (s["grade"] == "B")
                ).sum()
            ),
        ),
        one(
            t,
            "aggregate",
            "avg maths scroe in 2023/24",
            num(score[(s["subject"] == "Maths") & y24].mean()),
        ),
        one(t, "group", "avg score by subject", num(*score.groupby(s["subject"]).mean())),
        one(
            t,
            "ranking",
            "rank the forms by avg english score in 2022/23",
            ranked(score[(s["subject"] == "English") & y23].groupby(s["form"]).mean(), 5),
        ),
        one(
            t,
            "superlative",
            "which subject had the lowest avg score in the summer term of 2023/24",
            num(summer_24.groupby("subject")["score_pct"].mean().min()),
        ),
        one(
            t,
            "derived",
            "what pct of graded chemistry results were a C or better",
            num(chem["grade"].isin(["A*", "A", "B", "C"]).mean() * 100),
        ),
        one(
            t,
            "per-normalise",
            "avg number of students per form",
            num(s.groupby("form")["student_id"].nunique().mean()),
        ),
        one(
            t,
            "per-normalise",
            "students per form",
            num(*s.groupby("form")["student_id"].nunique()),
        ),
        one(
            t,
            "compare",
            "did 10A or 10B score higher in french? avg over both years",
            num(
                score[(s["subject"] == "French") & (s["form"] == "10A")].mean(),
                score[(s["subject"] == "French") & (s["form"] == "10B")].mean(),
            ),
        ),
        one(
            t,
            "percent-change",
            "pct change in avg physics score from 2022/23 to 2023/24",
            num(pct_change(score[physics & y23].mean(), score[physics & y24].mean())),
        ),
        one(
            t,
            "numbers-in-question",
            "how many results scored 90% or more",
            num((score >= 90).sum()),
        ),
        one(
            t,
            "group",
            "avg score by term in 2023/24",
            num(*score[y24].groupby(s.loc[y24, "term"]).mean()),
        ),
        one(
            t,
            "long-format",
            "how many D, E or U grades in 10A history",
            num(
                (
                    (s["form"] == "10A")
                    & (s["subject"] == "History")
                    & s["grade"].isin(["D", "E", "U"])
                ).sum()
            ),
        ),
        one(t, "unanswerable", "which teacher gets the best results", NO),
        one(t, "unanswerable", "avg score in spanish", NO),
        one(t, "unanswerable", "what's the avg maths score for 2024/25", NO),
        one(t, "unanswerable", "what's the attendance rate of each student", NO),
        SealedCase(
            t,
            [
                (
                    "how many missing scores (absences) in the autumn term of 2022/23",
                    num((y23 & (s["term"] == "Autumn") & score.isna()).sum()),
                ),
                ("and in spring?", num((y23 & (s["term"] == "Spring") & score.isna()).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "avg history score for 12S",
                    num(score[(s["subject"] == "History") & (s["form"] == "12S")].mean()),
                ),
                (
                    "and for 11A",
                    num(score[(s["subject"] == "History") & (s["form"] == "11A")].mean()),
                ),
            ],
            "follow-up",
        ),
        one(t, "chart", "bar chart of avg score per subject", BAR),
    ]


def _retail() -> pd.DataFrame:
    return load("retail_weekly_sales.csv", date="wk_end", fmt="%d-%b-%y")


def retail_weekly_sales() -> list[SealedCase]:
    t = "retail_weekly_sales.csv"
    r = _retail()
    year = r["_d"].dt.year
    sales = r["Net Sales (GBP 000)"]
    y24 = year == 2024
    electricals = r["dept"] == "Electricals"
    store_week_24 = sales[y24].groupby([r.loc[y24, "store_cd"], r.loc[y24, "_d"]]).sum()
    by_month = sales.groupby(r["_d"].dt.month).sum()
    home = r["dept"] == "Home"
    return [
        one(t, "units-columns", "total net sales in 2024, in pounds", num(sales[y24].sum() * 1000)),
        one(
            t,
            "units-columns",
            "ST07 sales in 2023 in £k",
            num(sales[(r["store_cd"] == "ST07") & (year == 2023)].sum()),
        ),
        one(
            t,
            "ranking",
            "top 5 stores by 2024 slaes",
            ranked(sales[y24].groupby(r.loc[y24, "store_cd"]).sum(), 5),
        ),
        one(
            t,
            "group",
            "net sales by region for 2023",
            num(*sales[year == 2023].groupby(r.loc[year == 2023, "region"]).sum()),
        ),
        one(
            t,
            "percent-change",
            "yoy growth % in Electricals sales, 2023 vs 2024",
            num(
                pct_change(
                    sales[electricals & (year == 2023)].sum(), sales[electricals & y24].sum()
                )
            ),
        ),
        one(
            t,
            "derived",
            "avg selling price per unit for Electricals in 2024, in pounds (total sales / total "
            "units)",
            num(sales[electricals & y24].sum() * 1000 / r.loc[electricals & y24, "Units"].sum()),
        ),
        one(
            t,
            "derived",
            "what % of 2024 sales came from grocery",
            num(sales[y24 & (r["dept"] == "Grocery")].sum() / sales[y24].sum() * 100),
        ),
        one(
            t,
            "date-part",
            "which month of the year has the highest sales across all years (by week-ending "
            "date)? give the total in £k",
            num(by_month.max()),
        ),
        one(
            t,
            "coverage",
            "what years does this sales data cover",
            num(year.min(), year.max()),
        ),
        one(
            t,
            "compare",
            "avg weekly Home sales per store: promo weeks vs non-promo weeks",
            num(sales[home & (r["Promo"] == "Y")].mean(), sales[home & (r["Promo"] == "N")].mean()),
        ),
        one(
            t,
            "per-normalise",
            "average weekly sales per store in 2024, all departments together (£k)",
            num(store_week_24.mean()),
        ),
        one(
            t,
            "per-normalise",
            "2024 sales per store",
            num(*sales[y24].groupby(r.loc[y24, "store_cd"]).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many times did a store's weekly grocery sales top £150k",
            num((sales[r["dept"] == "Grocery"] > 150).sum()),
        ),
        one(
            t,
            "superlative",
            "which store had the lowest total sales in 2022",
            num(sales[year == 2022].groupby(r.loc[year == 2022, "store_cd"]).sum().min()),
        ),
        one(
            t,
            "long-format",
            "how many promo weeks did ST02 run for electricals in 2024",
            num(((r["store_cd"] == "ST02") & electricals & y24 & (r["Promo"] == "Y")).sum()),
        ),
        one(
            t,
            "compare",
            "was ST04 or ST08 bigger in 2023 by net sales",
            num(
                sales[(r["store_cd"] == "ST04") & (year == 2023)].sum(),
                sales[(r["store_cd"] == "ST08") & (year == 2023)].sum(),
            ),
        ),
        one(
            t,
            "percent-change",
            "% growth in grocery sales from 2022 to 2024",
            num(
                pct_change(
                    sales[(r["dept"] == "Grocery") & (year == 2022)].sum(),
                    sales[(r["dept"] == "Grocery") & y24].sum(),
                )
            ),
        ),
        one(
            t,
            "numbers-in-question",
            "how many stores sold more than 300,000 units in 2024",
            num((r[y24].groupby("store_cd")["Units"].sum() > 300000).sum()),
        ),
        one(t, "unanswerable", "what's the gross margin for clothing", NO),
        one(t, "unanswerable", "how much did we sell online in 2024", NO),
        one(t, "unanswerable", "total sales for the cardiff store in 2023", NO),
        one(t, "unanswerable", "what was footfall at ST01 last christmas", NO),
        SealedCase(
            t,
            [
                (
                    "total clothing sales in the South in 2023 (£k)",
                    num(
                        sales[
                            (r["dept"] == "Clothing") & (r["region"] == "South") & (year == 2023)
                        ].sum()
                    ),
                ),
                (
                    "what about the north?",
                    num(
                        sales[
                            (r["dept"] == "Clothing") & (r["region"] == "North") & (year == 2023)
                        ].sum()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "units sold at ST03 in 2022",
                    num(r.loc[(r["store_cd"] == "ST03") & (year == 2022), "Units"].sum()),
                ),
                ("same for 2024", num(r.loc[(r["store_cd"] == "ST03") & y24, "Units"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "grocery sales in scotland in 2024, £k",
                    num(sales[(r["dept"] == "Grocery") & (r["region"] == "Scotland") & y24].sum()),
                ),
                ("and in 2025?", NO),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return energy_prices() + school_grades() + retail_weekly_sales()
