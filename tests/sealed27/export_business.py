"""Write the BUSINESS half's six generated tables into tests/sealed27/tables.

    .venv/bin/python -m tests.sealed27.export_business

numpy and pandas only, one fixed seed per table: the same files byte for byte on every run.
Every name, firm and code is invented (CC0). See TABLES_business.md.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"


def _write(frame: pd.DataFrame, name: str) -> None:
    OUT.mkdir(exist_ok=True)
    frame.to_csv(OUT / name, index=False, lineterminator="\n")


def _money(values) -> np.ndarray:
    return np.round(np.asarray(values, dtype=float), 2)


def _blank(rng: np.random.Generator, frame: pd.DataFrame, column: str, n: int, mask=None) -> None:
    """Blank n cells of a column (among the rows of mask, if given)."""
    pool = np.flatnonzero(np.ones(len(frame), bool) if mask is None else np.asarray(mask))
    where = rng.choice(pool, size=n, replace=False)
    frame[column] = frame[column].astype(object)
    frame.iloc[np.sort(where), frame.columns.get_loc(column)] = None


# ---------------------------------------------------------------- locksmith callouts
def locksmith() -> pd.DataFrame:
    rng = np.random.default_rng(27001)
    days = pd.date_range("2023-04-01", "2025-03-31", freq="D")
    types = ["LOCKOUT", "LOCK-CHG", "UPVC-REP", "BOARDUP", "SAFE", "KEYS", "SURVEY"]
    type_p = [0.33, 0.22, 0.20, 0.07, 0.04, 0.09, 0.05]
    # labour range, parts range, chance of parts, chance of emergency, minutes on site
    spec = {
        "LOCKOUT": (55, 120, (8, 45), 0.15, 0.55, (20, 75)),
        "LOCK-CHG": (45, 95, (25, 130), 0.97, 0.20, (30, 90)),
        "UPVC-REP": (60, 125, (35, 240), 0.92, 0.12, (45, 150)),
        "BOARDUP": (110, 260, (30, 95), 1.0, 0.85, (60, 180)),
        "SAFE": (150, 420, (20, 220), 0.55, 0.05, (60, 240)),
        "KEYS": (15, 45, (4, 35), 0.95, 0.02, (10, 40)),
        "SURVEY": (40, 40, (0, 0), 0.0, 0.0, (30, 60)),
    }
    engineers = ["Kieran", "Mo", "Stevie", "Priya", "Gareth"]
    districts = ["LS1", "LS2", "LS4", "LS6", "LS7", "LS8", "LS11", "LS12", "LS16", "LS17", "LS28"]
    dist_p = np.array([9, 7, 6, 12, 9, 10, 8, 9, 11, 6, 13], float)
    rows = []
    for day in days:
        factor = 1.0 + 0.12 * (day.day_of_week >= 5) + 0.18 * (day.month in (12, 1))
        factor *= 1.07 if day >= pd.Timestamp("2024-04-01") else 1.0
        factor *= 0.85 if day.month == 8 else 1.0
        for _ in range(rng.poisson(31 * factor)):
            job = types[rng.choice(7, p=type_p)]
            lab_lo, lab_hi, (p_lo, p_hi), p_parts, p_em, (m_lo, m_hi) = spec[job]
            emergency = rng.random() < p_em
            hour = int(rng.choice(24, p=_EM_HOURS)) if emergency else int(rng.integers(8, 18))
            minute = int(rng.integers(0, 12)) * 5
            labour = rng.uniform(lab_lo, lab_hi)
            if emergency:
                labour *= 1.5
            labour = round(labour / 5) * 5 if job != "SURVEY" else 40.0
            parts = round(rng.uniform(p_lo, p_hi), 2) if rng.random() < p_parts else 0.0
            staff = engineers + (["Lena"] if day >= pd.Timestamp("2024-01-08") else [])
            rows.append(
                (
                    day,
                    f"{hour:02d}:{minute:02d}",
                    staff[rng.integers(len(staff))],
                    job,
                    districts[rng.choice(11, p=dist_p / dist_p.sum())],
                    "Y" if emergency else "N",
                    rng.choice(["DOM", "LL", "COM"], p=[0.62, 0.25, 0.13]),
                    int(rng.integers(m_lo, m_hi + 1)),
                    float(labour),
                    parts,
                )
            )
    frame = pd.DataFrame(
        rows,
        columns=[
            "job_date",
            "job_time",
            "engineer",
            "job_type",
            "postcode_district",
            "emergency",
            "customer_type",
            "on_site_mins",
            "labour_gbp",
            "parts_gbp",
        ],
    )
    frame = frame.sort_values(["job_date", "job_time"], kind="stable").reset_index(drop=True)
    frame["vat_gbp"] = _money((frame["labour_gbp"] + frame["parts_gbp"]) * 0.2)
    recent = frame["job_date"] >= pd.Timestamp("2025-02-01")
    p_unpaid = np.where(recent, 0.22, np.where(frame["customer_type"] == "LL", 0.06, 0.02))
    draw = rng.random(len(frame))
    status = np.where(draw < p_unpaid, "UNPAID", "PAID")
    status = np.where((draw > 0.975) & (frame["job_type"] != "SURVEY"), "REFUNDED", status)
    frame["status"] = status
    frame.insert(0, "job_no", [f"J{n:06d}" for n in range(100001, 100001 + len(frame))])
    frame["job_date"] = frame["job_date"].dt.strftime("%Y-%m-%d")
    _blank(rng, frame, "parts_gbp", 38)
    _blank(rng, frame, "postcode_district", 27)
    _blank(rng, frame, "engineer", 19)
    return frame


_EM = np.array([5, 4, 3, 2, 2, 2, 3, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 9, 9, 9, 8, 7], float)
_EM_HOURS = _EM / _EM.sum()


# ---------------------------------------------------------------- bookshop till lines
_WORDS_A = [
    "Silent",
    "Hidden",
    "Last",
    "Winter",
    "Salt",
    "Paper",
    "Iron",
    "Glass",
    "Little",
    "Northern",
    "Quiet",
    "Lost",
    "Golden",
    "Crooked",
    "Bright",
    "Wild",
    "Hollow",
    "Brave",
    "Secret",
    "Painted",
    "Distant",
    "Second",
    "Velvet",
    "Broken",
    "Open",
    "Summer",
]
_WORDS_B = [
    "Harbour",
    "Garden",
    "Lantern",
    "Orchard",
    "River",
    "Kitchen",
    "Letters",
    "Fox",
    "Island",
    "Lighthouse",
    "Meadow",
    "Moor",
    "Tide",
    "Owl",
    "Road",
    "Station",
    "Hours",
]
_CATEGORIES = {  # prices in 10p steps, so a 10, 20 or 50 % discount is a whole penny
    "Fiction": (0.24, (8.5, 9.9, 16.9, 18.5, 20.0)),
    "Crime": (0.14, (8.5, 9.9, 16.9, 18.5)),
    "Children's": (0.18, (6.9, 7.5, 12.9, 14.9)),
    "Non-Fiction": (0.13, (10.9, 12.9, 20.0, 22.0, 25.0)),
    "Cookery": (0.07, (20.0, 25.0, 26.0, 28.0)),
    "Travel": (0.06, (12.9, 14.9, 16.9)),
    "Local Interest": (0.08, (9.9, 12.9, 15.0)),
    "Poetry": (0.04, (9.9, 10.9, 12.9)),
    "Stationery": (0.06, (2.5, 3.5, 4.9, 7.5)),
}


def _isbn(rng: np.random.Generator) -> str:
    body = "9781" + "".join(str(d) for d in rng.integers(0, 10, 8))
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def bookshop() -> pd.DataFrame:
    rng = np.random.default_rng(27002)
    cats = list(_CATEGORIES)
    cat_p = np.array([_CATEGORIES[c][0] for c in cats])
    catalogue = []
    used = set()
    while len(catalogue) < 320:
        cat = cats[rng.choice(len(cats), p=cat_p / cat_p.sum())]
        if cat == "Stationery":
            kind = rng.choice(["Notebook", "Bookmark", "Card", "Journal"])
            title = f"{kind} {rng.choice(_WORDS_B)}"
        else:
            title = f"The {rng.choice(_WORDS_A)} {rng.choice(_WORDS_B)}"
        if title in used:
            continue
        used.add(title)
        catalogue.append((_isbn(rng), title, cat, float(rng.choice(_CATEGORIES[cat][1]))))
    popularity = rng.pareto(1.3, len(catalogue)) + 0.2
    share = {
        "Fiction": 0.24,
        "Crime": 0.13,
        "Children's": 0.18,
        "Non-Fiction": 0.12,
        "Cookery": 0.06,
        "Travel": 0.05,
        "Local Interest": 0.08,
        "Poetry": 0.03,
        "Stationery": 0.11,
    }
    for cat in cats:
        rows_of = [i for i, item in enumerate(catalogue) if item[2] == cat]
        popularity[rows_of] *= share[cat] / popularity[rows_of].sum()
    popularity /= popularity.sum()
    days = pd.date_range("2023-07-01", "2025-06-30", freq="D")
    rows = []
    receipt = 0
    for day in days:
        if (day.month, day.day) in ((12, 25), (12, 26), (1, 1)):
            continue
        season = {1: 0.7, 2: 0.75, 3: 0.85, 7: 1.1, 8: 1.25, 11: 1.2, 12: 1.8}.get(day.month, 1.0)
        season *= 0.55 if day.day_of_week == 6 else 1.25 if day.day_of_week == 5 else 1.0
        season *= 1.05 if day >= pd.Timestamp("2024-07-01") else 1.0
        for _ in range(rng.poisson(24 * season)):
            receipt += 1
            open_h, close_h = (11, 16) if day.day_of_week == 6 else (9, 17)
            time = f"{int(rng.integers(open_h, close_h)):02d}:{int(rng.integers(0, 60)):02d}"
            refund = rng.random() < 0.018
            lines = 1 if refund else 1 + rng.poisson(0.45)
            member = rng.random() < 0.22
            for _ in range(lines):
                isbn, title, cat, price = catalogue[rng.choice(len(catalogue), p=popularity)]
                qty = -1 if refund else int(1 + (rng.random() < 0.09) + (rng.random() < 0.02))
                if rng.random() < 0.04:
                    disc = 50
                elif member:
                    disc = 10
                elif rng.random() < 0.03:
                    disc = 20
                else:
                    disc = 0
                rows.append((f"R{receipt:06d}", day, time, isbn, title, cat, qty, price, disc))
    frame = pd.DataFrame(
        rows,
        columns=[
            "receipt_no",
            "till_date",
            "till_time",
            "isbn",
            "title",
            "category",
            "qty",
            "unit_price_gbp",
            "discount_pct",
        ],
    )
    frame["till_date"] = frame["till_date"].dt.strftime("%Y-%m-%d")
    frame["payment"] = np.where(rng.random(len(frame)) < 0.83, "CARD", "CASH")
    _blank(rng, frame, "category", 31)
    return frame


# ---------------------------------------------------------------- kayak and canoe hire
def kayak() -> pd.DataFrame:
    rng = np.random.default_rng(27003)
    crafts = ["Single Kayak", "Tandem Kayak", "Open Canoe", "Paddleboard"]
    craft_p = [0.38, 0.22, 0.24, 0.16]
    rate = {"Single Kayak": 18, "Tandem Kayak": 28, "Open Canoe": 30, "Paddleboard": 20}
    deposit = {"Single Kayak": 50, "Tandem Kayak": 75, "Open Canoe": 100, "Paddleboard": 50}
    rows = []
    for year in (2023, 2024):
        for day in pd.date_range(f"{year}-04-01", f"{year}-10-31", freq="D"):
            base = 30 if day.day_of_week >= 5 else 11
            base *= {4: 0.6, 5: 0.9, 6: 1.2, 7: 1.8, 8: 1.9, 9: 1.0, 10: 0.55}[day.month]
            base *= 1.1 if year == 2024 else 1.0
            bad_day = rng.random() < (0.09 if day.month in (4, 10) else 0.04)
            for _ in range(rng.poisson(base)):
                craft = crafts[rng.choice(4, p=craft_p)]
                hours = int(rng.choice([1, 2, 3, 4, 8], p=[0.2, 0.38, 0.2, 0.12, 0.1]))
                start_h = int(rng.integers(9, 18 - min(hours, 8))) if hours < 8 else 9
                start = day + pd.Timedelta(hours=start_h, minutes=int(rng.choice([0, 30])))
                hourly = rate[craft] + (2 if year == 2024 else 0)
                fee = hourly * 4.5 if hours == 8 else hourly * hours
                status = "Returned"
                if bad_day or rng.random() < 0.012:
                    status = "Weather-cancelled"
                elif rng.random() < 0.025:
                    status = "No-show"
                late = 0
                damage = 0.0
                if status == "Returned":
                    late = int(rng.choice([0, 0, 0, 0, 0, 0, 15, 30, 45]))
                    if rng.random() < 0.035:
                        damage = float(rng.choice([15, 25, 40, 60, 85, 120, 180]))
                end = start + pd.Timedelta(hours=hours, minutes=late)
                rows.append(
                    (
                        start,
                        end if status == "Returned" else None,
                        craft,
                        int(rng.choice([1, 2, 3], p=[0.5, 0.4, 0.1]))
                        if craft in ("Tandem Kayak", "Open Canoe")
                        else 1,
                        hours,
                        rng.choice(["Online", "Walk-in", "Phone"], p=[0.58, 0.3, 0.12]),
                        deposit[craft],
                        float(fee) if status != "Weather-cancelled" else 0.0,
                        damage,
                        status,
                    )
                )
    frame = pd.DataFrame(
        rows,
        columns=[
            "hire_start",
            "hire_end",
            "craft_type",
            "paddlers",
            "hours",
            "channel",
            "deposit_gbp",
            "hire_fee_gbp",
            "damage_charge_gbp",
            "status",
        ],
    )
    frame = frame.sort_values("hire_start", kind="stable").reset_index(drop=True)
    frame.loc[frame["craft_type"] == "Single Kayak", "paddlers"] = 1
    frame.loc[frame["craft_type"] == "Paddleboard", "paddlers"] = 1
    frame.insert(0, "hire_id", [f"KH-{n:05d}" for n in range(1, len(frame) + 1)])
    frame["hire_start"] = frame["hire_start"].dt.strftime("%Y-%m-%d %H:%M")
    frame["hire_end"] = pd.to_datetime(frame["hire_end"]).dt.strftime("%Y-%m-%d %H:%M")
    _blank(rng, frame, "hire_end", 11, frame["status"] == "Returned")
    _blank(rng, frame, "channel", 24)
    return frame


# ---------------------------------------------------------------- wedding photographer
def wedding() -> pd.DataFrame:
    rng = np.random.default_rng(27004)
    packages = {"ELP": 650, "HALF": 1150, "FULL": 1750, "FULL-ALB": 2300, "LUX": 2950}
    pack_p = [0.10, 0.22, 0.36, 0.22, 0.10]
    counties = ["Devon", "Cornwall", "Somerset", "Dorset", "Wiltshire"]
    county_miles = {"Devon": 30, "Cornwall": 110, "Somerset": 70, "Dorset": 90, "Wiltshire": 130}
    export = pd.Timestamp("2025-06-30")
    rows = []
    bookings = pd.date_range("2022-01-04", "2025-06-27", freq="D")
    for day in bookings:
        p = 0.55 if day.month in (1, 2) else 0.32
        if rng.random() > p:
            continue
        # the wedding: 4-22 months on, in the season, mostly on a Saturday
        wed = day + pd.Timedelta(days=int(rng.integers(120, 660)))
        while wed.month in (11, 12, 1, 2) and rng.random() < 0.8:
            wed += pd.Timedelta(days=int(rng.integers(30, 90)))
        target = int(rng.choice([5, 5, 5, 5, 5, 5, 4, 4, 6, 3]))
        wed += pd.Timedelta(days=(target - wed.day_of_week) % 7)
        code = list(packages)[rng.choice(5, p=pack_p)]
        price = packages[code] + (100 if day >= pd.Timestamp("2024-01-01") else 0)
        if code == "ELP":
            price = packages[code] + (50 if day >= pd.Timestamp("2024-01-01") else 0)
        county = counties[rng.choice(5, p=[0.42, 0.2, 0.16, 0.14, 0.08])]
        miles = int(max(4, county_miles[county] + rng.normal(0, 18))) * 2
        extras = float(rng.choice([0, 0, 0, 150, 250, 395], p=[0.3, 0.2, 0.1, 0.2, 0.12, 0.08]))
        mileage_charge = round(max(0, miles - 60) * 0.45, 2)
        deposit = 250 if code == "ELP" else 500
        total = price + extras + mileage_charge
        cancelled = rng.random() < 0.07
        if cancelled:
            status, balance = "Cancelled", 0.0
        elif wed > export:
            status, balance = "Booked", total - deposit
        else:
            delivered = wed + pd.Timedelta(days=42) <= export
            status = "Delivered" if delivered else "Shot"
            balance = total - deposit if rng.random() < 0.05 else 0.0
        rows.append(
            (day, wed, county, code, price, extras, miles, mileage_charge, deposit, balance, status)
        )
    frame = pd.DataFrame(
        rows,
        columns=[
            "booking_date",
            "wedding_date",
            "venue_county",
            "package_code",
            "package_price_gbp",
            "extras_gbp",
            "travel_miles",
            "mileage_charge_gbp",
            "deposit_paid_gbp",
            "balance_due_gbp",
            "status",
        ],
    )
    frame["balance_due_gbp"] = _money(frame["balance_due_gbp"])
    frame.insert(
        0,
        "booking_ref",
        [f"WP{d.year % 100:02d}-{i:04d}" for i, d in enumerate(frame["booking_date"], 1)],
    )
    old = frame["booking_date"] < pd.Timestamp("2024-01-01")
    frame["wedding_date"] = np.where(
        old,
        frame["wedding_date"].dt.strftime("%d/%m/%Y"),
        frame["wedding_date"].dt.strftime("%a %d %b %Y"),
    )
    frame["booking_date"] = frame["booking_date"].dt.strftime("%Y-%m-%d")
    _blank(rng, frame, "travel_miles", 6, frame["status"] != "Cancelled")
    frame.loc[frame["travel_miles"].isna(), "mileage_charge_gbp"] = 0.0
    return frame


# ---------------------------------------------------------------- sign-making shop (camelCase)
def signs() -> pd.DataFrame:
    rng = np.random.default_rng(27005)
    materials = {
        "ACM": (0.22, 62.0),
        "Foamex": (0.18, 38.0),
        "Correx": (0.14, 24.0),
        "Acrylic": (0.10, 95.0),
        "PVC Banner": (0.16, 18.0),
        "Vinyl Decal": (0.14, 30.0),
        "Aluminium": (0.06, 120.0),
    }
    names = list(materials)
    mat_p = np.array([materials[m][0] for m in names])
    trade_accounts = [f"TRD-{n:03d}" for n in range(1, 41)]
    trade_weight = rng.pareto(1.1, 40) + 0.3
    trade_weight /= trade_weight.sum()
    sizes = [
        (300, 200),
        (600, 400),
        (900, 600),
        (1200, 800),
        (2440, 1220),
        (1500, 500),
        (3000, 1000),
        (450, 300),
        (2000, 1000),
        (800, 800),
    ]
    rows = []
    retail_no = 0
    for day in pd.date_range("2024-01-02", "2025-03-31", freq="B"):
        if (day.month, day.day) in ((12, 25), (12, 26), (1, 1)):
            continue
        busy = {3: 1.2, 4: 1.25, 5: 1.2, 8: 0.75, 12: 0.7}.get(day.month, 1.0)
        for _ in range(rng.poisson(11 * busy)):
            trade = rng.random() < 0.46
            if trade:
                account = trade_accounts[rng.choice(40, p=trade_weight)]
            else:
                retail_no += 1
                account = f"RTL-{retail_no:04d}"
            mat = names[rng.choice(len(names), p=mat_p / mat_p.sum())]
            w, h = sizes[rng.integers(len(sizes))]
            if mat == "Vinyl Decal":
                w, h = w // 2, h // 2
            qty = int(rng.choice([1, 1, 1, 2, 2, 4, 5, 10, 20]))
            area = w * h / 1e6
            unit = max(12.0, area * materials[mat][1] * (1.12 if day.year == 2025 else 1.0))
            price = unit * qty + (35 if rng.random() < 0.3 else 0)
            if trade:
                price *= 0.8
            price = round(price, 2)
            install = "Y" if rng.random() < (0.12 if trade else 0.28) else "N"
            price = round(price + (85.0 if install == "Y" else 0.0), 2)
            rows.append(
                (day, "Trade" if trade else "Retail", account, mat, w, h, qty, price, install)
            )
    frame = pd.DataFrame(
        rows,
        columns=[
            "orderDate",
            "customerType",
            "accountCode",
            "material",
            "widthMm",
            "heightMm",
            "qty",
            "priceExVatGbp",
            "installReq",
        ],
    )
    frame["vatGbp"] = _money(frame["priceExVatGbp"] * 0.2)
    draw = rng.random(len(frame))
    late = frame["orderDate"] >= pd.Timestamp("2025-03-01")
    p_open = np.where(late, 0.35, np.where(frame["customerType"] == "Trade", 0.05, 0.01))
    frame["jobStatus"] = np.where(draw < p_open, "INVOICED", "PAID")
    frame.loc[draw > 0.97, "jobStatus"] = "VOID"
    frame.insert(0, "jobNo", [f"SG{n:05d}" for n in range(1, len(frame) + 1)])
    frame["orderDate"] = frame["orderDate"].dt.strftime("%Y-%m-%d")
    _blank(rng, frame, "installReq", 17)
    return frame


# ---------------------------------------------------------------- letting agent KPIs (long)
def letting() -> pd.DataFrame:
    rng = np.random.default_rng(27006)
    months = pd.period_range("2023-04", "2025-03", freq="M")
    branches = {"Abbeygate": 410, "Canal Wharf": 290, "Northfield": 355, "Priory Park": 120}
    kpis = [
        "units_managed",
        "rent_collected_gbp",
        "arrears_gbp",
        "void_days",
        "new_lets",
        "mgmt_fee_gbp",
    ]
    avg_rent = {"Abbeygate": 985, "Canal Wharf": 1240, "Northfield": 820, "Priory Park": 1090}
    rows = []
    units = dict(branches)
    arrears = {b: units[b] * avg_rent[b] * 0.025 for b in branches}
    for i, month in enumerate(months):
        live = [b for b in branches if b != "Priory Park" or month >= pd.Period("2024-01", "M")]
        values = {}
        for b in live:
            units[b] = int(units[b] + rng.integers(-3, 7) + (6 if b == "Priory Park" else 0))
            rent_due = units[b] * avg_rent[b] * (1 + 0.004 * i)
            collected = rent_due * rng.uniform(0.955, 0.99)
            arrears[b] = max(0.0, arrears[b] * 0.7 + (rent_due - collected) + rng.normal(0, 900))
            voids = int(units[b] * rng.uniform(0.6, 1.6) * (1.4 if month.month in (12, 1) else 1))
            lets = int(rng.poisson(units[b] * 0.035 * (1.5 if month.month in (8, 9) else 1)))
            values[b] = {
                "units_managed": units[b],
                "rent_collected_gbp": round(collected, 2),
                "arrears_gbp": round(arrears[b], 2),
                "void_days": voids,
                "new_lets": lets,
                "mgmt_fee_gbp": round(collected * (0.11 if b != "Canal Wharf" else 0.10), 2),
            }
        for kpi in kpis:
            for b in live:
                rows.append((str(month), b, kpi, values[b][kpi]))
            rows.append((str(month), "TOTAL", kpi, round(sum(values[b][kpi] for b in live), 2)))
    frame = pd.DataFrame(rows, columns=["month", "branch", "kpi", "value"])
    frame = frame.sort_values(["month", "kpi"], kind="stable").reset_index(drop=True)
    # three branch figures not reported (the TOTAL row still includes them)
    cand = (frame["branch"] != "TOTAL") & frame["kpi"].isin(["void_days", "new_lets"])
    _blank(rng, frame, "value", 3, cand)
    return frame


def main() -> None:
    _write(locksmith(), "locksmith_callout_log.csv")
    _write(bookshop(), "bookshop_till_lines.csv")
    _write(kayak(), "kayak_canoe_hires.csv")
    _write(wedding(), "wedding_photographer_bookings.csv")
    _write(signs(), "sign_shop_jobs.csv")
    _write(letting(), "letting_agent_kpis_long.csv")


if __name__ == "__main__":
    main()
