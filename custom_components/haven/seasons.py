"""Seasons and pauses: when a task (or a whole property) is resting.

A task may be active in some months only (the gutters from April to November). Every
due moment Haven computes for it lands in an active month: one that would fall in
an off month moves to the season's next start, on the schedule's own occurrence
there when it has them (a cron or fixed schedule), else on the first day of the
season. An occurrence still open when its season ends moves to the next season the
same way (the property's clock does it at the season's end), so nothing is overdue
and nothing is announced in the off months.

A task or the whole property may be paused (a holiday, the house empty) and resumed,
by hand or at a chosen moment. While paused a task is neither due nor overdue and
sends no reminders. On resume its due moment follows its schedule's rule: one
counted from the last completion (or a one-off date) moves on by the time it was
paused; a calendar schedule (cron or fixed) drops the occurrences that passed while
paused and is due on its next one. A task already overdue when paused stays so.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from typing import Any

from .const import ATTR_ACTIVE_MONTHS
from .errors import invalid
from .recurrence import (
    Schedule,
    is_day_granular,
    local_day,
    occurrence_from,
    start_of_day,
)
from .store.records import Property, Task

MONTHS = range(1, 13)


def clean_months(value: Any) -> list[int] | None:
    """Return the active months given (1-12, sorted); None for all year."""
    if value is None or value == "":
        return None
    values: Iterable[Any] = value if isinstance(value, list | tuple) else [value]
    months: set[int] = set()
    for month in values:
        if isinstance(month, str) and month.strip().isdigit():
            month = int(month)  # noqa: PLW2901 - the same value, as a number
        if isinstance(month, bool) or not isinstance(month, int) or month not in MONTHS:
            raise invalid("invalid_months", field=ATTR_ACTIVE_MONTHS, value=value)
        months.add(month)
    if not months or len(months) == len(MONTHS):
        return None
    return sorted(months)


def in_season(months: list[int] | None, moment: datetime, tz: tzinfo) -> bool:
    """Return whether a moment falls in one of the active months (or all year)."""
    return not months or moment.astimezone(tz).month in months


def _next_month_start(
    months: list[int], moment: datetime, tz: tzinfo, active: bool
) -> datetime:
    """Return the start of the first month after a moment's that is (in)active."""
    day = local_day(moment, tz).replace(day=1)
    for _ in MONTHS:
        year, month = divmod(day.month, 12)
        day = date(day.year + year, month + 1, 1)
        if (day.month in months) == active:
            break
    return start_of_day(day, tz)


def into_season(
    schedule: Schedule, moment: datetime | None, months: list[int] | None, tz: tzinfo
) -> datetime | None:
    """Return a due moment moved into the task's next season (unchanged in season)."""
    if moment is None or not months or in_season(months, moment, tz):
        return moment
    start = _next_month_start(months, moment, tz, active=True)
    aligned = occurrence_from(schedule, start, tz)
    if aligned is not None and in_season(months, aligned, tz):
        return aligned
    return start


def season_end(task: Task, tz: tzinfo) -> datetime | None:
    """Return when a seasonal task's open occurrence goes out of season."""
    months, due = task.active_months, task.next_due_at
    if not months or due is None or not in_season(months, due, tz):
        return None
    return _next_month_start(months, due, tz, active=False)


def is_paused(task: Task, prop: Property) -> bool:
    """Return whether a task rests: itself paused, or its whole property."""
    return task.paused_at is not None or prop.paused_at is not None


def resumed_due(
    task: Task, schedule: Schedule, paused_at: datetime, now: datetime, tz: tzinfo
) -> datetime | None:
    """Return a task's due moment after a pause from paused_at until now."""
    due = task.next_due_at
    if due is None or due < paused_at:
        return due  # nothing due, or overdue before the pause: as it was
    if occurrence_from(schedule, due, tz) is not None:
        # A calendar schedule: the occurrences that passed while paused are dropped.
        moved = due if due >= now else occurrence_from(schedule, now, tz)
    elif is_day_granular(due, tz):
        days = local_day(now, tz) - local_day(paused_at, tz)
        moved = start_of_day(local_day(due, tz) + days, tz)
    else:
        moved = due + (now - paused_at)
    return into_season(schedule, moved, task.active_months, tz)
