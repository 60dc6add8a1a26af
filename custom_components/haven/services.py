"""Haven's actions: registered once, resolved to a loaded property, validated, translated."""

from __future__ import annotations

from typing import Any

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.helpers import config_validation as cv, entity_registry as er
from homeassistant.helpers.target import (
    TargetSelection,
    async_extract_referenced_entity_ids,
)
import voluptuous as vol

from .const import (
    ATTR_ACTION,
    ATTR_ASSET_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_COST,
    ATTR_DEVICE_ID,
    ATTR_DURATION,
    ATTR_LIMIT,
    ATTR_LOG_ID,
    ATTR_NEXT_DUE_AT,
    ATTR_NOTES,
    ATTR_PERFORMED_AT,
    ATTR_SINCE,
    ATTR_SUPPLY_ID,
    ATTR_TASK_ID,
    ATTR_TASK_IDS,
    ATTR_UNTIL,
    ATTR_USER_ID,
    DOMAIN,
)
from .costs import history_totals
from .data import (
    HavenConfigEntry,
    asset_named,
    entry_for_id,
    entry_holding,
    entry_of_call,
)
from .entity import TASK_ENTITY_SUFFIXES
from .errors import invalid
from .household import Household
from .permissions import Access, ActionHandler, guarded
from .schemas import (
    ADD_SUPPLY_SCHEMA,
    COMPLETE_TASK_SCHEMA,
    CREATE_ASSET_SCHEMA,
    CREATE_TASK_SCHEMA,
    EXPORT_SCHEMA,
    GET_HISTORY_SCHEMA,
    LOG_MAINTENANCE_SCHEMA,
    PAUSE_SCHEMA,
    REMOVE_ASSET_SCHEMA,
    REMOVE_TASK_SCHEMA,
    RESUME_SCHEMA,
    SKIP_TASK_SCHEMA,
    SNOOZE_TASK_SCHEMA,
    UPDATE_ASSET_SCHEMA,
    UPDATE_SUPPLY_SCHEMA,
    UPDATE_TASK_SCHEMA,
)
from .validation import parse_moment
from .view import iso


def _fields(call: ServiceCall, *skip: str) -> dict[str, Any]:
    return {key: value for key, value in call.data.items() if key not in skip}


def _asset(call: ServiceCall) -> tuple[HavenConfigEntry, str]:
    """Return the asset a call names (asset_id or device_id) and its property."""
    asset_id = asset_named(call.hass, call.data)
    if asset_id is None:
        raise invalid("asset_required")
    entry = entry_of_call(call.hass, call.data, "asset", asset_id)
    assert entry is not None
    return entry, asset_id


async def _async_create_asset(call: ServiceCall) -> ServiceResponse:
    entry = entry_for_id(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    asset, device, tasks = await entry.runtime_data.commands.async_create_asset(
        _fields(call, ATTR_CONFIG_ENTRY_ID)
    )
    return {
        ATTR_ASSET_ID: asset.id,
        ATTR_DEVICE_ID: device.id,
        ATTR_TASK_IDS: [task.id for task in tasks],
    }


async def _async_update_asset(call: ServiceCall) -> ServiceResponse:
    entry, asset_id = _asset(call)
    await entry.runtime_data.commands.async_update_asset(
        asset_id, _fields(call, ATTR_ASSET_ID, ATTR_DEVICE_ID)
    )
    return None


async def _async_remove_asset(call: ServiceCall) -> ServiceResponse:
    entry, asset_id = _asset(call)
    await entry.runtime_data.commands.async_remove_asset(
        asset_id, user_id=call.context.user_id
    )
    return None


def _targeted_tasks(call: ServiceCall) -> list[tuple[HavenConfigEntry, str]]:
    """Return the tasks a call names by task_id or through task entities."""
    task_ids: list[str] = []
    if task_id := call.data.get(ATTR_TASK_ID):
        task_ids.append(task_id)
    selected = async_extract_referenced_entity_ids(
        call.hass, TargetSelection(call.data)
    )
    registry = er.async_get(call.hass)
    for entity_id in sorted(selected.referenced | selected.indirectly_referenced):
        entity = registry.async_get(entity_id)
        if entity is None or entity.platform != DOMAIN:
            continue
        for _, suffix in TASK_ENTITY_SUFFIXES:
            if entity.unique_id.endswith(f"_{suffix}"):
                task_id = entity.unique_id.removesuffix(f"_{suffix}")
                if task_id not in task_ids:
                    task_ids.append(task_id)
    if not task_ids:
        raise invalid("task_required")
    return [
        (entry_holding(call.hass, "task", task_id), task_id) for task_id in task_ids
    ]


def _task_response(tasks: list[tuple[str, Any]]) -> ServiceResponse:
    """Answer with the first task's figures, and every task's when several."""
    first = tasks[0][1]
    response: dict[str, Any] = dict(first)
    if len(tasks) > 1:
        response["tasks"] = dict(tasks)
    return response


async def _async_create_task(call: ServiceCall) -> ServiceResponse:
    asset_id = asset_named(call.hass, call.data)
    entry = entry_of_call(call.hass, call.data, "asset", asset_id)
    if entry is None:
        raise invalid("asset_or_property_required")
    task = await entry.runtime_data.commands.async_create_task(
        _fields(call, ATTR_ASSET_ID, ATTR_DEVICE_ID, ATTR_CONFIG_ENTRY_ID), asset_id
    )
    return {ATTR_TASK_ID: task.id, ATTR_NEXT_DUE_AT: iso(task.next_due_at)}


async def _async_update_task(call: ServiceCall) -> ServiceResponse:
    fields = _fields(call, ATTR_TASK_ID, *map(str, cv.ENTITY_SERVICE_FIELDS))
    for entry, task_id in _targeted_tasks(call):
        await entry.runtime_data.commands.async_update_task(task_id, fields)
    return None


async def _async_remove_task(call: ServiceCall) -> ServiceResponse:
    for entry, task_id in _targeted_tasks(call):
        await entry.runtime_data.commands.async_remove_task(
            task_id, user_id=call.context.user_id
        )
    return None


async def _async_complete_task(call: ServiceCall) -> ServiceResponse:
    done = []
    for entry, task_id in _targeted_tasks(call):
        log, task = await entry.runtime_data.commands.async_complete_task(
            task_id,
            performed_at=call.data.get(ATTR_PERFORMED_AT),
            notes=call.data.get(ATTR_NOTES),
            cost=call.data.get(ATTR_COST),
            user_id=call.context.user_id,
        )
        done.append(
            (task_id, {ATTR_LOG_ID: log.id, ATTR_NEXT_DUE_AT: iso(task.next_due_at)})
        )
    return _task_response(done)


async def _async_snooze_task(call: ServiceCall) -> ServiceResponse:
    duration = call.data.get(ATTR_DURATION)  # a bounded timedelta (schemas.py)
    snoozed = []
    for entry, task_id in _targeted_tasks(call):
        task = await entry.runtime_data.commands.async_snooze_task(
            task_id,
            until=call.data.get(ATTR_UNTIL),
            duration=duration,
            user_id=call.context.user_id,
        )
        snoozed.append((task_id, {ATTR_NEXT_DUE_AT: iso(task.next_due_at)}))
    return _task_response(snoozed)


async def _async_skip_task(call: ServiceCall) -> ServiceResponse:
    skipped = []
    for entry, task_id in _targeted_tasks(call):
        task = await entry.runtime_data.commands.async_skip_task(
            task_id, user_id=call.context.user_id
        )
        skipped.append((task_id, {ATTR_NEXT_DUE_AT: iso(task.next_due_at)}))
    return _task_response(skipped)


async def _async_log_maintenance(call: ServiceCall) -> ServiceResponse:
    entry, asset_id = _asset(call)
    log = await entry.runtime_data.commands.async_log_maintenance(
        asset_id,
        action=call.data[ATTR_ACTION],
        performed_at=call.data.get(ATTR_PERFORMED_AT),
        notes=call.data.get(ATTR_NOTES),
        cost=call.data.get(ATTR_COST),
        user_id=call.context.user_id,
    )
    return {ATTR_LOG_ID: log.id}


async def _async_get_history(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    asset_id = asset_named(hass, call.data)
    task_id = call.data.get(ATTR_TASK_ID) or None
    entry = entry_of_call(hass, call.data, "asset", asset_id)
    if task_id is not None:
        by_task = entry_of_call(hass, call.data, "task", task_id)
        if entry is not None and by_task is not entry:
            raise invalid("task_not_on_asset", task_id=task_id)
        entry = by_task
    if entry is None:
        raise invalid("history_scope_required")
    since = parse_moment(call.data.get(ATTR_SINCE), ATTR_SINCE)
    limit = call.data.get(ATTR_LIMIT)
    view = entry.runtime_data.view
    logs = await entry.runtime_data.commands.repository.async_logs(
        property_id=view.property_id,
        asset_id=asset_id,
        task_id=task_id,
        since=since,
        limit=limit,
    )
    users = {user.id: user.name for user in await hass.auth.async_get_users()}
    by_asset, by_year = history_totals(logs, view.tz)
    return {
        "logs": [
            {
                ATTR_LOG_ID: log.id,
                "kind": log.kind,
                ATTR_ACTION: log.action,
                ATTR_ASSET_ID: log.asset_id,
                ATTR_TASK_ID: log.task_id,
                ATTR_USER_ID: log.user_id,
                "user_name": users.get(log.user_id or ""),
                ATTR_NOTES: log.notes,
                ATTR_COST: float(log.cost) if log.cost is not None else None,
                ATTR_PERFORMED_AT: iso(log.performed_at),
            }
            for log in logs
        ],
        "total_cost": float(sum(log.cost for log in logs if log.cost is not None)),
        "totals_by_asset": [
            {
                ATTR_ASSET_ID: key,
                "name": view.assets[key].name if key in view.assets else None,
                ATTR_COST: float(cost),
            }
            for key, cost in by_asset.items()
        ],
        "totals_by_year": [
            {"year": year, ATTR_COST: float(cost)} for year, cost in by_year.items()
        ],
    }


async def _async_add_supply(call: ServiceCall) -> ServiceResponse:
    entry, asset_id = _asset(call)
    supply = await entry.runtime_data.commands.async_add_supply(
        asset_id, _fields(call, ATTR_ASSET_ID, ATTR_DEVICE_ID)
    )
    return {ATTR_SUPPLY_ID: supply.id}


async def _async_update_supply(call: ServiceCall) -> ServiceResponse:
    supply_id = call.data[ATTR_SUPPLY_ID]
    entry = entry_holding(call.hass, "supply", supply_id)
    await entry.runtime_data.commands.async_update_supply(
        supply_id, _fields(call, ATTR_SUPPLY_ID)
    )
    return None


def _paused(call: ServiceCall) -> list[tuple[Household, str | None]]:
    """Return what a pause or resume names: tasks, or (config_entry_id) a property."""
    targets = {str(marker) for marker in cv.ENTITY_SERVICE_FIELDS}
    if (entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID)) and not (
        call.data.get(ATTR_TASK_ID) or targets & call.data.keys()
    ):
        return [(entry_for_id(call.hass, entry_id).runtime_data.clock.household, None)]
    return [
        (entry.runtime_data.clock.household, task_id)
        for entry, task_id in _targeted_tasks(call)
    ]


async def _async_pause(call: ServiceCall) -> ServiceResponse:
    for household, task_id in _paused(call):
        await household.async_pause(task_id, call.data.get(ATTR_UNTIL))
    return None


async def _async_resume(call: ServiceCall) -> ServiceResponse:
    for household, task_id in _paused(call):
        await household.async_resume(task_id)
    return None


async def _async_export(call: ServiceCall) -> ServiceResponse:
    entry = entry_for_id(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    clock = entry.runtime_data.clock
    rows = await clock.async_export()
    return {"path": str(clock.export_path), "rows": dict(rows)}


_OPTIONAL = SupportsResponse.OPTIONAL
_NONE = SupportsResponse.NONE
# Each action: its schema, its handler, whether it answers, what it needs (see
# permissions.py: removals are checked again by the commands themselves).
_SERVICES: tuple[
    tuple[str, vol.Schema, ActionHandler, SupportsResponse, Access], ...
] = (
    (
        "create_asset",
        CREATE_ASSET_SCHEMA,
        _async_create_asset,
        _OPTIONAL,
        Access.CHANGE,
    ),
    ("update_asset", UPDATE_ASSET_SCHEMA, _async_update_asset, _NONE, Access.CHANGE),
    ("remove_asset", REMOVE_ASSET_SCHEMA, _async_remove_asset, _NONE, Access.REMOVE),
    ("create_task", CREATE_TASK_SCHEMA, _async_create_task, _OPTIONAL, Access.CHANGE),
    ("update_task", UPDATE_TASK_SCHEMA, _async_update_task, _NONE, Access.CHANGE),
    ("remove_task", REMOVE_TASK_SCHEMA, _async_remove_task, _NONE, Access.REMOVE),
    (
        "complete_task",
        COMPLETE_TASK_SCHEMA,
        _async_complete_task,
        _OPTIONAL,
        Access.CHANGE,
    ),
    ("snooze_task", SNOOZE_TASK_SCHEMA, _async_snooze_task, _OPTIONAL, Access.CHANGE),
    ("skip_task", SKIP_TASK_SCHEMA, _async_skip_task, _OPTIONAL, Access.CHANGE),
    ("pause", PAUSE_SCHEMA, _async_pause, _NONE, Access.CHANGE),
    ("resume", RESUME_SCHEMA, _async_resume, _NONE, Access.CHANGE),
    (
        "log_maintenance",
        LOG_MAINTENANCE_SCHEMA,
        _async_log_maintenance,
        _OPTIONAL,
        Access.CHANGE,
    ),
    (
        "get_history",
        GET_HISTORY_SCHEMA,
        _async_get_history,
        SupportsResponse.ONLY,
        Access.READ,
    ),
    ("add_supply", ADD_SUPPLY_SCHEMA, _async_add_supply, _OPTIONAL, Access.CHANGE),
    ("update_supply", UPDATE_SUPPLY_SCHEMA, _async_update_supply, _NONE, Access.CHANGE),
    ("export", EXPORT_SCHEMA, _async_export, _OPTIONAL, Access.READ),
)


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register Haven's actions."""
    for name, schema, handler, supports_response, access in _SERVICES:
        hass.services.async_register(
            DOMAIN,
            name,
            guarded(handler, access),
            schema=schema,
            supports_response=supports_response,
        )
