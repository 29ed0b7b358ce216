"""BUSINESS half, part A: the coffee van's till export, the window-cleaning round and the
party-hire bookings. Written as the owner-operator of the small firm, who is not a numbers
person; each gold says in a comment what it takes the everyday words to mean.

Readings used throughout (TABLES_business.md has the tables):
- coffee van: a "sale" / "customer" / "how busy" is one receipt (`receipt_no`) with at least
  one line that is not `VOID`; "takings" / "money" is the sum of `line_total_gbp` over lines
  that are not `VOID`; "sold" counts are sums of `qty`; "coffees" are `category == "Coffee"`,
  "drinks" are Coffee and Other drink; "typical" is the median.
- window round: a clean "done" is `PAID` or `OWING` (a `SKIPPED` visit was not done);
  "earned" is the price of cleans done, "came in" / "paid" is `PAID` only, "owed" is `OWING`;
  blank prices are skipped.
- party hire: a party that "went ahead" is `status == "Hired"`; "bookings" are every row;
  "made" on a party is `hire_price + delivery_charge` unless the question says hire only.
"""

from __future__ import annotations

import pandas as pd

from tests.sealed28.cases import (
    BAR,
    BOX,
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

COFFEE = "coffee_van_till_export.csv"
WINDOWS = "window_cleaning_round.csv"
PARTY = "party_hire_bookings.csv"

SUMMER = (6, 7, 8)  # summer = June to August
WINTER = (12, 1, 2)  # winter = December to February
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- coffee van -----------------------------------------------------------------------


def _lines() -> pd.DataFrame:
    """Till lines that are not voided."""
    frame = load(COFFEE, "sold_at")
    return frame[frame["status"] != "VOID"]


def _receipts(lines: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sale (receipt): its total, pitch, time and number of items."""
    lines = _lines() if lines is None else lines
    return lines.groupby("receipt_no").agg(
        total=("line_total_gbp", "sum"),
        items=("qty", "sum"),
        pitch=("pitch", "first"),
        _d=("_d", "first"),
    )


def _coffee() -> list[SealedCase]:
    ok = _lines()
    rec = _receipts(ok)
    year = ok["_d"].dt.year
    day = ok["_d"].dt.normalize()
    daily = ok.groupby(day)["line_total_gbp"].sum()
    cases = [
        # money = line totals without voids
        one(
            COFFEE,
            "aggregate",
            "How much money has the van taken altogether? Don't count the voided lines.",
            num(ok["line_total_gbp"].sum()),
        ),
        # typical = median receipt total
        one(
            COFFEE,
            "aggregate",
            "What does a typical customer spend with us? Leave the voids out.",
            num(rec["total"].median()),
        ),
        one(
            COFFEE,
            "aggregate",
            "How many bacon rolls have we sold in all, not counting voids?",
            num(ok.loc[ok["item"] == "Bacon Roll", "qty"].sum()),
        ),
        one(
            COFFEE,
            "group",
            "How much did each pitch take in 2024? Voided lines out.",
            num(*ok[year == 2024].groupby("pitch")["line_total_gbp"].sum()),
        ),
        # coffees = category Coffee; number = sum of qty
        one(
            COFFEE,
            "group",
            "How many coffees did we sell in each size, small, medium and large? No voids.",
            num(*ok[ok["category"] == "Coffee"].groupby("size")["qty"].sum()),
        ),
        # best seller = most sold by qty
        one(
            COFFEE,
            "ranking",
            "What are my three best sellers, by how many we've sold? Ignore the voided lines.",
            ranked(ok.groupby("item")["qty"].sum(), 3),
        ),
        one(
            COFFEE,
            "ranking",
            "Which two pitches bring in the least money? Leave out voids.",
            ranked(ok.groupby("pitch")["line_total_gbp"].sum(), 2, ascending=True),
        ),
        one(
            COFFEE,
            "superlative",
            "Which pitch makes me the most money? Voided lines don't count.",
            ranked(ok.groupby("pitch")["line_total_gbp"].sum(), 1),
        ),
        # busiest hour = the clock hour with most sales; gold: the hour and its sales
        one(
            COFFEE,
            "superlative",
            "What's our busiest hour of the day, going by number of sales? No voids.",
            num(rec["_d"].dt.hour.value_counts().idxmax(), rec["_d"].dt.hour.value_counts().max()),
        ),
        one(
            COFFEE,
            "superlative",
            "Which food do we sell the least of? Count what's sold, not voids.",
            ranked(ok[ok["category"] == "Food"].groupby("item")["qty"].sum(), 1, ascending=True),
        ),
        # this summer = summer 2024 (the last in the file), last = summer 2023
        one(
            COFFEE,
            "compare",
            "Did we do better this summer than last? Summer meaning June "
            "to August 2024 against June to August 2023, takings without voids.",
            num(
                *[
                    ok[(year == y) & ok["_d"].dt.month.isin(SUMMER)]["line_total_gbp"].sum()
                    for y in (2023, 2024)
                ]
            ),
        ),
        one(
            COFFEE,
            "compare",
            "How much came in on card compared with cash in 2024? Voids out.",
            num(*ok[year == 2024].groupby("payment")["line_total_gbp"].sum()),
        ),
        one(
            COFFEE,
            "coverage",
            "When did we first trade at the Leisure Centre?",
            num(2024, ok.loc[ok["pitch"] == "Leisure Centre", "_d"].min().day),
        ),
        # days traded = distinct dates with a sale
        one(
            COFFEE,
            "coverage",
            "How many different days has the van been out trading?",
            num(day.nunique()),
        ),
        # Saturdays and Sundays: number of sales on each
        one(
            COFFEE,
            "date-part",
            "How busy are we on Saturdays compared with Sundays? Number "
            "of sales on each, voids out.",
            num(*[(rec["_d"].dt.day_of_week == d).sum() for d in (5, 6)]),
        ),
        # quietest month = calendar month with the lowest takings, both years together
        one(
            COFFEE,
            "date-part",
            "What are our quietest months? Tell me the one with the "
            "lowest takings over both years, voids out.",
            num(ok.groupby(ok["_d"].dt.month)["line_total_gbp"].sum().min()),
        ),
        one(
            COFFEE,
            "date-part",
            "How much do we take before nine in the morning, all told? No voids.",
            num(ok.loc[ok["_d"].dt.hour < 9, "line_total_gbp"].sum()),
        ),
        one(
            COFFEE,
            "derived",
            "What share of my takings comes from food? Leave out voids.",
            num(
                ok.loc[ok["category"] == "Food", "line_total_gbp"].sum()
                / ok["line_total_gbp"].sum()
                * 100
            ),
        ),
        # now = the prices after the April 2024 rise (the latest in the file)
        one(
            COFFEE,
            "derived",
            "How much more is a large latte than a small one now?",
            num(_price(ok, "Latte", "L") - _price(ok, "Latte", "S")),
        ),
        # per day = takings / days traded
        one(
            COFFEE,
            "per-normalise",
            "How much do we take per day out, on average? Voids don't count.",
            num(daily.mean()),
        ),
        one(
            COFFEE,
            "per-normalise",
            "How many things does a customer buy per visit, on average? No voids.",
            num(rec["items"].mean()),
        ),
        one(
            COFFEE,
            "percent-change",
            "By how much did takings go up from 2023 to 2024, in percent? Voids left out.",
            num(pct_change(*[ok.loc[year == y, "line_total_gbp"].sum() for y in (2023, 2024)])),
        ),
        one(
            COFFEE,
            "percent-change",
            "What percentage did the medium latte go up by when we put the prices up?",
            num(pct_change(_price(ok, "Latte", "M", before=True), _price(ok, "Latte", "M"))),
        ),
        one(
            COFFEE,
            "numbers-in-question",
            "How many sales came to over a tenner? Voids out.",
            num((rec["total"] > 10).sum()),
        ),
        one(
            COFFEE,
            "numbers-in-question",
            "On how many days did we take more than £250?",
            num((daily > 250).sum()),
        ),
        one(
            COFFEE,
            "units-columns",
            "What's the dearest single thing on the menu, in pounds?",
            num(ok["unit_price_gbp"].max()),
        ),
        one(
            COFFEE,
            "units-columns",
            "How much money did all the voided lines add up to?",
            num(load(COFFEE).query("status == 'VOID'")["line_total_gbp"].sum()),
        ),
        one(COFFEE, "chart", "Can you show me a bar chart of takings by pitch?", BAR),
        one(COFFEE, "chart", "Plot how many sales we did each month, as a line please.", LINE),
        one(COFFEE, "chart", "Show me card against cash as a pie chart.", PIE),
        one(COFFEE, "chart", "Draw me a histogram of how much people spend per sale.", HISTOGRAM),
        one(COFFEE, "unanswerable", "How much profit did I make on coffees last year?", NO),
        one(COFFEE, "unanswerable", "Why was the Business Park so quiet in the winter?", NO),
        one(
            COFFEE, "unanswerable", "How many of my customers come back more than once a week?", NO
        ),
    ]
    ms = rec[rec["pitch"] == "Market Square"]
    rp = rec[rec["pitch"] == "Riverside Park"]
    hot = ok[ok["item"] == "Hot Chocolate"]
    dec = [
        ok[(year == y) & (ok["_d"].dt.month == 12)]["line_total_gbp"].sum() for y in (2023, 2024)
    ]
    sat = rec[rec["_d"].dt.day_of_week == 5]
    station = ok[ok["pitch"] == "Station Car Park"]
    cases += [
        SealedCase(
            COFFEE,
            [
                (
                    "What does a typical customer spend at Market Square? Voids out.",
                    num(ms["total"].median()),
                ),
                ("And at Riverside Park?", num(rp["total"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            COFFEE,
            [
                (
                    "How many hot chocolates did we sell in January 2024, leaving out voids?",
                    num(hot[(hot["_d"].dt.year == 2024) & (hot["_d"].dt.month == 1)]["qty"].sum()),
                ),
                (
                    "And in July 2024?",
                    num(hot[(hot["_d"].dt.year == 2024) & (hot["_d"].dt.month == 7)]["qty"].sum()),
                ),
                ("Can I see hot chocolates sold month by month as a graph?", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            COFFEE,
            [
                ("How much did we take in December 2024? No voids.", num(dec[1])),
                ("And December 2023?", num(dec[0])),
                ("So what's that change in percent?", num(pct_change(dec[0], dec[1]))),
            ],
            "follow-up",
        ),
        SealedCase(
            COFFEE,
            [
                ("What's the average sale on a Saturday, voids out?", num(sat["total"].mean())),
                ("What about the median?", num(sat["total"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            COFFEE,
            [
                (
                    "How much did the Station Car Park take in 2023? Voids out.",
                    num(station.loc[station["_d"].dt.year == 2023, "line_total_gbp"].sum()),
                ),
                ("Was it raining on the quiet days there?", NO),
                (
                    "And what did it take in 2024?",
                    num(station.loc[station["_d"].dt.year == 2024, "line_total_gbp"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            COFFEE,
            [
                (
                    "Which drink do we sell the most of? Count what's sold, no voids.",
                    ranked(ok[ok["category"] != "Food"].groupby("item")["qty"].sum(), 1),
                ),
                (
                    "And which food?",
                    ranked(ok[ok["category"] == "Food"].groupby("item")["qty"].sum(), 1),
                ),
            ],
            "follow-up",
        ),
    ]
    return cases


def _price(lines: pd.DataFrame, item: str, size: str, before: bool = False) -> float:
    """The item's unit price before the April 2024 rise, or after it (now)."""
    rows = lines[(lines["item"] == item) & (lines["size"] == size)]
    cut = rows["_d"] < pd.Timestamp("2024-04-01")
    prices = rows.loc[cut if before else ~cut, "unit_price_gbp"].unique()
    assert len(prices) == 1, prices
    return float(prices[0])


# --- window-cleaning round --------------------------------------------------------------


def _windows() -> list[SealedCase]:
    w = load(WINDOWS, "visit_date")
    done = w[w["status"].isin(["PAID", "OWING"])]
    paid = w[w["status"] == "PAID"]
    owing = w[w["status"] == "OWING"]
    year = w["_d"].dt.year
    d_year = done["_d"].dt.year
    cases = [
        one(WINDOWS, "aggregate", "How much am I owed altogether?", num(owing["price"].sum())),
        # usual = median price of the cleans done
        one(
            WINDOWS,
            "aggregate",
            "What's the usual price of a clean, going by the ones I actually did?",
            num(done["price"].median()),
        ),
        one(
            WINDOWS,
            "aggregate",
            "How many cleans did I skip in all?",
            num((w["status"] == "SKIPPED").sum()),
        ),
        one(
            WINDOWS,
            "group",
            "How much came in each way of paying in 2024?",
            num(*paid[paid["_d"].dt.year == 2024].groupby("paid_by")["price"].sum()),
        ),
        one(
            WINDOWS,
            "group",
            "How many customers have I had on each round, the four-weekly and the eight-weekly?",
            num(*w.groupby("freq")["cust_id"].nunique()),
        ),
        one(
            WINDOWS,
            "ranking",
            "Which three streets bring in the most money? Just count what was actually paid.",
            ranked(paid.groupby("street")["price"].sum(), 3),
        ),
        one(
            WINDOWS,
            "ranking",
            "Who are the three customers that owe me the most?",
            ranked(owing.groupby("cust_id")["price"].sum(), 3),
        ),
        one(
            WINDOWS,
            "superlative",
            "Which street has the most customers?",
            ranked(w.groupby("street")["cust_id"].nunique(), 1),
        ),
        # most cleans = cleans done, by weekday name
        one(
            WINDOWS,
            "superlative",
            "What day of the week do I do the most cleans on?",
            ranked(done["_d"].dt.day_of_week.map(dict(enumerate(DAYS))).value_counts(), 1),
        ),
        one(
            WINDOWS,
            "compare",
            "Did I earn more in 2024 than in 2023? Count the cleans I did.",
            num(*done.groupby(d_year)["price"].sum()),
        ),
        one(
            WINDOWS,
            "compare",
            "Do my eight-weekly customers pay more a clean than the "
            "four-weekly ones? Average price for each, cleans done.",
            num(*done.groupby("freq")["price"].mean()),
        ),
        # on the books = every customer id in the file
        one(
            WINDOWS,
            "coverage",
            "How many customers have I had on the books, all told?",
            num(w["cust_id"].nunique()),
        ),
        one(
            WINDOWS,
            "coverage",
            "What's the last date in my round book?",
            num(2024, w["_d"].max().day),
        ),
        # winter = December, January, February (any year)
        one(
            WINDOWS,
            "date-part",
            "How many cleans did I get done in the winter months, December to February?",
            num(done["_d"].dt.month.isin(WINTER).sum()),
        ),
        one(
            WINDOWS,
            "date-part",
            "How many cleans do I do on Fridays?",
            num((done["_d"].dt.day_of_week == 4).sum()),
        ),
        # unpaid share = OWING over cleans done
        one(
            WINDOWS,
            "derived",
            "What fraction of my cleans end up not paid for?",
            num(len(owing) / len(done) * 100),
        ),
        one(
            WINDOWS,
            "derived",
            "What's the difference between my average eight-weekly price "
            "and my average four-weekly price? Cleans done.",
            num(
                done.loc[done["freq"] == "8W", "price"].mean()
                - done.loc[done["freq"] == "4W", "price"].mean()
            ),
        ),
        # per customer = money paid / customers on the books
        one(
            WINDOWS,
            "per-normalise",
            "How much have I had per customer over the whole two years, counting only what's paid?",
            num(paid["price"].sum() / w["cust_id"].nunique()),
        ),
        # per working day = earned / days with a clean done
        one(
            WINDOWS,
            "per-normalise",
            "How much do I earn per working day, on average?",
            num(done["price"].sum() / done["_d"].nunique()),
        ),
        one(
            WINDOWS,
            "percent-change",
            "By what percent did my average price go up from 2023 to 2024? Cleans done.",
            num(pct_change(*done.groupby(d_year)["price"].mean())),
        ),
        one(
            WINDOWS,
            "percent-change",
            "How much did the number of cleans I did change from 2023 to 2024, in percent?",
            num(pct_change(*done.groupby(d_year).size())),
        ),
        one(
            WINDOWS,
            "numbers-in-question",
            "How many cleans did I do that were priced at £25 or more?",
            num((done["price"] >= 25).sum()),
        ),
        one(
            WINDOWS,
            "numbers-in-question",
            "How many customers owe me more than £50 in total?",
            num((owing.groupby("cust_id")["price"].sum() > 50).sum()),
        ),
        # the codes 4W / 8W in words
        one(
            WINDOWS,
            "units-columns",
            "How many customers have I had on the every-four-weeks round?",
            num(w.loc[w["freq"] == "4W", "cust_id"].nunique()),
        ),
        one(WINDOWS, "chart", "Show me a bar chart of how much each street brings in.", BAR),
        one(
            WINDOWS,
            "chart",
            "Show me a box plot of prices for the four-weekly and eight-weekly rounds.",
            BOX,
        ),
        one(WINDOWS, "unanswerable", "How long does a clean take me on average?", NO),
        one(WINDOWS, "unanswerable", "How much did I spend on ladders and water-fed poles?", NO),
        one(WINDOWS, "unanswerable", "How many windows has each house got?", NO),
    ]
    church = owing[owing["street"] == "Church Lane"]
    elm = owing[owing["street"] == "Elm Road"]

    def month_cleans(y: int, m: int) -> int:
        return int(((d_year == y) & (done["_d"].dt.month == m)).sum())

    cash = paid[paid["paid_by"] == "Cash"]
    cash_y = cash.groupby(cash["_d"].dt.year)["price"].sum()
    skipped_24 = w[(w["status"] == "SKIPPED") & (year == 2024)]
    cases += [
        SealedCase(
            WINDOWS,
            [
                ("How much is owed on Church Lane?", num(church["price"].sum())),
                ("And on Elm Road?", num(elm["price"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            WINDOWS,
            [
                ("How many cleans did I do in March 2024?", num(month_cleans(2024, 3))),
                ("And in March 2023?", num(month_cleans(2023, 3))),
                ("Can you graph the cleans per month for me?", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            WINDOWS,
            [
                ("How much came in as cash in 2023?", num(cash_y[2023])),
                ("And in 2024?", num(cash_y[2024])),
                ("So what's the drop in percent?", num(pct_change(cash_y[2023], cash_y[2024]))),
            ],
            "follow-up",
        ),
        SealedCase(
            WINDOWS,
            [
                ("How many cleans did I skip in 2024?", num(len(skipped_24))),
                ("Why did I skip them?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            WINDOWS,
            [
                (
                    "What's the usual price on the eight-weekly round? Cleans done.",
                    num(done.loc[done["freq"] == "8W", "price"].median()),
                ),
                ("And the four-weekly?", num(done.loc[done["freq"] == "4W", "price"].median())),
            ],
            "follow-up",
        ),
    ]
    return cases


# --- party hire -------------------------------------------------------------------------


def _party() -> list[SealedCase]:
    p = load(PARTY, "event_date")
    p["_booked"] = pd.to_datetime(p["booked_on"], format="%d/%m/%y")
    p["_lead"] = (p["_d"] - p["_booked"]).dt.days
    p["_made"] = p["hire_price"] + p["delivery_charge"]
    year = p["_d"].dt.year
    h = p[p["status"] == "Hired"]
    h_year = h["_d"].dt.year
    weekend = h["_d"].dt.day_of_week >= 5
    cases = [
        one(
            PARTY,
            "aggregate",
            "How much did we make in 2024, hire and delivery together, "
            "for the parties that went ahead?",
            num(h.loc[h_year == 2024, "_made"].sum()),
        ),
        # usual = median
        one(
            PARTY,
            "aggregate",
            "What's the usual hire price for the Disco Dome?",
            num(p.loc[p["item_hired"] == "Disco Dome", "hire_price"].median()),
        ),
        one(
            PARTY,
            "group",
            "How many parties did we do in each postcode area? Only the ones that went ahead.",
            num(*h.groupby("postcode_area").size()),
        ),
        one(
            PARTY,
            "group",
            "How many bookings did each kind of occasion bring in?",
            num(*p.groupby("occasion").size()),
        ),
        one(
            PARTY,
            "ranking",
            "What are my top three items by money made? Hire price only, parties that went ahead.",
            ranked(h.groupby("item_hired")["hire_price"].sum(), 3),
        ),
        one(
            PARTY,
            "ranking",
            "Which three postcode areas do we go to least, counting parties that went ahead?",
            ranked(h.groupby("postcode_area").size(), 3, ascending=True),
        ),
        one(
            PARTY,
            "superlative",
            "What's my most popular item? The one hired out the most "
            "times, parties that went ahead.",
            ranked(h.groupby("item_hired").size(), 1),
        ),
        one(
            PARTY,
            "superlative",
            "Which postcode area brings in the most in delivery charges, for parties that "
            "went ahead?",
            ranked(h.groupby("postcode_area")["delivery_charge"].sum(), 1),
        ),
        one(
            PARTY,
            "compare",
            "Did we get more bookings in summer 2024 than summer 2023? "
            "June to August, every booking.",
            num(*[((year == y) & p["_d"].dt.month.isin(SUMMER)).sum() for y in (2023, 2024)]),
        ),
        # weekend = Saturday and Sunday
        one(
            PARTY,
            "compare",
            "Do weekend parties cost more than weekday ones? Average hire "
            "price for each, parties that went ahead.",
            num(h.loc[weekend, "hire_price"].mean(), h.loc[~weekend, "hire_price"].mean()),
        ),
        one(
            PARTY,
            "coverage",
            "When was the first booking in the book taken?",
            num(p["_booked"].min().year, p["_booked"].min().day),
        ),
        one(
            PARTY,
            "coverage",
            "How many different things do we hire out?",
            num(p["item_hired"].nunique()),
        ),
        one(
            PARTY,
            "date-part",
            "How many parties went ahead in August, all years together?",
            num((h["_d"].dt.month == 8).sum()),
        ),
        # weekday = Monday to Friday
        one(
            PARTY,
            "date-part",
            "How many bookings were for a weekday, Monday to Friday?",
            num((p["_d"].dt.day_of_week < 5).sum()),
        ),
        # taken in December = booked_on in December
        one(
            PARTY,
            "date-part",
            "How many bookings do we take in December? I mean booked in "
            "December, not the party date.",
            num((p["_booked"].dt.month == 12).sum()),
        ),
        # usually = median days between booking and party
        one(
            PARTY,
            "derived",
            "How many days ahead do people usually book?",
            num(p["_lead"].median()),
        ),
        one(
            PARTY,
            "derived",
            "What share of bookings got cancelled?",
            num((p["status"] == "Cancelled").mean() * 100),
        ),
        one(
            PARTY,
            "derived",
            "What share of the money from parties that went ahead was delivery charges?",
            num(h["delivery_charge"].sum() / h["_made"].sum() * 100),
        ),
        one(
            PARTY,
            "per-normalise",
            "How much do we make per party, hire and delivery, on "
            "average? Only ones that went ahead.",
            num(h["_made"].mean()),
        ),
        # per Saturday = parties on Saturdays in July 2024 / Saturdays in July 2024
        one(
            PARTY,
            "per-normalise",
            "How many parties did we do per Saturday in July 2024, on "
            "average? Ones that went ahead.",
            num(_per_saturday(h, 2024, 7)),
        ),
        one(
            PARTY,
            "percent-change",
            "By how much did bookings grow from 2022 to 2024, in percent?",
            num(pct_change((year == 2022).sum(), (year == 2024).sum())),
        ),
        one(
            PARTY,
            "percent-change",
            "How much has the Pirate Castle's usual price gone up from 2022 to 2024, in percent?",
            num(
                pct_change(
                    *[
                        p.loc[
                            (p["item_hired"] == "Pirate Castle") & (year == y), "hire_price"
                        ].median()
                        for y in (2022, 2024)
                    ]
                )
            ),
        ),
        one(
            PARTY,
            "numbers-in-question",
            "How many parties went ahead where the hire price was £100 or more?",
            num((h["hire_price"] >= 100).sum()),
        ),
        one(
            PARTY,
            "numbers-in-question",
            "How many bookings came in more than 60 days before the party?",
            num((p["_lead"] > 60).sum()),
        ),
        one(
            PARTY,
            "numbers-in-question",
            "How many months took over £5k in hire and delivery, for parties that went ahead?",
            num((h.groupby(h["_d"].dt.to_period("M"))["_made"].sum() > 5000).sum()),
        ),
        # LS is the Leeds postcode area
        one(
            PARTY,
            "units-columns",
            "How many parties went ahead in the Leeds area?",
            num((h["postcode_area"] == "LS").sum()),
        ),
        one(PARTY, "chart", "Can I see a pie chart of bookings by occasion?", PIE),
        one(PARTY, "chart", "Show me a bar chart of how many times each item went out.", BAR),
        one(PARTY, "unanswerable", "How many children came to each party?", NO),
        one(PARTY, "unanswerable", "Which of our castles needs repairing?", NO),
        one(PARTY, "unanswerable", "What do the other bouncy castle firms round here charge?", NO),
    ]
    bd = h[h["postcode_area"] == "BD"]
    rain = p[p["status"] == "Rained off"]
    soft = h[h["item_hired"] == "Soft Play Set"]
    cases += [
        SealedCase(
            PARTY,
            [
                (
                    "How many parties went ahead in the BD area in 2023?",
                    num((bd["_d"].dt.year == 2023).sum()),
                ),
                ("And 2024?", num((bd["_d"].dt.year == 2024).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            PARTY,
            [
                (
                    "How much hire money did we lose to rain in 2024? The hire prices of the "
                    "rained-off ones.",
                    num(rain.loc[rain["_d"].dt.year == 2024, "hire_price"].sum()),
                ),
                ("And in 2023?", num(rain.loc[rain["_d"].dt.year == 2023, "hire_price"].sum())),
                ("Will next summer be as wet?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            PARTY,
            [
                (
                    "How far ahead do people usually book the Pirate Castle?",
                    num(p.loc[p["item_hired"] == "Pirate Castle", "_lead"].median()),
                ),
                (
                    "And the Sumo Suits?",
                    num(p.loc[p["item_hired"] == "Sumo Suits", "_lead"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            PARTY,
            [
                (
                    "How much did the Soft Play Set make in 2023, hire only, parties that went "
                    "ahead?",
                    num(soft.loc[soft["_d"].dt.year == 2023, "hire_price"].sum()),
                ),
                (
                    "And the year after?",
                    num(soft.loc[soft["_d"].dt.year == 2024, "hire_price"].sum()),
                ),
                ("Show that by month as a bar chart.", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            PARTY,
            [
                (
                    "How many bookings did we have for Saturday parties in 2024?",
                    num(((year == 2024) & (p["_d"].dt.day_of_week == 5)).sum()),
                ),
                (
                    "Leave out the cancelled and rained-off ones.",
                    num(((h_year == 2024) & (h["_d"].dt.day_of_week == 5)).sum()),
                ),
            ],
            "follow-up",
        ),
    ]
    return cases


def _per_saturday(hired: pd.DataFrame, year: int, month: int) -> float:
    saturdays = pd.date_range(f"{year}-{month:02d}-01", periods=31, freq="D")
    saturdays = saturdays[(saturdays.month == month) & (saturdays.day_of_week == 5)]
    on = hired["_d"].isin(saturdays)
    # every Saturday of the month had a party, so "per Saturday" is the same either way
    assert hired.loc[on, "_d"].nunique() == len(saturdays)
    return on.sum() / len(saturdays)


def cases() -> list[SealedCase]:
    return _coffee() + _windows() + _party()
