"""A task's columns and schedule: fields → columns, and what done and skip do to it.

Pure functions over a task's row and the clock: they compute every column a write
will change before the write starts, so a refused or impossible schedule never
reaches the database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import suppress
from datetime import UTC, datetime, tzinfo
import math
from typing import Any

from homeassistant.exceptions import ServiceValidationError

from .const import (
    ATTR_ACTIVE_MONTHS,
    ATTR_ANCHOR,
    ATTR_CRON,
    ATTR_EVERY,
    ATTR_FIRST_DUE,
    ATTR_LEAD_DAYS,
    ATTR_METER_ENTITY_ID,
    ATTR_METER_EVERY,
    ATTR_NAME,
    ATTR_NOTES,
    ATTR_PRIORITY,
    ATTR_UNIT,
    CRON_MAX_LENGTH,
    EARLIEST_YEAR,
    EVERY_MAX,
    LATEST_YEAR,
    LEAD_DAYS_MAX,
    METER_EVERY_MAX,
)
from .errors import invalid
from .recurrence import (
    ANCHOR_COMPLETION,
    ANCHOR_FIXED,
    KIND_CRON,
    KIND_INTERVAL,
    KIND_METER,
    KIND_ONCE,
    UNITS,
    Schedule,
    local_day,
    next_due,
    next_occurrence,
    start_of_day,
    validate_cron,
)
from .seasons import clean_months, into_season
from .store.records import Task
from .validation import clean_name, clean_notes, parse_int, parse_moment

# The fields that together make a task's schedule (actions, forms).
SCHEDULE_FIELDS = (
    ATTR_EVERY,
    ATTR_UNIT,
    ATTR_ANCHOR,
    ATTR_CRON,
    ATTR_METER_ENTITY_ID,
    ATTR_METER_EVERY,
)
type MeterReader = Callable[[str], float]
"""Return a meter sensor's current reading, or refuse."""


def schedule_of(columns: Mapping[str, Any], tz: tzinfo) -> Schedule:
    """Return the schedule that task columns describe."""
    anchor_at = columns.get("anchor_at")
    return Schedule(
        kind=columns.get("schedule_kind") or KIND_ONCE,
        every=columns.get("interval_every"),
        unit=columns.get("interval_unit"),
        anchor=columns.get("anchor") or ANCHOR_COMPLETION,
        anchor_on=local_day(anchor_at, tz) if anchor_at else None,
        cron=columns.get("cron_schedule"),
        meter_every=columns.get("meter_every"),
    )


def schedule_columns_of(task: Task | None) -> dict[str, Any]:
    """Return the columns that make a task's schedule."""
    if task is None:
        return {}
    return {
        "schedule_kind": task.schedule_kind,
        "interval_every": task.interval_every,
        "interval_unit": task.interval_unit,
        "anchor": task.anchor,
        "anchor_at": task.anchor_at,
        "cron_schedule": task.cron_schedule,
        "meter_every": task.meter_every,
    }


def task_schedule(task: Task, tz: tzinfo) -> Schedule:
    """Return a task's schedule."""
    return schedule_of(schedule_columns_of(task), tz)


def schedule_columns(
    fields: Mapping[str, Any], task: Task | None, meter_value: MeterReader
) -> dict[str, Any]:
    """Validate schedule fields (merged over a task's schedule) into columns."""
    given = fields.keys() & set(SCHEDULE_FIELDS)
    if task is not None and not given:
        return {}
    if fields.get(ATTR_CRON) and fields.get(ATTR_EVERY) is not None:
        raise invalid("schedule_conflict")
    current: dict[str, Any] = {}
    if task is not None:
        current = {
            ATTR_EVERY: task.interval_every,
            ATTR_UNIT: task.interval_unit,
            ATTR_ANCHOR: task.anchor,
            ATTR_CRON: task.cron_schedule,
            ATTR_METER_ENTITY_ID: task.meter_entity_id,
            ATTR_METER_EVERY: task.meter_every,
        }
        # A new kind of schedule replaces the old one rather than mixing with it.
        if fields.get(ATTR_CRON):
            current |= {ATTR_EVERY: None, ATTR_METER_ENTITY_ID: None}
        if fields.get(ATTR_EVERY) is not None or fields.get(ATTR_METER_ENTITY_ID):
            current[ATTR_CRON] = None
    merged = current | {key: fields[key] for key in given}
    columns: dict[str, Any] = {
        "schedule_kind": KIND_ONCE,
        "interval_every": None,
        "interval_unit": None,
        "anchor": ANCHOR_COMPLETION,
        "cron_schedule": None,
        "meter_entity_id": None,
        "meter_every": None,
        "meter_baseline": None,
        "meter_last_value": None,
    }
    if merged.get(ATTR_EVERY) is not None:
        unit = merged.get(ATTR_UNIT) or "days"
        if unit not in UNITS:
            raise invalid("invalid_unit", unit=unit, units=", ".join(UNITS))
        anchor = merged.get(ATTR_ANCHOR) or ANCHOR_COMPLETION
        if anchor not in (ANCHOR_COMPLETION, ANCHOR_FIXED):
            raise invalid("invalid_anchor", anchor=anchor)
        columns |= {
            "schedule_kind": KIND_INTERVAL,
            "interval_every": parse_int(merged[ATTR_EVERY], ATTR_EVERY, 1, EVERY_MAX),
            "interval_unit": unit,
            "anchor": anchor,
        }
    if cron := merged.get(ATTR_CRON):
        cron = str(cron).strip()
        if len(cron) > CRON_MAX_LENGTH:
            raise invalid("cron_too_long", field=ATTR_CRON, max=CRON_MAX_LENGTH)
        try:
            validate_cron(cron)
        except ValueError as err:
            raise invalid("invalid_cron", cron=cron, error=err) from None
        columns |= {"schedule_kind": KIND_CRON, "cron_schedule": str(cron)}
    if meter := merged.get(ATTR_METER_ENTITY_ID):
        value = meter_value(meter)
        every = parse_meter_every(merged.get(ATTR_METER_EVERY))
        columns |= {
            "schedule_kind": KIND_METER,
            "meter_entity_id": meter,
            "meter_every": every,
        }
        if task is None or task.meter_entity_id != meter:
            columns |= {"meter_baseline": value, "meter_last_value": value}
        else:
            columns |= {
                "meter_baseline": task.meter_baseline,
                "meter_last_value": task.meter_last_value,
            }
    # A fixed calendar counts an interval: a meter's backstop, a cron or a one-off
    # task has none to count, and a fixed anchor given for one is refused, not dropped.
    fixed = columns["anchor"] == ANCHOR_FIXED or fields.get(ATTR_ANCHOR) == ANCHOR_FIXED
    if fixed and columns["schedule_kind"] != KIND_INTERVAL:
        raise invalid("invalid_anchor", anchor=ANCHOR_FIXED)
    return columns


def parse_meter_every(value: Any) -> float:
    """Return a meter interval: a positive, finite number up to METER_EVERY_MAX."""
    try:
        every = float(value if not isinstance(value, bool) else "nan")
    except (TypeError, ValueError, OverflowError):
        every = math.nan
    if not 0 < every <= METER_EVERY_MAX:  # also refuses nan and infinity
        raise invalid(
            "invalid_meter_every",
            field=ATTR_METER_EVERY,
            value=value,
            max=METER_EVERY_MAX,
        )
    return every


def due_after(compute: Callable[[], datetime | None], name: str) -> datetime | None:
    """Return a computed due moment, or refuse one beyond the years Haven keeps.

    A task due at the edge of the calendar (stored before these limits, or restored
    from an export) would overflow the arithmetic; the caller gets a translated
    refusal and the task stays as it was.
    """
    try:
        moment = compute()
    except (OverflowError, ValueError, StopIteration):
        # StopIteration: a cron expression with no occurrence left in the calendar.
        moment = datetime.max.replace(tzinfo=UTC)
    if moment is not None and not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise invalid("due_out_of_range", name=name, max=f"{LATEST_YEAR}-12-31")
    return moment


def first_due(
    schedule: Schedule, last_done: datetime | None, now: datetime, tz: tzinfo
) -> datetime | None:
    """Return when a new (or newly scheduled) task is first due.

    Counting starts at the last completion, or now for a task never done.
    """
    if schedule.kind == KIND_ONCE:
        return None
    return next_due(schedule, completed_at=last_done or now, previous_due=None, tz=tz)


def task_columns(
    fields: Mapping[str, Any],
    task: Task | None,
    *,
    tz: tzinfo,
    now: datetime,
    meter_value: MeterReader,
) -> dict[str, Any]:
    """Validate the task fields present and return their column values.

    Assignment is checked by the caller (it needs HA's user store).
    """
    columns: dict[str, Any] = {}
    if ATTR_NAME in fields or task is None:
        columns["name"] = clean_name(fields.get(ATTR_NAME))
    if ATTR_NOTES in fields:
        columns["notes"] = clean_notes(fields[ATTR_NOTES])
    if fields.get(ATTR_LEAD_DAYS) is not None:
        columns["lead_days"] = parse_int(
            fields[ATTR_LEAD_DAYS], ATTR_LEAD_DAYS, 0, LEAD_DAYS_MAX
        )
    if fields.get(ATTR_PRIORITY) is not None:
        columns["priority"] = parse_int(fields[ATTR_PRIORITY], ATTR_PRIORITY, 0, 3)
    columns |= schedule_columns(fields, task, meter_value)
    due = parse_moment(fields.get(ATTR_FIRST_DUE), ATTR_FIRST_DUE)
    fixed = columns.get("anchor", task.anchor if task else None) == ANCHOR_FIXED
    kind = columns.get("schedule_kind") or (task.schedule_kind if task else KIND_ONCE)
    if ATTR_FIRST_DUE in fields and due is None and kind == KIND_ONCE:
        # Only a one-off task may lose its due date (a to-do item without a date).
        columns["next_due_at"] = None
    elif due is not None:
        columns |= {"next_due_at": due, "snoozed_until": None}
        if fixed:
            columns["anchor_at"] = start_of_day(local_day(due, tz), tz)
    elif task is None or "schedule_kind" in columns:
        if fixed:
            # A fixed schedule counts from its first due day (today by default).
            base = (task.next_due_at if task else None) or now
            columns["anchor_at"] = due_after(
                lambda: start_of_day(local_day(base, tz), tz), columns.get("name", "")
            )
            columns["next_due_at"] = columns["anchor_at"]
        else:
            columns["next_due_at"] = due_after(
                lambda: first_due(
                    schedule_of({**schedule_columns_of(task), **columns}, tz),
                    task.last_completed_at if task else None,
                    now,
                    tz,
                ),
                columns.get("name") or (task.name if task else ""),
            )
    return _in_season(columns, task, fields, tz)


def _in_season(
    columns: dict[str, Any], task: Task | None, fields: Mapping[str, Any], tz: tzinfo
) -> dict[str, Any]:
    """Add the active months given; move the due moment into the task's season."""
    if ATTR_ACTIVE_MONTHS in fields:
        columns["active_months"] = clean_months(fields[ATTR_ACTIVE_MONTHS])
    months = columns.get("active_months", task.active_months if task else None)
    due = columns.get("next_due_at", task.next_due_at if task else None)
    schedule = schedule_of({**schedule_columns_of(task), **columns}, tz)
    if (moved := into_season(schedule, due, months, tz)) != due:
        columns["next_due_at"] = moved
    return columns


def done_changes(
    task: Task, done_at: datetime, tz: tzinfo, meter_value: MeterReader
) -> dict[str, Any]:
    """Return what a completion changes on a task: its next due moment, its meter.

    A completion back-dated before the last one changes nothing (it is history).
    """
    if task.last_completed_at is not None and done_at < task.last_completed_at:
        return {}
    schedule = task_schedule(task, tz)
    changes: dict[str, Any] = {
        "last_completed_at": done_at,
        "snoozed_until": None,
        "next_due_at": due_after(
            lambda: into_season(
                schedule,
                next_due(
                    schedule,
                    completed_at=done_at,
                    previous_due=task.next_due_at,
                    tz=tz,
                ),
                task.active_months,
                tz,
            ),
            task.name,
        ),
    }
    if task.meter_entity_id:
        with suppress(ServiceValidationError):
            value = meter_value(task.meter_entity_id)
            changes |= {"meter_baseline": value, "meter_last_value": value}
    return changes


def skip_changes(
    task: Task, now: datetime, tz: tzinfo, meter_value: MeterReader
) -> dict[str, Any]:
    """Return what skipping the current occurrence changes on a task."""
    schedule = task_schedule(task, tz)
    changes: dict[str, Any] = {"snoozed_until": None}
    if schedule.kind == KIND_METER:
        value = meter_value(task.meter_entity_id or "")
        return changes | {
            "meter_baseline": value,
            "meter_last_value": value,
            "next_due_at": due_after(
                lambda: into_season(
                    schedule,
                    next_due(schedule, completed_at=now, previous_due=None, tz=tz),
                    task.active_months,
                    tz,
                ),
                task.name,
            ),
        }
    if schedule.kind == KIND_ONCE:
        raise invalid("not_recurring", name=task.name)
    return changes | {
        "next_due_at": due_after(
            lambda: into_season(
                schedule,
                next_occurrence(schedule, task.next_due_at or now, tz),
                task.active_months,
                tz,
            ),
            task.name,
        )
    }
