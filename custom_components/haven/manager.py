"""Changes to one property's records, shared by actions, UI flows and device removal.

Each operation validates everything first (a refused call changes nothing), writes
through the repository, keeps HA's registries in step (assets are devices in areas)
and hands the written rows to the in-memory view, which tells the entities.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from homeassistant.helpers import area_registry as ar, device_registry as dr

from .const import (
    ATTR_AREA_ID,
    ATTR_INSTALLED_ON,
    ATTR_MANUFACTURER,
    ATTR_MODEL,
    ATTR_NAME,
    ATTR_NOTES,
    ATTR_SERIAL_NUMBER,
    ATTR_ZONE,
    DOMAIN,
)
from .errors import clean_name, clean_notes, clean_optional, invalid, parse_date
from .store.models import Asset, Zone

if TYPE_CHECKING:
    from homeassistant.core import HomeAssistant

    from .store.repository import Repository
    from .view import PropertyView

# Asset fields that map one to one onto optional text columns.
_OPTIONAL_TEXT = (ATTR_MANUFACTURER, ATTR_MODEL, ATTR_SERIAL_NUMBER)


class PropertyManager:
    """Validated writes to one property, keeping the registries and the view in step."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        repository: Repository,
        view: PropertyView,
    ) -> None:
        """Bind to a loaded property."""
        self.hass = hass
        self.entry_id = entry_id
        self.repository = repository
        self.view = view

    # Devices

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

    def _async_asset_device(self, asset: Asset) -> dr.DeviceEntry:
        """Create or refresh an asset's device and put it in its zone's area."""
        registry = dr.async_get(self.hass)
        device = registry.async_get_or_create(
            config_entry_id=self.entry_id,
            identifiers={(DOMAIN, asset.id)},
            name=asset.name,
            manufacturer=asset.manufacturer,
            model=asset.model,
            serial_number=asset.serial_number,
            via_device=(DOMAIN, self.view.property_id),
        )
        zone = self.view.zones.get(asset.zone_id) if asset.zone_id else None
        area_id = zone.area_id if zone else None
        if device.area_id != area_id:
            device = registry.async_update_device(device.id, area_id=area_id) or device
        return device

    def async_sync_devices(self) -> None:
        """Make the device registry match the records (at setup, e.g. after a restore).

        Devices of assets that no longer exist are removed with their entities.
        """
        registry = dr.async_get(self.hass)
        keep = {self.async_property_device().id}
        keep.update(self._async_asset_device(a).id for a in self.view.assets.values())
        for device in dr.async_entries_for_config_entry(registry, self.entry_id):
            if device.id not in keep:
                registry.async_remove_device(device.id)

    def asset_device_id(self, asset_id: str) -> str | None:
        """Return the HA device id of an asset."""
        device = dr.async_get(self.hass).async_get_device(
            identifiers={(DOMAIN, asset_id)}
        )
        return device.id if device else None

    # Zones

    async def _async_zone(self, fields: Mapping[str, Any]) -> Zone | None:
        """Return the zone the fields ask for, None when they name none.

        An area id must exist; an area name that does not exist yet becomes a new area.
        """
        area_id = fields.get(ATTR_AREA_ID)
        zone_name = fields.get(ATTR_ZONE)
        if area_id and zone_name:
            raise invalid("area_and_zone")
        areas = ar.async_get(self.hass)
        if area_id:
            area = areas.async_get_area(area_id)
            if area is None:
                raise invalid("unknown_area", area_id=area_id)
        elif zone_name:
            area = areas.async_get_or_create(clean_name(zone_name, ATTR_ZONE))
        else:
            return None
        if zone := self.view.zone_for_area(area.id):
            return zone
        zone = await self.repository.async_add_zone(
            self.view.property_id, area.id, area.name
        )
        self.view.async_put_zone(zone)
        return zone

    # Assets

    def get_asset(self, asset_id: str) -> Asset:
        """Return an asset of this property or refuse."""
        if (asset := self.view.assets.get(asset_id)) is None:
            raise invalid("unknown_asset", asset_id=asset_id)
        return asset

    @staticmethod
    def _asset_columns(fields: Mapping[str, Any]) -> dict[str, Any]:
        """Validate the asset fields present and return their column values."""
        columns: dict[str, Any] = {}
        if ATTR_NAME in fields:
            columns["name"] = clean_name(fields[ATTR_NAME])
        for field in _OPTIONAL_TEXT:
            if field in fields:
                columns[field] = clean_optional(fields[field], field)
        if ATTR_INSTALLED_ON in fields:
            columns["installed_on"] = parse_date(
                fields[ATTR_INSTALLED_ON], ATTR_INSTALLED_ON
            )
        if ATTR_NOTES in fields:
            columns["notes"] = clean_notes(fields[ATTR_NOTES])
        return columns

    async def async_create_asset(
        self, fields: Mapping[str, Any]
    ) -> tuple[Asset, dr.DeviceEntry]:
        """Create an asset (a device in its zone's area)."""
        columns = self._asset_columns({ATTR_NAME: fields.get(ATTR_NAME), **fields})
        zone = await self._async_zone(fields)
        asset = await self.repository.async_add_asset(
            {
                **columns,
                "property_id": self.view.property_id,
                "zone_id": zone.id if zone else None,
            }
        )
        self.view.async_put_asset(asset)
        return asset, self._async_asset_device(asset)

    async def async_update_asset(
        self, asset_id: str, fields: Mapping[str, Any]
    ) -> Asset:
        """Change the given fields of an asset; absent fields stay as they are."""
        self.get_asset(asset_id)
        columns = self._asset_columns(fields)
        zone = await self._async_zone(fields)
        if ATTR_AREA_ID in fields or ATTR_ZONE in fields:
            columns["zone_id"] = zone.id if zone else None
        asset = await self.repository.async_update_asset(asset_id, columns)
        self.view.async_put_asset(asset)
        self._async_asset_device(asset)
        return asset

    async def async_remove_asset(
        self, asset_id: str, remove_device: bool = True
    ) -> None:
        """Remove an asset with its tasks, supplies, logs and documents."""
        self.get_asset(asset_id)
        device_id = self.asset_device_id(asset_id)
        await self.repository.async_delete_asset(asset_id)
        self.view.async_drop_asset(asset_id)
        if remove_device and device_id:
            dr.async_get(self.hass).async_remove_device(device_id)

    # Property

    async def async_update_property(self, name: str, address: str | None) -> None:
        """Rename the property or change its address."""
        prop = self.view.property
        if (prop.name, prop.address) == (name, address):
            return
        prop = await self.repository.async_update_property(
            prop.id, {"name": name, "address": address}
        )
        self.view.async_set_property(prop)
        self.async_property_device()
