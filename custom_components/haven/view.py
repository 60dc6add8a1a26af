"""The in-memory view of one property that entities and websocket commands read.

It is filled once at setup and then updated by every write with the rows the write
returned, so reading a state never touches the database and nothing polls. Listeners
subscribe to the keys they show (a record id, or ``PROPERTY_KEY`` for house-wide
figures) and only they are called when that record changes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from homeassistant.core import CALLBACK_TYPE, callback

from .store.models import Asset, Property, Supply, Task, Zone
from .store.repository import PropertySnapshot

PROPERTY_KEY = "property"


class PropertyView:
    """Current records of one property, and who to tell when they change."""

    def __init__(self, snapshot: PropertySnapshot) -> None:
        """Start from what the repository loaded."""
        self.property: Property = snapshot.property
        self.zones: dict[str, Zone] = {zone.id: zone for zone in snapshot.zones}
        self.assets: dict[str, Asset] = {asset.id: asset for asset in snapshot.assets}
        self.tasks: dict[str, Task] = {task.id: task for task in snapshot.tasks}
        self.supplies: dict[str, Supply] = {
            supply.id: supply for supply in snapshot.supplies
        }
        self._listeners: defaultdict[str, list[CALLBACK_TYPE]] = defaultdict(list)

    @property
    def property_id(self) -> str:
        """Return the property's id."""
        return self.property.id

    def zone_for_area(self, area_id: str) -> Zone | None:
        """Return the zone linked to an HA area, if the property has one."""
        return next(
            (zone for zone in self.zones.values() if zone.area_id == area_id), None
        )

    @callback
    def async_subscribe(self, key: str, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call listener whenever the record with this key changes."""
        self._listeners[key].append(listener)

        @callback
        def _unsubscribe() -> None:
            self._listeners[key].remove(listener)
            if not self._listeners[key]:
                del self._listeners[key]

        return _unsubscribe

    @property
    def listener_count(self) -> int:
        """Return how many listeners are subscribed (diagnostics, leak checks)."""
        return sum(len(listeners) for listeners in self._listeners.values())

    @callback
    def _async_notify(self, keys: Iterable[str]) -> None:
        for key in {*keys, PROPERTY_KEY}:
            for listener in list(self._listeners.get(key, ())):
                listener()

    @callback
    def async_set_property(self, prop: Property) -> None:
        """Replace the property row."""
        self.property = prop
        self._async_notify(())

    @callback
    def async_put_zone(self, zone: Zone) -> None:
        """Add or replace a zone."""
        self.zones[zone.id] = zone
        self._async_notify((zone.id,))

    @callback
    def async_put_asset(self, asset: Asset) -> None:
        """Add or replace an asset."""
        self.assets[asset.id] = asset
        self._async_notify((asset.id,))

    @callback
    def async_drop_asset(self, asset_id: str) -> None:
        """Forget an asset and everything that hung off it."""
        self.assets.pop(asset_id, None)
        gone_tasks = [t.id for t in self.tasks.values() if t.asset_id == asset_id]
        for task_id in gone_tasks:
            del self.tasks[task_id]
        for supply_id in [
            s.id for s in self.supplies.values() if s.asset_id == asset_id
        ]:
            del self.supplies[supply_id]
        self._async_notify((asset_id, *gone_tasks))
