"""Questions over three packaged tables: movies.csv (a sample of ggplot2's IMDb movies),
baseball.csv (plyr's batting records) and bundesliga.csv (vcd's match results)."""

from __future__ import annotations

from tests.devset2.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    SealedCase,
    above,
    load,
    num,
    one,
    pct_change,
    top,
)

GENRES = ["Action", "Animation", "Comedy", "Drama", "Documentary", "Romance", "Short"]


def movies() -> list[SealedCase]:
    t = "movies.csv"
    m = load(t)
    rating, year = m["rating"], m["year"]
    per_year = year.value_counts()
    titled = m.set_index("title")

    def genre_rating(genre: str) -> float:
        return float(rating[m[genre] == 1].mean())

    return [
        one(t, "aggregate", "whats the avg imdb rating across all films", num(rating.mean())),
        one(t, "aggregate", "median running time of the movies", num(m["length"].median())),
        one(
            t,
            "aggregate",
            "how many of the films have a budget figure",
            num(m["budget"].notna().sum()),
        ),
        one(t, "group", "count of films for each mpaa rating", num(*m.groupby("mpaa").size())),
        # Decades of the release year (1890s … 2000s): twelve groups.
        one(
            t,
            "group",
            "mean rating broken down by decade",
            num(*m.groupby(year // 10 * 10)["rating"].mean()),
        ),
        one(t, "ranking", "top 3 most voted movies", top(titled["votes"])),
        one(t, "ranking", "3 biggest budgets - which films?", top(titled["budget"].dropna())),
        one(t, "chart", "histogram of the ratings", HISTOGRAM),
        one(t, "chart", "plot number of films per year over time", LINE),
        one(
            t,
            "compare",
            "are comedies or dramas rated higher on avg",
            num(genre_rating("Comedy"), genre_rating("Drama")),
        ),
        one(t, "coverage", "what years do these movies span", num(year.min(), year.max())),
        # Films flagged Animation = 1 over all films, in percent.
        one(
            t,
            "derived",
            "what percentage of the films are animated",
            num(m["Animation"].mean() * 100),
        ),
        # All ten years of the 1990s are present: films of 1990–1999 / 10.
        one(
            t,
            "per-normalise",
            "on average how many films per year were released in the 1990s",
            num(year.between(1990, 1999).sum() / 10),
        ),
        one(
            t,
            "percent-change",
            "% change in the number of films from 1980 to 2000",
            num(pct_change(per_year[1980], per_year[2000])),
        ),
        one(
            t,
            "numbers-in-question",
            "how many films run longer than 3 hours (180 min)",
            num((m["length"] > 180).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "no. of movies with more than 10k votes",
            num(above(m["votes"], 10_000)),
        ),
        one(
            t,
            "numbers-in-question",
            "how many films are tagged with at least 3 genres",
            num((m[GENRES].sum(axis=1) >= 3).sum()),
        ),
        one(t, "long-format", "how many films are rated R", num((m["mpaa"] == "R").sum())),
        SealedCase(
            t,
            [
                ("mean rating of action movies", num(genre_rating("Action"))),
                ("and for animation?", num(genre_rating("Animation"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many films came out in 1995", num(per_year[1995])),
                ("what about 2004?", num(per_year[2004])),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "which director made the most films", NO),
        one(t, "unanswerable", "total box office gross of the 1990s films", NO),
        one(t, "unanswerable", "how many films were released in 2012", NO),
    ]


def baseball() -> list[SealedCase]:
    t = "baseball.csv"
    b = load(t)
    hr_year = b.groupby("year")["hr"].sum()
    by_player = b.groupby("id")

    def league_hr(league: str, year: int) -> int:
        return int(b.loc[(b["lg"] == league) & (b["year"] == year), "hr"].sum())

    def player_hr(player: str) -> int:
        return int(b.loc[b["id"] == player, "hr"].sum())

    return [
        one(t, "aggregate", "total home runs in the table", num(b["hr"].sum())),
        one(t, "aggregate", "how many distinct players are there", num(b["id"].nunique())),
        one(t, "group", "sum of hits for each league", num(*b.groupby("lg")["h"].sum())),
        one(t, "ranking", "top 3 players by career home runs", top(by_player["hr"].sum())),
        one(
            t,
            "ranking",
            "5 teams with the most stolen bases",
            top(b.groupby("team")["sb"].sum(), 5),
        ),
        one(t, "chart", "chart home runs per season over time", LINE),
        one(
            t,
            "compare",
            "in 2000 did NL or AL batters hit more homers",
            num(league_hr("NL", 2000), league_hr("AL", 2000)),
        ),
        one(
            t,
            "coverage",
            "first and last season in the data?",
            num(b["year"].min(), b["year"].max()),
        ),
        # Batting average over all rows: total hits / total at-bats.
        one(
            t,
            "derived",
            "overall batting average (hits divided by at bats)",
            num(b["h"].sum() / b["ab"].sum()),
        ),
        # Per player: the number of different teams; then the mean over players.
        one(
            t,
            "per-normalise",
            "how many different teams does a player play for on average",
            num(by_player["team"].nunique().mean()),
        ),
        one(
            t,
            "percent-change",
            "by how much % did total home runs grow from 1950 to 2000",
            num(pct_change(hr_year[1950], hr_year[2000])),
        ),
        one(
            t,
            "numbers-in-question",
            "how many rows have 40 or more home runs",
            num((b["hr"] >= 40).sum()),
        ),
        SealedCase(
            t,
            [
                ("how many home runs did ruthba01 hit in total", num(player_hr("ruthba01"))),
                ("and aaronha01?", num(player_hr("aaronha01"))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what was bondsba01's salary in 2001", NO),
        one(t, "unanswerable", "how many home runs were hit in 2015", NO),
    ]


def bundesliga() -> list[SealedCase]:
    t = "bundesliga.csv"
    g = load(t, "Date")
    goals = g["HomeGoals"] + g["AwayGoals"]
    season = g["Year"]
    home_win = g["HomeGoals"] > g["AwayGoals"]
    recent = g[season >= 2000]
    # "The 1970 season" is `Year` == 1970 (the season's first year; calendar years of `Date`
    # would split seasons).

    def season_goals_per_game(year: int) -> float:
        return float(goals[season == year].mean())

    def home_wins(team: str) -> int:
        return int((home_win & (g["HomeTeam"] == team)).sum())

    return [
        one(t, "aggregate", "how many goals were scored in all these matches", num(goals.sum())),
        one(
            t,
            "group",
            "avg home goals per match for each season from 2000 onward",
            num(*recent.groupby("Year")["HomeGoals"].mean()),
        ),
        one(
            t,
            "ranking",
            "top 3 teams by number of home wins",
            top(g.loc[home_win, "HomeTeam"].value_counts()),
        ),
        one(t, "chart", "bar chart: home wins vs draws vs away wins", BAR),
        one(
            t,
            "compare",
            "do home teams or away teams score more per game",
            num(g["HomeGoals"].mean(), g["AwayGoals"].mean()),
        ),
        one(
            t,
            "compare",
            "more goals per match in the 1970 season or the 2005 season?",
            num(season_goals_per_game(1970), season_goals_per_game(2005)),
        ),
        one(t, "coverage", "how many seasons are in the data", num(season.nunique())),
        one(
            t,
            "date-part",
            "how many matches were played on a saturday",
            num((g["_d"].dt.day_of_week == 5).sum()),
        ),
        one(
            t,
            "date-part",
            "how many games took place in december (all seasons)",
            num((g["_d"].dt.month == 12).sum()),
        ),
        one(
            t,
            "derived",
            "what share of matches did the home side win, in %",
            num(home_win.mean() * 100),
        ),
        one(t, "per-normalise", "average goals per match", num(goals.mean())),
        one(
            t,
            "percent-change",
            "% change in total goals between the 1963 and 1983 seasons",
            num(pct_change(goals[season == 1963].sum(), goals[season == 1983].sum())),
        ),
        one(
            t,
            "numbers-in-question",
            "how many games had more than 7 goals in total",
            num((goals > 7).sum()),
        ),
        one(
            t,
            "long-format",
            "how many home games did bayern muenchen play",
            num((g["HomeTeam"] == "Bayern Muenchen").sum()),
        ),
        SealedCase(
            t,
            [
                ("how many home wins did hamburger sv get", num(home_wins("Hamburger SV"))),
                ("and werder bremen?", num(home_wins("Werder Bremen"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg goals per game in the 1980 season", num(season_goals_per_game(1980))),
                ("and in 2000?", num(season_goals_per_game(2000))),
                ("what about 1965", num(season_goals_per_game(1965))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what was the average attendance", NO),
        one(t, "unanswerable", "who scored the most goals for dortmund", NO),
    ]
