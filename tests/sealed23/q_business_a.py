"""The BUSINESS half, first three tables: a tattoo studio's appointments, an apiary's honey
harvests and an ice rink's session log. Questions in the style of a business owner dictating
to a phone (speech-to-text: lower case, little punctuation, numbers as words, filler, now
and then a sound-alike word). Gold computed here with plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.sealed23.cases import (
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

TATTOO = "tattoo_studio_appointments.csv"
HONEY = "apiary_honey_harvests.csv"
RINK = "ice_rink_sessions.csv"

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def tattoo() -> pd.DataFrame:
    return load(TATTOO, "apptDate")


def honey() -> pd.DataFrame:
    return load(HONEY, "harvest_date", "%d/%m/%Y")


def rink() -> pd.DataFrame:
    frame = load(RINK, "session_date")
    frame["_hour"] = frame["slot_start"].str.slice(0, 2).astype(int)
    return frame


def by_weekday(frame: pd.DataFrame, column: str | None = None) -> pd.Series:
    days = frame["_d"].dt.dayofweek.map(dict(enumerate(WEEKDAYS)))
    if column is None:
        return frame.groupby(days).size()
    return frame.groupby(days)[column].sum()


def by_month_name(frame: pd.DataFrame, column: str | None = None) -> pd.Series:
    months = frame["_d"].dt.month.map(dict(enumerate(MONTHS, start=1)))
    if column is None:
        return frame.groupby(months).size()
    return frame.groupby(months)[column].sum()


# --------------------------------------------------------------------------- tattoo studio
def tattoo_cases() -> list[SealedCase]:
    t = tattoo()
    done = t[t["apptStatus"] == "DONE"]
    y = t["_d"].dt.year
    dy = done["_d"].dt.year
    ns = t[t["apptStatus"] == "NS"]
    out: list[SealedCase] = []
    add = out.append

    # aggregate
    add(
        one(
            TATTOO,
            "aggregate",
            "okay so how many bookings are in this file altogether every status",
            num(len(t)),
        )
    )
    add(
        one(
            TATTOO,
            "aggregate",
            "um whats the some of the quote aud column for the done appointments only",
            num(done["quoteAud"].sum()),
        )
    )
    add(
        one(
            TATTOO,
            "aggregate",
            "right what was the average tip on done appointments just leave out the ones where the"
            " tip is blank",
            num(done["tipAud"].mean()),
        )
    )
    # group
    add(
        one(
            TATTOO,
            "group",
            "how many no shows did each artist have so the status n s",
            num(*ns.groupby("artistName").size()),
        )
    )
    add(
        one(
            TATTOO,
            "group",
            "okay break down the done appointments by booking channel and give me the total quote"
            " for each",
            num(*done.groupby("bookingChannel")["quoteAud"].sum()),
        )
    )
    # ranking
    add(
        one(
            TATTOO,
            "ranking",
            "give me the top three tattoo styles by money quoted on done appointments",
            ranked(done.groupby("tattooStyle")["quoteAud"].sum(), 3),
        )
    )
    add(
        one(
            TATTOO,
            "ranking",
            "um which are the bottom two body placements by number of bookings all statuses",
            ranked(t.groupby("bodyPlacement").size(), 2, ascending=True),
        )
    )
    # superlative
    add(
        one(
            TATTOO,
            "superlative",
            "which artist had the most no shows over the whole file",
            ranked(ns.groupby("artistName").size(), 1),
        )
    )
    add(
        one(
            TATTOO,
            "superlative",
            "right so whose got the highest average quote on their done appointments",
            ranked(done.groupby("artistName")["quoteAud"].mean(), 1),
        )
    )
    # date-part
    add(
        one(
            TATTOO,
            "date-part",
            "what day of the week do we get the most bookings all statuses",
            ranked(by_weekday(t), 1),
        )
    )
    add(
        one(
            TATTOO,
            "date-part",
            "how many done appointments did we have on saturdays in twenty twenty four",
            num(((dy == 2024) & (done["_d"].dt.dayofweek == 5)).sum()),
        )
    )
    add(
        one(
            TATTOO,
            "date-part",
            "okay which month of the year has the most no shows if you add up all the years",
            ranked(by_month_name(ns), 1),
        )
    )
    # coverage
    add(
        one(
            TATTOO,
            "coverage",
            "which years does this booking export cover",
            num(*sorted(y.unique())),
        )
    )
    add(
        one(
            TATTOO,
            "coverage",
            "um how many different days did we have appointments on in here",
            num(t["apptDate"].nunique()),
        )
    )
    last = t["_d"].max()
    add(
        one(
            TATTOO,
            "coverage",
            "whats the very last appointment date in the file",
            num(last.year, last.day),
        )
    )
    # compare
    mika = done[(dy == 2024) & (done["artistName"] == "Mika")]["quoteAud"].sum()
    juno = done[(dy == 2024) & (done["artistName"] == "Juno")]["quoteAud"].sum()
    add(
        one(
            TATTOO,
            "compare",
            "did mika or juno quote more on done appointments in twenty twenty four give me both",
            num(mika, juno),
        )
    )
    add(
        one(
            TATTOO,
            "compare",
            "were there more no shows in twenty twenty three or twenty twenty four",
            num((ns["_d"].dt.year == 2023).sum(), (ns["_d"].dt.year == 2024).sum()),
        )
    )
    # derived
    add(
        one(
            TATTOO,
            "derived",
            "what percent of all the bookings ended up as no shows",
            num((t["apptStatus"] == "NS").mean() * 100),
        )
    )
    add(
        one(
            TATTOO,
            "derived",
            "for done appointments what's total deposits as a percentage of total quotes",
            num(done["depositAud"].sum() / done["quoteAud"].sum() * 100),
        )
    )
    # per-normalise
    add(
        one(
            TATTOO,
            "per-normalise",
            "how much do we quote per hour on the done ones i mean total quote over total session"
            " hours",
            num(done["quoteAud"].sum() / done["sessionHours"].sum()),
        )
    )
    add(
        one(
            TATTOO,
            "per-normalise",
            "whats the average tip per done appointment for rosa ignoring blank tips",
            num(done[done["artistName"] == "Rosa"]["tipAud"].mean()),
        )
    )
    # percent-change
    add(
        one(
            TATTOO,
            "percent-change",
            "by what percent did the done appointment quotes go up from twenty twenty three to"
            " twenty twenty four",
            num(pct_change(done[dy == 2023]["quoteAud"].sum(), done[dy == 2024]["quoteAud"].sum())),
        )
    )
    add(
        one(
            TATTOO,
            "percent-change",
            "um percentage change in the number of no shows twenty twenty three versus twenty"
            " twenty four",
            num(pct_change((ns["_d"].dt.year == 2023).sum(), (ns["_d"].dt.year == 2024).sum())),
        )
    )
    # numbers-in-question
    add(
        one(
            TATTOO,
            "numbers-in-question",
            "how many bookings had a quote over a thousand dollars",
            num((t["quoteAud"] > 1000).sum()),
        )
    )
    add(
        one(
            TATTOO,
            "numbers-in-question",
            "okay so how many done sessions were four hours or longer",
            num((done["sessionHours"] >= 4).sum()),
        )
    )
    add(
        one(
            TATTOO,
            "numbers-in-question",
            "how many tips were at least fifty bucks",
            num((t["tipAud"] >= 50).sum()),
        )
    )
    # units-columns
    add(
        one(
            TATTOO,
            "units-columns",
            "whats the total session hours for the done appointments in twenty twenty five",
            num(done[dy == 2025]["sessionHours"].sum()),
        )
    )
    add(
        one(
            TATTOO,
            "units-columns",
            "average deposit in dollars for bookings that came in through instagram",
            num(t[t["bookingChannel"] == "IG"]["depositAud"].mean()),
        )
    )
    # chart
    add(one(TATTOO, "chart", "can you plot the number of bookings per month as a line", LINE))
    add(one(TATTOO, "chart", "show me a bar chart of done appointments by artist", BAR))
    add(one(TATTOO, "chart", "pie chart of bookings by booking channel please", PIE))
    # unanswerable
    add(one(TATTOO, "unanswerable", "what was our profit last year after paying the artists", NO))
    add(one(TATTOO, "unanswerable", "um why do people no show do they say anything", NO))
    add(one(TATTOO, "unanswerable", "how many appointments did sasha do this year", NO))
    add(one(TATTOO, "unanswerable", "whats the average age of our clients", NO))
    # follow-ups
    add(
        SealedCase(
            TATTOO,
            [
                (
                    "how many no shows did we have in twenty twenty four",
                    num((ns["_d"].dt.year == 2024).sum()),
                ),
                ("okay and what about the year before", num((ns["_d"].dt.year == 2023).sum())),
            ],
            "follow-up",
        )
    )
    realism = done[done["tattooStyle"] == "Realism"]
    add(
        SealedCase(
            TATTOO,
            [
                (
                    "whats the average quote for realism done appointments",
                    num(realism["quoteAud"].mean()),
                ),
                (
                    "now just juno's",
                    num(realism[realism["artistName"] == "Juno"]["quoteAud"].mean()),
                ),
                (
                    "and what about the median",
                    num(realism[realism["artistName"] == "Juno"]["quoteAud"].median()),
                ),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            TATTOO,
            [
                (
                    "total tips by artist for done appointments",
                    num(*done.groupby("artistName")["tipAud"].sum()),
                ),
                ("can you put that in a graph a bar one", BAR),
            ],
            "follow-up",
        )
    )
    walk = t[t["bookingChannel"] == "WALKIN"]
    add(
        SealedCase(
            TATTOO,
            [
                ("how many walk ins have we had all up", num(len(walk))),
                ("and how many of those were new clients", num((walk["newClient"] == "Y").sum())),
            ],
            "follow-up",
        )
    )
    sat24 = done[(dy == 2024) & (done["_d"].dt.dayofweek == 5)]
    add(
        SealedCase(
            TATTOO,
            [
                (
                    "how much did we quote on saturdays in twenty twenty four done ones only",
                    num(sat24["quoteAud"].sum()),
                ),
                ("okay and how much of that went on card fees", NO),
            ],
            "follow-up",
        )
    )
    hours = done.groupby("artistName")["sessionHours"].sum()
    add(
        SealedCase(
            TATTOO,
            [
                ("top three artists by hours tattooed on done appointments", ranked(hours, 3)),
                ("now the bottom three", ranked(hours, 3, ascending=True)),
            ],
            "follow-up",
        )
    )
    return out


# --------------------------------------------------------------------------- apiary
def honey_cases() -> list[SealedCase]:
    h = honey()
    y = h["_d"].dt.year
    kept = h[h["grade"] != "REJ"]
    rej = h[h["grade"] == "REJ"]
    out: list[SealedCase] = []
    add = out.append

    # aggregate
    add(
        one(
            HONEY,
            "aggregate",
            "okay how much honey did we pull off in total in kilos not counting the rejected"
            " batches",
            num(kept["weight_kg"].sum()),
        )
    )
    add(one(HONEY, "aggregate", "um how many harvests are logged in this sheet", num(len(h))))
    # group
    add(
        one(
            HONEY,
            "group",
            "total wait of honey in kilos per site over all the years",
            num(*h.groupby("site")["weight_kg"].sum()),
        )
    )
    add(
        one(
            HONEY,
            "group",
            "whats the average moisture for each honey type",
            num(*h.groupby("honey_type")["moisture_pct"].mean()),
        )
    )
    # ranking
    add(
        one(
            HONEY,
            "ranking",
            "give me the top three hives by total weight over everything",
            ranked(h.groupby("hive_id")["weight_kg"].sum(), 3),
        )
    )
    add(
        one(
            HONEY,
            "ranking",
            "right the bottom three sites by average kilos per harvest",
            ranked(h.groupby("site")["weight_kg"].mean(), 3, ascending=True),
        )
    )
    # superlative
    add(
        one(
            HONEY,
            "superlative",
            "which site had the highest average moisture percent",
            ranked(h.groupby("site")["moisture_pct"].mean(), 1),
        )
    )
    add(
        one(
            HONEY,
            "superlative",
            "which beekeeper brought in the most kilos in twenty twenty two",
            ranked(h[y == 2022].groupby("beekeeper")["weight_kg"].sum(), 1),
        )
    )
    # date-part
    add(
        one(
            HONEY,
            "date-part",
            "what month gives us the most honey by weight if you lump all the years together",
            ranked(by_month_name(h, "weight_kg"), 1),
        )
    )
    add(
        one(
            HONEY,
            "date-part",
            "how many kilos did we take off in july across all the years",
            num(h[h["_d"].dt.month == 7]["weight_kg"].sum()),
        )
    )
    # coverage
    add(one(HONEY, "coverage", "which years are in the harvest log", num(*sorted(y.unique()))))
    add(
        one(
            HONEY,
            "coverage",
            "um how many different hives show up in here",
            num(h["hive_id"].nunique()),
        )
    )
    first23 = h[y == 2023]["_d"].min()
    add(
        one(
            HONEY,
            "coverage",
            "when was the first harvest in twenty twenty three",
            num(first23.year, first23.day),
        )
    )
    # compare
    add(
        one(
            HONEY,
            "compare",
            "did we get more honey in twenty twenty two or twenty twenty three total kilos both"
            " years",
            num(h[y == 2022]["weight_kg"].sum(), h[y == 2023]["weight_kg"].sum()),
        )
    )
    add(
        one(
            HONEY,
            "compare",
            "heath top versus orchard lane average weight per harvest which is better",
            num(
                h[h["site"] == "Heath Top"]["weight_kg"].mean(),
                h[h["site"] == "Orchard Lane"]["weight_kg"].mean(),
            ),
        )
    )
    # derived
    add(
        one(
            HONEY,
            "derived",
            "what percent of the harvests got graded r e j",
            num((h["grade"] == "REJ").mean() * 100),
        )
    )
    add(
        one(
            HONEY,
            "derived",
            "what share of all the honey by weight was heather as a percent",
            num(h[h["honey_type"] == "Heather"]["weight_kg"].sum() / h["weight_kg"].sum() * 100),
        )
    )
    # per-normalise
    add(
        one(
            HONEY,
            "per-normalise",
            "how many kilos do we get per frame on average so total weight over total frames",
            num(h["weight_kg"].sum() / h["frames"].sum()),
        )
    )
    h24 = h[y == 2024]
    add(
        one(
            HONEY,
            "per-normalise",
            "in twenty twenty four how much honey per hive did we get total kilos divided by the"
            " number of hives harvested",
            num(h24["weight_kg"].sum() / h24["hive_id"].nunique()),
        )
    )
    # percent-change
    add(
        one(
            HONEY,
            "percent-change",
            "whats the percent change in total honey from twenty twenty two to twenty twenty three",
            num(pct_change(h[y == 2022]["weight_kg"].sum(), h[y == 2023]["weight_kg"].sum())),
        )
    )
    add(
        one(
            HONEY,
            "percent-change",
            "percent change in frames extracted twenty twenty one to twenty twenty four",
            num(pct_change(h[y == 2021]["frames"].sum(), h[y == 2024]["frames"].sum())),
        )
    )
    # numbers-in-question
    add(
        one(
            HONEY,
            "numbers-in-question",
            "how many harvests had moisture over eighteen and a half percent",
            num((h["moisture_pct"] > 18.5).sum()),
        )
    )
    add(
        one(
            HONEY,
            "numbers-in-question",
            "okay how many single harvests weighed more than fifty kilos",
            num((h["weight_kg"] > 50).sum()),
        )
    )
    add(
        one(
            HONEY,
            "numbers-in-question",
            "how many harvests were at least twenty frames",
            num((h["frames"] >= 20).sum()),
        )
    )
    # units-columns
    add(
        one(
            HONEY,
            "units-columns",
            "whats the average moisture percentage across all harvests",
            num(h["moisture_pct"].mean()),
        )
    )
    add(
        one(
            HONEY,
            "units-columns",
            "the weight in kilograms column whats the biggest single harvest on it",
            num(h["weight_kg"].max()),
        )
    )
    # chart
    add(one(HONEY, "chart", "graph the total honey per year as a bar chart", BAR))
    add(one(HONEY, "chart", "can you do a scatter of frames against weight", SCATTER))
    add(one(HONEY, "chart", "show me a histogram of the moisture readings", HISTOGRAM))
    # unanswerable
    add(one(HONEY, "unanswerable", "how much money did we get selling the honey", NO))
    add(one(HONEY, "unanswerable", "how many bees are in each hive", NO))
    add(one(HONEY, "unanswerable", "what was the weather like in the bad year", NO))
    add(one(HONEY, "unanswerable", "how much honey did the meadow view site make", NO))
    # follow-ups
    clover = h[h["site"] == "Clover Hill"]
    add(
        SealedCase(
            HONEY,
            [
                (
                    "how much honey did clover hill make in twenty twenty two",
                    num(clover[clover["_d"].dt.year == 2022]["weight_kg"].sum()),
                ),
                (
                    "and the year after",
                    num(clover[clover["_d"].dt.year == 2023]["weight_kg"].sum()),
                ),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            HONEY,
            [
                (
                    "average moisture for the spring honey",
                    num(h[h["honey_type"] == "Spring"]["moisture_pct"].mean()),
                ),
                (
                    "okay and for heather",
                    num(h[h["honey_type"] == "Heather"]["moisture_pct"].mean()),
                ),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            HONEY,
            [
                ("total weight per beekeeper", num(*h.groupby("beekeeper")["weight_kg"].sum())),
                ("put that in a pie chart", PIE),
            ],
            "follow-up",
        )
    )
    rej23 = rej[rej["_d"].dt.year == 2023]
    add(
        SealedCase(
            HONEY,
            [
                ("how many rejected batches did we have in twenty twenty three", num(len(rej23))),
                ("and how many across all the years", num(len(rej))),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            HONEY,
            [
                (
                    "whats the total frames extracted at willow creek",
                    num(h[h["site"] == "Willow Creek"]["frames"].sum()),
                ),
                ("what did we get paid per frame there", NO),
            ],
            "follow-up",
        )
    )
    return out


# --------------------------------------------------------------------------- ice rink
def rink_cases() -> list[SealedCase]:
    r = rink()
    run = r[r["status"] == "RUN"]
    y = r["_d"].dt.year
    public = run[run["session_type"] == "Public Skate"]
    out: list[SealedCase] = []
    add = out.append

    # aggregate
    add(
        one(
            RINK,
            "aggregate",
            "okay so whats the total attendance over all the sessions that actually ran",
            num(run["attendance"].sum()),
        )
    )
    add(
        one(
            RINK,
            "aggregate",
            "how many sessions got cancelled status c a n c",
            num((r["status"] == "CANC").sum()),
        )
    )
    add(
        one(
            RINK,
            "aggregate",
            "um total takings in pounds for the hole file",
            num(r["takings_gbp"].sum()),
        )
    )
    # group
    add(
        one(
            RINK,
            "group",
            "average attendance per session for each session type only the ones that ran",
            num(*run.groupby("session_type")["attendance"].mean()),
        )
    )
    add(
        one(
            RINK,
            "group",
            "total takings for each rink in twenty twenty four",
            num(*r[y == 2024].groupby("rink")["takings_gbp"].sum()),
        )
    )
    # ranking
    add(
        one(
            RINK,
            "ranking",
            "rank the top three session types by takings",
            ranked(r.groupby("session_type")["takings_gbp"].sum(), 3),
        )
    )
    add(
        one(
            RINK,
            "ranking",
            "which five start times pull the biggest total attendance for public skate",
            ranked(public.groupby("slot_start")["attendance"].sum(), 5),
        )
    )
    # superlative
    add(
        one(
            RINK,
            "superlative",
            "which session type has the biggest average attendance when it runs",
            ranked(run.groupby("session_type")["attendance"].mean(), 1),
        )
    )
    add(
        one(
            RINK,
            "superlative",
            "what was the single best day for takings in the whole file",
            ranked(r.groupby("session_date")["takings_gbp"].sum(), 1),
        )
    )
    # date-part
    add(
        one(
            RINK,
            "date-part",
            "what day of the week gets the biggest public skate attendance in total",
            ranked(by_weekday(public, "attendance"), 1),
        )
    )
    add(
        one(
            RINK,
            "date-part",
            "how many sessions start in the seven o'clock hour so from seven up to eight in the"
            " morning",
            num((r["_hour"] == 7).sum()),
        )
    )
    add(
        one(
            RINK,
            "date-part",
            "um how much did we take in december twenty twenty four",
            num(r[(y == 2024) & (r["_d"].dt.month == 12)]["takings_gbp"].sum()),
        )
    )
    # coverage
    add(one(RINK, "coverage", "what years does the session log cover", num(*sorted(y.unique()))))
    add(
        one(
            RINK,
            "coverage",
            "how many days was the rink open in this data",
            num(r["session_date"].nunique()),
        )
    )
    # compare
    add(
        one(
            RINK,
            "compare",
            "main pad against studio pad total takings in twenty twenty four which did more",
            num(
                r[(y == 2024) & (r["rink"] == "Main Pad")]["takings_gbp"].sum(),
                r[(y == 2024) & (r["rink"] == "Studio Pad")]["takings_gbp"].sum(),
            ),
        )
    )
    add(
        one(
            RINK,
            "compare",
            "do weekends or weekdays get a bigger average public skate crowd",
            num(
                public[public["_d"].dt.dayofweek >= 5]["attendance"].mean(),
                public[public["_d"].dt.dayofweek < 5]["attendance"].mean(),
            ),
        )
    )
    # derived
    add(
        one(
            RINK,
            "derived",
            "for public skate what percent of people hire skates so total skates hired over total"
            " attendance"
            " leave out the sessions where skates hired is blank",
            num(
                public.dropna(subset=["skates_hired"])["skates_hired"].sum()
                / public.dropna(subset=["skates_hired"])["attendance"].sum()
                * 100
            ),
        )
    )
    add(
        one(
            RINK,
            "derived",
            "what share of the takings comes from hockey hire in percent",
            num(
                r[r["session_type"] == "Hockey Hire"]["takings_gbp"].sum()
                / r["takings_gbp"].sum()
                * 100
            ),
        )
    )
    # per-normalise
    disco = run[run["session_type"] == "Disco Skate"]
    add(
        one(
            RINK,
            "per-normalise",
            "how much do we take per head at the disco skates",
            num(disco["takings_gbp"].sum() / disco["attendance"].sum()),
        )
    )
    hockey = run[run["session_type"] == "Hockey Hire"]
    add(
        one(
            RINK,
            "per-normalise",
            "whats hockey hire bringing in per hour of ice i mean takings over the hours booked"
            " for sessions that ran",
            num(hockey["takings_gbp"].sum() / (hockey["dur_min"].sum() / 60)),
        )
    )
    # percent-change
    dec = public[public["_d"].dt.month == 12]
    add(
        one(
            RINK,
            "percent-change",
            "public skate attendance in december twenty twenty three versus december twenty twenty"
            " four whats the percent change",
            num(
                pct_change(
                    dec[dec["_d"].dt.year == 2023]["attendance"].sum(),
                    dec[dec["_d"].dt.year == 2024]["attendance"].sum(),
                )
            ),
        )
    )
    jan = r[r["_d"].dt.month == 1]
    add(
        one(
            RINK,
            "percent-change",
            "how much did january takings go up or down from twenty twenty four to twenty twenty"
            " five in percent",
            num(
                pct_change(
                    jan[jan["_d"].dt.year == 2024]["takings_gbp"].sum(),
                    jan[jan["_d"].dt.year == 2025]["takings_gbp"].sum(),
                )
            ),
        )
    )
    # numbers-in-question
    add(
        one(
            RINK,
            "numbers-in-question",
            "how many sessions had more than a hundred people",
            num((r["attendance"] > 100).sum()),
        )
    )
    add(
        one(
            RINK,
            "numbers-in-question",
            "okay how many sessions took at least fifteen hundred pounds",
            num((r["takings_gbp"] >= 1500).sum()),
        )
    )
    # units-columns
    add(
        one(
            RINK,
            "units-columns",
            "how many hours of ice did hockey hire use altogether going off the dur min column"
            " only sessions that ran",
            num(hockey["dur_min"].sum() / 60),
        )
    )
    add(
        one(
            RINK,
            "units-columns",
            "whats the average session length in minutes for figure skating sessions that ran",
            num(run[run["session_type"] == "Figure Skating"]["dur_min"].mean()),
        )
    )
    # chart
    add(one(RINK, "chart", "plot daily attendance as a line over the whole time", LINE))
    add(one(RINK, "chart", "bar chart of takings by session type", BAR))
    add(one(RINK, "chart", "can i see a box plot of attendance for each session type", BOX))
    # unanswerable
    add(one(RINK, "unanswerable", "how much did the electricity for the ice cost us", NO))
    add(one(RINK, "unanswerable", "how many of the public skaters were kids", NO))
    add(one(RINK, "unanswerable", "which hockey club books the most ice time", NO))
    # follow-ups
    add(
        SealedCase(
            RINK,
            [
                (
                    "how many skates did we higher out in twenty twenty four",
                    num(r[y == 2024]["skates_hired"].sum()),
                ),
                ("and in twenty twenty three", num(r[y == 2023]["skates_hired"].sum())),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            RINK,
            [
                (
                    "average attendance at disco skate sessions that ran",
                    num(disco["attendance"].mean()),
                ),
                ("what about the median", num(disco["attendance"].median())),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            RINK,
            [
                (
                    "okay public skate takings for each month of twenty twenty four",
                    num(
                        *public[public["_d"].dt.year == 2024]
                        .groupby(public["_d"].dt.month)["takings_gbp"]
                        .sum()
                    ),
                ),
                ("now as a line graph", LINE),
            ],
            "follow-up",
        )
    )
    learn = run[run["session_type"] == "Learn To Skate"]
    add(
        SealedCase(
            RINK,
            [
                (
                    "how many learn to skate sessions ran on the studio pad",
                    num((learn["rink"] == "Studio Pad").sum()),
                ),
                ("and on the main pad", num((learn["rink"] == "Main Pad").sum())),
                ("which coach ran the most of them", NO),
            ],
            "follow-up",
        )
    )
    sat = public[public["_d"].dt.dayofweek == 5]
    add(
        SealedCase(
            RINK,
            [
                (
                    "average public skate attendance for the sessions that ran",
                    num(public["attendance"].mean()),
                ),
                ("now just the saturdays", num(sat["attendance"].mean())),
            ],
            "follow-up",
        )
    )
    add(
        SealedCase(
            RINK,
            [
                (
                    "how much did we take on the main pad in twenty twenty five",
                    num(r[(y == 2025) & (r["rink"] == "Main Pad")]["takings_gbp"].sum()),
                ),
                ("and whats it going to be next year", NO),
            ],
            "follow-up",
        )
    )
    return out


def cases() -> list[SealedCase]:
    return tattoo_cases() + honey_cases() + rink_cases()
