"""Write the BUSINESS half's six generated tables into tests/sealed23/tables.

    .venv/bin/python -m tests.sealed23.export_business

numpy and pandas only, a fixed seed per table: the files come out byte for byte the same on
every run. No real business or person: generated for this set, CC0.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


def write(frame: pd.DataFrame, name: str) -> None:
    TABLES.mkdir(exist_ok=True)
    frame.to_csv(TABLES / name, index=False, lineterminator="\n")


def blank(rng: np.random.Generator, values: pd.Series, share: float) -> pd.Series:
    """The column with about `share` of its cells emptied (a float column, NaN when blank)."""
    out = values.astype("float64").copy()
    out[rng.random(len(out)) < share] = np.nan
    return out


# --------------------------------------------------------------------------- tattoo studio
def tattoo_studio() -> pd.DataFrame:
    rng = np.random.default_rng(2301)
    artists = {  # hourly rate (AUD) before 2025, styles they take
        "Mika": (160, ["Fineline", "Realism", "Lettering"]),
        "Rosa": (150, ["Traditional", "Japanese", "Blackwork"]),
        "Dex": (140, ["Blackwork", "Traditional", "Lettering"]),
        "Juno": (170, ["Realism", "Japanese", "Fineline"]),
        "Theo": (130, ["Traditional", "Lettering", "Fineline"]),
        "Wren": (90, ["Fineline", "Lettering", "Traditional"]),  # apprentice from March 2024
    }
    hours = {
        "Lettering": (0.5, 1.5),
        "Fineline": (1.0, 3.0),
        "Traditional": (1.5, 4.0),
        "Blackwork": (2.0, 5.0),
        "Realism": (3.0, 6.0),
        "Japanese": (3.0, 6.0),
    }
    placements = ["Arm", "Leg", "Back", "Chest", "Hand", "Neck", "Ribs"]
    channels = ["IG", "WEB", "PH", "WALKIN"]
    rows = []
    days = pd.date_range("2023-01-03", "2025-06-28", freq="D")
    for day in days:
        if day.weekday() in (0, 6):  # closed Sunday and Monday
            continue
        for artist, (rate, styles) in artists.items():
            if artist == "Wren" and day < pd.Timestamp("2024-03-05"):
                continue
            if rng.random() < 0.08:  # a day off
                continue
            busy = 1 + (day.weekday() == 5) + (day.month in (11, 12))
            count = rng.integers(0, 2 + busy)
            clock = 10.0 + rng.integers(0, 3) * 0.5
            for _ in range(count):
                if clock > 18.0:
                    break
                style = styles[rng.choice(3, p=[0.5, 0.3, 0.2])]
                low, high = hours[style]
                length = round(rng.uniform(low, high) * 2) / 2
                bump = 1.10 if day >= pd.Timestamp("2025-01-01") else 1.0
                quote = round(length * rate * bump / 10) * 10
                channel = channels[rng.choice(4, p=[0.45, 0.25, 0.15, 0.15])]
                deposit = (
                    0 if channel == "WALKIN" else 50 if quote < 300 else 100 if quote < 800 else 200
                )
                status = rng.choice(["DONE", "NS", "CXL", "RS"], p=[0.84, 0.07, 0.06, 0.03])
                tip = np.nan
                if status == "DONE":
                    tip = (
                        0.0
                        if rng.random() < 0.45
                        else round(quote * rng.uniform(0.03, 0.15) / 5) * 5
                    )
                    if rng.random() < 0.06:
                        tip = np.nan
                new = rng.choice(["Y", "N"], p=[0.4, 0.6])
                rows.append(
                    {
                        "apptDate": day.strftime("%Y-%m-%d"),
                        "startTime": f"{int(clock):02d}:{int(round(clock % 1 * 60)):02d}",
                        "artistName": artist,
                        "tattooStyle": style,
                        "bodyPlacement": placements[rng.integers(0, len(placements))],
                        "sessionHours": length,
                        "quoteAud": float(quote),
                        "depositAud": float(deposit),
                        "tipAud": tip,
                        "bookingChannel": channel,
                        "newClient": new if rng.random() > 0.04 else "",
                        "apptStatus": status,
                    }
                )
                clock += length + 0.5
    frame = pd.DataFrame(rows).sort_values(["apptDate", "startTime", "artistName"], kind="stable")
    frame.insert(0, "apptId", [f"TS-{i:05d}" for i in range(1, len(frame) + 1)])
    return frame.reset_index(drop=True)


# --------------------------------------------------------------------------- apiary
def apiary() -> pd.DataFrame:
    rng = np.random.default_rng(2302)
    sites = {
        "Ridge Farm": ("RF", 1.00),
        "Willow Creek": ("WC", 1.10),
        "Orchard Lane": ("OL", 1.20),
        "Heath Top": ("HT", 0.85),
        "Riverside": ("RS", 0.95),
        "Clover Hill": ("CH", 1.15),
    }
    seasons = {2021: 1.0, 2022: 1.15, 2023: 0.80, 2024: 1.05}
    keepers = ["Alys", "Tom", "Priya"]
    rows = []
    for year, good in seasons.items():
        for site, (code, richness) in sites.items():
            keeper = keepers[rng.integers(0, 3)]
            for hive in range(1, 9):
                if site == "Riverside" and hive in (7, 8) and year >= 2023:  # colonies lost
                    continue
                visits = rng.integers(2, 5)
                starts = sorted(rng.choice(np.arange(0, 105), size=visits, replace=False))
                dates = [pd.Timestamp(f"{year}-05-25") + pd.Timedelta(days=int(s)) for s in starts]
                if site == "Heath Top":
                    dates.append(
                        pd.Timestamp(f"{year}-08-28") + pd.Timedelta(days=int(rng.integers(0, 20)))
                    )
                for date in dates:
                    supers = int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]))
                    frames = int(min(supers * 11, max(2, rng.binomial(supers * 11, 0.75))))
                    kg = frames * rng.normal(2.1, 0.25) * richness * good
                    moisture = round(float(np.clip(rng.normal(18.2, 0.9), 15.8, 21.4)), 1)
                    if site == "Heath Top" and date.month >= 8:
                        honey = "Heather"
                        moisture = round(moisture + 1.0, 1)
                    elif date < pd.Timestamp(f"{year}-06-20"):
                        honey = "Spring"
                    else:
                        honey = "Summer"
                    grade = "REJ" if moisture > 20.0 else "A" if moisture <= 18.5 else "B"
                    rows.append(
                        {
                            "harvest_date": date.strftime("%d/%m/%Y"),
                            "_sort": date,
                            "site": site,
                            "hive_id": f"{code}-{hive:02d}",
                            "supers": supers,
                            "frames": frames,
                            "weight_kg": round(float(kg), 1),
                            "moisture_pct": moisture,
                            "honey_type": honey,
                            "grade": grade,
                            "beekeeper": keeper,
                        }
                    )
    frame = (
        pd.DataFrame(rows).sort_values(["_sort", "hive_id"], kind="stable").drop(columns="_sort")
    )
    frame["moisture_pct"] = blank(rng, frame["moisture_pct"], 0.03)
    frame.loc[frame["moisture_pct"].isna(), "grade"] = ""
    frame.insert(0, "harvest_no", range(1, len(frame) + 1))
    return frame.reset_index(drop=True)


# --------------------------------------------------------------------------- ice rink
def ice_rink() -> pd.DataFrame:
    rng = np.random.default_rng(2303)
    durations = {
        "Public Skate": [90, 120],
        "Hockey Hire": [60, 75, 90],
        "Figure Skating": [45, 60],
        "Learn To Skate": [45, 60],
        "Disco Skate": [120],
    }
    rows = []
    for day in pd.date_range("2023-09-01", "2025-04-30", freq="D"):
        if day.month == 12 and day.day == 25:
            continue
        weekend = day.weekday() >= 5
        for rink in ("Main Pad", "Studio Pad"):
            clock = (7 if weekend else 6) * 60 + 15 * int(rng.integers(0, 3))
            while clock <= 21 * 60 + 30:
                hour = clock / 60
                if hour < 9:
                    options, weights = ["Figure Skating", "Hockey Hire"], [0.6, 0.4]
                elif hour < 16:
                    if weekend:
                        options, weights = ["Public Skate", "Learn To Skate"], [0.7, 0.3]
                    else:
                        options, weights = (
                            ["Public Skate", "Learn To Skate", "Figure Skating"],
                            [0.5, 0.3, 0.2],
                        )
                elif hour >= 19 and day.weekday() in (4, 5) and rink == "Main Pad":
                    options, weights = ["Disco Skate", "Hockey Hire"], [0.7, 0.3]
                else:
                    options, weights = (
                        ["Hockey Hire", "Public Skate", "Figure Skating"],
                        [0.55, 0.3, 0.15],
                    )
                kind = options[rng.choice(len(options), p=weights)]
                dur = int(rng.choice(durations[kind]))
                status = "CANC" if rng.random() < 0.03 else "RUN"
                size = 1.0 if rink == "Main Pad" else 0.55
                season = 1.25 if day.month in (12, 1) else 0.85 if day.month in (3, 4, 9) else 1.0
                if kind == "Public Skate":
                    people = rng.poisson(60 * size * season * (1.6 if weekend else 1.0))
                    skates = rng.binomial(people, 0.62)
                    takings = (
                        people * (10.5 if day >= pd.Timestamp("2024-09-01") else 9.5) + skates * 3.0
                    )
                elif kind == "Disco Skate":
                    people = rng.poisson(110 * season)
                    skates = rng.binomial(people, 0.7)
                    takings = people * 12.0 + skates * 3.0
                elif kind == "Hockey Hire":
                    people = rng.integers(14, 31)
                    skates = rng.binomial(people, 0.05)
                    takings = (210.0 if rink == "Main Pad" else 150.0) * dur / 60 + skates * 3.0
                elif kind == "Learn To Skate":
                    people = rng.integers(6, 25)
                    skates = rng.binomial(people, 0.8)
                    takings = people * 11.0
                else:
                    people = rng.integers(4, 16)
                    skates = 0
                    takings = people * 8.0
                if status == "CANC":
                    people, skates, takings = 0, 0, 0.0
                rows.append(
                    {
                        "session_date": day.strftime("%Y-%m-%d"),
                        "slot_start": f"{clock // 60:02d}:{clock % 60:02d}",
                        "rink": rink,
                        "session_type": kind,
                        "dur_min": dur,
                        "attendance": int(people),
                        "skates_hired": int(skates),
                        "takings_gbp": round(float(takings), 2),
                        "status": status,
                    }
                )
                clock += dur + 15  # resurfacing between sessions
    frame = pd.DataFrame(rows).sort_values(["session_date", "slot_start", "rink"], kind="stable")
    frame["skates_hired"] = blank(rng, frame["skates_hired"], 0.015).astype("Int64")
    frame.insert(0, "session_id", [f"IR{i:06d}" for i in range(1, len(frame) + 1)])
    return frame.reset_index(drop=True)


# --------------------------------------------------------------------------- rent roll
def rent_roll() -> pd.DataFrame:
    rng = np.random.default_rng(2304)
    properties = {
        "Alder Court": ("AC", 12, 1450),
        "Birch House": ("BH", 8, 1250),
        "Cedar Mews": ("CM", 10, 1700),
        "Dockside Lofts": ("DL", 16, 1900),
        "Elm Terrace": ("ET", 6, 1100),
    }
    months = pd.period_range("2022-01", "2024-12", freq="M")
    rows = []
    tenant_no = 100
    for prop, (code, units, base) in properties.items():
        for u in range(1, units + 1):
            beds = int(rng.choice([0, 1, 2, 3], p=[0.15, 0.4, 0.3, 0.15]))
            rent = base + beds * 250 + int(rng.integers(-4, 5)) * 25
            state, left, arrears = "OCC", 0, 0.0
            tenant_no += 1
            tenant = f"T{tenant_no:04d}"
            late = rng.random() < 0.15  # a tenant who often pays late
            for month in months:
                if month.month == 1 and month.year > 2022:
                    rent = int(round(rent * 1.04 / 5) * 5)
                if state == "VAC":
                    left -= 1
                    if left <= 0:
                        state = "OCC"
                        tenant_no += 1
                        tenant = f"T{tenant_no:04d}"
                        late = rng.random() < 0.15
                        arrears = 0.0
                elif state == "NTC":
                    state, left = "VAC", int(rng.integers(1, 4))
                elif rng.random() < 0.03:
                    state = "NTC"
                if state == "VAC":
                    due, paid = 0.0, 0.0
                else:
                    due = float(rent)
                    chance = 0.25 if late else 0.04
                    if rng.random() < chance:
                        paid = float(rng.choice([0.0, round(due * 0.5, 2)]))
                    elif arrears > 0 and rng.random() < 0.5:
                        paid = due + arrears
                    else:
                        paid = due
                arrears = round(arrears + due - paid, 2)
                rows.append(
                    {
                        "month": str(month),
                        "property": prop,
                        "unit": f"{code}-{u:02d}",
                        "beds": beds,
                        "status": state,
                        "tenant_ref": "" if state == "VAC" else tenant,
                        "rent_due": due,
                        "rent_received": paid,
                        "arrears_balance": arrears,
                    }
                )
    frame = pd.DataFrame(rows).sort_values(["month", "unit"], kind="stable").reset_index(drop=True)
    # the last month's receipts are not all reconciled yet
    recent = frame.index[(frame["month"] == "2024-12") & (frame["status"] != "VAC")]
    gone = rng.choice(recent, size=5, replace=False)
    frame.loc[gone, "rent_received"] = np.nan
    return frame


# --------------------------------------------------------------------------- school canteen
def canteen() -> pd.DataFrame:
    rng = np.random.default_rng(2305)
    menu = [  # item, category, price in cents (2023)
        ("Beef Pie", "Hot Food", 550),
        ("Sausage Roll", "Hot Food", 400),
        ("Pizza Slice", "Hot Food", 450),
        ("Chicken Nachos", "Hot Food", 650),
        ("Fried Rice", "Hot Food", 550),
        ("Hash Brown", "Hot Food", 200),
        ("Chicken Wrap", "Sandwiches", 650),
        ("Ham Cheese Sandwich", "Sandwiches", 550),
        ("Salad Roll", "Sandwiches", 600),
        ("Sushi Roll", "Sandwiches", 500),
        ("Banana Bread", "Snacks", 350),
        ("Choc Chip Cookie", "Snacks", 200),
        ("Popcorn", "Snacks", 250),
        ("Blueberry Muffin", "Snacks", 380),
        ("Water Bottle", "Drinks", 250),
        ("Flavoured Milk", "Drinks", 380),
        ("Orange Juice", "Drinks", 320),
        ("Apple", "Fruit", 100),
        ("Fruit Cup", "Fruit", 300),
        ("Yoghurt Tub", "Fruit", 320),
    ]
    weights = np.array([9, 10, 9, 6, 5, 7, 7, 6, 4, 6, 4, 7, 4, 4, 8, 7, 4, 3, 2, 3], dtype=float)
    terms = [
        ("2023-01-30", "2023-04-06"),
        ("2023-04-24", "2023-06-30"),
        ("2023-07-17", "2023-09-22"),
        ("2023-10-09", "2023-12-15"),
        ("2024-01-31", "2024-04-12"),
        ("2024-04-29", "2024-07-05"),
        ("2024-07-22", "2024-09-27"),
        ("2024-10-14", "2024-12-13"),
    ]
    groups = ["Y7", "Y8", "Y9", "Y10", "Y11", "Y12", "STAFF"]
    group_p = np.array([0.2, 0.18, 0.16, 0.14, 0.12, 0.1, 0.1])
    rows = []
    order = 0
    for start, end in terms:
        for day in pd.bdate_range(start, end):
            busy = 1.2 if day.weekday() == 4 else 0.8 if day.weekday() == 0 else 1.0
            for sitting, (hour, minute) in (("recess", (10, 40)), ("lunch", (13, 0))):
                n = rng.poisson((22 if sitting == "recess" else 38) * busy)
                for _ in range(n):
                    order += 1
                    at = hour * 60 + minute + int(rng.integers(-5, 26))
                    group = groups[rng.choice(7, p=group_p)]
                    pay = rng.choice(["CARD", "CASH", "FLEXI"], p=[0.45, 0.15, 0.4])
                    status = "VOID" if rng.random() < 0.02 else "OK"
                    p = weights.copy()
                    if sitting == "recess":
                        p[:6] *= 0.5
                    items = rng.choice(
                        len(menu),
                        size=int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15])),
                        replace=False,
                        p=p / p.sum(),
                    )
                    for i in items:
                        name, category, cents = menu[i]
                        if day.year == 2024:
                            cents = int(round(cents * 1.08 / 10) * 10)
                        rows.append(
                            {
                                "order_id": f"C{order:06d}",
                                "order_ts": f"{day:%Y-%m-%d} {at // 60:02d}:{at % 60:02d}",
                                "year_group": group,
                                "item_name": name,
                                "category": category,
                                "qty": int(rng.choice([1, 2, 3], p=[0.85, 0.12, 0.03])),
                                "price_cents": cents,
                                "pay_method": pay,
                                "status": status,
                            }
                        )
    frame = pd.DataFrame(rows)
    lost = rng.random(len(frame)) < 0.01
    frame.loc[lost, "year_group"] = ""
    return frame


# --------------------------------------------------------------------------- hotel housekeeping
def housekeeping() -> pd.DataFrame:
    rng = np.random.default_rng(2306)
    rooms_per_floor = {1: 18, 2: 24, 3: 24, 4: 24, 5: 22, 6: 12}  # floor 6: suites
    rows = []
    for day in pd.date_range("2023-07-01", "2025-06-30", freq="D"):
        season = 1.1 if day.month in (7, 8, 12) else 0.85 if day.month in (1, 2) else 1.0
        weekend = 1.1 if day.weekday() in (4, 5) else 0.95
        for floor, rooms in rooms_per_floor.items():
            cleaned = int(min(rooms, rng.binomial(rooms, min(0.97, 0.78 * season * weekend))))
            staff = int(max(1, round(cleaned / 8 + rng.normal(0, 0.4))))
            minutes = round(
                float(rng.normal(44 if floor == 6 else 31, 3) + (2 if day.year == 2025 else 0)), 1
            )
            inspected = int(rng.binomial(cleaned, 0.35))
            failed = int(rng.binomial(inspected, 0.07 if floor != 1 else 0.12))
            complaints = int(rng.poisson(0.25 + (0.2 if floor == 1 else 0)))
            linen = int(rng.binomial(cleaned, 0.6) + (cleaned if floor == 6 else 0) // 2)
            kpis = {
                "rooms_cleaned": cleaned,
                "minutes_per_room": minutes,
                "staff_on_shift": staff,
                "rooms_inspected": inspected,
                "inspections_failed": failed,
                "linen_changes": linen,
                "complaints": complaints,
            }
            for kpi, value in kpis.items():
                rows.append(
                    {
                        "date": day.strftime("%Y-%m-%d"),
                        "floor": floor,
                        "kpi": kpi,
                        "value": float(value),
                    }
                )
    frame = pd.DataFrame(rows)
    frame["value"] = blank(rng, frame["value"], 0.004)
    return frame


def main() -> None:
    write(tattoo_studio(), "tattoo_studio_appointments.csv")
    write(apiary(), "apiary_honey_harvests.csv")
    write(ice_rink(), "ice_rink_sessions.csv")
    write(rent_roll(), "rent_roll_monthly.csv")
    write(canteen(), "school_canteen_orders.csv")
    write(housekeeping(), "hotel_housekeeping_kpis.csv")


if __name__ == "__main__":
    main()
