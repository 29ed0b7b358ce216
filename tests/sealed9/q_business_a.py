"""Conversations over the generated tables vet_visits.csv, ferry_sailings.csv and
brewery_batches.csv."""

from __future__ import annotations

from tests.sealed9.cases import (
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

VET = "vet_visits.csv"
FERRY = "ferry_sailings.csv"
BREW = "brewery_batches.csv"


def vet_visits() -> list[SealedCase]:
    v = load(VET, "visitDate", "%d/%m/%Y")
    v["year"] = v["_d"].dt.year
    yearly = v.groupby("year")["consultFee_GBP"].sum()
    assert yearly[2024] > yearly[2023]
    by_clinic = v.groupby("clinicCode")["consultFee_GBP"].mean()
    vets = v.groupby("vetId").size()
    wd = v.groupby(v["_d"].dt.dayofweek).size()
    dogs = v[v["species"] == "Dog"]
    cats = v[v["species"] == "Cat"]
    surg = v[v["visitType"] == "SURG"]
    m = v[v["year"] == 2024].groupby(v["_d"].dt.month).size()
    return [
        one(VET, "aggregate", "total consult fees taken in 2023", num(yearly[2023])),
        one(VET, "chart", "pie of visits by species", PIE),
        one(VET, "compare", "avg fee at NTH vs CTY", num(by_clinic["NTH"], by_clinic["CTY"])),
        one(
            VET,
            "coverage",
            "date range of the visits - first and last year, and how many visits",
            num(v["year"].min(), v["year"].max(), len(v)),
        ),
        one(
            VET, "date-part", "busiest weekday by number of visits - how many visits", num(wd.max())
        ),
        one(
            VET,
            "date-part",
            "how many visits in march 2024",
            num(((v["year"] == 2024) & (v["_d"].dt.month == 3)).sum()),
        ),
        one(
            VET,
            "derived",
            "total bill per surgery visit on average (consult fee + drugs, no drugs = 0)",
            num((surg["consultFee_GBP"] + surg["drugs_GBP"].fillna(0)).mean()),
        ),
        one(
            VET,
            "group",
            "average pet weight for each species",
            num(*v.groupby("species")["petWeight_kg"].mean().tolist()),
        ),
        one(
            VET,
            "numbers-in-question",
            "how many dogs heavier than 30kg came in",
            num((dogs["petWeight_kg"] > 30).sum()),
        ),
        one(VET, "per-normalise", "visits per vet on average", num(len(v) / v["vetId"].nunique())),
        one(
            VET,
            "percent-change",
            "% growth in consult fee income 2023 to 2024",
            num(pct_change(yearly[2023], yearly[2024])),
        ),
        one(VET, "ranking", "top 3 vets by number of visits", ranked(vets, 3)),
        one(VET, "superlative", "which month of 2024 had the most visits? how many", num(m.max())),
        one(
            VET,
            "units-columns",
            "avg cat weight in pounds",
            num(cats["petWeight_kg"].mean() / 0.45359237),
        ),
        one(VET, "unanswerable", "which breed of dog visits most", NO),
        one(VET, "unanswerable", "how long does a typical consultation take in minutes", NO),
        one(VET, "unanswerable", "how many visits did we have back in the twenty-tens", NO),
        SealedCase(
            VET,
            [
                (
                    "share of dog visits that were insured, in %",
                    num((dogs["insured"] == "Y").mean() * 100),
                ),
                ("cats?", num((cats["insured"] == "Y").mean() * 100)),
            ],
            "follow-up",
        ),
        SealedCase(
            VET,
            [
                (
                    "mean drug spend on dental visits, only where drugs were given",
                    num(v[v["visitType"] == "DENT"]["drugs_GBP"].mean()),
                ),
                ("and for emergencies", num(v[v["visitType"] == "EMRG"]["drugs_GBP"].mean())),
                ("bar chart of that avg drug spend for every visit type", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            VET,
            [
                ("how many visits had a follow up booked", num(v["followUpDays"].notna().sum())),
                ("how many of them at 14 days or more", num((v["followUpDays"] >= 14).sum())),
            ],
            "follow-up",
        ),
    ]


def ferry_sailings() -> list[SealedCase]:
    f = load(FERRY, "SCHED_DEP", "%Y-%m-%d %H:%M")
    f["year"] = f["_d"].dt.year
    sailed = f[f["STATUS"] == "SAILED"]
    pax_y = f.groupby("year")["PAX"].sum()
    assert pax_y[2024] > pax_y[2023]
    rev_route = f.groupby("ROUTE")["FARE_REV_CT"].sum() / 100
    by_month = f.groupby(f["_d"].dt.month)["PAX"].sum()
    cancel_vessel = f[f["STATUS"] == "CANCELLED"].groupby("VESSEL").size()
    dec = f[f["_d"].dt.month == 12]
    jul = f[f["_d"].dt.month == 7]
    hbr_isl = sailed[sailed["ROUTE"] == "HBR-ISL"]
    morning = sailed[sailed["_d"].dt.hour < 12]
    aug24 = f[(f["year"] == 2024) & (f["_d"].dt.month == 8)]
    return [
        one(FERRY, "aggregate", "how many passengers did we carry in total", num(f["PAX"].sum())),
        one(FERRY, "chart", "line chart of monthly passenger numbers", LINE),
        one(
            FERRY,
            "compare",
            "cancellations in december vs july (both years together)",
            num((dec["STATUS"] == "CANCELLED").sum(), (jul["STATUS"] == "CANCELLED").sum()),
        ),
        one(
            FERRY,
            "coverage",
            "which years do the sailings cover, and how many routes",
            num(f["year"].min(), f["year"].max(), f["ROUTE"].nunique()),
        ),
        one(
            FERRY,
            "date-part",
            "which calendar month carries the most pax - how many (both years)",
            num(by_month.max()),
        ),
        one(
            FERRY,
            "date-part",
            "average delay for morning departures (before noon), sailed only",
            num(morning["DELAY_MIN"].mean()),
        ),
        one(FERRY, "date-part", "cars carried in august 2024", num(aug24["CARS"].sum())),
        one(
            FERRY,
            "derived",
            "average load factor on HBR-ISL sailings that sailed (pax / capacity), %",
            num((hbr_isl["PAX"] / hbr_isl["CAP_PAX"]).mean() * 100),
        ),
        one(FERRY, "group", "fare revenue per route in euros", num(*rev_route.tolist())),
        one(
            FERRY,
            "numbers-in-question",
            "how many sailings were over 15 mins late",
            num((f["DELAY_MIN"] > 15).sum()),
        ),
        one(
            FERRY,
            "per-normalise",
            "fare revenue per passenger in euros overall (total rev / total pax)",
            num(f["FARE_REV_CT"].sum() / 100 / f["PAX"].sum()),
        ),
        one(
            FERRY,
            "percent-change",
            "percentage increase in passengers from 2023 to 2024",
            num(pct_change(pax_y[2023], pax_y[2024])),
        ),
        one(
            FERRY,
            "ranking",
            "rank the vessels by number of cancelled sailings",
            ranked(cancel_vessel, cancel_vessel.size),
        ),
        one(
            FERRY,
            "superlative",
            "biggest single-sailing passenger count on the HBR-NPT route",
            num(f[f["ROUTE"] == "HBR-NPT"]["PAX"].max()),
        ),
        one(
            FERRY,
            "units-columns",
            "total fare revenue for 2024 in euros",
            num(f[f["year"] == 2024]["FARE_REV_CT"].sum() / 100),
        ),
        one(FERRY, "unanswerable", "how much fuel did the MV ORCA burn", NO),
        one(FERRY, "unanswerable", "which crew member had the most late departures", NO),
        one(FERRY, "unanswerable", "how were the sailings affected by wind speed", NO),
        SealedCase(
            FERRY,
            [
                (
                    "cancellation rate on ISL-HBR, %",
                    num((f[f["ROUTE"] == "ISL-HBR"]["STATUS"] == "CANCELLED").mean() * 100),
                ),
                (
                    "and on HBR-NPT",
                    num((f[f["ROUTE"] == "HBR-NPT"]["STATUS"] == "CANCELLED").mean() * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            FERRY,
            [
                (
                    "avg delay in minutes on the MV PUFFIN",
                    num(sailed[sailed["VESSEL"] == "MV PUFFIN"]["DELAY_MIN"].mean()),
                ),
                (
                    "same for MV TERN",
                    num(sailed[sailed["VESSEL"] == "MV TERN"]["DELAY_MIN"].mean()),
                ),
            ],
            "follow-up",
        ),
    ]


def brewery_batches() -> list[SealedCase]:
    b = load(BREW, "Brew Date", "%d-%b-%Y")
    b["year"] = b["_d"].dt.year
    kept = b[b["Dumped"] == "N"]
    pack_y = b.groupby("year")["Packaged (L)"].sum()
    style_abv = b.groupby("Style")["ABV (%)"].mean()
    style_vol = b.groupby("Style")["Packaged (L)"].sum()
    q = b[b["year"] == 2023].groupby(b["_d"].dt.quarter).size()
    ipa = b[b["Style"] == "IPA"]
    lag = b[b["Style"] == "Lager"]
    cost_y = b.groupby("year")["Ingredient Cost (USD)"].sum()
    assert cost_y[2023] > cost_y[2022]
    return [
        one(
            BREW,
            "aggregate",
            "total litres packaged over all batches",
            num(b["Packaged (L)"].sum()),
        ),
        one(BREW, "aggregate", "avg ABV across every batch", num(b["ABV (%)"].mean())),
        one(BREW, "chart", "bar chart of batch count per style", BAR),
        one(BREW, "compare", "ipa vs stout - mean abv", num(style_abv["IPA"], style_abv["Stout"])),
        one(
            BREW,
            "coverage",
            "how many batches, and from which year to which",
            num(len(b), b["year"].min(), b["year"].max()),
        ),
        one(BREW, "date-part", "in 2023 which quarter had the most brews? how many", num(q.max())),
        one(
            BREW,
            "date-part",
            "how many batches were brewed on a monday",
            num((b["_d"].dt.dayofweek == 0).sum()),
        ),
        one(
            BREW,
            "derived",
            "packaging yield across kept batches: packaged litres / wort litres, as %",
            num(kept["Packaged (L)"].sum() / kept["Wort Vol (L)"].sum() * 100),
        ),
        one(BREW, "group", "litres packaged by style", num(*style_vol.tolist())),
        one(
            BREW,
            "numbers-in-question",
            "how many batches came in above 6.5% abv",
            num((b["ABV (%)"] > 6.5).sum()),
        ),
        one(
            BREW,
            "per-normalise",
            "ingredient cost per litre of wort for lagers (total cost / total wort)",
            num(lag["Ingredient Cost (USD)"].sum() / lag["Wort Vol (L)"].sum()),
        ),
        one(
            BREW,
            "percent-change",
            "% change in ingredient spend from 2022 to 2023",
            num(pct_change(cost_y[2022], cost_y[2023])),
        ),
        one(
            BREW,
            "ranking",
            "top 3 styles by total ingredient spend",
            ranked(b.groupby("Style")["Ingredient Cost (USD)"].sum(), 3),
        ),
        one(
            BREW,
            "superlative",
            "longest fermentation of any ipa batch, in days",
            num(ipa["Ferment (days)"].max()),
        ),
        one(
            BREW,
            "units-columns",
            "total packaged volume in hectolitres for 2024",
            num(pack_y[2024] / 100),
        ),
        one(
            BREW,
            "units-columns",
            "what's the average wort volume in us gallons",
            num(b["Wort Vol (L)"].mean() / 3.785411784),
        ),
        one(BREW, "unanswerable", "which hop variety went into the most batches", NO),
        one(BREW, "unanswerable", "how much did we sell each style for per keg", NO),
        one(BREW, "unanswerable", "what's the bitterness (ibu) of the stouts", NO),
        SealedCase(
            BREW,
            [
                (
                    "how many sour batches got dumped",
                    num(((b["Style"] == "Sour") & (b["Dumped"] == "Y")).sum()),
                ),
                ("and ipa?", num(((b["Style"] == "IPA") & (b["Dumped"] == "Y")).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            BREW,
            [
                (
                    "avg fermentation days for pils",
                    num(b[b["Style"] == "Pils"]["Ferment (days)"].mean()),
                ),
                ("for pale?", num(b[b["Style"] == "Pale"]["Ferment (days)"].mean())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return vet_visits() + ferry_sailings() + brewery_batches()
