"""The PACKAGES half, part A: Gibraltar airport weather for May 2023, the `gtcars` grand
tourers and the Paris Metro stations (all three shipped in the `great-tables` wheel). Asked by
a consultant dictating into a phone's voice-to-text between meetings; gold computed here with
plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.sealed18.cases import (
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

GIB = "gibraltar_weather.csv"
CARS = "gtcars.csv"
METRO = "paris_metro.csv"


def gibraltar() -> list[SealedCase]:
    g = load(GIB, "date")
    stamp = pd.to_datetime(g["date"] + " " + g["time"])
    hour = stamp.dt.hour
    day = g["_d"].dt.day
    weekday_names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    by_weekday = g.groupby(g["_d"].dt.dayofweek)["temp"].mean()
    cloudy = ["Fair", "Partly Cloudy", "Mostly Cloudy", "Cloudy"]
    first_week = g[day <= 7]["temp"].mean()
    last_week = g[day >= 25]["temp"].mean()
    east = g[g["wind_dir"] == "E"]
    assert len(by_weekday) == len(weekday_names)
    return [
        one(
            GIB,
            "aggregate",
            "okay so for the Gibraltar weather file can you tell me the average temperature "
            "over the whole month",
            num(g["temp"].mean()),
        ),
        one(
            GIB,
            "aggregate",
            "what was the strongest wind gust recorded in there um the single biggest gust value",
            num(g["wind_gust"].max()),
        ),
        one(
            GIB,
            "group",
            "I need the average pressure for each of the sky conditions fair partly cloudy "
            "mostly cloudy and cloudy just those four",
            num(*g[g["condition"].isin(cloudy)].groupby("condition")["pressure"].mean()),
        ),
        one(
            GIB,
            "ranking",
            "which three wind directions show up most often in the readings top three with "
            "how many readings each",
            ranked(g["wind_dir"].value_counts(), 3),
        ),
        one(
            GIB,
            "superlative",
            "what's the hottest temperature that got recorded at the airport all month",
            num(g["temp"].max()),
        ),
        one(
            GIB,
            "superlative",
            "which day had the lowest air pressure on average so the date and its average pressure",
            ranked(g.groupby("date")["pressure"].mean(), 1, ascending=True),
        ),
        one(
            GIB,
            "chart",
            "can I get a line chart of the temperature through the month of May",
            LINE,
        ),
        one(
            GIB,
            "chart",
            "um show me the spread of the wind speed readings as a histogram please",
            HISTOGRAM,
        ),
        one(
            GIB,
            "compare",
            "when the wind comes from the east versus from the west what's the average wind "
            "speed for each of those two",
            num(east["wind_speed"].mean(), g[g["wind_dir"] == "W"]["wind_speed"].mean()),
        ),
        one(
            GIB,
            "coverage",
            "how many separate days does this weather data actually cover",
            num(g["date"].nunique()),
        ),
        one(
            GIB,
            "date-part",
            "okay so average temperature by day of the week Monday through Sunday",
            num(*by_weekday),
        ),
        one(
            GIB,
            "date-part",
            "what hour of the day is warmest on average and how warm I just need the "
            "average temperature for that hour",
            num(g.groupby(hour)["temp"].mean().max()),
        ),
        one(
            GIB,
            "derived",
            "on average how many degrees is the temperature above the dew point across all "
            "the readings",
            num((g["temp"] - g["dew_point"]).mean()),
        ),
        one(
            GIB,
            "derived",
            "what share of the readings had any wind gust at all so gust above zero as a "
            "percent of all readings",
            num((g["wind_gust"] > 0).mean() * 100),
        ),
        one(
            GIB,
            "per-normalise",
            "how many observations per day does the station log on average",
            num(len(g) / g["date"].nunique()),
        ),
        one(
            GIB,
            "percent-change",
            "by what percent did the average temperature change from the first week so the "
            "first to the seventh to the last week the twenty fifth to the thirty first",
            num(pct_change(first_week, last_week)),
        ),
        one(
            GIB,
            "numbers-in-question",
            "how many readings were above twenty five degrees Celsius",
            num((g["temp"] > 25).sum()),
        ),
        one(
            GIB,
            "units-columns",
            "what's the average temperature in I guess Fahrenheit over the month",
            num(g["temp"].mean() * 9 / 5 + 32),
        ),
        one(
            GIB,
            "units-columns",
            "the top wind speed in kilometres per hour please not meters per second",
            num(g["wind_speed"].max() * 3.6),
        ),
        one(
            GIB,
            "units-columns",
            "what's the median humidity as a percentage",
            num(g["humidity"].median() * 100),
        ),
        one(
            GIB,
            "long-format",
            "how many of the readings have the condition down as fog just plain fog",
            num((g["condition"] == "Fog").sum()),
        ),
        SealedCase(
            GIB,
            [
                (
                    "okay so mean humidity for the month as a fraction like the column has it",
                    num(g["humidity"].mean()),
                ),
                (
                    "and only when the wind was from the east",
                    num(east["humidity"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GIB,
            [
                (
                    "how many readings say light rain exactly light rain",
                    num((g["condition"] == "Light Rain").sum()),
                ),
                (
                    "and light rain shower",
                    num((g["condition"] == "Light Rain Shower").sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GIB,
            [
                (
                    "average temperature on the tenth of May",
                    num(g[day == 10]["temp"].mean()),
                ),
                (
                    "same for the twentieth",
                    num(g[day == 20]["temp"].mean()),
                ),
                (
                    "no sorry I meant the maximum on the twentieth not the average",
                    num(g[day == 20]["temp"].max()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GIB,
            [
                (
                    "what's the lowest pressure reading in the month",
                    num(g["pressure"].min()),
                ),
                ("and the highest", num(g["pressure"].max())),
            ],
            "follow-up",
        ),
        SealedCase(
            GIB,
            [
                (
                    "number of readings for each wind direction as a bar chart",
                    BAR,
                ),
                (
                    "actually just tell me how many came from the north exactly north",
                    num((g["wind_dir"] == "N").sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            GIB,
            "unanswerable",
            "how many millimetres of rain fell at the airport over the month",
            NO,
        ),
        one(
            GIB,
            "unanswerable",
            "what was the UV index at midday on average",
            NO,
        ),
        one(
            GIB,
            "unanswerable",
            "um what's the average temperature going to be in Gibraltar next June",
            NO,
        ),
        one(
            GIB,
            "unanswerable",
            "what was the average sea temperature in the bay during the month",
            NO,
        ),
    ]


def gtcars() -> list[SealedCase]:
    c = load(CARS)
    by_model = c.set_index("model")
    italy = c[c["ctry_origin"] == "Italy"]
    germany = c[c["ctry_origin"] == "Germany"]
    kw = 0.745699872
    gtr = c[c["model"] == "GT-R"].iloc[0]
    ford = c[c["model"] == "GT"].iloc[0]
    cayman = c[c["model"] == "718 Cayman"].iloc[0]
    nine11 = c[c["model"] == "911"].iloc[0]
    return [
        one(
            CARS,
            "aggregate",
            "okay for the GT cars table what's the average sticker price the msrp across all "
            "the cars",
            num(c["msrp"].mean()),
        ),
        one(
            CARS,
            "group",
            "okay um average sticker price by country of origin please",
            num(*c.groupby("ctry_origin")["msrp"].mean()),
        ),
        one(
            CARS,
            "group",
            "how many cars are all wheel drive and how many are rear wheel drive",
            num(*c["drivetrain"].value_counts()),
        ),
        one(
            CARS,
            "ranking",
            "top five models by horse power with the horsepower number",
            ranked(by_model["hp"], 5),
        ),
        one(
            CARS,
            "ranking",
            "I need the three cheapest models by msrp cheapest first",
            ranked(by_model["msrp"], 3, ascending=True),
        ),
        one(
            CARS,
            "superlative",
            "which model gets the best highway mileage and what's its highway miles per gallon",
            ranked(by_model["mpg_h"], 1),
        ),
        one(
            CARS,
            "superlative",
            "what's the most torque any of these cars has",
            num(c["trq"].max()),
        ),
        one(
            CARS,
            "chart",
            "scatter plot of horsepower against price for the cars",
            SCATTER,
        ),
        one(
            CARS,
            "chart",
            "a box plot of horsepower split by country of origin",
            BOX,
        ),
        one(
            CARS,
            "chart",
            "can you do a pie of how many cars there are by body style",
            PIE,
        ),
        one(
            CARS,
            "compare",
            "Italian cars verses German cars average horse power for each",
            num(italy["hp"].mean(), germany["hp"].mean()),
        ),
        one(
            CARS,
            "compare",
            "coupes versus convertibles what's the average msrp for each body style",
            num(
                c[c["bdy_style"] == "coupe"]["msrp"].mean(),
                c[c["bdy_style"] == "convertible"]["msrp"].mean(),
            ),
        ),
        one(
            CARS,
            "coverage",
            "how many different manufacturers are in the cars data",
            num(c["mfr"].nunique()),
        ),
        one(
            CARS,
            "coverage",
            "which model years does it span earliest and latest model year",
            num(c["year"].min(), c["year"].max()),
        ),
        one(
            CARS,
            "date-part",
            "how many cars are there for each model year",
            num(*c["year"].value_counts()),
        ),
        one(
            CARS,
            "derived",
            "on average how much better is highway mileage than city mileage I mean highway "
            "minus city mpg averaged over the cars that have both",
            num((c["mpg_h"] - c["mpg_c"]).mean()),
        ),
        one(
            CARS,
            "per-normalise",
            "how many dollars per horsepower is the Nissan GT-R",
            num(gtr["msrp"] / gtr["hp"]),
        ),
        one(
            CARS,
            "per-normalise",
            "for the Ford GT what's the price per pound foot of torque",
            num(ford["msrp"] / ford["trq"]),
        ),
        one(
            CARS,
            "percent-change",
            "going from the Porsche 718 Cayman to the Porsche 911 what's the percent increase "
            "in msrp",
            num(pct_change(cayman["msrp"], nine11["msrp"])),
        ),
        one(
            CARS,
            "numbers-in-question",
            "how many of the cars have more than six hundred horsepower",
            num((c["hp"] > 600).sum()),
        ),
        one(
            CARS,
            "numbers-in-question",
            "how many cars cost under a hundred grand on msrp",
            num((c["msrp"] < 100_000).sum()),
        ),
        one(
            CARS,
            "units-columns",
            "average horsepower but in kilowatts",
            num(c["hp"].mean() * kw),
        ),
        one(
            CARS,
            "units-columns",
            "how many of the cars have a manual gearbox so the transmission code has just an "
            "m not the am ones",
            num(c["trsmn"].str.endswith("m").sum() - c["trsmn"].str.endswith("am").sum()),
        ),
        SealedCase(
            CARS,
            [
                (
                    "average city mileage for the cars that have one",
                    num(c["mpg_c"].mean()),
                ),
                ("and for highway", num(c["mpg_h"].mean())),
                ("highway only for the German ones", num(germany["mpg_h"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            CARS,
            [
                (
                    "how many models does Ferrari have in here",
                    num((c["mfr"] == "Ferrari").sum()),
                ),
                (
                    "and what's their average horsepower",
                    num(c[c["mfr"] == "Ferrari"]["hp"].mean()),
                ),
                (
                    "now the same for Lamborghini the horsepower",
                    num(c[c["mfr"] == "Lamborghini"]["hp"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CARS,
            [
                (
                    "average msrp per manufacturer as a bar chart",
                    BAR,
                ),
                (
                    "and just tell me the number for Aston Martin",
                    num(c[c["mfr"] == "Aston Martin"]["msrp"].mean()),
                ),
            ],
            "follow-up",
        ),
        one(
            CARS,
            "unanswerable",
            "what's the nought to sixty time for the fastest car",
            NO,
        ),
        one(
            CARS,
            "unanswerable",
            "how many units of each model were actually sold in the US",
            NO,
        ),
        one(
            CARS,
            "unanswerable",
            "which of these cars is the heaviest like curb weight",
            NO,
        ),
    ]


def metro() -> list[SealedCase]:
    m = load(METRO)
    lines = m.assign(line=m["lines"].str.split(", ")).explode("line")
    rer = m.dropna(subset=["connect_rer"])
    rer_lines = rer.assign(r=rer["connect_rer"].str.split(", ")).explode("r")
    line_count = m["lines"].str.split(", ").str.len()
    by_name = m.set_index("name")
    total = m["passengers"].sum()
    return [
        one(
            METRO,
            "aggregate",
            "for the Paris metro stations how many passengers in total across all stations",
            num(total),
        ),
        one(
            METRO,
            "aggregate",
            "what's the median passengers per station for the stations that have a number",
            num(m["passengers"].median()),
        ),
        one(
            METRO,
            "long-format",
            "how many stations are on line nine",
            num((lines["line"] == "9").sum()),
        ),
        one(
            METRO,
            "group",
            "for each RER line A B C D and E how many metro stations connect to it",
            num(*rer_lines["r"].value_counts().sort_index()),
        ),
        one(
            METRO,
            "group",
            "average passengers for stations with an RER connection versus without any RER "
            "connection I guess that's two groups",
            num(rer["passengers"].mean(), m[m["connect_rer"].isna()]["passengers"].mean()),
        ),
        one(
            METRO,
            "ranking",
            "top five busiest stations by passengers",
            ranked(by_name["passengers"], 5),
        ),
        one(
            METRO,
            "ranking",
            "okay the three quietest stations with the fewest passengers",
            ranked(by_name["passengers"].dropna(), 3, ascending=True),
        ),
        one(
            METRO,
            "superlative",
            "which station had the most passengers and how many",
            ranked(by_name["passengers"], 1),
        ),
        one(
            METRO,
            "superlative",
            "what's the largest number of metro lines any one station serves",
            num(line_count.max()),
        ),
        one(
            METRO,
            "chart",
            "a histogram of passenger numbers across the metro stations",
            HISTOGRAM,
        ),
        one(
            METRO,
            "chart",
            "bar chart of the ten busiest stations by passengers",
            BAR,
        ),
        one(
            METRO,
            "compare",
            "Bastille versus Chatelet passengers for each",
            num(by_name.loc["Bastille", "passengers"], by_name.loc["Châtelet", "passengers"]),
        ),
        one(
            METRO,
            "coverage",
            "how many stations don't have a passenger number at all",
            num(m["passengers"].isna().sum()),
        ),
        one(
            METRO,
            "coverage",
            "how many distinct metro lines appear across the stations counting three bis and "
            "seven bis",
            num(lines["line"].nunique()),
        ),
        one(
            METRO,
            "derived",
            "what share of all passengers goes through Gare du Nord as a percentage",
            num(by_name.loc["Gare du Nord", "passengers"] / total * 100),
        ),
        one(
            METRO,
            "per-normalise",
            "for Republique how many passengers per line it serves",
            num(
                by_name.loc["République", "passengers"]
                / line_count[m["name"] == "République"].iloc[0]
            ),
        ),
        one(
            METRO,
            "per-normalise",
            "Gare de Lyon's passengers per day over the year so the yearly number divided by "
            "three sixty five",
            num(by_name.loc["Gare de Lyon", "passengers"] / 365),
        ),
        one(
            METRO,
            "percent-change",
            "how much busier is Saint-Lazare than Montparnasse in percent I mean "
            "percent difference from Montparnasse",
            num(
                pct_change(
                    by_name.loc["Montparnasse—Bienvenüe", "passengers"],
                    by_name.loc["Saint-Lazare", "passengers"],
                )
            ),
        ),
        one(
            METRO,
            "numbers-in-question",
            "number of stations under 1.5 million passengers",
            num((m["passengers"] < 1_500_000).sum()),
        ),
        one(
            METRO,
            "units-columns",
            "how many stations have a connection to the transilien",
            num(m["connect_transilien"].notna().sum()),
        ),
        one(
            METRO,
            "long-format",
            "how many stations are served by line seven bis",
            num((lines["line"] == "7bis").sum()),
        ),
        SealedCase(
            METRO,
            [
                (
                    "average passengers for stations on line four",
                    num(lines[lines["line"] == "4"]["passengers"].mean()),
                ),
                (
                    "and line eleven",
                    num(lines[lines["line"] == "11"]["passengers"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            METRO,
            [
                (
                    "how many stations connect to R E R line C",
                    num((rer_lines["r"] == "C").sum()),
                ),
                (
                    "what's their total passengers",
                    num(rer_lines[rer_lines["r"] == "C"]["passengers"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            METRO,
            [
                (
                    "how many stations have Paris 8th in their location",
                    num(m["location"].str.contains("Paris 8th").sum()),
                ),
                (
                    "and in Paris 15th",
                    num(m["location"].str.contains("Paris 15th").sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            METRO,
            [
                (
                    "which station on line six has the most passengers",
                    ranked(lines[lines["line"] == "6"].set_index("name")["passengers"], 1),
                ),
                (
                    "and on line two",
                    ranked(lines[lines["line"] == "2"].set_index("name")["passengers"], 1),
                ),
            ],
            "follow-up",
        ),
        one(
            METRO,
            "unanswerable",
            "what year did each station open",
            NO,
        ),
        one(
            METRO,
            "unanswerable",
            "what were the passenger numbers back in twenty nineteen before covid",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return gibraltar() + gtcars() + metro()
