"""Fourteenth sealed set, package tables (first half): the 1996 US voter survey, the Nile
flow at Aswan and the insect hostility ratings. Asked the way a data journalist on deadline
types. Gold is plain pandas on the CSV as `load()` reads it."""

from __future__ import annotations

from tests.sealed14.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

VOTE = "us_voter_survey_1996.csv"
NILE = "nile_flow_aswan.csv"
BUGS = "insect_hostility_ratings.csv"


def voters() -> list[SealedCase]:
    v = load(VOTE)
    dole = v["intended_vote"] == "Dole"
    clinton = v["intended_vote"] == "Clinton"
    by_party = v.groupby("party_id")
    return [
        one(
            VOTE,
            "aggregate",
            "ballpark, how old is the typical respondent? median age",
            num(v["age"].median()),
        ),
        one(
            VOTE,
            "aggregate",
            "avg number of days a week folks watch the tv news",
            num(v["tv_news_days_per_week"].mean()),
        ),
        one(
            VOTE,
            "group",
            "mean age of respondents by who they plan to vote for",
            num(v[clinton]["age"].mean(), v[dole]["age"].mean()),
        ),
        one(
            VOTE,
            "group",
            "share backing dole within each education level, in %",
            num(*(dole.groupby(v["education"]).mean() * 100).tolist()),
        ),
        one(
            VOTE,
            "ranking",
            "top three party id groups by headcount",
            ranked(v["party_id"].value_counts(), 3),
        ),
        one(
            VOTE,
            "superlative",
            "which education group skews oldest on average",
            ranked(v.groupby("education")["age"].mean(), 1),
        ),
        one(
            VOTE,
            "superlative",
            "which party id camp watches the most tv news on avg",
            ranked(by_party["tv_news_days_per_week"].mean(), 1),
        ),
        one(VOTE, "chart", "histogram of respondent ages", HISTOGRAM),
        one(VOTE, "chart", "pie of clinton vs dole among respondents", PIE),
        one(
            VOTE,
            "compare",
            "clinton vs dole - how many respondents back each one",
            num(clinton.sum(), dole.sum()),
        ),
        one(VOTE, "coverage", "how many people got surveyed here", num(len(v))),
        one(
            VOTE,
            "derived",
            "on average how far to the right of themselves do people place dole "
            "on the left-right scale",
            num((v["dole_lr"] - v["self_lr"]).mean()),
        ),
        SealedCase(
            VOTE,
            [
                (
                    "what % of strong democrats say they'll vote dole anyway",
                    num(dole[v["party_id"] == "Strong Democrat"].mean() * 100),
                ),
                (
                    "flip it - strong republicans going clinton",
                    num(clinton[v["party_id"] == "Strong Republican"].mean() * 100),
                ),
            ],
            "follow-up",
        ),
        one(
            VOTE,
            "numbers-in-question",
            "of respondents over 65, what share plan to go dole (%)",
            num(dole[v["age"] > 65].mean() * 100),
        ),
        one(
            VOTE,
            "numbers-in-question",
            "how many respondents are between 18 and 29 years old",
            num(v["age"].between(18, 29).sum()),
        ),
        one(
            VOTE,
            "units-columns",
            "average population of the place respondents live in - in actual people, not thousands",
            num(v["place_pop_thousands"].mean() * 1000),
        ),
        one(VOTE, "unanswerable", "break the dole vote down by state for me", NO),
        one(
            VOTE, "unanswerable", "how many of these folks actually turned out on election day", NO
        ),
        one(VOTE, "unanswerable", "which religion leans hardest toward dole", NO),
        SealedCase(
            VOTE,
            [
                ("median age of dole voters", num(v[dole]["age"].median())),
                ("what about clinton's", num(v[clinton]["age"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            VOTE,
            [
                (
                    "what % of independents (the pure ones) are going clinton",
                    num(clinton[v["party_id"] == "Independent"].mean() * 100),
                ),
                (
                    "and weak republicans",
                    num(clinton[v["party_id"] == "Weak Republican"].mean() * 100),
                ),
            ],
            "follow-up",
        ),
    ]


def nile() -> list[SealedCase]:
    n = load(NILE)
    s = n.set_index("year")["discharge_1e8_m3"]
    decade = (n["year"] // 10) * 10
    return [
        one(NILE, "aggregate", "what's the avg yearly flow at aswan", num(s.mean())),
        one(
            NILE,
            "aggregate",
            "how volatile is the flow - std dev of the annual numbers",
            num(s.std()),
        ),
        one(
            NILE,
            "superlative",
            "worst drought year on the nile - lowest flow",
            ranked(s, 1, ascending=True),
        ),
        one(NILE, "superlative", "when did the river run highest", ranked(s, 1)),
        one(NILE, "ranking", "five weakest flood years", ranked(s, 5, ascending=True)),
        one(NILE, "chart", "line chart of nile flow over time", LINE),
        one(NILE, "chart", "show me the spread of annual flows as a histogram", HISTOGRAM),
        one(NILE, "compare", "flow in 1900 vs 1950", num(s[1900], s[1950])),
        one(
            NILE,
            "coverage",
            "what years does this series run from and to",
            num(s.index.min(), s.index.max()),
        ),
        one(
            NILE,
            "date-part",
            "average flow for each decade",
            num(*n.groupby(decade)["discharge_1e8_m3"].mean().tolist()),
        ),
        one(
            NILE,
            "percent-change",
            "how big a drop from the first year on record to the last, in %",
            num(pct_change(s.iloc[0], s.iloc[-1])),
        ),
        one(
            NILE,
            "percent-change",
            "% change in flow between 1912 and 1913",
            num(pct_change(s[1912], s[1913])),
        ),
        one(NILE, "numbers-in-question", "how many years topped 1,000", num((s > 1000).sum())),
        one(
            NILE,
            "units-columns",
            "avg flow in years before 1900, in million cubic meters",
            num(s[s.index < 1900].mean() * 100),
        ),
        one(
            NILE,
            "units-columns",
            "total discharge over the whole record in billion cubic meters",
            num(s.sum() / 10),
        ),
        one(NILE, "units-columns", "average annual flow in cubic kilometers", num(s.mean() / 10)),
        one(NILE, "derived", "gap between the wettest and driest year", num(s.max() - s.min())),
        one(
            NILE, "derived", "how far below the long-run average was 1913", num(s.mean() - s[1913])
        ),
        one(
            NILE,
            "per-normalise",
            "1950 flow per day, in million cubic meters",
            num(s[1950] * 100 / 365),
        ),
        one(NILE, "unanswerable", "what was the flow in august of the driest year", NO),
        one(NILE, "unanswerable", "how much rain fell upstream in the ethiopian highlands", NO),
        one(NILE, "unanswerable", "what will the flow be next year", NO),
        SealedCase(
            NILE,
            [
                ("mean flow from 1871 through 1898", num(s.loc[1871:1898].mean())),
                ("and from 1899 on", num(s.loc[1899:].mean())),
                (
                    "so how big a drop is that in %",
                    num(pct_change(s.loc[1871:1898].mean(), s.loc[1899:].mean())),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            NILE,
            [
                ("flow in 1930", num(s[1930])),
                ("and 1960?", num(s[1960])),
            ],
            "follow-up",
        ),
    ]


def bugs() -> list[SealedCase]:
    b = load(BUGS)
    k = "desire_to_kill_0_10"
    hi_d = b["disgust_level"] == "High"
    hi_f = b["fear_level"] == "High"
    wide = b.pivot_table(index="respondent", columns=["disgust_level", "fear_level"], values=k)
    gap = (wide[("High", "High")] - wide[("Low", "Low")]).mean()
    return [
        one(
            BUGS,
            "aggregate",
            "headline number: average kill score across every rating",
            num(b[k].mean()),
        ),
        one(
            BUGS,
            "long-format",
            "avg kill score for bugs that are scary but not gross",
            num(b[~hi_d & hi_f][k].mean()),
        ),
        one(
            BUGS, "group", "avg kill rating by region", num(*b.groupby("region")[k].mean().tolist())
        ),
        one(
            BUGS,
            "superlative",
            "which region is the most bloodthirsty on average",
            ranked(b.groupby("region")[k].mean(), 1),
        ),
        one(
            BUGS,
            "ranking",
            "rank the top three regions for wanting bugs dead",
            ranked(b.groupby("region")[k].mean(), 3),
        ),
        one(BUGS, "chart", "box plot of kill scores, men vs women", BOX),
        one(BUGS, "chart", "bar chart of the average kill score by region", BAR),
        one(
            BUGS,
            "compare",
            "women vs men - avg desire to kill",
            num(b[b["gender"] == "Female"][k].mean(), b[b["gender"] == "Male"][k].mean()),
        ),
        one(BUGS, "coverage", "how many people took part", num(b["respondent"].nunique())),
        one(
            BUGS,
            "coverage",
            "how many distinct regions are respondents from",
            num(b["region"].nunique()),
        ),
        one(
            BUGS,
            "long-format",
            "avg kill score for bugs rated both very gross and very scary",
            num(b[hi_d & hi_f][k].mean()),
        ),
        one(
            BUGS,
            "long-format",
            "how much keener are people to kill the scary ones? avg for high-fear vs low-fear bugs",
            num(b[hi_f][k].mean(), b[~hi_f][k].mean()),
        ),
        one(
            BUGS,
            "long-format",
            "mean kill score when a bug is disgusting but not frightening",
            num(b[hi_d & ~hi_f][k].mean()),
        ),
        one(
            BUGS,
            "derived",
            "per person, the gap between their gross-and-scary score and their "
            "harmless-looking score - average it",
            num(gap),
        ),
        one(
            BUGS,
            "numbers-in-question",
            "how many ratings came in at 9 or above",
            num((b[k] >= 9).sum()),
        ),
        one(BUGS, "numbers-in-question", "how many ratings were below 2", num((b[k] < 2).sum())),
        one(BUGS, "unanswerable", "which insect species got the highest kill score", NO),
        one(BUGS, "unanswerable", "how old are the people in this study on average", NO),
        one(BUGS, "unanswerable", "how long did people take to rate each picture", NO),
        SealedCase(
            BUGS,
            [
                (
                    "avg kill rating from respondents in europe",
                    num(b[b["region"] == "Europe"][k].mean()),
                ),
                ("now just north", num(b[b["region"] == "North"][k].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            BUGS,
            [
                (
                    "average kill score when the bug looks harmless - low disgust, low fear",
                    num(b[~hi_d & ~hi_f][k].mean()),
                ),
                ("what about the median", num(b[~hi_d & ~hi_f][k].median())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return [*voters(), *nile(), *bugs()]
