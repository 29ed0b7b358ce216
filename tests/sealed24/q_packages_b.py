"""The PACKAGES half, last three tables (energy_per_capita_by_source,
france_presidential_2022_round1, usgs_earthquakes_2024), asked by a spreadsheet power user who
types Excel-isms into the chat ("sumif … where …", "pivot: rows = …, values = …", "countif …",
"xlookup …").

Gold is computed here with plain pandas from the CSVs in tables/ (see TABLES_packages.md)."""

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

EN = "energy_per_capita_by_source.csv"
FR = "france_presidential_2022_round1.csv"
EQ = "usgs_earthquakes_2024.csv"

SOURCES = ["Coal", "Oil", "Gas", "Nuclear", "Hydro", "Wind", "Solar", "Other renewables"]
KWH = [f"{source} per capita (kWh)" for source in SOURCES]


def energy() -> list[SealedCase]:
    e = load(EN)
    y19 = e[e["Year"] == 2019]

    def at(entity: str, year: int, source: str) -> float:
        row = e[(e["Entity"] == entity) & (e["Year"] == year)]
        assert len(row) == 1, (entity, year)
        return float(row[f"{source} per capita (kWh)"].iloc[0])

    world = {source: at("World", 2019, source) for source in SOURCES}
    solar19 = y19.set_index("Entity")["Solar per capita (kWh)"]
    europe19 = y19[y19["Continent"] == "Europe"]["Wind per capita (kWh)"]
    denmark = e[e["Entity"] == "Denmark"].set_index("Year")["Wind per capita (kWh)"]
    hydro19 = y19.set_index("Entity")["Hydro per capita (kWh)"]
    return [
        # aggregate
        one(
            EN,
            "aggregate",
            "max of `Wind per capita (kWh)` across the whole sheet",
            num(e["Wind per capita (kWh)"].max()),
        ),
        one(
            EN,
            "aggregate",
            "distinct count of Entity where Continent = Europe",
            num(e.loc[e["Continent"] == "Europe", "Entity"].nunique()),
        ),
        # chart
        one(
            EN,
            "chart",
            "line chart pls, x = Year, y = Solar per capita (kWh), Entity = Germany",
            LINE,
        ),
        one(EN, "chart", "pie of World's 2019 mix across the 8 (kWh) cols", PIE),
        # compare
        one(
            EN,
            "compare",
            "Nuclear per capita (kWh), France vs Germany, Year = 2019",
            num(at("France", 2019, "Nuclear"), at("Germany", 2019, "Nuclear")),
        ),
        one(
            EN,
            "compare",
            "coal per capita kwh: China vs India in 2019, side by side",
            num(at("China", 2019, "Coal"), at("India", 2019, "Coal")),
        ),
        # coverage
        one(
            EN,
            "coverage",
            "what's the first and last Year for Croatia?",
            num(*e.loc[e["Entity"] == "Croatia", "Year"].agg(["min", "max"])),
        ),
        one(
            EN,
            "coverage",
            "distinct count of Entity in this sheet (World and the continent rows included)",
            num(e["Entity"].nunique()),
        ),
        # derived
        one(
            EN,
            "derived",
            "World, 2019: Solar + Wind as a % of the sum of all 8 per capita cols",
            num((world["Solar"] + world["Wind"]) / sum(world.values()) * 100),
        ),
        one(
            EN,
            "derived",
            "Norway's Hydro per capita (kWh) in 2019 divided by World's, same year",
            num(at("Norway", 2019, "Hydro") / world["Hydro"]),
        ),
        # group
        one(
            EN,
            "group",
            "pivot: rows = Continent, values = avg of Wind per capita (kWh), filter Year = 2019",
            num(*y19.groupby("Continent")["Wind per capita (kWh)"].mean()),
        ),
        one(
            EN,
            "group",
            "pivot rows = Continent, values = distinct count of Entity",
            num(*e.groupby("Continent")["Entity"].nunique()),
        ),
        # numbers-in-question
        one(
            EN,
            "numbers-in-question",
            "countifs Year = 2019 and Solar per capita (kWh) > 1,000",
            num((solar19 > 1000).sum()),
        ),
        one(
            EN,
            "numbers-in-question",
            "countif rows with Year = 2019 and Nuclear per capita (kWh) of at least 5k",
            num((y19["Nuclear per capita (kWh)"] >= 5000).sum()),
        ),
        # percent-change
        one(
            EN,
            "percent-change",
            "% change in Wind per capita (kWh) for United Kingdom, 2009 vs 2019",
            num(pct_change(at("United Kingdom", 2009, "Wind"), at("United Kingdom", 2019, "Wind"))),
        ),
        one(
            EN,
            "percent-change",
            "yoy %: Coal per capita (kWh) for Germany, 2019 vs 2018",
            num(pct_change(at("Germany", 2018, "Coal"), at("Germany", 2019, "Coal"))),
        ),
        # ranking
        one(
            EN,
            "ranking",
            "sort desc by Solar per capita (kWh) for Year = 2019, top 5",
            ranked(solar19, 5),
        ),
        one(
            EN,
            "ranking",
            "top 3 Entity by nuclear per capita kwh in 2019",
            ranked(y19.set_index("Entity")["Nuclear per capita (kWh)"], 3),
        ),
        # superlative
        one(
            EN,
            "superlative",
            "which Entity had the highest Coal per capita (kWh) in 2019?",
            ranked(y19.set_index("Entity")["Coal per capita (kWh)"], 1),
        ),
        one(
            EN,
            "superlative",
            "which Year did Denmark's Wind per capita (kWh) peak?",
            ranked(denmark, 1),
        ),
        # units-columns
        one(
            EN,
            "units-columns",
            "xlookup Norway's hydro per person for 2019, in MWh please",
            num(at("Norway", 2019, "Hydro") / 1000),
        ),
        one(
            EN,
            "units-columns",
            "total energy per person for Iceland in 2019 (add up the 8 kWh cols)",
            num(sum(at("Iceland", 2019, source) for source in SOURCES)),
        ),
        # unanswerable
        one(EN, "unanswerable", "xlookup France's carbon emissions per head", NO),
        one(
            EN,
            "unanswerable",
            "xlookup each country's population from the other tab and give total coal use",
            NO,
        ),
        # follow-up
        SealedCase(
            EN,
            [
                ("Solar per capita (kWh) for Japan in 2019", num(at("Japan", 2019, "Solar"))),
                ("same but 2015", num(at("Japan", 2015, "Solar"))),
                ("now as a line over all the years", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            EN,
            [
                (
                    "averageifs Wind per capita (kWh) where Continent = Europe and Year = 2019",
                    num(europe19.mean()),
                ),
                ("swap avg for median", num(europe19.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            EN,
            [
                ("Nuclear per capita (kWh) for Germany, 2010", num(at("Germany", 2010, "Nuclear"))),
                (
                    "% change from there to 2019",
                    num(pct_change(at("Germany", 2010, "Nuclear"), at("Germany", 2019, "Nuclear"))),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            EN,
            [
                ("top 3 by Hydro per capita (kWh) in 2019", ranked(hydro19, 3)),
                ("what about 2025?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            EN,
            [
                ("Gas per capita (kWh) for Qatar in 2019", num(at("Qatar", 2019, "Gas"))),
                ("and what did a kWh of gas cost there?", NO),
            ],
            "follow-up",
        ),
    ]


def france() -> list[SealedCase]:
    f = load(FR)
    dep = f.drop_duplicates("dep_code")  # one row per département (its totals repeat per candidate)
    votes = f.groupby("cand_nom")["cand_nb_voix"].sum()
    exprimes = dep["exprimes_nb"].sum()
    inscrits = dep["inscrits_nb"].sum()

    def cand(name: str) -> pd.DataFrame:
        out = f[f["cand_nom"] == name]
        assert len(out) == 107, name
        return out

    def share(name: str, dep_name: str) -> float:
        return float(cand(name).set_index("dep_name").loc[dep_name, "cand_rapport_exprim"])

    def dep_value(dep_name: str, column: str) -> float:
        return float(dep.set_index("dep_name").loc[dep_name, column])

    winners = f.loc[f.groupby("dep_code")["cand_nb_voix"].idxmax(), "cand_nom"].value_counts()
    lepen_region = cand("LE PEN").groupby("reg_name")["cand_nb_voix"].sum()
    melenchon = cand("MÉLENCHON")
    melenchon_region = melenchon.groupby("reg_name")["cand_nb_voix"].sum()
    zemmour = cand("ZEMMOUR").set_index("dep_name")["cand_rapport_exprim"]
    return [
        # long-format
        one(FR, "long-format", "sumif cand_nb_voix where cand_nom = MACRON", num(votes["MACRON"])),
        one(
            FR,
            "long-format",
            "sumifs cand_nb_voix where cand_nom = ZEMMOUR "
            "and reg_name = Provence-Alpes-Côte d'Azur",
            num(
                cand("ZEMMOUR")
                .query('reg_name == "Provence-Alpes-Côte d\'Azur"')["cand_nb_voix"]
                .sum()
            ),
        ),
        one(
            FR,
            "long-format",
            "averageif cand_rapport_exprim where cand_nom = JADOT (plain avg over the dep rows)",
            num(cand("JADOT")["cand_rapport_exprim"].mean()),
        ),
        one(
            FR,
            "long-format",
            "xlookup cand_nb_voix for PÉCRESSE in dep_name = Paris",
            num(cand("PÉCRESSE").set_index("dep_name").loc["Paris", "cand_nb_voix"]),
        ),
        one(
            FR,
            "long-format",
            "maxifs cand_nb_voix where cand_nom = LASSALLE: the most he got in one dep",
            num(cand("LASSALLE")["cand_nb_voix"].max()),
        ),
        one(
            FR,
            "long-format",
            "sumifs cand_nb_voix where cand_nom = MÉLENCHON and dep_name = Seine-Saint-Denis",
            num(melenchon.set_index("dep_name").loc["Seine-Saint-Denis", "cand_nb_voix"]),
        ),
        one(
            FR,
            "long-format",
            "averageifs cand_rapport_inscrits where cand_nom = MACRON (simple avg of the dep rows)",
            num(cand("MACRON")["cand_rapport_inscrits"].mean()),
        ),
        one(
            FR,
            "long-format",
            "minifs cand_rapport_exprim where cand_nom = PÉCRESSE",
            num(cand("PÉCRESSE")["cand_rapport_exprim"].min()),
        ),
        one(
            FR,
            "long-format",
            "sumifs cand_nb_voix for DUPONT-AIGNAN where reg_name = Bretagne",
            num(cand("DUPONT-AIGNAN").query("reg_name == 'Bretagne'")["cand_nb_voix"].sum()),
        ),
        one(
            FR,
            "long-format",
            "filter dep_name = Corse-du-Sud: which cand_nom has the most cand_nb_voix?",
            ranked(f[f["dep_name"] == "Corse-du-Sud"].set_index("cand_nom")["cand_nb_voix"], 1),
        ),
        # aggregate
        one(
            FR,
            "aggregate",
            "sum of inscrits_nb, counting each dep_code once (it repeats on every candidate row)",
            num(inscrits),
        ),
        # chart
        one(FR, "chart", "bar chart: sum of cand_nb_voix by cand_nom", BAR),
        one(
            FR,
            "chart",
            "scatter abstention_pourc vs LE PEN's cand_rapport_exprim, one dot per dep",
            SCATTER,
        ),
        # compare
        one(
            FR,
            "compare",
            "MACRON vs LE PEN: sumif cand_nb_voix for each",
            num(votes["MACRON"], votes["LE PEN"]),
        ),
        one(
            FR,
            "compare",
            "abstention_pourc in Paris vs Seine-Saint-Denis",
            num(
                dep_value("Paris", "abstention_pourc"),
                dep_value("Seine-Saint-Denis", "abstention_pourc"),
            ),
        ),
        # coverage
        one(
            FR,
            "coverage",
            "how many dep_code values start with Z (the overseas and abroad ones)?",
            num(dep["dep_code"].str.startswith("Z").sum()),
        ),
        # derived
        one(
            FR,
            "derived",
            "LE PEN's % of exprimes nationally: her sumif voix / sum of exprimes_nb "
            "(each dep once)",
            num(votes["LE PEN"] / exprimes * 100),
        ),
        one(
            FR,
            "derived",
            "national turnout: sum votants_nb / sum inscrits_nb as a %, each dep counted once",
            num(dep["votants_nb"].sum() / inscrits * 100),
        ),
        one(
            FR,
            "derived",
            "blancs_nb + nuls_nb as % of votants_nb, national, one row per dep",
            num((dep["blancs_nb"].sum() + dep["nuls_nb"].sum()) / dep["votants_nb"].sum() * 100),
        ),
        # group
        one(
            FR,
            "group",
            "pivot rows = cand_civil, values = sum of cand_nb_voix",
            num(*f.groupby("cand_civil")["cand_nb_voix"].sum()),
        ),
        one(
            FR,
            "group",
            "pivot: rows = reg_name, values = sum of cand_nb_voix, filter cand_nom = MÉLENCHON; "
            "just give me Île-de-France, Hauts-de-France and Bretagne",
            num(
                melenchon_region["Île-de-France"],
                melenchon_region["Hauts-de-France"],
                melenchon_region["Bretagne"],
            ),
        ),
        # numbers-in-question
        one(
            FR,
            "numbers-in-question",
            "countif abstention_pourc > 30, one row per dep",
            num((dep["abstention_pourc"] > 30).sum()),
        ),
        one(
            FR,
            "numbers-in-question",
            "in how many deps did MACRON get a cand_rapport_exprim of at least 30%?",
            num((cand("MACRON")["cand_rapport_exprim"] >= 30).sum()),
        ),
        # per-normalise
        one(
            FR,
            "per-normalise",
            "avg inscrits_nb per dep (each dep once)",
            num(dep["inscrits_nb"].mean()),
        ),
        one(
            FR,
            "per-normalise",
            "MACRON votes per 100 inscrits, national",
            num(votes["MACRON"] / inscrits * 100),
        ),
        one(
            FR,
            "per-normalise",
            "avg cand_nb_voix per dep for POUTOU",
            num(cand("POUTOU")["cand_nb_voix"].mean()),
        ),
        # percent-change
        one(
            FR,
            "percent-change",
            "how many % more votes did MACRON get than LE PEN (sum cand_nb_voix)?",
            num(pct_change(votes["LE PEN"], votes["MACRON"])),
        ),
        one(
            FR,
            "percent-change",
            "% difference going from MÉLENCHON's total cand_nb_voix to LE PEN's",
            num(pct_change(votes["MÉLENCHON"], votes["LE PEN"])),
        ),
        # ranking
        one(FR, "ranking", "sort desc by sum cand_nb_voix per cand_nom, top 5", ranked(votes, 5)),
        one(
            FR,
            "ranking",
            "top 3 dep_name by MÉLENCHON's cand_rapport_exprim",
            ranked(melenchon.set_index("dep_name")["cand_rapport_exprim"], 3),
        ),
        one(
            FR,
            "ranking",
            "bottom 3 cand_nom by total votes, sort asc",
            ranked(votes, 3, ascending=True),
        ),
        # superlative
        one(
            FR,
            "superlative",
            "which dep_name had the highest abstention_pourc?",
            ranked(dep.set_index("dep_name")["abstention_pourc"], 1),
        ),
        one(
            FR,
            "superlative",
            "which dep_name gave LE PEN her best cand_rapport_exprim?",
            ranked(cand("LE PEN").set_index("dep_name")["cand_rapport_exprim"], 1),
        ),
        one(
            FR,
            "superlative",
            "which cand_nom came first (most cand_nb_voix) in the most deps?",
            ranked(winners, 1),
        ),
        # units-columns
        one(
            FR,
            "units-columns",
            "how many registered voters are there in Paris?",
            num(dep_value("Paris", "inscrits_nb")),
        ),
        one(
            FR,
            "units-columns",
            "how many people abstained in total, whole country?",
            num(dep["abstention_nb"].sum()),
        ),
        # unanswerable
        one(FR, "unanswerable", "what were the second-round results for MACRON?", NO),
        one(FR, "unanswerable", "break LE PEN's votes down by age group", NO),
        one(
            FR,
            "unanswerable",
            "xlookup each dep's population from the INSEE tab and give votes per resident",
            NO,
        ),
        # follow-up
        SealedCase(
            FR,
            [
                ("sumif cand_nb_voix where cand_nom = JADOT", num(votes["JADOT"])),
                ("now HIDALGO", num(votes["HIDALGO"])),
                (
                    "and that as a % of exprimes nationally (each dep once)",
                    num(votes["HIDALGO"] / exprimes * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            FR,
            [
                ("MACRON's cand_rapport_exprim in Paris", num(share("MACRON", "Paris"))),
                ("and in Bouches-du-Rhône?", num(share("MACRON", "Bouches-du-Rhône"))),
                ("and in the city of Lyon itself, not the whole dep?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            FR,
            [
                (
                    "sumifs cand_nb_voix for LE PEN where reg_name = Hauts-de-France",
                    num(lepen_region["Hauts-de-France"]),
                ),
                ("same but Occitanie", num(lepen_region["Occitanie"])),
            ],
            "follow-up",
        ),
        SealedCase(
            FR,
            [
                ("top 3 dep by ZEMMOUR's cand_rapport_exprim", ranked(zemmour, 3)),
                ("show that as a bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            FR,
            [
                (
                    "countif cand_rapport_exprim > 40 for MÉLENCHON",
                    num((melenchon["cand_rapport_exprim"] > 40).sum()),
                ),
                ("and how many was that in 2017?", NO),
            ],
            "follow-up",
        ),
    ]


def earthquakes() -> list[SealedCase]:
    q = load(EQ, "time")
    d = q["_d"]
    mag, depth = q["mag"], q["depth"]
    month = d.dt.month
    per_month = q.groupby(month).size()
    by_class = q.groupby("depth_class")["mag"].mean()
    timor = q["place"].str.contains("Timor Leste")
    philippines = q["place"].str.contains("Philippines")
    moderate = q["mag_class"] == "Moderate"
    june = q[month == 6]
    june_top = june.loc[june["mag"].idxmax()]
    days = (pd.Timestamp("2024-07-31") - pd.Timestamp("2024-04-01")).days + 1
    return [
        # aggregate
        one(EQ, "aggregate", "average of mag, whole sheet", num(mag.mean())),
        one(EQ, "aggregate", "max of depth (the deepest one)", num(depth.max())),
        # chart
        one(EQ, "chart", "histogram of mag", HISTOGRAM),
        one(EQ, "chart", "box plot of depth split by depth_class", BOX),
        # compare
        one(
            EQ,
            "compare",
            "avg mag for depth_class Shallow vs Deep",
            num(by_class["Shallow"], by_class["Deep"]),
        ),
        one(
            EQ,
            "compare",
            'countif place = "*Indonesia*" vs "*Philippines*" (wildcards)',
            num(q["place"].str.contains("Indonesia").sum(), philippines.sum()),
        ),
        # coverage
        one(
            EQ,
            "coverage",
            "min and max of lat in this sheet",
            num(q["lat"].min(), q["lat"].max()),
        ),
        one(
            EQ,
            "coverage",
            "how many distinct dates (from the time col) have at least one quake?",
            num(d.dt.normalize().nunique()),
        ),
        # date-part
        one(
            EQ,
            "date-part",
            "countif by month of time: which month had the most quakes, and how many?",
            num(per_month.max()),
        ),
        one(
            EQ,
            "date-part",
            "countif WEEKDAY(time) is Saturday",
            num((d.dt.day_of_week == 5).sum()),
        ),
        one(
            EQ,
            "date-part",
            "averageif mag where HOUR(time) < 6",
            num(mag[d.dt.hour < 6].mean()),
        ),
        # derived
        one(
            EQ,
            "derived",
            "% of rows where depth_class = Deep",
            num((q["depth_class"] == "Deep").mean() * 100),
        ),
        # group
        one(
            EQ,
            "group",
            "pivot: rows = depth_class, values = avg of mag",
            num(*by_class),
        ),
        one(
            EQ,
            "group",
            "pivot rows = month of time, values = count of rows",
            num(*per_month),
        ),
        # numbers-in-question
        one(EQ, "numbers-in-question", "countif mag >= 5", num((mag >= 5).sum())),
        one(
            EQ,
            "numbers-in-question",
            "countifs depth > 300 and mag at least 4.5",
            num(((depth > 300) & (mag >= 4.5)).sum()),
        ),
        # per-normalise
        one(
            EQ,
            "per-normalise",
            "quakes per calendar day on avg, 1 Apr to 31 Jul",
            num(len(q) / days),
        ),
        # percent-change
        one(
            EQ,
            "percent-change",
            "% change in the count of quakes from April to July",
            num(pct_change(per_month[4], per_month[7])),
        ),
        # ranking
        one(
            EQ,
            "ranking",
            "sort desc by mag, top 3 (show place + mag)",
            ranked(q.set_index("place")["mag"], 3),
        ),
        one(
            EQ,
            "ranking",
            "top 3 deepest by depth, show the place",
            ranked(q.set_index("place")["depth"], 3),
        ),
        # superlative
        one(
            EQ,
            "superlative",
            "which depth_class has the highest avg mag?",
            ranked(by_class, 1),
        ),
        one(
            EQ,
            "superlative",
            "which place string shows up most often (countif per place)?",
            ranked(q["place"].value_counts(), 1),
        ),
        # units-columns
        one(EQ, "units-columns", "avg depth in km", num(depth.mean())),
        one(EQ, "units-columns", "avg depth in metres", num(depth.mean() * 1000)),
        # unanswerable
        one(EQ, "unanswerable", "how many people died in these quakes?", NO),
        one(EQ, "unanswerable", "which of these quakes set off a tsunami?", NO),
        one(EQ, "unanswerable", "predict when the next big one hits near Tobelo", NO),
        # follow-up
        SealedCase(
            EQ,
            [
                ('countif place = "*Timor Leste*"', num(timor.sum())),
                ("avg mag for those", num(mag[timor].mean())),
                ("and for *Philippines*", num(mag[philippines].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            EQ,
            [
                ("averageif depth where mag_class = Moderate", num(depth[moderate].mean())),
                ("swap avg for median", num(depth[moderate].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            EQ,
            [
                ("countif mag >= 5 in May", num(((mag >= 5) & (month == 5)).sum())),
                ("and in August?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            EQ,
            [
                ("max of mag in June", num(june_top["mag"])),
                ("and the depth of that one?", num(june_top["depth"])),
            ],
            "follow-up",
        ),
        SealedCase(
            EQ,
            [
                (
                    "averageif mag where depth_class = Intermediate",
                    num(by_class["Intermediate"]),
                ),
                ("as a box plot of mag by depth_class", BOX),
            ],
            "follow-up",
        ),
        SealedCase(
            EQ,
            [
                ("countif mag_class = Strong", num((q["mag_class"] == "Strong").sum())),
                ("and how much damage did they do?", NO),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return energy() + france() + earthquakes()
