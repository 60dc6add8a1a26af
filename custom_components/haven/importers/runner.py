"""haven.import_from: another integration's records into a property, in one write.

The source's files under ``<config>/.storage/`` are only read (never written, never
locked), then turned into a plan (``maintenance_supporter.py``, ``home_keeper.py``)
and resolved against this Home Assistant: areas become zones, HA users and persons
become who did the work, meter sensors are read for their baseline. Every row is
validated by the same functions the actions use (names, notes, costs, schedules and
Haven's due rules) before one ``commands.async_write`` adds them all: zones, assets
(each a device), tasks, supplies and history — all or nothing.

What cannot be kept as it was (a sensor trigger, an unknown person, a cost that
cannot be read, an area that is gone) is imported as far as it can be and listed with
its reason in the answer and in a persistent notification. An asset imported before
(from the same source, by its id there) is not imported twice, nor is a house-wide
task whose name the property already has. ``dry_run`` answers the same without writing.
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import area_registry as ar, device_registry as dr
from homeassistant.util import dt as dt_util

from ..const import DEFAULT_LEAD_DAYS
from ..data import HavenConfigEntry
from ..errors import invalid
from ..recurrence import (
    ANCHOR_FIXED,
    KIND_CRON,
    KIND_INTERVAL,
    local_day,
    start_of_day,
)
from ..schedules import due_after, first_due, schedule_of, task_columns
from ..store import models
from ..store.models import Log, new_id
from ..store.writes import add_all
from ..validation import asset_columns, clean_name, log_values, supply_columns
from .plan import (
    AREA,
    ASSIGNEE,
    DUPLICATE,
    INVALID,
    METER,
    NO_NAME,
    USER,
    PeerAsset,
    PeerLog,
    PeerTask,
    Plan,
    Problem,
    latest,
)
from .reading import SOURCES, async_read_plan
from .report import async_report


class PeerImport:
    """One import of a plan into a loaded property."""

    def __init__(
        self, hass: HomeAssistant, entry: HavenConfigEntry, plan: Plan
    ) -> None:
        """Bind to the property and the plan."""
        self.hass = hass
        self.entry = entry
        self.plan = plan
        self.commands = entry.runtime_data.commands
        self.view = self.commands.view
        self.now = dt_util.utcnow()
        self.problems: list[Problem] = list(plan.problems)
        self.users: set[str] = set()
        self.zones: list[dict[str, Any]] = []
        self.zone_of_area: dict[str, str] = {}
        self.assets: list[tuple[dict[str, Any], str | None]] = []
        self.asset_ids: dict[str, str | None] = {}
        self.tasks: list[dict[str, Any]] = []
        self.task_ids: dict[str, tuple[str, str | None]] = {}
        self.supplies: list[dict[str, Any]] = []
        self.logs: list[dict[str, Any]] = []
        self._unknown_who: set[str] = set()

    def _problem(self, item: str, code: str, detail: Any = "") -> None:
        self.problems.append(Problem(item, code, str(detail)))

    async def async_resolve(self) -> None:
        """Turn the plan into validated rows (nothing is written)."""
        self.users = {user.id for user in await self.hass.auth.async_get_users()}
        for asset in self.plan.assets:
            self._asset(asset)
        for task in self.plan.tasks:
            self._task(task)
        for asset in self.plan.assets:
            if (asset_id := self.asset_ids.get(asset.key)) is not None:
                self._supplies(asset, asset_id)
                for log in asset.logs:
                    self._log(log, asset.item, asset_id, None)

    # Assets

    def _zone(self, asset: PeerAsset) -> tuple[str | None, str | None]:
        if not asset.area_id:
            return None, None
        area = ar.async_get(self.hass).async_get_area(asset.area_id)
        if area is None:
            self._problem(asset.item, AREA, asset.area_id)
            return None, None
        if zone := self.view.zone_for_area(area.id):
            return zone.id, area.id
        if area.id not in self.zone_of_area:
            zone_id = new_id()
            self.zone_of_area[area.id] = zone_id
            self.zones.append(
                {
                    "id": zone_id,
                    "property_id": self.view.property_id,
                    "area_id": area.id,
                    "name": area.name,
                }
            )
        return self.zone_of_area[area.id], area.id

    def _asset(self, asset: PeerAsset) -> None:
        marker = {"source": self.plan.source, "id": asset.key}
        if any(
            (a.meta or {}).get("import") == marker for a in self.view.assets.values()
        ):
            self._problem(asset.item, DUPLICATE)
            self.asset_ids[asset.key] = None
            return
        name = asset.name
        if not name and asset.device_id:
            device = dr.async_get(self.hass).async_get(asset.device_id)
            name = (device.name_by_user or device.name or "") if device else ""
        if not name:
            self._problem(asset.item or asset.key, NO_NAME)
        fields = {
            "name": (name or "Appliance")[:100],
            "manufacturer": asset.manufacturer,
            "model": asset.model,
            "serial_number": asset.serial_number,
            "installed_on": asset.installed_on,
            "notes": asset.notes,
        }
        try:
            columns = asset_columns(fields)
        except ServiceValidationError as err:
            self._problem(asset.item, INVALID, err)
            self.asset_ids[asset.key] = None
            return
        zone_id, area_id = self._zone(asset)
        asset_id = new_id()
        values = {
            **columns,
            "id": asset_id,
            "property_id": self.view.property_id,
            "zone_id": zone_id,
            "meta": {"import": marker},
        }
        self.assets.append((values, area_id))
        self.asset_ids[asset.key] = asset_id

    def _supplies(self, asset: PeerAsset, asset_id: str) -> None:
        for supply in asset.supplies:
            fields = {
                "name": supply.name,
                "part_number": supply.part_number,
                "purchase_url": supply.purchase_url,
                "quantity": supply.quantity,
            }
            try:
                columns = supply_columns(fields, True)
            except ServiceValidationError as err:
                self._problem(f"{asset.item}: {supply.name}", INVALID, err)
                continue
            task = self.task_ids.get(supply.task_key or "")
            self.supplies.append(
                columns
                | {
                    "id": new_id(),
                    "property_id": self.view.property_id,
                    "asset_id": asset_id,
                    "task_id": task[0] if task and task[1] == asset_id else None,
                }
            )

    # Tasks

    def _task(self, task: PeerTask) -> None:
        asset_id = None
        if task.asset_key is not None:
            if (asset_id := self.asset_ids.get(task.asset_key)) is None:
                return  # its asset was not imported (said so once)
        elif any(
            t.asset_id is None and t.name.casefold() == task.name.casefold()
            for t in self.view.tasks.values()
        ):
            self._problem(task.item, DUPLICATE)
            return
        fields: dict[str, Any] = {"name": task.name, "notes": task.notes}
        if task.lead_days is not None:
            fields["lead_days"] = task.lead_days
        if task.every is not None:
            fields |= {"every": task.every, "unit": task.unit, "anchor": task.anchor}
        if task.first_due is not None and not task.done:
            due = task.first_due
            if task.every is not None:  # an interval is due on a day
                due = start_of_day(local_day(due, self.view.tz), self.view.tz)
            fields["first_due"] = due
        if task.meter_entity_id:
            try:
                self.commands.meter_value(task.meter_entity_id)
            except ServiceValidationError:
                self._problem(task.item, METER, task.meter_entity_id)
            else:
                fields |= {
                    "meter_entity_id": task.meter_entity_id,
                    "meter_every": task.meter_every,
                }
        try:
            columns = task_columns(
                fields,
                None,
                tz=self.view.tz,
                now=self.now,
                meter_value=self.commands.meter_value,
            )
            columns |= self._progress(task, columns)
        except ServiceValidationError as err:
            self._problem(task.item, INVALID, err)
            for log in task.logs:
                self._log(log, task.item, asset_id, None)
            return
        task_id = new_id()
        self.task_ids[task.key] = (task_id, asset_id)
        assignee = None
        if task.assignee in self.users:
            assignee = task.assignee
        elif task.assignee:
            self._problem(task.item, ASSIGNEE, task.assignee)
        self.tasks.append(
            {
                "lead_days": DEFAULT_LEAD_DAYS,
                **columns,
                "id": task_id,
                "property_id": self.view.property_id,
                "asset_id": asset_id,
                "assigned_user_id": assignee,
            }
        )
        for log in task.logs:
            self._log(log, task.item, asset_id, task_id)

    def _progress(self, task: PeerTask, columns: dict[str, Any]) -> dict[str, Any]:
        """Return when the task was last done and, by Haven's rules, is due next."""
        last_done = task.last_done or latest(task.logs)
        changes: dict[str, Any] = {"last_completed_at": last_done}
        if task.done:
            changes["next_due_at"] = None
        elif (
            last_done is not None
            and task.first_due is None
            and columns["schedule_kind"] in (KIND_INTERVAL, KIND_CRON)
            and columns.get("anchor") != ANCHOR_FIXED
        ):
            schedule = schedule_of(columns, self.view.tz)
            changes["next_due_at"] = due_after(
                lambda: first_due(schedule, last_done, self.now, self.view.tz),
                task.name,
            )
        if task.meter_baseline is not None and columns.get("meter_entity_id"):
            changes["meter_baseline"] = task.meter_baseline
        return changes

    # History

    def _user(self, who: str | None) -> str | None:
        if who is None:
            return None
        if who in self.users:
            return who
        state = self.hass.states.get(who) if who.startswith("person.") else None
        user_id = state.attributes.get("user_id") if state else None
        if user_id in self.users:
            return str(user_id)
        if who not in self._unknown_who:
            self._unknown_who.add(who)
            self._problem(who, USER)
        return None

    def _log(
        self, log: PeerLog, item: str, asset_id: str | None, task_id: str | None
    ) -> None:
        try:
            values = log_values(
                self.view.property_id,
                asset_id,
                clean_name(log.action, "action"),
                notes=log.notes,
                cost=log.cost,
                performed_at=log.performed_at,
                user_id=self._user(log.who),
            )
        except ServiceValidationError as err:
            self._problem(item, INVALID, err)
            return
        self.logs.append(
            values | {"id": new_id(), "kind": log.kind, "task_id": task_id}
        )

    # Writing and reporting

    def counts(self) -> dict[str, int]:
        """Return how many records of each kind are (or would be) imported."""
        return {
            "zones": len(self.zones),
            "assets": len(self.assets),
            "tasks": len(self.tasks),
            "supplies": len(self.supplies),
            "logs": len(self.logs),
        }

    async def async_write(self) -> None:
        """Create the assets' devices, then write every row in one transaction."""
        devices = self.commands.devices
        made: list[str] = []
        try:
            for values, area_id in self.assets:
                devices.async_asset_device(models.Asset(**values), area_id=area_id)
                made.append(values["id"])
            await self.commands.async_write(
                add_all(models.Zone, self.zones),
                add_all(models.Asset, [values for values, _ in self.assets]),
                add_all(models.Task, self.tasks),
                add_all(models.Supply, self.supplies),
                add_all(Log, self.logs),
            )
        except BaseException:
            for asset_id in made:
                devices.async_remove(asset_id)
            raise


async def async_import_from(
    hass: HomeAssistant, entry: HavenConfigEntry, source: str, dry_run: bool
) -> dict[str, Any]:
    """Import a source's records into a property (see the module's docstring)."""
    if source not in SOURCES:
        raise invalid(
            "import_unknown_source", source=source, sources=", ".join(SOURCES)
        )
    plan = await async_read_plan(hass, source)
    job = PeerImport(hass, entry, plan)
    await job.async_resolve()
    if not dry_run:
        await job.async_write()
    return await async_report(
        hass,
        entry,
        plan,
        counts=job.counts(),
        problems=job.problems,
        dry_run=dry_run,
    )
