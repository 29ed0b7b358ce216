"""The BUSINESS half, last three tables: a property manager's monthly rent roll, a school
canteen's order lines and a hotel's housekeeping KPIs in long form. Questions in the style of
a business owner dictating to a phone (speech-to-text: lower case, little punctuation,
numbers as words, filler, now and then a sound-alike word). Gold computed here with plain
pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.sealed23.cases import (
    BAR,
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
from tests.sealed23.q_business_a import MONTHS, WEEKDAYS, by_month_name, by_weekday

RENT = "rent_roll_monthly.csv"
CANTEEN = "school_canteen_orders.csv"
HOUSE = "hotel_housekeeping_kpis.csv"


def rent() -> pd.DataFrame:
    return load(RENT, "month", "%Y-%m")


def canteen() -> pd.DataFrame:
    frame = load(CANTEEN, "order_ts", "%Y-%m-%d %H:%M")
    frame["_cents"] = frame["qty"] * frame["price_cents"]
    return frame


def house() -> pd.DataFrame:
    return load(HOUSE, "date")


# --------------------------------------------------------------------------- rent roll
def rent_cases() -> list[SealedCase]:
    r = rent()
    y = r["_d"].dt.year
    let = r[r["status"] != "VAC"]
    vac = r[r["status"] == "VAC"]
    dec24 = r[r["month"] == "2024-12"]
    dec23 = r[r["month"] == "2023-12"]
    out: list[SealedCase] = []
    add = out.append

    # aggregate
    add(
        one(
            RENT,
            "aggregate",
            "okay so how much rent have we got recorded as received in twenty twenty four",
            num(r[y == 2024]["rent_received"].sum()),
        )
    )
    add(
        one(
            RENT,
            "aggregate",
            "whats the total rent dew for twenty twenty three",
            num(r[y == 2023]["rent_due"].sum()),
        )
    )
    # group
    add(
        one(
            RENT,
            "group",
            "total rent due per property for twenty twenty three",
            num(*r[y == 2023].groupby("property")["rent_due"].sum()),
        )
    )
    add(
        one(
            RENT,
            "group",
            "um how many vacant unit months has each building had status v a c",
            num(*vac.groupby("property").size()),
        )
    )
    # ranking
    add(
        one(
            RENT,
            "ranking",
            "which three units owe the most going off the arrears balance in december twenty"
            " twenty four",
            ranked(dec24.set_index("unit")["arrears_balance"], 3),
        )
    )
    add(
        one(
            RENT,
            "ranking",
            "top three properties by rent received in twenty twenty four",
            ranked(r[y == 2024].groupby("property")["rent_received"].sum(), 3),
        )
    )
    # superlative
    add(
        one(
            RENT,
            "superlative",
            "which property has had the most vacant months over the whole rent roll",
            ranked(vac.groupby("property").size(), 1),
        )
    )
    add(
        one(
            RENT,
            "superlative",
            "right which unit had the highest rent due in december twenty twenty four",
            ranked(dec24.set_index("unit")["rent_due"], 1),
        )
    )
    # date-part
    add(
        one(
            RENT,
            "date-part",
            "what time of year do we get the most vacancies i mean which calendar month has the"
            " most vacant units if you add"
            " up all three years",
            ranked(by_month_name(vac), 1),
        )
    )
    q3 = r[(y == 2023) & (r["_d"].dt.quarter == 3)]
    add(
        one(
            RENT,
            "date-part",
            "how much rent came in during the third quarter of twenty twenty three",
            num(q3["rent_received"].sum()),
        )
    )
    # coverage
    add(
        one(RENT, "coverage", "how many months does the rent roll cover", num(r["month"].nunique()))
    )
    add(
        one(
            RENT,
            "coverage",
            "um how many units are we managing in this file",
            num(r["unit"].nunique()),
        )
    )
    add(one(RENT, "coverage", "which years are on the rent roll", num(*sorted(y.unique()))))
    # compare
    add(
        one(
            RENT,
            "compare",
            "total arrears at the end of twenty twenty three compared to the end of twenty twenty"
            " four so the december"
            " balances",
            num(dec23["arrears_balance"].sum(), dec24["arrears_balance"].sum()),
        )
    )
    r24 = r[y == 2024]
    add(
        one(
            RENT,
            "compare",
            "alder court versus cedar mews rent received in twenty twenty four",
            num(
                r24[r24["property"] == "Alder Court"]["rent_received"].sum(),
                r24[r24["property"] == "Cedar Mews"]["rent_received"].sum(),
            ),
        )
    )
    # derived
    r23 = r[y == 2023]
    add(
        one(
            RENT,
            "derived",
            "whats our collection rate for twenty twenty three total received over total due as a"
            " percent",
            num(r23["rent_received"].sum() / r23["rent_due"].sum() * 100),
        )
    )
    add(
        one(
            RENT,
            "derived",
            "okay what percent of all the unit months were vacant",
            num((r["status"] == "VAC").mean() * 100),
        )
    )
    # per-normalise
    dock = let[(let["_d"].dt.year == 2024) & (let["property"] == "Dockside Lofts")]
    add(
        one(
            RENT,
            "per-normalise",
            "average rent due per unit per month at dockside lofts in twenty twenty four only"
            " counting the months a unit"
            " was let",
            num(dock["rent_due"].mean()),
        )
    )
    add(
        one(
            RENT,
            "per-normalise",
            "across the whole portfolio how much rent did we receive per unit per month in twenty"
            " twenty three vacant"
            " months included",
            num(r23["rent_received"].sum() / len(r23)),
        )
    )
    # percent-change
    add(
        one(
            RENT,
            "percent-change",
            "how much has total rent due gone up from twenty twenty two to twenty twenty four in"
            " percent",
            num(pct_change(r[y == 2022]["rent_due"].sum(), r[y == 2024]["rent_due"].sum())),
        )
    )
    two = let[let["beds"] == 2]
    add(
        one(
            RENT,
            "percent-change",
            "percent change in the average rent for let two bed units from january twenty twenty"
            " three to january twenty"
            " twenty four",
            num(
                pct_change(
                    two[two["month"] == "2023-01"]["rent_due"].mean(),
                    two[two["month"] == "2024-01"]["rent_due"].mean(),
                )
            ),
        )
    )
    # numbers-in-question
    add(
        one(
            RENT,
            "numbers-in-question",
            "how many rose have an arrears balance over five thousand",
            num((r["arrears_balance"] > 5000).sum()),
        )
    )
    add(
        one(
            RENT,
            "numbers-in-question",
            "in december twenty twenty four how many units had rent due of at least two and a half"
            " thousand",
            num((dec24["rent_due"] >= 2500).sum()),
        )
    )
    # chart
    add(one(RENT, "chart", "plot the total rent received each month as a line", LINE))
    add(one(RENT, "chart", "bar chart of arrears by property for december twenty twenty four", BAR))
    # unanswerable
    add(one(RENT, "unanswerable", "whats the going market rent for a two bed around here", NO))
    add(one(RENT, "unanswerable", "why did the tenants at birch house move out", NO))
    add(one(RENT, "unanswerable", "whats my net yield after repairs and council rates", NO))
    add(one(RENT, "unanswerable", "what will the arrears be by next christmas", NO))
    # follow-ups
    add(
        SealedCase(
            RENT,
            [
                (
                    "total arrears balance in december twenty twenty four",
                    num(dec24["arrears_balance"].sum()),
                ),
                (
                    "and which property owes the most",
                    ranked(dec24.groupby("property")["arrears_balance"].sum(), 1),
                ),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            RENT,
            [
                (
                    "how many vacant months has birch house had",
                    num((vac["property"] == "Birch House").sum()),
                ),
                ("what about elm terrace", num((vac["property"] == "Elm Terrace").sum())),
            ],
            "follow-up",
        )
    )
    r22 = r[y == 2022]
    add(
        SealedCase(
            RENT,
            [
                (
                    "collection rate for twenty twenty three received over due in percent",
                    num(r23["rent_received"].sum() / r23["rent_due"].sum() * 100),
                ),
                (
                    "okay and the year before",
                    num(r22["rent_received"].sum() / r22["rent_due"].sum() * 100),
                ),
            ],
            "follow-up",
        )
    )
    dock_all = r24[r24["property"] == "Dockside Lofts"]
    add(
        SealedCase(
            RENT,
            [
                (
                    "how much rent came in from dockside lofts in twenty twenty four",
                    num(dock_all["rent_received"].sum()),
                ),
                ("can you graph that by month", LINE),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            RENT,
            [
                (
                    "how many unit months were on notice in twenty twenty four the n t c ones",
                    num((r24["status"] == "NTC").sum()),
                ),
                ("and how many were vacant that year", num((r24["status"] == "VAC").sum())),
                ("which of those tenants had pets", NO),
            ],
            "follow-up",
        )
    )
    return out


# --------------------------------------------------------------------------- school canteen
def canteen_cases() -> list[SealedCase]:
    c = canteen()
    ok = c[c["status"] == "OK"]
    y = c["_d"].dt.year
    oy = ok["_d"].dt.year
    orders = ok.groupby("order_id").agg(
        cents=("_cents", "sum"), when=("_d", "first"), qty=("qty", "sum")
    )
    out: list[SealedCase] = []
    add = out.append

    # aggregate
    add(
        one(
            CANTEEN,
            "aggregate",
            "okay how many orders did we have not counting the voided ones",
            num(ok["order_id"].nunique()),
        )
    )
    add(
        one(
            CANTEEN,
            "aggregate",
            "total number of items sold so the quantity added up for ok orders",
            num(ok["qty"].sum()),
        )
    )
    add(
        one(
            CANTEEN,
            "aggregate",
            "um how much did the canteen take in dollars altogether thats quantity times price"
            " cents for the ok lines",
            num(ok["_cents"].sum() / 100),
        )
    )
    # group
    add(
        one(
            CANTEEN,
            "group",
            "takings in dollars for each category leave out the voids",
            num(*(ok.groupby("category")["_cents"].sum() / 100)),
        )
    )
    add(
        one(
            CANTEEN,
            "group",
            "how many items did each year group buy ok orders only",
            num(*ok.groupby("year_group")["qty"].sum()),
        )
    )
    # ranking
    add(
        one(
            CANTEEN,
            "ranking",
            "top five items by quantity sold in twenty twenty four not counting voids",
            ranked(ok[oy == 2024].groupby("item_name")["qty"].sum(), 5),
        )
    )
    add(
        one(
            CANTEEN,
            "ranking",
            "bottom three items by takings in twenty twenty three in dollars ok orders",
            ranked(ok[oy == 2023].groupby("item_name")["_cents"].sum() / 100, 3, ascending=True),
        )
    )
    # superlative
    add(
        one(
            CANTEEN,
            "superlative",
            "whats our best seller by quantity over the whole file ok lines only",
            ranked(ok.groupby("item_name")["qty"].sum(), 1),
        )
    )
    add(
        one(
            CANTEEN,
            "superlative",
            "which year group spends the most in dollars leave out voids",
            ranked(ok.groupby("year_group")["_cents"].sum() / 100, 1),
        )
    )
    # date-part
    add(
        one(
            CANTEEN,
            "date-part",
            "which day of the week do we get the most orders not counting voids",
            ranked(by_weekday(orders.rename(columns={"when": "_d"})), 1),
        )
    )
    add(
        one(
            CANTEEN,
            "date-part",
            "what month in twenty twenty three had the biggest takings in dollars",
            ranked(by_month_name(ok[oy == 2023], "_cents") / 100, 1),
        )
    )
    add(
        one(
            CANTEEN,
            "date-part",
            "how many ok orders came through in the ten o'clock hour so recess time between ten"
            " and eleven",
            num((orders["when"].dt.hour == 10).sum()),
        )
    )
    # coverage
    add(one(CANTEEN, "coverage", "which years are in the canteen export", num(*sorted(y.unique()))))
    add(
        one(
            CANTEEN,
            "coverage",
            "how many school days did we trade in twenty twenty four going by the order dates",
            num(c[y == 2024]["_d"].dt.date.nunique()),
        )
    )
    # compare
    ok24 = ok[oy == 2024]
    add(
        one(
            CANTEEN,
            "compare",
            "card versus cash takings in twenty twenty four in dollars which is bigger",
            num(
                ok24[ok24["pay_method"] == "CARD"]["_cents"].sum() / 100,
                ok24[ok24["pay_method"] == "CASH"]["_cents"].sum() / 100,
            ),
        )
    )
    add(
        one(
            CANTEEN,
            "compare",
            "do year sevens or year twelves place more orders ok ones only",
            num(
                ok[ok["year_group"] == "Y7"]["order_id"].nunique(),
                ok[ok["year_group"] == "Y12"]["order_id"].nunique(),
            ),
        )
    )
    # derived
    add(
        one(
            CANTEEN,
            "derived",
            "what percent of our takings comes from hot food leave the voids out",
            num(ok[ok["category"] == "Hot Food"]["_cents"].sum() / ok["_cents"].sum() * 100),
        )
    )
    add(
        one(
            CANTEEN,
            "derived",
            "what percentage of orders got voided",
            num(c[c["status"] == "VOID"]["order_id"].nunique() / c["order_id"].nunique() * 100),
        )
    )
    # per-normalise
    add(
        one(
            CANTEEN,
            "per-normalise",
            "whats the average spend per order in dollars not counting voids",
            num(orders["cents"].mean() / 100),
        )
    )
    add(
        one(
            CANTEEN,
            "per-normalise",
            "how many items per order do kids buy on average ok orders",
            num(ok["qty"].sum() / ok["order_id"].nunique()),
        )
    )
    # percent-change
    pie = c[c["item_name"] == "Beef Pie"]
    add(
        one(
            CANTEEN,
            "percent-change",
            "by how much percent did the beef pie price go up from twenty twenty three to twenty"
            " twenty four",
            num(
                pct_change(
                    pie[pie["_d"].dt.year == 2023]["price_cents"].mean(),
                    pie[pie["_d"].dt.year == 2024]["price_cents"].mean(),
                )
            ),
        )
    )
    add(
        one(
            CANTEEN,
            "percent-change",
            "percent change in total takings twenty twenty three to twenty twenty four leave out"
            " voids",
            num(pct_change(ok[oy == 2023]["_cents"].sum(), ok[oy == 2024]["_cents"].sum())),
        )
    )
    # numbers-in-question
    add(
        one(
            CANTEEN,
            "numbers-in-question",
            "how many ok orders came to more than ten dollars",
            num((orders["cents"] > 1000).sum()),
        )
    )
    add(
        one(
            CANTEEN,
            "numbers-in-question",
            "how many order lines had a price of at least five dollars",
            num((c["price_cents"] >= 500).sum()),
        )
    )
    # units-columns
    add(
        one(
            CANTEEN,
            "units-columns",
            "whats the average price cents for the drinks lines",
            num(c[c["category"] == "Drinks"]["price_cents"].mean()),
        )
    )
    add(
        one(
            CANTEEN,
            "units-columns",
            "whats the highest price cents anywhere in the file",
            num(c["price_cents"].max()),
        )
    )
    add(
        one(
            CANTEEN,
            "units-columns",
            "total of qty times price cents for snacks in twenty twenty three but give it to me in"
            " dollars ok lines",
            num(ok[(oy == 2023) & (ok["category"] == "Snacks")]["_cents"].sum() / 100),
        )
    )
    # chart
    add(one(CANTEEN, "chart", "show me a bar chart of takings by category", BAR))
    add(one(CANTEEN, "chart", "can you plot the daily takings as a line graph", LINE))
    add(one(CANTEEN, "chart", "pie chart of the payment methods please", PIE))
    add(one(CANTEEN, "chart", "histogram of the price cents column", HISTOGRAM))
    # unanswerable
    add(one(CANTEEN, "unanswerable", "whats our profit margin on the beef pies", NO))
    add(one(CANTEEN, "unanswerable", "which student buys the most from the canteen", NO))
    add(one(CANTEEN, "unanswerable", "how many of the kids have nut allergies", NO))
    add(one(CANTEEN, "unanswerable", "how much are we going to take next term", NO))
    # follow-ups
    roll = ok[ok["item_name"] == "Sausage Roll"]
    add(
        SealedCase(
            CANTEEN,
            [
                (
                    "how many sausage rolls did we sell in twenty twenty three",
                    num(roll[roll["_d"].dt.year == 2023]["qty"].sum()),
                ),
                ("and in twenty twenty four", num(roll[roll["_d"].dt.year == 2024]["qty"].sum())),
                ("put that by month in a line chart", LINE),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            CANTEEN,
            [
                (
                    "how much did year sevens spend in twenty twenty four in dollars ok orders",
                    num(ok24[ok24["year_group"] == "Y7"]["_cents"].sum() / 100),
                ),
                (
                    "now do year twelves",
                    num(ok24[ok24["year_group"] == "Y12"]["_cents"].sum() / 100),
                ),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            CANTEEN,
            [
                (
                    "average order value in dollars leave out voids",
                    num(orders["cents"].mean() / 100),
                ),
                ("what about the median", num(orders["cents"].median() / 100)),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            CANTEEN,
            [
                ("how many orders got voided", num(c[c["status"] == "VOID"]["order_id"].nunique())),
                ("and which staff member voided the most", NO),
            ],
            "follow-up",
        )
    )
    revenue = ok.groupby("item_name")["_cents"].sum() / 100
    add(
        SealedCase(
            CANTEEN,
            [
                ("top three items by takings in dollars ok lines", ranked(revenue, 3)),
                ("okay now the bottom three", ranked(revenue, 3, ascending=True)),
            ],
            "follow-up",
        )
    )
    fri = orders[orders["when"].dt.dayofweek == 4]
    add(
        SealedCase(
            CANTEEN,
            [
                (
                    "how many ok orders do we get on an average school day",
                    num(orders.groupby(orders["when"].dt.date).size().mean()),
                ),
                ("now just the fridays", num(fri.groupby(fri["when"].dt.date).size().mean())),
            ],
            "follow-up",
        )
    )
    return out


# --------------------------------------------------------------------------- hotel housekeeping
def house_cases() -> list[SealedCase]:
    h = house()
    y = h["_d"].dt.year

    def kpi(name: str, frame: pd.DataFrame = h) -> pd.DataFrame:
        return frame[frame["kpi"] == name]

    rooms = kpi("rooms_cleaned")
    mins = kpi("minutes_per_room")
    comp = kpi("complaints")
    insp = kpi("rooms_inspected")
    fail = kpi("inspections_failed")
    staff = kpi("staff_on_shift")
    linen = kpi("linen_changes")
    out: list[SealedCase] = []
    add = out.append

    # long-format
    add(
        one(
            HOUSE,
            "long-format",
            "okay so how many rooms did we clean in twenty twenty four the rooms cleaned kpi",
            num(rooms[rooms["_d"].dt.year == 2024]["value"].sum()),
        )
    )
    add(
        one(
            HOUSE,
            "long-format",
            "whats the average minutes per room figure on floor six",
            num(mins[mins["floor"] == 6]["value"].mean()),
        )
    )
    add(
        one(
            HOUSE,
            "long-format",
            "total inspections failed in twenty twenty four",
            num(fail[fail["_d"].dt.year == 2024]["value"].sum()),
        )
    )
    add(
        one(
            HOUSE,
            "long-format",
            "how many linen changes have we done in total",
            num(linen["value"].sum()),
        )
    )
    add(
        one(
            HOUSE,
            "long-format",
            "um whats the average of the staff on shift numbers across all floors and days",
            num(staff["value"].mean()),
        )
    )
    add(
        one(
            HOUSE,
            "long-format",
            "whats the highest minutes per room anyone's logged on any floor",
            num(mins["value"].max()),
        )
    )
    add(
        one(
            HOUSE,
            "long-format",
            "how many complaints so far in twenty twenty five",
            num(comp[comp["_d"].dt.year == 2025]["value"].sum()),
        )
    )
    add(
        one(
            HOUSE,
            "long-format",
            "how many rooms got inspected on floor one in twenty twenty three",
            num(insp[(insp["floor"] == 1) & (insp["_d"].dt.year == 2023)]["value"].sum()),
        )
    )
    mar = rooms[(rooms["_d"].dt.year == 2024) & (rooms["_d"].dt.month == 3)]
    add(
        one(
            HOUSE,
            "long-format",
            "rooms cleaned on floor three in march twenty twenty four",
            num(mar[mar["floor"] == 3]["value"].sum()),
        )
    )
    add(
        one(
            HOUSE,
            "long-format",
            "total complaints for each floor",
            num(*comp.groupby("floor")["value"].sum()),
        )
    )
    add(
        one(
            HOUSE,
            "long-format",
            "on the twenty third of march twenty twenty five how many rooms were cleaned on all"
            " the floors together",
            num(rooms[rooms["date"] == "2025-03-23"]["value"].sum()),
        )
    )
    # aggregate
    add(
        one(
            HOUSE,
            "aggregate",
            "right how many complaints are in the whole sheet",
            num(comp["value"].sum()),
        )
    )
    # group
    add(
        one(
            HOUSE,
            "group",
            "total rooms cleaned buy floor",
            num(*rooms.groupby("floor")["value"].sum()),
        )
    )
    # ranking
    add(
        one(
            HOUSE,
            "ranking",
            "which three floors get the most complaints",
            ranked(comp.groupby("floor")["value"].sum(), 3),
        )
    )
    # superlative
    add(
        one(
            HOUSE,
            "superlative",
            "witch floor takes the longest per room on average going by the minutes per room"
            " numbers",
            ranked(mins.groupby("floor")["value"].mean(), 1),
        )
    )
    add(
        one(
            HOUSE,
            "superlative",
            "which floor failed the most inspections in twenty twenty four",
            ranked(fail[fail["_d"].dt.year == 2024].groupby("floor")["value"].sum(), 1),
        )
    )
    # date-part
    add(
        one(
            HOUSE,
            "date-part",
            "what day of the week gets the most complaints",
            ranked(by_weekday(comp, "value"), 1),
        )
    )
    add(
        one(
            HOUSE,
            "date-part",
            "how many complaints did we get in august if you add both years",
            num(comp[comp["_d"].dt.month == 8]["value"].sum()),
        )
    )
    # coverage
    add(
        one(
            HOUSE,
            "coverage",
            "which years does the housekeeping sheet cover",
            num(*sorted(y.unique())),
        )
    )
    add(one(HOUSE, "coverage", "how many floors are in the data", num(h["floor"].nunique())))
    add(
        one(HOUSE, "coverage", "how many different days are in the sheet", num(h["date"].nunique()))
    )
    # compare
    add(
        one(
            HOUSE,
            "compare",
            "floor one versus floor six failed inspections over the whole sheet",
            num(fail[fail["floor"] == 1]["value"].sum(), fail[fail["floor"] == 6]["value"].sum()),
        )
    )
    add(
        one(
            HOUSE,
            "compare",
            "were there more complaints in twenty twenty three or twenty twenty four",
            num(
                comp[comp["_d"].dt.year == 2023]["value"].sum(),
                comp[comp["_d"].dt.year == 2024]["value"].sum(),
            ),
        )
    )
    # derived
    add(
        one(
            HOUSE,
            "derived",
            "whats our inspection fail rate so total inspections failed over total rooms inspected"
            " as a percent",
            num(fail["value"].sum() / insp["value"].sum() * 100),
        )
    )
    add(
        one(
            HOUSE,
            "derived",
            "what share of all the complaints came from floor one in percent",
            num(comp[comp["floor"] == 1]["value"].sum() / comp["value"].sum() * 100),
        )
    )
    # per-normalise
    add(
        one(
            HOUSE,
            "per-normalise",
            "how many rooms does each staff member clean i mean total rooms cleaned over total"
            " staff on shift",
            num(rooms["value"].sum() / staff["value"].sum()),
        )
    )
    add(
        one(
            HOUSE,
            "per-normalise",
            "complaints per thousand rooms cleaned over the whole sheet",
            num(comp["value"].sum() / rooms["value"].sum() * 1000),
        )
    )
    # percent-change
    h1 = rooms[rooms["_d"].dt.month <= 6]
    add(
        one(
            HOUSE,
            "percent-change",
            "rooms cleaned in the first half of twenty twenty four versus the first half of twenty"
            " twenty five percent"
            " change",
            num(
                pct_change(
                    h1[h1["_d"].dt.year == 2024]["value"].sum(),
                    h1[h1["_d"].dt.year == 2025]["value"].sum(),
                )
            ),
        )
    )
    m1 = mins[mins["_d"].dt.month <= 6]
    add(
        one(
            HOUSE,
            "percent-change",
            "how much did the average minutes per room change in percent from january to june"
            " twenty twenty four to"
            " january to june twenty twenty five",
            num(
                pct_change(
                    m1[m1["_d"].dt.year == 2024]["value"].mean(),
                    m1[m1["_d"].dt.year == 2025]["value"].mean(),
                )
            ),
        )
    )
    # numbers-in-question
    add(
        one(
            HOUSE,
            "numbers-in-question",
            "how many times was minutes per room over forty five",
            num((mins["value"] > 45).sum()),
        )
    )
    add(
        one(
            HOUSE,
            "numbers-in-question",
            "on how many floor days did we get more than two complaints",
            num((comp["value"] > 2).sum()),
        )
    )
    # units-columns
    add(
        one(
            HOUSE,
            "units-columns",
            "whats the average minutes per room across the whole hotel",
            num(mins["value"].mean()),
        )
    )
    add(
        one(
            HOUSE,
            "units-columns",
            "add up the minutes per room times rooms cleaned for floor two on the first of july"
            " twenty twenty three so"
            " total minutes",
            num(
                mins[(mins["floor"] == 2) & (mins["date"] == "2023-07-01")]["value"].iloc[0]
                * rooms[(rooms["floor"] == 2) & (rooms["date"] == "2023-07-01")]["value"].iloc[0]
            ),
        )
    )
    # chart
    add(one(HOUSE, "chart", "plot rooms cleaned per day as a line", LINE))
    add(one(HOUSE, "chart", "graph the complaints by floor as a bar chart", BAR))
    # unanswerable
    add(one(HOUSE, "unanswerable", "which housekeeper is the slowest", NO))
    add(one(HOUSE, "unanswerable", "how much did we spend on cleaning supplies", NO))
    add(one(HOUSE, "unanswerable", "whats the guest satisfaction score for floor three", NO))
    add(one(HOUSE, "unanswerable", "why did complaints go up on the first floor", NO))
    # follow-ups
    c24 = comp[comp["_d"].dt.year == 2024]
    add(
        SealedCase(
            HOUSE,
            [
                ("how many complaints did we get in twenty twenty four", num(c24["value"].sum())),
                ("and on floor one only", num(c24[c24["floor"] == 1]["value"].sum())),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            HOUSE,
            [
                (
                    "average minutes per room on floor two",
                    num(mins[mins["floor"] == 2]["value"].mean()),
                ),
                ("and floor six", num(mins[mins["floor"] == 6]["value"].mean())),
                (
                    "what about the median for floor six",
                    num(mins[mins["floor"] == 6]["value"].median()),
                ),
            ],
            "follow-up",
        )
    )
    jul = rooms[(rooms["_d"].dt.year == 2024) & (rooms["_d"].dt.month == 7)]
    add(
        SealedCase(
            HOUSE,
            [
                ("total rooms cleaned in july twenty twenty four", num(jul["value"].sum())),
                ("show that by floor as a bar chart", BAR),
            ],
            "follow-up",
        )
    )
    s24 = staff[staff["_d"].dt.year == 2024]
    add(
        SealedCase(
            HOUSE,
            [
                ("add up staff on shift for twenty twenty four", num(s24["value"].sum())),
                ("okay and what was the wage bill for that", NO),
            ],
            "follow-up",
        )
    )
    weekend = comp[comp["_d"].dt.dayofweek >= 5]
    add(
        SealedCase(
            HOUSE,
            [
                (
                    "how many complaints came in on saturdays and sundays",
                    num(weekend["value"].sum()),
                ),
                (
                    "now just the saturdays",
                    num(weekend[weekend["_d"].dt.dayofweek == 5]["value"].sum()),
                ),
            ],
            "follow-up",
        )
    )
    return out


def cases() -> list[SealedCase]:
    assert len(MONTHS) == 12 and len(WEEKDAYS) == 7
    return rent_cases() + canteen_cases() + house_cases()
