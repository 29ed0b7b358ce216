"""Writes the third development set's tables to tests/devset3/tables/ (run once; the CSVs are
committed, and running this again reproduces them byte for byte).

    python -m tests.devset3.export_tables --vega DIR --sklearn DIR

  --vega     vega_datasets/_data            (vega_datasets 0.9.0 wheel, unpacked)
  --sklearn  sklearn/datasets/data          (scikit-learn 1.7.2 cp311 wheel, unpacked)

Five business / science tables are generated with numpy at fixed seeds. The app never
imports this.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


# --- tables from packages ------------------------------------------------------------------


def burtin(vega: Path) -> pd.DataFrame:
    """Will Burtin's 1951 antibiotics data: minimum inhibitory concentration of three
    antibiotics against 16 bacteria."""
    return pd.read_json(vega / "burtin.json")


def crimea(vega: Path) -> pd.DataFrame:
    """Nightingale's monthly Crimean War deaths by cause, April 1854 – March 1856."""
    return pd.read_json(vega / "crimea.json", dtype=False)


def driving(vega: Path) -> pd.DataFrame:
    """US miles driven per capita and gas price (2010 dollars per gallon), 1956–2010."""
    return pd.read_json(vega / "driving.json")


def wheat(vega: Path) -> pd.DataFrame:
    """Playfair's price of wheat (shillings per quarter) and weekly wages, 1565–1820; the
    last row has no wages as shipped."""
    return pd.read_json(vega / "wheat.json")


FEATURES = [
    "radius",
    "texture",
    "perimeter",
    "area",
    "smoothness",
    "compactness",
    "concavity",
    "concave points",
    "symmetry",
    "fractal dimension",
]


def breast_cancer(sklearn: Path) -> pd.DataFrame:
    """Wisconsin diagnostic breast cancer data (569 tumours): scikit-learn's file without its
    count header, its feature names (`mean radius` … `worst fractal dimension`), target 0 as
    `malignant` and 1 as `benign`."""
    frame = pd.read_csv(sklearn / "breast_cancer.csv", skiprows=1, header=None)
    names = [f"mean {f}" for f in FEATURES] + [f"{f} error" for f in FEATURES]
    names += [f"worst {f}" for f in FEATURES]
    frame.columns = [*names, "diagnosis"]
    frame["diagnosis"] = frame["diagnosis"].map({0: "malignant", 1: "benign"})
    return frame


def linnerud(sklearn: Path) -> pd.DataFrame:
    """Linnerud: 20 middle-aged men of a fitness club, three exercises and three body
    measurements (weight in pounds, waist in inches, pulse in beats per minute)."""
    exercise = pd.read_csv(sklearn / "linnerud_exercise.csv", sep=r"\s+")
    body = pd.read_csv(sklearn / "linnerud_physiological.csv", sep=r"\s+")
    body.columns = ["Weight (lb)", "Waist (in)", "Pulse (bpm)"]
    frame = pd.concat([exercise, body], axis=1)
    frame.insert(0, "member", [f"M{i:02d}" for i in range(1, len(frame) + 1)])
    return frame


# --- generated tables ----------------------------------------------------------------------


MACHINES = {
    "CNC-01": "L1",
    "CNC-02": "L1",
    "CNC-03": "L1",
    "CNC-04": "L2",
    "CNC-05": "L2",
    "PRS-01": "L2",
    "PRS-02": "L3",
    "PRS-03": "L3",
    "INJ-01": "L3",
    "INJ-02": "L3",
    "INJ-03": "L4",
    "INJ-04": "L4",
    "PKG-01": "L4",
    "PKG-02": "L4",
    "PKG-03": "L1",
    "WLD-01": "L2",
}
REASONS = ["MECH", "ELEC", "MATL", "SETUP", "QUAL", "HYD"]


def machine_stops() -> pd.DataFrame:
    """A plant's machine stoppage log, 2023–2024: one row per stop, ISO `T` timestamps,
    minutes and euros in the names, blank reason codes, no technician or repair cost for
    setup, material and quality stops."""
    rng = np.random.default_rng(7741)
    n = 6200
    names = list(MACHINES)
    weights = rng.uniform(0.5, 1.6, len(names))
    machine = rng.choice(names, n, p=weights / weights.sum())
    start = pd.Timestamp("2023-01-01")
    minutes = np.sort(rng.integers(0, 731 * 24 * 60, n))
    when = start + pd.to_timedelta(minutes, unit="min")
    reason = rng.choice(REASONS, n, p=[0.28, 0.17, 0.15, 0.2, 0.12, 0.08])
    scale = pd.Series(reason).map(
        {"MECH": 55, "ELEC": 40, "MATL": 20, "SETUP": 30, "QUAL": 25, "HYD": 70}
    )
    down = np.round(rng.gamma(1.6, scale.to_numpy() / 1.6) + 2, 1)
    hour = when.hour
    shift = np.where((hour >= 6) & (hour < 14), "A", np.where((hour >= 14) & (hour < 22), "B", "C"))
    units = np.round(down * rng.uniform(2, 9, n)).astype(int)
    repair = np.isin(reason, ["MECH", "ELEC", "HYD"])
    cost = np.where(repair, np.round(80 + down * rng.uniform(3, 11, n), 2), np.nan)
    techs = np.array(["JK", "AM", "RP", "SL", "TD", "NB"])
    tech = np.where(repair, rng.choice(techs, n), "")
    reason = np.where(rng.random(n) < 0.035, "", reason)
    return pd.DataFrame(
        {
            "StopID": [f"S{i:05d}" for i in range(1, n + 1)],
            "MachineID": machine,
            "Line": [MACHINES[m] for m in machine],
            "StopStart": when.strftime("%Y-%m-%dT%H:%M"),
            "Shift": shift,
            "ReasonCode": reason,
            "Downtime_min": down,
            "UnitsLost": units,
            "RepairCost_EUR": cost,
            "Tech": tech,
        }
    )


PLAYERS = [
    "A. Novak",
    "B. Ferreira",
    "C. Lindqvist",
    "D. Okafor",
    "E. Marchetti",
    "F. Kowalski",
    "G. Tanaka",
    "H. Dubois",
    "I. Petrov",
    "J. Alvarez",
    "K. Schmidt",
    "L. Moreau",
    "M. Haddad",
    "N. Jensen",
    "O. Brennan",
    "P. Costa",
    "Q. Zhang",
    "R. Varga",
    "S. Iqbal",
    "T. Kruger",
    "U. Romano",
    "V. Sato",
    "W. Nilsen",
    "X. Duarte",
    "Y. Horvath",
    "Z. Mensah",
    "A. Kerr",
    "B. Laine",
    "C. Ortega",
    "D. Weiss",
    "E. Popescu",
    "F. Landry",
]
TOURNEYS = {
    "Doha Open": "Hard",
    "Rotterdam Indoor": "Hard",
    "Monte Carlo Masters": "Clay",
    "Barcelona Open": "Clay",
    "Roland Garros": "Clay",
    "Halle Open": "Grass",
    "Wimbledon": "Grass",
    "Cincinnati Masters": "Hard",
    "US Open": "Hard",
    "Vienna Indoor": "Hard",
}
MONTHS = [1, 2, 4, 4, 5, 6, 7, 8, 8, 10]


def tennis_matches() -> pd.DataFrame:
    """A tour's main-draw matches, 2021–2024: ten 32-player events a year, dates as
    `dd.mm.yyyy`, ranks, sets, minutes (a few blank), aces, the winner's prize money."""
    rng = np.random.default_rng(4242)
    strength = rng.normal(0, 1, len(PLAYERS))
    rows = []
    prize = {"R32": 9000, "R16": 16000, "QF": 30000, "SF": 55000, "F": 110000}
    for year in range(2021, 2025):
        rank = {p: r + 1 for r, p in enumerate(np.array(PLAYERS)[np.argsort(-strength)])}
        for (name, surface), month in zip(TOURNEYS.items(), MONTHS, strict=True):
            best_of = 5 if name in ("Roland Garros", "Wimbledon", "US Open") else 3
            day0 = pd.Timestamp(year, month, int(rng.integers(1, 15)))
            draw = list(rng.permutation(PLAYERS))
            for offset, rnd in enumerate(prize):
                winners = []
                for a, b in zip(draw[::2], draw[1::2], strict=True):
                    edge = strength[PLAYERS.index(a)] - strength[PLAYERS.index(b)]
                    a_wins = rng.random() < 1 / (1 + np.exp(-1.2 * edge))
                    w, lo = (a, b) if a_wins else (b, a)
                    need = best_of // 2 + 1
                    sets = need + int(rng.integers(0, need))
                    mins = float(round(sets * rng.uniform(36, 52)))
                    rows.append(
                        {
                            "tourney": name,
                            "surface": surface,
                            "round": rnd,
                            "match_date": (day0 + pd.Timedelta(days=2 * offset)).strftime(
                                "%d.%m.%Y"
                            ),
                            "winner": w,
                            "loser": lo,
                            "winner_rank": rank[w],
                            "loser_rank": rank[lo],
                            "best_of": best_of,
                            "sets": sets,
                            "minutes": mins if rng.random() > 0.03 else np.nan,
                            "aces_w": int(rng.poisson(4 + 2 * sets)),
                            "aces_l": int(rng.poisson(3 + 1.5 * sets)),
                            "prize_usd": prize[rnd] * (2 if best_of == 5 else 1),
                        }
                    )
                    winners.append(w)
                draw = winners
        strength = strength + rng.normal(0, 0.3, len(PLAYERS))
    return pd.DataFrame(rows)


ROUTES = {
    "LDS-YRK": (196, 4.1),
    "LDS-MAN": (300, 9.5),
    "MAN-LIV": (250, 7.2),
    "YRK-SCA": (150, 8.8),
    "LDS-HUL": (200, 11.0),
    "SHF-LDS": (260, 6.4),
}


def rail_services() -> pd.DataFrame:
    """A regional train operator's services, January – June 2024: one row per train, dates
    like `05-Mar-2024`, departure times, blank delay for cancelled trains, passengers, seats
    and fare revenue in pounds."""
    rng = np.random.default_rng(9311)
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    rows = []
    for day in days:
        weekend = day.day_of_week >= 5
        for route, (seats, fare) in ROUTES.items():
            hours = [7, 9, 12, 16, 18] if not weekend else [9, 13, 17]
            for h in hours:
                if rng.random() < 0.12:
                    continue
                cancelled = rng.random() < 0.025
                peak = h in (7, 16, 18) and not weekend
                load = rng.uniform(0.55, 1.1) if peak else rng.uniform(0.2, 0.75)
                pax = 0 if cancelled else int(round(seats * load))
                delay = np.nan if cancelled else float(max(0, round(rng.gamma(1.1, 3.2) - 1)))
                rows.append(
                    {
                        "svc_date": day.strftime("%d-%b-%Y"),
                        "route": route,
                        "headcode": f"{1 + h % 3}{route[0]}{int(rng.integers(10, 99))}",
                        "sched_dep": f"{h:02d}:{int(rng.choice([2, 15, 32, 47])):02d}",
                        "cancelled": "Y" if cancelled else "N",
                        "delay_mins": delay,
                        "pax": pax,
                        "seats": seats,
                        "fare_rev_gbp": round(pax * fare * rng.uniform(0.8, 1.2), 2),
                    }
                )
    return pd.DataFrame(rows)


TESTS = {
    # code: (unit, mean, sd, low, high)
    "HGB": ("g/dL", 12.8, 1.9, 12.0, 17.5),
    "WBC": ("10^9/L", 8.4, 3.2, 4.0, 11.0),
    "PLT": ("10^9/L", 245.0, 80.0, 150.0, 400.0),
    "SOD": ("mmol/L", 139.0, 3.6, 135.0, 145.0),
    "K": ("mmol/L", 4.25, 0.55, 3.5, 5.1),
    "CREAT": ("umol/L", 92.0, 38.0, 60.0, 110.0),
    "GLU": ("mmol/L", 6.6, 2.2, 3.9, 7.8),
    "CRP": ("mg/L", 18.0, 25.0, 0.0, 5.0),
}
WARDS = ["ICU", "MED", "SURG", "ED", "PAED"]


def lab_results() -> pd.DataFrame:
    """A hospital laboratory's results in long format, March – August 2024: one row per
    test (code, value, unit, H/L flag), US-style `m/d/yyyy HH:MM` collection times,
    turnaround minutes, blank values for rejected samples."""
    rng = np.random.default_rng(5150)
    n_samples = 1500
    start = pd.Timestamp("2024-03-01")
    rows = []
    patients = [f"P{i:04d}" for i in range(1, 521)]
    for s in range(n_samples):
        when = start + pd.Timedelta(minutes=int(rng.integers(0, 184 * 24 * 60)))
        ward = rng.choice(WARDS, p=[0.14, 0.34, 0.22, 0.22, 0.08])
        patient = rng.choice(patients)
        panel = rng.choice(list(TESTS), size=int(rng.integers(2, 7)), replace=False)
        rejected = rng.random() < 0.02
        for code in panel:
            unit, mean, sd, low, high = TESTS[code]
            value = rng.normal(mean * (1.15 if ward == "ICU" else 1.0), sd)
            if code == "CRP":
                value = rng.gamma(0.9, mean / 0.9)
            value = max(value, 0.1)
            value = round(value, 2 if code == "K" else 1)
            flag = "H" if value > high else "L" if value < low else ""
            tat = int(round(rng.gamma(3, 14 if ward in ("ED", "ICU") else 25)))
            rows.append(
                {
                    "sample_id": f"LB{240000 + s}",
                    "patient_id": patient,
                    "ward": ward,
                    "collected": f"{when.month}/{when.day}/{when.year} {when:%H:%M}",
                    "test_code": code,
                    "result_value": np.nan if rejected else value,
                    "units": unit,
                    "flag": "" if rejected else flag,
                    "tat_min": tat,
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["collected"], format="%m/%d/%Y %H:%M")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


BRANCHES = ["Central", "Northside", "Riverside", "Eastgate", "Hillcrest"]
ITEMS = {"Book": 21, "DVD": 7, "eBook": 14, "Audiobook": 14, "Magazine": 7}


def library_loans() -> pd.DataFrame:
    """A public library's loans, 2022–2024: ISO checkout dates, due dates, blank return
    dates for items still out, late fees in dollars, member types and genres."""
    rng = np.random.default_rng(6060)
    n = 4300
    checkout = pd.Timestamp("2022-01-01") + pd.to_timedelta(
        np.sort(rng.integers(0, 1096, n)), unit="D"
    )
    item = rng.choice(list(ITEMS), n, p=[0.55, 0.1, 0.17, 0.1, 0.08])
    loan_days = np.array([ITEMS[i] for i in item])
    due = checkout + pd.to_timedelta(loan_days, unit="D")
    renewals = np.where(rng.random(n) < 0.2, rng.integers(1, 3, n), 0)
    due = due + pd.to_timedelta(renewals * loan_days, unit="D")
    kept = np.round(rng.normal(loan_days * (1 + renewals) * 0.85, 5)).astype(int)
    kept = np.maximum(kept, 1)
    back = checkout + pd.to_timedelta(kept, unit="D")
    digital = np.isin(item, ["eBook", "Audiobook"])
    back = back.where(~digital, pd.Series(due).clip(upper=back).to_numpy())
    late = np.maximum((back - due).days, 0)
    fee = np.where(digital, 0.0, np.round(np.minimum(late * 0.25, 10.0), 2))
    out = (checkout > pd.Timestamp("2024-11-20")) & (rng.random(n) < 0.7)
    out = out | (rng.random(n) < 0.01)
    genre = rng.choice(
        ["Fiction", "Mystery", "Sci-Fi", "Biography", "History", "Children", "Cooking", "Travel"],
        n,
        p=[0.24, 0.14, 0.1, 0.09, 0.1, 0.18, 0.08, 0.07],
    )
    member = rng.choice(["Adult", "Child", "Senior", "Student"], n, p=[0.45, 0.2, 0.17, 0.18])
    return pd.DataFrame(
        {
            "LoanID": [f"LN-{i:06d}" for i in range(100001, 100001 + n)],
            "Branch": rng.choice(BRANCHES, n, p=[0.32, 0.2, 0.18, 0.17, 0.13]),
            "MemberType": member,
            "ItemType": item,
            "Genre": genre,
            "CheckoutDate": checkout.strftime("%Y-%m-%d"),
            "DueDate": pd.DatetimeIndex(due).strftime("%Y-%m-%d"),
            "ReturnDate": np.where(out, "", pd.DatetimeIndex(back).strftime("%Y-%m-%d")),
            "Renewals": renewals,
            "LateFee_USD": np.where(out, np.nan, fee),
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vega", type=Path, required=True)
    parser.add_argument("--sklearn", type=Path, required=True)
    args = parser.parse_args()
    TABLES.mkdir(exist_ok=True)
    frames = {
        "burtin.csv": burtin(args.vega),
        "crimea.csv": crimea(args.vega),
        "driving.csv": driving(args.vega),
        "wheat.csv": wheat(args.vega),
        "breast_cancer.csv": breast_cancer(args.sklearn),
        "linnerud.csv": linnerud(args.sklearn),
        "machine_stops.csv": machine_stops(),
        "tennis_matches.csv": tennis_matches(),
        "rail_services.csv": rail_services(),
        "lab_results.csv": lab_results(),
        "library_loans.csv": library_loans(),
    }
    for name, frame in frames.items():
        frame.to_csv(TABLES / name, index=False, lineterminator="\n")
        sys.stdout.write(f"{name}: {len(frame)} x {frame.shape[1]}\n")


if __name__ == "__main__":
    main()
