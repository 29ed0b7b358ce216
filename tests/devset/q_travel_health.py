"""Questions over modechoice.csv (statsmodels: 210 travellers, one row per traveller and
mode, `choice` = 1 on the mode taken) and diabetes.csv (scikit-learn, original units)."""

from __future__ import annotations

from tests.devset.cases import (
    BAR,
    BOX,
    NO,
    SCATTER,
    SealedCase,
    above,
    best,
    load,
    num,
    one,
)


def modechoice() -> list[SealedCase]:
    t = "modechoice.csv"
    mc = load(t)
    chosen = mc[mc["choice"] == 1]
    travellers = mc["individual"].nunique()

    def option(mode: str):  # every traveller's row for one mode, chosen or not
        return mc[mc["mode"] == mode]

    def picked(mode: str):
        return chosen[chosen["mode"] == mode]

    bus = option("bus")
    chosen_by_mode = chosen["mode"].value_counts()

    return [
        one(t, "aggregate", "how many individuals are there", num(travellers)),
        one(
            t,
            "group",
            "average in-vehicle travel time by mode",
            num(*mc.groupby("mode")["invt"].mean()),
        ),
        one(
            t,
            "ranking",
            "which mode got chosen the most",
            num(best(chosen_by_mode)),
        ),
        one(
            t,
            "compare",
            "is the in vehicle cost higher for air or train on avg",
            num(option("air")["invc"].mean(), option("train")["invc"].mean()),
        ),
        # A rate over all bus options: total cost over total minutes (sum / sum).
        one(
            t,
            "derived",
            "bus: dollars of in-vehicle cost per minute of in-vehicle time overall",
            num(bus["invc"].sum() / bus["invt"].sum()),
        ),
        one(
            t,
            "long-format",
            "how many travellers chose the train",
            num(len(picked("train"))),
        ),
        one(
            t,
            "long-format",
            "avg generalized cost of the car option",
            num(option("car")["gc"].mean()),
        ),
        one(
            t,
            "long-format",
            "what share of people flew (%)",
            num(len(picked("air")) / travellers * 100),
        ),
        one(
            t,
            "numbers-in-question",
            "how many options have an in vehicle time over 1,000 minutes",
            num(above(mc["invt"], 1000)),
        ),
        one(
            t,
            "units-columns",
            "average terminal waiting time for the train",
            num(option("train")["ttme"].mean()),
        ),
        one(
            t,
            "per-normalise",
            "avg no. of people per travelling party",
            num(chosen["psize"].mean()),
        ),
        one(t, "chart", "bar chart of how many picked each mode", BAR),
        SealedCase(
            t,
            [
                ("avg household income of ppl who chose air", num(picked("air")["hinc"].mean())),
                ("and for bus?", num(picked("bus")["hinc"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg in-vehicle time for the bus option", num(bus["invt"].mean())),
                ("same for car", num(option("car")["invt"].mean())),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "how many trips went to canberra", NO),
        one(t, "unanswerable", "which airline was the cheapest", NO),
    ]


def diabetes() -> list[SealedCase]:
    t = "diabetes.csv"
    d = load(t)
    by_sex = d.groupby("sex")

    return [
        one(t, "aggregate", "avg bmi", num(d["bmi"].mean())),
        one(t, "aggregate", "median disease progression", num(d["progression"].median())),
        one(t, "group", "avg progression by sex", num(*by_sex["progression"].mean())),
        one(
            t,
            "compare",
            "is avg bmi higher for sex 1 or sex 2",
            num(*by_sex["bmi"].mean()),
        ),
        # A per-patient ratio, then averaged ("per patient" asks for the mean of ratios).
        one(
            t,
            "derived",
            "average ldl/hdl ratio per patient",
            num((d["ldl"] / d["hdl"]).mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many patients have a bmi above 36",
            num(above(d["bmi"], 36)),
        ),
        one(
            t,
            "numbers-in-question",
            "patients older than 60 - avg progression?",
            num(d.loc[d["age"] > 60, "progression"].mean()),
        ),
        one(t, "units-columns", "average blood pressure", num(d["bp"].mean())),
        one(t, "units-columns", "avg hdl cholesterol", num(d["hdl"].mean())),
        one(t, "chart", "scatter of bmi vs progression", SCATTER),
        one(t, "chart", "box plot of progression by sex", BOX),
        SealedCase(
            t,
            [
                (
                    "averge progression for patients with bmi over 34",
                    num(d.loc[d["bmi"] > 34, "progression"].mean()),
                ),
                (
                    "and for bmi under 22",
                    num(d.loc[d["bmi"] < 22, "progression"].mean()),
                ),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "how many of the patients smoke", NO),
    ]
