"""Sealed set 5, package tables (b): us_state_production.csv, ca_school_districts.csv."""

from __future__ import annotations

from tests.sealed5.cases import (
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

PROD = "us_state_production.csv"
SCH = "ca_school_districts.csv"


def production() -> list[SealedCase]:
    d = load(PROD)

    def at(state: str, year: int, column: str) -> float:
        row = d[(d["state"] == state) & (d["year"] == year)]
        assert len(row) == 1, (state, year)
        return float(row[column].iloc[0])

    y86 = d[d["year"] == 1986].set_index("state")
    by_year = d.groupby("year")
    return [
        one(PROD, "ranking", "top 5 states by gsp in 1986", ranked(y86["gsp"], 5)),
        one(
            PROD,
            "percent-change",
            "pct growth in texas gross state product from 1970 to 1986",
            num(pct_change(at("TEXAS", 1970, "gsp"), at("TEXAS", 1986, "gsp"))),
        ),
        one(
            PROD,
            "superlative",
            "which year had the highest average unemployment rate across the states, "
            "and what was it",
            num(by_year["unemp"].mean().idxmax(), by_year["unemp"].mean().max()),
        ),
        one(
            PROD,
            "compare",
            "compare california and new york gsp in 1980",
            num(at("CALIFORNIA", 1980, "gsp"), at("NEW_YORK", 1980, "gsp")),
        ),
        one(
            PROD,
            "derived",
            "gsp per employee for ohio in 1986 (gsp divided by emp)",
            num(at("OHIO", 1986, "gsp") / at("OHIO", 1986, "emp")),
        ),
        one(
            PROD,
            "per-normalise",
            "average gsp per state in 1986",
            num(y86["gsp"].mean()),
        ),
        one(PROD, "unanswerable", "what was alaska's gross state product", NO),
        one(PROD, "unanswerable", "break down gsp by county for illinois", NO),
        one(PROD, "unanswerable", "why did unemployment jump in the early eighties?", NO),
        one(PROD, "unanswerable", "whats michigan's gsp this decade", NO),
        SealedCase(
            PROD,
            [
                ("unemployment rate in michigan in 1982?", num(at("MICHIGAN", 1982, "unemp"))),
                ("and in 1986?", num(at("MICHIGAN", 1986, "unemp"))),
            ],
            "follow-up",
        ),
        SealedCase(
            PROD,
            [
                ("highway capital (hwy) for florida in 1975", num(at("FLORIDA", 1975, "hwy"))),
                ("same for georgia", num(at("GEORGIA", 1975, "hwy"))),
            ],
            "follow-up",
        ),
        one(
            PROD,
            "long-format",
            "what was the public capital stock of pennsylvania in 1979",
            num(at("PENNSYLVANIA", 1979, "pcap")),
        ),
        one(
            PROD,
            "long-format",
            "total water capital across all states in 1984",
            num(d.loc[d["year"] == 1984, "water"].sum()),
        ),
        one(PROD, "chart", "line chart of florida's gsp over the years", LINE),
        one(
            PROD,
            "units-columns",
            "how many people (not thousands) were employed in texas in 1986",
            num(at("TEXAS", 1986, "emp") * 1000),
        ),
        one(
            PROD,
            "coverage",
            "what years does this data span",
            num(d["year"].min(), d["year"].max()),
        ),
        one(
            PROD,
            "numbers-in-question",
            "in 1983 how many states had unemployment above 10%",
            num((d.loc[d["year"] == 1983, "unemp"] > 10).sum()),
        ),
        one(
            PROD,
            "superlative",
            "lowest unemployment rate of any state in 1986?",
            num(y86["unemp"].min()),
        ),
        one(
            PROD,
            "ranking",
            "the 3 states with the smallest gsp in 1970, lowest first",
            ranked(d[d["year"] == 1970].set_index("state")["gsp"], 3, ascending=True),
        ),
        one(
            PROD,
            "long-format",
            "unemp rate new jersey 1975",
            num(at("NEW_JERSEY", 1975, "unemp")),
        ),
        one(PROD, "unanswerable", "how much did each state spend on education?", NO),
        one(
            PROD,
            "group",
            "avg unemployment rate for 1980, 1981 and 1982",
            num(*(by_year["unemp"].mean()[y] for y in (1980, 1981, 1982))),
        ),
    ]


def schools() -> list[SealedCase]:
    d = load(SCH)
    by_county = d.groupby("county")
    la, fresno = d[d["county"] == "Los Angeles"], d[d["county"] == "Fresno"]
    return [
        one(SCH, "aggregate", "avg test score across districts", num(d["testscr"].mean())),
        one(
            SCH,
            "ranking",
            "top 3 counties by total enrollment",
            ranked(by_county["enrltot"].sum(), 3),
        ),
        one(
            SCH,
            "superlative",
            "which district has the highest math score? what's the score",
            num(d["mathscr"].max()),
        ),
        one(
            SCH,
            "numbers-in-question",
            "how many districts have a student teacher ratio above 22",
            num((d["str"] > 22).sum()),
        ),
        one(
            SCH,
            "derived",
            "overall students per teacher: total enrollment divided by total teachers",
            num(d["enrltot"].sum() / d["teachers"].sum()),
        ),
        one(
            SCH,
            "compare",
            "average reading score vs average math score",
            num(d["readscr"].mean(), d["mathscr"].mean()),
        ),
        one(
            SCH,
            "per-normalise",
            "on average how many teachers does a district have",
            num(d["teachers"].mean()),
        ),
        one(
            SCH,
            "units-columns",
            "mean district avg income in dollars",
            num(d["avginc"].mean() * 1000),
        ),
        one(
            SCH,
            "aggregate",
            "avg spending per pupil",
            num(d["expnstu"].mean()),
        ),
        one(SCH, "unanswerable", "how did test scores change compared to last year", NO),
        one(SCH, "unanswerable", "which district has the highest dropout rate", NO),
        one(SCH, "unanswerable", "average test score of the high school districts?", NO),
        SealedCase(
            SCH,
            [
                ("avg testscr in los angeles county", num(la["testscr"].mean())),
                ("and fresno?", num(fresno["testscr"].mean())),
            ],
            "follow-up",
        ),
        one(SCH, "chart", "scatter plot of test score vs pct free meals", SCATTER),
        one(
            SCH,
            "group",
            "average test score by grade span",
            num(*d.groupby("grspan")["testscr"].mean()),
        ),
        one(
            SCH,
            "numbers-in-question",
            "how many districts enroll more than 10,000 students",
            num((d["enrltot"] > 10_000).sum()),
        ),
        one(
            SCH,
            "numbers-in-question",
            "avg elpct in districts where more than half the students get free meals",
            num(d.loc[d["mealpct"] > 50, "elpct"].mean()),
        ),
        SealedCase(
            SCH,
            [
                ("how many districts are in kern county", num((d["county"] == "Kern").sum())),
                ("and in tulare?", num((d["county"] == "Tulare").sum())),
            ],
            "follow-up",
        ),
        one(SCH, "unanswerable", "average teacher salary by county", NO),
        one(
            SCH,
            "per-normalise",
            "how many districts per grade span",
            num(*d.groupby("grspan").size()),
        ),
    ]


def cases() -> list[SealedCase]:
    return production() + schools()
