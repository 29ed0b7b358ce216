"""BUSINESS half, part b: the wedding photographer's bookings, the sign-making shop's jobs
and the letting agent's monthly KPIs in long form. Written as a bookkeeper at the firm
doing month-end.

Year-ends the golds use:
- wedding photographer: calendar years; "weddings in 2025" is by wedding date, "bookings
  taken in 2024" by booking date. Contract value = package + extras + mileage charge.
- sign shop: FY runs April to March ("FY24/25" = 2024-04-01 to 2025-03-31); sales are
  `priceExVatGbp` with `VOID` jobs left out unless a question says otherwise.
- letting agent: FY runs April to March; the `TOTAL` branch rows are always left out
  (branch rows summed instead); golds never touch a blank `value`.
"""

from __future__ import annotations

import pandas as pd

from tests.sealed27.cases import (
    BAR,
    HISTOGRAM,
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

WED = "wedding_photographer_bookings.csv"
SIGN = "sign_shop_jobs.csv"
LET = "letting_agent_kpis_long.csv"


def _wed() -> pd.DataFrame:
    df = load(WED, "booking_date")
    slash = pd.to_datetime(df["wedding_date"], format="%d/%m/%Y", errors="coerce")
    worded = pd.to_datetime(df["wedding_date"], format="%a %d %b %Y", errors="coerce")
    df["wed"] = slash.fillna(worded)
    assert df["wed"].notna().all()
    df["contract"] = df["package_price_gbp"] + df["extras_gbp"] + df["mileage_charge_gbp"]
    df["wy"] = df["wed"].dt.year
    df["by"] = df["_d"].dt.year
    df["bym"] = df["_d"].dt.strftime("%Y-%m")
    return df


def _sign() -> pd.DataFrame:
    df = load(SIGN, "orderDate")
    df["sqm"] = df["widthMm"] * df["heightMm"] / 1e6 * df["qty"]
    df["ym"] = df["_d"].dt.strftime("%Y-%m")
    start = df["_d"].dt.year - (df["_d"].dt.month < 4)
    df["fy"] = start.map({2023: "FY23/24", 2024: "FY24/25"})
    df["q"] = df["_d"].dt.to_period("Q").astype(str)
    return df


def _let() -> pd.DataFrame:
    df = load(LET)
    df = df[df["branch"] != "TOTAL"].copy()
    start = df["month"].str[:4].astype(int) - (df["month"].str[5:].astype(int) < 4)
    df["fy"] = start.map({2023: "FY23/24", 2024: "FY24/25"})
    return df


def wedding_cases() -> list[SealedCase]:
    df = _wed()
    live = df[df["status"] != "Cancelled"]
    w24 = live[live["wy"] == 2024]
    w25 = live[live["wy"] == 2025]
    w23 = live[live["wy"] == 2023]
    b24 = df[df["by"] == 2024]
    b23 = df[df["by"] == 2023]
    booked = df[df["status"] == "Booked"]
    past_owed = df[df["status"].isin(["Shot", "Delivered"])]
    cancelled = df[df["status"] == "Cancelled"]
    deposits = df.groupby("bym")["deposit_paid_gbp"].sum()
    return [
        # aggregate
        one(
            WED,
            "aggregate",
            "Deposits taken on bookings made in 2024?",
            num(b24["deposit_paid_gbp"].sum()),
        ),
        one(
            WED,
            "aggregate",
            "Contract value (package + extras + mileage) of 2025 weddings, cancellations out?",
            num(w25["contract"].sum()),
        ),
        # group
        one(
            WED,
            "group",
            "Bookings taken in 2024 by package code, count.",
            num(*b24.groupby("package_code").size()),
        ),
        one(
            WED,
            "group",
            "Contract value by county for 2024 weddings, excl. cancelled.",
            num(*w24.groupby("venue_county")["contract"].sum()),
        ),
        # ranking
        one(
            WED,
            "ranking",
            "Top 3 counties by mileage charged, all bookings.",
            ranked(df.groupby("venue_county")["mileage_charge_gbp"].sum(), 3),
        ),
        one(
            WED,
            "ranking",
            "Top 3 package codes by contract value for 2025 weddings, cancellations out.",
            ranked(w25.groupby("package_code")["contract"].sum(), 3),
        ),
        # superlative
        one(
            WED,
            "superlative",
            "Which package has the highest avg extras, cancellations out?",
            ranked(live.groupby("package_code")["extras_gbp"].mean(), 1),
        ),
        one(
            WED,
            "superlative",
            "Which county has the longest avg round trip in miles, cancellations out?",
            ranked(live.groupby("venue_county")["travel_miles"].mean(), 1),
        ),
        # compare
        one(
            WED,
            "compare",
            "Weddings we shot in 2023 vs 2024 (not cancelled), count each?",
            num(len(w23), len(w24)),
        ),
        one(
            WED,
            "compare",
            "Avg contract value: 2023 weddings vs 2024 weddings, cancellations out?",
            num(w23["contract"].mean(), w24["contract"].mean()),
        ),
        # percent-change
        one(
            WED,
            "percent-change",
            "Bookings taken 2024 vs 2023, % change?",
            num(pct_change(len(b23), len(b24))),
        ),
        one(
            WED,
            "percent-change",
            "Avg package price on bookings taken in 2024 vs 2023, % change?",
            num(pct_change(b23["package_price_gbp"].mean(), b24["package_price_gbp"].mean())),
        ),
        # coverage
        one(
            WED,
            "coverage",
            "What's the furthest-out year we have a wedding booked for?",
            num(live["wy"].max()),
        ),
        one(
            WED,
            "coverage",
            "How many different counties do we shoot in?",
            num(df["venue_county"].nunique()),
        ),
        # date-part
        one(
            WED,
            "date-part",
            "How many 2025 weddings fall on a Friday, excl. cancelled?",
            num((w25["wed"].dt.dayofweek == 4).sum()),
        ),
        one(
            WED,
            "date-part",
            "How many weddings are in June across all years, cancellations out?",
            num((live["wed"].dt.month == 6).sum()),
        ),
        one(
            WED,
            "date-part",
            "What share of weddings are on a Saturday, cancellations out, %?",
            num((live["wed"].dt.dayofweek == 5).mean() * 100),
        ),
        # derived
        one(
            WED,
            "derived",
            "AR outstanding: balance still owed on weddings already shot or delivered?",
            num(past_owed["balance_due_gbp"].sum()),
        ),
        one(
            WED,
            "derived",
            "Deposits as a % of contract value for 2025 weddings, in aggregate, cancellations out?",
            num(w25["deposit_paid_gbp"].sum() / w25["contract"].sum() * 100),
        ),
        # numbers-in-question
        one(
            WED,
            "numbers-in-question",
            "How many bookings over 2.5k contract value, cancellations out?",
            num((live["contract"] > 2500).sum()),
        ),
        one(
            WED,
            "numbers-in-question",
            "Weddings with a round trip over 200 miles, cancellations out, count?",
            num((live["travel_miles"] > 200).sum()),
        ),
        # per-normalise
        one(
            WED,
            "per-normalise",
            "Extras per booking on bookings taken in 2024?",
            num(b24["extras_gbp"].mean()),
        ),
        one(
            WED,
            "per-normalise",
            "Mileage charged per mile driven, cancellations out?",
            num(live["mileage_charge_gbp"].sum() / live["travel_miles"].sum()),
        ),
        # units-columns
        one(
            WED,
            "units-columns",
            "Total miles driven for 2024 weddings, cancellations out?",
            num(w24["travel_miles"].sum()),
        ),
        one(
            WED,
            "units-columns",
            "Avg mileage charge in £ on Cornwall weddings, cancellations out?",
            num(live[live["venue_county"] == "Cornwall"]["mileage_charge_gbp"].mean()),
        ),
        # unanswerable
        one(WED, "unanswerable", "What's our conversion rate from enquiries to bookings?", NO),
        one(WED, "unanswerable", "How much did we spend on fuel last year?", NO),
        one(WED, "unanswerable", "What's the booking forecast for next year?", NO),
        # chart
        one(WED, "chart", "Bar chart of bookings by package code.", BAR),
        one(WED, "chart", "Pie of weddings by county.", PIE),
        one(WED, "chart", "Histogram of round-trip miles.", HISTOGRAM),
        # follow-up
        SealedCase(
            WED,
            [
                (
                    "Balance due on future weddings still to shoot (status Booked)?",
                    num(booked["balance_due_gbp"].sum()),
                ),
                ("How many bookings is that?", num(len(booked))),
                (
                    "Just the LUX ones?",
                    num(booked[booked["package_code"] == "LUX"]["balance_due_gbp"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WED,
            [
                ("Deposits taken on bookings made in January 2025?", num(deposits["2025-01"])),
                ("And prior month?", num(deposits["2024-12"])),
            ],
            "follow-up",
        ),
        SealedCase(
            WED,
            [
                ("How many cancelled bookings on file?", num(len(cancelled))),
                ("And the deposits we kept on them?", num(cancelled["deposit_paid_gbp"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            WED,
            [
                (
                    "Avg contract value for 2024 weddings, cancellations out?",
                    num(w24["contract"].mean()),
                ),
                ("Now the median.", num(w24["contract"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            WED,
            [
                (
                    "How many weddings in Dorset in 2025, excl. cancelled?",
                    num((w25["venue_county"] == "Dorset").sum()),
                ),
                ("Same for Somerset?", num((w25["venue_county"] == "Somerset").sum())),
                ("And what's the venue hire fee at those?", NO),
            ],
            "follow-up",
        ),
    ]


def sign_cases() -> list[SealedCase]:
    df = _sign()
    live = df[df["jobStatus"] != "VOID"]
    fy = live[live["fy"] == "FY24/25"]
    y24 = live[live["_d"].dt.year == 2024]
    q1_24 = live[live["q"] == "2024Q1"]
    q1_25 = live[live["q"] == "2025Q1"]
    open_inv = df[df["jobStatus"] == "INVOICED"]
    trade_open = open_inv[open_inv["customerType"] == "Trade"]
    sales_m = live.groupby("ym")["priceExVatGbp"].sum()
    retail = fy[fy["customerType"] == "Retail"]["priceExVatGbp"]
    voids24 = df[(df["jobStatus"] == "VOID") & (df["_d"].dt.year == 2024)]
    acm = fy[fy["material"] == "ACM"]
    return [
        # aggregate
        one(
            SIGN,
            "aggregate",
            "Sales ex VAT for FY24/25 (Apr–Mar), void jobs out?",
            num(fy["priceExVatGbp"].sum()),
        ),
        one(
            SIGN,
            "aggregate",
            "Output VAT for Q1 2025 (Jan–Mar), voids out?",
            num(q1_25["vatGbp"].sum()),
        ),
        # group
        one(
            SIGN,
            "group",
            "Sales ex VAT by material for FY24/25, excl. void.",
            num(*fy.groupby("material")["priceExVatGbp"].sum()),
        ),
        one(
            SIGN, "group", "Job count by status, whole file.", num(*df.groupby("jobStatus").size())
        ),
        # ranking
        one(
            SIGN,
            "ranking",
            "Top 5 trade accounts by revenue ex VAT, FY24/25, voids out.",
            ranked(
                fy[fy["customerType"] == "Trade"].groupby("accountCode")["priceExVatGbp"].sum(), 5
            ),
        ),
        one(
            SIGN,
            "ranking",
            "Top 3 materials by square metres produced in 2024, voids out.",
            ranked(y24.groupby("material")["sqm"].sum(), 3),
        ),
        # superlative
        one(
            SIGN,
            "superlative",
            "Which trade account owes us the most on open invoices, inc VAT?",
            ranked(
                trade_open.groupby("accountCode").apply(
                    lambda g: (g["priceExVatGbp"] + g["vatGbp"]).sum()
                ),
                1,
            ),
        ),
        one(
            SIGN,
            "superlative",
            "Which material has the highest avg job value ex VAT, voids out?",
            ranked(live.groupby("material")["priceExVatGbp"].mean(), 1),
        ),
        # compare
        one(
            SIGN,
            "compare",
            "Trade vs retail sales ex VAT, FY24/25, voids out?",
            num(*fy.groupby("customerType")["priceExVatGbp"].sum()),
        ),
        one(
            SIGN,
            "compare",
            "Q1 2024 vs Q1 2025 sales ex VAT, voids out?",
            num(q1_24["priceExVatGbp"].sum(), q1_25["priceExVatGbp"].sum()),
        ),
        # percent-change
        one(
            SIGN,
            "percent-change",
            "Q1 2025 vs Q1 2024, % change in sales ex VAT (voids out)?",
            num(pct_change(q1_24["priceExVatGbp"].sum(), q1_25["priceExVatGbp"].sum())),
        ),
        one(
            SIGN,
            "percent-change",
            "Job count variance vs last month for March 2025, %, all statuses?",
            num(pct_change((df["ym"] == "2025-02").sum(), (df["ym"] == "2025-03").sum())),
        ),
        # coverage
        one(
            SIGN,
            "coverage",
            "How many trade accounts have traded with us on this file?",
            num(df[df["customerType"] == "Trade"]["accountCode"].nunique()),
        ),
        one(SIGN, "coverage", "How many months of jobs are on file?", num(df["ym"].nunique())),
        # date-part
        one(
            SIGN,
            "date-part",
            "Which weekday brings in the most orders, voids out?",
            ranked(live["_d"].dt.day_name().value_counts(), 1),
        ),
        one(
            SIGN,
            "date-part",
            "Sales ex VAT by calendar quarter for 2024, voids out.",
            num(*y24.groupby("q")["priceExVatGbp"].sum()),
        ),
        # derived
        one(
            SIGN,
            "derived",
            "Trade share of sales ex VAT in FY24/25, %, voids out?",
            num(
                fy[fy["customerType"] == "Trade"]["priceExVatGbp"].sum()
                / fy["priceExVatGbp"].sum()
                * 100
            ),
        ),
        one(
            SIGN,
            "derived",
            "What % of non-void jobs needed installing?",
            num((live["installReq"] == "Y").sum() / live["installReq"].notna().sum() * 100),
        ),
        # numbers-in-question
        one(
            SIGN,
            "numbers-in-question",
            "Non-void jobs above 1.5k ex VAT — how many?",
            num((live["priceExVatGbp"] > 1500).sum()),
        ),
        one(
            SIGN,
            "numbers-in-question",
            "Non-void jobs wider than 2 metres — how many?",
            num((live["widthMm"] > 2000).sum()),
        ),
        # per-normalise
        one(
            SIGN,
            "per-normalise",
            "Sales per square metre ex VAT on ACM, FY24/25, voids out?",
            num(acm["priceExVatGbp"].sum() / acm["sqm"].sum()),
        ),
        one(
            SIGN,
            "per-normalise",
            "Avg ticket ex VAT per trade job in FY24/25, voids out?",
            num(fy[fy["customerType"] == "Trade"]["priceExVatGbp"].mean()),
        ),
        # units-columns
        one(
            SIGN,
            "units-columns",
            "Total area produced in square metres in 2024, voids out?",
            num(y24["sqm"].sum()),
        ),
        one(
            SIGN,
            "units-columns",
            "Avg sign height in millimetres on Correx jobs, voids out?",
            num(live[live["material"] == "Correx"]["heightMm"].mean()),
        ),
        one(
            SIGN,
            "units-columns",
            "Total VAT in pounds on retail jobs in FY24/25, voids out?",
            num(fy[fy["customerType"] == "Retail"]["vatGbp"].sum()),
        ),
        # unanswerable
        one(SIGN, "unanswerable", "What did the ACM sheets cost us this FY?", NO),
        one(SIGN, "unanswerable", "Who's the sales rep on our biggest trade account?", NO),
        one(SIGN, "unanswerable", "What's next quarter's sales forecast?", NO),
        # chart
        one(SIGN, "chart", "Bar chart of sales ex VAT by material.", BAR),
        one(SIGN, "chart", "Plot monthly sales ex VAT as a line, voids out.", LINE),
        one(SIGN, "chart", "Scatter of width against price ex VAT.", SCATTER),
        # follow-up
        SealedCase(
            SIGN,
            [
                (
                    "AR outstanding inc VAT on invoiced, unpaid jobs?",
                    num((open_inv["priceExVatGbp"] + open_inv["vatGbp"]).sum()),
                ),
                ("How many invoices are still open?", num(len(open_inv))),
                ("Same for trade accounts only?", num(len(trade_open))),
            ],
            "follow-up",
        ),
        SealedCase(
            SIGN,
            [
                ("Sales ex VAT for March 2025, voids out?", num(sales_m["2025-03"])),
                ("And prior month?", num(sales_m["2025-02"])),
            ],
            "follow-up",
        ),
        SealedCase(
            SIGN,
            [
                ("Avg job value ex VAT for retail, FY24/25, voids out?", num(retail.mean())),
                ("Now the median.", num(retail.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            SIGN,
            [
                ("How many void jobs in 2024?", num(len(voids24))),
                ("And their value ex VAT?", num(voids24["priceExVatGbp"].sum())),
                ("Why were they voided?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            SIGN,
            [
                (
                    "Sales ex VAT by material for 2024, voids out.",
                    num(*y24.groupby("material")["priceExVatGbp"].sum()),
                ),
                ("Show me that as a bar chart.", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            SIGN,
            [
                (
                    "Install jobs in FY24/25, voids out, count?",
                    num((fy["installReq"] == "Y").sum()),
                ),
                ("And what did the fitters cost us on those?", NO),
            ],
            "follow-up",
        ),
    ]


def letting_cases() -> list[SealedCase]:
    df = _let()

    def kpi(name: str, mask=None) -> pd.DataFrame:
        rows = df[df["kpi"] == name]
        rows = rows if mask is None else rows[mask(rows)]
        assert rows["value"].notna().all(), (name, rows[rows["value"].isna()])
        return rows

    def total(name: str, mask=None) -> float:
        return float(kpi(name, mask)["value"].sum())

    def fy(label):
        return lambda r: r["fy"] == label

    def month(label):
        return lambda r: r["month"] == label

    rent_m = kpi("rent_collected_gbp").groupby("month")["value"].sum()
    arrears_m = kpi("arrears_gbp").groupby("month")["value"].sum()
    units_m = kpi("units_managed").groupby("month")["value"].sum()
    rent25 = kpi("rent_collected_gbp", fy("FY24/25"))
    return [
        # long-format
        one(
            LET,
            "long-format",
            "Rent collected in FY24/25 across the branches?",
            num(total("rent_collected_gbp", fy("FY24/25"))),
        ),
        one(
            LET,
            "long-format",
            "Management fees for FY23/24, all branches?",
            num(total("mgmt_fee_gbp", fy("FY23/24"))),
        ),
        one(
            LET,
            "long-format",
            "New lets in FY23/24, all branches?",
            num(total("new_lets", fy("FY23/24"))),
        ),
        one(
            LET,
            "long-format",
            "Units under management at March 2025 month-end, all branches?",
            num(total("units_managed", month("2025-03"))),
        ),
        one(
            LET,
            "long-format",
            "Arrears at March 2025 month-end by branch.",
            num(*kpi("arrears_gbp", month("2025-03"))["value"]),
        ),
        one(
            LET,
            "long-format",
            "Void days at Northfield for FY24/25?",
            num(
                total("void_days", lambda r: (r["fy"] == "FY24/25") & (r["branch"] == "Northfield"))
            ),
        ),
        one(
            LET,
            "long-format",
            "Rent collected by branch for FY24/25.",
            num(*rent25.groupby("branch")["value"].sum()),
        ),
        one(
            LET,
            "long-format",
            "Total arrears at February 2025 month-end?",
            num(arrears_m["2025-02"]),
        ),
        one(
            LET,
            "long-format",
            "Avg units managed per month at Abbeygate in FY23/24?",
            num(
                kpi(
                    "units_managed", lambda r: (r["fy"] == "FY23/24") & (r["branch"] == "Abbeygate")
                )["value"].mean()
            ),
        ),
        one(
            LET,
            "long-format",
            "Fee income at Canal Wharf for March 2025?",
            num(
                total(
                    "mgmt_fee_gbp",
                    lambda r: (r["month"] == "2025-03") & (r["branch"] == "Canal Wharf"),
                )
            ),
        ),
        one(
            LET,
            "long-format",
            "Void days across the branches for FY24/25?",
            num(total("void_days", fy("FY24/25"))),
        ),
        # superlative
        one(
            LET,
            "superlative",
            "Which branch collected the most rent in FY24/25?",
            ranked(rent25.groupby("branch")["value"].sum(), 1),
        ),
        one(
            LET,
            "superlative",
            "Which branch had the lowest arrears at March 2025 month-end?",
            ranked(
                kpi("arrears_gbp", month("2025-03")).set_index("branch")["value"], 1, ascending=True
            ),
        ),
        # ranking
        one(
            LET,
            "ranking",
            "Rank the branches by new lets in FY23/24, top 3.",
            ranked(kpi("new_lets", fy("FY23/24")).groupby("branch")["value"].sum(), 3),
        ),
        one(
            LET,
            "ranking",
            "Top 3 branches by management fees in FY24/25.",
            ranked(kpi("mgmt_fee_gbp", fy("FY24/25")).groupby("branch")["value"].sum(), 3),
        ),
        # aggregate
        one(
            LET,
            "aggregate",
            "Total management fees billed across both FYs on file?",
            num(total("mgmt_fee_gbp")),
        ),
        # group
        one(
            LET,
            "group",
            "Management fees by branch for FY23/24.",
            num(*kpi("mgmt_fee_gbp", fy("FY23/24")).groupby("branch")["value"].sum()),
        ),
        # compare
        one(
            LET,
            "compare",
            "Abbeygate vs Northfield rent collected, Jan–Mar 2025?",
            num(
                total(
                    "rent_collected_gbp",
                    lambda r: (r["month"] >= "2025-01") & (r["branch"] == "Abbeygate"),
                ),
                total(
                    "rent_collected_gbp",
                    lambda r: (r["month"] >= "2025-01") & (r["branch"] == "Northfield"),
                ),
            ),
        ),
        # percent-change
        one(
            LET,
            "percent-change",
            "Rent collected FY24/25 vs FY23/24, % change?",
            num(
                pct_change(
                    total("rent_collected_gbp", fy("FY23/24")),
                    total("rent_collected_gbp", fy("FY24/25")),
                )
            ),
        ),
        one(
            LET,
            "percent-change",
            "Arrears variance vs last month at March 2025 month-end, %, all branches?",
            num(pct_change(arrears_m["2025-02"], arrears_m["2025-03"])),
        ),
        # derived
        one(
            LET,
            "derived",
            "Arrears as a % of rent collected for March 2025, all branches?",
            num(arrears_m["2025-03"] / rent_m["2025-03"] * 100),
        ),
        one(
            LET,
            "derived",
            "Effective fee rate: management fees as a % of rent collected, FY24/25?",
            num(
                total("mgmt_fee_gbp", fy("FY24/25"))
                / total("rent_collected_gbp", fy("FY24/25"))
                * 100
            ),
        ),
        # per-normalise
        one(
            LET,
            "per-normalise",
            "Rent collected per unit managed in March 2025, all branches?",
            num(rent_m["2025-03"] / units_m["2025-03"]),
        ),
        one(
            LET,
            "per-normalise",
            "Void days per unit managed at Canal Wharf in March 2025?",
            num(
                total(
                    "void_days",
                    lambda r: (r["month"] == "2025-03") & (r["branch"] == "Canal Wharf"),
                )
                / total(
                    "units_managed",
                    lambda r: (r["month"] == "2025-03") & (r["branch"] == "Canal Wharf"),
                )
            ),
        ),
        # coverage
        one(
            LET,
            "coverage",
            "How many months of KPIs have we got on file?",
            num(df["month"].nunique()),
        ),
        one(
            LET,
            "coverage",
            "How many months has Priory Park been reporting?",
            num(df[df["branch"] == "Priory Park"]["month"].nunique()),
        ),
        # numbers-in-question
        one(
            LET,
            "numbers-in-question",
            "How many branch month-ends had arrears above 35k?",
            num((kpi("arrears_gbp")["value"] > 35000).sum()),
        ),
        one(
            LET,
            "numbers-in-question",
            "In how many months did rent collected, all branches, top £1.3m?",
            num((rent_m > 1_300_000).sum()),
        ),
        # date-part
        one(
            LET,
            "date-part",
            "New lets in August and September of 2023, all branches?",
            num(total("new_lets", lambda r: r["month"].isin(["2023-08", "2023-09"]))),
        ),
        one(
            LET,
            "date-part",
            "Rent collected in calendar Q4 2024 (Oct–Dec), all branches?",
            num(
                total(
                    "rent_collected_gbp",
                    lambda r: r["month"].isin(["2024-10", "2024-11", "2024-12"]),
                )
            ),
        ),
        # unanswerable
        one(LET, "unanswerable", "What are the arrears at the Harbourside branch?", NO),
        one(LET, "unanswerable", "How are we doing against budget on rent collected?", NO),
        one(LET, "unanswerable", "Why did void days go up over the winter?", NO),
        # chart
        one(LET, "chart", "Line chart of rent collected by month, all branches.", LINE),
        one(LET, "chart", "Bar chart of arrears by branch at March 2025.", BAR),
        # follow-up
        SealedCase(
            LET,
            [
                ("Arrears at January 2025 month-end, all branches?", num(arrears_m["2025-01"])),
                ("And prior month?", num(arrears_m["2024-12"])),
                (
                    "Canal Wharf only, January?",
                    num(
                        total(
                            "arrears_gbp",
                            lambda r: (r["month"] == "2025-01") & (r["branch"] == "Canal Wharf"),
                        )
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LET,
            [
                (
                    "Void days in FY24/25 at Abbeygate?",
                    num(
                        total(
                            "void_days",
                            lambda r: (r["fy"] == "FY24/25") & (r["branch"] == "Abbeygate"),
                        )
                    ),
                ),
                (
                    "Same for Priory Park?",
                    num(
                        total(
                            "void_days",
                            lambda r: (r["fy"] == "FY24/25") & (r["branch"] == "Priory Park"),
                        )
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LET,
            [
                (
                    "Rent collected at Priory Park in FY24/25?",
                    num(
                        total(
                            "rent_collected_gbp",
                            lambda r: (r["fy"] == "FY24/25") & (r["branch"] == "Priory Park"),
                        )
                    ),
                ),
                (
                    "And the management fees on that?",
                    num(
                        total(
                            "mgmt_fee_gbp",
                            lambda r: (r["fy"] == "FY24/25") & (r["branch"] == "Priory Park"),
                        )
                    ),
                ),
                ("What's the deposit scheme balance held for them?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            LET,
            [
                (
                    "Rent collected by month for FY24/25, all branches.",
                    num(*rent_m[rent_m.index >= "2024-04"]),
                ),
                ("Graph it as a line.", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            LET,
            [
                (
                    "Units managed at Northfield at March 2024 month-end?",
                    num(
                        total(
                            "units_managed",
                            lambda r: (r["month"] == "2024-03") & (r["branch"] == "Northfield"),
                        )
                    ),
                ),
                (
                    "And a year later?",
                    num(
                        total(
                            "units_managed",
                            lambda r: (r["month"] == "2025-03") & (r["branch"] == "Northfield"),
                        )
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LET,
            [
                (
                    "Avg monthly rent collected at Abbeygate in FY24/25?",
                    num(
                        kpi(
                            "rent_collected_gbp",
                            lambda r: (r["fy"] == "FY24/25") & (r["branch"] == "Abbeygate"),
                        )["value"].mean()
                    ),
                ),
                (
                    "Now the median.",
                    num(
                        kpi(
                            "rent_collected_gbp",
                            lambda r: (r["fy"] == "FY24/25") & (r["branch"] == "Abbeygate"),
                        )["value"].median()
                    ),
                ),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return wedding_cases() + sign_cases() + letting_cases()
