"""Generate the six business tables of the thirteenth sealed set (byte for byte reproducible).

python -m tests.sealed13.export_business
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tests.sealed13.cases import TABLES


def marina_berth_rentals() -> pd.DataFrame:
    rng = np.random.default_rng(1301)
    rows = []
    start = pd.Timestamp("2022-01-01")
    for i in range(1400):
        day = start + pd.Timedelta(days=int(rng.integers(0, 1095)))
        pontoon = rng.choice(["A", "B", "C", "D"], p=[0.3, 0.3, 0.25, 0.15])
        if pontoon == "D" and day < pd.Timestamp("2023-05-01"):
            pontoon = "C"
        summer = day.month in (5, 6, 7, 8, 9)
        nights = int(rng.integers(1, 15 if summer else 30))
        loa = round(float(rng.uniform(6, 24)), 1)
        rate = 3.1 if summer else 2.2
        fee = round(loa * rate * nights * (1 + 0.12 * (day.year - 2022)), 2)
        shore = rng.random() < 0.6
        status = rng.choice(["CNF", "CXL", "NSH"], p=[0.88, 0.09, 0.03])
        rows.append(
            {
                "booking_ref": f"MB{10000 + i}",
                "arrival_date": day.strftime("%Y-%m-%d"),
                "departure_date": (day + pd.Timedelta(days=nights)).strftime("%Y-%m-%d"),
                "pontoon": pontoon,
                "vessel_type": rng.choice(["sail", "motor", "catamaran"], p=[0.5, 0.4, 0.1]),
                "loa_ft": loa,
                "berth_fee_gbp": fee,
                "shore_power_kwh": round(float(rng.uniform(5, 12)) * nights, 1) if shore else None,
                "visitor_flag": rng.choice(["Y", "N"], p=[0.7, 0.3]),
                "status": status,
            }
        )
    frame = pd.DataFrame(rows).sort_values(["arrival_date", "booking_ref"])
    return frame.reset_index(drop=True)


HOURLY = np.array([1, 1, 1, 1, 1, 2, 5, 9, 9, 6, 5, 5, 6, 5, 5, 6, 8, 9, 7, 5, 3, 2, 2, 1.0])


def fuel_pump_txns() -> pd.DataFrame:
    rng = np.random.default_rng(1302)
    rows = []
    start = pd.Timestamp("2024-01-01")
    grades = ["Unleaded95", "Super98", "Diesel", "AdBlue"]
    prices = {"Unleaded95": 1.72, "Super98": 1.89, "Diesel": 1.64, "AdBlue": 0.95}
    for i in range(4200):
        ts = start + pd.Timedelta(seconds=int(rng.integers(0, 366 * 86400)))
        hour = int(rng.choice(24, p=HOURLY / HOURLY.sum()))
        ts = ts.normalize() + pd.Timedelta(
            hours=hour, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60))
        )
        grade = rng.choice(grades, p=[0.5, 0.12, 0.33, 0.05])
        litres = round(float(rng.uniform(5, 70 if grade != "AdBlue" else 15)), 2)
        price = round(prices[grade] + 0.01 * ts.month / 3 + float(rng.normal(0, 0.02)), 3)
        rows.append(
            {
                "txnId": f"T{240000 + i}",
                "txnTimestamp": ts.strftime("%Y-%m-%d %H:%M:%S"),
                "pumpNo": int(rng.integers(1, 9)),
                "fuelGrade": grade,
                "litres": litres,
                "unitPriceEur": price,
                "amountEur": round(litres * price, 2),
                "paymentType": rng.choice(["card", "cash", "fleet"], p=[0.7, 0.15, 0.15]),
                "loyaltyCard": rng.choice(["Y", "N"], p=[0.35, 0.65]),
                "shopAddOnEur": round(float(rng.uniform(1, 25)), 2) if rng.random() < 0.3 else None,
                "txnStatus": rng.choice(["OK", "VOID"], p=[0.97, 0.03]),
            }
        )
    frame = pd.DataFrame(rows).sort_values("txnTimestamp")
    return frame.reset_index(drop=True)


def print_shop_jobs() -> pd.DataFrame:
    rng = np.random.default_rng(1303)
    rows = []
    start = pd.Timestamp("2023-01-02")
    kinds = {
        "Flyers": 0.06,
        "Posters": 0.9,
        "Business Cards": 0.04,
        "Booklets": 0.35,
        "Banners": 6.0,
    }
    for i in range(1300):
        day = start + pd.Timedelta(days=int(rng.integers(0, 700)))
        job = rng.choice(list(kinds), p=[0.3, 0.15, 0.25, 0.2, 0.1])
        if job == "Banners" and day < pd.Timestamp("2023-09-01"):
            job = "Posters"
        qty = (
            int(rng.choice([50, 100, 250, 500, 1000, 2500]))
            if job != "Banners"
            else int(rng.integers(1, 6))
        )
        rush = rng.random() < 0.2
        price = round(qty * kinds[job] * (1.25 if rush else 1) + 15, 2)
        hour = int(rng.integers(8, 19))
        ready = f"{hour:02d}:{int(rng.choice([0, 15, 30, 45])):02d}"
        rows.append(
            {
                "Job No": 5000 + i,
                "Order Date": day.strftime("%d/%m/%Y"),
                "Ready Time": ready,
                "Product": job,
                "Quantity": qty,
                "Paper Weight (gsm)": int(rng.choice([130, 170, 250, 350]))
                if job != "Banners"
                else None,
                "Price (EUR)": price,
                "Ink Cost (EUR)": round(price * float(rng.uniform(0.15, 0.35)), 2),
                "Rush (Y/N)": "Y" if rush else "N",
                "Customer Type": rng.choice(["Trade", "Retail", "Education"], p=[0.4, 0.45, 0.15]),
            }
        )
    frame = pd.DataFrame(rows)
    frame["Paper Weight (gsm)"] = frame["Paper Weight (gsm)"].astype("Int64")
    return frame


def laundromat_kpis() -> pd.DataFrame:
    rng = np.random.default_rng(1304)
    rows = []
    sites = {"Eastgate": 1.0, "Riverside": 1.3, "Old Town": 0.8, "Campus": 1.1}
    for year in (2021, 2022, 2023):
        for month in range(1, 13):
            for site, scale in sites.items():
                if site == "Campus" and (year, month) < (2022, 4):
                    continue
                trend = 1 + 0.06 * (year - 2021) + 0.005 * month
                season = 1.15 if month in (11, 12, 1, 2) else 0.95
                washes = int(scale * trend * season * rng.normal(2600, 150))
                dries = int(washes * rng.uniform(0.6, 0.8))
                hours = round(float(washes * 0.55 + dries * 0.7), 1)
                values = {
                    "washes": washes,
                    "dryer_cycles": dries,
                    "revenue_usd": round(washes * 4.25 + dries * 2.5, 2),
                    "machine_hours": hours,
                    "downtime_hours": round(float(rng.uniform(4, 60)), 1),
                }
                for kpi, value in values.items():
                    rows.append(
                        {"Year": year, "Month": month, "Site": site, "KPI": kpi, "Value": value}
                    )
    return pd.DataFrame(rows)


def dental_lab_cases() -> pd.DataFrame:
    rng = np.random.default_rng(1305)
    rows = []
    start = pd.Timestamp("2023-03-01")
    types = {"CRN": 180, "BRG": 520, "DEN": 640, "IMP": 900, "VEN": 260}
    for i in range(2100):
        day = start + pd.Timedelta(days=int(rng.integers(0, 640)))
        ctype = rng.choice(list(types), p=[0.4, 0.15, 0.15, 0.12, 0.18])
        units = (
            int(rng.integers(1, 4))
            if ctype in ("CRN", "VEN")
            else int(rng.integers(3, 7))
            if ctype == "BRG"
            else 1
        )
        turnaround = int(rng.integers(3, 15))
        remake = rng.random() < 0.07
        status = rng.choice(
            ["SHIPPED", "SHIPPED", "SHIPPED", "VOID", "OPEN"], p=[0.3, 0.3, 0.3, 0.05, 0.05]
        )
        shipped = day + pd.Timedelta(days=turnaround)
        rows.append(
            {
                "CASE_ID": f"DL-{70000 + i}",
                "RCVD_DT": day.strftime("%m/%d/%Y"),
                "SHIP_DT": shipped.strftime("%m/%d/%Y") if status == "SHIPPED" else None,
                "CLINIC": f"C{int(rng.integers(1, 13)):02d}",
                "CASE_TYPE": ctype,
                "UNITS": units,
                "MATERIAL": rng.choice(["ZIRC", "EMAX", "PFM", "ACRY"]),
                "FEE_USD": round(types[ctype] * units * float(rng.uniform(0.9, 1.1)), 2),
                "REMAKE_YN": "Y" if remake else "N",
                "STATUS": status,
            }
        )
    return pd.DataFrame(rows)


def car_wash_daily() -> pd.DataFrame:
    rng = np.random.default_rng(1306)
    rows = []
    for day in pd.date_range("2023-01-01", "2024-12-31"):
        for loc in ("HWY9", "MILL"):
            if loc == "MILL" and day < pd.Timestamp("2023-07-15"):
                continue
            weekend = day.day_of_week >= 5
            rain = round(float(rng.exponential(3)), 1) if rng.random() < 0.35 else 0.0
            base = (1.6 if weekend else 1.0) * (0.5 if rain > 5 else 1.0)
            base *= 1 + 0.3 * np.sin((day.day_of_year - 80) / 365 * 2 * np.pi)
            bsc = int(rng.poisson(60 * base))
            dlx = int(rng.poisson(35 * base))
            ult = int(rng.poisson(15 * base))
            mbr = int(rng.poisson(40 * base * (1 + 0.2 * (day.year - 2023))))
            rev = bsc * 1000 + dlx * 1600 + ult * 2400 + int(rng.integers(0, 5000))
            rows.append(
                {
                    "dt": day.strftime("%-d-%b-%y"),
                    "loc": loc,
                    "bsc": bsc,
                    "dlx": dlx,
                    "ult": ult,
                    "mbr": mbr,
                    "rev_c": rev,
                    "rain_mm": rain,
                    "stf_hrs": round(float(rng.uniform(16, 30)), 1),
                }
            )
    return pd.DataFrame(rows)


BUILDERS = {
    "marina_berth_rentals.csv": marina_berth_rentals,
    "fuel_pump_txns.csv": fuel_pump_txns,
    "print_shop_jobs.csv": print_shop_jobs,
    "laundromat_kpis.csv": laundromat_kpis,
    "dental_lab_cases.csv": dental_lab_cases,
    "car_wash_daily.csv": car_wash_daily,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build().to_csv(TABLES / name, index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
