"""The PACKAGES half, part B: UN World Population Prospects 2024 by sex and age group, long
format (bokeh_sampledata), forensic glass fragments (bokeh_sampledata) and hourly rain and
particulate matter for 2015 (pvlib). Asked by a field scientist in a shared lab notebook;
gold computed here with plain pandas from the CSVs."""

from __future__ import annotations

from tests.sealed22.cases import (
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

POP = "un_population_age_sex_long.csv"
GLASS = "forensic_glass_fragments.csv"
RAIN = "hourly_rain_particulates_2015.csv"
M = 1e6
UG = 1e6  # g/m^3 -> µg/m^3


def population() -> list[SealedCase]:
    p = load(POP)
    tot = p.groupby(["Location", "Year"])["Value"].sum()
    world = tot["World"]
    countries = p[p["LocID"] < 900]
    c2020 = countries[countries["Year"] == 2020].groupby("Location")["Value"].sum()
    old = p["AgeGrpStart"] >= 65
    kids = p["AgeGrpStart"] < 15

    def at(loc: str, year: int, *mask) -> float:
        rows = (p["Location"] == loc) & (p["Year"] == year)
        for m in mask:
            rows &= m
        return p[rows]["Value"].sum()

    jp20 = p[(p["Location"] == "Japan") & (p["Year"] == 2020)]
    ng20 = p[(p["Location"] == "Nigeria") & (p["Year"] == 2020)]
    female = p["Sex"] == "Female"
    male = p["Sex"] == "Male"
    continents = [
        "Africa",
        "Asia",
        "Europe",
        "Latin America and the Caribbean",
        "Northern America",
        "Oceania",
    ]
    cont2020 = tot.loc[continents].xs(2020, level="Year")
    return [
        one(
            POP,
            "aggregate",
            "World pop 2020, summed over both sexes and all age groups — express in millions",
            num(world[2020] / M),
        ),
        one(
            POP,
            "long-format",
            "Japan, 2020: n of persons in the 100+ group (both sexes)",
            num(at("Japan", 2020, p["AgeGrp"] == "100+")),
        ),
        one(
            POP,
            "long-format",
            "total Female pop of Europe in 1950, millions",
            num(at("Europe", 1950, female) / M),
        ),
        one(
            POP,
            "group",
            "2020 pop of each continent (Africa, Asia, Europe, Latin America and the Caribbean, "
            "Northern America, Oceania), in millions",
            num(*(cont2020 / M)),
        ),
        one(
            POP,
            "group",
            "Kenya: Male and Female totals for 2020 separately",
            num(*p[(p["Location"] == "Kenya") & (p["Year"] == 2020)].groupby("Sex")["Value"].sum()),
        ),
        one(
            POP,
            "ranking",
            "rank the six continental aggregates (Africa, Asia, Europe, Latin America and the "
            "Caribbean, Northern America, Oceania) by 2020 pop, top 3",
            ranked(cont2020, 3),
        ),
        one(
            POP,
            "ranking",
            "top 5 countries by total pop in 2020 — countries only, skip World and the "
            "regional/subregional aggregates",
            ranked(c2020, 5),
        ),
        one(
            POP,
            "ranking",
            "Japan 2020: the 3 largest 5-yr age groups (both sexes pooled), with n",
            ranked(jp20.groupby("AgeGrp")["Value"].sum(), 3),
        ),
        one(
            POP,
            "superlative",
            "Nigeria 2020 — which age group holds the most people (sexes pooled)?",
            ranked(ng20.groupby("AgeGrp")["Value"].sum(), 1),
        ),
        one(
            POP,
            "superlative",
            "among the Europe subregions (Eastern, Northern, Southern, Western Europe), which "
            "was largest in 1950, and its pop?",
            ranked(
                tot.loc[
                    ["Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"]
                ].xs(1950, level="Year"),
                1,
            ),
        ),
        one(POP, "chart", "World total pop through time (all yrs in file) — line plot", LINE),
        one(
            POP, "chart", "Japan 2020 age structure: bar chart of pop by AgeGrp, sexes pooled", BAR
        ),
        one(POP, "chart", "pie of the six continents' shares of 2020 pop", PIE),
        one(
            POP,
            "compare",
            "India vs China, total pop 1970 (millions)",
            num(at("India", 1970) / M, at("China", 1970) / M),
        ),
        one(
            POP,
            "compare",
            "Africa vs Europe, 2020: n of children aged 0-4 in each (millions)",
            num(
                at("Africa", 2020, p["AgeGrp"] == "0-4") / M,
                at("Europe", 2020, p["AgeGrp"] == "0-4") / M,
            ),
        ),
        one(
            POP,
            "coverage",
            "which yrs are in the pop file? list them",
            num(*sorted(p["Year"].unique())),
        ),
        one(
            POP,
            "coverage",
            "n of distinct Location values (incl. aggregates)?",
            num(p["Location"].nunique()),
        ),
        one(
            POP,
            "date-part",
            "World pop per year in the file, 1950 to 2020 (millions)",
            num(*(world / M)),
        ),
        one(
            POP,
            "derived",
            "what proportion of the World's 2020 pop was aged 65+ (as %)?",
            num(at("World", 2020, old) / world[2020] * 100),
        ),
        one(
            POP,
            "derived",
            "old-age dependency, Japan 2020: pop 65+ divided by pop 15–64, as %",
            num(
                at("Japan", 2020, old)
                / at("Japan", 2020, (p["AgeGrpStart"] >= 15) & (p["AgeGrpStart"] < 65))
                * 100
            ),
        ),
        one(
            POP,
            "per-normalise",
            "sex ratio, China 2020 — males per 100 females (all ages)",
            num(at("China", 2020, male) / at("China", 2020, female) * 100),
        ),
        one(
            POP,
            "per-normalise",
            "World 2020: children under 15 per 100 persons aged 65+",
            num(at("World", 2020, kids) / at("World", 2020, old) * 100),
        ),
        one(
            POP,
            "percent-change",
            "rel. change World pop 1950→2020 (%)",
            num(pct_change(world[1950], world[2020])),
        ),
        one(
            POP,
            "percent-change",
            "Nigeria total pop, % change 1990 to 2020",
            num(pct_change(tot["Nigeria", 1990], tot["Nigeria", 2020])),
        ),
        one(
            POP,
            "percent-change",
            "Japan's 0-4 group (sexes pooled): % change 1970→2020",
            num(
                pct_change(
                    at("Japan", 1970, p["AgeGrp"] == "0-4"),
                    at("Japan", 2020, p["AgeGrp"] == "0-4"),
                )
            ),
        ),
        one(
            POP,
            "numbers-in-question",
            "n of countries (not aggregates) above 100 million in 2020",
            num(int((c2020 > 100e6).sum())),
        ),
        one(
            POP,
            "numbers-in-question",
            "in how many of Japan's 2020 age groups (sexes pooled) did pop exceed 8.5 million?",
            num(int((jp20.groupby("AgeGrp")["Value"].sum() > 8.5e6).sum())),
        ),
        one(
            POP,
            "units-columns",
            "Value is in persons? if so, Oceania 2020 total in thousands",
            num(tot["Oceania", 2020] / 1000),
        ),
        one(
            POP,
            "long-format",
            "Female 80-84 in Italy, 2010 — value?",
            num(at("Italy", 2010, female, p["AgeGrp"] == "80-84")),
        ),
        one(
            POP,
            "long-format",
            "Brazil 2000, Male pop aged 20-24",
            num(at("Brazil", 2000, male, p["AgeGrp"] == "20-24")),
        ),
        one(
            POP,
            "long-format",
            "Germany 1990: Male and Female totals, millions, both",
            num(at("Germany", 1990, male) / M, at("Germany", 1990, female) / M),
        ),
        SealedCase(
            POP,
            [
                ("India total pop 2000, millions", num(tot["India", 2000] / M)),
                ("same for 2020", num(tot["India", 2020] / M)),
                (
                    "now stratify that by Sex",
                    num(*(ng / M for ng in (at("India", 2020, female), at("India", 2020, male)))),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            POP,
            [
                (
                    "share of Africa's 2020 pop under 15, %",
                    num(at("Africa", 2020, kids) / tot["Africa", 2020] * 100),
                ),
                (
                    "and for Europe",
                    num(at("Europe", 2020, kids) / tot["Europe", 2020] * 100),
                ),
                ("plot it for all six continents, bar", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            POP,
            [
                (
                    "Republic of Korea total pop 1960 (millions)",
                    num(tot["Republic of Korea", 1960] / M),
                ),
                ("restrict to Female only", num(at("Republic of Korea", 1960, female) / M)),
                ("and the projected value for mid-century?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            POP,
            [
                (
                    "n of persons 90 and over (90-94, 95-99, 100+), World 2020, millions",
                    num(at("World", 2020, p["AgeGrpStart"] >= 90) / M),
                ),
                (
                    "same but Female only",
                    num(at("World", 2020, female, p["AgeGrpStart"] >= 90) / M),
                ),
            ],
            "follow-up",
        ),
        one(POP, "unanswerable", "UN pop file — live births per year for India?", NO),
        one(POP, "unanswerable", "life expectancy at birth, Japan, most recent yr in file?", NO),
        one(POP, "unanswerable", "urban share of Nigeria's pop at the latest census yr?", NO),
        one(
            POP,
            "unanswerable",
            "World pop for the year twenty-one hundred, per the projection?",
            NO,
        ),
    ]


def glass() -> list[SealedCase]:
    g = load(GLASS)
    oxides = ["Na", "Mg", "Al", "Si", "K", "Ca", "Ba", "Fe"]
    by = g.groupby("type")
    return [
        one(GLASS, "aggregate", "mean Na (wt %) across all fragments", num(g["Na"].mean())),
        one(GLASS, "aggregate", "median Si, all glass fragments", num(g["Si"].median())),
        one(GLASS, "group", "mean Mg for each glass type", num(*by["Mg"].mean())),
        one(GLASS, "group", "n of fragments per type", num(*g["type"].value_counts())),
        one(GLASS, "ranking", "glass types ranked by mean Al, top 3", ranked(by["Al"].mean(), 3)),
        one(
            GLASS,
            "ranking",
            "lowest 3 types by mean Ca",
            ranked(by["Ca"].mean(), 3, ascending=True),
        ),
        one(
            GLASS,
            "superlative",
            "which type carries the highest mean Ba?",
            ranked(by["Ba"].mean(), 1),
        ),
        one(GLASS, "chart", "scatter Na vs Mg, all fragments", SCATTER),
        one(GLASS, "chart", "histogram of RI", HISTOGRAM),
        one(
            GLASS,
            "compare",
            "mean RI: WinF vs WinNF",
            num(g[g["type"] == "WinF"]["RI"].mean(), g[g["type"] == "WinNF"]["RI"].mean()),
        ),
        one(
            GLASS,
            "compare",
            "median Mg in Head vs Veh fragments",
            num(g[g["type"] == "Head"]["Mg"].median(), g[g["type"] == "Veh"]["Mg"].median()),
        ),
        one(GLASS, "coverage", "n of fragments in the glass table?", num(len(g))),
        one(
            GLASS,
            "derived",
            "mean oxide total per fragment (Na+Mg+Al+Si+K+Ca+Ba+Fe), wt %",
            num(g[oxides].sum(axis=1).mean()),
        ),
        one(
            GLASS,
            "derived",
            "what proportion of fragments have any Ba (Ba > 0)? as %",
            num((g["Ba"] > 0).mean() * 100),
        ),
        one(
            GLASS,
            "per-normalise",
            "Fe-bearing fragments (Fe > 0) per 100 fragments, WinF only",
            num((g[g["type"] == "WinF"]["Fe"] > 0).mean() * 100),
        ),
        one(
            GLASS,
            "numbers-in-question",
            "n of fragments with Na over 14.5",
            num(int((g["Na"] > 14.5).sum())),
        ),
        one(
            GLASS,
            "units-columns",
            "oxide cols are weight % — give mean Ca as g per kg of glass",
            num(g["Ca"].mean() * 10),
        ),
        one(
            GLASS,
            "units-columns",
            "mean K, Con fragments, expressed as mg per g (wt % × 10)",
            num(g[g["type"] == "Con"]["K"].mean() * 10),
        ),
        one(GLASS, "long-format", "n of Veh fragments?", num(int((g["type"] == "Veh").sum()))),
        one(
            GLASS,
            "long-format",
            "mean Al for Tabl glass",
            num(g[g["type"] == "Tabl"]["Al"].mean()),
        ),
        SealedCase(
            GLASS,
            [
                ("mean Ca, WinNF fragments", num(g[g["type"] == "WinNF"]["Ca"].mean())),
                ("same but the median", num(g[g["type"] == "WinNF"]["Ca"].median())),
                ("now stratify by type (median Ca, all types)", num(*by["Ca"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            GLASS,
            [
                ("n of fragments with K above 1", num(int((g["K"] > 1).sum()))),
                ("restrict to Con", num(int((g[g["type"] == "Con"]["K"] > 1).sum()))),
            ],
            "follow-up",
        ),
        SealedCase(
            GLASS,
            [
                ("mean Si by type", num(*by["Si"].mean())),
                ("plot it", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            GLASS,
            [
                ("mean RI for Head fragments", num(g[g["type"] == "Head"]["RI"].mean())),
                ("and the lead content of the same fragments?", NO),
            ],
            "follow-up",
        ),
        one(GLASS, "unanswerable", "glass table: mean Pb content for Veh fragments?", NO),
        one(GLASS, "unanswerable", "which crime scene contributed the most fragments?", NO),
        one(GLASS, "unanswerable", "fragment thickness — median per type?", NO),
    ]


def rain() -> list[SealedCase]:
    r = load(RAIN, "TimeStamp")
    d = r["_d"]
    month = d.dt.month
    pm25 = r["PM2_5"] * UG
    pm10 = r["PM10"] * UG
    wet = r["rain"] > 0
    monthly_rain = r.groupby(month)["rain"].sum()
    monthly_pm10 = pm10.groupby(month).mean()
    weekend = d.dt.dayofweek >= 5
    return [
        one(RAIN, "aggregate", "total rain for 2015 (mm), all hours", num(r["rain"].sum())),
        one(
            RAIN,
            "aggregate",
            "annual mean PM2_5, express as µg per m3 (cols are g/m3)",
            num(pm25.mean()),
        ),
        one(RAIN, "coverage", "n of hourly obs in the rain/PM file", num(len(r))),
        one(
            RAIN,
            "coverage",
            "range of sampling dates: how many calendar days does the record cover?",
            num(d.dt.date.nunique()),
        ),
        one(
            RAIN,
            "date-part",
            "seasonal pattern — total rain by month (mm), Jan–Dec",
            num(*monthly_rain.reindex(range(1, 13), fill_value=0)),
        ),
        one(
            RAIN,
            "date-part",
            "mean PM10 by quarter, in µg/m3 (PM in g/m3 in the file)",
            num(*pm10.groupby(d.dt.quarter).mean()),
        ),
        one(
            RAIN,
            "date-part",
            "diurnal cycle of PM2_5: mean by hour of day — which hour peaks, and its mean in µg/m3 "
            "(convert from g/m3)?",
            num(pm25.groupby(d.dt.hour).mean().max()),
        ),
        one(
            RAIN,
            "date-part",
            "mean PM2_5 by day of week, Mon–Sun, as µg/m3 (stored as g/m3)",
            num(*pm25.groupby(d.dt.dayofweek).mean()),
        ),
        one(
            RAIN,
            "date-part",
            "plot mean PM10 by month (seasonal pattern), bar",
            BAR,
        ),
        one(
            RAIN,
            "superlative",
            "month with the highest mean PM10 — value in µg/m3? (g/m3 × 10^6)",
            num(monthly_pm10.max()),
        ),
        one(
            RAIN,
            "superlative",
            "wettest single day of 2015: its rain total (mm)?",
            num(r.groupby(d.dt.date)["rain"].sum().max()),
        ),
        one(RAIN, "chart", "PM2_5 time series for the year — line", LINE),
        one(
            RAIN,
            "compare",
            "rain total Feb vs Oct (mm)",
            num(monthly_rain[2], monthly_rain[10]),
        ),
        one(
            RAIN,
            "compare",
            "mean PM10 weekdays vs weekends (Sat+Sun), µg/m3 — file units g/m3",
            num(pm10[~weekend].mean(), pm10[weekend].mean()),
        ),
        one(
            RAIN,
            "derived",
            "ratio of annual mean PM2_5 to annual mean PM10",
            num(r["PM2_5"].mean() / r["PM10"].mean()),
        ),
        one(
            RAIN,
            "derived",
            "what share of the year's rain fell in Feb? (%)",
            num(monthly_rain[2] / r["rain"].sum() * 100),
        ),
        one(
            RAIN,
            "per-normalise",
            "mean intensity on wet hours: total rain / n of hours with rain > 0 (mm per wet hr)",
            num(r.loc[wet, "rain"].sum() / wet.sum()),
        ),
        one(
            RAIN,
            "percent-change",
            "rel. change in monthly mean PM10, Jan→Jul (%)",
            num(pct_change(monthly_pm10[1], monthly_pm10[7])),
        ),
        one(
            RAIN,
            "percent-change",
            "PM2_5 mean, Q1 vs Q3 — % change from Q1 to Q3",
            num(
                pct_change(
                    r["PM2_5"][d.dt.quarter == 1].mean(), r["PM2_5"][d.dt.quarter == 3].mean()
                )
            ),
        ),
        one(
            RAIN,
            "numbers-in-question",
            "n of hours with PM10 above 50 µg/m3 (PM10 col is g/m3)",
            num(int((pm10 > 50).sum())),
        ),
        one(
            RAIN,
            "numbers-in-question",
            "hours with rain of at least 10 mm — how many?",
            num(int((r["rain"] >= 10).sum())),
        ),
        one(
            RAIN,
            "numbers-in-question",
            "fraction of hours with PM2_5 over 0.000025 g/m3 (as %)",
            num((r["PM2_5"] > 0.000025).mean() * 100),
        ),
        one(
            RAIN,
            "units-columns",
            "annual rain total in inches (25.4 mm/in)",
            num(r["rain"].sum() / 25.4),
        ),
        one(
            RAIN,
            "units-columns",
            "median PM10 in µg per m3 — stored in g per m3",
            num(pm10.median()),
        ),
        SealedCase(
            RAIN,
            [
                ("mean PM2_5 in Mar, µg/m3 (from g/m3)", num(pm25[month == 3].mean())),
                ("and Nov?", num(pm25[month == 11].mean())),
                ("same but the median", num(pm25[month == 11].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            RAIN,
            [
                ("n of wet hours (rain > 0) in the year", num(int(wet.sum()))),
                ("restrict to Oct onwards", num(int((wet & (month >= 10)).sum()))),
            ],
            "follow-up",
        ),
        SealedCase(
            RAIN,
            [
                (
                    "mean PM10 on wet hours (rain > 0) vs dry hours, µg/m3 (file: g/m3)",
                    num(pm10[wet].mean(), pm10[~wet].mean()),
                ),
                ("same but PM2_5", num(pm25[wet].mean(), pm25[~wet].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            RAIN,
            [
                ("total rain in Feb (mm)", num(monthly_rain[2])),
                ("and Mar", num(monthly_rain[3])),
                ("bar plot of the monthly totals, all twelve months", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            RAIN,
            [
                ("mean PM10 in Aug, µg/m3 please (convert from g/m3)", num(monthly_pm10[8])),
                ("and the ozone for Aug?", NO),
            ],
            "follow-up",
        ),
        one(RAIN, "unanswerable", "hourly wind speed — mean for the year?", NO),
        one(RAIN, "unanswerable", "rain total for the following year, same site?", NO),
        one(
            RAIN,
            "unanswerable",
            "why did the coarse PM rise in the dry months — what was the source?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return population() + glass() + rain()
