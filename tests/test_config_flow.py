"""The UI: creating and reconfiguring a property, managing assets from its page."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import area_registry as ar, device_registry as dr
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Asset, Property, Task

from .conftest import db_rows, device_of, setup_property

pytestmark = pytest.mark.storage


async def test_user_flow_creates_property(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """The form suggests HA's location name; submitting creates a loaded property."""
    hass.config.location_name = "Maple House"
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    schema = result["data_schema"]
    assert schema is not None
    assert schema({})["name"] == "Maple House"

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": " Maple House ", "address": "12 Maple Rd"}
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Maple House"
    assert result["data"] == {"name": "Maple House", "address": "12 Maple Rd"}
    (prop,) = await db_rows(hass, Property)
    assert (prop.name, prop.address) == ("Maple House", "12 Maple Rd")


@pytest.mark.parametrize(
    ("user_input", "errors"),
    [
        ({"name": "  "}, {"name": "name_empty"}),
        ({"name": "n" * 101}, {"name": "name_too_long"}),
        ({"name": "home"}, {"name": "name_exists"}),
        ({"name": "Cabin", "address": "a" * 501}, {"address": "name_too_long"}),
    ],
)
async def test_user_flow_errors_then_recovers(
    recorder_mock: Any,
    hass: HomeAssistant,
    user_input: dict[str, Any],
    errors: dict[str, str],
) -> None:
    """A bad name shows the error on the form; correcting it creates the entry."""
    await setup_property(hass, "Home")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], user_input
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == errors
    assert len(hass.config_entries.async_entries(DOMAIN)) == 1

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "Cabin"}
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert len(await db_rows(hass, Property)) == 2


async def test_reconfigure_renames_property(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Reconfiguring renames the entry, the property row and its device."""
    await setup_property(hass, "Cabin")
    result = await entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.FORM
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "Cabin"}
    )
    assert result["errors"] == {"name": "name_exists"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "Town house", "address": "3 High St"}
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    assert entry.title == "Town house"
    prop = next(
        p for p in await db_rows(hass, Property) if p.config_entry_id == entry.entry_id
    )
    assert (prop.name, prop.address) == ("Town house", "3 High St")
    device = device_of(hass, prop.id)
    assert device is not None
    assert device.name == "Town house"


async def _options_step(
    hass: HomeAssistant, entry: MockConfigEntry, step: str
) -> dict[str, Any]:
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.MENU
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": step}
    )
    return dict(result)


async def test_add_edit_remove_asset_from_ui(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """An asset is added, edited and removed from the integration page."""
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["menu_options"] == ["settings", "add_asset", "add_task"]
    kitchen = ar.async_get(hass).async_create("Kitchen")

    result = await _options_step(hass, entry, "add_asset")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {"name": "Fridge", "area_id": kitchen.id, "installed_on": "2022-06-01"},
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "asset_added"
    (asset,) = await db_rows(hass, Asset)
    device = device_of(hass, asset.id)
    assert device is not None
    assert device.area_id == kitchen.id

    result = await _options_step(hass, entry, "edit_asset")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"asset_id": asset.id}
    )
    assert result["step_id"] == "edit_asset_details"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"name": "Fridge", "model": "m" * 101}
    )
    assert result["errors"] == {"model": "name_too_long"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"name": "Big fridge", "model": "RF28"}
    )
    assert result["reason"] == "asset_updated"
    (asset,) = await db_rows(hass, Asset)
    # The area field was left empty, so the asset left the kitchen.
    assert (asset.name, asset.model, asset.zone_id, asset.installed_on) == (
        "Big fridge",
        "RF28",
        None,
        None,
    )

    result = await _options_step(hass, entry, "remove_asset")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"asset_id": asset.id}
    )
    assert result["reason"] == "asset_removed"
    assert await db_rows(hass, Asset) == []
    assert dr.async_get(hass).async_get(device.id) is None
    # Managing assets changes no options, so the property was not reloaded.
    assert entry.options == {}


async def test_add_asset_from_ui_with_bad_name(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """An empty name keeps the form open with the error and writes nothing."""
    result = await _options_step(hass, entry, "add_asset")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"name": "   "}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"name": "name_empty"}
    assert await db_rows(hass, Asset) == []


async def test_edit_asset_removed_meanwhile(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Editing an asset that another user removed meanwhile ends cleanly."""
    await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Kettle"},
        blocking=True,
        return_response=True,
    )
    (asset,) = await db_rows(hass, Asset)
    result = await _options_step(hass, entry, "edit_asset")
    await hass.services.async_call(
        DOMAIN, "remove_asset", {"asset_id": asset.id}, blocking=True
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"asset_id": asset.id}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "asset_gone"


async def test_add_asset_from_template_in_ui(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The add form offers the template list; choosing one brings its tasks."""
    result = await _options_step(hass, entry, "add_asset")
    schema = result["data_schema"].schema  # type: ignore[union-attr]
    template_field = next(key for key in schema if key == "template")
    options = schema[template_field].config["options"]
    assert {"value": "furnace", "label": "Furnace"} in options
    assert len(options) >= 25
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"name": "Basement furnace", "template": "furnace"}
    )
    assert result["reason"] == "asset_added"
    (asset,) = await db_rows(hass, Asset)
    assert asset.template_id == "furnace"
    assert {t.asset_id for t in await db_rows(hass, Task)} == {asset.id}


async def test_add_edit_remove_task_from_ui(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A task is added, edited (schedule errors shown on the form) and removed."""
    await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Dryer"},
        blocking=True,
        return_response=True,
    )
    (asset,) = await db_rows(hass, Asset)
    hass.states.async_set("sensor.dryer_status", "tumbling")
    result = await _options_step(hass, entry, "add_task")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "name": "Clean the vent",
            "asset_id": asset.id,
            "meter_entity_id": "sensor.dryer_status",
            "meter_every": 50,
        },
    )
    assert result["errors"] == {"base": "invalid_meter"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "name": "Clean the vent",
            "asset_id": asset.id,
            "every": 12.0,
            "unit": "months",
        },
    )
    assert result["reason"] == "task_added"
    (task,) = await db_rows(hass, Task)
    assert (task.asset_id, task.interval_every, task.interval_unit) == (
        asset.id,
        12,
        "months",
    )

    result = await _options_step(hass, entry, "edit_task")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"task_id": task.id}
    )
    assert result["step_id"] == "edit_task_details"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {"name": "Clean the vent", "every": 12.0, "cron": "0 9 1 * *"},
    )
    assert result["errors"] == {"base": "schedule_conflict"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"name": "Clean the dryer vent", "cron": "0 9 1 * *"}
    )
    assert result["reason"] == "task_updated"
    (task,) = await db_rows(hass, Task)
    assert (task.name, task.schedule_kind, task.cron_schedule) == (
        "Clean the dryer vent",
        "cron",
        "0 9 1 * *",
    )

    result = await _options_step(hass, entry, "remove_task")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"task_id": task.id}
    )
    assert result["reason"] == "task_removed"
    assert await db_rows(hass, Task) == []
