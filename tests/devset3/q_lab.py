"""Conversations over lab_results.csv: a hospital laboratory's results in long format,
March – August 2024 (one row per test of a sample: `test_code`, `result_value`, `units`,
`flag` H/L/blank; `collected` as `m/d/yyyy HH:MM`; `tat_min` turnaround; rejected samples
have no value and no flag)."""

from __future__ import annotations

from tests.devset3.cases import (
    BAR,
    HISTOGRAM,
    NO,
    SealedCase,
    above,
    best,
    load,
    num,
    one,
    pct_change,
    ranked,
)

US_CLOCK = "%m/%d/%Y %H:%M"


def cases() -> list[SealedCase]:
    t = "lab_results.csv"
    lab = load(t, "collected", US_CLOCK)
    code = lab["test_code"]
    value = lab["result_value"]
    ward = lab.groupby("ward")
    month = lab["_d"].dt.month
    hour = lab["_d"].dt.hour
    samples = lab.drop_duplicates("sample_id")
    flagged = lab["flag"].notna()

    def result(test: str, where: str | None = None):
        keep = code == test
        if where is not None:
            keep &= lab["ward"] == where
        return value[keep]

    def flag_count(test: str, flag: str) -> int:
        return int(((code == test) & (lab["flag"] == flag)).sum())

    def ward_tat(where: str) -> float:
        return float(lab.loc[lab["ward"] == where, "tat_min"].median())

    growth = pct_change((month == 5).sum(), (month == 6).sum())
    assert growth > 0
    night = samples[(samples["_d"].dt.hour >= 22) | (samples["_d"].dt.hour < 6)]
    assert len(night) == lab.loc[(hour >= 22) | (hour < 6), "sample_id"].nunique()
    rows = [
        ("aggregate", "how many samples were collected", num(lab["sample_id"].nunique())),
        ("aggregate", "number of distinct patients tested", num(lab["patient_id"].nunique())),
        ("long-format", "average HGB result", num(result("HGB").mean())),
        ("long-format", "avg potassium level", num(result("K").mean())),
        ("long-format", "median CRP", num(result("CRP").median())),
        ("long-format", "how many glucose tests were flagged high", num(flag_count("GLU", "H"))),
        ("units-columns", "mean creatinine in umol/L", num(result("CREAT").mean())),
        ("group", "number of tests per ward", num(*ward.size())),
        ("group", "avg turnaround time by ward (minutes)", num(*ward["tat_min"].mean())),
        ("ranking", "top 3 wards by avg tat", ranked(ward["tat_min"].mean(), 3)),
        (
            "ranking",
            "which 3 test codes get flagged H most often",
            ranked(lab[lab["flag"] == "H"].groupby("test_code").size(), 3),
        ),
        ("superlative", "highest platelet count recorded", num(best(result("PLT").dropna()))),
        (
            "superlative",
            "highest creatinine value on the ICU ward",
            num(best(result("CREAT", "ICU").dropna())),
        ),
        (
            "compare",
            "avg CRP in ICU vs ED",
            num(result("CRP", "ICU").mean(), result("CRP", "ED").mean()),
        ),
        ("coverage", "how many different test codes are in here", num(code.nunique())),
        (
            "date-part",
            "how many samples were collected overnight (22:00 to 06:00)",
            num(len(night)),
        ),
        ("date-part", "tests done in july", num((month == 7).sum())),
        (
            "derived",
            "what % of results with a value are flagged abnormal (H or L)",
            num(flagged[value.notna()].mean() * 100),
        ),
        (
            "derived",
            "pct of samples rejected (no result value)",
            num(samples["result_value"].isna().mean() * 100),
        ),
        ("per-normalise", "avg number of tests per sample", num(len(lab) / len(samples))),
        (
            "per-normalise",
            "samples per patient on average",
            num(len(samples) / lab["patient_id"].nunique()),
        ),
        ("percent-change", "pct change in the number of tests from may to june", num(growth)),
        (
            "numbers-in-question",
            "how many potassium results were above 5.5",
            num(above(result("K").dropna(), 5.5)),
        ),
        (
            "numbers-in-question",
            "tests with a turnaround of 2 hours or more",
            num((lab["tat_min"] >= 120).sum()),
        ),
        ("chart", "histogram of turnaround times", HISTOGRAM),
        ("chart", "bar chart of tests by ward", BAR),
        ("unanswerable", "which doctor ordered the most tests", NO),
        ("unanswerable", "average cholesterol", NO),
        ("unanswerable", "cost of lab tests per ward", NO),
        ("unanswerable", "how many tests were run in 2023", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                ("avg HGB in ICU", num(result("HGB", "ICU").mean())),
                ("and PAED?", num(result("HGB", "PAED").mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many WBC tests were flagged L", num(flag_count("WBC", "L"))),
                ("and H?", num(flag_count("WBC", "H"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("median tat for ED", num(ward_tat("ED"))),
                ("for SURG?", num(ward_tat("SURG"))),
            ],
            "follow-up",
        ),
    ]
