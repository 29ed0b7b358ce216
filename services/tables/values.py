"""Column types from text: numbers with thousands separators, decimal commas, currency and
percent signs; booleans; NA spellings; dates (day first or month first, said so); ids with
leading zeros and integers beyond 2^53 kept exact. Every conversion is noted."""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from services.tables.cells import BOOL_TRUE, NA_IN_TYPED, NA_TEXT, kind

_CURRENCY = re.compile(r"[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|JPY|SEK|NOK|DKK|CAD|AUD)\b")
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_LEADING_ZERO = re.compile(r"^[-+]?0\d")
_DMY = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{2,4})(?:[ T].*)?$")
_YMD = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T].*)?$")
EXACT_LIMIT = 2**53
SAMPLE = 2000


def convert(frame: pd.DataFrame, *, decimal: str = ".") -> tuple[pd.DataFrame, list[str]]:
    """Type every text column of `frame` (cells are str or None); return it and the notes."""
    notes: list[str] = []
    converted: dict[int, Any] = {}
    short = len(frame) <= SHORT_ROWS
    cells = frame.to_numpy(dtype=object)
    for index, name in enumerate(frame.columns):
        quick = _short_column(cells[:, index].tolist()) if short else None
        if quick is not None:  # a few cells of plain text or plain numbers: no pandas ops
            converted[index] = quick
        else:
            values = pd.Series(cells[:, index], index=frame.index, dtype=object)
            converted[index] = column(values, name=str(name), decimal=decimal, notes=notes)
            converted[index] = converted[index].reset_index(drop=True)
    result = pd.DataFrame(converted)
    result.index = frame.index
    result.columns = frame.columns
    written = {}  # a date read from text, as the file writes it ("Jan 1920", "1960-07")
    for index, name in enumerate(frame.columns):
        if pd.api.types.is_datetime64_any_dtype(result.iloc[:, index]):
            first = next((c for c in cells[:, index] if isinstance(c, str) and c.strip()), None)
            if first is not None:
                written[str(name)] = first.strip()
    if written:
        result.attrs["written"] = written
    return result, notes


SHORT_ROWS = 200
_PLAIN_INT = re.compile(r"^-?(?:0|[1-9]\d{0,14})$")
_PLAIN_FLOAT = re.compile(r"^-?(?:0|[1-9]\d{0,14})\.\d+$")


def _short_column(cells: list[Any]) -> Any:
    """A short column (a very wide table has thousands) typed in plain Python when it is
    plainly text or plainly numbers; None sends it through the full rules."""
    values = [v.strip() if isinstance(v, str) else "" for v in cells]
    gaps = [not v or v.lower() in NA_TEXT for v in values]
    present = [v for v, gap in zip(values, gaps, strict=True) if not gap]
    if not present or any(p.fullmatch(present[0]) for p in (_COMPACT_DATE, _PERIOD, _MONTH_YEAR)):
        return None  # perhaps dates written as numbers or periods: the full rules decide
    if all(_PLAIN_INT.match(v) for v in present):
        if not any(gaps):
            return np.array([int(v) for v in values], dtype=np.int64)
        whole = [pd.NA if gap else int(v) for v, gap in zip(values, gaps, strict=True)]
        return pd.array(whole, dtype="Int64")
    if all(_PLAIN_INT.match(v) or _PLAIN_FLOAT.match(v) for v in present):
        numbers = [float("nan") if gap else float(v) for v, gap in zip(values, gaps, strict=True)]
        return np.array(numbers, dtype=np.float64)
    if all(kind(v) == "text" for v in present):
        text = [None if gap else v for v, gap in zip(values, gaps, strict=True)]
        return np.array(text, dtype=object)
    return None


_COMMA_DECIMAL = re.compile(r"[-+]?[$€£]?\s?\d{1,3}(?:[.\u00a0\u202f ]\d{3})*,\d+\s?[€%]?")
_POINT_DECIMAL = re.compile(r"[-+]?[$€£]?\s?\d{1,3}(?:[,\u00a0\u202f ]\d{3})*\.\d+\s?[$%]?")
DECIMAL_SAMPLE = 200  # rows per column looked at to tell the decimal mark


def file_decimal(frame: pd.DataFrame, *, delimiter: str) -> str:
    """The decimal mark the file's numbers use: ',' when some column shows it unambiguously."""
    comma = point = 0
    cells = frame.head(DECIMAL_SAMPLE).to_numpy(dtype=object)
    for index in range(min(cells.shape[1] if cells.ndim == 2 else 0, 500)):
        for value in cells[:, index]:
            if (
                not isinstance(value, str)
                or not value
                or not value[-1:].isdigit()
                and (value[-1:] not in "€%$ ")
            ):
                continue
            value = value.strip()
            if _COMMA_DECIMAL.fullmatch(value):
                comma += 1
            elif _POINT_DECIMAL.fullmatch(value):
                point += 1
    if comma > point or (comma and delimiter == ";"):
        return ","
    return "."


def column(values: pd.Series, *, name: str, decimal: str, notes: list[str]) -> pd.Series:
    clean = _clean_numbers(values)
    if clean is not None:  # plain numbers in every cell: what the text passes would find
        return clean
    text = values.astype(object).where(values.notna(), None)
    stripped = text.str.strip()
    lower = stripped.str.lower().fillna("")
    missing = lower.isin(NA_TEXT) | stripped.isna()
    if missing.all():
        return pd.Series([None] * len(text), index=text.index, dtype=object)
    typed_missing = missing | lower.isin(NA_IN_TYPED)
    present = stripped[~typed_missing]
    extra_na = sorted(set(stripped[typed_missing & ~missing].dropna().unique().tolist()))[:4]
    result: pd.Series | None = _compact_dates(present, name=name, notes=notes)
    if result is None:
        result = _plain_numbers(present)  # the common case, decided at once
    sample = list(dict.fromkeys(present.head(SAMPLE * 5).tolist()))[:SAMPLE]
    kinds = {kind(v) for v in sample} if result is None else {"plain"}
    if kinds == {"number"}:
        result = _numbers(present, name=name, decimal=decimal, notes=notes)
    elif kinds == {"bool"}:
        result = present.str.lower().isin(BOOL_TRUE)
        notes.append(f"{name}: yes/no values read as booleans")
    elif kinds == {"date"} or kinds == {"date", "number"} and _mostly_dates(sample):
        result = _dates(present, name=name, notes=notes)
    if result is None:
        return stripped.where(~missing, None)
    if extra_na:
        notes.append(f"{name}: {', '.join(repr(v) for v in extra_na)} read as missing")
    return _place(result, typed_missing, text.index)


_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_PERIOD = re.compile(r"(\d{4})\s*-?\s*([MmQq])(\d{1,2})")
_MONTH_YEAR = re.compile(
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-\s'/]?\s*(\d{4}|\d{2})",
    re.IGNORECASE,
)


_GLANCE = 50


def _compact_dates(present: pd.Series, *, name: str, notes: list[str]) -> pd.Series | None:
    """Dates written as numbers (20190315), statistical periods (2020M01, 2021Q3) and
    months of a year (Jan-22, Mar 2021): read as dates (a period as its first day) only
    when every value is one."""
    if len(present) == 0:
        return None
    head = present.head(_GLANCE)  # every value must match: the first ones say when none do
    if not (
        head.str.fullmatch(_COMPACT_DATE).all()
        or head.str.fullmatch(_MONTH_YEAR).all()
        or head.str.fullmatch(_PERIOD).all()
    ):
        return None
    if present.str.fullmatch(_COMPACT_DATE).all():
        parsed = pd.to_datetime(present, errors="coerce", format="%Y%m%d")
        how = "yyyymmdd"
    elif present.str.fullmatch(_MONTH_YEAR).all():  # "Jan-22", "Mar 2021", "Sept'19"
        parts = present.str.extract(f"^{_MONTH_YEAR.pattern}$", flags=re.IGNORECASE)
        month, year = parts[0].str[:3].str.title(), parts[1].astype(str)
        short = year.str.len() == 2
        century = year.where(~short, "20").where(~short | (year < "69"), "19")
        year = year.where(~short, century + year)
        parsed = pd.to_datetime(year + "-" + month + "-01", errors="coerce", format="%Y-%b-%d")
        how = "month and year (each as its 1st)"
    else:
        parts = present.str.extract(f"^{_PERIOD.pattern}$")
        if parts[0].isna().any() or parts[1].str.upper().nunique() != 1:
            return None
        number = parts[2].astype(int)
        quarterly = parts[1].iloc[0].upper() == "Q"
        if not number.between(1, 4 if quarterly else 12).all():
            return None
        month = (number - 1) * 3 + 1 if quarterly else number
        parsed = pd.to_datetime(
            parts[0] + "-" + month.astype(str).str.zfill(2) + "-01", errors="coerce"
        )
        how = "quarters (each as its first day)" if quarterly else "months (each as its 1st)"
    if parsed.isna().any():
        return None
    first = pd.Timestamp(parsed.iloc[0])
    notes.append(f"{name}: dates read from {how}: {present.iloc[0]} is {first:%d %B %Y}")
    return parsed


def _clean_numbers(values: pd.Series) -> pd.Series | None:
    """Plain numbers in every cell, no blank among them and no date written as digits
    (20190315): the column as numbers, decided without the passes over its text."""
    if len(values) == 0 or values.isna().any():
        return None
    if values.head(_GLANCE).astype(str).str.strip().str.fullmatch(_COMPACT_DATE).all():
        return None  # maybe dates: the full reading decides
    return _plain_numbers(values.astype(str).str.strip() if _padded(values) else values)


def _padded(values: pd.Series) -> bool:
    """Does any cell start or end with blank space? (One search over the cells joined.)"""
    try:
        joined = "\x00".join(values.to_numpy())
    except TypeError:  # a cell that is no text: strip them all
        return True
    return _PAD.search(joined) is not None


_PAD = re.compile(r"(?:^|\x00)\s|\s(?:\x00|$)")


def _plain_numbers(present: pd.Series) -> pd.Series | None:
    """Plain numbers as they are written (no separators, symbols or leading zeros)."""
    head = present.head(_GLANCE)
    if len(present) > _GLANCE and pd.to_numeric(head, errors="coerce").isna().any():
        return None  # text among the first values: the whole column is not plain numbers
    numbers = pd.to_numeric(present, errors="coerce")
    if len(numbers) == 0 or numbers.isna().any() or numbers.abs().max() > EXACT_LIMIT:
        return None
    text = np.char.lstrip(present.to_numpy(dtype=str), "+-")  # "007", "-01": codes
    zero = np.char.startswith(text, "0") & (np.char.str_len(text) > 1)
    if zero.any() and pd.Series(text[zero]).str.match(r"0\d").any():
        return None
    return numbers


def _place(result: pd.Series, missing: pd.Series, index: pd.Index) -> pd.Series:
    if not missing.any():
        return result.reindex(index)
    if pd.api.types.is_bool_dtype(result):
        full = pd.Series(pd.NA, index=index, dtype="boolean")
        full[~missing] = result.astype(bool).to_numpy()
        return full
    if pd.api.types.is_integer_dtype(result):  # whole numbers with gaps stay whole numbers
        full = pd.Series(pd.NA, index=index, dtype="Int64")
        full[~missing] = result.to_numpy()
        return full
    return result.reindex(index)


def _numbers(present: pd.Series, *, name: str, decimal: str, notes: list[str]) -> pd.Series | None:
    if present.str.match(_LEADING_ZERO).any():
        notes.append(f"{name}: kept as text (values with leading zeros, such as ids)")
        return None
    units = []
    work = present
    if work.str.contains(_CURRENCY).any():
        symbols = sorted(set(work.str.findall(_CURRENCY).explode().dropna().tolist()))[:3]
        units.append(f"currency {' '.join(symbols)} removed")
        work = work.str.replace(_CURRENCY, "", regex=True)
    if work.str.contains("%", regex=False).any():
        units.append("percent signs removed (15% is 15)")
        work = work.str.replace("%", "", regex=False)
    negative = work.str.match(r"^\s*\(.*\)\s*$")
    work = work.str.replace(r"^\s*\((.*)\)\s*$", r"\1", regex=True)
    mark = _decimal_mark(work, decimal)
    grouped = work.str.contains(r"\d[\s\u00a0\u202f']\d{3}", regex=True).any()
    work = work.str.replace(_SPACES, "", regex=True)
    if mark == ",":
        has_group = work.str.contains(".", regex=False).any()
        work = work.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
        units.append("decimal comma")
        if has_group:
            units.append("'.' thousands separators removed")
    elif work.str.contains(",", regex=False).any():
        work = work.str.replace(",", "", regex=False)
        units.append("',' thousands separators removed")
    if grouped:
        units.append("space thousands separators removed")
    if work.str.fullmatch(r"[-+]?\d+").all():
        big = work.map(int)
        if big.abs().max() > 2**63 - 1:
            notes.append(f"{name}: kept as text (integers too large to hold exactly)")
            return None
        if big.abs().max() > EXACT_LIMIT:
            return big.astype("int64")
    numbers = pd.to_numeric(work, errors="coerce")
    if numbers.isna().any():
        return None
    if pd.api.types.is_float_dtype(numbers) and (numbers % 1 == 0).all():
        exact = pd.to_numeric(work.str.replace(r"\.0*$", "", regex=True), errors="coerce")
        if pd.api.types.is_integer_dtype(exact) and not work.str.contains(r"\.\d*[1-9]").any():
            numbers = exact if exact.abs().max() > EXACT_LIMIT else numbers
    if pd.api.types.is_integer_dtype(numbers) or pd.api.types.is_float_dtype(numbers):
        numbers = numbers.where(~negative, -numbers)
    else:  # integers past int64: keep the digits exactly as text
        notes.append(f"{name}: kept as text (integers too large to hold exactly)")
        return None
    if units:
        notes.append(f"{name}: read as numbers ({'; '.join(units)})")
    return numbers


def _decimal_mark(work: pd.Series, default: str) -> str:
    sample = work.head(SAMPLE)
    both = sample[sample.str.contains(",", regex=False) & sample.str.contains(".", regex=False)]
    if len(both):
        last_comma = both.str.rfind(",")
        last_point = both.str.rfind(".")
        return "," if (last_comma > last_point).mean() > 0.5 else "."
    commas = sample[sample.str.contains(",", regex=False)]
    if len(commas):
        thousands = commas.str.fullmatch(r"[-+]?\d{1,3}(?:,\d{3})+").all()
        if not thousands:
            return ","
        return default
    points = sample[sample.str.contains(".", regex=False)]
    if len(points) and default == ",":
        return "," if points.str.fullmatch(r"[-+]?\d{1,3}(?:\.\d{3})+").all() else "."
    return "."


def _mostly_dates(sample: list[str]) -> bool:
    return sum(1 for v in sample if kind(v) == "date") >= 0.9 * len(sample)


_OFFSET = re.compile(r"(?<=:\d{2})(?:Z|[+-]\d{2}:?\d{2})$")  # 2022-03-27T03:00:00+02:00


def _local(present: pd.Series, *, name: str, notes: list[str]) -> pd.Series:
    """Times with a UTC offset that changes (summer time: +01:00, then +02:00) kept as the
    clock time written, without the offset: pandas reads no column of mixed offsets, and
    the hour of day people ask about is the local one."""
    offsets = present.str.extract(r"(?<=:\d{2})(Z|[+-]\d{2}:?\d{2})$")[0]
    if offsets.isna().any() or offsets.nunique() < 2:
        return present
    notes.append(
        f"{name}: times read as the local clock time written; their UTC offsets "
        f"({', '.join(sorted(offsets.unique())[:3])}) differ, and were left aside"
    )
    return present.str.replace(_OFFSET, "", regex=True)


_MONTH_FIRST = re.compile(r"\bmm?[/.-]dd?\b", re.I)


def _evener_month_first(sample: pd.Series) -> bool:
    """When every date reads both ways, is it evenly spaced read month first and not day
    first? A log of 1/5/2022 … 1/10/2022 every 15 minutes is six days in a row in January,
    not the first day of six months; monthly dates stay day first unless uneven so."""
    spreads = []
    for dayfirst in (True, False):
        parsed = pd.to_datetime(sample, errors="coerce", format="mixed", dayfirst=dayfirst)
        gaps = parsed.dropna().drop_duplicates().sort_values().diff().dropna().dt.total_seconds()
        if len(gaps) < 2 or gaps.mean() <= 0:
            return False
        spreads.append(float(gaps.std() / gaps.mean()))  # 0 for a perfectly even series
    return spreads[1] < spreads[0] * 0.5


def _dates(present: pd.Series, *, name: str, notes: list[str]) -> pd.Series | None:
    present = _local(present, name=name, notes=notes)
    sample = present.head(SAMPLE * 5)
    dmy = sample.str.extract(_DMY)
    parsed: Any
    if sample.str.match(_YMD).all():
        parsed = pd.to_datetime(present, errors="coerce", format="ISO8601")
        how = ""
    elif dmy[0].notna().all():
        first, second = dmy[0].astype(int), dmy[2].astype(int)
        dayfirst = bool((first > 12).any()) or not bool((second > 12).any())
        ambiguous = not (first > 12).any() and not (second > 12).any()
        separator = dmy[1].iloc[0]
        year = "%Y" if dmy[3].str.len().max() == 4 else "%y"
        if ambiguous and _MONTH_FIRST.search(name):
            dayfirst = False  # `Date (MM/DD/YYYY)`: the header says so
        elif ambiguous and _evener_month_first(sample):
            dayfirst = False  # 1/5 … 1/10 of a 15-minute log: 5–10 January
        fmt = (
            f"%d{separator}%m{separator}{year}" if dayfirst else f"%m{separator}%d{separator}{year}"
        )
        parsed = pd.to_datetime(present, errors="coerce", format=fmt)
        if parsed.isna().any():
            parsed = pd.to_datetime(present, errors="coerce", format="mixed", dayfirst=dayfirst)
        example = present.iloc[0]
        if dayfirst and (first > 12).any():
            how = f"day first ({example} is {pd.Timestamp(parsed.iloc[0]):%d %B %Y})"
        elif dayfirst:
            how = f"day first, assumed: every day is 12 or less ({example} read as day/month)"
        else:
            how = f"month first ({example} is {pd.Timestamp(parsed.iloc[0]):%B %d, %Y})"
    else:  # "25/03/2023" beside "Sun 25 May 2025": the numeric ones read as they show
        numeric = present.str.extract(_DMY).dropna()
        first, second = numeric[0].astype(int), numeric[2].astype(int)
        dayfirst = bool((first > 12).any()) and not bool((second > 12).any())
        parsed = pd.to_datetime(present, errors="coerce", format="mixed", dayfirst=dayfirst)
        how = "in mixed formats" + (", the numeric ones day first" if dayfirst else "")
    if parsed.isna().any():
        return None
    if how:
        notes.append(f"{name}: dates read {how}")
    return parsed
