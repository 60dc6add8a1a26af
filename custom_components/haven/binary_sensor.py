"""A problem sensor per asset: on while any of its tasks is overdue.

Its attributes tell what the asset cost (in all and this year), its warranty and the
end of its expected life, and whether it is past it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from homeassistant.components.binary_sensor import (
    BinarySensorDeviceClass,
    BinarySensorEntity,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util import dt as dt_util

from .costs import PropertyCosts
from .data import HavenConfigEntry
from .entity import HavenEntity, async_add_record_entities
from .warranties import lifetime_attributes

if TYPE_CHECKING:
    from .commands import PropertyCommands

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HavenConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add one problem sensor per asset, now and as assets are added."""
    commands = entry.runtime_data.commands
    async_add_record_entities(
        entry,
        async_add_entities,
        "asset",
        lambda asset_id: AssetProblemSensor(
            commands, entry.runtime_data.costs, asset_id
        ),
    )


class AssetProblemSensor(HavenEntity, BinarySensorEntity):
    """Whether an asset needs attention."""

    _attr_translation_key = "maintenance_overdue"
    _attr_device_class = BinarySensorDeviceClass.PROBLEM

    def __init__(
        self, commands: PropertyCommands, costs: PropertyCosts, asset_id: str
    ) -> None:
        """Watch one asset."""
        super().__init__(commands, asset_id, f"{asset_id}_overdue", asset_id)
        self.asset_id = asset_id
        self.costs = costs

    @property
    def available(self) -> bool:
        """Return whether the asset still exists."""
        return self.asset_id in self.view.assets

    @property
    def is_on(self) -> bool:
        """Return whether any task of the asset is overdue."""
        return self.view.asset_has_overdue(self.asset_id)

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Return the asset's costs, warranty and expected life."""
        if (asset := self.view.assets.get(self.asset_id)) is None:
            return None
        total, this_year = self.costs.asset(self.asset_id)
        return {
            "cost_total": float(total),
            "cost_this_year": float(this_year),
            **lifetime_attributes(asset, dt_util.now(self.view.tz).date()),
        }
