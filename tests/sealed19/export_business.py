"""Writes the BUSINESS half's six generated tables into tests/sealed19/tables/.

Every table is made up (no real organisation or person) with numpy and pandas only and a
fixed seed, so re-running this script reproduces the same files byte for byte:

    .venv/bin/python -m tests.sealed19.export_business
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent / "tables"


def daycare(rng: np.random.Generator) -> pd.DataFrame:
    """A day nursery's session register: one row per booked child session."""
    days = pd.bdate_range("2022-01-04", "2024-12-20")
    closed = {
        pd.Timestamp(d)
        for d in (
            "2022-04-15",
            "2022-04-18",
            "2022-05-02",
            "2022-06-02",
            "2022-06-03",
            "2022-08-29",
            "2023-04-07",
            "2023-04-10",
            "2023-05-01",
            "2023-05-08",
            "2023-05-29",
            "2023-08-28",
            "2024-03-29",
            "2024-04-01",
            "2024-05-06",
            "2024-05-27",
            "2024-08-26",
        )
    }
    days = [d for d in days if d not in closed]
    rooms = {"Babies": (16, 12, 7.60), "Toddlers": (30, 20, 7.10), "Preschool": (44, 28, 6.60)}
    start = {"FD": (8, 10), "AM": (8, 5), "PM": (13, 5)}
    rows = []
    for day in days:
        uplift = 1.05 if day.year >= 2024 else 1.0
        season = 0.8 if day.month == 8 else 1.0
        for room, (pool, mean, rate) in rooms.items():
            n = min(pool, int(rng.poisson(mean * season)))
            kids = rng.choice(pool, size=n, replace=False)
            prefix = room[0]
            for kid in sorted(kids):
                stype = rng.choice(["FD", "AM", "PM"], p=[0.55, 0.3, 0.15])
                hour, hrs = start[stype]
                status = rng.choice(["ATT", "NS", "CX", "SK"], p=[0.9, 0.025, 0.035, 0.04])
                funded = 0
                if room == "Preschool":
                    funded = int(rng.choice([0, 3, 5, 6], p=[0.35, 0.2, 0.3, 0.15]))
                    funded = min(funded, hrs)
                fee = round(rate * uplift * (hrs - funded), 2) if status != "SK" else 0.0
                cin = cout = ""
                late = np.nan
                if status == "ATT":
                    m_in = hour * 60 + int(rng.integers(-5, 46))
                    cin = f"{m_in // 60:02d}:{m_in % 60:02d}"
                    late_v = int(rng.choice([0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 10, 15, 25]))
                    m_out = (
                        (hour + hrs) * 60 - int(rng.integers(0, 50))
                        if late_v == 0
                        else ((hour + hrs) * 60 + late_v)
                    )
                    cout = f"{m_out // 60:02d}:{m_out % 60:02d}"
                    late = float(late_v)
                    if rng.random() < 0.004:
                        cout = ""
                        late = np.nan
                rows.append(
                    (
                        day.strftime("%d/%m/%Y"),
                        f"{prefix}{kid + 1:03d}",
                        room,
                        stype,
                        status,
                        cin,
                        cout,
                        funded,
                        fee,
                        late,
                    )
                )
    cols = [
        "session_date",
        "child_id",
        "room",
        "session_type",
        "status",
        "check_in",
        "check_out",
        "funded_hrs",
        "fee_gbp",
        "late_pickup_mins",
    ]
    return pd.DataFrame(rows, columns=cols)


def bowling(rng: np.random.Generator) -> pd.DataFrame:
    """A ten-pin bowling centre's lane bookings."""
    days = pd.date_range("2022-04-01", "2025-03-31")
    types = ["Family", "Adults", "Kids Party", "Corporate", "League"]
    rows = []
    ref = 100000
    for day in days:
        wkend = day.day_of_week >= 5
        n = int(rng.poisson(11 if wkend else 6))
        if day.day_of_week == 1:
            n += 2  # Tuesday league night
        for _ in range(n):
            ref += int(rng.integers(1, 4))
            if day.day_of_week == 1 and rng.random() < 0.3:
                ptype = "League"
            else:
                ptype = str(rng.choice(types[:4], p=[0.45, 0.33, 0.14, 0.08]))
            hour = int(
                rng.choice(range(10, 22), p=np.array([2, 3, 4, 5, 6, 6, 7, 8, 10, 10, 8, 5]) / 74)
            )
            minute = int(rng.choice([0, 15, 30, 45]))
            players = {
                "Family": rng.integers(2, 7),
                "Adults": rng.integers(2, 9),
                "Kids Party": rng.integers(6, 17),
                "Corporate": rng.integers(8, 25),
                "League": rng.integers(4, 7),
            }[ptype]
            players = int(players)
            lanes = max(1, -(-players // 6))
            games = int(rng.choice([1, 2, 3], p=[0.5, 0.38, 0.12])) if ptype != "League" else 3
            mins = 15 + 20 * games
            price = 6.5 if hour < 17 else 8.0
            if day >= pd.Timestamp("2024-04-01"):
                price += 0.5
            lane_fee = round(players * games * price, 2)
            food = 0.0
            if ptype in ("Kids Party", "Corporate") or rng.random() < 0.4:
                food = round(float(players * rng.uniform(3, 11)), 2)
            status = str(rng.choice(["C", "X", "NS"], p=[0.9, 0.07, 0.03]))
            channel = str(rng.choice(["Online", "Phone", "WalkIn"], p=[0.6, 0.15, 0.25]))
            if channel == "WalkIn":
                status = "C"
            if status != "C":
                food = 0.0
            if status == "X":
                lane_fee = 0.0
            shoes = int(rng.binomial(players, 0.85))
            food_v = np.nan if rng.random() < 0.01 else food
            rows.append(
                (
                    f"BK{ref}",
                    f"{day:%Y-%m-%d} {hour:02d}:{minute:02d}",
                    channel,
                    ptype,
                    int(rng.integers(1, 13)),
                    lanes,
                    players,
                    games,
                    mins,
                    status,
                    lane_fee,
                    food_v,
                    shoes,
                )
            )
    cols = [
        "BookingRef",
        "StartTime",
        "Channel",
        "PartyType",
        "FirstLane",
        "LanesUsed",
        "Players",
        "Games",
        "DurationMins",
        "Status",
        "LaneFee_GBP",
        "FoodDrink_GBP",
        "ShoePairs",
    ]
    return pd.DataFrame(rows, columns=cols)


def bins(rng: np.random.Generator) -> pd.DataFrame:
    """A district council's monthly bin-collection round returns."""
    depots = {"Hartley Road": 6, "Millbrook": 5, "Canal Street": 7}
    streams = {
        "Residual": (1.0, 9.5),
        "Dry Recycling": (0.9, 5.5),
        "Garden": (0.5, 11.0),
        "Food": (0.7, 2.2),
    }
    rows = []
    for year in (2022, 2023, 2024):
        for month in range(1, 13):
            for depot, n_rounds in depots.items():
                for r in range(1, n_rounds + 1):
                    code = "".join(w[0] for w in depot.split()).upper()
                    for stream, (share, kg_per_lift) in streams.items():
                        if stream == "Garden" and month in (12, 1, 2):
                            continue
                        lifts = int(
                            rng.normal(1900 * share, 120)
                            * (4.33 if stream in ("Residual", "Food") else 2.17)
                        )
                        season = 1.4 if stream == "Garden" and month in (5, 6, 7) else 1.0
                        kg = round(lifts * kg_per_lift * season * rng.normal(1, 0.06), 0)
                        missed = int(rng.poisson(lifts * 0.0025 * (1.8 if month == 12 else 1)))
                        km = round(float(rng.normal(310, 30) * (lifts / 4000)), 1)
                        hrs = round(float(lifts / rng.normal(95, 6) * 3), 1)
                        fuel = round(km * rng.normal(0.55, 0.03), 1)
                        if rng.random() < 0.03:
                            fuel = np.nan
                        rows.append(
                            (
                                year,
                                month,
                                depot,
                                f"{code}-R{r:02d}",
                                stream,
                                lifts,
                                missed,
                                kg,
                                km,
                                hrs,
                                fuel,
                            )
                        )
    cols = [
        "Year",
        "Month",
        "Depot",
        "Round Code",
        "Waste Stream",
        "Scheduled Lifts",
        "Missed Bins",
        "Collected kg",
        "Distance km",
        "Crew Hrs",
        "Fuel Litres",
    ]
    return pd.DataFrame(rows, columns=cols)


def landscaping(rng: np.random.Generator) -> pd.DataFrame:
    """A landscaping firm's job book: every quote, won or not."""
    services = {
        "Lawn care": (120, 4, 25),
        "Hedge cutting": (60, 6, 15),
        "Patio and paving": (35, 40, 900),
        "Turfing": (80, 12, 400),
        "Tree surgery": (1, 10, 80),
        "Garden clearance": (90, 9, 60),
        "Fencing": (20, 16, 550),
    }
    names = list(services)
    rows = []
    quote_days = pd.date_range("2022-01-03", "2024-12-20")
    picks = np.sort(rng.integers(0, len(quote_days), size=3100))
    for i, pick in enumerate(picks):
        q = quote_days[int(pick)]
        svc = str(rng.choice(names, p=[0.24, 0.18, 0.12, 0.11, 0.09, 0.14, 0.12]))
        area_mu, hrs_mu, mat_mu = services[svc]
        area = round(float(rng.gamma(4, area_mu / 4)), 1)
        if svc == "Tree surgery":
            area = np.nan
        hrs = round(float(rng.gamma(5, hrs_mu / 5)), 1)
        mat = round(float(rng.gamma(3, mat_mu / 3)), 2)
        cust = str(rng.choice(["Domestic", "Commercial"], p=[0.78, 0.22]))
        rate = 32.0 if q.year == 2022 else 34.0 if q.year == 2023 else 36.0
        net = round(hrs * rate * (1.15 if cust == "Commercial" else 1.0) + mat * 1.25, 2)
        status = str(rng.choice(["WON", "LOST", "CANC"], p=[0.64, 0.3, 0.06]))
        crew = str(rng.choice(["Crew A", "Crew B", "Crew C", "Crew D"]))
        start = ""
        miles = round(float(rng.gamma(3, 4)), 1)
        if status == "WON":
            start = (q + pd.Timedelta(days=int(rng.integers(3, 40)))).strftime("%Y-%m-%d")
            vat = round(net * 0.2, 2)
        else:
            net, vat, hrs, crew = np.nan, np.nan, np.nan, ""
            mat = np.nan
        rows.append(
            (
                f"LJ{i + 1:05d}",
                q.strftime("%Y-%m-%d"),
                start,
                svc,
                cust,
                crew,
                str(rng.choice(["GL50", "GL51", "GL52", "GL53", "GL54", "WR11", "WR12"])),
                area,
                hrs,
                miles,
                mat,
                net,
                vat,
                status,
            )
        )
    cols = [
        "jobId",
        "quoteDate",
        "startDate",
        "serviceLine",
        "customerType",
        "crew",
        "postcodeDistrict",
        "area_sq_m",
        "labourHrs",
        "travelMiles",
        "materials_gbp",
        "invoiceNet_gbp",
        "vat_gbp",
        "status",
    ]
    frame = pd.DataFrame(rows, columns=cols).sort_values(["quoteDate", "jobId"])
    return frame.reset_index(drop=True)


def campsite(rng: np.random.Generator) -> pd.DataFrame:
    """A campsite's bookings (seasons April to October)."""
    pitches = {
        "Tent": (22, 0.3),
        "Caravan": (31, 0.2),
        "Campervan": (29, 0.2),
        "Glamping Pod": (68, 0.17),
        "Bell Tent": (85, 0.13),
    }
    kinds = list(pitches)
    rows = []
    i = 0
    for year in (2022, 2023, 2024):
        season = pd.date_range(f"{year}-04-01", f"{year}-10-31")
        for day in season:
            peak = 2.2 if day.month in (7, 8) else 1.0
            wk = 1.5 if day.day_of_week in (4, 5) else 1.0
            for _ in range(int(rng.poisson(3.2 * peak * wk))):
                i += 1
                kind = str(rng.choice(kinds, p=[pitches[k][1] for k in kinds]))
                nights = int(
                    rng.choice(
                        [1, 2, 3, 4, 5, 7, 10, 14], p=[0.12, 0.3, 0.18, 0.12, 0.1, 0.12, 0.03, 0.03]
                    )
                )
                adults = int(rng.choice([1, 2, 2, 2, 3, 4]))
                children = int(rng.choice([0, 0, 1, 2, 2, 3]))
                dogs = int(rng.choice([0, 0, 0, 1, 1, 2]))
                if kind in ("Glamping Pod", "Bell Tent"):
                    dogs = 0 if kind == "Bell Tent" else min(dogs, 1)
                hookup = "Y" if kind in ("Caravan", "Campervan") or rng.random() < 0.2 else "N"
                price = (
                    pitches[kind][0]
                    * (1.3 if day.month in (7, 8) else 1.0)
                    * (1.04 ** (year - 2022))
                )
                amount = nights * (price + 6 * children + 3 * dogs + (5 if hookup == "Y" else 0))
                amount = round(amount, 2)
                status = str(rng.choice(["STAY", "CANC", "NOSH"], p=[0.86, 0.11, 0.03]))
                channel = str(
                    rng.choice(
                        ["Direct web", "Phone", "Pitchup", "Booking.com"],
                        p=[0.45, 0.15, 0.25, 0.15],
                    )
                )
                lead = int(rng.gamma(2, 25))
                booked = day - pd.Timedelta(days=lead)
                deposit = round(amount * 0.25, 2)
                rating = np.nan
                if status == "STAY" and rng.random() < 0.35:
                    rating = int(rng.choice([2, 3, 4, 5], p=[0.05, 0.15, 0.4, 0.4]))
                rows.append(
                    (
                        f"CS{year % 100}{i:05d}",
                        booked.strftime("%Y-%m-%d"),
                        day.strftime("%Y-%m-%d"),
                        nights,
                        kind,
                        adults,
                        children,
                        dogs,
                        hookup,
                        channel,
                        status,
                        amount,
                        deposit,
                        rating,
                    )
                )
    cols = [
        "Booking ID",
        "Booked On",
        "Arrival",
        "Nights",
        "Pitch Type",
        "Adults",
        "Children",
        "Dogs",
        "Electric Hookup",
        "Channel",
        "Status",
        "amount_eur",
        "deposit_eur",
        "Review Score",
    ]
    return pd.DataFrame(rows, columns=cols)


def ambulance(rng: np.random.Generator) -> pd.DataFrame:
    """An ambulance service's monthly station scorecard, one row per measure."""
    stations = {
        "Ashford": 1.0,
        "Brookvale": 1.35,
        "Corbridge": 0.7,
        "Dunmore": 1.1,
        "Elmstead": 0.85,
    }
    rows = []
    for period in pd.period_range("2022-01", "2024-12", freq="M"):
        winter = 1.15 if period.month in (12, 1, 2) else 1.0
        trend = 1 + 0.02 * (period.year - 2022)
        for station, size in stations.items():
            incidents = int(rng.normal(1400 * size * winter * trend, 60))
            conveyed = int(incidents * rng.normal(0.58, 0.02))
            cat1 = round(float(rng.normal(7.8 + 0.8 * (winter - 1) * 6, 0.5) + size), 1)
            cat2 = round(float(rng.normal(28 * winter, 3) + 6 * size), 1)
            handover = round(float(rng.normal(24 * winter, 4)), 1)
            crew_hrs = int(rng.normal(9800 * size, 300))
            overtime = round(float(rng.normal(21000 * size * winter, 2500)), 2)
            sickness = round(float(rng.normal(5.2 * winter, 0.7)), 2)
            values = {
                "incidents": incidents,
                "patients_conveyed": conveyed,
                "cat1_mean_response_mins": cat1,
                "cat2_mean_response_mins": cat2,
                "handover_mean_mins": handover,
                "crew_hrs": crew_hrs,
                "overtime_gbp": overtime,
                "sickness_absence_pct": sickness,
            }
            for measure, value in values.items():
                if rng.random() < 0.01:
                    value = np.nan
                rows.append((period.strftime("%b-%y"), station, measure, value))
    return pd.DataFrame(rows, columns=["period", "station", "measure", "value"])


def main() -> None:
    OUT.mkdir(exist_ok=True)
    makers = [
        ("daycare_sessions.csv", daycare, 1901),
        ("bowling_lane_bookings.csv", bowling, 1902),
        ("bin_collection_rounds.csv", bins, 1903),
        ("landscaping_jobs.csv", landscaping, 1904),
        ("campsite_bookings.csv", campsite, 1905),
        ("ambulance_station_kpis.csv", ambulance, 1906),
    ]
    for name, make, seed in makers:
        frame = make(np.random.default_rng(seed))
        frame.to_csv(OUT / name, index=False, lineterminator="\n")
        sys.stdout.write(f"{name} {len(frame)}\n")


if __name__ == "__main__":
    main()
