"""Deterministic, realistic-looking tables (every generator takes a fixed seed)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

REGIONS = ["North", "South", "East", "West", "Central"]
PRODUCTS = ["Widget", "Gadget", "Sprocket", "Gizmo", "Flange", "Bracket", "Hinge"]
DEPARTMENTS = ["Finance", "Sales", "Operations", "IT", "Human Resources", "Legal"]
FIRST = [
    "Anna",
    "Ben",
    "Chloé",
    "David",
    "Elif",
    "François",
    "Greta",
    "Hugo",
    "Inès",
    "Jonas",
    "Kai",
    "Léa",
    "Marta",
    "Noah",
    "Oskar",
    "Paula",
    "Renée",
    "Søren",
    "Tomás",
    "Zoë",
]
LAST = [
    "Müller",
    "Smith",
    "García",
    "Nowak",
    "Dubois",
    "Rossi",
    "Jensen",
    "Öztürk",
    "Silva",
    "Brown",
    "Schäfer",
    "Núñez",
    "O'Brien",
    "Lefèvre",
    "Kowalski",
    "Åberg",
]
CITIES = [
    "Zürich",
    "São Paulo",
    "Köln",
    "Málaga",
    "Reykjavík",
    "Genève",
    "Montréal",
    "Łódź",
    "Zaragoza",
    "Göteborg",
]
LATIN1_CITIES = [
    "Zürich",
    "São Paulo",
    "Köln",
    "Málaga",
    "Reykjavík",
    "Genève",
    "Montréal",
    "Århus",
    "Göteborg",
    "Besançon",
]
COUNTRIES = ["Germany", "France", "Spain", "Italy", "Poland", "Sweden", "Portugal", "Austria"]


def sales(n: int, seed: int, start: date = date(2023, 1, 2)) -> list[list[object]]:
    """order_id, order_date, region, product, units, unit_price, revenue."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for i in range(n):
        units = rng.randint(1, 240)
        price = round(rng.uniform(2, 400), 2)
        rows.append(
            [
                100000 + seed * 1000 + i,
                start + timedelta(days=(i * 3) % 360),
                rng.choice(REGIONS),
                rng.choice(PRODUCTS),
                units,
                price,
                round(units * price, 2),
            ]
        )
    return rows


SALES_COLUMNS = ["order_id", "order_date", "region", "product", "units", "unit_price", "revenue"]


def people(n: int, seed: int, names: list[str] | None = None) -> list[list[object]]:
    """customer_id, name, city, balance, since."""
    rng = random.Random(seed)
    cities = names or CITIES
    rows: list[list[object]] = []
    for i in range(n):
        rows.append(
            [
                5000 + i,
                f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                cities[i % len(cities)],
                round(rng.uniform(-500, 25000), 2),
                date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000)),
            ]
        )
    return rows


PEOPLE_COLUMNS = ["customer_id", "name", "city", "balance", "since"]


def sensor(n: int, seed: int, start: datetime = datetime(2023, 5, 1)) -> list[list[object]]:
    """timestamp, sensor, temperature_c, humidity_pct, pressure_hpa."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for i in range(n):
        rows.append(
            [
                start + timedelta(minutes=15 * i),
                f"S-{1 + i % 4:02d}",
                round(rng.uniform(15, 30), 1),
                round(rng.uniform(30, 80), 1),
                round(rng.uniform(990, 1030), 1),
            ]
        )
    return rows


SENSOR_COLUMNS = ["timestamp", "sensor", "temperature_c", "humidity_pct", "pressure_hpa"]


def staff(n: int, seed: int) -> list[list[object]]:
    """emp_id (zero padded text), name, department, zip (zero padded text), start_date, salary."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for i in range(n):
        rows.append(
            [
                f"{rng.randint(1, 9999):05d}" if i % 3 else f"00{100 + i}",
                f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                rng.choice(DEPARTMENTS),
                f"0{rng.randint(1000, 9999)}",
                date(2010, 1, 1) + timedelta(days=rng.randint(0, 5000)),
                rng.randint(38, 140) * 1000,
            ]
        )
    return rows


STAFF_COLUMNS = ["emp_id", "name", "department", "zip", "start_date", "salary"]


def amounts(n: int, seed: int, low: float = -5000, high: float = 2_500_000) -> list[float]:
    rng = random.Random(seed)
    return [round(rng.uniform(low, high), 2) for _ in range(n)]


def words(count: int, seed: int) -> str:
    rng = random.Random(seed)
    vocab = [
        "lorem",
        "ipsum",
        "dolor",
        "sit",
        "amet",
        "consectetur",
        "adipiscing",
        "elit",
        "sed",
        "do",
        "eiusmod",
        "tempor",
        "incididunt",
        "ut",
        "labore",
        "et",
        "dolore",
        "magna",
        "aliqua",
        "shipment",
        "delayed",
        "customer",
        "invoice",
        "pallet",
    ]
    return " ".join(rng.choice(vocab) for _ in range(count))


def text_of_length(length: int, seed: int) -> str:
    text = words(length // 4, seed)
    while len(text) < length:
        text += " " + words(50, seed + len(text))
    return text[:length].rstrip() + "."


def de(x: float, decimals: int = 2) -> str:
    """German number: 1.234.567,89"""
    return f"{x:,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def fr(x: float, sep: str, decimals: int = 2) -> str:
    """French number: 1 234 567,89 with the given group separator."""
    return f"{x:,.{decimals}f}".replace(",", sep).replace(".", ",")


def ch(x: float) -> str:
    """Swiss number: 1'234'567.89"""
    return f"{x:,.2f}".replace(",", "'")


def us(x: float) -> str:
    """US number: 1,234,567.89"""
    return f"{x:,.2f}"
