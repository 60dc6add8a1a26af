"""What Haven's task events carry (part of the public contract: extend, never rename)."""

from __future__ import annotations

from typing import Any

from .const import (
    ATTR_ASSET_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DEVICE_ID,
    ATTR_LOG_ID,
    ATTR_NAME,
    ATTR_NEXT_DUE_AT,
    ATTR_TASK_ID,
    ATTR_USER_ID,
)
from .devices import PropertyDevices
from .store.records import Task
from .view import iso


def task_event(
    entry_id: str,
    devices: PropertyDevices,
    task: Task,
    user_id: str | None,
    log_id: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """Return the payload of a task event (completed, snoozed, skipped).

    The device is the asset's (the property's for a house-wide task), so the event
    shows in that device's activity; the task's name is kept so the logbook line still
    reads right after the task was renamed or removed.
    """
    data: dict[str, Any] = {
        ATTR_CONFIG_ENTRY_ID: entry_id,
        ATTR_ASSET_ID: task.asset_id,
        ATTR_DEVICE_ID: devices.device_id(task.asset_id or task.property_id),
        ATTR_TASK_ID: task.id,
        ATTR_NAME: task.name,
    }
    if log_id is not None:
        data[ATTR_LOG_ID] = log_id
    data |= {ATTR_USER_ID: user_id, **extra}
    data[ATTR_NEXT_DUE_AT] = iso(task.next_due_at)
    return data
