"""resolve_when: utterance dates against the publication date (dates checked by hand on a calendar)."""

from __future__ import annotations

import pytest

from onrecord.analyze.when import resolve_when

# 2025-08-16 is a Saturday; 2025-08-18 a Monday.
SAT = "2025-08-16"
MON = "2025-08-18"


@pytest.mark.parametrize(("expr", "published", "expected"), [
    ("on Wednesday", SAT, "2025-08-13"),
    ("Friday's meeting", SAT, "2025-08-15"),
    ("Tuesday night", SAT, "2025-08-12"),
    ("on Saturday", SAT, "2025-08-16"),  # the same day: on or before publication
    ("Sunday", SAT, "2025-08-10"),
    ("on Monday", MON, "2025-08-18"),
    ("last Monday", MON, "2025-08-11"),
    ("Friday", "2025-01-01", "2024-12-27"),  # weekday across a year boundary
])
def test_weekday_is_most_recent_on_or_before_publication(expr: str, published: str, expected: str) -> None:
    assert resolve_when(expr, published) == expected


def test_future_weekday_is_next_on_or_after_publication() -> None:
    assert resolve_when("on Monday", SAT, future=True) == "2025-08-18"
    assert resolve_when("Saturday", SAT, future=True) == "2025-08-16"


@pytest.mark.parametrize(("expr", "published", "expected"), [
    ("in May", "2025-08-20", "2025-05"),
    ("in August", "2025-08-20", "2025-08"),
    ("in December", "2026-01-10", "2025-12"),  # month rollover into the previous year
    ("last December", "2026-01-10", "2025-12"),
    ("May 2015", "2025-08-20", "2015-05"),
    ("in July 2015", None, "2015-07"),
    ("earlier this month", "2016-09-30", "2016-09"),
    ("last month", "2025-01-15", "2024-12"),
    ("last year", "2016-09-30", "2015"),
    ("in 2014", "2016-09-30", "2014"),
])
def test_months_and_years(expr: str, published: str | None, expected: str) -> None:
    assert resolve_when(expr, published) == expected


@pytest.mark.parametrize(("expr", "published", "expected"), [
    ("on Sept. 12", "2016-09-30", "2016-09-12"),
    ("on Sept. 12", "2016-09-05", "2015-09-12"),  # a past statement: the most recent Sept. 12
    ("Jan. 5", "2025-01-03", "2024-01-05"),
    ("Sept. 12, 2015", None, "2015-09-12"),
    ("12 September 2015", None, "2015-09-12"),
    ("on Nov. 14", "2015-12-01", "2015-11-14"),
    ("yesterday", SAT, "2025-08-15"),
    ("two days ago", SAT, "2025-08-14"),
])
def test_day_dates(expr: str, published: str | None, expected: str) -> None:
    assert resolve_when(expr, published) == expected


def test_last_week_is_the_month_of_the_previous_calendar_week() -> None:
    # Published Wed 2025-09-03: last week ran Mon 2025-08-25 .. Sun 2025-08-31.
    assert resolve_when("last week", "2025-09-03") == "2025-08"
    # Published Wed 2025-08-06: last week ran Mon 2025-07-28 .. Sun 2025-08-03, over two months.
    assert resolve_when("last week", "2025-08-06") == "last week"


def test_no_publication_date_keeps_the_phrase_never_a_date() -> None:
    for expr in ("on Wednesday", "last week", "in May", "yesterday", "earlier this month"):
        assert resolve_when(expr, None) == expr
    assert resolve_when("on Wednesday", "not a date") == "on Wednesday"


def test_unresolvable_phrases_stay_as_written() -> None:
    assert resolve_when("at the time", SAT) == "at the time"
    assert resolve_when("the day before the debate", SAT) == "the day before the debate"
    assert resolve_when("  in  May ", None) == "in May"  # whitespace normalised, nothing invented


def test_lower_case_may_is_the_modal_not_the_month() -> None:
    assert resolve_when("may", SAT) == "may"
