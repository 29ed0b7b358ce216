"""Hostile upload names and whole real-world exports (bank, French shop, Excel, survey,
paged report)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from . import data
from .case import Case, ends, line, spot, table_text, write
from .text_structure import SALES, sales_case

LONG_NAME = "ü" * 130 + "_sales.csv"  # 270 bytes of UTF-8, 140 characters


def names(d: Path) -> list[Case]:
    assert len(LONG_NAME.encode()) > 255 > len(LONG_NAME)
    cases = []
    rows = data.sales(18, 200)
    write(d, "long_name_sales.csv", table_text(SALES, rows))
    cases.append(sales_case(LONG_NAME, "name-long-utf8", rows, disk_name="long_name_sales.csv"))
    for seed, name in enumerate(
        [
            "north, south.csv",
            'it\'s "final".csv',
            "...report.csv",
            "Umsätze März 2023 (final) [v2].csv",
        ],
        start=201,
    ):
        rows = data.sales(10 + seed % 9, seed)
        write(d, name, table_text(SALES, rows))
        cases.append(sales_case(name, "name-hostile", rows))
    return cases


def german_bank(d: Path) -> list[Case]:
    cols = (
        "Buchungstag",
        "Valutadatum",
        "Auftraggeber/Empfänger",
        "Verwendungszweck",
        "Umsatz",
        "Währung",
    )
    rng = random.Random(210)
    parties = [
        "Stadtwerke München",
        "REWE Markt GmbH",
        "Müller Drogerie",
        "Arbeitgeber AG",
        "Deutsche Bahn",
        "Finanzamt Köln",
        "Überweisung Schröder",
    ]
    purposes = [
        "Abschlag Strom 01/2023",
        "Kartenzahlung",
        "Gehalt Januar",
        "Fahrkarte",
        "Steuererstattung",
        "Miete Februar",
        "Lastschrift; Vertrag 4711",
    ]
    rows: list[list[object]] = []
    for i in range(45):
        day = date(2023, 1, 2) + timedelta(days=(i * 2))
        amount = round(rng.uniform(-2500, 400), 2) if i % 6 else round(rng.uniform(2000, 4200), 2)
        rows.append(
            [day, day + timedelta(days=i % 2), parties[i % 7], purposes[i % 7], amount, "EUR"]
        )
    rows[4][4] = -1234.56
    shown = [
        [
            r[0].strftime("%d.%m.%Y"),
            r[1].strftime("%d.%m.%Y"),
            r[2],
            r[3],
            data.de(float(r[4])),
            r[5],
        ]
        for r in rows
    ]
    text = (
        "Kontonummer:;DE12 3456 7890 1234 5678 90\r\nZeitraum:;02.01.2023 - 01.04.2023\r\n"
        + table_text(cols, shown, delim=";", eol="\r\n", always=True)
    )
    write(d, "Umsaetze_Girokonto.csv", text, "cp1252")
    picks = [(r, c) for r in ends(45) + [4, 13] for c in ("Buchungstag", "Umsatz")]
    picks += [(6, "Verwendungszweck"), (3, "Auftraggeber/Empfänger")]
    return [
        Case(
            file="Umsaetze_Girokonto.csv",
            kind="real-bank-de",
            expect="table",
            rows=45,
            ncols=6,
            columns=cols,
            numeric=("Umsatz",),
            dates=("Buchungstag", "Valutadatum"),
            text=("Verwendungszweck",),
            cells=spot(cols, rows, picks),
            note_words=("day",),
        )
    ]


def french_shop(d: Path) -> list[Case]:
    cols = ("Date", "Magasin", "Article", "Quantité", "Prix unitaire", "Montant TTC")
    rng = random.Random(220)
    shops = ["Paris Bastille", "Lyon Part-Dieu", "Besançon", "Lille Grand'Place"]
    items = ["Crème brûlée", "Café moulu", "Pâtes fraîches", "Pain d'épices", "Thé vert"]
    rows: list[list[object]] = []
    for i in range(40):
        q = rng.randint(1, 900)
        p = round(rng.uniform(1, 60), 2)
        rows.append(
            [
                date(2023, 2, 1) + timedelta(days=i),
                shops[i % 4],
                items[i % 5],
                q,
                p,
                round(q * p * 1.2, 2),
            ]
        )
    shown = [
        [
            r[0].strftime("%d/%m/%Y"),
            r[1],
            r[2],
            data.fr(float(r[3]), "\u00a0", 0),
            data.fr(float(r[4]), "\u00a0"),
            data.fr(float(r[5]), "\u00a0"),
        ]
        for r in rows
    ]
    write(d, "ventes_fevrier.csv", table_text(cols, shown, delim=";"))
    picks = [(r, c) for r in ends(40) + [12] for c in ("Date", "Quantité", "Montant TTC")]
    picks += [(3, "Article"), (3, "Magasin")]
    return [
        Case(
            file="ventes_fevrier.csv",
            kind="real-export-fr",
            expect="table",
            rows=40,
            ncols=6,
            columns=cols,
            numeric=("Quantité", "Prix unitaire", "Montant TTC"),
            dates=("Date",),
            cells=spot(cols, rows, picks),
            note_words=("day",),
        )
    ]


def excel_csv_utf8(d: Path) -> list[Case]:
    cols = ("Product Code", "Description", "Launch Date", "List Price", "In Stock")
    rng = random.Random(230)
    rows: list[list[object]] = []
    for i in range(34):
        launch = date(2022, 1, 3) + timedelta(days=i * 17)
        rows.append(
            [
                f"PRD-{1000 + i * 7}",
                f'{data.PRODUCTS[i % 7]} {i % 4 + 1}" model',
                launch,
                round(rng.uniform(5, 2500), 2),
                rng.randint(0, 500),
            ]
        )
    shown = [
        [r[0], r[1], f"{r[2].month}/{r[2].day}/{r[2].year}", data.us(float(r[3])), r[4]]
        for r in rows
    ]
    write(
        d,
        "Product list (Excel).csv",
        b"\xef\xbb\xbf" + table_text(cols, shown, eol="\r\n").encode(),
    )
    picks = [(r, c) for r in ends(34) + [9] for c in ("Description", "Launch Date", "List Price")]
    return [
        Case(
            file="Product list (Excel).csv",
            kind="real-excel-csv-utf8",
            expect="table",
            rows=34,
            ncols=5,
            columns=cols,
            numeric=("List Price", "In Stock"),
            dates=("Launch Date",),
            text=("Product Code",),
            cells=spot(cols, rows, picks),
        )
    ]


def survey(d: Path) -> list[Case]:
    top = ["", "", "Satisfaction", "", "Recommend", "Demographics", ""]
    low = [
        "respondent_id",
        "submitted",
        "overall",
        "support",
        "would_recommend",
        "age",
        "household_size",
    ]
    rng = random.Random(240)
    na = ["NA", "N/A", "n/a", "", "-", "?", "none", "NULL", "null"]
    rows: list[list[object]] = []
    shown = []
    for i in range(52):
        overall = rng.randint(1, 5)
        support = rng.randint(1, 5)
        rec = rng.random() < 0.6
        age = rng.randint(18, 84)
        size = rng.randint(1, 6)
        row: list[object] = [
            f"R{i + 1:04d}",
            date(2023, 9, 1) + timedelta(days=i // 3),
            overall,
            support,
            rec,
            age,
            size,
        ]
        cells: list[object] = [
            row[0],
            row[1].isoformat(),
            overall,
            support,
            "Yes" if rec else "No",
            age,
            size,
        ]
        if i % 4 == 2:
            row[3], cells[3] = None, na[i % len(na)]
        if i % 7 == 5:
            row[5], cells[5] = None, na[(i + 3) % len(na)]
        if i % 9 == 4:
            row[4], cells[4] = None, ""
        rows.append(row)
        shown.append(cells)
    text = line(top) + "\n" + line(low) + "\n" + table_text(None, shown)
    write(d, "survey_results_2023.csv", text)
    # Names combine the two header rows top-down ("Satisfaction overall"); the group word
    # may or may not be carried over the blank cells to its right.
    contain = (
        "respondent_id",
        "submitted",
        "Satisfaction overall",
        "support",
        "Recommend would_recommend",
        "Demographics age",
        "household_size",
    )
    picks = [(r, f"#{k}") for r in (0, 2, 4, 5, 51) for k in (2, 3, 4, 5)]
    return [
        Case(
            file="survey_results_2023.csv",
            kind="real-survey",
            expect="table",
            rows=52,
            ncols=7,
            columns_contain=contain,
            numeric=("#2", "#3", "#5", "#6"),
            bools=("#4",),
            dates=("#1",),
            text=("#0",),
            cells=spot(low, rows, picks),
        )
    ]


def paged_report(d: Path) -> list[Case]:
    cols = ("SKU", "Warehouse", "On hand", "Unit cost", "Value")
    rng = random.Random(250)
    rows: list[list[object]] = []
    for i in range(53):
        qty = rng.randint(0, 4000)
        cost = round(rng.uniform(0.2, 80), 2)
        rows.append(
            [
                f"SKU-{20000 + i * 3}",
                ("Hamburg", "Leipzig", "Bremen")[i % 3],
                qty,
                cost,
                round(qty * cost, 2),
            ]
        )
    parts = ["Inventory valuation report", "As of 2023-12-31", ""]
    for page, start in enumerate(range(0, 53, 20)):
        if page:
            parts.append("")
        parts.append(line(cols))
        parts += [line(r) for r in rows[start : start + 20]]
    parts.append(
        line(
            [
                "Total",
                "",
                sum(int(r[2]) for r in rows),
                "",
                round(sum(float(r[4]) for r in rows), 2),
            ]
        )
    )
    write(d, "inventory_paged_report.csv", "\n".join(parts) + "\n")
    picks = [(r, c) for r in (0, 19, 20, 40, 52) for c in ("SKU", "On hand", "Value")]
    return [
        Case(
            file="inventory_paged_report.csv",
            kind="real-paged-report",
            expect="table",
            rows=53,
            ncols=5,
            columns=cols,
            numeric=("On hand", "Unit cost", "Value"),
            cells=spot(cols, rows, picks),
            note_words=("total",),
        )
    ]


def build_all(d: Path) -> list[Case]:
    return (
        names(d) + german_bank(d) + french_shop(d) + excel_csv_utf8(d) + survey(d) + paged_report(d)
    )
