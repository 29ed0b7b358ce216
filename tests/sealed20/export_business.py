"""Generate the BUSINESS half's six tables of the twentieth sealed set: invented operations of
small firms and public services in continental Europe (no real organisation or person).
numpy and pandas only, fixed seeds, so re-running writes the same bytes:

    .venv/bin/python tests/sealed20/export_business.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"


def days(start: str, end: str) -> pd.DatetimeIndex:
    return pd.date_range(start, end, freq="D")


def escooter_rides() -> pd.DataFrame:
    """An e-scooter sharing operator in five cities, one row per ride, 2022-2024."""
    rng = np.random.default_rng(2001)
    n = 46_000
    cities = np.array(["Lyon", "Torino", "Porto", "Gent", "Graz"])
    city = rng.choice(cities, n, p=[0.30, 0.24, 0.20, 0.14, 0.12])
    span = days("2022-01-01", "2024-12-31")
    # more rides in later years and in summer
    day_w = np.array(
        [
            (1 + 0.35 * (d.year - 2022))
            * (1 + 0.55 * np.sin((d.day_of_year - 100) / 365 * 2 * np.pi))
            for d in span
        ]
    )
    day = rng.choice(span, n, p=day_w / day_w.sum())
    hour_w = np.array(
        [
            1,
            0.6,
            0.4,
            0.3,
            0.3,
            0.5,
            1.5,
            3.5,
            5,
            3.5,
            2.8,
            3,
            3.6,
            3.4,
            3,
            3.3,
            4.2,
            5.5,
            5,
            4,
            3.2,
            2.6,
            2,
            1.4,
        ]
    )
    hour = rng.choice(24, n, p=hour_w / hour_w.sum())
    secs = rng.integers(0, 3600, n)
    start = pd.to_datetime(day) + pd.to_timedelta(hour, unit="h") + pd.to_timedelta(secs, unit="s")
    order = np.argsort(start.values, kind="stable")
    start = start[order]
    city = city[order]
    user = rng.choice(["SUB", "PAYG", "TOUR"], n, p=[0.38, 0.52, 0.10])
    dist = np.round(rng.gamma(2.2, 1.05, n) + 0.2 + (user == "TOUR") * rng.gamma(2, 1.2, n), 2)
    speed = rng.normal(13.5, 2.5, n).clip(6, 22)  # km/h
    dur = np.round(dist / speed * 60 + rng.gamma(1.5, 1.2, n), 1)
    unlock = np.where(user == "SUB", 0.0, 1.0)
    per_min = {"Lyon": 0.25, "Torino": 0.22, "Porto": 0.19, "Gent": 0.24, "Graz": 0.21}
    rate = np.array([per_min[c] for c in city])
    rate = np.where(user == "SUB", rate * 0.6, rate)
    fare = np.round(unlock + rate * np.ceil(dur), 2)
    discount = np.where(
        rng.random(n) < 0.08, np.round(fare * rng.choice([0.2, 0.5, 1.0], n), 2), 0.0
    )
    status = rng.choice(["OK", "PARKFINE", "DMG", "LOWBAT"], n, p=[0.93, 0.03, 0.01, 0.03])
    bat_start = rng.integers(25, 101, n)
    used = np.ceil(dist * rng.uniform(1.6, 2.6, n)).astype(int)
    bat_end = np.clip(bat_start - used, 1, 100)
    rating = rng.choice([1, 2, 3, 4, 5], n, p=[0.04, 0.06, 0.15, 0.35, 0.40]).astype(float)
    rating[rng.random(n) < 0.62] = np.nan
    vehicle = np.array(
        [f"{c[:2].upper()}-{v:04d}" for c, v in zip(city, rng.integers(1, 420, n), strict=True)]
    )
    df = pd.DataFrame(
        {
            "ride_id": [f"R{i:06d}" for i in range(1, n + 1)],
            "start_time": start.strftime("%Y-%m-%d %H:%M:%S"),
            "city": city,
            "vehicle_id": vehicle,
            "user_type": user,
            "distance_km": dist,
            "duration_min": dur,
            "fare_eur": fare,
            "discount_eur": discount,
            "battery_start_pct": bat_start,
            "battery_end_pct": bat_end,
            "end_status": status,
            "rating": rating,
        }
    )
    return df


def language_school() -> pd.DataFrame:
    """A language school with five branches in Austria, one row per course enrolment."""
    rng = np.random.default_rng(2002)
    n = 6_400
    branches = ["Wien-Mariahilf", "Wien-Favoriten", "Linz", "Salzburg", "Graz"]
    branch = rng.choice(branches, n, p=[0.28, 0.18, 0.2, 0.19, 0.15])
    span = days("2021-09-01", "2024-08-31")
    month_w = {
        1: 1.4,
        2: 1.2,
        3: 1.0,
        4: 0.9,
        5: 0.7,
        6: 0.5,
        7: 0.6,
        8: 0.8,
        9: 1.8,
        10: 1.5,
        11: 1.0,
        12: 0.4,
    }
    w = np.array([month_w[d.month] * (0.85 if d.day_of_week >= 5 else 1.0) for d in span])
    date = pd.DatetimeIndex(np.sort(rng.choice(span, n, p=w / w.sum())))
    lang = rng.choice(
        ["German", "English", "Spanish", "Italian", "French", "Japanese"],
        n,
        p=[0.34, 0.26, 0.14, 0.1, 0.1, 0.06],
    )
    level = rng.choice(["A1", "A2", "B1", "B2", "C1"], n, p=[0.3, 0.24, 0.22, 0.16, 0.08])
    fmt = rng.choice(["GRP", "1TO1", "ONL"], n, p=[0.6, 0.15, 0.25])
    hours = np.where(
        fmt == "1TO1",
        rng.choice([10, 15, 20], n),
        rng.choice([24, 30, 40, 48], n, p=[0.2, 0.35, 0.3, 0.15]),
    )
    per_hour = np.where(fmt == "1TO1", 54.0, np.where(fmt == "ONL", 11.5, 14.0))
    per_hour = per_hour * np.where(lang == "Japanese", 1.2, 1.0) * (1 + 0.04 * (date.year - 2021))
    fee = np.round(hours * per_hour, 2)
    disc = rng.choice([0, 0, 0, 0, 5, 10, 15], n).astype(float)
    disc[rng.random(n) < 0.05] = np.nan
    status = rng.choice(["C", "D", "N", "X"], n, p=[0.78, 0.11, 0.04, 0.07])
    attended = np.where(
        status == "C",
        np.round(hours * rng.uniform(0.75, 1.0, n)),
        np.where(status == "D", np.round(hours * rng.uniform(0.1, 0.6, n)), 0),
    ).astype(float)
    attended[status == "X"] = np.nan
    exam = np.round(rng.normal(72, 12, n).clip(20, 100)).astype(float)
    exam[(status != "C") | (rng.random(n) < 0.45)] = np.nan
    age = rng.choice(["<18", "18-25", "26-40", "41-60", "60+"], n, p=[0.12, 0.3, 0.33, 0.19, 0.06])
    return pd.DataFrame(
        {
            "EnrolmentID": [f"E{21000 + i}" for i in range(n)],
            "EnrolDate": date.strftime("%d.%m.%Y"),
            "Branch": branch,
            "Language": lang,
            "Level": level,
            "Format": fmt,
            "AgeGroup": age,
            "LessonHours": hours,
            "AttendedHours": attended,
            "CourseFeeEUR": fee,
            "DiscountPct": disc,
            "Status": status,
            "ExamScore": exam,
        }
    )


def solar_installs() -> pd.DataFrame:
    """A solar panel installer in Bavaria, one row per signed contract, 2021-2024."""
    rng = np.random.default_rng(2003)
    n = 1_850
    region = rng.choice(
        ["München", "Augsburg", "Regensburg", "Nürnberg", "Ingolstadt", "Landshut"],
        n,
        p=[0.26, 0.17, 0.14, 0.19, 0.13, 0.11],
    )
    span = days("2021-01-04", "2024-12-20")
    span = span[span.day_of_week < 5]
    w = np.array([1 + 0.3 * (d.year - 2021) + 0.3 * (3 <= d.month <= 8) for d in span])
    signed = pd.DatetimeIndex(np.sort(rng.choice(span, n, p=w / w.sum())))
    ctype = rng.choice(["PRIV", "COMM", "AGRI"], n, p=[0.74, 0.16, 0.10])
    size = np.where(
        ctype == "PRIV",
        rng.gamma(6, 1.5, n) + 3,
        np.where(ctype == "COMM", rng.gamma(4, 12, n) + 15, rng.gamma(5, 10, n) + 20),
    )
    size = np.round(size, 2)
    panel_w = rng.choice([400, 420, 440], n)
    panels = np.ceil(size * 1000 / panel_w).astype(int)
    roof = np.round(panels * rng.uniform(1.9, 2.3, n), 1)
    battery = np.where(
        rng.random(n) < np.where(ctype == "PRIV", 0.55, 0.25),
        rng.choice([5.0, 7.5, 10.0, 15.0], n),
        np.nan,
    )
    price_kwp = rng.normal(1650, 120, n) - 350 * (ctype != "PRIV") - 40 * (signed.year - 2021)
    price = np.round(size * price_kwp + np.nan_to_num(battery) * 620, 2)
    subsidy = np.where(
        (ctype == "PRIV") & (rng.random(n) < 0.4), np.round(np.minimum(price * 0.1, 3000), 2), 0.0
    )
    status = rng.choice(["DONE", "SNAG", "CANC", "OPEN"], n, p=[0.8, 0.09, 0.07, 0.04])
    status = np.where((signed > pd.Timestamp("2024-10-15")) & (rng.random(n) < 0.7), "OPEN", status)
    lead = rng.gamma(3, 14, n).round().astype(int) + 10
    install = signed + pd.to_timedelta(lead, unit="D")
    install_s = pd.Series(install.strftime("%Y-%m-%d"))
    install_s[np.isin(status, ["CANC", "OPEN"])] = np.nan
    hrs = np.round(size * rng.uniform(1.6, 2.4, n) + 6 + np.where(np.isnan(battery), 0, 4), 1)
    hrs = np.where(np.isin(status, ["CANC", "OPEN"]), np.nan, hrs)
    yield_est = np.round(size * rng.normal(1010, 60, n)).astype(int)
    return pd.DataFrame(
        {
            "Job No": [f"PV-{j:05d}" for j in range(10001, 10001 + n)],
            "Region": region,
            "Customer Type": ctype,
            "Contract Date": signed.strftime("%Y-%m-%d"),
            "Install Date": install_s,
            "System Size (kWp)": size,
            "Panels": panels,
            "Roof Area (m2)": roof,
            "Battery (kWh)": battery,
            "Price (€)": price,
            "Subsidy (€)": subsidy,
            "Install Hours": hrs,
            "Yield Est (kWh/yr)": yield_est,
            "Status": status,
        }
    )


def winery_orders() -> pd.DataFrame:
    """A family winery in Piemonte: cellar-door sales, web shop, trade and export orders."""
    rng = np.random.default_rng(2004)
    n = 11_500
    ym = [(y, m) for y in range(2021, 2025) for m in range(1, 13)]
    wmon = np.array(
        [
            (1 + 0.1 * (y - 2021)) * (1.8 if m in (9, 10, 12) else 0.6 if m in (1, 2) else 1.0)
            for y, m in ym
        ]
    )
    pick = rng.choice(len(ym), n, p=wmon / wmon.sum())
    pick = np.sort(pick)
    year = np.array([ym[i][0] for i in pick])
    month = np.array([ym[i][1] for i in pick])
    channel = rng.choice(["CD", "WEB", "TRADE", "EXP"], n, p=[0.42, 0.30, 0.18, 0.10])
    country = np.where(
        channel == "EXP",
        rng.choice(["Germany", "Switzerland", "Netherlands", "Belgium", "Austria", "Denmark"], n),
        np.where(
            channel == "CD",
            "Italy",
            rng.choice(["Italy", "Italy", "Italy", "Germany", "Switzerland"], n),
        ),
    )
    wines = np.array(["Barbera", "Dolcetto", "Nebbiolo", "Barolo", "Arneis", "Moscato"])
    price = {
        "Barbera": 14.0,
        "Dolcetto": 11.5,
        "Nebbiolo": 21.0,
        "Barolo": 46.0,
        "Arneis": 13.0,
        "Moscato": 12.5,
    }
    wine = rng.choice(wines, n, p=[0.25, 0.18, 0.17, 0.12, 0.14, 0.14])
    bottles = np.where(
        channel == "CD",
        rng.choice([1, 2, 3, 6, 12], n, p=[0.25, 0.25, 0.2, 0.22, 0.08]),
        np.where(
            channel == "WEB",
            rng.choice([6, 12], n, p=[0.7, 0.3]),
            rng.choice([24, 36, 60, 120, 240], n),
        ),
    )
    unit = np.array([price[w] for w in wine]) * np.where(
        np.isin(channel, ["TRADE", "EXP"]), 0.62, 1.0
    )
    unit = unit * (1 + 0.03 * (year - 2021))
    net = np.round(bottles * unit, 2)
    ship = np.where(
        channel == "CD", np.nan, np.round(8 + bottles * np.where(channel == "EXP", 1.1, 0.6), 2)
    )
    weight = np.round(bottles * 1.35, 1)
    vintage = year - np.where(
        wine == "Barolo", rng.choice([4, 5, 6], n), rng.choice([1, 2, 3], n, p=[0.5, 0.35, 0.15])
    )
    returned = rng.choice(["", "BRK", "CORK", "RET"], n, p=[0.965, 0.015, 0.008, 0.012])
    df = pd.DataFrame(
        {
            "Year": year,
            "Month": month,
            "order_ref": [f"W{y % 100}-{i:05d}" for i, y in enumerate(year, start=1)],
            "channel": channel,
            "country": country,
            "wine": wine,
            "vintage": vintage,
            "bottles": bottles,
            "net_eur": net,
            "shipping_eur": ship,
            "weight_kg": weight,
            "issue_code": returned,
        }
    )
    df.loc[df["issue_code"] == "", "issue_code"] = np.nan
    return df


def kennel_kpis() -> pd.DataFrame:
    """Monthly KPIs of a pet boarding kennel chain's four sites, long format."""
    rng = np.random.default_rng(2005)
    sites = {"Utrecht": 42, "Haarlem": 30, "Antwerpen": 36, "Brugge": 24}  # runs (places)
    periods = pd.period_range("2022-01", "2024-12", freq="M")
    rows = []
    for p in periods:
        season = (
            1 + 0.45 * np.cos((p.month - 7.5) / 12 * 2 * np.pi) + (0.35 if p.month == 12 else 0)
        )
        for site, runs in sites.items():
            cap = runs * p.days_in_month
            occ = float(
                np.clip(
                    0.5 * season * rng.uniform(0.85, 1.1) * (1 + 0.06 * (p.year - 2022)), 0.15, 0.98
                )
            )
            nights = int(round(cap * occ))
            price = {"Utrecht": 34.0, "Haarlem": 36.5, "Antwerpen": 31.0, "Brugge": 32.5}[site] * (
                1 + 0.05 * (p.year - 2022)
            )
            revenue = round(nights * price * rng.uniform(0.97, 1.03) + rng.uniform(300, 1500), 2)
            bookings = int(round(nights / rng.uniform(5.2, 7.5)))
            no_shows = int(rng.binomial(bookings, 0.035))
            new_clients = int(rng.binomial(bookings, 0.22))
            staff_hours = round(nights * rng.uniform(0.55, 0.7) + 300, 1)
            complaints = int(rng.poisson(1.2 + nights / 900))
            vals = {
                "capacity_nights": cap,
                "nights_booked": nights,
                "bookings": bookings,
                "no_shows": no_shows,
                "new_clients": new_clients,
                "revenue_eur": revenue,
                "staff_hours": staff_hours,
                "complaints": complaints,
            }
            for kpi, v in vals.items():
                rows.append((str(p), site, kpi, v))
    df = pd.DataFrame(rows, columns=["period", "site", "kpi", "value"])
    # a few missing reports (the site did not send the figure)
    missing = rng.choice(len(df), 14, replace=False)
    ok = df.index[~df["kpi"].isin(["capacity_nights", "nights_booked", "revenue_eur"])]
    df.loc[np.intersect1d(missing, ok), "value"] = np.nan
    return df


def gate_log() -> pd.DataFrame:
    """A container terminal's truck gate log (an invented terminal at Rotterdam), 2023-2024."""
    rng = np.random.default_rng(2006)
    n = 16_000
    span = days("2023-01-02", "2024-12-31")
    span = span[span.day_of_week < 6]
    w = np.where(span.day_of_week == 5, 0.35, 1.0)
    day = pd.DatetimeIndex(np.sort(rng.choice(span, n, p=w / w.sum())))
    hour = rng.choice(np.arange(5, 23), n)
    minute = rng.integers(0, 60, n)
    gate_in = day + pd.to_timedelta(hour, unit="h") + pd.to_timedelta(minute, unit="m")
    order = np.argsort(gate_in.values, kind="stable")
    gate_in = gate_in[order]
    move = rng.choice(["IMP", "EXP", "MTY-IN", "MTY-OUT"], n, p=[0.36, 0.34, 0.15, 0.15])
    size = rng.choice([20, 40, 45], n, p=[0.38, 0.54, 0.08])
    empty = np.isin(move, ["MTY-IN", "MTY-OUT"])
    tare = np.where(size == 20, 2200, np.where(size == 40, 3750, 4800))
    cargo = np.where(
        empty, 0, np.round(rng.uniform(3000, 24000, n) * np.where(size == 20, 0.8, 1.0))
    )
    gross = (tare + cargo).astype(float)
    gross[rng.random(n) < 0.03] = np.nan
    reefer = np.where(rng.random(n) < 0.12, "Y", "N")
    hold = np.where((move == "IMP") & (rng.random(n) < 0.06), "Y", "N")
    turn = np.round(
        rng.gamma(4, 9, n) + 12 + np.where(hold == "Y", 35, 0) + np.where(reefer == "Y", 8, 0), 0
    )
    haulier = rng.choice(
        [
            "Van Dijk Transport",
            "Trans-Rhein GmbH",
            "Maas Logistics",
            "Duisport Trucking",
            "Flandria Cargo",
            "Sloe Haulage",
        ],
        n,
        p=[0.24, 0.2, 0.18, 0.14, 0.14, 0.10],
    )
    origin = rng.choice(
        ["Rotterdam", "Venlo", "Duisburg", "Antwerpen", "Tilburg", "Eindhoven", "Köln", "Utrecht"],
        n,
        p=[0.3, 0.12, 0.12, 0.1, 0.1, 0.1, 0.08, 0.08],
    )
    km = {
        "Rotterdam": 18,
        "Venlo": 175,
        "Duisburg": 230,
        "Antwerpen": 105,
        "Tilburg": 95,
        "Eindhoven": 125,
        "Köln": 265,
        "Utrecht": 70,
    }
    dist = np.round(np.array([km[o] for o in origin]) * rng.uniform(0.9, 1.15, n), 0)
    return pd.DataFrame(
        {
            "VisitId": [f"GV{i:06d}" for i in range(1, n + 1)],
            "GateIn": gate_in.strftime("%Y-%m-%d %H:%M"),
            "GateLane": rng.choice(["L1", "L2", "L3", "L4", "L5", "L6"], n),
            "Haulier": haulier,
            "OriginCity": origin,
            "MoveType": move,
            "ContainerFt": size,
            "GrossWeightKg": gross,
            "Reefer": reefer,
            "CustomsHold": hold,
            "TurnTimeMin": turn,
            "RoadDistanceKm": dist,
        }
    )


def main() -> None:
    OUT.mkdir(exist_ok=True)
    tables = {
        "escooter_rides.csv": escooter_rides(),
        "language_school_enrolments.csv": language_school(),
        "solar_installer_contracts.csv": solar_installs(),
        "winery_orders.csv": winery_orders(),
        "kennel_site_kpis.csv": kennel_kpis(),
        "container_gate_log.csv": gate_log(),
    }
    for name, frame in tables.items():
        frame.to_csv(OUT / name, index=False, lineterminator="\n")
        sys.stdout.write(f"{name} {frame.shape}\n")


if __name__ == "__main__":
    main()
