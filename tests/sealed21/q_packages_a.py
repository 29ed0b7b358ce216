"""The PACKAGES half, part A: a continuous glucose monitor's readings (bokeh_sampledata),
daily temperature extremes at Lincoln, Nebraska in 2016 (bokeh_sampledata), and the 1986
major-league hitters with their 1987 salaries (ISLP). Asked as a statistics lecturer's
worksheet exercises; gold computed here with plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.sealed21.cases import (
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

GLUCOSE = "glucose_monitor_readings.csv"
LINCOLN = "lincoln_nebraska_temps_2016.csv"
HITTERS = "mlb_hitters_1986.csv"


def glucose() -> list[SealedCase]:
    g = load(GLUCOSE, "datetime")
    d = g["_d"]
    month = d.dt.month
    hour = d.dt.hour
    day = d.dt.date
    hourly = g.groupby(hour)["glucose"].mean()
    n_days = day.nunique()
    weekend = d.dt.dayofweek >= 5
    sig = pd.to_numeric(g["isig"], errors="coerce")
    has_sig = sig.notna()
    may, jul = g[month == 5], g[month == 7]
    night_jul = jul[jul["_d"].dt.hour < 6]
    monthly = g.groupby(month)["glucose"].mean()
    return [
        one(
            GLUCOSE,
            "aggregate",
            "The data describe blood glucose readings (mg/dL) from a continuous glucose "
            "monitor worn by one person in 2010. Compute the mean glucose value over all "
            "observations in the sample.",
            num(g["glucose"].mean()),
        ),
        one(
            GLUCOSE,
            "aggregate",
            "In the CGM sample, the sensor signal isig is sometimes recorded as the text nil "
            "rather than a number. Count the records for which this happens.",
            num((g["isig"] == "nil").sum()),
        ),
        one(
            GLUCOSE,
            "group",
            "Stratify the glucose readings by whether the isig value is recorded as nil or "
            "as a number. Report the mean glucose in each of the two strata.",
            num(g[~has_sig]["glucose"].mean(), g[has_sig]["glucose"].mean()),
        ),
        one(
            GLUCOSE,
            "superlative",
            "Determine the hour of the day (0-23) at which the mean glucose reading is "
            "highest, and state that mean.",
            num(hourly.idxmax(), hourly.max()),
        ),
        one(
            GLUCOSE,
            "chart",
            "Illustrate the distribution of the glucose readings with a histogram.",
            HISTOGRAM,
        ),
        one(
            GLUCOSE,
            "chart",
            "Plot the daily mean glucose against the date as a line chart, covering the whole "
            "monitoring period.",
            LINE,
        ),
        one(
            GLUCOSE,
            "chart",
            "Construct box plots of the glucose readings, one box for each month of the "
            "monitoring period.",
            BOX,
        ),
        one(
            GLUCOSE,
            "compare",
            "Compare the mean glucose in June 2010 with the mean glucose in September 2010. "
            "Give both means.",
            num(monthly[6], monthly[9]),
        ),
        one(
            GLUCOSE,
            "compare",
            "Compare glucose control on weekends with weekdays: compute the mean glucose for "
            "readings taken on Saturdays and Sundays and for readings taken Monday to Friday.",
            num(g[weekend]["glucose"].mean(), g[~weekend]["glucose"].mean()),
        ),
        one(
            GLUCOSE,
            "coverage",
            "State the date of the first reading and the date of the last reading in the "
            "glucose monitor file.",
            num(2010, 24, 10),
        ),
        one(
            GLUCOSE,
            "coverage",
            "On how many distinct calendar days was at least one glucose reading recorded?",
            num(n_days),
        ),
        one(
            GLUCOSE,
            "date-part",
            "Compute the mean glucose for each day of the week (Monday to Sunday), pooling all "
            "weeks of the monitoring period.",
            num(*g.groupby(d.dt.dayofweek)["glucose"].mean()),
        ),
        one(
            GLUCOSE,
            "date-part",
            "Find the median glucose reading for each calendar month present in the CGM data.",
            num(*g.groupby(month)["glucose"].median()),
        ),
        one(
            GLUCOSE,
            "date-part",
            "Count the glucose readings recorded in each month of 2010 that the file covers.",
            num(*g.groupby(month).size()),
        ),
        one(
            GLUCOSE,
            "derived",
            "Clinicians call a glucose between 70 and 180 mg/dL inclusive 'in range'. Report "
            "the proportion of all readings that are in range, as a percentage.",
            num(g["glucose"].between(70, 180).mean() * 100),
        ),
        one(
            GLUCOSE,
            "derived",
            "For the readings where isig is a number, compute the ratio of glucose to isig for "
            "each reading and report the mean of that ratio.",
            num((g.loc[has_sig, "glucose"] / sig[has_sig]).mean()),
        ),
        one(
            GLUCOSE,
            "per-normalise",
            "On average, how many readings did the monitor record per calendar day? Divide the "
            "number of readings by the number of distinct days with data.",
            num(len(g) / n_days),
        ),
        one(
            GLUCOSE,
            "per-normalise",
            "Compute the number of readings above 250 mg/dL per day of monitoring, i.e. the "
            "count of such readings divided by the number of distinct days in the sample.",
            num((g["glucose"] > 250).sum() / n_days),
        ),
        one(
            GLUCOSE,
            "percent-change",
            "Calculate the percentage change in mean glucose from April 2010 to September 2010.",
            num(pct_change(monthly[4], monthly[9])),
        ),
        one(
            GLUCOSE,
            "percent-change",
            "By what percentage did the number of glucose readings change from May to June?",
            num(pct_change((month == 5).sum(), (month == 6).sum())),
        ),
        one(
            GLUCOSE,
            "numbers-in-question",
            "How many readings in the sample exceed 300 mg/dL?",
            num((g["glucose"] > 300).sum()),
        ),
        one(
            GLUCOSE,
            "numbers-in-question",
            "Severe hypoglycaemia is a reading under 54 mg/dL. How many observations in the "
            "sample fall under 54?",
            num((g["glucose"] < 54).sum()),
        ),
        one(
            GLUCOSE,
            "units-columns",
            "Express the mean glucose of the whole sample in mmol/L, using 1 mmol/L = 18 mg/dL.",
            num(g["glucose"].mean() / 18),
        ),
        one(
            GLUCOSE,
            "units-columns",
            "The isig column is the sensor's electrical signal in nanoamps. Ignoring the nil "
            "entries, find the median sensor signal in nA.",
            num(sig.median()),
        ),
        one(
            GLUCOSE,
            "unanswerable",
            "Using the monitor data, compute the mean insulin dose given per day.",
            NO,
        ),
        one(
            GLUCOSE,
            "unanswerable",
            "Determine how much carbohydrate the patient ate at breakfast on average.",
            NO,
        ),
        one(
            GLUCOSE,
            "unanswerable",
            "Report the mean glucose for the month of December in this sample.",
            NO,
        ),
        one(
            GLUCOSE,
            "unanswerable",
            "Forecast the patient's mean glucose for the week after the monitoring ended.",
            NO,
        ),
        SealedCase(
            GLUCOSE,
            [
                (
                    "(a) Compute the mean glucose for readings taken in May 2010.",
                    num(may["glucose"].mean()),
                ),
                ("(b) Repeat part (a) for July 2010.", num(jul["glucose"].mean())),
                (
                    "(c) Now restrict the July readings to those taken between midnight and "
                    "05:59 and recompute the mean.",
                    num(night_jul["glucose"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GLUCOSE,
            [
                (
                    "(a) What proportion of the glucose readings are above 180 mg/dL? Give a "
                    "percentage.",
                    num((g["glucose"] > 180).mean() * 100),
                ),
                (
                    "(b) And what proportion are below 70 mg/dL?",
                    num((g["glucose"] < 70).mean() * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GLUCOSE,
            [
                (
                    "(a) Find the median glucose over the readings taken on weekend days.",
                    num(g[weekend]["glucose"].median()),
                ),
                ("(b) Repeat for weekdays.", num(g[~weekend]["glucose"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            GLUCOSE,
            [
                (
                    "(a) Give the maximum glucose recorded in the sample.",
                    num(g["glucose"].max()),
                ),
                ("(b) And the minimum?", num(g["glucose"].min())),
                (
                    "(c) How many readings sit at exactly that minimum value?",
                    num((g["glucose"] == g["glucose"].min()).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GLUCOSE,
            [
                (
                    "(a) Compute the mean glucose for each hour of the day.",
                    num(*hourly),
                ),
                ("(b) Show these hourly means as a bar chart.", BAR),
            ],
            "follow-up",
        ),
    ]


def lincoln() -> list[SealedCase]:
    w = load(LINCOLN, "DATE")
    month = w["_d"].dt.month
    rng = w["TMAX"] - w["TMIN"]
    mean_max = w.groupby(month)["TMAX"].mean()
    mean_min = w.groupby(month)["TMIN"].mean()
    frost = w["TMIN"] <= 32
    summer = w[month.isin([6, 7, 8])]
    jul = w[month == 7]
    jan = w[month == 1]
    quarter = w["_d"].dt.quarter
    return [
        one(
            LINCOLN,
            "aggregate",
            "The data give the daily maximum (TMAX) and minimum (TMIN) temperature at a "
            "weather station near Lincoln, Nebraska, for 2016. Compute the mean of TMAX over "
            "the year.",
            num(w["TMAX"].mean()),
        ),
        one(
            LINCOLN,
            "aggregate",
            "Compute the mean daily maximum temperature at Lincoln over the summer months "
            "June, July and August 2016.",
            num(summer["TMAX"].mean()),
        ),
        one(
            LINCOLN,
            "group",
            "Stratify the days by whether the minimum temperature was at or below freezing "
            "(TMIN of 32 or less). Report the mean TMAX in each stratum.",
            num(w[frost]["TMAX"].mean(), w[~frost & w["TMIN"].notna()]["TMAX"].mean()),
        ),
        one(
            LINCOLN,
            "ranking",
            "List the three dates with the lowest minimum temperature in 2016, coldest "
            "first, together with their TMIN.",
            ranked(w.set_index("DATE")["TMIN"], 3, ascending=True),
        ),
        one(
            LINCOLN,
            "ranking",
            "Give the two dates with the highest TMAX at Lincoln, hottest first, with the "
            "temperatures.",
            ranked(w.set_index("DATE")["TMAX"], 2),
        ),
        one(
            LINCOLN,
            "superlative",
            "Determine which month of 2016 had the highest mean daily maximum temperature, "
            "and report that mean.",
            num(mean_max.max()),
        ),
        one(
            LINCOLN,
            "superlative",
            "What was the lowest minimum temperature recorded at Lincoln during 2016?",
            num(w["TMIN"].min()),
        ),
        one(
            LINCOLN,
            "chart",
            "Plot TMAX against date for the whole of 2016 as a line chart.",
            LINE,
        ),
        one(
            LINCOLN,
            "chart",
            "Draw a scatter plot of the daily maximum temperature against the daily minimum "
            "temperature.",
            SCATTER,
        ),
        one(
            LINCOLN,
            "compare",
            "Compare the mean daily maximum temperature in January 2016 with that in July "
            "2016. Report both means.",
            num(jan["TMAX"].mean(), jul["TMAX"].mean()),
        ),
        one(
            LINCOLN,
            "coverage",
            "How many days does the Lincoln temperature record contain, and on how many of "
            "them is TMAX missing?",
            num(len(w), w["TMAX"].isna().sum()),
        ),
        one(
            LINCOLN,
            "coverage",
            "State the first and last dates in the Lincoln temperature series.",
            num(2016, 1, 31),
        ),
        one(
            LINCOLN,
            "date-part",
            "Compute the mean TMAX for each month of 2016.",
            num(*mean_max),
        ),
        one(
            LINCOLN,
            "date-part",
            "Find the mean daily minimum temperature in each quarter of 2016.",
            num(*w.groupby(quarter)["TMIN"].mean()),
        ),
        one(
            LINCOLN,
            "derived",
            "The diurnal range of a day is TMAX minus TMIN. Compute the mean diurnal range "
            "over 2016.",
            num(rng.mean()),
        ),
        one(
            LINCOLN,
            "derived",
            "Define the daily midpoint temperature as the average of TMAX and TMIN. Report the "
            "mean of this midpoint over the year.",
            num(((w["TMAX"] + w["TMIN"]) / 2).mean()),
        ),
        one(
            LINCOLN,
            "per-normalise",
            "Count the frost days (TMIN at or below 32) in 2016 and express them per month, "
            "i.e. divide by the twelve months of the year.",
            num(frost.sum() / 12),
        ),
        one(
            LINCOLN,
            "per-normalise",
            "Over June, July and August, how many days with a maximum of 90 or more occurred "
            "per month on average? Divide the count by three.",
            num((summer["TMAX"] >= 90).sum() / 3),
        ),
        one(
            LINCOLN,
            "percent-change",
            "Calculate the percentage change in the mean TMAX from March 2016 to April 2016.",
            num(pct_change(mean_max[3], mean_max[4])),
        ),
        one(
            LINCOLN,
            "percent-change",
            "By what percentage did the mean daily minimum temperature rise from May to June 2016?",
            num(pct_change(mean_min[5], mean_min[6])),
        ),
        one(
            LINCOLN,
            "numbers-in-question",
            "Count the days on which the minimum temperature fell below zero.",
            num((w["TMIN"] < 0).sum()),
        ),
        one(
            LINCOLN,
            "numbers-in-question",
            "How many days had a TMAX of at least 80 and a TMIN under 50?",
            num(((w["TMAX"] >= 80) & (w["TMIN"] < 50)).sum()),
        ),
        one(
            LINCOLN,
            "units-columns",
            "TMAX is recorded in degrees Fahrenheit. Convert and report the mean daily maximum "
            "temperature for 2016 in degrees Celsius.",
            num((w["TMAX"].mean() - 32) * 5 / 9),
        ),
        one(
            LINCOLN,
            "units-columns",
            "Express the mean daily temperature range (max minus min) in Celsius degrees "
            "rather than Fahrenheit degrees.",
            num(rng.mean() * 5 / 9),
        ),
        one(
            LINCOLN,
            "unanswerable",
            "Compute the total rainfall at Lincoln over the year.",
            NO,
        ),
        one(
            LINCOLN,
            "unanswerable",
            "Find the mean relative humidity on days with a frost.",
            NO,
        ),
        one(
            LINCOLN,
            "unanswerable",
            "Compare the mean TMAX at Lincoln with the mean TMAX at Omaha over the same year.",
            NO,
        ),
        one(
            LINCOLN,
            "unanswerable",
            "Report the mean daily maximum temperature at Lincoln for the previous year.",
            NO,
        ),
        SealedCase(
            LINCOLN,
            [
                ("(a) Compute the mean TMAX for July 2016.", num(jul["TMAX"].mean())),
                ("(b) Repeat for TMIN.", num(jul["TMIN"].mean())),
                (
                    "(c) Express your answer to (b) in degrees Celsius.",
                    num((jul["TMIN"].mean() - 32) * 5 / 9),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LINCOLN,
            [
                (
                    "(a) How many days in 2016 had a minimum temperature at or below 32?",
                    num(frost.sum()),
                ),
                (
                    "(b) Now restrict to the months January to March.",
                    num((frost & (month <= 3)).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LINCOLN,
            [
                (
                    "(a) Find the maximum diurnal range (TMAX minus TMIN) of any day in 2016.",
                    num(rng.max()),
                ),
                ("(b) And the minimum?", num(rng.min())),
            ],
            "follow-up",
        ),
        SealedCase(
            LINCOLN,
            [
                (
                    "(a) Compute the median TMAX for each quarter of 2016.",
                    num(*w.groupby(quarter)["TMAX"].median()),
                ),
                ("(b) Display these medians as a bar chart.", BAR),
            ],
            "follow-up",
        ),
    ]


def hitters() -> list[SealedCase]:
    h = load(HITTERS)
    paid = h[h["Salary"].notna()]
    al, nl = h[h["League"] == "A"], h[h["League"] == "N"]
    east, west = h[h["Division"] == "E"], h[h["Division"] == "W"]
    moved = h["League"] != h["NewLeague"]
    veterans = h[h["Years"] >= 10]
    return [
        one(
            HITTERS,
            "aggregate",
            "The data describe major-league baseball hitters in the 1986 season with their "
            "1987 salaries. Compute the mean Salary over the players whose salary is recorded.",
            num(h["Salary"].mean()),
        ),
        one(
            HITTERS,
            "aggregate",
            "For how many players is the Salary missing?",
            num(h["Salary"].isna().sum()),
        ),
        one(
            HITTERS,
            "group",
            "Compute the mean Salary for each League (A and N).",
            num(al["Salary"].mean(), nl["Salary"].mean()),
        ),
        one(
            HITTERS,
            "group",
            "Find the median Salary stratified by Division.",
            num(east["Salary"].median(), west["Salary"].median()),
        ),
        one(
            HITTERS,
            "group",
            "Compute the mean number of 1986 errors for each combination of League and "
            "Division (four groups).",
            num(*h.groupby(["League", "Division"])["Errors"].mean()),
        ),
        one(
            HITTERS,
            "ranking",
            "Group the players by Years (seasons in the major leagues) and rank the groups by "
            "median Salary. Give the top three values of Years with their medians.",
            ranked(h.groupby("Years")["Salary"].median(), 3),
        ),
        one(
            HITTERS,
            "superlative",
            "Determine the largest number of home runs any player in the sample hit in 1986.",
            num(h["HmRun"].max()),
        ),
        one(
            HITTERS,
            "chart",
            "Draw a scatter plot of Salary against Hits.",
            SCATTER,
        ),
        one(
            HITTERS,
            "chart",
            "Construct side-by-side box plots of Salary for the two leagues.",
            BOX,
        ),
        one(
            HITTERS,
            "chart",
            "Show the relative frequency of the two Division values as a pie chart.",
            PIE,
        ),
        one(
            HITTERS,
            "compare",
            "Compare the mean number of walks in 1986 for East-division and West-division players.",
            num(east["Walks"].mean(), west["Walks"].mean()),
        ),
        one(
            HITTERS,
            "compare",
            "Compare the median career home runs (CHmRun) of American League players with "
            "that of National League players.",
            num(al["CHmRun"].median(), nl["CHmRun"].median()),
        ),
        one(
            HITTERS,
            "coverage",
            "How many players (observations) does the sample contain?",
            num(len(h)),
        ),
        one(
            HITTERS,
            "derived",
            "Compute the pooled batting average for 1986: the total Hits of all players "
            "divided by their total AtBat.",
            num(h["Hits"].sum() / h["AtBat"].sum()),
        ),
        one(
            HITTERS,
            "derived",
            "Report the proportion of players whose league at the start of 1987 (NewLeague) "
            "differs from their 1986 League, as a percentage.",
            num(moved.mean() * 100),
        ),
        one(
            HITTERS,
            "per-normalise",
            "For each player compute career hits per season, CHits divided by Years, and "
            "report the mean of this quantity over the sample.",
            num((h["CHits"] / h["Years"]).mean()),
        ),
        one(
            HITTERS,
            "per-normalise",
            "Compute the pooled runs per at-bat in 1986 (total Runs divided by total AtBat), "
            "expressed per 100 at-bats.",
            num(h["Runs"].sum() / h["AtBat"].sum() * 100),
        ),
        one(
            HITTERS,
            "numbers-in-question",
            "How many players hit more than 20 home runs in 1986?",
            num((h["HmRun"] > 20).sum()),
        ),
        one(
            HITTERS,
            "numbers-in-question",
            "Among players with at least 500 at-bats in 1986, compute the mean Salary.",
            num(h[h["AtBat"] >= 500]["Salary"].mean()),
        ),
        one(
            HITTERS,
            "units-columns",
            "Salary is recorded in thousands of dollars. Give the mean salary in dollars.",
            num(h["Salary"].mean() * 1000),
        ),
        one(
            HITTERS,
            "units-columns",
            "How many players earned over one million dollars, given that Salary is in thousands?",
            num((h["Salary"] > 1000).sum()),
        ),
        one(
            HITTERS,
            "unanswerable",
            "Identify the player with the highest salary by name.",
            NO,
        ),
        one(
            HITTERS,
            "unanswerable",
            "Compute the mean salary of the catchers in the sample.",
            NO,
        ),
        one(
            HITTERS,
            "unanswerable",
            "Explain what caused the salary differences between the two leagues.",
            NO,
        ),
        SealedCase(
            HITTERS,
            [
                (
                    "(a) Compute the mean Salary of players in League A.",
                    num(al["Salary"].mean()),
                ),
                ("(b) Repeat for League N.", num(nl["Salary"].mean())),
                ("(c) Now give the median for League N instead.", num(nl["Salary"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            HITTERS,
            [
                (
                    "(a) Find the mean number of 1986 RBI for players with ten or more Years "
                    "in the majors.",
                    num(veterans["RBI"].mean()),
                ),
                (
                    "(b) Repeat for players with fewer than ten Years.",
                    num(h[h["Years"] < 10]["RBI"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            HITTERS,
            [
                (
                    "(a) How many players changed league between 1986 and 1987 (League "
                    "differs from NewLeague)?",
                    num(moved.sum()),
                ),
                (
                    "(b) Of those, how many moved from the A league to the N league?",
                    num((moved & (h["League"] == "A")).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            HITTERS,
            [
                (
                    "(a) Compute the mean PutOuts for each Division.",
                    num(east["PutOuts"].mean(), west["PutOuts"].mean()),
                ),
                (
                    "(b) And the mean Assists for each Division?",
                    num(east["Assists"].mean(), west["Assists"].mean()),
                ),
                ("(c) Illustrate the Assists means with a bar chart.", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            HITTERS,
            [
                (
                    "(a) Determine the median Salary over all players with a salary.",
                    num(paid["Salary"].median()),
                ),
                (
                    "(b) Now restrict to players with more than 15 home runs in 1986.",
                    num(paid[paid["HmRun"] > 15]["Salary"].median()),
                ),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return glucose() + lincoln() + hitters()
