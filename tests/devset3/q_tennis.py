"""Conversations over tennis_matches.csv: a tour's main-draw matches, 2021–2024 (ten
32-player events a year, `match_date` as `dd.mm.yyyy`, a rank of 1 is the best, a few blank
`minutes`, `prize_usd` is the winner's prize for that round)."""

from __future__ import annotations

from tests.devset3.cases import (
    BAR,
    HISTOGRAM,
    NO,
    SealedCase,
    best,
    load,
    num,
    one,
    pct_change,
    ranked,
)

DOTTED = "%d.%m.%Y"


def cases() -> list[SealedCase]:
    t = "tennis_matches.csv"
    m = load(t, "match_date", DOTTED)
    year = m["_d"].dt.year
    mins = m["minutes"]
    wins = m["winner"].value_counts()
    finals = m[m["round"] == "F"]
    timed = m[mins.notna()]

    def won(player: str, y: int) -> int:
        return int(((m["winner"] == player) & (year == y)).sum())

    def event_minutes(name: str) -> float:
        return float(mins[m["tourney"] == name].mean())

    def winner_aces(surface: str) -> int:
        return int(m.loc[m["surface"] == surface, "aces_w"].sum())

    growth = pct_change(mins[year == 2021].sum(), mins[year == 2022].sum())
    assert growth > 0
    rows = [
        ("aggregate", "how many matches are in the data", num(len(m))),
        ("aggregate", "total prize money paid out", num(m["prize_usd"].sum())),
        (
            "group",
            "avg match length in minutes by surface",
            num(*m.groupby("surface")["minutes"].mean()),
        ),
        ("group", "number of matches per round", num(*m.groupby("round").size())),
        ("ranking", "top 3 players by matches won", ranked(wins, 3)),
        (
            "ranking",
            "top 5 players by total prize money",
            ranked(m.groupby("winner")["prize_usd"].sum(), 5),
        ),
        (
            "superlative",
            "which tournament has the most total minutes played? how many",
            num(best(m.groupby("tourney")["minutes"].sum())),
        ),
        (
            "superlative",
            "who won the most titles (finals won)? how many",
            num(best(finals["winner"].value_counts())),
        ),
        (
            "compare",
            "avg aces per match: winners vs losers",
            num(m["aces_w"].mean(), m["aces_l"].mean()),
        ),
        (
            "compare",
            "average minutes of best-of-5 vs best-of-3 matches",
            num(mins[m["best_of"] == 5].mean(), mins[m["best_of"] == 3].mean()),
        ),
        ("coverage", "which seasons does this cover", num(year.min(), year.max())),
        ("date-part", "how many matches were played in june", num((m["_d"].dt.month == 6).sum())),
        (
            "derived",
            "upset rate: % of matches where winner_rank is bigger than loser_rank",
            num((m["winner_rank"] > m["loser_rank"]).mean() * 100),
        ),
        (
            "derived",
            "avg total aces per match (both players)",
            num((m["aces_w"] + m["aces_l"]).mean()),
        ),
        (
            "per-normalise",
            "minutes per set overall (total minutes / total sets, matches with a time)",
            num(timed["minutes"].sum() / timed["sets"].sum()),
        ),
        (
            "per-normalise",
            "average number of wins per player",
            num(len(m) / m["winner"].nunique()),
        ),
        ("percent-change", "pct increase in total match minutes from 2021 to 2022", num(growth)),
        (
            "numbers-in-question",
            "how many matches took 3 hours or longer",
            num((mins >= 180).sum()),
        ),
        (
            "numbers-in-question",
            "matches where the winner hit 15 or more aces",
            num((m["aces_w"] >= 15).sum()),
        ),
        (
            "long-format",
            "how many matches were played on clay",
            num((m["surface"] == "Clay").sum()),
        ),
        (
            "long-format",
            "how many finals did H. Dubois win",
            num((finals["winner"] == "H. Dubois").sum()),
        ),
        ("chart", "bar chart of wins by player", BAR),
        ("chart", "histogram of match duration", HISTOGRAM),
        ("unanswerable", "which player has the fastest serve", NO),
        ("unanswerable", "how many spectators attended wimbledon", NO),
        ("unanswerable", "ticket revenue by tournament", NO),
        ("unanswerable", "why does Iqbal win so much", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                ("how many matches did H. Dubois win in 2023", num(won("H. Dubois", 2023))),
                ("and in 2024?", num(won("H. Dubois", 2024))),
                ("what about S. Iqbal?", num(won("S. Iqbal", 2024))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg minutes for matches at roland garros", num(event_minutes("Roland Garros"))),
                ("and wimbledon?", num(event_minutes("Wimbledon"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("total aces by match winners on grass", num(winner_aces("Grass"))),
                ("on clay?", num(winner_aces("Clay"))),
            ],
            "follow-up",
        ),
    ]
