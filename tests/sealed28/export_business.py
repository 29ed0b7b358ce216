"""Write the BUSINESS half's six generated tables into tests/sealed28/tables.

    .venv/bin/python -m tests.sealed28.export_business

numpy and pandas only, a fixed seed per table: the same files byte for byte on every run.
No real person or organisation; licence CC0. See TABLES_business.md.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"


def _write(frame: pd.DataFrame, name: str) -> None:
    frame.to_csv(OUT / name, index=False, lineterminator="\n")


def _money(values) -> np.ndarray:
    return np.round(np.asarray(values, dtype=float), 2)


# --- 1. mobile coffee van till export -------------------------------------------------


def coffee_van() -> pd.DataFrame:
    rng = np.random.default_rng(2801)
    drinks = {  # item: (category, S, M, L price before April 2024)
        "Americano": ("Coffee", 2.40, 2.80, 3.20),
        "Latte": ("Coffee", 2.80, 3.20, 3.60),
        "Cappuccino": ("Coffee", 2.80, 3.20, 3.60),
        "Flat White": ("Coffee", 3.00, 3.30, 3.70),
        "Mocha": ("Coffee", 3.10, 3.50, 3.90),
        "Hot Chocolate": ("Other drink", 2.70, 3.10, 3.50),
        "Tea": ("Other drink", 1.80, 2.10, 2.40),
        "Chai Latte": ("Other drink", 3.00, 3.40, 3.80),
    }
    drink_weights = np.array([18, 24, 14, 16, 6, 9, 8, 5], dtype=float)
    foods = {"Bacon Roll": 4.00, "Brownie": 2.50, "Flapjack": 2.20, "Croissant": 2.30}
    food_weights = np.array([30, 30, 20, 20], dtype=float)
    # the week's pitches: Monday..Sunday (None = not trading)
    week = [
        "Station Car Park",
        "Business Park",
        "Station Car Park",
        "Business Park",
        "Station Car Park",
        "Market Square",
        "Riverside Park",
    ]
    base = {
        "Station Car Park": 46,
        "Business Park": 38,
        "Market Square": 64,
        "Riverside Park": 55,
        "Leisure Centre": 30,
    }
    hours = {
        "Station Car Park": (6.5, 11.0),
        "Business Park": (7.5, 14.5),
        "Market Square": (8.0, 15.0),
        "Riverside Park": (9.0, 16.0),
        "Leisure Centre": (7.0, 12.0),
    }
    rows = []
    receipt = 100000
    for day in pd.date_range("2023-01-03", "2024-12-22", freq="D"):
        dow = day.day_of_week
        if day.month == 1 and day.day < 3:
            continue
        pitch = week[dow]
        if day >= pd.Timestamp("2024-05-01") and dow == 3:
            pitch = "Leisure Centre"  # Thursdays at the leisure centre from May 2024
        if dow == 0 and rng.random() < 0.35:
            continue  # some Mondays off
        if rng.random() < 0.03:
            continue  # van off the road / holiday
        season = 1.0 + 0.25 * np.sin((day.day_of_year - 100) / 365 * 2 * np.pi)
        if pitch == "Riverside Park":
            season = season**2.2
        growth = 1.12 if day.year == 2024 else 1.0
        n = rng.poisson(base[pitch] * season * growth)
        start, end = hours[pitch]
        times = np.sort(rng.uniform(start, end, n))
        hot = 1.0 - 0.3 * (season - 1.0)
        for t in times:
            receipt += 1
            minute = int(t * 60)
            stamp = day + pd.Timedelta(minutes=minute, seconds=int(rng.integers(0, 60)))
            payment = "Cash" if rng.random() < (0.30 if day.year == 2023 else 0.21) else "Card"
            n_lines = 1 + int(rng.random() < 0.32) + int(rng.random() < 0.08)
            for _ in range(n_lines):
                if rng.random() < 0.78:
                    w = drink_weights.copy()
                    w[5] *= hot
                    item = str(rng.choice(list(drinks), p=w / w.sum()))
                    cat, *prices = drinks[item]
                    size = str(rng.choice(["S", "M", "L"], p=[0.28, 0.47, 0.25]))
                    price = prices["SML".index(size)]
                    qty = 1 + int(rng.random() < 0.12) + int(rng.random() < 0.03)
                else:
                    item = str(rng.choice(list(foods), p=food_weights / food_weights.sum()))
                    cat, size, price = "Food", "", foods[item]
                    if item == "Bacon Roll" and t > 11.5:
                        item = "Brownie"
                        price = foods[item]
                    qty = 1 + int(rng.random() < 0.1)
                if stamp >= pd.Timestamp("2024-04-01"):
                    price += 0.20
                rows.append(
                    (
                        receipt,
                        stamp.strftime("%Y-%m-%d %H:%M:%S"),
                        pitch,
                        item,
                        cat,
                        size,
                        qty,
                        round(price, 2),
                        payment,
                    )
                )
    frame = pd.DataFrame(
        rows,
        columns=[
            "receipt_no",
            "sold_at",
            "pitch",
            "item",
            "category",
            "size",
            "qty",
            "unit_price_gbp",
            "payment",
        ],
    )
    frame["line_total_gbp"] = _money(frame["qty"] * frame["unit_price_gbp"])
    status = np.where(rng.random(len(frame)) < 0.012, "VOID", "OK")
    frame["status"] = status
    blank_pay = rng.choice(len(frame), 40, replace=False)
    frame.loc[blank_pay, "payment"] = ""
    return frame


# --- 2. window-cleaning round ------------------------------------------------------------


def window_round() -> pd.DataFrame:
    rng = np.random.default_rng(2802)
    streets = [
        "Acacia Avenue",
        "Beech Grove",
        "Church Lane",
        "Daisy Bank",
        "Elm Road",
        "Fern Close",
        "Glebe Street",
        "Hollin Way",
        "Ivy Terrace",
        "Juniper Drive",
        "Kiln Lane",
        "Larch Crescent",
        "Moor View",
        "Nook Road",
        "Orchard Rise",
        "Park Street",
        "Quarry Hill",
        "Rowan Walk",
        "School Lane",
        "Thorn Gardens",
        "Upper Mill Road",
        "Vicarage Close",
    ]
    rows = []
    start_all, end_all = pd.Timestamp("2023-01-02"), pd.Timestamp("2024-12-20")
    for cid in range(1, 431):
        street = streets[int(rng.integers(len(streets)))]
        freq = "4W" if rng.random() < 0.62 else "8W"
        gap = 28 if freq == "4W" else 56
        size = rng.choice(
            [12, 14, 15, 16, 18, 20, 22, 25, 28, 30, 35],
            p=[0.08, 0.12, 0.14, 0.14, 0.14, 0.12, 0.08, 0.07, 0.05, 0.04, 0.02],
        )
        if freq == "8W":
            size += 2
        joined = (
            start_all
            if rng.random() < 0.7
            else start_all + pd.Timedelta(days=int(rng.integers(30, 650)))
        )
        left = (
            end_all
            if rng.random() < 0.85
            else joined + pd.Timedelta(days=int(rng.integers(60, 500)))
        )
        visit = joined + pd.Timedelta(days=int(rng.integers(0, gap)))
        bad_payer = rng.random() < 0.08
        while visit <= min(left, end_all):
            d = visit
            if d.day_of_week >= 5:
                d = d + pd.Timedelta(days=7 - d.day_of_week)
            price = float(size) + (1.0 if d >= pd.Timestamp("2024-04-01") else 0.0)
            winter = d.month in (12, 1, 2)
            r = rng.random()
            if r < (0.09 if winter else 0.04):
                status, paid_by = "SKIPPED", ""
            elif r < (0.09 if winter else 0.04) + (0.20 if bad_payer else 0.05):
                status, paid_by = "OWING", ""
            else:
                status = "PAID"
                paid_by = str(
                    rng.choice(
                        ["Cash", "Bank transfer", "Card"],
                        p=[0.45, 0.45, 0.10] if d.year == 2023 else [0.33, 0.52, 0.15],
                    )
                )
            rows.append(
                (f"C{cid:03d}", street, d.strftime("%Y-%m-%d"), freq, price, status, paid_by)
            )
            visit = visit + pd.Timedelta(days=gap)
    frame = pd.DataFrame(
        rows, columns=["cust_id", "street", "visit_date", "freq", "price", "status", "paid_by"]
    )
    frame = frame.sort_values(["visit_date", "street", "cust_id"], kind="stable")
    frame = frame.reset_index(drop=True)
    frame.insert(0, "job_no", [f"J{i:05d}" for i in range(1, len(frame) + 1)])
    frame["price"] = frame["price"].astype(object)
    blanks = rng.choice(len(frame), 18, replace=False)
    frame.loc[blanks, "price"] = ""
    frame["price"] = [v if v == "" else f"{v:.2f}" for v in frame["price"]]
    street_blank = rng.choice(len(frame), 12, replace=False)
    frame.loc[street_blank, "street"] = ""
    return frame


# --- 3. bouncy castle and party hire bookings -----------------------------------------


def party_hire() -> pd.DataFrame:
    rng = np.random.default_rng(2803)
    items = {  # item: (hire price 2022, weight)
        "Princess Castle": (85, 16),
        "Pirate Castle": (85, 14),
        "Superhero Castle": (90, 12),
        "Disco Dome": (110, 10),
        "Assault Course": (150, 8),
        "Soft Play Set": (70, 12),
        "Sumo Suits": (95, 5),
        "Bungee Run": (140, 5),
        "Candy Floss Machine": (45, 9),
        "Adult Castle": (120, 6),
    }
    areas = {
        "LS": (0, 0.34),
        "BD": (10, 0.22),
        "HX": (15, 0.14),
        "WF": (15, 0.14),
        "HD": (20, 0.10),
        "YO": (35, 0.06),
    }
    names = list(items)
    w = np.array([items[k][1] for k in names], dtype=float)
    rows = []
    ref = 0
    for day in pd.date_range("2022-01-01", "2024-12-31", freq="D"):
        dow = day.day_of_week
        season = 0.35 + 0.95 * np.exp(-(((day.day_of_year - 200) / 55) ** 2))
        if day.month == 12:
            season += 0.25
        lam = season * (5.0 if dow == 5 else 3.8 if dow == 6 else 0.55)
        lam *= {2022: 1.0, 2023: 1.10, 2024: 1.18}[day.year]
        for _ in range(rng.poisson(lam)):
            ref += 1
            item = str(rng.choice(names, p=w / w.sum()))
            area = str(rng.choice(list(areas), p=[v[1] for v in areas.values()]))
            price = items[item][0] + {2022: 0, 2023: 5, 2024: 10}[day.year]
            if dow < 5 and item != "Candy Floss Machine":
                price -= 10  # weekday discount
            delivery = areas[area][0]
            deposit = 20 if price < 100 else 40
            lead = int(rng.gamma(2.0, 14.0)) + 1
            booked = day - pd.Timedelta(days=lead)
            r = rng.random()
            summer = day.month in (6, 7, 8)
            if r < 0.07:
                status = "Cancelled"
            elif r < 0.07 + (0.06 if summer else 0.03) and item != "Candy Floss Machine":
                status = "Rained off"
            else:
                status = "Hired"
            event = str(
                rng.choice(
                    ["Birthday", "School/PTA", "Wedding", "Corporate", "Community"],
                    p=[0.66, 0.10, 0.08, 0.06, 0.10],
                )
            )
            rows.append(
                (
                    f"BB{ref:05d}",
                    day.strftime("%Y-%m-%d"),
                    booked.strftime("%d/%m/%y"),
                    item,
                    event,
                    area,
                    price,
                    delivery,
                    deposit,
                    status,
                )
            )
    frame = pd.DataFrame(
        rows,
        columns=[
            "booking_ref",
            "event_date",
            "booked_on",
            "item_hired",
            "occasion",
            "postcode_area",
            "hire_price",
            "delivery_charge",
            "deposit",
            "status",
        ],
    )
    frame["occasion"] = frame["occasion"].astype(object)
    blanks = rng.choice(len(frame), 30, replace=False)
    frame.loc[blanks, "occasion"] = ""
    return frame


# --- 4. market garden weekly harvest and box scheme -----------------------------------


def market_garden() -> pd.DataFrame:
    rng = np.random.default_rng(2804)
    crops = {  # crop: (first week, last week, beds, kg per bed per week at peak, £/kg)
        "Salad Leaves": (14, 44, 6, 6.0, 12.0),
        "Spinach": (14, 26, 2, 5.0, 8.0),
        "Chard": (18, 44, 2, 7.0, 6.0),
        "Kale": (30, 50, 3, 6.0, 6.0),
        "Tomatoes": (28, 41, 4, 14.0, 4.5),
        "Courgettes": (26, 38, 3, 16.0, 3.0),
        "Runner Beans": (29, 39, 2, 10.0, 5.0),
        "Carrots": (24, 46, 3, 9.0, 2.5),
        "Beetroot": (24, 44, 2, 8.0, 3.0),
        "Potatoes": (26, 42, 5, 20.0, 1.8),
        "Squash": (37, 46, 3, 18.0, 2.5),
        "Leeks": (38, 50, 2, 9.0, 3.5),
    }
    rows = []
    for year, subs0, yield_mult in ((2022, 38, 1.0), (2023, 46, 0.92), (2024, 55, 1.06)):
        mondays = pd.date_range(f"{year}-01-01", f"{year}-12-31", freq="W-MON")
        for monday in mondays:
            wk = int(monday.isocalendar().week)
            if wk < 14 or wk > 50:
                continue
            progress = (wk - 14) / 36
            subs = int(round(subs0 + 8 * progress + rng.normal(0, 1.5)))
            for crop, (first, last, beds, peak, per_kg) in crops.items():
                if wk < first or wk > last:
                    continue
                mid = (first + last) / 2
                shape = 0.45 + 0.55 * np.exp(-(((wk - mid) / ((last - first) / 2.5)) ** 2))
                bed_count = beds + (
                    1 if year == 2024 and crop in ("Salad Leaves", "Tomatoes") else 0
                )
                kg = max(0.5, bed_count * peak * shape * yield_mult * rng.normal(1, 0.15))
                if year == 2023 and crop == "Tomatoes" and wk >= 33:
                    kg *= 0.45  # blight
                waste_share = np.clip(rng.normal(0.08, 0.04), 0.0, 0.3)
                if crop in ("Courgettes", "Salad Leaves"):
                    waste_share += 0.06
                wasted = round(kg * waste_share, 1)
                sold = round(kg - wasted - kg * np.clip(rng.normal(0.04, 0.02), 0, 0.1), 1)
                sales = round(sold * per_kg * (1.05 if year == 2024 else 1.0), 2)
                rows.append(
                    (
                        monday.strftime("%Y-%m-%d"),
                        crop,
                        bed_count,
                        round(kg, 1),
                        sold,
                        wasted,
                        sales,
                        subs,
                    )
                )
    frame = pd.DataFrame(
        rows,
        columns=[
            "week_commencing",
            "crop",
            "beds",
            "kg_harvested",
            "kg_sold",
            "kg_wasted",
            "sales_gbp",
            "box_subscribers",
        ],
    )
    frame["kg_wasted"] = frame["kg_wasted"].astype(object)
    blanks = rng.choice(len(frame), 15, replace=False)
    frame.loc[blanks, "kg_wasted"] = ""
    frame["kg_wasted"] = [v if v == "" else f"{v:.1f}" for v in frame["kg_wasted"]]
    return frame


# --- 5. picture-framing workshop orders ------------------------------------------------


def framing() -> pd.DataFrame:
    rng = np.random.default_rng(2805)
    mouldings = {  # code: (£ per metre of frame 2023, weight)
        "OAK-20": (14.0, 22),
        "OAK-35": (19.0, 10),
        "BLK-15": (10.0, 24),
        "WHT-15": (10.0, 16),
        "WAL-25": (18.0, 8),
        "GLD-30": (24.0, 8),
        "SLV-20": (16.0, 6),
        "ASH-25": (15.0, 6),
    }
    glass = {
        "STD": (0.0, 0.55),
        "NR": (60.0, 0.18),
        "UV": (110.0, 0.10),
        "ACR": (45.0, 0.12),
        "NONE": (0.0, 0.05),
    }
    codes = list(mouldings)
    w = np.array([mouldings[c][1] for c in codes], dtype=float)
    rows = []
    n = 0
    for day in pd.date_range("2023-01-03", "2025-06-28", freq="D"):
        if day.day_of_week in (0, 6):
            continue  # closed Sunday and Monday
        if (day.month == 12 and day.day > 23) or (day.month == 1 and day.day < 3):
            continue
        lam = 3.2 * (1.6 if day.month in (11, 12) else 1.0) * (1.3 if day.day_of_week == 5 else 1)
        for _ in range(rng.poisson(lam)):
            n += 1
            code = str(rng.choice(codes, p=w / w.sum()))
            trade = rng.random() < 0.18
            width = int(
                rng.choice(
                    [20, 25, 30, 40, 50, 60, 70, 80, 100],
                    p=[0.10, 0.12, 0.16, 0.18, 0.14, 0.11, 0.08, 0.07, 0.04],
                )
            )
            height = int(
                np.clip(round(width * rng.choice([0.75, 1.0, 1.25, 1.4]) / 5) * 5, 15, 120)
            )
            g = str(rng.choice(list(glass), p=[v[1] for v in glass.values()]))
            mount = "Y" if rng.random() < 0.62 else "N"
            perimeter_m = 2 * (width + height) / 100
            area_m2 = width * height / 10000
            price = 18 + mouldings[code][0] * perimeter_m + glass[g][0] * area_m2 * 4
            price += (12 + 30 * area_m2) if mount == "Y" else 0
            if day >= pd.Timestamp("2024-03-01"):
                price *= 1.08 + 0.05 * (area_m2 > 0.3)
            if trade:
                price *= 0.85
            price = round(price * rng.normal(1, 0.03), 0)
            deposit = round(price * 0.5, 0) if not trade else 0
            ready = int(rng.integers(5, 15)) + (6 if day.month in (11, 12) else 0)
            if day > pd.Timestamp("2025-06-10"):
                collected = "no"
            else:
                collected = "yes" if rng.random() < 0.96 else "no"
            rows.append(
                (
                    f"PF{n:05d}",
                    day.strftime("%Y-%m-%d"),
                    "Trade" if trade else "Retail",
                    code,
                    width,
                    height,
                    g,
                    mount,
                    price,
                    deposit,
                    ready,
                    collected,
                )
            )
    frame = pd.DataFrame(
        rows,
        columns=[
            "orderNo",
            "orderDate",
            "customerType",
            "mouldingCode",
            "widthCm",
            "heightCm",
            "glassType",
            "mountYN",
            "priceGbp",
            "depositGbp",
            "readyInDays",
            "collected",
        ],
    )
    frame["glassType"] = frame["glassType"].astype(object)
    blanks = rng.choice(len(frame), 14, replace=False)
    frame.loc[blanks, "glassType"] = ""
    for col in ("priceGbp", "depositGbp"):
        frame[col] = frame[col].map(lambda v: f"{v:.2f}")
    return frame


# --- 6. launderette chain weekly figures, long form ------------------------------------


def launderettes() -> pd.DataFrame:
    rng = np.random.default_rng(2806)
    shops = {  # shop: scale for wash loads, dry cleaning
        "Castle Street": (1.00, 1.00),
        "Mill Road": (0.78, 0.55),
        "Station Parade": (1.22, 1.45),
    }
    measures = [
        "wash_loads",
        "dryer_loads",
        "service_washes",
        "dry_clean_items",
        "takings_gbp",
        "staff_hours",
        "machine_faults",
    ]
    rows = []
    for week_ending in pd.date_range("2023-01-08", "2024-12-29", freq="W-SUN"):
        season = 1.0 + 0.12 * np.cos((week_ending.day_of_year - 15) / 365 * 2 * np.pi)
        growth = 1.0 if week_ending.year == 2023 else 1.05
        xmas = (
            0.55
            if (week_ending.month == 12 and week_ending.day >= 25)
            or (week_ending.month == 1 and week_ending.day <= 7)
            else 1.0
        )
        totals = {m: 0.0 for m in measures}
        present = {m: 0 for m in measures}
        for shop, (wash_k, dry_k) in shops.items():
            washes = rng.poisson(310 * wash_k * season * growth * xmas)
            dryers = int(washes * rng.normal(0.72, 0.04))
            service = rng.poisson(42 * wash_k * growth * xmas)
            clean = rng.poisson(95 * dry_k * growth * xmas)
            price_wash = 4.50 if week_ending < pd.Timestamp("2024-02-01") else 5.00
            takings = washes * price_wash + dryers * 2.0 + service * 14.0 + clean * 7.5
            takings = round(takings * rng.normal(1, 0.02), 2)
            hours = round(float(np.clip(rng.normal(70 * wash_k + 10, 4), 40, 140)) * 2) / 2
            faults = rng.poisson(1.4 if shop != "Mill Road" else 2.6)
            values = dict(
                zip(measures, [washes, dryers, service, clean, takings, hours, faults], strict=True)
            )
            for m in measures:
                value = values[m]
                if rng.random() < 0.006 and m in ("service_washes", "machine_faults"):
                    rows.append((week_ending.strftime("%Y-%m-%d"), shop, m, ""))
                    continue
                totals[m] += value
                present[m] += 1
                rows.append((week_ending.strftime("%Y-%m-%d"), shop, m, _fmt(m, value)))
        for m in measures:
            rows.append((week_ending.strftime("%Y-%m-%d"), "ALL SHOPS", m, _fmt(m, totals[m])))
    return pd.DataFrame(rows, columns=["week_ending", "shop", "measure", "value"])


def _fmt(measure: str, value: float) -> str:
    if measure == "takings_gbp":
        return f"{value:.2f}"
    if measure == "staff_hours":
        return f"{value:.1f}"
    return str(int(value))


TABLES = {
    "coffee_van_till_export.csv": coffee_van,
    "window_cleaning_round.csv": window_round,
    "party_hire_bookings.csv": party_hire,
    "market_garden_weekly_log.csv": market_garden,
    "picture_framing_orders.csv": framing,
    "launderette_weekly_kpis_long.csv": launderettes,
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, make in TABLES.items():
        _write(make(), name)


if __name__ == "__main__":
    main()
