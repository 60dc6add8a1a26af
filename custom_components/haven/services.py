"""Haven's actions: registered once, resolved to a loaded property, validated, translated."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
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
from .data import HavenConfigEntry, entry_for_id, entry_holding
from .entity import TASK_ENTITY_SUFFIXES
from .errors import invalid
from .schemas import (
    ADD_SUPPLY_SCHEMA,
    COMPLETE_TASK_SCHEMA,
    CREATE_ASSET_SCHEMA,
    CREATE_TASK_SCHEMA,
    EXPORT_SCHEMA,
    GET_HISTORY_SCHEMA,
    LOG_MAINTENANCE_SCHEMA,
    REMOVE_ASSET_SCHEMA,
    REMOVE_TASK_SCHEMA,
    SKIP_TASK_SCHEMA,
    SNOOZE_TASK_SCHEMA,
    UPDATE_ASSET_SCHEMA,
    UPDATE_SUPPLY_SCHEMA,
    UPDATE_TASK_SCHEMA,
)
from .validation import parse_int, parse_moment
from .view import iso

SERVICE_CREATE_ASSET = "create_asset"
SERVICE_UPDATE_ASSET = "update_asset"
SERVICE_REMOVE_ASSET = "remove_asset"


async def _async_require_admin(call: ServiceCall) -> None:
    """Refuse a destructive call made by a user who is not an administrator."""
    if call.context.user_id is None:
        return
    user = await call.hass.auth.async_get_user(call.context.user_id)
    if user is None or not user.is_admin:
        raise invalid("admin_required", action=call.service)


def _fields(call: ServiceCall, *skip: str) -> dict[str, Any]:
    return {key: value for key, value in call.data.items() if key not in skip}


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
    asset_id = call.data[ATTR_ASSET_ID]
    entry = entry_holding(call.hass, "asset", asset_id)
    await entry.runtime_data.commands.async_update_asset(
        asset_id, _fields(call, ATTR_ASSET_ID)
    )
    return None


async def _async_remove_asset(call: ServiceCall) -> ServiceResponse:
    asset_id = call.data[ATTR_ASSET_ID]
    entry = entry_holding(call.hass, "asset", asset_id)
    await _async_require_admin(call)
    await entry.runtime_data.commands.async_remove_asset(asset_id)
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
    if asset_id := call.data.get(ATTR_ASSET_ID):
        entry = entry_holding(call.hass, "asset", asset_id)
    elif entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID):
        entry = entry_for_id(call.hass, entry_id)
    else:
        raise invalid("asset_or_property_required")
    task = await entry.runtime_data.commands.async_create_task(
        _fields(call, ATTR_ASSET_ID, ATTR_CONFIG_ENTRY_ID), asset_id or None
    )
    return {ATTR_TASK_ID: task.id, ATTR_NEXT_DUE_AT: iso(task.next_due_at)}


async def _async_update_task(call: ServiceCall) -> ServiceResponse:
    fields = _fields(call, ATTR_TASK_ID, *map(str, cv.ENTITY_SERVICE_FIELDS))
    for entry, task_id in _targeted_tasks(call):
        await entry.runtime_data.commands.async_update_task(task_id, fields)
    return None


async def _async_remove_task(call: ServiceCall) -> ServiceResponse:
    targets = _targeted_tasks(call)
    await _async_require_admin(call)
    for entry, task_id in targets:
        await entry.runtime_data.commands.async_remove_task(task_id)
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
    duration = None
    if (raw := call.data.get(ATTR_DURATION)) is not None:
        try:
            duration = cv.time_period(raw)
        except vol.Invalid:
            raise invalid("invalid_duration", duration=raw) from None
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
    asset_id = call.data[ATTR_ASSET_ID]
    entry = entry_holding(call.hass, "asset", asset_id)
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
    asset_id = call.data.get(ATTR_ASSET_ID)
    task_id = call.data.get(ATTR_TASK_ID)
    if task_id:
        entry = entry_holding(hass, "task", task_id)
    elif asset_id:
        entry = entry_holding(hass, "asset", asset_id)
    elif entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID):
        entry = entry_for_id(hass, entry_id)
    else:
        raise invalid("history_scope_required")
    since = parse_moment(call.data.get(ATTR_SINCE), ATTR_SINCE)
    limit = call.data.get(ATTR_LIMIT)
    view = entry.runtime_data.view
    logs = await entry.runtime_data.commands.repository.async_logs(
        property_id=view.property_id,
        asset_id=asset_id,
        task_id=task_id,
        since=since,
        limit=None if limit is None else parse_int(limit, ATTR_LIMIT, 1, 100000),
    )
    users = {user.id: user.name for user in await hass.auth.async_get_users()}
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
    }


async def _async_add_supply(call: ServiceCall) -> ServiceResponse:
    asset_id = call.data[ATTR_ASSET_ID]
    entry = entry_holding(call.hass, "asset", asset_id)
    supply = await entry.runtime_data.commands.async_add_supply(
        asset_id, _fields(call, ATTR_ASSET_ID)
    )
    return {ATTR_SUPPLY_ID: supply.id}


async def _async_update_supply(call: ServiceCall) -> ServiceResponse:
    supply_id = call.data[ATTR_SUPPLY_ID]
    entry = entry_holding(call.hass, "supply", supply_id)
    await entry.runtime_data.commands.async_update_supply(
        supply_id, _fields(call, ATTR_SUPPLY_ID)
    )
    return None


async def _async_export(call: ServiceCall) -> ServiceResponse:
    entry = entry_for_id(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    clock = entry.runtime_data.clock
    rows = await clock.async_export()
    return {"path": str(clock.export_path), "rows": dict(rows)}


_SERVICES: tuple[
    tuple[
        str,
        vol.Schema,
        Callable[[ServiceCall], Coroutine[Any, Any, ServiceResponse]],
        SupportsResponse,
    ],
    ...,
] = (
    (
        SERVICE_CREATE_ASSET,
        CREATE_ASSET_SCHEMA,
        _async_create_asset,
        SupportsResponse.OPTIONAL,
    ),
    (
        SERVICE_UPDATE_ASSET,
        UPDATE_ASSET_SCHEMA,
        _async_update_asset,
        SupportsResponse.NONE,
    ),
    (
        SERVICE_REMOVE_ASSET,
        REMOVE_ASSET_SCHEMA,
        _async_remove_asset,
        SupportsResponse.NONE,
    ),
    ("create_task", CREATE_TASK_SCHEMA, _async_create_task, SupportsResponse.OPTIONAL),
    ("update_task", UPDATE_TASK_SCHEMA, _async_update_task, SupportsResponse.NONE),
    ("remove_task", REMOVE_TASK_SCHEMA, _async_remove_task, SupportsResponse.NONE),
    (
        "complete_task",
        COMPLETE_TASK_SCHEMA,
        _async_complete_task,
        SupportsResponse.OPTIONAL,
    ),
    ("snooze_task", SNOOZE_TASK_SCHEMA, _async_snooze_task, SupportsResponse.OPTIONAL),
    ("skip_task", SKIP_TASK_SCHEMA, _async_skip_task, SupportsResponse.OPTIONAL),
    (
        "log_maintenance",
        LOG_MAINTENANCE_SCHEMA,
        _async_log_maintenance,
        SupportsResponse.OPTIONAL,
    ),
    ("get_history", GET_HISTORY_SCHEMA, _async_get_history, SupportsResponse.ONLY),
    ("add_supply", ADD_SUPPLY_SCHEMA, _async_add_supply, SupportsResponse.OPTIONAL),
    (
        "update_supply",
        UPDATE_SUPPLY_SCHEMA,
        _async_update_supply,
        SupportsResponse.NONE,
    ),
    ("export", EXPORT_SCHEMA, _async_export, SupportsResponse.OPTIONAL),
)


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register Haven's actions."""
    for name, schema, handler, supports_response in _SERVICES:
        hass.services.async_register(
            DOMAIN, name, handler, schema=schema, supports_response=supports_response
        )
