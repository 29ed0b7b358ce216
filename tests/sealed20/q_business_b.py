"""The BUSINESS half, part B: a Piemonte winery's orders, a pet boarding kennel chain's monthly
KPIs (long format) and a container terminal's truck gate log (generated, see
export_business.py). Asked by an operations analyst in another European office who writes
English as a second language; gold computed here with plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.sealed20.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

WINE = "winery_orders.csv"
KENNEL = "kennel_site_kpis.csv"
GATE = "container_gate_log.csv"


def winery() -> list[SealedCase]:
    w = load(WINE)
    y = w["Year"]
    w24 = w[y == 2024]
    exp = w[w["channel"] == "EXP"]
    barolo = w[w["wine"] == "Barolo"]
    web = w[w["channel"] == "WEB"]
    monthly = w.groupby(["Year", "Month"])["net_eur"].sum()
    return [
        one(
            WINE,
            "aggregate",
            "How much is the total of the net revenue (net_eur) in 2023, all channels?",
            num(w.loc[y == 2023, "net_eur"].sum()),
        ),
        one(
            WINE,
            "aggregate",
            "How many bottles of Barolo did we sell in total over the whole period?",
            num(barolo["bottles"].sum()),
        ),
        one(
            WINE,
            "group",
            "Give me please the net revenue of 2024 for each channel (CD, WEB, TRADE, EXP).",
            num(*w24.groupby("channel")["net_eur"].sum()),
        ),
        one(
            WINE,
            "group",
            "What is the average number of bottles in one order, per channel?",
            num(*w.groupby("channel")["bottles"].mean()),
        ),
        one(
            WINE,
            "ranking",
            "For the export orders (channel EXP), which are the 3 countries with the highest net "
            "revenue? With the amounts.",
            ranked(exp.groupby("country")["net_eur"].sum(), 3),
        ),
        one(
            WINE,
            "superlative",
            "Which wine sold the most of bottles in 2022?",
            ranked(w[y == 2022].groupby("wine")["bottles"].sum(), 1),
        ),
        one(
            WINE,
            "superlative",
            "What was the biggest single order in net_eur?",
            num(w["net_eur"].max()),
        ),
        one(
            WINE,
            "chart",
            "Make please a line chart of the net revenue month by month, from the first to the "
            "last month of the data.",
            LINE,
        ),
        one(
            WINE,
            "compare",
            "Cellar door (CD) against web shop (WEB) in 2024: how much net revenue each?",
            num(
                w24.loc[w24["channel"] == "CD", "net_eur"].sum(),
                w24.loc[w24["channel"] == "WEB", "net_eur"].sum(),
            ),
        ),
        one(
            WINE,
            "coverage",
            "Which years does this order list cover?",
            num(*sorted(y.unique())),
        ),
        one(
            WINE,
            "coverage",
            "To how many different countries did we sell, Italy included?",
            num(w["country"].nunique()),
        ),
        one(
            WINE,
            "date-part",
            "For 2023, how much net revenue came in every quarter? Q1 until Q4.",
            num(*w[y == 2023].groupby((w["Month"] - 1) // 3 + 1)["net_eur"].sum()),
        ),
        one(
            WINE,
            "date-part",
            "How many orders we get in each calendar month, all four years added together? "
            "January to December.",
            num(*w.groupby("Month").size()),
        ),
        one(
            WINE,
            "derived",
            "For the web shop orders, how much is the shipping as % of the net revenue? (sum of "
            "shipping_eur divided by sum of net_eur)",
            num(web["shipping_eur"].sum() / web["net_eur"].sum() * 100),
        ),
        one(
            WINE,
            "per-normalise",
            "What is the average price per bottle of Barolo, so net revenue divided by the "
            "bottles?",
            num(barolo["net_eur"].sum() / barolo["bottles"].sum()),
        ),
        one(
            WINE,
            "percent-change",
            "By how many % has the total net revenue changed from 2021 to 2024?",
            num(pct_change(w.loc[y == 2021, "net_eur"].sum(), w24["net_eur"].sum())),
        ),
        one(
            WINE,
            "percent-change",
            "December is important for us. Net revenue of Dec. 2024 compared to Dec. 2023, the "
            "change in %?",
            num(pct_change(monthly[(2023, 12)], monthly[(2024, 12)])),
        ),
        one(
            WINE,
            "numbers-in-question",
            "How many orders have more than 1.500 € net?",
            num((w["net_eur"] > 1500).sum()),
        ),
        one(
            WINE,
            "numbers-in-question",
            "Count the orders with at least 120 bottles.",
            num((w["bottles"] >= 120).sum()),
        ),
        one(
            WINE,
            "units-columns",
            "How many tonnes of wine (weight) did we ship in 2024? Only the orders which are "
            "not cellar door.",
            num(w24.loc[w24["channel"] != "CD", "weight_kg"].sum() / 1000),
        ),
        one(
            WINE,
            "long-format",
            "How many orders have the issue code BRK (broken bottles)?",
            num((w["issue_code"] == "BRK").sum()),
        ),
        one(
            WINE,
            "long-format",
            "Please the number of orders for every issue code, only the orders which have a code.",
            num(*w.groupby("issue_code").size()),
        ),
        SealedCase(
            WINE,
            [
                (
                    "Net revenue of the Arneis in 2023?",
                    num(w.loc[(y == 2023) & (w["wine"] == "Arneis"), "net_eur"].sum()),
                ),
                (
                    "and the same for the Moscato?",
                    num(w.loc[(y == 2023) & (w["wine"] == "Moscato"), "net_eur"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WINE,
            [
                (
                    "How many trade orders (TRADE) were shipped to Switzerland?",
                    num(((w["channel"] == "TRADE") & (w["country"] == "Switzerland")).sum()),
                ),
                (
                    "And export orders to Switzerland?",
                    num(((w["channel"] == "EXP") & (w["country"] == "Switzerland")).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WINE,
            [
                (
                    "Average shipping cost of one export order?",
                    num(exp["shipping_eur"].mean()),
                ),
                ("and the median?", num(exp["shipping_eur"].median())),
                (
                    "now only for Denmark",
                    num(exp.loc[exp["country"] == "Denmark", "shipping_eur"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WINE,
            [
                (
                    "Total bottles per wine in 2024?",
                    num(*w24.groupby("wine")["bottles"].sum()),
                ),
                ("Can I have this as bar chart?", BAR),
            ],
            "follow-up",
        ),
        one(
            WINE,
            "unanswerable",
            "Which customers bought the most Barolo? Give me their names.",
            NO,
        ),
        one(
            WINE,
            "unanswerable",
            "How many visitors came to the tasting room without buying anything?",
            NO,
        ),
        one(
            WINE,
            "unanswerable",
            "What were the sales of the Nebbiolo before the data begins, in the year of the "
            "first lockdown?",
            NO,
        ),
    ]


def kennel() -> list[SealedCase]:
    k = load(KENNEL)
    k["year"] = k["period"].str[:4].astype(int)
    k["month"] = k["period"].str[5:].astype(int)
    wide = k.pivot(index=["period", "site"], columns="kpi", values="value").reset_index()
    wide["year"] = wide["period"].str[:4].astype(int)
    wide["month"] = wide["period"].str[5:].astype(int)

    def kpi(name: str) -> pd.DataFrame:
        return k[k["kpi"] == name]

    rev, nights, cap = kpi("revenue_eur"), kpi("nights_booked"), kpi("capacity_nights")
    rev24 = rev[rev["year"] == 2024]
    utrecht_n = nights[nights["site"] == "Utrecht"]
    haarlem23 = wide[(wide["site"] == "Haarlem") & (wide["year"] == 2023)]
    brugge24 = wide[(wide["site"] == "Brugge") & (wide["year"] == 2024)]
    site_year = wide.groupby(["site", "year"])[["revenue_eur", "nights_booked"]].sum()
    antw = wide[wide["site"] == "Antwerpen"]
    return [
        one(
            KENNEL,
            "long-format",
            "How much is the total revenue (revenue_eur) of all four sites in 2024?",
            num(rev24["value"].sum()),
        ),
        one(
            KENNEL,
            "long-format",
            "Utrecht: how many nights were booked in 2023 in total?",
            num(utrecht_n.loc[utrecht_n["year"] == 2023, "value"].sum()),
        ),
        one(
            KENNEL,
            "long-format",
            "Sum of new clients in 2023, for every site.",
            num(*kpi("new_clients").query("year == 2023").groupby("site")["value"].sum()),
        ),
        one(
            KENNEL,
            "long-format",
            "What was the capacity in nights (capacity_nights) of Utrecht for the full year 2024?",
            num(cap.query("site == 'Utrecht' and year == 2024")["value"].sum()),
        ),
        one(
            KENNEL,
            "aggregate",
            "How many staff hours were worked in total, all sites and all months together?",
            num(kpi("staff_hours")["value"].sum()),
        ),
        one(
            KENNEL,
            "group",
            "Please the revenue for each site in 2023.",
            num(*rev[rev["year"] == 2023].groupby("site")["value"].sum()),
        ),
        one(
            KENNEL,
            "ranking",
            "Which were the 3 best months in Utrecht by revenue? Give the period and the revenue.",
            ranked(rev.query("site == 'Utrecht'").set_index("period")["value"], 3),
        ),
        one(
            KENNEL,
            "ranking",
            "Rank the sites by total revenue over all years, from the lowest, all four.",
            ranked(rev.groupby("site")["value"].sum(), 4, ascending=True),
        ),
        one(
            KENNEL,
            "superlative",
            "Which site had the highest revenue in 2024?",
            ranked(rev24.groupby("site")["value"].sum(), 1),
        ),
        one(
            KENNEL,
            "superlative",
            "What is the highest number of no-shows one site had in a single month?",
            num(kpi("no_shows")["value"].max()),
        ),
        one(
            KENNEL,
            "chart",
            "Could you plot the monthly revenue of Antwerpen as a line over time?",
            LINE,
        ),
        one(
            KENNEL,
            "compare",
            "Staff hours in 2024: Utrecht versus Haarlem, both totals please.",
            num(
                kpi("staff_hours").query("year == 2024 and site == 'Utrecht'")["value"].sum(),
                kpi("staff_hours").query("year == 2024 and site == 'Haarlem'")["value"].sum(),
            ),
        ),
        one(
            KENNEL,
            "coverage",
            "Which years are in this KPI file, and how many sites are reported?",
            num(*sorted(k["year"].unique()), k["site"].nunique()),
        ),
        one(
            KENNEL,
            "date-part",
            "Booked nights per quarter in 2023, all sites added?",
            num(*nights[nights["year"] == 2023].groupby((k["month"] - 1) // 3 + 1)["value"].sum()),
        ),
        one(
            KENNEL,
            "derived",
            "What was the occupancy of Haarlem in 2023? I mean booked nights divided by capacity "
            "nights, in %.",
            num(haarlem23["nights_booked"].sum() / haarlem23["capacity_nights"].sum() * 100),
        ),
        one(
            KENNEL,
            "derived",
            "No-show rate of Brugge in 2024, so no-shows divided by bookings, in %?",
            num(brugge24["no_shows"].sum() / brugge24["bookings"].sum() * 100),
        ),
        one(
            KENNEL,
            "per-normalise",
            "How much revenue do we make per booked night, all sites and all months? (total "
            "revenue / total booked nights)",
            num(rev["value"].sum() / nights["value"].sum()),
        ),
        one(
            KENNEL,
            "per-normalise",
            "In Antwerpen, how many staff hours per booked night? Total over all periods.",
            num(antw["staff_hours"].sum() / antw["nights_booked"].sum()),
        ),
        one(
            KENNEL,
            "percent-change",
            "Total revenue of all sites: the change in % from 2022 to 2024?",
            num(pct_change(rev[rev["year"] == 2022]["value"].sum(), rev24["value"].sum())),
        ),
        one(
            KENNEL,
            "percent-change",
            "Brugge booked nights: August 2024 against August 2023, how many % change?",
            num(
                pct_change(
                    nights.query("site == 'Brugge' and period == '2023-08'")["value"].sum(),
                    nights.query("site == 'Brugge' and period == '2024-08'")["value"].sum(),
                )
            ),
        ),
        one(
            KENNEL,
            "numbers-in-question",
            "In how many site-months was the revenue over 25.000 €?",
            num((rev["value"] > 25000).sum()),
        ),
        one(
            KENNEL,
            "units-columns",
            "What is the revenue of all sites over all the years together, in Mio. €?",
            num(rev["value"].sum() / 1e6),
        ),
        SealedCase(
            KENNEL,
            [
                (
                    "Revenue of Haarlem in 2022?",
                    num(site_year.loc[("Haarlem", 2022), "revenue_eur"]),
                ),
                (
                    "and in 2024 how much was it?",
                    num(site_year.loc[("Haarlem", 2024), "revenue_eur"]),
                ),
                (
                    "And the same for Antwerpen in 2024?",
                    num(site_year.loc[("Antwerpen", 2024), "revenue_eur"]),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            KENNEL,
            [
                (
                    "Total bookings of Brugge in 2023?",
                    num(kpi("bookings").query("site == 'Brugge' and year == 2023")["value"].sum()),
                ),
                (
                    "now the no-shows instead of the bookings",
                    num(kpi("no_shows").query("site == 'Brugge' and year == 2023")["value"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            KENNEL,
            [
                (
                    "Occupancy in % for each site in 2024 (booked nights / capacity nights)?",
                    num(
                        *(
                            wide[wide["year"] == 2024].groupby("site")["nights_booked"].sum()
                            / wide[wide["year"] == 2024].groupby("site")["capacity_nights"].sum()
                            * 100
                        )
                    ),
                ),
                ("Show it as a bar chart please", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            KENNEL,
            [
                (
                    "What is the mean monthly revenue of Utrecht?",
                    num(rev.query("site == 'Utrecht'")["value"].mean()),
                ),
                ("and the median?", num(rev.query("site == 'Utrecht'")["value"].median())),
            ],
            "follow-up",
        ),
        one(
            KENNEL,
            "unanswerable",
            "How many of the boarded animals were cats and how many were dogs?",
            NO,
        ),
        one(
            KENNEL,
            "unanswerable",
            "What was the revenue of our site in Rotterdam?",
            NO,
        ),
        one(
            KENNEL,
            "unanswerable",
            "Did the price increase cause the fewer new clients in Haarlem? Please explain the "
            "effect.",
            NO,
        ),
    ]


def gate() -> list[SealedCase]:
    g = load(GATE, "GateIn")
    y = g["_d"].dt.year
    g23, g24 = g[y == 2023], g[y == 2024]
    imp = g[g["MoveType"] == "IMP"]
    hold = g["CustomsHold"] == "Y"
    teu = g["ContainerFt"].map({20: 1, 40: 2, 45: 2})
    iso = g["_d"].dt.isocalendar()
    kw40 = g[(iso["year"] == 2023) & (iso["week"] == 40)]
    trans = g[g["Haulier"] == "Trans-Rhein GmbH"]
    return [
        one(
            GATE,
            "aggregate",
            "What is the average turn time of the trucks in 2024, in minutes?",
            num(g24["TurnTimeMin"].mean()),
        ),
        one(
            GATE,
            "aggregate",
            "How many truck visits passed the gate in 2023 in total?",
            num(len(g23)),
        ),
        one(
            GATE,
            "aggregate",
            "How many trucks came through the gate on 3 April 2024?",
            num((g["_d"].dt.strftime("%Y-%m-%d") == "2024-04-03").sum()),
        ),
        one(
            GATE,
            "group",
            "Give me the mean turn time for every move type.",
            num(*g.groupby("MoveType")["TurnTimeMin"].mean()),
        ),
        one(
            GATE,
            "group",
            "How many visits per haulier do we have in the log?",
            num(*g.groupby("Haulier").size()),
        ),
        one(
            GATE,
            "ranking",
            "Top 3 of the hauliers by number of visits in 2024, please with the counts.",
            ranked(g24.groupby("Haulier").size(), 3),
        ),
        one(
            GATE,
            "ranking",
            "Which 3 gate lanes have the shortest average turn time? Shortest first.",
            ranked(g.groupby("GateLane")["TurnTimeMin"].mean(), 3, ascending=True),
        ),
        one(
            GATE,
            "superlative",
            "What is the heaviest gross weight of a container in the whole log, in kg?",
            num(g["GrossWeightKg"].max()),
        ),
        one(
            GATE,
            "superlative",
            "From which origin city come the most trucks?",
            ranked(g.groupby("OriginCity").size(), 1),
        ),
        one(
            GATE,
            "chart",
            "Please a histogram of the turn times.",
            HISTOGRAM,
        ),
        one(
            GATE,
            "chart",
            "Can you make a box plot of TurnTimeMin for each MoveType?",
            BOX,
        ),
        one(
            GATE,
            "compare",
            "Reefer containers vs. normal ones: what is the average turn time of each?",
            num(
                g.loc[g["Reefer"] == "Y", "TurnTimeMin"].mean(),
                g.loc[g["Reefer"] == "N", "TurnTimeMin"].mean(),
            ),
        ),
        one(
            GATE,
            "compare",
            "Average gross weight of the 20 ft containers compared to the 40 ft ones?",
            num(
                g.loc[g["ContainerFt"] == 20, "GrossWeightKg"].mean(),
                g.loc[g["ContainerFt"] == 40, "GrossWeightKg"].mean(),
            ),
        ),
        one(
            GATE,
            "coverage",
            "How many different hauliers appear in the gate log?",
            num(g["Haulier"].nunique()),
        ),
        one(
            GATE,
            "coverage",
            "Which years does the gate log cover, and how many visits it has in total?",
            num(*sorted(y.unique()), len(g)),
        ),
        one(
            GATE,
            "date-part",
            "How many trucks arrived at the gate on each weekday, from Mo to Sa?",
            num(*g.groupby(g["_d"].dt.dayofweek).size()),
        ),
        one(
            GATE,
            "date-part",
            "Number of gate visits in the ISO week 40 of 2023 (KW 40)?",
            num(len(kw40)),
        ),
        one(
            GATE,
            "date-part",
            "How many visits were there in each hour of the day between 5 and 9 in the morning? "
            "So the hours 5, 6, 7, 8 and 9 (gate-in time).",
            num(*g[g["_d"].dt.hour.between(5, 9)].groupby(g["_d"].dt.hour).size()),
        ),
        one(
            GATE,
            "derived",
            "Of the import visits (IMP), which % had a customs hold?",
            num((imp["CustomsHold"] == "Y").mean() * 100),
        ),
        one(
            GATE,
            "derived",
            "How many minutes longer is the average turn time with customs hold than without? "
            "(only IMP visits)",
            num(
                imp.loc[imp["CustomsHold"] == "Y", "TurnTimeMin"].mean()
                - imp.loc[imp["CustomsHold"] == "N", "TurnTimeMin"].mean()
            ),
        ),
        one(
            GATE,
            "per-normalise",
            "How many TEU per truck visit in average? (a 20 ft box counts as 1 TEU, a 40 ft and "
            "a 45 ft box as 2 TEU)",
            num(teu.mean()),
        ),
        one(
            GATE,
            "per-normalise",
            "For Trans-Rhein GmbH: road kilometres per visit, that means total RoadDistanceKm "
            "divided through their number of visits?",
            num(trans["RoadDistanceKm"].sum() / len(trans)),
        ),
        one(
            GATE,
            "percent-change",
            "By how many % did the number of visits change between 2023 and 2024?",
            num(pct_change(len(g23), len(g24))),
        ),
        one(
            GATE,
            "numbers-in-question",
            "How many visits had a gross weight of more than 25.000 kg?",
            num((g["GrossWeightKg"] > 25000).sum()),
        ),
        one(
            GATE,
            "numbers-in-question",
            "How many trucks needed more than 1,5 hours turn time?",
            num((g["TurnTimeMin"] > 90).sum()),
        ),
        one(
            GATE,
            "units-columns",
            "What is the total gross weight in tonnes of the export boxes (EXP) in 2024?",
            num(g24.loc[g24["MoveType"] == "EXP", "GrossWeightKg"].sum() / 1000),
        ),
        one(
            GATE,
            "units-columns",
            "In average how many miles of road distance does a truck from Köln drive to us?",
            num(g.loc[g["OriginCity"] == "Köln", "RoadDistanceKm"].mean() / 1.609344),
        ),
        one(
            GATE,
            "long-format",
            "How many empty containers were brought in, i.e. move type MTY-IN?",
            num((g["MoveType"] == "MTY-IN").sum()),
        ),
        one(
            GATE,
            "long-format",
            "How many visits in 2024 had the move type MTY-OUT?",
            num((g24["MoveType"] == "MTY-OUT").sum()),
        ),
        SealedCase(
            GATE,
            [
                (
                    "Average turn time of Maas Logistics?",
                    num(g.loc[g["Haulier"] == "Maas Logistics", "TurnTimeMin"].mean()),
                ),
                (
                    "and the same for Flandria Cargo?",
                    num(g.loc[g["Haulier"] == "Flandria Cargo", "TurnTimeMin"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GATE,
            [
                (
                    "How many reefer visits did we have in 2023?",
                    num((g23["Reefer"] == "Y").sum()),
                ),
                (
                    "And in 2024 how much was it?",
                    num((g24["Reefer"] == "Y").sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GATE,
            [
                (
                    "Number of visits per gate lane?",
                    num(*g.groupby("GateLane").size()),
                ),
                ("as a bar chart", BAR),
                (
                    "now only the visits with customs hold, per lane",
                    num(*g[hold].groupby("GateLane").size()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GATE,
            [
                (
                    "Median turn time of the 45 ft containers?",
                    num(g.loc[g["ContainerFt"] == 45, "TurnTimeMin"].median()),
                ),
                (
                    "And the maximum?",
                    num(g.loc[g["ContainerFt"] == 45, "TurnTimeMin"].max()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GATE,
            [
                (
                    "How many trucks came from Venlo in 2024?",
                    num((g24["OriginCity"] == "Venlo").sum()),
                ),
                (
                    "and from Duisburg?",
                    num((g24["OriginCity"] == "Duisburg").sum()),
                ),
                (
                    "Which one of the two has the longer average turn time in 2024, and how long?",
                    num(
                        max(
                            g24.loc[g24["OriginCity"] == "Venlo", "TurnTimeMin"].mean(),
                            g24.loc[g24["OriginCity"] == "Duisburg", "TurnTimeMin"].mean(),
                        )
                    ),
                ),
            ],
            "follow-up",
        ),
        one(
            GATE,
            "unanswerable",
            "Which shipping line (carrier) owns the most of the containers?",
            NO,
        ),
        one(
            GATE,
            "unanswerable",
            "How long did the trucks wait in the queue before the gate, outside the terminal?",
            NO,
        ),
        one(
            GATE,
            "unanswerable",
            "How many visits will we have next winter? Please a prediction.",
            NO,
        ),
        one(
            GATE,
            "unanswerable",
            "What was the average turn time in the years before the terminal started this log?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return winery() + kennel() + gate()
