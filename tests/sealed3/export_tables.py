"""Writes the third sealed set's tables to tests/sealed3/tables/ (run once; the CSVs are
committed).

    python -m tests.sealed3.export_tables --vega DIR --plotnine DIR --plotly DIR

Each DIR is a downloaded PyPI package, unpacked (`pip download --no-deps NAME`, then unzip the
wheel), given as the folder holding its data files:
  --vega      vega_datasets/_data              (vega_datasets 0.9.0 wheel)
  --plotnine  plotnine/data                    (plotnine 0.15.9 wheel)
  --plotly    plotly/package_data/datasets     (plotly 7.1.0 wheel)
Four business tables are generated with numpy at fixed seeds. The app never imports this.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


# --- tables from packages ------------------------------------------------------------------


def stocks(directory: Path) -> pd.DataFrame:
    """Monthly closing prices of five tech stocks, 2000–2010 (dates like `Jan 1 2000`)."""
    return pd.read_csv(directory / "stocks.csv")


def diamonds(directory: Path) -> pd.DataFrame:
    """A fixed 12,000-row sample of ggplot2's diamonds, in the original row order."""
    frame = pd.read_csv(directory / "diamonds.csv")
    return frame.sample(n=12000, random_state=1953).sort_index().reset_index(drop=True)


def msleep(directory: Path) -> pd.DataFrame:
    """Sleep times and weights (kg) of 83 mammals."""
    return pd.read_csv(directory / "msleep.csv")


def meat(directory: Path) -> pd.DataFrame:
    """US monthly red meat and poultry production (million lb), 1944–2023."""
    return pd.read_csv(directory / "meat.csv")


def midwest(directory: Path) -> pd.DataFrame:
    """Demographics of 437 Midwest counties (2000 US census)."""
    return pd.read_csv(directory / "midwest.csv")


def gapminder(directory: Path) -> pd.DataFrame:
    """Gapminder's life expectancy, population and GDP per capita, 1952–2007, five-yearly."""
    frame = pd.read_csv(directory / "gapminder.csv.gz")
    return frame.drop(columns=["centroid_lon", "centroid_lat"])


def tips(directory: Path) -> pd.DataFrame:
    """One waiter's 244 restaurant bills and tips."""
    return pd.read_csv(directory / "tips.csv.gz")


# --- generated business tables -------------------------------------------------------------


def hotel_reservations() -> pd.DataFrame:
    """A four-hotel group's reservation export, arrivals March 2022 – October 2024, with
    day.month.year dates and camelCase names; cancelled and no-show stays stay in."""
    rng = np.random.default_rng(240611)
    hotels = {"AMS-CTR": 1.25, "AMS-ZD": 1.0, "LIS-BX": 0.9, "PRG-OT": 0.75}
    rooms = {"STD": (1.0, 0.5), "SUP": (1.3, 0.27), "DLX": (1.7, 0.17), "STE": (2.8, 0.06)}
    n = 5200
    first, last = pd.Timestamp("2022-03-01"), pd.Timestamp("2024-10-31")
    span = (last - first).days + 1
    # arrivals lean towards summer and towards Thursdays–Saturdays
    days = first + pd.to_timedelta(np.arange(span), unit="D")
    weight = 1.0 + 0.45 * np.sin((days.day_of_year.values - 100) / 365.25 * 2 * np.pi)
    weight *= np.array([0.8, 0.75, 0.85, 1.1, 1.4, 1.3, 0.8])[days.day_of_week.values]
    arrival = days[rng.choice(span, n, p=weight / weight.sum())]
    arrival = arrival.sort_values()
    lead = np.minimum(rng.gamma(1.6, 24.0, n).astype(int), 330)
    booked = arrival - pd.to_timedelta(lead, unit="D")
    hotel = rng.choice(list(hotels), n, p=[0.32, 0.24, 0.26, 0.18])
    room = rng.choice(list(rooms), n, p=[v[1] for v in rooms.values()])
    channel = rng.choice(
        ["OTA", "Direct", "Corporate", "Travel agent"], n, p=[0.46, 0.3, 0.14, 0.1]
    )
    nights = 1 + rng.poisson(np.where(channel == "Corporate", 0.9, 1.8), n)
    adults = np.where(channel == "Corporate", 1, rng.choice([1, 2, 2, 2, 3], n))
    children = np.where(
        (room == "STE") | (room == "DLX"), rng.choice([0, 0, 1, 2], n), rng.choice([0, 0, 0, 1], n)
    )
    children = np.where(channel == "Corporate", 0, children)
    season = 1.0 + 0.3 * np.sin((arrival.day_of_year.values - 100) / 365.25 * 2 * np.pi)
    growth = 1.0 + 0.06 * (arrival.year.values - 2022)
    rate = (
        118.0
        * np.array([hotels[h] for h in hotel])
        * np.array([rooms[r][0] for r in room])
        * season
        * growth
        * rng.uniform(0.88, 1.12, n)
    )
    rate = np.where(channel == "Corporate", rate * 0.85, rate).round(2)
    cancel_p = np.where(channel == "OTA", 0.24, np.where(channel == "Direct", 0.1, 0.14))
    u = rng.random(n)
    status = np.where(u < cancel_p, "cancelled", np.where(u < cancel_p + 0.03, "no-show", "stayed"))
    country = rng.choice(
        ["NL", "DE", "GB", "US", "FR", "PT", "CZ", "ES", "IT", "BE"],
        n,
        p=[0.16, 0.17, 0.15, 0.13, 0.09, 0.08, 0.06, 0.06, 0.05, 0.05],
    ).astype(object)
    country[rng.random(n) < 0.06] = None
    frame = pd.DataFrame(
        {
            "resId": [f"R{700001 + i}" for i in range(n)],
            "hotelCode": hotel,
            "bookedOn": booked.strftime("%d.%m.%Y"),
            "arrivalDate": arrival.strftime("%d.%m.%Y"),
            "nights": nights,
            "adults": adults,
            "children": children,
            "roomType": room,
            "ratePerNight_EUR": rate,
            "channel": channel,
            "status": status,
            "guestCountry": country,
            "specialRequests": rng.choice([0, 0, 0, 1, 1, 2, 3], n),
        }
    )
    return frame


def crop_trials() -> pd.DataFrame:
    """A farm group's plot records, seasons 2014–2023: units in the column names,
    month/day/year dates, failed plots with no harvest or yield."""
    rng = np.random.default_rng(770301)
    farms = ["Hollow Creek", "Ridgeway", "Millbrook", "Stonefield", "Westmoor"]
    crops = {
        # crop: (yield t/ha, sow month, sow day spread, days to harvest, price EUR/t, N kg/ha)
        "winter wheat": (8.2, 10, 25, 290, 205.0, 190),
        "spring barley": (6.1, 3, 25, 140, 180.0, 120),
        "maize": (10.4, 4, 20, 165, 190.0, 170),
        "oilseed rape": (3.6, 8, 25, 330, 430.0, 200),
        "sugar beet": (74.0, 3, 30, 205, 38.0, 110),
    }
    soils = {
        "Hollow Creek": "clay",
        "Ridgeway": "loam",
        "Millbrook": "loam",
        "Stonefield": "sand",
        "Westmoor": "clay",
    }
    rows = []
    for season in range(2014, 2024):
        rain_year = rng.normal(620, 90)
        for farm in farms:
            for p in range(12):
                crop = list(crops)[rng.choice(5, p=[0.32, 0.2, 0.2, 0.14, 0.14])]
                base, month, spread, grow, price, n_rate = crops[crop]
                sow_year = season - 1 if month >= 8 else season
                sown = pd.Timestamp(sow_year, month, 1) + pd.Timedelta(
                    days=int(rng.integers(0, spread))
                )
                harvested = sown + pd.Timedelta(days=int(grow + rng.integers(-12, 13)))
                area = round(float(rng.uniform(2.0, 28.0)), 2)
                rain = round(float(rain_year * rng.uniform(0.85, 1.15)), 1)
                irrigated = "Y" if crop in ("maize", "sugar beet") and rng.random() < 0.4 else "N"
                n_applied = int(n_rate * rng.uniform(0.7, 1.2))
                soil = soils[farm]
                factor = {"clay": 1.0, "loam": 1.06, "sand": 0.86}[soil]
                factor *= 1 + 0.012 * (season - 2014)
                factor *= 1 - 0.0009 * abs(rain - 640) if irrigated == "N" else 1.04
                yld = round(float(base * factor * rng.uniform(0.85, 1.12)), 2)
                failed = rng.random() < 0.035
                rows.append(
                    {
                        "plot_id": f"{farm[:2].upper()}-{season % 100:02d}{p + 1:02d}",
                        "farm": farm,
                        "season": season,
                        "crop": crop,
                        "soil": soil,
                        "area (ha)": area,
                        "sown": sown.strftime("%m/%d/%Y"),
                        "harvested": None if failed else harvested.strftime("%m/%d/%Y"),
                        "yield (t/ha)": None if failed else yld,
                        "rainfall (mm)": rain,
                        "N applied (kg/ha)": n_applied,
                        "irrigated": irrigated,
                        "price (EUR/t)": None
                        if failed
                        else round(price * (1 + 0.03 * (season - 2014)) * rng.uniform(0.9, 1.1), 1),
                    }
                )
    return pd.DataFrame(rows)


def wind_telemetry() -> pd.DataFrame:
    """Daily figures of four wind farms, 2022–2023, in long format: one row per site, day
    and metric, with the metric's unit; a few readings are blank."""
    rng = np.random.default_rng(41017)
    sites = {
        # site: (capacity MW, mean wind m/s)
        "Saltmarsh Bay": (96.0, 9.1),
        "Kinloch Ridge": (60.0, 8.2),
        "Hollin Moor": (42.0, 7.4),
        "Tarn Edge": (28.0, 7.9),
    }
    days = pd.date_range("2022-01-01", "2023-12-31", freq="D")
    seasonal = 1 + 0.22 * np.cos((days.day_of_year.values - 15) / 365.25 * 2 * np.pi)
    rows = []
    for site, (capacity, mean_wind) in sites.items():
        wind = np.clip(rng.gamma(6.0, mean_wind * seasonal / 6.0), 0.5, None)
        availability = np.clip(100 - rng.exponential(2.5, len(days)), 60, 100)
        outage = rng.random(len(days)) < 0.02
        availability[outage] = rng.uniform(40, 80, outage.sum())
        downtime = (100 - availability) / 100 * 24 * rng.uniform(0.9, 1.1, len(days))
        cf = np.clip(((wind - 3.0) / 9.0) ** 2, 0, 0.92)
        potential = capacity * 24 * cf * availability / 100
        curtail = np.where(rng.random(len(days)) < 0.12, potential * rng.uniform(0.02, 0.25), 0)
        generation = potential - curtail
        metrics = {
            "generation": ("MWh", generation.round(1)),
            "curtailment": ("MWh", curtail.round(1)),
            "availability": ("%", availability.round(2)),
            "wind_speed": ("m/s", wind.round(2)),
            "downtime": ("h", downtime.round(2)),
        }
        for i, day in enumerate(days):
            for metric, (unit, values) in metrics.items():
                rows.append(
                    {
                        "date": day.strftime("%d-%b-%Y"),
                        "site": site,
                        "metric": metric,
                        "value": values[i],
                        "unit": unit,
                    }
                )
    frame = pd.DataFrame(rows)
    blank = rng.random(len(frame)) < 0.008
    frame.loc[blank, "value"] = np.nan
    return frame


def clinic_appointments() -> pd.DataFrame:
    """An outpatient clinic's appointment log, January 2023 – June 2024, US-style
    `mm/dd/yyyy HH:MM` times, department abbreviations, blanks for visits not seen."""
    rng = np.random.default_rng(19283)
    departments = {
        # dept: (share, mean length min, charge USD, providers)
        "CARD": (0.18, 32, 240.0, ["Dr. Okafor", "Dr. Lindqvist"]),
        "DERM": (0.16, 18, 150.0, ["Dr. Haddad"]),
        "ORTH": (0.2, 26, 210.0, ["Dr. Moreau", "Dr. Tanaka"]),
        "PEDS": (0.22, 22, 130.0, ["Dr. Abiodun", "Dr. Silva"]),
        "ENT": (0.12, 20, 170.0, ["Dr. Novak"]),
        "GI": (0.12, 35, 260.0, ["Dr. Reyes"]),
    }
    n = 7200
    days = pd.bdate_range("2023-01-02", "2024-06-28")
    day = days[rng.integers(0, len(days), n)]
    # half-hour slots 08:00–15:30, busiest mid-morning, quiet over lunch
    slot_weight = np.array([8, 9, 10, 10, 9, 7, 4, 5, 8, 8, 7, 6, 5, 4, 3, 2], dtype=float)
    slot = rng.choice(16, n, p=slot_weight / slot_weight.sum())
    start = day + pd.to_timedelta(8 * 60 + slot * 30, unit="m")
    start = start.sort_values()
    dept = rng.choice(list(departments), n, p=[v[0] for v in departments.values()])
    provider = np.array([rng.choice(departments[d][3]) for d in dept])
    age = np.where(
        dept == "PEDS", rng.integers(0, 18, n), np.clip(rng.normal(52, 17, n), 18, 95).astype(int)
    )
    insurance = rng.choice(
        ["Private", "Medicare", "Medicaid", "Self-pay"], n, p=[0.5, 0.25, 0.17, 0.08]
    )
    insurance = np.where((age >= 65) & (rng.random(n) < 0.8), "Medicare", insurance)
    new_patient = rng.random(n) < 0.27
    no_show_p = np.where(insurance == "Self-pay", 0.16, np.where(new_patient, 0.11, 0.07))
    u = rng.random(n)
    status = np.where(
        u < no_show_p, "No-show", np.where(u < no_show_p + 0.06, "Cancelled", "Completed")
    )
    done = status == "Completed"
    wait = np.where(
        done, np.round(rng.gamma(2.0, 7.5 + 2.0 * (start.hour.values >= 13), n)), np.nan
    )
    length = np.array([rng.gamma(8.0, departments[d][1] / 8.0) for d in dept])
    length = np.where(done, np.round(length + np.where(new_patient, 8, 0)), np.nan)
    charge = np.array([departments[d][2] for d in dept]) * (1 + 0.004 * np.nan_to_num(length))
    charge = np.where(done, (charge * np.where(new_patient, 1.35, 1.0)).round(2), np.nan)
    patients = rng.integers(10000, 10000 + 3900, n)
    frame = pd.DataFrame(
        {
            "ApptID": np.arange(500001, 500001 + n),
            "PatientID": [f"P{p}" for p in patients],
            "Dept": dept,
            "Provider": provider,
            "ApptTime": start.strftime("%m/%d/%Y %H:%M"),
            "Status": status,
            "NewPatient": np.where(new_patient, "Y", "N"),
            "Age": age,
            "Insurance": insurance,
            "Wait (min)": wait,
            "Duration (min)": length,
            "Charge ($)": charge,
        }
    )
    return frame


# --- writing -------------------------------------------------------------------------------


def build(args: argparse.Namespace) -> dict[str, pd.DataFrame]:
    return {
        "stocks.csv": stocks(args.vega),
        "diamonds.csv": diamonds(args.plotnine),
        "msleep.csv": msleep(args.plotnine),
        "meat_production.csv": meat(args.plotnine),
        "midwest.csv": midwest(args.plotnine),
        "gapminder.csv": gapminder(args.plotly),
        "tips.csv": tips(args.plotly),
        "hotel_reservations.csv": hotel_reservations(),
        "crop_trials.csv": crop_trials(),
        "wind_telemetry.csv": wind_telemetry(),
        "clinic_appointments.csv": clinic_appointments(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    for option in ("vega", "plotnine", "plotly"):
        parser.add_argument(f"--{option}", type=Path, required=True)
    args = parser.parse_args()
    TABLES.mkdir(exist_ok=True)
    for name, frame in build(args).items():
        frame.to_csv(TABLES / name, index=False)
        sys.stdout.write(f"{name}: {frame.shape[0]} rows x {frame.shape[1]} columns\n")


if __name__ == "__main__":
    main()
