"""Read what the HACS integration ``home_keeper`` stores, as a Haven plan.

Format read from its public repository, github.com/prestomation/ha-home-keeper
(version 0.16.0b4; files ``store.py`` at commit e1ffa735d93be41200e7d34d2a317b935ecb7d47,
``models.py`` at a9ddf7335ddb731b1de9286aab27ee09f281687d, ``assets.py`` at
c9934829952ec8ca6039562ebe226feeb3d3001e, ``recurrence.py`` at
04d5d3d860bcf1c90d8dbe02e7e636e8cafb0607 and ``const.py`` at
feeae930a7aea7bc7f2e709f2e578385b39a4391):

``<config>/.storage/home_keeper`` is an HA Store file of version 1,
``{"version": 1, "key": "home_keeper", "data": {"tasks": {id: task}, "assets":
{id: asset}}}``.

- A task: ``id, name, notes, enabled, recurrence_type`` (``floating``: every
  ``interval`` ``unit`` of days | weeks | months from the last completion; ``fixed``:
  every ``interval`` ``freq`` DAILY | WEEKLY | MONTHLY from an ``anchor`` date-time;
  ``one-off`` with a ``due``; ``triggered``, ``sensor`` (a ``sensor`` binding: mode
  ``usage`` with ``entity_id``, ``target``, ``baseline``, or ``threshold`` / ``state``
  / ``availability``) and ``use``), ``last_completed``, ``next_due`` (ISO date-times),
  ``device_id``, ``area_id``, ``active_season``, ``source`` (``{"part": {asset_id,
  part_id}}`` for a task a wear part drives), ``completions`` and ``skips``:
  ``[{ts, note, cost, photo, who (a person entity id), reading}]``.
- An asset (appliance): ``id, kind`` (virtual | existing), ``name, area_id,
  device_id, manufacturer, model, serial_number, cost, metadata`` (``[{type, label,
  value}]``), ``documents`` (links and uploaded files), ``parts`` (``[{id, name,
  part_number, type, url, stock, replace_interval, replace_unit}]``),
  ``parent_asset_id`` and ``task_history`` (the completions of tasks removed since:
  ``[{task_id, task_name, completions}]``).

A task belongs to the asset its wear part is on, or whose device (or related
device) it is attached to; any other task is house-wide.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from ..const import LOG_COMPLETED, LOG_SKIPPED
from ..recurrence import add_interval
from .plan import (
    DISABLED,
    DOCUMENTS,
    INVALID,
    NO_NAME,
    PARENT,
    SEASON,
    SEPARATOR,
    TRIGGER,
    PeerAsset,
    PeerFormatError,
    PeerLog,
    PeerSupply,
    PeerTask,
    Plan,
    UnknownVersionError,
    done_at,
    fit_interval,
    history_cost,
    moment,
    notes,
    number,
    start_of,
    text,
    whole,
)

SOURCE = "home_keeper"
STORE_KEY = "home_keeper"
VERSION = 1
_FREQ_UNITS = {"DAILY": "days", "WEEKLY": "weeks", "MONTHLY": "months"}
_UNITS = ("days", "weeks", "months")


def read(store: Any, tz: tzinfo, now: datetime) -> Plan:
    """Return the plan of home_keeper's store file (its parsed JSON)."""
    where = f".storage/{STORE_KEY}"
    if not isinstance(store, dict):
        raise PeerFormatError(where)
    if store.get("version") != VERSION:
        raise UnknownVersionError(store.get("version"), where)
    data = store.get("data")
    tasks = data.get("tasks", {}) if isinstance(data, dict) else None
    assets = data.get("assets", {}) if isinstance(data, dict) else None
    if not isinstance(tasks, dict) or not isinstance(assets, dict):
        raise PeerFormatError(where)
    plan = Plan(SOURCE, VERSION)
    by_device: dict[str, PeerAsset] = {}
    by_id: dict[str, PeerAsset] = {}
    for asset_id, raw in assets.items():
        if isinstance(raw, dict):
            asset = _asset(plan, str(asset_id), raw, tz, now)
            plan.assets.append(asset)
            by_id[asset.key] = asset
            for device_id in [
                raw.get("device_id"),
                *_list(raw.get("related_device_ids")),
            ]:
                if isinstance(device_id, str) and device_id:
                    by_device.setdefault(device_id, asset)
    for task_id, raw in tasks.items():
        if isinstance(raw, dict):
            _task(plan, str(task_id), raw, by_id, by_device, tz, now)
    return plan


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _logs(
    plan: Plan,
    item: str,
    action: str,
    entries: Any,
    kind: str,
    tz: tzinfo,
    now: datetime,
) -> list[PeerLog]:
    logs = []
    for entry in _list(entries):
        if not isinstance(entry, dict):
            continue
        when = done_at(entry.get("ts"), plan, item, tz, now)
        if when is None:
            continue
        reading = number(entry.get("reading"))
        logs.append(
            PeerLog(
                performed_at=when,
                action=action,
                kind=kind,
                notes=notes(
                    [
                        text(entry.get("note"), plan, item, 1_000_000),
                        f"Reading: {reading:g}" if reading is not None else None,
                    ],
                    plan,
                    item,
                ),
                cost=history_cost(entry.get("cost"), plan, item)
                if kind == LOG_COMPLETED
                else None,
                who=str(entry["who"]) if entry.get("who") else None,
            )
        )
    return logs


def _asset(
    plan: Plan, key: str, raw: dict[str, Any], tz: tzinfo, now: datetime
) -> PeerAsset:
    item = str(raw.get("name") or key)
    name = text(raw.get("name"), plan, item)
    lines: list[str | None] = [
        f"{entry['label']}: {entry['value']}"
        for entry in _list(raw.get("metadata"))
        if isinstance(entry, dict) and entry.get("label") and entry.get("value")
    ]
    if isinstance(cost := number(raw.get("cost")), float):
        lines.append(f"Purchase price: {cost:g}")
    files = 0
    for document in _list(raw.get("documents")):
        if isinstance(document, dict) and document.get("kind") == "link":
            lines.append(f"{document.get('name') or 'Link'}: {document.get('url')}")
        elif isinstance(document, dict):
            files += 1
    asset = PeerAsset(
        key=key,
        name=name or "",
        item=name or item,
        area_id=text(raw.get("area_id"), plan, item),
        manufacturer=text(raw.get("manufacturer"), plan, item),
        model=text(raw.get("model"), plan, item),
        serial_number=text(raw.get("serial_number"), plan, item),
        notes=notes(lines, plan, item),
        device_id=raw.get("device_id")
        if isinstance(raw.get("device_id"), str)
        else None,
    )
    if not name and asset.device_id is None:
        plan.problem(item, NO_NAME)
        asset.name = asset.item = "Appliance"
    if files:
        plan.problem(asset.item, DOCUMENTS, files)
    if raw.get("parent_asset_id"):
        plan.problem(asset.item, PARENT)
    for part in _list(raw.get("parts")):
        if isinstance(part, dict) and (part_name := text(part.get("name"), plan, item)):
            stock = whole(part.get("stock"))
            asset.supplies.append(
                PeerSupply(
                    name=part_name,
                    part_number=text(part.get("part_number"), plan, item),
                    purchase_url=text(part.get("url"), plan, item, 2000, "url"),
                    quantity=stock if stock is not None and stock >= 0 else None,
                    task_key=str(part.get("id") or "") or None,
                )
            )
    for history in _list(raw.get("task_history")):
        if isinstance(history, dict):
            action = text(history.get("task_name"), plan, item) or "Maintenance"
            task_item = f"{asset.item}{SEPARATOR}{action}"
            asset.logs.extend(
                _logs(
                    plan,
                    task_item,
                    action,
                    history.get("completions"),
                    LOG_COMPLETED,
                    tz,
                    now,
                )
            )
    return asset


def _owner(
    raw: dict[str, Any],
    by_id: dict[str, PeerAsset],
    by_device: dict[str, PeerAsset],
) -> tuple[PeerAsset | None, str | None]:
    """Return the asset a task belongs to, and the wear part it comes from."""
    source = raw.get("source")
    part = source.get("part") if isinstance(source, dict) else None
    if isinstance(part, dict) and (asset := by_id.get(str(part.get("asset_id")))):
        return asset, str(part.get("part_id") or "") or None
    return by_device.get(str(raw.get("device_id") or "")), None


def _task(
    plan: Plan,
    key: str,
    raw: dict[str, Any],
    by_id: dict[str, PeerAsset],
    by_device: dict[str, PeerAsset],
    tz: tzinfo,
    now: datetime,
) -> None:
    asset, part_id = _owner(raw, by_id, by_device)
    label = str(raw.get("name") or key)
    item = f"{asset.item}{SEPARATOR}{label}" if asset else label
    name = text(raw.get("name"), plan, item)
    if name is None:
        plan.problem(item, NO_NAME)
        name = "Maintenance"
    task = PeerTask(
        key=key,
        name=name,
        item=item,
        asset_key=asset.key if asset else None,
        notes=text(raw.get("notes"), plan, item, 2000, "notes"),
        logs=[
            *_logs(plan, item, name, raw.get("completions"), LOG_COMPLETED, tz, now),
            *_logs(plan, item, name, raw.get("skips"), LOG_SKIPPED, tz, now),
        ],
    )
    if asset is not None and part_id:
        for supply in asset.supplies:
            if supply.task_key == part_id:
                supply.task_key = key
    task.last_done = moment(raw.get("last_completed"), tz)
    if raw.get("enabled") is False:
        plan.problem(item, DISABLED)
    if raw.get("active_season"):
        plan.problem(item, SEASON)
    _schedule(plan, task, raw, tz, now)
    plan.tasks.append(task)


def _schedule(
    plan: Plan, task: PeerTask, raw: dict[str, Any], tz: tzinfo, now: datetime
) -> None:
    """Fill a task's schedule and next due from its recurrence."""
    kind = raw.get("recurrence_type") or "floating"
    next_due = moment(raw.get("next_due"), tz)
    if kind == "floating":
        unit = raw.get("unit")
        if unit not in _UNITS:
            plan.problem(task.item, INVALID, f"unit {unit}")
            return
        if fitted := fit_interval(raw.get("interval", 1), unit, plan, task.item):
            task.every, task.unit = fitted
            # Never done: due when they had it (now, by their rule).
            task.first_due = next_due if task.last_done is None else None
    elif kind == "fixed":
        unit = _FREQ_UNITS.get(str(raw.get("freq")))
        anchor = moment(raw.get("anchor"), tz)
        if unit is None or anchor is None:
            plan.problem(task.item, INVALID, f"fixed {raw.get('freq')}")
            return
        if fitted := fit_interval(raw.get("interval", 1), unit, plan, task.item):
            task.every, task.unit = fitted
            task.anchor = "fixed"
            task.first_due = next_due or _next_fixed(anchor, fitted, tz, now)
    elif kind == "one-off":
        task.first_due = moment(raw.get("due"), tz)
        task.done = next_due is None and task.last_done is not None
    elif kind == "sensor" and _meter(plan, task, raw.get("sensor")):
        return
    else:
        sensor = raw.get("sensor")
        mode = sensor.get("mode") if isinstance(sensor, dict) else None
        plan.problem(task.item, TRIGGER, f"{kind} {mode}" if mode else kind)


def _next_fixed(
    anchor: datetime, fitted: tuple[int, str], tz: tzinfo, now: datetime
) -> datetime:
    """Return the first day of a fixed schedule after now (their next due lost)."""
    every, unit = fitted
    start = anchor.astimezone(tz).date()
    today = now.astimezone(tz).date()
    step = 0
    while (found := add_interval(start, every * step, unit)) <= today:
        step += 1
    return start_of(found, tz)


def _meter(plan: Plan, task: PeerTask, sensor: Any) -> bool:
    """Map a usage meter (every target units of a sensor); False when it is not one."""
    if not isinstance(sensor, dict) or sensor.get("mode", "usage") != "usage":
        return False
    target = number(sensor.get("target"))
    entity_id = sensor.get("entity_id")
    if target is None or target <= 0 or not isinstance(entity_id, str):
        return False
    task.meter_entity_id = entity_id
    task.meter_every = target
    task.meter_baseline = number(sensor.get("baseline"))
    backstop = sensor.get("also_every")
    if isinstance(backstop, dict) and backstop.get("unit") in _UNITS:
        if fitted := fit_interval(
            backstop.get("interval"), backstop["unit"], plan, task.item
        ):
            task.every, task.unit = fitted
    elif backstop:
        plan.problem(task.item, TRIGGER, "also_every")
    return True
