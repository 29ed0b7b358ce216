"""PACKAGES half, last three tables (see TABLES_packages.md): named US landfalling hurricanes
1950-2012 (DAAG), US newspaper revenue 1956-2020 (Ecdat) and the 1970 Boston census tracts
(ISLP). Style: a data journalist on deadline fact-checking a draft story. Gold is computed
here with plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.sealed23.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

HUR = "us_landfall_hurricanes.csv"
NEWS = "us_newspaper_revenue.csv"
BOS = "boston_census_tracts_1970.csv"


def hurricane_cases() -> list[SealedCase]:
    h = load(HUR, "firstLF")
    named = h.set_index("Name")  # the names in the rankings below are unique

    def storm(name: str, year: int) -> pd.Series:
        return h[(h.Name == name) & (h.Year == year)].iloc[0]

    katrina, sandy, andrew = storm("Katrina", 2005), storm("Sandy", 2012), storm("Andrew", 1992)
    camille, audrey = storm("Camille", 1969), storm("Audrey", 1957)
    month = h["_d"].dt.month
    decade_2000s = h[(h.Year >= 2000) & (h.Year <= 2009)]
    fl_only = h[h.AffectedStates == "FL"]
    hits_tx = h[h.AffectedStates.str.contains("TX")]
    hits_la = h[h.AffectedStates.str.contains("LA")]
    return [
        one(
            HUR,
            "units-columns",
            "average wind speed at landfall across all the hurricanes, in mph?",
            num(h["LF.WindsMPH"].mean()),
        ),
        one(
            HUR,
            "units-columns",
            "lowest pressure at landfall in the file, in millibars?",
            num(h["LF.PressureMB"].min()),
        ),
        one(
            HUR,
            "units-columns",
            "total property damage of all the storms in the file, in billions of 2014 dollars?",
            num(h["BaseDam2014"].sum() / 1000),
        ),
        one(
            HUR,
            "units-columns",
            "Katrina's damage in billions of 2014 dollars? draft says nearly $100bn",
            num(katrina["BaseDam2014"] / 1000),
        ),
        one(
            HUR,
            "units-columns",
            "Sandy's normalised damage (as if it hit in 2014), in billions pls",
            num(sandy["NDAM2014"] / 1000),
        ),
        one(
            HUR,
            "superlative",
            "deadliest hurricane in the file, how many deaths?",
            num(h.deaths.max()),
        ),
        one(
            HUR,
            "superlative",
            "strongest landfall wind in the file, in mph?",
            num(h["LF.WindsMPH"].max()),
        ),
        one(
            HUR,
            "ranking",
            "top 5 hurricanes by deaths for the graphic",
            ranked(named.deaths, 5),
        ),
        one(
            HUR,
            "ranking",
            "give me the top 3 storms by damage in 2014 dollars (millions)",
            ranked(named["BaseDam2014"], 3),
        ),
        one(
            HUR,
            "compare",
            "how many times deadlier was Katrina than Sandy?",
            num(katrina.deaths / sandy.deaths),
        ),
        one(
            HUR,
            "compare",
            "Katrina vs Andrew: how many times bigger was Katrina's damage in 2014 dollars?",
            num(katrina["BaseDam2014"] / andrew["BaseDam2014"]),
        ),
        one(
            HUR,
            "group",
            "average landfall wind speed by gender of the name (f / m)",
            num(*h.groupby("mf")["LF.WindsMPH"].mean().tolist()),
        ),
        one(
            HUR,
            "group",
            "Claim in draft: female-named hurricanes killed more people on average. Mean deaths"
            " for female vs male names?",
            num(*h.groupby("mf").deaths.mean().tolist()),
        ),
        one(
            HUR,
            "derived",
            "what share of all hurricane deaths in the file were from Katrina, in %?",
            num(katrina.deaths / h.deaths.sum() * 100),
        ),
        one(
            HUR,
            "derived",
            "for Camille: damage in 2014 dollars divided by damage at the time, what's the"
            " multiple?",
            num(camille["BaseDam2014"] / camille["BaseDamage"]),
        ),
        one(
            HUR,
            "date-part",
            "how many of these hurricanes first made landfall in September?",
            num((month == 9).sum()),
        ),
        one(
            HUR,
            "date-part",
            "average deaths for hurricanes whose first landfall was in August?",
            num(h[month == 8].deaths.mean()),
        ),
        one(
            HUR,
            "coverage",
            "what's the source range: which years does the hurricane list cover?",
            num(h.Year.min(), h.Year.max()),
        ),
        one(
            HUR,
            "numbers-in-question",
            "how many hurricanes had winds of at least 125 mph at landfall?",
            num((h["LF.WindsMPH"] >= 125).sum()),
        ),
        one(
            HUR,
            "numbers-in-question",
            "how many storms did over $10bn damage in 2014 dollars?",
            num((h["BaseDam2014"] > 10000).sum()),
        ),
        one(
            HUR,
            "per-normalise",
            "average deaths per hurricane in the 2000s (2000 to 2009)?",
            num(decade_2000s.deaths.mean()),
        ),
        one(
            HUR,
            "percent-change",
            "Andrew's damage was $25bn at the time. by what % does it go up in 2014 dollars?",
            num(pct_change(andrew["BaseDamage"], andrew["BaseDam2014"])),
        ),
        one(
            HUR,
            "aggregate",
            "median deaths per hurricane across the file?",
            num(h.deaths.median()),
        ),
        one(
            HUR,
            "chart",
            "scatter of landfall wind speed vs pressure for the explainer",
            SCATTER,
        ),
        one(HUR, "chart", "histogram of landfall wind speeds pls", HISTOGRAM),
        one(
            HUR,
            "unanswerable",
            "how many people were evacuated ahead of Katrina?",
            NO,
        ),
        one(HUR, "unanswerable", "was climate change behind Sandy?", NO),
        one(
            HUR,
            "unanswerable",
            "how many of these storms also hit Mexico?",
            NO,
        ),
        one(
            HUR,
            "unanswerable",
            "what did FEMA spend on the Andrew recovery?",
            NO,
        ),
        SealedCase(
            HUR,
            [
                ("deaths from Camille?", num(camille.deaths)),
                ("and Audrey?", num(audrey.deaths)),
            ],
            "follow-up",
        ),
        SealedCase(
            HUR,
            [
                (
                    "average landfall wind for storms that hit only Florida (AffectedStates just"
                    " FL)?",
                    num(fl_only["LF.WindsMPH"].mean()),
                ),
                ("and how many storms is that?", num(len(fl_only))),
            ],
            "follow-up",
        ),
        SealedCase(
            HUR,
            [
                (
                    "how many hurricanes in the file affected Texas?",
                    num(len(hits_tx)),
                ),
                ("sub-editor asks: and Louisiana?", num(len(hits_la))),
            ],
            "follow-up",
        ),
        SealedCase(
            HUR,
            [
                ("mean deaths per hurricane across the file?", num(h.deaths.mean())),
                ("what about the median", num(h.deaths.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            HUR,
            [
                ("top 5 storms by damage in 2014 dollars", ranked(named["BaseDam2014"], 5)),
                ("and as a chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            HUR,
            [
                ("Katrina's landfall pressure in millibars?", num(katrina["LF.PressureMB"])),
                ("and its top wind gust at sea?", NO),
            ],
            "follow-up",
        ),
    ]


def news_cases() -> list[SealedCase]:
    n = load(NEWS).set_index("Year")
    ads_now, ads_real = n["Ads_currentGdollars"], n["Ads_G2012dollars"]
    rev_real = n["Revenue_G2012dollars"]
    decade = (n.index // 10) * 10
    return [
        one(
            NEWS,
            "units-columns",
            "newspaper ad revenue in 2005, in billions of dollars at the time (not inflation"
            " adjusted)?",
            num(ads_now[2005]),
        ),
        one(
            NEWS,
            "units-columns",
            "total newspaper revenue in 2020 in billions of 2012 dollars?",
            num(rev_real[2020]),
        ),
        one(
            NEWS,
            "units-columns",
            "US population in 2000 per the file, in millions?",
            num(n.loc[2000, "Population_M"]),
        ),
        one(
            NEWS,
            "units-columns",
            "newspaper revenue per person in 1995? in 2012 dollars",
            num(n.loc[1995, "RevenuePerCap_2012"]),
        ),
        one(
            NEWS,
            "percent-change",
            "Claim in draft: ad revenue has fallen more than 80% from its peak. Current dollars,"
            " peak year to 2020, what's the % change?",
            num(pct_change(ads_now.max(), ads_now[2020])),
        ),
        one(
            NEWS,
            "percent-change",
            "inflation-adjusted total revenue: % change from 2000 to 2020?",
            num(pct_change(rev_real[2000], rev_real[2020])),
        ),
        one(
            NEWS,
            "superlative",
            "peak year for ad revenue in current dollars, and the figure?",
            num(ads_now.idxmax(), ads_now.max()),
        ),
        one(
            NEWS,
            "superlative",
            "is it fair to say inflation-adjusted ad revenue peaked in 2000? what year and how"
            " much, 2012 dollars?",
            num(ads_real.idxmax(), ads_real.max()),
        ),
        one(
            NEWS,
            "compare",
            "how many times bigger was ad revenue than circulation revenue in 2000?",
            num(ads_now[2000] / n.loc[2000, "Circ_currentGdollars"]),
        ),
        one(
            NEWS,
            "compare",
            "2020 vs 1956 in 2012 dollars: how many times smaller is ad revenue now?",
            num(ads_real[1956] / ads_real[2020]),
        ),
        one(
            NEWS,
            "derived",
            "circulation's share of total revenue in 2020, in %?",
            num(n.loc[2020, "Circ_currentGdollars"] / n.loc[2020, "Revenue_currentGdollars"] * 100),
        ),
        one(
            NEWS,
            "derived",
            "ads as a % of total revenue in 1956?",
            num(n.loc[1956, "AdsProportion"] * 100),
        ),
        one(
            NEWS,
            "aggregate",
            "average annual ad revenue across the whole file, in 2012 dollars (billions)?",
            num(ads_real.mean()),
        ),
        one(
            NEWS,
            "coverage",
            "which years does the newspaper revenue file cover?",
            num(n.index.min(), n.index.max()),
        ),
        one(
            NEWS,
            "coverage",
            "one year has no circulation figure. which one?",
            num(n[n["Circ_currentGdollars"].isna()].index[0]),
        ),
        one(
            NEWS,
            "per-normalise",
            "ad revenue per head of population in 2005, current dollars?",
            num(ads_now[2005] * 1e9 / (n.loc[2005, "Population_M"] * 1e6)),
        ),
        one(
            NEWS,
            "per-normalise",
            "circulation revenue per person in 2020, in current dollars?",
            num(n.loc[2020, "Circ_currentGdollars"] * 1e3 / n.loc[2020, "Population_M"]),
        ),
        one(
            NEWS,
            "chart",
            "line chart of ad revenue over time in 2012 dollars, for the web version",
            LINE,
        ),
        one(
            NEWS,
            "ranking",
            "top 5 years for inflation-adjusted total revenue",
            ranked(rev_real, 5),
        ),
        one(
            NEWS,
            "numbers-in-question",
            "how many years did ad revenue top $40bn in current dollars?",
            num((ads_now > 40).sum()),
        ),
        one(
            NEWS,
            "numbers-in-question",
            "in how many years was advertising more than 80% of revenue?",
            num((n["AdsProportion"] > 0.8).sum()),
        ),
        one(
            NEWS,
            "group",
            "average ad share of revenue by decade, 1960s and 2010s, in %",
            num(
                n["AdsProportion"][decade == 1960].mean() * 100,
                n["AdsProportion"][decade == 2010].mean() * 100,
            ),
        ),
        one(
            NEWS,
            "group",
            "avg total revenue per decade in 2012 dollars: 1970s, 1980s and 2000s",
            num(*[rev_real[decade == y].mean() for y in (1970, 1980, 2000)]),
        ),
        one(
            NEWS,
            "unanswerable",
            "how many newspapers closed over the period in the file?",
            NO,
        ),
        one(NEWS, "unanswerable", "how much of the revenue is digital subscriptions?", NO),
        one(NEWS, "unanswerable", "what's the New York Times's share of the ad money?", NO),
        one(
            NEWS,
            "unanswerable",
            "what will newspaper ad revenue be by the end of the decade? ed wants a projection",
            NO,
        ),
        SealedCase(
            NEWS,
            [
                ("ad revenue in 2010, current dollars?", num(ads_now[2010])),
                ("and in 2012 dollars?", num(ads_real[2010])),
            ],
            "follow-up",
        ),
        SealedCase(
            NEWS,
            [
                ("total revenue in 2012 dollars in 1991?", num(rev_real[1991])),
                ("and how much of that came from online ads?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            NEWS,
            [
                (
                    "newspaper revenue as a % of GDP in 1960?",
                    num(n.loc[1960, "newspapers_p_GDP"] * 100),
                ),
                ("and in 2020?", num(n.loc[2020, "newspapers_p_GDP"] * 100)),
            ],
            "follow-up",
        ),
        SealedCase(
            NEWS,
            [
                (
                    "average ad revenue in the 2000s (2000 to 2009), current dollars?",
                    num(ads_now.loc[2000:2009].mean()),
                ),
                ("and the 2010s (2010 to 2019)?", num(ads_now.loc[2010:2019].mean())),
                ("graph it by year as a line chart", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            NEWS,
            [
                (
                    "revenue per person in 2012 dollars, 2020?",
                    num(n.loc[2020, "RevenuePerCap_2012"]),
                ),
                ("and 1956?", num(n.loc[1956, "RevenuePerCap_2012"])),
            ],
            "follow-up",
        ),
    ]


def boston_cases() -> list[SealedCase]:
    b = load(BOS)
    river = b[b.chas == 1]
    inland = b[b.chas == 0]
    by_rad = b.groupby("rad").medv.mean()
    return [
        one(
            BOS,
            "aggregate",
            "median home value (medv) across the tracts? in thousands of dollars as in the file",
            num(b.medv.median()),
        ),
        one(
            BOS,
            "aggregate",
            "average pupil-teacher ratio across all tracts?",
            num(b.ptratio.mean()),
        ),
        one(
            BOS,
            "compare",
            "avg medv for tracts on the Charles (chas = 1) vs off it?",
            num(river.medv.mean(), inland.medv.mean()),
        ),
        one(
            BOS,
            "group",
            "average crime rate (crim) by Charles River flag, both groups",
            num(inland.crim.mean(), river.crim.mean()),
        ),
        one(
            BOS,
            "compare",
            "do river tracts have bigger homes? avg rooms (rm) on the Charles vs off it",
            num(river.rm.mean(), inland.rm.mean()),
        ),
        one(
            BOS,
            "percent-change",
            "how much higher, in %, is the average home value on the Charles than off it?",
            num(pct_change(inland.medv.mean(), river.medv.mean())),
        ),
        one(
            BOS,
            "numbers-in-question",
            "how many tracts have a pupil-teacher ratio above 20?",
            num((b.ptratio > 20).sum()),
        ),
        one(
            BOS,
            "numbers-in-question",
            "fact check: 'homes topped $40k in dozens of tracts'. how many tracts have medv over"
            " 40?",
            num((b.medv > 40).sum()),
        ),
        one(
            BOS,
            "superlative",
            "highest per-capita crime rate (crim) of any tract?",
            num(b.crim.max()),
        ),
        one(
            BOS,
            "superlative",
            "which highway-access (rad) group has the lowest average home value? need the value",
            num(by_rad.min()),
        ),
        one(
            BOS,
            "ranking",
            "rank the rad index values by average medv, top 3",
            ranked(by_rad, 3),
        ),
        one(
            BOS,
            "derived",
            "what share of tracts border the Charles, in %?",
            num(b.chas.mean() * 100),
        ),
        one(
            BOS,
            "units-columns",
            "average value of owner-occupied homes in actual dollars, not thousands?",
            num(b.medv.mean() * 1000),
        ),
        one(
            BOS,
            "units-columns",
            "mean nitric oxide concentration (nox) across tracts?",
            num(b.nox.mean()),
        ),
        one(
            BOS,
            "per-normalise",
            "avg number of rooms per dwelling across the tracts?",
            num(b.rm.mean()),
        ),
        one(
            BOS,
            "per-normalise",
            "average property tax per $10,000 of value in tracts on the river?",
            num(river.tax.mean()),
        ),
        one(
            BOS,
            "coverage",
            "how many census tracts are in the file?",
            num(len(b)),
        ),
        one(
            BOS,
            "coverage",
            "what range do home values (medv) span, min to max?",
            num(b.medv.min(), b.medv.max()),
        ),
        one(BOS, "chart", "scatter plot of rooms (rm) vs home value (medv)", SCATTER),
        one(BOS, "chart", "box plot of medv by the Charles River flag", BOX),
        one(
            BOS,
            "unanswerable",
            "which neighbourhoods by name have the priciest homes?",
            NO,
        ),
        one(BOS, "unanswerable", "what are these homes worth today?", NO),
        one(
            BOS,
            "unanswerable",
            "why are homes near the radial highways cheaper?",
            NO,
        ),
        one(BOS, "unanswerable", "median household income per tract?", NO),
        SealedCase(
            BOS,
            [
                (
                    "average medv for tracts with a pupil-teacher ratio under 15?",
                    num(b[b.ptratio < 15].medv.mean()),
                ),
                ("and for 20 or more?", num(b[b.ptratio >= 20].medv.mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            BOS,
            [
                ("mean crim across all tracts?", num(b.crim.mean())),
                ("what about the median", num(b.crim.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            BOS,
            [
                ("how many tracts are on the Charles?", num(len(river))),
                ("and their average lstat (% lower status)?", num(river.lstat.mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            BOS,
            [
                ("histogram of home values (medv) pls", HISTOGRAM),
                (
                    "and the average medv for tracts where age is 90 or more?",
                    num(b[b.age >= 90].medv.mean()),
                ),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return hurricane_cases() + news_cases() + boston_cases()
