"""Export the PACKAGES half's six tables (tests/sealed19/tables) from data files shipped
inside PyPI wheels. Run it with a throwaway venv, not the project's:

    python3 -m venv /tmp/h19p
    /tmp/h19p/bin/pip install pandas
    /tmp/h19p/bin/pip install --no-deps scikit-survival==0.28.0 islp==0.6.0 river==0.26.1 \
        sktime==1.2.0
    /tmp/h19p/bin/python tests/sealed19/export_packages.py

Nothing is downloaded: every table is a file inside one of those wheels. Column names are the
packages' own; the changes are listed in TABLES_packages.md.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None, name
    return Path(spec.origin).parent


def read_arff(path: Path) -> pd.DataFrame:
    """A plain ARFF reader (no scipy): attribute names in order, '?' as missing."""
    names: list[str] = []
    rows: list[list[str]] = []
    in_data = False
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("%"):
            continue
        if in_data:
            rows.append(line.split(","))
        elif line.lower().startswith("@attribute"):
            names.append(line.split()[1].strip("'\""))
        elif line.lower().startswith("@data"):
            in_data = True
    frame = pd.DataFrame(rows, columns=names).replace("?", pd.NA)
    for column in frame.columns:
        converted = pd.to_numeric(frame[column], errors="coerce")
        if converted.notna().sum() == frame[column].notna().sum():
            frame[column] = converted
    return frame


def main() -> None:
    OUT.mkdir(exist_ok=True)
    sksurv = package_dir("sksurv") / "datasets" / "data"
    islp = package_dir("ISLP") / "data"
    river = package_dir("river") / "datasets"
    sktime = package_dir("sktime") / "datasets" / "data"

    # 1. scikit-survival: flchain (Mayo Clinic serum free light chain study), unchanged.
    read_arff(sksurv / "flchain.arff").to_csv(OUT / "free_light_chain_cohort.csv", index=False)

    # 2. ISLP: NYSE daily series 1962-1986, unchanged.
    pd.read_csv(islp / "NYSE.csv").to_csv(OUT / "nyse_daily_1962_1986.csv", index=False)

    # 3. ISLP: College (US News 1995), unchanged (ISLP ships it without the college names).
    pd.read_csv(islp / "College.csv").to_csv(OUT / "us_colleges_1995.csv", index=False)

    # 4. river: hourly water flow in a pipe, unchanged (mixed +01:00/+02:00 offsets kept).
    pd.read_csv(river / "water-flow.csv").to_csv(OUT / "pipe_water_flow_hourly.csv", index=False)

    # 5. river: chick weights (R's ChickWeight), unchanged.
    pd.read_csv(river / "chick-weights.csv").to_csv(OUT / "chick_weights_by_diet.csv", index=False)

    # 6. sktime: Uschange (quarterly US % changes), the row-number column dropped and the five
    #    series melted into long format: Quarter, series, value.
    wide = pd.read_csv(sktime / "Uschange" / "Uschange.csv", index_col=0)
    long = wide.melt(id_vars="Quarter", var_name="series", value_name="value")
    long.to_csv(OUT / "us_macro_changes_long.csv", index=False)


if __name__ == "__main__":
    main()
