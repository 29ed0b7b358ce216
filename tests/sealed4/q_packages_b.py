"""Conversations over the scikit-learn and plotly tables: wine, iris, carshare."""

from __future__ import annotations

from tests.sealed4.cases import BOX, HISTOGRAM, NO, SCATTER, SealedCase, load, num, one, ranked


def wine() -> list[SealedCase]:
    t = "wine.csv"
    w = load(t)
    by = w.groupby("class")
    c0 = w[w["class"] == "class_0"]
    return [
        one(t, "group", "avg alchohol by class", num(*by["alcohol"].mean())),
        one(
            t,
            "ranking",
            "rank the classes by mean proline, highest first",
            ranked(by["proline"].mean(), 3),
        ),
        one(
            t,
            "superlative",
            "which class has the highest colour intensity on average?",
            num(by["color_intensity"].mean().max()),
        ),
        one(t, "aggregate", "how many wines have alcohol over 14", num((w["alcohol"] > 14).sum())),
        one(
            t,
            "numbers-in-question",
            "count of wines with proline above 1,000",
            num((w["proline"] > 1000).sum()),
        ),
        one(
            t,
            "derived",
            "what pct of class_0 wines have magnesium above 100",
            num((c0["magnesium"] > 100).mean() * 100),
        ),
        one(
            t,
            "compare",
            "is malic acid higher in class_1 or class_2 on avg",
            num(by["malic_acid"].mean()["class_1"], by["malic_acid"].mean()["class_2"]),
        ),
        one(
            t,
            "derived",
            "each class's share of the wines, in percent",
            num(*(w["class"].value_counts(normalize=True) * 100)),
        ),
        one(t, "unanswerable", "which wine has the best price to quality ratio", NO),
        one(t, "unanswerable", "what vintage year are the class_2 wines", NO),
        SealedCase(
            t,
            [
                ("avg flavanoids for class_0", num(by["flavanoids"].mean()["class_0"])),
                ("what about class_2?", num(by["flavanoids"].mean()["class_2"])),
            ],
            "follow-up",
        ),
        one(t, "chart", "boxplot of alcohol by class", BOX),
    ]


def iris() -> list[SealedCase]:
    t = "iris.csv"
    i = load(t)
    by = i.groupby("species")
    virginica = i[i["species"] == "virginica"]
    return [
        one(t, "group", "avg petal length per species", num(*by["petal_length"].mean())),
        one(
            t,
            "superlative",
            "which species has the widest petals on average",
            num(by["petal_width"].mean().max()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many flowers have petals longer than 5 cm",
            num((i["petal_length"] > 5).sum()),
        ),
        one(
            t,
            "derived",
            "for virginica, compute petal length / petal width per flower, then average it",
            num((virginica["petal_length"] / virginica["petal_width"]).mean()),
        ),
        one(
            t,
            "compare",
            "is sepal width bigger for versicolor or virginica on avg",
            num(by["sepal_width"].mean()["versicolor"], by["sepal_width"].mean()["virginica"]),
        ),
        one(t, "unanswerable", "what colour are the virginica flowers", NO),
        one(t, "chart", "scatter of sepal length vs petal length", SCATTER),
    ]


def carshare() -> list[SealedCase]:
    t = "carshare.csv"
    c = load(t)
    counts = c["peak_hour"].value_counts()
    morning = c["peak_hour"].between(6, 11)
    return [
        one(
            t,
            "date-part",
            "which peak hour is most common, and in how many areas",
            num(counts.idxmax(), counts.max()),
        ),
        one(t, "aggregate", "total car hours across all areas", num(c["car_hours"].sum())),
        one(
            t,
            "date-part",
            "avg car hours for areas whose peak is at 8pm",
            num(c.loc[c["peak_hour"] == 20, "car_hours"].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many areas have more than 1.5k car hours",
            num((c["car_hours"] > 1500).sum()),
        ),
        one(
            t,
            "derived",
            "car hours of areas peaking between 6 and 11 (inclusive) as a pct of all car hours",
            num(c.loc[morning, "car_hours"].sum() / c["car_hours"].sum() * 100),
        ),
        one(t, "unanswerable", "which neighbourhood name has the most car hours", NO),
        one(t, "unanswerable", "how many cars are in the fleet", NO),
        one(t, "chart", "histogram of car_hours", HISTOGRAM),
    ]


def cases() -> list[SealedCase]:
    return wine() + iris() + carshare()
