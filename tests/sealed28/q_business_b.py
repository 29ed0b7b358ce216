"""BUSINESS half, part B: the market garden's weekly harvest log, the picture-framing
workshop's orders and the launderette chain's weekly figures in long form. Written as the
owner-operator of the small firm, who is not a numbers person; each gold says in a comment
what it takes the everyday words to mean.

Readings used throughout (TABLES_business.md has the tables):
- market garden: "picked" / "grew" is `kg_harvested`, "sold" is `kg_sold`, "went in the
  bin" / "wasted" is `kg_wasted` (blanks skipped), "money" is `sales_gbp`; the number of box
  customers in a week is that week's `box_subscribers` (repeated on every crop row of the
  week, so taken once per week, never summed over crops).
- framing: an "order" / "job" is a row; "money" / "charged" is `priceGbp`; "collected"
  is `collected == "yes"`; "typical" / "usual" is the median.
- launderette: the `ALL SHOPS` rows are subtotals and are left out; a figure "across the
  shops" is a sum over the three shops' rows of one measure; "takings" is `takings_gbp`,
  "faults" / "breakdowns" is `machine_faults`; blank values are skipped.
"""

from __future__ import annotations

import pandas as pd

from tests.sealed28.cases import (
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

GARDEN = "market_garden_weekly_log.csv"
FRAMES = "picture_framing_orders.csv"
WASH = "launderette_weekly_kpis_long.csv"

SUMMER = (6, 7, 8)  # summer = June to August


# --- market garden ----------------------------------------------------------------------


def _garden() -> list[SealedCase]:
    g = load(GARDEN, "week_commencing")
    year = g["_d"].dt.year
    weeks = g.groupby("_d")["box_subscribers"].first()  # one figure per week
    cases = [
        one(
            GARDEN,
            "aggregate",
            "How much did we pick altogether, in kilos?",
            num(g["kg_harvested"].sum()),
        ),
        one(
            GARDEN,
            "aggregate",
            "How much went in the bin in 2024?",
            num(g.loc[year == 2024, "kg_wasted"].sum()),
        ),
        # usual = median weekly box subscribers, one figure per week
        one(
            GARDEN,
            "aggregate",
            "How many box customers do we usually have in a week?",
            num(weeks.median()),
        ),
        one(
            GARDEN,
            "group",
            "How much money did we make each year?",
            num(*g.groupby(year)["sales_gbp"].sum()),
        ),
        one(
            GARDEN,
            "group",
            "How many kilos of tomatoes did we pick each year?",
            num(*g[g["crop"] == "Tomatoes"].groupby(year)["kg_harvested"].sum()),
        ),
        one(
            GARDEN,
            "ranking",
            "What are my three best earners, by money from sales?",
            ranked(g.groupby("crop")["sales_gbp"].sum(), 3),
        ),
        one(
            GARDEN,
            "ranking",
            "Which three crops do we throw away the most of, in kilos?",
            ranked(g.groupby("crop")["kg_wasted"].sum(), 3),
        ),
        one(
            GARDEN,
            "superlative",
            "Which crop gives us the most weight?",
            ranked(g.groupby("crop")["kg_harvested"].sum(), 1),
        ),
        # worst for waste = highest share of what was picked that was wasted
        one(
            GARDEN,
            "superlative",
            "Which crop has the worst waste, as a share of what we "
            "picked? Skip the weeks where waste wasn't weighed.",
            ranked(_waste_share(g), 1),
        ),
        one(
            GARDEN,
            "compare",
            "Did we pick more in 2024 than in 2023? Give me both years in kilos.",
            num(*[g.loc[year == y, "kg_harvested"].sum() for y in (2023, 2024)]),
        ),
        # summer = June to August; "this" = 2024, "last" = 2023
        one(
            GARDEN,
            "compare",
            "Did the salad do better this summer than last? Money from "
            "salad leaves, June to August 2024 against 2023.",
            num(
                *[
                    g.loc[
                        (year == y) & g["_d"].dt.month.isin(SUMMER) & (g["crop"] == "Salad Leaves"),
                        "sales_gbp",
                    ].sum()
                    for y in (2023, 2024)
                ]
            ),
        ),
        one(
            GARDEN,
            "coverage",
            "What's the first week in the log?",
            num(g["_d"].min().year, g["_d"].min().day),
        ),
        one(GARDEN, "coverage", "How many different crops are in here?", num(g["crop"].nunique())),
        one(
            GARDEN,
            "date-part",
            "How many kilos did we pick in September, all years together?",
            num(g.loc[g["_d"].dt.month == 9, "kg_harvested"].sum()),
        ),
        # the courgette glut: courgettes in August, every year together
        one(
            GARDEN,
            "date-part",
            "How much money did the courgettes bring in in August, all years together?",
            num(g.loc[(g["_d"].dt.month == 8) & (g["crop"] == "Courgettes"), "sales_gbp"].sum()),
        ),
        # sell-through = kg sold / kg picked
        one(
            GARDEN,
            "derived",
            "What share of everything we picked did we actually sell?",
            num(g["kg_sold"].sum() / g["kg_harvested"].sum() * 100),
        ),
        # what we get a kilo = money / kilos sold
        one(
            GARDEN,
            "derived",
            "What do we get a kilo for the tomatoes, on average?",
            num(
                g.loc[g["crop"] == "Tomatoes", "sales_gbp"].sum()
                / g.loc[g["crop"] == "Tomatoes", "kg_sold"].sum()
            ),
        ),
        # per bed = kg picked / beds, summed over the crop's weeks, divided by its weeks
        one(
            GARDEN,
            "per-normalise",
            "How many kilos of potatoes do we get per bed in a week, on average?",
            num(
                (
                    g.loc[g["crop"] == "Potatoes", "kg_harvested"]
                    / g.loc[g["crop"] == "Potatoes", "beds"]
                ).mean()
            ),
        ),
        one(
            GARDEN,
            "per-normalise",
            "What's the average money we make per week?",
            num(g.groupby("_d")["sales_gbp"].sum().mean()),
        ),
        one(
            GARDEN,
            "percent-change",
            "By how much did our box scheme grow from the first "
            "week of 2022 to the last week of 2024, in percent?",
            num(pct_change(weeks.iloc[0], weeks.iloc[-1])),
        ),
        one(
            GARDEN,
            "percent-change",
            "How much did the money from sales go up from 2023 to 2024, in percent?",
            num(pct_change(*[g.loc[year == y, "sales_gbp"].sum() for y in (2023, 2024)])),
        ),
        one(
            GARDEN,
            "numbers-in-question",
            "In how many weeks did we have more than 50 box customers?",
            num((weeks > 50).sum()),
        ),
        one(
            GARDEN,
            "numbers-in-question",
            "How many times did a crop make over £300 in a week?",
            num((g["sales_gbp"] > 300).sum()),
        ),
        one(
            GARDEN,
            "units-columns",
            "How many kilos of kale did we sell in all?",
            num(g.loc[g["crop"] == "Kale", "kg_sold"].sum()),
        ),
        one(GARDEN, "chart", "Can you plot how many box customers we had each week?", LINE),
        one(GARDEN, "chart", "Show me a bar chart of money by crop.", BAR),
        one(GARDEN, "chart", "Plot kilos picked against kilos sold, as dots.", SCATTER),
        one(GARDEN, "unanswerable", "How much did the seed and compost cost us?", NO),
        one(GARDEN, "unanswerable", "Why did the tomatoes go so badly that year?", NO),
        one(GARDEN, "unanswerable", "How many box customers will we have next spring?", NO),
        one(GARDEN, "unanswerable", "Which box customers cancelled and why?", NO),
    ]
    carrots = g[g["crop"] == "Carrots"]
    beans = g[g["crop"] == "Runner Beans"]
    cases += [
        SealedCase(
            GARDEN,
            [
                (
                    "How many kilos of carrots did we pick in 2023?",
                    num(carrots.loc[carrots["_d"].dt.year == 2023, "kg_harvested"].sum()),
                ),
                (
                    "And in 2022?",
                    num(carrots.loc[carrots["_d"].dt.year == 2022, "kg_harvested"].sum()),
                ),
                (
                    "What about beetroot in 2022?",
                    num(g.loc[(g["crop"] == "Beetroot") & (year == 2022), "kg_harvested"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GARDEN,
            [
                ("How much runner beans went in the bin, all told?", num(beans["kg_wasted"].sum())),
                ("And how much did we sell?", num(beans["kg_sold"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            GARDEN,
            [
                (
                    "How many box customers did we have in the last week of 2023?",
                    num(weeks[weeks.index.year == 2023].iloc[-1]),
                ),
                ("Was that because of the price rise at the supermarket?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            GARDEN,
            [
                (
                    "What's the most we ever made in one week, all crops together?",
                    num(g.groupby("_d")["sales_gbp"].sum().max()),
                ),
                ("Can I see the weekly money as a graph?", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            GARDEN,
            [
                (
                    "On average how much salad do we waste in a week, in kilos?",
                    num(g.loc[g["crop"] == "Salad Leaves", "kg_wasted"].mean()),
                ),
                ("And the median?", num(g.loc[g["crop"] == "Salad Leaves", "kg_wasted"].median())),
            ],
            "follow-up",
        ),
    ]
    return cases


def _waste_share(g: pd.DataFrame) -> pd.Series:
    weighed = g[g["kg_wasted"].notna()]
    by = weighed.groupby("crop")[["kg_wasted", "kg_harvested"]].sum()
    return by["kg_wasted"] / by["kg_harvested"] * 100


def _unaccounted(g: pd.DataFrame) -> float:
    weighed = g[g["kg_wasted"].notna()]
    return float(
        weighed["kg_harvested"].sum() - weighed["kg_sold"].sum() - weighed["kg_wasted"].sum()
    )


# --- picture framing --------------------------------------------------------------------


def _frames() -> list[SealedCase]:
    f = load(FRAMES, "orderDate")
    year = f["_d"].dt.year
    retail = f[f["customerType"] == "Retail"]
    area = f["widthCm"] * f["heightCm"]
    big = f["widthCm"] > 60  # "big" = over 60 cm wide (the question says so)
    cases = [
        one(
            FRAMES,
            "aggregate",
            "How much did I charge for frames in 2024, all told?",
            num(f.loc[year == 2024, "priceGbp"].sum()),
        ),
        # usual = median
        one(
            FRAMES,
            "aggregate",
            "What's the usual price of a framing job?",
            num(f["priceGbp"].median()),
        ),
        one(
            FRAMES,
            "aggregate",
            "How many jobs are still waiting to be collected?",
            num((f["collected"] == "no").sum()),
        ),
        one(
            FRAMES,
            "group",
            "How much does a typical job cost for trade compared with ordinary customers?",
            num(*f.groupby("customerType")["priceGbp"].median()),
        ),
        one(
            FRAMES,
            "ranking",
            "What are my three most popular mouldings, by number of orders?",
            ranked(f.groupby("mouldingCode").size(), 3),
        ),
        one(
            FRAMES,
            "ranking",
            "Which three mouldings bring in the least money?",
            ranked(f.groupby("mouldingCode")["priceGbp"].sum(), 3, ascending=True),
        ),
        one(
            FRAMES,
            "superlative",
            "Which moulding makes me the most money?",
            ranked(f.groupby("mouldingCode")["priceGbp"].sum(), 1),
        ),
        # the question says what "big" means; before = 2023, now = 2025 so far
        one(
            FRAMES,
            "compare",
            "Am I charging more for big frames than I used to? Average "
            "price of frames over 60 cm wide in 2023 against 2025.",
            num(*[f.loc[big & (year == y), "priceGbp"].mean() for y in (2023, 2025)]),
        ),
        one(
            FRAMES,
            "compare",
            "Do people who want a mount spend more than those who don't? Average price for each.",
            num(*f.groupby("mountYN")["priceGbp"].mean()),
        ),
        one(
            FRAMES,
            "coverage",
            "What's the most recent order date in here?",
            num(f["_d"].max().year, f["_d"].max().day),
        ),
        one(
            FRAMES,
            "date-part",
            "How many orders come in on Saturdays?",
            num((f["_d"].dt.day_of_week == 5).sum()),
        ),
        # the run-up to Christmas = November and December
        one(
            FRAMES,
            "date-part",
            "How much did I take in the run-up to Christmas 2024, November and December?",
            num(f.loc[(year == 2024) & f["_d"].dt.month.isin([11, 12]), "priceGbp"].sum()),
        ),
        one(
            FRAMES,
            "derived",
            "What share of jobs have a mount?",
            num((f["mountYN"] == "Y").mean() * 100),
        ),
        # deposits are paid up front; balance = price - deposit, over every order
        one(
            FRAMES,
            "derived",
            "How much was left to pay on collection, over all the "
            "orders? That's price less deposit.",
            num((f["priceGbp"] - f["depositGbp"]).sum()),
        ),
        # per square metre = price / (width x height in m²), averaged over jobs
        one(
            FRAMES,
            "per-normalise",
            "What do I charge per square metre of picture, on average, job by job?",
            num((f["priceGbp"] / (area / 10000)).mean()),
        ),
        one(
            FRAMES,
            "per-normalise",
            "How much do I take per order on average from trade customers?",
            num(f.loc[f["customerType"] == "Trade", "priceGbp"].mean()),
        ),
        one(
            FRAMES,
            "percent-change",
            "By what percent did my usual price go up from 2023 to 2024?",
            num(pct_change(*[f.loc[year == y, "priceGbp"].median() for y in (2023, 2024)])),
        ),
        one(
            FRAMES,
            "percent-change",
            "How much did the number of orders change from 2023 to 2024, in percent?",
            num(pct_change(*[(year == y).sum() for y in (2023, 2024)])),
        ),
        one(
            FRAMES,
            "numbers-in-question",
            "How many jobs came to over £200?",
            num((f["priceGbp"] > 200).sum()),
        ),
        one(
            FRAMES,
            "numbers-in-question",
            "How many frames were at least 1,000 square centimetres?",
            num((area >= 1000).sum()),
        ),
        one(
            FRAMES,
            "units-columns",
            "What's the widest frame I've made, in centimetres?",
            num(f["widthCm"].max()),
        ),
        one(
            FRAMES,
            "units-columns",
            "What's the average height of a frame?",
            num(f["heightCm"].mean()),
        ),
        # the glass codes in words: NR = non-reflective
        one(
            FRAMES,
            "units-columns",
            "How many jobs had non-reflective glass?",
            num((f["glassType"] == "NR").sum()),
        ),
        one(
            FRAMES,
            "units-columns",
            "How long do ordinary customers usually wait for their frame, in days?",
            num(retail["readyInDays"].median()),
        ),
        one(
            FRAMES,
            "units-columns",
            "What's the biggest deposit anyone has paid?",
            num(f["depositGbp"].max()),
        ),
        one(FRAMES, "chart", "Show me a pie chart of the glass types.", PIE),
        one(FRAMES, "chart", "Can I see prices against frame width as a scatter?", SCATTER),
        one(FRAMES, "chart", "Box plot of prices for each moulding, please.", BOX),
        one(FRAMES, "unanswerable", "What did the customers think of their frames?", NO),
        one(FRAMES, "unanswerable", "How much did the moulding stock cost me?", NO),
        one(FRAMES, "unanswerable", "What should I charge for a gold frame next year?", NO),
    ]
    oak = f[f["mouldingCode"] == "OAK-20"]
    q1 = [f.loc[(year == y) & (f["_d"].dt.quarter == 1), "priceGbp"].sum() for y in (2024, 2025)]
    cases += [
        SealedCase(
            FRAMES,
            [
                ("What's the usual price for an OAK-20 frame?", num(oak["priceGbp"].median())),
                ("And for BLK-15?", num(f.loc[f["mouldingCode"] == "BLK-15", "priceGbp"].median())),
                ("Show me the typical price of every moulding on a bar chart.", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            FRAMES,
            [
                ("How much did I take from January to March 2025?", num(q1[1])),
                ("And the same months in 2024?", num(q1[0])),
                ("So up or down by what percent?", num(pct_change(q1[0], q1[1]))),
            ],
            "follow-up",
        ),
        SealedCase(
            FRAMES,
            [
                (
                    "How many trade orders did I have in 2024?",
                    num(((year == 2024) & (f["customerType"] == "Trade")).sum()),
                ),
                ("Which gallery do they come from?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            FRAMES,
            [
                ("How many jobs had UV glass?", num((f["glassType"] == "UV").sum())),
                (
                    "And what did they come to in money?",
                    num(f.loc[f["glassType"] == "UV", "priceGbp"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            FRAMES,
            [
                (
                    "What's the average price of a job without a mount?",
                    num(f.loc[f["mountYN"] == "N", "priceGbp"].mean()),
                ),
                ("What about the median?", num(f.loc[f["mountYN"] == "N", "priceGbp"].median())),
            ],
            "follow-up",
        ),
    ]
    return cases


# --- launderette chain, long form ------------------------------------------------------


def _wash() -> list[SealedCase]:
    raw = load(WASH, "week_ending")
    w = raw[raw["shop"] != "ALL SHOPS"]  # the ALL SHOPS subtotal rows are left out
    year = w["_d"].dt.year

    def m(name: str) -> pd.DataFrame:
        return w[w["measure"] == name]

    takings = m("takings_gbp")
    t_year = takings["_d"].dt.year
    faults = m("machine_faults")
    clean = m("dry_clean_items")
    washes = m("wash_loads")
    hours = m("staff_hours")
    weekly_total = takings.groupby("_d")["value"].sum()
    cases = [
        one(
            WASH,
            "long-format",
            "How much did the three shops take altogether in 2024?",
            num(takings.loc[t_year == 2024, "value"].sum()),
        ),
        # typical = median weekly figure
        one(
            WASH,
            "long-format",
            "What does Mill Road usually take in a week?",
            num(takings.loc[takings["shop"] == "Mill Road", "value"].median()),
        ),
        one(
            WASH,
            "long-format",
            "How many dry-cleaning items did we do across the shops in 2023?",
            num(clean.loc[clean["_d"].dt.year == 2023, "value"].sum()),
        ),
        one(
            WASH,
            "long-format",
            "How many machine breakdowns did each shop have?",
            num(*faults.groupby("shop")["value"].sum()),
        ),
        one(
            WASH,
            "long-format",
            "How many service washes did Castle Street do in all?",
            num(m("service_washes").query("shop == 'Castle Street'")["value"].sum()),
        ),
        one(
            WASH,
            "long-format",
            "What's the most loads Station Parade has washed in a single week?",
            num(washes.loc[washes["shop"] == "Station Parade", "value"].max()),
        ),
        one(
            WASH,
            "long-format",
            "How many staff hours did we pay for across the shops in 2024?",
            num(hours.loc[hours["_d"].dt.year == 2024, "value"].sum()),
        ),
        one(
            WASH,
            "long-format",
            "How many dryer loads did Mill Road do in 2023?",
            num(
                m("dryer_loads")
                .query("shop == 'Mill Road'")
                .loc[lambda d: d["_d"].dt.year == 2023, "value"]
                .sum()
            ),
        ),
        one(
            WASH,
            "long-format",
            "What did the three shops take between them in the week ending 7 July 2024?",
            num(takings.loc[takings["_d"] == pd.Timestamp("2024-07-07"), "value"].sum()),
        ),
        one(
            WASH,
            "long-format",
            "What's the usual number of staff hours at Castle Street in a week?",
            num(hours.loc[hours["shop"] == "Castle Street", "value"].median()),
        ),
        one(
            WASH,
            "long-format",
            "How many breakdowns did we have in 2024 across the three shops?",
            num(faults.loc[faults["_d"].dt.year == 2024, "value"].sum()),
        ),
        one(
            WASH,
            "aggregate",
            "What's our average week's takings for all three shops together?",
            num(weekly_total.mean()),
        ),
        one(
            WASH,
            "group",
            "How much did each shop take in 2023?",
            num(*takings[t_year == 2023].groupby("shop")["value"].sum()),
        ),
        one(
            WASH,
            "ranking",
            "Put the shops in order of dry-cleaning items, most first.",
            ranked(clean.groupby("shop")["value"].sum(), 3),
        ),
        one(
            WASH,
            "superlative",
            "Which shop has the most machine breakdowns?",
            ranked(faults.groupby("shop")["value"].sum(), 1),
        ),
        one(
            WASH,
            "superlative",
            "Which shop does the fewest service washes?",
            ranked(m("service_washes").groupby("shop")["value"].sum(), 1, ascending=True),
        ),
        one(
            WASH,
            "compare",
            "Did Castle Street take more in 2024 than 2023?",
            num(*takings[takings["shop"] == "Castle Street"].groupby(t_year)["value"].sum()),
        ),
        one(WASH, "coverage", "How many weeks of figures have we got?", num(w["_d"].nunique())),
        one(
            WASH,
            "coverage",
            "What's the last week ending in the figures?",
            num(w["_d"].max().year, w["_d"].max().day),
        ),
        # the holidays = the weeks ending in December, across both years
        one(
            WASH,
            "date-part",
            "How much did we take in the December weeks, both years together?",
            num(takings.loc[takings["_d"].dt.month == 12, "value"].sum()),
        ),
        one(
            WASH,
            "date-part",
            "How many wash loads did we do in the first quarter of 2024, "
            "January to March, across the shops?",
            num(
                washes.loc[
                    (washes["_d"].dt.year == 2024) & (washes["_d"].dt.quarter == 1), "value"
                ].sum()
            ),
        ),
        one(
            WASH,
            "derived",
            "What share of the takings comes from Station Parade?",
            num(
                takings.loc[takings["shop"] == "Station Parade", "value"].sum()
                / takings["value"].sum()
                * 100
            ),
        ),
        # dryer loads per wash load, across the shops and weeks
        one(
            WASH,
            "derived",
            "How many dryer loads do we get for every wash load?",
            num(m("dryer_loads")["value"].sum() / washes["value"].sum()),
        ),
        # per staff hour = takings / staff hours, shop-wide totals
        one(
            WASH,
            "per-normalise",
            "How much do we take per staff hour, across all the shops?",
            num(takings["value"].sum() / hours["value"].sum()),
        ),
        one(
            WASH,
            "per-normalise",
            "What's the takings per wash load at Mill Road?",
            num(
                takings.loc[takings["shop"] == "Mill Road", "value"].sum()
                / washes.loc[washes["shop"] == "Mill Road", "value"].sum()
            ),
        ),
        one(
            WASH,
            "percent-change",
            "By how much did the takings go up from 2023 to 2024, in percent, all shops together?",
            num(pct_change(*takings.groupby(t_year)["value"].sum())),
        ),
        one(
            WASH,
            "percent-change",
            "How much did Station Parade's dry cleaning change from 2023 to 2024, in percent?",
            num(
                pct_change(
                    *clean[clean["shop"] == "Station Parade"]
                    .groupby(clean["_d"].dt.year)["value"]
                    .sum()
                )
            ),
        ),
        one(
            WASH,
            "numbers-in-question",
            "How many times did one shop take more than £4,500 in a week?",
            num((takings["value"] > 4500).sum()),
        ),
        one(
            WASH,
            "numbers-in-question",
            "In how many weeks did all three shops together take over £10k?",
            num((weekly_total > 10000).sum()),
        ),
        one(
            WASH,
            "units-columns",
            "How many pounds did Station Parade take in 2024?",
            num(
                takings.loc[(takings["shop"] == "Station Parade") & (t_year == 2024), "value"].sum()
            ),
        ),
        one(WASH, "chart", "Graph the weekly takings for each shop.", LINE),
        one(WASH, "chart", "Can I have a bar chart of breakdowns by shop?", BAR),
        one(WASH, "unanswerable", "How much did we pay for electricity at the shops?", NO),
        one(WASH, "unanswerable", "How are the launderettes across town doing?", NO),
        one(WASH, "unanswerable", "Which of my staff is the hardest worker?", NO),
    ]
    station_hours = hours[hours["shop"] == "Station Parade"]
    mill_faults = faults[faults["shop"] == "Mill Road"]
    cs_take = takings[takings["shop"] == "Castle Street"]
    cases += [
        SealedCase(
            WASH,
            [
                (
                    "How many staff hours did Station Parade have in 2023?",
                    num(station_hours.loc[station_hours["_d"].dt.year == 2023, "value"].sum()),
                ),
                (
                    "And Mill Road?",
                    num(
                        hours.loc[
                            (hours["shop"] == "Mill Road") & (hours["_d"].dt.year == 2023), "value"
                        ].sum()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WASH,
            [
                (
                    "How many breakdowns did Mill Road have in 2024?",
                    num(mill_faults.loc[mill_faults["_d"].dt.year == 2024, "value"].sum()),
                ),
                ("Which machines keep breaking?", NO),
                (
                    "And how many in 2023?",
                    num(mill_faults.loc[mill_faults["_d"].dt.year == 2023, "value"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WASH,
            [
                ("What does Castle Street usually take in a week?", num(cs_take["value"].median())),
                ("And on average?", num(cs_take["value"].mean())),
                ("Show me its weekly takings as a graph.", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            WASH,
            [
                (
                    "How much did the shops take in summer 2024, June to August?",
                    num(
                        takings.loc[
                            (t_year == 2024) & takings["_d"].dt.month.isin(SUMMER), "value"
                        ].sum()
                    ),
                ),
                (
                    "And summer 2023?",
                    num(
                        takings.loc[
                            (t_year == 2023) & takings["_d"].dt.month.isin(SUMMER), "value"
                        ].sum()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WASH,
            [
                (
                    "How many dry-cleaning items did Station Parade do in 2024?",
                    num(
                        clean.loc[
                            (clean["shop"] == "Station Parade") & (clean["_d"].dt.year == 2024),
                            "value",
                        ].sum()
                    ),
                ),
                ("What do we charge per item for dry cleaning?", NO),
            ],
            "follow-up",
        ),
    ]
    del year
    return cases


def cases() -> list[SealedCase]:
    return _garden() + _frames() + _wash()
