"""Haven: home maintenance for Home Assistant."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
import logging
import shutil

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_NAME, Platform
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryError, ConfigEntryNotReady
from homeassistant.helpers import config_validation as cv, device_registry as dr
from homeassistant.helpers.typing import ConfigType
from homeassistant.util import dt as dt_util

from .capture.inbox import Inbox
from .capture.services import async_setup_capture
from .const import ATTR_AREA_ID, CONF_ADDRESS, DOMAIN, FILES_FOLDER
from .manager import PropertyManager, export_path
from .reminders import ReminderSettings
from .services import async_setup_services
from .store.migrations import SchemaTooNewError
from .store.repository import DatabaseNotReadyError, Repository
from .view import PropertyView
from .websocket import async_setup_websocket

_LOGGER = logging.getLogger(__name__)

PLATFORMS: list[Platform] = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.CALENDAR,
    Platform.SENSOR,
    Platform.TODO,
]

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


@dataclass(slots=True)
class HavenData:
    """What a loaded property keeps at run time."""

    manager: PropertyManager
    inbox: Inbox

    @property
    def view(self) -> PropertyView:
        """Return the in-memory view entities read."""
        return self.manager.view


type HavenConfigEntry = ConfigEntry[HavenData]


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register Haven's actions and websocket commands once, for all properties."""
    async_setup_services(hass)
    async_setup_capture(hass)
    async_setup_websocket(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: HavenConfigEntry) -> bool:
    """Load a property from the database and set up its devices and entities."""
    try:
        repository = await Repository.async_get(hass)
    except DatabaseNotReadyError as err:
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN, translation_key="database_not_ready"
        ) from err
    except SchemaTooNewError as err:
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key="schema_too_new",
            translation_placeholders={"version": str(err.found)},
        ) from err

    name: str = entry.data[CONF_NAME]
    address: str | None = entry.data.get(CONF_ADDRESS)
    snapshot, restored = await repository.async_load_property(
        entry.entry_id, name, address, export_path(hass, entry.entry_id)
    )
    if restored:
        _LOGGER.warning(
            "Haven's records of %s were missing from the database (was it reset?); "
            "restored %s rows from %s",
            name,
            restored,
            export_path(hass, entry.entry_id),
        )
    view = PropertyView(snapshot, dt_util.get_default_time_zone(), dt_util.utcnow())
    manager = PropertyManager(hass, entry.entry_id, repository, view)
    # The entry is the source of truth for name and address (reconfigure changes it).
    await manager.async_update_property(name, address)
    manager.async_sync_devices()
    inbox = Inbox(hass, entry, manager)
    entry.runtime_data = HavenData(manager, inbox)

    @callback
    def _device_updated(event: Event[dr.EventDeviceRegistryUpdatedData]) -> None:
        entry.async_create_task(hass, _async_device_moved(manager, event))

    entry.async_on_unload(
        hass.bus.async_listen(
            dr.EVENT_DEVICE_REGISTRY_UPDATED,
            _device_updated,
            event_filter=_area_changed,
        )
    )
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    entry.async_on_unload(await inbox.async_start())
    sent = await repository.async_announcements(view.property_id)
    entry.async_on_unload(
        manager.async_start_clock(ReminderSettings.from_options(entry.options), sent)
    )
    return True


@callback
def _area_changed(event_data: dr.EventDeviceRegistryUpdatedData) -> bool:
    return event_data["action"] == "update" and "area_id" in event_data["changes"]


async def _async_device_moved(
    manager: PropertyManager, event: Event[dr.EventDeviceRegistryUpdatedData]
) -> None:
    """Follow a user moving an asset's device to another area in HA's UI."""
    device = dr.async_get(manager.hass).async_get(event.data["device_id"])
    if device is None:
        return
    for domain, asset_id in device.identifiers:
        if domain != DOMAIN or (asset := manager.view.assets.get(asset_id)) is None:
            continue
        zone = manager.view.zones.get(asset.zone_id) if asset.zone_id else None
        if (zone.area_id if zone else None) != device.area_id:
            await manager.async_update_asset(asset_id, {ATTR_AREA_ID: device.area_id})


async def async_unload_entry(hass: HomeAssistant, entry: HavenConfigEntry) -> bool:
    """Unload a property's entities; its listeners go with the entry."""
    if not hass.is_stopping:
        # When HA stops, the export was saved on its stop event, while the recorder
        # could still be read; newer HA releases unload entries after that.
        await entry.runtime_data.manager.async_flush_export()
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


async def async_remove_entry(hass: HomeAssistant, entry: HavenConfigEntry) -> None:
    """Delete a removed property's records and files."""
    repository = await Repository.async_get(hass)
    property_id = await repository.async_delete_property(entry.entry_id)
    if property_id:
        await hass.async_add_executor_job(
            shutil.rmtree, hass.config.path(FILES_FOLDER, property_id), True
        )
    await hass.async_add_executor_job(
        partial(export_path(hass, entry.entry_id).unlink, missing_ok=True)
    )


async def async_remove_config_entry_device(
    hass: HomeAssistant, entry: HavenConfigEntry, device: dr.DeviceEntry
) -> bool:
    """Let a user delete an asset from its device page (not the property device)."""
    view = entry.runtime_data.view
    for domain, asset_id in device.identifiers:
        if domain == DOMAIN and asset_id in view.assets:
            await entry.runtime_data.manager.async_remove_asset(
                asset_id, remove_device=False
            )
            return True
    return False
