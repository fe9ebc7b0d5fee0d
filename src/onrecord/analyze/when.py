"""Resolve a written time expression ("on Wednesday", "Friday's meeting", "in May", "last week")
against the article's publication date.

``resolve_when(expr, published)`` returns the most precise ISO form the text supports:

* ``YYYY-MM-DD`` for a day: a weekday is the most recent such day on or before publication (the
  next one on or after it with ``future=True``); "yesterday", "today", "tonight", "N days ago",
  "Sept. 12" (the most recent such date for a past statement), "12 September 2015";
* ``YYYY-MM`` for a month: "in May" (the most recent May on or before publication), "May 2015",
  "last month", "this month", "earlier this month"; also "last week"/"this week" when that calendar
  week (Monday to Sunday) lies inside one month;
* ``YYYY`` for a year: "in 2014", "last year", "this year";
* otherwise the phrase as written. With no (or an unreadable) publication date, every relative
  expression stays as written: never the publication date itself. Absolute dates ("Sept. 12, 2015",
  "in 2014") resolve without one.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
_MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[a-z]*)\.?"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_MONTH_DAY = re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(\d{{4}})\b)?")
_MONTH_YEAR = re.compile(rf"\b{_MONTH_RE},?\s+(?:of\s+)?(\d{{4}})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week)s?\s+ago\b")


def _parse_date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_of_week(monday: dt.date) -> str | None:
    sunday = monday + dt.timedelta(days=6)
    return f"{monday.year:04d}-{monday.month:02d}" if (monday.year, monday.month) == (sunday.year, sunday.month) else None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _absolute(low: str, base: dt.date | None, future: bool) -> str | None:
    """Dates written with a month name or a year; ``base`` only fills in a missing year."""
    for pattern, order in ((_MONTH_DAY, "md"), (_DAY_MONTH, "dm")):
        m = pattern.search(low)
        if not m:
            continue
        mon, day = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
        year_text = m.group(3)
        if year_text is None and base is None:
            return None
        year = int(year_text) if year_text else base.year  # type: ignore[union-attr]
        try:
            d = dt.date(year, _MONTH_ABBR[mon], int(day))
        except ValueError:
            return None
        if base is not None and not year_text:
            if not future and d > base:
                d = d.replace(year=year - 1) if not (d.month == 2 and d.day == 29) else d
            elif future and d < base:
                d = d.replace(year=year + 1) if not (d.month == 2 and d.day == 29) else d
        return d.isoformat()
    m = _MONTH_YEAR.search(low)
    if m:
        return f"{int(m.group(2)):04d}-{_MONTH_ABBR[m.group(1)]:02d}"
    return None


def _relative(low: str, written: str, base: dt.date, future: bool) -> str | None:
    """Expressions that need the publication date."""
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", low):
            if future:
                return (base + dt.timedelta(days=(i - base.weekday()) % 7)).isoformat()
            delta = (base.weekday() - i) % 7
            if re.search(r"\blast\b", low) and delta == 0:
                delta = 7
            return (base - dt.timedelta(days=delta)).isoformat()
    if re.search(r"\byesterday\b", low):
        return (base - dt.timedelta(days=1)).isoformat()
    if re.search(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", low):
        return base.isoformat()
    if re.search(r"\btomorrow\b", low):
        return (base + dt.timedelta(days=1)).isoformat()
    m = _AGO.search(low)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
        days = n * (7 if m.group(2) == "week" else 1)
        if m.group(2) == "day":
            return (base - dt.timedelta(days=days)).isoformat()
        return _month_of_week(base - dt.timedelta(days=days + base.weekday()))
    this_monday = base - dt.timedelta(days=base.weekday())
    if re.search(r"\blast week\b", low):
        return _month_of_week(this_monday - dt.timedelta(days=7))
    if re.search(r"\bnext week\b", low):
        return _month_of_week(this_monday + dt.timedelta(days=7))
    if re.search(r"\bthis week\b", low):
        return _month_of_week(this_monday)
    if re.search(r"\blast month\b", low):
        return "{:04d}-{:02d}".format(*_shift_month(base.year, base.month, -1))
    if re.search(r"\bnext month\b", low):
        return "{:04d}-{:02d}".format(*_shift_month(base.year, base.month, 1))
    if re.search(r"\bthis month\b", low):
        return f"{base.year:04d}-{base.month:02d}"
    if re.search(r"\blast year\b", low):
        return f"{base.year - 1:04d}"
    if re.search(r"\bnext year\b", low):
        return f"{base.year + 1:04d}"
    if re.search(r"\bthis year\b", low):
        return f"{base.year:04d}"
    for i, month in enumerate(MONTHS):
        # "in May", "last May", "May" (capitalised: lower-case "may" is the modal verb)
        if re.search(rf"\b{month}\b", low) and (month != "may" or re.search(r"\bMay\b", written)):
            year = base.year
            if re.search(r"\bnext\b", low) or future:
                if i + 1 < base.month:
                    year += 1
            elif i + 1 > base.month or (re.search(r"\blast\b", low) and i + 1 == base.month):
                year -= 1
            return f"{year:04d}-{i + 1:02d}"
    return None


def resolve_when(expr: str, published: str | None, future: bool = False) -> str:
    """Resolve ``expr`` against ``published`` (YYYY-MM-DD); ``future=True`` for scheduled events
    ("on Monday" = the coming Monday). Returns an ISO date, month or year, else ``expr`` as written."""
    written = " ".join(expr.split())
    low = written.lower()
    base = _parse_date(published)
    found = _absolute(low, base, future)
    if found:
        return found
    if base is not None:
        found = _relative(low, written, base, future)
        if found:
            return found
    m = _YEAR.search(low)
    if m and not re.search(r"\b(?:ago|years?)\b", low):
        return m.group(1)
    return written
