"""Websocket commands: `haven/dashboard`, a property's day at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from homeassistant.components import websocket_api
from homeassistant.core import HomeAssistant, callback
import voluptuous as vol

from .const import ATTR_CONFIG_ENTRY_ID, DOMAIN
from .view import STATUS_DUE_SOON, STATUS_OVERDUE, iso

if TYPE_CHECKING:
    from .data import HavenConfigEntry
    from .store.models import Log, Task
    from .view import PropertyView

RECENT_LOGS = 10


@callback
def async_setup_websocket(hass: HomeAssistant) -> None:
    """Register the commands."""
    websocket_api.async_register_command(hass, ws_dashboard)


def _task(view: PropertyView, task: Task) -> dict[str, Any]:
    asset = view.assets.get(task.asset_id) if task.asset_id else None
    return {
        "task_id": task.id,
        "name": task.name,
        "asset_id": task.asset_id,
        "asset_name": asset.name if asset else None,
        "next_due_at": iso(task.next_due_at),
        "priority": task.priority,
        "status": view.status.get(task.id),
    }


def _log(view: PropertyView, log: Log) -> dict[str, Any]:
    asset = view.assets.get(log.asset_id) if log.asset_id else None
    return {
        "log_id": log.id,
        "kind": log.kind,
        "action": log.action,
        "asset_id": log.asset_id,
        "asset_name": asset.name if asset else None,
        "task_id": log.task_id,
        "user_id": log.user_id,
        "notes": log.notes,
        "cost": float(log.cost) if log.cost is not None else None,
        "performed_at": iso(log.performed_at),
    }


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
    entries: list[HavenConfigEntry] = hass.config_entries.async_loaded_entries(DOMAIN)
    if wanted := msg.get(ATTR_CONFIG_ENTRY_ID):
        entries = [entry for entry in entries if entry.entry_id == wanted]
        if not entries:
            connection.send_error(
                msg["id"],
                websocket_api.ERR_NOT_FOUND,
                "No loaded Haven property has that id",
            )
            return
    properties = []
    for entry in entries:
        view = entry.runtime_data.view
        logs = await entry.runtime_data.commands.repository.async_logs(
            property_id=view.property_id, limit=RECENT_LOGS
        )
        properties.append(
            {
                ATTR_CONFIG_ENTRY_ID: entry.entry_id,
                "name": view.property.name,
                "health": view.health,
                "overdue": [_task(view, t) for t in view.tasks_with(STATUS_OVERDUE)],
                "due_soon": [_task(view, t) for t in view.tasks_with(STATUS_DUE_SOON)],
                "recent_logs": [_log(view, log) for log in logs],
                "inbox": [
                    entry.runtime_data.inbox.as_dict(item)
                    for item in entry.runtime_data.inbox.open_items()
                ],
            }
        )
    connection.send_result(msg["id"], {"properties": properties})
