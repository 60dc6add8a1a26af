"""Device triggers of an asset: one of its tasks comes due, becomes overdue, is done."""

from __future__ import annotations

from typing import Any, Final

from homeassistant.components.device_automation import DEVICE_TRIGGER_BASE_SCHEMA
from homeassistant.components.homeassistant.triggers import (
    event as event_trigger,
    state as state_trigger,
)
from homeassistant.const import (
    CONF_DEVICE_ID,
    CONF_DOMAIN,
    CONF_ENTITY_ID,
    CONF_EVENT_DATA,
    CONF_PLATFORM,
    CONF_TYPE,
    STATE_OFF,
    STATE_ON,
)
from homeassistant.core import CALLBACK_TYPE, HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.trigger import TriggerActionType, TriggerInfo
from homeassistant.helpers.typing import ConfigType
import voluptuous as vol

from .const import ATTR_ASSET_ID, DOMAIN, EVENT_TASK_COMPLETED, EVENT_TASK_DUE
from .device_automation import TASK_FIELD, asset_id_of, overdue_sensor, task_picker
from .errors import invalid

TRIGGER_DUE: Final = "task_due"
TRIGGER_OVERDUE: Final = "task_overdue"
TRIGGER_COMPLETED: Final = "task_completed"
TRIGGER_TYPES: Final = (TRIGGER_DUE, TRIGGER_OVERDUE, TRIGGER_COMPLETED)
# The events behind the triggers a task can narrow down.
EVENTS: Final = {TRIGGER_DUE: EVENT_TASK_DUE, TRIGGER_COMPLETED: EVENT_TASK_COMPLETED}

TRIGGER_SCHEMA = DEVICE_TRIGGER_BASE_SCHEMA.extend(
    {
        vol.Required(CONF_TYPE): vol.In(TRIGGER_TYPES),
        vol.Optional(TASK_FIELD): cv.string,
    }
)


async def async_get_triggers(
    hass: HomeAssistant, device_id: str
) -> list[dict[str, Any]]:
    """List the triggers of an asset's device."""
    if asset_id_of(hass, device_id) is None:
        return []
    return [
        {
            CONF_PLATFORM: "device",
            CONF_DOMAIN: DOMAIN,
            CONF_DEVICE_ID: device_id,
            CONF_TYPE: trigger_type,
        }
        for trigger_type in TRIGGER_TYPES
    ]


async def async_get_trigger_capabilities(
    hass: HomeAssistant, config: ConfigType
) -> dict[str, vol.Schema]:
    """Offer a task picker (any task of the asset when left empty)."""
    if config[CONF_TYPE] not in EVENTS:
        return {}
    return {"extra_fields": task_picker(hass, config[CONF_DEVICE_ID], required=False)}


async def async_attach_trigger(
    hass: HomeAssistant,
    config: ConfigType,
    action: TriggerActionType,
    trigger_info: TriggerInfo,
) -> CALLBACK_TYPE:
    """Listen for Haven's events about the asset (or its overdue sensor)."""
    if (asset_id := asset_id_of(hass, config[CONF_DEVICE_ID])) is None:
        raise invalid("unknown_asset", asset_id=config[CONF_DEVICE_ID])
    if config[CONF_TYPE] == TRIGGER_OVERDUE:
        if (entity_id := overdue_sensor(hass, asset_id)) is None:
            raise invalid("unknown_asset", asset_id=asset_id)
        state_config = await state_trigger.async_validate_trigger_config(
            hass,
            {
                CONF_PLATFORM: "state",
                CONF_ENTITY_ID: [entity_id],
                "from": STATE_OFF,
                "to": STATE_ON,
            },
        )
        return await state_trigger.async_attach_trigger(
            hass, state_config, action, trigger_info, platform_type="device"
        )
    event_data = {ATTR_ASSET_ID: asset_id}
    if task_id := config.get(TASK_FIELD):
        event_data[TASK_FIELD] = task_id
    event_config = event_trigger.TRIGGER_SCHEMA(
        {
            CONF_PLATFORM: "event",
            "event_type": EVENTS[config[CONF_TYPE]],
            CONF_EVENT_DATA: event_data,
        }
    )
    return await event_trigger.async_attach_trigger(
        hass, event_config, action, trigger_info, platform_type="device"
    )
