"""Diagnostics of a property, with personal details redacted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .const import CONF_ADDRESS
from .store.migrations import SCHEMA_VERSION

if TYPE_CHECKING:
    from .data import HavenConfigEntry

TO_REDACT = {CONF_ADDRESS, "serial_number", "notes", "title", "name"}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: HavenConfigEntry
) -> dict[str, Any]:
    """Return what helps to debug a property without its private details."""
    data = entry.runtime_data
    view = data.view
    repository = data.commands.repository
    reminders = data.clock.reminders
    return async_redact_data(
        {
            "entry": entry.as_dict(),
            "database": {
                "dialect": repository.dialect,
                "schema_version": SCHEMA_VERSION,
                "schema_version_found_at_start": repository.schema_found,
                "rows": await repository.async_count_rows(view.property_id),
            },
            "property": {"id": view.property_id, "name": view.property.name},
            "zones": [
                {"id": zone.id, "area_id": zone.area_id, "name": zone.name}
                for zone in view.zones.values()
            ],
            "assets": [
                {
                    "id": asset.id,
                    "zone_id": asset.zone_id,
                    "template_id": asset.template_id,
                    "manufacturer": asset.manufacturer,
                    "model": asset.model,
                    "serial_number": asset.serial_number,
                    "installed_on": asset.installed_on,
                    "notes": asset.notes,
                }
                for asset in view.assets.values()
            ],
            "listeners": view.listener_count,
            "reminders": {
                "targets": len(reminders.settings.targets),
                "shopping_list": reminders.settings.shopping_list is not None,
                "next_reminder": reminders.next_moment(),
                "next_status_change": view.next_status_change(dt_util.utcnow()),
            },
        },
        TO_REDACT,
    )
