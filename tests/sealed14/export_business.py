"""Generate the six business tables of the fourteenth sealed set (fixed seeds, byte for byte
reproducible): golf tee times, tool-hire contracts, bakery wholesale rounds (wide), a
veterinary lab's monthly KPIs (long), taxi dispatch jobs and florist orders.

    python -m tests.sealed14.export_business
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tests.sealed14.cases import TABLES


def tee_times() -> pd.DataFrame:
    rng = np.random.default_rng(1401)
    n = 2600
    days = pd.date_range("2024-03-01", "2025-10-31", freq="D")
    month_weight = np.array([0.3, 0.4, 0.7, 1.0, 1.3, 1.5, 1.6, 1.5, 1.1, 0.8, 0.4, 0.3])
    w = month_weight[days.month - 1] * np.where(days.day_of_week >= 5, 1.8, 1.0)
    day = rng.choice(days, size=n, p=w / w.sum())
    minute = rng.integers(0, 11 * 6, size=n) * 10 + 7 * 60
    stamp = pd.to_datetime(day) + pd.to_timedelta(minute, unit="min")
    course = rng.choice(["Old Course", "Parkland", "Academy 9"], size=n, p=[0.45, 0.4, 0.15])
    stamp = pd.Series(stamp).sort_values().reset_index(drop=True)
    academy_ok = stamp >= pd.Timestamp("2024-09-01")
    course = np.where((course == "Academy 9") & ~academy_ok.to_numpy(), "Parkland", course)
    players = rng.choice([1, 2, 3, 4], size=n, p=[0.1, 0.3, 0.2, 0.4])
    member = rng.choice(["Y", "N"], size=n, p=[0.55, 0.45])
    base = np.select([course == "Old Course", course == "Parkland"], [48.0, 36.0], 18.0)
    weekend = stamp.dt.day_of_week.to_numpy() >= 5
    per_player = base * np.where(weekend, 1.25, 1.0) * np.where(member == "Y", 0.0, 1.0)
    fee = np.round(per_player * players, 2)
    status = rng.choice(["CONF", "CXL", "NOSHOW"], size=n, p=[0.84, 0.12, 0.04])
    buggy = rng.choice(["Y", "N"], size=n, p=[0.3, 0.7])
    via = rng.choice(["online", "phone", "pro_shop"], size=n, p=[0.6, 0.25, 0.15])
    return pd.DataFrame(
        {
            "booking_id": [f"TT{100000 + i}" for i in range(n)],
            "tee_time": stamp.dt.strftime("%Y-%m-%d %H:%M"),
            "course": course,
            "players": players,
            "member_booking": member,
            "green_fee_gbp": fee,
            "buggy_hire": buggy,
            "booked_via": via,
            "status": status,
        }
    )


def tool_hire() -> pd.DataFrame:
    rng = np.random.default_rng(1402)
    n = 1900
    cats = {
        "Mini digger": 95.0,
        "Cement mixer": 22.0,
        "Floor sander": 38.0,
        "Scaffold tower": 45.0,
        "Pressure washer": 28.0,
        "Breaker": 33.0,
        "Carpet cleaner": 25.0,
    }
    names = list(cats)
    cat = rng.choice(names, size=n, p=[0.08, 0.18, 0.12, 0.14, 0.2, 0.16, 0.12])
    depot = rng.choice(
        ["Leeds", "Bradford", "Wakefield", "Harrogate"], size=n, p=[0.35, 0.28, 0.22, 0.15]
    )
    days = pd.date_range("2023-01-02", "2025-06-30", freq="D")
    season = 1.0 + 0.5 * np.sin((days.day_of_year.to_numpy() - 80) / 365 * 2 * np.pi)
    trend = np.linspace(0.8, 1.3, len(days))
    w = season * trend * np.where(days.day_of_week == 6, 0.0, 1.0)
    out = pd.Series(pd.to_datetime(rng.choice(days, size=n, p=w / w.sum()))).sort_values()
    out = out.reset_index(drop=True)
    late = out < pd.Timestamp("2024-04-01")
    depot = np.where((depot == "Harrogate") & late.to_numpy(), "Leeds", depot)
    hire_days = rng.choice([1, 1, 2, 2, 3, 5, 7, 14], size=n)
    back = out + pd.to_timedelta(hire_days, unit="D")
    still_out = back > pd.Timestamp("2025-06-30")
    rate = np.array([cats[c] for c in cat]) * np.where(out.dt.year.to_numpy() >= 2025, 1.08, 1.0)
    rate = np.round(rate, 2)
    damage = np.where(rng.random(n) < 0.07, np.round(rng.uniform(15, 250, size=n), 2), np.nan)
    status = np.where(still_out, "OPEN", rng.choice(["RETURNED", "VOID"], size=n, p=[0.95, 0.05]))
    delivered = rng.choice(["Y", "N"], size=n, p=[0.25, 0.75])
    return pd.DataFrame(
        {
            "contractNo": [f"H-{23000 + i}" for i in range(n)],
            "depot": depot,
            "toolCategory": cat,
            "hireOut": out.dt.strftime("%d/%m/%Y"),
            "hireReturn": back.dt.strftime("%d/%m/%Y").where(~still_out, ""),
            "dailyRateGbp": rate,
            "damageChargeGbp": damage,
            "delivered": delivered,
            "contractStatus": status,
        }
    )


def bakery_rounds() -> pd.DataFrame:
    rng = np.random.default_rng(1403)
    days = pd.date_range("2024-01-01", "2025-09-30", freq="D")
    days = days[days.day_of_week < 6]
    rounds = ["R1 City", "R2 Coast", "R3 Valley", "R4 Airport"]
    rows = []
    for d in days:
        for r in rounds:
            if r == "R4 Airport" and d < pd.Timestamp("2024-11-04"):
                continue
            rows.append((d, r))
    frame = pd.DataFrame(rows, columns=["d", "round"])
    n = len(frame)
    scale = frame["round"].map(
        {"R1 City": 1.3, "R2 Coast": 1.0, "R3 Valley": 0.8, "R4 Airport": 1.1}
    )
    summer = 1.0 + 0.25 * np.sin((frame["d"].dt.day_of_year.to_numpy() - 100) / 365 * 2 * np.pi)
    sat = np.where(frame["d"].dt.day_of_week.to_numpy() == 5, 0.7, 1.0)
    k = scale.to_numpy() * summer * sat
    sour = rng.poisson(14 * k)
    rye = rng.poisson(6 * k)
    bag = rng.poisson(22 * k)
    pastry = rng.poisson(9 * k)
    returned = rng.binomial(sour + rye + bag + pastry, 0.06)
    drops = rng.poisson(11 * scale.to_numpy()) + 3
    km = np.round(
        frame["round"]
        .map({"R1 City": 38, "R2 Coast": 92, "R3 Valley": 120, "R4 Airport": 64})
        .to_numpy()
        * rng.uniform(0.9, 1.1, size=n),
        1,
    )
    value = np.round(sour * 31.5 + rye * 28.0 + bag * 19.2 + pastry * 42.0 - returned * 20.0, 2)
    return pd.DataFrame(
        {
            "Delivery Date": frame["d"].dt.strftime("%-d-%b-%y"),
            "Round": frame["round"],
            "Drops": drops,
            "Sourdough (trays)": sour,
            "Rye (trays)": rye,
            "Baguette (trays)": bag,
            "Pastry (trays)": pastry,
            "Trays Returned": returned,
            "Distance (km)": km,
            "Invoice Value (EUR)": value,
        }
    )


def vet_lab_kpis() -> pd.DataFrame:
    rng = np.random.default_rng(1404)
    rows = []
    for year in (2021, 2022, 2023, 2024):
        for month in range(1, 13):
            for lab, size in (("VL-N", 1.0), ("VL-S", 1.4), ("VL-E", 0.7)):
                if lab == "VL-E" and (year, month) < (2023, 4):
                    continue
                t = (year - 2021) * 12 + month
                season = 1.0 + 0.15 * np.cos((month - 4) / 12 * 2 * np.pi)
                samples = int(rng.poisson(1800 * size * season * (1 + 0.01 * t)))
                rejected = int(rng.binomial(samples, 0.025))
                tat = round(
                    float(rng.normal(30 - 0.15 * t, 2.0) * (1.1 if lab == "VL-E" else 1.0)), 1
                )
                revenue = round(samples * float(rng.uniform(21, 24)), 2)
                staff = round(float(12 * size + rng.normal(0, 0.8)), 1)
                rows += [
                    (year, month, lab, "SAMPLES_RCVD", samples),
                    (year, month, lab, "SAMPLES_REJ", rejected),
                    (year, month, lab, "TAT_HRS_AVG", tat),
                    (year, month, lab, "REV_EUR", revenue),
                    (year, month, lab, "STAFF_FTE", staff),
                ]
    return pd.DataFrame(rows, columns=["YEAR", "MONTH", "LAB", "KPI", "VALUE"])


def taxi_jobs() -> pd.DataFrame:
    rng = np.random.default_rng(1405)
    n = 5200
    days = pd.date_range("2024-07-01", "2025-06-30", freq="D")
    w = np.where(days.day_of_week >= 4, 1.5, 1.0) * np.where(days.month == 12, 1.4, 1.0)
    day = pd.Series(pd.to_datetime(rng.choice(days, size=n, p=w / w.sum())))
    hour_w = np.array([3, 2, 1, 0.5, 0.5, 1, 2, 4, 5, 3, 2, 2, 3, 3, 3, 4, 5, 6, 5, 4, 4, 5, 6, 5])
    hour = rng.choice(24, size=n, p=hour_w / hour_w.sum())
    minute = rng.integers(0, 60, size=n)
    order = np.lexsort((minute, hour, day.to_numpy()))
    day, hour, minute = day.iloc[order].reset_index(drop=True), hour[order], minute[order]
    zone = rng.choice(["Z1", "Z2", "Z3", "Z4", "APT"], size=n, p=[0.3, 0.25, 0.2, 0.15, 0.1])
    miles = np.round(
        np.where(zone == "APT", rng.uniform(8, 25, size=n), rng.gamma(2.0, 1.8, size=n) + 0.5), 1
    )
    night = (hour >= 22) | (hour < 6)
    fare = np.round((350 + miles * 210) * np.where(night, 1.5, 1.0)).astype(int)
    sts = rng.choice(["C", "X", "N"], size=n, p=[0.86, 0.1, 0.04])
    fare = np.where(sts == "C", fare, 0)
    tip = np.where((sts == "C") & (rng.random(n) < 0.35), rng.integers(1, 9, size=n) * 50, 0)
    drv = rng.choice([f"D{i:02d}" for i in range(1, 19)], size=n)
    acct = rng.choice(["Y", "N"], size=n, p=[0.2, 0.8])
    return pd.DataFrame(
        {
            "job_dt": day.dt.strftime("%m/%d/%Y"),
            "pu_tm": [f"{h:02d}:{m:02d}" for h, m in zip(hour, minute, strict=True)],
            "drv": drv,
            "zn": zone,
            "dist_mi": miles,
            "fare_c": fare,
            "tip_c": tip,
            "acct": acct,
            "sts": sts,
        }
    )


def florist_orders() -> pd.DataFrame:
    rng = np.random.default_rng(1406)
    n = 3100
    days = pd.date_range("2023-01-01", "2025-08-31", freq="D")
    w = np.ones(len(days))
    md = days.strftime("%m-%d")
    w[(md >= "02-07") & (md <= "02-14")] = 9.0
    w[(days.month == 3) & (days.day >= 20) | (days.month == 5) & (days.day <= 12)] *= 3.0
    w *= np.linspace(0.85, 1.2, len(days))
    day = pd.Series(pd.to_datetime(rng.choice(days, size=n, p=w / w.sum()))).sort_values()
    day = day.reset_index(drop=True)
    shop = rng.choice(["High St", "Station", "Market Hall"], size=n, p=[0.45, 0.35, 0.2])
    shop = np.where(
        (shop == "Market Hall") & (day < pd.Timestamp("2024-05-01")).to_numpy(), "High St", shop
    )
    occ = rng.choice(["BDY", "SYM", "WED", "ANN", "GEN"], size=n, p=[0.3, 0.15, 0.05, 0.15, 0.35])
    valentine = ((day.dt.month == 2) & (day.dt.day <= 14)).to_numpy()
    occ = np.where(valentine & (rng.random(n) < 0.8), "VAL", occ)
    stems = rng.integers(6, 36, size=n) + np.where(occ == "WED", 60, 0)
    price = np.round(stems * rng.uniform(2.2, 3.4, size=n) + 8, 2)
    delivered = rng.random(n) < 0.6
    fee = np.where(delivered, rng.choice([5.95, 7.95, 9.95], size=n), np.nan)
    status = rng.choice(["done", "refunded", "void"], size=n, p=[0.92, 0.03, 0.05])
    card = rng.choice(["Y", "N"], size=n, p=[0.7, 0.3])
    return pd.DataFrame(
        {
            "OrderRef": [f"FL-{5000 + i}" for i in range(n)],
            "OrderDate": day.dt.strftime("%Y-%m-%d"),
            "Shop": shop,
            "OccasionCode": occ,
            "Stems": stems,
            "Price": [f"${p:,.2f}" for p in price],
            "DeliveryFee": fee,
            "GiftCard": card,
            "Status": status,
        }
    )


BUILDERS = {
    "golf_tee_times.csv": tee_times,
    "tool_hire_contracts.csv": tool_hire,
    "bakery_wholesale_rounds.csv": bakery_rounds,
    "vet_lab_kpis.csv": vet_lab_kpis,
    "taxi_dispatch_jobs.csv": taxi_jobs,
    "florist_orders.csv": florist_orders,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build().to_csv(TABLES / name, index=False)


if __name__ == "__main__":
    main()
