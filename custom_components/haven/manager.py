"""Changes to one property's records, shared by actions, UI flows and device removal.

Each operation validates everything first (a refused call changes nothing), writes
through the repository, keeps HA's registries in step (assets are devices in areas)
and hands the written rows to the in-memory view, which tells the entities.
"""

from __future__ import annotations

from collections.abc import Coroutine, Mapping
from contextlib import suppress
from datetime import datetime, timedelta
import logging
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.helpers.start import async_at_started
from homeassistant.util import dt as dt_util
from sqlalchemy.exc import SQLAlchemyError

from .const import (
    ATTR_ACTION,
    ATTR_ANCHOR,
    ATTR_AREA_ID,
    ATTR_ASSET_ID,
    ATTR_ASSIGNED_USER_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_CRON,
    ATTR_EVERY,
    ATTR_FIRST_DUE,
    ATTR_INSTALLED_ON,
    ATTR_LEAD_DAYS,
    ATTR_LOG_ID,
    ATTR_MANUFACTURER,
    ATTR_METER_ENTITY_ID,
    ATTR_METER_EVERY,
    ATTR_MODEL,
    ATTR_NAME,
    ATTR_NEXT_DUE_AT,
    ATTR_NOTES,
    ATTR_PART_NUMBER,
    ATTR_PERFORMED_AT,
    ATTR_PRIORITY,
    ATTR_PURCHASE_URL,
    ATTR_QUANTITY,
    ATTR_SERIAL_NUMBER,
    ATTR_TASK_ID,
    ATTR_TEMPLATE,
    ATTR_UNIT,
    ATTR_UNTIL,
    ATTR_USER_ID,
    ATTR_ZONE,
    DEFAULT_LEAD_DAYS,
    DOMAIN,
    EVENT_TASK_COMPLETED,
    FILES_FOLDER,
    LOG_COMPLETED,
    LOG_MANUAL,
    LOG_SKIPPED,
)
from .errors import (
    clean_name,
    clean_notes,
    clean_optional,
    invalid,
    parse_cost,
    parse_date,
    parse_int,
    parse_moment,
)
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
    meter_reached,
    next_due,
    next_occurrence,
    start_of_day,
    validate_cron,
)
from .reminders import ACTION_DONE, ACTION_SNOOZE, Reminders, ReminderSettings
from .scheduler import HavenScheduler
from .store.export import write_export
from .store.models import Asset, Log, Supply, Task, Zone, new_id
from .templates import AssetTemplate, async_get_templates
from .view import iso

_LOGGER = logging.getLogger(__name__)
# How long after the last write the export is saved.
EXPORT_DELAY = timedelta(minutes=1)
EVENT_NOTIFICATION_ACTION = "mobile_app_notification_action"

if TYPE_CHECKING:
    from .store.repository import Repository
    from .view import PropertyView

# Asset fields that map one to one onto optional text columns.
_OPTIONAL_TEXT = (ATTR_MANUFACTURER, ATTR_MODEL, ATTR_SERIAL_NUMBER)


class PropertyManager:
    """Validated writes to one property, keeping the registries and the view in step."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        repository: Repository,
        view: PropertyView,
    ) -> None:
        """Bind to a loaded property."""
        self.hass = hass
        self.entry_id = entry_id
        self.repository = repository
        self.view = view
        self._scheduler = HavenScheduler.async_get(hass)
        self._export_at: datetime | None = None
        self.reminders: Reminders
        self._unsub_meters: CALLBACK_TYPE | None = None
        self._meters: frozenset[str] = frozenset()

    # Devices

    def async_property_device(self) -> dr.DeviceEntry:
        """Create or refresh the property's service device."""
        prop = self.view.property
        return dr.async_get(self.hass).async_get_or_create(
            config_entry_id=self.entry_id,
            identifiers={(DOMAIN, prop.id)},
            name=prop.name,
            manufacturer="Haven",
            model="Property",
            entry_type=dr.DeviceEntryType.SERVICE,
        )

    def _async_asset_device(
        self, asset: Asset, parent: dr.DeviceEntry | None = None
    ) -> dr.DeviceEntry:
        """Create or refresh an asset's device, under the property, in its area."""
        registry = dr.async_get(self.hass)
        device = registry.async_get_or_create(
            config_entry_id=self.entry_id,
            identifiers={(DOMAIN, asset.id)},
            name=asset.name,
            manufacturer=asset.manufacturer,
            model=asset.model,
            serial_number=asset.serial_number,
        )
        parent = parent or self.async_property_device()
        zone = self.view.zones.get(asset.zone_id) if asset.zone_id else None
        area_id = zone.area_id if zone else None
        if (device.area_id, device.via_device_id) != (area_id, parent.id):
            device = (
                registry.async_update_device(
                    device.id, area_id=area_id, via_device_id=parent.id
                )
                or device
            )
        return device

    def async_sync_devices(self) -> None:
        """Make the device registry match the records (at setup, e.g. after a restore).

        Devices of assets that no longer exist are removed with their entities.
        """
        registry = dr.async_get(self.hass)
        parent = self.async_property_device()
        keep = {parent.id}
        keep.update(
            self._async_asset_device(a, parent).id for a in self.view.assets.values()
        )
        for device in dr.async_entries_for_config_entry(registry, self.entry_id):
            if device.id not in keep:
                registry.async_remove_device(device.id)

    def asset_device_id(self, asset_id: str) -> str | None:
        """Return the HA device id of an asset."""
        device = find_device(self.hass, self.entry_id, asset_id)
        return device.id if device else None

    # Zones

    async def _async_zone(self, fields: Mapping[str, Any]) -> Zone | None:
        """Return the zone the fields ask for, None when they name none.

        An area id must exist; an area name that does not exist yet becomes a new area.
        """
        area_id = fields.get(ATTR_AREA_ID)
        zone_name = fields.get(ATTR_ZONE)
        if area_id and zone_name:
            raise invalid("area_and_zone")
        areas = ar.async_get(self.hass)
        if area_id:
            area = areas.async_get_area(area_id)
            if area is None:
                raise invalid("unknown_area", area_id=area_id)
        elif zone_name:
            area = areas.async_get_or_create(clean_name(zone_name, ATTR_ZONE))
        else:
            return None
        if zone := self.view.zone_for_area(area.id):
            return zone
        zone = await self.repository.async_add_zone(
            self.view.property_id, area.id, area.name
        )
        self.view.async_put_zone(zone)
        return zone

    # Assets

    def get_asset(self, asset_id: str) -> Asset:
        """Return an asset of this property or refuse."""
        if (asset := self.view.assets.get(asset_id)) is None:
            raise invalid("unknown_asset", asset_id=asset_id)
        return asset

    @staticmethod
    def _asset_columns(fields: Mapping[str, Any]) -> dict[str, Any]:
        """Validate the asset fields present and return their column values."""
        columns: dict[str, Any] = {}
        if ATTR_NAME in fields:
            columns["name"] = clean_name(fields[ATTR_NAME])
        for field in _OPTIONAL_TEXT:
            if field in fields:
                columns[field] = clean_optional(fields[field], field)
        if ATTR_INSTALLED_ON in fields:
            columns["installed_on"] = parse_date(
                fields[ATTR_INSTALLED_ON], ATTR_INSTALLED_ON
            )
        if ATTR_NOTES in fields:
            columns["notes"] = clean_notes(fields[ATTR_NOTES])
        return columns

    async def async_create_asset(
        self, fields: Mapping[str, Any]
    ) -> tuple[Asset, dr.DeviceEntry, list[Task]]:
        """Create an asset (a device in its zone's area), with a template's tasks."""
        columns = self._asset_columns({ATTR_NAME: fields.get(ATTR_NAME), **fields})
        template = None
        if template_id := fields.get(ATTR_TEMPLATE):
            template = (await async_get_templates(self.hass)).get(template_id)
            if template is None:
                raise invalid("unknown_template", template=template_id)
        zone = await self._async_zone(fields)
        asset_id = new_id()
        tasks, supplies = self._template_rows(template, asset_id)
        asset, task_rows, supply_rows = await self.repository.async_add_asset(
            {
                **columns,
                "id": asset_id,
                "property_id": self.view.property_id,
                "zone_id": zone.id if zone else None,
                "template_id": template.id if template else None,
            },
            tasks,
            supplies,
        )
        # The device first: the entities added for the asset take their names from it.
        device = self._async_asset_device(asset)
        self.view.async_put_asset(asset)
        self._async_tasks_written(task_rows, supply_rows)
        return asset, device, task_rows

    def _template_rows(
        self, template: AssetTemplate | None, asset_id: str
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Return the task and supply rows a template gives a new asset."""
        if template is None:
            return [], []
        now = self._now()
        owner = {"property_id": self.view.property_id, "asset_id": asset_id}
        task_ids = {task.key: new_id() for task in template.tasks}
        tasks = [
            {
                **owner,
                "id": task_ids[task.key],
                "name": task.name,
                "notes": task.notes,
                "priority": task.priority,
                "lead_days": task.lead_days,
                "schedule_kind": KIND_INTERVAL,
                "interval_every": task.every,
                "interval_unit": task.unit,
                "next_due_at": next_due(
                    Schedule(KIND_INTERVAL, task.every, task.unit),
                    completed_at=now,
                    previous_due=None,
                    tz=self.view.tz,
                ),
            }
            for task in template.tasks
        ]
        supplies = [
            {
                **owner,
                "task_id": task_ids.get(supply.task) if supply.task else None,
                "name": supply.name,
                "part_number": supply.part_number,
                "purchase_url": supply.purchase_url,
                "quantity": supply.quantity,
            }
            for supply in template.supplies
        ]
        return tasks, supplies

    async def async_update_asset(
        self, asset_id: str, fields: Mapping[str, Any]
    ) -> Asset:
        """Change the given fields of an asset; absent fields stay as they are."""
        self.get_asset(asset_id)
        columns = self._asset_columns(fields)
        zone = await self._async_zone(fields)
        if ATTR_AREA_ID in fields or ATTR_ZONE in fields:
            columns["zone_id"] = zone.id if zone else None
        asset = await self.repository.async_update_asset(asset_id, columns)
        self.view.async_put_asset(asset)
        self._async_asset_device(asset)
        return asset

    async def async_remove_asset(
        self, asset_id: str, remove_device: bool = True
    ) -> None:
        """Remove an asset with its tasks, supplies, logs and documents."""
        self.get_asset(asset_id)
        device_id = self.asset_device_id(asset_id)
        gone = [task.id for task in self.view.asset_tasks(asset_id)]
        await self.repository.async_delete_asset(asset_id)
        self.view.async_drop_asset(asset_id)
        self.reminders.async_tasks_changed(gone)
        self._scheduler.async_rearm()
        if remove_device and device_id:
            dr.async_get(self.hass).async_remove_device(device_id)

    # Property

    async def async_update_property(self, name: str, address: str | None) -> None:
        """Rename the property or change its address."""
        prop = self.view.property
        if (prop.name, prop.address) == (name, address):
            return
        prop = await self.repository.async_update_property(
            prop.id, {"name": name, "address": address}
        )
        self.view.async_set_property(prop)
        self.async_property_device()

    # Time

    def _now(self) -> datetime:
        return dt_util.utcnow()

    @callback
    def async_start_clock(
        self, settings: ReminderSettings, sent: list[tuple[str, datetime, str]]
    ) -> CALLBACK_TYPE:
        """Join the scheduler, follow meter sensors and answer phone notifications."""
        self.reminders = Reminders(self, settings, sent)
        self._async_track_meters()
        leave = self._scheduler.async_add(self)
        unsub_actions = self.hass.bus.async_listen(
            EVENT_NOTIFICATION_ACTION, self._async_notification_action
        )

        @callback
        def _started(_hass: HomeAssistant) -> None:
            self.reminders.async_check_targets()

        unsub_started = async_at_started(self.hass, _started)
        unsub_writes = self.repository.async_listen_writes(self._async_written)
        # The database must hold the last writes' export before HA is gone.
        unsub_final = self.hass.bus.async_listen(
            EVENT_HOMEASSISTANT_STOP, self.async_flush_export
        )

        @callback
        def _stop() -> None:
            leave()
            unsub_actions()
            unsub_started()
            unsub_writes()
            unsub_final()
            if self._unsub_meters:
                self._unsub_meters()
                self._unsub_meters = None

        return _stop

    def next_moment(self, now: datetime) -> datetime | None:
        """Return when this property next needs the scheduler."""
        moments = (
            self.view.next_status_change(now),
            self.reminders.next_moment(),
            self._export_at,
        )
        return min((m for m in moments if m is not None), default=None)

    @callback
    def async_on_time(self, now: datetime) -> None:
        """Move statuses along, send the reminders that have come, save the export."""
        self.view.async_refresh_statuses(now)
        self.reminders.async_on_time(now)
        if self._export_at is not None and self._export_at <= now:
            self.hass.async_create_task(self.async_flush_export(), eager_start=True)

    # Export (the safety copy beside the database)

    @property
    def export_path(self) -> Path:
        """Return where this property's export is kept."""
        return export_path(self.hass, self.entry_id)

    @callback
    def _async_written(self) -> None:
        """Save the export a little after the writes stop, not after each one."""
        if self._export_at is None:
            self._export_at = self._now() + EXPORT_DELAY
            self._scheduler.async_rearm()

    async def async_flush_export(self, _event: Event | None = None) -> None:
        """Save the export now if writes are waiting for it (never fails loudly)."""
        if self._export_at is None:
            return
        try:
            await self.async_export()
        except (OSError, RuntimeError, SQLAlchemyError) as err:
            # The export is a safety copy: failing to refresh it must not stop an
            # unload or a shutdown. The next write or start-up tries again.
            _LOGGER.warning(
                "Could not save Haven's export %s: %s", self.export_path, err
            )

    async def async_export(self) -> dict[str, int]:
        """Write the export now; return how many rows of each table it holds."""
        self._export_at = None
        export = await self.repository.async_export(self.view.property_id)
        await self.hass.async_add_executor_job(write_export, self.export_path, export)
        return {table: len(rows) for table, rows in export["tables"].items()}

    @callback
    def _async_notification_action(self, event: Event) -> None:
        """Answer "Done" or "Snooze 1 day" pressed on a phone notification."""
        action = str(event.data.get("action", ""))
        for prefix in (ACTION_DONE, ACTION_SNOOZE):
            task_id = action.removeprefix(prefix)
            if action.startswith(prefix) and task_id in self.view.tasks:
                break
        else:
            return
        user_id = event.context.user_id
        job: Coroutine[Any, Any, Any]
        if prefix == ACTION_DONE:
            job = self.async_complete_task(task_id, user_id=user_id)
        else:
            job = self.async_snooze_task(task_id, duration=timedelta(days=1))
        self.hass.async_create_task(
            _async_logged(job, action), "haven notification action", eager_start=True
        )

    @callback
    def _async_track_meters(self) -> None:
        """Listen to the meter sensors that tasks use (one listener for all)."""
        meters = frozenset(
            t.meter_entity_id for t in self.view.tasks.values() if t.meter_entity_id
        )
        if meters == self._meters:
            return
        if self._unsub_meters:
            self._unsub_meters()
            self._unsub_meters = None
        self._meters = meters
        if meters:

            @callback
            def _changed(event: Event[EventStateChangedData]) -> None:
                if (state := event.data["new_state"]) is not None:
                    self.async_meter_changed(state.entity_id, state.state)

            self._unsub_meters = async_track_state_change_event(
                self.hass, meters, _changed
            )

    @callback
    def _async_tasks_written(
        self, tasks: list[Task], supplies: list[Supply] | None = None
    ) -> None:
        self.view.async_put(self._now(), tasks, supplies or ())
        self.reminders.async_tasks_changed([task.id for task in tasks])
        self._scheduler.async_rearm()
        self._async_track_meters()

    # Tasks

    def get_task(self, task_id: str) -> Task:
        """Return a task of this property or refuse."""
        if (task := self.view.tasks.get(task_id)) is None:
            raise invalid("unknown_task", task_id=task_id)
        return task

    def _meter_value(self, entity_id: str) -> float:
        """Return a meter sensor's numeric reading or refuse."""
        if (state := self.hass.states.get(entity_id)) is None:
            raise invalid("invalid_meter", entity_id=entity_id, state="missing")
        try:
            value = float(state.state)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise invalid("invalid_meter", entity_id=entity_id, state=state.state)
        return value

    def _schedule_columns(
        self, fields: Mapping[str, Any], task: Task | None
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
                "interval_every": parse_int(merged[ATTR_EVERY], ATTR_EVERY, 1, 1000),
                "interval_unit": unit,
                "anchor": anchor,
            }
        if cron := merged.get(ATTR_CRON):
            try:
                validate_cron(str(cron))
            except ValueError as err:
                raise invalid("invalid_cron", cron=cron, error=err) from None
            columns |= {"schedule_kind": KIND_CRON, "cron_schedule": str(cron)}
        if meter := merged.get(ATTR_METER_ENTITY_ID):
            value = self._meter_value(meter)
            try:
                every = float(merged.get(ATTR_METER_EVERY) or 0)
            except (TypeError, ValueError):
                every = 0
            if not every > 0:
                raise invalid("invalid_meter_every", value=merged.get(ATTR_METER_EVERY))
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
            if columns["anchor"] == ANCHOR_FIXED:
                raise invalid("invalid_anchor", anchor=ANCHOR_FIXED)
        return columns

    async def _task_columns(
        self, fields: Mapping[str, Any], task: Task | None
    ) -> dict[str, Any]:
        """Validate the task fields present and return their column values."""
        columns: dict[str, Any] = {}
        if ATTR_NAME in fields or task is None:
            columns["name"] = clean_name(fields.get(ATTR_NAME))
        if ATTR_NOTES in fields:
            columns["notes"] = clean_notes(fields[ATTR_NOTES])
        if fields.get(ATTR_LEAD_DAYS) is not None:
            columns["lead_days"] = parse_int(
                fields[ATTR_LEAD_DAYS], ATTR_LEAD_DAYS, 0, 365
            )
        if fields.get(ATTR_PRIORITY) is not None:
            columns["priority"] = parse_int(fields[ATTR_PRIORITY], ATTR_PRIORITY, 0, 3)
        if ATTR_ASSIGNED_USER_ID in fields:
            user_id = fields[ATTR_ASSIGNED_USER_ID] or None
            if user_id and await self.hass.auth.async_get_user(user_id) is None:
                raise invalid("unknown_user", user_id=user_id)
            columns["assigned_user_id"] = user_id
        columns |= self._schedule_columns(fields, task)
        first_due = parse_moment(fields.get(ATTR_FIRST_DUE), ATTR_FIRST_DUE)
        fixed = columns.get("anchor", task.anchor if task else None) == ANCHOR_FIXED
        tz = self.view.tz
        if (
            ATTR_FIRST_DUE in fields
            and first_due is None
            and (
                columns.get("schedule_kind")
                or (task.schedule_kind if task else KIND_ONCE)
            )
            == KIND_ONCE
        ):
            # Only a one-off task may lose its due date (a to-do item without a date).
            columns["next_due_at"] = None
        elif first_due is not None:
            columns |= {"next_due_at": first_due, "snoozed_until": None}
            if fixed:
                columns["anchor_at"] = start_of_day(local_day(first_due, tz), tz)
        elif task is None or "schedule_kind" in columns:
            if fixed:
                # A fixed schedule counts from its first due day (today by default).
                base = (task.next_due_at if task else None) or self._now()
                columns["anchor_at"] = start_of_day(local_day(base, tz), tz)
                columns["next_due_at"] = columns["anchor_at"]
            else:
                columns["next_due_at"] = self._first_due(
                    self._schedule({**_task_schedule_columns(task), **columns}),
                    task.last_completed_at if task else None,
                )
        return columns

    def _schedule(self, columns: Mapping[str, Any]) -> Schedule:
        anchor_at = columns.get("anchor_at")
        return Schedule(
            kind=columns.get("schedule_kind") or KIND_ONCE,
            every=columns.get("interval_every"),
            unit=columns.get("interval_unit"),
            anchor=columns.get("anchor") or ANCHOR_COMPLETION,
            anchor_on=local_day(anchor_at, self.view.tz) if anchor_at else None,
            cron=columns.get("cron_schedule"),
            meter_every=columns.get("meter_every"),
        )

    def task_schedule(self, task: Task) -> Schedule:
        """Return a task's schedule."""
        return self._schedule(_task_schedule_columns(task))

    def _first_due(
        self, schedule: Schedule, last_done: datetime | None
    ) -> datetime | None:
        """Return when a new (or newly scheduled) task is first due.

        Counting starts at the last completion, or now for a task never done.
        """
        if schedule.kind == KIND_ONCE:
            return None
        now = self._now()
        return next_due(
            schedule, completed_at=last_done or now, previous_due=None, tz=self.view.tz
        )

    async def async_create_task(
        self, fields: Mapping[str, Any], asset_id: str | None
    ) -> Task:
        """Create a task on an asset, or house-wide without one."""
        if asset_id is not None:
            self.get_asset(asset_id)
        columns = await self._task_columns(fields, None)
        task = await self.repository.async_add_task(
            {
                "lead_days": DEFAULT_LEAD_DAYS,
                **columns,
                "property_id": self.view.property_id,
                "asset_id": asset_id,
            }
        )
        self._async_tasks_written([task])
        return task

    async def async_update_task(self, task_id: str, fields: Mapping[str, Any]) -> Task:
        """Change the given fields of a task; absent fields stay as they are."""
        task = self.get_task(task_id)
        columns = await self._task_columns(fields, task)
        task = await self.repository.async_update_task(task_id, columns)
        self._async_tasks_written([task])
        return task

    async def async_remove_task(self, task_id: str) -> None:
        """Remove a task and its entities; its history stays on the asset."""
        self.get_task(task_id)
        await self.repository.async_delete_task(task_id)
        registry = er.async_get(self.hass)
        for platform, suffix in TASK_ENTITY_SUFFIXES:
            if entity_id := registry.async_get_entity_id(
                platform, DOMAIN, f"{task_id}_{suffix}"
            ):
                registry.async_remove(entity_id)
        self.view.async_drop_task(task_id)
        self.reminders.async_tasks_changed([task_id])
        self._scheduler.async_rearm()
        self._async_track_meters()

    async def async_complete_task(
        self,
        task_id: str,
        *,
        performed_at: Any = None,
        notes: Any = None,
        cost: Any = None,
        user_id: str | None = None,
    ) -> tuple[Log, Task]:
        """Record that a task was done; schedule the next time; use its supplies.

        A completion back-dated before the last one only adds to the history.
        """
        task = self.get_task(task_id)
        now = self._now()
        done_at = parse_moment(performed_at, ATTR_PERFORMED_AT) or now
        if done_at > now + timedelta(minutes=5):
            raise invalid("performed_in_future", performed_at=done_at.isoformat())
        log_values = self._log_values(
            task.asset_id, task.name, notes, cost, done_at, user_id
        ) | {"task_id": task.id, "kind": LOG_COMPLETED}
        changes: dict[str, Any] = {}
        if task.last_completed_at is None or done_at >= task.last_completed_at:
            schedule = self.task_schedule(task)
            changes = {
                "last_completed_at": done_at,
                "snoozed_until": None,
                "next_due_at": next_due(
                    schedule,
                    completed_at=done_at,
                    previous_due=task.next_due_at,
                    tz=self.view.tz,
                ),
            }
            if task.meter_entity_id:
                with suppress(ServiceValidationError):
                    value = self._meter_value(task.meter_entity_id)
                    changes |= {"meter_baseline": value, "meter_last_value": value}
        used = [s.id for s in self.view.task_supplies(task.id) if s.quantity]
        task, log, supplies = await self.repository.async_record_task_done(
            task.id, changes, log_values, used
        )
        assert log is not None
        self._async_tasks_written([task], supplies)
        self.reminders.async_task_done(task.id)
        self.hass.bus.async_fire(
            EVENT_TASK_COMPLETED,
            {
                ATTR_CONFIG_ENTRY_ID: self.entry_id,
                ATTR_ASSET_ID: task.asset_id,
                ATTR_TASK_ID: task.id,
                ATTR_LOG_ID: log.id,
                ATTR_USER_ID: user_id,
                ATTR_PERFORMED_AT: iso(done_at),
                ATTR_NEXT_DUE_AT: iso(task.next_due_at),
            },
        )
        return log, task

    async def async_snooze_task(
        self, task_id: str, *, until: Any = None, duration: timedelta | None = None
    ) -> Task:
        """Move a task's due moment later without pretending it was done."""
        task = self.get_task(task_id)
        now = self._now()
        moment = parse_moment(until, ATTR_UNTIL)
        if moment is None:
            if duration is None:
                raise invalid("snooze_needs_time")
            moment = now + duration
        if moment <= now:
            raise invalid("snooze_in_past", until=moment.isoformat())
        task = await self.repository.async_update_task(
            task.id, {"next_due_at": moment, "snoozed_until": moment}
        )
        self._async_tasks_written([task])
        return task

    async def async_skip_task(self, task_id: str, user_id: str | None = None) -> Task:
        """Move to the next occurrence and record the skip."""
        task = self.get_task(task_id)
        now = self._now()
        schedule = self.task_schedule(task)
        changes: dict[str, Any] = {"snoozed_until": None}
        if schedule.kind == KIND_METER:
            value = self._meter_value(task.meter_entity_id or "")
            changes |= {
                "meter_baseline": value,
                "meter_last_value": value,
                "next_due_at": next_due(
                    schedule, completed_at=now, previous_due=None, tz=self.view.tz
                ),
            }
        elif schedule.kind == KIND_ONCE:
            raise invalid("not_recurring", name=task.name)
        else:
            due = task.next_due_at or now
            changes["next_due_at"] = next_occurrence(schedule, due, self.view.tz)
        log_values = self._log_values(
            task.asset_id, task.name, None, None, now, user_id
        )
        task, _, _ = await self.repository.async_record_task_done(
            task.id, changes, log_values | {"task_id": task.id, "kind": LOG_SKIPPED}, []
        )
        self._async_tasks_written([task])
        return task

    @callback
    def async_meter_changed(self, entity_id: str, raw: str) -> None:
        """Follow a meter sensor: due once it ran its interval; resets keep progress."""
        try:
            value = float(raw)
        except ValueError:
            return  # unavailable or unknown: wait for the next reading
        for task in list(self.view.tasks.values()):
            if task.meter_entity_id == entity_id:
                self.hass.async_create_task(
                    self._async_meter_reading(task.id, value), eager_start=True
                )

    async def _async_meter_reading(self, task_id: str, value: float) -> None:
        task = self.view.tasks.get(task_id)
        if task is None or task.meter_every is None:
            return
        baseline = task.meter_baseline if task.meter_baseline is not None else value
        last = task.meter_last_value if task.meter_last_value is not None else baseline
        changes: dict[str, Any] = {"meter_last_value": value}
        if value < last:
            # The counter was reset (a new odometer, a replaced controller): keep the
            # progress made so far by moving the baseline below the new reading.
            baseline = value - (last - baseline)
            changes["meter_baseline"] = baseline
        now = self._now()
        if meter_reached(value, baseline, task.meter_every) and (
            task.next_due_at is None or task.next_due_at > now
        ):
            changes["next_due_at"] = now
        if len(changes) == 1 and abs(value - last) < task.meter_every / 100:
            # Only the reading moved, and not by much: a sensor that updates every
            # minute must not cost a database write every minute. Resets are still
            # seen against the reading last stored.
            return
        task = await self.repository.async_update_task(task_id, changes)
        self._async_tasks_written([task])

    # Logs

    def _log_values(
        self,
        asset_id: str | None,
        action: str,
        notes: Any,
        cost: Any,
        performed_at: datetime,
        user_id: str | None,
    ) -> dict[str, Any]:
        return {
            "property_id": self.view.property_id,
            "asset_id": asset_id,
            "action": action,
            "notes": clean_notes(notes),
            "cost": parse_cost(cost),
            "performed_at": performed_at,
            "user_id": user_id,
        }

    async def async_log_maintenance(
        self,
        asset_id: str,
        *,
        action: Any,
        performed_at: Any = None,
        notes: Any = None,
        cost: Any = None,
        user_id: str | None = None,
    ) -> Log:
        """Record a one-off piece of work on an asset."""
        self.get_asset(asset_id)
        now = self._now()
        done_at = parse_moment(performed_at, ATTR_PERFORMED_AT) or now
        if done_at > now + timedelta(minutes=5):
            raise invalid("performed_in_future", performed_at=done_at.isoformat())
        values = self._log_values(
            asset_id, clean_name(action, ATTR_ACTION), notes, cost, done_at, user_id
        )
        return await self.repository.async_add_log(values | {"kind": LOG_MANUAL})

    # Supplies

    def _supply_columns(
        self, fields: Mapping[str, Any], asset_id: str, creating: bool
    ) -> dict[str, Any]:
        columns: dict[str, Any] = {}
        if ATTR_NAME in fields or creating:
            columns["name"] = clean_name(fields.get(ATTR_NAME))
        if ATTR_PART_NUMBER in fields:
            columns["part_number"] = clean_optional(
                fields[ATTR_PART_NUMBER], ATTR_PART_NUMBER
            )
        if ATTR_PURCHASE_URL in fields:
            url = clean_optional(fields[ATTR_PURCHASE_URL], ATTR_PURCHASE_URL, 2000)
            if url and not url.startswith(("https://", "http://")):
                raise invalid("invalid_url", url=url)
            columns["purchase_url"] = url
        if ATTR_QUANTITY in fields:
            quantity = fields[ATTR_QUANTITY]
            columns["quantity"] = (
                None
                if quantity is None or quantity == ""
                else parse_int(quantity, ATTR_QUANTITY, 0, 100000)
            )
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
        supply = await self.repository.async_add_supply(
            columns | {"property_id": self.view.property_id, "asset_id": asset_id}
        )
        self.view.async_put(self._now(), supplies=[supply])
        return supply

    async def async_update_supply(
        self, supply_id: str, fields: Mapping[str, Any]
    ) -> Supply:
        """Change a supply's details or quantity on hand."""
        if (supply := self.view.supplies.get(supply_id)) is None:
            raise invalid("unknown_supply", supply_id=supply_id)
        columns = self._supply_columns(fields, supply.asset_id, creating=False)
        supply = await self.repository.async_update_supply(supply_id, columns)
        self.view.async_put(self._now(), supplies=[supply])
        return supply


async def _async_logged(job: Coroutine[Any, Any, Any], action: str) -> None:
    """Run what a phone asked for; a task removed meanwhile is only logged."""
    try:
        await job
    except HomeAssistantError as err:
        _LOGGER.warning("Could not do %s from a notification: %s", action, err)


def export_path(hass: HomeAssistant, entry_id: str) -> Path:
    """Return where a property's export is kept (by config entry: it survives resets)."""
    return Path(hass.config.path(FILES_FOLDER, "exports", f"{entry_id}.json"))


def find_device(
    hass: HomeAssistant, entry_id: str, record_id: str
) -> dr.DeviceEntry | None:
    """Return the device of a property or an asset.

    Looked up among the entry's devices: a lookup by identifiers alone changed API
    between the HA releases Haven supports.
    """
    return next(
        (
            device
            for device in dr.async_entries_for_config_entry(
                dr.async_get(hass), entry_id
            )
            if (DOMAIN, record_id) in device.identifiers
        ),
        None,
    )


# The fields that together make a task's schedule (actions, forms).
SCHEDULE_FIELDS = (
    ATTR_EVERY,
    ATTR_UNIT,
    ATTR_ANCHOR,
    ATTR_CRON,
    ATTR_METER_ENTITY_ID,
    ATTR_METER_EVERY,
)

# Entities made per task: (platform, unique id suffix).
TASK_ENTITY_SUFFIXES = (("sensor", "next_due"), ("button", "done"))


def _task_schedule_columns(task: Task | None) -> dict[str, Any]:
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
