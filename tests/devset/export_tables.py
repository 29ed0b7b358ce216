"""Writes the development set's tables to tests/devset/tables/ (run once; the CSVs are
committed).

    python -m tests.devset.export_tables --statsmodels-dir DIR --sklearn-dir DIR

Sources: datasets shipped inside PyPI packages — statsmodels' `statsmodels/datasets`
(macrodata, grunfeld, modechoice, co2) and scikit-learn's `sklearn/datasets/data`
(diabetes, raw units). Give the folders of unpacked wheels, e.g.

    pip download --no-deps statsmodels scikit-learn -d /tmp/w
    unzip /tmp/w/statsmodels-*.whl 'statsmodels/datasets/*' -d /tmp/w/sm
    unzip /tmp/w/scikit_learn-*.whl 'sklearn/datasets/data/*' -d /tmp/w/sk
    python -m tests.devset.export_tables --statsmodels-dir /tmp/w/sm/statsmodels/datasets \
        --sklearn-dir /tmp/w/sk/sklearn/datasets/data

plus four generated business tables with fixed seeds (employees, web sessions, invoices,
team KPIs in long format). The app never imports this module.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


# --- packaged datasets -------------------------------------------------------------------


def macrodata(sm: Path) -> pd.DataFrame:
    """US quarterly macro series 1959Q1–2009Q3 (public domain), columns as shipped."""
    return pd.read_csv(sm / "macrodata" / "macrodata.csv")


def grunfeld(sm: Path) -> pd.DataFrame:
    """Grunfeld's investment data: 11 US firms, 1935–1954 (public domain)."""
    return pd.read_csv(sm / "grunfeld" / "grunfeld.csv")


def modechoice(sm: Path) -> pd.DataFrame:
    """Travel mode choice Sydney–Canberra–Melbourne, one row per traveller and mode (public
    domain). The mode codes are replaced by the names the dataset's notes give."""
    frame = pd.read_csv(sm / "modechoice" / "modechoice.csv", sep=";")
    frame["mode"] = frame["mode"].map({1: "air", 2: "train", 3: "bus", 4: "car"})
    return frame


def co2(sm: Path) -> pd.DataFrame:
    """Mauna Loa weekly CO2 (ppm), 1958–2001 (public domain); the date as ISO text and a
    unit in the column name. Weeks without a reading stay empty."""
    frame = pd.read_csv(sm / "co2" / "co2.csv")
    day = pd.to_datetime(frame["date"].astype(str), format="%Y%m%d")
    return pd.DataFrame({"week": day.dt.strftime("%Y-%m-%d"), "co2_ppm": frame["co2"]})


def diabetes(sk: Path) -> pd.DataFrame:
    """scikit-learn's diabetes data in its original units (not the scaled copy): ten
    baseline measurements of 442 patients and the disease progression a year later (BSD)."""
    raw = pd.read_csv(sk / "diabetes_data_raw.csv.gz", sep=" ", header=None)
    raw.columns = ["age", "sex", "bmi", "bp", "tc", "ldl", "hdl", "tch", "ltg", "glu"]
    target = pd.read_csv(sk / "diabetes_target.csv.gz", header=None)
    raw["progression"] = target[0].astype(int)
    return raw


# --- generated business tables -----------------------------------------------------------


def employees() -> pd.DataFrame:
    """An HR export: one row per employee hired 2014–2024, leavers with a termination date."""
    rng = np.random.default_rng(4417)
    rows = 1400
    departments = {
        "Engineering": (118_000, 0.30),
        "Sales": (82_000, 0.18),
        "Customer Support": (52_000, 0.14),
        "Marketing": (76_000, 0.10),
        "Operations": (64_000, 0.10),
        "Finance": (88_000, 0.07),
        "HR": (70_000, 0.06),
        "Legal": (112_000, 0.05),
    }
    department = rng.choice(list(departments), rows, p=[v[1] for v in departments.values()])
    level = rng.choice(["L1", "L2", "L3", "L4", "L5"], rows, p=[0.22, 0.3, 0.26, 0.15, 0.07])
    level_factor = pd.Series(level).map({"L1": 0.7, "L2": 0.88, "L3": 1.05, "L4": 1.3, "L5": 1.65})
    base = np.array([departments[d][0] for d in department])
    salary = np.round(base * level_factor.to_numpy() * rng.lognormal(0, 0.1, rows), -2)
    hire = pd.Timestamp("2014-01-01") + pd.to_timedelta(rng.integers(0, 4018, rows), unit="D")
    leaves = rng.random(rows) < 0.24
    stay_days = rng.integers(90, 2600, rows)
    termination = hire + pd.to_timedelta(stay_days, unit="D")
    leaves &= termination <= pd.Timestamp("2024-12-31")
    hours = rng.choice([40, 40, 40, 40, 40, 32, 20], rows)
    frame = pd.DataFrame(
        {
            "department": department,
            "jobLevel": level,
            "location": rng.choice(
                ["Berlin", "London", "Austin", "Toronto", "Singapore", "Remote"],
                rows,
                p=[0.24, 0.2, 0.2, 0.12, 0.09, 0.15],
            ),
            "hireDate": hire.strftime("%Y-%m-%d"),
            "terminationDate": np.where(leaves, termination.strftime("%Y-%m-%d"), ""),
            "salary_usd": salary.astype(int),
            "bonusPct": np.round(rng.gamma(2.0, 3.0, rows).clip(0, 25), 1),
            "performanceRating": rng.choice([1, 2, 3, 4, 5], rows, p=[0.04, 0.13, 0.45, 0.28, 0.1]),
            "weeklyHours": hours,
            "trainingHours": rng.poisson(22, rows),
        }
    )
    frame = frame.sort_values("hireDate", kind="stable").reset_index(drop=True)
    frame.insert(0, "employeeId", [f"E{10001 + n}" for n in range(rows)])
    return frame


def web_sessions() -> pd.DataFrame:
    """Web analytics sessions, January–June 2024, a start timestamp with the time of day."""
    rng = np.random.default_rng(90210)
    rows = 12000
    day = rng.integers(0, 182, rows)
    hour_weights = np.array(
        [1, 1, 1, 1, 1, 2, 3, 5, 7, 9, 10, 10, 11, 10, 9, 9, 9, 10, 11, 12, 11, 8, 5, 3], float
    )
    hour = rng.choice(24, rows, p=hour_weights / hour_weights.sum())
    second = rng.integers(0, 3600, rows)
    start = (
        pd.Timestamp("2024-01-01")
        + pd.to_timedelta(day, unit="D")
        + pd.to_timedelta(hour, unit="h")
        + pd.to_timedelta(second, unit="s")
    )
    device = rng.choice(["desktop", "mobile", "tablet"], rows, p=[0.46, 0.46, 0.08])
    pages = 1 + rng.poisson(np.where(device == "desktop", 3.6, 2.4))
    pages = np.where(rng.random(rows) < 0.33, 1, pages)
    duration = np.where(
        pages == 1,
        rng.integers(3, 60, rows),
        (pages * rng.gamma(2.2, 28, rows)).astype(int) + 10,
    )
    converted = (pages >= 3) & (rng.random(rows) < 0.09 + 0.01 * pages.clip(0, 8))
    revenue = np.where(converted, np.round(rng.lognormal(4.2, 0.6, rows), 2), 0.0)
    frame = pd.DataFrame(
        {
            "startTime": start.strftime("%Y-%m-%d %H:%M:%S"),
            "userId": [f"u{n:05d}" for n in rng.integers(1, 4200, rows)],
            "device": device,
            "browser": rng.choice(
                ["Chrome", "Safari", "Firefox", "Edge"], rows, p=[0.55, 0.27, 0.09, 0.09]
            ),
            "country": rng.choice(
                ["US", "UK", "DE", "FR", "CA", "IN", "BR", "AU"],
                rows,
                p=[0.34, 0.14, 0.12, 0.08, 0.07, 0.12, 0.07, 0.06],
            ),
            "channel": rng.choice(
                ["organic", "paid_search", "social", "email", "direct", "referral"],
                rows,
                p=[0.32, 0.2, 0.16, 0.08, 0.18, 0.06],
            ),
            "pagesViewed": pages,
            "durationSec": duration,
            "bounced": pages == 1,
            "converted": converted,
            "revenue_usd": revenue,
        }
    )
    frame = frame.sort_values("startTime", kind="stable").reset_index(drop=True)
    frame.insert(0, "sessionId", [f"S{700001 + n}" for n in range(rows)])
    return frame


def invoices() -> pd.DataFrame:
    """Accounts receivable, 2022–2024: three currencies, day/month/year dates, unpaid
    invoices without a paid date."""
    rng = np.random.default_rng(5150)
    rows = 3200
    first = ["Nordwind", "Alder", "Bluepeak", "Cobalt", "Dunmore", "Elm & Stone", "Fjord",
             "Granite", "Harbor", "Ironleaf", "Juniper", "Kestrel", "Lumen", "Marlow",
             "Northgate", "Orchard", "Pinecrest", "Quarry", "Redwood", "Silverline"]  # fmt: skip
    suffix = {"EUR": "GmbH", "GBP": "Ltd", "USD": "Inc"}
    names, currencies, segments = [], [], []
    for n, stem in enumerate(first):
        for currency in (("EUR",), ("GBP",), ("USD",), ("EUR", "USD"))[n % 4]:
            names.append(f"{stem} {suffix[currency]}")
            currencies.append(currency)
            segments.append(["SMB", "Mid-Market", "Enterprise"][(n * 7 + len(currency)) % 3])
    pick = rng.integers(0, len(names), rows)
    segment = np.array(segments)[pick]
    scale = pd.Series(segment).map({"SMB": 900, "Mid-Market": 4200, "Enterprise": 16000})
    net = np.round(scale.to_numpy() * rng.lognormal(0, 0.55, rows), 2)
    currency = np.array(currencies)[pick]
    vat = pd.Series(currency).map({"EUR": 19, "GBP": 20, "USD": 0}).to_numpy()
    issue = pd.Timestamp("2022-01-03") + pd.to_timedelta(rng.integers(0, 1092, rows), unit="D")
    terms = rng.choice([14, 30, 30, 45, 60], rows)
    due = issue + pd.to_timedelta(terms, unit="D")
    lateness = np.round(rng.normal(2, 14, rows)).astype(int)
    paid = due + pd.to_timedelta(lateness, unit="D")
    paid = paid.where(paid > issue, issue + pd.Timedelta(days=1))
    as_of = pd.Timestamp("2025-01-15")
    unpaid = (paid > as_of) | (rng.random(rows) < 0.035)
    status = np.where(~unpaid, "paid", np.where(due < as_of, "overdue", "open"))
    vat_amount = np.round(net * vat / 100, 2)
    frame = pd.DataFrame(
        {
            "customer": np.array(names)[pick],
            "segment": segment,
            "currency": currency,
            "issue_date": issue.strftime("%d/%m/%Y"),
            "due_date": due.strftime("%d/%m/%Y"),
            "paid_date": np.where(unpaid, "", paid.strftime("%d/%m/%Y")),
            "status": status,
            "net_amount": net,
            "vat_pct": vat,
            "vat_amount": vat_amount,
            "gross_amount": np.round(net + vat_amount, 2),
        }
    )
    order = np.argsort(issue.to_numpy(), kind="stable")
    frame = frame.iloc[order].reset_index(drop=True)
    year = pd.to_datetime(frame["issue_date"], format="%d/%m/%Y").dt.year
    serial = frame.groupby(year).cumcount() + 1
    frame.insert(0, "invoice_no", [f"INV-{y}-{s:04d}" for y, s in zip(year, serial, strict=True)])
    return frame


def team_kpis() -> pd.DataFrame:
    """Weekly engineering-team KPIs 2023–2024 in long format: week, team, metric, value."""
    rng = np.random.default_rng(2718)
    teams = {"Platform": 1.0, "Payments": 0.8, "Mobile": 0.9, "Web": 1.1, "Data": 0.6, "Infra": 0.7}
    weeks = pd.date_range("2023-01-02", "2024-12-30", freq="W-MON")
    rows = []
    for team, size in teams.items():
        trend = 1.0
        for week in weeks:
            trend *= rng.normal(1.002, 0.01)
            holiday = 0.5 if week.month == 12 and week.day > 20 else 1.0
            figures = {
                "tickets_closed": int(rng.poisson(34 * size * trend * holiday)),
                "story_points": int(rng.poisson(55 * size * trend * holiday)),
                "bugs_opened": int(rng.poisson(6 * size)),
                "deploys": int(rng.poisson(9 * size * trend * holiday)),
                "oncall_hours": round(float(rng.gamma(4, 3 * size)), 1),
            }
            for metric, value in figures.items():
                rows.append(
                    {
                        "week": week.strftime("%Y-%m-%d"),
                        "team": team,
                        "metric": metric,
                        "value": value,
                    }
                )
    frame = pd.DataFrame(rows)
    frame["value"] = pd.Series([row["value"] for row in rows], dtype=object)  # counts as ints
    return frame


def build(sm: Path, sk: Path) -> dict[str, pd.DataFrame]:
    return {
        "macrodata.csv": macrodata(sm),
        "grunfeld.csv": grunfeld(sm),
        "modechoice.csv": modechoice(sm),
        "co2_weekly.csv": co2(sm),
        "diabetes.csv": diabetes(sk),
        "employees.csv": employees(),
        "web_sessions.csv": web_sessions(),
        "invoices.csv": invoices(),
        "team_kpis.csv": team_kpis(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--statsmodels-dir", type=Path, required=True, help="statsmodels/datasets")
    parser.add_argument("--sklearn-dir", type=Path, required=True, help="sklearn/datasets/data")
    args = parser.parse_args()
    TABLES.mkdir(exist_ok=True)
    for name, frame in build(args.statsmodels_dir, args.sklearn_dir).items():
        frame.to_csv(TABLES / name, index=False)
        sys.stdout.write(f"{name}: {frame.shape[0]} rows x {frame.shape[1]} columns\n")


if __name__ == "__main__":
    main()
