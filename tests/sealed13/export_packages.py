"""Writes the thirteenth sealed set's six package tables to tests/sealed13/tables/ (run once;
the CSVs are committed and this reproduces them byte for byte).

    python -m tests.sealed13.export_packages --site DIR

DIR is the site-packages folder of a scratch environment holding these wheels from PyPI:
`statsmodels==0.15.0`, `pingouin==0.7.0`, `linearmodels==7.1` (plus pandas 3.1.1). Every
table is a data file shipped inside one of them; nothing is downloaded. The app never
imports this.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


def euro_electrical_orders(site: Path) -> bytes:
    """statsmodels 0.15.0 `statsmodels/datasets/elec_equip/elec_equip.csv` (Eurostat):
    monthly index of new orders for electrical equipment, euro area, Jan 1995 - May 2016;
    `DATE` (`Jan-1-1995`) written as yyyy-mm-dd and renamed `month`, the series code
    column `STS.M.I7.W.TOVT.NS0016.4.000` renamed `new_orders_index` (2010 = 100)."""
    frame = pd.read_csv(site / "statsmodels" / "datasets" / "elec_equip" / "elec_equip.csv")
    frame.columns = ["month", "new_orders_index"]
    frame["month"] = pd.to_datetime(frame["month"], format="%b-%d-%Y").dt.strftime("%Y-%m-%d")
    return frame.to_csv(index=False).encode()


def scottish_devolution_vote(site: Path) -> bytes:
    """statsmodels 0.15.0 `statsmodels/datasets/scotland/scotvote.csv` (Gill, 1997 Scottish
    referendum on tax-varying powers): 32 council areas; columns renamed, underscores in
    the area names made spaces, the interaction column `COUTAX_FEMALEUNEMP` dropped."""
    frame = pd.read_csv(site / "statsmodels" / "datasets" / "scotland" / "scotvote.csv")
    frame = frame.drop(columns="COUTAX_FEMALEUNEMP").rename(
        columns={
            "COUNCILDIST": "council_area",
            "YES": "yes_pct",
            "COUTAX": "council_tax_gbp",
            "UNEMPF": "female_share_unemp_claims",
            "MOR": "smr",
            "ACT": "labour_participation_pct",
            "GDP": "gdp",
            "AGE": "pct_children_5_15",
        }
    )
    frame["council_area"] = frame["council_area"].str.replace("_", " ")
    return frame.to_csv(index=False).encode()


def heart_patients_cleveland(site: Path) -> bytes:
    """pingouin 0.7.0 `pingouin/datasets/chi2_independence.csv` (UCI Heart Disease,
    Cleveland clinic, 303 patients): columns renamed, `sex` 1/0 written `male`/`female`;
    other codes kept as shipped."""
    frame = pd.read_csv(site / "pingouin" / "datasets" / "chi2_independence.csv")
    frame["sex"] = frame["sex"].map({1: "male", 0: "female"})
    frame = frame.rename(
        columns={
            "cp": "chest_pain_type",
            "trestbps": "resting_bp_mmhg",
            "chol": "cholesterol_mg_dl",
            "fbs": "fasting_sugar_over_120",
            "restecg": "rest_ecg",
            "thalach": "max_hr",
            "exang": "exercise_angina",
            "oldpeak": "st_depression",
            "ca": "vessels_coloured",
        }
    )
    return frame.to_csv(index=False).encode()


def michigan_training_grants(site: Path) -> bytes:
    """linearmodels 7.1 `linearmodels/datasets/jobtraining/jobtraining.csv.bz2` (Holzer,
    Block, Cheatham and Knott 1993): 157 Michigan manufacturing plants, 1987-1989; twelve of
    the 30 columns kept (the year dummies `d88`, `d89` and the logs, lags and changes dropped)."""
    frame = pd.read_csv(site / "linearmodels" / "datasets" / "jobtraining" / "jobtraining.csv.bz2")
    keep = ["year", "fcode", "employ", "sales", "avgsal", "scrap", "rework", "tothrs"]
    keep += ["union", "grant", "totrain", "hrsemp"]
    return frame[keep].to_csv(index=False).encode()


def medicare_drug_spending(site: Path) -> bytes:
    """linearmodels 7.1 `linearmodels/datasets/meps/meps.csv.bz2` (Medical Expenditure Panel
    Survey, people aged 65 and over, as in Cameron and Trivedi): 10,391 people; sixteen of
    the 29 columns kept (logs, squares, combined dummies and insurance/firm details dropped),
    `income` (thousands of dollars, float32 noise) rounded to two decimals."""
    frame = pd.read_csv(site / "linearmodels" / "datasets" / "meps" / "meps.csv.bz2")
    keep = ["age", "female", "educyr", "marry", "hisp", "black", "income", "drugexp"]
    keep += ["totchr", "private", "msa", "poverty", "vegood", "good", "fair", "poor"]
    frame = frame[keep]
    frame["income"] = frame["income"].round(2)
    return frame.to_csv(index=False).encode()


def personality_survey(site: Path) -> bytes:
    """pingouin 0.7.0 `pingouin/datasets/pairwise_corr.csv` (Big Five scores of 500
    respondents, Dolan et al. 2009); copied unchanged."""
    return (site / "pingouin" / "datasets" / "pairwise_corr.csv").read_bytes()


EXPORTS = [
    euro_electrical_orders,
    scottish_devolution_vote,
    heart_patients_cleveland,
    michigan_training_grants,
    medicare_drug_spending,
    personality_survey,
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, required=True)
    site = parser.parse_args().site
    TABLES.mkdir(exist_ok=True)
    for export in EXPORTS:
        (TABLES / f"{export.__name__}.csv").write_bytes(export(site))


if __name__ == "__main__":
    main()
