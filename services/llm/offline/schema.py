"""The first cell: load each attached table and describe it; and the description read back."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

SCHEMA_MARK = "TABLE-SCHEMA "
LOW_CARDINALITY = 30
MANY_VALUES = 1000  # names (not numbers) of up to this many places, countries … read as values


@dataclass
class Column:
    name: str
    kind: str  # "number", "category", "date", "text", "bool"
    values: list[str] = field(default_factory=list)  # distinct values (low cardinality)
    low: float | None = None
    high: float | None = None
    first: str | None = None  # a date column's earliest and latest value
    last: str | None = None
    missing: int = 0
    step: str | None = None  # a date column's spacing: "time", "day", … "month", "quarter", "year"
    distinct: int | None = None  # a date column's distinct dates
    written: str | None = None  # a date column's first value as the file writes it

    @property
    def numbered(self) -> bool:
        """Whole numbers that name things (`Pig` 4601 …, `Time` 1–12), listed in full."""
        return bool(self.values) and all(v.removesuffix(".0").isdigit() for v in self.values)

    @property
    def yes_no(self) -> bool:
        """Yes/no answers, however written (`airco` yes/no, `LoyaltyCard` Y/N, a bool)."""
        values = {v.lower().removesuffix(".0") for v in self.values}
        return self.kind == "bool" or (
            bool(values) and values <= {"yes", "no", "true", "false", "y", "n", "0", "1"}
        )

    @property
    def flag(self) -> bool:
        """A 0/1 indicator ("Action" of a table of films)."""
        return self.kind == "number" and {v.removesuffix(".0") for v in self.values} == {"0", "1"}


@dataclass
class Table:
    variable: str
    path: str
    rows: int
    columns: list[Column]
    big: bool = False  # read by column when analysed (too big to hold whole in the kernel)

    @property
    def filename(self) -> str:
        return os.path.basename(self.path)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    def series(self, name: str) -> bool:
        """One row per date of the column: a time series (a quarterly population, monthly
        sales), whose rows are its periods. Rows of days or times sorted by nothing else; a
        log of events each at its own time (check-ins by club) is no series."""
        column = self.column(name)
        if column is None or column.distinct != self.rows - column.missing or self.rows < 3:
            return False
        periods = column.step in ("week", "month", "quarter", "year")
        return periods or not any(c.kind == "category" for c in self.columns)

    def of_kind(self, *kinds: str) -> list[Column]:
        return [c for c in self.columns if c.kind in kinds]


def variable_for(path: str, taken: set[str]) -> str:
    """A readable Python name for a file: `sales.csv` → `sales`."""
    stem = os.path.splitext(os.path.basename(path))[0].lower()
    name = "".join(ch if ch.isalnum() else "_" for ch in stem).strip("_") or "data"
    if name[0].isdigit() or name in {"df", "pd", "np", "px", "plt", "go", "json"}:
        name = f"data_{name}"
    base, number = name, 2
    while name in taken:
        name, number = f"{base}_{number}", number + 1
    return name


FILES_MARK = "Files (JSON): "  # the code tool's description lists the files after this


def inspection_code(files: list[dict[str, Any]]) -> tuple[str, dict[str, str]]:
    """The first cell: load every table (each sheet of a workbook too) with the workbench
    reader, then print one schema line per table."""
    taken: set[str] = set()
    variables: dict[str, str] = {}
    lines = [
        "# Load the attached tables with the workbench reader and look at their columns",
        "from services.tables import read_table, profile",
    ]
    bigs: list[tuple[str, str]] = []
    for entry in files:
        path = entry["path"]
        if entry.get("big"):
            variable = variable_for(path, taken)
            taken.add(variable)
            bigs.append((variable, path))
            lines.append(f"{variable} = None  # big: read by column when analysed")
            continue
        tables = entry.get("tables") or [None]
        for table in tables:
            label = f"{os.path.splitext(path)[0]}_{table}" if table else path
            variable = variable_for(label, taken)
            taken.add(variable)
            variables[f"{path} (sheet {table})" if table else path] = variable
            extra = f", table={table!r}" if table else ""
            lines.append(f"{variable} = read_table({path!r}{extra})")
    lines.append("")
    lines += _STEP_CODE
    lines.append("def describe_table(name, path, frame):")
    lines.append("    columns = []")
    lines.append("    for column in frame.columns:")
    lines.append("        values = frame[column]")
    lines.append('        info = {"name": str(column), "missing": int(values.isna().sum())}')
    lines.append("        if pd.api.types.is_bool_dtype(values):")
    lines.append('            info["kind"] = "bool"')
    lines.append("        elif pd.api.types.is_numeric_dtype(values):")
    lines.append(
        '            info.update(kind="number", low=float(values.min()), high=float(values.max()))'
    )
    lines.append("        elif pd.api.types.is_datetime64_any_dtype(values):")
    lines.append(
        '            info.update(kind="date", low=str(values.min()), high=str(values.max()), '
        'step=date_step(values), written=frame.attrs.get("written", {}).get(str(column)), '
        "distinct=int(values.nunique()))"
    )
    lines.append("        else:")
    lines.append("            sample = values.dropna().astype(str).head(200)")
    lines.append("            parsed = pd.to_datetime(sample, errors='coerce', format='mixed')")
    lines.append(
        "            looks_like_date = len(sample) > 0 and parsed.notna().mean() > 0.9 "
        "and sample.str.contains(r'\\d{4}|\\d{1,2}[/.-]\\d{1,2}').mean() > 0.9 "
        # digits alone are a date only as a year or yyyymmdd: `00001` is an id, `02134` a zip
        "and (not sample.str.strip().str.fullmatch(r'\\d+').all() or sample.str.strip()"
        ".str.fullmatch(r'(?:1[5-9]|20)\\d{2}(?:[01]\\d[0-3]\\d)?').all())"
    )
    lines.append("            if looks_like_date:")
    lines.append("                every = pd.to_datetime(values, errors='coerce', format='mixed')")
    lines.append(
        '                info.update(kind="date", low=str(every.min()), high=str(every.max()), '
        "step=date_step(every), written=str(sample.iloc[0]).strip(), "
        "distinct=int(every.nunique()))"
    )
    lines.append(
        f"            elif values.nunique() <= {LOW_CARDINALITY} or "
        "values.nunique() <= len(values) * 0.05:"
    )
    lines.append('                info["kind"] = "category"')
    lines.append("            else:")
    lines.append('                info["kind"] = "text"')
    lines.append(
        f"        if values.nunique() <= {LOW_CARDINALITY * 7} or info.get('kind') in "
        f"('category', 'text') and values.nunique() <= {MANY_VALUES}:"
    )
    lines.append(
        f'            info["values"] = [str(v) for v in values.dropna().unique()[:{MANY_VALUES}]]'
    )
    lines.append("        columns.append(info)")
    lines.append('    print(f"{name}: {len(frame):,} rows x {len(frame.columns)} columns")')
    lines.append(
        f'    print({SCHEMA_MARK!r} + json.dumps({{"variable": name, "path": path, '
        '"rows": len(frame), "columns": columns}))'
    )
    lines.append("")
    for path, variable in variables.items():
        lines.append(f"describe_table({variable!r}, {path!r}, {variable})")
    for variable, path in bigs:
        variables[path] = variable
        lines += [
            f"_profile = profile({path!r})",
            f"print(f\"{variable}: {{_profile['rows']:,}} rows (a big file, read by column)\")",
            f"print({SCHEMA_MARK!r} + json.dumps({{'variable': {variable!r}, 'path': {path!r}, "
            "'rows': _profile['rows'], 'columns': _profile['columns'], 'big': True}))",
        ]
    return "\n".join(lines), variables


# A date column's spacing, so a question finer than the data ("on saturdays" of weekly
# dates, "which day" of monthly ones) is declined rather than answered from nothing.
_STEP_CODE = [
    "def date_step(every):",
    "    d = every.dropna()",
    "    if len(d) < 3:",
    "        return None",
    "    if (d.dt.hour.ne(0) | d.dt.minute.ne(0)).any():",
    '        return "time"',
    "    if d.dt.day.eq(1).all() or d.dt.is_month_end.all():",
    "        if d.dt.month.nunique() == 1 and d.nunique() > 2:",
    '            return "year"',
    "        if d.dt.month.mod(3).nunique() == 1 and d.nunique() > 4:",
    '            return "quarter"',
    '        return "month"',
    "    if d.dt.day_of_week.nunique() == 1 and d.nunique() > 2:",
    '        return "week"',
    '    return "day"',
    "",
]


def load_needed(table: Table, code: str) -> str:
    """For a big table: read only the columns the analysis names, under the table's name."""
    if not table.big:
        return code
    needed = [c.name for c in table.columns if repr(c.name) in code] or [table.columns[0].name]
    return f"{table.variable} = read_table({table.path!r}, columns={needed!r})\n" + code


def read_schemas(output: str) -> list[Table]:
    tables = []
    for line in output.splitlines():
        if not line.startswith(SCHEMA_MARK):
            continue
        raw: dict[str, Any] = json.loads(line[len(SCHEMA_MARK) :])
        columns = [
            Column(
                name=c["name"],
                kind=c["kind"],
                values=c.get("values", []),
                low=_number(c.get("low")),
                high=_number(c.get("high")),
                first=str(c["low"]) if c.get("kind") == "date" and c.get("low") else None,
                last=str(c["high"]) if c.get("kind") == "date" and c.get("high") else None,
                missing=c.get("missing", 0),
                step=c.get("step"),
                written=c.get("written"),
                distinct=c.get("distinct"),
            )
            for c in raw["columns"]
        ]
        tables.append(
            Table(
                variable=raw["variable"],
                path=raw["path"],
                rows=raw["rows"],
                columns=columns,
                big=bool(raw.get("big")),
            )
        )
    return tables


def _number(value: Any) -> float | None:
    return value if isinstance(value, int | float) else None


def marked_list(description: str, mark: str, key: str) -> list[dict[str, Any]]:
    """The JSON list a tool's description carries on its `mark` line: the objects that have
    `key` (the code tool's files, the file search tool's documents)."""
    for line in description.splitlines():
        if line.startswith(mark):
            try:
                listed = json.loads(line[len(mark) :])
            except ValueError:
                return []
            return [item for item in listed if isinstance(item, dict) and item.get(key)]
    return []
