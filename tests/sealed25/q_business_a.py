"""The BUSINESS half, first three tables (mobile tyre jobs, community radio log, chimney sweep
bookings): an owner-operator typing on a phone between jobs. Gold is computed here with
plain pandas from the CSVs (see TABLES_business.md for the filters)."""

from __future__ import annotations

import pandas as pd

from tests.sealed25.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

TYRE = "mobile_tyre_jobs.csv"
RADIO = "community_radio_log.csv"
SWEEP = "chimney_sweep_bookings.csv"


def _in(frame: pd.DataFrame, year: int, month: int | None = None) -> pd.DataFrame:
    keep = frame["_d"].dt.year == year
    if month is not None:
        keep &= frame["_d"].dt.month == month
    return frame[keep]


# --- mobile tyre / roadside mechanic jobs (status DONE = work done; CANX = cancelled) -----


def _tyre() -> list[SealedCase]:
    t = TYRE
    d = load(t, "job_date")
    done = d[d["status"] == "DONE"]
    fits = done[done["job_type"] == "Tyre Fit"]
    y23, y24 = _in(done, 2023), _in(done, 2024)
    money = "invoice_total_gbp"
    by_month = done.groupby(done["_d"].dt.to_period("M"))[money].sum()
    hours = d.groupby(d["call_time"].str[:2].astype(int)).size()
    batteries = _in(done[done["job_type"] == "Battery Swap"], 2024)
    dow = done.groupby(done["_d"].dt.day_of_week).size()
    return [
        # aggregate
        one(
            t,
            "aggregate",
            "how many jobs did we knock over in march 2024",
            num(len(_in(done, 2024, 3))),
        ),
        one(
            t,
            "aggregate",
            "avg labour hrs on a brakes job??",
            num(done.loc[done["job_type"] == "Brakes", "labour_hrs"].mean()),
        ),
        # group
        one(
            t,
            "group",
            "jobs done by each tech in 2024",
            num(*y24.groupby("technician").size().tolist()),
        ),
        one(
            t,
            "group",
            "money in broken down by job type, finished jobs only",
            num(*done.groupby("job_type")[money].sum().tolist()),
        ),
        # ranking
        one(
            t,
            "ranking",
            "top 3 tyre sizes by how many tyres we fitted",
            ranked(fits.groupby("tyre_size")["tyres_fitted"].sum(), 3),
        ),
        one(
            t,
            "ranking",
            "bottom 2 techs for money in during 2024",
            ranked(y24.groupby("technician")[money].sum(), 2, ascending=True),
        ),
        # superlative
        one(t, "superlative", "whats the most we've charged for one job", num(done[money].max())),
        one(
            t, "superlative", "furthest we've driven out to a job", num(done["callout_miles"].max())
        ),
        # compare
        one(
            t,
            "compare",
            "dave v kiri money in for 2024",
            num(*(y24.loc[y24["technician"] == n, money].sum() for n in ("Dave", "Kiri"))),
        ),
        one(
            t,
            "compare",
            "card vs cash how much came in on each",
            num(*(done.loc[done["payment"] == p, money].sum() for p in ("CARD", "CASH"))),
        ),
        # coverage
        one(
            t,
            "coverage",
            "what dates does this job log run from and to",
            num(d["_d"].min().year, d["_d"].min().day, d["_d"].max().year, d["_d"].max().day),
        ),
        one(
            t,
            "coverage",
            "how many diff tyre sizes have we got in here",
            num(d["tyre_size"].nunique()),
        ),
        # date-part
        one(
            t,
            "date-part",
            "are we busier saturdays or sundays",
            num(dow[5], dow[6]),
        ),
        one(
            t,
            "date-part",
            "what hour of the day do most call outs come in",
            num(hours.idxmax(), hours.max()),
        ),
        # derived
        one(
            t,
            "derived",
            "parts as a % of money in for 2024",
            num(y24["parts_cost_gbp"].sum() / y24[money].sum() * 100),
        ),
        one(
            t,
            "derived",
            "on avg how much do we clear over the parts cost on a tyre fit",
            num((fits[money] - fits["parts_cost_gbp"]).mean()),
        ),
        # per-normalise
        one(
            t,
            "per-normalise",
            "across all the tyre fits whats the money in per tyre fitted",
            num(fits[money].sum() / fits["tyres_fitted"].sum()),
        ),
        one(
            t,
            "per-normalise",
            "avg miles per job for Sione",
            num(done.loc[done["technician"] == "Sione", "callout_miles"].mean()),
        ),
        # percent-change
        one(
            t,
            "percent-change",
            "how much did money in go up from 2023 to 2024 in %",
            num(pct_change(y23[money].sum(), y24[money].sum())),
        ),
        one(
            t,
            "percent-change",
            "battery swaps jan 2024 vs jan 2023, % change",
            num(
                pct_change(
                    len(_in(done[done["job_type"] == "Battery Swap"], 2023, 1)),
                    len(_in(done[done["job_type"] == "Battery Swap"], 2024, 1)),
                )
            ),
        ),
        # numbers-in-question
        one(
            t,
            "numbers-in-question",
            "how many call outs over 20 miles",
            num((done["callout_miles"] > 20).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many jobs came to more than £400",
            num((done[money] > 400).sum()),
        ),
        # units-columns
        one(
            t,
            "units-columns",
            "total call out miles for 2024",
            num(y24["callout_miles"].sum()),
        ),
        one(
            t,
            "units-columns",
            "how many hours of labour did kiri bill in 2023",
            num(y23.loc[y23["technician"] == "Kiri", "labour_hrs"].sum()),
        ),
        # chart
        one(t, "chart", "graph money in per month as a line", LINE),
        one(t, "chart", "show me a bar chart of jobs by job type", BAR),
        # unanswerable
        one(t, "unanswerable", "what did we spend on diesel for the vans", NO),
        one(t, "unanswerable", "how many jobs will we get next month do u reckon", NO),
        one(t, "unanswerable", "how much did Tama bill this year", NO),
        # follow-up
        SealedCase(
            t,
            [
                ("how many jobs did Dave do in 2024", num((y24["technician"] == "Dave").sum())),
                ("same for Kiri", num((y24["technician"] == "Kiri").sum())),
                ("and mick", num((y24["technician"] == "Mick").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("money in from tyre fits in 2023", num(_in(fits, 2023)[money].sum())),
                ("and 2024?", num(_in(fits, 2024)[money].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "avg call out miles on jump starts",
                    num(done.loc[done["job_type"] == "Jump Start", "callout_miles"].mean()),
                ),
                (
                    "what about the median",
                    num(done.loc[done["job_type"] == "Jump Start", "callout_miles"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "how many jobs got cancelled in 2024",
                    num(len(_in(d[d["status"] == "CANX"], 2024))),
                ),
                ("chuck the cancellations by month in a bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "whats the total parts spend on batteries in 2024",
                    num(batteries["parts_cost_gbp"].sum()),
                ),
                ("why'd it jump so much", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "how many 205/55R16 tyres did we fit all up",
                    num(fits.loc[fits["tyre_size"] == "205/55R16", "tyres_fitted"].sum()),
                ),
                (
                    "and the 235/65R17 suv ones",
                    num(fits.loc[fits["tyre_size"] == "235/65R17", "tyres_fitted"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("best month for money in?", num(by_month.max())),
                ("and the worst", num(by_month.min())),
            ],
            "follow-up",
        ),
    ]


# --- community radio station listener and fundraising log (camelCase) ----------------------


def _radio() -> list[SealedCase]:
    t = RADIO
    r = load(t, "airDate")
    y24, y25 = _in(r, 2024), _in(r, 2025)
    live = r[r["broadcastType"] == "LIVE"]
    appeal = r[r["onAppeal"] == "Y"]
    cash = "pledgeTotalNzd"
    by_hour = r.groupby("hourStart")["listenerEst"].mean()
    by_dow = r.groupby(r["_d"].dt.day_of_week)[cash].sum()
    weekend = r["_d"].dt.day_of_week >= 5
    both = r.dropna(subset=["listenerEst", "streamListeners"])
    per_listener = appeal.dropna(subset=["listenerEst"])
    may24 = _in(appeal, 2024, 5)
    may25 = _in(appeal, 2025, 5)
    oct24 = _in(appeal, 2024, 10)
    colin = live[live["presenterName"] == "Colin"]["listenerEst"]
    return [
        # aggregate
        one(t, "aggregate", "how much have we raised in pledges all up", num(r[cash].sum())),
        one(
            t,
            "aggregate",
            "avg listeners for breakfast brew when its live",
            num(live.loc[live["showName"] == "Breakfast Brew", "listenerEst"].mean()),
        ),
        # group
        one(
            t,
            "group",
            "pledges by broadcast type - live, repeat, auto",
            num(*r.groupby("broadcastType")["pledgeCount"].sum().tolist()),
        ),
        one(
            t,
            "group",
            "how much did each presenter bring in pledges in 2024",
            num(*y24.groupby("presenterName")[cash].sum().tolist()),
        ),
        # ranking
        one(
            t,
            "ranking",
            "top 3 shows for pledge money",
            ranked(r.groupby("showName")[cash].sum(), 3),
        ),
        one(
            t,
            "ranking",
            "bottom 3 live shows on avg listeners",
            ranked(live.groupby("showName")["listenerEst"].mean(), 3, ascending=True),
        ),
        # superlative
        one(
            t,
            "superlative",
            "which hour gets the biggest audience on avg",
            num(by_hour.idxmax(), by_hour.max()),
        ),
        one(t, "superlative", "whats the most pledged in a single hour", num(r[cash].max())),
        # compare
        one(
            t,
            "compare",
            "do live shows pull more listeners than repeats on avg",
            num(
                live["listenerEst"].mean(),
                r.loc[r["broadcastType"] == "REPEAT", "listenerEst"].mean(),
            ),
        ),
        one(
            t,
            "compare",
            "appeal weeks vs normal weeks - avg pledge $ per hour",
            num(appeal[cash].mean(), r.loc[r["onAppeal"] == "N", cash].mean()),
        ),
        # coverage
        one(
            t,
            "coverage",
            "what period does the log cover",
            num(r["_d"].min().year, r["_d"].min().day, r["_d"].max().year, r["_d"].max().day),
        ),
        one(t, "coverage", "how many days were we on appeal", num(appeal["airDate"].nunique())),
        # date-part
        one(
            t,
            "date-part",
            "more listeners weekdays or weekends? avg per hour",
            num(r.loc[~weekend, "listenerEst"].mean(), r.loc[weekend, "listenerEst"].mean()),
        ),
        one(
            t,
            "date-part",
            "which day of the week brings in the most pledge money",
            num(by_dow.max()),
        ),
        # derived
        one(t, "derived", "whats the avg pledge size", num(r[cash].sum() / r["pledgeCount"].sum())),
        one(
            t,
            "derived",
            "what % of listeners are on the stream (hours where both are filled in)",
            num(both["streamListeners"].sum() / both["listenerEst"].sum() * 100),
        ),
        # per-normalise
        one(
            t,
            "per-normalise",
            "how much do we raise per 100 listeners in appeal weeks",
            num(per_listener[cash].sum() / per_listener["listenerEst"].sum() * 100),
        ),
        one(
            t,
            "per-normalise",
            "avg pledges per live hour in 2024",
            num(_in(live, 2024)["pledgeCount"].mean()),
        ),
        # percent-change
        one(
            t,
            "percent-change",
            "avg hourly listeners 2024 vs 2025 whats the % change",
            num(pct_change(y24["listenerEst"].mean(), y25["listenerEst"].mean())),
        ),
        one(
            t,
            "percent-change",
            "how much was the may 2025 radiothon up or down on may 2024 in pledge $, as a %",
            num(pct_change(may24[cash].sum(), may25[cash].sum())),
        ),
        # numbers-in-question
        one(
            t,
            "numbers-in-question",
            "how many hours had over 1,200 listeners",
            num((r["listenerEst"] > 1200).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many hours did we get 10 or more pledges",
            num((r["pledgeCount"] >= 10).sum()),
        ),
        # units-columns
        one(
            t,
            "units-columns",
            "total stream listeners for drive time in 2024",
            num(y24.loc[y24["showName"] == "Drive Time", "streamListeners"].sum()),
        ),
        one(
            t,
            "units-columns",
            "how many kiwi dollars has te reo hour raised",
            num(r.loc[r["showName"] == "Te Reo Hour", cash].sum()),
        ),
        # chart
        one(t, "chart", "plot avg listeners by month as a line", LINE),
        # unanswerable
        one(t, "unanswerable", "whats our audience share vs the commercial stations", NO),
        one(t, "unanswerable", "who donated the most money", NO),
        one(t, "unanswerable", "how many listeners will we get at the next radiothon", NO),
        # follow-up
        SealedCase(
            t,
            [
                (
                    "how much did Jules raise in 2024",
                    num(y24.loc[y24["presenterName"] == "Jules", cash].sum()),
                ),
                ("and pete", num(y24.loc[y24["presenterName"] == "Pete", cash].sum())),
                ("and pete in 2025", num(y25.loc[y25["presenterName"] == "Pete", cash].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg listeners at 8am", num(by_hour[8])),
                ("and 5pm?", num(by_hour[17])),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many pledges in the october radiothon", num(oct24["pledgeCount"].sum())),
                ("what about the may 2025 one", num(may25["pledgeCount"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("show me avg listeners by hour of the day as a line graph", LINE),
                ("just weekends", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "total pledge money for breakfast brew",
                    num(r.loc[r["showName"] == "Breakfast Brew", cash].sum()),
                ),
                ("hows that stack up against the other stations in town", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg listener est for colins live hours", num(colin.mean())),
                ("and the median", num(colin.median())),
            ],
            "follow-up",
        ),
    ]


# --- chimney sweep / stove fitter bookings (dates dd/mm/yyyy; DONE, NOACC, CANX) -----------


def _sweep() -> list[SealedCase]:
    t = SWEEP
    s = load(t, "job_date", "%d/%m/%Y")
    done = s[s["status"] == "DONE"]
    sweeps = done[done["job_code"] == "SWP"]
    y24 = _in(done, 2024)
    sweep_month = sweeps.groupby(sweeps["_d"].dt.month).size()
    noacc = s[s["status"] == "NOACC"]
    codes = done.groupby("job_code").size()
    inst = done[done["job_code"] == "INST"]
    serv = done[done["job_code"] == "SERV"]
    sw24 = _in(sweeps, 2024)
    ld = s[s["postcode_area"] == "LD"]
    birds = done[done["job_code"] == "BIRD"]
    return [
        # aggregate
        one(
            t,
            "aggregate",
            "how many sweeps did we actually do in 2024",
            num(len(_in(sweeps, 2024))),
        ),
        one(
            t,
            "aggregate",
            "total charged in october 2023 incl the no access fees",
            num(_in(s, 2023, 10)["price"].sum()),
        ),
        # group
        one(
            t,
            "group",
            "jobs done per postcode area in 2024",
            num(*y24.groupby("postcode_area").size().tolist()),
        ),
        one(
            t,
            "group",
            "how many jobs has each of the lads done",
            num(*done.groupby("sweep").size().tolist()),
        ),
        # ranking
        one(
            t,
            "ranking",
            "top 3 postcode areas for takings on done jobs",
            ranked(done.groupby("postcode_area")["price"].sum(), 3),
        ),
        one(t, "ranking", "bottom 3 job codes by number done", ranked(codes, 3, ascending=True)),
        # superlative
        one(t, "superlative", "whats the most we charged for a sweep", num(sweeps["price"].max())),
        one(
            t,
            "superlative",
            "which area had the most no access visits",
            num(noacc.groupby("postcode_area").size().max()),
        ),
        # compare
        one(
            t,
            "compare",
            "gareth vs rhys how many sweeps each in 2023",
            num(*(len(_in(sweeps[sweeps["sweep"] == n], 2023)) for n in ("Gareth", "Rhys"))),
        ),
        one(
            t,
            "compare",
            "am or pm slots, which gets booked more",
            num((s["slot"] == "AM").sum(), (s["slot"] == "PM").sum()),
        ),
        # coverage
        one(t, "coverage", "what year does this go back to", num(s["_d"].min().year)),
        one(
            t,
            "coverage",
            "when was the last booking in the sheet",
            num(s["_d"].max().year, s["_d"].max().day),
        ),
        # date-part
        one(
            t,
            "date-part",
            "which month of the year do we do the most sweeps in",
            num(sweep_month.max()),
        ),
        one(
            t,
            "date-part",
            "are saturdays worth it.. how many jobs have we done on a saturday",
            num((done["_d"].dt.day_of_week == 5).sum()),
        ),
        # derived
        one(
            t,
            "derived",
            "what % of bookings end up no access",
            num(len(noacc) / len(s) * 100),
        ),
        one(
            t,
            "derived",
            "of the money from finished jobs what % is installs",
            num(inst["price"].sum() / done["price"].sum() * 100),
        ),
        # per-normalise
        one(
            t,
            "per-normalise",
            "avg price per flue on sweeps in 2024",
            num(sw24["price"].sum() / sw24["flues"].sum()),
        ),
        one(
            t,
            "per-normalise",
            "avg takings per working day in 2024, counting days with at least one job done",
            num(y24["price"].sum() / y24["job_date"].nunique()),
        ),
        # percent-change
        one(
            t,
            "percent-change",
            "% change in sweeps done oct 2023 to oct 2024",
            num(pct_change(len(_in(sweeps, 2023, 10)), len(_in(sweeps, 2024, 10)))),
        ),
        one(
            t,
            "percent-change",
            "bird nest jobs 2023 vs 2024 how much up or down %",
            num(pct_change(len(_in(birds, 2023)), len(_in(birds, 2024)))),
        ),
        # numbers-in-question
        one(
            t,
            "numbers-in-question",
            "how many done jobs over £150",
            num((done["price"] > 150).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many sweeps with 2 or more flues",
            num((sweeps["flues"] >= 2).sum()),
        ),
        # units-columns (codes asked in words)
        one(
            t,
            "units-columns",
            "how many times did we clear out birds nests in 2024",
            num(len(_in(birds, 2024))),
        ),
        one(
            t,
            "units-columns",
            "how many cowl fitting jobs have we done",
            num((done["job_code"] == "COWL").sum()),
        ),
        # chart
        one(t, "chart", "bar graph of jobs by postcode area", BAR),
        one(t, "chart", "histogram of what we charge for installs", HISTOGRAM),
        # unanswerable
        one(t, "unanswerable", "how much do we spend on brushes and rods", NO),
        one(t, "unanswerable", "why was last autumn so flat out", NO),
        one(t, "unanswerable", "how many sweeps did Bryn do", NO),
        # follow-up
        SealedCase(
            t,
            [
                (
                    "how many sweeps did rhys do in oct 2024",
                    num(len(_in(sweeps[sweeps["sweep"] == "Rhys"], 2024, 10))),
                ),
                ("and nov", num(len(_in(sweeps[sweeps["sweep"] == "Rhys"], 2024, 11)))),
                ("same for gareth", num(len(_in(sweeps[sweeps["sweep"] == "Gareth"], 2024, 11)))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg sweep price in 2023", num(_in(sweeps, 2023)["price"].mean())),
                ("and 2024", num(sw24["price"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many installs in HR", num((inst["postcode_area"] == "HR").sum())),
                ("stick installs by area in a bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("no access visits in 2024?", num(len(_in(noacc, 2024)))),
                ("who were the customers", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("total takings from stove services that got done", num(serv["price"].sum())),
                ("whats that per job on avg", num(serv["price"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many bookings in LD", num(len(ld))),
                ("and what did they bring in", num(ld["price"].sum())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return _tyre() + _radio() + _sweep()
