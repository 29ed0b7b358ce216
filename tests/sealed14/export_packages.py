"""Writes the fourteenth sealed set's six package tables to tests/sealed14/tables/ (run once;
the CSVs are committed and this reproduces them byte for byte).

    python -m tests.sealed14.export_packages --site DIR

DIR is the site-packages folder of a scratch environment holding these wheels from PyPI:
`statsmodels==0.15.0`, `pingouin==0.7.0`, `linearmodels==7.1`, `pmdarima==2.1.1` (plus
pandas 3.1.1). Every table is a data file (or an array) shipped inside one of them; nothing
is downloaded. The app never imports this.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"

PARTY = [
    "Strong Democrat",
    "Weak Democrat",
    "Independent-Democrat",
    "Independent",
    "Independent-Republican",
    "Weak Republican",
    "Strong Republican",
]
EDUCATION = [
    "Grade school",
    "Some high school",
    "High school graduate",
    "Some college",
    "College degree",
    "Master's degree",
    "PhD",
]


def us_voter_survey_1996(site: Path) -> bytes:
    """statsmodels 0.15.0 `statsmodels/datasets/anes96/anes96.csv` (American National Election
    Studies 1996, public domain): 944 respondents; `PID`, `educ` and `vote` codes written as
    their labels, columns renamed, the three 1-7 left-right placements kept as codes."""
    frame = pd.read_csv(site / "statsmodels" / "datasets" / "anes96" / "anes96.csv", sep="\t")
    frame.columns = [c.strip("'") for c in frame.columns]
    return (
        pd.DataFrame(
            {
                "respondent": range(1, len(frame) + 1),
                "age": frame["age"].astype(int),
                "education": [EDUCATION[int(c) - 1] for c in frame["educ"]],
                "income_bracket": frame["income"].astype(int),
                "place_pop_thousands": frame["popul"],
                "tv_news_days_per_week": frame["TVnews"].astype(int),
                "party_id": [PARTY[int(c)] for c in frame["PID"]],
                "self_lr": frame["selfLR"].astype(int),
                "clinton_lr": frame["ClinLR"].astype(int),
                "dole_lr": frame["DoleLR"].astype(int),
                "intended_vote": ["Dole" if v == 1 else "Clinton" for v in frame["vote"]],
            }
        )
        .to_csv(index=False)
        .encode()
    )


def nile_flow_aswan(site: Path) -> bytes:
    """statsmodels 0.15.0 `statsmodels/datasets/nile/nile.csv` (Durbin and Koopman; public
    domain): annual Nile discharge at Aswan 1871-1970; `volume` (10^8 m^3) renamed."""
    frame = pd.read_csv(site / "statsmodels" / "datasets" / "nile" / "nile.csv")
    frame = frame.rename(columns={"volume": "discharge_1e8_m3"})
    return frame.to_csv(index=False).encode()


def insect_hostility_ratings(site: Path) -> bytes:
    """pingouin 0.7.0 `pingouin/datasets/rm_anova.csv` (Ryan, Wilde and Crist 2013, "Compared
    to a small, supervised lab experiment, a large, unsupervised web-based experiment on a
    previously unknown effect has benefits that outweigh its potential costs"): long format,
    four rows per respondent (insect pictures rated high/low on disgust x fear); renamed."""
    frame = pd.read_csv(site / "pingouin" / "datasets" / "rm_anova.csv")
    frame = frame.rename(
        columns={
            "Subject": "respondent",
            "Gender": "gender",
            "Region": "region",
            "Education": "education",
            "DesireToKill": "desire_to_kill_0_10",
            "Disgustingness": "disgust_level",
            "Frighteningness": "fear_level",
        }
    )
    return frame.to_csv(index=False).encode()


STATE_NAMES = {
    "AL": "Alabama",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "FL": "Florida",
    "GA": "Georgia",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}


def state_public_capital(site: Path) -> bytes:
    """linearmodels 7.1 `linearmodels/datasets/munnell/munnell.csv.bz2` (Munnell 1990, "Why Has
    Productivity Declined? Productivity and Public Investment"): 48 states x 1970-1986;
    columns renamed; the shipped state names (upper case, cut to 11 characters, e.g.
    `NORTH_CAROL`) written in full from the two-letter code; nothing else changed."""
    frame = pd.read_csv(site / "linearmodels" / "datasets" / "munnell" / "munnell.csv.bz2")
    frame = frame.rename(
        columns={
            "STATE": "state",
            "ST_ABB": "state_code",
            "YR": "year",
            "P_CAP": "public_capital",
            "HWY": "highway_capital",
            "WATER": "water_capital",
            "UTIL": "utility_capital",
            "PC": "private_capital",
            "GSP": "gsp",
            "EMP": "employment",
            "UNEMP": "unemployment_rate",
        }
    )
    frame["state"] = frame["state_code"].map(STATE_NAMES)
    return frame.to_csv(index=False).encode()


def _shipped_array(path: Path) -> list[int]:
    """The integers of the `rslt = np.array([...])` literal in a pmdarima loader module."""
    body = path.read_text().split("rslt = np.array([", 1)[1].split("]", 1)[0]
    return [int(v) for v in body.replace("\n", " ").split(",") if v.strip()]


def lynx_trappings(site: Path) -> bytes:
    """pmdarima 2.1.1 `pmdarima/datasets/lynx.py` (R's `lynx`, Brockwell and Davis 1991; Hudson's
    Bay Company records): annual lynx skins collected in Canada, 1821-1934."""
    values = _shipped_array(site / "pmdarima" / "datasets" / "lynx.py")
    frame = pd.DataFrame({"year": range(1821, 1821 + len(values)), "lynx_pelts": values})
    return frame.to_csv(index=False).encode()


def wool_yarn_quarterly(site: Path) -> bytes:
    """pmdarima 2.1.1 `pmdarima/datasets/woolyrnq.py` (R forecast package's `woolyrnq`, Australian
    Bureau of Statistics): quarterly woollen yarn production in Australia (tonnes), Mar 1965
    - Sep 1994; written with the quarter's first day as `quarter_start`."""
    values = _shipped_array(site / "pmdarima" / "datasets" / "woolyrnq.py")
    starts = pd.date_range("1965-01-01", periods=len(values), freq="QS")
    frame = pd.DataFrame({"quarter_start": starts.strftime("%Y-%m-%d"), "yarn_tonnes": values})
    return frame.to_csv(index=False).encode()


EXPORTS = {
    "us_voter_survey_1996.csv": us_voter_survey_1996,
    "nile_flow_aswan.csv": nile_flow_aswan,
    "insect_hostility_ratings.csv": insect_hostility_ratings,
    "state_public_capital.csv": state_public_capital,
    "wool_yarn_quarterly.csv": wool_yarn_quarterly,
    "lynx_trappings.csv": lynx_trappings,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, required=True)
    site = parser.parse_args().site
    for name, build in EXPORTS.items():
        (TABLES / name).write_bytes(build(site))


if __name__ == "__main__":
    main()
