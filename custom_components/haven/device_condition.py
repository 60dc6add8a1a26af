"""Device conditions of an asset: it has (or has no) overdue task."""

from __future__ import annotations

from typing import Any, Final

from homeassistant.const import CONF_CONDITION, CONF_DEVICE_ID, CONF_DOMAIN, CONF_TYPE
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.condition import ConditionCheckerType
from homeassistant.helpers.typing import ConfigType, TemplateVarsType
import voluptuous as vol

from .const import DOMAIN
from .device_automation import asset_id_of, view_of

CONDITION_OVERDUE: Final = "has_overdue_task"
CONDITION_NOT_OVERDUE: Final = "has_no_overdue_task"
CONDITION_TYPES: Final = (CONDITION_OVERDUE, CONDITION_NOT_OVERDUE)

CONDITION_SCHEMA = cv.DEVICE_CONDITION_BASE_SCHEMA.extend(
    {vol.Required(CONF_TYPE): vol.In(CONDITION_TYPES)}
)


async def async_get_conditions(
    hass: HomeAssistant, device_id: str
) -> list[dict[str, Any]]:
    """List the conditions of an asset's device."""
    if asset_id_of(hass, device_id) is None:
        return []
    return [
        {
            CONF_CONDITION: "device",
            CONF_DOMAIN: DOMAIN,
            CONF_DEVICE_ID: device_id,
            CONF_TYPE: condition_type,
        }
        for condition_type in CONDITION_TYPES
    ]


@callback
def async_condition_from_config(
    hass: HomeAssistant, config: ConfigType
) -> ConditionCheckerType:
    """Check the asset's tasks in its property's view when the automation runs."""
    device_id = config[CONF_DEVICE_ID]
    wanted = config[CONF_TYPE] == CONDITION_OVERDUE

    @callback
    def _check(hass: HomeAssistant, variables: TemplateVarsType = None) -> bool:
        asset_id = asset_id_of(hass, device_id)
        view = view_of(hass, asset_id) if asset_id else None
        if view is None or asset_id is None:
            return False
        return bool(view.asset_has_overdue(asset_id) == wanted)

    return _check
