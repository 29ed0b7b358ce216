"""Write the BUSINESS half's six generated tables into tests/sealed26/tables.

    .venv/bin/python -m tests.sealed26.export_business

numpy and pandas only, one fixed seed per table, so the files come out byte for byte the
same on every run. No real organisation or person: the names are invented first names and
place names. Licence: CC0. See TABLES_business.md for what each table holds and its quirks.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


def _days(start: str, end: str) -> pd.DatetimeIndex:
    return pd.date_range(start, end, freq="D")


def _clock(minutes: np.ndarray) -> list[str]:
    return [f"{int(m) // 60:02d}:{int(m) % 60:02d}" for m in minutes]


# --------------------------------------------------------------------------------------
# 1. A community transport (dial-a-ride) scheme's trip log: units in column names
# --------------------------------------------------------------------------------------


def dial_a_ride() -> pd.DataFrame:
    rng = np.random.default_rng(2601)
    n_pass = 640
    pass_ids = np.array([f"P{i:04d}" for i in range(1, n_pass + 1)])
    pass_wheel = rng.random(n_pass) < 0.22
    pass_weight = rng.gamma(0.9, 1.0, n_pass)
    pass_home = rng.gamma(2.2, 2.4, n_pass) + 0.8  # typical miles from home to town
    drivers = ["Brian", "Carol", "Derek", "Gwen", "Irfan", "Maureen", "Tony"]
    purposes = ["Medical", "Shopping", "Day Centre", "Social", "Other"]
    rows = []
    for day in _days("2023-01-03", "2024-12-31"):
        dow = day.day_of_week
        if dow == 6:
            continue
        if (day.month == 12 and day.day >= 25) or (day.month == 1 and day.day == 1):
            continue
        base = 44.0 if dow < 5 else 15.0
        if day.month == 8:
            base *= 0.85
        if day.month in (1, 2):
            base *= 0.93
        if day.year == 2024:
            base *= 1.08
        n = rng.poisson(base)
        on_duty = list(drivers)
        if day >= pd.Timestamp("2024-03-04"):
            on_duty.append("Sandra")
        if dow == 5:
            on_duty = [d for d in on_duty if d in ("Gwen", "Tony", "Sandra")]
        for _ in range(n):
            p = rng.choice(n_pass, p=pass_weight / pass_weight.sum())
            wheel = bool(pass_wheel[p])
            if dow == 5:
                purpose = rng.choice(purposes, p=[0.05, 0.45, 0.0, 0.4, 0.10])
            else:
                purpose = rng.choice(purposes, p=[0.30, 0.28, 0.20, 0.14, 0.08])
            slot = rng.choice([0, 1, 2, 3], p=[0.38, 0.22, 0.28, 0.12])
            mins = [555, 645, 765, 900][slot] + int(rng.integers(-75, 76) // 5 * 5)
            mins = int(min(max(mins, 480), 1050))
            miles = pass_home[p] * rng.uniform(0.7, 1.3)
            if purpose == "Medical":
                miles *= 1.6
            miles = round(float(min(max(miles, 0.8), 31.0)), 1)
            vehicle = (
                rng.choice(["MB1", "MB2"])
                if wheel
                else rng.choice(["MB1", "MB2", "CAR1", "CAR2", "CAR3"], p=[0.2, 0.2, 0.2, 0.2, 0.2])
            )
            status = rng.choice(["Completed", "Cancelled", "No-show"], p=[0.895, 0.075, 0.03])
            if day.year == 2023:
                fare = 2.50 + 0.60 * max(miles - 3.0, 0.0)
            else:
                fare = 2.75 + 0.65 * max(miles - 3.0, 0.0)
            fare = round(fare, 2)
            rows.append(
                {
                    "trip_date": day.strftime("%Y-%m-%d"),
                    "pickup_time": _clock(np.array([mins]))[0],
                    "driver": rng.choice(on_duty),
                    "vehicle": vehicle,
                    "passenger_id": pass_ids[p],
                    "wheelchair": "Y" if wheel else "N",
                    "trip_purpose": purpose,
                    "trip_miles": miles,
                    "fare_gbp": fare,
                    "status": status,
                }
            )
    df = pd.DataFrame(rows)
    df = df.sort_values(["trip_date", "pickup_time"], kind="stable").reset_index(drop=True)
    df.insert(0, "trip_ref", [f"DAR-{i:06d}" for i in range(1, len(df) + 1)])
    off = df["status"] != "Completed"
    df.loc[off, "trip_miles"] = np.nan
    df.loc[df["status"] == "Cancelled", "fare_gbp"] = 0.0
    df.loc[df["status"] == "No-show", "fare_gbp"] = 3.00
    done = df.index[~off].to_numpy()
    df.loc[rng.choice(done, 64, replace=False), "trip_miles"] = np.nan
    df.loc[rng.choice(df.index.to_numpy(), 41, replace=False), "trip_purpose"] = np.nan
    cancelled = df.index[df["status"] == "Cancelled"].to_numpy()
    df.loc[rng.choice(cancelled, 25, replace=False), "driver"] = np.nan
    return df


# --------------------------------------------------------------------------------------
# 2. A youth sports club's membership and subscriptions: camelCase column names
# --------------------------------------------------------------------------------------


def sports_club() -> pd.DataFrame:
    rng = np.random.default_rng(2602)
    teams = {
        "Minis": ("U7", 12.0, 34),
        "Hornets": ("U9", 16.0, 42),
        "Wasps": ("U9", 16.0, 38),
        "Falcons": ("U11", 20.0, 45),
        "Kestrels": ("U11", 20.0, 40),
        "Otters": ("U12", 20.0, 36),
        "Lions": ("U14", 24.0, 41),
        "Panthers": ("U14", 24.0, 33),
        "Tigers": ("U16", 26.0, 29),
        "Wolves": ("U16", 26.0, 22),
    }
    age_years = {"U7": 6, "U9": 8, "U11": 10, "U12": 11, "U14": 13, "U16": 15}
    rows = []
    for team, (age, sub, size) in teams.items():
        for _ in range(size):
            earliest = 2025 - age_years[age] + 4
            year = int(rng.integers(max(earliest, 2017), 2025))
            if rng.random() < 0.72:
                joined = pd.Timestamp(year, int(rng.choice([8, 9])), int(rng.integers(1, 29)))
            else:
                joined = pd.Timestamp(year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
            if joined > pd.Timestamp("2025-02-28"):
                joined = pd.Timestamp("2025-02-14")
            code = rng.choice(["", "SIB10", "HARD50", "VOL25"], p=[0.70, 0.17, 0.06, 0.07])
            factor = {"": 1.0, "SIB10": 0.9, "HARD50": 0.5, "VOL25": 0.75}[code]
            charged = round(sub * factor, 2)
            start = max(joined, pd.Timestamp("2024-09-01"))
            months_due = max(0, (2025 - start.year) * 12 + 3 - start.month + 1)
            months_due = min(months_due, 7)
            status = rng.choice(["Paid", "Unpaid"], p=[0.86, 0.14])
            paid_months = months_due if status == "Paid" else int(rng.integers(0, months_due))
            sessions = int(
                rng.binomial(max(months_due, 1) * 8, {"U7": 0.62, "U16": 0.68}.get(age, 0.74))
            )
            rows.append(
                {
                    "ageGroup": age,
                    "teamName": team,
                    "joinedDate": joined.strftime("%Y-%m-%d"),
                    "monthlySubGbp": charged,
                    "discountCode": code,
                    "seasonPaidGbp": round(charged * paid_months, 2),
                    "sessionsAttended": sessions,
                    "paymentStatus": status,
                }
            )
    df = pd.DataFrame(rows)
    df = df.sample(frac=1.0, random_state=7).reset_index(drop=True)
    void = rng.choice(len(df), 13, replace=False)
    df.loc[void, "paymentStatus"] = "VOID"
    df.loc[void, "seasonPaidGbp"] = 0.0
    df.loc[void, "sessionsAttended"] = 0
    keep = np.setdiff1d(np.arange(len(df)), void)
    df["sessionsAttended"] = df["sessionsAttended"].astype(float)
    df.loc[rng.choice(keep, 9, replace=False), "sessionsAttended"] = np.nan
    df = df.sort_values("joinedDate", kind="stable").reset_index(drop=True)
    df.insert(0, "memberId", [f"YSC-{i:04d}" for i in range(1, len(df) + 1)])
    df["sessionsAttended"] = df["sessionsAttended"].astype("Int64")
    return df


# --------------------------------------------------------------------------------------
# 3. A makerspace's equipment bookings: units in column names
# --------------------------------------------------------------------------------------


def makerspace() -> pd.DataFrame:
    rng = np.random.default_rng(2603)
    n_mem = 380
    mem_ids = np.array([f"MK-{i:04d}" for i in range(1, n_mem + 1)])
    tiers = rng.choice(["Standard", "Concession", "Business"], n_mem, p=[0.58, 0.30, 0.12])
    weight = rng.gamma(0.8, 1.0, n_mem)
    machines = {
        "LC-01": ("Laser Cutter", 8.0),
        "LC-02": ("Laser Cutter", 8.0),
        "3DP-01": ("3D Printer", 3.0),
        "3DP-02": ("3D Printer", 3.0),
        "3DP-03": ("3D Printer", 3.0),
        "CNC-01": ("CNC Router", 12.0),
        "VC-01": ("Vinyl Cutter", 4.0),
    }
    mids = list(machines)
    mprob = np.array([0.19, 0.14, 0.15, 0.14, 0.12, 0.14, 0.12])
    factor = {"Standard": 1.0, "Concession": 0.5, "Business": 1.5}
    rows = []
    for day in _days("2023-09-01", "2025-08-31"):
        if day.day_of_week == 0:
            continue
        base = 11.0 if day.day_of_week in (5, 6) else 8.0
        if day.month in (12,) and day.day >= 20:
            base *= 0.4
        if day >= pd.Timestamp("2024-09-01"):
            base *= 1.15
        for _ in range(rng.poisson(base)):
            m = rng.choice(len(mids), p=mprob)
            mid = mids[m]
            equip, rate = machines[mid]
            mem = rng.choice(n_mem, p=weight / weight.sum())
            tier = tiers[mem]
            if equip == "3D Printer":
                hours = float(
                    rng.choice(
                        [1, 1.5, 2, 3, 4, 5, 6, 8], p=[0.1, 0.1, 0.2, 0.2, 0.15, 0.1, 0.1, 0.05]
                    )
                )
                grams = rng.gamma(2.0, 22.0) * hours
            elif equip == "Laser Cutter":
                hours = float(rng.choice([0.5, 1, 1.5, 2, 3], p=[0.25, 0.35, 0.2, 0.15, 0.05]))
                grams = rng.gamma(3.0, 110.0) * hours
            elif equip == "CNC Router":
                hours = float(rng.choice([1, 2, 3, 4], p=[0.3, 0.35, 0.25, 0.1]))
                grams = rng.gamma(3.0, 420.0) * hours
            else:
                hours = float(rng.choice([0.5, 1, 1.5], p=[0.5, 0.4, 0.1]))
                grams = rng.gamma(2.0, 15.0) * hours
            if day >= pd.Timestamp("2025-01-01"):
                rate += 1.0
            start = int(rng.choice([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]))
            if day.day_of_week < 5:
                start = int(rng.choice([10, 12, 14, 16, 17, 18, 18, 19]))
            start_min = start * 60 + int(rng.choice([0, 30]))
            inducted = "Y" if rng.random() < 0.93 else "N"
            status = "Completed" if rng.random() < 0.91 else "Cancelled"
            rows.append(
                {
                    "booking_date": day.strftime("%Y-%m-%d"),
                    "start_time": _clock(np.array([start_min]))[0],
                    "equipment": equip,
                    "machine_id": mid,
                    "member_id": mem_ids[mem],
                    "member_tier": tier,
                    "induction_done": inducted,
                    "hours_booked": hours,
                    "material_used_grams": round(float(grams)),
                    "charge_gbp": round(hours * rate * factor[tier], 2),
                    "status": status,
                }
            )
    df = pd.DataFrame(rows)
    df = df.sort_values(["booking_date", "start_time"], kind="stable").reset_index(drop=True)
    df.insert(0, "booking_id", [f"BK-{i:05d}" for i in range(1, len(df) + 1)])
    cancelled = df["status"] == "Cancelled"
    df["material_used_grams"] = df["material_used_grams"].astype(float)
    df.loc[cancelled, "material_used_grams"] = np.nan
    df.loc[cancelled, "charge_gbp"] = 0.0
    done = df.index[~cancelled].to_numpy()
    df.loc[rng.choice(done, 47, replace=False), "material_used_grams"] = np.nan
    df["material_used_grams"] = df["material_used_grams"].astype("Int64")
    return df


# --------------------------------------------------------------------------------------
# 4. An allotment society's plot register and rents, with a TOTAL row at the bottom
# --------------------------------------------------------------------------------------


def allotments() -> pd.DataFrame:
    rng = np.random.default_rng(2604)
    sites = {
        "A": ("Ash Lane", 78, 0.42),
        "B": ("Brook Meadow", 96, 0.38),
        "C": ("Castle Field", 54, 0.50),
        "D": ("Dene Road", 67, 0.45),
    }
    rows = []
    tenant = 0
    for letter, (site, count, rate) in sites.items():
        for k in range(1, count + 1):
            size = int(
                rng.choice([250, 125, 60, 200, 150, 90], p=[0.38, 0.36, 0.12, 0.05, 0.05, 0.04])
            )
            vacant_p = 0.03 if letter != "C" else 0.09
            status = rng.choice(["Let", "Vacant", "Notice"], p=[0.95 - vacant_p, vacant_p, 0.05])
            concession = "Y" if (status != "Vacant" and rng.random() < 0.24) else "N"
            rent = round(size * rate * (0.5 if concession == "Y" else 1.0) * 2) / 2
            if status == "Vacant":
                rows.append(
                    {
                        "plot_code": f"{letter}{k}",
                        "site": site,
                        "plot_size_sq_m": size,
                        "rent_per_year_gbp": rent,
                        "tenancy_status": status,
                        "tenant_ref": "",
                        "concession": concession,
                        "waiting_list_date": "",
                        "tenancy_start": "",
                        "inspection_grade": "",
                    }
                )
                continue
            tenant += 1
            start = pd.Timestamp("2009-03-01") + pd.Timedelta(days=int(rng.integers(0, 5800)))
            wait_days = int(rng.gamma(2.5, {"A": 210, "B": 150, "C": 330, "D": 260}[letter]))
            if start.year >= 2020:
                wait_days = int(wait_days * 1.5)
            listed = start - pd.Timedelta(days=wait_days + 14)
            grade = rng.choice(["A", "B", "C", "D"], p=[0.3, 0.42, 0.2, 0.08])
            if status == "Notice":
                grade = rng.choice(["C", "D"], p=[0.4, 0.6])
            rows.append(
                {
                    "plot_code": f"{letter}{k}",
                    "site": site,
                    "plot_size_sq_m": size,
                    "rent_per_year_gbp": rent,
                    "tenancy_status": status,
                    "tenant_ref": f"T{tenant:04d}",
                    "concession": concession,
                    "waiting_list_date": listed.strftime("%Y-%m-%d"),
                    "tenancy_start": start.strftime("%Y-%m-%d"),
                    "inspection_grade": grade,
                }
            )
    df = pd.DataFrame(rows)
    old = df.index[(df["tenancy_start"] != "") & (df["tenancy_start"] < "2012-01-01")].to_numpy()
    df.loc[rng.choice(old, 6, replace=False), "waiting_list_date"] = ""
    let = df.index[df["tenancy_status"] != "Vacant"].to_numpy()
    df.loc[rng.choice(let, 5, replace=False), "inspection_grade"] = ""
    total = {c: "" for c in df.columns}
    total["plot_code"] = "TOTAL"
    total["plot_size_sq_m"] = int(df["plot_size_sq_m"].sum())
    total["rent_per_year_gbp"] = round(float(df["rent_per_year_gbp"].sum()), 2)
    df = pd.concat([df, pd.DataFrame([total])], ignore_index=True)
    return df


# --------------------------------------------------------------------------------------
# 5. A hearing-aid / audiology clinic's appointments: two date formats, type codes
# --------------------------------------------------------------------------------------


def audiology() -> pd.DataFrame:
    rng = np.random.default_rng(2605)
    staff = ["Fiona", "Hamid", "Lucy", "Marek", "Nkechi"]
    types = ["TEST", "HA-FIT", "REVIEW", "REPAIR", "WAX"]
    tprob = [0.30, 0.16, 0.26, 0.12, 0.16]
    length = {"TEST": 60, "HA-FIT": 60, "REVIEW": 30, "REPAIR": 15, "WAX": 30}
    nhs_fee = {"TEST": 52.0, "HA-FIT": 148.0, "REVIEW": 36.0, "REPAIR": 18.0, "WAX": 30.0}
    pvt_fee = {"TEST": 85.0, "HA-FIT": 295.0, "REVIEW": 55.0, "REPAIR": 25.0, "WAX": 60.0}
    n_pat = 4200
    rows = []
    for day in _days("2023-01-03", "2025-06-30"):
        if day.day_of_week >= 5:
            continue
        if (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1):
            continue
        base = 17.0 * (1.06 if day.year >= 2024 else 1.0)
        if day.month == 8:
            base *= 0.8
        on = [s for s in staff if not (s == "Marek" and day.day_of_week == 4)]
        if day < pd.Timestamp("2023-05-02"):
            on = [s for s in on if s != "Nkechi"]
        for _ in range(rng.poisson(base)):
            t = rng.choice(types, p=tprob)
            site = "Outreach" if (day.day_of_week == 2 and rng.random() < 0.7) else "High Street"
            if site == "Outreach" and t == "HA-FIT":
                t = "REVIEW"
            funding = "NHS" if rng.random() < 0.74 else "Private"
            fee = (nhs_fee if funding == "NHS" else pvt_fee)[t]
            if day >= pd.Timestamp("2024-04-01"):
                fee = round(fee * 1.05, 2)
            p_dna = 0.09 if t in ("REVIEW", "WAX") else 0.05
            if site == "Outreach":
                p_dna += 0.04
            r = rng.random()
            attend = "DNA" if r < p_dna else ("CANC" if r < p_dna + 0.06 else "ATT")
            slot = int(rng.integers(0, 16))
            aids = (
                int(rng.choice([1, 2], p=[0.35, 0.65]))
                if (t == "HA-FIT" and attend == "ATT")
                else 0
            )
            rows.append(
                {
                    "_date": day,
                    "appt_time": _clock(np.array([540 + slot * 30]))[0],
                    "clinic_site": site,
                    "audiologist": rng.choice(on),
                    "appt_type": t,
                    "patient_id": f"PT{int(rng.integers(1, n_pat + 1)):05d}",
                    "funding": funding,
                    "duration_mins": length[t],
                    "aids_fitted": aids,
                    "fee_gbp": fee if attend == "ATT" else 0.0,
                    "attendance": attend,
                }
            )
    df = pd.DataFrame(rows)
    df = df.sort_values(["_date", "appt_time"], kind="stable").reset_index(drop=True)
    old = df["_date"] < pd.Timestamp("2024-07-01")
    written = [
        d.strftime("%Y/%m/%d") if o else f"{d.day}-{d.strftime('%b')}-{d.strftime('%y')}"
        for d, o in zip(df["_date"], old, strict=True)
    ]
    df.insert(0, "appt_date", written)
    df = df.drop(columns="_date")
    df.insert(0, "appt_no", [f"AUD-{i:05d}" for i in range(10001, 10001 + len(df))])
    df.loc[rng.choice(len(df), 23, replace=False), "audiologist"] = np.nan
    return df


# --------------------------------------------------------------------------------------
# 6. A charity food co-op's monthly programme KPIs in long form
# --------------------------------------------------------------------------------------


def food_coop() -> pd.DataFrame:
    rng = np.random.default_rng(2606)
    branches = {
        "Northside": 310,
        "Eastside": 420,
        "Riverside": 260,
        "Town Centre": 380,
        "Westgate": 150,
    }
    months = pd.date_range("2022-04-01", "2025-03-01", freq="MS")
    rows = []
    for month in months:
        step = (month.year - 2022) * 12 + month.month - 4
        season = 1.0 + 0.12 * np.cos((month.month - 1) / 12 * 2 * np.pi)
        for branch, size in branches.items():
            if branch == "Westgate" and month < pd.Timestamp("2023-10-01"):
                continue
            growth = 1.0 + 0.011 * step
            if branch == "Westgate":
                growth = 0.55 + 0.05 * min((month.year - 2023) * 12 + month.month - 10, 9)
            households = int(round(size * growth * season * rng.uniform(0.92, 1.08)))
            people = int(round(households * rng.uniform(2.3, 2.7)))
            parcels = int(round(households * rng.uniform(1.6, 2.1)))
            kg = round(parcels * rng.uniform(9.5, 12.5), 1)
            vols = int(round(size / 10 * rng.uniform(0.8, 1.2) + step * 0.15))
            vhours = round(vols * rng.uniform(9.0, 14.0) * (0.85 if month.month == 8 else 1.0), 1)
            cost = round(rng.uniform(6.2, 8.4) * (1.0 + 0.004 * step), 2)
            new_reg = int(rng.poisson(households * 0.06))
            for indicator, value in [
                ("households_served", households),
                ("individuals_served", people),
                ("food_parcels", parcels),
                ("kg_food_distributed", kg),
                ("volunteers_active", vols),
                ("volunteer_hours", vhours),
                ("new_registrations", new_reg),
                ("cost_per_household_gbp", cost),
            ]:
                rows.append(
                    {
                        "month": month.strftime("%Y-%m"),
                        "branch": branch,
                        "indicator": indicator,
                        "value": float(value),
                    }
                )
    df = pd.DataFrame(rows)
    blank = rng.choice(len(df), 14, replace=False)
    df.loc[blank, "value"] = np.nan
    return df


EXPORTS = {
    "dial_a_ride_trip_log.csv": dial_a_ride,
    "youth_sports_club_members.csv": sports_club,
    "makerspace_equipment_bookings.csv": makerspace,
    "allotment_plot_register.csv": allotments,
    "audiology_clinic_appointments.csv": audiology,
    "food_coop_programme_kpis_long.csv": food_coop,
}


def main() -> None:
    TABLES.mkdir(exist_ok=True)
    for name, make in EXPORTS.items():
        frame = make()
        frame.to_csv(TABLES / name, index=False, lineterminator="\n")
        size = (TABLES / name).stat().st_size
        sys.stdout.write(f"{name}: {len(frame)} rows, {size:,} bytes\n")


if __name__ == "__main__":
    main()
