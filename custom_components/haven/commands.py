"""Every change to one property's records: validate → one transaction → view → event.

Actions, to-do lists, UI flows, buttons, phone answers, meters and the inbox all change
records through these commands and nothing else. Each command validates everything
first (a refused call changes nothing), builds the write's operations, runs them in one
transaction through the repository and hands the returned ``Change`` to the view, which
tells the entities, the clock and every other listener. Commands that create records
answer with them; events that automations rely on fire after the write.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, tzinfo
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.util import dt as dt_util

from .assignees import async_assignment_columns, rotated
from .const import (
    ATTR_ACTION,
    ATTR_AREA_ID,
    ATTR_NAME,
    ATTR_PERFORMED_AT,
    ATTR_TASK_ID,
    ATTR_TEMPLATE,
    ATTR_UNTIL,
    ATTR_ZONE,
    DEFAULT_LEAD_DAYS,
    EVENT_TASK_COMPLETED,
    EVENT_TASK_SKIPPED,
    EVENT_TASK_SNOOZED,
    LOG_COMPLETED,
    LOG_MANUAL,
    LOG_SKIPPED,
)
from .devices import PropertyDevices
from .errors import invalid
from .events import task_event
from .meters import meter_value
from .permissions import Access, async_require
from .schedules import done_changes, skip_changes, task_columns
from .store import models
from .store.records import Asset, Supply, Task
from .store.repository import Repository
from .store.writes import (
    Change,
    Operation,
    add,
    add_all,
    change_row,
    remove_asset,
    remove_task,
    use_supplies,
)
from .templates import async_get_templates, template_rows
from .validation import (
    asset_columns,
    clean_name,
    log_values,
    parse_moment,
    supply_columns,
)
from .view import PropertyView, iso

# A completion may be stamped a little ahead (clocks of phones differ), not more.
FUTURE_SLACK = timedelta(minutes=5)


class PropertyCommands:
    """Validated writes to one property."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        repository: Repository,
        view: PropertyView,
        devices: PropertyDevices,
    ) -> None:
        """Bind to a loaded property."""
        self.hass = hass
        self.entry_id = entry_id
        self.repository = repository
        self.view = view
        self.devices = devices

    # The one way a write reaches the view

    async def async_write(
        self, *operations: Operation, tz: tzinfo | None = None
    ) -> Change:
        """Run operations in one transaction, then let the view take the change in.

        With tz, the view moves to that time zone with the change (timezone.py).
        """
        change = await self.repository.async_write(*operations)
        change.tz = tz
        self.view.async_apply(change, dt_util.utcnow())
        return change

    # Lookups that refuse

    def get_asset(self, asset_id: str) -> Asset:
        """Return an asset of this property or refuse."""
        if (asset := self.view.assets.get(asset_id)) is None:
            raise invalid("unknown_asset", asset_id=asset_id)
        return asset

    def get_task(self, task_id: str) -> Task:
        """Return a task of this property or refuse."""
        if (task := self.view.tasks.get(task_id)) is None:
            raise invalid("unknown_task", task_id=task_id)
        return task

    def get_supply(self, supply_id: str) -> Supply:
        """Return a supply of this property or refuse."""
        if (supply := self.view.supplies.get(supply_id)) is None:
            raise invalid("unknown_supply", supply_id=supply_id)
        return supply

    def meter_value(self, entity_id: str) -> float:
        """Return a meter sensor's numeric reading or refuse."""
        return meter_value(self.hass, entity_id)

    # Property

    async def async_update_property(self, name: str, address: str | None) -> None:
        """Rename the property or change its address (from the config entry)."""
        prop = self.view.property
        if (prop.name, prop.address) != (name, address):
            columns = {"name": name, "address": address}
            await self.async_write(change_row(models.Property, prop.id, columns))
        self.devices.async_property_device()

    # Assets

    def _zone(
        self, fields: Mapping[str, Any]
    ) -> tuple[str | None, str | None, list[Operation]]:
        """Return the zone and area the fields name, and the operation adding a new zone."""
        area = self.devices.async_resolve_area(fields)
        if area is None:
            return None, None, []
        if zone := self.view.zone_for_area(area.id):
            return zone.id, area.id, []
        zone_id = models.new_id()
        values = {
            "id": zone_id,
            "property_id": self.view.property_id,
            "area_id": area.id,
            "name": area.name,
        }
        return zone_id, area.id, [add(models.Zone, values)]

    async def async_create_asset(
        self, fields: Mapping[str, Any]
    ) -> tuple[Asset, dr.DeviceEntry, list[Task]]:
        """Create an asset (a device in its zone's area), with a template's tasks."""
        columns = asset_columns({ATTR_NAME: fields.get(ATTR_NAME), **fields})
        template = None
        if template_id := fields.get(ATTR_TEMPLATE):
            template = (await async_get_templates(self.hass)).get(template_id)
            if template is None:
                raise invalid("unknown_template", template=template_id)
            if columns.get("expected_life_years") is None:
                columns["expected_life_years"] = template.expected_life_years
        zone_id, area_id, operations = self._zone(fields)
        asset_id = models.new_id()
        tasks, supplies = (
            template_rows(template, self.view.property_id, asset_id, self.view.tz)
            if template
            else ([], [])
        )
        values = {
            **columns,
            "id": asset_id,
            "property_id": self.view.property_id,
            "zone_id": zone_id,
            "template_id": template.id if template else None,
        }
        # The asset's device first: its entities take their names from it.
        draft = models.Asset(**values)  # the row about to be written
        device = self.devices.async_asset_device(draft, area_id=area_id)
        try:
            change = await self.async_write(
                *operations,
                add(models.Asset, values),
                add_all(models.Task, tasks),
                add_all(models.Supply, supplies),
            )
        except BaseException:
            self.devices.async_remove(asset_id)
            raise
        return change.assets[0], device, change.tasks

    async def async_update_asset(
        self, asset_id: str, fields: Mapping[str, Any]
    ) -> Asset:
        """Change the given fields of an asset; absent fields stay as they are."""
        self.get_asset(asset_id)
        columns = asset_columns(fields)
        operations: list[Operation] = []
        if ATTR_AREA_ID in fields or ATTR_ZONE in fields:
            columns["zone_id"], _, operations = self._zone(fields)
        operations.append(change_row(models.Asset, asset_id, columns))
        asset = (await self.async_write(*operations)).assets[0]
        self.devices.async_asset_device(asset)
        return asset

    async def async_move_asset(self, asset_id: str, area_id: str | None) -> None:
        """Follow a user who moved an asset's device to another area."""
        if asset_id in self.view.assets:
            await self.async_update_asset(asset_id, {ATTR_AREA_ID: area_id})

    async def async_remove_asset(
        self, asset_id: str, *, user_id: str | None, remove_device: bool = True
    ) -> None:
        """Remove an asset with its tasks, supplies, logs and documents (admins only).

        user_id is who asked (None: an automation or an administrator-only page).
        """
        await async_require(self.hass, user_id, Access.REMOVE, "remove_asset")
        self.get_asset(asset_id)
        await self.async_write(remove_asset(asset_id))
        if remove_device:
            self.devices.async_remove(asset_id)

    # Tasks

    async def async_task_operations(
        self, fields: Mapping[str, Any], asset_id: str | None
    ) -> tuple[str, Operation]:
        """Validate a new task; return its id and the operation that adds it."""
        if asset_id is not None:
            self.get_asset(asset_id)
        columns = await self._task_columns(fields, None)
        task_id = models.new_id()
        values = {
            "lead_days": DEFAULT_LEAD_DAYS,
            **columns,
            "id": task_id,
            "property_id": self.view.property_id,
            "asset_id": asset_id,
        }
        return task_id, add(models.Task, values)

    async def _task_columns(
        self, fields: Mapping[str, Any], task: Task | None
    ) -> dict[str, Any]:
        columns = task_columns(
            fields,
            task,
            tz=self.view.tz,
            now=dt_util.utcnow(),
            meter_value=self.meter_value,
        )
        return columns | await async_assignment_columns(self.hass, fields)

    async def async_create_task(
        self, fields: Mapping[str, Any], asset_id: str | None
    ) -> Task:
        """Create a task on an asset, or house-wide without one."""
        _, operation = await self.async_task_operations(fields, asset_id)
        return (await self.async_write(operation)).tasks[0]

    async def async_update_task(self, task_id: str, fields: Mapping[str, Any]) -> Task:
        """Change the given fields of a task; absent fields stay as they are."""
        columns = await self._task_columns(fields, self.get_task(task_id))
        change = await self.async_write(change_row(models.Task, task_id, columns))
        return change.tasks[0]

    async def async_remove_task(self, task_id: str, *, user_id: str | None) -> None:
        """Remove a task; its history stays on the asset (admins only)."""
        await async_require(self.hass, user_id, Access.REMOVE, "remove_task")
        self.get_task(task_id)
        await self.async_write(remove_task(task_id))

    def _done_at(self, performed_at: Any) -> datetime:
        """Return when work was done (now by default); refuse the future."""
        now = dt_util.utcnow()
        done_at = parse_moment(performed_at, ATTR_PERFORMED_AT) or now
        if done_at > now + FUTURE_SLACK:
            raise invalid("performed_in_future", performed_at=done_at.isoformat())
        return done_at

    async def async_complete_task(
        self,
        task_id: str,
        *,
        performed_at: Any = None,
        notes: Any = None,
        cost: Any = None,
        user_id: str | None = None,
    ) -> tuple[models.Log, Task]:
        """Record that a task was done; schedule the next time; use its supplies.

        A completion back-dated before the last one only adds to the history.
        """
        task = self.get_task(task_id)
        done_at = self._done_at(performed_at)
        log = log_values(
            self.view.property_id,
            task.asset_id,
            task.name,
            notes=notes,
            cost=cost,
            performed_at=done_at,
            user_id=user_id,
        ) | {"task_id": task.id, "kind": LOG_COMPLETED}
        changes = done_changes(task, done_at, self.view.tz, self.meter_value)
        if changes:
            changes |= rotated(task)  # the next occurrence is the next person's
        used = [s.id for s in self.view.task_supplies(task.id) if s.quantity]
        change = await self.async_write(
            change_row(models.Task, task.id, changes),
            add(models.Log, log),
            use_supplies(used),
        )
        task, written = change.tasks[0], change.logs[0]
        self._fire(
            EVENT_TASK_COMPLETED,
            task,
            user_id,
            written.id,
            performed_at=iso(done_at),
            cost=None if written.cost is None else float(written.cost),
        )
        return written, task

    async def async_snooze_task(
        self,
        task_id: str,
        *,
        until: Any = None,
        duration: timedelta | None = None,
        user_id: str | None = None,
    ) -> Task:
        """Move a task's due moment later without pretending it was done."""
        self.get_task(task_id)
        now = dt_util.utcnow()
        moment = parse_moment(until, ATTR_UNTIL)
        if moment is None:
            if duration is None:
                raise invalid("snooze_needs_time")
            moment = now + duration
        if moment <= now:
            raise invalid("snooze_in_past", until=moment.isoformat())
        changes = {"next_due_at": moment, "snoozed_until": moment}
        change = await self.async_write(change_row(models.Task, task_id, changes))
        task = change.tasks[0]
        self._fire(EVENT_TASK_SNOOZED, task, user_id)
        return task

    async def async_skip_task(self, task_id: str, user_id: str | None = None) -> Task:
        """Move to the next occurrence and record the skip."""
        task = self.get_task(task_id)
        now = dt_util.utcnow()
        changes = skip_changes(task, now, self.view.tz, self.meter_value)
        log = log_values(
            self.view.property_id,
            task.asset_id,
            task.name,
            notes=None,
            cost=None,
            performed_at=now,
            user_id=user_id,
        ) | {"task_id": task.id, "kind": LOG_SKIPPED}
        change = await self.async_write(
            change_row(models.Task, task.id, changes), add(models.Log, log)
        )
        task = change.tasks[0]
        self._fire(EVENT_TASK_SKIPPED, task, user_id, change.logs[0].id)
        return task

    def _fire(
        self, event: str, task: Task, user_id: str | None, *args: Any, **kw: Any
    ) -> None:
        """Tell automations (and the logbook) what happened to a task."""
        data = task_event(self.entry_id, self.devices, task, user_id, *args, **kw)
        self.hass.bus.async_fire(event, data)

    async def async_meter_reading(
        self, task_id: str, changes: Mapping[str, Any]
    ) -> None:
        """Store what a meter reading changed on a task (see meters.py)."""
        if task_id in self.view.tasks:
            await self.async_write(change_row(models.Task, task_id, changes))

    # Logs

    def log_operation(
        self,
        asset_id: str,
        *,
        action: Any,
        performed_at: Any = None,
        notes: Any = None,
        cost: Any = None,
        user_id: str | None = None,
    ) -> Operation:
        """Validate a one-off piece of work on an asset; return the operation."""
        self.get_asset(asset_id)
        values = log_values(
            self.view.property_id,
            asset_id,
            clean_name(action, ATTR_ACTION),
            notes=notes,
            cost=cost,
            performed_at=self._done_at(performed_at),
            user_id=user_id,
        )
        return add(models.Log, values | {"kind": LOG_MANUAL})

    async def async_log_maintenance(self, asset_id: str, **fields: Any) -> models.Log:
        """Record a one-off piece of work on an asset."""
        operation = self.log_operation(asset_id, **fields)
        return (await self.async_write(operation)).logs[0]

    # Supplies

    def _supply_columns(
        self, fields: Mapping[str, Any], asset_id: str, creating: bool
    ) -> dict[str, Any]:
        columns = supply_columns(fields, creating)
        if task_id := fields.get(ATTR_TASK_ID):
            if self.get_task(task_id).asset_id != asset_id:
                raise invalid("task_not_on_asset", task_id=task_id)
            columns["task_id"] = task_id
        return columns

    async def async_add_supply(
        self, asset_id: str, fields: Mapping[str, Any]
    ) -> Supply:
        """Add a supply an asset consumes."""
        self.get_asset(asset_id)
        columns = self._supply_columns(fields, asset_id, creating=True)
        values = columns | {"property_id": self.view.property_id, "asset_id": asset_id}
        return (await self.async_write(add(models.Supply, values))).supplies[0]

    async def async_update_supply(
        self, supply_id: str, fields: Mapping[str, Any]
    ) -> Supply:
        """Change a supply's details or quantity on hand."""
        supply = self.get_supply(supply_id)
        columns = self._supply_columns(fields, supply.asset_id, creating=False)
        change = await self.async_write(change_row(models.Supply, supply_id, columns))
        return change.supplies[0]
