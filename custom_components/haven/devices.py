"""Haven's records in HA's registries: the property and its assets as devices in areas.

The property is a service device; each asset is a device under it, in the HA area of
its zone. Zones are found or made from an area id or an area name. A user moving an
asset's device to another area in HA's UI moves the asset; devices of assets that no
longer exist (after a restore, say) are removed at start.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterable, Mapping
from typing import Any

from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import area_registry as ar, device_registry as dr

from .const import ATTR_AREA_ID, ATTR_ZONE, DOMAIN
from .errors import invalid
from .store.models import Asset
from .validation import clean_name
from .view import PropertyView


class PropertyDevices:
    """The devices of one property, kept in step with its records."""

    def __init__(self, hass: HomeAssistant, entry_id: str, view: PropertyView) -> None:
        """Bind to a loaded property."""
        self.hass = hass
        self.entry_id = entry_id
        self.view = view

    @callback
    def async_property_device(self) -> dr.DeviceEntry:
        """Create or refresh the property's service device."""
        prop = self.view.property
        return dr.async_get(self.hass).async_get_or_create(
            config_entry_id=self.entry_id,
            identifiers={(DOMAIN, prop.id)},
            name=prop.name,
            manufacturer="Haven",
            model="Property",
            entry_type=dr.DeviceEntryType.SERVICE,
        )

    @callback
    def async_asset_device(
        self,
        asset: Asset,
        parent: dr.DeviceEntry | None = None,
        area_id: str | None = None,
    ) -> dr.DeviceEntry:
        """Create or refresh an asset's device, under the property, in its area.

        area_id is given for an asset not in the view yet (its zone may be new too).
        """
        registry = dr.async_get(self.hass)
        device = registry.async_get_or_create(
            config_entry_id=self.entry_id,
            identifiers={(DOMAIN, asset.id)},
            name=asset.name,
            manufacturer=asset.manufacturer,
            model=asset.model,
            serial_number=asset.serial_number,
        )
        parent = parent or self.async_property_device()
        if asset.id in self.view.assets:
            area_id = self.view.area_of(asset)
        if (device.area_id, device.via_device_id) != (area_id, parent.id):
            device = (
                registry.async_update_device(
                    device.id, area_id=area_id, via_device_id=parent.id
                )
                or device
            )
        return device

    @callback
    def async_sync(self, unreadable: Iterable[str] = ()) -> None:
        """Make the device registry match the records (at setup, e.g. after a restore).

        Devices of assets that no longer exist are removed with their entities; those
        of assets left out because a stored value cannot be read are kept.
        """
        registry = dr.async_get(self.hass)
        parent = self.async_property_device()
        keep = {parent.id}
        keep.update(
            self.async_asset_device(a, parent).id for a in self.view.assets.values()
        )
        skipped = set(unreadable)
        for device in dr.async_entries_for_config_entry(registry, self.entry_id):
            if device.id not in keep and not any(
                domain == DOMAIN and record_id in skipped
                for domain, record_id in device.identifiers
            ):
                registry.async_remove_device(device.id)

    @callback
    def async_remove(self, record_id: str) -> None:
        """Remove the device of an asset."""
        if device := find_device(self.hass, self.entry_id, record_id):
            dr.async_get(self.hass).async_remove_device(device.id)

    def device_id(self, record_id: str) -> str | None:
        """Return the HA device id of the property or an asset."""
        device = find_device(self.hass, self.entry_id, record_id)
        return device.id if device else None

    @callback
    def async_resolve_area(self, fields: Mapping[str, Any]) -> ar.AreaEntry | None:
        """Return the area the fields name, None when they name none.

        An area id must exist; an area name that does not exist yet becomes a new area.
        """
        area_id = fields.get(ATTR_AREA_ID)
        zone_name = fields.get(ATTR_ZONE)
        if area_id and zone_name:
            raise invalid("area_and_zone")
        areas = ar.async_get(self.hass)
        if area_id:
            if (area := areas.async_get_area(area_id)) is None:
                raise invalid("unknown_area", area_id=area_id)
            return area
        if zone_name:
            return areas.async_get_or_create(clean_name(zone_name, ATTR_ZONE))
        return None

    @callback
    def async_follow_moves(
        self, move: Callable[[str, str | None], Coroutine[Any, Any, Any]]
    ) -> CALLBACK_TYPE:
        """Call move(asset_id, area_id) when a user moves an asset's device."""

        @callback
        def _moved(event: Event[dr.EventDeviceRegistryUpdatedData]) -> None:
            device = dr.async_get(self.hass).async_get(event.data["device_id"])
            if device is None:
                return
            for domain, asset_id in device.identifiers:
                if (
                    domain != DOMAIN
                    or (asset := self.view.assets.get(asset_id)) is None
                ):
                    continue
                if self.view.area_of(asset) != device.area_id:
                    self.hass.async_create_task(
                        move(asset_id, device.area_id), eager_start=True
                    )

        return self.hass.bus.async_listen(
            dr.EVENT_DEVICE_REGISTRY_UPDATED, _moved, event_filter=_area_changed
        )


@callback
def _area_changed(event_data: dr.EventDeviceRegistryUpdatedData) -> bool:
    return event_data["action"] == "update" and "area_id" in event_data["changes"]


def find_device(
    hass: HomeAssistant, entry_id: str, record_id: str
) -> dr.DeviceEntry | None:
    """Return the device of a property or an asset.

    Looked up among the entry's devices: a lookup by identifiers alone changed API
    between the HA releases Haven supports.
    """
    return next(
        (
            device
            for device in dr.async_entries_for_config_entry(
                dr.async_get(hass), entry_id
            )
            if (DOMAIN, record_id) in device.identifiers
        ),
        None,
    )


def device_ids(hass: HomeAssistant, entry_id: str) -> dict[str, str]:
    """Return the device id of every record (property, assets) of a property."""
    return {
        record_id: device.id
        for device in dr.async_entries_for_config_entry(dr.async_get(hass), entry_id)
        for domain, record_id in device.identifiers
        if domain == DOMAIN
    }
