"""Business half, part A: a cinema's screenings, a food-truck operator's daily takings (wide)
and a wholesale nursery's order lines. Gold is computed here with plain pandas."""

from __future__ import annotations

import pandas as pd

from tests.sealed12.cases import (
    BAR,
    LINE,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

CIN = "cinema_screenings.csv"
FT = "food_truck_takings.csv"
NUR = "nursery_orders.csv"

TRUCKS = ["Taco Truck (AUD)", "Burger Bus (AUD)", "Coffee Van (AUD)", "Gelato Cart (AUD)"]


def cinema() -> list[SealedCase]:
    c = load(CIN, "show_date", "%Y-%m-%d")
    p = c[c["status"] == "PLAYED"]
    y = p["_d"].dt.year
    monthly = p.groupby(p["_d"].dt.to_period("M"))["admissions"].sum()
    film = p.groupby("film_title")["ticket_rev_gbp"].sum()
    q24 = p[y == 2024].groupby(p["_d"].dt.quarter)["admissions"].sum()
    by_screen = p.groupby("screen")["admissions"].mean()
    by_format = p[y == 2024].groupby("format")["ticket_rev_gbp"].sum()
    screen24 = p[y == 2024].groupby("screen")["ticket_rev_gbp"].sum()
    film_adm = p.groupby("film_title")["admissions"].sum()
    dow24 = p[y == 2024].groupby(p["_d"].dt.dayofweek)["admissions"].mean()
    cancelled = int((c["status"] == "CANCELLED").sum())
    return [
        one(CIN, "aggregate", "total admits accross both yrs", num(p["admissions"].sum())),
        one(
            CIN,
            "aggregate",
            "median concesions take for a show",
            num(p["concessions_gbp"].median()),
        ),
        one(CIN, "group", "avg attendence by auditorium", num(*by_screen)),
        one(CIN, "group", "box office by format for 2024", num(*by_format)),
        one(CIN, "ranking", "top 3 flims by box office", ranked(film, 3)),
        one(
            CIN,
            "superlative",
            "best month on record for tix sold",
            num(monthly.max()),
        ),
        one(CIN, "chart", "chart monthly admisions over time", LINE),
        one(
            CIN,
            "compare",
            "S1 vs S2 box office in 2024",
            num(screen24["S1"], screen24["S2"]),
        ),
        one(
            CIN, "coverage", "how many diffrent films have we shown", num(c["film_title"].nunique())
        ),
        one(CIN, "date-part", "total admits by quarter for 2024", num(*q24)),
        one(
            CIN,
            "derived",
            "overall capacity % on played shows - total admits vs total seats offered",
            num(p["admissions"].sum() / p["seats"].sum() * 100),
        ),
        one(
            CIN,
            "per-normalise",
            "whats our concessions SPH, spend per head overall",
            num(p["concessions_gbp"].sum() / p["admissions"].sum()),
        ),
        one(
            CIN,
            "percent-change",
            "box office growth 2023 to 2024 in %",
            num(
                pct_change(
                    p.loc[y == 2023, "ticket_rev_gbp"].sum(),
                    p.loc[y == 2024, "ticket_rev_gbp"].sum(),
                )
            ),
        ),
        one(
            CIN,
            "numbers-in-question",
            "how many shows had over 150 admits",
            num((p["admissions"] > 150).sum()),
        ),
        one(
            CIN,
            "units-columns",
            "concessions in £k for 2024",
            num(p.loc[y == 2024, "concessions_gbp"].sum() / 1000),
        ),
        one(
            CIN,
            "long-format",
            "how many ppl came to horror films",
            num(p.loc[p["genre"] == "HORROR", "admissions"].sum()),
        ),
        one(CIN, "unanswerable", "whats the avg ticket price for seniors", NO),
        one(CIN, "unanswerable", "which film got the best audience reviews", NO),
        one(CIN, "unanswerable", "how much did we pay the distributor for hollow pines", NO),
        SealedCase(
            CIN,
            [
                ("total admits for velocity run", num(film_adm["Velocity Run"])),
                ("and blue equinox", num(film_adm["Blue Equinox"])),
            ],
            "follow-up",
        ),
        SealedCase(
            CIN,
            [
                ("avg admissions on saturday shows in 2024", num(dow24[5])),
                ("same for sundys", num(dow24[6])),
            ],
            "follow-up",
        ),
        SealedCase(
            CIN,
            [
                ("how many shows got canceled", num(cancelled)),
                ("as a % of all shows", num(cancelled / len(c) * 100)),
            ],
            "follow-up",
        ),
    ]


def food_truck() -> list[SealedCase]:
    f = load(FT, "Date", "%d-%b-%y")
    y = f["_d"].dt.year
    total = f[TRUCKS].sum(axis=1)
    sums = f[TRUCKS].sum()
    sums24 = f.loc[y == 2024, TRUCKS].sum()
    gelato_q = f.groupby(f["_d"].dt.quarter)["Gelato Cart (AUD)"].mean().dropna()
    h1 = f["_d"].dt.month <= 6
    burger_h1 = [f.loc[h1 & (y == yr), "Burger Bus (AUD)"].sum() for yr in (2023, 2024)]
    event = f["Event Day"] == "Y"
    july = f["_d"].dt.month == 7
    coffee_jul = [f.loc[july & (y == yr), "Coffee Van (AUD)"].sum() for yr in (2023, 2024)]
    return [
        one(
            FT,
            "aggregate",
            "avg daily takings for the taco truk",
            num(f["Taco Truck (AUD)"].mean()),
        ),
        one(
            FT,
            "group",
            "avg burger bus takings by weather",
            num(*f.groupby("Weather")["Burger Bus (AUD)"].mean()),
        ),
        one(FT, "ranking", "rank the trucks by total revnue", ranked(sums, 3)),
        one(
            FT,
            "superlative",
            "best single day ever for the burger bus",
            num(f["Burger Bus (AUD)"].max()),
        ),
        one(FT, "chart", "plot the coffee van takings over time", LINE),
        one(FT, "chart", "scatter gelato sales vs max temprature", SCATTER),
        one(
            FT,
            "compare",
            "taco vs burgr totals for 2023",
            num(
                f.loc[y == 2023, "Taco Truck (AUD)"].sum(),
                f.loc[y == 2023, "Burger Bus (AUD)"].sum(),
            ),
        ),
        one(
            FT,
            "coverage",
            "what yrs does this cover and how many trading days",
            num(y.min(), y.max(), len(f)),
        ),
        one(FT, "date-part", "gelato cart avg takings by qtr", num(*gelato_q)),
        one(
            FT,
            "derived",
            "how much came in as cash in 2024, all trucks (the non-card share)",
            num((total * (100 - f["Card Share (%)"]) / 100)[y == 2024].sum()),
        ),
        one(
            FT,
            "per-normalise",
            "takings per staff hr overall, all trucks",
            num(total.sum() / f["Staff Hrs"].sum()),
        ),
        one(
            FT,
            "percent-change",
            "burger bus growth h1 2023 vs h1 2024 %",
            num(pct_change(*burger_h1)),
        ),
        one(
            FT,
            "numbers-in-question",
            "how many days did the taco truck do over 2k",
            num((f["Taco Truck (AUD)"] > 2000).sum()),
        ),
        one(
            FT,
            "units-columns",
            "how many days were hotter than 86F",
            num((f["Max Temp (°C)"] > 30).sum()),
        ),
        one(
            FT,
            "long-format",
            "total takings all trucks combined in 2024",
            num(total[y == 2024].sum()),
        ),
        one(FT, "long-format", "which truck brough in the most in 2024", num(sums24.max())),
        one(FT, "long-format", "bar chart of total takings per truck", BAR),
        one(FT, "unanswerable", "whats the profit margn on the taco truck", NO),
        one(FT, "unanswerable", "which menu item sells best on the burger bus", NO),
        one(FT, "unanswerable", "how many customers did the coffee van serve on avg", NO),
        SealedCase(
            FT,
            [
                ("avg gelato takings on event days", num(f.loc[event, "Gelato Cart (AUD)"].mean())),
                ("and non event days", num(f.loc[~event, "Gelato Cart (AUD)"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            FT,
            [
                ("coffee van total for july 2024", num(coffee_jul[1])),
                ("and july last yr", num(coffee_jul[0])),
                ("% change", num(pct_change(*coffee_jul))),
            ],
            "follow-up",
        ),
    ]


def nursery() -> list[SealedCase]:
    n = load(NUR, "ORDER_DATE", "%m/%d/%Y")
    n["_ship"] = pd.to_datetime(n["SHIP_DATE"], format="%m/%d/%Y")
    s = n[n["STATUS"] == "SHP"]
    y = n["_d"].dt.year
    sy = s["_d"].dt.year
    dollars = s["LINE_AMT_CENTS"] / 100
    by_state = dollars.groupby(s["STATE"]).sum()
    orders = s.groupby("ORDER_NO")["LINE_AMT_CENTS"].sum() / 100
    n_orders_q = n.groupby(n["_d"].dt.quarter)["ORDER_NO"].nunique()
    cust24 = dollars[sy == 2024].groupby(s.loc[sy == 2024, "CUST_TYPE"]).sum()
    list_value = s["QTY"] * s["UNIT_PRICE_CENTS"]
    trees = s[s["CATEGORY"] == "TRE"]
    disc = n.dropna(subset=["DISC_PCT"])
    cxl = n["STATUS"] == "CXL"
    state24 = dollars[sy == 2024].groupby(s.loc[sy == 2024, "STATE"]).sum()
    return [
        one(NUR, "aggregate", "avg units per order line", num(n["QTY"].mean())),
        one(
            NUR,
            "group",
            "shiped units by category in 2024",
            num(*s[sy == 2024].groupby("CATEGORY")["QTY"].sum()),
        ),
        one(
            NUR,
            "group",
            "avg discount % by customer type, discounted lines only",
            num(*disc.groupby("CUST_TYPE")["DISC_PCT"].mean()),
        ),
        one(NUR, "ranking", "top 3 states by shipped sales $", ranked(by_state, 3)),
        one(NUR, "superlative", "biggest single order in $ (shipped lines)", num(orders.max())),
        one(NUR, "chart", "monthly shipped sales trend chart", LINE),
        one(
            NUR,
            "compare",
            "landscapers vs garden centers, shipped $ 2024",
            num(cust24["LSC"], cust24["GC"]),
        ),
        one(
            NUR,
            "coverage",
            "how many distinct orders do we have and which yrs",
            num(n["ORDER_NO"].nunique(), y.min(), y.max()),
        ),
        one(NUR, "date-part", "# of orders by quarter, all yrs together", num(*n_orders_q)),
        one(
            NUR,
            "derived",
            "$ given away in discounts in 2024 - list value minus billed, shipped lines",
            num((list_value - s["LINE_AMT_CENTS"])[sy == 2024].sum() / 100),
        ),
        one(
            NUR,
            "derived",
            "avg days from ordr to ship",
            num((s["_ship"] - s["_d"]).dt.days.mean()),
        ),
        one(
            NUR,
            "per-normalise",
            "avg $ per plant on trees, shipped (total $ / total units)",
            num(trees["LINE_AMT_CENTS"].sum() / 100 / trees["QTY"].sum()),
        ),
        one(
            NUR,
            "percent-change",
            "shipped sales growth 2023 to 2024, %",
            num(pct_change(dollars[sy == 2023].sum(), dollars[sy == 2024].sum())),
        ),
        one(
            NUR,
            "numbers-in-question",
            "how many lines had a qty of 100 or more",
            num((n["QTY"] >= 100).sum()),
        ),
        one(
            NUR,
            "numbers-in-question",
            "how many shipped orders came to over $5k",
            num((orders > 5000).sum()),
        ),
        one(
            NUR,
            "units-columns",
            "how many 5 gal pots did we ship in 2024",
            num(s.loc[(sy == 2024) & (s["POT_SIZE"] == "#5"), "QTY"].sum()),
        ),
        one(
            NUR,
            "long-format",
            "shipped $ for the HRB category",
            num(dollars[s["CATEGORY"] == "HRB"].sum()),
        ),
        one(NUR, "unanswerable", "which customer account ordered the most from us", NO),
        one(NUR, "unanswerable", "whats our gross margin on shurbs", NO),
        one(NUR, "unanswerable", "how many plants were returned damaged in transit", NO),
        SealedCase(
            NUR,
            [
                ("# of canceled lines in 2023", num((cxl & (y == 2023)).sum())),
                ("and 2024", num((cxl & (y == 2024)).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            NUR,
            [
                ("shipped sales in WA 2024", num(state24["WA"])),
                ("what about CA", num(state24["CA"])),
                ("now as a share of all shipped 2024 %", num(state24["CA"] / state24.sum() * 100)),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return cinema() + food_truck() + nursery()
