"""Sealed set 13, business half (a): marina berth rentals, fuel pump transactions, print shop
jobs. Asked by a finance/controlling analyst in spreadsheet words."""

from __future__ import annotations

import pandas as pd

from tests.sealed13.cases import (
    BAR,
    BOX,
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

MAR = "marina_berth_rentals.csv"
FUEL = "fuel_pump_txns.csv"
PRN = "print_shop_jobs.csv"


def marina() -> list[SealedCase]:
    m = load(MAR)
    m["arr"] = pd.to_datetime(m["arrival_date"], format="%Y-%m-%d")
    m["dep"] = pd.to_datetime(m["departure_date"], format="%Y-%m-%d")
    m["nights"] = (m["dep"] - m["arr"]).dt.days
    c = m[m["status"] == "CNF"]
    fee = c["berth_fee_gbp"]
    by_year = c.groupby(c["arr"].dt.year)["berth_fee_gbp"].sum()
    motor = c[c["vessel_type"] == "motor"]["nights"]
    return [
        one(MAR, "aggregate", "avg berth fee on confirmed bookings", num(fee.mean())),
        one(
            MAR,
            "aggregate",
            "total shore power kwh billed on confirmed stays",
            num(c["shore_power_kwh"].sum()),
        ),
        one(
            MAR,
            "group",
            "avg fee per booking by pontoon, confirmed only",
            num(*c.groupby("pontoon")["berth_fee_gbp"].mean()),
        ),
        one(
            MAR,
            "group",
            "no. of confirmed bookings by boat type",
            num(*c.groupby("vessel_type").size()),
        ),
        one(
            MAR,
            "ranking",
            "top 2 vessel types by confirmed berth income",
            ranked(c.groupby("vessel_type")["berth_fee_gbp"].sum(), 2),
        ),
        one(
            MAR,
            "superlative",
            "which booking ref had the single biggest berth fee",
            ranked(m.set_index("booking_ref")["berth_fee_gbp"], 1),
        ),
        one(MAR, "chart", "bar chart of confirmed berth revenue by pontoon", BAR),
        one(
            MAR,
            "compare",
            "sail vs motor - avg boat length, confirmed bookngs",
            num(
                c[c["vessel_type"] == "sail"]["loa_ft"].mean(),
                c[c["vessel_type"] == "motor"]["loa_ft"].mean(),
            ),
        ),
        one(
            MAR,
            "coverage",
            "how many bookings are in this extract in total, any status",
            num(len(m)),
        ),
        one(
            MAR,
            "date-part",
            "confirmed berth revenue by arrival quarter, all years pooled",
            num(*c.groupby(c["arr"].dt.quarter)["berth_fee_gbp"].sum()),
        ),
        one(
            MAR,
            "derived",
            "avg length of stay in nights for confirmed bookings",
            num(c["nights"].mean()),
        ),
        one(
            MAR,
            "derived",
            "cancellation rate - % of all bookings with status CXL",
            num((m["status"] == "CXL").mean() * 100),
        ),
        one(
            MAR,
            "per-normalise",
            "yield per foot-night on confirmed stays (total fees / total foot-nights)",
            num(fee.sum() / (c["loa_ft"] * c["nights"]).sum()),
        ),
        one(
            MAR,
            "percent-change",
            "confirmed berth revenue yoy 2023 vs 2022, %",
            num(pct_change(by_year[2022], by_year[2023])),
        ),
        one(
            MAR,
            "numbers-in-question",
            "how many confirmed bookings came in over £1.5k",
            num((fee > 1500).sum()),
        ),
        one(
            MAR,
            "units-columns",
            "avg boat length in metres across confirmed bookings",
            num((c["loa_ft"] * 0.3048).mean()),
        ),
        one(MAR, "unanswerable", "which skipper nationality books the most nights", NO),
        one(MAR, "unanswerable", "avg fuel dock spend per visiting boat", NO),
        one(MAR, "unanswerable", "why did cancellations go up last summer", NO),
        SealedCase(
            MAR,
            turns=[
                (
                    "sumif of confirmed berth fees for pontoon D",
                    num(c[c["pontoon"] == "D"]["berth_fee_gbp"].sum()),
                ),
                ("and pontoon A", num(c[c["pontoon"] == "A"]["berth_fee_gbp"].sum())),
            ],
            kind="follow-up",
        ),
        SealedCase(
            MAR,
            turns=[
                ("avg nights per stay for motor boats, confirmed only", num(motor.mean())),
                ("what about the median", num(motor.median())),
            ],
            kind="follow-up",
        ),
        SealedCase(
            MAR,
            turns=[
                ("confirmed berth revenue in 2024", num(by_year[2024])),
                ("now yoy", num(pct_change(by_year[2023], by_year[2024]))),
            ],
            kind="follow-up",
        ),
    ]


def fuel() -> list[SealedCase]:
    f = load(FUEL)
    f["ts"] = pd.to_datetime(f["txnTimestamp"], format="%Y-%m-%d %H:%M:%S")
    ok = f[f["txnStatus"] == "OK"]
    month = ok.groupby(ok["ts"].dt.month)["amountEur"].sum()
    diesel = ok[ok["fuelGrade"] == "Diesel"]
    fleet = ok[ok["paymentType"] == "fleet"]["amountEur"]
    cash = ok[ok["paymentType"] == "cash"]["amountEur"]
    loyal = ok[ok["loyaltyCard"] == "Y"]
    return [
        one(FUEL, "aggregate", "total litres pumped ex voids", num(ok["litres"].sum())),
        one(FUEL, "aggregate", "avg ticket excluding voided txns", num(ok["amountEur"].mean())),
        one(
            FUEL,
            "group",
            "litres by fuel grade, voids out",
            num(*ok.groupby("fuelGrade")["litres"].sum()),
        ),
        one(
            FUEL,
            "ranking",
            "top 3 pumps by € sales, excl void",
            ranked(ok.groupby("pumpNo")["amountEur"].sum(), 3),
        ),
        one(
            FUEL,
            "superlative",
            "which pump did the most litres (non-void)",
            ranked(ok.groupby("pumpNo")["litres"].sum(), 1),
        ),
        one(FUEL, "chart", "histogram of ticket sizes in eur", HISTOGRAM),
        one(FUEL, "chart", "line of daily fuel takings over the year", LINE),
        one(
            FUEL,
            "compare",
            "card vs cash avg ticket, ok txns only",
            num(ok[ok["paymentType"] == "card"]["amountEur"].mean(), cash.mean()),
        ),
        one(
            FUEL,
            "compare",
            "pump 1 vs pump 2 litres, voids excluded",
            num(ok[ok["pumpNo"] == 1]["litres"].sum(), ok[ok["pumpNo"] == 2]["litres"].sum()),
        ),
        one(
            FUEL,
            "coverage",
            "how many pumps does the forecourt have in this data",
            num(f["pumpNo"].nunique()),
        ),
        one(
            FUEL,
            "date-part",
            "which weekday brings in the most fuel revenue (ex void)",
            ranked(ok.groupby(ok["ts"].dt.day_name())["amountEur"].sum(), 1),
        ),
        one(
            FUEL,
            "date-part",
            "non-void txn count in the 8am hour vs the 5pm hour",
            num((ok["ts"].dt.hour == 8).sum(), (ok["ts"].dt.hour == 17).sum()),
        ),
        one(
            FUEL,
            "derived",
            "shop attach rate - % of ok txns with a shop add-on",
            num(ok["shopAddOnEur"].notna().mean() * 100),
        ),
        one(
            FUEL,
            "per-normalise",
            "diesel revenue per litre overall (ex voids)",
            num(diesel["amountEur"].sum() / diesel["litres"].sum()),
        ),
        one(
            FUEL,
            "percent-change",
            "MoM fuel sales change dec vs nov, %",
            num(pct_change(month[11], month[12])),
        ),
        one(
            FUEL,
            "numbers-in-question",
            "how many non void fills were over 50 litres",
            num((ok["litres"] > 50).sum()),
        ),
        one(
            FUEL,
            "numbers-in-question",
            "count of ok txns between €20 and €40",
            num(ok["amountEur"].between(20, 40).sum()),
        ),
        one(
            FUEL,
            "units-columns",
            "total diesel volume in cubic metres, ex void",
            num(diesel["litres"].sum() / 1000),
        ),
        one(
            FUEL,
            "units-columns",
            "avg price per litre of super98 in cents",
            num(ok[ok["fuelGrade"] == "Super98"]["unitPriceEur"].mean() * 100),
        ),
        one(FUEL, "unanswerable", "whats our margin per litre on diesel", NO),
        one(FUEL, "unanswerable", "avg wait time at the pumps on weekends", NO),
        one(FUEL, "unanswerable", "which car makes buy the most super", NO),
        SealedCase(
            FUEL,
            turns=[
                ("total shop add-on sales ex voids", num(ok["shopAddOnEur"].sum())),
                ("just loyalty members", num(loyal["shopAddOnEur"].sum())),
            ],
            kind="follow-up",
        ),
        SealedCase(
            FUEL,
            turns=[
                ("avg ticket for fleet cards, excl voids", num(fleet.mean())),
                ("same for cash", num(cash.mean())),
                ("now the median", num(cash.median())),
            ],
            kind="follow-up",
        ),
    ]


def prints() -> list[SealedCase]:
    p = load(PRN)
    p["d"] = pd.to_datetime(p["Order Date"], format="%d/%m/%Y")
    price = p["Price (EUR)"]
    y23 = p[p["d"].dt.year == 2023]
    h1 = p[p["d"].dt.month <= 6]
    h1_rev = h1.groupby(h1["d"].dt.year)["Price (EUR)"].sum()
    cards = p[p["Product"] == "Business Cards"]
    rush = (p["Rush (Y/N)"] == "Y").sum()
    return [
        one(PRN, "aggregate", "total billed across all print jobs", num(price.sum())),
        one(
            PRN,
            "group",
            "avg job value by customer segment",
            num(*p.groupby("Customer Type")["Price (EUR)"].mean()),
        ),
        one(
            PRN,
            "ranking",
            "top 3 products by revenue",
            ranked(p.groupby("Product")["Price (EUR)"].sum(), 3),
        ),
        one(
            PRN,
            "superlative",
            "which product line has the highest avg ticket",
            ranked(p.groupby("Product")["Price (EUR)"].mean(), 1),
        ),
        one(
            PRN,
            "superlative",
            "which customer type brings in the most revenue",
            ranked(p.groupby("Customer Type")["Price (EUR)"].sum(), 1),
        ),
        one(PRN, "chart", "pie of revenue mix by product", PIE),
        one(PRN, "chart", "box plot of job prices by customer type", BOX),
        one(
            PRN,
            "compare",
            "rush vs standard jobs avg price",
            num(
                p[p["Rush (Y/N)"] == "Y"]["Price (EUR)"].mean(),
                p[p["Rush (Y/N)"] == "N"]["Price (EUR)"].mean(),
            ),
        ),
        one(
            PRN,
            "coverage",
            "how many different paper weights do we stock",
            num(p["Paper Weight (gsm)"].nunique()),
        ),
        one(
            PRN,
            "date-part",
            "revenue by quarter for 2023",
            num(*y23.groupby(y23["d"].dt.quarter)["Price (EUR)"].sum()),
        ),
        one(
            PRN,
            "derived",
            "gross margin % after ink cost, all jobs",
            num((price.sum() - p["Ink Cost (EUR)"].sum()) / price.sum() * 100),
        ),
        one(
            PRN,
            "per-normalise",
            "revenue per card for business cards (total € / total qty)",
            num(cards["Price (EUR)"].sum() / cards["Quantity"].sum()),
        ),
        one(
            PRN,
            "percent-change",
            "yoy revenue growth for jan-jun, 2024 vs 2023",
            num(pct_change(h1_rev[2023], h1_rev[2024])),
        ),
        one(
            PRN,
            "numbers-in-question",
            "how many jobs had a run of 1k or more",
            num((p["Quantity"] >= 1000).sum()),
        ),
        one(
            PRN,
            "numbers-in-question",
            "no. of jobs priced over €200 in 2024",
            num(((price > 200) & (p["d"].dt.year == 2024)).sum()),
        ),
        one(
            PRN,
            "units-columns",
            "avg flyer job value in euro cents",
            num(p[p["Product"] == "Flyers"]["Price (EUR)"].mean() * 100),
        ),
        one(PRN, "unanswerable", "which designer handled the most jobs", NO),
        one(PRN, "unanswerable", "how many jobs were delivered late to the customer", NO),
        one(PRN, "unanswerable", "avg customer satisfaction score by product", NO),
        SealedCase(
            PRN,
            turns=[
                ("how many rush jobs did we do", num(rush)),
                ("as a % of all jobs", num(rush / len(p) * 100)),
            ],
            kind="follow-up",
        ),
        SealedCase(
            PRN,
            turns=[
                (
                    "sumif revenue where customer is trade",
                    num(p[p["Customer Type"] == "Trade"]["Price (EUR)"].sum()),
                ),
                (
                    "same for education",
                    num(p[p["Customer Type"] == "Education"]["Price (EUR)"].sum()),
                ),
            ],
            kind="follow-up",
        ),
        SealedCase(
            PRN,
            turns=[
                ("scatter of quantity vs price", SCATTER),
                ("what's the avg quantity per job", num(p["Quantity"].mean())),
            ],
            kind="follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return [*marina(), *fuel(), *prints()]
