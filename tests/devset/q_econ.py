"""Questions over the statsmodels time series: macrodata.csv (US quarterly macro data),
grunfeld.csv (11 firms' investment, 1935–1954) and co2_weekly.csv (Mauna Loa CO2)."""

from __future__ import annotations

from tests.devset.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    SealedCase,
    above,
    best,
    load,
    num,
    one,
    pct_change,
    top,
)


def macro() -> list[SealedCase]:
    t = "macrodata.csv"
    m = load(t)
    decade = m["year"] // 10 * 10
    by_year = m.groupby("year")
    unemp_year = by_year["unemp"].mean()
    tbill_year = by_year["tbilrate"].mean()
    gdp_year = by_year["realgdp"].sum()  # four quarters a year: sums and means agree on %
    y08 = m[m["year"] == 2008]
    seventies = m.loc[decade == 1970, "unemp"].mean()
    nineties = m.loc[decade == 1990, "unemp"].mean()

    return [
        one(t, "units-columns", "whats the avg unemployment rate", num(m["unemp"].mean())),
        one(t, "aggregate", "highest tbill rate on record", num(m["tbilrate"].max())),
        one(t, "group", "avg unemployment by decade", num(*m.groupby(decade)["unemp"].mean())),
        one(t, "ranking", "top 3 years by average inflation", top(by_year["infl"].mean())),
        one(
            t,
            "ranking",
            "which year had the worst unemployment (yearly avg)",
            num(unemp_year.idxmax(), best(unemp_year)),
        ),
        one(
            t,
            "compare",
            "was unemployment higher on avg in the 70s or the 90s",
            num(seventies, nineties),
        ),
        # A share of two totals over the same quarters: sum / sum.
        one(
            t,
            "derived",
            "real consumption as a % of real gdp in 2008",
            num(y08["realcons"].sum() / y08["realgdp"].sum() * 100),
        ),
        one(
            t,
            "percent-change",
            "% change in real gdp from 1960 to 2000",
            num(pct_change(gdp_year[1960], gdp_year[2000])),
        ),
        one(
            t,
            "percent-change",
            "how much did the cpi rise between 1970 and 1980, in pct",
            num(pct_change(by_year["cpi"].mean()[1970], by_year["cpi"].mean()[1980])),
        ),
        one(
            t,
            "date-part",
            "average inflation in the fourth quarter across all yrs",
            num(m.loc[m["quarter"] == 4, "infl"].mean()),
        ),
        one(
            t, "coverage", "which years does this data cover", num(m["year"].min(), m["year"].max())
        ),
        one(t, "coverage", "how many quarters of data are there", num(len(m))),
        one(
            t,
            "numbers-in-question",
            "how many quarters had unemployment above 8%",
            num(above(m["unemp"], 8)),
        ),
        one(t, "units-columns", "average real disposable income", num(m["realdpi"].mean())),
        one(t, "units-columns", "median t-bill rate", num(m["tbilrate"].median())),
        one(t, "chart", "plot the unemployment rate over time", LINE),
        SealedCase(
            t,
            [
                (
                    "avg inflation in the 1970s",
                    num(m.loc[decade == 1970, "infl"].mean()),
                ),
                ("and in the 1980s?", num(m.loc[decade == 1980, "infl"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg tbill rate in 1981", num(tbill_year[1981])),
                ("and 1991", num(tbill_year[1991])),
                ("2001?", num(tbill_year[2001])),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what was the unemployment rate in 2015", NO),
        one(t, "unanswerable", "why did investment collapse in 2009", NO),
    ]


def grunfeld() -> list[SealedCase]:
    t = "grunfeld.csv"
    g = load(t)
    per_firm = g.groupby("firm")["invest"].sum()
    mean_value = g.groupby("firm")["value"].mean()
    ibm = g[g["firm"] == "IBM"]
    gm = g[g["firm"] == "General Motors"].set_index("year")["invest"]
    total_year = g.groupby("year")["invest"].sum()

    def firm_total(name: str) -> float:
        return float(g.loc[g["firm"] == name, "invest"].sum())

    return [
        one(t, "aggregate", "how many firms are in here", num(g["firm"].nunique())),
        one(
            t,
            "aggregate",
            "avg investment in 1954",
            num(g.loc[g["year"] == 1954, "invest"].mean()),
        ),
        one(t, "group", "average invest per firm", num(*g.groupby("firm")["invest"].mean())),
        one(t, "ranking", "top 3 firms by total investment", top(per_firm)),
        one(
            t,
            "ranking",
            "which firm has the lowest average market value",
            num(best(mean_value, lowest=True)),
        ),
        one(
            t,
            "compare",
            "did GE or Westinghouse invest more in total",
            num(firm_total("General Electric"), firm_total("Westinghouse")),
        ),
        # Investment relative to the capital stock over IBM's years: sum / sum, in percent.
        one(
            t,
            "derived",
            "ibm investment as pct of its capital",
            num(ibm["invest"].sum() / ibm["capital"].sum() * 100),
        ),
        one(
            t,
            "per-normalise",
            "average total investment per firm",
            num(g["invest"].sum() / g["firm"].nunique()),
        ),
        one(
            t,
            "percent-change",
            "how much did GM's investment grow from 1935 to 1954 (%)",
            num(pct_change(gm[1935], gm[1954])),
        ),
        one(
            t,
            "percent-change",
            "% change in total investment across all firms 1940 vs 1950",
            num(pct_change(total_year[1940], total_year[1950])),
        ),
        one(t, "coverage", "what years are covered", num(g["year"].min(), g["year"].max())),
        one(
            t,
            "numbers-in-question",
            "no. of firm-years with investment over 500",
            num(above(g["invest"], 500)),
        ),
        one(t, "chart", "bar chart of total investment by firm", BAR),
        SealedCase(
            t,
            [
                ("total investment for chrysler", num(firm_total("Chrysler"))),
                ("and for IBM?", num(firm_total("IBM"))),
                ("what about goodyear", num(firm_total("Goodyear"))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what was general motors' profit in 1950", NO),
    ]


def co2() -> list[SealedCase]:
    t = "co2_weekly.csv"
    c = load(t, "week")
    year = c["_d"].dt.year
    ppm = c["co2_ppm"]
    yearly = ppm.groupby(year).mean()
    monthly = ppm.groupby(c["_d"].dt.month).mean()

    return [
        one(t, "aggregate", "how many weeks have no co2 reading", num(ppm.isna().sum())),
        one(
            t,
            "compare",
            "was co2 higher on average in 1965 or in 1995",
            num(yearly[1965], yearly[1995]),
        ),
        # A reading is a week with a value (empty weeks are not readings).
        one(
            t,
            "per-normalise",
            "avg number of co2 readings per year",
            num(ppm.notna().sum() / year[ppm.notna()].nunique()),
        ),
        one(t, "group", "average co2 per decade", num(*ppm.groupby(year // 10 * 10).mean())),
        one(
            t,
            "percent-change",
            "by how many percent did the yearly average co2 rise from 1960 to 2000",
            num(pct_change(yearly[1960], yearly[2000])),
        ),
        one(
            t,
            "date-part",
            "avg co2 in may, all years together",
            num(ppm[c["_d"].dt.month == 5].mean()),
        ),
        one(
            t,
            "date-part",
            "which calendar month has the lowest co2 on average",
            num(best(monthly, lowest=True)),
        ),
        one(t, "coverage", "what's the date range of this data", num(year.min(), year.max())),
        one(t, "coverage", "how many distinct years have data", num(year[ppm.notna()].nunique())),
        one(
            t,
            "numbers-in-question",
            "how many weeks were above 350 ppm",
            num(above(ppm.dropna(), 350)),
        ),
        one(
            t,
            "units-columns",
            "mean carbon dioxide concentration in the 1990s",
            num(ppm[(year >= 1990) & (year <= 1999)].mean()),
        ),
        one(t, "chart", "co2 trend over time", LINE),
        one(t, "chart", "histogram of the co2 readings", HISTOGRAM),
        SealedCase(
            t,
            [
                ("average co2 in 1970", num(yearly[1970])),
                ("and 1990?", num(yearly[1990])),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "forecast the co2 level for 2030", NO),
        one(t, "unanswerable", "what was the methane level in 1990", NO),
    ]
