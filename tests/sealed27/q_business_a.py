"""BUSINESS half, part a: the locksmith's callout log, the bookshop's till lines and the
kayak and canoe hire log. Written as a bookkeeper at the firm doing month-end.

Year-ends the golds use:
- locksmith: FY runs April to March ("FY23/24" = 2023-04-01 to 2024-03-31).
- bookshop: FY runs July to June ("FY24/25" = 2024-07-01 to 2025-06-30).
- kayak hire: calendar seasons (2023, 2024).
Money "ex VAT" on the locksmith is labour + parts (a blank `parts_gbp` counts as £0);
"inc VAT" adds `vat_gbp`. Bookshop line value = qty × unit price × (1 − discount % / 100);
refund lines have negative qty, so "net of refunds" is the plain sum.
"""

from __future__ import annotations

import pandas as pd

from tests.sealed27.cases import (
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

LOCK = "locksmith_callout_log.csv"
BOOK = "bookshop_till_lines.csv"
KAYAK = "kayak_canoe_hires.csv"


def _fy_april(dates: pd.Series) -> pd.Series:
    """FY label for an April–March year: 2024-05-01 -> 'FY24/25'."""
    start = dates.dt.year - (dates.dt.month < 4)
    return "FY" + (start % 100).astype(str).str.zfill(2) + "/" + ((start + 1) % 100).astype(str)


def _fy_july(dates: pd.Series) -> pd.Series:
    start = dates.dt.year - (dates.dt.month < 7)
    return "FY" + (start % 100).astype(str).str.zfill(2) + "/" + ((start + 1) % 100).astype(str)


def _lock() -> pd.DataFrame:
    df = load(LOCK, "job_date")
    df["ex"] = df["labour_gbp"] + df["parts_gbp"].fillna(0)
    df["inc"] = df["ex"] + df["vat_gbp"]
    df["fy"] = _fy_april(df["_d"])
    df["ym"] = df["_d"].dt.strftime("%Y-%m")
    df["hour"] = df["job_time"].str[:2].astype(int)
    return df


def _book() -> pd.DataFrame:
    df = load(BOOK, "till_date")
    df["line"] = df["qty"] * df["unit_price_gbp"] * (1 - df["discount_pct"] / 100)
    df["rrp"] = df["qty"] * df["unit_price_gbp"]
    df["fy"] = _fy_july(df["_d"])
    df["ym"] = df["_d"].dt.strftime("%Y-%m")
    return df


def _kayak() -> pd.DataFrame:
    df = load(KAYAK, "hire_start")
    df["year"] = df["_d"].dt.year
    df["ym"] = df["_d"].dt.strftime("%Y-%m")
    return df


def locksmith_cases() -> list[SealedCase]:
    df = _lock()
    live = df[df["status"] != "REFUNDED"]
    fy24 = live[live["fy"] == "FY23/24"]
    fy25 = live[live["fy"] == "FY24/25"]
    mar25 = df[df["ym"] == "2025-03"]
    unpaid = df[df["status"] == "UNPAID"]
    refunded = df[df["status"] == "REFUNDED"]
    board = live[live["job_type"] == "BOARDUP"]
    assert board["parts_gbp"].notna().sum() == len(board) - 1
    safe = live[live["job_type"] == "SAFE"]
    assert safe["parts_gbp"].notna().all()
    lockout = live[live["job_type"] == "LOCKOUT"]
    months = live.groupby("ym")["ex"].sum()
    ls6 = df[df["postcode_district"] == "LS6"]
    return [
        # aggregate
        one(
            LOCK,
            "aggregate",
            "What did we bill ex VAT in FY23/24? Labour + parts, refunded jobs out.",
            num(fy24["ex"].sum()),
        ),
        one(
            LOCK, "aggregate", "VAT YTD for FY24/25, refunds excluded?", num(fy25["vat_gbp"].sum())
        ),
        one(
            LOCK,
            "aggregate",
            "Labour billed MTD March 2025, all statuses?",
            num(mar25["labour_gbp"].sum()),
        ),
        # group
        one(
            LOCK,
            "group",
            "Labour £ by engineer for FY24/25, excl. refunded jobs.",
            num(*fy25.groupby("engineer")["labour_gbp"].sum()),
        ),
        one(
            LOCK,
            "group",
            "Job count by customer type for March 2025.",
            num(*mar25.groupby("customer_type").size()),
        ),
        # ranking
        one(
            LOCK,
            "ranking",
            "Top 5 postcode districts by labour billed, FY23/24, refunds out.",
            ranked(fy24.groupby("postcode_district")["labour_gbp"].sum(), 5),
        ),
        one(
            LOCK,
            "ranking",
            "Bottom 3 job types by parts £ over the whole ledger.",
            ranked(df.groupby("job_type")["parts_gbp"].sum(), 3, ascending=True),
        ),
        # superlative
        one(
            LOCK,
            "superlative",
            "Which engineer billed the most labour in March 2025?",
            ranked(mar25.groupby("engineer")["labour_gbp"].sum(), 1),
        ),
        one(
            LOCK,
            "superlative",
            "Which customer type has the highest avg ticket ex VAT, refunds excluded?",
            ranked(live.groupby("customer_type")["ex"].mean(), 1),
        ),
        # compare
        one(
            LOCK,
            "compare",
            "Avg labour per job: emergency vs non-emergency, refunds out?",
            num(*live.groupby("emergency")["labour_gbp"].mean()),
        ),
        one(
            LOCK,
            "compare",
            "Q1 vs Q2 of calendar 2024: how many jobs each?",
            num(
                ((df["_d"] >= "2024-01-01") & (df["_d"] < "2024-04-01")).sum(),
                ((df["_d"] >= "2024-04-01") & (df["_d"] < "2024-07-01")).sum(),
            ),
        ),
        # percent-change
        one(
            LOCK,
            "percent-change",
            "Job count variance vs last month for March 2025, as a %?",
            num(pct_change((df["ym"] == "2025-02").sum(), (df["ym"] == "2025-03").sum())),
        ),
        one(
            LOCK,
            "percent-change",
            "FY24/25 vs FY23/24: % change in billing ex VAT, net of refunds?",
            num(pct_change(fy24["ex"].sum(), fy25["ex"].sum())),
        ),
        # coverage
        one(
            LOCK,
            "coverage",
            "How many postcode districts do we cover?",
            num(df["postcode_district"].nunique()),
        ),
        one(
            LOCK,
            "coverage",
            "How many calendar months are in this ledger?",
            num(df["ym"].nunique()),
        ),
        # date-part
        one(
            LOCK,
            "date-part",
            "Which weekday has the most emergency callouts?",
            ranked(df[df["emergency"] == "Y"]["_d"].dt.day_name().value_counts(), 1),
        ),
        one(
            LOCK,
            "date-part",
            "Callouts between midnight and 6am in FY24/25, count?",
            num(((df["fy"] == "FY24/25") & (df["hour"] < 6)).sum()),
        ),
        one(
            LOCK,
            "date-part",
            "Labour £ billed on Saturdays and Sundays in FY23/24, refunds out?",
            num(fy24[fy24["_d"].dt.dayofweek >= 5]["labour_gbp"].sum()),
        ),
        # derived
        one(
            LOCK,
            "derived",
            "Parts as a % of billing ex VAT for FY24/25, net of refunds?",
            num(fy25["parts_gbp"].sum() / fy25["ex"].sum() * 100),
        ),
        one(
            LOCK,
            "derived",
            "What % of jobs ended up refunded, whole ledger?",
            num(len(refunded) / len(df) * 100),
        ),
        one(
            LOCK,
            "derived",
            "Emergency work as a % of labour billed in FY24/25, refunds out?",
            num(
                fy25[fy25["emergency"] == "Y"]["labour_gbp"].sum() / fy25["labour_gbp"].sum() * 100
            ),
        ),
        # numbers-in-question
        one(
            LOCK,
            "numbers-in-question",
            "How many jobs over £250 ex VAT (labour + parts), refunds out?",
            num((live["ex"] > 250).sum()),
        ),
        one(
            LOCK,
            "numbers-in-question",
            "Safe jobs with labour of £300 or more — how many?",
            num((df[df["job_type"] == "SAFE"]["labour_gbp"] >= 300).sum()),
        ),
        # per-normalise
        one(
            LOCK,
            "per-normalise",
            "Billing ex VAT per hour on site, FY24/25, refunds out?",
            num(fy25["ex"].sum() / (fy25["on_site_mins"].sum() / 60)),
        ),
        one(
            LOCK,
            "per-normalise",
            "Labour £ per job for lockouts in FY23/24, excl. refunded?",
            num(fy24[fy24["job_type"] == "LOCKOUT"]["labour_gbp"].mean()),
        ),
        # units-columns
        one(
            LOCK,
            "units-columns",
            "Total engineer time on site in hours for FY24/25?",
            num(df[df["fy"] == "FY24/25"]["on_site_mins"].sum() / 60),
        ),
        one(
            LOCK,
            "units-columns",
            "Avg VAT per job in pounds, refunds excluded?",
            num(live["vat_gbp"].mean()),
        ),
        # unanswerable
        one(
            LOCK,
            "unanswerable",
            "What's our gross margin on parts after what we paid the suppliers?",
            NO,
        ),
        one(LOCK, "unanswerable", "How much cash was in the bank at the last month-end?", NO),
        one(LOCK, "unanswerable", "Why did the unpaid jobs jump at the end of the year?", NO),
        # chart
        one(LOCK, "chart", "Bar chart of labour £ by job type for FY24/25.", BAR),
        one(LOCK, "chart", "Plot the monthly job count as a line.", LINE),
        one(LOCK, "chart", "Pie of jobs by customer type, please.", PIE),
        # follow-up
        SealedCase(
            LOCK,
            [
                ("AR outstanding on unpaid jobs, inc VAT?", num(unpaid["inc"].sum())),
                ("How many invoices is that?", num(len(unpaid))),
                (
                    "Landlord accounts (LL) only?",
                    num(unpaid[unpaid["customer_type"] == "LL"]["inc"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LOCK,
            [
                (
                    "Refunds given: refunded jobs inc VAT in FY23/24?",
                    num(refunded[refunded["fy"] == "FY23/24"]["inc"].sum()),
                ),
                ("And FY24/25?", num(refunded[refunded["fy"] == "FY24/25"]["inc"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            LOCK,
            [
                ("Avg ticket ex VAT on safe jobs, refunds out?", num(safe["ex"].mean())),
                ("Now the median.", num(safe["ex"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            LOCK,
            [
                ("How many LS6 jobs in January 2025?", num((ls6["ym"] == "2025-01").sum())),
                ("And prior month?", num((ls6["ym"] == "2024-12").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            LOCK,
            [
                (
                    "Billing ex VAT by month for FY24/25, refunds out.",
                    num(*months[months.index >= "2024-04"]),
                ),
                ("Chart that by month as a line.", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            LOCK,
            [
                (
                    "Labour billed by Kieran in March 2025?",
                    num(mar25[mar25["engineer"] == "Kieran"]["labour_gbp"].sum()),
                ),
                ("And what was his budget for the month?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            LOCK,
            [
                ("Avg ticket ex VAT on lockouts, refunds out?", num(lockout["ex"].mean())),
                (
                    "Same for emergency lockouts only?",
                    num(lockout[lockout["emergency"] == "Y"]["ex"].mean()),
                ),
            ],
            "follow-up",
        ),
    ]


def bookshop_cases() -> list[SealedCase]:
    df = _book()
    fy24 = df[df["fy"] == "FY23/24"]
    fy25 = df[df["fy"] == "FY24/25"]
    s25 = fy25[fy25["qty"] > 0]
    s24 = fy24[fy24["qty"] > 0]
    receipts = df.groupby("receipt_no").agg(
        net=("line", "sum"), qty=("qty", "sum"), fy=("fy", "first")
    )
    monthly = df.groupby("ym")["line"].sum()
    hour = df["till_time"].str[:2].astype(int)
    return [
        # aggregate
        one(
            BOOK,
            "aggregate",
            "Net sales FY24/25 (year-end 30 June), after discounts and net of refunds?",
            num(fy25["line"].sum()),
        ),
        one(
            BOOK,
            "aggregate",
            "Units sold in December 2024, net of refunds?",
            num(df[df["ym"] == "2024-12"]["qty"].sum()),
        ),
        one(
            BOOK,
            "aggregate",
            "How many refund lines went through the till in FY23/24?",
            num(len(fy24[fy24["qty"] < 0])),
        ),
        # group
        one(
            BOOK,
            "group",
            "Net sales by category for FY24/25.",
            num(*fy25.groupby("category")["line"].sum()),
        ),
        one(
            BOOK,
            "group",
            "Units by payment type, MTD June 2025, net of refunds.",
            num(*df[df["ym"] == "2025-06"].groupby("payment")["qty"].sum()),
        ),
        # ranking
        one(
            BOOK,
            "ranking",
            "Top 5 titles by net sales in FY24/25.",
            ranked(fy25.groupby("title")["line"].sum(), 5),
        ),
        one(
            BOOK,
            "ranking",
            "Top 3 categories by units sold in December 2024, net of refunds.",
            ranked(df[df["ym"] == "2024-12"].groupby("category")["qty"].sum(), 3),
        ),
        # superlative
        one(
            BOOK,
            "superlative",
            "Best-selling title by units over the whole till file, net of refunds?",
            ranked(df.groupby("title")["qty"].sum(), 1),
        ),
        one(
            BOOK,
            "superlative",
            "Which category had the lowest net sales in FY23/24?",
            ranked(fy24.groupby("category")["line"].sum(), 1, ascending=True),
        ),
        # compare
        one(
            BOOK,
            "compare",
            "Card vs cash takings for FY24/25, net?",
            num(*fy25.groupby("payment")["line"].sum()),
        ),
        one(
            BOOK,
            "compare",
            "December 2023 vs December 2024 net sales?",
            num(monthly["2023-12"], monthly["2024-12"]),
        ),
        # percent-change
        one(
            BOOK,
            "percent-change",
            "% change in net sales, FY24/25 vs FY23/24?",
            num(pct_change(fy24["line"].sum(), fy25["line"].sum())),
        ),
        one(
            BOOK,
            "percent-change",
            "Net sales variance vs last month for May 2025, in %?",
            num(pct_change(monthly["2025-04"], monthly["2025-05"])),
        ),
        # coverage
        one(
            BOOK,
            "coverage",
            "How many trading days are on the till file?",
            num(df["till_date"].nunique()),
        ),
        one(
            BOOK,
            "coverage",
            "How many different titles have we rung through?",
            num(df["title"].nunique()),
        ),
        # date-part
        one(
            BOOK,
            "date-part",
            "Which day of the week takes the most in net sales?",
            ranked(df.groupby(df["_d"].dt.day_name())["line"].sum(), 1),
        ),
        one(
            BOOK,
            "date-part",
            "Net sales on Sundays only for FY24/25?",
            num(fy25[fy25["_d"].dt.dayofweek == 6]["line"].sum()),
        ),
        one(
            BOOK,
            "date-part",
            "How many receipts were rung up before 10am, whole file?",
            num(df[hour < 10]["receipt_no"].nunique()),
        ),
        # derived
        one(
            BOOK,
            "derived",
            "What % of sale lines in FY24/25 carried a discount (refund lines out)?",
            num((s25["discount_pct"] > 0).mean() * 100),
        ),
        one(
            BOOK,
            "derived",
            "Discount given away in £ in FY24/25: RRP minus what we took, sale lines only?",
            num((s25["rrp"] - s25["line"]).sum()),
        ),
        # numbers-in-question
        one(
            BOOK,
            "numbers-in-question",
            "How many receipts came to more than £50 net?",
            num((receipts["net"] > 50).sum()),
        ),
        one(
            BOOK,
            "numbers-in-question",
            "How many lines had a discount of at least 20%?",
            num((df["discount_pct"] >= 20).sum()),
        ),
        # per-normalise
        one(
            BOOK,
            "per-normalise",
            "Avg net spend per sale receipt in FY24/25, refund receipts out?",
            num(receipts[(receipts["fy"] == "FY24/25") & (receipts["qty"] > 0)]["net"].mean()),
        ),
        one(
            BOOK,
            "per-normalise",
            "Units per receipt in FY23/24, refund receipts left out?",
            num(receipts[(receipts["fy"] == "FY23/24") & (receipts["qty"] > 0)]["qty"].mean()),
        ),
        # units-columns
        one(
            BOOK,
            "units-columns",
            "Avg unit price in £ on Cookery lines?",
            num(df[df["category"] == "Cookery"]["unit_price_gbp"].mean()),
        ),
        one(
            BOOK,
            "units-columns",
            "RRP value of units sold in FY24/25, before discount, sale lines only?",
            num(s25["rrp"].sum()),
        ),
        # unanswerable
        one(BOOK, "unanswerable", "What's our stock on hand for Fiction at month-end?", NO),
        one(BOOK, "unanswerable", "Gross margin on Cookery after publisher cost?", NO),
        one(BOOK, "unanswerable", "Which customer spends the most with us?", NO),
        # chart
        one(BOOK, "chart", "Bar chart of net sales by category for FY24/25.", BAR),
        one(BOOK, "chart", "Graph net sales by month across the file as a line.", LINE),
        one(BOOK, "chart", "Histogram of receipt values, please.", HISTOGRAM),
        # follow-up
        SealedCase(
            BOOK,
            [
                ("Net sales MTD June 2025?", num(monthly["2025-06"])),
                ("And prior month?", num(monthly["2025-05"])),
                ("Variance in %?", num(pct_change(monthly["2025-05"], monthly["2025-06"]))),
            ],
            "follow-up",
        ),
        SealedCase(
            BOOK,
            [
                (
                    "Top 3 Children's titles by units in FY24/25?",
                    ranked(fy25[fy25["category"] == "Children's"].groupby("title")["qty"].sum(), 3),
                ),
                (
                    "Same for Crime.",
                    ranked(fy25[fy25["category"] == "Crime"].groupby("title")["qty"].sum(), 3),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            BOOK,
            [
                ("Refund lines in FY24/25, how many?", num(len(fy25[fy25["qty"] < 0]))),
                ("And their £ value after discount?", num(-fy25[fy25["qty"] < 0]["line"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            BOOK,
            [
                (
                    "What % of sale lines went out at 50% off in FY23/24?",
                    num((s24["discount_pct"] == 50).mean() * 100),
                ),
                ("And FY24/25?", num((s25["discount_pct"] == 50).mean() * 100)),
            ],
            "follow-up",
        ),
        SealedCase(
            BOOK,
            [
                (
                    "Gross sales at RRP for FY23/24, sale lines before discounts and refunds?",
                    num(s24["rrp"].sum()),
                ),
                ("And net, after discounts and refunds?", num(fy24["line"].sum())),
                ("What will FY25/26 come in at?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            BOOK,
            [
                ("Net sales by month for FY24/25.", num(*monthly[monthly.index >= "2024-07"])),
                ("Chart that by month as bars.", BAR),
            ],
            "follow-up",
        ),
    ]


def kayak_cases() -> list[SealedCase]:
    df = _kayak()
    y23 = df[df["year"] == 2023]
    y24 = df[df["year"] == 2024]
    ret = df[df["status"] == "Returned"]
    ret23 = ret[ret["year"] == 2023]
    ret24 = ret[ret["year"] == 2024]
    weather = df[df["status"] == "Weather-cancelled"]
    fees = df.groupby("ym")["hire_fee_gbp"].sum()
    paddle23 = ret23[ret23["craft_type"] == "Paddleboard"]["hire_fee_gbp"]
    paddle24 = ret24[ret24["craft_type"] == "Paddleboard"]["hire_fee_gbp"]
    noshow24 = y24[y24["status"] == "No-show"]
    start_hour = df["_d"].dt.hour
    return [
        # aggregate
        one(
            KAYAK,
            "aggregate",
            "Total hire fees billed for the 2024 season?",
            num(y24["hire_fee_gbp"].sum()),
        ),
        one(
            KAYAK,
            "aggregate",
            "Damage charges recovered in 2023?",
            num(y23["damage_charge_gbp"].sum()),
        ),
        # group
        one(
            KAYAK,
            "group",
            "Hire fees by craft type, 2024.",
            num(*y24.groupby("craft_type")["hire_fee_gbp"].sum()),
        ),
        one(
            KAYAK,
            "group",
            "Bookings by channel for 2023, weather-cancelled out.",
            num(*y23[y23["status"] != "Weather-cancelled"].groupby("channel").size()),
        ),
        # ranking
        one(
            KAYAK,
            "ranking",
            "Top 3 craft types by damage charges, both seasons.",
            ranked(df.groupby("craft_type")["damage_charge_gbp"].sum(), 3),
        ),
        one(
            KAYAK,
            "ranking",
            "Top 3 craft types by returned hires in 2023.",
            ranked(ret23["craft_type"].value_counts(), 3),
        ),
        # superlative
        one(
            KAYAK,
            "superlative",
            "Which craft has the highest avg fee per returned hire?",
            ranked(ret.groupby("craft_type")["hire_fee_gbp"].mean(), 1),
        ),
        one(
            KAYAK,
            "superlative",
            "Which craft lost the most bookings to weather?",
            ranked(weather["craft_type"].value_counts(), 1),
        ),
        # compare
        one(
            KAYAK,
            "compare",
            "July vs August 2024 hire fees?",
            num(fees["2024-07"], fees["2024-08"]),
        ),
        one(
            KAYAK,
            "compare",
            "Online vs walk-in: avg hire fee on returned hires?",
            num(*ret.groupby("channel")["hire_fee_gbp"].mean()[["Online", "Walk-in"]]),
        ),
        # percent-change
        one(
            KAYAK,
            "percent-change",
            "Hire fees 2024 vs 2023, % change?",
            num(pct_change(y23["hire_fee_gbp"].sum(), y24["hire_fee_gbp"].sum())),
        ),
        one(
            KAYAK,
            "percent-change",
            "Bookings in June 2024 vs June 2023, % up or down (all statuses)?",
            num(pct_change((df["ym"] == "2023-06").sum(), (df["ym"] == "2024-06").sum())),
        ),
        # coverage
        one(
            KAYAK,
            "coverage",
            "How many days did we actually trade in 2024 (at least one hire returned)?",
            num(ret24["_d"].dt.date.nunique()),
        ),
        one(KAYAK, "coverage", "How many months of hires are on file?", num(df["ym"].nunique())),
        # date-part
        one(
            KAYAK,
            "date-part",
            "Which weekday does the most returned hires?",
            ranked(ret["_d"].dt.day_name().value_counts(), 1),
        ),
        one(
            KAYAK,
            "date-part",
            "Hire fees taken on weekends in 2024?",
            num(y24[y24["_d"].dt.dayofweek >= 5]["hire_fee_gbp"].sum()),
        ),
        one(
            KAYAK,
            "date-part",
            "What % of bookings start before 11am?",
            num((start_hour < 11).mean() * 100),
        ),
        # derived
        one(
            KAYAK,
            "derived",
            "Damage charges as a % of hire fees, 2024?",
            num(y24["damage_charge_gbp"].sum() / y24["hire_fee_gbp"].sum() * 100),
        ),
        one(
            KAYAK,
            "derived",
            "Weather-cancellation rate for 2023, % of bookings?",
            num((y23["status"] == "Weather-cancelled").mean() * 100),
        ),
        # numbers-in-question
        one(
            KAYAK,
            "numbers-in-question",
            "How many bookings carried a hire fee over £100?",
            num((df["hire_fee_gbp"] > 100).sum()),
        ),
        one(
            KAYAK,
            "numbers-in-question",
            "Returned hires of at least 4 hours in 2024, count?",
            num((ret24["hours"] >= 4).sum()),
        ),
        # per-normalise
        one(
            KAYAK,
            "per-normalise",
            "Hire fee per hour hired on Open Canoes, 2024, returned only?",
            num(
                ret24[ret24["craft_type"] == "Open Canoe"]["hire_fee_gbp"].sum()
                / ret24[ret24["craft_type"] == "Open Canoe"]["hours"].sum()
            ),
        ),
        one(
            KAYAK,
            "per-normalise",
            "Fee per paddler on tandem kayaks, returned hires, both seasons?",
            num(
                ret[ret["craft_type"] == "Tandem Kayak"]["hire_fee_gbp"].sum()
                / ret[ret["craft_type"] == "Tandem Kayak"]["paddlers"].sum()
            ),
        ),
        # units-columns
        one(
            KAYAK,
            "units-columns",
            "Deposits taken in £ in 2024, weather-cancelled out?",
            num(y24[y24["status"] != "Weather-cancelled"]["deposit_gbp"].sum()),
        ),
        one(
            KAYAK,
            "units-columns",
            "Avg damage charge in £ where one was levied?",
            num(df[df["damage_charge_gbp"] > 0]["damage_charge_gbp"].mean()),
        ),
        # unanswerable
        one(KAYAK, "unanswerable", "What's the forecast for hires next summer?", NO),
        one(KAYAK, "unanswerable", "What was the wage bill for the beach staff?", NO),
        one(KAYAK, "unanswerable", "Why were the spring cancellations so high?", NO),
        # chart
        one(KAYAK, "chart", "Bar chart of hire fees by craft type.", BAR),
        one(KAYAK, "chart", "Plot bookings per month as a line.", LINE),
        one(KAYAK, "chart", "Box plot of hire fee by craft type.", BOX),
        # follow-up
        SealedCase(
            KAYAK,
            [
                ("Hire fees MTD August 2024?", num(fees["2024-08"])),
                ("And prior month?", num(fees["2024-07"])),
                ("How does that sit against budget?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            KAYAK,
            [
                ("Avg fee per returned paddleboard hire, 2023?", num(paddle23.mean())),
                ("Now the median.", num(paddle23.median())),
                ("Same for 2024?", num(paddle24.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            KAYAK,
            [
                (
                    "Damage charges by craft type for 2024.",
                    num(*y24.groupby("craft_type")["damage_charge_gbp"].sum()),
                ),
                ("As a bar chart.", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            KAYAK,
            [
                ("How many no-shows in 2024?", num(len(noshow24))),
                ("And the fees we kept on them?", num(noshow24["hire_fee_gbp"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            KAYAK,
            [
                ("Hires by channel for 2024, all statuses.", num(*y24.groupby("channel").size())),
                ("Pie it.", PIE),
            ],
            "follow-up",
        ),
        SealedCase(
            KAYAK,
            [
                (
                    "Weather-cancelled bookings in 2024, count?",
                    num((y24["status"] == "Weather-cancelled").sum()),
                ),
                ("And what did the insurance pay out on them?", NO),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return locksmith_cases() + bookshop_cases() + kayak_cases()
