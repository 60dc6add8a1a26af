"""Zones and assets through Haven's public actions, with HA's registries."""

from __future__ import annotations

from datetime import date
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import area_registry as ar, device_registry as dr
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Asset, Zone

from .conftest import db_counts, db_rows, device_of, setup_property

pytestmark = pytest.mark.storage


async def create_asset(
    hass: HomeAssistant, entry: MockConfigEntry, **fields: Any
) -> dict[str, Any]:
    """Call haven.create_asset and return its response."""
    response = await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, **fields},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    return dict(response)


async def test_create_asset_in_existing_area(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """An asset becomes a device in its area, under the property's device."""
    kitchen = ar.async_get(hass).async_create("Kitchen")
    response = await create_asset(
        hass,
        entry,
        name="  Dishwasher ",
        area_id=kitchen.id,
        manufacturer="Bosch",
        model="SMS6",
        serial_number="FD9901",
        installed_on="2021-04-30",
        notes="Under the counter",
    )

    devices = dr.async_get(hass)
    device = devices.async_get(response["device_id"])
    assert device is not None
    assert device.identifiers == {(DOMAIN, response["asset_id"])}
    assert device.name == "Dishwasher"
    assert device.manufacturer == "Bosch"
    assert device.model == "SMS6"
    assert device.serial_number == "FD9901"
    assert device.area_id == kitchen.id
    prop = entry.runtime_data.view.property
    parent = device_of(hass, prop.id)
    assert parent is not None
    assert parent.entry_type is dr.DeviceEntryType.SERVICE
    assert device.via_device_id == parent.id
    assert response["task_ids"] == []

    (asset,) = await db_rows(hass, Asset)
    assert asset.id == response["asset_id"]
    assert asset.installed_on == date(2021, 4, 30)
    assert asset.notes == "Under the counter"
    (zone,) = await db_rows(hass, Zone)
    assert (zone.area_id, zone.name, zone.property_id) == (
        kitchen.id,
        "Kitchen",
        prop.id,
    )
    assert asset.zone_id == zone.id


async def test_zone_name_creates_missing_area_once(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A zone given by name creates the area the first time, then reuses it."""
    first = await create_asset(hass, entry, name="Furnace", zone="Basement")
    second = await create_asset(hass, entry, name="Sump pump", zone="basement")

    area = ar.async_get(hass).async_get_area_by_name("Basement")
    assert area is not None
    devices = dr.async_get(hass)
    for response in (first, second):
        device = devices.async_get(response["device_id"])
        assert device is not None
        assert device.area_id == area.id
    assert len(await db_rows(hass, Zone)) == 1


async def test_update_asset_changes_only_given_fields(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Absent fields stay, empty ones are cleared, a new zone moves the device."""
    created = await create_asset(
        hass, entry, name="Water heater", manufacturer="AO Smith", model="X1"
    )
    await hass.services.async_call(
        DOMAIN,
        "update_asset",
        {
            "asset_id": created["asset_id"],
            "name": "Tank",
            "model": "",
            "zone": "Garage",
        },
        blocking=True,
    )
    (asset,) = await db_rows(hass, Asset)
    assert (asset.name, asset.manufacturer, asset.model) == ("Tank", "AO Smith", None)
    device = dr.async_get(hass).async_get(created["device_id"])
    assert device is not None
    assert device.name == "Tank"
    assert device.model is None
    garage = ar.async_get(hass).async_get_area_by_name("Garage")
    assert garage is not None
    assert device.area_id == garage.id

    # Clearing the area takes the device out of it.
    await hass.services.async_call(
        DOMAIN,
        "update_asset",
        {"asset_id": created["asset_id"], "area_id": None},
        blocking=True,
    )
    device = dr.async_get(hass).async_get(created["device_id"])
    assert device is not None
    assert device.area_id is None
    assert entry.runtime_data.view.assets[created["asset_id"]].zone_id is None


async def test_moving_device_in_ha_moves_asset(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A user moving the asset's device to another area in HA's UI moves the asset."""
    created = await create_asset(hass, entry, name="Dryer", zone="Laundry")
    attic = ar.async_get(hass).async_create("Attic")
    dr.async_get(hass).async_update_device(created["device_id"], area_id=attic.id)
    await hass.async_block_till_done()

    (asset,) = await db_rows(hass, Asset)
    zone = entry.runtime_data.view.zones[asset.zone_id]
    assert zone.area_id == attic.id


async def test_remove_asset_by_admin(
    hass: HomeAssistant, entry: MockConfigEntry, hass_admin_user: User
) -> None:
    """An administrator removes an asset; its device goes with it."""
    created = await create_asset(hass, entry, name="Old fridge")
    await hass.services.async_call(
        DOMAIN,
        "remove_asset",
        {"asset_id": created["asset_id"]},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    assert await db_rows(hass, Asset) == []
    assert dr.async_get(hass).async_get(created["device_id"]) is None
    assert created["asset_id"] not in entry.runtime_data.view.assets


async def test_remove_asset_refused_for_non_admin(
    hass: HomeAssistant, entry: MockConfigEntry, hass_read_only_user: User
) -> None:
    """A user who is not an administrator cannot delete data."""
    created = await create_asset(hass, entry, name="Boiler")
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "remove_asset",
            {"asset_id": created["asset_id"]},
            blocking=True,
            context=Context(user_id=hass_read_only_user.id),
        )
    assert err.value.translation_key == "admin_required"
    assert "Only an administrator" in str(err.value)
    assert len(await db_rows(hass, Asset)) == 1
    assert dr.async_get(hass).async_get(created["device_id"]) is not None


async def test_remove_asset_from_device_page(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: Any,
) -> None:
    """Deleting the asset's device in HA's UI removes the asset; the property stays."""
    assert await async_setup_component(hass, "config", {})
    created = await create_asset(hass, entry, name="Mower")
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "config/device_registry/remove_config_entry",
            "config_entry_id": entry.entry_id,
            "device_id": created["device_id"],
        }
    )
    assert (await client.receive_json())["success"]
    assert await db_rows(hass, Asset) == []

    prop_device = device_of(hass, entry.runtime_data.view.property_id)
    assert prop_device is not None
    await client.send_json_auto_id(
        {
            "type": "config/device_registry/remove_config_entry",
            "config_entry_id": entry.entry_id,
            "device_id": prop_device.id,
        }
    )
    assert not (await client.receive_json())["success"]


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"name": "   "}, "name_empty"),
        ({"name": "x" * 101}, "name_too_long"),
        ({"name": "Boiler", "model": "m" * 101}, "name_too_long"),
        ({"name": "Boiler", "installed_on": "2024-02-30"}, "invalid_date"),
        ({"name": "Boiler", "installed_on": "last spring"}, "invalid_date"),
        ({"name": "Boiler", "area_id": "no_such_area"}, "unknown_area"),
        ({"name": "Boiler", "area_id": "kitchen", "zone": "Kitchen"}, "area_and_zone"),
        ({"name": "Boiler", "zone": " "}, "name_empty"),
    ],
)
async def test_create_asset_bad_input_changes_nothing(
    hass: HomeAssistant, entry: MockConfigEntry, fields: dict[str, Any], key: str
) -> None:
    """Each mistake gets its own translated error and nothing is written."""
    ar.async_get(hass).async_create("Kitchen")
    before_counts = await db_counts(hass)
    before_devices = len(dr.async_get(hass).devices)
    before_areas = len(ar.async_get(hass).areas)
    with pytest.raises(ServiceValidationError) as err:
        await create_asset(hass, entry, **fields)
    assert err.value.translation_key == key
    assert err.value.translation_domain == DOMAIN
    assert await db_counts(hass) == before_counts
    assert len(dr.async_get(hass).devices) == before_devices
    assert len(ar.async_get(hass).areas) == before_areas


@pytest.mark.parametrize(
    ("service", "fields", "key"),
    [
        ("update_asset", {"asset_id": "nope", "name": "X"}, "unknown_asset"),
        ("remove_asset", {"asset_id": "nope"}, "unknown_asset"),
        ("update_asset", {"name": ""}, "name_empty"),
        ("update_asset", {"installed_on": "31/12/2020"}, "invalid_date"),
        ("update_asset", {"area_id": "gone"}, "unknown_area"),
    ],
)
async def test_update_and_remove_bad_input_changes_nothing(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    service: str,
    fields: dict[str, Any],
    key: str,
) -> None:
    """Unknown ids and bad values are refused; the asset stays as it was."""
    created = await create_asset(hass, entry, name="Heat pump", model="HP1")
    before = await db_rows(hass, Asset)
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            service,
            {"asset_id": created["asset_id"], **fields},
            blocking=True,
        )
    assert err.value.translation_key == key
    after = await db_rows(hass, Asset)
    assert [(a.name, a.model, a.zone_id, a.updated_at) for a in after] == [
        (a.name, a.model, a.zone_id, a.updated_at) for a in before
    ]


@pytest.mark.parametrize(
    ("entry_id", "key"),
    [("not-an-entry", "unknown_property"), (None, "property_not_loaded")],
)
async def test_create_asset_unknown_or_unloaded_property(
    hass: HomeAssistant, entry: MockConfigEntry, entry_id: str | None, key: str
) -> None:
    """A wrong or unloaded property is named in the error."""
    if entry_id is None:
        await hass.config_entries.async_unload(entry.entry_id)
        entry_id = entry.entry_id
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "create_asset",
            {"config_entry_id": entry_id, "name": "Boiler"},
            blocking=True,
            return_response=True,
        )
    assert err.value.translation_key == key
    assert await db_rows(hass, Asset) == []


async def test_assets_are_kept_per_property(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Two properties keep their own assets; an asset id finds its own property."""
    cabin = await setup_property(hass, "Cabin")
    home_asset = await create_asset(hass, entry, name="Furnace")
    cabin_asset = await create_asset(hass, cabin, name="Wood stove")
    await hass.services.async_call(
        DOMAIN,
        "update_asset",
        {"asset_id": cabin_asset["asset_id"], "notes": "Sweep in autumn"},
        blocking=True,
    )
    assert set(entry.runtime_data.view.assets) == {home_asset["asset_id"]}
    assert cabin.runtime_data.view.assets[cabin_asset["asset_id"]].notes == (
        "Sweep in autumn"
    )
