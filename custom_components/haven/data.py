"""What a loaded property keeps at run time, and finding the property a record is in.

Platforms, actions, websocket commands and flows import ``HavenConfigEntry`` from here,
never from the package's ``__init__``, so nothing imports upwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.core import HomeAssistant

from .capture.inbox import Inbox
from .commands import PropertyCommands
from .const import DOMAIN
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
