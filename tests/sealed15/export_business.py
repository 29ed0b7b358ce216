"""Writes the fifteenth sealed set's six generated business tables to tests/sealed15/tables/
(run once; the CSVs are committed and this reproduces them byte for byte with numpy 2.4.6 and
pandas 3.1.1).

    python -m tests.sealed15.export_business

Every table is synthetic, drawn from a fixed seed; the codes are explained in
TABLES_business.md. The app never imports this.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


def school_bus_runs() -> pd.DataFrame:
    """A school-bus operator's route runs, school days Sep 2023 - Jul 2025 (seed 1501)."""
    rng = np.random.default_rng(1501)
    days = pd.bdate_range("2023-09-04", "2025-07-18")
    days = days[days.month != 8]
    routes = {
        f"R{i:02d}": ("North" if i <= 6 else "South" if i <= 11 else "Riverside")
        for i in range(1, 15)
    }
    slots = ["07:05", "07:20", "07:35", "07:50", "15:10", "15:25", "15:40", "16:05"]
    rows = []
    for day in days:
        for route, depot in routes.items():
            if depot == "Riverside" and day < pd.Timestamp("2024-09-02"):
                continue
            if rng.random() > 0.55:
                continue
            slot = slots[rng.integers(len(slots))]
            km = round(float(rng.normal(24 + int(route[1:]) * 1.3, 3)), 1)
            status = rng.choice(["DONE", "LATE", "CXL"], p=[0.86, 0.11, 0.03])
            winter = day.month in (12, 1, 2)
            delay = int(rng.integers(0, 4)) if status == "DONE" else int(rng.integers(6, 35))
            pupils = int(rng.poisson(32 if slot < "12" else 27))
            fuel = round(km * float(rng.normal(0.34 if winter else 0.30, 0.02)), 1)
            cost = round(85 + km * 2.15 + (12 if day.year == 2025 else 0), 2)
            if status == "CXL":
                rows.append((day, route, depot, slot, None, None, 0.0, 0.0, 0.0, status))
                continue
            rows.append((day, route, depot, slot, delay, pupils, km, fuel, cost, status))
    frame = pd.DataFrame(
        rows,
        columns=[
            "run_date",
            "route_code",
            "depot",
            "sched_depart",
            "delay_min",
            "pupils_boarded",
            "km_driven",
            "fuel_litres",
            "run_cost_gbp",
            "status",
        ],
    )
    frame.insert(0, "run_id", [f"BR{n:05d}" for n in range(1, len(frame) + 1)])
    frame["run_date"] = frame["run_date"].dt.strftime("%Y-%m-%d")
    frame["delay_min"] = frame["delay_min"].astype("Int64")
    frame["pupils_boarded"] = frame["pupils_boarded"].astype("Int64")
    return frame


def climbing_gym_members() -> pd.DataFrame:
    """A climbing gym chain's memberships, joins Jan 2022 - Jun 2025 (seed 1502)."""
    rng = np.random.default_rng(1502)
    n = 1850
    start, end = pd.Timestamp("2022-01-01"), pd.Timestamp("2025-06-30")
    span = (end - start).days
    joins = start + pd.to_timedelta(np.sort(rng.integers(0, span, n)), unit="D")
    plans = {"Monthly": 7400, "Annual": 6200, "Student": 4900, "OffPeak": 4300}
    rows = []
    for i, join in enumerate(joins):
        gym = rng.choice(["Downtown", "Harbor", "Eastside"], p=[0.45, 0.35, 0.20])
        if gym == "Eastside" and join < pd.Timestamp("2024-03-01"):
            gym = "Harbor"
        plan = rng.choice(list(plans), p=[0.45, 0.2, 0.2, 0.15])
        fee = plans[plan] + (500 if join.year >= 2024 else 0) - int(rng.choice([0, 0, 0, 1000]))
        cancel = None
        if rng.random() < 0.38:
            days = int(rng.integers(30, 700))
            when = join + pd.Timedelta(days=days)
            if when <= end:
                cancel = when.strftime("%m/%d/%Y")
        visits = int(rng.poisson(4 if cancel else 14 if plan != "OffPeak" else 9))
        rows.append(
            (
                f"M{10001 + i}",
                join.strftime("%m/%d/%Y"),
                gym,
                plan,
                fee,
                rng.choice(["Y", "N"], p=[0.7, 0.3]) if plan != "Annual" else "N",
                cancel,
                visits,
                rng.choice(["Y", "N"], p=[0.55, 0.45]),
                rng.choice(["18-24", "25-34", "35-44", "45+"], p=[0.3, 0.35, 0.2, 0.15]),
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "memberId",
            "joinDate",
            "homeGym",
            "planType",
            "monthlyFeeCents",
            "autoRenew",
            "cancelDate",
            "visitsLast90d",
            "belayCertified",
            "ageBand",
        ],
    )


def tutoring_sessions() -> pd.DataFrame:
    """A tutoring agency's sessions, Jan 2023 - Jun 2025 (seed 1503)."""
    rng = np.random.default_rng(1503)
    tutors = {
        "Alvarez": 62,
        "Brooks": 55,
        "Chen": 70,
        "Dubois": 48,
        "Evans": 58,
        "Farah": 66,
        "Gupta": 75,
    }
    subjects = ["Math", "Chemistry", "Physics", "English", "SAT Prep", "Biology"]
    days = pd.date_range("2023-01-02", "2025-06-30")
    weight = np.where(days.month.isin([4, 5, 11]), 1.6, np.where(days.month.isin([7, 8]), 0.5, 1.0))
    weight = weight * (1 + (days - days[0]).days / 900) * np.where(days.day_of_week == 6, 0.3, 1.0)
    picks = np.sort(
        rng.choice(len(days), size=4000, p=np.asarray(weight) / np.asarray(weight).sum())
    )
    rows = []
    for i, pick in enumerate(picks):
        day = days[pick]
        tutor = list(tutors)[rng.integers(len(tutors))]
        if tutor == "Gupta" and day < pd.Timestamp("2024-01-08"):
            tutor = "Chen"
        rate = tutors[tutor] + (5 if day.year >= 2025 else 0)
        minutes = int(rng.choice([45, 60, 60, 90, 120]))
        status = rng.choice(["Completed", "No-show", "Cancelled"], p=[0.88, 0.05, 0.07])
        disc = rng.choice([None, None, None, None, 10.0, 15.0])
        billed = minutes / 60 * rate * (1 - (disc or 0) / 100)
        if status == "Cancelled":
            billed = 0.0
        rows.append(
            (
                f"S{i + 1:05d}",
                day.strftime("%d/%m/%Y"),
                tutor,
                subjects[rng.integers(len(subjects))],
                rng.choice(["Middle School", "High School", "College"], p=[0.3, 0.55, 0.15]),
                rng.choice(["Online", "In person"], p=[0.6, 0.4]),
                minutes,
                rate,
                disc,
                round(billed, 2),
                status,
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "Session ID",
            "Session Date",
            "Tutor",
            "Subject",
            "Level",
            "Mode",
            "Duration (min)",
            "Rate (USD/hr)",
            "Discount (%)",
            "Billed (USD)",
            "Status",
        ],
    )


def catering_events() -> pd.DataFrame:
    """A catering firm's events, 2023 - 2025 (seed 1504)."""
    rng = np.random.default_rng(1504)
    days = pd.date_range("2023-01-01", "2025-12-31")
    weight = np.where(days.month == 12, 2.2, np.where(days.month.isin([6, 7, 9]), 1.5, 1.0))
    weight = weight * np.where(days.day_of_week >= 4, 2.0, 1.0) * (1 + (days.year - 2023) * 0.15)
    picks = np.sort(
        rng.choice(len(days), size=1240, p=np.asarray(weight) / np.asarray(weight).sum())
    )
    segs = {"CORP": (80, 48), "WEDD": (120, 95), "PRIV": (35, 70), "CHAR": (150, 38)}
    rows = []
    for i, pick in enumerate(picks):
        day = days[pick]
        seg = rng.choice(list(segs), p=[0.4, 0.2, 0.28, 0.12])
        mean_guests, per_head = segs[seg]
        guests = max(10, int(rng.normal(mean_guests, mean_guests * 0.3)))
        rev = round(guests * per_head * float(rng.normal(1, 0.08)), 2)
        food = round(rev * float(rng.normal(0.34, 0.04)), 2)
        status = rng.choice(["CONF", "VOID"], p=[0.93, 0.07])
        rows.append(
            (
                f"EV{23000 + i}",
                f"{day.day}-{day.strftime('%b-%y')}",
                seg,
                rng.choice(["VEN01", "VEN02", "VEN03", "VEN04", "OFFSITE"]),
                guests,
                rev,
                food,
                round(guests * float(rng.normal(0.45, 0.06)), 1),
                status,
                rng.choice(["Y", "N"], p=[0.8, 0.2]),
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "EVENT_ID",
            "EVENT_DT",
            "CLIENT_SEG",
            "VENUE_CD",
            "GUESTS",
            "REV_EUR",
            "FOOD_COST_EUR",
            "STAFF_HRS",
            "STATUS",
            "DEP_PAID",
        ],
    )


def removals_branch_kpis() -> pd.DataFrame:
    """A removals company's monthly KPIs per branch, long format, 2023 - 2025 (seed 1505)."""
    rng = np.random.default_rng(1505)
    branches = {"Austin": 1.0, "Denver": 0.8, "Tampa": 0.65, "Raleigh": 0.55}
    rows = []
    for year in (2023, 2024, 2025):
        for month in range(1, 13):
            season = 1 + 0.35 * np.sin((month - 3) / 12 * 2 * np.pi)
            trend = 1 + ((year - 2023) * 12 + month) * 0.008
            for branch, size in branches.items():
                if branch == "Raleigh" and (year, month) < (2024, 4):
                    continue
                jobs = int(round(120 * size * season * trend * float(rng.normal(1, 0.06))))
                values = {
                    "jobs_completed": jobs,
                    "revenue_usd": round(jobs * float(rng.normal(1850, 90)), 2),
                    "crew_hours": round(jobs * float(rng.normal(11.5, 0.8)), 1),
                    "damage_claims": int(rng.poisson(jobs * 0.025)),
                    "quotes_sent": int(round(jobs * float(rng.normal(2.1, 0.15)))),
                }
                for kpi, value in values.items():
                    rows.append((year, month, branch, kpi, value))
    return pd.DataFrame(rows, columns=["yr", "mth", "branch", "kpi", "value"])


def windfarm_work_orders() -> pd.DataFrame:
    """A wind-farm maintenance crew's work orders, 2023 - 2025 (seed 1506); cost columns wide."""
    rng = np.random.default_rng(1506)
    sites = {"KLB": 24, "MWR": 18, "TSD": 12}
    start = pd.Timestamp("2023-01-01")
    minutes = np.sort(rng.integers(0, 3 * 365 * 24 * 60, 1500))
    rows = []
    for i, m in enumerate(minutes):
        opened = start + pd.Timedelta(minutes=int(m))
        site = rng.choice(list(sites), p=[0.45, 0.33, 0.22])
        if site == "TSD" and opened < pd.Timestamp("2024-07-01"):
            site = "KLB"
        wtg = f"{site}-{int(rng.integers(1, sites[site] + 1)):02d}"
        winter = opened.month in (11, 12, 1, 2)
        typ = rng.choice(
            ["PM", "CM", "INS", "RTF"],
            p=[0.35, 0.4, 0.15, 0.1] if winter else [0.45, 0.3, 0.2, 0.05],
        )
        prio = int(rng.choice([1, 2, 3], p=[0.15, 0.45, 0.4]))
        hours = round(float(rng.gamma(2.5, 3 if typ != "RTF" else 9)), 1)
        down = round(hours * float(rng.uniform(1.0, 3.0)) + (24 if typ == "RTF" else 0), 1)
        closed = opened + pd.Timedelta(hours=down)
        parts = round(float(rng.gamma(1.5, 900 if typ in ("CM", "RTF") else 150)), 2)
        vessel = round(float(rng.normal(2400, 300)), 2) if rng.random() < 0.3 else None
        crane = (
            round(float(rng.normal(18000, 2500)), 2)
            if typ == "RTF" and rng.random() < 0.5
            else None
        )
        open_now = opened > pd.Timestamp("2025-12-20") and rng.random() < 0.7
        rows.append(
            (
                f"WO-{30001 + i}",
                opened.strftime("%Y-%m-%d %H:%M"),
                None if open_now else closed.strftime("%Y-%m-%d %H:%M"),
                site,
                wtg,
                typ,
                prio,
                hours,
                round(hours * 68.0, 2),
                parts,
                vessel,
                crane,
                down,
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "wo_no",
            "opened",
            "closed",
            "site",
            "wtg",
            "typ",
            "prio",
            "lbr_h",
            "cost_lbr_gbp",
            "cost_parts_gbp",
            "cost_vessel_gbp",
            "cost_crane_gbp",
            "dt_h",
        ],
    )


BUILDERS = {
    "school_bus_runs.csv": school_bus_runs,
    "climbing_gym_members.csv": climbing_gym_members,
    "tutoring_sessions.csv": tutoring_sessions,
    "catering_events.csv": catering_events,
    "removals_branch_kpis.csv": removals_branch_kpis,
    "windfarm_work_orders.csv": windfarm_work_orders,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build().to_csv(TABLES / name, index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
