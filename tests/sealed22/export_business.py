"""Write the BUSINESS half's six generated tables (tests/sealed22/tables) with numpy and pandas
only and fixed seeds: re-running it reproduces the same files byte for byte. No real
organisation or person; see TABLES_business.md.

    .venv/bin/python -m tests.sealed22.export_business
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def surf_school() -> pd.DataFrame:
    """Surf school lessons at six beaches, Sep 2022 to Apr 2025, one row per booking."""
    rng = np.random.default_rng(2201)
    beaches = {
        "Bondi": ("NSW", 1.3),
        "Manly": ("NSW", 1.1),
        "Cronulla": ("NSW", 0.7),
        "Byron Bay": ("NSW", 1.0),
        "Noosa": ("QLD", 0.9),
        "Torquay": ("VIC", 0.6),
    }
    names = list(beaches)
    weights = np.array([beaches[b][1] for b in names])
    days = pd.date_range("2022-09-01", "2025-04-30", freq="D")
    # summer heavy: more bookings Dec-Feb, fewer Jun-Aug
    season = {1: 2.2, 2: 1.6, 3: 1.2, 4: 1.0, 5: 0.6, 6: 0.4, 7: 0.5, 8: 0.4, 9: 0.6, 10: 0.9}
    season |= {11: 1.2, 12: 2.0}
    instructors = ["Kai", "Mia", "Jordan", "Tahnee", "Lachie", "Sienna", "Brodie", "Matilda"]
    types = ["GRP", "PRV", "KID", "SUP"]
    rows = []
    for day in days:
        n = rng.poisson(6.0 * season[day.month] * (1.3 if day.day_of_week >= 5 else 1.0))
        for _ in range(n):
            beach = names[rng.choice(len(names), p=weights / weights.sum())]
            kind = types[rng.choice(4, p=[0.5, 0.2, 0.2, 0.1])]
            hour = int(rng.choice([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]))
            minute = int(rng.choice([0, 30]))
            if kind == "PRV":
                students, mins, each = int(rng.choice([1, 2], p=[0.7, 0.3])), 60, 120.0
            elif kind == "SUP":
                students, mins, each = int(rng.integers(1, 7)), 90, 75.0
            elif kind == "KID":
                students, mins, each = int(rng.integers(2, 9)), 90, 60.0
            else:
                students, mins, each = int(rng.integers(2, 11)), 120, 85.0
            if day.year >= 2024:
                each = each + 5.0
            boards = int(rng.binomial(students, 0.25)) if kind != "SUP" else 0
            total = students * each + boards * 15.0
            status = ["DONE", "WX", "NS", "RF"][rng.choice(4, p=[0.86, 0.08, 0.04, 0.02])]
            swell = round(float(rng.gamma(3.0, 0.4)), 1)
            rating = int(rng.choice([3, 4, 5], p=[0.1, 0.35, 0.55]))
            rows.append(
                {
                    "BookingID": "",
                    "LessonStart": f"{day:%Y-%m-%d} {hour:02d}:{minute:02d}",
                    "Beach": beach,
                    "State": beaches[beach][0],
                    "LessonType": kind,
                    "Students": students,
                    "duration_mins": mins,
                    "boards_hired": boards,
                    "total_inc_gst_aud": round(total, 2),
                    "Status": status,
                    "Instructor": instructors[rng.integers(len(instructors))],
                    "swell_m": swell if rng.random() > 0.07 else np.nan,
                    "rating": rating if status == "DONE" and rng.random() < 0.6 else np.nan,
                }
            )
    frame = pd.DataFrame(rows).sort_values("LessonStart", kind="stable").reset_index(drop=True)
    frame["BookingID"] = [f"SS{i:05d}" for i in range(10001, 10001 + len(frame))]
    frame["rating"] = frame["rating"].astype("Int64")
    return frame


def shearing() -> pd.DataFrame:
    """A Canterbury-based shearing contractor's daily tallies, one row per shearer and day
    at a station; dates dd/mm/yyyy."""
    rng = np.random.default_rng(2202)
    stations = [
        ("Glenmore Downs", "Canterbury", "Cheviot"),
        ("Te Awa Station", "Canterbury", "Methven"),
        ("Rakaia Flats", "Canterbury", "Rakaia"),
        ("Maniototo Run", "Otago", "Ranfurly"),
        ("Kyeburn Station", "Otago", "Ranfurly"),
        ("Tapanui Hills", "Otago", "Tapanui"),
        ("Waimea Plains", "Southland", "Gore"),
        ("Hokonui Farm", "Southland", "Gore"),
        ("Awatere Station", "Marlborough", "Seddon"),
        ("Ruataniwha Farm", "Hawke's Bay", "Waipukurau"),
    ]
    shearers = ["Hemi", "Tama", "Sophie", "Jack", "Ngaire", "Liam", "Rawiri", "Kate", "Ollie"]
    speed = dict(zip(shearers, [1.15, 1.1, 0.95, 1.0, 1.05, 0.9, 1.2, 0.85, 0.8], strict=True))
    classes = {"Ewes": 3.10, "Lambs": 2.30, "Hoggets": 2.90, "Wethers": 3.10, "Rams": 7.50}
    fleece = {"Ewes": 4.5, "Lambs": 1.4, "Hoggets": 3.8, "Wethers": 4.8, "Rams": 6.0}
    base = {"Ewes": 280, "Lambs": 330, "Hoggets": 270, "Wethers": 260, "Rams": 70}
    days = pd.date_range("2022-07-01", "2025-06-30", freq="D")
    rows = []
    for day in days:
        if day.day_of_week == 6:
            continue
        # busy seasons: pre-lamb (Aug-Sep), main shear (Nov-Jan), lambs (Feb-Mar)
        busy = {8: 0.7, 9: 0.6, 10: 0.4, 11: 0.8, 12: 0.9, 1: 0.8, 2: 0.6, 3: 0.5}
        if rng.random() > busy.get(day.month, 0.15):
            continue
        station, region, town = stations[rng.integers(len(stations))]
        if day.month in (2, 3):
            stock = "Lambs"
        elif day.month in (8, 9):
            stock = ["Ewes", "Hoggets"][rng.integers(2)]
        else:
            stock = ["Ewes", "Wethers", "Hoggets", "Rams"][rng.choice(4, p=[0.5, 0.2, 0.2, 0.1])]
        rate = classes[stock] + (0.20 if day >= pd.Timestamp("2023-07-01") else 0.0)
        rate += 0.15 if day >= pd.Timestamp("2024-07-01") else 0.0
        gang = rng.choice(shearers, size=int(rng.integers(3, 7)), replace=False)
        for who in gang:
            hours = float(rng.choice([8.0, 8.0, 8.0, 9.0, 6.0, 4.0]))
            head = int(base[stock] * speed[who] * hours / 8 * rng.normal(1, 0.08))
            wool = round(head * fleece[stock] * rng.normal(1, 0.05), 1)
            rows.append(
                {
                    "Date": f"{day:%d/%m/%Y}",
                    "Station": station,
                    "Region": region,
                    "Nearest Town": town,
                    "Shearer": who,
                    "Stock Class": stock,
                    "Head Shorn": head,
                    "Hrs Worked": hours,
                    "Wool kg": wool if rng.random() > 0.05 else np.nan,
                    "Rate (NZ$/head)": round(rate, 2),
                    "Gross Pay (NZ$)": round(head * rate, 2),
                }
            )
    return pd.DataFrame(rows)


def bottle_shop() -> pd.DataFrame:
    """A five-store Perth bottle shop's till transactions for 2023 and 2024."""
    rng = np.random.default_rng(2203)
    stores = ["Fremantle", "Subiaco", "Scarborough", "Joondalup", "Mandurah"]
    store_w = np.array([1.3, 1.0, 1.1, 0.9, 0.7])
    cats = ["Beer", "Wine", "Spirits", "RTD", "Cider", "Non-Alc"]
    cat_p = [0.36, 0.28, 0.16, 0.11, 0.06, 0.03]
    unit_price = {"Beer": 22.0, "Wine": 24.0, "Spirits": 62.0, "RTD": 19.0, "Cider": 20.0}
    unit_price["Non-Alc"] = 14.0
    pays = ["EFTPOS", "CREDIT", "MOBILE", "CASH"]
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    dow = [0.7, 0.7, 0.8, 0.9, 1.4, 1.6, 1.0]  # Mon..Sun
    hours = np.arange(10, 22)
    hour_p = np.array([0.3, 0.4, 0.6, 0.6, 0.6, 0.8, 1.2, 1.7, 1.6, 1.1, 0.7, 0.4])
    rows = []
    for day in days:
        lift = 1.5 if day.month == 12 else 1.0
        n = rng.poisson(60 * dow[day.day_of_week] * lift)
        for _ in range(n):
            cat = cats[rng.choice(6, p=cat_p)]
            units = int(rng.choice([1, 1, 1, 2, 2, 3, 4, 6]))
            inc = round(units * unit_price[cat] * float(rng.uniform(0.7, 1.5)), 2)
            ex = round(inc / 1.1, 2)
            hour = int(rng.choice(hours, p=hour_p / hour_p.sum()))
            member = ["Y", "N"][rng.choice(2, p=[0.35, 0.65])] if rng.random() > 0.1 else ""
            rows.append(
                {
                    "txn_time": f"{day:%Y-%m-%d} {hour:02d}:{rng.integers(60):02d}:"
                    f"{rng.integers(60):02d}",
                    "store": stores[rng.choice(5, p=store_w / store_w.sum())],
                    "category": cat,
                    "units": units,
                    "ex_gst_aud": ex,
                    "gst_aud": round(inc - ex, 2),
                    "inc_gst_aud": inc,
                    "payment_method": pays[rng.choice(4, p=[0.5, 0.2, 0.22, 0.08])],
                    "loyalty_member": member,
                }
            )
    frame = pd.DataFrame(rows).sort_values("txn_time", kind="stable").reset_index(drop=True)
    frame.insert(0, "txn_id", [f"T{i:06d}" for i in range(1, len(frame) + 1)])
    frame["loyalty_member"] = frame["loyalty_member"].replace("", np.nan)
    return frame


def saleyard() -> pd.DataFrame:
    """Monthly saleyard results by yard and stock category, FY2021-22 to FY2023-24."""
    rng = np.random.default_rng(2204)
    yards = [
        ("Wagga Wagga", "NSW"),
        ("Dubbo", "NSW"),
        ("Roma", "QLD"),
        ("Ballarat", "VIC"),
        ("Hamilton", "VIC"),
        ("Muchea", "WA"),
    ]
    cats = {
        "Steers": ("Cattle", 420, 380),
        "Heifers": ("Cattle", 380, 350),
        "Cows": ("Cattle", 520, 290),
        "Bulls": ("Cattle", 700, 300),
        "Merino Ewes": ("Sheep", 55, 220),
        "Wethers": ("Sheep", 50, 240),
        "Crossbred Lambs": ("Lambs", 48, 760),
        "Merino Lambs": ("Lambs", 42, 700),
    }
    fy_price = {"FY2021-22": 1.25, "FY2022-23": 0.95, "FY2023-24": 0.75}
    rows = []
    for fy, level in fy_price.items():
        for m, month in enumerate(MONTHS[6:] + MONTHS[:6]):
            for yard, state in yards:
                for cat, (species, weight, cents) in cats.items():
                    if yard == "Roma" and species != "Cattle":
                        continue
                    if yard == "Muchea" and cat == "Bulls":
                        continue
                    if rng.random() < 0.04:
                        continue  # no sale of that category that month
                    size = 900 if species == "Cattle" else 4000
                    if yard == "Roma":
                        size *= 3
                    yarded = int(rng.gamma(4.0, size / 4))
                    sold = int(yarded * rng.uniform(0.86, 0.99))
                    wt = round(weight * rng.normal(1, 0.06), 1)
                    c = round(cents * level * rng.normal(1, 0.08) * (1 + 0.05 * np.sin(m)), 1)
                    gross = round(sold * wt * c / 100, 2)
                    rows.append(
                        {
                            "finYear": fy,
                            "month": month,
                            "saleyard": yard,
                            "state": state,
                            "species": species,
                            "category": cat,
                            "headYarded": yarded,
                            "headSold": sold,
                            "avgLiveWtKg": wt,
                            "avgPriceCPerKg": c,
                            "grossSalesAUD": gross,
                            "agentCommAUD": round(gross * 0.035, 2)
                            if rng.random() > 0.03
                            else np.nan,
                        }
                    )
    return pd.DataFrame(rows)


def pool_kpis() -> pd.DataFrame:
    """A pool-maintenance franchise's fortnightly KPIs per depot, long format."""
    rng = np.random.default_rng(2205)
    depots = {
        "Gold Coast": 1.4,
        "Sunshine Coast": 1.1,
        "Brisbane North": 1.2,
        "Toowoomba": 0.5,
        "Perth Hills": 0.8,
    }
    ends = pd.date_range("2023-01-13", "2025-06-27", freq="14D")
    rows = []
    for end in ends:
        summer = 1 + 0.35 * np.cos((end.day_of_year - 15) / 365 * 2 * np.pi)
        for depot, size in depots.items():
            pools = int(180 * size * summer * rng.normal(1, 0.05))
            green = int(rng.poisson(6 * size * summer**2))
            hrs = round(pools * rng.normal(0.75, 0.04) + green * 2.5, 1)
            values = {
                "pools_serviced": pools,
                "green_pool_callouts": green,
                "tech_hrs": hrs,
                "van_km": round(
                    pools * rng.normal(9.5, 0.8) * (1.6 if depot == "Toowoomba" else 1)
                ),
                "chem_cost_aud": round(pools * rng.normal(14.0, 1.2) + green * 45, 2),
                "revenue_ex_gst_aud": round(pools * 95.0 + green * 260 * rng.normal(1, 0.05), 2),
                "complaints": int(rng.poisson(1.5 * size)),
            }
            for kpi, value in values.items():
                if rng.random() < 0.015:
                    value = np.nan
                rows.append(
                    {
                        "fortnight_ending": f"{end:%Y-%m-%d}",
                        "depot": depot,
                        "kpi": kpi,
                        "value": value,
                    }
                )
    return pd.DataFrame(rows)


def bus_charter() -> pd.DataFrame:
    """A regional Victorian coach-charter operator's bookings, 2022 to 2024."""
    rng = np.random.default_rng(2206)
    depots = ["Ballarat", "Bendigo", "Geelong", "Shepparton", "Warrnambool"]
    depot_w = np.array([1.3, 1.1, 1.4, 0.7, 0.6])
    clients = ["School", "Sporting Club", "Corporate", "Wedding", "Tour Group", "Rail Replacement"]
    client_p = [0.34, 0.18, 0.14, 0.1, 0.12, 0.12]
    days = pd.date_range("2022-01-01", "2024-12-31", freq="D")
    rows = []
    for day in days:
        n = rng.poisson(4.2 if day.day_of_week < 5 else 3.0)
        for _ in range(n):
            client = clients[rng.choice(6, p=client_p)]
            seats = int(rng.choice([24, 33, 49, 57], p=[0.2, 0.25, 0.4, 0.15]))
            pax = int(min(seats, max(5, rng.normal(seats * 0.75, seats * 0.15))))
            km = round(float(rng.gamma(2.0, 80 if client != "Tour Group" else 180)), 1)
            hrs = round(max(2.0, km / 70 + rng.uniform(1, 5)), 2)
            if client == "Wedding":
                hrs = round(hrs + 3, 2)
            fuel = round(km * (0.22 + seats / 250) * rng.normal(1, 0.06), 1)
            quote = round(180 + km * 3.1 + hrs * 95 * (1.08 if day.year >= 2024 else 1), 2)
            status = ["COMP", "CANX", "RESCH"][rng.choice(3, p=[0.88, 0.09, 0.03])]
            rows.append(
                {
                    "Booking Ref": "",
                    "Trip Date": f"{day:%Y-%m-%d}",
                    "Depot": depots[rng.choice(5, p=depot_w / depot_w.sum())],
                    "Client Type": client,
                    "Coach Seats": seats,
                    "Pax": pax if rng.random() > 0.04 else np.nan,
                    "Distance (km)": km,
                    "Driver Hrs": hrs,
                    "Fuel (L)": fuel if status == "COMP" else np.nan,
                    "Quote ex GST (AUD)": quote,
                    "Status": status,
                }
            )
    frame = pd.DataFrame(rows)
    frame["Booking Ref"] = [f"CH-{i:05d}" for i in range(1, len(frame) + 1)]
    frame["Pax"] = frame["Pax"].astype("Int64")
    return frame


TABLES = {
    "surf_school_lessons.csv": surf_school,
    "shearing_gang_tallies.csv": shearing,
    "bottle_shop_transactions.csv": bottle_shop,
    "saleyard_monthly_results.csv": saleyard,
    "pool_service_kpis.csv": pool_kpis,
    "coach_charter_bookings.csv": bus_charter,
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, make in TABLES.items():
        make().to_csv(OUT / name, index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
