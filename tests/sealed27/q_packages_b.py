# ruff: noqa: E501  (questions are kept on one line each)
"""PACKAGES half, part b: libpysal's California county employment density and St Louis
region county homicides, and windpowerlib's wind turbine library (oedb).

Written as an analyst whose first language is not English. Where a question types a number
with a decimal comma ("1,5" = 1.5) or a dot as the thousands separator ("100.000" =
100000), a comment says so and the gold uses the meaning a colleague from that country
means.
"""

from __future__ import annotations

import pandas as pd

from tests.sealed27.cases import (
    BAR,
    HISTOGRAM,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

CAL = "calif_county_employment_density.csv"
STL = "st_louis_county_homicides.csv"
WIND = "oedb_wind_turbine_library.csv"

EMP = "Number of Employees for All Sectors"
AREA = "sq. km"
DENS = "emp/sq km"
NAME = "Geographic Name"


def _county(frame: pd.DataFrame, name: str, column: str) -> float:
    (value,) = frame.loc[frame[NAME] == f"{name} County, California", column]
    return float(value)


def _stl(frame: pd.DataFrame, name: str, state: str, column: str) -> float:
    (value,) = frame.loc[(frame["NAME"] == name) & (frame["STATE_NAME"] == state), column]
    return float(value)


def _turbine(frame: pd.DataFrame, kind: str, column: str) -> float:
    (value,) = frame.loc[frame["turbine_type"] == kind, column]
    return float(value)


def california_cases() -> list[SealedCase]:
    c = load(CAL)
    by_class = c.groupby("Class Number")
    named = c.set_index(NAME)
    out: list[SealedCase] = []

    # units-columns
    out.append(
        one(
            CAL,
            "units-columns",
            "which is the surface in square kilometres of Los Angeles County?",
            num(_county(c, "Los Angeles", AREA)),
        )
    )
    out.append(
        one(
            CAL,
            "units-columns",
            "how much is the density of employees per km² of San Francisco County?",
            num(_county(c, "San Francisco", DENS)),
        )
    )
    out.append(
        one(
            CAL, "units-columns", "the medium surface of the counties, in km²?", num(c[AREA].mean())
        )
    )

    # per-normalise
    out.append(
        one(
            CAL,
            "per-normalise",
            "for all California together, how many employees per km² there are? (total of employees divided by total surface)",
            num(c[EMP].sum() / c[AREA].sum()),
        )
    )
    out.append(
        one(
            CAL,
            "per-normalise",
            "how many employees per county there are in media?",
            num(c[EMP].mean()),
        )
    )
    class5 = c[c["Class Number"] == 5]
    out.append(
        one(
            CAL,
            "per-normalise",
            "the employees per square km of the counties of class 5 all together, not the media of the densities",
            num(class5[EMP].sum() / class5[AREA].sum()),
        )
    )

    # superlative
    out.append(
        one(
            CAL,
            "superlative",
            "which county has the most big surface, and how many km² it has?",
            ranked(named[AREA], 1),
        )
    )
    out.append(
        one(
            CAL,
            "superlative",
            "which is the county with less employees?",
            ranked(named[EMP], 1, ascending=True),
        )
    )

    # ranking
    out.append(
        one(
            CAL,
            "ranking",
            "give me the top 3 of the counties for density of employees",
            ranked(named[DENS], 3),
        )
    )
    out.append(
        one(
            CAL,
            "ranking",
            "the 3 most small counties for surface, from the smallest",
            ranked(named[AREA], 3, ascending=True),
        )
    )

    # group
    out.append(
        one(CAL, "group", "the total of employees for each Class Number", num(*by_class[EMP].sum()))
    )
    out.append(
        one(
            CAL,
            "group",
            "how much is the medium density for every class?",
            num(*by_class[DENS].mean()),
        )
    )

    # numbers-in-question: "100.000" = one hundred thousand
    out.append(
        one(
            CAL,
            "numbers-in-question",
            "how many counties have more than 100.000 employees?",
            num((c[EMP] > 100000).sum()),
        )
    )

    # coverage
    out.append(one(CAL, "coverage", "how many counties are in the file?", num(len(c))))
    out.append(
        one(
            CAL,
            "coverage",
            "the Class Number goes from which value to which value?",
            num(c["Class Number"].min(), c["Class Number"].max()),
        )
    )

    # derived
    out.append(
        one(
            CAL,
            "derived",
            "which % of the employees of all California are in Los Angeles County?",
            num(_county(c, "Los Angeles", EMP) / c[EMP].sum() * 100),
        )
    )
    out.append(
        one(
            CAL,
            "derived",
            "how many times more employees has Los Angeles County than San Diego County?",
            num(_county(c, "Los Angeles", EMP) / _county(c, "San Diego", EMP)),
        )
    )

    # compare
    out.append(
        one(
            CAL,
            "compare",
            "Alameda or Santa Clara, which has more employees? give me both numbers",
            num(_county(c, "Alameda", EMP), _county(c, "Santa Clara", EMP)),
        )
    )
    out.append(
        one(
            CAL,
            "compare",
            "the density of Orange County against the one of Riverside County",
            num(_county(c, "Orange", DENS), _county(c, "Riverside", DENS)),
        )
    )

    # chart
    out.append(one(CAL, "chart", "make a graphic of bars with the employees of every county", BAR))
    out.append(
        one(
            CAL,
            "chart",
            "can you plot the surface against the number of employees, one point for county?",
            SCATTER,
        )
    )

    # aggregate
    out.append(
        one(
            CAL,
            "aggregate",
            "which is the median of the density of employees?",
            num(c[DENS].median()),
        )
    )
    out.append(
        one(
            CAL,
            "aggregate",
            "how many employees are there in total in the file?",
            num(c[EMP].sum()),
        )
    )

    # unanswerable
    out.append(
        one(
            CAL,
            "unanswerable",
            "which is the medium salary of the employees in Alameda County?",
            NO,
        )
    )
    out.append(
        one(CAL, "unanswerable", "how many employees had Fresno County in the year before?", NO)
    )

    # follow-up
    out.append(
        SealedCase(
            CAL,
            [
                ("how many employees has Fresno County?", num(_county(c, "Fresno", EMP))),
                ("and the density?", num(_county(c, "Fresno", DENS))),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            CAL,
            [
                (
                    "the medium of the density of the counties of class 1?",
                    num(by_class[DENS].mean()[1]),
                ),
                ("and of the class 2?", num(by_class[DENS].mean()[2])),
                ("can you do a bar graphic of the medium density for every class?", BAR),
            ],
            "follow-up",
        )
    )
    # "1,5" = 1.5
    low = c[c[DENS] < 1.5]
    out.append(
        SealedCase(
            CAL,
            [
                ("how many counties have a density under 1,5 employees per km²?", num(len(low))),
                ("and how many employees have these counties together?", num(low[EMP].sum())),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            CAL,
            [
                ("the surface of Kern County, please", num(_county(c, "Kern", AREA))),
                ("and how much of it is agricultural land?", NO),
            ],
            "follow-up",
        )
    )
    return out


def stl_cases() -> list[SealedCase]:
    d = load(STL)
    by_state = d.groupby("STATE_NAME")
    out: list[SealedCase] = []

    # units-columns (HR = homicide rate, HC = homicide count, PO = population, PE = police expenditure per capita)
    out.append(
        one(
            STL,
            "units-columns",
            "how many homicides in total for all the counties in the period 1979-84?",
            num(d["HC7984"].sum()),
        )
    )
    out.append(
        one(
            STL,
            "units-columns",
            "how much is the police expenditure per capita in media in 1987?",
            num(d["PE87"].mean()),
        )
    )
    out.append(
        one(
            STL,
            "units-columns",
            "which is the population of St. Louis City in the period 88-93 (column PO8893)?",
            num(_stl(d, "St. Louis City", "Missouri", "PO8893")),
        )
    )
    out.append(
        one(
            STL,
            "units-columns",
            "the homicide rate of Madison in Illinois in the period 1984-88?",
            num(_stl(d, "Madison", "Illinois", "HR8488")),
        )
    )

    # per-normalise ("100.000" = one hundred thousand in the two questions that say it)
    mo = d[d["STATE_NAME"] == "Missouri"]
    il = d[d["STATE_NAME"] == "Illinois"]
    out.append(
        one(
            STL,
            "per-normalise",
            "homicides per 100.000 of population for all the Missouri counties together in 1988-93 (sum of homicides divided by sum of the population)",
            num(mo["HC8893"].sum() / mo["PO8893"].sum() * 100000),
        )
    )
    out.append(
        one(
            STL,
            "per-normalise",
            "how many homicides per county in media in Illinois in the period 79-84?",
            num(il["HC7984"].mean()),
        )
    )
    out.append(
        one(
            STL,
            "per-normalise",
            "for the whole region, the homicides per 100.000 of population in 1979-84, using the totals of the two columns",
            num(d["HC7984"].sum() / d["PO7984"].sum() * 100000),
        )
    )

    # percent-change (1979-84 and 1988-93 are both six-year periods)
    out.append(
        one(
            STL,
            "percent-change",
            "which is the variation in % of the total homicides of all the counties from the period 1979-84 to the period 1988-93?",
            num(pct_change(d["HC7984"].sum(), d["HC8893"].sum())),
        )
    )
    out.append(
        one(
            STL,
            "percent-change",
            "the percentual variation of the medium police expenditure per capita from 1977 to 1987",
            num(pct_change(d["PE77"].mean(), d["PE87"].mean())),
        )
    )
    out.append(
        one(
            STL,
            "percent-change",
            "how much % has changed the population (PO) of St. Louis County (not the city) between 1979-84 and 1988-93?",
            num(
                pct_change(
                    _stl(d, "St. Louis", "Missouri", "PO7984"),
                    _stl(d, "St. Louis", "Missouri", "PO8893"),
                )
            ),
        )
    )
    out.append(
        one(
            STL,
            "percent-change",
            "variation in percent of the homicide rate of St. Clair from 79-84 to 88-93?",
            num(
                pct_change(
                    _stl(d, "St. Clair", "Illinois", "HR7984"),
                    _stl(d, "St. Clair", "Illinois", "HR8893"),
                )
            ),
        )
    )
    out.append(
        one(
            STL,
            "percent-change",
            "percentual variation of the homicides of St. Louis City from the period 1979-84 to 1988-93",
            num(
                pct_change(
                    _stl(d, "St. Louis City", "Missouri", "HC7984"),
                    _stl(d, "St. Louis City", "Missouri", "HC8893"),
                )
            ),
        )
    )

    # superlative
    out.append(
        one(
            STL,
            "superlative",
            "which county had the most high homicide rate in 1988-93?",
            ranked(d.set_index("NAME")["HR8893"], 1),
        )
    )
    out.append(
        one(
            STL,
            "superlative",
            "the county with the most police expenditure per capita in 1982, and how much?",
            ranked(d.set_index("NAME")["PE82"], 1),
        )
    )
    out.append(
        one(
            STL,
            "superlative",
            "which county has the less population in the period 1979-84?",
            ranked(d.set_index("NAME")["PO7984"], 1, ascending=True),
        )
    )

    # ranking
    out.append(
        one(
            STL,
            "ranking",
            "the 3 counties with more homicides in 1988-93",
            ranked(d.set_index("NAME")["HC8893"], 3),
        )
    )
    out.append(
        one(
            STL,
            "ranking",
            "give me the 3 counties with the most low RDAC90, from the lowest",
            ranked(d.set_index("NAME")["RDAC90"], 3, ascending=True),
        )
    )

    # group
    out.append(
        one(
            STL,
            "group",
            "the medium homicide rate of 1988-93 for each state",
            num(*by_state["HR8893"].mean()),
        )
    )
    out.append(
        one(
            STL,
            "group",
            "how many homicides in total per state in the period 1979-84?",
            num(*by_state["HC7984"].sum()),
        )
    )

    # compare
    out.append(
        one(
            STL,
            "compare",
            "Illinois against Missouri: which has more population in total in 1988-93? give me both",
            num(*by_state["PO8893"].sum()),
        )
    )
    out.append(
        one(
            STL,
            "compare",
            "compare the homicide rate 88-93 of St. Louis City with the one of St. Louis County",
            num(
                _stl(d, "St. Louis City", "Missouri", "HR8893"),
                _stl(d, "St. Louis", "Missouri", "HR8893"),
            ),
        )
    )

    # numbers-in-question
    out.append(
        one(
            STL,
            "numbers-in-question",
            "how many counties had a homicide rate over 10 in 1988-93?",
            num((d["HR8893"] > 10).sum()),
        )
    )
    # "5,5" = 5.5
    out.append(
        one(
            STL,
            "numbers-in-question",
            "how many counties have police expenditure of at least 5,5 in 1987?",
            num((d["PE87"] >= 5.5).sum()),
        )
    )

    # derived
    out.append(
        one(
            STL,
            "derived",
            "the difference between the homicide rate of 88-93 and the one of 79-84 for St. Louis City",
            num(
                _stl(d, "St. Louis City", "Missouri", "HR8893")
                - _stl(d, "St. Louis City", "Missouri", "HR7984")
            ),
        )
    )
    out.append(
        one(
            STL,
            "derived",
            "which share in % of all the homicides of 1988-93 are in St. Louis City?",
            num(_stl(d, "St. Louis City", "Missouri", "HC8893") / d["HC8893"].sum() * 100),
        )
    )

    # chart
    out.append(
        one(STL, "chart", "a scatter of RDAC90 against the homicide rate HR8893, please", SCATTER)
    )

    # aggregate
    out.append(
        one(
            STL,
            "aggregate",
            "the media of the homicide rate in the period 1979-84, all counties",
            num(d["HR7984"].mean()),
        )
    )
    out.append(one(STL, "aggregate", "which is the median of RDAC85?", num(d["RDAC85"].median())))

    # coverage
    out.append(
        one(STL, "coverage", "how many counties there are for each state?", num(*by_state.size()))
    )

    # unanswerable
    out.append(
        one(
            STL,
            "unanswerable",
            "how many of the homicides in St. Louis City were made with a gun?",
            NO,
        )
    )
    out.append(one(STL, "unanswerable", "which is the homicide rate of Chicago (Cook County)?", NO))
    out.append(
        one(
            STL,
            "unanswerable",
            "why St. Louis City has so many homicides more than the other counties?",
            NO,
        )
    )

    # follow-up
    out.append(
        SealedCase(
            STL,
            [
                (
                    "how many homicides had St. Clair in 1979-84?",
                    num(_stl(d, "St. Clair", "Illinois", "HC7984")),
                ),
                ("and in 1988-93?", num(_stl(d, "St. Clair", "Illinois", "HC8893"))),
                (
                    "and the same for Madison in Illinois",
                    num(_stl(d, "Madison", "Illinois", "HC8893")),
                ),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            STL,
            [
                (
                    "the medium police expenditure per capita in 1977 for the Missouri counties?",
                    num(mo["PE77"].mean()),
                ),
                ("and for the ones of Illinois?", num(il["PE77"].mean())),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            STL,
            [
                ("how many counties had zero homicides in 1984-88?", num((d["HC8488"] == 0).sum())),
                ("and in 1988-93?", num((d["HC8893"] == 0).sum())),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            STL,
            [
                ("the median of the homicide rate HR8893?", num(d["HR8893"].median())),
                ("and the mean?", num(d["HR8893"].mean())),
                ("make me an histogram of it", HISTOGRAM),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            STL,
            [
                (
                    "which is the homicide rate of Boone in Missouri in 1988-93?",
                    num(_stl(d, "Boone", "Missouri", "HR8893")),
                ),
                ("and which will it be in the next years?", NO),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            STL,
            [
                ("the total population PO8893 of the Illinois counties", num(il["PO8893"].sum())),
                ("and how many of them are unemployed?", NO),
            ],
            "follow-up",
        )
    )
    return out


def wind_cases() -> list[SealedCase]:
    t = load(WIND)
    by_maker = t.groupby("manufacturer")
    typed = t.set_index("turbine_type")
    out: list[SealedCase] = []

    # units-columns (nominal_power in W, rotor_diameter in m, rotor_area in m²)
    out.append(
        one(
            WIND,
            "units-columns",
            "the medium nominal power of the turbines in MW?",
            num(t["nominal_power"].mean() / 1e6),
        )
    )
    out.append(
        one(
            WIND,
            "units-columns",
            "how much is the medium diameter of the rotor in metres?",
            num(t["rotor_diameter"].mean()),
        )
    )

    # per-normalise
    out.append(
        one(
            WIND,
            "per-normalise",
            "how many watt per m² of rotor area has the E-126/7500? I mean nominal power divided by rotor area",
            num(
                _turbine(t, "E-126/7500", "nominal_power") / _turbine(t, "E-126/7500", "rotor_area")
            ),
        )
    )
    out.append(
        one(
            WIND,
            "per-normalise",
            "for all the turbines together, how many watt per square metre of rotor (total power divided by total area)?",
            num(t["nominal_power"].sum() / t["rotor_area"].sum()),
        )
    )

    # percent-change
    out.append(
        one(
            WIND,
            "percent-change",
            "of how many % grows the nominal power from the V164/8000 to the V164/9500?",
            num(
                pct_change(
                    _turbine(t, "V164/8000", "nominal_power"),
                    _turbine(t, "V164/9500", "nominal_power"),
                )
            ),
        )
    )
    out.append(
        one(
            WIND,
            "percent-change",
            "variation in % of the rotor area passing from the E-82/2000 to the E-126/7500",
            num(
                pct_change(
                    _turbine(t, "E-82/2000", "rotor_area"), _turbine(t, "E-126/7500", "rotor_area")
                )
            ),
        )
    )

    # group
    out.append(
        one(
            WIND,
            "group",
            "quanti turbines there are for every manufacturer?",
            num(*by_maker.size()),
        )
    )
    out.append(
        one(
            WIND,
            "group",
            "the medium rotor diameter for each manufacturer",
            num(*by_maker["rotor_diameter"].mean()),
        )
    )

    # ranking
    out.append(
        one(
            WIND,
            "ranking",
            "the 3 manufacturers with more turbines in the list",
            ranked(by_maker.size(), 3),
        )
    )
    out.append(
        one(
            WIND,
            "ranking",
            "which are the 3 manufacturers with the most high medium nominal power?",
            ranked(by_maker["nominal_power"].mean(), 3),
        )
    )

    # superlative
    out.append(
        one(
            WIND,
            "superlative",
            "which is the turbine with the most big rotor diameter?",
            ranked(typed["rotor_diameter"], 1),
        )
    )
    out.append(
        one(
            WIND,
            "superlative",
            "which turbine type is the most powerful of all?",
            ranked(typed["nominal_power"], 1),
        )
    )

    # numbers-in-question: "3,5" = 3.5
    out.append(
        one(
            WIND,
            "numbers-in-question",
            "how many turbines have a nominal power over 3,5 MW?",
            num((t["nominal_power"] > 3.5e6).sum()),
        )
    )
    out.append(
        one(
            WIND,
            "numbers-in-question",
            "how many turbines with a rotor diameter of at least 120 metres?",
            num((t["rotor_diameter"] >= 120).sum()),
        )
    )

    # compare
    out.append(
        one(
            WIND,
            "compare",
            "Vestas against Siemens: which medium rotor diameter is more big? both values please",
            num(
                by_maker["rotor_diameter"].mean()["Vestas"],
                by_maker["rotor_diameter"].mean()["Siemens"],
            ),
        )
    )

    # derived
    out.append(
        one(
            WIND,
            "derived",
            "which percentage of the turbines has a power curve?",
            num(t["has_power_curve"].mean() * 100),
        )
    )

    # coverage
    out.append(
        one(
            WIND,
            "coverage",
            "how many manufacturers are in the list?",
            num(t["manufacturer"].nunique()),
        )
    )
    out.append(
        one(
            WIND,
            "coverage",
            "from which to which goes the nominal power, in kW? the minimum and the maximum",
            num(t["nominal_power"].min() / 1e3, t["nominal_power"].max() / 1e3),
        )
    )

    # aggregate
    out.append(
        one(
            WIND,
            "aggregate",
            "which is the median of the nominal power?",
            num(t["nominal_power"].median()),
        )
    )
    out.append(
        one(
            WIND, "aggregate", "how many turbines have the name empty?", num(t["name"].isna().sum())
        )
    )

    # chart
    out.append(one(WIND, "chart", "can you do an histogram of the rotor diameter?", HISTOGRAM))
    out.append(one(WIND, "chart", "plot the rotor diameter against the nominal power", SCATTER))

    # unanswerable
    out.append(one(WIND, "unanswerable", "which is the price of the most powerful turbine?", NO))
    out.append(
        one(WIND, "unanswerable", "how many of these turbines are installed in Germany?", NO)
    )
    out.append(one(WIND, "unanswerable", "which turbine produces more energy in one year?", NO))

    # follow-up
    vestas = t[t["manufacturer"] == "Vestas"]
    enercon = t[t["manufacturer"] == "Enercon"]
    out.append(
        SealedCase(
            WIND,
            [
                (
                    "the medium nominal power of the Vestas turbines?",
                    num(vestas["nominal_power"].mean()),
                ),
                ("and of Enercon?", num(enercon["nominal_power"].mean())),
                ("can you make a bar graphic of the medium power for every manufacturer?", BAR),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            WIND,
            [
                ("how many turbines have the cp curve?", num(t["has_cp_curve"].sum())),
                ("and the ct curve?", num(t["has_ct_curve"].sum())),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            WIND,
            [
                (
                    "the total rotor area of the Enercon turbines, in m²",
                    num(enercon["rotor_area"].sum()),
                ),
                (
                    "and the same but for Nordex",
                    num(t.loc[t["manufacturer"] == "Nordex", "rotor_area"].sum()),
                ),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            WIND,
            [
                (
                    "which is the rotor diameter of the SWT154/7000?",
                    num(_turbine(t, "SWT154/7000", "rotor_diameter")),
                ),
                ("and how much costs its maintenance each year?", NO),
            ],
            "follow-up",
        )
    )
    gew = t[t["manufacturer"] == "GE Wind"]
    out.append(
        SealedCase(
            WIND,
            [
                ("the maximum nominal power of GE Wind?", num(gew["nominal_power"].max())),
                ("and the minimum?", num(gew["nominal_power"].min())),
            ],
            "follow-up",
        )
    )
    # "3.000.000" = three million
    out.append(
        SealedCase(
            WIND,
            [
                (
                    "how many Siemens turbines have a nominal power of at least 3.000.000 W?",
                    num(((t["manufacturer"] == "Siemens") & (t["nominal_power"] >= 3e6)).sum()),
                ),
                (
                    "and of Nordex?",
                    num(((t["manufacturer"] == "Nordex") & (t["nominal_power"] >= 3e6)).sum()),
                ),
            ],
            "follow-up",
        )
    )
    return out


def cases() -> list[SealedCase]:
    return california_cases() + stl_cases() + wind_cases()
