"""Haven's actions: registered once, resolved to a loaded property, validated, translated."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.helpers import config_validation as cv
import voluptuous as vol

from .const import (
    ATTR_AREA_ID,
    ATTR_ASSET_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DEVICE_ID,
    ATTR_INSTALLED_ON,
    ATTR_MANUFACTURER,
    ATTR_MODEL,
    ATTR_NAME,
    ATTR_NOTES,
    ATTR_SERIAL_NUMBER,
    ATTR_TASK_IDS,
    ATTR_ZONE,
    DOMAIN,
)
from .errors import invalid

if TYPE_CHECKING:
    from . import HavenConfigEntry

SERVICE_CREATE_ASSET = "create_asset"
SERVICE_UPDATE_ASSET = "update_asset"
SERVICE_REMOVE_ASSET = "remove_asset"

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


def entry_for_id(hass: HomeAssistant, entry_id: str) -> HavenConfigEntry:
    """Return the loaded property of a config entry id, or refuse."""
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise invalid("unknown_property", config_entry_id=entry_id)
    if entry.state is not ConfigEntryState.LOADED:
        raise invalid("property_not_loaded", name=entry.title)
    return entry


def entry_for_asset(hass: HomeAssistant, asset_id: str) -> HavenConfigEntry:
    """Return the loaded property that holds an asset, or refuse."""
    entries: list[HavenConfigEntry] = hass.config_entries.async_loaded_entries(DOMAIN)
    for entry in entries:
        if asset_id in entry.runtime_data.view.assets:
            return entry
    raise invalid("unknown_asset", asset_id=asset_id)


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
    asset, device = await entry.runtime_data.manager.async_create_asset(
        _fields(call, ATTR_CONFIG_ENTRY_ID)
    )
    return {ATTR_ASSET_ID: asset.id, ATTR_DEVICE_ID: device.id, ATTR_TASK_IDS: []}


async def _async_update_asset(call: ServiceCall) -> ServiceResponse:
    asset_id = call.data[ATTR_ASSET_ID]
    entry = entry_for_asset(call.hass, asset_id)
    await entry.runtime_data.manager.async_update_asset(
        asset_id, _fields(call, ATTR_ASSET_ID)
    )
    return None


async def _async_remove_asset(call: ServiceCall) -> ServiceResponse:
    asset_id = call.data[ATTR_ASSET_ID]
    entry = entry_for_asset(call.hass, asset_id)
    await _async_require_admin(call)
    await entry.runtime_data.manager.async_remove_asset(asset_id)
    return None


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
)


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register Haven's actions."""
    for name, schema, handler, supports_response in _SERVICES:
        hass.services.async_register(
            DOMAIN, name, handler, schema=schema, supports_response=supports_response
        )
