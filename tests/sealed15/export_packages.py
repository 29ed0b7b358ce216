"""Writes the fifteenth sealed set's six package tables to tests/sealed15/tables/ (run once;
the CSVs are committed and this reproduces them byte for byte).

    python -m tests.sealed15.export_packages --site DIR

DIR is the site-packages folder of a scratch environment holding these wheels from PyPI:
`statsmodels==0.15.0`, `linearmodels==7.1`, `pmdarima==2.1.1`, `aeon==1.6.0` (plus
pandas 3.1.1). Every table is a data file (or an array) shipped inside one of them; nothing
is downloaded. The app never imports this.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"
YES_NO = {0: "no", 1: "yes"}


def rand_health_insurance(site: Path) -> bytes:
    """statsmodels 0.15.0 `statsmodels/datasets/randhie/randhie.csv` (RAND Health Insurance
    Experiment subset, public domain): 20,190 person-years. `lncoins` = ln(coinsurance + 1)
    written back as the coinsurance rate in per cent, `lpi` = ln(max(1, incentive)) written
    back as the incentive payment in dollars, `idp` and `physlm` as yes/no, the three health
    dummies as one `self_rated_health` label; `fmde` (a log term for models) dropped."""
    frame = pd.read_csv(site / "statsmodels" / "datasets" / "randhie" / "randhie.csv")
    health = np.select(
        [frame["hlthp"] == 1, frame["hlthf"] == 1, frame["hlthg"] == 1],
        ["poor", "fair", "good"],
        "excellent",
    )
    return (
        pd.DataFrame(
            {
                "person_year": range(1, len(frame) + 1),
                "md_visits": frame["mdvis"].astype(int),
                "coinsurance_pct": (np.exp(frame["lncoins"]) - 1).round(0).astype(int),
                "individual_deductible": frame["idp"].astype(int).map(YES_NO),
                "incentive_payment_usd": np.exp(frame["lpi"]).round(0).astype(int),
                "physical_limitation": frame["physlm"].astype(int).map(YES_NO),
                "chronic_disease_index": frame["disea"],
                "self_rated_health": health,
            }
        )
        .to_csv(index=False, lineterminator="\n")
        .encode()
    )


def married_women_labour_1975(site: Path) -> bytes:
    """linearmodels 7.1 `linearmodels/datasets/mroz/mroz.csv.bz2` (Mroz 1987, PSID 1975,
    753 married women): columns renamed, 0/1 codes as yes/no, the derived columns `lwage`,
    `expersq` and `nwifeinc` and the 1976 `repwage` dropped; values unchanged."""
    frame = pd.read_csv(site / "linearmodels" / "datasets" / "mroz" / "mroz.csv.bz2")
    return (
        pd.DataFrame(
            {
                "woman": range(1, len(frame) + 1),
                "in_labour_force": frame["inlf"].astype(int).map(YES_NO),
                "hours_1975": frame["hours"].astype(int),
                "kids_under_6": frame["kidslt6"].astype(int),
                "kids_6_to_18": frame["kidsge6"].astype(int),
                "age": frame["age"].astype(int),
                "educ_yrs": frame["educ"].astype(int),
                "hourly_wage": frame["wage"],
                "husb_hours": frame["hushrs"].astype(int),
                "husb_age": frame["husage"].astype(int),
                "husb_educ_yrs": frame["huseduc"].astype(int),
                "husb_hourly_wage": frame["huswage"],
                "family_income": frame["faminc"].astype(int),
                "marginal_tax_rate": frame["mtr"],
                "mother_educ_yrs": frame["motheduc"].astype(int),
                "father_educ_yrs": frame["fatheduc"].astype(int),
                "county_unemp_rate": frame["unem"],
                "lives_in_smsa": frame["city"].astype(int).map(YES_NO),
                "experience_yrs": frame["exper"].astype(int),
            }
        )
        .to_csv(index=False, lineterminator="\n")
        .encode()
    )


def engel_food_budgets(site: Path) -> bytes:
    """statsmodels 0.15.0 `statsmodels/datasets/engel/engel.csv` (Engel 1857, 235 Belgian
    working-class household budgets, public domain): a `household` number added, columns
    renamed (annual income and food expenditure, Belgian francs), values unchanged."""
    frame = pd.read_csv(site / "statsmodels" / "datasets" / "engel" / "engel.csv")
    return (
        pd.DataFrame(
            {
                "household": range(1, len(frame) + 1),
                "annual_income_bef": frame["income"],
                "food_spend_bef": frame["foodexp"],
            }
        )
        .to_csv(index=False, lineterminator="\n")
        .encode()
    )


def _pmdarima_array(site: Path, module: str) -> np.ndarray:
    """The literal array in a pmdarima loader (read as text, so pmdarima need not import)."""
    source = (site / "pmdarima" / "datasets" / f"{module}.py").read_text()
    start = source.index("rslt = np.array([") + len("rslt = np.array([")
    body = source[start : source.index("])", start)]
    return np.array([float(v) for v in body.replace("\n", " ").split(",") if v.strip()])


def australian_residents_quarterly(site: Path) -> bytes:
    """pmdarima 2.1.1 `pmdarima/datasets/austres.py` (the array in `load_austres`; R's
    `austres`, Australian Bureau of Statistics): 89 quarterly counts of residents in
    thousands; `quarter_ending` added from the documented start (March 1971), quarterly."""
    values = _pmdarima_array(site, "austres")
    ends = pd.date_range("1971-03-31", periods=len(values), freq="QE")
    return (
        pd.DataFrame({"quarter_ending": ends.strftime("%Y-%m-%d"), "residents_000s": values})
        .to_csv(index=False, lineterminator="\n")
        .encode()
    )


def electricity_demand_ew_2000(site: Path) -> bytes:
    """pmdarima 2.1.1 `pmdarima/datasets/taylor.py` (the array in `load_taylor`; R
    forecast's `taylor`, Taylor 2003, National Grid): half-hourly electricity demand in
    England and Wales in megawatts, Monday 5 June 2000 to Sunday 27 August 2000;
    `period_start` added from the documented start, every 30 minutes."""
    values = _pmdarima_array(site, "taylor")
    starts = pd.date_range("2000-06-05 00:00", periods=len(values), freq="30min")
    return (
        pd.DataFrame(
            {"period_start": starts.strftime("%Y-%m-%d %H:%M"), "demand_mw": values.astype(int)}
        )
        .to_csv(index=False, lineterminator="\n")
        .encode()
    )


def shampoo_sales_monthly(site: Path) -> bytes:
    """aeon 1.6.0 `aeon/datasets/data/ShampooSales/ShampooSales.csv` (Makridakis,
    Wheelwright and Hyndman 1998): 36 months of shampoo sales (a count); columns renamed,
    months as shipped (aeon labels them 1991-01 … 1993-12), values unchanged."""
    frame = pd.read_csv(site / "aeon" / "datasets" / "data" / "ShampooSales" / "ShampooSales.csv")
    return (
        pd.DataFrame({"month": frame["Time"], "units_sold": frame["Sales"]})
        .to_csv(index=False, lineterminator="\n")
        .encode()
    )


EXPORTS = {
    "rand_health_insurance.csv": rand_health_insurance,
    "married_women_labour_1975.csv": married_women_labour_1975,
    "engel_food_budgets.csv": engel_food_budgets,
    "australian_residents_quarterly.csv": australian_residents_quarterly,
    "electricity_demand_ew_2000.csv": electricity_demand_ew_2000,
    "shampoo_sales_monthly.csv": shampoo_sales_monthly,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, required=True)
    site = parser.parse_args().site
    TABLES.mkdir(exist_ok=True)
    for name, export in EXPORTS.items():
        (TABLES / name).write_bytes(export(site))


if __name__ == "__main__":
    main()
