"""Generate the BUSINESS half's six tables of the eighteenth sealed set: made-up exports of
small businesses (a plumbing contractor, a music school, a farmers' market stall, an auto
body shop, a print-on-demand Etsy shop, a yoga studio group). numpy and pandas only, fixed
seeds: re-running writes the same files byte for byte.

    .venv/bin/python -m tests.sealed18.export_business
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"


def _write(frame: pd.DataFrame, name: str) -> None:
    frame.to_csv(OUT / name, index=False, lineterminator="\n")


def plumbing(rng: np.random.Generator) -> pd.DataFrame:
    """A plumbing contractor's job log, 2022–2024, dates in US order (mm/dd/yyyy)."""
    days = pd.bdate_range("2022-01-03", "2024-12-31")
    techs = ["Mike", "Dave", "Luis", "Tony", "Sarah"]
    towns = ["Maple Grove", "Riverside", "Oak Park", "Lakeview", "Cedar Falls"]
    types = ["DRN", "WH", "LK", "FIX", "SEW", "GAS"]
    type_p = [0.30, 0.14, 0.25, 0.18, 0.07, 0.06]
    base_hrs = {"DRN": 1.5, "WH": 4.0, "LK": 2.0, "FIX": 2.5, "SEW": 6.0, "GAS": 3.0}
    base_parts = {"DRN": 15, "WH": 950, "LK": 60, "FIX": 220, "SEW": 700, "GAS": 140}
    rows = []
    for day in days:
        growth = 1 + 0.12 * (day.year - 2022)
        winter = 1.25 if day.month in (12, 1, 2) else 1.0
        for _ in range(rng.poisson(6.2 * growth * winter)):
            kind = rng.choice(types, p=type_p)
            if day.month in (12, 1, 2) and rng.random() < 0.15:
                kind = "LK"  # frozen pipes
            tech = rng.choice(techs, p=[0.26, 0.24, 0.22, 0.16, 0.12])
            hrs = max(0.5, round(rng.gamma(4, base_hrs[kind] / 4) * 4) / 4)
            parts = round(base_parts[kind] * rng.lognormal(0, 0.35), 2)
            rate = 115 if day.year == 2022 else 125 if day.year == 2023 else 135
            after = rng.random() < 0.09
            total = hrs * rate * (1.5 if after else 1.0) + parts * 1.3 + 79
            status = rng.choice(["DONE", "CB", "CXL"], p=[0.89, 0.05, 0.06])
            cust = "Commercial" if rng.random() < 0.22 else "Residential"
            if cust == "Commercial":
                total *= 1.15
            miles = round(rng.gamma(3, 4.2), 1)
            stars = rng.choice([5, 4, 3, 2, 1], p=[0.62, 0.22, 0.08, 0.04, 0.04])
            rows.append(
                {
                    "Date": day.strftime("%m/%d/%Y"),
                    "Tech": tech,
                    "JobType": kind,
                    "Customer Type": cust,
                    "Town": rng.choice(towns, p=[0.3, 0.25, 0.2, 0.15, 0.1]),
                    "after_hours": "Y" if after else "N",
                    "labor_hrs": hrs if status != "CXL" else 0.0,
                    "parts_cost_usd": parts if status != "CXL" else np.nan,
                    "Invoice Total ($)": round(total, 2) if status != "CXL" else 0.0,
                    "miles_driven": miles,
                    "Status": status,
                    "review_stars": stars if status != "CXL" and rng.random() < 0.3 else np.nan,
                }
            )
    frame = pd.DataFrame(rows)
    frame.insert(0, "Job #", [f"J-{10001 + i}" for i in range(len(frame))])
    # Parts not written up on some finished jobs.
    gap = (frame["Status"] != "CXL") & (rng.random(len(frame)) < 0.03)
    frame.loc[gap, "parts_cost_usd"] = np.nan
    frame["review_stars"] = frame["review_stars"].astype("Int64")
    return frame


def music(rng: np.random.Generator) -> pd.DataFrame:
    """A music school's lesson log over three school years (Sep 2022 – Jun 2025), with times."""
    instruments = {
        "Piano": (0.34, 1.00),
        "Guitar": (0.24, 0.95),
        "Violin": (0.12, 1.05),
        "Voice": (0.11, 1.00),
        "Drums": (0.10, 0.95),
        "Cello": (0.05, 1.10),
        "Flute": (0.04, 1.00),
    }
    teachers = {
        "Piano": ["Ms. Alvarez", "Mr. Chen", "Mrs. Okafor"],
        "Guitar": ["Jake", "Mr. Romero"],
        "Violin": ["Ms. Petrova"],
        "Voice": ["Ms. Brooks"],
        "Drums": ["Tyler"],
        "Cello": ["Ms. Petrova"],
        "Flute": ["Mrs. Okafor"],
    }
    names = list(instruments)
    probs = np.array([v[0] for v in instruments.values()])
    students = []
    for s in range(1040):
        inst = rng.choice(names, p=probs / probs.sum())
        length = rng.choice([30, 45, 60], p=[0.5, 0.3, 0.2])
        start = pd.Timestamp("2022-09-06") + pd.Timedelta(days=int(rng.integers(0, 900)))
        stay = int(rng.integers(60, 700))
        studio = "Elm Street" if rng.random() < 0.6 else "Downtown"
        weekday = int(rng.integers(0, 6))
        slot = (
            int(rng.integers(9, 14)) * 60 + int(rng.choice([0, 30]))
            if weekday == 5
            else int(rng.integers(14, 20)) * 60 + int(rng.choice([0, 15, 30, 45]))
        )
        students.append((f"S{s + 1:04d}", inst, length, start, stay, studio, weekday, slot))
    fee30 = {2022: 32.0, 2023: 34.0, 2024: 36.0}
    rows = []
    for sid, inst, length, start, stay, studio, weekday, slot in students:
        teacher = rng.choice(teachers[inst])
        day = start + pd.Timedelta(days=(weekday - start.weekday()) % 7)
        end = min(start + pd.Timedelta(days=stay), pd.Timestamp("2025-06-14"))
        while day <= end:
            summer = day.month in (7, 8) or (day.month == 12 and day.day > 20)
            if not summer or rng.random() < 0.25:
                status = rng.choice(["A", "NS", "LC", "CX", "MU"], p=[0.84, 0.03, 0.03, 0.07, 0.03])
                when = day + pd.Timedelta(minutes=slot)
                school_year = day.year if day.month >= 9 else day.year - 1
                price = fee30[school_year] * length / 30
                price *= instruments[inst][1]
                if status in ("CX", "MU"):
                    price = 0.0
                rows.append(
                    {
                        "LessonStart": when.strftime("%Y-%m-%d %H:%M"),
                        "student_id": sid,
                        "Instrument": inst,
                        "Teacher": teacher,
                        "Studio": studio,
                        "Length (mins)": length,
                        "Fee ($)": round(price, 2),
                        "status": status,
                        "room": f"R{int(rng.integers(1, 6))}" if rng.random() > 0.04 else "",
                    }
                )
            day += pd.Timedelta(days=7)
    frame = pd.DataFrame(rows).sort_values(["LessonStart", "student_id"], kind="stable")
    frame.insert(0, "lesson_id", np.arange(100001, 100001 + len(frame)))
    return frame


def market(rng: np.random.Generator) -> pd.DataFrame:
    """A family farm's stall at three farmers' markets, May–October 2022–2025."""
    products = {
        # name: (months, by weight?, price 2022, typical amount)
        "Tomatoes": ((7, 8, 9), True, 3.50, 60),
        "Sweet Corn": ((7, 8, 9), False, 0.75, 180),
        "Strawberries": ((5, 6), True, 5.00, 40),
        "Peaches": ((7, 8), True, 3.00, 55),
        "Apples": ((9, 10), True, 2.25, 80),
        "Pumpkins": ((9, 10), False, 6.00, 30),
        "Honey": ((5, 6, 7, 8, 9, 10), False, 12.00, 14),
        "Eggs": ((5, 6, 7, 8, 9, 10), False, 6.00, 25),
        "Kale": ((5, 6, 9, 10), True, 4.00, 18),
        "Zucchini": ((6, 7, 8), True, 2.00, 35),
    }
    markets = {"Riverside Saturday": 5, "Uptown Wednesday": 2, "Mill Creek Sunday": 6}
    size = {"Riverside Saturday": 1.3, "Uptown Wednesday": 0.7, "Mill Creek Sunday": 1.0}
    rows = []
    for year in range(2022, 2026):
        inflation = 1 + 0.06 * (year - 2022)
        for name, weekday in markets.items():
            if name == "Mill Creek Sunday" and year == 2022:
                continue  # joined in 2023
            days = pd.date_range(f"{year}-05-01", f"{year}-10-31")
            for day in days[days.day_of_week == weekday]:
                weather = rng.choice(["Sunny", "Cloudy", "Rain"], p=[0.55, 0.3, 0.15])
                temp = round(72 + 12 * np.sin((day.day_of_year - 110) / 365 * 2 * np.pi))
                temp = int(temp + rng.normal(0, 5))
                crowd = size[name] * (0.65 if weather == "Rain" else 1.0) * rng.lognormal(0, 0.15)
                for product, (months, weighed, price, amount) in products.items():
                    if day.month not in months or rng.random() < 0.08:
                        continue
                    qty = max(1.0, amount * crowd * rng.lognormal(0, 0.25))
                    unit_price = round(price * inflation * 4) / 4
                    qty = round(qty, 1) if weighed else float(round(qty))
                    rows.append(
                        {
                            "market_date": day.strftime("%Y-%m-%d"),
                            "Market": name,
                            "Product": product,
                            "weight_sold_lbs": qty if weighed else np.nan,
                            "count_sold": int(qty) if not weighed else np.nan,
                            "Price ($)": unit_price,
                            "sales_usd": round(qty * unit_price, 2),
                            "Weather": weather,
                            "high_temp_F": temp if rng.random() > 0.05 else np.nan,
                        }
                    )
    frame = pd.DataFrame(rows).sort_values(["market_date", "Market"], kind="stable")
    frame["count_sold"] = frame["count_sold"].astype("Int64")
    frame["high_temp_F"] = frame["high_temp_F"].astype("Int64")
    return frame


def body_shop(rng: np.random.Generator) -> pd.DataFrame:
    """An auto body shop's repair orders, 2021–2024."""
    makes = ["Toyota", "Ford", "Honda", "Chevrolet", "Nissan", "Subaru", "Jeep", "Tesla", "BMW"]
    make_p = [0.2, 0.17, 0.15, 0.13, 0.1, 0.09, 0.08, 0.04, 0.04]
    luxury = {"Tesla": 1.8, "BMW": 1.6}
    areas = ["Front", "Rear", "Side", "Hail", "Glass"]
    area_p = [0.34, 0.3, 0.2, 0.08, 0.08]
    area_hours = {"Front": 14, "Rear": 10, "Side": 12, "Hail": 22, "Glass": 2.5}
    insurers = ["Lakeshore Mutual", "Keystone Auto", "Pinnacle Insurance", "Heartland Casualty"]
    rows = []
    days = pd.bdate_range("2021-01-04", "2024-12-31")
    for day in days:
        for _ in range(rng.poisson(2.9 + (1.5 if day.month in (5, 6) else 0))):
            make = rng.choice(makes, p=make_p)
            area = rng.choice(areas, p=area_p)
            if day.month in (5, 6) and rng.random() < 0.25:
                area = "Hail"
            payer = rng.choice(["INS", "CP", "CB"], p=[0.72, 0.24, 0.04])
            hours = round(max(0.5, rng.gamma(3, area_hours[area] / 3)) * 10) / 10
            factor = luxury.get(make, 1.0)
            rate = {2021: 52, 2022: 56, 2023: 60, 2024: 64}[day.year]
            parts = round(hours * 48 * factor * rng.lognormal(0, 0.4), 2)
            paint = round(hours * 11 * rng.lognormal(0, 0.2), 2) if area != "Glass" else 0.0
            total = round(hours * rate + parts + paint, 2)
            estimate = round(total * rng.normal(0.93, 0.06), 2)
            if payer == "CB":
                total = 0.0  # comeback: redone free
            stay = int(max(1, round(hours / 4 + rng.gamma(2, 2))))
            out = day + pd.Timedelta(days=stay)
            rows.append(
                {
                    "date_in": day.strftime("%Y-%m-%d"),
                    "date_out": out.strftime("%Y-%m-%d")
                    if out <= pd.Timestamp("2024-12-31")
                    else "",
                    "Make": make,
                    "ModelYear": int(day.year - rng.integers(0, 16)),
                    "DamageArea": area,
                    "payer": payer,
                    "Insurer": rng.choice(insurers, p=[0.35, 0.3, 0.2, 0.15])
                    if payer == "INS"
                    else "",
                    "labor_hours": hours,
                    "parts_usd": parts,
                    "paint_materials_usd": paint,
                    "Estimate USD": estimate,
                    "Total Bill USD": total,
                    "odometer_miles": int(rng.gamma(3, 17000)) if rng.random() > 0.06 else np.nan,
                }
            )
    frame = pd.DataFrame(rows)
    frame.insert(0, "RO Number", [f"RO{21000 + i}" for i in range(len(frame))])
    frame["odometer_miles"] = frame["odometer_miles"].astype("Int64")
    return frame


def etsy(rng: np.random.Generator) -> pd.DataFrame:
    """A print-on-demand Etsy shop's order lines, 2022–2024."""
    products = {
        "T-Shirt": (24.0, 9.5, 0.36),
        "Hoodie": (44.0, 19.0, 0.14),
        "Mug": (18.0, 6.0, 0.2),
        "Tote Bag": (21.0, 8.0, 0.1),
        "Poster": (16.0, 5.0, 0.12),
        "Sticker Pack": (7.0, 1.8, 0.08),
    }
    designs = [
        "Cat Mom",
        "Retro Sunset",
        "Plant Lady",
        "Coffee First",
        "Mountain Calling",
        "Book Club",
        "Dog Dad",
        "Pickleball Pro",
    ]
    design_p = [0.18, 0.16, 0.14, 0.13, 0.12, 0.1, 0.1, 0.07]
    countries = ["US", "CA", "GB", "AU", "DE"]
    country_p = [0.78, 0.08, 0.07, 0.04, 0.03]
    states = ["CA", "TX", "NY", "FL", "WA", "IL", "OH", "CO", "NC", "PA"]
    words = [
        "sunny",
        "katie",
        "jdoe",
        "mama",
        "crafty",
        "bookworm",
        "trailrunner",
        "happy",
        "lucky",
        "moxie",
    ]
    numbers = rng.integers(1, 9999, 8000)
    buyers = [f"{w}{n}" for w, n in zip(rng.choice(words, 8000), numbers, strict=True)]
    buyers = list(dict.fromkeys(buyers))
    weights = rng.lognormal(0, 1.3, len(buyers))
    weights /= weights.sum()
    names = list(products)
    pp = np.array([v[2] for v in products.values()])
    rows = []
    for day in pd.date_range("2022-01-01", "2024-12-31"):
        season = 2.3 if day.month in (11, 12) else 1.0
        growth = 1 + 0.35 * (day.year - 2022)
        for _ in range(rng.poisson(6.5 * season * growth)):
            product = rng.choice(names, p=pp / pp.sum())
            price, cost, _ = products[product]
            qty = int(rng.choice([1, 1, 1, 1, 2, 2, 3]))
            coupon = rng.choice(["", "WELCOME10", "HOLIDAY20"], p=[0.85, 0.1, 0.05])
            discount = {"": 0.0, "WELCOME10": 0.1, "HOLIDAY20": 0.2}[coupon]
            item_total = round(price * qty * (1 - discount), 2)
            country = rng.choice(countries, p=country_p)
            ship = (
                0.0
                if item_total >= 35 and country == "US"
                else (4.99 if country == "US" else 12.99)
            )
            status = rng.choice(["Completed", "Refunded", "Canceled"], p=[0.93, 0.04, 0.03])
            rows.append(
                {
                    "Sale Date": day.strftime("%Y-%m-%d"),
                    "Buyer": rng.choice(buyers, p=weights),
                    "Ship Country": country,
                    "ShipState": rng.choice(states) if country == "US" else "",
                    "Product": product,
                    "Design": rng.choice(designs, p=design_p),
                    "Quantity": qty,
                    "Item Total ($)": item_total,
                    "Shipping ($)": ship,
                    "etsy_fees_usd": round((item_total + ship) * 0.095 + 0.45, 2),
                    "print_cost_usd": round(cost * qty, 2),
                    "CouponCode": coupon,
                    "Status": status,
                    "review_stars": rng.choice([5, 4, 3, 2, 1], p=[0.7, 0.18, 0.06, 0.03, 0.03])
                    if status == "Completed" and rng.random() < 0.22
                    else np.nan,
                }
            )
    frame = pd.DataFrame(rows)
    frame.insert(0, "Order ID", np.arange(2400101, 2400101 + len(frame)))
    frame["review_stars"] = frame["review_stars"].astype("Int64")
    return frame


def yoga(rng: np.random.Generator) -> pd.DataFrame:
    """Monthly KPIs of a three-studio yoga business, long format, year and month apart."""
    studios = {
        "Oak St": (1.0, "2022-01"),
        "Downtown": (1.35, "2022-01"),
        "Lakeside": (0.7, "2023-06"),
    }
    rows = []
    members = {"Oak St": 210.0, "Downtown": 290.0, "Lakeside": 60.0}
    for month in pd.period_range("2022-01", "2024-12", freq="M"):
        for studio, (scale, opened) in studios.items():
            if month < pd.Period(opened, "M"):
                continue
            new = int(rng.poisson(22 * scale * (1.6 if month.month == 1 else 1.0)))
            left = int(rng.poisson(0.07 * members[studio]))
            members[studio] += new - left
            active = int(members[studio])
            classes = int(round(rng.normal(96 * scale, 6)))
            checkins = int(active * rng.normal(6.3, 0.5))
            revenue = round(active * 118 + new * 45 + rng.normal(0, 900), 2)
            kpis = {
                "classes_held": classes,
                "check_ins": checkins,
                "active_members": active,
                "new_members": new,
                "cancellations": left,
                "revenue_usd": revenue,
                "instructor_hours": round(classes * rng.normal(1.08, 0.03), 1),
                "avg_class_size": round(checkins / classes, 1),
                "intro_passes_sold": int(rng.poisson(30 * scale)),
            }
            for kpi, value in kpis.items():
                if rng.random() < 0.015:
                    value = np.nan  # not reported that month
                rows.append(
                    {
                        "Year": month.year,
                        "Month": month.month,
                        "studio": studio,
                        "kpi": kpi,
                        "value": value,
                    }
                )
    return pd.DataFrame(rows)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    _write(plumbing(np.random.default_rng(1801)), "plumbing_contractor_jobs.csv")
    _write(music(np.random.default_rng(1802)), "music_school_lessons.csv")
    _write(market(np.random.default_rng(1803)), "farmers_market_stall.csv")
    _write(body_shop(np.random.default_rng(1804)), "auto_body_repair_orders.csv")
    _write(etsy(np.random.default_rng(1805)), "etsy_print_shop_orders.csv")
    _write(yoga(np.random.default_rng(1806)), "yoga_studio_kpis.csv")


if __name__ == "__main__":
    main()
