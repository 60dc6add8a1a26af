"""Haven: home maintenance for Home Assistant.

Set-up wires one property's pieces together, bottom up: the repository loads its
records into the view; commands (every write) sit on both; devices, the meter tracker,
the inbox, the notifier, the reminders and the clock listen to the view; the platforms'
entities read it. See the README's "Layout" for what each module holds.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, tzinfo
import logging

from homeassistant.const import CONF_NAME, Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryError, ConfigEntryNotReady
from homeassistant.helpers import config_validation as cv, device_registry as dr
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.typing import ConfigType
from homeassistant.util import dt as dt_util

from .assignees import async_track_removed_persons
from .assist.triggers import async_setup_sentences
from .budget import BudgetWatch, budget_of
from .capture.inbox import Inbox
from .capture.services import async_setup_capture
from .commands import PropertyCommands
from .const import (
    CONF_ADDRESS,
    CONF_WARRANTY_DAYS,
    DEFAULT_WARRANTY_DAYS,
    DOMAIN,
    SIGNAL_PROPERTY_LOADED,
    SIGNAL_PROPERTY_UNLOADED,
)
from .costs import PropertyCosts
from .data import HavenConfigEntry, HavenData
from .devices import PropertyDevices
from .entity import async_remove_disabled_task_entities
from .frontend import async_register_frontend
from .llm_api import async_register_llm_api
from .meters import MeterTracker
from .notify import Notifier, ReminderSettings
from .recovery import async_load_records, async_remove_files, async_require_schema
from .reminders import Reminders
from .scheduler import PropertyClock
from .services import async_setup_services
from .store.migrations import SchemaTooNewError
from .store.properties import PropertySnapshot
from .store.repository import DatabaseError, DatabaseNotReadyError, Repository
from .timezone import TimeZoneFollower
from .transfer_services import async_setup_transfer
from .unreadable import async_report as async_report_unreadable, split_readable
from .view import PropertyView
from .warranties import Warranties
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


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register Haven's actions and websocket commands once, for all properties."""
    async_setup_services(hass)
    async_setup_capture(hass)
    async_setup_transfer(hass)
    async_setup_websocket(hass)
    await async_register_frontend(hass)
    await async_setup_sentences(hass)
    async_register_llm_api(hass)
    return True


async def async_migrate_entry(hass: HomeAssistant, entry: HavenConfigEntry) -> bool:
    """Bring an older property's config entry up to date (once, before set-up)."""
    if entry.version > 1:
        return False  # written by a newer Haven
    if entry.minor_version < 2:  # noqa: PLR2004 - the version that brought the change
        # 1.2: per-task entities only where wanted, no longer thousands disabled.
        async_remove_disabled_task_entities(hass, entry.entry_id)
        hass.config_entries.async_update_entry(entry, minor_version=2)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: HavenConfigEntry) -> bool:
    """Load a property from the database and set up its devices and entities."""
    try:
        repository = await Repository.async_get(hass)
    except DatabaseNotReadyError as err:
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN, translation_key="database_not_ready"
        ) from err
    except DatabaseError as err:
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN, translation_key="database_error"
        ) from err
    except SchemaTooNewError as err:
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key="schema_too_new",
            translation_placeholders={"version": str(err.found)},
        ) from err
    async_require_schema(hass, repository)
    try:
        return await _async_load(hass, entry, repository)
    except DatabaseError as err:
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN, translation_key="database_error"
        ) from err


async def _async_view(
    hass: HomeAssistant,
    entry: HavenConfigEntry,
    repository: Repository,
    snapshot: PropertySnapshot,
    tz: tzinfo,
    now: datetime,
) -> tuple[PropertySnapshot, PropertyCommands, TimeZoneFollower]:
    """Build the property's view from its records; return its commands."""
    # Rows the property cannot use are left out (with a repair issue), not fatal.
    snapshot = split_readable(snapshot, tz, now)
    async_report_unreadable(hass, entry, snapshot.unreadable)
    view = PropertyView(snapshot, tz, now)
    devices = PropertyDevices(hass, entry.entry_id, view)
    commands = PropertyCommands(hass, entry.entry_id, repository, view, devices)
    # The entry is the source of truth for name and address (reconfigure changes it).
    name: str = entry.data[CONF_NAME]
    await commands.async_update_property(name, entry.data.get(CONF_ADDRESS))
    # Due moments computed in another zone (HA's changed while stopped) move first.
    time_zone = TimeZoneFollower(commands)
    await time_zone.async_follow(tz)
    devices.async_sync(row.row_id for row in snapshot.unreadable)
    return snapshot, commands, time_zone


async def _async_load(
    hass: HomeAssistant, entry: HavenConfigEntry, repository: Repository
) -> bool:
    snapshot, _ = await async_load_records(hass, repository, entry)
    tz, now = dt_util.get_default_time_zone(), dt_util.utcnow()
    property_id = snapshot.property.id
    # The cost sums (a pass over every log) and the notices sent are read on the
    # recorder's threads while the view is built here: listed first, they start first.
    costs, notices, (snapshot, commands, time_zone) = await asyncio.gather(
        PropertyCosts.async_load(
            repository, property_id, tz, now, budget_of(entry.options)
        ),
        repository.async_notices(property_id),
        _async_view(hass, entry, repository, snapshot, tz, now),
    )
    view, devices = commands.view, commands.devices
    notifier = Notifier(hass, commands, ReminderSettings.from_options(entry.options))
    sent = await repository.async_announcements(
        view.property_id, keep={row.row_id for row in snapshot.unreadable}
    )
    reminders = Reminders(commands, notifier, sent)
    warranties = Warranties(
        commands,
        notifier,
        int(entry.options.get(CONF_WARRANTY_DAYS, DEFAULT_WARRANTY_DAYS)),
        notices,
    )
    entry.async_on_unload(view.async_listen_derived(costs.async_changed))
    budget = BudgetWatch(commands, costs, notices)
    entry.async_on_unload(view.async_listen_changes(budget.async_changed))
    clock = PropertyClock(
        hass, entry.entry_id, repository, view, reminders, costs, warranties
    )
    inbox = Inbox(hass, entry, commands)
    entry.runtime_data = HavenData(commands, clock, inbox, costs)

    entry.async_on_unload(devices.async_follow_moves(commands.async_move_asset))
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    entry.async_on_unload(await inbox.async_start())
    entry.async_on_unload(
        MeterTracker(hass, view, commands.async_meter_reading).async_start()
    )
    entry.async_on_unload(notifier.async_start())
    entry.async_on_unload(
        async_track_removed_persons(hass, clock.household.async_forget_person)
    )
    entry.async_on_unload(clock.async_start())
    budget.async_check()
    entry.async_on_unload(time_zone.async_start(hass))
    entry.async_on_unload(
        lambda: async_dispatcher_send(hass, SIGNAL_PROPERTY_UNLOADED, entry.entry_id)
    )
    async_dispatcher_send(hass, SIGNAL_PROPERTY_LOADED, entry)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: HavenConfigEntry) -> bool:
    """Unload a property's entities; its listeners go with the entry."""
    if not hass.is_stopping:
        # When HA stops, the export was saved on its stop event, while the recorder
        # could still be read; newer HA releases unload entries after that.
        await entry.runtime_data.clock.async_flush_export()
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


async def async_remove_entry(hass: HomeAssistant, entry: HavenConfigEntry) -> None:
    """Delete a removed property's records and files (export copies included)."""
    property_id = None
    try:
        repository = await Repository.async_get(hass)
        property_id = await repository.async_delete_property(entry.entry_id)
    except (DatabaseNotReadyError, DatabaseError, SchemaTooNewError):
        _LOGGER.warning("Could not delete the records of %s", entry.title)
    async_report_unreadable(hass, entry, [])
    await async_remove_files(hass, entry.entry_id, property_id)


async def async_remove_config_entry_device(
    hass: HomeAssistant, entry: HavenConfigEntry, device: dr.DeviceEntry
) -> bool:
    """Let a user delete an asset from its device page (not the property device).

    Home Assistant offers device removal to administrators only (its websocket
    command requires one), so no user is named: see permissions.py.
    """
    commands = entry.runtime_data.commands
    for domain, asset_id in device.identifiers:
        if domain == DOMAIN and asset_id in commands.view.assets:
            await commands.async_remove_asset(
                asset_id, user_id=None, remove_device=False
            )
            return True
    return False
