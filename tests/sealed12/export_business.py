"""Writes the twelfth sealed set's six generated business tables to tests/sealed12/tables/
(run once; the CSVs are committed). Each table is generated with numpy at a fixed seed, so
the files are reproduced byte for byte. The app never imports this.

    python -m tests.sealed12.export_business
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = Path(__file__).resolve().parent / "tables"


def _days(start: str, end: str) -> pd.DatetimeIndex:
    return pd.date_range(start, end, freq="D")


def _money(value: float) -> float:
    return round(float(value), 2)


# --- cinema_screenings: snake_case, ISO dates with a separate clock time -------------------

FILMS = [
    # title, genre, cert, opens, weeks, pull (relative demand), subtitled
    ("Northern Lights Express", "FAMILY", "U", "2022-11-25", 7, 1.2, "N"),
    ("Glass Kingdom", "ACTION", "12A", "2022-12-09", 6, 1.2, "N"),
    ("Holly and Ivy", "COMEDY", "PG", "2022-12-02", 6, 0.9, "N"),
    ("The Lantern Keeper", "DRAMA", "12A", "2023-01-06", 6, 0.9, "N"),
    ("Iron Meridian", "ACTION", "12A", "2023-01-20", 6, 1.3, "N"),
    ("Paper Moons", "FAMILY", "U", "2023-02-10", 7, 1.1, "N"),
    ("Night Ferry", "HORROR", "15", "2023-03-03", 5, 0.8, "N"),
    ("The Quiet Year", "DRAMA", "15", "2023-03-24", 6, 0.7, "Y"),
    ("Salt and Sparrows", "COMEDY", "12A", "2023-04-14", 6, 1.0, "N"),
    ("Velocity Run", "ACTION", "12A", "2023-05-12", 7, 1.4, "N"),
    ("Little Lighthouse", "FAMILY", "U", "2023-06-23", 9, 1.3, "N"),
    ("Under Glass", "DOC", "PG", "2023-07-07", 5, 0.5, "N"),
    ("Crimson Orbit", "ACTION", "12A", "2023-07-28", 7, 1.5, "N"),
    ("Hollow Pines", "HORROR", "18", "2023-09-22", 6, 0.9, "N"),
    ("A Winter Minuet", "DRAMA", "PG", "2023-10-13", 6, 0.8, "Y"),
    ("Starlit Paws", "FAMILY", "U", "2023-11-17", 8, 1.4, "N"),
    ("The Last Courier", "ACTION", "15", "2023-12-08", 7, 1.3, "N"),
    ("Marrow Street", "COMEDY", "15", "2024-01-19", 6, 0.9, "N"),
    ("Tidewater", "DRAMA", "12A", "2024-02-09", 6, 0.8, "N"),
    ("Gearheart", "FAMILY", "PG", "2024-02-16", 7, 1.2, "N"),
    ("The Ninth Gate Road", "HORROR", "15", "2024-03-29", 5, 0.8, "N"),
    ("Blue Equinox", "ACTION", "12A", "2024-05-03", 7, 1.5, "N"),
    ("Foxglove", "DRAMA", "12A", "2024-05-31", 6, 0.7, "Y"),
    ("Cloud Harbour", "FAMILY", "U", "2024-07-05", 9, 1.4, "N"),
    ("Wild Acre", "DOC", "PG", "2024-07-19", 5, 0.6, "N"),
    ("Titan Fall II", "ACTION", "12A", "2024-08-02", 7, 1.6, "N"),
    ("The Bellmaker", "DRAMA", "15", "2024-09-20", 6, 0.8, "Y"),
    ("Grave Tidings", "HORROR", "18", "2024-10-18", 5, 1.0, "N"),
    ("Snow Lanterns", "FAMILY", "U", "2024-11-15", 8, 1.4, "N"),
    ("Red Comet", "ACTION", "12A", "2024-12-06", 6, 1.3, "N"),
    ("Sunday Best", "COMEDY", "12A", "2024-06-14", 6, 1.0, "N"),
    ("Kestrel", "DRAMA", "15", "2023-08-18", 6, 0.7, "Y"),
    ("Mischief Makers", "COMEDY", "PG", "2023-06-02", 6, 1.0, "N"),
]


def cinema_screenings() -> pd.DataFrame:
    """An independent four-screen cinema's screenings, 2023-2024, closed on Mondays; screen
    S4 (large format, `LFX`) opened on 6 October 2023. One row per screening."""
    rng = np.random.default_rng(12101)
    seats = {"S1": 220, "S2": 140, "S3": 80, "S4": 300}
    films = [
        (t, g, c, pd.Timestamp(o), pd.Timestamp(o) + pd.Timedelta(weeks=w), p, s)
        for t, g, c, o, w, p, s in FILMS
    ]
    weekday_times = ["14:00", "17:30", "20:15"]
    weekend_times = ["11:00", "13:45", "16:30", "19:15", "21:30"]
    hour_pull = {11: 0.7, 13: 0.9, 14: 0.6, 16: 1.0, 17: 0.8, 19: 1.3, 20: 1.2, 21: 0.9}
    rows = []
    n = 0
    for day in _days("2023-01-01", "2024-12-31"):
        if day.day_of_week == 0:
            continue
        showing = [f for f in films if f[3] <= day < f[4]]
        if len(showing) < 3:  # held over: the most recently closed films keep a slot
            closed = sorted((f for f in films if f[4] <= day), key=lambda f: f[4], reverse=True)
            showing += closed[: 3 - len(showing)]
        weekend = day.day_of_week >= 4
        season = {1: 0.85, 2: 0.95, 3: 0.85, 4: 1.0, 5: 0.9, 6: 0.95, 7: 1.25, 8: 1.3}
        season.update({9: 0.8, 10: 0.95, 11: 0.9, 12: 1.2})
        level = season[day.month] * (1.09 if day.year == 2024 else 1.0)
        level *= 1.45 if weekend else 1.0
        for screen, cap in seats.items():
            if screen == "S4" and day < pd.Timestamp("2023-10-06"):
                continue
            times = weekend_times if weekend else weekday_times
            k = 3 if weekend else 2
            if screen == "S3" and not weekend:
                k = 1
            chosen = sorted(rng.choice(len(times), size=min(k, len(times)), replace=False))
            for idx in chosen:
                n += 1
                title, genre, cert, opened, _, pull, subtitled = showing[
                    int(rng.integers(len(showing)))
                ]
                time = times[idx]
                hour = int(time[:2])
                age = (day - opened).days / 7
                fade = max(0.35, 1.15 - 0.12 * age)
                fmt = (
                    "LFX"
                    if screen == "S4"
                    else ("3D" if genre in ("ACTION", "FAMILY") and rng.random() < 0.25 else "2D")
                )
                hp = hour_pull[hour]
                if genre == "FAMILY":
                    hp = 1.3 if hour < 17 else 0.5
                expected = cap * 0.32 * level * pull * fade * hp
                if day >= pd.Timestamp("2023-10-06"):  # the new screen draws from the others
                    expected *= 0.75 if screen == "S4" else 0.88
                cancelled = rng.random() < 0.02
                row = {
                    "screening_id": f"SCR{n:05d}",
                    "show_date": f"{day:%Y-%m-%d}",
                    "show_time": time,
                    "screen": screen,
                    "film_title": title,
                    "genre": genre,
                    "cert": cert,
                    "format": fmt,
                    "seats": cap,
                    "admissions": pd.NA,
                    "ticket_rev_gbp": np.nan,
                    "concessions_gbp": np.nan,
                    "subtitled": subtitled,
                    "status": "CANCELLED" if cancelled else "PLAYED",
                }
                if not cancelled:
                    adm = int(min(cap, rng.poisson(max(1.0, expected))))
                    price = {"2D": 9.5, "3D": 11.5, "LFX": 12.5}[fmt]
                    price *= 1.0 if hour >= 17 else 0.8
                    price *= 1.04 if day.year == 2024 else 1.0
                    mix = float(rng.uniform(0.82, 0.97))
                    row["admissions"] = adm
                    row["ticket_rev_gbp"] = _money(adm * price * mix)
                    row["concessions_gbp"] = _money(adm * rng.uniform(3.2, 5.8))
                rows.append(row)
    frame = pd.DataFrame(rows)
    frame["admissions"] = frame["admissions"].astype("Int64")
    return frame


# --- food_truck_takings: wide, one column per truck, d-Mon-yy dates -------------------------


def food_truck_takings() -> pd.DataFrame:
    """A Brisbane food-truck operator's daily takings, one column per truck (AUD), trading
    days 2023-2024 (closed Mondays and 25 December); the Gelato Cart started on 1 November 2023
    and does not trade in June - August; a truck off the road that day is blank."""
    rng = np.random.default_rng(12202)
    rows = []
    for day in _days("2023-01-01", "2024-12-31"):
        if day.day_of_week == 0 or (day.month == 12 and day.day == 25):
            continue
        month = day.month
        summer = month in (12, 1, 2)
        winter = month in (6, 7, 8)
        weather = str(
            rng.choice(
                ["SUN", "CLD", "RAIN", "STORM"],
                p=[0.55, 0.25, 0.15, 0.05] if not summer else [0.5, 0.2, 0.18, 0.12],
            )
        )
        base_temp = {1: 30, 2: 30, 3: 29, 4: 27, 5: 24, 6: 22, 7: 21, 8: 23, 9: 25, 10: 27}
        base_temp.update({11: 28, 12: 29})
        temp = round(float(rng.normal(base_temp[month], 2.2)) - (2 if weather == "RAIN" else 0), 1)
        event = "Y" if rng.random() < (0.14 if day.day_of_week >= 5 else 0.05) else "N"
        weekend = day.day_of_week >= 5
        trend = 1.0 + 0.11 * ((day - pd.Timestamp("2023-01-01")).days / 365)
        mood = {"SUN": 1.0, "CLD": 0.9, "RAIN": 0.65, "STORM": 0.45}[weather]
        mood *= 1.5 if event == "Y" else 1.0
        mood *= 1.3 if weekend else 1.0
        row = {"Date": f"{day.day}-{day:%b-%y}", "Weather": weather, "Max Temp (°C)": temp}
        row["Event Day"] = event
        trucks = {
            "Taco Truck (AUD)": 1450 * (1.05 if summer else 1.0),
            "Burger Bus (AUD)": 1700 * (1.0 if summer else 1.05),
            "Coffee Van (AUD)": 980 * (0.85 if summer else 1.2 if winter else 1.0),
            "Gelato Cart (AUD)": 620 * (1 + max(0.0, temp - 24) * 0.09),
        }
        trading = 0
        for name, mean in trucks.items():
            value = np.nan
            if name.startswith("Gelato") and (day < pd.Timestamp("2023-11-01") or winter):
                pass
            elif rng.random() < 0.04:
                pass  # off the road
            else:
                value = _money(max(60.0, rng.normal(mean * trend * mood, mean * 0.15)))
                trading += 1
            row[name] = value
        row["Staff Hrs"] = round(
            trading * float(rng.uniform(7.5, 10.0)) * (1.2 if weekend else 1), 1
        )
        row["Card Share (%)"] = round(
            float(np.clip(rng.normal(78 + 4 * (day.year - 2023), 4), 55, 97)), 1
        )
        rows.append(row)
    return pd.DataFrame(rows)


# --- nursery_orders: ALL_CAPS, mm/dd/yyyy, money in cents ----------------------------------


def nursery_orders() -> pd.DataFrame:
    """An Oregon wholesale plant nursery's order lines, 2022-2024, orders on weekdays; money
    in US cents; ship date blank for cancelled lines; ornamental grasses (`GRS`) were added
    to the range in February 2024."""
    rng = np.random.default_rng(12303)
    categories = {
        # code: (share, base unit price cents by pot size multiplier, mean qty)
        "PER": (0.28, 650, 60),
        "SHR": (0.24, 1450, 35),
        "TRE": (0.12, 3600, 12),
        "ANN": (0.18, 320, 120),
        "GRS": (0.08, 900, 48),
        "HRB": (0.10, 410, 80),
    }
    pots = {"#1": 1.0, "#2": 1.7, "#5": 3.4, "#15": 8.5}
    pot_p = {
        "PER": [0.7, 0.3, 0.0, 0.0],
        "SHR": [0.25, 0.45, 0.3, 0.0],
        "TRE": [0.0, 0.0, 0.45, 0.55],
        "ANN": [1.0, 0.0, 0.0, 0.0],
        "GRS": [0.55, 0.35, 0.1, 0.0],
        "HRB": [1.0, 0.0, 0.0, 0.0],
    }
    cust = {"GC": 0.38, "LSC": 0.34, "MUN": 0.1, "HW": 0.18}
    states = {"OR": 0.42, "WA": 0.27, "CA": 0.16, "ID": 0.09, "NV": 0.06}
    season = {1: 0.45, 2: 0.8, 3: 1.6, 4: 2.0, 5: 1.7, 6: 1.0, 7: 0.6, 8: 0.55, 9: 0.9}
    season.update({10: 1.1, 11: 0.6, 12: 0.3})
    rows = []
    order = 10000
    for day in _days("2022-01-03", "2024-12-31"):
        if day.day_of_week >= 5:
            continue
        trend = 1 + 0.12 * (day.year - 2022)
        for _ in range(int(rng.poisson(1.1 * season[day.month] * trend))):
            order += 1
            ctype = str(rng.choice(list(cust), p=list(cust.values())))
            state = str(rng.choice(list(states), p=list(states.values())))
            new = "Y" if rng.random() < 0.12 else "N"
            cancelled = rng.random() < 0.05
            ship = day + pd.Timedelta(
                days=int(rng.integers(2, 9) + (5 if day.month in (4, 5) else 0))
            )
            codes = [c for c in categories if c != "GRS" or day >= pd.Timestamp("2024-02-01")]
            weights = np.array([categories[c][0] for c in codes])
            n_lines = int(rng.integers(1, 4))
            picked = rng.choice(codes, size=n_lines, replace=False, p=weights / weights.sum())
            for code in picked:
                code = str(code)
                share, base, mean_qty = categories[code]
                pot = str(rng.choice(list(pots), p=pot_p[code]))
                qty = int(max(5, rng.poisson(mean_qty * (1.6 if ctype in ("LSC", "MUN") else 1))))
                unit = int(round(base * pots[pot] * (1 + 0.05 * (day.year - 2022)) / 5) * 5)
                disc = ""
                if ctype == "HW" or qty >= 100:
                    disc = int(rng.choice([5, 10, 15]))
                amount = int(round(qty * unit * (1 - (disc or 0) / 100)))
                rows.append(
                    {
                        "ORDER_NO": f"SO{order}",
                        "ORDER_DATE": f"{day:%m/%d/%Y}",
                        "SHIP_DATE": "" if cancelled else f"{ship:%m/%d/%Y}",
                        "CUST_TYPE": ctype,
                        "STATE": state,
                        "CATEGORY": code,
                        "POT_SIZE": pot,
                        "QTY": qty,
                        "UNIT_PRICE_CENTS": unit,
                        "DISC_PCT": disc,
                        "LINE_AMT_CENTS": amount,
                        "STATUS": "CXL" if cancelled else "SHP",
                        "NEW_ACCT": new,
                    }
                )
    return pd.DataFrame(rows)


# --- coworking_bookings: camelCase, ISO timestamps ------------------------------------------


def coworking_bookings() -> pd.DataFrame:
    """A three-site coworking operator's space bookings, 2023-2024, weekdays (meeting rooms
    and the event space also on Saturdays); the NTH site opened on 4 March 2024. `feeEUR` is
    blank when the booking was paid with membership credits (`creditsUsed`), and the other
    way round; `cateringEUR` blank unless catering was ordered."""
    rng = np.random.default_rng(12404)
    spaces = {
        # code: (share, duration choices in minutes, rate EUR per hour, credits per hour)
        "HOT": (0.38, [240, 480, 480, 600], 4.5, 1),
        "DED": (0.17, [480, 540, 600], 5.5, 1),
        "MTG": (0.27, [30, 60, 60, 90, 120, 180], 28.0, 4),
        "POD": (0.13, [30, 30, 60], 6.0, 1),
        "EVT": (0.05, [180, 240, 300, 480], 95.0, 12),
    }
    tiers = {"PAYG": 0.4, "FLEX": 0.38, "RES": 0.22}
    sites = {"CBD": 1.0, "DOCK": 0.7, "NTH": 0.5}
    members = {
        "PAYG": [f"M{i}" for i in range(1000, 1160)],
        "FLEX": [f"M{i}" for i in range(1160, 1250)],
        "RES": [f"M{i}" for i in range(1250, 1290)],
    }
    month_level = {1: 0.9, 2: 1.0, 3: 1.05, 4: 1.0, 5: 1.0, 6: 0.95, 7: 0.75, 8: 0.6}
    month_level.update({9: 1.1, 10: 1.1, 11: 1.05, 12: 0.7})
    rows = []
    n = 0
    for day in _days("2023-01-02", "2024-12-31"):
        if (
            day.day_of_week == 6
            or (day.month == 12 and day.day in (25, 26))
            or day.day_of_year == 1
        ):
            continue
        saturday = day.day_of_week == 5
        trend = 1 + 0.2 * ((day - pd.Timestamp("2023-01-01")).days / 365)
        weekday_pull = {0: 0.85, 1: 1.15, 2: 1.2, 3: 1.1, 4: 0.7, 5: 0.3}[day.day_of_week]
        for site, size in sites.items():
            if site == "NTH" and day < pd.Timestamp("2024-03-04"):
                continue
            k = int(rng.poisson(3.1 * size * trend * weekday_pull * month_level[day.month]))
            for _ in range(k):
                codes = ["MTG", "EVT"] if saturday else list(spaces)
                weights = np.array([spaces[c][0] for c in codes])
                space = str(rng.choice(codes, p=weights / weights.sum()))
                _, durations, rate, credits = spaces[space]
                duration = int(rng.choice(durations))
                start_hour = int(rng.choice([8, 9, 9, 10, 11, 13, 14, 15, 16]))
                if duration >= 480:
                    start_hour = int(rng.choice([8, 9]))
                minute = int(rng.choice([0, 0, 30]))
                tier = str(rng.choice(list(tiers), p=list(tiers.values())))
                if space == "DED":
                    tier = "RES"
                member = str(rng.choice(members[tier]))
                n += 1
                seats = 1
                if space == "MTG":
                    seats = int(rng.integers(2, 11))
                elif space == "EVT":
                    seats = int(rng.integers(15, 61))
                status = str(rng.choice(["DONE", "CANX", "NOSHOW"], p=[0.88, 0.08, 0.04]))
                on_credits = tier != "PAYG" and rng.random() < (0.85 if tier == "RES" else 0.6)
                fee = np.nan
                used = pd.NA
                hours = duration / 60
                if on_credits:
                    used = int(np.ceil(hours * credits))
                else:
                    fee = _money(
                        hours
                        * rate
                        * (0.9 if tier == "FLEX" else 1.0)
                        * (1.05 if day.year == 2024 else 1)
                    )
                if status == "CANX":
                    fee, used = np.nan, pd.NA
                catering = np.nan
                if space in ("MTG", "EVT") and status == "DONE" and rng.random() < 0.3:
                    catering = _money(seats * rng.uniform(6, 14))
                rows.append(
                    {
                        "bookingId": f"BK{n:05d}",
                        "startTs": f"{day:%Y-%m-%d} {start_hour:02d}:{minute:02d}:00",
                        "durationMin": duration,
                        "location": site,
                        "spaceType": space,
                        "memberId": member,
                        "memberTier": tier,
                        "seats": seats,
                        "feeEUR": fee,
                        "creditsUsed": used,
                        "cateringEUR": catering,
                        "status": status,
                        "checkedIn": "Y" if status == "DONE" else "N",
                    }
                )
    frame = pd.DataFrame(rows)
    frame["creditsUsed"] = frame["creditsUsed"].astype("Int64")
    return frame


# --- escape_room_bookings: terse names, dd/mm/yyyy plus a slot time -------------------------


def escape_room_bookings() -> pd.DataFrame:
    """An escape-room venue's bookings, 2023-2024, four rooms (ASYL opened 1 June 2023);
    `amt_cad` blank for cancellations, the deposit for no-shows; `esc`, `dur_m` and `hints`
    blank unless the game was played; `disc_cd` blank without a discount."""
    rng = np.random.default_rng(12505)
    rooms = {
        # code: (price per player CAD, escape probability, popularity)
        "PHAR": (32.0, 0.58, 1.0),
        "LAB": (34.0, 0.44, 0.9),
        "HEIST": (36.0, 0.36, 1.1),
        "ASYL": (38.0, 0.29, 1.2),
    }
    weekday_slots = ["17:00", "18:30", "20:00"]
    weekend_slots = ["11:00", "12:30", "14:00", "15:30", "17:00", "18:30", "20:00", "21:30"]
    rows = []
    n = 0
    for day in _days("2023-01-01", "2024-12-31"):
        weekend = day.day_of_week >= 5
        if day.day_of_week in (0, 1) or (day.month == 12 and day.day == 25):
            continue  # closed Mondays and Tuesdays
        slots = weekend_slots if weekend else weekday_slots
        season = {1: 0.8, 2: 0.85, 3: 1.0, 4: 0.95, 5: 0.9, 6: 1.0, 7: 1.15, 8: 1.15}
        season.update({9: 0.85, 10: 1.05, 11: 1.0, 12: 1.3})
        level = season[day.month] * (1.1 if day.year == 2024 else 1.0)
        for room, (price, p_escape, pop) in rooms.items():
            if room == "ASYL" and day < pd.Timestamp("2023-06-01"):
                continue
            for slot in slots:
                fill = 0.42 * level * pop * (1.25 if weekend else 1.0)
                if rng.random() >= min(0.95, fill):
                    continue
                n += 1
                size = int(np.clip(rng.poisson(4.2), 2, 8))
                channel = str(rng.choice(["WEB", "PHN", "WLK", "VCH"], p=[0.62, 0.12, 0.08, 0.18]))
                disc = str(rng.choice(["", "STU", "CORP", "BDAY"], p=[0.74, 0.11, 0.08, 0.07]))
                status = str(rng.choice(["PLYD", "CX", "NS"], p=[0.9, 0.07, 0.03]))
                full = size * price * (1.03 if day.year == 2024 else 1.0)
                if channel == "VCH":
                    full *= 0.7
                if disc:
                    full *= 0.85
                amount = np.nan
                escaped, minutes, hints = "", pd.NA, pd.NA
                if status == "NS":
                    amount = 40.0
                elif status == "PLYD":
                    amount = _money(full)
                    p = p_escape + 0.025 * (size - 4) + (0.05 if day.year == 2024 else 0)
                    won = rng.random() < p
                    escaped = "Y" if won else "N"
                    minutes = int(np.clip(rng.normal(51, 6), 31, 59)) if won else 60
                    hints = int(rng.poisson(2.4 if won else 3.6))
                rows.append(
                    {
                        "ref": f"ER{n:05d}",
                        "dt": f"{day:%d/%m/%Y}",
                        "slot": slot,
                        "rm": room,
                        "grp_sz": size,
                        "chan": channel,
                        "disc_cd": disc,
                        "amt_cad": amount,
                        "stat": status,
                        "esc": escaped,
                        "dur_m": minutes,
                        "hints": hints,
                    }
                )
    frame = pd.DataFrame(rows)
    for column in ("dur_m", "hints"):
        frame[column] = frame[column].astype("Int64")
    return frame


# --- boiler_service_kpis: long format, year and month as separate columns --------------------


def boiler_service_kpis() -> pd.DataFrame:
    """A Yorkshire boiler-servicing firm's monthly KPIs per branch, 2022-2024, long format
    (`KPI`, `Value`); the Bradford branch (BFD) opened in April 2023; `CSAT Score` is blank in
    months without a survey."""
    rng = np.random.default_rng(12606)
    branches = {"LDS": 1.0, "YRK": 0.6, "HGT": 0.45, "WKF": 0.55, "BFD": 0.7}
    rows = []
    for year in (2022, 2023, 2024):
        for month in range(1, 13):
            winter = {1: 1.9, 2: 1.7, 3: 1.3, 4: 0.9, 5: 0.6, 6: 0.45, 7: 0.4, 8: 0.45}
            winter.update({9: 0.7, 10: 1.1, 11: 1.5, 12: 1.9})
            service = {1: 0.6, 2: 0.7, 3: 0.9, 4: 1.1, 5: 1.25, 6: 1.3, 7: 1.2, 8: 1.25}
            service.update({9: 1.35, 10: 1.2, 11: 0.8, 12: 0.5})
            trend = 1 + 0.08 * (year - 2022) + 0.005 * month
            for branch, size in branches.items():
                if branch == "BFD" and (year, month) < (2023, 4):
                    continue
                ramp = 1.0
                if branch == "BFD":
                    months_open = (year - 2023) * 12 + month - 4
                    ramp = min(1.0, 0.45 + 0.06 * months_open)
                scale = size * ramp * trend
                services = int(rng.poisson(310 * scale * service[month]))
                callouts = int(rng.poisson(140 * scale * winter[month]))
                ftf = round(float(np.clip(rng.normal(79 + 2 * (year - 2022), 3), 65, 95)), 1)
                hours = round(services * 1.1 + callouts * 1.9 + float(rng.normal(0, 20)), 1)
                revenue = _money(
                    services * 89 * (1.06 ** (year - 2022))
                    + callouts * 135 * (1.05 ** (year - 2022))
                )
                parts = _money(callouts * rng.uniform(38, 55) + services * rng.uniform(4, 7))
                response = round(
                    float(np.clip(rng.normal(3.2 * (0.8 + 0.25 * winter[month]), 0.5), 1.0, 9.0)), 2
                )
                complaints = int(rng.poisson(0.012 * (services + callouts)))
                csat = round(float(rng.normal(8.3, 0.3)), 1) if rng.random() < 0.75 else np.nan
                kpis = [
                    ("Annual Services", services),
                    ("Breakdown Callouts", callouts),
                    ("First Time Fix %", ftf),
                    ("Engineer Hours", hours),
                    ("Revenue (GBP)", revenue),
                    ("Parts Cost (GBP)", parts),
                    ("Avg Response (hrs)", response),
                    ("Complaints", complaints),
                    ("CSAT Score", csat),
                ]
                for kpi, value in kpis:
                    rows.append(
                        {"Year": year, "Month": month, "Branch": branch, "KPI": kpi, "Value": value}
                    )
    return pd.DataFrame(rows)


BUILDERS = {
    "cinema_screenings.csv": cinema_screenings,
    "food_truck_takings.csv": food_truck_takings,
    "nursery_orders.csv": nursery_orders,
    "coworking_bookings.csv": coworking_bookings,
    "escape_room_bookings.csv": escape_room_bookings,
    "boiler_service_kpis.csv": boiler_service_kpis,
}


def main() -> None:
    TABLES.mkdir(exist_ok=True)
    for name, build in BUILDERS.items():
        frame = build()
        frame.to_csv(TABLES / name, index=False, lineterminator="\n")
        sys.stdout.write(f"{name}: {len(frame)} rows x {frame.shape[1]} columns\n")


if __name__ == "__main__":
    main()
