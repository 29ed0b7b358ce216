"""Container and binary formats: gzip, zip, JSON, JSON Lines, Parquet, xlsx/xlsm, xls, ods."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import xlwt

from . import data
from .case import Case, ends, normalize_zip, spot, table_text, write, zip_members
from .text_structure import SALES, sales_case

SENSOR = tuple(data.SENSOR_COLUMNS)
PEOPLE = tuple(data.PEOPLE_COLUMNS)
STAFF = tuple(data.STAFF_COLUMNS)


def sensor_case(file: str, kind: str, rows: list[list[object]], **extra: object) -> Case:
    picks = [(r, c) for r in ends(len(rows)) for c in ("temperature_c", "sensor")]
    fields: dict[str, object] = dict(
        rows=len(rows),
        ncols=5,
        columns=SENSOR,
        dates=("timestamp",),
        numeric=("temperature_c", "humidity_pct", "pressure_hpa"),
        cells=spot(SENSOR, rows, picks + [(2, "timestamp")]),
    )
    fields.update(extra)
    return Case(file=file, kind=kind, expect="table", **fields)


def people_case(file: str, kind: str, rows: list[list[object]], **extra: object) -> Case:
    picks = [(r, c) for r in ends(len(rows)) for c in ("name", "balance", "since")]
    fields: dict[str, object] = dict(
        rows=len(rows),
        ncols=5,
        columns=PEOPLE,
        numeric=("customer_id", "balance"),
        dates=("since",),
        cells=spot(PEOPLE, rows, picks),
    )
    fields.update(extra)
    return Case(file=file, kind=kind, expect="table", **fields)


# ----------------------------------------------------------------------------- compressed
def compressed(d: Path) -> list[Case]:
    cases = []
    rows = data.sales(50, 100)
    write(d, "sales_2023.csv.gz", gzip.compress(table_text(SALES, rows).encode(), mtime=0))
    cases.append(sales_case("sales_2023.csv.gz", "format-csv-gz", rows))
    srows = data.sensor(60, 101)
    tsv = table_text(SENSOR, srows, delim="\t")
    write(d, "sensor_log.tsv.gz", gzip.compress(tsv.encode(), mtime=0))
    cases.append(sensor_case("sensor_log.tsv.gz", "format-tsv-gz", srows))
    big = data.sensor(2000, 102)
    write(d, "sensor_log_2000.csv.gz", gzip.compress(table_text(SENSOR, big).encode(), mtime=0))
    cases.append(sensor_case("sensor_log_2000.csv.gz", "format-csv-gz", big))

    rows = data.sales(33, 103)
    write(d, "orders_export.zip", zip_members([("orders.csv", table_text(SALES, rows).encode())]))
    cases.append(sales_case("orders_export.zip", "format-zip", rows))

    orders = data.sales(44, 104)
    people = data.people(17, 105)
    srows = data.sensor(9, 106)
    members = [
        ("orders.csv", table_text(SALES, orders).encode()),
        ("customers.csv", table_text(PEOPLE, people, delim=";").encode()),
        ("readings.tsv", table_text(SENSOR, srows, delim="\t").encode()),
    ]
    write(d, "crm_bundle.zip", zip_members(members))
    cases.append(sales_case("crm_bundle.zip", "format-zip-members", orders, table="orders.csv"))
    cases.append(people_case("crm_bundle.zip", "format-zip-members", people, table="customers.csv"))
    cases.append(sensor_case("crm_bundle.zip", "format-zip-members", srows, table="readings.tsv"))
    return cases


# ----------------------------------------------------------------------------- json, parquet
def records(columns: tuple[str, ...], rows: list[list[object]]) -> list[dict[str, object]]:
    def plain(v: object) -> object:
        return v.isoformat() if isinstance(v, date | datetime) else v

    return [{c: plain(v) for c, v in zip(columns, r, strict=True)} for r in rows]


def json_like(d: Path) -> list[Case]:
    cases = []
    rows = data.sales(36, 110)
    write(d, "sales_records.json", json.dumps(records(SALES, rows), indent=2, ensure_ascii=False))
    cases.append(sales_case("sales_records.json", "format-json", rows))
    staff = data.staff(21, 111)
    payload = {"data": records(STAFF, staff), "meta": {"page": 1, "total": 21}}
    write(d, "staff_api_response.json", json.dumps(payload, ensure_ascii=False))
    picks = [(r, c) for r in ends(21) for c in ("emp_id", "zip", "salary", "start_date")]
    cases.append(
        Case(
            file="staff_api_response.json",
            kind="format-json-data",
            expect="table",
            rows=21,
            ncols=6,
            columns=STAFF,
            text=("emp_id", "zip"),
            numeric=("salary",),
            dates=("start_date",),
            cells=spot(STAFF, staff, picks),
        )
    )
    srows = data.sensor(55, 112)
    lines = [json.dumps(r, ensure_ascii=False) for r in records(SENSOR, srows)]
    write(d, "sensor_events.jsonl", "\n".join(lines) + "\n")
    cases.append(sensor_case("sensor_events.jsonl", "format-jsonl", srows))

    cols = ("store_id", "revenue", "store_name", "opened")
    prow = [
        [
            i + 1,
            round(1000 + i * 37.25, 2),
            f"{data.CITIES[i % 10]} #{i}",
            date(2010, 1, 1 + i % 28),
        ]
        for i in range(40)
    ]
    table = pa.table(
        {
            "store_id": pa.array([r[0] for r in prow], pa.int64()),
            "revenue": pa.array([r[1] for r in prow], pa.float64()),
            "store_name": pa.array([r[2] for r in prow], pa.string()),
            "opened": pa.array([r[3] for r in prow], pa.date32()),
        }
    )
    sink = io.BytesIO()
    pq.write_table(table, sink)
    write(d, "stores.parquet", sink.getvalue())
    picks = [(r, c) for r in ends(40) for c in cols]
    cases.append(
        Case(
            file="stores.parquet",
            kind="format-parquet",
            expect="table",
            rows=40,
            ncols=4,
            columns=cols,
            numeric=("store_id", "revenue"),
            text=("store_name",),
            dates=("opened",),
            cells=spot(cols, prow, picks),
        )
    )
    return cases


# ----------------------------------------------------------------------------- spreadsheets
def xlsx_bytes(
    sheets: list[tuple[str, list[list[object]]]], setup: Callable[[Any], None] | None = None
) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, grid in sheets:
        ws = wb.create_sheet(title)
        for r in grid:
            ws.append(r)
        if setup:
            setup(ws)
    wb.properties.creator = "corpus"
    sink = io.BytesIO()
    wb.save(sink)
    return normalize_zip(sink.getvalue())


def spreadsheets(d: Path) -> list[Case]:
    cases = []
    rows = data.sales(45, 120)
    write(d, "sales_2023.xlsx", xlsx_bytes([("Sales", [list(SALES)] + rows)]))
    cases.append(sales_case("sales_2023.xlsx", "format-xlsx", rows))

    orders, people = data.sales(30, 121), data.people(14, 122)
    write(
        d,
        "orders_and_customers.xlsx",
        xlsx_bytes([("Orders", [list(SALES)] + orders), ("Customers", [list(PEOPLE)] + people)]),
    )
    cases.append(
        sales_case("orders_and_customers.xlsx", "format-xlsx-sheets", orders, table="Orders")
    )
    cases.append(
        people_case("orders_and_customers.xlsx", "format-xlsx-sheets", people, table="Customers")
    )

    months = [
        ("January", data.sales(31, 123)),
        ("February", data.sales(28, 124)),
        ("March", data.sales(12, 125)),
    ]
    write(d, "q1_sales.xlsx", xlsx_bytes([(m, [list(SALES)] + r) for m, r in months]))
    cases += [sales_case("q1_sales.xlsx", "format-xlsx-sheets", r, table=m) for m, r in months]

    rows = data.sales(25, 126)
    write(d, "sales_macro.xlsm", xlsx_bytes([("Data", [list(SALES)] + rows)]))
    cases.append(sales_case("sales_macro.xlsm", "format-xlsm", rows))

    # Legacy .xls via xlwt.
    rows = data.sales(38, 127)
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sales")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for c, name in enumerate(SALES):
        sheet.write(0, c, name)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            if isinstance(v, date):
                sheet.write(r, c, datetime(v.year, v.month, v.day), date_style)
            else:
                sheet.write(r, c, v)
    sink = io.BytesIO()
    book.save(sink)
    write(d, "sales_legacy.xls", sink.getvalue())
    cases.append(sales_case("sales_legacy.xls", "format-xls", rows))

    # OpenDocument via pandas.
    rows = data.sales(27, 128)
    frame = pd.DataFrame(rows, columns=list(SALES))
    frame["order_date"] = pd.to_datetime(frame["order_date"])
    sink = io.BytesIO()
    frame.to_excel(sink, engine="odf", index=False, sheet_name="Sales")
    write(d, "sales_libreoffice.ods", normalize_zip(sink.getvalue()))
    cases.append(sales_case("sales_libreoffice.ods", "format-ods", rows))

    # Merged title row, blank row, then the real header.
    rows = data.people(22, 129)

    def merge_title(ws: Any) -> None:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(PEOPLE))

    grid = [["Quarterly report"], [], list(PEOPLE)] + rows
    write(d, "quarterly_report.xlsx", xlsx_bytes([("Q4", grid)], merge_title))
    cases.append(people_case("quarterly_report.xlsx", "xlsx-title-row", rows))

    # Two-row header with merged group cells.
    vals = [
        [c, 1000 + i * 11, 1200 + i * 13, 800 + i * 7, 950 + i * 5]
        for i, c in enumerate(data.COUNTRIES)
    ]

    def merge_groups(ws: Any) -> None:
        ws.merge_cells("B1:C1")
        ws.merge_cells("D1:E1")

    grid = [[None, "Sales", None, "Costs", None], ["Country", 2022, 2023, 2022, 2023]] + vals
    write(d, "sales_costs_grouped.xlsx", xlsx_bytes([("Summary", grid)], merge_groups))
    cells = tuple((r, f"#{k}", vals[r][k]) for r, k in ((0, 1), (7, 4), (3, 0)))
    cases.append(
        Case(
            file="sales_costs_grouped.xlsx",
            kind="header-2row",
            expect="table",
            rows=len(vals),
            ncols=5,
            columns_contain=("Country", "Sales 2022", "2023", "Costs 2022", "2023"),
            numeric=("#1", "#2", "#3", "#4"),
            cells=cells,
        )
    )

    # 300 rows with a totals row at the bottom.
    rows = data.sales(300, 130)
    total = [
        "Total",
        None,
        None,
        None,
        sum(int(r[4]) for r in rows),
        None,
        round(sum(float(r[6]) for r in rows), 2),
    ]
    write(d, "sales_full_year.xlsx", xlsx_bytes([("2023", [list(SALES)] + rows + [total])]))
    cases.append(sales_case("sales_full_year.xlsx", "footer-total", rows, note_words=("total",)))

    # Dates as real date cells, zero-padded ids and zips as text cells.
    staff = data.staff(26, 131)
    write(d, "staff_directory.xlsx", xlsx_bytes([("Staff", [list(STAFF)] + staff)]))
    picks = [(r, c) for r in ends(26) + [1] for c in ("emp_id", "zip", "start_date")]
    cases.append(
        Case(
            file="staff_directory.xlsx",
            kind="ids-leading-zeros",
            expect="table",
            rows=26,
            ncols=6,
            columns=STAFF,
            text=("emp_id", "zip"),
            numeric=("salary",),
            dates=("start_date",),
            cells=spot(STAFF, staff, picks),
        )
    )
    return cases


def build_all(d: Path) -> list[Case]:
    return compressed(d) + json_like(d) + spreadsheets(d)
