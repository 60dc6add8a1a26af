"""What a loaded property keeps at run time, and finding the property a record is in.

Platforms, actions, websocket commands and flows import ``HavenConfigEntry`` from here,
never from the package's ``__init__``, so nothing imports upwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr

from .capture.inbox import Inbox
from .commands import PropertyCommands
from .const import ATTR_ASSET_ID, ATTR_CONFIG_ENTRY_ID, ATTR_DEVICE_ID, DOMAIN
from .costs import PropertyCosts
from .errors import invalid
from .scheduler import PropertyClock
from .view import PropertyView


@dataclass(slots=True)
class HavenData:
    """A loaded property: its commands (every write), clock, inbox and cost sums."""

    commands: PropertyCommands
    clock: PropertyClock
    inbox: Inbox
    costs: PropertyCosts

    @property
    def view(self) -> PropertyView:
        """Return the in-memory view entities read."""
        return self.commands.view


type HavenConfigEntry = ConfigEntry[HavenData]

# Kinds of record a caller may name, with the translated refusal for an unknown id.
_RECORDS = {
    "asset": ("assets", "unknown_asset", "asset_id"),
    "task": ("tasks", "unknown_task", "task_id"),
    "supply": ("supplies", "unknown_supply", "supply_id"),
    "inbox_item": ("inbox", "unknown_inbox_item", "inbox_item_id"),
}


def loaded_entries(hass: HomeAssistant) -> list[HavenConfigEntry]:
    """Return the loaded properties."""
    return hass.config_entries.async_loaded_entries(DOMAIN)


def entry_for_id(hass: HomeAssistant, entry_id: str) -> HavenConfigEntry:
    """Return the loaded property of a config entry id, or refuse."""
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise invalid("unknown_property", config_entry_id=entry_id)
    if entry.state is not ConfigEntryState.LOADED:
        raise invalid("property_not_loaded", name=entry.title)
    return entry


def entry_holding(hass: HomeAssistant, kind: str, record_id: str) -> HavenConfigEntry:
    """Return the loaded property that holds a record of a kind, or refuse."""
    attribute, error, placeholder = _RECORDS[kind]
    for entry in loaded_entries(hass):
        if record_id in getattr(entry.runtime_data.view, attribute):
            return entry
    raise invalid(error, **{placeholder: record_id})


def asset_for_device(hass: HomeAssistant, device_id: str) -> str:
    """Return the asset whose HA device this is, or refuse (the one way by device)."""
    device = dr.async_get(hass).async_get(device_id)
    for domain, record_id in device.identifiers if device else ():
        if domain == DOMAIN and any(
            record_id in entry.runtime_data.view.assets
            for entry in loaded_entries(hass)
        ):
            return record_id
    raise invalid("unknown_asset_device", device_id=device_id)


def asset_named(hass: HomeAssistant, data: Mapping[str, Any]) -> str | None:
    """Return the asset a call names by asset_id or device_id (None: neither).

    Both may be given when they name the same asset; otherwise the call is refused.
    """
    asset_id: str | None = data.get(ATTR_ASSET_ID) or None
    if device_id := data.get(ATTR_DEVICE_ID):
        of_device = asset_for_device(hass, device_id)
        if asset_id is not None and asset_id != of_device:
            raise invalid("asset_device_mismatch", asset_id=asset_id)
        return of_device
    return asset_id


def entry_of_call(
    hass: HomeAssistant, data: Mapping[str, Any], kind: str, record_id: str | None
) -> HavenConfigEntry | None:
    """Return the property of a call's record, or of its config_entry_id.

    A config_entry_id that names another property than the record's is refused,
    never silently ignored. None when the call names neither.
    """
    entry_id: str | None = data.get(ATTR_CONFIG_ENTRY_ID) or None
    if record_id is None:
        return entry_for_id(hass, entry_id) if entry_id else None
    entry = entry_holding(hass, kind, record_id)
    if entry_id is not None and entry_id != entry.entry_id:
        other = entry_for_id(hass, entry_id)
        raise invalid(
            "record_in_other_property",
            record=record_id,
            property=entry.title,
            other=other.title,
        )
    return entry
