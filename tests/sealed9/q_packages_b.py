"""Conversations over the package tables tooth_growth.csv, swiss_fertility.csv and
life_cycle_savings.csv."""

from __future__ import annotations

from tests.sealed9.cases import (
    BAR,
    BOX,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

TOOTH = "tooth_growth.csv"
SWISS = "swiss_fertility.csv"
LCS = "life_cycle_savings.csv"


def tooth_growth() -> list[SealedCase]:
    t = load(TOOTH)
    by_supp = t.groupby("supp")["len"].mean()
    by_dose = t.groupby("dose")["len"].mean()
    cell = t.groupby(["supp", "dose"])["len"].mean()
    assert (cell == cell.max()).sum() == 1 and (cell == cell.min()).sum() == 1
    assert by_dose[2.0] > by_dose[0.5]
    return [
        one(TOOTH, "aggregate", "mean tooth length over all the guinea pigs", num(t["len"].mean())),
        one(TOOTH, "aggregate", "std dev of len (sample)", num(t["len"].std())),
        one(TOOTH, "chart", "boxplot of length by supplement type", BOX),
        one(
            TOOTH,
            "compare",
            "orange juice vs ascorbic acid - avg length each",
            num(by_supp["OJ"], by_supp["VC"]),
        ),
        one(
            TOOTH,
            "coverage",
            "how many animals were tested and at how many dose levels",
            num(len(t), t["dose"].nunique()),
        ),
        one(
            TOOTH,
            "derived",
            "at the 0.5 dose, how much longer on avg is OJ than VC",
            num(cell[("OJ", 0.5)] - cell[("VC", 0.5)]),
        ),
        one(TOOTH, "group", "avg len for each dose", num(*by_dose.tolist())),
        one(
            TOOTH,
            "numbers-in-question",
            "how many pigs had a length above 20",
            num((t["len"] > 20).sum()),
        ),
        one(
            TOOTH,
            "per-normalise",
            "avg length gained per extra mg/day going from the 0.5 dose to the 2 dose",
            num((by_dose[2.0] - by_dose[0.5]) / 1.5),
        ),
        one(
            TOOTH,
            "percent-change",
            "pct increase in mean length from dose 0.5 to dose 2",
            num(pct_change(by_dose[0.5], by_dose[2.0])),
        ),
        one(
            TOOTH,
            "superlative",
            "which supplement+dose combination gives the lowest mean length? value?",
            num(cell.min()),
        ),
        one(
            TOOTH,
            "units-columns",
            "average dose in micrograms per day",
            num(t["dose"].mean() * 1000),
        ),
        one(
            TOOTH,
            "numbers-in-question",
            "OJ pigs on the 0.5 dose with len under 10 - how many",
            num(((t["supp"] == "OJ") & (t["dose"] == 0.5) & (t["len"] < 10)).sum()),
        ),
        one(TOOTH, "unanswerable", "what did the guinea pigs weigh", NO),
        one(TOOTH, "unanswerable", "did vitamin e have any effect on tooth length", NO),
        one(TOOTH, "unanswerable", "how does the length differ between male and female pigs", NO),
        SealedCase(
            TOOTH,
            [
                ("avg length for OJ at dose 1", num(cell[("OJ", 1.0)])),
                ("and for VC at that dose", num(cell[("VC", 1.0)])),
            ],
            "follow-up",
        ),
        SealedCase(
            TOOTH,
            [
                (
                    "how many guinea pigs got VC at the 2 mg dose with len over 25",
                    num(((t["supp"] == "VC") & (t["dose"] == 2.0) & (t["len"] > 25)).sum()),
                ),
                (
                    "what about OJ",
                    num(((t["supp"] == "OJ") & (t["dose"] == 2.0) & (t["len"] > 25)).sum()),
                ),
            ],
            "follow-up",
        ),
    ]


def swiss_fertility() -> list[SealedCase]:
    s = load(SWISS)
    p = s.set_index("Province")
    cath = s["Catholic"] > 50
    f = s["Fertility"]
    return [
        one(SWISS, "aggregate", "avg fertility index across provinces", num(f.mean())),
        one(SWISS, "chart", "scatter education vs fertility", SCATTER),
        one(
            SWISS,
            "compare",
            "fertility lausanne vs sion",
            num(p.loc["Lausanne", "Fertility"], p.loc["Sion", "Fertility"]),
        ),
        one(SWISS, "coverage", "how many provinces are covered", num(s["Province"].nunique())),
        one(
            SWISS,
            "derived",
            "non catholic share in neuchatel (100 minus catholic %)",
            num(100 - p.loc["Neuchatel", "Catholic"]),
        ),
        one(
            SWISS,
            "group",
            "mean fertility of mostly catholic provinces (over 50%) and the others",
            num(f[cath].mean(), f[~cath].mean()),
        ),
        one(
            SWISS,
            "numbers-in-question",
            "how many provinces have agriculture above 50 pct",
            num((s["Agriculture"] > 50).sum()),
        ),
        one(
            SWISS,
            "percent-change",
            "by how many percent is the highest fertility above the lowest one",
            num(pct_change(f.min(), f.max())),
        ),
        one(SWISS, "ranking", "top 3 provinces by fertility", ranked(p["Fertility"], 3)),
        one(
            SWISS,
            "ranking",
            "the 3 least catholic provinces, lowest first",
            ranked(p["Catholic"], 3, ascending=True),
        ),
        one(
            SWISS,
            "superlative",
            "highest infant mortality of any province?",
            num(s["Infant.Mortality"].max()),
        ),
        one(
            SWISS,
            "per-normalise",
            "fertility per point of education in geneva (V. De Geneve): fertility / education",
            num(p.loc["V. De Geneve", "Fertility"] / p.loc["V. De Geneve", "Education"]),
        ),
        one(SWISS, "aggregate", "median infant mortality", num(s["Infant.Mortality"].median())),
        one(
            SWISS,
            "derived",
            "in how many provinces is the examination score higher than education",
            num((s["Examination"] > s["Education"]).sum()),
        ),
        one(
            SWISS,
            "unanswerable",
            "what was fertility in these provinces in the twentieth century",
            NO,
        ),
        one(SWISS, "unanswerable", "population of each province?", NO),
        one(SWISS, "unanswerable", "avg household income by province", NO),
        SealedCase(
            SWISS,
            [
                ("mean fertility where education is over 10", num(f[s["Education"] > 10].mean())),
                ("over 20?", num(f[s["Education"] > 20].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            SWISS,
            [
                ("median agriculture % across the provinces", num(s["Agriculture"].median())),
                ("and the median of examination", num(s["Examination"].median())),
            ],
            "follow-up",
        ),
    ]


def life_cycle_savings() -> list[SealedCase]:
    d = load(LCS)
    c = d.set_index("country")
    young = d["pop15"] > 35
    assert c.loc["United States", "dpi"] > c.loc["United Kingdom", "dpi"]
    return [
        one(LCS, "aggregate", "avg savings ratio across countries", num(d["sr"].mean())),
        one(LCS, "chart", "bar chart of savings ratio by country", BAR),
        one(
            LCS,
            "compare",
            "disposable income per head japan vs usa",
            num(c.loc["Japan", "dpi"], c.loc["United States", "dpi"]),
        ),
        one(LCS, "coverage", "how many countries in the savings data", num(d["country"].nunique())),
        one(
            LCS,
            "derived",
            "share of india's population aged 15 to 75 (100 - pop15 - pop75)",
            num(100 - c.loc["India", "pop15"] - c.loc["India", "pop75"]),
        ),
        one(
            LCS,
            "group",
            "avg savings rate for countries with over 35% under-15s, and for the rest",
            num(d[young]["sr"].mean(), d[~young]["sr"].mean()),
        ),
        one(
            LCS,
            "numbers-in-question",
            "countries with per-capita disposable income above 2000 dollars",
            num((d["dpi"] > 2000).sum()),
        ),
        one(
            LCS,
            "per-normalise",
            "over-75s per under-15 in france (pop75 / pop15)",
            num(c.loc["France", "pop75"] / c.loc["France", "pop15"]),
        ),
        one(
            LCS,
            "percent-change",
            "how much % higher is US disposable income than the UK's",
            num(pct_change(c.loc["United Kingdom", "dpi"], c.loc["United States", "dpi"])),
        ),
        one(LCS, "ranking", "top 3 savers by savings ratio", ranked(c["sr"], 3)),
        one(
            LCS,
            "ranking",
            "3 poorest countries by dpi, lowest first",
            ranked(c["dpi"], 3, ascending=True),
        ),
        one(
            LCS,
            "superlative",
            "fastest growth in disposable income (ddpi) - what rate",
            num(d["ddpi"].max()),
        ),
        one(
            LCS,
            "units-columns",
            "sweden's dpi in thousands of dollars",
            num(c.loc["Sweden", "dpi"] / 1000),
        ),
        one(
            LCS,
            "units-columns",
            "monthly disposable income per head in canada (dpi is per year)",
            num(c.loc["Canada", "dpi"] / 12),
        ),
        one(LCS, "unanswerable", "what were savings rates in the eighties", NO),
        one(LCS, "unanswerable", "which continent saves the most", NO),
        one(LCS, "unanswerable", "inflation rate for brazil?", NO),
        SealedCase(
            LCS,
            [
                ("savings ratio of japan", num(c.loc["Japan", "sr"])),
                ("and italy?", num(c.loc["Italy", "sr"])),
            ],
            "follow-up",
        ),
        SealedCase(
            LCS,
            [
                (
                    "avg dpi growth for countries with sr over 15",
                    num(d[d["sr"] > 15]["ddpi"].mean()),
                ),
                ("and with sr under 5", num(d[d["sr"] < 5]["ddpi"].mean())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return tooth_growth() + swiss_fertility() + life_cycle_savings()
