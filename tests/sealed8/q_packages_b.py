"""Conversations over the package tables cherry_trees.csv, hair_eye_color.csv and
occupational_prestige.csv."""

from __future__ import annotations

from tests.sealed8.cases import (
    BAR,
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

TREES = "cherry_trees.csv"
HAIR = "hair_eye_color.csv"
JOBS = "occupational_prestige.csv"


def cherry_trees() -> list[SealedCase]:
    t = load(TREES)
    thin = t[t["Girth"] < 12]["Volume"]
    thick = t[t["Girth"] >= 12]["Volume"]
    tall = t[t["Height"] > 75]["Volume"]
    short = t[t["Height"] <= 75]["Volume"]
    assert (t["Girth"] == t["Girth"].max()).sum() == 1
    return [
        one(TREES, "aggregate", "total timber volume of all the trees", num(t["Volume"].sum())),
        one(TREES, "aggregate", "avg tree height?", num(t["Height"].mean())),
        one(TREES, "units-columns", "average height in metres", num((t["Height"] * 0.3048).mean())),
        one(TREES, "units-columns", "how many cubic metres of wood in total",
            num((t["Volume"] * 0.028316846592).sum())),
        one(TREES, "units-columns", "avg girth in cm", num((t["Girth"] * 2.54).mean())),
        one(TREES, "numbers-in-question", "how many trees are taller than 80 ft",
            num((t["Height"] > 80).sum())),
        one(TREES, "numbers-in-question", "trees with 30 cu ft of volume or more - how many?",
            num((t["Volume"] >= 30).sum())),
        one(TREES, "per-normalise",
            "volume per foot of height, worked out per tree and then averaged",
            num((t["Volume"] / t["Height"]).mean())),
        one(TREES, "chart", "scatter girth vs volume", SCATTER),
        one(TREES, "compare",
            "avg volume of trees with girth under 12 inches vs those at 12 or more",
            num(thin.mean(), thick.mean())),
        one(TREES, "superlative", "how tall is the tree with the biggest girth",
            num(t.loc[t["Girth"].idxmax(), "Height"])),
        one(TREES, "derived", "correlation between height and volume",
            num(t["Height"].corr(t["Volume"]))),
        one(TREES, "coverage", "how many trees were measured", num(len(t))),
        SealedCase(TREES, [
            ("median volume?", num(t["Volume"].median())),
            ("and the median height?", num(t["Height"].median())),
        ], "follow-up"),
        SealedCase(TREES, [
            ("avg volume for trees over 75 ft", num(tall.mean())),
            ("same but for trees 75 ft or under", num(short.mean())),
        ], "follow-up"),
        one(TREES, "unanswerable", "how old is the oldest tree", NO),
        one(TREES, "unanswerable", "which forest stand yielded the most timber", NO),
        one(TREES, "unanswerable", "what did the timber sell for per cubic foot", NO),
        one(TREES, "unanswerable", "how much did the trees grow each year on average", NO),
    ]  # fmt: skip


def hair_eye_color() -> list[SealedCase]:
    h = load(HAIR)
    f = h["Freq"]
    total = f.sum()
    eye = h.groupby("Eye")["Freq"].sum()
    hair = h.groupby("Hair")["Freq"].sum()
    sex = h.groupby("Sex")["Freq"].sum()
    combo = h.groupby(["Hair", "Eye"])["Freq"].sum()
    brown = h[h["Hair"] == "Brown"]
    red = h[h["Hair"] == "Red"].set_index("Sex")["Freq"].groupby(level=0).sum()
    fem = h[h["Sex"] == "Female"]
    male = h[h["Sex"] == "Male"]
    return [
        one(HAIR, "long-format", "how many students are in this survey in total", num(total)),
        one(HAIR, "long-format", "how many have blue eyes", num(eye["Blue"])),
        one(HAIR, "long-format", "what % of the students are blond",
            num(hair["Blond"] / total * 100)),
        one(HAIR, "long-format", "among brown-haired students, what share have hazel eyes (%)",
            num(brown[brown["Eye"] == "Hazel"]["Freq"].sum() / brown["Freq"].sum() * 100)),
        one(HAIR, "aggregate", "number of blond women with blue eyes",
            num(f[(h["Hair"] == "Blond") & (h["Sex"] == "Female") & (h["Eye"] == "Blue")].sum())),
        one(HAIR, "group", "headcount by hair colour", num(*hair.tolist())),
        one(HAIR, "ranking", "rank the eye colours by how many students have them",
            ranked(eye, 4)),
        one(HAIR, "compare", "more men or women? give both counts",
            num(sex["Male"], sex["Female"])),
        one(HAIR, "superlative",
            "most common hair + eye colour combo (both sexes together) - how many students",
            num(combo.max())),
        one(HAIR, "derived", "ratio of blue-eyed to brown-eyed students",
            num(eye["Blue"] / eye["Brown"])),
        one(HAIR, "chart", "bar chart of students by eye colour", BAR),
        one(HAIR, "chart", "pie of hair colours", PIE),
        one(HAIR, "per-normalise",
            "on average how many students are there per hair/eye/sex row of the table",
            num(f.mean())),
        one(HAIR, "numbers-in-question", "how many hair/eye/sex rows have a count above 50",
            num((f > 50).sum())),
        one(HAIR, "coverage", "how many different hair colours and eye colours are listed",
            num(h["Hair"].nunique(), h["Eye"].nunique())),
        SealedCase(HAIR, [
            ("how many red-haired women", num(red["Female"])),
            ("and red-haired men?", num(red["Male"])),
        ], "follow-up"),
        SealedCase(HAIR, [
            ("what % of females have blue eyes",
             num(fem[fem["Eye"] == "Blue"]["Freq"].sum() / fem["Freq"].sum() * 100)),
            ("same for males",
             num(male[male["Eye"] == "Blue"]["Freq"].sum() / male["Freq"].sum() * 100)),
        ], "follow-up"),
        one(HAIR, "unanswerable", "what's the average age of these students", NO),
        one(HAIR, "unanswerable", "break the eye colours down by nationality", NO),
        one(HAIR, "unanswerable", "how many of them wear glasses", NO),
    ]  # fmt: skip


def occupational_prestige() -> list[SealedCase]:
    j = load(JOBS)
    jobs = j.set_index("occupation")
    by_type = j.groupby("type")
    income = by_type["income"].mean()
    edu = by_type["education"].mean()
    assert income["prof"] > income["bc"]
    return [
        one(JOBS, "aggregate", "avg prestige score across the occupations",
            num(j["prestige"].mean())),
        one(JOBS, "aggregate", "median income?", num(j["income"].median())),
        one(JOBS, "group", "average income for each occupation type", num(*income.tolist())),
        one(JOBS, "ranking", "top 5 occupations by income", ranked(jobs["income"], 5)),
        one(JOBS, "ranking", "the 3 least prestigious jobs, lowest first",
            ranked(jobs["prestige"], 3, ascending=True)),
        one(JOBS, "compare", "avg years of education: professional vs blue collar jobs",
            num(edu["prof"], edu["bc"])),
        one(JOBS, "numbers-in-question", "how many occupations pay over 10,000 on average",
            num((j["income"] > 10000).sum())),
        one(JOBS, "numbers-in-question", "how many jobs are more than 50% women",
            num((j["women"] > 50).sum())),
        one(JOBS, "derived", "corr between education and prestige",
            num(j["education"].corr(j["prestige"]))),
        one(JOBS, "derived", "income gap: avg prof income minus avg white-collar income",
            num(income["prof"] - income["wc"])),
        one(JOBS, "superlative", "which occupation has the highest share of women? what's the pct",
            num(j["women"].max())),
        one(JOBS, "chart", "scatter of income vs prestige", SCATTER),
        one(JOBS, "per-normalise", "mean prestige per occupation type",
            num(*by_type["prestige"].mean().tolist())),
        one(JOBS, "coverage", "how many occupations are listed, and how many have no type",
            num(len(j), j["type"].isna().sum())),
        one(JOBS, "percent-change",
            "how much higher, in %, is avg income for prof jobs than for bc jobs",
            num(pct_change(income["bc"], income["prof"]))),
        SealedCase(JOBS, [
            ("avg income of occupations that are more than 80% women",
             num(j[j["women"] > 80]["income"].mean())),
            ("and under 20% women?", num(j[j["women"] < 20]["income"].mean())),
        ], "follow-up"),
        SealedCase(JOBS, [
            ("top 3 occupations by education", ranked(jobs["education"], 3)),
            ("now by prestige", ranked(jobs["prestige"], 3)),
        ], "follow-up"),
        one(JOBS, "unanswerable", "how has prestige changed since the previous survey", NO),
        one(JOBS, "unanswerable", "avg income by province", NO),
        one(JOBS, "unanswerable", "how many people work in each occupation", NO),
    ]  # fmt: skip


def cases() -> list[SealedCase]:
    return cherry_trees() + hair_eye_color() + occupational_prestige()
