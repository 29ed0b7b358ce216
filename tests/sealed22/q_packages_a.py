"""The PACKAGES half, part A: sea temperature at NERACOOS buoy B01 (bokeh_sampledata), CO2
emissions per person by country (bokeh_sampledata) and the GBSG2 breast cancer trial
(scikit-survival). Asked by a field scientist in a shared lab notebook; gold computed here
with plain pandas from the CSVs."""

from __future__ import annotations

from tests.sealed22.cases import (
    BAR,
    BOX,
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

SST = "maine_shelf_buoy_sea_temp.csv"
CO2 = "co2_per_capita_by_country.csv"
GBSG = "gbsg2_breast_cancer_trial.csv"
T = "temperature (celsius)"


def sea() -> list[SealedCase]:
    s = load(SST, "time (UTC)")
    t = s[T]
    month = s["_d"].dt.strftime("%Y-%m")
    monthly = t.groupby(month).mean()
    day = s["_d"].dt.date
    daily = t.groupby(day)
    y2016 = s[s["_d"].dt.year == 2016]
    summer = s[s["_d"].dt.month.isin([6, 7, 8])]
    return [
        one(
            SST,
            "aggregate",
            "B01 buoy: mean sea temp over the whole deployment (deg C)?",
            num(t.mean()),
        ),
        one(
            SST,
            "aggregate",
            "median, not mean, please — sea temp for Jul 2016 obs",
            num(t[month == "2016-07"].median()),
        ),
        one(
            SST,
            "coverage",
            "how many distinct calendar days (UTC) have at least one temp reading?",
            num(day.nunique()),
        ),
        one(
            SST,
            "coverage",
            "range of sampling dates — first obs and last obs, which years?",
            num(s["_d"].min().year, s["_d"].max().year),
        ),
        one(
            SST,
            "date-part",
            "seasonal pattern: mean temp per calendar month, Feb–Dec 2016 only",
            num(*y2016[T].groupby(y2016["_d"].dt.month).mean()),
        ),
        one(
            SST,
            "date-part",
            "mean water temp by quarter of 2016 (Q1 is partial, fine)",
            num(*y2016[T].groupby(y2016["_d"].dt.quarter).mean()),
        ),
        one(
            SST,
            "date-part",
            "is there a diurnal signal in summer? mean temp by hour of day (UTC), Jun–Aug 2016 obs "
            "only — just give me the warmest hour's mean",
            num(summer[T].groupby(summer["_d"].dt.hour).mean().max()),
        ),
        one(
            SST,
            "derived",
            "mean daily range (daily max minus daily min, UTC days), deg C, averaged over all days",
            num((daily.max() - daily.min()).mean()),
        ),
        one(
            SST,
            "derived",
            "seasonal amplitude: Aug 2016 monthly mean minus Mar 2016 monthly mean (deg C)",
            num(monthly["2016-08"] - monthly["2016-03"]),
        ),
        one(
            SST,
            "per-normalise",
            "sampling density — obs per day on avg (n obs / n days with data)",
            num(len(s) / day.nunique()),
        ),
        one(
            SST,
            "per-normalise",
            "spring warming rate: rise in monthly mean temp from Apr 2016 to Aug 2016, per month "
            "(i.e. divide by 4), deg C/month",
            num((monthly["2016-08"] - monthly["2016-04"]) / 4),
        ),
        one(
            SST,
            "percent-change",
            "rel. change in Feb mean temp, Feb 2016→Feb 2017 (%)",
            num(pct_change(monthly["2016-02"], monthly["2017-02"])),
        ),
        one(
            SST,
            "percent-change",
            "monthly mean temp Jun 2016 vs Sep 2016 — % change from Jun to Sep",
            num(pct_change(monthly["2016-06"], monthly["2016-09"])),
        ),
        one(
            SST,
            "numbers-in-question",
            "fraction of obs above 15.5 deg C (as %)",
            num((t > 15.5).mean() * 100),
        ),
        one(
            SST,
            "units-columns",
            "overall mean water temp, converted to deg F please",
            num(t.mean() * 9 / 5 + 32),
        ),
        one(
            SST,
            "units-columns",
            "peak temp of the record in kelvin (K = °C + 273.15)",
            num(t.max() + 273.15),
        ),
        one(
            SST,
            "superlative",
            "warmest month of the record (by monthly mean) — what was its mean temp?",
            num(monthly.max()),
        ),
        one(
            SST,
            "compare",
            "Aug 2016 vs Feb 2017: mean temp for each (deg C)",
            num(monthly["2016-08"], monthly["2017-02"]),
        ),
        one(
            SST,
            "compare",
            "Mar 2016 and Mar 2017 mean water temps, side by side",
            num(monthly["2016-03"], monthly["2017-03"]),
        ),
        one(SST, "chart", "plot the temp series over time (line), whole deployment", LINE),
        one(SST, "chart", "box plot of water temp by month, to eyeball the spread", BOX),
        SealedCase(
            SST,
            [
                ("mean water temp for Oct 2016 (deg C)?", num(monthly["2016-10"])),
                ("same but the median", num(t[month == "2016-10"].median())),
                ("and Nov 2016?", num(t[month == "2016-11"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            SST,
            [
                ("n of obs above 18 deg C?", num(int((t > 18).sum()))),
                ("restrict to Sep 2016 onwards", num(int((t[s["_d"] >= "2016-09-01"] > 18).sum()))),
            ],
            "follow-up",
        ),
        SealedCase(
            SST,
            [
                ("max temp logged in Jul 2016 (deg C)", num(t[month == "2016-07"].max())),
                ("in deg F?", num(t[month == "2016-07"].max() * 9 / 5 + 32)),
                ("plot daily mean temp for that month, line", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            SST,
            [
                (
                    "monthly mean temps for Dec 2016, Jan 2017 and Feb 2017 (winter set)",
                    num(monthly["2016-12"], monthly["2017-01"], monthly["2017-02"]),
                ),
                ("now the salinity for those months", NO),
            ],
            "follow-up",
        ),
        one(SST, "unanswerable", "salinity at the mooring over the deployment — mean (PSU)?", NO),
        one(
            SST,
            "unanswerable",
            "water temp at depth — bottom sensor mean for the summer months?",
            NO,
        ),
        one(
            SST,
            "unanswerable",
            "mean water temp at the buoy for the summer of twenty twenty-two",
            NO,
        ),
        one(
            SST,
            "unanswerable",
            "forecast: what will the mean water temp be next August at the buoy?",
            NO,
        ),
    ]


def co2() -> list[SealedCase]:
    c = load(CO2)
    by = c.pivot(index="country", columns="year", values="emissions")
    y2010 = by[2010].dropna()
    y1950 = by[1950].dropna()
    us = by.loc["United States"]
    cn = by.loc["China"]
    ind = by.loc["India"]
    decade = (c["year"] // 10) * 10
    nordic = ["Denmark", "Finland", "Iceland", "Norway", "Sweden"]
    return [
        one(
            CO2,
            "aggregate",
            "median per-capita CO2 across countries, 2010 (t per person)",
            num(y2010.median()),
        ),
        one(
            CO2,
            "aggregate",
            "highest single country-year value in the emissions table, t/person?",
            num(c["emissions"].max()),
        ),
        one(
            CO2,
            "group",
            "per-capita emissions in 2010 for each Nordic country (DK, FI, IS, NO, SE)",
            num(*by.loc[nordic, 2010]),
        ),
        one(
            CO2,
            "group",
            "mean per-capita emissions for each decade (1950s…2000s), pooled over all countries "
            "and years in the decade (2010–12 can be ignored)",
            num(*c[decade < 2010].groupby(decade[decade < 2010])["emissions"].mean()),
        ),
        one(
            CO2,
            "ranking",
            "top 5 countries by t CO2 per person in 2010",
            ranked(y2010, 5),
        ),
        one(
            CO2,
            "ranking",
            "bottom 3 countries, 2010 per-capita emissions (exclude NA), in kg CO2 per person",
            ranked(y2010 * 1000, 3, ascending=True),
        ),
        one(
            CO2,
            "ranking",
            "top 3 countries by mean per-capita emissions across all their years in the table",
            ranked(c.groupby("country")["emissions"].mean(), 3),
        ),
        one(
            CO2,
            "superlative",
            "which country had the highest per-capita emissions in 1950?",
            ranked(y1950, 1),
        ),
        one(
            CO2,
            "superlative",
            "in 2010, lowest per-capita emitter among countries with a value — which country, "
            "and its figure in kg per person?",
            ranked(y2010 * 1000, 1, ascending=True),
        ),
        one(CO2, "chart", "US per-capita CO2 through time — line plot", LINE),
        one(CO2, "chart", "bar chart: 10 highest per-capita emitters in 2010", BAR),
        one(
            CO2,
            "compare",
            "China vs India, t CO2 per person in 2010",
            num(cn[2010], ind[2010]),
        ),
        one(
            CO2,
            "compare",
            "United Kingdom versus France, 1970 per-capita emissions",
            num(by.loc["United Kingdom", 1970], by.loc["France", 1970]),
        ),
        one(
            CO2,
            "coverage",
            "n of countries in the emissions table (any year)",
            num(c["country"].nunique()),
        ),
        one(
            CO2,
            "coverage",
            "which yrs does the CO2 series span — first and last year?",
            num(c["year"].min(), c["year"].max()),
        ),
        one(
            CO2,
            "coverage",
            "how many countries have a value in 2012? (suspect the last yrs are thin)",
            num(by[2012].notna().sum()),
        ),
        one(
            CO2,
            "derived",
            "US:India ratio of per-capita emissions, 2010",
            num(us[2010] / ind[2010]),
        ),
        one(
            CO2,
            "per-normalise",
            "China, avg increase per year between 1950 and 2010, in kg per person per yr (i.e. "
            "change / 60)",
            num((cn[2010] - cn[1950]) / 60 * 1000),
        ),
        one(
            CO2,
            "per-normalise",
            "Japan 2010: per-capita emissions per day, in kg CO2 per person per day (365 d)",
            num(by.loc["Japan", 2010] * 1000 / 365),
        ),
        one(
            CO2,
            "percent-change",
            "rel. change China 2000→2010 (%)",
            num(pct_change(cn[2000], cn[2010])),
        ),
        one(
            CO2,
            "percent-change",
            "UK per-capita emissions 1970 to 2010: % change",
            num(pct_change(by.loc["United Kingdom", 1970], by.loc["United Kingdom", 2010])),
        ),
        one(
            CO2,
            "numbers-in-question",
            "n of countries over 10 t/person in 2010",
            num(int((y2010 > 10).sum())),
        ),
        one(
            CO2,
            "numbers-in-question",
            "how many countries were under half a tonne per person in 2010?",
            num(int((y2010 < 0.5).sum())),
        ),
        one(
            CO2,
            "units-columns",
            "express US 2010 emissions as kg CO2 per person",
            num(us[2010] * 1000),
        ),
        one(
            CO2,
            "units-columns",
            "India 2010 in kg of carbon per person (C = CO2 × 12/44)",
            num(ind[2010] * 12 / 44 * 1000),
        ),
        one(
            CO2,
            "long-format",
            "Qatar, 1990 — emissions value?",
            num(by.loc["Qatar", 1990]),
        ),
        SealedCase(
            CO2,
            [
                ("mean per-capita emissions across countries, 2000", num(by[2000].mean())),
                ("same but the median", num(by[2000].median())),
                ("and for 1960?", num(by[1960].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            CO2,
            [
                ("Brazil per-capita CO2 in 1980?", num(by.loc["Brazil", 1980])),
                ("and 2010", num(by.loc["Brazil", 2010])),
                ("plot Brazil's full series as a line", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            CO2,
            [
                ("top 3 per-capita emitters in 1980", ranked(by[1980], 3)),
                ("restrict to 2000", ranked(by[2000], 3)),
            ],
            "follow-up",
        ),
        SealedCase(
            CO2,
            [
                ("n of countries above 5 t/person in 1990", num(int((by[1990] > 5).sum()))),
                ("now above 5 in 2010", num(int((by[2010] > 5).sum()))),
                ("and total national emissions for those countries?", NO),
            ],
            "follow-up",
        ),
        one(
            CO2,
            "unanswerable",
            "total national carbon dioxide for Germany in the last year (Mt)?",
            NO,
        ),
        one(CO2, "unanswerable", "methane emissions per person for India — latest year?", NO),
        one(
            CO2,
            "unanswerable",
            "emissions for the world as a whole in the mid nineteen-twenties?",
            NO,
        ),
        one(
            CO2,
            "unanswerable",
            "share of US emissions from the transport sector, per the table?",
            NO,
        ),
    ]


def gbsg() -> list[SealedCase]:
    g = load(GBSG)
    grade = g.groupby("tgrade")
    ev = g["cens"] == 1
    yes = g[g["horTh"] == "yes"]
    no = g[g["horTh"] == "no"]
    return [
        one(GBSG, "aggregate", "GBSG2: n of patients enrolled (rows)?", num(len(g))),
        one(GBSG, "aggregate", "median age at entry, yrs", num(g["age"].median())),
        one(
            GBSG,
            "group",
            "mean pnodes by tgrade (I, II, III)",
            num(*grade["pnodes"].mean()),
        ),
        one(
            GBSG,
            "group",
            "n of patients by menostat (Pre / Post)",
            num(*g["menostat"].value_counts()),
        ),
        one(
            GBSG,
            "group",
            "median estrec per tumour grade",
            num(*grade["estrec"].median()),
        ),
        one(
            GBSG,
            "ranking",
            "rank tgrade groups by mean tsize, largest first (all three)",
            ranked(grade["tsize"].mean(), 3),
        ),
        one(
            GBSG,
            "superlative",
            "which tgrade has the highest fraction of events (cens = 1)? give that fraction as %",
            num(grade["cens"].mean().max() * 100),
        ),
        one(
            GBSG,
            "superlative",
            "largest tumour in the cohort — tsize (mm)?",
            num(g["tsize"].max()),
        ),
        one(GBSG, "chart", "scatter: estrec (x) vs progrec (y)", SCATTER),
        one(GBSG, "chart", "pie of horTh yes/no counts", PIE),
        one(
            GBSG,
            "compare",
            "median of the time column (days), horTh yes vs no",
            num(yes["time"].median(), no["time"].median()),
        ),
        one(
            GBSG,
            "compare",
            "mean pnodes: pre- vs post-menopausal pts",
            num(
                g[g["menostat"] == "Pre"]["pnodes"].mean(),
                g[g["menostat"] == "Post"]["pnodes"].mean(),
            ),
        ),
        one(
            GBSG,
            "coverage",
            "age range of the cohort (youngest, oldest)?",
            num(g["age"].min(), g["age"].max()),
        ),
        one(
            GBSG,
            "derived",
            "what proportion of pts had an event (cens = 1)? as %",
            num(ev.mean() * 100),
        ),
        one(
            GBSG,
            "derived",
            "ratio of median estrec to median progrec, whole cohort",
            num(g["estrec"].median() / g["progrec"].median()),
        ),
        one(
            GBSG,
            "per-normalise",
            "events per 100 patients, tgrade III only",
            num(g[g["tgrade"] == "III"]["cens"].mean() * 100),
        ),
        one(
            GBSG,
            "per-normalise",
            "crude event rate per 1000 person-years (sum of time in days / 365.25 as the "
            "denominator, events = cens 1)",
            num(ev.sum() / (g["time"].sum() / 365.25) * 1000),
        ),
        one(
            GBSG,
            "numbers-in-question",
            "n of pts with 10 or more positive nodes",
            num(int((g["pnodes"] >= 10).sum())),
        ),
        one(
            GBSG,
            "numbers-in-question",
            "how many tumours over 5 cm? (tsize is mm)",
            num(int((g["tsize"] > 50).sum())),
        ),
        one(
            GBSG,
            "units-columns",
            "median recorded time (the time col), converted to years (days / 365.25)",
            num(g["time"].median() / 365.25),
        ),
        one(
            GBSG,
            "units-columns",
            "mean tumour size in cm",
            num(g["tsize"].mean() / 10),
        ),
        one(
            GBSG,
            "long-format",
            "n of grade II tumours",
            num(int((g["tgrade"] == "II").sum())),
        ),
        SealedCase(
            GBSG,
            [
                ("mean age, horTh = yes pts", num(yes["age"].mean())),
                (
                    "now stratify by menostat too (yes group only)",
                    num(*yes.groupby("menostat")["age"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            GBSG,
            [
                (
                    "event fraction (cens 1) in tgrade I, as %",
                    num(g[g["tgrade"] == "I"]["cens"].mean() * 100),
                ),
                ("same for grade III", num(g[g["tgrade"] == "III"]["cens"].mean() * 100)),
                ("bar chart of it across all three grades", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            GBSG,
            [
                ("median pnodes overall", num(g["pnodes"].median())),
                ("restrict to tgrade III", num(g[g["tgrade"] == "III"]["pnodes"].median())),
                ("and the mean, same subset", num(g[g["tgrade"] == "III"]["pnodes"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            GBSG,
            [
                ("n of pts with tsize at least 30 mm", num(int((g["tsize"] >= 30).sum()))),
                ("of those, how many were smokers?", NO),
            ],
            "follow-up",
        ),
        one(GBSG, "unanswerable", "trial cohort — mean BMI of the pts at entry?", NO),
        one(GBSG, "unanswerable", "which treatment centre enrolled the most patients?", NO),
        one(GBSG, "unanswerable", "HER-two status — fraction positive?", NO),
    ]


def cases() -> list[SealedCase]:
    return sea() + co2() + gbsg()
