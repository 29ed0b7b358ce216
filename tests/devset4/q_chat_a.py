"""CHAT style, part A: the florist's orders, the taxi dispatcher's jobs, the golf club's tee
bookings and the laundromat chain's monthly KPIs (long format). Asked by a shift supervisor in
a team chat: very short, lowercase, no punctuation, chat abbreviations; gold computed here with
plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.devset4.cases import (
    BAR,
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


def florist_cases() -> list[SealedCase]:
    f = load(FLORIST, "OrderDate")
    f["price"] = f["Price"].str.replace("$", "", regex=False).str.replace(",", "").astype(float)
    done = f[f["Status"] == "done"]
    month = f.groupby(f["_d"].dt.to_period("M")).size()
    void = f[f["Status"] == "void"]
    return [
        one(
            FLORIST,
            "aggregate",
            "hw many orders has market hall done total since it opened any status",
            num((f["Shop"] == "Market Hall").sum()),
        ),
        one(
            FLORIST,
            "ranking",
            "rank the 3 shops by total stems sold on done orders pls w the numbers",
            ranked(done.groupby("Shop")["Stems"].sum(), 3),
        ),
        one(
            FLORIST,
            "superlative",
            "whats our busiest single calendar month ever by number of orders all statuses "
            "n how many",
            num(month.max()),
        ),
        one(
            FLORIST,
            "chart",
            "pie of orders by occasion type all orders thx",
            PIE,
        ),
        one(
            FLORIST,
            "compare",
            "avg price gift card orders vs no gift card done orders only need both",
            num(
                done[done["GiftCard"] == "Y"]["price"].mean(),
                done[done["GiftCard"] == "N"]["price"].mean(),
            ),
        ),
        one(
            FLORIST,
            "date-part",
            "hw many orders come in on sundays total all time any status",
            num((f["_d"].dt.dayofweek == 6).sum()),
        ),
        one(
            FLORIST,
            "numbers-in-question",
            "how many done orders had at least 50 stems",
            num((done["Stems"] >= 50).sum()),
        ),
        SealedCase(
            FLORIST,
            [
                (
                    "hw many voided orders in 2024",
                    num((void["_d"].dt.year == 2024).sum()),
                ),
                ("n 2023", num((void["_d"].dt.year == 2023).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            FLORIST,
            [
                (
                    "avg price sympathy orders done only",
                    num(done[done["OccasionCode"] == "SYM"]["price"].mean()),
                ),
                (
                    "and the median",
                    num(done[done["OccasionCode"] == "SYM"]["price"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            FLORIST,
            [
                (
                    "tot delivery fees collected in 2024 all orders w a fee",
                    num(f[f["_d"].dt.year == 2024]["DeliveryFee"].sum()),
                ),
                ("n 2025 so far", num(f[f["_d"].dt.year == 2025]["DeliveryFee"].sum())),
            ],
            "follow-up",
        ),
        one(
            FLORIST,
            "unanswerable",
            "hw many repeat customers do we have ngl need it for the loyalty thing",
            NO,
        ),
    ]


def taxi_cases() -> list[SealedCase]:
    t = load(TAXI, "job_dt", "%m/%d/%Y")
    done = t[t["sts"] == "C"]
    hour = t["pu_tm"].str.slice(0, 2).astype(int)
    night = ((hour >= 22) | (hour < 6)).sum()
    z2 = done[done["zn"] == "Z2"]["fare_c"] / 100
    return [
        one(
            TAXI,
            "units-columns",
            "tot tips on completed jobs in dollars not cents thx",
            num(done["tip_c"].sum() / 100),
        ),
        one(
            TAXI,
            "group",
            "hw many jobs per pickup zone all jobs any status",
            num(*t.groupby("zn").size()),
        ),
        one(
            TAXI,
            "superlative",
            "which driver had the most no shows n how many",
            num(t[t["sts"] == "N"].groupby("drv").size().max()),
        ),
        one(
            TAXI,
            "per-normalise",
            "wht do we make per mile on completed jobs rn fare dollars per mile overall",
            num(done["fare_c"].sum() / 100 / done["dist_mi"].sum()),
        ),
        one(
            TAXI,
            "date-part",
            "hw many jobs picked up between 10pm n 6am the night rate hours all statuses",
            num(night),
        ),
        one(
            TAXI,
            "coverage",
            "on how many diff days did we have at least 1 job",
            num(t["job_dt"].nunique()),
        ),
        one(
            TAXI,
            "chart",
            "bar chart completed jobs per driver pls",
            BAR,
        ),
        one(
            TAXI,
            "numbers-in-question",
            "hw many completed jobs had a fare over 50 bucks",
            num((done["fare_c"] > 5000).sum()),
        ),
        SealedCase(
            TAXI,
            [
                ("avg fare zone 2 completed jobs in $", num(z2.mean())),
                ("and the median", num(z2.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            TAXI,
            [
                (
                    "hw many airport jobs got cancelled",
                    num(((t["zn"] == "APT") & (t["sts"] == "X")).sum()),
                ),
                (
                    "same for zone 1",
                    num(((t["zn"] == "Z1") & (t["sts"] == "X")).sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            TAXI,
            "compare",
            "avg tip acct customers vs cash n card ones completed jobs in $ need both",
            num(
                done[done["acct"] == "Y"]["tip_c"].mean() / 100,
                done[done["acct"] == "N"]["tip_c"].mean() / 100,
            ),
        ),
        one(
            TAXI,
            "unanswerable",
            "whats the avg star rating customers give each driver tbh",
            NO,
        ),
    ]


def golf_cases() -> list[SealedCase]:
    g = load(GOLF, "tee_time")
    conf = g[g["status"] == "CONF"]
    july = conf[conf["_d"].dt.month == 7]
    j24 = (july["_d"].dt.year == 2024).sum()
    j25 = (july["_d"].dt.year == 2025).sum()
    academy = g[g["course"] == "Academy 9"]
    visit25 = conf[(conf["member_booking"] == "N") & (conf["_d"].dt.year == 2025)]
    return [
        one(
            GOLF,
            "aggregate",
            "hw many players teed off in 2025 confirmed bookings only",
            num(conf[conf["_d"].dt.year == 2025]["players"].sum()),
        ),
        one(
            GOLF,
            "ranking",
            "rank the courses by total players on confirmed bookings w numbers",
            ranked(conf.groupby("course")["players"].sum(), 3),
        ),
        one(
            GOLF,
            "date-part",
            "hw many confirmed bookings tee off before 9am",
            num((conf["_d"].dt.hour < 9).sum()),
        ),
        one(
            GOLF,
            "coverage",
            "on hw many diff days is there at least 1 booking in the sheet",
            num(g["_d"].dt.date.nunique()),
        ),
        one(
            GOLF,
            "percent-change",
            "confirmed bookings july 24 vs july 25 whats the % change",
            num(pct_change(j24, j25)),
        ),
        one(
            GOLF,
            "derived",
            "no show rate as a % of all bookings",
            num((g["status"] == "NOSHOW").mean() * 100),
        ),
        one(
            GOLF,
            "numbers-in-question",
            "hw many bookings had at least 3 players any status",
            num((g["players"] >= 3).sum()),
        ),
        SealedCase(
            GOLF,
            [
                ("hw many bookings on academy 9 total any status", num(len(academy))),
                (
                    "just confirmed ones",
                    num((academy["status"] == "CONF").sum()),
                ),
                ("show the confirmed ones by month as a bar chart", BAR),
            ],
            "follow-up",
        ),
        one(
            GOLF,
            "compare",
            "avg players per booking online vs phone confirmed only both pls",
            num(
                conf[conf["booked_via"] == "online"]["players"].mean(),
                conf[conf["booked_via"] == "phone"]["players"].mean(),
            ),
        ),
        one(
            GOLF,
            "per-normalise",
            "green fee per head on confirmed visitor bookings in 2025 tot fees / tot players",
            num(
                visit25["green_fee_gbp"].sum() / visit25["players"].sum(),
            ),
        ),
        one(
            GOLF,
            "unanswerable",
            "why did ppl cancel more on the old course was it the weather",
            NO,
        ),
    ]


def laundry_cases() -> list[SealedCase]:
    k = load(LAUNDRY)

    def kpi(name: str) -> pd.DataFrame:
        return k[k["KPI"] == name]

    washes, revenue = kpi("washes"), kpi("revenue_usd")
    down, machine = kpi("downtime_hours"), kpi("machine_hours")
    rev23 = revenue[revenue["Year"] == 2023]["Value"].sum()
    washes23 = washes[washes["Year"] == 2023]["Value"].sum()
    ew22 = washes[(washes["Year"] == 2022) & (washes["Site"] == "Eastgate")]["Value"].sum()
    rw22 = washes[(washes["Year"] == 2022) & (washes["Site"] == "Riverside")]["Value"].sum()
    return [
        one(
            LAUNDRY,
            "long-format",
            "tot washes eastgate 2021",
            num(washes[(washes["Year"] == 2021) & (washes["Site"] == "Eastgate")]["Value"].sum()),
        ),
        one(
            LAUNDRY,
            "long-format",
            "avg monthly revenue old town in 2022",
            num(
                revenue[(revenue["Year"] == 2022) & (revenue["Site"] == "Old Town")]["Value"].mean()
            ),
        ),
        one(
            LAUNDRY,
            "long-format",
            "downtime hrs all sites added up 2023",
            num(down[down["Year"] == 2023]["Value"].sum()),
        ),
        one(
            LAUNDRY,
            "long-format",
            "machine hrs at campus total since it opened",
            num(machine[machine["Site"] == "Campus"]["Value"].sum()),
        ),
        one(
            LAUNDRY,
            "long-format",
            "revenue march 2023 all sites together",
            num(revenue[(revenue["Year"] == 2023) & (revenue["Month"] == 3)]["Value"].sum()),
        ),
        one(
            LAUNDRY,
            "group",
            "revenue by site for 2022 pls",
            num(*revenue[revenue["Year"] == 2022].groupby("Site")["Value"].sum()),
        ),
        one(
            LAUNDRY,
            "ranking",
            "top 3 sites for downtime hrs whole period w totals",
            ranked(down.groupby("Site")["Value"].sum(), 3),
        ),
        one(
            LAUNDRY,
            "chart",
            "line chart of monthly revenue all sites added tg",
            LINE,
        ),
        one(
            LAUNDRY,
            "derived",
            "revenue per wash 2023 all sites tg",
            num(rev23 / washes23),
        ),
        one(
            LAUNDRY,
            "per-normalise",
            "avg revenue per site per month in 2023",
            num(revenue[revenue["Year"] == 2023]["Value"].mean()),
        ),
        SealedCase(
            LAUNDRY,
            [
                ("washes at eastgate in 2022", num(ew22)),
                ("n riverside", num(rw22)),
                ("as a bar chart all sites for 2022", BAR),
            ],
            "follow-up",
        ),
        one(
            LAUNDRY,
            "unanswerable",
            "hw much did we spend on detergent at each site",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return florist_cases() + taxi_cases() + golf_cases() + laundry_cases()
