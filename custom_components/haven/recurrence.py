"""When is a task due next: interval, cron and meter schedules as pure functions.

Nothing here knows Home Assistant's state machine or Haven's tables; callers pass a
``Schedule`` and aware datetimes and get aware UTC datetimes back.

Interval schedules are kept by the day: a task is due at the start of its due day in
the home's time zone, because "change the filter every 3 months" names a day, not a
minute. Months are added on the calendar and clamped to the month's end (Jan 31 + 1
month = Feb 28 or 29), and a fixed schedule counts every occurrence from its anchor
so it never drifts (Jan 31 → Feb 28 → Mar 31). Cron schedules are evaluated in the
home's time zone by ``cronsim``, which handles daylight-saving changes.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from itertools import count
import math
from typing import Final

from cronsim import CronSim, CronSimError

UNITS: Final = ("days", "weeks", "months", "years")
KIND_INTERVAL: Final = "interval"
KIND_CRON: Final = "cron"
KIND_METER: Final = "meter"
KIND_ONCE: Final = "once"
ANCHOR_COMPLETION: Final = "completion"
ANCHOR_FIXED: Final = "fixed"


@dataclass(frozen=True, slots=True)
class Schedule:
    """How a task recurs."""

    kind: str = KIND_ONCE
    every: int | None = None
    unit: str | None = None
    anchor: str = ANCHOR_COMPLETION
    anchor_on: date | None = None
    cron: str | None = None
    meter_every: float | None = None

    @property
    def has_interval(self) -> bool:
        """Return whether there is a time interval (the schedule or a meter's backstop)."""
        return self.every is not None and self.unit is not None


def add_interval(day: date, every: int, unit: str) -> date:
    """Return day plus every units, months clamped to the end of the month."""
    if unit == "days":
        return day + timedelta(days=every)
    if unit == "weeks":
        return day + timedelta(weeks=every)
    months = every * 12 if unit == "years" else every
    years, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month_index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def start_of_day(day: date, tz: tzinfo) -> datetime:
    """Return the start of a local day as an aware UTC datetime."""
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)


def local_day(moment: datetime, tz: tzinfo) -> date:
    """Return the local date of a moment."""
    return moment.astimezone(tz).date()


@lru_cache(maxsize=4096)
def is_day_granular(moment: datetime, tz: tzinfo) -> bool:
    """Return whether a due moment names a whole day (it starts a local day).

    That is a local midnight (either one, where clocks fall back at midnight), or
    the first instant of a day whose midnight a daylight-saving change skips.
    Remembered: a big home asks it for thousands of tasks due on the same few
    hundred days.
    """
    local = moment.astimezone(tz)
    return local.time() == time() or moment == start_of_day(local.date(), tz)


def validate_cron(expression: str) -> None:
    """Raise ValueError when a cron expression is not valid."""
    if (error := _cron_error(expression)) is not None:
        raise ValueError(str(error)) from error


@lru_cache(maxsize=1024)
def _cron_error(expression: str) -> CronSimError | None:
    """Return why a cron expression is not valid, None when it is (a few per home)."""
    try:
        CronSim(expression, datetime.now(UTC))
    except CronSimError as err:
        return err.with_traceback(None)
    return None


def cron_after(expression: str, after: datetime, tz: tzinfo) -> Iterator[datetime]:
    """Yield cron occurrences strictly after a moment, in UTC, always increasing.

    cronsim works on the local wall clock; in the hour repeated when clocks fall
    back it can hand back a time already passed, which is skipped here.
    """
    last = after
    for occurrence in CronSim(expression, after.astimezone(tz)):
        moment = occurrence.astimezone(UTC)
        if moment > last:
            last = moment
            yield moment


@lru_cache(maxsize=4096)
def next_cron(expression: str, after: datetime, tz: tzinfo) -> datetime:
    """Return the first cron occurrence strictly after a moment.

    Remembered: the tasks of one schedule mostly share their due moments, and a
    start-up checks each task's next occurrences.
    """
    return next(cron_after(expression, after, tz))


def _next_fixed(schedule: Schedule, after_day: date) -> date:
    """Return the first occurrence counted from the anchor that falls after a day."""
    assert schedule.anchor_on is not None
    assert schedule.every is not None
    assert schedule.unit is not None
    anchor, every, unit = schedule.anchor_on, schedule.every, schedule.unit
    # Start just below the answer instead of walking from the anchor one step at a
    # time; the longest month and year keep the estimate from overshooting.
    days_per_step = {"days": 1, "weeks": 7, "months": 31, "years": 366}[unit] * every
    first = max(0, (after_day - anchor).days // days_per_step - 1)
    for step in count(first):
        day = add_interval(anchor, every * step, unit)
        if day > after_day:
            return day
    raise AssertionError  # pragma: no cover - count() never ends


def next_due(
    schedule: Schedule,
    *,
    completed_at: datetime,
    previous_due: datetime | None,
    tz: tzinfo,
) -> datetime | None:
    """Return the next due moment once a task was done at completed_at.

    Fixed and cron schedules move past the occurrence that was due, even when it was
    done early; schedules counted from completion start again at the completion.
    A meter schedule is due by its meter; only its time backstop gives a date here.
    """
    after = max(completed_at, previous_due or completed_at)
    if schedule.kind == KIND_CRON and schedule.cron:
        return next_cron(schedule.cron, after, tz)
    if not schedule.has_interval or schedule.kind == KIND_ONCE:
        return None
    assert schedule.every is not None
    assert schedule.unit is not None
    if schedule.kind == KIND_INTERVAL and schedule.anchor == ANCHOR_FIXED:
        return start_of_day(_next_fixed(schedule, local_day(after, tz)), tz)
    day = add_interval(local_day(completed_at, tz), schedule.every, schedule.unit)
    return start_of_day(day, tz)


def next_occurrence(schedule: Schedule, due: datetime, tz: tzinfo) -> datetime | None:
    """Return the occurrence after a due one, as if it were done when due (skip)."""
    if schedule.kind == KIND_CRON and schedule.cron:
        return next_cron(schedule.cron, due, tz)
    if schedule.kind != KIND_INTERVAL or not schedule.has_interval:
        return None
    assert schedule.every is not None
    assert schedule.unit is not None
    if schedule.anchor == ANCHOR_FIXED:
        return start_of_day(_next_fixed(schedule, local_day(due, tz)), tz)
    return start_of_day(
        add_interval(local_day(due, tz), schedule.every, schedule.unit), tz
    )


def occurrence_from(
    schedule: Schedule, moment: datetime, tz: tzinfo
) -> datetime | None:
    """Return a calendar schedule's first occurrence on or after a moment's day.

    Only cron and fixed interval schedules have occurrences of their own; the others
    count from a completion, so there is none (None).
    """
    if schedule.kind == KIND_CRON and schedule.cron:
        return next_cron(schedule.cron, moment - timedelta(microseconds=1), tz)
    fixed = schedule.anchor == ANCHOR_FIXED and schedule.anchor_on is not None
    if schedule.kind == KIND_INTERVAL and fixed and schedule.has_interval:
        day = local_day(moment, tz) - timedelta(days=1)
        return start_of_day(_next_fixed(schedule, day), tz)
    return None


def occurrences(
    schedule: Schedule, first: datetime, until: datetime, tz: tzinfo
) -> Iterator[datetime]:
    """Yield projected due moments from first up to until (calendar view)."""
    if schedule.kind == KIND_CRON and schedule.cron:
        # One cron iterator for the whole window, not one per occurrence.
        if first < until:
            yield first
        for moment in cron_after(schedule.cron, first, tz):
            if moment >= until:
                return
            yield moment
        return
    due: datetime | None = first
    while due is not None and due < until:
        yield due
        due = next_occurrence(schedule, due, tz)


def meter_reached(value: float, baseline: float, every: float) -> bool:
    """Return whether a meter has run its interval since the baseline.

    Readings are decimals shown to people: 0.1 + 0.2 must count as reaching 0.3.
    """
    threshold = baseline + every
    return value >= threshold or math.isclose(value, threshold, rel_tol=1e-9)
