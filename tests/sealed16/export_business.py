"""Writes the sixteenth sealed set's six generated business tables to tests/sealed16/tables/
(run once; the CSVs are committed and this reproduces them byte for byte from the fixed numpy
seeds 1601-1606).

    python -m tests.sealed16.export_business

Every table is synthetic; the codes are explained in TABLES_business.md. The app never
imports this.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


def dog_grooming_appts() -> pd.DataFrame:
    """A dog-grooming chain's appointments, Jan 2023 - Dec 2024 (seed 1601)."""
    rng = np.random.default_rng(1601)
    salons = {"LDN-C": 1.25, "BRS": 1.0, "MAN": 0.95, "LDS": 0.9, "CDF": 0.85}
    services = {
        "Full Groom": (95, 48.0),
        "Bath & Brush": (50, 28.0),
        "Nail Trim": (15, 12.0),
        "Puppy Intro": (40, 25.0),
        "De-shed Treatment": (70, 38.0),
    }
    size_mult = {"S": 0.85, "M": 1.0, "L": 1.2, "XL": 1.45}
    groomers = {s: [f"{s[:3]}-G{i}" for i in range(1, 4)] for s in salons}
    days = pd.date_range("2023-01-02", "2024-12-31")
    slots = [
        "08:30",
        "09:00",
        "09:30",
        "10:15",
        "11:00",
        "12:30",
        "13:30",
        "14:15",
        "15:00",
        "16:00",
    ]
    rows = []
    n = 0
    for day in days:
        if day.day_of_week == 6:  # closed on Sundays
            continue
        for salon, mult in salons.items():
            k = int(rng.poisson(2.2 * mult + (0.8 if day.day_of_week == 5 else 0)))
            for _ in range(k):
                n += 1
                svc = list(services)[rng.choice(5, p=[0.4, 0.25, 0.15, 0.08, 0.12])]
                size = ["S", "M", "L", "XL"][rng.choice(4, p=[0.3, 0.35, 0.25, 0.1])]
                base_min, base_price = services[svc]
                dur = int(round(base_min * size_mult[size] * float(rng.normal(1, 0.12))))
                price = round(
                    base_price * size_mult[size] * mult * (1.06 if day.year == 2024 else 1), 2
                )
                status = ["C", "NS", "X"][rng.choice(3, p=[0.86, 0.05, 0.09])]
                tip = (
                    round(float(rng.gamma(2, 2.2)), 2)
                    if status == "C" and rng.random() < 0.55
                    else None
                )
                if status != "C":
                    dur = None
                    price = 0.0 if status == "X" else price
                slot = slots[rng.integers(len(slots))]
                rows.append(
                    (
                        f"G{n:05d}",
                        f"{day:%Y-%m-%d} {slot}",
                        salon,
                        groomers[salon][rng.integers(3)],
                        size,
                        svc,
                        dur,
                        price,
                        tip,
                        status,
                        "Y" if rng.random() < 0.18 else "N",
                    )
                )
    frame = pd.DataFrame(
        rows,
        columns=[
            "ApptID",
            "Appt_DateTime",
            "Salon",
            "GroomerID",
            "DogSize",
            "Service",
            "duration_min",
            "Price_GBP",
            "Tip_GBP",
            "Status",
            "NewClient",
        ],
    )
    frame["duration_min"] = frame["duration_min"].astype("Int64")
    return frame


def linen_loads() -> pd.DataFrame:
    """A hospital linen service's laundry loads, dd/mm/yyyy, Apr 2023 - Mar 2025 (seed 1602)."""
    rng = np.random.default_rng(1602)
    hospitals = {"STM": 14.0, "RVI": 22.0, "QEH": 9.5, "NGH": 31.0, "WGH": 6.0}
    items = {"Sheets": 1.9, "Towels": 1.6, "Gowns": 2.3, "Scrubs": 2.1, "Theatre Packs": 3.4}
    temps = {"Sheets": 160, "Towels": 160, "Gowns": 165, "Scrubs": 160, "Theatre Packs": 185}
    days = pd.date_range("2023-04-01", "2025-03-31")
    rows = []
    for day in days:
        for hosp, dist in hospitals.items():
            if rng.random() < (0.35 if day.day_of_week >= 5 else 0.75):
                for item in rng.choice(list(items), size=int(rng.integers(1, 3)), replace=False):
                    weight = round(float(rng.gamma(9, 38 if hosp in ("RVI", "NGH") else 26)), 1)
                    rej = round(weight * float(rng.beta(2, 45)), 1)
                    shift = ["AM", "PM", "NT"][rng.choice(3, p=[0.5, 0.35, 0.15])]
                    temp = temps[str(item)] + int(rng.integers(-3, 4))
                    charge = round(weight * items[str(item)], 2)
                    rows.append(
                        (
                            f"{day:%d/%m/%Y}",
                            hosp,
                            str(item),
                            shift,
                            weight,
                            rej if rng.random() > 0.03 else None,
                            temp,
                            round(dist + float(rng.normal(0, 0.6)), 1),
                            charge,
                        )
                    )
    return pd.DataFrame(
        rows,
        columns=[
            "LoadDate",
            "Hosp",
            "ItemCat",
            "Shift",
            "Weight (kg)",
            "Rejected (kg)",
            "WashTemp_F",
            "route_dist_mi",
            "Charge_GBP",
        ],
    )


def seed_orders() -> pd.DataFrame:
    """A seed wholesaler's order lines, 2022-2024; Order Value as text '£1,234.50' (seed 1603)."""
    rng = np.random.default_rng(1603)
    crops = {
        "Tomato": (10, 4.8),
        "Carrot": (50, 3.2),
        "Lettuce": (20, 2.9),
        "Onion": (100, 3.6),
        "Kale": (20, 3.1),
        "Winter Wheat": (25000, 21.0),
        "Spring Barley": (25000, 18.5),
        "Sunflower": (500, 9.4),
    }
    regions = ["North", "Midlands", "South West", "East Anglia", "Scotland", "Wales"]
    custs = {f"C{i:04d}": regions[rng.integers(6)] for i in range(1001, 1181)}
    days = pd.bdate_range("2022-01-03", "2024-12-31")
    rows = []
    n = 0
    for day in days:
        season = 1.8 if day.month in (1, 2, 3) else 1.2 if day.month in (8, 9) else 0.7
        for _ in range(int(rng.poisson(4.5 * season))):
            n += 1
            cust = list(custs)[rng.integers(len(custs))]
            crop = list(crops)[rng.integers(len(crops))]
            pack_g, unit = crops[crop]
            qty = int(rng.integers(1, 40)) * (5 if pack_g < 1000 else 1)
            unit = round(unit * (1.0 + 0.05 * (day.year - 2022)), 2)
            disc = [0, 5, 10, 15][rng.choice(4, p=[0.55, 0.25, 0.15, 0.05])]
            value = round(qty * unit * (1 - disc / 100), 2)
            status = ["SHP", "BO", "CAN"][rng.choice(3, p=[0.88, 0.07, 0.05])]
            rows.append(
                (
                    f"SO-{n:06d}",
                    f"{day:%Y-%m-%d}",
                    cust,
                    custs[cust],
                    crop,
                    pack_g,
                    qty,
                    unit,
                    None if rng.random() < 0.04 else disc,
                    f"£{value:,.2f}",
                    ["WEB", "PHN", "REP"][rng.choice(3, p=[0.5, 0.2, 0.3])],
                    status,
                )
            )
    frame = pd.DataFrame(
        rows,
        columns=[
            "OrderNo",
            "order_date",
            "CustRef",
            "Region",
            "Crop",
            "pack_size_g",
            "Qty_packs",
            "UnitPrice_GBP",
            "Disc_pct",
            "Order Value",
            "Channel",
            "Status",
        ],
    )
    frame["Disc_pct"] = frame["Disc_pct"].astype("Int64")
    return frame


def orchestra_ticketing() -> pd.DataFrame:
    """An orchestra's ticket sales per performance and price band, seasons 2022/23-2024/25,
    money in US cents (seed 1604)."""
    rng = np.random.default_rng(1604)
    venues = {"Main Hall": 1800, "Chamber Room": 320, "Riverside Church": 650}
    series = {
        "Symphonic": "Main Hall",
        "Pops": "Main Hall",
        "Family": "Main Hall",
        "Baroque": "Riverside Church",
        "Chamber": "Chamber Room",
        "Contemporary": "Chamber Room",
    }
    bands = {
        "A": (0.22, 8900),
        "B": (0.30, 6400),
        "C": (0.30, 4200),
        "D": (0.13, 2500),
        "STU": (0.05, 1200),
    }
    conductors = ["M. Okafor", "L. Brandt", "S. Iyer", "R. Castillo"]
    rows = []
    for start in (2022, 2023, 2024):
        dates = pd.date_range(f"{start}-09-15", f"{start + 1}-06-10", freq="D")
        picks = sorted(rng.choice(len(dates), size=55, replace=False))
        for p in picks:
            day = dates[p]
            ser = list(series)[rng.choice(6, p=[0.34, 0.16, 0.12, 0.14, 0.14, 0.10])]
            venue = series[ser]
            time = "14:00" if ser == "Family" or day.day_of_week == 6 else "19:30"
            cond = conductors[rng.integers(4)] if venue == "Main Hall" else None
            fill = float(rng.beta(6, 2.2)) * (1.1 if ser in ("Pops", "Family") else 1)
            for band, (share, price) in bands.items():
                seats = int(round(venues[venue] * share))
                sold = min(seats, int(rng.binomial(seats, min(fill, 0.99))))
                comps = int(rng.integers(0, 6)) if rng.random() > 0.1 else None
                price_c = int(
                    round(
                        price * (1 + 0.04 * (start - 2022)) * (0.6 if venue != "Main Hall" else 1),
                        -1,
                    )
                )
                rows.append(
                    (
                        f"{day:%Y-%m-%d}T{time}",
                        f"{start}/{(start + 1) % 100:02d}",
                        venue,
                        ser,
                        cond,
                        band,
                        seats,
                        sold,
                        comps,
                        sold * price_c,
                    )
                )
    frame = pd.DataFrame(
        rows,
        columns=[
            "PerfDateTime",
            "Season",
            "Venue",
            "Series",
            "Conductor",
            "PriceBand",
            "Seats_Avail",
            "Tix_Sold",
            "Comps",
            "Gross_cents",
        ],
    )
    frame["Comps"] = frame["Comps"].astype("Int64")
    return frame


def drone_survey_kpis() -> pd.DataFrame:
    """A drone survey firm's monthly KPIs per client site, long format (seed 1605)."""
    rng = np.random.default_rng(1605)
    sites = {
        "QRY-HLM": 1.3,
        "SOL-BRK": 0.9,
        "WND-KNT": 1.1,
        "RDY-A14": 0.8,
        "FRM-OAK": 0.7,
        "PWR-L22": 1.0,
        "CST-SEA": 0.6,
    }
    months = pd.period_range("2023-01", "2025-06", freq="M")
    rows = []
    for month in months:
        weather = 0.7 if month.month in (12, 1, 2) else 1.15 if month.month in (5, 6, 7, 8) else 1.0
        for site, scale in sites.items():
            if site == "CST-SEA" and month < pd.Period("2024-03", "M"):
                continue
            flights = int(rng.poisson(18 * scale * weather))
            hours = round(flights * float(rng.normal(0.42, 0.05)), 1)
            area = round(hours * float(rng.normal(38, 4)), 1)
            images = int(area * float(rng.normal(55, 6)))
            incidents = int(rng.poisson(0.4))
            values = {
                "flights": flights,
                "flight_hrs": hours,
                "area_ha": area,
                "images": images,
                "incidents": incidents,
            }
            for metric, value in values.items():
                if metric == "images" and rng.random() < 0.05:
                    value = None
                rows.append((f"{month}", site, metric, value))
    frame = pd.DataFrame(rows, columns=["Month", "SiteCode", "Metric", "Value"])
    return frame


def pool_daily() -> pd.DataFrame:
    """A council's three swimming pools, one row per pool per day, 2023-2024 (seed 1606)."""
    rng = np.random.default_rng(1606)
    pools = {"ASH": 1.0, "MILL": 0.75, "LIDO": 1.4}
    days = pd.date_range("2023-01-01", "2024-12-31")
    rows = []
    for day in days:
        for pool, scale in pools.items():
            outdoor = pool == "LIDO"
            if outdoor and day.month not in (5, 6, 7, 8, 9):
                continue
            closed = rng.random() < 0.02
            if closed:
                reason = ["MAINT", "STAFF", "FOUL"][rng.integers(3)]
                rows.append((f"{day:%Y-%m-%d}", pool, 0, 0, 0, 0.0, None, None, 0, reason))
                continue
            weekend = day.day_of_week >= 5
            summer = day.month in (7, 8)
            adults = int(
                rng.poisson(
                    210 * scale * (1.3 if weekend else 1) * (1.5 if summer and outdoor else 1)
                )
            )
            kids = int(rng.poisson(95 * scale * (2.0 if weekend else 1) * (1.6 if summer else 1)))
            lessons = 0 if weekend or outdoor else int(rng.poisson(14))
            open_hrs = 9.0 if weekend else 13.5
            temp_f = round(float(rng.normal(72 if outdoor else 84, 2.5 if outdoor else 0.8)), 1)
            chlorine = round(float(rng.normal(1.8, 0.3)), 2) if rng.random() > 0.04 else None
            takings = adults * (520 if day.year == 2023 else 560) + kids * 280 + lessons * 900
            rows.append(
                (
                    f"{day:%Y-%m-%d}",
                    pool,
                    adults,
                    kids,
                    lessons,
                    open_hrs,
                    temp_f,
                    chlorine,
                    takings,
                    None,
                )
            )
    return pd.DataFrame(
        rows,
        columns=[
            "Date",
            "Pool",
            "AdultSwims",
            "ChildSwims",
            "Lessons",
            "Open_hrs",
            "WaterTemp_F",
            "Cl_ppm",
            "Takings_pence",
            "ClosedReason",
        ],
    )


EXPORTS = {
    "dog_grooming_appts.csv": dog_grooming_appts,
    "hospital_linen_loads.csv": linen_loads,
    "seed_wholesale_orders.csv": seed_orders,
    "orchestra_ticketing.csv": orchestra_ticketing,
    "drone_survey_kpis.csv": drone_survey_kpis,
    "municipal_pool_daily.csv": pool_daily,
}


def main() -> None:
    TABLES.mkdir(exist_ok=True)
    for name, make in EXPORTS.items():
        frame = make()
        frame.to_csv(TABLES / name, index=False)
        sys.stdout.write(f"{name} {len(frame)}\n")


if __name__ == "__main__":
    main()
