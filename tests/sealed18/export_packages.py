"""Export the PACKAGES half's six tables (tests/sealed18/tables) from the data files shipped
inside the `great-tables` 1.1.0 wheel. Run with a throwaway venv, not the project's:

    python3 -m venv /tmp/h18p
    /tmp/h18p/bin/pip install pandas
    /tmp/h18p/bin/pip install --no-deps great-tables==1.1.0
    /tmp/h18p/bin/python tests/sealed18/export_packages.py

Nothing is downloaded: the CSVs are inside the wheel (great_tables/data). Column names are the
package's own; rows are kept as shipped (see TABLES_packages.md for the one change).
"""

from __future__ import annotations

import sys
from importlib.util import find_spec
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"

FILES = {
    "11-gibraltar.csv": "gibraltar_weather.csv",
    "03-gtcars.csv": "gtcars.csv",
    "10-metro.csv": "paris_metro.csv",
    "07-towny.csv": "towny.csv",
    "01-countrypops.csv": "countrypops.csv",
    "04-sp500.csv": "sp500.csv",
}


def main() -> None:
    # located without importing great_tables (its import needs packages not installed)
    data = Path(find_spec("great_tables").origin).parent / "data"
    OUT.mkdir(exist_ok=True)
    for source, name in FILES.items():
        frame = pd.read_csv(data / source, dtype=str, keep_default_na=False)
        if name == "towny.csv":
            frame = frame.drop(columns=["website"])  # URLs only; nothing to ask about
        frame.to_csv(OUT / name, index=False)
        sys.stdout.write(f"{name}: {len(frame)} rows x {frame.shape[1]} columns\n")


if __name__ == "__main__":
    main()
