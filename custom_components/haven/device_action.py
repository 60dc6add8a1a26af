"""Device actions of an asset: mark one of its tasks done, log work on it.

Both run Haven's own actions (``haven.complete_task``, ``haven.log_maintenance``)
with the automation's context, so they are validated and recorded like any other.
"""

from __future__ import annotations

from typing import Any, Final

from homeassistant.const import CONF_DEVICE_ID, CONF_DOMAIN, CONF_TYPE
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import config_validation as cv, selector
from homeassistant.helpers.typing import ConfigType, TemplateVarsType
import voluptuous as vol

from .const import ATTR_ACTION, ATTR_ASSET_ID, ATTR_COST, ATTR_TASK_ID, DOMAIN
from .device_automation import TASK_FIELD, asset_id_of, task_picker
from .errors import invalid

ACTION_COMPLETE: Final = "complete_task"
ACTION_LOG: Final = "log_work"
ACTION_TYPES: Final = (ACTION_COMPLETE, ACTION_LOG)


def _fields_present(config: ConfigType) -> ConfigType:
    """Require the task to complete, or the work to log."""
    needed = TASK_FIELD if config[CONF_TYPE] == ACTION_COMPLETE else ATTR_ACTION
    if not config.get(needed):
        raise vol.Invalid(f"{needed} is required for {config[CONF_TYPE]}")
    return config


ACTION_SCHEMA = vol.All(
    cv.DEVICE_ACTION_BASE_SCHEMA.extend(
        {
            vol.Required(CONF_TYPE): vol.In(ACTION_TYPES),
            vol.Optional(TASK_FIELD): cv.string,
            vol.Optional(ATTR_ACTION): cv.string,
            vol.Optional(ATTR_COST): vol.All(vol.Coerce(float), vol.Range(min=0)),
        }
    ),
    _fields_present,
)


async def async_get_actions(
    hass: HomeAssistant, device_id: str
) -> list[dict[str, Any]]:
    """List the actions of an asset's device."""
    if asset_id_of(hass, device_id) is None:
        return []
    return [
        {CONF_DOMAIN: DOMAIN, CONF_DEVICE_ID: device_id, CONF_TYPE: action_type}
        for action_type in ACTION_TYPES
    ]


async def async_get_action_capabilities(
    hass: HomeAssistant, config: ConfigType
) -> dict[str, vol.Schema]:
    """Offer the task to complete, or what was done and its cost."""
    if config[CONF_TYPE] == ACTION_COMPLETE:
        return {
            "extra_fields": task_picker(hass, config[CONF_DEVICE_ID], required=True)
        }
    return {
        "extra_fields": vol.Schema(
            {
                vol.Required(ATTR_ACTION): selector.TextSelector(),
                vol.Optional(ATTR_COST): selector.NumberSelector(
                    selector.NumberSelectorConfig(
                        min=0, step=0.01, mode=selector.NumberSelectorMode.BOX
                    )
                ),
            }
        )
    }


async def async_call_action_from_config(
    hass: HomeAssistant,
    config: ConfigType,
    variables: TemplateVarsType,
    context: Context | None,
) -> None:
    """Run the action as the automation."""
    if (asset_id := asset_id_of(hass, config[CONF_DEVICE_ID])) is None:
        raise invalid("unknown_asset", asset_id=config[CONF_DEVICE_ID])
    if config[CONF_TYPE] == ACTION_COMPLETE:
        service, data = "complete_task", {ATTR_TASK_ID: config[TASK_FIELD]}
    else:
        service = "log_maintenance"
        data = {ATTR_ASSET_ID: asset_id, ATTR_ACTION: config[ATTR_ACTION]}
        if ATTR_COST in config:
            data[ATTR_COST] = config[ATTR_COST]
    await hass.services.async_call(
        DOMAIN, service, data, blocking=True, context=context
    )
