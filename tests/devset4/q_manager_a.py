"""MANAGER style, part A: the florist's orders, the taxi dispatcher's jobs, the golf club's tee
bookings and the laundromat chain's monthly KPIs (long format). Asked by a manager relaying
questions from a board pack: wordy, indirect, polite, everyday words; gold computed here with
plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.devset4.cases import (
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

FLORIST = "florist_orders.csv"
TAXI = "taxi_dispatch_jobs.csv"
GOLF = "golf_tee_times.csv"
LAUNDRY = "laundromat_kpis.csv"


def florist() -> pd.DataFrame:
    f = load(FLORIST, "OrderDate")
    f["price"] = f["Price"].str.replace("$", "", regex=False).str.replace(",", "").astype(float)
    return f


def florist_cases() -> list[SealedCase]:
    f = florist()
    done = f[f["Status"] == "done"]
    by_year = done.groupby(done["_d"].dt.year)["price"].sum()
    feb = f[f["_d"].dt.month == 2]
    high_st = done[done["Shop"] == "High St"]
    delivered = f[f["DeliveryFee"].notna()]
    return [
        one(
            FLORIST,
            "aggregate",
            "For the quarterly review I've been asked to find out how much the flower shops "
            "have taken in altogether over the whole period in this file, counting only orders "
            "that went through normally (so leaving out anything refunded or voided) and not "
            "including delivery charges. Could you total that up?",
            num(done["price"].sum()),
        ),
        one(
            FLORIST,
            "group",
            "The board would like to see, for each kind of occasion the flowers were bought "
            "for, what the typical order came to - by which I mean the average price of a "
            "completed order, leaving aside refunds and voids. Would you be able to give one "
            "figure per occasion?",
            num(*done.groupby("OccasionCode")["price"].mean()),
        ),
        one(
            FLORIST,
            "ranking",
            "I'd be grateful for a short league table of the three occasion types that brought "
            "in the most money from completed orders over the whole period, with the amount "
            "next to each.",
            ranked(done.groupby("OccasionCode")["price"].sum(), 3),
        ),
        one(
            FLORIST,
            "chart",
            "One of the directors has asked for a picture of how takings from completed orders "
            "have moved month by month across the whole period - would a line chart of monthly "
            "totals be possible?",
            LINE,
        ),
        one(
            FLORIST,
            "coverage",
            "Before we present anything, could someone confirm on how many different days the "
            "shops recorded at least one order in this file?",
            num(f["OrderDate"].nunique()),
        ),
        one(
            FLORIST,
            "date-part",
            "Because of Valentine's Day, the board always asks about February. Could you tell "
            "me how many orders, of any status, were placed in February of each year that the "
            "file covers?",
            num(*feb.groupby(feb["_d"].dt.year).size()),
        ),
        one(
            FLORIST,
            "per-normalise",
            "Our buyer wants to know how big a typical arrangement is. On average, how many "
            "stems go into a single order, looking only at orders that were completed?",
            num(done["Stems"].mean()),
        ),
        one(
            FLORIST,
            "numbers-in-question",
            "There is some interest in the larger orders. How many orders, of any status, had "
            "a price of more than $150 before any delivery charge?",
            num((f["price"] > 150).sum()),
        ),
        one(
            FLORIST,
            "derived",
            "Could someone confirm what share of all orders came with a gift card attached? "
            "A percentage of every order in the file would be ideal.",
            num((f["GiftCard"] == "Y").mean() * 100),
        ),
        one(
            FLORIST,
            "percent-change",
            "For the year-on-year slide, I've been asked to work out by what percentage the "
            "takings from completed orders grew from the first full calendar year in the file "
            "to the second, so from 2023 to 2024.",
            num(pct_change(by_year[2023], by_year[2024])),
        ),
        SealedCase(
            FLORIST,
            [
                (
                    "I'm preparing notes on our main shop on the High Street. What was the "
                    "total value of its completed orders in 2024, not counting delivery?",
                    num(high_st[high_st["_d"].dt.year == 2024]["price"].sum()),
                ),
                (
                    "Thank you. And the same figure for the Station shop in that year, please?",
                    num(
                        done[(done["Shop"] == "Station") & (done["_d"].dt.year == 2024)][
                            "price"
                        ].sum()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            FLORIST,
            [
                (
                    "Where we do deliver, the board wonders what customers pay for it. What "
                    "was the average delivery charge on orders that had one?",
                    num(delivered["DeliveryFee"].mean()),
                ),
                (
                    "And how many orders were collected from the shop instead, with no "
                    "delivery charge at all?",
                    num(f["DeliveryFee"].isna().sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            FLORIST,
            "unanswerable",
            "The finance director would like to know our profit margin on wedding flowers once "
            "the cost of buying in the stems is taken off - could that be worked out?",
            NO,
        ),
        one(
            FLORIST,
            "unanswerable",
            "For the planning paper, could you tell me how many orders we should expect for "
            "Mother's Day next spring, given how things have been going?",
            NO,
        ),
    ]


def taxi_cases() -> list[SealedCase]:
    t = load(TAXI, "job_dt", "%m/%d/%Y")
    done = t[t["sts"] == "C"]
    apt = done[done["zn"] == "APT"]["fare_c"].mean() / 100
    z1 = done[done["zn"] == "Z1"]["fare_c"].mean() / 100
    month = t.groupby(t["_d"].dt.to_period("M")).size()
    drivers = done.groupby("drv")["fare_c"].sum() / 100
    return [
        one(
            TAXI,
            "aggregate",
            "For the operations section of the pack, I've been asked how long a typical "
            "finished trip is. Would you be able to give me the average distance in miles of "
            "the jobs that were actually completed?",
            num(done["dist_mi"].mean()),
        ),
        one(
            TAXI,
            "ranking",
            "I'd be grateful for the three drivers who brought in the most fare money from "
            "completed jobs over the whole year, with each one's total in dollars.",
            ranked(drivers, 3),
        ),
        one(
            TAXI,
            "chart",
            "Could someone produce a histogram showing how the fares of completed jobs are "
            "spread out? The board likes to see the shape rather than just an average.",
            HISTOGRAM,
        ),
        one(
            TAXI,
            "compare",
            "There's a view on the board that airport pick-ups are far more lucrative than "
            "those in zone one. Could you give me the average fare, in dollars, of a completed "
            "job picked up at the airport and of one picked up in zone one, so we can see both?",
            num(apt, z1),
        ),
        one(
            TAXI,
            "coverage",
            "Just so I describe the fleet correctly, how many different drivers appear in the "
            "dispatch records?",
            num(t["drv"].nunique()),
        ),
        one(
            TAXI,
            "date-part",
            "Weekends are said to be our busiest time. Could you confirm how many jobs in total "
            "(whatever happened to them) were booked for a Saturday across the year?",
            num((t["_d"].dt.dayofweek == 5).sum()),
        ),
        one(
            TAXI,
            "units-columns",
            "Our insurers work in kilometres rather than miles. Could you tell me the total "
            "distance of all completed jobs over the year expressed in kilometres?",
            num(done["dist_mi"].sum() * 1.609344),
        ),
        one(
            TAXI,
            "units-columns",
            "I understand fares are stored in cents, which confuses the directors. What was "
            "the average tip on a completed job, given in dollars and cents?",
            num(done["tip_c"].mean() / 100),
        ),
        one(
            TAXI,
            "numbers-in-question",
            "For the section on long-distance work, how many completed jobs covered more than "
            "10 miles?",
            num((done["dist_mi"] > 10).sum()),
        ),
        one(
            TAXI,
            "percent-change",
            "The December rush comes up every year. By what percentage did the number of jobs "
            "booked (of any outcome) change from November 2024 to December 2024?",
            num(pct_change(month[pd.Period("2024-11")], month[pd.Period("2024-12")])),
        ),
        one(
            TAXI,
            "derived",
            "It has been suggested that too many bookings go nowhere. What percentage of all "
            "the jobs in the file were either cancelled or no-shows?",
            num((t["sts"] != "C").mean() * 100),
        ),
        SealedCase(
            TAXI,
            [
                (
                    "For the account customers we invoice, could you tell me the total fare "
                    "from their completed jobs over the year, in dollars?",
                    num(done[done["acct"] == "Y"]["fare_c"].sum() / 100),
                ),
                (
                    "And what would that figure be for the customers who pay by cash or card?",
                    num(done[done["acct"] == "N"]["fare_c"].sum() / 100),
                ),
                (
                    "Lastly, might I have the two shown side by side as a bar chart?",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TAXI,
            [
                (
                    "I have been asked about the driver with code D07 in particular. How many "
                    "jobs of any outcome were assigned to that driver?",
                    num((t["drv"] == "D07").sum()),
                ),
                (
                    "And how many of those were completed?",
                    num((done["drv"] == "D07").sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            TAXI,
            "unanswerable",
            "The board would like to understand how much we spend on fuel for each driver. "
            "Could someone pull together fuel costs per driver from this file?",
            NO,
        ),
    ]


def golf_cases() -> list[SealedCase]:
    g = load(GOLF, "tee_time")
    conf = g[g["status"] == "CONF"]
    visitors = conf[conf["member_booking"] == "N"]
    members = conf[conf["member_booking"] == "Y"]
    day = conf.groupby(conf["_d"].dt.day_name()).size()
    y24 = conf[conf["_d"].dt.year == 2024]
    return [
        one(
            GOLF,
            "group",
            "For the greens committee, could you let me know how many bookings each of the "
            "courses received over the whole period, counting every booking whatever its "
            "outcome?",
            num(*g.groupby("course").size()),
        ),
        one(
            GOLF,
            "superlative",
            "I'm told weekends dominate. Which day of the week had the most confirmed bookings "
            "over the whole period, and how many confirmed bookings was that?",
            num(day.max()),
        ),
        one(
            GOLF,
            "compare",
            "The membership secretary wonders whether members play in bigger groups than "
            "visitors do. Could you give me the average number of players per confirmed "
            "booking for members and for visitors, both figures please?",
            num(members["players"].mean(), visitors["players"].mean()),
        ),
        one(
            GOLF,
            "per-normalise",
            "Looking only at visitors' confirmed bookings, what does the green fee come to per "
            "player on average - that is, total green fees divided by total players?",
            num(visitors["green_fee_gbp"].sum() / visitors["players"].sum()),
        ),
        one(
            GOLF,
            "derived",
            "Could someone confirm what percentage of all bookings ended up being cancelled? "
            "No-shows should not be counted as cancellations for this.",
            num((g["status"] == "CXL").mean() * 100),
        ),
        one(
            GOLF,
            "chart",
            "The committee would like a pie chart showing how bookings were made - online, by "
            "phone, or at the pro shop - across all bookings.",
            PIE,
        ),
        one(
            GOLF,
            "numbers-in-question",
            "In the papers there is a question about the bigger green fee bookings: how many "
            "confirmed bookings paid a green fee of at least £150 for the whole booking?",
            num((conf["green_fee_gbp"] >= 150).sum()),
        ),
        one(
            GOLF,
            "units-columns",
            "I'd be grateful for the total green fee income, in pounds, from confirmed bookings "
            "made during calendar year 2024.",
            num(y24["green_fee_gbp"].sum()),
        ),
        SealedCase(
            GOLF,
            [
                (
                    "For the buggy fleet review, how many confirmed bookings hired a buggy "
                    "during 2024?",
                    num((y24["buggy_hire"] == "Y").sum()),
                ),
                (
                    "And in 2025?",
                    num(((conf["_d"].dt.year == 2025) & (conf["buggy_hire"] == "Y")).sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            GOLF,
            "unanswerable",
            "The captain is keen to know the average handicap of the golfers who booked on the "
            "Old Course - is that something you could tell me?",
            NO,
        ),
    ]


def laundry_cases() -> list[SealedCase]:
    k = load(LAUNDRY)
    kpi = {name: k[k["KPI"] == name] for name in k["KPI"].unique()}
    washes = kpi["washes"].groupby("Year")["Value"].sum()
    revenue = kpi["revenue_usd"]
    rev23 = revenue[revenue["Year"] == 2023].groupby("Site")["Value"].sum()
    down = kpi["downtime_hours"]
    machine = kpi["machine_hours"]
    return [
        one(
            LAUNDRY,
            "long-format",
            "For the board pack I've been asked how many dryer cycles were run across all of "
            "the laundromats during 2022. Would you be able to total that?",
            num(kpi["dryer_cycles"][kpi["dryer_cycles"]["Year"] == 2022]["Value"].sum()),
        ),
        one(
            LAUNDRY,
            "long-format",
            "Maintenance is a worry at Riverside. On average, how many hours of downtime did "
            "that site report per month over the whole period?",
            num(down[down["Site"] == "Riverside"]["Value"].mean()),
        ),
        one(
            LAUNDRY,
            "superlative",
            "Could someone confirm which of the sites brought in the most revenue during 2023, "
            "and what that revenue was in dollars?",
            num(rev23.max()),
        ),
        one(
            LAUNDRY,
            "percent-change",
            "For the growth slide, by what percentage did the total number of washes across "
            "all sites change from 2022 to 2023?",
            num(pct_change(washes[2022], washes[2023])),
        ),
        one(
            LAUNDRY,
            "long-format",
            "I'd be grateful for the yearly revenue of the whole chain, one total for each "
            "year in the data, all sites added together.",
            num(*revenue.groupby("Year")["Value"].sum()),
        ),
        one(
            LAUNDRY,
            "derived",
            "The directors asked what each machine hour earns us. Taking 2023 as a whole and "
            "all sites together, could you divide total revenue by total machine hours?",
            num(
                rev23.sum() / machine[machine["Year"] == 2023]["Value"].sum(),
            ),
        ),
        one(
            LAUNDRY,
            "chart",
            "Would it be possible to have a bar chart comparing the four sites on their total "
            "washes over the whole period?",
            BAR,
        ),
        SealedCase(
            LAUNDRY,
            [
                (
                    "For the new Campus site, what was its total revenue in 2023?",
                    num(rev23["Campus"]),
                ),
                (
                    "And how many washes did it record in that year?",
                    num(
                        kpi["washes"][
                            (kpi["washes"]["Site"] == "Campus") & (kpi["washes"]["Year"] == 2023)
                        ]["Value"].sum()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LAUNDRY,
            [
                (
                    "Eastgate has had some breakdowns reported. How many hours of downtime did "
                    "it log during 2023 in total?",
                    num(down[(down["Site"] == "Eastgate") & (down["Year"] == 2023)]["Value"].sum()),
                ),
                (
                    "And, for context, how many machine hours did it run in that same year?",
                    num(
                        machine[(machine["Site"] == "Eastgate") & (machine["Year"] == 2023)][
                            "Value"
                        ].sum()
                    ),
                ),
            ],
            "follow-up",
        ),
        one(
            LAUNDRY,
            "unanswerable",
            "The board would like to know how satisfied customers were at each site - do we "
            "have a satisfaction score we could quote?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return florist_cases() + taxi_cases() + golf_cases() + laundry_cases()
