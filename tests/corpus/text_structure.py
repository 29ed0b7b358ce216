"""Delimited text files: encodings, dialects, line endings, preambles, headers, footers,
repeated headers, several tables, ragged rows and files that cannot be read."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

from . import data
from .case import Case, ends, line, spot, table_text, write

SALES = tuple(data.SALES_COLUMNS)
SALES_NUM = ("units", "unit_price", "revenue")


def sales_case(file: str, kind: str, rows: list[list[object]], **extra: object) -> Case:
    picks = [(r, c) for r in ends(len(rows)) for c in ("order_id", "region", "revenue")]
    picks += [(1, "order_date"), (len(rows) - 2, "units")]
    fields: dict[str, object] = dict(
        rows=len(rows),
        ncols=len(SALES),
        columns=SALES,
        numeric=SALES_NUM,
        dates=("order_date",),
        text=("region",),
        cells=spot(SALES, rows, picks),
    )
    fields.update(extra)
    return Case(file=file, kind=kind, expect="table", **fields)


# ----------------------------------------------------------------------------- encodings
def encodings(d: Path) -> list[Case]:
    cases = []
    cols = list(data.PEOPLE_COLUMNS) + ["note"]

    def people_case(file: str, kind: str, rows: list[list[object]]) -> Case:
        picks = [(r, c) for r in range(len(rows)) if r % 4 == 1 for c in ("name", "city")]
        picks += [(r, "note") for r in (0, 2, 5)] + [(3, "balance")]
        return Case(
            file=file,
            kind=kind,
            expect="table",
            rows=len(rows),
            ncols=len(cols),
            columns=tuple(cols),
            numeric=("customer_id", "balance"),
            dates=("since",),
            text=("name", "city", "note"),
            cells=spot(cols, rows, picks),
        )

    uni_notes = [
        "東京支店",
        "VIP – prefers “email”",
        "Ærø ferry",
        "Łódź office",
        "Grüße",
        "€ account",
        "naïve café",
        "Ελλάδα",
        "—",
    ]
    rows = [r + [uni_notes[i % len(uni_notes)]] for i, r in enumerate(data.people(24, 1))]
    text = table_text(cols, rows)
    write(d, "customers_utf8.csv", text.encode("utf-8"))
    cases.append(people_case("customers_utf8.csv", "encoding-utf8", rows))
    write(d, "customers_utf8_bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8"))
    cases.append(people_case("customers_utf8_bom.csv", "encoding-utf8-bom", rows))
    rows16 = [r + [uni_notes[(i + 3) % len(uni_notes)]] for i, r in enumerate(data.people(30, 2))]
    text16 = table_text(cols, rows16, eol="\r\n")
    write(d, "customers_utf16le.csv", text16.encode("utf-16"))  # LE with BOM
    cases.append(people_case("customers_utf16le.csv", "encoding-utf16le", rows16))
    write(d, "customers_utf16be.txt", b"\xfe\xff" + text16.encode("utf-16-be"))
    cases.append(people_case("customers_utf16be.txt", "encoding-utf16be", rows16))
    tab16 = table_text(cols, rows16, delim="\t", eol="\r\n")
    write(d, "customers_utf16le_tab.txt", b"\xff\xfe" + tab16.encode("utf-16-le"))
    cases.append(people_case("customers_utf16le_tab.txt", "encoding-utf16le", rows16))
    rows32 = [r + [uni_notes[(i + 5) % len(uni_notes)]] for i, r in enumerate(data.people(12, 3))]
    write(d, "customers_utf32.csv", table_text(cols, rows32).encode("utf-32"))
    cases.append(people_case("customers_utf32.csv", "encoding-utf32", rows32))

    cp_notes = [
        "Limit €5.000",
        "“priority” customer",
        "Paid – thanks",
        "Ref. ‘A7’",
        "Rabatt 3 €",
        "ok",
        "Größe L",
        "Café Ödön…",
        "trial™",
    ]
    rows_cp = [
        r + [cp_notes[i % len(cp_notes)]]
        for i, r in enumerate(data.people(27, 4, data.LATIN1_CITIES))
    ]
    write(d, "kunden_cp1252.csv", table_text(cols, rows_cp, delim=";", eol="\r\n"), "cp1252")
    cases.append(people_case("kunden_cp1252.csv", "encoding-cp1252", rows_cp))

    l1_notes = [
        "Größe M",
        "Rabatt ½",
        "façade repair",
        "5× delivered",
        "Señal ok",
        "Ørsted",
        "café",
        "«urgent»",
        "¿pending?",
    ]
    rows_l1 = [
        r + [l1_notes[i % len(l1_notes)]]
        for i, r in enumerate(data.people(21, 5, data.LATIN1_CITIES))
    ]
    write(d, "clients_latin1.csv", table_text(cols, rows_l1), "latin-1")
    cases.append(people_case("clients_latin1.csv", "encoding-latin1", rows_l1))

    # Valid UTF-8 with a few stray bytes in the note column of rows 2, 9 and 17.
    rows_st = [r + [f"visit {i}"] for i, r in enumerate(data.people(26, 6))]
    for i in (0, 1, 3):
        rows_st[i][2] = ("Zürich", "São Paulo", "Montréal")[i % 3]
    raw = [line(cols).encode("utf-8")]
    stray = {2: b"\x96", 9: b"\xff\xfe", 17: b"\xe9"}
    for i, r in enumerate(rows_st):
        encoded = line(r).encode("utf-8")
        if i in stray:
            encoded += stray[i] + b"x"
        raw.append(encoded)
    write(d, "branches_stray_bytes.csv", b"\n".join(raw) + b"\n")
    picks = [(r, c) for r in (0, 1, 2, 3, 9, 17, 25) for c in ("name", "city")]
    cases.append(
        Case(
            file="branches_stray_bytes.csv",
            kind="encoding-utf8-stray",
            expect="table",
            rows=len(rows_st),
            ncols=len(cols),
            columns=tuple(cols),
            numeric=("customer_id", "balance"),
            dates=("since",),
            cells=spot(cols, rows_st, picks) + ((4, "note", "visit 4"),),
        )
    )
    return cases


# ----------------------------------------------------------------------------- dialects
def dialects(d: Path) -> list[Case]:
    cases = []
    variants = [
        ("sales_comma.csv", "delimiter-comma", ",", 40),
        ("sales_semicolon.csv", "delimiter-semicolon", ";", 33),
        ("sales_tab.tsv", "delimiter-tab", "\t", 45),
        ("sales_pipe.txt", "delimiter-pipe", "|", 28),
        ("sales_space.txt", "delimiter-space", " ", 22),
        ("sales_comma_space.csv", "delimiter-comma-space", ", ", 19),
        ("sales_tab.txt", "delimiter-tab", "\t", 12),
    ]
    for seed, (name, kind, delim, n) in enumerate(variants, start=10):
        rows = data.sales(n, seed)
        write(d, name, table_text(SALES, rows, delim=delim))
        cases.append(sales_case(name, kind, rows))

    # Apostrophe as the quote character, escaped by doubling.
    cols = ("contact_id", "name", "company", "amount")
    rng = random.Random(20)
    companies = [
        "O'Brien & Sons",
        "Smith, Jones and Partners",
        "Müller GmbH",
        "D'Angelo Ltd",
        "Acme, Inc.",
        "Nord-Ost AG",
    ]
    rows_q = []
    for i in range(18):
        first, last = data.FIRST[i % 20], data.LAST[(i * 3) % 16]
        amount = round(rng.uniform(5, 900), 2)
        rows_q.append([300 + i, f"{last}, {first}", companies[i % 6], amount])
    body = [",".join(cols)]
    for r in rows_q:
        text_fields = [line([r[1]], ",", "'", True), line([r[2]], ",", "'", True)]
        body.append(f"{r[0]},{text_fields[0]},{text_fields[1]},{r[3]:.2f}")
    write(d, "contacts_single_quote.csv", "\n".join(body) + "\n")
    picks = [(i, c) for i in (0, 3, 5, 17) for c in ("name", "company", "amount")]
    cases.append(
        Case(
            file="contacts_single_quote.csv",
            kind="quote-single",
            expect="table",
            rows=18,
            ncols=4,
            columns=cols,
            numeric=("contact_id", "amount"),
            cells=spot(cols, rows_q, picks),
        )
    )

    # Double quote escaped by doubling, and by backslash.
    cols = ("ticket", "customer", "comment", "score")
    comments = [
        'He said "ok", then left',
        'Box was "crushed"',
        "plain comment",
        'Asked for "express", paid extra',
        'Quote: "a, b, c"',
        "no issues",
    ]
    rows_e = [[7000 + i, data.FIRST[i % 20], comments[i % 6], i % 5 + 1] for i in range(24)]
    write(d, "feedback_doubled_quotes.csv", table_text(cols, rows_e))
    picks = [(i, "comment") for i in range(6)] + [(23, "score")]
    cases.append(
        Case(
            file="feedback_doubled_quotes.csv",
            kind="escape-doubled",
            expect="table",
            rows=24,
            ncols=4,
            columns=cols,
            numeric=("ticket", "score"),
            cells=spot(cols, rows_e, picks),
        )
    )
    body = [",".join(cols)]
    for r in rows_e:
        esc = str(r[2]).replace('"', '\\"')
        body.append(f'{r[0]},{r[1]},"{esc}",{r[3]}')
    write(d, "feedback_backslash_quotes.csv", "\n".join(body) + "\n")
    cases.append(
        Case(
            file="feedback_backslash_quotes.csv",
            kind="escape-backslash",
            expect="table",
            rows=24,
            ncols=4,
            columns=cols,
            numeric=("ticket", "score"),
            cells=spot(cols, rows_e, picks),
        )
    )
    return cases


# ----------------------------------------------------------------------------- line endings
def line_endings(d: Path) -> list[Case]:
    cases = []
    for seed, (name, kind, eol) in enumerate(
        [
            ("sales_crlf.csv", "lineend-crlf", "\r\n"),
            ("sales_cr_only.csv", "lineend-cr", "\r"),
        ],
        start=30,
    ):
        rows = data.sales(26, seed)
        write(d, name, table_text(SALES, rows, eol=eol))
        cases.append(sales_case(name, kind, rows))
    rows = data.sales(31, 32)
    parts = [line(SALES)] + [line(r) for r in rows]
    mixed = "".join(
        p + ("\r\n" if i % 3 == 0 else "\n" if i % 3 == 1 else "\r") for i, p in enumerate(parts)
    )
    write(d, "sales_mixed_eol.csv", mixed)
    cases.append(sales_case("sales_mixed_eol.csv", "lineend-mixed", rows))
    parts = [line(SALES)] + [line(r) for r in data.sales(20, 33)]
    write(d, "sales_mostly_lf.csv", "\n".join(parts[:15]) + "\r\n" + "\n".join(parts[15:]) + "\n")
    cases.append(sales_case("sales_mostly_lf.csv", "lineend-mixed", data.sales(20, 33)))

    # Quoted fields that contain newlines: rows count records, not lines.
    cols = ("ticket_id", "opened", "customer", "message", "priority")
    msgs = [
        "Printer jams.\nTried restarting twice.",
        "Invoice total wrong",
        "Line one\nLine two\nLine three",
        "Delivery late, customer upset",
        "Password reset\n\nplease call back",
    ]
    rows_m = [
        [
            9100 + i,
            f"2023-02-{1 + i % 28:02d}",
            data.FIRST[i % 20],
            msgs[i % 5],
            ("low", "medium", "high")[i % 3],
        ]
        for i in range(25)
    ]
    write(d, "tickets_multiline.csv", table_text(cols, rows_m))
    picks = [(i, "message") for i in range(5)] + [(24, "ticket_id"), (24, "priority")]
    cases.append(
        Case(
            file="tickets_multiline.csv",
            kind="multiline-quoted",
            expect="table",
            rows=25,
            ncols=5,
            columns=cols,
            numeric=("ticket_id",),
            dates=("opened",),
            cells=spot(cols, rows_m, picks),
        )
    )
    rows_w = [[r[0], r[1], r[2], str(r[3]).replace("\n", "\r\n"), r[4]] for r in rows_m[:17]]
    write(d, "tickets_multiline_crlf.csv", table_text(cols, rows_w, eol="\r\n"))
    cases.append(
        Case(
            file="tickets_multiline_crlf.csv",
            kind="multiline-quoted",
            expect="table",
            rows=17,
            ncols=5,
            columns=cols,
            numeric=("ticket_id",),
            cells=spot(cols, rows_w, [(16, "ticket_id"), (3, "message")]),
        )
    )

    # Very long text cells.
    for name, length, n in (
        ("catalog_long_cell.csv", 100_000, 8),
        ("catalog_huge_cell.csv", 250_000, 6),
    ):
        cols = ("sku", "title", "description", "price")
        rows_l = [
            [f"SKU-{i:04d}", f"Item {i}", data.words(12, i), round(9.99 + i, 2)] for i in range(n)
        ]
        rows_l[n // 2][2] = data.text_of_length(length, n)
        write(d, name, table_text(cols, rows_l))
        cases.append(
            Case(
                file=name,
                kind="long-cell",
                expect="table",
                rows=n,
                ncols=4,
                columns=cols,
                numeric=("price",),
                text=("sku",),
                cells=spot(
                    cols, rows_l, [(n // 2, "description"), (n - 1, "price"), (0, "description")]
                ),
            )
        )
    return cases


# ----------------------------------------------------------------------------- preambles
def preambles(d: Path) -> list[Case]:
    cases = []
    variants = [
        ("sales_report_generated.csv", ["Report generated 2024-01-03"], ","),
        ("sales_title_blank.csv", ["Sales by region", "", "Generated by ERP v4.2", ""], ","),
        ("sales_title_commas.csv", ["Sales by region, FY2023", "Exported: 2024-01-03, 09:15"], ","),
        ("sales_title_semicolon.csv", ["Umsatz nach Region;", "Stand: 03.01.2024", ""], ";"),
        ("sales_title_tab.tsv", ["Weekly sales\tall regions", ""], "\t"),
    ]
    for seed, (name, pre, delim) in enumerate(variants, start=40):
        rows = data.sales(15 + seed % 7 * 4, seed)
        write(d, name, "\n".join(pre) + "\n" + table_text(SALES, rows, delim=delim))
        cases.append(sales_case(name, "preamble", rows))
    return cases


# ----------------------------------------------------------------------------- headers
def headers(d: Path) -> list[Case]:
    cases = []
    rng = random.Random(50)
    countries = data.COUNTRIES + ["Belgium", "Netherlands", "Denmark", "Finland"]
    vals = [[c] + [rng.randint(1000, 90000) for _ in range(4)] for c in countries]
    low = ["Region", "2022", "2023", "2022", "2023"]
    contain = ("Region", "Sales 2022", "2023", "Costs 2022", "2023")
    two = [",Sales,,Costs,", ",".join(low)]
    write(d, "sales_costs_2row_header.csv", "\n".join(two) + "\n" + table_text(None, vals))
    three = [",Financials,,,", ",Sales,,Costs,", ",".join(low)]
    write(d, "sales_costs_3row_header.csv", "\n".join(three) + "\n" + table_text(None, vals))
    semi = [";Umsatz;;Kosten;", "Land;2022;2023;2022;2023"]
    write(d, "umsatz_2row_header.csv", "\n".join(semi) + "\n" + table_text(None, vals, ";"))
    picks = [(0, "#1"), (5, "#4"), (11, "#0")]
    for name, kind, contains in (
        ("sales_costs_2row_header.csv", "header-2row", contain),
        ("sales_costs_3row_header.csv", "header-3row", contain),
        (
            "umsatz_2row_header.csv",
            "header-2row",
            ("Land", "Umsatz 2022", "2023", "Kosten 2022", "2023"),
        ),
    ):
        cells = tuple((r, "#" + c[1:], v) for r, c, v in spot(low, vals, picks))
        cases.append(
            Case(
                file=name,
                kind=kind,
                expect="table",
                rows=len(vals),
                ncols=5,
                columns_contain=contains,
                numeric=("#1", "#2", "#3", "#4"),
                cells=cells,
            )
        )

    # No header: the first line is data.
    rows = data.sensor(48, 51)
    write(d, "sensor_no_header.csv", table_text(None, rows))
    cases.append(
        Case(
            file="sensor_no_header.csv",
            kind="header-none",
            expect="table",
            rows=48,
            ncols=5,
            numeric=("#2", "#3", "#4"),
            dates=("#0",),
            cells=spot(data.SENSOR_COLUMNS, rows, [(0, "#2"), (0, "#1"), (47, "#4")]),
            note_words=("header",),
        )
    )
    rng = random.Random(52)
    matrix = [[round(rng.uniform(-10, 10), 3) for _ in range(6)] for _ in range(30)]
    write(
        d,
        "measurements_no_header.tsv",
        "\n".join("\t".join(f"{v:.3f}" for v in r) for r in matrix) + "\n",
    )
    cases.append(
        Case(
            file="measurements_no_header.tsv",
            kind="header-none",
            expect="table",
            rows=30,
            ncols=6,
            numeric=tuple(f"#{k}" for k in range(6)),
            cells=((0, "#0", matrix[0][0]), (29, "#5", matrix[29][5])),
            note_words=("header",),
        )
    )

    # Quoted header above quoted numbers with thousands commas.
    cols = ("Region", "Product", "Units", "Revenue")
    rows_t = [
        [data.REGIONS[i % 5], data.PRODUCTS[i % 7], 900 + i * 137, round(12_000 + i * 4321.25, 2)]
        for i in range(22)
    ]
    text = (
        line(cols, always=True)
        + "\n"
        + "\n".join(
            line([r[0], r[1], f"{r[2]:,}", data.us(float(r[3]))], always=True) for r in rows_t
        )
        + "\n"
    )
    write(d, "region_totals_quoted.csv", text)
    cases.append(
        Case(
            file="region_totals_quoted.csv",
            kind="header-quoted-thousands",
            expect="table",
            rows=22,
            ncols=4,
            columns=cols,
            numeric=("Units", "Revenue"),
            cells=spot(cols, rows_t, [(0, "Units"), (21, "Revenue"), (7, "Units")]),
        )
    )

    # Trailing delimiter at the end of the header and every row / of data rows only.
    for name, delim, on_header, seed in (
        ("sales_trailing_comma.csv", ",", True, 53),
        ("sales_trailing_data_only.csv", ",", False, 54),
        ("sales_trailing_semicolon.csv", ";", True, 55),
    ):
        rows = data.sales(27, seed)
        head = line(SALES, delim) + (delim if on_header else "")
        body = "\n".join(line(r, delim) + delim for r in rows)
        write(d, name, head + "\n" + body + "\n")
        cases.append(sales_case(name, "trailing-delimiter", rows))
    return cases


# ----------------------------------------------------------------------------- footers & co
def footers(d: Path) -> list[Case]:
    cases = []
    rows = data.sales(35, 60)
    total = [
        "Total",
        "",
        "",
        "",
        sum(int(r[4]) for r in rows),
        "",
        round(sum(float(r[6]) for r in rows), 2),
    ]
    write(d, "sales_with_total.csv", table_text(SALES, rows + [total]))
    cases.append(sales_case("sales_with_total.csv", "footer-total", rows, note_words=("total",)))

    cols = ("country", "year", "population", "area_km2")
    rng = random.Random(61)
    rows_p = [
        [c, 2015 + y, rng.randint(2_000_000, 84_000_000), rng.randint(30_000, 550_000)]
        for c in data.COUNTRIES
        for y in range(3)
    ]
    notes = [
        "",
        "Source: national statistics office",
        "Note: estimates, not census counts",
        "Figures for 2023 are provisional.",
    ]
    write(d, "population_with_notes.csv", table_text(cols, rows_p) + "\n".join(notes) + "\n")
    cases.append(
        Case(
            file="population_with_notes.csv",
            kind="footer-notes",
            expect="table",
            rows=len(rows_p),
            ncols=4,
            columns=cols,
            numeric=("year", "population", "area_km2"),
            cells=spot(cols, rows_p, [(0, "population"), (23, "country")]),
            note_words=("footer",),
        )
    )

    rows = data.sales(29, 62)
    total = [
        "Summe",
        "",
        "",
        "",
        sum(int(r[4]) for r in rows),
        "",
        round(sum(float(r[6]) for r in rows), 2),
    ]
    text = table_text(SALES, rows + [total], delim=";") + "\nQuelle: Warenwirtschaft\n"
    write(d, "sales_total_and_source.csv", text)
    cases.append(
        sales_case("sales_total_and_source.csv", "footer-total", rows, note_words=("footer",))
    )

    # Repeated header rows in the middle (a paged export), no blank lines.
    rows = data.sensor(100, 63)
    parts = []
    for page in range(4):
        parts.append(line(data.SENSOR_COLUMNS))
        parts += [line(r) for r in rows[page * 25 : (page + 1) * 25]]
    write(d, "sensor_repeated_headers.csv", "\n".join(parts) + "\n")
    cols = tuple(data.SENSOR_COLUMNS)
    cases.append(
        Case(
            file="sensor_repeated_headers.csv",
            kind="repeated-header",
            expect="table",
            rows=100,
            ncols=5,
            columns=cols,
            numeric=("temperature_c", "humidity_pct", "pressure_hpa"),
            dates=("timestamp",),
            cells=spot(
                cols,
                rows,
                [
                    (0, "temperature_c"),
                    (25, "temperature_c"),
                    (99, "pressure_hpa"),
                    (50, "timestamp"),
                ],
            ),
        )
    )

    # Several tables in one file: the one with most rows is the main table.
    summary = [[r, i * 10 + 5] for i, r in enumerate(data.REGIONS)]
    rows = data.sales(42, 64)
    text = table_text(("region", "stores"), summary) + "\n" + table_text(SALES, rows)
    write(d, "summary_then_orders.csv", text)
    cases.append(sales_case("summary_then_orders.csv", "multi-table", rows, note_words=("table",)))
    rows = data.sales(38, 65)
    returns = [[100 + i, f"2023-03-{i + 1:02d}", "damaged"] for i in range(6)]
    text = (
        "Orders\n"
        + table_text(SALES, rows)
        + "\nReturns\n"
        + table_text(("return_id", "date", "reason"), returns)
    )
    write(d, "orders_then_returns.csv", text)
    cases.append(sales_case("orders_then_returns.csv", "multi-table", rows, note_words=("table",)))
    return cases


# ----------------------------------------------------------------------------- ragged
def ragged(d: Path) -> list[Case]:
    cases = []
    rows = data.sales(200, 70)
    parts = [line(SALES)]
    for i, r in enumerate(rows):
        fields = [str(x) for x in line(r).split(",")]
        lineno = i + 2
        if lineno == 14:
            fields.append("EXPRESS")
        if lineno == 150:
            fields = fields[:-1]
        parts.append(",".join(fields))
    write(d, "sales_ragged.csv", "\n".join(parts) + "\n")
    picks = [(0, "revenue"), (11, "revenue"), (13, "revenue"), (199, "units"), (100, "region")]
    cases.append(
        sales_case(
            "sales_ragged.csv",
            "ragged-rows",
            rows,
            cells=spot(SALES, rows, picks),
            note_words=("line 14", "line 150"),
        )
    )

    rows = data.sensor(80, 71)
    parts = ["\t".join(data.SENSOR_COLUMNS)]
    for i, r in enumerate(rows):
        fields = line(r, "\t").split("\t")
        parts.append("\t".join(fields[:-1] if i + 2 == 31 else fields))
    write(d, "sensor_ragged.tsv", "\n".join(parts) + "\n")
    cols = tuple(data.SENSOR_COLUMNS)
    cases.append(
        Case(
            file="sensor_ragged.tsv",
            kind="ragged-rows",
            expect="table",
            rows=80,
            ncols=5,
            columns=cols,
            numeric=("temperature_c", "humidity_pct", "pressure_hpa"),
            cells=spot(
                cols, rows, [(0, "pressure_hpa"), (29, "temperature_c"), (79, "pressure_hpa")]
            )
            + ((29, "pressure_hpa", None),),
            note_words=("line 31",),
        )
    )

    # Unclosed quotes.
    for name, delim, bad_line, n in (
        ("comments_unclosed_quote.csv", ",", 23, 40),
        ("kommentare_offenes_anfuehrungszeichen.csv", ";", 7, 30),
    ):
        cols = ("id", "author", "comment", "rating")
        parts = [delim.join(cols)]
        for i in range(n):
            comment = "fine" if i % 2 else "arrived on time"
            if i + 2 == bad_line:
                comment = '"Customer says' + delim + " the box was"
            parts.append(delim.join([str(i + 1), data.FIRST[i % 20], comment, str(i % 5)]))
        write(d, name, "\n".join(parts) + "\n")
        cases.append(
            Case(
                file=name,
                kind="unclosed-quote",
                expect="error",
                error_words=("quote", f"line {bad_line}"),
            )
        )
    return cases


# ----------------------------------------------------------------------------- unreadable
def unreadable(d: Path) -> list[Case]:
    cases = []
    write(d, "empty.csv", b"")
    cases.append(
        Case(file="empty.csv", kind="unreadable-empty", expect="error", error_words=("empty",))
    )
    write(d, "blank_lines.csv", " \n\n\t\n   \r\n")
    cases.append(
        Case(
            file="blank_lines.csv", kind="unreadable-empty", expect="error", error_words=("empty",)
        )
    )
    rows = data.sales(16, 80)
    write(d, "orders_export.json", table_text(SALES, rows))
    cases.append(sales_case("orders_export.json", "wrong-extension", rows))
    rng = random.Random(81)
    write(d, "export_binary.csv", bytes([0x00, 0x01, 0x9C, 0xFF]) + rng.randbytes(4096))
    cases.append(
        Case(
            file="export_binary.csv", kind="unreadable-binary", expect="error", error_words=("not",)
        )
    )
    write(d, "budget.xlsx", "This is not a spreadsheet, just a note someone saved.\n")
    cases.append(
        Case(file="budget.xlsx", kind="unreadable-not-zip", expect="error", error_words=("not",))
    )
    whole = gzip.compress(table_text(SALES, data.sales(400, 82)).encode(), mtime=0)
    write(d, "sales_truncated.csv.gz", whole[: len(whole) // 2])
    cases.append(
        Case(
            file="sales_truncated.csv.gz",
            kind="unreadable-truncated-gz",
            expect="error",
            error_words=("gz",),
        )
    )
    return cases


def build_all(d: Path) -> list[Case]:
    return (
        encodings(d)
        + dialects(d)
        + line_endings(d)
        + preambles(d)
        + headers(d)
        + footers(d)
        + ragged(d)
        + unreadable(d)
    )
