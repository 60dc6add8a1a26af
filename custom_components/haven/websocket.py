"""Websocket commands for the panel, the cards and other front ends.

- ``haven/subscribe``: every loaded property (or one), then each write's changes as
  they happen (from the view's change listeners: nothing polls, nothing reloads);
- ``haven/asset``, ``haven/history``: an asset's page and a property's history;
- ``haven/templates``, ``haven/schedule_preview``, ``haven/users``: what forms offer;
- ``haven/dashboard``: a property's day at a glance in one call.

Writes are not here: front ends call Haven's actions (``call_service``), so every
rule and permission applies the same way whoever writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, tzinfo
from functools import partial
from itertools import islice
from typing import Any

from homeassistant.components import websocket_api
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.util import dt as dt_util
import voluptuous as vol

from .const import (
    ATTR_ASSET_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_TASK_ID,
    SIGNAL_PROPERTY_LOADED,
    SIGNAL_PROPERTY_UNLOADED,
)
from .data import HavenConfigEntry, entry_for_id, entry_holding, loaded_entries
from .devices import device_ids
from .recurrence import Schedule, next_occurrence
from .schedules import SCHEDULE_FIELDS, schedule_of, task_columns
from .serialize import (
    PropertySerializer,
    document_dict,
    inbox_dict,
    log_dict,
    money,
    task_dict,
)
from .store import models, records
from .store.writes import Change
from .templates import async_get_templates
from .validation import parse_moment
from .view import STATUS_DUE_SOON, STATUS_OVERDUE, PropertyView

RECENT_LOGS = 10
HISTORY_PAGE = 50
_USER_EVENTS = ("user_added", "user_updated", "user_removed")


@callback
def async_setup_websocket(hass: HomeAssistant) -> None:
    """Register the commands."""
    for command in (
        ws_subscribe,
        ws_asset,
        ws_history,
        ws_templates,
        ws_schedule_preview,
        ws_users,
        ws_dashboard,
    ):
        websocket_api.async_register_command(hass, command)


def serializer(hass: HomeAssistant, entry: HavenConfigEntry) -> PropertySerializer:
    """Return the serializer of a loaded property."""
    data = entry.runtime_data
    return PropertySerializer(
        hass,
        entry.entry_id,
        data.view,
        data.costs,
        lambda: device_ids(hass, entry.entry_id),
    )


async def async_user_names(hass: HomeAssistant) -> dict[str, str]:
    """Return the names of HA's users by id."""
    return {user.id: user.name or "" for user in await hass.auth.async_get_users()}


@websocket_api.websocket_command(
    {
        vol.Required("type"): "haven/subscribe",
        vol.Optional(ATTR_CONFIG_ENTRY_ID): str,
    }
)
@websocket_api.async_response
async def ws_subscribe(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Send the properties, then every change to them as it is written."""
    wanted: str | None = msg.get(ATTR_CONFIG_ENTRY_ID)
    if wanted:
        entry_for_id(hass, wanted)
    names = await async_user_names(hass)
    watching: dict[str, CALLBACK_TYPE] = {}

    def send(payload: dict[str, Any]) -> None:
        connection.send_message(websocket_api.event_message(msg["id"], payload))

    async def async_watch(entry: HavenConfigEntry) -> None:
        data = entry.runtime_data
        view = data.view
        property_serializer = serializer(hass, entry)
        logs = await data.commands.repository.async_logs(
            property_id=view.property_id, limit=RECENT_LOGS
        )
        if entry.entry_id in watching:
            return

        @callback
        def _changed(change: Change) -> None:
            send(property_serializer.change(change, names))

        @callback
        def _costs() -> None:
            send(
                {
                    "kind": "changed",
                    "config_entry_id": entry.entry_id,
                    "property": property_serializer.summary(),
                }
            )

        unsubs = (view.async_listen_changes(_changed), data.costs.async_listen(_costs))

        @callback
        def _stop() -> None:
            for unsub in unsubs:
                unsub()

        watching[entry.entry_id] = _stop
        send(
            {
                "kind": "snapshot",
                "properties": [property_serializer.snapshot(logs, names)],
            }
        )

    async def async_loaded(entry: HavenConfigEntry) -> None:
        if not wanted or entry.entry_id == wanted:
            await async_watch(entry)

    @callback
    def _unloaded(entry_id: str) -> None:
        if (unsub := watching.pop(entry_id, None)) is not None:
            unsub()
            send({"kind": "unloaded", "config_entry_id": entry_id})

    async def async_users_changed(_event: Event) -> None:
        names.clear()
        names.update(await async_user_names(hass))

    unsubs = [
        async_dispatcher_connect(hass, SIGNAL_PROPERTY_LOADED, async_loaded),
        async_dispatcher_connect(hass, SIGNAL_PROPERTY_UNLOADED, _unloaded),
        *(hass.bus.async_listen(event, async_users_changed) for event in _USER_EVENTS),
    ]

    @callback
    def _unsubscribe() -> None:
        for unsub in [*unsubs, *watching.values()]:
            unsub()
        watching.clear()

    connection.subscriptions[msg["id"]] = _unsubscribe
    connection.send_result(msg["id"])
    for entry in loaded_entries(hass):
        if not wanted or entry.entry_id == wanted:
            await async_watch(entry)


@websocket_api.websocket_command(
    {vol.Required("type"): "haven/asset", vol.Required(ATTR_ASSET_ID): str}
)
@websocket_api.async_response
async def ws_asset(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return an asset's page: details, tasks, history with costs, documents, captures."""
    asset_id = msg[ATTR_ASSET_ID]
    entry = entry_holding(hass, "asset", asset_id)
    data = entry.runtime_data
    view, repository = data.view, data.commands.repository
    names = await async_user_names(hass)
    property_serializer = serializer(hass, entry)
    logs = await repository.async_logs(property_id=view.property_id, asset_id=asset_id)
    documents = await repository.async_documents(view.property_id, asset_id)
    captures = [
        item
        for item in await repository.async_inbox_items(view.property_id)
        if item.asset_id == asset_id
    ]
    lifetime, this_year = data.costs.asset(asset_id)
    snapshot_asset = property_serializer.change(
        Change(assets=[view.assets[asset_id]], written=False), names
    )["assets"][0]
    connection.send_result(
        msg["id"],
        {
            "asset": snapshot_asset,
            "tasks": [
                task_dict(view, task, property_serializer.meter_state)
                for task in sorted(
                    view.asset_tasks(asset_id),
                    key=lambda t: (t.next_due_at is None, t.next_due_at, t.name),
                )
            ],
            "logs": [log_dict(log, names) for log in logs],
            "total_cost": money(lifetime),
            "cost_this_year": money(this_year),
            "documents": [document_dict(entry.entry_id, d) for d in documents],
            "captures": [
                inbox_dict(entry.entry_id, item, names) for item in reversed(captures)
            ],
        },
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "haven/history",
        vol.Optional(ATTR_CONFIG_ENTRY_ID): str,
        vol.Optional(ATTR_ASSET_ID): str,
        vol.Optional(ATTR_TASK_ID): str,
        vol.Optional("before"): str,
        vol.Optional("limit", default=HISTORY_PAGE): vol.All(
            vol.Coerce(int), vol.Range(min=1, max=1000)
        ),
    }
)
@websocket_api.async_response
async def ws_history(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return a page of history, newest first, and whether there is more."""
    if task_id := msg.get(ATTR_TASK_ID):
        entry = entry_holding(hass, "task", task_id)
    elif asset_id := msg.get(ATTR_ASSET_ID):
        entry = entry_holding(hass, "asset", asset_id)
    else:
        entry = entry_for_id(hass, msg.get(ATTR_CONFIG_ENTRY_ID, ""))
    before = parse_moment(msg.get("before"), "before")
    limit: int = msg["limit"]
    view = entry.runtime_data.view
    logs = await entry.runtime_data.commands.repository.async_logs(
        property_id=view.property_id,
        asset_id=msg.get(ATTR_ASSET_ID),
        task_id=msg.get(ATTR_TASK_ID),
        until=before,
        limit=limit + 1,
    )
    names = await async_user_names(hass)
    page = logs[:limit]
    connection.send_result(
        msg["id"],
        {
            "logs": [log_dict(log, names) for log in page],
            "total_cost": float(sum(log.cost for log in page if log.cost is not None)),
            "more": len(logs) > limit,
        },
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "haven/templates",
        vol.Optional("language"): vol.All(str, vol.Length(max=16)),
    }
)
@websocket_api.async_response
async def ws_templates(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return the asset template catalogue (in the reader's language, else the home's)."""
    templates = await async_get_templates(hass, msg.get("language"))
    connection.send_result(
        msg["id"],
        {
            "templates": [
                {
                    "id": template.id,
                    "name": template.name,
                    "category": template.category,
                    "tasks": [
                        {"name": t.name, "every": t.every, "unit": t.unit}
                        for t in template.tasks
                    ],
                }
                for template in templates.values()
            ]
        },
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "haven/schedule_preview",
        vol.Optional(ATTR_CONFIG_ENTRY_ID): str,
        vol.Optional("first_due"): vol.Any(None, str),
        vol.Optional("count", default=5): vol.All(
            vol.Coerce(int), vol.Range(min=1, max=20)
        ),
        **{
            vol.Optional(field): vol.Any(None, str, int, float)
            for field in SCHEDULE_FIELDS
        },
    }
)
@websocket_api.async_response
async def ws_schedule_preview(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return the next due moments a schedule would give a new task (nothing stored)."""
    entries = loaded_entries(hass)
    if not entries:
        connection.send_error(msg["id"], websocket_api.ERR_NOT_FOUND, "No property")
        return
    entry = (
        entry_for_id(hass, msg[ATTR_CONFIG_ENTRY_ID])
        if msg.get(ATTR_CONFIG_ENTRY_ID)
        else entries[0]
    )
    commands = entry.runtime_data.commands
    tz = commands.view.tz
    fields = {
        key: value
        for key, value in msg.items()
        if key in (*SCHEDULE_FIELDS, "first_due") and value not in (None, "")
    }
    columns = task_columns(
        {"name": "preview", **fields},
        None,
        tz=tz,
        now=dt_util.utcnow(),
        meter_value=commands.meter_value,
    )
    schedule = schedule_of(columns, tz)
    result: dict[str, Any] = {"next": []}
    if (first := columns.get("next_due_at")) is not None:
        result["next"] = [
            moment.astimezone(tz).isoformat()
            for moment in islice(_following(first, schedule, tz), msg["count"])
        ]
    if meter := columns.get("meter_entity_id"):
        value, unit = serializer(hass, entry).meter_state(meter)
        result["meter"] = {"value": value, "unit": unit}
    connection.send_result(msg["id"], result)


def _following(first: datetime, schedule: Schedule, tz: tzinfo) -> Iterator[datetime]:
    """Yield a due moment and the ones after it, as if each was done when due."""
    moment: datetime | None = first
    while moment is not None:
        yield moment
        moment = next_occurrence(schedule, moment, tz)


@websocket_api.websocket_command({vol.Required("type"): "haven/users"})
@websocket_api.async_response
async def ws_users(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return the household: HA's users and person entities (for pickers)."""
    users = [
        {"user_id": user.id, "name": user.name, "is_admin": user.is_admin}
        for user in await hass.auth.async_get_users()
        if user.is_active and not user.system_generated
    ]
    persons = [
        {
            "entity_id": state.entity_id,
            "name": state.name,
            "user_id": state.attributes.get("user_id"),
        }
        for state in hass.states.async_all("person")
    ]
    connection.send_result(msg["id"], {"users": users, "persons": persons})


@websocket_api.websocket_command(
    {
        vol.Required("type"): "haven/dashboard",
        vol.Optional(ATTR_CONFIG_ENTRY_ID): str,
    }
)
@websocket_api.async_response
async def ws_dashboard(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return health, overdue and due-soon tasks and recent work, per property."""
    entries = loaded_entries(hass)
    if wanted := msg.get(ATTR_CONFIG_ENTRY_ID):
        entries = [entry for entry in entries if entry.entry_id == wanted]
        if not entries:
            connection.send_error(
                msg["id"],
                websocket_api.ERR_NOT_FOUND,
                "No loaded Haven property has that id",
            )
            return
    names = await async_user_names(hass)
    properties = []
    for entry in entries:
        data = entry.runtime_data
        view = data.view
        property_serializer = serializer(hass, entry)
        logs = await data.commands.repository.async_logs(
            property_id=view.property_id, limit=RECENT_LOGS
        )
        task = partial(_dashboard_task, view, property_serializer)
        properties.append(
            {
                ATTR_CONFIG_ENTRY_ID: entry.entry_id,
                "name": view.property.name,
                "health": view.health,
                "overdue": [task(t) for t in view.tasks_with(STATUS_OVERDUE)],
                "due_soon": [task(t) for t in view.tasks_with(STATUS_DUE_SOON)],
                "recent_logs": [_dashboard_log(view, log, names) for log in logs],
                "inbox": [
                    inbox_dict(entry.entry_id, item, names)
                    for item in view.inbox.values()
                ],
            }
        )
    connection.send_result(msg["id"], {"properties": properties})


def _dashboard_task(
    view: PropertyView, property_serializer: PropertySerializer, task: records.Task
) -> dict[str, Any]:
    asset = view.assets.get(task.asset_id) if task.asset_id else None
    return task_dict(view, task, property_serializer.meter_state) | {
        "asset_name": asset.name if asset else None
    }


def _dashboard_log(
    view: PropertyView, log: models.Log, names: dict[str, str]
) -> dict[str, Any]:
    asset = view.assets.get(log.asset_id) if log.asset_id else None
    return log_dict(log, names) | {"asset_name": asset.name if asset else None}
