"""Read what the HACS integration ``maintenance_supporter`` stores, as a Haven plan.

Format read from its public repository, github.com/iluebbe/maintenance_supporter
(version 2.51.0; files ``storage.py`` at commit 027cac1167c086fcbe8173c2d04f2dcd194f78e4,
``helpers/schedule.py`` at 0233d13d6ac7a5e3b24b10884517f77a6e11dc79,
``models/maintenance_task.py`` at bfb46cddfaccd595f1272fd96d3f89590f1f5db1,
``const.py`` at 00d33940a8696cd28b6abe32143f1110b87706b5 and the entry builders of
``tests/conftest.py`` at 0b097799ecca6f29331df6480fb4753e3145f370):

- One config entry per maintenance object (config entry version 1), its ``data`` being
  ``{"object": {id, name, area_id, manufacturer, model, serial_number,
  installation_date, warranty_expiry, documentation_url, notes, task_ids},
  "tasks": {task_id: {id, object_id, name, type, enabled, schedule_type
  (time_based | sensor_based | manual | one_time), interval_days (the count),
  interval_unit (days | weeks | months | years), interval_anchor (completion |
  planned), due_date, warning_days, notes, documentation_url, responsible_user_id,
  trigger_config, checklist, archived_at}}}``; one more entry (unique id
  ``maintenance_supporter_global``) holds global settings only.
- What changes often lives in ``<config>/.storage/maintenance_supporter.<entry_id>``,
  an HA Store file of version 1: ``{"version": 1, "key": …, "data": {"version": 1,
  "tasks": {task_id: {last_performed (YYYY-MM-DD), last_planned_due, due_override,
  history: [{timestamp, type (completed | skipped | reset | triggered | …), notes,
  cost, duration, feedback, completed_by (an HA user id)}], adaptive_config}}}}``.
  Entries written before that split keep these fields in the entry's tasks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from ..const import LEAD_DAYS_MAX, LOG_COMPLETED, LOG_SKIPPED
from ..recurrence import UNITS, add_interval
from .plan import (
    ARCHIVED,
    DISABLED,
    HISTORY_TYPE,
    INTERVAL,
    NO_NAME,
    SEPARATOR,
    TRIGGER,
    PeerAsset,
    PeerFormatError,
    PeerLog,
    PeerTask,
    Plan,
    UnknownVersionError,
    day,
    done_at,
    fit_interval,
    history_cost,
    latest,
    moment,
    notes,
    start_of,
    text,
    whole,
)

SOURCE = "maintenance_supporter"
VERSION = 1
# The store fields that moved out of the config entry (storage.py).
_DYNAMIC = ("last_performed", "last_planned_due", "due_override", "history")
_HISTORY_KINDS = {"completed": LOG_COMPLETED, "skipped": LOG_SKIPPED}


def store_key(entry_id: str) -> str:
    """Return the .storage key of an object's changing state."""
    return f"{SOURCE}.{entry_id}"


@dataclass(frozen=True, slots=True)
class ObjectEntry:
    """A config entry of maintenance_supporter, as HA keeps it."""

    entry_id: str
    version: int
    title: str
    data: dict[str, Any]


def _store_tasks(store: Any, entry_id: str) -> dict[str, Any]:
    """Return the tasks' changing state from an object's store file (checked)."""
    if store is None:
        return {}
    where = f".storage/{store_key(entry_id)}"
    if not isinstance(store, dict) or not isinstance(store.get("data"), dict):
        raise PeerFormatError(where)
    if store.get("version") != VERSION:
        raise UnknownVersionError(store.get("version"), where)
    data = store["data"]
    if data.get("version", VERSION) != VERSION:
        raise UnknownVersionError(data.get("version"), where)
    tasks = data.get("tasks") or {}
    if not isinstance(tasks, dict):
        raise PeerFormatError(where)
    return tasks


def _tasks_of(data: dict[str, Any]) -> dict[str, Any]:
    tasks = data.get("tasks") or {}
    if isinstance(tasks, list):  # tolerate a list of task objects
        tasks = {str(t.get("id")): t for t in tasks if isinstance(t, dict)}
    return tasks if isinstance(tasks, dict) else {}


def read(
    entries: list[ObjectEntry], stores: dict[str, Any], tz: tzinfo, now: datetime
) -> Plan:
    """Return the plan of every maintenance object (stores: entry id → store file)."""
    plan = Plan(SOURCE, VERSION)
    for entry in entries:
        if entry.version != VERSION:
            raise UnknownVersionError(entry.version, f"config entry {entry.title}")
        state = _store_tasks(stores.get(entry.entry_id), entry.entry_id)
        obj = entry.data.get("object")
        if isinstance(obj, dict):
            _object(plan, entry, obj, state, tz, now)
    return plan


def _object(
    plan: Plan,
    entry: ObjectEntry,
    obj: dict[str, Any],
    state: dict[str, Any],
    tz: tzinfo,
    now: datetime,
) -> None:
    item = str(obj.get("name") or entry.title or entry.entry_id)
    name = text(obj.get("name") or entry.title, plan, item)
    if name is None:
        plan.problem(item, NO_NAME)
        name = "Maintenance object"
    warranty = day(obj.get("warranty_expiry"))
    asset = PeerAsset(
        key=str(obj.get("id") or entry.entry_id),
        name=name,
        item=name,
        area_id=text(obj.get("area_id"), plan, name),
        manufacturer=text(obj.get("manufacturer"), plan, name),
        model=text(obj.get("model"), plan, name),
        serial_number=text(obj.get("serial_number"), plan, name),
        installed_on=day(obj.get("installation_date")),
        notes=notes(
            [
                text(obj.get("notes"), plan, name, 1_000_000),
                f"Warranty until {warranty.isoformat()}" if warranty else None,
                f"Manual: {obj['documentation_url']}"
                if obj.get("documentation_url")
                else None,
            ],
            plan,
            name,
        ),
    )
    plan.assets.append(asset)
    for task_id, static in _tasks_of(entry.data).items():
        if not isinstance(static, dict):
            continue
        found = state.get(task_id)
        dynamic: dict[str, Any] = found if isinstance(found, dict) else {}
        merged = {**static, **{k: dynamic[k] for k in _DYNAMIC if k in dynamic}}
        _task(plan, asset, str(task_id), merged, bool(obj.get("archived_at")), tz, now)


def _history(
    plan: Plan, item: str, action: str, history: Any, tz: tzinfo, now: datetime
) -> list[PeerLog]:
    logs = []
    others: Counter[str] = Counter()
    for entry in history if isinstance(history, list) else []:
        if not isinstance(entry, dict):
            continue
        kind = _HISTORY_KINDS.get(str(entry.get("type", "completed")))
        if kind is None:
            others[str(entry.get("type"))] += 1
            continue
        when = done_at(entry.get("timestamp"), plan, item, tz, now)
        if when is None:
            continue
        duration = whole(entry.get("duration"))
        logs.append(
            PeerLog(
                performed_at=when,
                action=action,
                kind=kind,
                notes=notes(
                    [
                        text(entry.get("notes"), plan, item, 1_000_000),
                        f"Feedback: {entry['feedback']}"
                        if entry.get("feedback")
                        else None,
                        f"Duration: {duration} min" if duration else None,
                    ],
                    plan,
                    item,
                ),
                cost=history_cost(entry.get("cost"), plan, item)
                if kind == LOG_COMPLETED
                else None,
                who=str(entry["completed_by"]) if entry.get("completed_by") else None,
            )
        )
    for kind, count in sorted(others.items()):
        plan.problem(item, HISTORY_TYPE, f"{kind} ({count})")
    return logs


def _task(
    plan: Plan,
    asset: PeerAsset,
    task_id: str,
    data: dict[str, Any],
    archived: bool,
    tz: tzinfo,
    now: datetime,
) -> None:
    item = f"{asset.name}{SEPARATOR}{data.get('name') or task_id}"
    name = text(data.get("name"), plan, item)
    if name is None:
        plan.problem(item, NO_NAME)
        name = "Maintenance"
    logs = _history(plan, item, name, data.get("history"), tz, now)
    if archived or data.get("archived_at"):
        plan.problem(item, ARCHIVED)
        asset.logs.extend(logs)
        return
    checklist = data.get("checklist")
    task = PeerTask(
        key=task_id,
        name=name,
        item=item,
        asset_key=asset.key,
        lead_days=_lead_days(data.get("warning_days")),
        notes=notes(
            [
                text(data.get("notes"), plan, item, 1_000_000),
                f"Manual: {data['documentation_url']}"
                if data.get("documentation_url")
                else None,
                "Checklist: " + "; ".join(map(str, checklist))
                if isinstance(checklist, list) and checklist
                else None,
            ],
            plan,
            item,
        ),
        assignee=str(data["responsible_user_id"])
        if data.get("responsible_user_id")
        else None,
        logs=logs,
    )
    if data.get("enabled") is False:
        plan.problem(item, DISABLED)
    _schedule(plan, task, data, tz)
    plan.tasks.append(task)


def _lead_days(value: Any) -> int | None:
    days = whole(value)
    return None if days is None else min(max(days, 0), LEAD_DAYS_MAX)


def _schedule(plan: Plan, task: PeerTask, data: dict[str, Any], tz: tzinfo) -> None:
    """Fill a task's schedule, last done and next due from their fields."""
    kind = data.get("schedule_type") or "time_based"
    last_day = day(data.get("last_performed"))
    done = latest(task.logs)
    if last_day is not None:
        # Their last done is a day: the completion of that day, if the history has it.
        same_day = done is not None and done.astimezone(tz).date() == last_day
        task.last_done = done if same_day else start_of(last_day, tz)
    if kind == "one_time":
        task.first_due = moment(data.get("due_date"), tz)
        task.done = last_day is not None
        return
    trigger = data.get("trigger_config")
    if kind == "sensor_based" or isinstance(trigger, dict):
        trigger_type = trigger.get("trigger_type") if isinstance(trigger, dict) else ""
        plan.problem(task.item, TRIGGER, trigger_type or kind)
    if kind == "manual" or not data.get("interval_days"):
        return
    unit = str(data.get("interval_unit") or "days")
    if unit not in UNITS:
        plan.problem(task.item, INTERVAL, f"{data.get('interval_days')} {unit}")
        return
    interval = fit_interval(data.get("interval_days"), unit, plan, task.item)
    if interval is None:
        return
    task.every, task.unit = interval
    if override := moment(data.get("due_override"), tz):
        task.first_due = override
    if data.get("interval_anchor") == "planned":
        task.anchor = "fixed"
        if task.first_due is None and last_day is not None:
            # Their rule: from the planned due, step past the last completion.
            step = day(data.get("last_planned_due")) or last_day
            step = add_interval(step, task.every, task.unit)
            while step <= last_day:
                step = add_interval(step, task.every, task.unit)
            task.first_due = start_of(step, tz)
