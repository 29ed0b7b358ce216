"""Delimited text files whose point is the type of a column: ids, big integers, number
formats, currencies, percents, booleans, missing-value spellings and dates."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from . import data
from .case import Case, ends, spot, table_text, write


def ids(d: Path) -> list[Case]:
    cases = []
    cols = tuple(data.STAFF_COLUMNS)
    rows = data.staff(36, 1)
    write(d, "staff_leading_zeros.csv", table_text(cols, rows))
    picks = [(r, c) for r in ends(36) + [1, 2] for c in ("emp_id", "zip")] + [(4, "salary")]
    cases.append(
        Case(
            file="staff_leading_zeros.csv",
            kind="ids-leading-zeros",
            expect="table",
            rows=36,
            ncols=6,
            columns=cols,
            text=("emp_id", "zip"),
            numeric=("salary",),
            dates=("start_date",),
            cells=spot(cols, rows, picks),
        )
    )

    # 2,000 rows: the zero-padded zip codes only start after row 1,500.
    rng = random.Random(2)
    cols2 = ("customer_id", "zip", "city", "orders")
    rows2: list[list[object]] = []
    for i in range(2000):
        zip_code = f"{rng.randint(10000, 99999)}" if i < 1500 else f"0{rng.randint(1000, 9999)}"
        rows2.append([i + 1, zip_code, data.CITIES[i % 10], rng.randint(0, 40)])
    write(d, "customers_late_zero_zips.csv", table_text(cols2, rows2))
    picks = [(0, "zip"), (1499, "zip"), (1500, "zip"), (1999, "zip"), (1999, "orders")]
    cases.append(
        Case(
            file="customers_late_zero_zips.csv",
            kind="ids-leading-zeros",
            expect="table",
            rows=2000,
            ncols=4,
            columns=cols2,
            text=("zip",),
            numeric=("customer_id", "orders"),
            cells=spot(cols2, rows2, picks),
        )
    )

    # 19-digit ids beyond 2**53 (all within int64), and 20-digit ids beyond int64.
    cols3 = ("transaction_id", "account", "amount")
    base = 9007199254740993123
    rows3 = [[str(base + 7 * i), f"DE{44 + i}5001", round(10.5 + i * 3.25, 2)] for i in range(25)]
    rows3[-1][0] = "9223372036854775807"
    write(d, "transactions_bigint.csv", table_text(cols3, rows3))
    picks = [(r, "transaction_id") for r in (0, 1, 12, 24)] + [(3, "amount")]
    cases.append(
        Case(
            file="transactions_bigint.csv",
            kind="ids-bigint",
            expect="table",
            rows=25,
            ncols=3,
            columns=cols3,
            numeric=("amount",),
            cells=spot(cols3, rows3, picks),
        )
    )
    rows4 = [[str(18446744073709551616 + 13 * i), data.REGIONS[i % 5], i * 2] for i in range(15)]
    cols4 = ("device_serial", "region", "alerts")
    write(d, "devices_serial_20_digits.csv", table_text(cols4, rows4))
    cases.append(
        Case(
            file="devices_serial_20_digits.csv",
            kind="ids-bigint",
            expect="table",
            rows=15,
            ncols=3,
            columns=cols4,
            numeric=("alerts",),
            cells=spot(cols4, rows4, [(0, "device_serial"), (14, "device_serial")]),
        )
    )
    return cases


def numbers(d: Path) -> list[Case]:
    cases = []
    cols = ("account", "period", "balance", "turnover")
    variants = [
        ("balances_us_thousands.csv", "thousands-comma", ",", data.us),
        ("salden_de_tausender.csv", "thousands-dot", ";", data.de),
        ("soldes_fr_nbsp.csv", "thousands-nbsp", ";", lambda x: data.fr(x, "\u00a0")),
        ("soldes_fr_nnbsp.csv", "thousands-nnbsp", ";", lambda x: data.fr(x, "\u202f")),
        ("soldes_fr_space.csv", "thousands-space", ";", lambda x: data.fr(x, " ")),
        ("saldi_ch_apostrophe.csv", "thousands-apostrophe", ";", data.ch),
    ]
    for seed, (name, kind, delim, fmt) in enumerate(variants, start=10):
        bal = data.amounts(30, seed)
        turn = data.amounts(30, seed + 100, 0, 90_000_000)
        bal[0], turn[0] = 1234567.89, 1234.5
        rows = [[f"ACC-{i:03d}", f"2023-{i % 12 + 1:02d}", bal[i], turn[i]] for i in range(30)]
        shown = [[r[0], r[1], fmt(float(r[2])), fmt(float(r[3]))] for r in rows]
        write(d, name, table_text(cols, shown, delim=delim))
        picks = [(r, c) for r in (0, 1, 15, 29) for c in ("balance", "turnover")]
        cases.append(
            Case(
                file=name,
                kind=kind,
                expect="table",
                rows=30,
                ncols=4,
                columns=cols,
                numeric=("balance", "turnover"),
                text=("account",),
                cells=spot(cols, rows, picks),
            )
        )

    cols = ("station", "date", "rain_mm", "temp_c")
    rng = random.Random(20)
    rows = [
        [
            f"ST{i % 6}",
            f"2023-06-{i % 30 + 1:02d}",
            round(rng.uniform(0, 40), 1),
            round(rng.uniform(-5, 32), 1),
        ]
        for i in range(40)
    ]
    shown = [
        [r[0], r[1], f"{r[2]:.1f}".replace(".", ","), f"{r[3]:.1f}".replace(".", ",")] for r in rows
    ]
    write(d, "wetter_dezimalkomma.csv", table_text(cols, shown, delim=";"))
    cases.append(
        Case(
            file="wetter_dezimalkomma.csv",
            kind="decimal-comma",
            expect="table",
            rows=40,
            ncols=4,
            columns=cols,
            numeric=("rain_mm", "temp_c"),
            cells=spot(cols, rows, [(0, "rain_mm"), (39, "temp_c"), (7, "temp_c")]),
        )
    )
    return cases


def currency_percent(d: Path) -> list[Case]:
    cases = []
    cols = ("item", "quantity", "price", "total")
    variants = [
        ("invoice_dollars.csv", ",", lambda x: "$" + data.us(x), "$"),
        ("rechnung_euro_prefix.csv", ";", lambda x: "€ " + data.de(x), "€"),
        ("rechnung_euro_suffix.csv", ";", lambda x: data.de(x) + " €", "€"),
        ("invoice_pounds.csv", ",", lambda x: f"£{x:.2f}", "£"),
        ("invoice_usd_code.csv", ",", lambda x: f"USD {x:.2f}", "usd"),
        (
            "invoice_negative_dollars.csv",
            ",",
            lambda x: ("-$" if x < 0 else "$") + data.us(abs(x)),
            "$",
        ),
    ]
    for seed, (name, delim, fmt, _symbol) in enumerate(variants, start=30):
        rng = random.Random(seed)
        rows: list[list[object]] = []
        for i in range(24):
            q = rng.randint(1, 40) * (-1 if "negative" in name and i % 5 == 2 else 1)
            p = round(rng.uniform(0.5, 120), 2)
            rows.append([f"{data.PRODUCTS[i % 7]} {i}", q, p, round(q * p, 2)])
        rows[3][2], rows[3][3] = 1234.5, round(int(rows[3][1]) * 1234.5, 2)
        shown = [[r[0], r[1], fmt(float(r[2])), fmt(float(r[3]))] for r in rows]
        write(d, name, table_text(cols, shown, delim=delim))
        picks = [(r, c) for r in (0, 2, 3, 23) for c in ("price", "total")]
        cases.append(
            Case(
                file=name,
                kind="currency",
                expect="table",
                rows=24,
                ncols=4,
                columns=cols,
                numeric=("quantity", "price", "total"),
                cells=spot(cols, rows, picks),
                note_words=("currency",),
            )
        )

    cols = ("campaign", "open_rate", "click_rate", "sends")
    rng = random.Random(40)
    rows = [
        [
            f"Campaign {i}",
            float(rng.randint(5, 60)),
            round(rng.uniform(0.1, 12), 1),
            rng.randint(1000, 50000),
        ]
        for i in range(26)
    ]
    rows[0][1], rows[0][2] = 15.0, 7.5
    shown = [[r[0], f"{r[1]:g}%", f"{r[2]:g} %", r[3]] for r in rows]
    write(d, "campaigns_percent.csv", table_text(cols, shown))
    cases.append(
        Case(
            file="campaigns_percent.csv",
            kind="percent",
            expect="table",
            rows=26,
            ncols=4,
            columns=cols,
            numeric=("open_rate", "click_rate", "sends"),
            cells=spot(
                cols,
                rows,
                [(0, "open_rate"), (0, "click_rate"), (25, "open_rate"), (13, "click_rate")],
            ),
            note_words=("percent",),
        )
    )
    shown = [
        [r[0], f"{r[1]:g}".replace(".", ",") + " %", f"{r[2]:g}".replace(".", ",") + "%", r[3]]
        for r in rows
    ]
    write(d, "kampagnen_prozent.csv", table_text(cols, shown, delim=";"))
    cases.append(
        Case(
            file="kampagnen_prozent.csv",
            kind="percent",
            expect="table",
            rows=26,
            ncols=4,
            columns=cols,
            numeric=("open_rate", "click_rate", "sends"),
            cells=spot(cols, rows, [(0, "open_rate"), (0, "click_rate"), (25, "click_rate")]),
            note_words=("percent",),
        )
    )
    return cases


def booleans_missing(d: Path) -> list[Case]:
    cases = []
    cols = ("member", "subscribed", "verified", "vip", "active", "churned", "flag01")
    spell = {
        "subscribed": ("yes", "no"),
        "verified": ("Yes", "No"),
        "vip": ("Y", "N"),
        "active": ("true", "false"),
        "churned": ("TRUE", "FALSE"),
    }
    rng = random.Random(50)
    truth = [[rng.random() < 0.5 for _ in range(5)] for _ in range(32)]
    rows: list[list[object]] = []
    shown = []
    for i, t in enumerate(truth):
        vals: list[object] = list(t)
        if i % 7 == 3:
            vals[0] = None  # a missing answer
        rows.append([f"M{i:03d}"] + vals + [i % 2])
        answers = zip(cols[1:6], vals, strict=True)
        shown.append(
            [f"M{i:03d}"]
            + ["" if v is None else spell[c][0 if v else 1] for c, v in answers]
            + [i % 2]
        )
    write(d, "members_booleans.csv", table_text(cols, shown))
    picks = [(r, c) for r in (0, 3, 31) for c in cols[1:]]
    cases.append(
        Case(
            file="members_booleans.csv",
            kind="booleans",
            expect="table",
            rows=32,
            ncols=7,
            columns=cols,
            bools=cols[1:6],
            numeric=("flag01",),
            cells=spot(cols, rows, picks),
        )
    )

    # Missing-value spellings in a numeric column.
    cols = ("site", "reading", "status")
    na = ["", "NA", "N/A", "n/a", "-", "NULL", "null", "none", "?"]
    rng = random.Random(51)
    rows = []
    shown = []
    for i in range(45):
        v = round(rng.uniform(0, 500), 2)
        missing = i % 5 == 1
        rows.append([f"Site {i % 9}", None if missing else v, "checked"])
        shown.append(
            [f"Site {i % 9}", na[(i // 5) % len(na)] if missing else f"{v:.2f}", "checked"]
        )
    write(d, "readings_na.csv", table_text(cols, shown))
    picks = [(r, "reading") for r in range(0, 45, 2)] + [(r, "reading") for r in range(1, 45, 5)]
    cases.append(
        Case(
            file="readings_na.csv",
            kind="na-spellings",
            expect="table",
            rows=45,
            ncols=3,
            columns=cols,
            numeric=("reading",),
            cells=spot(cols, rows, picks),
        )
    )
    return cases


def dates(d: Path) -> list[Case]:
    cases = []
    cols = ("invoice", "issued", "amount")
    start = date(2023, 1, 5)
    variants = [
        ("invoices_iso_dates.csv", "dates-iso", ",", lambda x: x.isoformat(), ()),
        (
            "invoices_dayfirst_slash.csv",
            "dates-dayfirst",
            ",",
            lambda x: x.strftime("%d/%m/%Y"),
            ("day",),
        ),
        (
            "rechnungen_dayfirst_dot.csv",
            "dates-dayfirst",
            ";",
            lambda x: x.strftime("%d.%m.%Y"),
            ("day",),
        ),
        ("invoices_us_dates.csv", "dates-monthfirst", ",", lambda x: x.strftime("%m/%d/%Y"), ()),
    ]
    for seed, (name, kind, delim, fmt, words) in enumerate(variants, start=60):
        rng = random.Random(seed)
        rows = [
            [
                f"INV-{seed}{i:03d}",
                start + timedelta(days=i * 11 % 365),
                round(rng.uniform(20, 4000), 2),
            ]
            for i in range(30)
        ]
        shown = [[r[0], fmt(r[1]), f"{r[2]:.2f}"] for r in rows]
        write(d, name, table_text(cols, shown, delim=delim))
        picks = [(r, "issued") for r in (0, 1, 2, 17, 29)]
        cases.append(
            Case(
                file=name,
                kind=kind,
                expect="table",
                rows=30,
                ncols=3,
                columns=cols,
                dates=("issued",),
                numeric=("amount",),
                cells=spot(cols, rows, picks),
                note_words=words,
            )
        )

    # Mixed but unambiguous formats in one column.
    fmts = [
        lambda x: x.isoformat(),
        lambda x: x.strftime("%b %d %Y").replace(" 0", " "),
        lambda x: x.strftime("%d %B %Y"),
        lambda x: x.isoformat(),
    ]
    rows = [
        [f"SHP-{i:03d}", date(2023, 1, 5) + timedelta(days=i * 9), i * 3 + 1] for i in range(20)
    ]
    shown = [[r[0], fmts[i % 4](r[1]), r[2]] for i, r in enumerate(rows)]
    write(d, "shipments_mixed_dates.csv", table_text(("shipment", "shipped", "parcels"), shown))
    cases.append(
        Case(
            file="shipments_mixed_dates.csv",
            kind="dates-mixed",
            expect="table",
            rows=20,
            ncols=3,
            columns=("shipment", "shipped", "parcels"),
            dates=("shipped",),
            numeric=("parcels",),
            cells=spot(
                ("shipment", "shipped", "parcels"), rows, [(r, "shipped") for r in range(5)]
            ),
        )
    )

    # Date-times with a time of day, ISO with space and with "T".
    cols = ("event", "started", "ended", "duration_min")
    rows = []
    for i in range(28):
        s = datetime(2023, 3, 1, 8, 0) + timedelta(hours=7 * i, minutes=13 * i)
        e = s + timedelta(minutes=20 + i)
        rows.append([f"job-{i}", s, e, 20 + i])
    shown = [
        [r[0], r[1].strftime("%Y-%m-%d %H:%M:%S"), r[2].strftime("%Y-%m-%dT%H:%M"), r[3]]
        for r in rows
    ]
    write(d, "jobs_datetimes.csv", table_text(cols, shown))
    cases.append(
        Case(
            file="jobs_datetimes.csv",
            kind="datetimes",
            expect="table",
            rows=28,
            ncols=4,
            columns=cols,
            dates=("started", "ended"),
            numeric=("duration_min",),
            cells=spot(cols, rows, [(0, "started"), (27, "ended"), (10, "started")]),
        )
    )

    # 2,000 rows of day-first dates where the day only exceeds 12 after row 1,200.
    cols = ("reading_id", "day", "kwh")
    rng = random.Random(70)
    rows = []
    for i in range(2000):
        day = (
            date(2021 + i // 144, 1 + (i // 12) % 12, 1 + i % 12)
            if i < 1200
            else date(2023, 1, 1) + timedelta(days=i - 1200)
        )
        rows.append([i + 1, day, round(rng.uniform(0.5, 30), 2)])
    shown = [[r[0], r[1].strftime("%d/%m/%Y"), f"{r[2]:.2f}"] for r in rows]
    write(d, "meter_dayfirst_late.csv", table_text(cols, shown))
    cases.append(
        Case(
            file="meter_dayfirst_late.csv",
            kind="dates-dayfirst",
            expect="table",
            rows=2000,
            ncols=3,
            columns=cols,
            dates=("day",),
            numeric=("kwh",),
            cells=spot(
                cols, rows, [(1, "day"), (13, "day"), (1199, "day"), (1250, "day"), (1999, "kwh")]
            ),
            note_words=("day",),
        )
    )
    return cases


def build_all(d: Path) -> list[Case]:
    return ids(d) + numbers(d) + currency_percent(d) + booleans_missing(d) + dates(d)
