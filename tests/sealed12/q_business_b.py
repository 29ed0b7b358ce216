"""Business half, part B: a coworking operator's bookings, an escape-room venue's bookings
and a boiler-servicing firm's monthly KPIs (long format, year and month as separate
columns). Gold is computed here with plain pandas."""

from __future__ import annotations

from tests.sealed12.cases import (
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

CW = "coworking_bookings.csv"
ER = "escape_room_bookings.csv"
BK = "boiler_service_kpis.csv"


def coworking() -> list[SealedCase]:
    w = load(CW, "startTs", "%Y-%m-%d %H:%M:%S")
    y = w["_d"].dt.year
    mtg = w[w["spaceType"] == "MTG"]
    paid_mtg = mtg.dropna(subset=["feeEUR"])
    fees24 = w[y == 2024].groupby("location")["feeEUR"].sum()
    per_day = w.groupby(w["_d"].dt.date).size()
    catered = w.dropna(subset=["cateringEUR"])
    evt = w["spaceType"] == "EVT"
    cbd_q1 = [
        w.loc[(w["location"] == "CBD") & (y == yr) & (w["_d"].dt.quarter == 1), "feeEUR"].sum()
        for yr in (2023, 2024)
    ]
    hot24 = w[(w["spaceType"] == "HOT") & (w["status"] == "DONE") & (y == 2024)]
    return [
        one(CW, "aggregate", "how much cateirng did we sell in total", num(w["cateringEUR"].sum())),
        one(
            CW,
            "group",
            "booking count by location for 2024",
            num(*w[y == 2024].groupby("location").size()),
        ),
        one(
            CW,
            "group",
            "avg booking length by space type, mins",
            num(*w.groupby("spaceType")["durationMin"].mean()),
        ),
        one(
            CW,
            "ranking",
            "top 3 members by fees paid",
            ranked(w.groupby("memberId")["feeEUR"].sum(), 3),
        ),
        one(CW, "superlative", "busiest day ever by # of bookings", num(per_day.max())),
        one(CW, "chart", "pie of bookings by space tpye", PIE),
        one(
            CW,
            "compare",
            "cbd vs dock fee revenue 2024",
            num(fees24["CBD"], fees24["DOCK"]),
        ),
        one(
            CW,
            "coverage",
            "how many memebers have booked with us and across how many sites",
            num(w["memberId"].nunique(), w["location"].nunique()),
        ),
        one(
            CW,
            "date-part",
            "bookings by weekday in 2024",
            num(*w[y == 2024].groupby(w["_d"].dt.dayofweek).size()),
        ),
        one(
            CW,
            "date-part",
            "busiest start hour for meeting rooms, how many bookings start then",
            num(mtg.groupby(mtg["_d"].dt.hour).size().max()),
        ),
        one(
            CW,
            "derived",
            "what % of meeting rm bookings were no-shows",
            num((mtg["status"] == "NOSHOW").mean() * 100),
        ),
        one(
            CW,
            "per-normalise",
            "fees per booked hour on paid mtg room bookings (total fees / total hrs)",
            num(paid_mtg["feeEUR"].sum() / (paid_mtg["durationMin"].sum() / 60)),
        ),
        one(
            CW,
            "per-normalise",
            "catering spend per attendee, catered bookings only",
            num(catered["cateringEUR"].sum() / catered["seats"].sum()),
        ),
        one(
            CW,
            "percent-change",
            "fee revenue growth 2023 to 2024 %",
            num(pct_change(w.loc[y == 2023, "feeEUR"].sum(), w.loc[y == 2024, "feeEUR"].sum())),
        ),
        one(
            CW,
            "numbers-in-question",
            "how many bookings were for more than 2 hrs",
            num((w["durationMin"] > 120).sum()),
        ),
        one(
            CW,
            "numbers-in-question",
            "how many mtg room bookings had 8+ ppl",
            num((mtg["seats"] >= 8).sum()),
        ),
        one(
            CW,
            "units-columns",
            "total hot desk hrs booked in 2024, completed only",
            num(hot24["durationMin"].sum() / 60),
        ),
        one(
            CW,
            "long-format",
            "how many phone pod bookigns did we get",
            num((w["spaceType"] == "POD").sum()),
        ),
        one(CW, "unanswerable", "whats the wifi usage per member", NO),
        one(CW, "unanswerable", "which company do most of our members work for", NO),
        one(CW, "unanswerable", "how satisfied are members with the north site", NO),
        one(CW, "unanswerable", "whats our member churn rate", NO),
        SealedCase(
            CW,
            [
                ("event space bookings in 2024", num((evt & (y == 2024)).sum())),
                ("and 2023", num((evt & (y == 2023)).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            CW,
            [
                ("avg seats for meeting room bookings", num(mtg["seats"].mean())),
                ("what about the median", num(mtg["seats"].median())),
                ("by location", num(*mtg.groupby("location")["seats"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            CW,
            [
                ("cbd fee revenue in q1 2024", num(cbd_q1[1])),
                ("and q1 last yr", num(cbd_q1[0])),
            ],
            "follow-up",
        ),
    ]


def escape_room() -> list[SealedCase]:
    e = load(ER, "dt", "%d/%m/%Y")
    y = e["_d"].dt.year
    p = e[e["stat"] == "PLYD"]
    rate = (p["esc"] == "Y").groupby(p["rm"]).mean() * 100
    rev24 = e[y == 2024].groupby("rm")["amt_cad"].sum()
    dow24 = e[y == 2024].groupby(e["_d"].dt.dayofweek).size()
    heist = [e.loc[(y == yr) & (e["rm"] == "HEIST"), "amt_cad"].sum() for yr in (2023, 2024)]
    phar = p[p["rm"] == "PHAR"]
    ns24 = e[(e["stat"] == "NS") & (y == 2024)]
    lab = p[p["rm"] == "LAB"]
    return [
        one(ER, "aggregate", "avg team size across all bookngs", num(e["grp_sz"].mean())),
        one(ER, "group", "avg hints used by room", num(*p.groupby("rm")["hints"].mean())),
        one(ER, "group", "revnue by booking channel", num(*e.groupby("chan")["amt_cad"].sum())),
        one(ER, "ranking", "rank rooms by revenue for 2024", ranked(rev24, 3)),
        one(
            ER,
            "superlative",
            "fastest escape ever, in mins",
            num(p.loc[p["esc"] == "Y", "dur_m"].min()),
        ),
        one(ER, "superlative", "which room has the best escape rate", num(rate.max())),
        one(ER, "chart", "histogram of escape tmes", HISTOGRAM),
        one(ER, "chart", "bar chart of bookings per room", BAR),
        one(ER, "compare", "heist vs asylum escape rate", num(rate["HEIST"], rate["ASYL"])),
        one(ER, "compare", "sat vs sun bookings in 2024", num(dow24[5], dow24[6])),
        one(
            ER,
            "coverage",
            "when does this data start and end, and how many bookings total",
            num(y.min(), y.max(), len(e)),
        ),
        one(
            ER,
            "date-part",
            "booking count by day of week",
            num(*e.groupby(e["_d"].dt.dayofweek).size()),
        ),
        one(ER, "derived", "overall escape rate %", num((p["esc"] == "Y").mean() * 100)),
        one(
            ER,
            "per-normalise",
            "avg $ per player on played games (total paid / total players)",
            num(p["amt_cad"].sum() / p["grp_sz"].sum()),
        ),
        one(
            ER,
            "percent-change",
            "bookings growth 2023 vs 2024 %",
            num(pct_change((y == 2023).sum(), (y == 2024).sum())),
        ),
        one(ER, "percent-change", "heist revenue growth 2023 to 2024", num(pct_change(*heist))),
        one(
            ER,
            "numbers-in-question",
            "how many teams got out in under 45 mins",
            num(((p["esc"] == "Y") & (p["dur_m"] < 45)).sum()),
        ),
        one(
            ER,
            "numbers-in-question",
            "how many bookings of 5 to 7 players",
            num(e["grp_sz"].between(5, 7).sum()),
        ),
        one(
            ER,
            "units-columns",
            "total hours of gameplay in the lab rm",
            num(lab["dur_m"].sum() / 60),
        ),
        one(
            ER,
            "long-format",
            "how many walk ins did we get in 2024",
            num(((e["chan"] == "WLK") & (y == 2024)).sum()),
        ),
        one(ER, "unanswerable", "whats the avg age of plyers", NO),
        one(ER, "unanswerable", "which game master ran the most games", NO),
        one(ER, "unanswerable", "how many teams came back to try a second room", NO),
        SealedCase(
            ER,
            [
                ("escape rate in PHAR", num((phar["esc"] == "Y").mean() * 100)),
                (
                    "and for teams of 6 or more",
                    num((phar.loc[phar["grp_sz"] >= 6, "esc"] == "Y").mean() * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ER,
            [
                ("no shows in 2024", num(len(ns24))),
                ("how much did we keep in deposits from those", num(ns24["amt_cad"].sum())),
            ],
            "follow-up",
        ),
    ]


def boiler() -> list[SealedCase]:
    b = load(BK)
    k = b.pivot(index=["Year", "Month", "Branch"], columns="KPI", values="Value").reset_index()
    y = k["Year"]
    k24 = k[y == 2024]
    rev24 = k24.groupby("Branch")["Revenue (GBP)"].sum()
    ftf24 = k24.groupby("Branch")["First Time Fix %"].mean()
    svc23 = k[y == 2023].groupby("Branch")["Annual Services"].sum()
    lds = k[k["Branch"] == "LDS"]
    lds_rev = lds.groupby("Year")["Revenue (GBP)"].sum()
    wkf = k[k["Branch"] == "WKF"].groupby("Year")["Complaints"].sum()
    bfd24 = k24[k24["Branch"] == "BFD"]
    quarter = (k24["Month"] - 1) // 3 + 1
    return [
        one(
            BK,
            "aggregate",
            "total breakdwon callouts across everything",
            num(k["Breakdown Callouts"].sum()),
        ),
        one(BK, "group", "avg first time fix by brnach in 2024", num(*ftf24)),
        one(BK, "ranking", "top 3 branches by revenue 2024", ranked(rev24, 3)),
        one(
            BK,
            "ranking",
            "bottom 3 branches on first time fix for 2024",
            ranked(ftf24, 3, ascending=True),
        ),
        one(
            BK,
            "superlative",
            "peak month for callouts at LDS, how many",
            num(lds["Breakdown Callouts"].max()),
        ),
        one(BK, "chart", "line chart of callouts by month", LINE),
        one(
            BK,
            "compare",
            "YRK vs HGT annual services 2023",
            num(svc23["YRK"], svc23["HGT"]),
        ),
        one(
            BK,
            "coverage",
            "how many branches and which yrs",
            num(k["Branch"].nunique(), y.min(), y.max()),
        ),
        one(
            BK,
            "coverage",
            "how many months of figures do we have for BFD",
            num((k["Branch"] == "BFD").sum()),
        ),
        one(
            BK,
            "date-part",
            "total callouts by quarter in 2024",
            num(*k24.groupby(quarter)["Breakdown Callouts"].sum()),
        ),
        one(
            BK,
            "derived",
            "parts cost as a % of revenu in 2024",
            num(k24["Parts Cost (GBP)"].sum() / k24["Revenue (GBP)"].sum() * 100),
        ),
        one(
            BK,
            "per-normalise",
            "revenue per engineer hour 2024",
            num(k24["Revenue (GBP)"].sum() / k24["Engineer Hours"].sum()),
        ),
        one(
            BK,
            "percent-change",
            "LDS revenue growth 2022 to 2024 %",
            num(pct_change(lds_rev[2022], lds_rev[2024])),
        ),
        one(
            BK,
            "numbers-in-question",
            "how many times did a branch log over 250 callouts in a month",
            num((k["Breakdown Callouts"] > 250).sum()),
        ),
        one(
            BK,
            "units-columns",
            "avg response time in mins for 2024",
            num(k24["Avg Response (hrs)"].mean() * 60),
        ),
        one(
            BK,
            "units-columns",
            "total parts spend in thousands of pounds for 2024",
            num(k24["Parts Cost (GBP)"].sum() / 1000),
        ),
        one(BK, "long-format", "total complaints 2024", num(k24["Complaints"].sum())),
        one(
            BK,
            "long-format",
            "avg csat for YRK",
            num(k.loc[k["Branch"] == "YRK", "CSAT Score"].mean()),
        ),
        one(
            BK,
            "long-format",
            "annual services each yr",
            num(*k.groupby("Year")["Annual Services"].sum()),
        ),
        one(BK, "unanswerable", "which enginer has the best first time fix rate", NO),
        one(BK, "unanswerable", "what will callouts look like next winter", NO),
        one(BK, "unanswerable", "how many callouts were for combi boilers vs system boilers", NO),
        SealedCase(
            BK,
            [
                ("complaints at WKF in 2023", num(wkf[2023])),
                ("and 2024", num(wkf[2024])),
            ],
            "follow-up",
        ),
        SealedCase(
            BK,
            [
                (
                    "how many callouts did BFD handle in 2024",
                    num(bfd24["Breakdown Callouts"].sum()),
                ),
                ("what about services", num(bfd24["Annual Services"].sum())),
                ("show those services by month as a bar chart", BAR),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return coworking() + escape_room() + boiler()
