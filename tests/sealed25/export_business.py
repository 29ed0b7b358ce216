"""Writes the BUSINESS half's six generated tables into tests/sealed25/tables (see
TABLES_business.md). numpy and pandas only, a fixed seed per table: running it again writes
the same bytes.

    .venv/bin/python -m tests.sealed25.export_business
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


def _write(frame: pd.DataFrame, name: str) -> None:
    TABLES.mkdir(exist_ok=True)
    frame.to_csv(TABLES / name, index=False, lineterminator="\n")


def _blank(frame: pd.DataFrame, rng: np.random.Generator, column: str, n: int, where=None) -> None:
    """Blanks `n` cells of `column` (among the rows `where` selects)."""
    pool = frame.index if where is None else frame.index[where]
    picked = rng.choice(pool, size=n, replace=False)
    frame[column] = frame[column].astype(object)
    frame.loc[picked, column] = None


# --- 1. mobile tyre / roadside mechanic job log -------------------------------------------


def tyre_jobs() -> pd.DataFrame:
    rng = np.random.default_rng(2501)
    days = pd.date_range("2023-01-03", "2024-12-31", freq="D")
    techs = {"Dave": "VAN1", "Kiri": "VAN2", "Mick": "VAN3", "Sione": "VAN4"}
    types = ["Puncture Repair", "Tyre Fit", "Battery Swap", "Jump Start", "Brakes"]
    type_p = [0.30, 0.34, 0.12, 0.12, 0.12]
    sizes = ["175/65R14", "195/65R15", "205/55R16", "225/45R17", "235/65R17"]
    size_p = [0.12, 0.26, 0.32, 0.18, 0.12]
    tyre_price = {
        "175/65R14": 48,
        "195/65R15": 58,
        "205/55R16": 66,
        "225/45R17": 84,
        "235/65R17": 98,
    }
    rows = []
    for day in days:
        weekday = day.day_of_week
        base = 5.2 if weekday < 5 else (3.4 if weekday == 5 else 1.6)
        if day.month in (12, 1, 2):
            base *= 1.25  # flat batteries in the cold
        n = rng.poisson(base)
        for _ in range(n):
            active = ["Dave", "Kiri", "Mick"] + (
                ["Sione"] if day >= pd.Timestamp("2023-07-03") else []
            )
            if weekday == 6:
                active = [t for t in active if t != "Mick"]  # Mick never works Sundays
            tech = active[rng.integers(len(active))]
            p = np.array(type_p)
            if day.month in (12, 1, 2):
                p = p + np.array([0, -0.06, 0.03, 0.05, -0.02])
            job = types[rng.choice(5, p=p / p.sum())]
            hour = int(
                rng.choice(
                    np.arange(6, 21), p=np.array([2, 6, 9, 9, 8, 7, 7, 7, 7, 8, 9, 8, 5, 4, 3]) / 99
                )
            )
            minute = int(rng.integers(0, 12)) * 5
            miles = round(float(np.clip(rng.gamma(2.2, 5.0), 0.5, 48)), 1)
            size = ""
            fitted = 0
            if job == "Puncture Repair":
                size = sizes[rng.choice(5, p=size_p)]
                parts = 6.0
                hours = 0.5 if rng.random() < 0.7 else 0.75
            elif job == "Tyre Fit":
                size = sizes[rng.choice(5, p=size_p)]
                fitted = int(rng.choice([1, 2, 4], p=[0.45, 0.4, 0.15]))
                parts = fitted * tyre_price[size] * (1.06 if day.year == 2024 else 1.0)
                hours = 0.5 + 0.25 * fitted
            elif job == "Battery Swap":
                parts = float(rng.choice([89, 112, 139, 176], p=[0.3, 0.35, 0.25, 0.1]))
                hours = 0.5
            elif job == "Jump Start":
                parts = 0.0
                hours = 0.25
            else:
                parts = float(rng.integers(38, 130))
                hours = float(rng.choice([1.0, 1.25, 1.5, 2.0]))
            fee = 0.0 if miles <= 10 else round(1.6 * miles, 2)
            rate = 60 if day.year == 2023 else 65
            total = round(fee + hours * rate + parts * 1.3, 2)
            status = rng.choice(["DONE", "CANX"], p=[0.94, 0.06])
            payment = rng.choice(["CARD", "CASH", "ACCT"], p=[0.62, 0.13, 0.25])
            row = [
                day,
                f"{hour:02d}:{minute:02d}",
                techs[tech],
                tech,
                job,
                size,
                fitted,
                round(parts, 2),
                hours,
                miles,
                fee,
                total,
                payment,
                status,
            ]
            if status == "CANX":
                row[6:12] = [0, 0.0, 0.0, None, 0.0, 0.0]
            rows.append(row)
    cols = [
        "job_date",
        "call_time",
        "van",
        "technician",
        "job_type",
        "tyre_size",
        "tyres_fitted",
        "parts_cost_gbp",
        "labour_hrs",
        "callout_miles",
        "callout_fee_gbp",
        "invoice_total_gbp",
        "payment",
        "status",
    ]
    frame = pd.DataFrame(rows, columns=cols).sort_values(["job_date", "call_time"], kind="stable")
    frame = frame.reset_index(drop=True)
    frame.insert(0, "job_ref", [f"MT-{i + 1:05d}" for i in range(len(frame))])
    frame["job_date"] = frame["job_date"].dt.strftime("%Y-%m-%d")
    tyre = frame["job_type"].isin(["Puncture Repair", "Tyre Fit"]) & (frame["status"] == "DONE")
    _blank(frame, rng, "tyre_size", 31, tyre)
    _blank(frame, rng, "payment", 18)
    frame.loc[frame["tyre_size"] == "", "tyre_size"] = None
    return frame


# --- 2. community radio station listener and fundraising log ------------------------------


def radio_log() -> pd.DataFrame:
    rng = np.random.default_rng(2502)
    days = pd.date_range("2024-01-01", "2025-06-30", freq="D")
    weekday_grid = {
        6: ("Breakfast Brew", "Colin", "LIVE"),
        7: ("Breakfast Brew", "Colin", "LIVE"),
        8: ("Breakfast Brew", "Colin", "LIVE"),
        9: ("Morning Tea", "Aroha", "LIVE"),
        10: ("Morning Tea", "Aroha", "LIVE"),
        11: ("Te Reo Hour", "Hemi", "LIVE"),
        12: ("Lunchbox", "Bex", "LIVE"),
        13: ("Breakfast Brew", "Colin", "REPEAT"),
        14: ("Automation", None, "AUTO"),
        15: ("School Run", "Deepak", "LIVE"),
        16: ("Drive Time", "Jules", "LIVE"),
        17: ("Drive Time", "Jules", "LIVE"),
        18: ("Drive Time", "Jules", "LIVE"),
        19: ("Local Legends", "Marama", "LIVE"),
        20: ("Vinyl Vault", "Pete", "LIVE"),
        21: ("Vinyl Vault", "Pete", "LIVE"),
        22: ("Automation", None, "AUTO"),
        23: ("Automation", None, "AUTO"),
    }
    weekend_grid = {
        6: ("Automation", None, "AUTO"),
        7: ("Weekend Wake-Up", "Sina", "LIVE"),
        8: ("Weekend Wake-Up", "Sina", "LIVE"),
        9: ("Weekend Wake-Up", "Sina", "LIVE"),
        10: ("Sports Yarn", "Deepak", "LIVE"),
        11: ("Sports Yarn", "Deepak", "LIVE"),
        12: ("Vinyl Vault", "Pete", "REPEAT"),
        13: ("Vinyl Vault", "Pete", "REPEAT"),
        14: ("Automation", None, "AUTO"),
        15: ("Automation", None, "AUTO"),
        16: ("Local Legends", "Marama", "REPEAT"),
        17: ("Reggae Roots", "Hemi", "LIVE"),
        18: ("Reggae Roots", "Hemi", "LIVE"),
        19: ("Automation", None, "AUTO"),
        20: ("Automation", None, "AUTO"),
        21: ("Automation", None, "AUTO"),
        22: ("Automation", None, "AUTO"),
        23: ("Automation", None, "AUTO"),
    }
    hour_base = {
        6: 520,
        7: 980,
        8: 1150,
        9: 760,
        10: 690,
        11: 560,
        12: 640,
        13: 470,
        14: 380,
        15: 560,
        16: 890,
        17: 1010,
        18: 820,
        19: 540,
        20: 430,
        21: 360,
        22: 250,
        23: 170,
    }
    appeals = [
        (pd.Timestamp("2024-05-13"), pd.Timestamp("2024-05-19")),
        (pd.Timestamp("2024-10-14"), pd.Timestamp("2024-10-20")),
        (pd.Timestamp("2025-05-12"), pd.Timestamp("2025-05-18")),
    ]
    rows = []
    for day in days:
        grid = weekday_grid if day.day_of_week < 5 else weekend_grid
        appeal = any(a <= day <= b for a, b in appeals)
        growth = 1 + 0.12 * (day - days[0]).days / 365
        for hour in range(6, 24):
            show, presenter, kind = grid[hour]
            if kind == "LIVE" and presenter == "Colin" and day >= pd.Timestamp("2025-02-03"):
                presenter = "Bex" if day.day_of_week in (0, 1) else presenter  # Colin cuts back
            listeners = hour_base[hour] * growth * (0.8 if day.day_of_week >= 5 else 1.0)
            listeners *= rng.lognormal(0, 0.12) * (1.15 if appeal else 1.0)
            if kind == "AUTO":
                listeners *= 0.75
            listeners = int(round(listeners, -1))
            rate = (0.012 if appeal else 0.0009) * (1.0 if kind == "LIVE" else 0.25)
            pledges = int(rng.poisson(listeners * rate))
            amount = float(
                np.sum(
                    rng.choice([10, 20, 25, 50, 100], size=pledges, p=[0.25, 0.3, 0.2, 0.18, 0.07])
                )
            )
            streams = int(
                round(listeners * rng.uniform(0.18, 0.26) * (1 + 0.25 * (day.year - 2024)))
            )
            rows.append(
                [
                    day.strftime("%Y-%m-%d"),
                    hour,
                    show,
                    presenter,
                    kind,
                    listeners,
                    streams,
                    pledges,
                    amount,
                    "Y" if appeal else "N",
                ]
            )
    cols = [
        "airDate",
        "hourStart",
        "showName",
        "presenterName",
        "broadcastType",
        "listenerEst",
        "streamListeners",
        "pledgeCount",
        "pledgeTotalNzd",
        "onAppeal",
    ]
    frame = pd.DataFrame(rows, columns=cols)
    _blank(frame, rng, "listenerEst", 38)
    _blank(frame, rng, "streamListeners", 55)
    return frame


# --- 3. chimney sweep / stove fitter bookings (dates dd/mm/yyyy) ---------------------------


def chimney_bookings() -> pd.DataFrame:
    rng = np.random.default_rng(2503)
    days = pd.date_range("2022-04-01", "2025-03-31", freq="D")
    month_w = {
        1: 0.9,
        2: 0.8,
        3: 0.7,
        4: 0.6,
        5: 0.55,
        6: 0.6,
        7: 0.6,
        8: 0.75,
        9: 1.35,
        10: 1.7,
        11: 1.5,
        12: 0.9,
    }
    codes = ["SWP", "BIRD", "CCTV", "INST", "SERV", "COWL"]
    areas = ["HR", "LD", "SY", "SA", "NP", "GL"]
    area_p = [0.3, 0.2, 0.18, 0.12, 0.12, 0.08]
    appliances = ["Open Fire", "Woodburner", "Multifuel", "Range Cooker"]
    rows = []
    for day in days:
        if (
            day.day_of_week == 6
            or (day.month == 12 and day.day >= 24)
            or (day.month == 1 and day.day <= 2)
        ):
            continue
        n = rng.poisson(3.0 * month_w[day.month] * (0.5 if day.day_of_week == 5 else 1.0))
        for _ in range(n):
            p = np.array([0.62, 0.05, 0.08, 0.05, 0.13, 0.07])
            if day.month in (5, 6, 7):
                p[1] = 0.3  # jackdaws nest in spring and summer
            code = codes[rng.choice(6, p=p / p.sum())]
            appliance = appliances[rng.choice(4, p=[0.28, 0.42, 0.22, 0.08])]
            flues = (
                int(rng.choice([1, 2, 3], p=[0.78, 0.18, 0.04])) if code in ("SWP", "CCTV") else 1
            )
            later = day >= pd.Timestamp("2024-01-01")
            if code == "SWP":
                price = (70 if later else 65) + 25 * (flues - 1)
            elif code == "BIRD":
                price = float(rng.choice([120, 145, 175]))
            elif code == "CCTV":
                price = 120 + 30 * (flues - 1)
            elif code == "INST":
                price = float(rng.integers(36, 70) * 50)
                appliance = "Woodburner" if rng.random() < 0.7 else "Multifuel"
            elif code == "SERV":
                price = 85.0 if not later else 90.0
                appliance = appliances[1 + rng.integers(0, 3)]
            else:
                price = float(rng.choice([95, 125, 160]))
            sweep = "Gareth" if code == "INST" else ("Gareth" if rng.random() < 0.42 else "Rhys")
            if day >= pd.Timestamp("2023-09-01") and code != "INST" and rng.random() < 0.25:
                sweep = "Owain"
            status = rng.choice(["DONE", "NOACC", "CANX"], p=[0.9, 0.045, 0.055])
            if code == "INST":
                status = "DONE" if rng.random() < 0.95 else "CANX"
            if status == "NOACC":
                price = 35.0
            elif status == "CANX":
                price = 0.0
            cert = (
                ("Y" if rng.random() < 0.97 else "N")
                if (code == "SWP" and status == "DONE")
                else ""
            )
            rows.append(
                [
                    day,
                    rng.choice(["AM", "PM"]),
                    areas[rng.choice(6, p=area_p)],
                    code,
                    appliance,
                    flues,
                    float(price),
                    sweep,
                    status,
                    cert,
                ]
            )
    cols = [
        "job_date",
        "slot",
        "postcode_area",
        "job_code",
        "appliance",
        "flues",
        "price",
        "sweep",
        "status",
        "cert_issued",
    ]
    frame = pd.DataFrame(rows, columns=cols).sort_values(["job_date", "slot"], kind="stable")
    frame = frame.reset_index(drop=True)
    frame.insert(0, "booking_ref", [f"CS{i + 1:04d}" for i in range(len(frame))])
    frame["job_date"] = frame["job_date"].dt.strftime("%d/%m/%Y")
    frame.loc[frame["cert_issued"] == "", "cert_issued"] = None
    _blank(frame, rng, "appliance", 27)
    _blank(frame, rng, "postcode_area", 14)
    return frame


# --- 4. small vineyard's harvest and cellar log (with a Grand Total row) -------------------


def vineyard_log() -> pd.DataFrame:
    rng = np.random.default_rng(2504)
    blocks = {
        "Home Block": ("Pinot Noir", 2.6, "Hand"),
        "Terrace": ("Pinot Noir", 3.1, "Hand"),
        "Creek": ("Sauvignon Blanc", 4.4, "Machine"),
        "Top Slope": ("Chardonnay", 2.2, "Hand"),
        "Woolshed": ("Pinot Gris", 2.9, "Machine"),
        "Bluegum": ("Riesling", 1.8, "Hand"),
    }
    target_brix = {
        "Pinot Noir": 23.8,
        "Sauvignon Blanc": 21.6,
        "Chardonnay": 23.0,
        "Pinot Gris": 23.4,
        "Riesling": 21.0,
    }
    litres_t = {
        "Pinot Noir": 700,
        "Sauvignon Blanc": 720,
        "Chardonnay": 640,
        "Pinot Gris": 680,
        "Riesling": 650,
    }
    season = {2019: 1.0, 2020: 1.05, 2021: 0.7, 2022: 1.12, 2023: 0.92, 2024: 1.08, 2025: 0.96}
    start = {
        "Sauvignon Blanc": 0,
        "Pinot Noir": 5,
        "Chardonnay": 10,
        "Pinot Gris": 12,
        "Riesling": 20,
    }
    tanks_red = ["T01", "T02", "T03", "T04", "T05"]
    tanks_white = ["T06", "T07", "T08", "T09", "T10", "T11", "T12"]
    rows = []
    for vintage, factor in season.items():
        first = pd.Timestamp(f"{vintage}-03-18") + pd.Timedelta(days=int(rng.integers(-5, 6)))
        for block, (variety, yield_base, method) in blocks.items():
            total = yield_base * factor * rng.uniform(0.85, 1.15) * 4.2  # ~4 ha a block avg
            picks = int(rng.integers(4, 8)) if method == "Hand" else int(rng.integers(2, 4))
            shares = rng.dirichlet(np.ones(picks) * 4)
            day = first + pd.Timedelta(days=start[variety] + int(rng.integers(0, 4)))
            for share in shares:
                tonnes = round(float(total * share), 2)
                brix = round(
                    float(
                        target_brix[variety] + rng.normal(0, 0.6) + (0.5 if vintage == 2022 else 0)
                    ),
                    1,
                )
                tank = (tanks_red if variety == "Pinot Noir" else tanks_white)[
                    int(rng.integers(0, 5 if variety == "Pinot Noir" else 7))
                ]
                litres = int(round(tonnes * litres_t[variety] * rng.uniform(0.95, 1.05), -1))
                rows.append([day, block, variety, method, tonnes, brix, tank, litres])
                day = day + pd.Timedelta(days=int(rng.integers(1, 4)))
    cols = [
        "harvest_date",
        "block",
        "variety",
        "pick_method",
        "tonnes_picked",
        "brix",
        "tank_id",
        "litres_to_tank",
    ]
    frame = pd.DataFrame(rows, columns=cols).sort_values(["harvest_date", "block"], kind="stable")
    frame = frame.reset_index(drop=True)
    frame.insert(
        0,
        "pick_id",
        [f"P{d.year % 100:02d}-{i + 1:03d}" for i, d in enumerate(frame["harvest_date"])],
    )
    frame["vintage"] = frame["harvest_date"].dt.year
    frame["harvest_date"] = frame["harvest_date"].dt.strftime("%Y-%m-%d")
    frame = frame[
        [
            "pick_id",
            "vintage",
            "harvest_date",
            "block",
            "variety",
            "pick_method",
            "tonnes_picked",
            "brix",
            "tank_id",
            "litres_to_tank",
        ]
    ]
    _blank(frame, rng, "brix", 9)
    total = {
        "pick_id": "Grand Total",
        "vintage": None,
        "harvest_date": None,
        "block": None,
        "variety": None,
        "pick_method": None,
        "tonnes_picked": round(float(frame["tonnes_picked"].sum()), 2),
        "brix": None,
        "tank_id": None,
        "litres_to_tank": int(frame["litres_to_tank"].sum()),
    }
    frame = pd.concat([frame, pd.DataFrame([total])], ignore_index=True)
    frame["vintage"] = frame["vintage"].astype("Int64")
    frame["litres_to_tank"] = frame["litres_to_tank"].astype("Int64")
    return frame


# --- 5. dog walking business's walks ------------------------------------------------------


def dog_walks() -> pd.DataFrame:
    rng = np.random.default_rng(2505)
    days = pd.date_range("2023-07-01", "2025-06-30", freq="D")
    walkers = ["Jess", "Tom", "Priya", "Liam", "Mia", "Josh"]
    n_dogs = 420
    dog_group_pref = rng.uniform(0.2, 0.9, n_dogs)
    rows = []
    for day in days:
        dow = day.day_of_week
        base = {0: 52, 1: 50, 2: 51, 3: 49, 4: 47, 5: 18, 6: 7}[dow]
        if day.month in (12, 1):
            base *= 1.15  # holidays: owners away
        base *= 1 + 0.18 * (day - days[0]).days / 730
        n = rng.poisson(base)
        staff = walkers + (["Kai"] if day >= pd.Timestamp("2024-09-02") else [])
        if dow == 6:
            staff = ["Jess", "Tom"]
        for _ in range(n):
            walker = staff[rng.integers(len(staff))]
            dog = int(rng.integers(1, n_dogs + 1))
            solo = rng.random() > dog_group_pref[dog - 1] or dow == 6
            kind = "Solo" if solo else "Group"
            planned = (
                int(rng.choice([30, 45, 60], p=[0.35, 0.2, 0.45]))
                if solo
                else int(rng.choice([45, 60], p=[0.3, 0.7]))
            )
            mins = int(max(20, planned + rng.normal(0, 4)))
            speed = rng.uniform(3.6, 4.8) if solo else rng.uniform(2.9, 3.8)
            km = round(mins / 60 * speed, 2)
            price = {
                ("Solo", 30): 30,
                ("Solo", 45): 38,
                ("Solo", 60): 45,
                ("Group", 45): 26,
                ("Group", 60): 32,
            }[(kind, planned)]
            if day >= pd.Timestamp("2025-01-01"):
                price += 3
            hour = int(
                rng.choice(
                    [7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
                    p=[0.08, 0.14, 0.17, 0.14, 0.1, 0.09, 0.08, 0.07, 0.07, 0.06],
                )
            )
            start = f"{hour:02d}:{int(rng.integers(0, 4)) * 15:02d}"
            status = "cancelled" if rng.random() < 0.055 else "completed"
            row = [
                day.strftime("%Y-%m-%d"),
                start,
                walker,
                f"DOG-{dog:04d}",
                kind,
                mins,
                km,
                float(price),
                status,
            ]
            if status == "cancelled":
                row[5], row[6], row[7] = 0, None, 0.0
            rows.append(row)
    cols = [
        "walk_date",
        "start_time",
        "walker",
        "dog_id",
        "walk_type",
        "walk_mins",
        "distance_km",
        "price_aud",
        "status",
    ]
    frame = pd.DataFrame(rows, columns=cols)
    frame.insert(0, "walk_id", [f"W{i + 1:06d}" for i in range(len(frame))])
    done = frame["status"] == "completed"
    _blank(frame, rng, "distance_km", 140, done)
    _blank(frame, rng, "walker", 22)
    return frame


# --- 6. cleaning company's weekly site KPIs, long form ------------------------------------


def cleaning_kpis() -> pd.DataFrame:
    rng = np.random.default_rng(2506)
    weeks = pd.date_range("2023-07-03", "2025-06-30", freq="W-MON")
    sites = {
        "Harbourside Offices": (62, 48.0),
        "Northgate Medical": (75, 52.0),
        "Eastwood Library": (28, 46.0),
        "Parkview School": (55, 44.0),
        "Riverside Gym": (34, 47.0),
        "Airport Depot": (40, 50.0),
    }
    rows = []
    for week in weeks:
        for site, (hours_base, rate) in sites.items():
            if site == "Airport Depot" and week < pd.Timestamp("2024-07-01"):
                continue
            hours = hours_base * rng.uniform(0.92, 1.08)
            if site == "Parkview School" and (
                week.month in (1,) or (week.month == 12 and week.day > 15)
            ):
                hours *= 0.3  # school holidays: a skeleton clean
            if week.month == 12 and week.day >= 22:
                hours *= 0.7
            hours = round(hours * 2) / 2
            complaints = int(
                rng.poisson(
                    0.6
                    + (1.2 if site == "Riverside Gym" else 0)
                    + (0.8 if site == "Airport Depot" and week < pd.Timestamp("2024-10-01") else 0)
                )
            )
            supplies = round(
                hours * rng.uniform(2.6, 3.6) * (1.3 if site == "Northgate Medical" else 1.0), 2
            )
            audit = round(float(np.clip(rng.normal(91 - 2.5 * complaints, 3), 62, 100)), 1)
            rate_now = rate * (1.05 if week >= pd.Timestamp("2024-07-01") else 1.0)
            invoice = round(hours * rate_now, 2)
            for metric, value in [
                ("hours_cleaned", hours),
                ("complaints", complaints),
                ("supplies_cost_aud", supplies),
                ("audit_score_pct", audit),
                ("invoiced_aud", invoice),
            ]:
                rows.append([week.strftime("%Y-%m-%d"), site, metric, float(value)])
    frame = pd.DataFrame(rows, columns=["week_starting", "site", "metric", "value"])
    _blank(frame, rng, "value", 17)
    return frame


def main() -> None:
    _write(tyre_jobs(), "mobile_tyre_jobs.csv")
    _write(radio_log(), "community_radio_log.csv")
    _write(chimney_bookings(), "chimney_sweep_bookings.csv")
    _write(vineyard_log(), "vineyard_harvest_log.csv")
    _write(dog_walks(), "dog_walks.csv")
    _write(cleaning_kpis(), "cleaning_site_kpis_long.csv")


if __name__ == "__main__":
    main()
