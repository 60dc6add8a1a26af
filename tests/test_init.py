"""Setting up, unloading, reloading, removing and restarting a property."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from homeassistant import loader
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import area_registry as ar, device_registry as dr
from homeassistant.helpers.recorder import get_instance
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_test_home_assistant,
)
from sqlalchemy import update

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.migrations import SCHEMA_VERSION
from custom_components.haven.store.models import Asset, Property, SchemaVersion, Zone

from .conftest import db_counts, db_rows, device_of, setup_property

pytestmark = pytest.mark.storage


async def test_setup_creates_property_and_device(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A new entry gets its property row and a service device named after it."""
    (prop,) = await db_rows(hass, Property)
    assert prop.config_entry_id == entry.entry_id
    assert prop.name == "Home"
    assert prop.created_at.tzinfo is not None
    device = device_of(hass, prop.id)
    assert device is not None
    assert device.name == "Home"
    assert device.entry_type is dr.DeviceEntryType.SERVICE
    (version,) = await db_rows(hass, SchemaVersion)
    assert version.version == SCHEMA_VERSION


def _listeners(hass: HomeAssistant) -> dict[str, int]:
    """Count the event listeners, but HA's own pending-save bookkeeping.

    A registry whose save is waiting listens to the final write until it saved; how
    many wait at a given moment depends on timing, not on Haven.
    """
    counts = dict(hass.bus.async_listeners())
    counts.pop(EVENT_HOMEASSISTANT_FINAL_WRITE, None)
    return counts


async def _flush_delayed_saves(hass: HomeAssistant) -> None:
    """Let HA's registries write their delayed saves (each waits with a listener)."""
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(minutes=1))
    await hass.async_block_till_done()


async def test_unload_and_reload_leave_nothing_behind(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Reloading keeps one property, one device per asset and no stray listeners."""
    await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Furnace", "zone": "Basement"},
        blocking=True,
        return_response=True,
    )
    await _flush_delayed_saves(hass)
    counts = await db_counts(hass)
    devices = len(dr.async_get(hass).devices)
    listeners = _listeners(hass)
    view_listeners = entry.runtime_data.view.listener_count
    states = sorted(hass.states.async_entity_ids())

    assert await hass.config_entries.async_unload(entry.entry_id)
    assert entry.state is ConfigEntryState.NOT_LOADED
    after_unload = hass.bus.async_listeners()
    assert after_unload.get(dr.EVENT_DEVICE_REGISTRY_UPDATED, 0) < listeners.get(
        dr.EVENT_DEVICE_REGISTRY_UPDATED, 0
    )

    for _ in range(2):
        assert await hass.config_entries.async_reload(entry.entry_id)
        await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    await _flush_delayed_saves(hass)
    assert await db_counts(hass) == counts
    assert len(dr.async_get(hass).devices) == devices
    assert _listeners(hass) == listeners
    assert entry.runtime_data.view.listener_count == view_listeners
    assert sorted(hass.states.async_entity_ids()) == states


async def test_remove_entry_deletes_records_and_files(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Removing a property deletes its rows, devices and files, not another's."""
    cabin = await setup_property(hass, "Cabin")
    for target in (entry, cabin):
        await hass.services.async_call(
            DOMAIN,
            "create_asset",
            {"config_entry_id": target.entry_id, "name": "Boiler", "zone": "Cellar"},
            blocking=True,
            return_response=True,
        )
    property_id = entry.runtime_data.view.property_id
    files = Path(hass.config.path(DOMAIN, property_id, "captures"))
    await hass.async_add_executor_job(lambda: files.mkdir(parents=True))
    await hass.async_add_executor_job((files / "note.txt").write_text, "hello")

    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()

    assert [p.name for p in await db_rows(hass, Property)] == ["Cabin"]
    assert [a.property_id for a in await db_rows(hass, Asset)] == [
        cabin.runtime_data.view.property_id
    ]
    assert len(await db_rows(hass, Zone)) == 1
    assert not await hass.async_add_executor_job(files.parent.exists)
    assert device_of(hass, property_id) is None


async def test_database_written_by_newer_haven_is_left_alone(
    hass: HomeAssistant, recorder_mock: Any
) -> None:
    """A schema version from the future stops setup with an error and changes nothing."""
    first = await setup_property(hass)
    await hass.config_entries.async_unload(first.entry_id)

    def _bump() -> None:
        with get_instance(hass).engine.begin() as connection:  # type: ignore[union-attr]
            connection.execute(update(SchemaVersion).values(version=SCHEMA_VERSION + 1))

    await get_instance(hass).async_add_executor_job(_bump)
    # A fresh start (the migration runs once per HA start).
    hass.data.pop("haven_repository")
    entry = MockConfigEntry(domain=DOMAIN, title="Cabin", data={"name": "Cabin"})
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    assert entry.reason is not None
    assert "newer Haven" in entry.reason
    assert [p.name for p in await db_rows(hass, Property)] == ["Home"]


@pytest.mark.parametrize("persistent_database", [True])
async def test_records_survive_restart(
    async_test_recorder: Any, tmp_path: Path
) -> None:
    """Assets, zones and devices are all there after HA restarts (file SQLite)."""
    async with (
        async_test_home_assistant(config_dir=str(tmp_path)) as hass,
        async_test_recorder(hass),
    ):
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        entry = await setup_property(hass, "Home", "1 Main St")
        response = await hass.services.async_call(
            DOMAIN,
            "create_asset",
            {
                "config_entry_id": entry.entry_id,
                "name": "Furnace",
                "zone": "Basement",
                "serial_number": "S-1",
                "installed_on": "2020-10-01",
            },
            blocking=True,
            return_response=True,
        )
        assert response is not None
        entry_id = entry.entry_id
        await hass.async_stop()

    async with (
        async_test_home_assistant(config_dir=str(tmp_path)) as hass,
        async_test_recorder(hass),
    ):
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        # The test harness starts with empty registries; recreate what HA would
        # have kept in .storage (the entry and the area), not Haven's records.
        ar.async_get(hass).async_create("Basement")
        entry = MockConfigEntry(
            domain=DOMAIN,
            entry_id=entry_id,
            title="Home",
            data={"name": "Home", "address": "1 Main St"},
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry_id)
        await hass.async_block_till_done()
        view = entry.runtime_data.view
        asset = view.assets[response["asset_id"]]
        assert (asset.name, asset.serial_number, str(asset.installed_on)) == (
            "Furnace",
            "S-1",
            "2020-10-01",
        )
        assert view.property.address == "1 Main St"
        device = device_of(hass, response["asset_id"])
        assert device is not None
        basement = ar.async_get(hass).async_get_area_by_name("Basement")
        assert basement is not None
        assert device.area_id == basement.id
        await hass.async_stop()


async def test_a_write_after_the_recorder_stopped_is_refused_in_words(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """HA is stopping and the recorder is gone: a write says so, and raises nothing else.

    (A reminder falling due in that moment used to raise in the background.)
    """
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    await hass.async_add_executor_job(get_instance(hass).join)
    with pytest.raises(HomeAssistantError) as err:
        await hass.services.async_call(
            DOMAIN,
            "create_asset",
            {"config_entry_id": entry.entry_id, "name": "Boiler"},
            blocking=True,
            return_response=True,
        )
    assert err.value.translation_key == "database_error"
