"""Rows a property cannot use: found at load, left out of the view, named in an issue.

An older Haven (or a hand-edited database) may have stored a row the rest of Haven
cannot compute with: a task due at the very edge of the calendar, an invalid cron
expression, an unknown unit, a date the database driver cannot read. One such row
must not stop its property (nor, through the shared scheduler, every other one). It
is left out of the view — no entity, no reminder, nothing computed from it — and a
repair issue names it and says what is wrong; for a task, the fix flow resets its
schedule or removes it. Its history (logs) stays either way.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
import math

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from .commands import PropertyCommands
from .const import (
    DEFAULT_LEAD_DAYS,
    DOMAIN,
    EARLIEST_YEAR,
    EVERY_MAX,
    LATEST_YEAR,
    LEAD_DAYS_MAX,
    METER_EVERY_MAX,
)
from .recurrence import (
    ANCHOR_COMPLETION,
    ANCHOR_FIXED,
    KIND_CRON,
    KIND_INTERVAL,
    KIND_METER,
    KIND_ONCE,
    UNITS,
    next_due,
    next_occurrence,
    validate_cron,
)
from .schedules import task_schedule
from .store import models
from .store.records import Task
from .store.repository import PropertySnapshot, Unreadable
from .store.writes import change_row, remove_task
from .view import overdue_from, task_status

ISSUE_UNREADABLE = "unreadable_row"
# A task's schedule reset to nothing: a one-off task without a date, not done.
SAFE_SCHEDULE = {
    "schedule_kind": KIND_ONCE,
    "interval_every": None,
    "interval_unit": None,
    "anchor": ANCHOR_COMPLETION,
    "anchor_at": None,
    "cron_schedule": None,
    "meter_entity_id": None,
    "meter_every": None,
    "meter_baseline": None,
    "meter_last_value": None,
    "next_due_at": None,
    "snoozed_until": None,
    "last_completed_at": None,
    "lead_days": DEFAULT_LEAD_DAYS,
}
# The repair issue of a left-out row, per table: each names the kind of record in its
# own words (a word filled in from code would stay English in every language).
_ISSUE_KEYS = {
    "haven_task": "unreadable_task",
    "haven_asset": "unreadable_asset",
    "haven_zone": "unreadable_zone",
    "haven_supply": "unreadable_supply",
    "haven_inbox_item": "unreadable_inbox_item",
}


def _schedule_problem(task: Task) -> str | None:  # noqa: PLR0911 - one rule each
    """Return what is wrong with a task's stored schedule columns, if anything."""
    kind = task.schedule_kind
    if kind not in (KIND_ONCE, KIND_INTERVAL, KIND_CRON, KIND_METER):
        return f"the schedule kind {kind!r} is not known"
    if task.anchor not in (ANCHOR_COMPLETION, ANCHOR_FIXED):
        return f"the anchor {task.anchor!r} is not known"
    if kind == KIND_INTERVAL or task.interval_every is not None:
        if task.interval_unit not in UNITS:
            return f"the interval unit {task.interval_unit!r} is not known"
        if not isinstance(task.interval_every, int) or task.interval_every < 1:
            return f"the interval {task.interval_every!r} is not a whole number"
    if kind == KIND_INTERVAL and task.anchor == ANCHOR_FIXED and not task.anchor_at:
        return "a fixed schedule has no anchor date"
    if kind == KIND_CRON:
        validate_cron(task.cron_schedule or "")
    if kind == KIND_METER and not (
        task.meter_entity_id
        and task.meter_every is not None
        and math.isfinite(task.meter_every)
        and task.meter_every > 0
    ):
        return f"the meter interval {task.meter_every!r} is not a positive number"
    if not isinstance(task.lead_days, int) or task.lead_days < 0:
        return f"the lead time {task.lead_days!r} is not a number of days"
    return None


def _within_limits(task: Task) -> bool:
    """Return whether a sound task holds only values Haven's actions write, no cron.

    Its dates lie between EARLIEST_YEAR and LATEST_YEAR, an interval spans at most
    EVERY_MAX units and a lead LEAD_DAYS_MAX days: every moment computed from them
    stays centuries away from the limits of Python's datetime, so computing with it
    cannot fail and is not tried (most of a large home's tasks, at every start). A
    cron schedule is always tried: its next occurrence may not exist.
    """
    due, anchor_at = task.next_due_at, task.anchor_at
    return (
        task.schedule_kind != KIND_CRON
        and (task.interval_every is None or task.interval_every <= EVERY_MAX)
        and (task.meter_every is None or task.meter_every <= METER_EVERY_MAX)
        and task.lead_days <= LEAD_DAYS_MAX
        and (due is None or EARLIEST_YEAR <= due.year <= LATEST_YEAR)
        and (anchor_at is None or EARLIEST_YEAR <= anchor_at.year <= LATEST_YEAR)
    )


def task_problem(task: Task, tz: tzinfo, now: datetime) -> str | None:
    """Return why a task cannot be used, None when it can.

    What passes here cannot fail later: a task within the actions' limits is sound by
    those limits, any other is computed with as loading, completing and skipping it
    would.
    """
    try:
        if problem := _schedule_problem(task):
            return problem
        if not _within_limits(task):
            compute_with(task, tz, now)
    except Exception as err:  # noqa: BLE001 - any failure makes the row unusable
        return str(err) or type(err).__name__
    return None


def compute_with(task: Task, tz: tzinfo, now: datetime) -> None:
    """Compute what loading, completing and skipping a sound task would; may raise.

    Loading: its status and when that changes; completing and skipping: its next due.
    """
    task_status(task, now, tz)
    schedule = task_schedule(task, tz)
    if (due := task.next_due_at) is not None:
        overdue_from(due, tz)
        due.astimezone(tz)
        due - timedelta(days=task.lead_days)  # when it comes due soon
        next_occurrence(schedule, due, tz)
    next_due(schedule, completed_at=now, previous_due=due, tz=tz)


def split_readable(
    snapshot: PropertySnapshot, tz: tzinfo, now: datetime
) -> PropertySnapshot:
    """Return the snapshot without the rows it cannot use (listed in ``unreadable``).

    The tasks and supplies of an asset that cannot be read are left out with it.
    """
    unreadable = list(snapshot.unreadable)
    lost = {u.row_id for u in unreadable if u.kind == models.Asset.__tablename__}
    tasks = []
    for task in snapshot.tasks:
        if task.asset_id in lost:
            continue
        if problem := task_problem(task, tz, now):
            unreadable.append(
                Unreadable(models.Task.__tablename__, task.id, task.name, problem)
            )
            continue
        tasks.append(task)
    return replace(
        snapshot,
        tasks=tasks,
        supplies=[s for s in snapshot.supplies if s.asset_id not in lost],
        unreadable=unreadable,
    )


def issue_id(entry_id: str, row_id: str) -> str:
    """Return the id of the repair issue about one row."""
    return f"{ISSUE_UNREADABLE}_{entry_id}_{row_id}"


@callback
def async_report(
    hass: HomeAssistant, entry: ConfigEntry, unreadable: list[Unreadable]
) -> None:
    """Raise a repair issue per row left out; clear those of rows that are fine now."""
    registry = ir.async_get(hass)
    wanted = {issue_id(entry.entry_id, row.row_id) for row in unreadable}
    prefix = issue_id(entry.entry_id, "")
    for domain, known in list(registry.issues):
        if domain == DOMAIN and known.startswith(prefix) and known not in wanted:
            ir.async_delete_issue(hass, DOMAIN, known)
    for row in unreadable:
        ir.async_create_issue(
            hass,
            DOMAIN,
            issue_id(entry.entry_id, row.row_id),
            is_fixable=row.kind == models.Task.__tablename__,
            is_persistent=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key=_ISSUE_KEYS[row.kind],
            translation_placeholders={
                "property": entry.title,
                "name": row.name or row.row_id,
                "id": row.row_id,
                "reason": row.reason,
            },
            data={
                "flow": ISSUE_UNREADABLE,
                "entry_id": entry.entry_id,
                "row_id": row.row_id,
            },
        )


# The fix flow's two ways out (through the commands' one write path)


async def async_reset_schedule(commands: PropertyCommands, task_id: str) -> None:
    """Reset a left-out task's schedule; the task then joins the view."""
    await commands.async_write(
        change_row(
            models.Task,
            task_id,
            SAFE_SCHEDULE,
            expect={"property_id": [commands.view.property_id]},
        )
    )


async def async_remove_task(commands: PropertyCommands, task_id: str) -> None:
    """Remove a left-out task (its logs stay)."""
    await commands.async_write(remove_task(task_id))
