"""The BUSINESS half, last three tables (vineyard harvest log, dog walks, cleaning sites'
weekly KPIs in long form): an owner-operator typing on a phone between jobs. Gold is computed
here with plain pandas from the CSVs (see TABLES_business.md for the filters)."""

from __future__ import annotations

import pandas as pd

from tests.sealed25.cases import (
    BAR,
    BOX,
    HISTOGRAM,
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

VINE = "vineyard_harvest_log.csv"
DOGS = "dog_walks.csv"
CLEAN = "cleaning_site_kpis_long.csv"


def _in(frame: pd.DataFrame, year: int, month: int | None = None) -> pd.DataFrame:
    keep = frame["_d"].dt.year == year
    if month is not None:
        keep &= frame["_d"].dt.month == month
    return frame[keep]


# --- vineyard harvest and cellar log (the last row is a Grand Total, never data) ----------


def _vine() -> list[SealedCase]:
    t = VINE
    v = load(t, "harvest_date")
    v = v[v["pick_id"] != "Grand Total"].copy()
    v["vintage"] = v["vintage"].astype(int)
    tn, lt = "tonnes_picked", "litres_to_tank"
    per_vintage = v.groupby("vintage")[tn].sum()
    litres_vintage = v.groupby("vintage")[lt].sum()
    pinot = v[v["variety"] == "Pinot Noir"]
    sav = v[v["variety"] == "Sauvignon Blanc"]
    v24 = v[v["vintage"] == 2024]
    v25 = v[v["vintage"] == 2025]
    hand = v[v["pick_method"] == "Hand"]
    month = v.groupby(v["_d"].dt.month)[tn].sum()
    bluegum = v[v["block"] == "Bluegum"]
    return [
        # aggregate
        one(t, "aggregate", "how many tonnes did we pick in 2024", num(per_vintage[2024])),
        one(t, "aggregate", "total litres into tank across all the vintages", num(v[lt].sum())),
        # group
        one(
            t,
            "group",
            "tonnes by variety for 2025",
            num(*v25.groupby("variety")[tn].sum().tolist()),
        ),
        one(t, "group", "litres per vintage", num(*litres_vintage.tolist())),
        # ranking
        one(t, "ranking", "top 3 blocks by tonnes all up", ranked(v.groupby("block")[tn].sum(), 3)),
        one(t, "ranking", "bottom 3 vintages for tonnes", ranked(per_vintage, 3, ascending=True)),
        # superlative
        one(t, "superlative", "biggest single pick in tonnes?", num(v[tn].max())),
        one(
            t,
            "superlative",
            "which block came in with the highest avg brix in 2023",
            num(v[v["vintage"] == 2023].groupby("block")["brix"].mean().max()),
        ),
        # compare
        one(
            t,
            "compare",
            "hand picked vs machine picked, how many tonnes each",
            num(hand[tn].sum(), v.loc[v["pick_method"] == "Machine", tn].sum()),
        ),
        one(
            t,
            "compare",
            "home block v terrace avg brix in 2024",
            num(*(v24.loc[v24["block"] == b, "brix"].mean() for b in ("Home Block", "Terrace"))),
        ),
        # coverage
        one(
            t,
            "coverage",
            "what vintages have we got in here",
            num(v["vintage"].min(), v["vintage"].max()),
        ),
        one(
            t,
            "coverage",
            "whats the earliest pick in the log",
            num(v["_d"].min().year, v["_d"].min().day),
        ),
        # date-part
        one(
            t,
            "date-part",
            "how many picks have happened in april",
            num((v["_d"].dt.month == 4).sum()),
        ),
        one(t, "date-part", "tonnes picked in march vs april, all years", num(month[3], month[4])),
        # derived
        one(
            t,
            "derived",
            "what share of the 2024 tonnes was pinot noir, %",
            num(v24.loc[v24["variety"] == "Pinot Noir", tn].sum() / v24[tn].sum() * 100),
        ),
        one(
            t,
            "derived",
            "how many more litres did 2024 make than 2023",
            num(litres_vintage[2024] - litres_vintage[2023]),
        ),
        # per-normalise
        one(t, "per-normalise", "litres per tonne for the sav", num(sav[lt].sum() / sav[tn].sum())),
        one(t, "per-normalise", "avg tonnes per pick when we hand pick", num(hand[tn].mean())),
        # percent-change
        one(
            t,
            "percent-change",
            "tonnes 2021 vs 2022 whats the % change",
            num(pct_change(per_vintage[2021], per_vintage[2022])),
        ),
        one(
            t,
            "percent-change",
            "% change in litres from 2024 to 2025",
            num(pct_change(litres_vintage[2024], litres_vintage[2025])),
        ),
        # numbers-in-question
        one(
            t,
            "numbers-in-question",
            "how many picks came in over 24 brix",
            num((v["brix"] > 24).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many picks were more than 5 tonnes",
            num((v[tn] > 5).sum()),
        ),
        # units-columns
        one(
            t,
            "units-columns",
            "how many litres of chardy went to tank in 2025",
            num(v25.loc[v25["variety"] == "Chardonnay", lt].sum()),
        ),
        one(
            t,
            "units-columns",
            "avg sugar reading on the riesling",
            num(v.loc[v["variety"] == "Riesling", "brix"].mean()),
        ),
        # chart
        one(t, "chart", "bar chart of tonnes by vintage", BAR),
        one(t, "chart", "scatter of brix against tonnes", SCATTER),
        # unanswerable
        one(t, "unanswerable", "what price per tonne did we get for the grapes", NO),
        one(t, "unanswerable", "how much rain fell over harvest", NO),
        one(t, "unanswerable", "how many bottles did we sell at the cellar door", NO),
        # follow-up
        SealedCase(
            t,
            [
                (
                    "tonnes of pinot noir in 2023",
                    num(pinot.loc[pinot["vintage"] == 2023, tn].sum()),
                ),
                ("and 2024", num(pinot.loc[pinot["vintage"] == 2024, tn].sum())),
                ("chuck pinot tonnes by vintage in a bar graph", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg brix on the creek block", num(v.loc[v["block"] == "Creek", "brix"].mean())),
                ("what about woolshed", num(v.loc[v["block"] == "Woolshed", "brix"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many litres did we get in 2022", num(litres_vintage[2022])),
                ("whats it gonna score at the wine show", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many picks off bluegum", num(len(bluegum))),
                ("and total tonnes off it", num(bluegum[tn].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "avg tonnes per pick in 2021",
                    num(v.loc[v["vintage"] == 2021, tn].mean()),
                ),
                ("why so low that year", NO),
            ],
            "follow-up",
        ),
    ]


# --- dog walking business's walks (status completed / cancelled) --------------------------


def _dogs() -> list[SealedCase]:
    t = DOGS
    w = load(t, "walk_date")
    done = w[w["status"] == "completed"]
    y24, y25 = _in(done, 2024), _in(done, 2025)
    solo = done[done["walk_type"] == "Solo"]
    group = done[done["walk_type"] == "Group"]
    dow = done.groupby(done["_d"].dt.day_of_week).size()
    hours = done.groupby(done["start_time"].str[:2].astype(int)).size()
    km = done.dropna(subset=["distance_km"])
    h23 = done[(done["_d"] >= "2023-07-01") & (done["_d"] <= "2023-12-31")]
    h24 = done[(done["_d"] >= "2024-07-01") & (done["_d"] <= "2024-12-31")]
    cancelled = w[w["status"] == "cancelled"]
    kai = done[done["walker"] == "Kai"]
    return [
        # aggregate
        one(t, "aggregate", "how many walks did we do in march 2025", num(len(_in(done, 2025, 3)))),
        one(t, "aggregate", "whats the avg walk length in mins", num(done["walk_mins"].mean())),
        # group
        one(t, "group", "walks per walker in 2024", num(*y24.groupby("walker").size().tolist())),
        one(
            t,
            "group",
            "total km by walk type",
            num(*done.groupby("walk_type")["distance_km"].sum().tolist()),
        ),
        # ranking
        one(
            t,
            "ranking",
            "top 3 walkers by km walked in 2024",
            ranked(y24.groupby("walker")["distance_km"].sum(), 3),
        ),
        one(
            t,
            "ranking",
            "bottom 2 walkers for money in 2025",
            ranked(y25.groupby("walker")["price_aud"].sum(), 2, ascending=True),
        ),
        # superlative
        one(
            t,
            "superlative",
            "whos done the most walks overall",
            num(done.groupby("walker").size().max()),
        ),
        one(t, "superlative", "longest walk we've done in km", num(done["distance_km"].max())),
        # compare
        one(
            t,
            "compare",
            "solo vs group avg price",
            num(solo["price_aud"].mean(), group["price_aud"].mean()),
        ),
        one(
            t,
            "compare",
            "jess vs tom km walked in 2024",
            num(*(y24.loc[y24["walker"] == n, "distance_km"].sum() for n in ("Jess", "Tom"))),
        ),
        # coverage
        one(t, "coverage", "how far back does the walks data go", num(w["_d"].min().year)),
        one(t, "coverage", "how many diff dogs have we walked", num(done["dog_id"].nunique())),
        # date-part
        one(t, "date-part", "are we busier saturdays or sundays with walks", num(dow[5], dow[6])),
        one(t, "date-part", "what hour do most walks kick off", num(hours.idxmax(), hours.max())),
        # derived
        one(t, "derived", "what % of walks get cancelled", num(len(cancelled) / len(w) * 100)),
        one(
            t,
            "derived",
            "what share of the money comes from group walks",
            num(group["price_aud"].sum() / done["price_aud"].sum() * 100),
        ),
        # per-normalise
        one(
            t,
            "per-normalise",
            "how much do we make per km walked (walks with km logged)",
            num(km["price_aud"].sum() / km["distance_km"].sum()),
        ),
        one(
            t,
            "per-normalise",
            "money per walk for priya in 2024",
            num(y24.loc[y24["walker"] == "Priya", "price_aud"].mean()),
        ),
        # percent-change
        one(
            t,
            "percent-change",
            "walks in jan 2025 vs jan 2024, % up or down",
            num(pct_change(len(_in(done, 2024, 1)), len(_in(done, 2025, 1)))),
        ),
        one(
            t,
            "percent-change",
            "how much did money in grow jul-dec 2024 on jul-dec 2023 in %",
            num(pct_change(h23["price_aud"].sum(), h24["price_aud"].sum())),
        ),
        # numbers-in-question
        one(
            t,
            "numbers-in-question",
            "how many walks over 5 km",
            num((done["distance_km"] > 5).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many walks went longer than 65 mins",
            num((done["walk_mins"] > 65).sum()),
        ),
        # units-columns
        one(t, "units-columns", "total kilometres walked in 2024", num(y24["distance_km"].sum())),
        one(
            t,
            "units-columns",
            "how many hours did josh spend walking dogs in 2024",
            num(y24.loc[y24["walker"] == "Josh", "walk_mins"].sum() / 60),
        ),
        # chart
        one(t, "chart", "show me a bar chart of walks per walker", BAR),
        one(t, "chart", "histogram of walk distances", HISTOGRAM),
        one(t, "chart", "box plot of walk mins by walk type", BOX),
        # unanswerable
        one(t, "unanswerable", "what profit did we make last year", NO),
        one(t, "unanswerable", "what breed do we walk the most", NO),
        one(t, "unanswerable", "how many walks will we do next month", NO),
        one(t, "unanswerable", "whats the avg customer review score", NO),
        # follow-up
        SealedCase(
            t,
            [
                (
                    "how many walks did mia do in feb 2025",
                    num(len(_in(done[done["walker"] == "Mia"], 2025, 2))),
                ),
                ("and josh", num(len(_in(done[done["walker"] == "Josh"], 2025, 2)))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg km on solo walks", num(solo["distance_km"].mean())),
                ("what about just the group walks", num(group["distance_km"].mean())),
                ("and the median for group", num(group["distance_km"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("money in may 2025", num(_in(done, 2025, 5)["price_aud"].sum())),
                ("and whats that after paying the walkers", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many walks has DOG-0123 had", num((done["dog_id"] == "DOG-0123").sum())),
                ("whats the dogs name", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("cancelled walks in 2024?", num(len(_in(cancelled, 2024)))),
                ("chuck it in a bar graph by month", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many walks has kai done", num(len(kai))),
                ("whats his avg price per walk", num(kai["price_aud"].mean())),
            ],
            "follow-up",
        ),
    ]


# --- cleaning company's weekly site KPIs, long form (metric / value) ----------------------


def _clean() -> list[SealedCase]:
    t = CLEAN
    k = load(t, "week_starting")

    def m(name: str, frame: pd.DataFrame | None = None) -> pd.DataFrame:
        frame = k if frame is None else frame
        return frame[frame["metric"] == name]

    def site(frame: pd.DataFrame, name: str) -> pd.Series:
        return frame.loc[frame["site"] == name, "value"]

    k24, k25 = _in(k, 2024), _in(k, 2025)
    hours, complaints = m("hours_cleaned"), m("complaints")
    supplies, audit, invoiced = m("supplies_cost_aud"), m("audit_score_pct"), m("invoiced_aud")
    c24 = m("complaints", k24)
    c24_month = c24.groupby(c24["_d"].dt.month)["value"].sum()
    gym = k[k["site"] == "Riverside Gym"]
    north24 = k24[k24["site"] == "Northgate Medical"]
    h1_24 = k[(k["_d"] >= "2024-01-01") & (k["_d"] <= "2024-06-30")]
    h1_25 = k[(k["_d"] >= "2025-01-01") & (k["_d"] <= "2025-06-30")]
    east = "Eastwood Library"
    harbour_c = site(complaints, "Harbourside Offices")
    north_h = site(hours, "Northgate Medical")
    return [
        # long-format
        one(
            t,
            "long-format",
            "total hours cleaned across all sites in 2024",
            num(m("hours_cleaned", k24)["value"].sum()),
        ),
        one(
            t,
            "long-format",
            "how many complaints has riverside gym had all up",
            num(site(complaints, "Riverside Gym").sum()),
        ),
        one(
            t,
            "long-format",
            "avg audit score for northgate medical",
            num(site(audit, "Northgate Medical").mean()),
        ),
        one(
            t,
            "long-format",
            "what have we invoiced the airport depot in total",
            num(site(invoiced, "Airport Depot").sum()),
        ),
        one(t, "long-format", "lowest audit score we've ever had", num(audit["value"].min())),
        one(t, "long-format", "avg weekly hours at the library", num(site(hours, east).mean())),
        one(
            t,
            "long-format",
            "how many weeks did harbourside get zero complaints",
            num((harbour_c == 0).sum()),
        ),
        one(t, "long-format", "total supplies cost across the board", num(supplies["value"].sum())),
        one(
            t,
            "long-format",
            "avg complaints a week at the gym in 2025",
            num(site(m("complaints", k25), "Riverside Gym").mean()),
        ),
        one(
            t,
            "long-format",
            "what did we invoice northgate in march 2025",
            num(site(m("invoiced_aud", _in(k, 2025, 3)), "Northgate Medical").sum()),
        ),
        one(
            t,
            "long-format",
            "highest hours we've done at the school in one week",
            num(site(hours, "Parkview School").max()),
        ),
        one(
            t,
            "long-format",
            "supplies spend at the school in 2024",
            num(site(m("supplies_cost_aud", k24), "Parkview School").sum()),
        ),
        # aggregate
        one(
            t,
            "aggregate",
            "total invoiced for 2024 all sites",
            num(m("invoiced_aud", k24)["value"].sum()),
        ),
        one(
            t,
            "aggregate",
            "how many complaints all up in 2025",
            num(m("complaints", k25)["value"].sum()),
        ),
        # group
        one(
            t,
            "group",
            "avg audit score by site",
            num(*audit.groupby("site")["value"].mean().tolist()),
        ),
        one(
            t,
            "group",
            "complaints per site in 2024",
            num(*c24.groupby("site")["value"].sum().tolist()),
        ),
        # ranking
        one(
            t,
            "ranking",
            "top 3 sites for invoicing in 2024",
            ranked(m("invoiced_aud", k24).groupby("site")["value"].sum(), 3),
        ),
        one(
            t,
            "ranking",
            "bottom 3 sites on avg audit score",
            ranked(audit.groupby("site")["value"].mean(), 3, ascending=True),
        ),
        # superlative
        one(
            t,
            "superlative",
            "which site has racked up the most complaints",
            num(complaints.groupby("site")["value"].sum().max()),
        ),
        one(
            t,
            "superlative",
            "biggest supplies bill in a single week at one site",
            num(supplies["value"].max()),
        ),
        # compare
        one(
            t,
            "compare",
            "gym vs library complaints in 2024",
            num(site(c24, "Riverside Gym").sum(), site(c24, east).sum()),
        ),
        one(
            t,
            "compare",
            "school vs medical centre avg hours a week",
            num(site(hours, "Parkview School").mean(), north_h.mean()),
        ),
        # coverage
        one(t, "coverage", "how many weeks are in this sheet", num(k["week_starting"].nunique())),
        one(
            t,
            "coverage",
            "how many weeks has the airport depot been in the sheet",
            num(k.loc[k["site"] == "Airport Depot", "week_starting"].nunique()),
        ),
        # date-part
        one(t, "date-part", "which month of 2024 had the most complaints", num(c24_month.max())),
        one(
            t,
            "date-part",
            "complaints by quarter for 2024",
            num(*c24.groupby(c24["_d"].dt.quarter)["value"].sum().tolist()),
        ),
        # derived
        one(
            t,
            "derived",
            "supplies as a % of invoiced at the gym",
            num(
                site(supplies, "Riverside Gym").sum() / site(invoiced, "Riverside Gym").sum() * 100
            ),
        ),
        one(
            t,
            "derived",
            "invoiced minus supplies for northgate in 2024",
            num(
                m("invoiced_aud", north24)["value"].sum()
                - m("supplies_cost_aud", north24)["value"].sum()
            ),
        ),
        # per-normalise
        one(
            t,
            "per-normalise",
            "what do we invoice per hour cleaned at northgate in 2024",
            num(
                m("invoiced_aud", north24)["value"].sum()
                / m("hours_cleaned", north24)["value"].sum()
            ),
        ),
        one(
            t,
            "per-normalise",
            "supplies cost per hour cleaned at the gym",
            num(
                m("supplies_cost_aud", gym)["value"].sum() / m("hours_cleaned", gym)["value"].sum()
            ),
        ),
        # percent-change
        one(
            t,
            "percent-change",
            "complaints jan-jun 2024 vs jan-jun 2025 all sites, % change",
            num(
                pct_change(
                    m("complaints", h1_24)["value"].sum(), m("complaints", h1_25)["value"].sum()
                )
            ),
        ),
        one(
            t,
            "percent-change",
            "gym invoicing jan-jun 2024 vs jan-jun 2025, whats the % change",
            num(
                pct_change(
                    site(m("invoiced_aud", h1_24), "Riverside Gym").sum(),
                    site(m("invoiced_aud", h1_25), "Riverside Gym").sum(),
                )
            ),
        ),
        # numbers-in-question
        one(
            t,
            "numbers-in-question",
            "how many times has a site scored under 85% on audit",
            num((audit["value"] < 85).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many site weeks had more than 3 complaints",
            num((complaints["value"] > 3).sum()),
        ),
        # units-columns
        one(
            t,
            "units-columns",
            "how many aussie dollars did we spend on supplies at the airport",
            num(site(supplies, "Airport Depot").sum()),
        ),
        one(
            t,
            "units-columns",
            "whats the avg audit percentage across everything",
            num(audit["value"].mean()),
        ),
        # chart
        one(t, "chart", "bar chart of complaints by site", BAR),
        one(t, "chart", "pie of invoiced by site for 2024", PIE),
        # unanswerable
        one(t, "unanswerable", "which cleaner got the most complaints", NO),
        one(t, "unanswerable", "how many hours did we do at the westfield site", NO),
        one(t, "unanswerable", "what did we pay in wages at the airport", NO),
        # follow-up
        SealedCase(
            t,
            [
                ("complaints at riverside gym in 2024", num(site(c24, "Riverside Gym").sum())),
                ("and 2025 so far", num(site(m("complaints", k25), "Riverside Gym").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg audit score at the library", num(site(audit, east).mean())),
                ("same for the airport depot", num(site(audit, "Airport Depot").mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "hours cleaned at the school in jan 2025",
                    num(site(m("hours_cleaned", _in(k, 2025, 1)), "Parkview School").sum()),
                ),
                ("why was it so low", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("total invoiced in 2025 so far?", num(m("invoiced_aud", k25)["value"].sum())),
                ("graph it by site, bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many complaints has harbourside had", num(harbour_c.sum())),
                ("and northgate", num(site(complaints, "Northgate Medical").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("weekly hours at northgate on avg", num(north_h.mean())),
                ("what about the median", num(north_h.median())),
                ("and the riverside gym", num(site(hours, "Riverside Gym").median())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return _vine() + _dogs() + _clean()
