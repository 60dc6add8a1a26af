"""Tests for the pure schedule arithmetic in recurrence.py.

Every test uses real IANA time zones: Amsterdam, New York and Sydney for the
ordinary daylight-saving changes, and Santiago and Havana, whose clocks change at
local midnight, so that "the start of the day" is not always 00:00.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import islice, pairwise
import random
from zoneinfo import ZoneInfo

import pytest

from custom_components.haven.recurrence import (
    ANCHOR_COMPLETION,
    ANCHOR_FIXED,
    KIND_CRON,
    KIND_INTERVAL,
    KIND_METER,
    KIND_ONCE,
    UNITS,
    Schedule,
    add_interval,
    is_day_granular,
    local_day,
    meter_reached,
    next_cron,
    next_due,
    next_occurrence,
    occurrences,
    start_of_day,
    validate_cron,
)

AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")
SYD = ZoneInfo("Australia/Sydney")
# Santiago moves its clocks at 24:00 (00:00 → 01:00 in September, 00:00 → 23:00
# in April); Havana moves them at 00:00 in March and at 01:00 → 00:00 in November.
SCL = ZoneInfo("America/Santiago")
HAV = ZoneInfo("America/Havana")

ORDINARY_ZONES = [AMS, NYC, SYD, ZoneInfo("UTC")]
ALL_ZONES = [*ORDINARY_ZONES, SCL, HAV]

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Override the package's autouse fixture: these tests need no hass."""


def _at(
    tz: tzinfo,
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=tz)


def _utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return _at(UTC, year, month, day, hour, minute, second)


def _days(start: date, end: date) -> Iterator[date]:
    day = start
    while day < end:
        yield day
        day += DAY


def _interval(
    every: int,
    unit: str,
    anchor: str = ANCHOR_COMPLETION,
    anchor_on: date | None = None,
) -> Schedule:
    return Schedule(
        kind=KIND_INTERVAL, every=every, unit=unit, anchor=anchor, anchor_on=anchor_on
    )


def _fixed(anchor_on: date, every: int, unit: str) -> Schedule:
    return _interval(every, unit, ANCHOR_FIXED, anchor_on)


def _brute_fixed(anchor: date, every: int, unit: str, after: date) -> date:
    """Walk from the anchor one occurrence at a time: the obvious, slow answer."""
    step = 0
    while (day := add_interval(anchor, every * step, unit)) <= after:
        step += 1
    return day


def _take(moments: Iterator[datetime]) -> list[datetime]:
    """Return a projection, failing fast should a wrong schedule never end."""
    taken = list(islice(moments, 5001))
    assert len(taken) <= 5000, "the projection does not end"
    return taken


def _local_days(moments: list[datetime], tz: tzinfo) -> list[date]:
    return [local_day(moment, tz) for moment in moments]


# add_interval


@pytest.mark.parametrize(
    ("day", "every", "unit", "expected"),
    [
        # days and weeks are plain calendar arithmetic
        (date(2025, 1, 31), 1, "days", date(2025, 2, 1)),
        (date(2024, 2, 28), 1, "days", date(2024, 2, 29)),
        (date(2025, 2, 28), 1, "days", date(2025, 3, 1)),
        (date(2025, 12, 31), 1, "days", date(2026, 1, 1)),
        (date(2025, 1, 1), 365, "days", date(2026, 1, 1)),
        (date(2024, 1, 1), 365, "days", date(2024, 12, 31)),
        (date(2025, 3, 29), 2, "days", date(2025, 3, 31)),
        (date(2025, 1, 1), 0, "days", date(2025, 1, 1)),
        (date(2025, 12, 29), 1, "weeks", date(2026, 1, 5)),
        (date(2024, 2, 22), 1, "weeks", date(2024, 2, 29)),
        (date(2025, 1, 1), 52, "weeks", date(2025, 12, 31)),
        (date(2025, 3, 26), 2, "weeks", date(2025, 4, 9)),
        # months: on the calendar, clamped to the month's end
        (date(2025, 1, 15), 1, "months", date(2025, 2, 15)),
        (date(2025, 1, 31), 1, "months", date(2025, 2, 28)),
        (date(2024, 1, 31), 1, "months", date(2024, 2, 29)),
        (date(2025, 1, 31), 2, "months", date(2025, 3, 31)),
        (date(2025, 1, 31), 3, "months", date(2025, 4, 30)),
        (date(2025, 3, 31), 1, "months", date(2025, 4, 30)),
        (date(2025, 5, 31), 1, "months", date(2025, 6, 30)),
        (date(2025, 8, 31), 1, "months", date(2025, 9, 30)),
        (date(2025, 10, 31), 1, "months", date(2025, 11, 30)),
        (date(2025, 12, 31), 1, "months", date(2026, 1, 31)),
        (date(2025, 12, 31), 2, "months", date(2026, 2, 28)),
        (date(2027, 12, 31), 2, "months", date(2028, 2, 29)),
        (date(2025, 11, 30), 3, "months", date(2026, 2, 28)),
        (date(2025, 12, 15), 1, "months", date(2026, 1, 15)),
        (date(2025, 1, 15), 12, "months", date(2026, 1, 15)),
        (date(2024, 5, 31), 9, "months", date(2025, 2, 28)),
        (date(2023, 12, 31), 14, "months", date(2025, 2, 28)),
        (date(2025, 1, 1), 25, "months", date(2027, 2, 1)),
        (date(2025, 2, 28), 1, "months", date(2025, 3, 28)),
        (date(2024, 2, 29), 1, "months", date(2024, 3, 29)),
        (date(2025, 6, 30), 18, "months", date(2026, 12, 30)),
        (date(2025, 12, 1), 120, "months", date(2035, 12, 1)),
        # years: Feb 29 + 1 year is Feb 28, and only leap years get it back
        (date(2024, 2, 29), 1, "years", date(2025, 2, 28)),
        (date(2024, 2, 29), 2, "years", date(2026, 2, 28)),
        (date(2024, 2, 29), 4, "years", date(2028, 2, 29)),
        (date(2024, 2, 29), 100, "years", date(2124, 2, 29)),
        (date(2096, 2, 29), 4, "years", date(2100, 2, 28)),
        (date(1996, 2, 29), 4, "years", date(2000, 2, 29)),
        (date(2025, 2, 28), 1, "years", date(2026, 2, 28)),
        (date(2023, 2, 28), 1, "years", date(2024, 2, 28)),
        (date(2025, 6, 15), 10, "years", date(2035, 6, 15)),
        (date(2025, 12, 31), 1, "years", date(2026, 12, 31)),
    ],
)
def test_add_interval(day: date, every: int, unit: str, expected: date) -> None:
    assert add_interval(day, every, unit) == expected


@pytest.mark.parametrize("day_of_month", [1, 15, 28, 29, 30, 31])
def test_add_interval_months_clamp_to_month_end(day_of_month: int) -> None:
    """Each month gets the anchor's day, or its last day when it is shorter."""
    start = date(2023, 1, day_of_month)
    for months in range(1, 12 * 6):
        result = add_interval(start, months, "months")
        year, month = divmod(months, 12)
        assert (result.year, result.month) == (2023 + year, month + 1)
        next_month = add_interval(date(result.year, result.month, 1), 1, "months")
        last = (next_month - DAY).day
        assert result.day == min(day_of_month, last)


def test_add_interval_years_is_twelve_months() -> None:
    rng = random.Random(1)  # noqa: S311
    for _ in range(2000):
        day = date(1990, 1, 1) + timedelta(days=rng.randrange(60 * 365))
        years = rng.randrange(1, 30)
        assert add_interval(day, years, "years") == add_interval(
            day, 12 * years, "months"
        )
        assert add_interval(day, years, "weeks") == add_interval(day, 7 * years, "days")


def test_add_interval_is_monotonic_in_the_number_of_steps() -> None:
    for unit in UNITS:
        for start in (date(2024, 1, 31), date(2024, 2, 29), date(2023, 8, 30)):
            days = [add_interval(start, step, unit) for step in range(60)]
            assert all(a < b for a, b in pairwise(days))


# start_of_day, local_day, is_day_granular


@pytest.mark.parametrize(
    ("day", "tz", "expected"),
    [
        (date(2025, 1, 15), AMS, _utc(2025, 1, 14, 23)),
        (date(2025, 7, 15), AMS, _utc(2025, 7, 14, 22)),
        # Amsterdam springs forward on 2025-03-30 and falls back on 2025-10-26
        (date(2025, 3, 30), AMS, _utc(2025, 3, 29, 23)),
        (date(2025, 3, 31), AMS, _utc(2025, 3, 30, 22)),
        (date(2025, 10, 26), AMS, _utc(2025, 10, 25, 22)),
        (date(2025, 10, 27), AMS, _utc(2025, 10, 26, 23)),
        # New York: 2025-03-09 and 2025-11-02
        (date(2025, 3, 9), NYC, _utc(2025, 3, 9, 5)),
        (date(2025, 3, 10), NYC, _utc(2025, 3, 10, 4)),
        (date(2025, 11, 2), NYC, _utc(2025, 11, 2, 4)),
        (date(2025, 11, 3), NYC, _utc(2025, 11, 3, 5)),
        # Sydney: falls back on 2025-04-06, springs forward on 2025-10-05
        (date(2025, 4, 6), SYD, _utc(2025, 4, 5, 13)),
        (date(2025, 4, 7), SYD, _utc(2025, 4, 6, 14)),
        (date(2025, 10, 5), SYD, _utc(2025, 10, 4, 14)),
        (date(2025, 10, 6), SYD, _utc(2025, 10, 5, 13)),
        # Santiago falls back at 24:00 on 2025-04-05: midnight of the 6th is -04
        (date(2025, 4, 5), SCL, _utc(2025, 4, 5, 3)),
        (date(2025, 4, 6), SCL, _utc(2025, 4, 6, 4)),
        # Havana falls back 01:00 → 00:00 on 2025-11-02: midnight happens twice and
        # the day starts at the first one
        (date(2025, 11, 2), HAV, _utc(2025, 11, 2, 4)),
        (date(2025, 11, 3), HAV, _utc(2025, 11, 3, 5)),
    ],
)
def test_start_of_day(day: date, tz: tzinfo, expected: datetime) -> None:
    result = start_of_day(day, tz)
    assert result == expected
    assert result.utcoffset() == timedelta(0)
    assert result.tzinfo is UTC


@pytest.mark.parametrize(
    ("day", "tz", "expected", "first_local"),
    [
        # Santiago springs forward at 24:00 on 2025-09-06: 00:00 on the 7th does
        # not exist, the day begins at 01:00 -03
        (date(2025, 9, 7), SCL, _utc(2025, 9, 7, 4), time(1)),
        (date(2024, 9, 8), SCL, _utc(2024, 9, 8, 4), time(1)),
        # Havana springs forward 00:00 → 01:00 on 2025-03-09
        (date(2025, 3, 9), HAV, _utc(2025, 3, 9, 5), time(1)),
    ],
)
def test_start_of_day_when_local_midnight_does_not_exist(
    day: date, tz: tzinfo, expected: datetime, first_local: time
) -> None:
    """The day starts at its first instant: the moment the clocks jump."""
    result = start_of_day(day, tz)
    assert result == expected
    assert result.astimezone(tz).date() == day
    assert result.astimezone(tz).time() == first_local
    assert (result - timedelta(microseconds=1)).astimezone(tz).date() == day - DAY
    assert local_day(result, tz) == day


@pytest.mark.parametrize(
    ("day", "tz", "hours"),
    [
        (date(2025, 3, 30), AMS, 23),
        (date(2025, 10, 26), AMS, 25),
        (date(2025, 6, 1), AMS, 24),
        (date(2025, 3, 9), NYC, 23),
        (date(2025, 11, 2), NYC, 25),
        (date(2025, 10, 5), SYD, 23),
        (date(2025, 4, 6), SYD, 25),
        (date(2025, 9, 7), SCL, 23),
        (date(2025, 4, 5), SCL, 25),
        (date(2025, 3, 9), HAV, 23),
        (date(2025, 11, 2), HAV, 25),
    ],
)
def test_day_lengths_across_dst(day: date, tz: tzinfo, hours: int) -> None:
    assert start_of_day(day + DAY, tz) - start_of_day(day, tz) == timedelta(hours=hours)


@pytest.mark.parametrize("tz", ALL_ZONES, ids=str)
def test_start_of_day_is_the_first_instant_of_every_local_day(tz: tzinfo) -> None:
    for day in _days(date(2015, 1, 1), date(2035, 1, 1)):
        start = start_of_day(day, tz)
        assert local_day(start, tz) == day, day
        assert local_day(start - timedelta(microseconds=1), tz) == day - DAY, day


@pytest.mark.parametrize("tz", ORDINARY_ZONES, ids=str)
def test_start_of_day_is_day_granular(tz: tzinfo) -> None:
    for day in _days(date(2020, 1, 1), date(2030, 1, 1)):
        start = start_of_day(day, tz)
        assert is_day_granular(start, tz), day
        assert not is_day_granular(start + timedelta(seconds=1), tz), day
        assert not is_day_granular(start - timedelta(seconds=1), tz), day


@pytest.mark.parametrize(
    ("day", "tz"),
    [(date(2025, 9, 7), SCL), (date(2025, 3, 9), HAV)],
    ids=["santiago", "havana"],
)
def test_start_of_day_is_day_granular_when_midnight_is_skipped(
    day: date, tz: tzinfo
) -> None:
    assert is_day_granular(start_of_day(day, tz), tz)


@pytest.mark.parametrize(
    ("moment", "tz", "expected"),
    [
        (_utc(2025, 1, 1, 12), AMS, False),
        (_utc(2025, 1, 1, 23), AMS, True),
        (_utc(2025, 7, 1, 22), AMS, True),
        (_utc(2025, 7, 1, 23), AMS, False),
        (_utc(2025, 1, 1), AMS, False),
        (_utc(2025, 1, 1), ZoneInfo("UTC"), True),
        (_utc(2025, 1, 1, 0, 0, 1), ZoneInfo("UTC"), False),
        (_utc(2025, 1, 1, 5), NYC, True),
        (_utc(2025, 1, 1, 13), SYD, True),
        (_utc(2025, 1, 1, 12, 59, 59), SYD, False),
        # the same instant, expressed in another zone
        (_at(NYC, 2025, 1, 1, 18), AMS, True),
        (_at(AMS, 2025, 1, 2), NYC, False),
        (datetime(2025, 1, 1, 23, 0, 0, 1, tzinfo=UTC), AMS, False),
        # Havana's repeated midnight: both readings of 00:00 are a local midnight
        (_utc(2025, 11, 2, 4), HAV, True),
        (_utc(2025, 11, 2, 5), HAV, True),
    ],
)
def test_is_day_granular(moment: datetime, tz: tzinfo, expected: bool) -> None:
    assert is_day_granular(moment, tz) is expected


@pytest.mark.parametrize(
    ("moment", "tz", "expected"),
    [
        (_utc(2025, 1, 1, 3), NYC, date(2024, 12, 31)),
        (_utc(2025, 1, 1, 5), NYC, date(2025, 1, 1)),
        (_utc(2024, 12, 31, 13), SYD, date(2025, 1, 1)),
        (_utc(2024, 12, 31, 12, 59), SYD, date(2024, 12, 31)),
        (_utc(2025, 3, 29, 23), AMS, date(2025, 3, 30)),
        (_utc(2025, 3, 29, 22, 59), AMS, date(2025, 3, 29)),
        (_at(SYD, 2025, 6, 1, 7), AMS, date(2025, 5, 31)),
        (_at(SYD, 2025, 6, 1, 8), AMS, date(2025, 6, 1)),
        (_utc(2025, 9, 7, 3, 59), SCL, date(2025, 9, 6)),
        (_utc(2025, 9, 7, 4), SCL, date(2025, 9, 7)),
    ],
)
def test_local_day(moment: datetime, tz: tzinfo, expected: date) -> None:
    assert local_day(moment, tz) == expected


# fixed anchors


@pytest.mark.parametrize("tz", ALL_ZONES, ids=str)
def test_fixed_monthly_on_the_31st_never_drifts(tz: tzinfo) -> None:
    schedule = _fixed(date(2024, 1, 31), 1, "months")
    first = start_of_day(date(2024, 1, 31), tz)
    until = start_of_day(date(2034, 1, 31), tz)
    moments = _take(occurrences(schedule, first, until, tz))
    days = _local_days(moments, tz)
    assert days[:8] == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
        date(2024, 5, 31),
        date(2024, 6, 30),
        date(2024, 7, 31),
        date(2024, 8, 31),
    ]
    assert date(2025, 2, 28) in days
    assert date(2028, 2, 29) in days
    assert len(days) == 120
    assert days == [add_interval(date(2024, 1, 31), k, "months") for k in range(120)]
    assert moments == [start_of_day(day, tz) for day in days]


def test_completion_monthly_on_the_31st_drifts_when_skipped() -> None:
    """Counted from each due day, the 31st drifts once a short month clamps it."""
    schedule = _interval(1, "months")
    first = start_of_day(date(2024, 1, 31), AMS)
    until = start_of_day(date(2024, 6, 1), AMS)
    assert _local_days(_take(occurrences(schedule, first, until, AMS)), AMS) == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 29),
        date(2024, 4, 29),
        date(2024, 5, 29),
    ]


@pytest.mark.parametrize(
    ("anchor", "every", "unit", "after", "expected"),
    [
        (date(2024, 1, 31), 1, "months", date(2024, 1, 31), date(2024, 2, 29)),
        (date(2024, 1, 31), 1, "months", date(2024, 2, 29), date(2024, 3, 31)),
        (date(2024, 1, 31), 1, "months", date(2024, 3, 30), date(2024, 3, 31)),
        (date(2024, 1, 31), 1, "months", date(2024, 3, 31), date(2024, 4, 30)),
        (date(2024, 1, 31), 1, "months", date(2025, 2, 27), date(2025, 2, 28)),
        (date(2024, 1, 31), 1, "months", date(2025, 2, 28), date(2025, 3, 31)),
        # large jumps: the estimate must not overshoot an occurrence
        (date(2020, 1, 31), 1, "months", date(2030, 1, 31), date(2030, 2, 28)),
        (date(2020, 1, 31), 1, "months", date(2030, 1, 30), date(2030, 1, 31)),
        (date(2020, 1, 31), 3, "months", date(2030, 1, 31), date(2030, 4, 30)),
        (date(2020, 2, 29), 1, "years", date(2030, 2, 27), date(2030, 2, 28)),
        (date(2020, 2, 29), 1, "years", date(2030, 2, 28), date(2031, 2, 28)),
        (date(2020, 2, 29), 1, "years", date(2031, 3, 1), date(2032, 2, 29)),
        (date(2000, 2, 29), 4, "years", date(2099, 12, 31), date(2100, 2, 28)),
        (date(2000, 2, 29), 4, "years", date(2100, 2, 28), date(2104, 2, 29)),
        (date(2020, 1, 1), 1, "days", date(2030, 1, 1), date(2030, 1, 2)),
        (date(2020, 1, 1), 10, "days", date(2030, 1, 1), date(2030, 1, 8)),
        (date(2025, 1, 6), 2, "weeks", date(2035, 1, 6), date(2035, 1, 8)),
        (date(2025, 1, 6), 2, "weeks", date(2035, 1, 7), date(2035, 1, 8)),
        (date(2025, 1, 6), 2, "weeks", date(2035, 1, 8), date(2035, 1, 22)),
        # thousands of years on: the leap days add up to more than a year
        (date(2000, 3, 1), 1, "years", date(9000, 3, 1), date(9001, 3, 1)),
        (date(2000, 3, 1), 1, "months", date(9000, 2, 28), date(9000, 3, 1)),
        # before the anchor, the anchor itself comes next
        (date(2025, 6, 1), 1, "months", date(2025, 5, 1), date(2025, 6, 1)),
        (date(2025, 6, 1), 1, "years", date(2024, 6, 1), date(2025, 6, 1)),
    ],
)
def test_fixed_next_due(
    anchor: date, every: int, unit: str, after: date, expected: date
) -> None:
    schedule = _fixed(anchor, every, unit)
    for tz in ALL_ZONES:
        done = datetime.combine(after, time(12), tzinfo=tz)
        assert next_due(
            schedule, completed_at=done, previous_due=None, tz=tz
        ) == start_of_day(expected, tz)
        assert next_occurrence(schedule, start_of_day(after, tz), tz) == start_of_day(
            expected, tz
        )


def test_fixed_matches_brute_force() -> None:
    """Many random anchors and days, up to 40 years on: never skips an occurrence."""
    rng = random.Random(20250330)  # noqa: S311
    limits = {"days": 120, "weeks": 30, "months": 18, "years": 5}
    for _ in range(1500):
        unit = rng.choice(UNITS)
        every = rng.randint(1, limits[unit])
        anchor = date(1995, 1, 1) + timedelta(days=rng.randrange(50 * 365))
        if rng.random() < 0.3:
            # month ends and leap days are where estimates go wrong
            anchor = rng.choice(
                [date(2000, 2, 29), date(2024, 1, 31), date(2023, 8, 31)]
            )
        after = anchor + timedelta(days=rng.randrange(-400, 40 * 365))
        tz = rng.choice(ALL_ZONES)
        schedule = _fixed(anchor, every, unit)
        expected = _brute_fixed(anchor, every, unit, after)
        context = (anchor, every, unit, after, tz)
        done = datetime.combine(after, time(12), tzinfo=tz)
        assert next_due(
            schedule, completed_at=done, previous_due=None, tz=tz
        ) == start_of_day(expected, tz), context
        # the day just before an occurrence must give that very occurrence
        just_before = expected - DAY
        assert next_occurrence(
            schedule, start_of_day(just_before, tz), tz
        ) == start_of_day(_brute_fixed(anchor, every, unit, just_before), tz), context


@pytest.mark.parametrize(("every", "unit"), [(1, "months"), (1, "years"), (5, "weeks")])
def test_fixed_schedule_exhaustively_over_the_days(every: int, unit: str) -> None:
    """Each day in 12 years gives the first occurrence after it."""
    anchor = date(2024, 2, 29) if unit == "years" else date(2023, 12, 31)
    schedule = _fixed(anchor, every, unit)
    occurrence_days = [add_interval(anchor, every * k, unit) for k in range(200)]
    for after in _days(anchor - timedelta(days=40), date(2036, 1, 1)):
        expected = next(day for day in occurrence_days if day > after)
        done = datetime.combine(after, time(23, 59), tzinfo=AMS)
        assert next_due(
            schedule, completed_at=done, previous_due=None, tz=AMS
        ) == start_of_day(expected, AMS), after


# next_due after a completion

PREVIOUS_DUE = start_of_day(date(2025, 3, 1), AMS)


@pytest.mark.parametrize(
    ("schedule", "completed_at", "previous_due", "expected"),
    [
        # counted from completion: the completion day plus the interval
        (_interval(1, "months"), _at(AMS, 2025, 3, 1, 10), PREVIOUS_DUE, date(2025, 4, 1)),
        (_interval(1, "months"), _at(AMS, 2025, 2, 20, 18), PREVIOUS_DUE, date(2025, 3, 20)),
        (_interval(1, "months"), _at(AMS, 2025, 3, 15, 9), PREVIOUS_DUE, date(2025, 4, 15)),
        (_interval(1, "months"), _at(AMS, 2025, 1, 10, 9), PREVIOUS_DUE, date(2025, 2, 10)),
        (_interval(1, "months"), _at(AMS, 2025, 1, 31, 9), None, date(2025, 2, 28)),
        (_interval(10, "days"), _at(AMS, 2025, 3, 25, 9), PREVIOUS_DUE, date(2025, 4, 4)),
        (_interval(2, "weeks"), _at(AMS, 2025, 2, 26, 9), PREVIOUS_DUE, date(2025, 3, 12)),
        (_interval(1, "years"), _at(AMS, 2024, 2, 29, 9), None, date(2025, 2, 28)),
        # the local day counts, not the UTC one
        (_interval(1, "months"), _at(AMS, 2025, 3, 1, 23, 30), PREVIOUS_DUE, date(2025, 4, 1)),
        (_interval(1, "months"), _at(AMS, 2025, 3, 2, 0, 30), PREVIOUS_DUE, date(2025, 4, 2)),
        (_interval(1, "days"), _utc(2025, 3, 1, 23, 30), PREVIOUS_DUE, date(2025, 3, 3)),
        # fixed: always past the occurrence that was due, early, late or back-dated
        (_fixed(date(2025, 1, 1), 1, "months"), _at(AMS, 2025, 3, 1, 10), PREVIOUS_DUE, date(2025, 4, 1)),
        (_fixed(date(2025, 1, 1), 1, "months"), _at(AMS, 2025, 2, 20, 18), PREVIOUS_DUE, date(2025, 4, 1)),
        (_fixed(date(2025, 1, 1), 1, "months"), _at(AMS, 2025, 1, 10, 9), PREVIOUS_DUE, date(2025, 4, 1)),
        (_fixed(date(2025, 1, 1), 1, "months"), _at(AMS, 2025, 3, 15, 9), PREVIOUS_DUE, date(2025, 4, 1)),
        (_fixed(date(2025, 1, 1), 1, "months"), _at(AMS, 2025, 3, 31, 23, 59), PREVIOUS_DUE, date(2025, 4, 1)),
        (_fixed(date(2025, 1, 1), 1, "months"), _at(AMS, 2025, 4, 1, 0, 1), PREVIOUS_DUE, date(2025, 5, 1)),
        (_fixed(date(2025, 1, 1), 1, "months"), _at(AMS, 2025, 5, 2, 9), PREVIOUS_DUE, date(2025, 6, 1)),
        (_fixed(date(2025, 1, 1), 1, "months"), _at(AMS, 2025, 2, 20, 18), None, date(2025, 3, 1)),
        # a snoozed due moment (not a midnight) still counts by its day
        (_fixed(date(2025, 1, 1), 1, "months"), _at(AMS, 2025, 3, 2, 9), _at(AMS, 2025, 3, 5, 15), date(2025, 4, 1)),
        (_fixed(date(2024, 1, 31), 1, "months"), _at(AMS, 2025, 2, 1, 9), start_of_day(date(2025, 2, 28), AMS), date(2025, 3, 31)),
        (_fixed(date(2024, 2, 29), 1, "years"), _at(AMS, 2025, 1, 9, 9), start_of_day(date(2025, 2, 28), AMS), date(2026, 2, 28)),
        (_fixed(date(2024, 2, 29), 1, "years"), _at(AMS, 2027, 3, 1, 9), start_of_day(date(2027, 2, 28), AMS), date(2028, 2, 29)),
        # a meter's time backstop counts from the completion, like "completion"
        (Schedule(kind=KIND_METER, meter_every=5000, every=6, unit="months"), _at(AMS, 2025, 2, 20, 18), PREVIOUS_DUE, date(2025, 8, 20)),
        (Schedule(kind=KIND_METER, meter_every=5000, every=1, unit="years"), _at(AMS, 2025, 3, 9, 18), PREVIOUS_DUE, date(2026, 3, 9)),
    ],
)  # fmt: skip
def test_next_due_for_intervals(
    schedule: Schedule,
    completed_at: datetime,
    previous_due: datetime | None,
    expected: date,
) -> None:
    result = next_due(
        schedule, completed_at=completed_at, previous_due=previous_due, tz=AMS
    )
    assert result == start_of_day(expected, AMS)
    assert result is not None
    assert result.tzinfo is UTC


@pytest.mark.parametrize(
    "schedule",
    [
        Schedule(),
        Schedule(kind=KIND_ONCE, every=1, unit="months"),
        Schedule(kind=KIND_ONCE, cron=None),
        Schedule(kind=KIND_METER, meter_every=5000),
        Schedule(kind=KIND_METER, meter_every=5000, every=3),
        Schedule(kind=KIND_METER, meter_every=5000, unit="months"),
        Schedule(kind=KIND_INTERVAL),
        Schedule(kind=KIND_CRON, cron=None),
        Schedule(kind=KIND_CRON, cron=""),
    ],
)
def test_next_due_without_a_date(schedule: Schedule) -> None:
    for previous_due in (None, PREVIOUS_DUE):
        assert (
            next_due(
                schedule,
                completed_at=_at(AMS, 2025, 3, 1, 10),
                previous_due=previous_due,
                tz=AMS,
            )
            is None
        )
        assert next_occurrence(schedule, PREVIOUS_DUE, AMS) is None


MONDAYS_AT_NINE = Schedule(kind=KIND_CRON, cron="0 9 * * 1")
CRON_DUE = _at(AMS, 2025, 3, 3, 9)


@pytest.mark.parametrize(
    ("completed_at", "previous_due", "expected"),
    [
        # early (the Sunday before), back-dated, on time, exactly when due
        (_at(AMS, 2025, 3, 2, 20), CRON_DUE, _at(AMS, 2025, 3, 10, 9)),
        (_at(AMS, 2025, 2, 20, 9), CRON_DUE, _at(AMS, 2025, 3, 10, 9)),
        (_at(AMS, 2025, 3, 3, 9, 30), CRON_DUE, _at(AMS, 2025, 3, 10, 9)),
        (CRON_DUE, CRON_DUE, _at(AMS, 2025, 3, 10, 9)),
        (_at(AMS, 2025, 3, 3, 8, 59), CRON_DUE, _at(AMS, 2025, 3, 10, 9)),
        # late: past the next occurrences too
        (_at(AMS, 2025, 3, 12, 9), CRON_DUE, _at(AMS, 2025, 3, 17, 9)),
        (_at(AMS, 2025, 3, 10, 9), CRON_DUE, _at(AMS, 2025, 3, 17, 9)),
        (_at(AMS, 2025, 3, 10, 8, 59), CRON_DUE, _at(AMS, 2025, 3, 10, 9)),
        # no previous due: the first occurrence after the completion
        (_at(AMS, 2025, 3, 3, 8, 59), None, _at(AMS, 2025, 3, 3, 9)),
        (_at(AMS, 2025, 3, 3, 9), None, _at(AMS, 2025, 3, 10, 9)),
        # across spring forward, still 09:00 local (an hour less in UTC)
        (_at(AMS, 2025, 3, 25, 9), _at(AMS, 2025, 3, 24, 9), _at(AMS, 2025, 3, 31, 9)),
    ],
)
def test_next_due_for_cron(
    completed_at: datetime, previous_due: datetime | None, expected: datetime
) -> None:
    result = next_due(
        MONDAYS_AT_NINE, completed_at=completed_at, previous_due=previous_due, tz=AMS
    )
    assert result == expected
    assert result is not None
    assert result.tzinfo is UTC


@pytest.mark.parametrize("tz", ALL_ZONES, ids=str)
def test_daily_interval_keeps_the_day_across_dst(tz: tzinfo) -> None:
    """Daily tasks land on each local midnight, 23 or 25 hours apart at a change."""
    schedule = _interval(1, "days")
    due = start_of_day(date(2025, 1, 1), tz)
    for day in _days(date(2025, 1, 2), date(2026, 1, 1)):
        done = due + timedelta(hours=12)
        due_next = next_due(schedule, completed_at=done, previous_due=due, tz=tz)
        assert due_next == start_of_day(day, tz)
        assert local_day(due_next, tz) == day
        assert due_next - due in {timedelta(hours=h) for h in (23, 24, 25)}
        due = due_next


# next_occurrence and occurrences


@pytest.mark.parametrize(
    ("schedule", "due", "expected"),
    [
        (_interval(1, "months"), date(2025, 1, 31), date(2025, 2, 28)),
        (_interval(1, "months"), date(2025, 2, 28), date(2025, 3, 28)),
        (_interval(3, "days"), date(2025, 3, 29), date(2025, 4, 1)),
        (_interval(1, "years"), date(2024, 2, 29), date(2025, 2, 28)),
        (_fixed(date(2025, 1, 31), 1, "months"), date(2025, 1, 31), date(2025, 2, 28)),
        (_fixed(date(2025, 1, 31), 1, "months"), date(2025, 2, 28), date(2025, 3, 31)),
        (_fixed(date(2025, 1, 31), 1, "months"), date(2025, 3, 31), date(2025, 4, 30)),
    ],
)
def test_next_occurrence_for_intervals(
    schedule: Schedule, due: date, expected: date
) -> None:
    for tz in ALL_ZONES:
        assert next_occurrence(schedule, start_of_day(due, tz), tz) == start_of_day(
            expected, tz
        )


def test_next_occurrence_for_cron_is_after_the_due_moment() -> None:
    due = _at(AMS, 2025, 3, 3, 9)
    assert next_occurrence(MONDAYS_AT_NINE, due, AMS) == _at(AMS, 2025, 3, 10, 9)
    assert next_occurrence(MONDAYS_AT_NINE, due - HOUR, AMS) == due


@pytest.mark.parametrize(
    "schedule",
    [
        Schedule(),
        Schedule(kind=KIND_METER, meter_every=100),
        _interval(1, "weeks"),
        _fixed(date(2025, 1, 1), 1, "months"),
        MONDAYS_AT_NINE,
    ],
)
def test_occurrences_limits(schedule: Schedule) -> None:
    first = _at(AMS, 2025, 1, 1, 15)  # e.g. snoozed: need not be an occurrence
    assert _take(occurrences(schedule, first, first, AMS)) == []
    assert _take(occurrences(schedule, first, first - HOUR, AMS)) == []
    assert _take(occurrences(schedule, first, first + timedelta(seconds=1), AMS)) == [
        first
    ]
    until = _at(AMS, 2025, 4, 1)
    moments = _take(occurrences(schedule, first, until, AMS))
    assert moments[0] == first
    assert all(moment < until for moment in moments)
    assert all(a < b for a, b in pairwise(moments))


@pytest.mark.parametrize(
    "schedule",
    [Schedule(), Schedule(kind=KIND_ONCE, every=1, unit="days"), Schedule(kind=KIND_METER, meter_every=100)],
)  # fmt: skip
def test_occurrences_give_only_the_first_without_recurrence(schedule: Schedule) -> None:
    first = _at(AMS, 2025, 1, 1, 15)
    assert _take(occurrences(schedule, first, _at(AMS, 2030, 1, 1), AMS)) == [first]


def test_occurrences_stop_before_until() -> None:
    schedule = _interval(1, "weeks")
    first = start_of_day(date(2025, 3, 3), AMS)
    until = start_of_day(date(2025, 3, 31), AMS)
    assert _local_days(_take(occurrences(schedule, first, until, AMS)), AMS) == [
        date(2025, 3, 3),
        date(2025, 3, 10),
        date(2025, 3, 17),
        date(2025, 3, 24),
    ]
    more = _take(occurrences(schedule, first, until + timedelta(seconds=1), AMS))
    assert more[-1] == until


def test_occurrences_from_a_snoozed_moment_return_to_the_fixed_days() -> None:
    schedule = _fixed(date(2025, 1, 1), 1, "months")
    first = _at(AMS, 2025, 3, 5, 15)
    moments = _take(occurrences(schedule, first, _at(AMS, 2025, 6, 15), AMS))
    assert moments == [
        first,
        start_of_day(date(2025, 4, 1), AMS),
        start_of_day(date(2025, 5, 1), AMS),
        start_of_day(date(2025, 6, 1), AMS),
    ]


@pytest.mark.parametrize("tz", ALL_ZONES, ids=str)
def test_daily_occurrences_cover_every_local_day(tz: tzinfo) -> None:
    schedule = _interval(1, "days")
    first = start_of_day(date(2025, 1, 1), tz)
    moments = _take(
        occurrences(schedule, first, start_of_day(date(2026, 1, 1), tz), tz)
    )
    assert _local_days(moments, tz) == list(_days(date(2025, 1, 1), date(2026, 1, 1)))
    assert moments == [start_of_day(day, tz) for day in _local_days(moments, tz)]


# cron


@pytest.mark.parametrize(
    ("expression", "start", "until", "expected"),
    [
        # a date that not every month has is skipped in the short months
        (
            "0 9 31 * *",
            _at(AMS, 2024, 1, 1),
            _at(AMS, 2025, 1, 1),
            [date(2024, m, 31) for m in (1, 3, 5, 7, 8, 10, 12)],
        ),
        # L is the last day of each month, Feb 29 in a leap year
        (
            "0 9 L * *",
            _at(AMS, 2024, 1, 1),
            _at(AMS, 2025, 4, 1),
            [add_interval(date(2024, 1, 31), k, "months") for k in range(15)],
        ),
        # Feb 29 only comes in leap years
        (
            "0 9 29 2 *",
            _at(AMS, 2023, 1, 1),
            _at(AMS, 2033, 1, 1),
            [date(2024, 2, 29), date(2028, 2, 29), date(2032, 2, 29)],
        ),
        (
            "0 9 1 */3 *",
            _at(AMS, 2025, 1, 1, 10),
            _at(AMS, 2026, 1, 2),
            [date(2025, 4, 1), date(2025, 7, 1), date(2025, 10, 1), date(2026, 1, 1)],
        ),
    ],
)
def test_cron_month_ends(
    expression: str, start: datetime, until: datetime, expected: list[date]
) -> None:
    schedule = Schedule(kind=KIND_CRON, cron=expression)
    first = next_cron(expression, start, AMS)
    moments = _take(occurrences(schedule, first, until, AMS))
    assert _local_days(moments, AMS) == expected
    assert all(moment.astimezone(AMS).time() == time(9) for moment in moments)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (_at(AMS, 2025, 1, 1, 8, 59, 59), _at(AMS, 2025, 1, 1, 9)),
        (datetime(2025, 1, 1, 8, 59, 59, 999999, tzinfo=AMS), _at(AMS, 2025, 1, 1, 9)),
        (_at(AMS, 2025, 1, 1, 9), _at(AMS, 2025, 1, 2, 9)),
        (datetime(2025, 1, 1, 9, 0, 0, 1, tzinfo=AMS), _at(AMS, 2025, 1, 2, 9)),
        (_at(AMS, 2025, 1, 1, 9, 0, 30), _at(AMS, 2025, 1, 2, 9)),
        # given in another zone, still evaluated at Amsterdam's 09:00
        (_at(NYC, 2025, 1, 1, 3), _at(AMS, 2025, 1, 2, 9)),
        (_utc(2025, 1, 1, 7, 59), _at(AMS, 2025, 1, 1, 9)),
    ],
)
def test_next_cron_is_strictly_after(after: datetime, expected: datetime) -> None:
    result = next_cron("0 9 * * *", after, AMS)
    assert result == expected
    assert result > after
    assert result.tzinfo is UTC


@pytest.mark.parametrize(
    ("tz", "expected"),
    [
        (AMS, _utc(2025, 1, 15, 8)),
        (NYC, _utc(2025, 1, 15, 14)),
        (SYD, _utc(2025, 1, 14, 22)),
        (ZoneInfo("UTC"), _utc(2025, 1, 15, 9)),
    ],
)
def test_cron_runs_in_the_home_time_zone(tz: tzinfo, expected: datetime) -> None:
    assert next_cron("0 9 15 1 *", _utc(2025, 1, 1), tz) == expected


@pytest.mark.parametrize(
    ("expression", "tz", "start", "days", "special_day", "special_utc"),
    [
        # spring forward: 02:30 does not exist and the job runs at 03:00 instead
        ("30 2 * * *", AMS, date(2025, 3, 27), 7, date(2025, 3, 30), _utc(2025, 3, 30, 1)),
        ("30 2 * * *", NYC, date(2025, 3, 6), 7, date(2025, 3, 9), _utc(2025, 3, 9, 7)),
        ("30 2 * * *", SYD, date(2025, 10, 2), 7, date(2025, 10, 5), _utc(2025, 10, 4, 16)),
        # fall back: 02:30 happens twice and the job runs once, at the first
        ("30 2 * * *", AMS, date(2025, 10, 23), 7, date(2025, 10, 26), _utc(2025, 10, 26, 0, 30)),
        ("30 1 * * *", NYC, date(2025, 10, 30), 7, date(2025, 11, 2), _utc(2025, 11, 2, 5, 30)),
        ("30 2 * * *", SYD, date(2025, 4, 3), 7, date(2025, 4, 6), _utc(2025, 4, 5, 15, 30)),
    ],
)  # fmt: skip
def test_daily_cron_runs_once_a_day_across_dst(
    expression: str,
    tz: tzinfo,
    start: date,
    days: int,
    special_day: date,
    special_utc: datetime,
) -> None:
    schedule = Schedule(kind=KIND_CRON, cron=expression)
    first = next_cron(expression, start_of_day(start, tz), tz)
    until = start_of_day(start + timedelta(days=days), tz)
    moments = _take(occurrences(schedule, first, until, tz))
    assert _local_days(moments, tz) == list(_days(start, start + timedelta(days=days)))
    minute, hour = expression.split()[:2]
    wall = time(int(hour), int(minute))
    for moment in moments:
        if local_day(moment, tz) == special_day:
            assert moment == special_utc
        else:
            assert moment.astimezone(tz).time() == wall


@pytest.mark.parametrize(
    ("tz", "day", "hours"),
    [
        (AMS, date(2025, 3, 30), 23),
        (AMS, date(2025, 10, 26), 25),
        (NYC, date(2025, 3, 9), 23),
        (NYC, date(2025, 11, 2), 25),
        (SYD, date(2025, 10, 5), 23),
        (SYD, date(2025, 4, 6), 25),
        (SCL, date(2025, 9, 7), 23),
        (SCL, date(2025, 4, 5), 25),
        (HAV, date(2025, 3, 9), 23),
        (HAV, date(2025, 11, 2), 25),
    ],
)
def test_hourly_cron_across_dst_loses_and_repeats_nothing(
    tz: tzinfo, day: date, hours: int
) -> None:
    """Every hour on the hour: exactly one hour apart in UTC, all day long."""
    schedule = Schedule(kind=KIND_CRON, cron="0 * * * *")
    start, end = start_of_day(day, tz), start_of_day(day + DAY, tz)
    first = next_cron("0 * * * *", start - timedelta(seconds=1), tz)
    assert first == start
    moments = _take(occurrences(schedule, first, end + 3 * HOUR, tz))
    assert all(b - a == HOUR for a, b in pairwise(moments))
    assert sum(local_day(moment, tz) == day for moment in moments) == hours
    assert all(moment.astimezone(tz).minute == 0 for moment in moments)
    # the chain of next_cron calls agrees with counting hours in UTC
    assert moments == [start + k * HOUR for k in range(hours + 3)]


def test_hourly_cron_repeats_the_wall_clock_hour_at_fall_back() -> None:
    schedule = Schedule(kind=KIND_CRON, cron="0 * * * *")
    first = _utc(2025, 10, 25, 23)
    moments = _take(occurrences(schedule, first, _utc(2025, 10, 26, 4), AMS))
    assert [m.astimezone(AMS).strftime("%H:%M%z") for m in moments] == [
        "01:00+0200",
        "02:00+0200",
        "02:00+0100",
        "03:00+0100",
        "04:00+0100",
    ]


def test_hourly_cron_skips_the_missing_wall_clock_hour_at_spring_forward() -> None:
    schedule = Schedule(kind=KIND_CRON, cron="0 * * * *")
    first = _utc(2025, 3, 30, 0)
    moments = _take(occurrences(schedule, first, _utc(2025, 3, 30, 3), AMS))
    assert [m.astimezone(AMS).strftime("%H:%M%z") for m in moments] == [
        "01:00+0100",
        "03:00+0200",
        "04:00+0200",
    ]


@pytest.mark.parametrize(
    ("expression", "tz"),
    [
        ("0 9 * * *", AMS),
        ("0 9 * * *", NYC),
        ("0 9 * * *", SYD),
        ("0 0 * * *", SCL),
        ("30 2 * * *", AMS),
        ("30 1 * * *", NYC),
        ("*/20 * * * *", AMS),
        ("15 */2 * * *", NYC),
        ("0 9 * * 1-5", SYD),
    ],
)
def test_next_cron_chain_is_strictly_increasing_over_a_year(
    expression: str, tz: tzinfo
) -> None:
    moment = _utc(2025, 1, 1)
    until = _utc(2026, 1, 1)
    while moment < until:
        following = next_cron(expression, moment, tz)
        assert following > moment, (expression, moment)
        moment = following


@pytest.mark.parametrize(
    ("expression", "tz", "after"),
    [
        # 02:10 CET, the second pass through 02:xx; 02:30 CEST was at 00:30 UTC
        ("30 2 * * *", AMS, _utc(2025, 10, 26, 1, 10)),
        # 01:10 EST, the second 01:xx; 01:30 EDT was at 05:30 UTC
        ("30 1 * * *", NYC, _utc(2025, 11, 2, 6, 10)),
        ("45 2 * * *", SYD, _utc(2025, 4, 5, 16, 5)),
    ],
    ids=["amsterdam", "new_york", "sydney"],
)
def test_next_cron_in_the_repeated_hour_is_after_the_moment(
    expression: str, tz: tzinfo, after: datetime
) -> None:
    assert next_cron(expression, after, tz) > after


def test_cron_completed_in_the_repeated_hour_moves_on() -> None:
    schedule = Schedule(kind=KIND_CRON, cron="30 2 * * *")
    previous_due = _utc(2025, 10, 26, 0, 30)  # 02:30 CEST
    completed_at = _utc(2025, 10, 26, 1, 10)  # 02:10 CET, forty minutes later
    result = next_due(
        schedule, completed_at=completed_at, previous_due=previous_due, tz=AMS
    )
    assert result is not None
    assert result > completed_at


# validate_cron


@pytest.mark.parametrize(
    "expression",
    [
        "0 9 * * *",
        "*/15 * * * *",
        "0 9 L * *",
        "0 9 LW * *",
        "0 9 * * MON-FRI",
        "0 9 * * 1#1",
        "0 9 * * 5L",
        "0 0 1 JAN *",
        "30 2 29 2 *",
        "0 9 31 * *",
        "0 9 1,15 * *",
        "0 22 * * 0,6",
        "0 9 * * 7",
        "0 0 9 * * *",
    ],
)
def test_validate_cron_accepts(expression: str) -> None:
    validate_cron(expression)
    assert next_cron(expression, _utc(2025, 1, 1), AMS) > _utc(2025, 1, 1)


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("61 * * * *", "Bad minute"),
        ("60 * * * *", "Bad minute"),
        ("* 24 * * *", "Bad hour"),
        ("* * 0 * *", "Bad day-of-month"),
        ("* * 32 * *", "Bad day-of-month"),
        ("0 9 30 2 *", "Bad day-of-month"),
        ("0 9 31 4,6,9,11 *", "Bad day-of-month"),
        ("* * * 13 *", "Bad month"),
        ("* * * 0 *", "Bad month"),
        ("* * * * 8", "Bad day-of-week"),
        ("*/0 * * * *", "Bad minute"),
        ("5-1 * * * *", "Bad minute"),
        ("-1 * * * *", "Bad minute"),
        ("a * * * *", "Bad minute"),
        ("0 9 * * MON#6", "Bad day-of-week"),
        ("* * *", "Wrong number of fields"),
        ("bananas", "Wrong number of fields"),
        ("", "Wrong number of fields"),
        ("* * * * * * *", "Wrong number of fields"),
    ],
)
def test_validate_cron_rejects(expression: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        validate_cron(expression)
    assert caught.value.__cause__ is not None


# meter_reached


@pytest.mark.parametrize(
    ("value", "baseline", "every", "expected"),
    [
        (110, 100, 10, True),
        (120, 100, 10, True),
        (109.99, 100, 10, False),
        (100, 100, 10, False),
        (50, 100, 10, False),
        (17345.6, 12345.6, 5000, True),
        (17345.5, 12345.6, 5000, False),
        (5, -5, 10, True),
        (4.9, -5, 10, False),
        (1234.5, 1234.5, 0, True),
        (250.5, 0.5, 250, True),
    ],
)
def test_meter_reached(
    value: float, baseline: float, every: float, expected: bool
) -> None:
    assert meter_reached(value, baseline, every) is expected


@pytest.mark.parametrize(
    ("value", "baseline", "every"),
    [(0.3, 0.1, 0.2), (1.4, 1.1, 0.3), (2.3, 2.1, 0.2)],
)
def test_meter_reached_when_decimal_readings_are_equal(
    value: float, baseline: float, every: float
) -> None:
    assert meter_reached(value, baseline, every)
