"""The schemas of Haven's actions: which fields exist, and their types."""

from __future__ import annotations

from typing import Any

from homeassistant.helpers import config_validation as cv
import voluptuous as vol

from .const import (
    ATTR_ACTION,
    ATTR_ANCHOR,
    ATTR_AREA_ID,
    ATTR_ASSET_ID,
    ATTR_ASSIGNED_USER_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_COST,
    ATTR_CRON,
    ATTR_DURATION,
    ATTR_EVERY,
    ATTR_FIRST_DUE,
    ATTR_INSTALLED_ON,
    ATTR_LEAD_DAYS,
    ATTR_LIMIT,
    ATTR_MANUFACTURER,
    ATTR_METER_ENTITY_ID,
    ATTR_METER_EVERY,
    ATTR_MODEL,
    ATTR_NAME,
    ATTR_NOTES,
    ATTR_PART_NUMBER,
    ATTR_PERFORMED_AT,
    ATTR_PRIORITY,
    ATTR_PURCHASE_URL,
    ATTR_QUANTITY,
    ATTR_SERIAL_NUMBER,
    ATTR_SINCE,
    ATTR_SUPPLY_ID,
    ATTR_TASK_ID,
    ATTR_TEMPLATE,
    ATTR_UNIT,
    ATTR_UNTIL,
    ATTR_ZONE,
)

# Values are checked by the handlers (not by voluptuous) so every refusal is a
# specific, translated error; the schema only fixes which fields exist.
_ASSET_FIELDS: dict[vol.Marker, Any] = {
    vol.Optional(ATTR_AREA_ID): vol.Any(None, cv.string),
    vol.Optional(ATTR_ZONE): vol.Any(None, cv.string),
    vol.Optional(ATTR_MANUFACTURER): vol.Any(None, cv.string),
    vol.Optional(ATTR_MODEL): vol.Any(None, cv.string),
    vol.Optional(ATTR_SERIAL_NUMBER): vol.Any(None, cv.string),
    vol.Optional(ATTR_INSTALLED_ON): vol.Any(None, cv.string),
    vol.Optional(ATTR_NOTES): vol.Any(None, cv.string),
}

CREATE_ASSET_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Required(ATTR_NAME): cv.string,
        vol.Optional(ATTR_TEMPLATE): vol.Any(None, cv.string),
        **_ASSET_FIELDS,
    }
)
UPDATE_ASSET_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_ASSET_ID): cv.string,
        vol.Optional(ATTR_NAME): cv.string,
        **_ASSET_FIELDS,
    }
)
REMOVE_ASSET_SCHEMA = vol.Schema({vol.Required(ATTR_ASSET_ID): cv.string})


_VALUE = vol.Any(None, cv.string, vol.Coerce(float))
_TASK_FIELDS: dict[vol.Marker, Any] = {
    vol.Optional(ATTR_EVERY): _VALUE,
    vol.Optional(ATTR_UNIT): vol.Any(None, cv.string),
    vol.Optional(ATTR_ANCHOR): vol.Any(None, cv.string),
    vol.Optional(ATTR_CRON): vol.Any(None, cv.string),
    vol.Optional(ATTR_METER_ENTITY_ID): vol.Any(None, cv.string),
    vol.Optional(ATTR_METER_EVERY): _VALUE,
    vol.Optional(ATTR_FIRST_DUE): vol.Any(None, cv.string),
    vol.Optional(ATTR_LEAD_DAYS): _VALUE,
    vol.Optional(ATTR_PRIORITY): _VALUE,
    vol.Optional(ATTR_NOTES): vol.Any(None, cv.string),
    vol.Optional(ATTR_ASSIGNED_USER_ID): vol.Any(None, cv.string),
}
# Task actions take a task_id or the task's entities (sensor, button) as target.
_TASK_TARGET: dict[Any, Any] = {
    vol.Optional(ATTR_TASK_ID): cv.string,
    **cv.ENTITY_SERVICE_FIELDS,
}

CREATE_TASK_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_NAME): cv.string,
        vol.Optional(ATTR_ASSET_ID): cv.string,
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
        **_TASK_FIELDS,
    }
)
UPDATE_TASK_SCHEMA = vol.Schema(
    {**_TASK_TARGET, vol.Optional(ATTR_NAME): cv.string, **_TASK_FIELDS}
)
REMOVE_TASK_SCHEMA = vol.Schema(_TASK_TARGET)
COMPLETE_TASK_SCHEMA = vol.Schema(
    {
        **_TASK_TARGET,
        vol.Optional(ATTR_PERFORMED_AT): vol.Any(None, cv.string),
        vol.Optional(ATTR_NOTES): vol.Any(None, cv.string),
        vol.Optional(ATTR_COST): _VALUE,
    }
)
SNOOZE_TASK_SCHEMA = vol.Schema(
    {
        **_TASK_TARGET,
        vol.Optional(ATTR_UNTIL): vol.Any(None, cv.string),
        vol.Optional(ATTR_DURATION): vol.Any(None, dict, cv.string, vol.Coerce(float)),
    }
)
SKIP_TASK_SCHEMA = vol.Schema(_TASK_TARGET)
LOG_MAINTENANCE_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_ASSET_ID): cv.string,
        vol.Required(ATTR_ACTION): cv.string,
        vol.Optional(ATTR_PERFORMED_AT): vol.Any(None, cv.string),
        vol.Optional(ATTR_NOTES): vol.Any(None, cv.string),
        vol.Optional(ATTR_COST): _VALUE,
    }
)
GET_HISTORY_SCHEMA = vol.Schema(
    {
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_ASSET_ID): cv.string,
        vol.Optional(ATTR_TASK_ID): cv.string,
        vol.Optional(ATTR_SINCE): vol.Any(None, cv.string),
        vol.Optional(ATTR_LIMIT): _VALUE,
    }
)
_SUPPLY_FIELDS: dict[vol.Marker, Any] = {
    vol.Optional(ATTR_PART_NUMBER): vol.Any(None, cv.string),
    vol.Optional(ATTR_PURCHASE_URL): vol.Any(None, cv.string),
    vol.Optional(ATTR_QUANTITY): _VALUE,
    vol.Optional(ATTR_TASK_ID): vol.Any(None, cv.string),
}
ADD_SUPPLY_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_ASSET_ID): cv.string,
        vol.Required(ATTR_NAME): cv.string,
        **_SUPPLY_FIELDS,
    }
)
UPDATE_SUPPLY_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_SUPPLY_ID): cv.string,
        vol.Optional(ATTR_NAME): cv.string,
        **_SUPPLY_FIELDS,
    }
)


EXPORT_SCHEMA = vol.Schema({vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string})
