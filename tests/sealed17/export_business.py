"""Write the BUSINESS half's six generated tables into tests/sealed17/tables/.

Every table is made up (no real organisation or person) with numpy and pandas only and a
fixed seed, so re-running this script writes the same bytes:

    .venv/bin/python -m tests.sealed17.export_business
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"
SEED = 1717


def cycle_workshop(rng: np.random.Generator) -> pd.DataFrame:
    """Job cards of a bicycle repair workshop, 2022–2024 (dates dd/mm/yyyy)."""
    days = pd.date_range("2022-01-04", "2024-12-31", freq="D")
    days = days[days.day_of_week != 6]  # closed on Sundays
    season = 1 + 0.45 * np.sin((days.day_of_year - 80) / 365 * 2 * np.pi)
    growth = np.where(days.year == 2022, 1.0, np.where(days.year == 2023, 1.12, 1.2))
    per_day = rng.poisson(6.2 * season * growth)
    booked = np.repeat(days.values, per_day)
    n = len(booked)
    types = np.array(["SRV-B", "SRV-G", "PUNC", "BRK", "GEAR", "WHL", "EBK", "FIT"])
    jt = rng.choice(types, n, p=[0.22, 0.12, 0.2, 0.15, 0.13, 0.07, 0.08, 0.03])
    base_min = dict(
        zip(types, [60, 150, 20, 45, 55, 75, 70, 90], strict=True),
    )
    minutes = np.array([base_min[t] for t in jt]) * rng.lognormal(0, 0.25, n)
    minutes = (np.round(minutes / 5) * 5).clip(10).astype(int)
    year = pd.DatetimeIndex(booked).year
    rate = np.where(year == 2022, 48.0, np.where(year == 2023, 52.0, 55.0))
    labour = np.round(minutes / 60 * rate, 2)
    parts_mean = dict(zip(types, [12, 45, 6, 28, 40, 65, 35, 0], strict=True))
    parts = np.round(np.array([parts_mean[t] for t in jt]) * rng.gamma(2.0, 0.5, n), 2)
    parts[jt == "FIT"] = 0.0
    bikes = rng.choice(
        ["Road", "MTB", "Hybrid", "E-bike", "Kids", "Cargo"],
        n,
        p=[0.27, 0.2, 0.28, 0.15, 0.06, 0.04],
    )
    bikes[jt == "EBK"] = "E-bike"
    mech = rng.choice(["Dave", "Priya", "Tom", "Lewis"], n, p=[0.3, 0.3, 0.25, 0.15])
    late = pd.DatetimeIndex(booked) >= pd.Timestamp("2023-03-01")
    kasia = late & (rng.random(n) < 0.25)
    mech[kasia] = "Kasia"
    status = rng.choice(["C", "NC", "CAN", "WAR"], n, p=[0.88, 0.03, 0.05, 0.04])
    collected = pd.Series(pd.DatetimeIndex(booked)) + pd.to_timedelta(
        rng.integers(0, 4, n) + rng.poisson(1.3, n), unit="D"
    )
    collected_txt = collected.dt.strftime("%d/%m/%Y").where(status == "C", "")
    labour = np.where(np.isin(status, ["CAN", "WAR"]), 0.0, labour)
    parts = np.where(status == "CAN", 0.0, parts)
    parts_txt = pd.Series(parts).where(rng.random(n) > 0.03)  # blank: not keyed in
    walk_in = np.where(rng.random(n) < 0.35, "Y", "N")
    return pd.DataFrame(
        {
            "Job No": [f"J{100001 + i}" for i in range(n)],
            "Booked In": pd.DatetimeIndex(booked).strftime("%d/%m/%Y"),
            "Collected": collected_txt,
            "Mechanic": mech,
            "Job Type": jt,
            "Bike Type": bikes,
            "Walk In": walk_in,
            "labour_min": minutes,
            "Labour (GBP)": labour,
            "Parts (GBP)": parts_txt,
            "Status": status,
        }
    )


def cold_store(rng: np.random.Generator) -> pd.DataFrame:
    """Hourly temperature log of a cold-chain warehouse's three chambers, 2023–2024."""
    hours = pd.date_range("2023-01-01 00:00", "2024-12-31 23:00", freq="h")
    frames = []
    for chamber, setpoint, kwh in (
        ("FRZ-A", -22.0, 9.5),
        ("FRZ-B", -20.0, 8.0),
        ("CHL-1", 3.0, 4.2),
    ):
        n = len(hours)
        summer = 0.6 * np.sin((hours.day_of_year - 110) / 365 * 2 * np.pi)
        working = (hours.hour >= 6) & (hours.hour < 20) & (hours.day_of_week < 6)
        door = np.where(working, rng.gamma(2.0, 70, n), rng.gamma(1.0, 8, n))
        door = np.round(door).astype(int)
        temp = setpoint + summer + door / 300 + rng.normal(0, 0.45, n)
        alarm = np.full(n, "", dtype=object)
        high = rng.random(n) < 0.004
        temp = np.where(high, temp + rng.uniform(4, 9, n), temp)
        alarm[high] = "HT"
        long_door = door > 420
        alarm[long_door & ~high] = "DO"
        power = rng.random(n) < 0.0008
        alarm[power] = "PF"
        comp = kwh * (1 + 0.25 * summer + door / 1500) * rng.normal(1, 0.06, n)
        comp = np.where(power, 0.0, comp)
        temp = np.round(temp, 1)
        temp_s = pd.Series(temp).where(rng.random(n) > 0.006)  # sensor drop-outs
        frames.append(
            pd.DataFrame(
                {
                    "ReadingTime": hours.strftime("%Y-%m-%d %H:%M"),
                    "ChamberID": chamber,
                    "AirTempC": temp_s,
                    "SetpointC": setpoint,
                    "DoorOpenSec": door,
                    "CompressorKWh": np.round(comp, 2),
                    "AlarmCode": alarm,
                }
            )
        )
    return pd.concat(frames).sort_values(["ReadingTime", "ChamberID"]).reset_index(drop=True)


def funeral(rng: np.random.Generator) -> pd.DataFrame:
    """Cases of a three-branch independent funeral director, 2021–2024 (ISO dates)."""
    n = 1850
    first = pd.Timestamp("2021-01-01") + pd.to_timedelta(
        np.sort(rng.integers(0, 1461, n)), unit="D"
    )
    winter = np.isin(first.month, [12, 1, 2])
    keep = winter | (rng.random(n) < 0.8)
    first = first[keep]
    n = len(first)
    branch = rng.choice(["Hexham", "Morpeth", "Alnwick"], n, p=[0.42, 0.36, 0.22])
    stype = rng.choice(["CRE", "BUR", "DCR", "ECO"], n, p=[0.55, 0.2, 0.2, 0.05])
    gap = rng.integers(8, 22, n)
    gap = np.where(stype == "DCR", rng.integers(5, 12, n), gap)
    funeral_date = first + pd.to_timedelta(gap, unit="D")
    fee_base = {"CRE": 2450, "BUR": 2750, "DCR": 1150, "ECO": 1950}
    uplift = np.where(
        first.year == 2021,
        1.0,
        np.where(first.year == 2022, 1.04, np.where(first.year == 2023, 1.09, 1.13)),
    )
    fee = np.array([fee_base[s] for s in stype]) * uplift * rng.normal(1, 0.08, n)
    disb_base = {"CRE": 1100, "BUR": 2300, "DCR": 650, "ECO": 1400}
    disb = np.array([disb_base[s] for s in stype]) * rng.normal(1, 0.15, n)
    mourners = np.round(rng.gamma(3.0, 22, n)).astype(int)
    mourners = np.where(stype == "DCR", 0, mourners)
    coffin = rng.choice(
        ["Std Veneer", "Solid Oak", "Wicker", "Eco Card"], n, p=[0.6, 0.15, 0.15, 0.1]
    )
    coffin = np.where(stype == "ECO", "Eco Card", coffin)
    pay = rng.choice(["PD", "PP", "OD", "FP"], n, p=[0.72, 0.08, 0.05, 0.15])
    last = first >= pd.Timestamp("2024-11-15")
    pay = np.where(last & (pay == "PD"), "PP", pay)
    mourners_s = pd.Series(mourners, dtype="float").where((stype == "DCR") | (rng.random(n) > 0.07))
    return pd.DataFrame(
        {
            "case_ref": [f"F{i + 2101:05d}" for i in range(n)],
            "first_call_date": first.strftime("%Y-%m-%d"),
            "funeral_date": funeral_date.strftime("%Y-%m-%d"),
            "branch": branch,
            "service_type": stype,
            "coffin": coffin,
            "mourners_est": mourners_s.astype("Int64"),
            "fee_net_gbp": np.round(fee, 2),
            "disbursements_gbp": np.round(disb, 2),
            "pay_status": pay,
        }
    )


def kiosk_kpis(rng: np.random.Generator) -> pd.DataFrame:
    """Weekly KPIs of five phone-repair kiosks, long format (week, site, metric, value)."""
    weeks = pd.date_range("2022-01-03", "2024-12-30", freq="W-MON")
    sites = {
        "Leeds Trinity": 1.3,
        "York Coppergate": 0.9,
        "Hull St Stephens": 0.8,
        "Sheffield Meadowhall": 1.5,
        "Bradford Broadway": 1.0,
    }
    rows = []
    for site, size in sites.items():
        for week in weeks:
            if site == "Bradford Broadway" and week < pd.Timestamp("2023-06-05"):
                continue
            t = (week - weeks[0]).days / 365
            xmas = 1.35 if week.month == 12 else 1.0
            footfall = round(size * 2400 * xmas * rng.normal(1, 0.08))
            repairs = int(rng.poisson(size * 70 * xmas * (1 + 0.06 * t)))
            ticket = 58 + 4 * t + rng.normal(0, 3)
            revenue = round(repairs * ticket, 2)
            refunds = int(rng.binomial(repairs, 0.03))
            turnaround = round(rng.gamma(8, 0.45 + 0.1 * (site == "Hull St Stephens")), 1)
            nps = round(
                float(np.clip(rng.normal(48 - 6 * (site == "Hull St Stephens"), 7), -100, 100))
            )
            values = {
                "footfall": footfall,
                "repairs": repairs,
                "revenue_gbp": revenue,
                "refunds": refunds,
                "avg_turnaround_h": turnaround,
                "nps": nps if rng.random() > 0.12 else np.nan,
            }
            for metric, value in values.items():
                rows.append((week.strftime("%Y-%m-%d"), site, metric, value))
    return pd.DataFrame(rows, columns=["week", "site", "metric", "value"])


def wedding(rng: np.random.Generator) -> pd.DataFrame:
    """Enquiries and bookings of a country-house wedding venue, events 2022–2025."""
    n = 1400
    event = pd.Timestamp("2022-03-01") + pd.to_timedelta(rng.integers(0, 1400, n), unit="D")
    summer = np.isin(event.month, [5, 6, 7, 8, 9])
    keep = summer | (rng.random(n) < 0.45)
    event = pd.DatetimeIndex(np.sort(event[keep].values))
    n = len(event)
    lead = rng.integers(90, 700, n)
    enquiry = event - pd.to_timedelta(lead, unit="D")
    package = rng.choice(
        ["Classic", "Premier", "Twilight", "Elopement"], n, p=[0.45, 0.25, 0.2, 0.1]
    )
    day = np.asarray(rng.normal(95, 25, n).clip(30, 160).round(), dtype=int)
    day = np.where(package == "Twilight", 0, day)
    day = np.where(package == "Elopement", rng.integers(2, 21, n), day)
    eve = np.asarray(day + rng.normal(35, 12, n).clip(0).round(), dtype=int)
    eve = np.where(package == "Twilight", rng.integers(60, 150, n), eve)
    eve = np.where(package == "Elopement", 0, eve)
    hire_base = {"Classic": 6500, "Premier": 9800, "Twilight": 3900, "Elopement": 1500}
    peak = np.where(event.day_of_week == 5, 1.25, np.where(event.day_of_week == 4, 1.0, 0.85))
    hire = np.array([hire_base[p] for p in package]) * peak * np.where(summer[keep], 1.15, 0.9)
    hire = np.round(hire / 50) * 50
    head = np.where(package == "Premier", 95, 72) * rng.normal(1, 0.06, n)
    catering = np.round(np.where(package == "Twilight", eve * 28, day * head), 2)
    status = rng.choice(["CONF", "PROV", "LOST", "CANX"], n, p=[0.52, 0.08, 0.33, 0.07])
    status = np.where(
        event < pd.Timestamp("2024-06-01"), np.where(status == "PROV", "LOST", status), status
    )
    source = rng.choice(
        ["Website", "Hitched", "Wedding Fair", "Instagram", "Referral"],
        n,
        p=[0.34, 0.24, 0.14, 0.16, 0.12],
    )
    source_s = pd.Series(source).where(rng.random(n) > 0.05)
    deposit = np.where(
        np.isin(status, ["CONF", "CANX"]), 1500.0, np.where(status == "PROV", 500.0, 0.0)
    )
    return pd.DataFrame(
        {
            "Enquiry ID": [f"WV-{i + 1:04d}" for i in range(n)],
            "Enquiry Date": enquiry.strftime("%Y-%m-%d"),
            "Event Date": event.strftime("%Y-%m-%d"),
            "Lead Source": source_s,
            "Package": package,
            "Day Guests": day,
            "Evening Guests": eve,
            "Venue Hire (GBP)": hire,
            "Catering (GBP)": catering,
            "Deposit Paid (GBP)": deposit,
            "Status": status,
        }
    )


def academy(rng: np.random.Generator) -> pd.DataFrame:
    """A football club academy's player register, one row per player and season."""
    rows = []
    groups = ["U9", "U10", "U11", "U12", "U13", "U14", "U15", "U16", "U17", "U18"]
    pid = 3000
    for season in ("2022/23", "2023/24", "2024/25"):
        for gi, group in enumerate(groups):
            for _ in range(int(rng.integers(14, 20))):
                pid += 1
                age = 8.5 + gi
                height = rng.normal(128 + 6.2 * gi, 5.5)
                weight = rng.normal(27 + 4.6 * gi, 3.2)
                sprint = rng.normal(6.1 - 0.17 * gi, 0.22)
                pos = rng.choice(["GK", "DEF", "MID", "FWD"], p=[0.11, 0.33, 0.33, 0.23])
                mins = int(rng.integers(150, 1800))
                goals = int(
                    rng.poisson({"GK": 0.01, "DEF": 0.3, "MID": 0.8, "FWD": 2.0}[pos] * mins / 400)
                )
                fee = 0.0 if gi >= 7 else [35.0, 35.0, 40.0, 40.0, 45.0, 45.0, 50.0][gi]
                status = "ACT"
                if gi >= 7 and rng.random() < 0.45:
                    status = "SCH"
                elif rng.random() < 0.1:
                    status = "REL"
                elif rng.random() < 0.05:
                    status = "TRL"
                rows.append(
                    {
                        "PlayerID": f"P{pid}",
                        "season": season,
                        "AgeGroup": group,
                        "age_at_sept": round(age + rng.uniform(0, 0.99), 1),
                        "Position": pos,
                        "height_cm": round(height, 1),
                        "weight_kg": round(weight, 1),
                        "sprint_30m_s": round(sprint, 2) if rng.random() > 0.06 else np.nan,
                        "MinsPlayed": mins,
                        "Goals": goals,
                        "monthly_fee_gbp": fee,
                        "status": status,
                    }
                )
    return pd.DataFrame(rows)


TABLES = {
    "cycle_workshop_jobs.csv": cycle_workshop,
    "cold_store_log.csv": cold_store,
    "funeral_cases.csv": funeral,
    "repair_kiosk_kpis.csv": kiosk_kpis,
    "wedding_venue_enquiries.csv": wedding,
    "football_academy_squad.csv": academy,
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for offset, (name, make) in enumerate(TABLES.items()):
        frame = make(np.random.default_rng(SEED + offset))
        frame.to_csv(OUT / name, index=False, lineterminator="\n")
        sys.stdout.write(f"{name}: {len(frame)} rows\n")


if __name__ == "__main__":
    main()
