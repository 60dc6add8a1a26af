"""Haven's records as the panel, the cards and the websocket API see them.

Plain JSON-ready dicts; empty fields are left out so the first message of a large
home stays small. Times are ISO 8601 in HA's time zone, money is a number in the
home's currency.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .capture.inbox import summary
from .costs import PropertyCosts
from .recurrence import is_day_granular
from .store.models import Document, Log
from .store.records import Asset, InboxItem, Supply, Task, Zone
from .store.writes import Change
from .view import PropertyView, iso, iso_day
from .warranties import expected_end

STATUSES = ("overdue", "due_soon", "ok", "unscheduled", "done", "paused")

type UserNames = Mapping[str, str]
type MeterState = Callable[[str], tuple[float | None, str | None]]
"""Return a meter sensor's current numeric value and unit."""


def compact(values: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty fields (None, empty text or list); keep False and 0."""
    return {k: v for k, v in values.items() if v is not None and v not in ("", [])}


def money(value: Decimal | None) -> float | None:
    """Return an amount as a JSON number."""
    return None if value is None else float(value)


def zone_dict(zone: Zone) -> dict[str, Any]:
    """Return a zone."""
    return compact({"zone_id": zone.id, "area_id": zone.area_id, "name": zone.name})


def asset_dict(
    view: PropertyView, asset: Asset, device_id: str | None
) -> dict[str, Any]:
    """Return an asset, with whether any of its tasks is overdue or it is past its life."""
    return compact(
        {
            "asset_id": asset.id,
            "device_id": device_id,
            "name": asset.name,
            "zone_id": asset.zone_id,
            "template_id": asset.template_id,
            "manufacturer": asset.manufacturer,
            "model": asset.model,
            "serial_number": asset.serial_number,
            "installed_on": iso_day(asset.installed_on),
            "notes": asset.notes,
            "overdue": view.asset_has_overdue(asset.id),
            "warranty_until": iso_day(asset.warranty_until),
            "expected_life_years": asset.expected_life_years,
            "expected_end": iso_day(end := expected_end(asset)),
            "past_life": end is not None and end <= dt_util.now(view.tz).date(),
        }
    )


def task_dict(
    view: PropertyView, task: Task, meter_state: MeterState
) -> dict[str, Any]:
    """Return a task with its schedule, status and meter progress."""
    due = task.next_due_at
    schedule = compact(
        {
            "kind": task.schedule_kind,
            "every": task.interval_every,
            "unit": task.interval_unit,
            "anchor": task.anchor if task.interval_every else None,
            "cron": task.cron_schedule,
            "meter_entity_id": task.meter_entity_id,
            "meter_every": task.meter_every,
        }
    )
    meter = None
    if task.meter_entity_id and task.meter_every:
        value, unit = meter_state(task.meter_entity_id)
        baseline = task.meter_baseline or 0.0
        reading = value if value is not None else task.meter_last_value
        meter = compact(
            {
                "value": reading,
                "baseline": baseline,
                "progress": None
                if reading is None
                else round((reading - baseline) / task.meter_every, 4),
                "unit": unit,
            }
        )
    return compact(
        {
            "task_id": task.id,
            "name": task.name,
            "asset_id": task.asset_id,
            "notes": task.notes,
            "priority": task.priority,
            "lead_days": task.lead_days,
            "status": view.status.get(task.id),
            "next_due_at": iso(due),
            "all_day": bool(due and is_day_granular(due, view.tz)),
            "last_completed_at": iso(task.last_completed_at),
            "snoozed_until": iso(task.snoozed_until),
            "schedule": schedule,
            "meter": meter,
            "assigned_user_id": task.assigned_user_id,
            "assignees": task.assignees,
            "rotate": task.rotate or None,
            "active_months": task.active_months,
            "paused": task.paused_at is not None or None,
            "paused_until": iso(task.paused_until),
        }
    )


def supply_dict(supply: Supply) -> dict[str, Any]:
    """Return a supply."""
    return compact(
        {
            "supply_id": supply.id,
            "asset_id": supply.asset_id,
            "task_id": supply.task_id,
            "name": supply.name,
            "part_number": supply.part_number,
            "purchase_url": supply.purchase_url,
            "quantity": supply.quantity,
        }
    )


def log_dict(log: Log, users: UserNames) -> dict[str, Any]:
    """Return a log entry, with who did it."""
    return compact(
        {
            "log_id": log.id,
            "kind": log.kind,
            "action": log.action,
            "asset_id": log.asset_id,
            "task_id": log.task_id,
            "user_id": log.user_id,
            "user_name": users.get(log.user_id) if log.user_id else None,
            "notes": log.notes,
            "cost": money(log.cost),
            "performed_at": iso(log.performed_at),
        }
    )


def file_path(entry_id: str, kind: str, record_id: str) -> str:
    """Return the authenticated URL path of a stored file (sign it to use it)."""
    return f"/api/haven/files/{entry_id}/{kind}/{record_id}"


def inbox_dict(entry_id: str, item: InboxItem, users: UserNames) -> dict[str, Any]:
    """Return a capture with what was understood about it."""
    analysis = compact(dict(item.analysis or {}))
    return compact(
        {
            "inbox_item_id": item.id,
            "summary": summary(item),
            "status": item.status,
            "asset_id": item.asset_id,
            "user_id": item.user_id,
            "user_name": users.get(item.user_id) if item.user_id else None,
            "text": item.text,
            "transcription": item.transcription,
            "analysis": analysis or None,
            "error": item.error,
            "mime_type": item.mime_type,
            "file_path": file_path(entry_id, "capture", item.id)
            if item.storage_key
            else None,
            "outcome": item.outcome,
            "created_at": iso(item.created_at),
            "processed_at": iso(item.processed_at),
        }
    )


def document_dict(entry_id: str, document: Document) -> dict[str, Any]:
    """Return a document (a manual, a receipt)."""
    return compact(
        {
            "document_id": document.id,
            "asset_id": document.asset_id,
            "name": document.name,
            "mime_type": document.mime_type,
            "size": document.size,
            "file_path": file_path(entry_id, "document", document.id),
            "created_at": iso(document.created_at),
        }
    )


class PropertySerializer:
    """Turns one property's view and changes into websocket messages."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        view: PropertyView,
        costs: PropertyCosts,
        device_ids: Callable[[], Mapping[str, str]],
    ) -> None:
        """Bind to a loaded property."""
        self.hass = hass
        self.entry_id = entry_id
        self.view = view
        self.costs = costs
        self._device_ids = device_ids

    def meter_state(self, entity_id: str) -> tuple[float | None, str | None]:
        """Return a meter sensor's numeric value and unit, if it has them."""
        if (state := self.hass.states.get(entity_id)) is None:
            return None, None
        try:
            value: float | None = float(state.state)
        except ValueError:
            value = None
        return value, state.attributes.get("unit_of_measurement")

    def summary(self) -> dict[str, Any]:
        """Return the property's own fields and house-wide figures."""
        view = self.view
        return compact(
            {
                "config_entry_id": self.entry_id,
                "property_id": view.property_id,
                "name": view.property.name,
                "address": view.property.address,
                "currency": self.hass.config.currency,
                "health": view.health,
                "counts": {status: view.count(status) for status in STATUSES},
                "spent_this_year": money(self.costs.spent_this_year),
                "budget": money(self.costs.budget),
                "paused": view.property.paused_at is not None or None,
                "paused_until": iso(view.property.paused_until),
            }
        )

    def snapshot(self, recent_logs: list[Log], users: UserNames) -> dict[str, Any]:
        """Return everything the panel shows of the property."""
        view = self.view
        devices = self._device_ids()
        return self.summary() | {
            "zones": [zone_dict(z) for z in view.zones.values()],
            "assets": [
                asset_dict(view, a, devices.get(a.id)) for a in view.assets.values()
            ],
            "tasks": [
                task_dict(view, t, self.meter_state) for t in view.ordered_tasks()
            ],
            "supplies": [supply_dict(s) for s in view.supplies.values()],
            "inbox": [
                inbox_dict(self.entry_id, item, users) for item in view.inbox.values()
            ],
            "recent_logs": [log_dict(log, users) for log in recent_logs],
        }

    def change(self, change: Change, users: UserNames) -> dict[str, Any]:
        """Return what a write (or time) changed, as the records that replace others."""
        view = self.view
        devices = self._device_ids() if change.assets or change.tasks else {}
        # An asset's "overdue" follows its tasks' statuses.
        asset_ids = {a.id for a in change.assets} | {
            t.asset_id for t in change.tasks if t.asset_id
        }
        message: dict[str, Any] = {
            "kind": "changed",
            "config_entry_id": self.entry_id,
            "property": self.summary(),
            "zones": [zone_dict(z) for z in change.zones],
            "assets": [
                asset_dict(view, asset, devices.get(asset.id))
                for asset_id in sorted(asset_ids)
                if (asset := view.assets.get(asset_id)) is not None
            ],
            "tasks": [
                task_dict(view, view.tasks[t.id], self.meter_state)
                for t in change.tasks
                if t.id in view.tasks
            ],
            "supplies": [supply_dict(s) for s in change.supplies],
            "inbox": [
                inbox_dict(self.entry_id, item, users)
                for item in change.inbox
                if item.id in view.inbox
            ],
            "logs": [log_dict(log, users) for log in change.logs],
        }
        removed = {kind: ids for kind, ids in change.removed.items() if ids}
        filed = [item.id for item in change.inbox if item.id not in view.inbox]
        if filed:
            removed["inbox"] = [*removed.get("inbox", []), *filed]
        if removed:
            message["removed"] = removed
        return compact(message)
