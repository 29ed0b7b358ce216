"""Questions over the generated hotel_reservations.csv and crop_trials.csv."""

from __future__ import annotations

import pandas as pd

from tests.sealed3.cases import (
    BAR,
    LINE,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    top,
)


def hotel() -> list[SealedCase]:
    t = "hotel_reservations.csv"
    h = load(t, "arrivalDate", "%d.%m.%Y")
    h["booked"] = pd.to_datetime(h["bookedOn"], format="%d.%m.%Y")
    h["year"] = h["_d"].dt.year
    rate = "ratePerNight_EUR"
    by_hotel = h.groupby("hotelCode")[rate].mean()
    stayed23 = h[(h["status"] == "stayed") & (h["year"] == 2023)]
    ota = h[h["channel"] == "OTA"]
    direct = h[h["channel"] == "Direct"]
    in23 = h[h["year"] == 2023]
    return [
        one(
            t,
            "aggregate",
            "How many reservations were cancelled?",
            num((h["status"] == "cancelled").sum()),
        ),
        one(
            t,
            "aggregate",
            "What's the average nightly rate across all reservations?",
            num(h[rate].mean()),
        ),
        one(
            t,
            "group",
            "Average nightly rate by room type",
            num(*h.groupby("roomType")[rate].mean()),
        ),
        one(
            t,
            "group",
            "How many reservations came through each booking channel?",
            num(*h.groupby("channel").size()),
        ),
        one(
            t,
            "ranking",
            "Top 3 guest countries by number of stays (status stayed)",
            top(h[h["status"] == "stayed"].groupby("guestCountry").size(), 3),
        ),
        one(t, "chart", "bar chart of reservations per hotel", BAR),
        one(t, "chart", "Line chart of the number of arrivals per month over time", LINE),
        one(
            t,
            "compare",
            "Is the average nightly rate higher at AMS-CTR or at LIS-BX?",
            num(by_hotel["AMS-CTR"], by_hotel["LIS-BX"]),
        ),
        one(
            t,
            "coverage",
            "What years do the arrival dates cover?",
            num(h["year"].min(), h["year"].max()),
        ),
        # weekday of arrivalDate, every reservation
        one(
            t,
            "date-part",
            "Rank the top 3 arrival weekdays by number of reservations.",
            top(h.groupby(h["_d"].dt.day_name()).size(), 3),
        ),
        # every reservation arriving in an August, whatever its status
        one(
            t,
            "date-part",
            "What's the average nightly rate for reservations with an arrival date in August (any "
            "year)?",
            num(h.loc[h["_d"].dt.month == 8, rate].mean()),
        ),
        one(
            t,
            "date-part",
            "How many reservations were booked on a Sunday?",
            num((h["booked"].dt.day_name() == "Sunday").sum()),
        ),
        one(
            t,
            "derived",
            "How much room revenue (nights × nightly rate) did the stays that actually happened "
            "(status stayed) with arrival in 2023 bring in?",
            num((stayed23["nights"] * stayed23[rate]).sum()),
        ),
        one(
            t,
            "derived",
            "What percentage of OTA reservations were cancelled?",
            num((ota["status"] == "cancelled").mean() * 100),
        ),
        one(
            t,
            "per-normalise",
            "On average, how many guests (adults plus children) are there per reservation?",
            num((h["adults"] + h["children"]).mean()),
        ),
        # "per hotel" is a grouping: the sum of nights at each hotel, every reservation
        one(
            t,
            "per-normalise",
            "What's the total number of nights booked per hotel?",
            num(*h.groupby("hotelCode")["nights"].sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "How many reservations have a nightly rate above €250?",
            num((h[rate] > 250).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "How many bookings were made more than 90 days before arrival?",
            num(((h["_d"] - h["booked"]).dt.days > 90).sum()),
        ),
        SealedCase(
            t,
            [
                (
                    "How many reservations at PRG-OT had an arrival date in 2023?",
                    num((in23["hotelCode"] == "PRG-OT").sum()),
                ),
                ("and at AMS-ZD?", num((in23["hotelCode"] == "AMS-ZD").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "What share of reservations were no-shows, in %?",
                    num((h["status"] == "no-show").mean() * 100),
                ),
                (
                    "What about Direct bookings only?",
                    num((direct["status"] == "no-show").mean() * 100),
                ),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "What's the average guest review score at LIS-BX?", NO),
        one(t, "unanswerable", "What was the average nightly rate for arrivals in 2025?", NO),
    ]


def crops() -> list[SealedCase]:
    t = "crop_trials.csv"
    c = load(t, "sown", "%m/%d/%Y")
    c["harvest_d"] = pd.to_datetime(c["harvested"], format="%m/%d/%Y")
    y, area = "yield (t/ha)", "area (ha)"
    wheat = c[c["crop"] == "winter wheat"]
    maize = c[c["crop"] == "maize"]
    beet22 = c[(c["crop"] == "sugar beet") & (c["season"] == 2022)]
    wheat_by_season = wheat.groupby("season")[y].mean()
    maize_by_irr = maize.groupby("irrigated")[y].mean()
    maize_by_farm = maize.groupby("farm")[y].mean()
    wheat_area = wheat.groupby("season")[area].sum()
    wheat_price = wheat.groupby("season")["price (EUR/t)"].mean()
    return [
        one(
            t,
            "aggregate",
            "How many plots have no harvest recorded?",
            num(c["harvested"].isna().sum()),
        ),
        one(t, "group", "avg winter wheat yield per farm", num(*wheat.groupby("farm")[y].mean())),
        one(t, "group", "How many plots of each crop are there?", num(*c.groupby("crop").size())),
        one(
            t,
            "ranking",
            "Top 3 farms by average sugar beet yield",
            top(c[c["crop"] == "sugar beet"].groupby("farm")[y].mean(), 3),
        ),
        one(
            t, "chart", "Scatter plot of rainfall against yield for the winter wheat plots", SCATTER
        ),
        one(
            t,
            "compare",
            "Did irrigated or non-irrigated maize plots yield more on average?",
            num(maize_by_irr["Y"], maize_by_irr["N"]),
        ),
        one(
            t,
            "coverage",
            "Which seasons does the data cover?",
            num(c["season"].min(), c["season"].max()),
        ),
        # month of the `sown` date, every season
        one(
            t,
            "date-part",
            "How many plots were sown in October?",
            num((c["_d"].dt.month == 10).sum()),
        ),
        # the count only: plots per month of the `harvested` date
        one(
            t,
            "date-part",
            "In which month of the year were the most plots harvested, and how many?",
            num(c["harvest_d"].dt.month.value_counts().max()),
        ),
        one(
            t,
            "derived",
            "How many tonnes of sugar beet were harvested in the 2022 season (area × yield)?",
            num((beet22[area] * beet22[y]).sum()),
        ),
        # harvested plots only (failed plots have no harvest date)
        one(
            t,
            "derived",
            "On average, how many days from sowing to harvest for maize plots?",
            num((maize["harvest_d"] - maize["_d"]).dt.days.mean()),
        ),
        one(
            t,
            "percent-change",
            "By how much did the average winter wheat yield change from 2014 to 2023, in %?",
            num(pct_change(wheat_by_season[2014], wheat_by_season[2023])),
        ),
        # the mean over each season's harvested wheat plots
        one(
            t,
            "percent-change",
            "How much did the average price per tonne of winter wheat rise from the 2014 season "
            "to 2023, in percent?",
            num(pct_change(wheat_price[2014], wheat_price[2023])),
        ),
        one(
            t,
            "units-columns",
            "What's the mean yield in t/ha of spring barley?",
            num(c.loc[c["crop"] == "spring barley", y].mean()),
        ),
        one(
            t,
            "units-columns",
            "How many hectares of maize were planted in 2020?",
            num(maize.loc[maize["season"] == 2020, area].sum()),
        ),
        # the mean over the season's plots
        one(
            t,
            "units-columns",
            "Average rainfall in millimetres in the 2018 season?",
            num(c.loc[c["season"] == 2018, "rainfall (mm)"].mean()),
        ),
        one(
            t,
            "units-columns",
            "Average nitrogen applied per hectare on oilseed rape plots?",
            num(c.loc[c["crop"] == "oilseed rape", "N applied (kg/ha)"].mean()),
        ),
        one(
            t,
            "units-columns",
            "What was the average price per tonne received for winter wheat in 2023?",
            num(wheat.loc[wheat["season"] == 2023, "price (EUR/t)"].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "How many plots received at least 200 kg/ha of nitrogen?",
            num((c["N applied (kg/ha)"] >= 200).sum()),
        ),
        SealedCase(
            t,
            [
                ("Average maize yield at Stonefield?", num(maize_by_farm["Stonefield"])),
                ("and at Millbrook?", num(maize_by_farm["Millbrook"])),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("Total area of winter wheat in the 2016 season?", num(wheat_area[2016])),
                ("And 2021?", num(wheat_area[2021])),
                ("What about 2026?", NO),  # the seasons end in 2023
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "What was the soil pH on the Ridgeway plots?", NO),
        one(t, "unanswerable", "What was the average wheat yield in 2010?", NO),
    ]


def cases() -> list[SealedCase]:
    return hotel() + crops()
