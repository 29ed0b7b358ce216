"""Writes the fourth sealed set's tables to tests/sealed4/tables/ (run once; the CSVs are
committed).

    python -m tests.sealed4.export_tables --statsmodels DIR --sklearn DIR [--plotly DIR]

Each DIR is a PyPI package's folder holding its data files:
  --statsmodels  statsmodels/datasets            (statsmodels 0.15.0 wheel, unpacked)
  --sklearn      sklearn/datasets/data           (scikit-learn 1.9.1 wheel, unpacked)
  --plotly       plotly/package_data/datasets    (plotly 7.1.0; default: the installed one)
Six business tables are generated with numpy at fixed seeds. The app never imports this.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


# --- tables from packages ------------------------------------------------------------------


def statecrime(directory: Path) -> pd.DataFrame:
    """US state crime, poverty and education rates, 2009 (50 states and DC)."""
    return pd.read_csv(directory / "statecrime" / "statecrime.csv")


def fertility(directory: Path) -> pd.DataFrame:
    """World Bank total fertility rate (births per woman), 1960–2013, one column per year;
    the 2012 and 2013 columns are blank as shipped."""
    return pd.read_csv(directory / "fertility" / "fertility.csv")


def sunspots(directory: Path) -> pd.DataFrame:
    """Yearly sunspot activity, 1700–2008."""
    return pd.read_csv(directory / "sunspots" / "sunspots.csv")


def elnino(directory: Path) -> pd.DataFrame:
    """Monthly sea-surface temperatures (°C) of the El Niño region, 1950–2010, one column
    per month."""
    return pd.read_csv(directory / "elnino" / "elnino.csv")


WINE_COLUMNS = [
    "alcohol",
    "malic_acid",
    "ash",
    "alcalinity_of_ash",
    "magnesium",
    "total_phenols",
    "flavanoids",
    "nonflavanoid_phenols",
    "proanthocyanins",
    "color_intensity",
    "hue",
    "od280/od315_of_diluted_wines",
    "proline",
]


def wine(directory: Path) -> pd.DataFrame:
    """Chemical analysis of 178 Italian wines from three cultivars (UCI wine recognition);
    the first line of scikit-learn's file is a count header, the names are its descr's."""
    frame = pd.read_csv(directory / "wine_data.csv", skiprows=1, header=None)
    frame.columns = [*WINE_COLUMNS, "class"]
    frame["class"] = "class_" + frame["class"].astype(str)
    return frame


def iris(directory: Path) -> pd.DataFrame:
    """Fisher's iris measurements (cm), as shipped by plotly."""
    return pd.read_csv(directory / "iris.csv.gz")


def carshare(directory: Path) -> pd.DataFrame:
    """Montreal car-sharing availability per neighbourhood centroid, as shipped by plotly."""
    return pd.read_csv(directory / "carshare.csv.gz")


# --- generated business tables -------------------------------------------------------------


def subscription_billing() -> pd.DataFrame:
    """A SaaS company's invoice ledger, January 2022 – December 2024: ISO dates, camelCase
    and abbreviated names, USD amounts, blank countries, unpaid invoices with no PaidOn."""
    rng = np.random.default_rng(5101)
    plans = {"Starter": (12.0, 0.38), "Growth": (29.0, 0.32), "Scale": (49.0, 0.2)}
    plans["Enterprise"] = (89.0, 0.1)
    countries = ["US", "GB", "DE", "FR", "NL", "CA", "AU", "SE", "ES", "IE"]
    tax = {"US": 0.0, "GB": 0.2, "DE": 0.19, "FR": 0.2, "NL": 0.21, "CA": 0.05, "AU": 0.1}
    tax |= {"SE": 0.25, "ES": 0.21, "IE": 0.23}
    months = pd.date_range("2022-01-01", "2024-12-01", freq="MS")
    rows = []
    customer = 0
    for m_index, month in enumerate(months):
        # new customers each month, growing over time
        for _ in range(int(rng.poisson(9 + 0.25 * m_index)) if m_index else 120):
            customer += 1
            plan = rng.choice(list(plans), p=[v[1] for v in plans.values()])
            seats = int(
                {"Starter": 1, "Growth": 3, "Scale": 8, "Enterprise": 25}[plan]
                * rng.uniform(0.5, 3.0)
            )
            seats = max(seats, 1)
            cycle = (
                "annual" if rng.random() < (0.45 if plan == "Enterprise" else 0.22) else "monthly"
            )
            country = rng.choice(
                countries, p=[0.34, 0.16, 0.1, 0.07, 0.06, 0.07, 0.06, 0.05, 0.05, 0.04]
            )
            disc = (
                int(rng.choice([10, 15, 20]))
                if cycle == "annual"
                else int(rng.choice([0, 0, 0, 0, 5, 10]))
            )
            method = rng.choice(
                ["card", "card", "card", "ACH", "PayPal"]
                if plan != "Enterprise"
                else ["card", "invoice", "invoice", "ACH"]
            )
            day = int(rng.integers(1, 29))
            churn = 0.028 if cycle == "monthly" else 0.012
            for later in months[m_index:]:
                months_in = (later.year - month.year) * 12 + later.month - month.month
                if months_in and rng.random() < churn:
                    break
                if cycle == "annual" and months_in % 12:
                    continue
                price = plans[plan][0] * (1.08 if later.year >= 2024 else 1.0)
                list_price = round(price * seats * (12 if cycle == "annual" else 1), 2)
                net = round(list_price * (1 - disc / 100), 2)
                inv_date = later + pd.Timedelta(days=day - 1)
                u = rng.random()
                recent = inv_date >= pd.Timestamp("2024-12-01")
                status = (
                    "Pending"
                    if recent and u < 0.55
                    else "Failed"
                    if u > 0.955
                    else "Refunded"
                    if u > 0.94
                    else "Paid"
                )
                paid = (
                    (inv_date + pd.Timedelta(days=int(rng.integers(0, 21)))).strftime("%Y-%m-%d")
                    if status in ("Paid", "Refunded")
                    else None
                )
                rows.append(
                    {
                        "CustID": f"C{customer:05d}",
                        "Country": country,
                        "Plan": plan,
                        "Cycle": cycle,
                        "Seats": seats,
                        "InvDate": inv_date,
                        "ListPrice_USD": list_price,
                        "DiscPct": disc,
                        "NetAmt_USD": net,
                        "Tax_USD": round(net * tax[country], 2),
                        "Status": status,
                        "PaidOn": paid,
                        "PayMethod": method,
                    }
                )
                # customers on monthly plans sometimes add seats
                if cycle == "monthly" and rng.random() < 0.02:
                    seats += int(rng.integers(1, 4))
    frame = pd.DataFrame(rows).sort_values(["InvDate", "CustID"], kind="stable")
    frame = frame.reset_index(drop=True)
    frame.insert(0, "InvoiceNo", [f"INV-{100001 + i}" for i in range(len(frame))])
    frame["InvDate"] = frame["InvDate"].dt.strftime("%Y-%m-%d")
    frame.loc[rng.random(len(frame)) < 0.03, "Country"] = None
    return frame


def warehouse_shipments() -> pd.DataFrame:
    """A UK third-party logistics firm's outbound shipments, 2023–2024: day/month/year
    dates, warehouse codes, units in the column names, blank delivery dates for parcels
    still in transit or lost."""
    rng = np.random.default_rng(8822)
    warehouses = {"MAN1": 0.32, "BHX2": 0.28, "LBA1": 0.22, "EMA3": 0.18}
    services = {
        # service: (share, promised days, carriers)
        "Next Day": (0.34, 1, ["DPD", "DHL", "Royal Mail"]),
        "48h": (0.3, 2, ["DPD", "Royal Mail", "DHL"]),
        "Economy": (0.24, 4, ["Royal Mail", "XPO"]),
        "Pallet": (0.12, 3, ["Palletways", "XPO"]),
    }
    regions = {
        "London": 0.17,
        "South East": 0.15,
        "South West": 0.08,
        "Midlands": 0.14,
        "North West": 0.13,
        "North East": 0.06,
        "Yorkshire": 0.09,
        "Scotland": 0.08,
        "Wales": 0.06,
        "Northern Ireland": 0.04,
    }
    far = {"Scotland": 1, "Northern Ireland": 2, "South West": 1}
    n = 5400
    days = pd.bdate_range("2023-01-03", "2024-12-31")
    weight = 1 + 0.35 * np.exp(-(((days.day_of_year.values - 335) / 25.0) ** 2))
    ship = days[rng.choice(len(days), n, p=weight / weight.sum())].sort_values()
    service = rng.choice(list(services), n, p=[v[0] for v in services.values()])
    carrier = np.array([rng.choice(services[s][2]) for s in service])
    wh = rng.choice(list(warehouses), n, p=list(warehouses.values()))
    region = rng.choice(list(regions), n, p=list(regions.values()))
    cartons = np.where(service == "Pallet", rng.integers(20, 90, n), rng.integers(1, 7, n))
    pallets = np.where(service == "Pallet", np.maximum(1, cartons // 30), 0)
    kg = np.round(cartons * rng.uniform(2.0, 9.0, n) + pallets * 22.0, 1)
    rate = {"Next Day": 7.9, "48h": 5.6, "Economy": 3.9, "Pallet": 48.0}
    base = np.array([rate[s] for s in service])
    freight = np.where(
        service == "Pallet",
        base * pallets + 0.04 * kg,
        base + 0.35 * np.maximum(kg - 5, 0),
    )
    extra = np.array([far.get(r, 0) for r in region])
    freight = np.round(freight * (1 + 0.12 * extra) * (1 + 0.05 * (ship.year.values - 2023)), 2)
    promised = np.array([services[s][1] for s in service])
    late = rng.random(n) < np.where(carrier == "Royal Mail", 0.16, 0.09) + 0.03 * extra
    transit = promised + extra * (rng.random(n) < 0.5) + late * rng.integers(1, 4, n)
    delivered = pd.DatetimeIndex(
        [pd.Timestamp(d) + pd.offsets.BDay(int(t)) for d, t in zip(ship, transit, strict=True)]
    )
    u = rng.random(n)
    status = np.where(u < 0.008, "Lost", np.where(u < 0.035, "Returned", "Delivered"))
    status = np.where(delivered > pd.Timestamp("2024-12-31"), "In transit", status)
    frame = pd.DataFrame(
        {
            "ShipmentID": [f"SHP{d.year % 100:02d}-{i + 1:05d}" for i, d in enumerate(ship)],
            "OriginWH": wh,
            "ShipDate": ship.strftime("%d/%m/%Y"),
            "Service": service,
            "Carrier": carrier,
            "DestRegion": region,
            "Cartons": cartons,
            "Pallets": pallets,
            "Weight (kg)": kg,
            "Freight (GBP)": freight,
            "Promised (days)": promised,
            "DeliveredDate": np.where(
                np.isin(status, ["Delivered", "Returned"]), delivered.strftime("%d/%m/%Y"), None
            ),
            "Status": status,
        }
    )
    return frame


def call_centre_log() -> pd.DataFrame:
    """A utility's customer-service call log, January – June 2024: `yyyy-mm-dd HH:MM:SS`
    start times, snake_case names, seconds in the names, no agent or talk time for abandoned
    calls, a CSAT score only where the caller answered the survey."""
    rng = np.random.default_rng(3307)
    teams = {
        # team: (share, mean talk s, agents)
        "Billing": (0.38, 290, ["Amira", "Ben", "Chloe", "Dev"]),
        "Tech Support": (0.27, 540, ["Erik", "Fatima", "Gus"]),
        "Moving Home": (0.2, 380, ["Hana", "Ivan"]),
        "Complaints": (0.15, 610, ["Jade", "Kofi"]),
    }
    n = 7400
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    day_weight = np.array([1.35, 1.1, 1.0, 1.0, 0.95, 0.35, 0.0])[days.day_of_week.values]
    day_weight *= 1 + 0.25 * (days.month.values == 1)
    day = days[rng.choice(len(days), n, p=day_weight / day_weight.sum())]
    hour_weight = np.array([6, 10, 11, 9, 7, 8, 8, 7, 6, 5, 3, 2], dtype=float)  # 08–19
    hour = 8 + rng.choice(12, n, p=hour_weight / hour_weight.sum())
    start = day + pd.to_timedelta(hour * 3600 + rng.integers(0, 3600, n), unit="s")
    start = start.sort_values()
    team = rng.choice(list(teams), n, p=[v[0] for v in teams.values()])
    agent = np.array([rng.choice(teams[t][2]) for t in team]).astype(object)
    busy = (start.day_of_week.values == 0) | np.isin(start.hour.values, [9, 10])
    wait = np.round(rng.gamma(1.8, 55 + 40 * busy, n)).astype(int)
    abandoned = rng.random(n) < np.clip(wait / 900, 0.01, 0.6)
    talk = np.array([rng.gamma(4.0, teams[t][1] / 4.0) for t in team]).round()
    u = rng.random(n)
    escalate_p = np.where(team == "Complaints", 0.22, np.where(team == "Tech Support", 0.14, 0.06))
    outcome = np.where(
        abandoned,
        "Abandoned",
        np.where(
            u < escalate_p, "Escalated", np.where(u < escalate_p + 0.08, "Callback", "Resolved")
        ),
    )
    csat = np.where(
        outcome == "Resolved",
        rng.choice([3, 4, 5, 5, 5], n),
        np.where(
            outcome == "Escalated", rng.choice([1, 2, 2, 3, 4], n), rng.choice([1, 2, 3, 4], n)
        ),
    ).astype(float)
    answered_survey = (rng.random(n) < 0.32) & ~abandoned
    csat = np.where(answered_survey, csat, np.nan)
    agent[abandoned] = None
    frame = pd.DataFrame(
        {
            "call_id": np.arange(880001, 880001 + n),
            "call_start": start.strftime("%Y-%m-%d %H:%M:%S"),
            "team": team,
            "agent": agent,
            "wait_sec": wait,
            "talk_sec": np.where(abandoned, np.nan, talk),
            "outcome": outcome,
            "csat_1to5": pd.array(csat, dtype="Float64").astype("Int64"),
            "repeat_caller": np.where(rng.random(n) < 0.18, "Y", "N"),
        }
    )
    return frame


def energy_prices() -> pd.DataFrame:
    """Daily day-ahead electricity prices and volumes of five bidding zones, 2021–2023:
    dates as yyyymmdd integers, EUR/MWh and GWh in the column names."""
    rng = np.random.default_rng(6612)
    zones = {
        # zone: (price level, load GWh/day, solar share, wind share)
        "DE-LU": (1.0, 1330.0, 0.1, 0.26),
        "FR": (1.02, 1250.0, 0.04, 0.08),
        "NL": (1.03, 310.0, 0.12, 0.16),
        "BE": (1.01, 225.0, 0.07, 0.12),
        "AT": (1.05, 185.0, 0.05, 0.1),
    }
    days = pd.date_range("2021-01-01", "2023-12-31", freq="D")
    t = np.arange(len(days))
    # gas crisis: prices climb through 2021, peak in summer 2022, ease in 2023
    level = 45 + 230 * np.exp(-(((t - 590) / 150.0) ** 2)) + 60 * (t > 240) * (t < 730)
    level = np.where(t >= 730, 95 + 20 * np.exp(-(t - 730) / 120.0), level)
    winter = 1 + 0.12 * np.cos((days.day_of_year.values - 15) / 365.25 * 2 * np.pi)
    weekend = np.where(days.day_of_week.values >= 5, 0.82, 1.0)
    rows = []
    for zone, (price, load, solar, wind) in zones.items():
        noise = rng.normal(1, 0.12, len(days))
        base = np.maximum(level * price * winter * weekend * noise, -5)
        peak = base * rng.uniform(1.08, 1.3, len(days))
        daily_load = load * winter * weekend * rng.normal(1, 0.04, len(days))
        sun = 1 + 0.75 * np.cos((days.day_of_year.values - 172) / 365.25 * 2 * np.pi)
        solar_gwh = load * solar * sun * rng.uniform(0.5, 1.3, len(days))
        wind_gwh = load * wind * winter * rng.gamma(2.5, 0.4, len(days))
        for i, day in enumerate(days):
            rows.append(
                {
                    "trade_date": int(day.strftime("%Y%m%d")),
                    "zone": zone,
                    "base_EUR_MWh": round(float(base[i]), 2),
                    "peak_EUR_MWh": round(float(peak[i]), 2),
                    "load_GWh": round(float(daily_load[i]), 1),
                    "solar_GWh": round(float(solar_gwh[i]), 1),
                    "wind_GWh": round(float(wind_gwh[i]), 1),
                }
            )
    frame = pd.DataFrame(rows)
    return frame


def school_grades() -> pd.DataFrame:
    """A secondary school's assessment results in long format: one row per student,
    subject and term, academic years 2022/23 and 2023/24; absent students have no score or
    grade."""
    rng = np.random.default_rng(9090)
    forms = {"10A": 28, "10B": 27, "11A": 26, "11B": 25, "12S": 18}
    subjects = {
        "Maths": 64,
        "English": 67,
        "Biology": 63,
        "Chemistry": 60,
        "Physics": 59,
        "History": 66,
        "French": 62,
    }
    cutoffs = [(85, "A*"), (75, "A"), (65, "B"), (55, "C"), (45, "D"), (35, "E"), (0, "U")]
    rows = []
    student = 3000
    for form, size in forms.items():
        for _ in range(size):
            student += 1
            ability = rng.normal(0, 9)
            for year in ("2022/23", "2023/24"):
                drift = 1.5 if year == "2023/24" else 0.0
                for term_index, term in enumerate(("Autumn", "Spring", "Summer")):
                    for subject, mean in subjects.items():
                        absent = rng.random() < 0.025
                        score = mean + ability + drift + 1.2 * term_index + rng.normal(0, 8)
                        score = int(np.clip(round(score), 0, 100))
                        grade = next(g for cut, g in cutoffs if score >= cut)
                        rows.append(
                            {
                                "student_id": f"S{student}",
                                "form": form,
                                "acad_year": year,
                                "term": term,
                                "subject": subject,
                                "score_pct": None if absent else score,
                                "grade": None if absent else grade,
                            }
                        )
    frame = pd.DataFrame(rows)
    frame["score_pct"] = frame["score_pct"].astype("Int64")
    return frame


def retail_weekly_sales() -> pd.DataFrame:
    """A 12-store retail chain's weekly sales by department, weeks ending on Sundays from
    January 2022 to December 2024: `dd-Mon-yy` dates, store codes, sales in thousands of
    pounds in the column name."""
    rng = np.random.default_rng(4404)
    stores = {
        "ST01": ("North", 1.3),
        "ST02": ("North", 0.9),
        "ST03": ("North", 0.75),
        "ST04": ("Midlands", 1.15),
        "ST05": ("Midlands", 1.0),
        "ST06": ("Midlands", 0.8),
        "ST07": ("South", 1.45),
        "ST08": ("South", 1.1),
        "ST09": ("South", 0.95),
        "ST10": ("South", 0.7),
        "ST11": ("Scotland", 1.05),
        "ST12": ("Scotland", 0.65),
    }
    depts = {"Grocery": (92.0, 18.0), "Home": (21.0, 34.0), "Clothing": (27.0, 29.0)}
    depts["Electricals"] = (18.0, 120.0)
    weeks = pd.date_range("2022-01-02", "2024-12-29", freq="W-SUN")
    rows = []
    for week in weeks:
        doy = week.day_of_year
        xmas = 1 + 0.55 * np.exp(-(((doy - 355) / 12.0) ** 2))
        summer = 1 + 0.1 * np.exp(-(((doy - 200) / 30.0) ** 2))
        growth = 1 + 0.035 * (week.year - 2022) + 0.00005 * doy
        for store, (region, size) in stores.items():
            for dept, (sales_k, price) in depts.items():
                promo = rng.random() < 0.15
                season = xmas if dept != "Grocery" else 1 + 0.3 * (xmas - 1)
                if dept == "Clothing":
                    season *= summer
                value = sales_k * size * season * growth * rng.normal(1, 0.07)
                value *= 1.12 if promo else 1.0
                units = value * 1000 / (price * (0.9 if promo else 1.0) * rng.uniform(0.95, 1.05))
                rows.append(
                    {
                        "wk_end": week.strftime("%d-%b-%y"),
                        "store_cd": store,
                        "region": region,
                        "dept": dept,
                        "Net Sales (GBP 000)": round(float(value), 2),
                        "Units": int(units),
                        "Promo": "Y" if promo else "N",
                    }
                )
    return pd.DataFrame(rows)


# --- writing -------------------------------------------------------------------------------


def build(args: argparse.Namespace) -> dict[str, pd.DataFrame]:
    return {
        "statecrime.csv": statecrime(args.statsmodels),
        "fertility.csv": fertility(args.statsmodels),
        "sunspots.csv": sunspots(args.statsmodels),
        "elnino.csv": elnino(args.statsmodels),
        "wine.csv": wine(args.sklearn),
        "iris.csv": iris(args.plotly),
        "carshare.csv": carshare(args.plotly),
        "subscription_billing.csv": subscription_billing(),
        "warehouse_shipments.csv": warehouse_shipments(),
        "call_centre_log.csv": call_centre_log(),
        "energy_prices.csv": energy_prices(),
        "school_grades.csv": school_grades(),
        "retail_weekly_sales.csv": retail_weekly_sales(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--statsmodels", type=Path, required=True)
    parser.add_argument("--sklearn", type=Path, required=True)
    parser.add_argument("--plotly", type=Path, default=None)
    args = parser.parse_args()
    if args.plotly is None:
        import plotly

        args.plotly = Path(plotly.__file__).parent / "package_data" / "datasets"
    TABLES.mkdir(exist_ok=True)
    for name, frame in build(args).items():
        frame.to_csv(TABLES / name, index=False)
        sys.stdout.write(f"{name}: {frame.shape[0]} rows x {frame.shape[1]} columns\n")


if __name__ == "__main__":
    main()
