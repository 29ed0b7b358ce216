"""Writes the BUSINESS half's six generated tables into tests/sealed21/tables/: made-up
operations exports of small businesses and a public service in India (no real
organisation or person). numpy and pandas only, fixed seeds: re-running it reproduces the
same files byte for byte.

    python -m tests.sealed21.export_business
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tiffin_orders() -> pd.DataFrame:
    """A Mumbai tiffin / meal-box kitchen's order log, Apr 2022 - Mar 2025, with times."""
    rng = np.random.default_rng(2101)
    n = 44_000
    kitchens = {
        "Andheri": ["Andheri East", "Andheri West", "Jogeshwari", "Vile Parle", "Marol"],
        "Powai": ["Powai", "Vikhroli", "Ghatkopar", "Kanjurmarg", "Chandivali"],
        "Thane": ["Thane West", "Majiwada", "Kolshet", "Ghodbunder Road"],
        "Vashi": ["Vashi", "Nerul", "Sanpada", "Koparkhairane", "Belapur"],
    }
    kitchen_w = np.array([0.31, 0.27, 0.22, 0.20])
    start = pd.Timestamp("2022-04-01")
    days = (pd.Timestamp("2025-03-31") - start).days + 1
    # growth: later days more likely
    day_w = np.linspace(1.0, 2.2, days)
    day_w /= day_w.sum()
    day = rng.choice(days, size=n, p=day_w)
    slot = rng.choice(3, size=n, p=[0.08, 0.62, 0.30])  # breakfast, lunch, dinner
    base_min = np.array([7 * 60, 11 * 60 + 15, 19 * 60])[slot]
    span = np.array([120, 180, 180])[slot]
    minute = base_min + (rng.beta(2, 2.4, size=n) * span).astype(int)
    ts = start + pd.to_timedelta(day, unit="D") + pd.to_timedelta(minute, unit="m")
    kitchen = rng.choice(list(kitchens), size=n, p=kitchen_w)
    locality = np.array([rng.choice(kitchens[k]) for k in kitchen])
    meals = ["Veg Thali", "Non-Veg Thali", "Jain Thali", "Diet Bowl", "Mini Meal"]
    price = {
        "Veg Thali": 140,
        "Non-Veg Thali": 190,
        "Jain Thali": 150,
        "Diet Bowl": 220,
        "Mini Meal": 95,
    }
    meal = rng.choice(meals, size=n, p=[0.38, 0.24, 0.09, 0.11, 0.18])
    boxes = rng.choice(
        [1, 2, 3, 4, 5, 6, 8, 10], size=n, p=[0.5, 0.22, 0.1, 0.08, 0.04, 0.03, 0.02, 0.01]
    )
    year_uplift = np.where(day > 365, 1.06, 1.0) * np.where(day > 730, 1.05, 1.0)
    unit = np.array([price[m] for m in meal]) * year_uplift
    subscriber = (rng.random(n) < 0.35).astype(int)
    discount = np.where(subscriber == 1, 0.10, np.where(rng.random(n) < 0.15, 0.05, 0.0))
    gross = np.round(unit * boxes, 2)
    discount_inr = np.round(gross * discount, 2)
    amount = np.round((gross - discount_inr) * 1.05, 2)  # incl. 5 % GST
    km = np.round(rng.gamma(2.2, 1.6, size=n) + 0.4, 1)
    status = rng.choice(["DLV", "CNL", "RTO"], size=n, p=[0.915, 0.06, 0.025])
    mins = np.round(14 + km * 4.2 + rng.normal(0, 6, size=n) + (slot == 1) * 4).clip(8, 120)
    mins = np.where(status == "DLV", mins, np.nan)
    pay = rng.choice(["UPI", "COD", "Wallet", "Card"], size=n, p=[0.58, 0.17, 0.15, 0.10])
    rating = rng.choice([1, 2, 3, 4, 5], size=n, p=[0.03, 0.05, 0.14, 0.38, 0.40]).astype(float)
    rating[(rng.random(n) < 0.62) | (status != "DLV")] = np.nan
    frame = pd.DataFrame(
        {
            "order_time": ts,
            "kitchen": kitchen,
            "delivery_locality": locality,
            "meal_type": meal,
            "boxes": boxes,
            "discount_inr": discount_inr,
            "amount_inr": amount,
            "distance_km": km,
            "delivery_min": mins,
            "status": status,
            "payment_mode": pay,
            "is_subscriber": subscriber,
            "rating": rating,
        }
    ).sort_values("order_time", kind="stable")
    frame.insert(0, "order_id", [f"TK{i:06d}" for i in range(1, n + 1)])
    frame["order_time"] = frame["order_time"].dt.strftime("%Y-%m-%d %H:%M")
    return frame


def coaching_admissions() -> pd.DataFrame:
    """A coaching institute's admissions register, Jan 2022 - Dec 2024, dates dd-mm-yyyy."""
    rng = np.random.default_rng(2102)
    n = 7_400
    centres = ["Kota", "Jaipur", "Indore", "Patna", "Lucknow", "Bhopal"]
    centre = rng.choice(centres, size=n, p=[0.27, 0.19, 0.16, 0.15, 0.13, 0.10])
    courses = {
        "JEE Main + Advanced": 168000,
        "NEET UG": 155000,
        "Foundation (Class 9-10)": 72000,
        "CA Foundation": 48000,
        "CUET": 36000,
    }
    course = rng.choice(list(courses), size=n, p=[0.33, 0.30, 0.16, 0.09, 0.12])
    days = (pd.Timestamp("2024-12-31") - pd.Timestamp("2022-01-01")).days + 1
    # admissions peak Apr-Jul
    all_days = pd.date_range("2022-01-01", periods=days, freq="D")
    w = np.where(all_days.month.isin([4, 5, 6, 7]), 3.0, 1.0)
    w = w * np.where(all_days.day_of_week == 6, 0.4, 1.0)
    w = w / w.sum()
    date = all_days[rng.choice(days, size=n, p=w)]
    mode = rng.choice(["Classroom", "Hybrid", "Online"], size=n, p=[0.6, 0.15, 0.25])
    fee = np.array([courses[c] for c in course], dtype=float)
    fee = fee * np.where(mode == "Online", 0.55, np.where(mode == "Hybrid", 0.8, 1.0))
    fee = fee * (1 + 0.07 * (date.year - 2022))
    fee = np.round(fee / 500) * 500
    has_sch = rng.random(n) < 0.32
    sch = np.where(
        has_sch,
        np.round(fee * rng.choice([0.1, 0.25, 0.5, 0.9], size=n, p=[0.45, 0.3, 0.2, 0.05]) / 100)
        * 100,
        np.nan,
    )
    status = rng.choice(["ACT", "CMP", "WDR"], size=n, p=[0.45, 0.43, 0.12])
    status = np.where((date.year == 2022) & (status == "ACT"), "CMP", status)
    net = fee - np.nan_to_num(sch)
    paid_share = np.where(
        status == "WDR",
        rng.choice([0.25, 0.5], size=n),
        np.where(status == "CMP", 1.0, rng.choice([0.5, 0.75, 1.0], size=n, p=[0.3, 0.3, 0.4])),
    )
    paid = np.round(net * paid_share / 100) * 100
    hours = np.array(
        [
            {
                "JEE Main + Advanced": 24,
                "NEET UG": 24,
                "Foundation (Class 9-10)": 12,
                "CA Foundation": 15,
                "CUET": 10,
            }[c]
            for c in course
        ]
    )
    hours = hours - np.where(mode == "Online", 4, 0)
    mock = np.round(np.clip(rng.normal(58, 15, size=n), 5, 99), 1)
    mock[(rng.random(n) < 0.22) | (status == "WDR") & (rng.random(n) < 0.7)] = np.nan
    gender = rng.choice(["M", "F"], size=n, p=[0.58, 0.42])
    frame = pd.DataFrame(
        {
            "Admission Date": date,
            "Centre": centre,
            "Course": course,
            "Mode": mode,
            "Gender": gender,
            "Course Fee (Rs)": fee.astype(int),
            "Scholarship (Rs)": sch,
            "Fee Paid (Rs)": paid.astype(int),
            "Batch Hours per Week": hours,
            "Mock Test Avg (%)": mock,
            "Status": status,
        }
    ).sort_values("Admission Date", kind="stable")
    frame.insert(
        0,
        "Admission No",
        [f"ADM/{d.year}/{i:05d}" for i, d in enumerate(frame["Admission Date"], 1)],
    )
    frame["Admission Date"] = frame["Admission Date"].dt.strftime("%d-%m-%Y")
    return frame


def service_jobcards() -> pd.DataFrame:
    """A two-wheeler service centre chain's job cards, FY2022-23 to FY2024-25 (FY + month)."""
    rng = np.random.default_rng(2103)
    n = 16_500
    branches = ["Koramangala", "Whitefield", "Jayanagar", "Hebbal", "Mysuru Road"]
    branch = rng.choice(branches, size=n, p=[0.25, 0.23, 0.2, 0.17, 0.15])
    fys = ["FY2022-23", "FY2023-24", "FY2024-25"]
    fy = rng.choice(fys, size=n, p=[0.3, 0.33, 0.37])
    fy_months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    mw = np.array([1.0, 1.0, 0.9, 0.8, 0.8, 0.9, 1.3, 1.2, 0.9, 0.9, 0.9, 1.1])
    month = rng.choice(fy_months, size=n, p=mw / mw.sum())
    models = ["Activa 6G", "Jupiter", "Splendor Plus", "Pulsar 150", "Classic 350", "Ather 450X"]
    model = rng.choice(models, size=n, p=[0.27, 0.2, 0.19, 0.14, 0.12, 0.08])
    stype = rng.choice(["FS", "PS", "RR", "AC"], size=n, p=[0.18, 0.52, 0.24, 0.06])
    odo = np.where(
        stype == "FS", rng.integers(500, 6000, size=n), rng.integers(3000, 85000, size=n)
    )
    lab = np.select(
        [stype == "FS", stype == "PS", stype == "RR", stype == "AC"],
        [
            0,
            450 + rng.integers(0, 5, size=n) * 50,
            250 + rng.integers(0, 12, size=n) * 50,
            800 + rng.integers(0, 30, size=n) * 100,
        ],
    ).astype(float)
    lab = lab * np.where(np.isin(model, ["Classic 350", "Pulsar 150"]), 1.2, 1.0)
    parts = np.round(
        np.select(
            [stype == "FS", stype == "PS", stype == "RR", stype == "AC"],
            [
                rng.gamma(1.2, 150, size=n),
                rng.gamma(2, 420, size=n),
                rng.gamma(1.6, 900, size=n),
                rng.gamma(2.5, 2600, size=n),
            ],
        ),
        2,
    )
    parts[(stype == "FS") & (rng.random(n) < 0.5)] = 0.0
    parts[rng.random(n) < 0.03] = np.nan
    gst = np.round(lab * 0.18 + np.nan_to_num(parts) * 0.28, 2)
    tat = np.round(
        np.select(
            [stype == "FS", stype == "PS", stype == "RR", stype == "AC"],
            [
                rng.gamma(3, 1.3, size=n),
                rng.gamma(3, 1.8, size=n),
                rng.gamma(2.5, 3.5, size=n),
                rng.gamma(3, 14, size=n),
            ],
        )
        + 1,
        1,
    )
    tat[rng.random(n) < 0.02] = np.nan
    rating = rng.choice([1, 2, 3, 4, 5], size=n, p=[0.04, 0.06, 0.17, 0.38, 0.35]).astype(float)
    rating[rng.random(n) < 0.45] = np.nan
    status = rng.choice(["CLS", "RWK"], size=n, p=[0.955, 0.045])
    warranty = np.where((stype == "FS") | ((stype == "RR") & (rng.random(n) < 0.2)), "Y", "N")
    order = pd.DataFrame({"fy": fy, "m": [fy_months.index(x) for x in month]})
    frame = pd.DataFrame(
        {
            "FY": fy,
            "Month": month,
            "Branch": branch,
            "VehicleModel": model,
            "ServiceType": stype,
            "OdometerKm": odo,
            "LabourInr": lab.round(2),
            "PartsInr": parts,
            "GstInr": gst,
            "TatHrs": tat,
            "UnderWarranty": warranty,
            "CustomerRating": rating,
            "JobStatus": status,
        }
    )
    idx = order.sort_values(["fy", "m"], kind="stable").index
    frame = frame.loc[idx].reset_index(drop=True)
    frame.insert(0, "JobCardNo", [f"JC{i:06d}" for i in range(100001, 100001 + n)])
    return frame


def tanker_kpis() -> pd.DataFrame:
    """A municipal water-tanker service's monthly KPIs per Pune ward, long format."""
    rng = np.random.default_rng(2104)
    months = pd.period_range("2022-04", "2025-03", freq="M")
    wards = {
        "Hadapsar": 1.3,
        "Kothrud": 0.8,
        "Wagholi": 1.5,
        "Baner": 1.0,
        "Kondhwa": 1.2,
        "Yerawada": 0.9,
    }
    rows = []
    for p in months:
        summer = {3: 1.4, 4: 1.8, 5: 2.0, 6: 1.3}.get(p.month, 1.0)
        growth = 1 + 0.04 * (p.year - 2022)
        for ward, size in wards.items():
            trips = int(round(420 * size * summer * growth * rng.uniform(0.9, 1.1)))
            kl = round(trips * rng.uniform(9.2, 10.4), 1)
            complaints = int(rng.poisson(18 * size * summer))
            resp = round(rng.gamma(4, 0.9) + 1.5 * summer, 2)
            tankers = int(round(12 * size * min(summer, 1.6) * rng.uniform(0.9, 1.1)))
            paid = int(round(trips * rng.uniform(0.25, 0.4))) * 650
            for metric, value in [
                ("tanker_trips", trips),
                ("water_supplied_kl", kl),
                ("complaints", complaints),
                ("avg_response_hrs", resp),
                ("tankers_deployed", tankers),
                ("paid_trip_revenue_inr", paid),
            ]:
                rows.append((str(p), ward, metric, value))
    frame = pd.DataFrame(rows, columns=["month", "ward", "metric", "value"])
    # a few readings never reported
    gaps = rng.choice(len(frame), size=14, replace=False)
    frame.loc[gaps, "value"] = np.nan
    return frame


def export_shipments() -> pd.DataFrame:
    """A textile exporter's shipments, Jan 2022 - Jun 2025."""
    rng = np.random.default_rng(2105)
    n = 2_600
    units = ["Tiruppur", "Surat", "Ludhiana", "Panipat"]
    unit = rng.choice(units, size=n, p=[0.38, 0.24, 0.18, 0.20])
    product_by_unit = {
        "Tiruppur": (["Cotton T-Shirts", "Kidswear", "Home Linen"], [0.55, 0.25, 0.2]),
        "Surat": (["Polyester Sarees", "Printed Fabric", "Kidswear"], [0.4, 0.45, 0.15]),
        "Ludhiana": (["Woollen Shawls", "Knit Sweaters", "Cotton T-Shirts"], [0.4, 0.45, 0.15]),
        "Panipat": (["Rugs & Durries", "Home Linen", "Bath Towels"], [0.4, 0.35, 0.25]),
    }
    product = np.array([rng.choice(product_by_unit[u][0], p=product_by_unit[u][1]) for u in unit])
    rate = {
        "Cotton T-Shirts": 210,
        "Kidswear": 260,
        "Home Linen": 540,
        "Polyester Sarees": 610,
        "Printed Fabric": 180,
        "Woollen Shawls": 880,
        "Knit Sweaters": 720,
        "Rugs & Durries": 1450,
        "Bath Towels": 310,
    }
    kg_per = {
        "Cotton T-Shirts": 0.18,
        "Kidswear": 0.14,
        "Home Linen": 0.9,
        "Polyester Sarees": 0.55,
        "Printed Fabric": 0.25,
        "Woollen Shawls": 0.35,
        "Knit Sweaters": 0.5,
        "Rugs & Durries": 3.2,
        "Bath Towels": 0.6,
    }
    countries = ["USA", "UK", "Germany", "UAE", "Australia", "Japan", "Bangladesh", "Netherlands"]
    country = rng.choice(countries, size=n, p=[0.3, 0.17, 0.13, 0.12, 0.08, 0.06, 0.05, 0.09])
    qty = (rng.gamma(2.0, 1800, size=n) // 50 * 50 + 100).astype(int)
    qty = np.where(np.isin(product, ["Rugs & Durries"]), qty // 5, qty)
    r = np.array([rate[p] for p in product]) * rng.uniform(0.9, 1.12, size=n)
    fob = np.round(qty * r, 2)
    kg = np.round(qty * np.array([kg_per[p] for p in product]) * rng.uniform(0.95, 1.08, size=n), 1)
    air = rng.random(n) < np.where(np.isin(country, ["UAE", "Bangladesh"]), 0.05, 0.14)
    mode = np.where(air, "Air", "Sea")
    port_sea = {"Tiruppur": "Chennai", "Surat": "Hazira", "Ludhiana": "Mundra", "Panipat": "Mundra"}
    port_air = {
        "Tiruppur": "Coimbatore Air",
        "Surat": "Mumbai Air",
        "Ludhiana": "Delhi Air",
        "Panipat": "Delhi Air",
    }
    port = np.array([(port_air if a else port_sea)[u] for u, a in zip(unit, air, strict=True)])
    freight = np.round(
        np.where(air, kg * rng.uniform(160, 240, size=n), kg * rng.uniform(18, 42, size=n)), 2
    )
    transit = np.where(air, rng.integers(2, 7, size=n), rng.integers(14, 46, size=n)).astype(float)
    transit[rng.random(n) < 0.06] = np.nan
    drawback = np.round(fob * rng.choice([0.0, 0.012, 0.018], size=n, p=[0.25, 0.45, 0.3]), 2)
    days = (pd.Timestamp("2025-06-30") - pd.Timestamp("2022-01-01")).days + 1
    date = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, days, size=n), unit="D")
    pay = rng.choice(["PAID", "PART", "DUE"], size=n, p=[0.78, 0.12, 0.10])
    pay = np.where(
        date > pd.Timestamp("2025-03-31"),
        rng.choice(["PAID", "PART", "DUE"], size=n, p=[0.3, 0.2, 0.5]),
        pay,
    )
    frame = pd.DataFrame(
        {
            "Invoice Date": date,
            "Unit": unit,
            "Product": product,
            "Buyer Country": country,
            "Qty (pcs)": qty,
            "Net Wt (kg)": kg,
            "FOB Value (INR)": fob,
            "Freight (INR)": freight,
            "Duty Drawback (INR)": drawback,
            "Mode": mode,
            "Port of Loading": port,
            "Transit Days": transit,
            "Payment Status": pay,
        }
    ).sort_values("Invoice Date", kind="stable")
    frame.insert(
        0,
        "Shipment ID",
        [f"EXP-{d.year % 100:02d}-{i:04d}" for i, d in enumerate(frame["Invoice Date"], 1)],
    )
    frame["Invoice Date"] = frame["Invoice Date"].dt.strftime("%Y-%m-%d")
    return frame


def recharge_daily() -> pd.DataFrame:
    """A mobile-recharge retailer's daily takings per Kolkata outlet and operator, 2023-2024."""
    rng = np.random.default_rng(2106)
    dates = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    outlets = {"Howrah": 1.2, "Salt Lake": 1.0, "Dum Dum": 0.9, "Garia": 0.8, "Behala": 1.1}
    ops = {
        "Jio": (1.0, 0.035, 290),
        "Airtel": (0.75, 0.03, 330),
        "Vi": (0.35, 0.04, 270),
        "BSNL": (0.12, 0.05, 190),
    }
    closed = set(pd.to_datetime(["2023-10-24", "2024-10-12", "2023-03-08", "2024-03-25"]))
    rows = []
    for d in dates:
        if d in closed:
            continue
        wk = 1.25 if d.day_of_week in (5, 6) else 1.0
        early = 1.15 if d.day <= 5 else 1.0
        hike = 1.12 if d >= pd.Timestamp("2024-07-03") else 1.0
        for outlet, size in outlets.items():
            if d.day_of_week == 3 and outlet == "Garia":
                continue  # Garia shuts on Thursdays
            for op, (share, comm, ticket) in ops.items():
                if op == "BSNL" and outlet == "Salt Lake" and d < pd.Timestamp("2023-07-01"):
                    continue
                txns = int(rng.poisson(60 * size * share * wk * early))
                value = round(txns * ticket * hike * rng.uniform(0.85, 1.15))
                rows.append(
                    (
                        d.strftime("%Y-%m-%d"),
                        outlet,
                        op,
                        txns,
                        value,
                        round(value * comm, 2),
                        int(rng.binomial(max(txns, 1), 0.025)),
                    )
                )
    frame = pd.DataFrame(
        rows,
        columns=[
            "Date",
            "Outlet",
            "Operator",
            "Txns",
            "RechargeValue_Rs",
            "Commission_Rs",
            "failed_txns",
        ],
    )
    frame["failed_txns"] = frame["failed_txns"].astype(float)
    frame.loc[rng.random(len(frame)) < 0.04, "failed_txns"] = np.nan
    return frame


TABLES = {
    "tiffin_kitchen_orders.csv": tiffin_orders,
    "coaching_centre_admissions.csv": coaching_admissions,
    "scooter_service_jobcards.csv": service_jobcards,
    "water_tanker_ward_kpis.csv": tanker_kpis,
    "textile_export_shipments.csv": export_shipments,
    "recharge_outlet_daily.csv": recharge_daily,
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, make in TABLES.items():
        make().to_csv(OUT / name, index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
