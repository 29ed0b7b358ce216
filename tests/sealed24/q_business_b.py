"""BUSINESS half, part B: the pottery studio's sessions and kiln firings, the farm-gate egg
stand's sales and the physiotherapy group's weekly KPIs in long form. Written as a busy
manager emailing or messaging their analyst: polite, context first, one question per
message. Gold computed with plain pandas from the CSVs (filters: TABLES_business.md)."""

from __future__ import annotations

import pandas as pd

from tests.sealed24.cases import (
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

POTTERY = "pottery_studio_sessions.csv"
EGGS = "egg_stand_sales.csv"
PHYSIO = "physio_clinic_weekly_kpis.csv"


def pottery_cases() -> list[SealedCase]:
    p = load(POTTERY, "session_date")
    ran = p[p["status"] == "RAN"]
    y = ran["_d"].dt.year
    r24 = ran[y == 2024]
    r23 = ran[y == 2023]
    known = ran[ran["attended"].notna()]
    glaze = ran[ran["firing"] == "Glaze"]
    bisque = ran[ran["firing"] == "Bisque"]
    month24 = r24.groupby(r24["_d"].dt.month)["attended"].sum()
    kids = ran[ran["class_name"] == "Kids Clay"]
    kids_m = kids.groupby(kids["_d"].dt.to_period("M"))["attended"].sum()
    swh24 = r24[r24["class_name"] == "Six-Week Wheel"]
    hb = known[known["class_name"] == "Handbuilding"]
    kc = known[known["class_name"] == "Kids Clay"]
    wt = p[p["class_name"] == "Wheel Taster"]
    q125 = ran[(ran["_d"] >= "2025-01-01") & (ran["_d"] <= "2025-03-31")]
    gl = ran[ran["class_name"] == "Glaze Lab"]
    cases = [
        one(
            POTTERY,
            "aggregate",
            "Hi! The landlord wants to know how busy the studio is. How many people booked onto "
            "sessions that actually ran in 2024?",
            num(r24["booked"].sum()),
        ),
        one(
            POTTERY,
            "aggregate",
            "Bit embarrassing, but how many sessions did we end up cancelling in 2023?",
            num(((p["status"] == "CXL") & (p["_d"].dt.year == 2023)).sum()),
        ),
        one(
            POTTERY,
            "group",
            "For the timetable review: what's the average attendance per session for each class, "
            "only counting sessions that ran and had attendance recorded?",
            num(*known.groupby("class_name")["attended"].mean().values),
        ),
        one(
            POTTERY,
            "group",
            "We might sell the little kiln. How many firings did each kiln do in 2024, going by "
            "the sessions that ran?",
            num(*r24.groupby("kiln_id").size().values),
        ),
        one(
            POTTERY,
            "ranking",
            "The tutors' bonus is based on heads taught. Could you rank the top 3 tutors by "
            "number of people who attended in 2024?",
            ranked(r24.groupby("tutor")["attended"].sum(), 3),
        ),
        one(
            POTTERY,
            "ranking",
            "Which 3 classes had the fewest bookings on sessions that ran in 2024? Lowest first "
            "— I'm deciding what to drop.",
            ranked(r24.groupby("class_name")["booked"].sum(), 3, ascending=True),
        ),
        one(
            POTTERY,
            "superlative",
            "Which kiln runs hottest on average for glaze firings? Just so I know which one to "
            "warn the new tech about.",
            ranked(glaze.groupby("kiln_id")["peak_temp_c"].mean(), 1),
        ),
        one(
            POTTERY,
            "superlative",
            "Which class uses the most clay per session on average, for sessions that ran?",
            ranked(ran.groupby("class_name")["clay_kg"].mean(), 1),
        ),
        one(
            POTTERY,
            "compare",
            "Wheel Taster or Handbuilding — which one gets more people through the door per "
            "session? Average attendance for each in 2024 please, where it was recorded.",
            num(
                r24[r24["class_name"] == "Wheel Taster"]["attended"].mean(),
                r24[r24["class_name"] == "Handbuilding"]["attended"].mean(),
            ),
        ),
        one(
            POTTERY,
            "compare",
            "The kiln engineer thinks K2 under-fires compared with K1. What's the average peak "
            "temperature of bisque firings in each of them?",
            num(
                bisque[bisque["kiln_id"] == "K1"]["peak_temp_c"].mean(),
                bisque[bisque["kiln_id"] == "K2"]["peak_temp_c"].mean(),
            ),
        ),
        one(
            POTTERY,
            "coverage",
            "Sorry if this is obvious — which years does the studio's session log cover?",
            num(p["_d"].dt.year.min(), p["_d"].dt.year.max()),
        ),
        one(
            POTTERY,
            "coverage",
            "How many different class types do we have in the log? The website lists more and I "
            "want to check.",
            num(p["class_name"].nunique()),
        ),
        one(
            POTTERY,
            "date-part",
            "Are Saturdays pulling their weight? How many sessions ran on a Saturday in 2024?",
            num((r24["_d"].dt.dayofweek == 5).sum()),
        ),
        one(
            POTTERY,
            "date-part",
            "Which month of 2024 had the most people attending, and how many was it?",
            num(month24.max()),
        ),
        one(
            POTTERY,
            "derived",
            "How full is the Six-Week Wheel course? For sessions that ran in 2024, what "
            "percentage of the places were booked?",
            num(swh24["booked"].sum() / swh24["places"].sum() * 100),
        ),
        one(
            POTTERY,
            "derived",
            "No-shows are creeping up, I think. Across sessions that ran with attendance "
            "recorded, what percentage of people booked didn't turn up?",
            num((known["booked"].sum() - known["attended"].sum()) / known["booked"].sum() * 100),
        ),
        one(
            POTTERY,
            "per-normalise",
            "I'm ordering clay. How many kilos does each Handbuilding attendee get through, "
            "taking sessions that ran with attendance recorded?",
            num(hb["clay_kg"].sum() / hb["attended"].sum()),
        ),
        one(
            POTTERY,
            "per-normalise",
            "For the kids' parents newsletter: how many pieces does each child make per Kids "
            "Clay session on average — pieces per attendee, sessions with attendance recorded?",
            num(kc["pieces_made"].sum() / kc["attended"].sum()),
        ),
        one(
            POTTERY,
            "percent-change",
            "By what percentage did the number of people booked on sessions that ran change "
            "from 2023 to 2024?",
            num(pct_change(r23["booked"].sum(), r24["booked"].sum())),
        ),
        one(
            POTTERY,
            "percent-change",
            "We put prices up last summer. By how many percent did the Wheel Taster price per "
            "head go up from 2023 to 2025?",
            num(
                pct_change(
                    wt[wt["_d"].dt.year == 2023]["price_gbp"].iloc[0],
                    wt[wt["_d"].dt.year == 2025]["price_gbp"].iloc[0],
                )
            ),
        ),
        one(
            POTTERY,
            "numbers-in-question",
            "How many firings peaked above 1,280 °C? The elements don't love it.",
            num((ran["peak_temp_c"] > 1280).sum()),
        ),
        one(
            POTTERY,
            "numbers-in-question",
            "How many sessions used more than 15 kg of clay? Thinking about the pug mill.",
            num((ran["clay_kg"] > 15).sum()),
        ),
        one(
            POTTERY,
            "units-columns",
            "How many kilos of clay did we get through in 2024 altogether?",
            num(r24["clay_kg"].sum()),
        ),
        one(
            POTTERY,
            "units-columns",
            "What's the average firing time in hours for bisque firings? I'm planning kiln loads.",
            num(bisque["firing_hrs"].mean()),
        ),
        one(
            POTTERY,
            "units-columns",
            "What's the hottest firing on record, in degrees Celsius?",
            num(ran["peak_temp_c"].max()),
        ),
        one(
            POTTERY,
            "chart",
            "Could you make me a bar chart of total attendance by class for the open-day poster?",
            BAR,
        ),
        one(
            POTTERY,
            "chart",
            "I'm curious whether more clay means more pots. Could you do a scatter plot of clay "
            "used against pieces made per session?",
            SCATTER,
        ),
        one(
            POTTERY,
            "unanswerable",
            "Which glaze colour sells best in the shop? I want to reorder before the Christmas "
            "fair.",
            NO,
        ),
        one(
            POTTERY,
            "unanswerable",
            "How much did the electricity for the kilns cost us last winter?",
            NO,
        ),
        SealedCase(
            POTTERY,
            [
                (
                    "Hi, the summer holiday club question again: how many children attended Kids "
                    "Clay in August 2024?",
                    num(kids_m[pd.Period("2024-08")]),
                ),
                ("And in July 2024?", num(kids_m[pd.Period("2024-07")])),
            ],
            "follow-up",
        ),
        SealedCase(
            POTTERY,
            [
                (
                    "What's the average peak temperature of the glaze firings in K1?",
                    num(glaze[glaze["kiln_id"] == "K1"]["peak_temp_c"].mean()),
                ),
                (
                    "And in K3?",
                    num(glaze[glaze["kiln_id"] == "K3"]["peak_temp_c"].mean()),
                ),
                (
                    "Could you show the peak temperatures as a box plot by kiln, for the engineer?",
                    BOX,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            POTTERY,
            [
                (
                    "How many of Olu's sessions ran in 2024?",
                    num((r24["tutor"] == "Olu").sum()),
                ),
                ("Same for Marta?", num((r24["tutor"] == "Marta").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            POTTERY,
            [
                (
                    "How many people booked the Glaze Lab in 2024, on sessions that ran?",
                    num(gl[gl["_d"].dt.year == 2024]["booked"].sum()),
                ),
                (
                    "What about 2023?",
                    num(gl[gl["_d"].dt.year == 2023]["booked"].sum()),
                ),
                ("Why do you think people are put off it?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            POTTERY,
            [
                (
                    "How much clay did we use in the first quarter of 2025?",
                    num(q125["clay_kg"].sum()),
                ),
                ("Great. And how much will we need for the summer quarter?", NO),
            ],
            "follow-up",
        ),
    ]
    return cases


def egg_cases() -> list[SealedCase]:
    e = load(EGGS, "sale_date")
    ok = e[e["status"] == "OK"]
    y = ok["_d"].dt.year
    o24 = ok[y == 2024]
    month = ok["_d"].dt.to_period("M")
    daily = ok.groupby("sale_date")["amount"].sum()
    m24 = o24.groupby(o24["_d"].dt.month)["eggs"].sum()
    winter1 = ok[(ok["_d"] >= "2023-12-01") & (ok["_d"] <= "2024-02-29")]
    winter2 = ok[(ok["_d"] >= "2024-12-01") & (ok["_d"] <= "2025-02-28")]
    tray_large_dec24 = ok[
        (ok["pack"] == "Tray") & (ok["grade"] == "Large") & (month == pd.Period("2024-12"))
    ]
    duck = ok[ok["grade"] == "Duck"]
    trays = ok[ok["pack"] == "Tray"]
    cases = [
        one(
            EGGS,
            "aggregate",
            "Hello — the feed merchant asked how many eggs we shift in a year. How many eggs did "
            "we sell in 2024? Don't count the voided card payments.",
            num(o24["eggs"].sum()),
        ),
        one(
            EGGS,
            "aggregate",
            "Quick one for the accountant: what were our takings at the stand in January 2025, "
            "leaving out voided payments?",
            num(ok[month == pd.Period("2025-01")]["amount"].sum()),
        ),
        one(
            EGGS,
            "group",
            "Could you split 2024's takings between the honesty box and the card reader? Voids "
            "out, please.",
            num(*o24.groupby("payment")["amount"].sum().values),
        ),
        one(
            EGGS,
            "group",
            "How many packs of each size did we sell over the whole log (half dozens, dozens, "
            "trays)? Voided sales left out.",
            num(*ok.groupby("pack")["qty"].sum().values),
        ),
        one(
            EGGS,
            "ranking",
            "Which 3 grades brought in the most money in 2024? Highest first, ignoring voids "
            "(and the few sales with no grade).",
            ranked(o24.groupby("grade")["amount"].sum(), 3),
        ),
        one(
            EGGS,
            "ranking",
            "I'm working out when to restock. Which 3 days of the week get the most sales, "
            "counting the number of non-voided purchases?",
            ranked(ok.groupby(ok["_d"].dt.day_name()).size(), 3),
        ),
        one(
            EGGS,
            "superlative",
            "Which grade sold the most eggs in 2024, voids out?",
            ranked(o24.groupby("grade")["eggs"].sum(), 1),
        ),
        one(
            EGGS,
            "superlative",
            "Which pack size do people buy most often — by number of packs, over the whole log, "
            "not counting voids?",
            ranked(ok.groupby("pack")["qty"].sum(), 1),
        ),
        one(
            EGGS,
            "compare",
            "My partner reckons hardly anyone uses cash any more. How many non-voided purchases "
            "were cash versus card in 2024?",
            num(
                (o24["payment"] == "CASH").sum(),
                (o24["payment"] == "CARD").sum(),
            ),
        ),
        one(
            EGGS,
            "compare",
            "Large or Medium dozens — which sold more eggs in 2024? Both totals please, voids "
            "left out.",
            num(
                o24[(o24["pack"] == "Dozen") & (o24["grade"] == "Large")]["eggs"].sum(),
                o24[(o24["pack"] == "Dozen") & (o24["grade"] == "Medium")]["eggs"].sum(),
            ),
        ),
        one(
            EGGS,
            "coverage",
            "Sorry, what period does the stand's sales log cover? First year to last is fine.",
            num(e["_d"].dt.year.min(), e["_d"].dt.year.max()),
        ),
        one(
            EGGS,
            "coverage",
            "How many different egg grades do we sell, going by the log?",
            num(e["grade"].nunique()),
        ),
        one(
            EGGS,
            "date-part",
            "Sunday is our big day, I think. What did the stand take on Sundays in 2024, voids "
            "out?",
            num(o24[o24["_d"].dt.dayofweek == 6]["amount"].sum()),
        ),
        one(
            EGGS,
            "date-part",
            "Which month of 2024 did we sell the most eggs in, and how many was that? Voids "
            "left out.",
            num(m24.max()),
        ),
        one(
            EGGS,
            "derived",
            "The bank is pushing card fees up. What share of 2024's takings came through the card "
            "reader, as a percentage? Voided payments out.",
            num(o24[o24["payment"] == "CARD"]["amount"].sum() / o24["amount"].sum() * 100),
        ),
        one(
            EGGS,
            "derived",
            "What did we actually get per dozen eggs in 2024, across everything — total takings "
            "divided by dozens sold? Voids out.",
            num(o24["amount"].sum() / (o24["eggs"].sum() / 12)),
        ),
        one(
            EGGS,
            "per-normalise",
            "For the farm diversification grant form: what were the average takings per day in "
            "2024? Leave out voided payments.",
            num(daily[pd.to_datetime(daily.index).year == 2024].mean()),
        ),
        one(
            EGGS,
            "per-normalise",
            "How many eggs does a customer buy per purchase on average, over the whole log? "
            "Voided sales not counted.",
            num(ok["eggs"].mean()),
        ),
        one(
            EGGS,
            "percent-change",
            "Winter's always slow. How did takings for December to February this winter "
            "(Dec 2024 – Feb 2025) compare with the winter before, as a % change? Voids out.",
            num(pct_change(winter1["amount"].sum(), winter2["amount"].sum())),
        ),
        one(
            EGGS,
            "percent-change",
            "What was the percentage change in eggs sold from June 2023 to June 2024, not "
            "counting voids?",
            num(
                pct_change(
                    ok[month == pd.Period("2023-06")]["eggs"].sum(),
                    ok[month == pd.Period("2024-06")]["eggs"].sum(),
                )
            ),
        ),
        one(
            EGGS,
            "numbers-in-question",
            "How many single purchases came to more than £10? Voided ones don't count.",
            num((ok["amount"] > 10).sum()),
        ),
        one(
            EGGS,
            "numbers-in-question",
            "How many purchases were for 2 or more packs at once, voids out? Thinking about a "
            "multi-buy offer.",
            num((ok["qty"] >= 2).sum()),
        ),
        one(
            EGGS,
            "units-columns",
            "A customer queried the sign. What unit price, in pounds, did we charge for a "
            "tray of Large eggs in December 2024?",
            num(*tray_large_dec24["unit_price"].unique()),
        ),
        one(
            EGGS,
            "units-columns",
            "How many dozen duck eggs did we sell over the whole log? Voids out.",
            num(duck["eggs"].sum() / 12),
        ),
        one(
            EGGS,
            "chart",
            "Could you plot monthly takings as a line? I want to show the seasons at the WI talk.",
            LINE,
        ),
        one(
            EGGS,
            "chart",
            "Pie chart of cash versus card takings for 2024 please — just for my own curiosity.",
            PIE,
        ),
        one(
            EGGS,
            "chart",
            "Could you show me a histogram of purchase amounts? I want to see what a typical "
            "spend looks like.",
            HISTOGRAM,
        ),
        one(
            EGGS,
            "unanswerable",
            "How much money went missing from the honesty box last year? I'm sure some people "
            "don't pay.",
            NO,
        ),
        one(
            EGGS,
            "unanswerable",
            "How many of our customers are regulars who come back every week?",
            NO,
        ),
        one(
            EGGS,
            "unanswerable",
            "How many hens would we need to keep up with demand next spring?",
            NO,
        ),
        SealedCase(
            EGGS,
            [
                (
                    "Hi! How many trays did we sell in 2024? Voided sales out.",
                    num(trays[trays["_d"].dt.year == 2024]["qty"].sum()),
                ),
                (
                    "Thanks — and in 2023?",
                    num(trays[trays["_d"].dt.year == 2023]["qty"].sum()),
                ),
                ("Could you show trays sold per month as a bar chart?", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            EGGS,
            [
                (
                    "What's the average card purchase in 2024, voids out?",
                    num(o24[o24["payment"] == "CARD"]["amount"].mean()),
                ),
                (
                    "And the average cash one?",
                    num(o24[o24["payment"] == "CASH"]["amount"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            EGGS,
            [
                (
                    "How much did duck eggs bring in during 2024, not counting voids?",
                    num(duck[duck["_d"].dt.year == 2024]["amount"].sum()),
                ),
                (
                    "And what did the duck feed cost us that year?",
                    NO,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            EGGS,
            [
                (
                    "How many purchases did we log before 9 in the morning in 2024, voids out?",
                    num((o24["sale_time"] < "09:00").sum()),
                ),
                (
                    "And after 5 in the afternoon?",
                    num((o24["sale_time"] >= "17:00").sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            EGGS,
            [
                (
                    "What's the most we took in one day, voids out?",
                    num(daily.max()),
                ),
                ("And what's the median day?", num(daily.median())),
            ],
            "follow-up",
        ),
    ]
    return cases


def physio_cases() -> list[SealedCase]:
    k = load(PHYSIO, "week_ending")

    def metric(name: str, frame: pd.DataFrame = k) -> pd.DataFrame:
        return frame[frame["metric"] == name]

    appts = metric("appointments")
    rev = metric("revenue_gbp")
    dna = metric("dna_rate_pct")
    newp = metric("new_patients")
    hours = metric("clinician_hours")
    canc = metric("cancellations")
    disc = metric("discharges")
    ay = appts["_d"].dt.year
    ry = rev["_d"].dt.year
    ny = newp["_d"].dt.year
    rev_year = rev.groupby(ry)["value"].sum()
    appts24 = appts[ay == 2024]
    q_appts24 = appts24.groupby(appts24["_d"].dt.quarter)["value"].sum()
    leeds_a24 = appts24[appts24["clinic"] == "Leeds"]["value"].sum()
    leeds_h24 = hours[(hours["_d"].dt.year == 2024) & (hours["clinic"] == "Leeds")]["value"].sum()
    brad_r24 = rev[(ry == 2024) & (rev["clinic"] == "Bradford")]["value"].sum()
    brad_a24 = appts24[appts24["clinic"] == "Bradford"]["value"].sum()
    weekly_rev24 = rev[ry == 2024]
    group_week = rev.groupby("_d")["value"].sum()
    cases = [
        one(
            PHYSIO,
            "long-format",
            "Hi — the board pack is due Friday. How many appointments did the group book in 2024 "
            "across all the clinics?",
            num(appts24["value"].sum()),
        ),
        one(
            PHYSIO,
            "long-format",
            "Wakefield's no-shows worry me. What was their average weekly DNA rate in 2024?",
            num(dna[(dna["_d"].dt.year == 2024) & (dna["clinic"] == "Wakefield")]["value"].mean()),
        ),
        one(
            PHYSIO,
            "long-format",
            "What revenue did York bring in during 2023, in total?",
            num(rev[(ry == 2023) & (rev["clinic"] == "York")]["value"].sum()),
        ),
        one(
            PHYSIO,
            "long-format",
            "How many new patients did Harrogate take on in the first quarter of 2025 (weeks "
            "ending January to March)?",
            num(
                newp[
                    (newp["clinic"] == "Harrogate")
                    & (newp["_d"] >= "2025-01-01")
                    & (newp["_d"] <= "2025-03-31")
                ]["value"].sum()
            ),
        ),
        one(
            PHYSIO,
            "long-format",
            "For the rota review: how many clinician hours did Leeds put in over 2024?",
            num(leeds_h24),
        ),
        one(
            PHYSIO,
            "long-format",
            "How many cancellations did we have across the group in weeks ending in June 2025?",
            num(canc[canc["_d"].dt.to_period("M") == pd.Period("2025-06")]["value"].sum()),
        ),
        one(
            PHYSIO,
            "long-format",
            "Bradford has been open a while now. How many patients has it discharged in total "
            "since it opened?",
            num(disc[disc["clinic"] == "Bradford"]["value"].sum()),
        ),
        one(
            PHYSIO,
            "long-format",
            "What's the most appointments Leeds has ever booked in a single week?",
            num(appts[appts["clinic"] == "Leeds"]["value"].max()),
        ),
        one(
            PHYSIO,
            "long-format",
            "Could you give me the average weekly revenue for each clinic in 2024?",
            num(*weekly_rev24.groupby("clinic")["value"].mean().values),
        ),
        one(
            PHYSIO,
            "long-format",
            "In how many weeks did Wakefield's DNA rate go above 10%?",
            num((dna[dna["clinic"] == "Wakefield"]["value"] > 10).sum()),
        ),
        one(
            PHYSIO,
            "long-format",
            "Which clinic brought in the most revenue in 2024?",
            ranked(rev[ry == 2024].groupby("clinic")["value"].sum(), 1),
        ),
        one(
            PHYSIO,
            "long-format",
            "What was the lowest weekly DNA rate any clinic recorded in 2023?",
            num(dna[dna["_d"].dt.year == 2023]["value"].min()),
        ),
        one(
            PHYSIO,
            "aggregate",
            "The investors asked for one number: total revenue across all clinics for the whole "
            "period in the file.",
            num(rev["value"].sum()),
        ),
        one(
            PHYSIO,
            "group",
            "For the regional managers: total new patients per clinic in 2024, please.",
            num(*newp[ny == 2024].groupby("clinic")["value"].sum().values),
        ),
        one(
            PHYSIO,
            "ranking",
            "Could you rank the top 3 clinics by appointments booked in 2024?",
            ranked(appts24.groupby("clinic")["value"].sum(), 3),
        ),
        one(
            PHYSIO,
            "superlative",
            "Which clinic had the lowest average weekly DNA rate in 2024? I'd like to ask them "
            "what they're doing right.",
            ranked(dna[dna["_d"].dt.year == 2024].groupby("clinic")["value"].mean(), 1, True),
        ),
        one(
            PHYSIO,
            "compare",
            "Leeds versus York for new patients in 2024 — could you give me both totals?",
            num(
                newp[(ny == 2024) & (newp["clinic"] == "Leeds")]["value"].sum(),
                newp[(ny == 2024) & (newp["clinic"] == "York")]["value"].sum(),
            ),
        ),
        one(
            PHYSIO,
            "coverage",
            "Quick check before I send the pack: which clinics are in the KPI file, and how many "
            "are there?",
            num(k["clinic"].nunique()),
        ),
        one(
            PHYSIO,
            "coverage",
            "When does Bradford first appear in the KPI file? Just the week ending date please.",
            num(k[k["clinic"] == "Bradford"]["_d"].min().year),
        ),
        one(
            PHYSIO,
            "date-part",
            "Which quarter of 2024 had the most appointments booked across the group, and how "
            "many?",
            num(q_appts24.max()),
        ),
        one(
            PHYSIO,
            "derived",
            "What share of Wakefield's 2024 appointments were new patients? New patients over "
            "appointments, as a percentage.",
            num(
                newp[(ny == 2024) & (newp["clinic"] == "Wakefield")]["value"].sum()
                / appts24[appts24["clinic"] == "Wakefield"]["value"].sum()
                * 100
            ),
        ),
        one(
            PHYSIO,
            "derived",
            "What did Bradford earn per appointment booked in 2024? Revenue divided by "
            "appointments.",
            num(brad_r24 / brad_a24),
        ),
        one(
            PHYSIO,
            "per-normalise",
            "How many appointments did Leeds book per clinician hour in 2024?",
            num(leeds_a24 / leeds_h24),
        ),
        one(
            PHYSIO,
            "percent-change",
            "By what percentage did group revenue change from 2023 to 2024?",
            num(pct_change(rev_year[2023], rev_year[2024])),
        ),
        one(
            PHYSIO,
            "numbers-in-question",
            "How many clinic-weeks brought in more than £15,000 of revenue?",
            num((rev["value"] > 15000).sum()),
        ),
        one(
            PHYSIO,
            "chart",
            "Could you chart weekly revenue for the whole group as a line? It's for the board.",
            LINE,
        ),
        one(
            PHYSIO,
            "unanswerable",
            "What were the patient satisfaction scores at Harrogate last quarter?",
            NO,
        ),
        one(
            PHYSIO,
            "unanswerable",
            "How is the new Sheffield clinic doing on appointments compared with Leeds?",
            NO,
        ),
        SealedCase(
            PHYSIO,
            [
                (
                    "Hi, what was Leeds' total revenue in 2024?",
                    num(rev[(ry == 2024) & (rev["clinic"] == "Leeds")]["value"].sum()),
                ),
                (
                    "Following on from that — same for Wakefield?",
                    num(rev[(ry == 2024) & (rev["clinic"] == "Wakefield")]["value"].sum()),
                ),
                (
                    "And what was Wakefield's profit after rent and salaries?",
                    NO,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            PHYSIO,
            [
                (
                    "What was York's average weekly DNA rate in 2023?",
                    num(
                        dna[(dna["_d"].dt.year == 2023) & (dna["clinic"] == "York")]["value"].mean()
                    ),
                ),
                (
                    "And in 2024?",
                    num(
                        dna[(dna["_d"].dt.year == 2024) & (dna["clinic"] == "York")]["value"].mean()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            PHYSIO,
            [
                (
                    "What was the group's best week for revenue, all clinics added together?",
                    num(group_week.max()),
                ),
                ("And the median week?", num(group_week.median())),
                ("Could you plot that weekly group revenue as a line?", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            PHYSIO,
            [
                (
                    "How many new patients did the group take on in 2023?",
                    num(newp[ny == 2023]["value"].sum()),
                ),
                ("And what about 2024?", num(newp[ny == 2024]["value"].sum())),
                ("How many will we get next year?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            PHYSIO,
            [
                (
                    "Could you show me total appointments per clinic in 2024 as a bar chart?",
                    BAR,
                ),
                (
                    "Thanks. What was Harrogate's figure in that?",
                    num(appts24[appts24["clinic"] == "Harrogate"]["value"].sum()),
                ),
            ],
            "follow-up",
        ),
    ]
    return cases


def cases() -> list[SealedCase]:
    return pottery_cases() + egg_cases() + physio_cases()
