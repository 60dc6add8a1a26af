"""Haven's records in HA's registries: the property and its assets as devices in areas.

The property is a service device; each asset is a device under it, in the HA area of
its zone. Their "Visit" link on HA's device page opens Haven's panel (the property's
home, the asset's page). Zones are found or made from an area id or an area name; a
zone name that is already another property's area gets an area of its own. A user
moving an asset's device to another area in HA's UI moves the asset; devices of assets
that no longer exist (after a restore, say) are removed at start.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterable, Mapping
from typing import Any

from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import area_registry as ar, device_registry as dr

from .const import ATTR_AREA_ID, ATTR_ZONE, DOMAIN
from .errors import invalid
from .store import models
from .store.records import Asset
from .validation import clean_name
from .view import PropertyView

# HA's device page opens these inside the front end (the panel's deep links).
PANEL_URL = "homeassistant://haven"


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
            # HA has no address field for a device; its page shows the model id
            # beside the model: "Property (1 Example Street)".
            model_id=prop.address,
            entry_type=dr.DeviceEntryType.SERVICE,
            configuration_url=PANEL_URL,
        )

    @callback
    def async_asset_device(
        self,
        asset: Asset | models.Asset,
        parent: dr.DeviceEntry | None = None,
        area_id: str | None = None,
    ) -> dr.DeviceEntry:
        """Create or refresh an asset's device, under the property, in its area.

        An asset not in the view yet (its row is about to be written) comes with its
        area_id (its zone may be new too).
        """
        registry = dr.async_get(self.hass)
        device = registry.async_get_or_create(
            config_entry_id=self.entry_id,
            identifiers={(DOMAIN, asset.id)},
            name=asset.name,
            manufacturer=asset.manufacturer,
            model=asset.model,
            serial_number=asset.serial_number,
            configuration_url=f"{PANEL_URL}/asset/{asset.id}",
        )
        parent = parent or self.async_property_device()
        if (known := self.view.assets.get(asset.id)) is not None:
            area_id = self.view.area_of(known)
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
        # On most starts every device is as it should be: compare first, and ask the
        # registry to change only what differs (thousands of assets in a big home).
        devices = dr.async_entries_for_config_entry(registry, self.entry_id)
        current = {
            record_id: device
            for device in devices
            for domain, record_id in device.identifiers
            if domain == DOMAIN
        }
        keep = {parent.id}
        for asset in self.view.assets.values():
            device = current.get(asset.id)
            if device is None or not self._up_to_date(device, asset, parent):
                device = self.async_asset_device(asset, parent)
            keep.add(device.id)
        # Devices of assets whose rows could not be read stay: the rows may be mended.
        skipped = set(unreadable)
        keep.update(d.id for record_id, d in current.items() if record_id in skipped)
        for device in devices:
            if device.id not in keep:
                registry.async_remove_device(device.id)

    def _up_to_date(
        self, device: dr.DeviceEntry, asset: Asset, parent: dr.DeviceEntry
    ) -> bool:
        """Return whether an asset's device shows what async_asset_device sets."""
        return (
            device.name,
            device.manufacturer,
            device.model,
            device.serial_number,
            device.area_id,
            device.via_device_id,
        ) == (
            asset.name,
            asset.manufacturer,
            asset.model,
            asset.serial_number,
            self.view.area_of(asset),
            parent.id,
        )

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
            name = clean_name(zone_name, ATTR_ZONE)
            area = areas.async_get_area_by_name(name)
            if (
                area is not None
                and self.view.zone_for_area(area.id) is None
                and self._zone_of_another_property(area.id)
            ):
                # Two homes' basements are two places: one shared area would mix
                # their assets on HA's area pages and dashboards.
                name = f"{name} ({self.view.property.name})"
            return areas.async_get_or_create(name)
        return None

    def _zone_of_another_property(self, area_id: str) -> bool:
        """Return whether another loaded property has a zone in this area."""
        for entry in self.hass.config_entries.async_entries(DOMAIN):
            data = getattr(entry, "runtime_data", None)
            view = getattr(data, "view", None)
            if (
                entry.entry_id != self.entry_id
                and isinstance(view, PropertyView)
                and view.zone_for_area(area_id) is not None
            ):
                return True
        return False

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
    """Return the device of a property or an asset (a lookup, not a scan)."""
    registry = dr.async_get(hass)
    # Newer HA looks a device up per config entry (identifiers are unique per entry
    # only) and reports the older lookup as deprecated; HA 2026.2 has only the older.
    by_identifier = getattr(registry, "async_get_device_by_identifier", None)
    if by_identifier is not None:
        found: dr.DeviceEntry | None = by_identifier((DOMAIN, record_id), entry_id)
        return found
    device = registry.async_get_device(identifiers={(DOMAIN, record_id)})
    return device if device and entry_id in device.config_entries else None


def device_ids(hass: HomeAssistant, entry_id: str) -> dict[str, str]:
    """Return the device id of every record (property, assets) of a property."""
    return {
        record_id: device.id
        for device in dr.async_entries_for_config_entry(dr.async_get(hass), entry_id)
        for domain, record_id in device.identifiers
        if domain == DOMAIN
    }
