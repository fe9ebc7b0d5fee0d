"""Resolve a written time expression ("on Wednesday", "Friday's meeting", "in May", "last week")
against the article's publication date.

``resolve_when(expr, published)`` returns an ISO date ``YYYY-MM-DD`` when it can be resolved
(a weekday is the most recent such day on or before publication; a month is the most recent such
month, as ``YYYY-MM``), else the phrase as written. With no publication date it returns the phrase
as written: never the publication date itself.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}


def _parse_date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def resolve_when(expr: str, published: str | None, future: bool = False) -> str:
    """Resolve ``expr`` against ``published``; ``future=True`` for scheduled events ("on Monday")."""
    base = _parse_date(published)
    written = expr.strip()
    if base is None:
        return written
    low = written.lower()
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", low):
            delta = (base.weekday() - i) % 7
            if future:
                delta = -((i - base.weekday()) % 7)
            return (base - dt.timedelta(days=delta)).isoformat()
    if re.search(r"\byesterday\b", low):
        return (base - dt.timedelta(days=1)).isoformat()
    if re.search(r"\btoday\b|\bthis morning\b|\btonight\b|\bthis afternoon\b|\bthis evening\b", low):
        return base.isoformat()
    if re.search(r"\btomorrow\b", low):
        return (base + dt.timedelta(days=1)).isoformat()
    m = re.search(r"\b(" + "|".join(_MONTH_ABBR) + r")[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", low)
    if m:
        month, day = _MONTH_ABBR[m.group(1)], int(m.group(2))
        year = int(m.group(3)) if m.group(3) else base.year
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return written
        if not m.group(3) and not future and d > base:
            d = d.replace(year=year - 1)
        return d.isoformat()
    m = re.search(r"\b(?:in|since|last|this)\s+(" + "|".join(MONTHS) + r")\b(?:\s+(\d{4}))?", low)
    if m:
        month = MONTHS.index(m.group(1)) + 1
        year = int(m.group(2)) if m.group(2) else base.year
        if not m.group(2) and not future and month > base.month:
            year -= 1
        return f"{year:04d}-{month:02d}"
    return written
