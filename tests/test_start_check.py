"""The start-up check's shortcut: a task within the actions' limits always computes.

At every start each task is checked before it joins the view (``unreadable.py``). A
task holding only values the actions accept is passed without computing with it; this
file shows, for any such task, time zone and moment, that computing would not have
failed either, and that a task outside the limits is still computed with and refused.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st

from custom_components.haven.const import (
    EARLIEST_YEAR,
    EVERY_MAX,
    LATEST_YEAR,
    LEAD_DAYS_MAX,
    METER_EVERY_MAX,
)
from custom_components.haven.recurrence import (
    ANCHOR_COMPLETION,
    ANCHOR_FIXED,
    KIND_INTERVAL,
    KIND_METER,
    KIND_ONCE,
    UNITS,
)
from custom_components.haven.store.models import Task
from custom_components.haven.unreadable import compute_with, task_problem

# The zones furthest from UTC both ways, one with a half-hour offset and DST, and UTC.
ZONES = [
    ZoneInfo(name)
    for name in (
        "Pacific/Kiritimati",
        "Etc/GMT+12",
        "America/St_Johns",
        "Europe/Amsterdam",
        "UTC",
    )
]


def utc_moments(first_year: int, last_year: int) -> st.SearchStrategy[datetime]:
    """Draw UTC moments from the first day of one year to the last of another."""
    return st.datetimes(
        # Hypothesis takes its bounds without a time zone.
        min_value=datetime(first_year, 1, 1, tzinfo=UTC).replace(tzinfo=None),
        max_value=datetime(last_year, 12, 31, 23, 59, tzinfo=UTC).replace(tzinfo=None),
        timezones=st.just(UTC),
    )


MOMENTS = utc_moments(EARLIEST_YEAR, LATEST_YEAR)
NOW = utc_moments(2000, 2100)


@st.composite
def tasks_within_limits(draw: st.DrawFn) -> Task:
    """Draw a one-off, interval or meter task as the actions could have written it."""
    kind = draw(st.sampled_from([KIND_ONCE, KIND_INTERVAL, KIND_METER]))
    interval = kind == KIND_INTERVAL or (kind == KIND_METER and draw(st.booleans()))
    anchor = draw(st.sampled_from([ANCHOR_COMPLETION, ANCHOR_FIXED]))
    columns: dict[str, Any] = {
        "id": "t1",
        "name": "Clean",
        "schedule_kind": kind,
        "interval_every": draw(st.integers(1, EVERY_MAX)) if interval else None,
        "interval_unit": draw(st.sampled_from(UNITS)) if interval else None,
        "anchor": anchor,
        "anchor_at": draw(MOMENTS) if anchor == ANCHOR_FIXED else None,
        "cron_schedule": None,
        "meter_entity_id": "sensor.hours" if kind == KIND_METER else None,
        "meter_every": (
            draw(st.floats(0.001, METER_EVERY_MAX)) if kind == KIND_METER else None
        ),
        "lead_days": draw(st.integers(0, LEAD_DAYS_MAX)),
        "next_due_at": draw(st.one_of(st.none(), MOMENTS)),
        "last_completed_at": None,
        "paused_at": None,
        "paused_until": None,
        "active_months": None,
    }
    return Task(**columns)


@settings(max_examples=400, deadline=None)
@given(task=tasks_within_limits(), tz=st.sampled_from(ZONES), now=NOW)
def test_task_within_limits_computes(task: Task, tz: tzinfo, now: datetime) -> None:
    """The check passes it without computing; computing with it does not fail."""
    assert task_problem(task, tz, now) is None
    compute_with(task, tz, now)


def test_task_beyond_limits_is_computed_and_refused() -> None:
    """A yearly task due on the last day datetime knows cannot be completed: refused."""
    task = Task(
        id="t1",
        name="Clean",
        schedule_kind=KIND_INTERVAL,
        interval_every=1,
        interval_unit="years",
        anchor=ANCHOR_COMPLETION,
        lead_days=7,
        next_due_at=datetime(9999, 12, 31, tzinfo=UTC),
    )
    assert task_problem(task, ZoneInfo("UTC"), datetime(2026, 11, 28, tzinfo=UTC))
