"""Real datasets for the offline analyst's question suite: four that ship inside plotly,
and a seeded synthetic sales table."""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd
import plotly.data


@functools.cache
def sales() -> pd.DataFrame:
    rng = np.random.default_rng(20241125)
    rows = 2400
    products = {
        "Widget": 12.5,
        "Gadget": 40.0,
        "Gizmo": 7.25,
        "Doohickey": 99.0,
        "Thingamajig": 23.0,
    }
    names = list(products)
    dates = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 731, rows), unit="D")
    product = rng.choice(names, rows, p=[0.3, 0.2, 0.25, 0.1, 0.15])
    units = rng.integers(1, 21, rows)
    price = np.array([products[p] for p in product])
    frame = pd.DataFrame(
        {
            "date": dates.strftime("%Y-%m-%d"),
            "region": rng.choice(
                ["North", "South", "East", "West"], rows, p=[0.35, 0.25, 0.25, 0.15]
            ),
            "product": product,
            "channel": rng.choice(["Online", "Retail"], rows),
            "units": units,
            "unit_price": price,
            "revenue": np.round(units * price, 2),
            "rating": np.where(rng.random(rows) < 0.06, np.nan, rng.integers(1, 6, rows)),
        }
    )
    return frame.sort_values("date").reset_index(drop=True)


@functools.cache
def tables() -> dict[str, pd.DataFrame]:
    stocks = plotly.data.stocks()
    return {
        "sales.csv": sales(),
        "tips.csv": plotly.data.tips(),
        "iris.csv": plotly.data.iris().drop(columns=["species_id"]),
        "gapminder.csv": plotly.data.gapminder().drop(columns=["iso_alpha", "iso_num"]),
        "stocks.csv": stocks,
    }


def csv_bytes(name: str) -> bytes:
    return tables()[name].to_csv(index=False).encode()


def frame(name: str) -> pd.DataFrame:
    """The table as the analyst's code reads it back from CSV (dates as text)."""
    import io

    return pd.read_csv(io.BytesIO(csv_bytes(name)))
