"""BUSINESS half, part A: the piano tuning job sheet, the kitchen's food-waste log and the
multi-storey car park's hourly occupancy. Written as a busy manager emailing or messaging
their analyst: polite, context first, one question per message. Gold computed with plain
pandas from the CSVs (see TABLES_business.md for the filters a careful analyst applies)."""

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

PIANO = "piano_tuning_jobs.csv"
WASTE = "kitchen_food_waste_log.csv"
PARK = "car_park_hourly_occupancy.csv"


def _piano() -> pd.DataFrame:
    return load(PIANO, "job_date", "%d.%m.%Y")


def _waste() -> pd.DataFrame:
    """Without the TOTAL row at the bottom of the export."""
    frame = load(WASTE)
    frame = frame[frame["entry_id"] != "TOTAL"].copy()
    frame["_d"] = pd.to_datetime(frame["log_date"])
    return frame


def _park() -> pd.DataFrame:
    return load(PARK, "hourStart")


def piano_cases() -> list[SealedCase]:
    p = _piano()
    y = p["_d"].dt.year
    done = p[p["status"] == "DONE"]
    dy = done["_d"].dt.year
    tun = done[done["job_type"] == "Tuning"]
    tuny = tun["_d"].dt.year
    spring23 = tun[(tuny == 2023) & tun["_d"].dt.month.isin([3, 4, 5])]
    autumn23 = tun[(tuny == 2023) & tun["_d"].dt.month.isin([9, 10, 11])]
    raise_known = tun[tun["pitch_raise"].notna()]
    rep24 = done[(done["job_type"] == "Repair") & (dy == 2024)]
    inv_by_year = done.groupby(dy)["invoice_total_gbp"].sum()
    tun_by_year = tun.groupby(tuny).size()
    q24 = done[dy == 2024].groupby(done["_d"].dt.quarter)["invoice_total_gbp"].sum()
    d24 = done[dy == 2024]
    home = done[done["client_type"] == "Home"]
    raises = done[done["pitch_raise"] == "Y"]
    cases = [
        one(
            PIANO,
            "aggregate",
            "Hi — the accountant is putting the year-end pack together and wants a single figure "
            "from me. What did we invoice in total for completed jobs in 2023?",
            num(done[dy == 2023]["invoice_total_gbp"].sum()),
        ),
        one(
            PIANO,
            "aggregate",
            "Quick one before I ring the van insurer: how many kilometres did the technicians "
            "drive altogether in 2024, going by the job sheet?",
            num(p[y == 2024]["travel_km"].sum()),
        ),
        one(
            PIANO,
            "group",
            "Morning! For Friday's team huddle could you give me the number of completed tunings "
            "per technician across the whole sheet? Plain tunings only, not the tuning-plus-repair "
            "ones.",
            num(*tun.groupby("technician").size().values),
        ),
        one(
            PIANO,
            "group",
            "I'm redoing the price list and need to know how long each kind of job really takes. "
            "What's the average time on site for each job type, completed jobs only?",
            num(*done.groupby("job_type")["hours_on_site"].mean().values),
        ),
        one(
            PIANO,
            "ranking",
            "We're thinking about where to put the next flyer drop. Could you list the top 3 towns "
            "by money invoiced on completed jobs in 2024?",
            ranked(d24.groupby("town")["invoice_total_gbp"].sum(), 3),
        ),
        one(
            PIANO,
            "ranking",
            "Bit of a sensitive one, so just for me: which 3 technicians brought in the least "
            "labour on completed jobs in 2023, lowest first?",
            ranked(done[dy == 2023].groupby("technician")["labour_gbp"].sum(), 3, ascending=True),
        ),
        one(
            PIANO,
            "superlative",
            "The churches keep asking for the same person. Which technician has done the most "
            "completed jobs for churches over the whole sheet?",
            ranked(done[done["client_type"] == "Church"].groupby("technician").size(), 1),
        ),
        one(
            PIANO,
            "superlative",
            "Grand pianos are where the money is, apparently. Which town gave us the most "
            "completed jobs on grands (full grands, not baby grands)?",
            ranked(done[done["piano_type"] == "Grand"].groupby("town").size(), 1),
        ),
        one(
            PIANO,
            "compare",
            "Someone said school visits are further out than church ones. Could you check? What's "
            "the average round-trip distance for completed school jobs versus completed church "
            "jobs?",
            num(
                done[done["client_type"] == "School"]["travel_km"].mean(),
                done[done["client_type"] == "Church"]["travel_km"].mean(),
            ),
        ),
        one(
            PIANO,
            "compare",
            "Bea and Carlos are both up for review. Who billed more labour on completed jobs in "
            "2024, and what were the two totals?",
            num(
                d24[d24["technician"] == "Bea"]["labour_gbp"].sum(),
                d24[d24["technician"] == "Carlos"]["labour_gbp"].sum(),
            ),
        ),
        one(
            PIANO,
            "coverage",
            "Sorry, daft question — the new bookkeeper wants to know which years this job sheet "
            "actually covers. First year to last?",
            num(y.min(), y.max()),
        ),
        one(
            PIANO,
            "coverage",
            "How many different towns do we have jobs in on this sheet? I want to be sure nothing "
            "odd has crept in.",
            num(p["town"].nunique()),
        ),
        one(
            PIANO,
            "date-part",
            "We've been debating whether Saturday working is worth it. How many completed jobs "
            "fell on a Saturday in 2024?",
            num((d24["_d"].dt.dayofweek == 5).sum()),
        ),
        one(
            PIANO,
            "date-part",
            "For the bank: which quarter of 2024 brought in the most invoiced money on completed "
            "jobs, and how much was it?",
            num(q24.max()),
        ),
        one(
            PIANO,
            "derived",
            "I'd like to know how often we end up doing a pitch raise. Of the completed plain "
            "tunings where it was recorded either way, what percentage needed one?",
            num((raise_known["pitch_raise"] == "Y").mean() * 100),
        ),
        one(
            PIANO,
            "derived",
            "Parts prices have gone up. On completed repair-only jobs in 2024, what share of the "
            "invoiced total was parts, as a percentage?",
            num(rep24["parts_gbp"].sum() / rep24["invoice_total_gbp"].sum() * 100),
        ),
        one(
            PIANO,
            "per-normalise",
            "When I set the hourly rate I'd like to see what we actually get. Across completed "
            "jobs in 2024, how much labour did we bill per hour on site?",
            num(d24["labour_gbp"].sum() / d24["hours_on_site"].sum()),
        ),
        one(
            PIANO,
            "per-normalise",
            "Fuel's a worry for the Wells runs. On average how many km is the round trip per "
            "completed job in Wells?",
            num(done[done["town"] == "Wells"]["travel_km"].mean()),
        ),
        one(
            PIANO,
            "percent-change",
            "The owners want growth figures. By what percentage did the money invoiced on "
            "completed jobs change from 2022 to 2023?",
            num(pct_change(inv_by_year[2022], inv_by_year[2023])),
        ),
        one(
            PIANO,
            "percent-change",
            "Did the price rise in January 2024 cost us tunings? What's the % change in completed "
            "plain tunings from 2023 to 2024?",
            num(pct_change(tun_by_year[2023], tun_by_year[2024])),
        ),
        one(
            PIANO,
            "numbers-in-question",
            "Big invoices make customers nervous. How many completed jobs had an invoice total "
            "over £250?",
            num((done["invoice_total_gbp"] > 250).sum()),
        ),
        one(
            PIANO,
            "numbers-in-question",
            "I want to know how many long trips we do. How many jobs on the sheet involved a "
            "round trip of at least 60 km?",
            num((p["travel_km"] >= 60).sum()),
        ),
        one(
            PIANO,
            "units-columns",
            "Payroll query: how many hours on site did Dunya log on completed jobs in 2024?",
            num(d24[d24["technician"] == "Dunya"]["hours_on_site"].sum()),
        ),
        one(
            PIANO,
            "units-columns",
            "Could you tell me how much we charged in callout fees in 2023, in pounds? Whatever "
            "the job sheet says was charged.",
            num(p[y == 2023]["callout_fee_gbp"].sum()),
        ),
        one(
            PIANO,
            "chart",
            "For the newsletter I'd love a picture of how busy we've been. Could you plot the "
            "number of completed jobs per month as a line?",
            LINE,
        ),
        one(
            PIANO,
            "chart",
            "Could you show me a pie chart of completed jobs by job type for 2024? It's for a "
            "slide.",
            PIE,
        ),
        one(
            PIANO,
            "unanswerable",
            "The owners keep asking me what our actual profit on tunings was last year after "
            "wages and van costs. Can you work that out from the sheet?",
            NO,
        ),
        one(
            PIANO,
            "unanswerable",
            "We had a lot of lovely feedback this year. Which technician do customers rate "
            "highest in their reviews?",
            NO,
        ),
        one(
            PIANO,
            "unanswerable",
            "Why did so many Wells customers cancel on us? I'd like to understand what went wrong "
            "there.",
            NO,
        ),
        SealedCase(
            PIANO,
            [
                (
                    "Sorry to bother you again! Which technician did the most completed plain "
                    "tunings in spring 2023, March to May?",
                    ranked(spring23.groupby("technician").size(), 1),
                ),
                (
                    "Thanks! And in the autumn, September to November?",
                    ranked(autumn23.groupby("technician").size(), 1),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            PIANO,
            [
                (
                    "Hi, the landlord of our Bath workshop is asking how much work we do locally. "
                    "What did we invoice on completed jobs in Bath in 2024?",
                    num(d24[d24["town"] == "Bath"]["invoice_total_gbp"].sum()),
                ),
                (
                    "Great, and the same for Bristol?",
                    num(d24[d24["town"] == "Bristol"]["invoice_total_gbp"].sum()),
                ),
                (
                    "Could you make that a bar chart across all the towns for the slides?",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            PIANO,
            [
                (
                    "I'm costing a mileage allowance. What's the average round-trip distance on "
                    "completed home visits?",
                    num(home["travel_km"].mean()),
                ),
                ("What about the median?", num(home["travel_km"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            PIANO,
            [
                (
                    "How many pitch raises did we do on completed jobs in 2023?",
                    num((raises["_d"].dt.year == 2023).sum()),
                ),
                ("And in 2024?", num((raises["_d"].dt.year == 2024).sum())),
                ("Lovely. How many should I expect next year, do you think?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            PIANO,
            [
                (
                    "Cancellations are getting on my nerves. How many jobs were cancelled in 2024?",
                    num(((p["status"] == "CXL") & (y == 2024)).sum()),
                ),
                (
                    "And how many were no-access visits that year, where nobody was in?",
                    num(((p["status"] == "NOACC") & (y == 2024)).sum()),
                ),
            ],
            "follow-up",
        ),
    ]
    return cases


def waste_cases() -> list[SealedCase]:
    w = _waste()
    ok = w[w["status"] == "OK"]
    y = ok["_d"].dt.year
    month = ok["_d"].dt.to_period("M")
    night = ok[ok["shift"] == "Night"]
    per_month = ok.groupby(month)["weight_kg"].sum()
    q = ok.groupby(ok["_d"].dt.to_period("Q"))["weight_kg"].sum()
    ovp = ok[ok["reason"] == "OVP"]
    days = ok.groupby("log_date")["weight_kg"].sum()
    cases = [
        one(
            WASTE,
            "aggregate",
            "Hi — the owners are asking about waste before Thursday's meeting. Could you tell me "
            "how many kilos we binned on the night shift in May 2025? Leave out anything that "
            "was voided.",
            num(night[month.loc[night.index] == pd.Period("2025-05")]["weight_kg"].sum()),
        ),
        one(
            WASTE,
            "aggregate",
            "The group finance team want a headline number. What was the total estimated cost of "
            "our food waste in 2024, not counting voided entries?",
            num(ok[y == 2024]["cost_gbp"].sum()),
        ),
        one(
            WASTE,
            "group",
            "For the chefs' meeting, could you break 2024's waste down by station? Total kilos per "
            "station, voided entries out.",
            num(*ok[y == 2024].groupby("station")["weight_kg"].sum().values),
        ),
        one(
            WASTE,
            "group",
            "I'd like to see how much each shift throws away in a typical bin. What's the average "
            "weight per logged entry for each shift (ignoring voids)?",
            num(*ok.groupby("shift")["weight_kg"].mean().values),
        ),
        one(
            WASTE,
            "ranking",
            "Which 3 food categories cost us the most in waste over the whole log? Voids excluded, "
            "biggest first please.",
            ranked(ok.groupby("category")["cost_gbp"].sum(), 3),
        ),
        one(
            WASTE,
            "ranking",
            "Just so I can praise the good ones: which 3 stations wasted the fewest kilos in the "
            "first half of 2025? Lowest first, voids excluded.",
            ranked(
                ok[(ok["_d"] >= "2025-01-01") & (ok["_d"] <= "2025-06-30")]
                .groupby("station")["weight_kg"]
                .sum(),
                3,
                ascending=True,
            ),
        ),
        one(
            WASTE,
            "superlative",
            "Head chef wants to know where to start. Which reason accounts for the most kilos of "
            "waste in 2024 (voided lines left out)?",
            ranked(ok[y == 2024].groupby("reason")["weight_kg"].sum(), 1),
        ),
        one(
            WASTE,
            "superlative",
            "Which month had our worst waste by weight across the log, leaving out voids? Just "
            "the one month and its kilos.",
            num(per_month.max()),
        ),
        one(
            WASTE,
            "compare",
            "The pastry and sauce sections are arguing again. Who wasted more by weight in 2024, "
            "pastry or sauce? Both totals please, voids out.",
            num(
                ok[(y == 2024) & (ok["station"] == "Pastry")]["weight_kg"].sum(),
                ok[(y == 2024) & (ok["station"] == "Sauce")]["weight_kg"].sum(),
            ),
        ),
        one(
            WASTE,
            "compare",
            "Is plate waste or spoilage the bigger cost for us? Could you give me the total cost "
            "of each over the whole log, ignoring voided entries?",
            num(
                ok[ok["reason"] == "PLATE"]["cost_gbp"].sum(),
                ok[ok["reason"] == "SPOIL"]["cost_gbp"].sum(),
            ),
        ),
        one(
            WASTE,
            "coverage",
            "Before I quote this to the owners: what's the first and last date in the waste log? "
            "Just need the span.",
            num(w["_d"].min().year, w["_d"].max().year),
        ),
        one(
            WASTE,
            "coverage",
            "Which food categories do we actually log waste under? How many different ones are "
            "there?",
            num(ok["category"].nunique()),
        ),
        one(
            WASTE,
            "date-part",
            "My hunch is weekends are worse. How many kilos did we waste on Saturdays in 2024, "
            "voids left out?",
            num(ok[(y == 2024) & (ok["_d"].dt.dayofweek == 5)]["weight_kg"].sum()),
        ),
        one(
            WASTE,
            "date-part",
            "Which quarter had the heaviest waste in the log, and how many kilos was it? "
            "Ignoring voided entries.",
            num(q.max()),
        ),
        one(
            WASTE,
            "derived",
            "The sustainability lead wants to know what share of our waste weight is "
            "over-production. What percentage of all non-voided kilos has reason OVP?",
            num(ovp["weight_kg"].sum() / ok["weight_kg"].sum() * 100),
        ),
        one(
            WASTE,
            "derived",
            "What does a kilo of wasted fish actually cost us? Total fish waste cost divided by "
            "total fish kilos, voids out.",
            num(
                ok[ok["category"] == "Fish"]["cost_gbp"].sum()
                / ok[ok["category"] == "Fish"]["weight_kg"].sum()
            ),
        ),
        one(
            WASTE,
            "per-normalise",
            "For the benchmark survey they want waste per day. How many kilos a day did we "
            "waste on average in 2024? Voided entries left out.",
            num(days[pd.to_datetime(days.index).year == 2024].mean()),
        ),
        one(
            WASTE,
            "per-normalise",
            "What's the average cost per logged entry on the grill station, voided ones left out?",
            num(ok[ok["station"] == "Grill"]["cost_gbp"].mean()),
        ),
        one(
            WASTE,
            "percent-change",
            "We started the 'cook to order' push in March 2025. How much did over-production "
            "waste in kilos change from March–June 2024 to March–June 2025, as a percentage? "
            "Voids out.",
            num(
                pct_change(
                    ovp[(ovp["_d"] >= "2024-03-01") & (ovp["_d"] <= "2024-06-30")][
                        "weight_kg"
                    ].sum(),
                    ovp[(ovp["_d"] >= "2025-03-01") & (ovp["_d"] <= "2025-06-30")][
                        "weight_kg"
                    ].sum(),
                )
            ),
        ),
        one(
            WASTE,
            "percent-change",
            "How did the cost of waste in the first half of 2025 compare with the first half of "
            "2024? Percentage change please, ignoring voided lines.",
            num(
                pct_change(
                    ok[(ok["_d"] >= "2024-01-01") & (ok["_d"] <= "2024-06-30")]["cost_gbp"].sum(),
                    ok[(ok["_d"] >= "2025-01-01") & (ok["_d"] <= "2025-06-30")]["cost_gbp"].sum(),
                )
            ),
        ),
        one(
            WASTE,
            "numbers-in-question",
            "I only care about the big bins for now. How many entries weighed more than 5 kg? "
            "Don't count voids.",
            num((ok["weight_kg"] > 5).sum()),
        ),
        one(
            WASTE,
            "numbers-in-question",
            "How many single entries cost us at least £40 each, leaving out voided ones?",
            num((ok["cost_gbp"] >= 40).sum()),
        ),
        one(
            WASTE,
            "units-columns",
            "In kilograms, what's the heaviest single non-voided entry in the whole log?",
            num(ok["weight_kg"].max()),
        ),
        one(
            WASTE,
            "units-columns",
            "How many pounds sterling of dairy did we throw away in 2024? Voided entries not "
            "counted.",
            num(ok[(y == 2024) & (ok["category"] == "Dairy")]["cost_gbp"].sum()),
        ),
        one(
            WASTE,
            "chart",
            "Could you graph the kilos wasted each month as a line so I can show the trend? Voids "
            "out.",
            LINE,
        ),
        one(
            WASTE,
            "chart",
            "Show me a bar chart of waste cost by reason for the whole log, please.",
            BAR,
        ),
        one(
            WASTE,
            "chart",
            "I'd like to see how big our typical bin is. Could you plot a histogram of the "
            "entry weights?",
            HISTOGRAM,
        ),
        one(
            WASTE,
            "unanswerable",
            "The council are asking how much of our food waste went to anaerobic digestion rather "
            "than landfill. Can you pull that out?",
            NO,
        ),
        one(
            WASTE,
            "unanswerable",
            "Which of our suppliers sends us the veg that goes off fastest?",
            NO,
        ),
        one(
            WASTE,
            "unanswerable",
            "Could you forecast how many kilos we'll waste over the Christmas period this year?",
            NO,
        ),
        SealedCase(
            WASTE,
            [
                (
                    "Hi, for the owners' pack: how many kilos did the late shift waste in 2024, "
                    "leaving voided entries out?",
                    num(ok[(y == 2024) & (ok["shift"] == "Late")]["weight_kg"].sum()),
                ),
                (
                    "Thanks — and the early shift?",
                    num(ok[(y == 2024) & (ok["shift"] == "Early")]["weight_kg"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WASTE,
            [
                (
                    "What's the average weight of a meat waste entry across the log, voids out?",
                    num(ok[ok["category"] == "Meat"]["weight_kg"].mean()),
                ),
                (
                    "And the median?",
                    num(ok[ok["category"] == "Meat"]["weight_kg"].median()),
                ),
                ("And why is it so much higher on Fridays?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            WASTE,
            [
                (
                    "Which station logged the most waste cost in 2024? Voids excluded.",
                    ranked(ok[y == 2024].groupby("station")["cost_gbp"].sum(), 1),
                ),
                (
                    "What about in 2025 so far?",
                    ranked(ok[ok["_d"].dt.year == 2025].groupby("station")["cost_gbp"].sum(), 1),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WASTE,
            [
                (
                    "Morning! How many non-voided waste entries did we log in June 2025?",
                    num((month == pd.Period("2025-06")).sum()),
                ),
                (
                    "Could you turn the monthly counts for 2025 into a bar chart for the slides?",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WASTE,
            [
                (
                    "How much did trimmings waste (reason TRIM) weigh in 2024 in total, voids out?",
                    num(ok[(y == 2024) & (ok["reason"] == "TRIM")]["weight_kg"].sum()),
                ),
                (
                    "Same for dropped food?",
                    num(ok[(y == 2024) & (ok["reason"] == "DROP")]["weight_kg"].sum()),
                ),
                ("And what did those drops cost us in staff overtime?", NO),
            ],
            "follow-up",
        ),
    ]
    return cases


def park_cases() -> list[SealedCase]:
    c = _park()
    ts = c["_d"]
    hourly = c.groupby("_d")[["occupiedSpaces", "vehiclesIn", "takingsGbp"]].sum(min_count=1)
    hi = hourly.index
    daily_take = c.groupby(ts.dt.date)["takingsGbp"].sum()
    month = ts.dt.to_period("M")
    take_month = c.groupby(month)["takingsGbp"].sum()
    by_hour = hourly["occupiedSpaces"].groupby(hi.hour).mean()
    occ_rate = (
        c.groupby("levelName")["occupiedSpaces"].mean()
        / c.groupby("levelName")["capacitySpaces"].first()
    )
    dec = c[month == pd.Period("2024-12")]
    nov = c[month == pd.Period("2024-11")]
    full = hourly["occupiedSpaces"]
    sat = c[ts.dt.dayofweek == 5]
    cases = [
        one(
            PARK,
            "aggregate",
            "Hi — the council's parking officer wants our Christmas-month figure for his report. "
            "What were total tariff takings for December 2024?",
            num(dec["takingsGbp"].sum()),
        ),
        one(
            PARK,
            "aggregate",
            "Quick one: how many vehicles came in altogether over the whole export? Footfall for "
            "the annual report.",
            num(c["vehiclesIn"].sum()),
        ),
        one(
            PARK,
            "group",
            "I want a feel for how the levels fill. What's the average number of occupied spaces "
            "on each level, across all hours?",
            num(*c.groupby("levelName")["occupiedSpaces"].mean().values),
        ),
        one(
            PARK,
            "group",
            "For the budget meeting could you give me total takings per level for the whole "
            "period?",
            num(*c.groupby("levelName")["takingsGbp"].sum().values),
        ),
        one(
            PARK,
            "ranking",
            "Which 3 levels took the most money in December 2024? Highest first, please.",
            ranked(dec.groupby("levelName")["takingsGbp"].sum(), 3),
        ),
        one(
            PARK,
            "ranking",
            "Which 3 levels had the fewest vehicles coming in over the period, lowest first? We "
            "might close one for resurfacing.",
            ranked(c.groupby("levelName")["vehiclesIn"].sum(), 3, ascending=True),
        ),
        one(
            PARK,
            "superlative",
            "What's our single busiest hour in the export — the most spaces occupied across all "
            "levels at once — and how many was that?",
            num(full.max()),
        ),
        one(
            PARK,
            "superlative",
            "Which level is the most full on average, as a share of its spaces? Just the level "
            "and the percentage.",
            ranked(occ_rate * 100, 1),
        ),
        one(
            PARK,
            "compare",
            "The Christmas trade felt strong. Could you compare total takings in November 2024 "
            "with December 2024?",
            num(nov["takingsGbp"].sum(), dec["takingsGbp"].sum()),
        ),
        one(
            PARK,
            "compare",
            "Are Saturdays busier than Sundays for us? Total vehicles in on Saturdays versus "
            "Sundays over the period, please.",
            num(sat["vehiclesIn"].sum(), c[ts.dt.dayofweek == 6]["vehiclesIn"].sum()),
        ),
        one(
            PARK,
            "coverage",
            "Sorry, which months does this occupancy export run from and to? The officer asked "
            "and I wasn't sure.",
            num(ts.min().year, ts.max().year),
        ),
        one(
            PARK,
            "coverage",
            "How many level-hours have a sensor fault on them? I want to know how much data "
            "we're missing.",
            num((c["sensorStatus"] == "FAULT").sum()),
        ),
        one(
            PARK,
            "date-part",
            "At what time of day are we usually busiest? Which hour of the day has the highest "
            "average total occupied spaces, and what's that average?",
            num(by_hour.max()),
        ),
        one(
            PARK,
            "date-part",
            "How much did we take on Sundays in total over the period? Thinking about staffing "
            "the kiosk.",
            num(c[ts.dt.dayofweek == 6]["takingsGbp"].sum()),
        ),
        one(
            PARK,
            "derived",
            "The tariff went up in September. What were the average takings per vehicle leaving "
            "in October 2024 — total takings over total vehicles out?",
            num(
                c[month == pd.Period("2024-10")]["takingsGbp"].sum()
                / c[month == pd.Period("2024-10")]["vehiclesOut"].sum()
            ),
        ),
        one(
            PARK,
            "derived",
            "What share of all the takings came from the Ground level, as a percentage?",
            num(c[c["levelName"] == "Ground"]["takingsGbp"].sum() / c["takingsGbp"].sum() * 100),
        ),
        one(
            PARK,
            "per-normalise",
            "For the benchmarking return: what were the takings per day on average across the "
            "export?",
            num(daily_take.mean()),
        ),
        one(
            PARK,
            "per-normalise",
            "What's the annual-ish takings per parking space? Total takings over the period "
            "divided by the car park's total number of spaces.",
            num(c["takingsGbp"].sum() / c.groupby("levelName")["capacitySpaces"].first().sum()),
        ),
        one(
            PARK,
            "percent-change",
            "What was the percentage change in takings from August 2024 to September 2024, when "
            "the new tariff came in?",
            num(pct_change(take_month[pd.Period("2024-08")], take_month[pd.Period("2024-09")])),
        ),
        one(
            PARK,
            "percent-change",
            "January is always quiet. By what % did vehicles in drop from December 2024 to "
            "January 2025?",
            num(
                pct_change(
                    c[month == pd.Period("2024-12")]["vehiclesIn"].sum(),
                    c[month == pd.Period("2025-01")]["vehiclesIn"].sum(),
                )
            ),
        ),
        one(
            PARK,
            "numbers-in-question",
            "The fire officer wants to know how often we're nearly full. In how many hours were "
            "more than 700 spaces occupied across the whole car park?",
            num((full > 700).sum()),
        ),
        one(
            PARK,
            "numbers-in-question",
            "How many level-hours took at least £500? Just curious how often a level has a "
            "bumper hour.",
            num((c["takingsGbp"] >= 500).sum()),
        ),
        one(
            PARK,
            "units-columns",
            "What's the capacity of the roof level, in spaces? And I mean what the export says.",
            num(c[c["levelName"] == "Roof"]["capacitySpaces"].iloc[0]),
        ),
        one(
            PARK,
            "units-columns",
            "How many vehicles went out of Level 2 in total across the period?",
            num(c[c["levelName"] == "Level 2"]["vehiclesOut"].sum()),
        ),
        one(
            PARK,
            "chart",
            "Could you draw a line graph of daily takings so I can see the seasons?",
            LINE,
        ),
        one(
            PARK,
            "chart",
            "Could you do me a box plot of hourly takings by level? The consultant likes those.",
            BOX,
        ),
        one(
            PARK,
            "chart",
            "Scatter plot of vehicles in against takings per level-hour, please. I want to see "
            "if they line up.",
            SCATTER,
        ),
        one(
            PARK,
            "unanswerable",
            "How many of our customers were season-ticket holders last year?",
            NO,
        ),
        one(
            PARK,
            "unanswerable",
            "What were the takings at the rival car park on Station Road over Christmas?",
            NO,
        ),
        one(
            PARK,
            "unanswerable",
            "How long does the average driver spend looking for a space before they park?",
            NO,
        ),
        SealedCase(
            PARK,
            [
                (
                    "Hello! For the committee: what were the total takings in July 2024?",
                    num(c[month == pd.Period("2024-07")]["takingsGbp"].sum()),
                ),
                (
                    "And the same month the year before?",
                    NO,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            PARK,
            [
                (
                    "What's the average number of vehicles coming in per hour on Level 1?",
                    num(c[c["levelName"] == "Level 1"]["vehiclesIn"].mean()),
                ),
                (
                    "And for the roof?",
                    num(c[c["levelName"] == "Roof"]["vehiclesIn"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            PARK,
            [
                (
                    "How many vehicles came in on Saturdays in December 2024? The Christmas "
                    "market folk want to know.",
                    num(
                        sat[sat["_d"].dt.to_period("M") == pd.Period("2024-12")]["vehiclesIn"].sum()
                    ),
                ),
                (
                    "What about only the Sundays that month?",
                    num(
                        c[(ts.dt.dayofweek == 6) & (month == pd.Period("2024-12"))][
                            "vehiclesIn"
                        ].sum()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            PARK,
            [
                (
                    "What was the most we took in a single day over the period?",
                    num(daily_take.max()),
                ),
                ("And the least?", num(daily_take.min())),
                ("Could you plot that daily series as a line for me?", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            PARK,
            [
                (
                    "Sorry to chase — what were total takings for Level 3 in 2024?",
                    num(
                        c[(c["levelName"] == "Level 3") & (ts.dt.year == 2024)]["takingsGbp"].sum()
                    ),
                ),
                (
                    "Thanks. Now the same but as a bar chart of every level for 2024?",
                    BAR,
                ),
            ],
            "follow-up",
        ),
    ]
    return cases


def cases() -> list[SealedCase]:
    return piano_cases() + waste_cases() + park_cases()
