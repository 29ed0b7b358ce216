"""Questions on the generated ev_charging_sessions.csv, salon_appointments.csv and
toll_plaza_counts.csv."""

from __future__ import annotations

from tests.sealed10.cases import (
    BAR,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

EV = "ev_charging_sessions.csv"
SA = "salon_appointments.csv"
TP = "toll_plaza_counts.csv"


def _ev() -> list[SealedCase]:
    e = load(EV, "PLUG_IN", "%Y-%m-%d %H:%M")
    year = e["_d"].dt.year
    per_year = year.value_counts()
    assert per_year[2024] > per_year[2023]
    dc = e["CHARGER"].str.startswith("DC")
    by_hour = e["_d"].dt.hour.value_counts()
    kwh = e["KWH"]
    hwy = e[e["SITE"] == "HWY-02"]
    return [
        one(EV, "aggregate", "total kwh delivered in 2024", num(kwh[year == 2024].sum())),
        one(
            EV,
            "units-columns",
            "energy revenue in euros for 2023",
            num(e.loc[year == 2023, "ENERGY_CT"].sum() / 100),
        ),
        one(
            EV,
            "units-columns",
            "avg charging session length in hrs",
            num(e["DURATION_MIN"].mean() / 60),
        ),
        one(EV, "units-columns", "total energy delivered overall in MWh", num(kwh.sum() / 1000)),
        one(
            EV,
            "date-part",
            "which hour of the day sees the most plug-ins, and how many sessions start then?",
            num(by_hour.max()),
        ),
        one(
            EV,
            "date-part",
            "how many sessions started on saturdays in 2024",
            num(((e["_d"].dt.day_of_week == 5) & (year == 2024)).sum()),
        ),
        one(
            EV,
            "per-normalise",
            "average price per kWh in cents over all sessions (energy revenue / kWh)",
            num(e["ENERGY_CT"].sum() / kwh.sum()),
        ),
        one(
            EV,
            "percent-change",
            "session count growth from 2023 to 2024 in %",
            num(pct_change(per_year[2023], per_year[2024])),
        ),
        one(
            EV,
            "group",
            "kwh by site for 2023",
            num(*e[year == 2023].groupby("SITE")["KWH"].sum().tolist()),
        ),
        one(
            EV,
            "ranking",
            "rank the charging sites by number of sessions, top 3",
            ranked(e["SITE"].value_counts(), 3),
        ),
        one(
            EV,
            "superlative",
            "largest idle fee ever charged, in euros",
            num(e["IDLE_FEE_CT"].max() / 100),
        ),
        one(
            EV,
            "derived",
            "what % of DC sessions incurred an idle fee",
            num(e.loc[dc, "IDLE_FEE_CT"].notna().mean() * 100),
        ),
        one(
            EV,
            "numbers-in-question",
            "how many sessions delivered more than 50 kWh?",
            num((kwh > 50).sum()),
        ),
        one(EV, "chart", "line chart of charging sessions per month", LINE),
        one(
            EV,
            "unanswerable",
            "how long did drivers queue before a charger came free, on average?",
            NO,
        ),
        one(
            EV,
            "compare",
            "members vs guests: avg kWh per session",
            num(kwh[e["CUSTOMER"] == "MEMBER"].mean(), kwh[e["CUSTOMER"] == "GUEST"].mean()),
        ),
        SealedCase(
            EV,
            [
                ("how many sessions at HWY-02 in 2023?", num((hwy["_d"].dt.year == 2023).sum())),
                ("and 2024?", num((hwy["_d"].dt.year == 2024).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            EV,
            [
                (
                    "avg kwh per session at the depot site DEP-03",
                    num(kwh[e["SITE"] == "DEP-03"].mean()),
                ),
                ("and CTR-04?", num(kwh[e["SITE"] == "CTR-04"].mean())),
            ],
            "follow-up",
        ),
        one(EV, "unanswerable", "which car models charge the most at our sites?", NO),
        one(EV, "unanswerable", "what's our electricity cost and gross margin per site", NO),
        one(EV, "unanswerable", "customer satisfaction score by charger type?", NO),
    ]


def _salon() -> list[SealedCase]:
    s = load(SA, "apptDate", "%d/%m/%Y")
    year = s["_d"].dt.year
    done = s["status"] == "C"
    price, tip = s["priceGBP"], s["tipGBP"]
    hac = s["salonCode"] == "HAC"
    hac_23, hac_24 = price[hac & (year == 2023)].sum(), price[hac & (year == 2024)].sum()
    assert hac_24 > hac_23
    weekday = s["_d"].dt.day_of_week.value_counts()
    colour = done & (s["serviceCode"] == "COL")
    cut = s["serviceCode"] == "CUT"
    no_show = s["status"] == "NS"
    return [
        one(
            SA,
            "aggregate",
            "total takings in 2024 (services only, not tips)",
            num(price[year == 2024].sum()),
        ),
        one(SA, "derived", "whats our no-show rate", num(no_show.mean() * 100)),
        one(SA, "group", "bookings per salon", num(*s["salonCode"].value_counts().tolist())),
        one(
            SA,
            "superlative",
            "which stylist brought in the most revenue overall? how much",
            num(s.groupby("stylistId")["priceGBP"].sum().max()),
        ),
        one(
            SA,
            "ranking",
            "top 3 services by revenue",
            ranked(s.groupby("serviceCode")["priceGBP"].sum(), 3),
        ),
        one(
            SA,
            "per-normalise",
            "avg tip per completed appointment, counting no tip as zero",
            num(tip[done].fillna(0).mean()),
        ),
        one(SA, "aggregate", "average tip when a tip was actually left", num(tip.mean())),
        one(SA, "date-part", "busiest weekday by number of bookings? how many", num(weekday.max())),
        one(
            SA,
            "date-part",
            "how many appointments were booked for december 2023",
            num(((year == 2023) & (s["_d"].dt.month == 12)).sum()),
        ),
        one(
            SA,
            "compare",
            "new vs returning clients - avg spend per completed visit",
            num(
                price[done & (s["clientType"] == "NEW")].mean(),
                price[done & (s["clientType"] == "RET")].mean(),
            ),
        ),
        one(
            SA,
            "percent-change",
            "revenue growth 2023 to 2024 at the HAC salon, %",
            num(pct_change(hac_23, hac_24)),
        ),
        one(
            SA,
            "numbers-in-question",
            "how many completed appts cost over £100?",
            num((done & (price > 100)).sum()),
        ),
        one(
            SA,
            "units-columns",
            "total hours spent on colour services (completed ones only)",
            num(s.loc[colour, "durationMin"].sum() / 60),
        ),
        one(SA, "chart", "bar chart of revenue by service", BAR),
        one(
            SA,
            "coverage",
            "how many appointments are in the file and what years does it cover?",
            num(len(s), year.min(), year.max()),
        ),
        SealedCase(
            SA,
            [
                ("how many no-shows at KEN?", num((no_show & (s["salonCode"] == "KEN")).sum())),
                ("and at ISL?", num((no_show & (s["salonCode"] == "ISL")).sum())),
                ("bar chart of no-shows by salon pls", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            SA,
            [
                ("avg price of a cut in 2023", num(price[cut & (year == 2023)].mean())),
                ("and in 2024?", num(price[cut & (year == 2024)].mean())),
            ],
            "follow-up",
        ),
        one(SA, "unanswerable", "which hair products sold best", NO),
        one(SA, "unanswerable", "how old are our clients on average?", NO),
        one(SA, "unanswerable", "what do we pay the stylists per hour", NO),
    ]


def _toll() -> list[SealedCase]:
    t = load(TP, "Week Ending", "%d-%b-%y")
    year = t["_d"].dt.year
    v = t["Vehicles"]
    hgv = t["Class"].isin(["C3", "C4"])
    mc_23, mc_24 = (
        v[(t["Class"] == "MC") & (year == 2023)].sum(),
        v[(t["Class"] == "MC") & (year == 2024)].sum(),
    )
    assert mc_24 > mc_23
    e1 = t[t["Plaza"] == "TP-E1"]
    weekly = t.groupby("_d")["Vehicles"].sum()
    n1 = t[t["Plaza"] == "TP-N1"]
    n1_weekly = n1.groupby("_d")["Vehicles"].sum()
    aug_24 = n1_weekly[(n1_weekly.index.year == 2024) & (n1_weekly.index.month == 8)]
    n2_cars_24 = t[(t["Plaza"] == "TP-N2") & (t["Class"] == "C1") & (year == 2024)]
    s1 = t[t["Plaza"] == "TP-S1"]
    s1_q1 = s1[(s1["Class"] == "C1") & (s1["_d"].dt.year == 2024) & (s1["_d"].dt.quarter == 1)]

    def jul(year_: int) -> float:
        return float(
            s1.loc[(s1["_d"].dt.year == year_) & (s1["_d"].dt.month == 7), "Vehicles"].sum()
        )

    mc_n1 = n1[n1["Class"] == "MC"]
    n1_c3_23 = n1[(n1["Class"] == "C3") & (n1["_d"].dt.year == 2023)]
    c4_24 = t[(t["Class"] == "C4") & (year == 2024)]
    return [
        one(
            TP, "aggregate", "total vehicles across all plazas in 2024", num(v[year == 2024].sum())
        ),
        one(
            TP,
            "group",
            "total vehicles per plaza in 2023",
            num(*t[year == 2023].groupby("Plaza")["Vehicles"].sum().tolist()),
        ),
        one(
            TP,
            "long-format",
            "how many HGVs (classes C3 and C4) went through in 2024?",
            num(v[hgv & (year == 2024)].sum()),
        ),
        one(
            TP,
            "coverage",
            "how many weeks of data does TP-E1 have, and in which years does it start and end?",
            num(e1["_d"].nunique(), e1["_d"].dt.year.min(), e1["_d"].dt.year.max()),
        ),
        one(
            TP,
            "superlative",
            "busiest single week across the whole network - vehicles?",
            num(weekly.max()),
        ),
        one(
            TP,
            "percent-change",
            "% change in motorcycle counts from 2023 to 2024",
            num(pct_change(mc_23, mc_24)),
        ),
        one(
            TP,
            "date-part",
            "avg weekly traffic at TP-N1 for the weeks ending in aug 2024",
            num(aug_24.mean()),
        ),
        one(
            TP,
            "derived",
            "what share of all the traffic is vans (C2)?",
            num(v[t["Class"] == "C2"].sum() / v.sum() * 100),
        ),
        one(
            TP,
            "per-normalise",
            "average weekly car count (C1) at TP-N2 in 2024",
            num(n2_cars_24["Vehicles"].sum() / n2_cars_24["_d"].nunique()),
        ),
        one(
            TP,
            "ranking",
            "rank the plazas by 2024 HGV traffic (C3+C4), top 3",
            ranked(t[hgv & (year == 2024)].groupby("Plaza")["Vehicles"].sum(), 3),
        ),
        one(TP, "chart", "line chart of total weekly vehicles", LINE),
        one(
            TP,
            "numbers-in-question",
            "in how many weeks did TP-N1 see more than 40k vehicles",
            num((n1_weekly > 40000).sum()),
        ),
        one(
            TP,
            "compare",
            "N1 vs N2 total vehicles in 2024",
            num(
                v[(t["Plaza"] == "TP-N1") & (year == 2024)].sum(),
                v[(t["Plaza"] == "TP-N2") & (year == 2024)].sum(),
            ),
        ),
        one(TP, "long-format", "cars (C1) at TP-S1 in Q1 2024", num(s1_q1["Vehicles"].sum())),
        one(
            TP,
            "long-format",
            "avg weekly count of 2-axle HGVs (C3) at TP-N1 in 2023",
            num(n1_c3_23["Vehicles"].sum() / n1_c3_23["_d"].nunique()),
        ),
        SealedCase(
            TP,
            [
                (
                    "total motorbikes at TP-N1 in 2023",
                    num(mc_n1.loc[mc_n1["_d"].dt.year == 2023, "Vehicles"].sum()),
                ),
                ("and 2024?", num(mc_n1.loc[mc_n1["_d"].dt.year == 2024, "Vehicles"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            TP,
            [
                ("how many vehicles passed TP-S1 in july 2024", num(jul(2024))),
                ("what about july 2023", num(jul(2023))),
            ],
            "follow-up",
        ),
        SealedCase(
            TP,
            [
                (
                    "C4 vehicles in 2024 at TP-E1?",
                    num(c4_24.loc[c4_24["Plaza"] == "TP-E1", "Vehicles"].sum()),
                ),
                ("and at TP-N2", num(c4_24.loc[c4_24["Plaza"] == "TP-N2", "Vehicles"].sum())),
            ],
            "follow-up",
        ),
        one(TP, "unanswerable", "toll revenue by plaza?", NO),
        one(TP, "unanswerable", "how many accidents happened at each plaza", NO),
        one(TP, "unanswerable", "what's the average speed of vehicles through the plazas", NO),
    ]


def cases() -> list[SealedCase]:
    return [*_ev(), *_salon(), *_toll()]
