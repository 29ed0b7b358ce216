"""Writes the sealed set's tables to tests/sealed/tables/ (run once; the CSVs are committed).

    python -m tests.sealed.export_tables [--vega-dir DIR]

Sources: datasets shipped inside PyPI packages (plotly's `plotly.data`, and vega_datasets'
local data — installed, or an unpacked wheel's `vega_datasets/_data` folder given with
--vega-dir), plus two generated business tables with fixed seeds. The app never imports
this module.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.data

TABLES = Path(__file__).resolve().parent / "tables"


def orders() -> pd.DataFrame:
    """Online orders 2021–2023: an id per row, ~3,000 customers, camelCase columns."""
    rng = np.random.default_rng(20250311)
    rows = 6000
    prices = {"Electronics": 180.0, "Furniture": 240.0, "Office Supplies": 18.0, "Apparel": 45.0}
    category = rng.choice(list(prices), rows, p=[0.25, 0.15, 0.4, 0.2])
    base = np.array([prices[c] for c in category])
    unit_price = np.round(base * rng.uniform(0.5, 1.6, rows), 2)
    qty = rng.integers(1, 13, rows)
    discount = rng.choice([0, 0, 0, 5, 10, 15, 20, 25], rows)
    day = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 1095, rows), unit="D")
    frame = pd.DataFrame(
        {
            "orderDate": day.strftime("%Y-%m-%d"),
            "customerId": [f"C{n:05d}" for n in rng.integers(1, 3200, rows)],
            "region": rng.choice(
                ["North America", "Europe", "Asia Pacific", "Latin America"],
                rows,
                p=[0.4, 0.3, 0.2, 0.1],
            ),
            "category": category,
            "paymentMethod": rng.choice(["card", "paypal", "invoice"], rows, p=[0.6, 0.3, 0.1]),
            "qty": qty,
            "unitPrice": unit_price,
            "discountPct": discount,
            "netAmount": np.round(qty * unit_price * (1 - discount / 100), 2),
            "shipDays": rng.integers(1, 11, rows),
        }
    )
    frame = frame.sort_values("orderDate", kind="stable").reset_index(drop=True)
    frame.insert(0, "orderId", [f"SO-{100001 + n}" for n in range(rows)])
    return frame


def store_kpis() -> pd.DataFrame:
    """Monthly store figures in long format: store, month, metric, value."""
    rng = np.random.default_rng(7341)
    stores = {"Lyon": 1.0, "Porto": 0.7, "Leeds": 1.2, "Graz": 0.5, "Turin": 0.9, "Ghent": 0.6}
    months = pd.period_range("2022-01", "2023-12", freq="M")
    rows = []
    for store, size in stores.items():
        for month in months:
            visits = int(rng.normal(9000, 1200) * size)
            returns = int(rng.poisson(visits * 0.012))
            sales = round(visits * rng.uniform(11, 19), 2)
            for metric, value in (("visits", visits), ("returns", returns), ("sales_eur", sales)):
                rows.append({"store": store, "month": str(month), "metric": metric, "value": value})
    return pd.DataFrame(rows)


def vega(directory: Path | None) -> dict[str, pd.DataFrame]:
    if directory is None:
        from vega_datasets import local_data  # type: ignore[import-not-found]

        return {
            "cars": local_data.cars(),
            "seattle-weather": local_data.seattle_weather(),
            "iowa-electricity": local_data.iowa_electricity(),
            "barley": local_data.barley(),
            "us-employment": local_data.us_employment(),
            "la-riots": local_data.la_riots(),
        }

    def read(name: str) -> pd.DataFrame:
        path = directory / name
        return pd.read_json(path) if path.suffix == ".json" else pd.read_csv(path)

    return {
        "cars": read("cars.json"),
        "seattle-weather": read("seattle-weather.csv"),
        "iowa-electricity": read("iowa-electricity.csv"),
        "barley": read("barley.json"),
        "us-employment": read("us-employment.csv"),
        "la-riots": read("la-riots.csv"),
    }


def day_text(column: pd.Series, fmt: str = "%Y-%m-%d") -> pd.Series:
    return pd.to_datetime(column).dt.strftime(fmt)


def build(vega_dir: Path | None) -> dict[str, pd.DataFrame]:
    v = vega(vega_dir)
    cars = v["cars"].copy()
    cars["Year"] = day_text(cars["Year"])
    weather = v["seattle-weather"].rename(
        columns={
            "precipitation": "precipitation (mm)",
            "temp_max": "max temp (C)",
            "temp_min": "min temp (C)",
            "wind": "wind (m/s)",
        }
    )
    weather["date"] = day_text(weather["date"], "%Y/%m/%d")
    iowa = v["iowa-electricity"].copy()
    iowa["year"] = day_text(iowa["year"])
    employment = v["us-employment"].copy()
    employment["month"] = day_text(employment["month"])
    riots = v["la-riots"].copy()
    riots["death_date"] = day_text(riots["death_date"])
    return {
        "orders.csv": orders(),
        "store_kpis.csv": store_kpis(),
        "cars.csv": cars,
        "seattle_weather.csv": weather,
        "iowa_electricity.csv": iowa,
        "barley.csv": v["barley"],
        "us_employment.csv": employment,
        "la_riots.csv": riots,
        "election.csv": plotly.data.election(),
        "medals.csv": plotly.data.medals_long(),
        "wind.csv": plotly.data.wind(),
        "experiment.csv": plotly.data.experiment(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vega-dir", type=Path, help="vega_datasets/_data of an unpacked wheel")
    args = parser.parse_args()
    TABLES.mkdir(exist_ok=True)
    for name, frame in build(args.vega_dir).items():
        frame.to_csv(TABLES / name, index=False)
        sys.stdout.write(f"{name}: {frame.shape[0]} rows x {frame.shape[1]} columns\n")


if __name__ == "__main__":
    main()
