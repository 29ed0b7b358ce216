"""Write the BUSINESS half's six generated tables into tests/sealed24/tables.

    .venv/bin/python -m tests.sealed24.export_business

numpy and pandas only, a fixed seed per table: the same files byte for byte on every run.
No real business or person; CC0. See TABLES_business.md for what each column means.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"


def _write(frame: pd.DataFrame, name: str) -> None:
    frame.to_csv(OUT / name, index=False, lineterminator="\n")


def _blank(rng: np.random.Generator, frame: pd.DataFrame, column: str, count: int, mask=None):
    """Blank `count` cells of `column` (only among rows where `mask` holds)."""
    pool = np.flatnonzero(np.ones(len(frame), bool) if mask is None else np.asarray(mask))
    picks = rng.choice(pool, size=count, replace=False)
    frame[column] = frame[column].astype(object)
    frame.loc[frame.index[picks], column] = None


# --------------------------------------------------------------------------------------
def piano_jobs() -> pd.DataFrame:
    """A piano tuning and repair business's job sheet (dates dd.mm.yyyy, units in names)."""
    rng = np.random.default_rng(2401)
    days = pd.date_range("2022-01-04", "2024-12-20", freq="D")
    days = days[days.day_of_week < 6]  # Monday to Saturday
    techs = ["Alan", "Bea", "Carlos", "Dunya", "Ewan"]
    towns = ["Bath", "Bristol", "Frome", "Wells", "Chippenham"]
    town_km = {"Bath": 8, "Bristol": 30, "Frome": 22, "Wells": 36, "Chippenham": 28}
    rows = []
    for day in days:
        # busier in autumn (concert season) and before Christmas, quiet in August
        season = 1.0 + 0.35 * (day.month in (9, 10, 11, 12)) - 0.4 * (day.month == 8)
        n = rng.poisson((3.4 if day.day_of_week < 5 else 1.6) * season)
        for _ in range(n):
            active = techs if day >= pd.Timestamp("2023-04-03") else techs[:4]
            tech = active[rng.integers(len(active))]
            if day.day_of_week == 5 and tech == "Carlos":
                tech = "Bea"
            client = rng.choice(
                ["Home", "School", "Church", "Venue", "Studio"], p=[0.58, 0.16, 0.1, 0.08, 0.08]
            )
            piano = rng.choice(
                ["Upright", "Baby Grand", "Grand", "Digital"], p=[0.62, 0.17, 0.17, 0.04]
            )
            if client in ("Venue", "Studio") and piano == "Upright":
                piano = "Grand"
            job = rng.choice(
                ["Tuning", "Tuning + Repair", "Repair", "Regulation", "Appraisal"],
                p=[0.6, 0.14, 0.14, 0.06, 0.06],
            )
            if piano == "Digital":
                job = "Repair"
            town = rng.choice(towns, p=[0.34, 0.26, 0.14, 0.1, 0.16])
            km = round(max(2.0, rng.normal(town_km[town], town_km[town] * 0.25)) * 2, 1)
            raise_ = "N"
            if "Tuning" in job and rng.random() < (0.22 if client == "Home" else 0.08):
                raise_ = "Y"
            hours = {
                "Tuning": 1.25,
                "Tuning + Repair": 2.5,
                "Repair": 2.0,
                "Regulation": 4.5,
                "Appraisal": 0.75,
            }[job]
            hours = hours * (1.25 if piano in ("Grand", "Baby Grand") else 1.0)
            hours = hours + (0.75 if raise_ == "Y" else 0.0)
            hours = round(max(0.5, hours + rng.normal(0, 0.3)) * 4) / 4
            rate = 48.0 if day < pd.Timestamp("2024-01-01") else 52.0
            labour = round(hours * rate / 5) * 5
            if job == "Tuning":
                labour = (85 if day < pd.Timestamp("2024-01-01") else 95) + (
                    30 if piano != "Upright" else 0
                )
                labour += 45 if raise_ == "Y" else 0
            parts = 0.0
            if "Repair" in job:
                parts = round(float(rng.gamma(1.6, 28)), 2)
            callout = 0.0 if client == "School" else (25.0 if km <= 30 else 40.0)
            status = rng.choice(["DONE", "CXL", "NOACC"], p=[0.9, 0.07, 0.03])
            if status == "CXL":
                km, hours, labour, parts, callout = 0.0, 0.0, 0, 0.0, 0.0
            elif status == "NOACC":
                hours, labour, parts = 0.0, 0, 0.0
            rows.append(
                (
                    day,
                    tech,
                    client,
                    town,
                    piano,
                    job,
                    raise_,
                    km,
                    hours,
                    callout,
                    labour,
                    parts,
                    status,
                )
            )
    frame = pd.DataFrame(
        rows,
        columns=[
            "day",
            "technician",
            "client_type",
            "town",
            "piano_type",
            "job_type",
            "pitch_raise",
            "travel_km",
            "hours_on_site",
            "callout_fee_gbp",
            "labour_gbp",
            "parts_gbp",
            "status",
        ],
    )
    frame["invoice_total_gbp"] = (
        frame["callout_fee_gbp"] + frame["labour_gbp"] + frame["parts_gbp"]
    ).round(2)
    frame.insert(0, "job_no", [f"PT-{i:05d}" for i in range(1, len(frame) + 1)])
    frame.insert(1, "job_date", frame.pop("day").dt.strftime("%d.%m.%Y"))
    frame["labour_gbp"] = frame["labour_gbp"].astype(float)
    frame = frame[
        [
            "job_no",
            "job_date",
            "technician",
            "client_type",
            "town",
            "piano_type",
            "job_type",
            "pitch_raise",
            "travel_km",
            "hours_on_site",
            "callout_fee_gbp",
            "labour_gbp",
            "parts_gbp",
            "invoice_total_gbp",
            "status",
        ]
    ]
    _blank(rng, frame, "pitch_raise", 37, frame["status"] == "DONE")
    _blank(rng, frame, "client_type", 21)
    return frame


# --------------------------------------------------------------------------------------
def kitchen_waste() -> pd.DataFrame:
    """A commercial kitchen's food-waste log, one row per bin weigh-in; a TOTAL row last."""
    rng = np.random.default_rng(2402)
    days = pd.date_range("2024-01-01", "2025-06-30", freq="D")
    shifts = ["Early", "Late", "Night"]
    stations = ["Grill", "Larder", "Pastry", "Sauce", "Veg Prep", "Pass"]
    cats = {
        "Meat": 9.8,
        "Fish": 14.5,
        "Dairy": 4.2,
        "Vegetables": 2.1,
        "Fruit": 3.0,
        "Bread & Bakery": 2.6,
        "Cooked Food": 6.5,
    }
    station_cats = {
        "Grill": (["Meat", "Fish", "Cooked Food", "Vegetables"], [0.45, 0.2, 0.25, 0.1]),
        "Larder": (["Vegetables", "Fruit", "Dairy", "Fish"], [0.4, 0.25, 0.2, 0.15]),
        "Pastry": (["Bread & Bakery", "Dairy", "Fruit"], [0.55, 0.3, 0.15]),
        "Sauce": (["Dairy", "Cooked Food", "Vegetables"], [0.35, 0.45, 0.2]),
        "Veg Prep": (["Vegetables", "Fruit"], [0.8, 0.2]),
        "Pass": (["Cooked Food", "Meat", "Bread & Bakery"], [0.7, 0.15, 0.15]),
    }
    reasons = ["SPOIL", "OVP", "TRIM", "PLATE", "DROP", "OOD"]
    staff = ["JK", "MS", "PO", "AL", "RB", "TN", "HW"]
    rows = []
    for day in days:
        # a waste campaign from 2025-03 cuts over-production
        for shift in shifts:
            n = rng.poisson({"Early": 3.0, "Late": 4.2, "Night": 1.6}[shift])
            for _ in range(n):
                if shift == "Night":
                    station = rng.choice(["Pass", "Grill", "Veg Prep", "Larder"])
                else:
                    station = stations[rng.integers(len(stations))]
                names, p = station_cats[station]
                cat = rng.choice(names, p=p)
                if station == "Pass":
                    reason = rng.choice(["PLATE", "OVP", "DROP"], p=[0.6, 0.3, 0.1])
                elif station == "Veg Prep":
                    reason = rng.choice(["TRIM", "SPOIL", "OOD"], p=[0.7, 0.2, 0.1])
                else:
                    reason = rng.choice(reasons, p=[0.22, 0.26, 0.2, 0.08, 0.08, 0.16])
                weight = float(rng.gamma(2.0, 0.9 if shift != "Night" else 0.6))
                if reason == "OVP" and day >= pd.Timestamp("2025-03-01"):
                    weight *= 0.6
                if day.day_of_week >= 4:
                    weight *= 1.2
                weight = round(max(0.05, weight), 2)
                cost = round(weight * cats[cat] * rng.uniform(0.9, 1.1), 2)
                status = "VOID" if rng.random() < 0.012 else "OK"
                rows.append(
                    (
                        day.strftime("%Y-%m-%d"),
                        shift,
                        station,
                        cat,
                        reason,
                        weight,
                        cost,
                        staff[rng.integers(len(staff))],
                        status,
                    )
                )
    frame = pd.DataFrame(
        rows,
        columns=[
            "log_date",
            "shift",
            "station",
            "category",
            "reason",
            "weight_kg",
            "cost_gbp",
            "logged_by",
            "status",
        ],
    )
    frame.insert(0, "entry_id", [f"W{i:05d}" for i in range(1, len(frame) + 1)])
    _blank(rng, frame, "station", 44)
    _blank(rng, frame, "logged_by", 60)
    total = {c: None for c in frame.columns}
    total["entry_id"] = "TOTAL"
    total["weight_kg"] = round(float(frame["weight_kg"].sum()), 2)
    total["cost_gbp"] = round(float(frame["cost_gbp"].sum()), 2)
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


# --------------------------------------------------------------------------------------
def car_park() -> pd.DataFrame:
    """A multi-storey car park's hourly occupancy per level (camelCase columns)."""
    rng = np.random.default_rng(2403)
    hours = pd.date_range("2024-03-01 00:00", "2025-02-28 23:00", freq="h")
    levels = {"Ground": 110, "Level 1": 180, "Level 2": 180, "Level 3": 180, "Roof": 150}
    order = list(levels)
    # occupancy share of the whole car park by hour of day, weekday vs Saturday vs Sunday
    weekday = np.array(
        [4, 3, 3, 3, 3, 5, 12, 30, 58, 74, 80, 82, 83, 81, 78, 72, 60, 42, 30, 24, 20, 14, 9, 6]
    )
    saturday = np.array(
        [6, 4, 3, 3, 3, 3, 5, 12, 28, 52, 74, 86, 90, 90, 88, 80, 64, 46, 34, 30, 28, 20, 12, 8]
    )
    sunday = np.array(
        [6, 4, 3, 3, 3, 3, 4, 6, 12, 26, 42, 54, 58, 58, 54, 46, 34, 22, 14, 10, 8, 6, 5, 4]
    )
    capacity = sum(levels.values())
    prev = dict.fromkeys(order, 0)
    rows = []
    for ts in hours:
        curve = sunday if ts.day_of_week == 6 else saturday if ts.day_of_week == 5 else weekday
        share = curve[ts.hour] / 100
        if ts.month == 12 and ts.day < 24:
            share = min(0.99, share * 1.15)
        if ts.month in (1, 8):
            share *= 0.85
        total = int(round(capacity * min(0.99, share * rng.uniform(0.9, 1.08))))
        tariff = 2.2 if ts < pd.Timestamp("2024-09-01") else 2.5  # per hour, mean stay ~2 h
        left = total
        for name in order:
            cap = levels[name]
            occ = min(cap - rng.integers(0, 4), left) if left > 0 else 0
            occ = max(0, int(occ))
            left -= occ
            delta = occ - prev[name]
            churn = rng.poisson(max(0.5, occ * 0.28))
            vin = max(delta, 0) + churn
            vout = vin - delta
            takings = round(vout * tariff * rng.uniform(1.6, 2.6), 1) if vout else 0.0
            rows.append((ts.strftime("%Y-%m-%d %H:%M"), name, cap, occ, vin, vout, takings, "OK"))
            prev[name] = occ
    frame = pd.DataFrame(
        rows,
        columns=[
            "hourStart",
            "levelName",
            "capacitySpaces",
            "occupiedSpaces",
            "vehiclesIn",
            "vehiclesOut",
            "takingsGbp",
            "sensorStatus",
        ],
    )
    # sensor faults: a few hours on one level where the counts were not recorded
    faults = rng.choice(len(frame), size=96, replace=False)
    for column in ("occupiedSpaces", "vehiclesIn", "vehiclesOut"):
        frame[column] = frame[column].astype(object)
        frame.loc[faults, column] = None
    frame.loc[faults, "sensorStatus"] = "FAULT"
    return frame


# --------------------------------------------------------------------------------------
def pottery() -> pd.DataFrame:
    """A pottery studio's class sessions and the kiln firing each class's pieces went to."""
    rng = np.random.default_rng(2404)
    days = pd.date_range("2023-01-03", "2025-05-31", freq="D")
    classes = {
        # name: (places, price per head, clay kg per head, weekdays offered, start)
        "Wheel Taster": (8, 45.0, 1.5, (5, 6), "10:00"),
        "Six-Week Wheel": (8, 38.0, 2.2, (1, 3), "18:30"),
        "Handbuilding": (10, 35.0, 1.8, (2, 5), "14:00"),
        "Glaze Lab": (8, 30.0, 0.0, (4,), "18:30"),
        "Kids Clay": (12, 18.0, 0.9, (5,), "09:30"),
        "Open Studio": (14, 15.0, 1.2, (0, 2), "11:00"),
    }
    tutors = {
        "Wheel Taster": ["Hana", "Olu"],
        "Six-Week Wheel": ["Olu", "Marta"],
        "Handbuilding": ["Marta", "Reece"],
        "Glaze Lab": ["Hana"],
        "Kids Clay": ["Reece", "Marta"],
        "Open Studio": ["Reece", "Hana", "Olu"],
    }
    rows = []
    for day in days:
        if day.month == 12 and day.day >= 22 or day.month == 1 and day.day < 3:
            continue
        for name, (places, price, clay, dows, start) in classes.items():
            if day.day_of_week not in dows:
                continue
            if name == "Kids Clay" and day < pd.Timestamp("2023-09-01"):
                continue
            tutor = tutors[name][rng.integers(len(tutors[name]))]
            popular = 0.9 if name in ("Wheel Taster", "Kids Clay") else 0.72
            if day.month in (7, 8) and name == "Kids Clay":
                popular = 1.0
            booked = int(min(places, rng.binomial(places, popular) + rng.integers(0, 2)))
            status = "RAN"
            if booked < 3 or rng.random() < 0.03:
                status = "CXL"
            attended = booked - rng.binomial(booked, 0.08) if status == "RAN" else 0
            clay_kg = round(attended * clay * rng.uniform(0.8, 1.25), 1) if clay else 0.0
            pieces = int(attended * rng.uniform(1.0, 2.6)) if status == "RAN" else 0
            if name in ("Glaze Lab",):
                firing, kiln = "Glaze", rng.choice(["K1", "K3"], p=[0.6, 0.4])
            elif name == "Open Studio":
                firing, kiln = rng.choice(["Bisque", "Glaze"]), rng.choice(["K1", "K2", "K3"])
            else:
                firing, kiln = "Bisque", rng.choice(["K1", "K2"], p=[0.55, 0.45])
            if firing == "Glaze" and kiln == "K2":
                kiln = "K1"
            if firing == "Bisque":
                cone, temp = "Cone 04", rng.normal(1063, 7)
            elif kiln == "K3":
                cone, temp = "Cone 10", rng.normal(1288, 9)
            else:
                cone, temp = "Cone 6", rng.normal(1222, 8)
            hours = round((9.5 if firing == "Bisque" else 11.5) + rng.normal(0, 0.6), 1)
            if status == "CXL":
                kiln, firing, cone, temp, hours = None, None, None, np.nan, np.nan
            rows.append(
                (
                    day.strftime("%Y-%m-%d"),
                    start,
                    name,
                    tutor,
                    places,
                    booked,
                    attended,
                    price if day < pd.Timestamp("2024-06-01") else round(price * 1.1),
                    clay_kg,
                    pieces,
                    kiln,
                    firing,
                    cone,
                    round(temp) if temp == temp else np.nan,
                    hours,
                    status,
                )
            )
    frame = pd.DataFrame(
        rows,
        columns=[
            "session_date",
            "start_time",
            "class_name",
            "tutor",
            "places",
            "booked",
            "attended",
            "price_gbp",
            "clay_kg",
            "pieces_made",
            "kiln_id",
            "firing",
            "cone",
            "peak_temp_c",
            "firing_hrs",
            "status",
        ],
    )
    frame["price_gbp"] = frame["price_gbp"].astype(float)
    frame["peak_temp_c"] = frame["peak_temp_c"].astype("Int64")
    frame.insert(0, "session_id", [f"PS-{i:04d}" for i in range(1, len(frame) + 1)])
    _blank(rng, frame, "attended", 23, frame["status"] == "RAN")
    _blank(rng, frame, "peak_temp_c", 15, frame["status"] == "RAN")
    return frame


# --------------------------------------------------------------------------------------
def egg_stand() -> pd.DataFrame:
    """A farm-gate egg stand's sales, one row per purchase logged on the stand's tablet."""
    rng = np.random.default_rng(2405)
    days = pd.date_range("2023-03-01", "2025-02-28", freq="D")
    products = [
        # pack, grade, eggs per pack, price before / from 1 April 2024, share
        ("Half Dozen", "Large", 6, 2.0, 2.2, 0.10),
        ("Half Dozen", "Medium", 6, 1.8, 2.0, 0.08),
        ("Dozen", "Large", 12, 3.6, 4.0, 0.30),
        ("Dozen", "Medium", 12, 3.2, 3.5, 0.20),
        ("Dozen", "Mixed", 12, 2.8, 3.0, 0.10),
        ("Tray", "Mixed", 30, 6.5, 7.0, 0.08),
        ("Tray", "Large", 30, 8.0, 8.8, 0.06),
        ("Half Dozen", "Duck", 6, 3.0, 3.2, 0.08),
    ]
    shares = np.array([p[5] for p in products])
    shares = shares / shares.sum()
    minutes = np.arange(7 * 60, 19 * 60 + 31)
    rows = []
    for day in days:
        summer = 1.0 + 0.3 * np.cos((day.day_of_year - 200) / 365 * 2 * np.pi)
        weekend = 1.45 if day.day_of_week >= 5 else 1.0
        n = rng.poisson(36 * summer * weekend * (1.12 if day.year >= 2024 else 1.0))
        weights = np.exp(-(((minutes - 16.5 * 60) / 150) ** 2)) + 0.45 * np.exp(
            -(((minutes - 9 * 60) / 90) ** 2)
        )
        times = np.sort(rng.choice(minutes, size=n, p=weights / weights.sum()))
        for t in times:
            pack, grade, eggs, before, after, _ = products[rng.choice(len(products), p=shares)]
            price = before if day < pd.Timestamp("2024-04-01") else after
            qty = 1 + rng.binomial(2, 0.12)
            pay = "CASH" if rng.random() < (0.62 if day.year == 2023 else 0.5) else "CARD"
            status = "VOID" if pay == "CARD" and rng.random() < 0.015 else "OK"
            rows.append(
                (
                    day.strftime("%Y-%m-%d"),
                    f"{t // 60:02d}:{t % 60:02d}",
                    pack,
                    grade,
                    eggs,
                    qty,
                    eggs * qty,
                    price,
                    round(price * qty, 2),
                    pay,
                    status,
                )
            )
    frame = pd.DataFrame(
        rows,
        columns=[
            "sale_date",
            "sale_time",
            "pack",
            "grade",
            "eggs_per_pack",
            "qty",
            "eggs",
            "unit_price",
            "amount",
            "payment",
            "status",
        ],
    )
    frame.insert(0, "sale_id", [f"E{i:06d}" for i in range(1, len(frame) + 1)])
    _blank(rng, frame, "grade", 57)
    return frame


# --------------------------------------------------------------------------------------
def physio() -> pd.DataFrame:
    """A physiotherapy clinic group's weekly KPIs in long form (metric, value)."""
    rng = np.random.default_rng(2406)
    weeks = pd.date_range("2023-01-06", "2025-06-27", freq="W-FRI")
    clinics = {
        # clinic: (clinicians' hours a week, appointments per hour, fee, DNA rate %)
        "Leeds": (190, 1.55, 52.0, 6.5),
        "York": (120, 1.6, 55.0, 4.8),
        "Harrogate": (95, 1.5, 60.0, 3.9),
        "Wakefield": (110, 1.65, 48.0, 8.2),
        "Bradford": (80, 1.6, 48.0, 9.5),
    }
    rows = []
    for week in weeks:
        holiday = week.month == 12 and week.day >= 24 or week.month == 1 and week.day <= 6
        for clinic, (hours0, per_hour, fee, dna0) in clinics.items():
            if clinic == "Bradford" and week < pd.Timestamp("2024-03-01"):
                continue
            growth = 1.0 + 0.06 * (week.year - 2023)
            if clinic == "Bradford":
                growth = min(1.0, 0.55 + (week - pd.Timestamp("2024-03-01")).days / 400)
            hours = hours0 * growth * rng.uniform(0.92, 1.05) * (0.55 if holiday else 1.0)
            appts = int(round(hours * per_hour * rng.uniform(0.95, 1.05)))
            dna_rate = round(max(0.5, rng.normal(dna0 + (1.5 if holiday else 0.0), 1.1)), 1)
            dnas = round(appts * dna_rate / 100)
            fee_now = fee * (1.05 if week >= pd.Timestamp("2024-04-01") else 1.0)
            revenue = round((appts - dnas) * fee_now * rng.uniform(0.96, 1.03), 2)
            new = int(rng.binomial(appts, 0.17))
            cancels = int(rng.binomial(appts, 0.07))
            discharges = int(rng.binomial(max(1, new), 0.85))
            values = {
                "appointments": appts,
                "dna_rate_pct": dna_rate,
                "new_patients": new,
                "cancellations": cancels,
                "discharges": discharges,
                "clinician_hours": round(hours, 1),
                "revenue_gbp": revenue,
            }
            for metric, value in values.items():
                rows.append((week.strftime("%Y-%m-%d"), clinic, metric, value))
    frame = pd.DataFrame(rows, columns=["week_ending", "clinic", "metric", "value"])
    _blank(rng, frame, "value", 19)
    return frame


def main() -> None:
    OUT.mkdir(exist_ok=True)
    _write(piano_jobs(), "piano_tuning_jobs.csv")
    _write(kitchen_waste(), "kitchen_food_waste_log.csv")
    _write(car_park(), "car_park_hourly_occupancy.csv")
    _write(pottery(), "pottery_studio_sessions.csv")
    _write(egg_stand(), "egg_stand_sales.csv")
    _write(physio(), "physio_clinic_weekly_kpis.csv")


if __name__ == "__main__":
    main()
