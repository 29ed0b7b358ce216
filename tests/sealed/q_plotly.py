"""Questions over four tables that ship inside plotly: election, medals (long format), wind
and experiment."""

from __future__ import annotations

from tests.sealed.cases import BAR, BOX, NO, PIE, SealedCase, load, num, one, top


def election() -> list[SealedCase]:
    t = "election.csv"
    e = load(t)

    def won(name: str, result: str) -> int:
        return int(((e["winner"] == name) & (e["result"] == result)).sum())

    return [
        one(t, "aggregate", "total votes for coderre", num(e["Coderre"].sum())),
        one(
            t,
            "compare",
            "did joly or bergeron get more votes overall",
            num(e["Joly"].sum(), e["Bergeron"].sum()),
        ),
        one(t, "group", "districts won per candidate", num(*e["winner"].value_counts())),
        one(
            t,
            "numbers-in-question",
            "how many districts with total above 10,000",
            num((e["total"] > 10000).sum()),
        ),
        one(
            t,
            "derived",
            "joly's overall vote share in %",
            num(e["Joly"].sum() / e["total"].sum() * 100),
        ),
        one(t, "ranking", "top 3 districts by total votes", top(e.set_index("district")["total"])),
        one(t, "per-normalise", "avg votes per district", num(e["total"].mean())),
        one(t, "group", "avg total by result", num(*e.groupby("result")["total"].mean())),
        one(t, "aggregate", "max bergeron votes in a district", num(e["Bergeron"].max())),
        one(t, "chart", "bar chart of total votes by winner", BAR),
        one(t, "unanswerable", "what was the turnout %", NO),
        one(t, "unanswerable", "how many votes did Plante get", NO),
        SealedCase(
            t,
            [
                ("how many districts did coderre win by majority", num(won("Coderre", "majority"))),
                ("and joly?", num(won("Joly", "majority"))),
            ],
            "follow-up",
        ),
    ]


def medals() -> list[SealedCase]:
    t = "medals.csv"
    m = load(t)

    def count(nation: str | None, medal: str | None) -> float:
        rows = m["count"].notna()
        if nation is not None:
            rows &= m["nation"] == nation
        if medal is not None:
            rows &= m["medal"] == medal
        return m.loc[rows, "count"].sum()

    return [
        one(t, "long-format", "how many silver medals in total", num(count(None, "silver"))),
        one(t, "long-format", "china's bronze count", num(count("China", "bronze"))),
        one(t, "group", "total medals per nation", num(*m.groupby("nation")["count"].sum())),
        one(
            t,
            "ranking",
            "rank the nations by gold",
            top(m[m["medal"] == "gold"].set_index("nation")["count"]),
        ),
        one(
            t,
            "compare",
            "did canada or china win more silver",
            num(count("Canada", "silver"), count("China", "silver")),
        ),
        one(t, "chart", "pie of medals by nation", PIE),
        one(t, "unanswerable", "how many medals did usa win", NO),
        SealedCase(
            t,
            [
                ("how many gold medals did south korea win", num(count("South Korea", "gold"))),
                ("and silver?", num(count("South Korea", "silver"))),
            ],
            "follow-up",
        ),
    ]


def wind() -> list[SealedCase]:
    t = "wind.csv"
    w = load(t)

    def freq(direction: str, strength: str) -> float:
        rows = (w["direction"] == direction) & (w["strength"] == strength)
        assert rows.sum() == 1
        return float(w.loc[rows, "frequency"].iloc[0])

    return [
        one(
            t,
            "aggregate",
            "total frequency for direction N",
            num(w.loc[w["direction"] == "N", "frequency"].sum()),
        ),
        one(
            t,
            "ranking",
            "top 3 directions by total frequency",
            top(w.groupby("direction")["frequency"].sum()),
        ),
        one(t, "long-format", "frequency for strength 6+ from the W", num(freq("W", "6+"))),
        one(
            t, "group", "avg frequency by strength", num(*w.groupby("strength")["frequency"].mean())
        ),
        one(t, "chart", "bar chart of frequency by direction", BAR),
        one(t, "unanswerable", "avg wind speed in january", NO),
        SealedCase(
            t,
            [
                ("frequency of NE winds at strength 0-1", num(freq("NE", "0-1"))),
                ("and at 1-2?", num(freq("NE", "1-2"))),
            ],
            "follow-up",
        ),
    ]


def experiment() -> list[SealedCase]:
    t = "experiment.csv"
    x = load(t)
    e1, e2, e3 = x["experiment_1"], x["experiment_2"], x["experiment_3"]
    return [
        one(
            t,
            "compare",
            "avg experiment_1 for treatment vs control",
            num(e1[x["group"] == "treatment"].mean(), e1[x["group"] == "control"].mean()),
        ),
        one(
            t,
            "group",
            "mean experiment 3 by gender",
            num(*x.groupby("gender")["experiment_3"].mean()),
        ),
        one(
            t,
            "aggregate",
            "how many in the treatment group",
            num((x["group"] == "treatment").sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many experiment_2 scores above 100",
            num((e2 > 100).sum()),
        ),
        one(
            t,
            "derived",
            "difference between avg experiment_2 and avg experiment_1",
            num(e2.mean() - e1.mean()),
        ),
        one(t, "chart", "box plot of experiment_1 by group", BOX),
        one(t, "aggregate", "std dev of experiment_3", num(e3.std())),
        SealedCase(
            t,
            [
                ("avg experiment_2 for females", num(e2[x["gender"] == "female"].mean())),
                ("and males?", num(e2[x["gender"] == "male"].mean())),
            ],
            "follow-up",
        ),
    ]
