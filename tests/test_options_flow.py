"""The options flow: the menu, assets and tasks edited from the integration page."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import area_registry as ar, device_registry as dr
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Asset, Supply, Task

from .conftest import db_rows, device_of

pytestmark = pytest.mark.storage

EVERYTHING = [
    "settings",
    "add_asset",
    "edit_asset",
    "remove_asset",
    "add_task",
    "edit_task",
    "remove_task",
]


async def start(
    hass: HomeAssistant, entry: MockConfigEntry, step: str
) -> dict[str, Any]:
    """Open the options flow and choose a menu option."""
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.MENU
    return await choose(hass, result, step)


async def choose(
    hass: HomeAssistant, result: dict[str, Any], step: str
) -> dict[str, Any]:
    """Choose a menu option of the flow's current menu."""
    assert step in result["menu_options"]
    return dict(
        await hass.config_entries.options.async_configure(
            result["flow_id"], {"next_step_id": step}
        )
    )


async def submit(
    hass: HomeAssistant, result: dict[str, Any], user_input: dict[str, Any]
) -> dict[str, Any]:
    """Submit the flow's current form."""
    return dict(
        await hass.config_entries.options.async_configure(result["flow_id"], user_input)
    )


def assert_menu(result: dict[str, Any], step_id: str, name: str) -> None:
    """Assert the flow came back to its menu, saying what was done to what."""
    assert result["type"] is FlowResultType.MENU
    assert result["step_id"] == step_id
    assert result["description_placeholders"] == {"name": name}


async def create_asset(
    hass: HomeAssistant, entry: MockConfigEntry, name: str, **fields: Any
) -> dict[str, Any]:
    """Create an asset through its action."""
    response = await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": name, **fields},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    return dict(response)


async def create_task(hass: HomeAssistant, **fields: Any) -> str:
    """Create a task through its action and return its id."""
    response = await hass.services.async_call(
        DOMAIN, "create_task", fields, blocking=True, return_response=True
    )
    assert response is not None
    return str(response["task_id"])


def fields_of(result: dict[str, Any]) -> list[str]:
    """Return the names of a form's fields, in order."""
    return [str(key) for key in result["data_schema"].schema]


async def test_menu_offers_what_exists(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Editing and removing are offered once there is something to edit."""
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["step_id"] == "init"
    assert result["menu_options"] == ["settings", "add_asset", "add_task"]
    await create_asset(hass, entry, "Fridge", template="refrigerator")
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["menu_options"] == EVERYTHING


async def test_asset_added_edited_removed_in_one_visit(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Each change comes back to the menu, saying what it did; nothing reloads."""
    kitchen = ar.async_get(hass).async_create("Kitchen")
    result = await start(hass, entry, "add_asset")
    assert result["step_id"] == "add_asset"
    result = await submit(
        hass,
        result,
        {
            "name": "Fridge",
            "area_id": kitchen.id,
            "installed_on": "2022-06-01",
            "warranty_until": "2027-06-01",
            "expected_life_years": 13,
        },
    )
    assert_menu(result, "added", "Fridge")
    assert result["menu_options"] == EVERYTHING[:5]
    (asset,) = await db_rows(hass, Asset)
    assert (str(asset.warranty_until), asset.expected_life_years) == ("2027-06-01", 13)
    device = device_of(hass, asset.id)
    assert device is not None
    assert device.area_id == kitchen.id

    result = await choose(hass, result, "edit_asset")
    options = result["data_schema"].schema["asset_id"].config["options"]
    assert options == [{"value": asset.id, "label": "Fridge (Kitchen)"}]
    result = await submit(hass, result, {"asset_id": asset.id})
    assert result["step_id"] == "edit_asset_details"
    assert "template" not in fields_of(result)
    result = await submit(hass, result, {"name": "Big fridge", "model": "RF28"})
    assert_menu(result, "updated", "Big fridge")
    (asset,) = await db_rows(hass, Asset)
    # The area field was left empty, so the asset left the kitchen.
    assert (asset.name, asset.model, asset.zone_id, asset.installed_on) == (
        "Big fridge",
        "RF28",
        None,
        None,
    )

    result = await choose(hass, result, "remove_asset")
    result = await submit(hass, result, {"asset_id": asset.id})
    assert result["step_id"] == "remove_asset_confirm"
    assert result["description_placeholders"] == {
        "name": "Big fridge",
        "tasks": "0",
        "supplies": "0",
    }
    assert await db_rows(hass, Asset) != []
    result = await submit(hass, result, {})
    assert_menu(result, "removed", "Big fridge")
    assert result["menu_options"] == ["settings", "add_asset", "add_task"]
    assert await db_rows(hass, Asset) == []
    assert dr.async_get(hass).async_get(device.id) is None
    # Managing assets changes no options, so the property was not reloaded.
    assert entry.options == {}
    assert entry.state.value == "loaded"


async def test_remove_asset_names_what_goes_with_it(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The confirmation counts the asset's tasks and supplies; cancelling keeps all."""
    created = await create_asset(hass, entry, "Furnace", template="furnace")
    supplies = await db_rows(hass, Supply)
    result = await start(hass, entry, "remove_asset")
    result = await submit(hass, result, {"asset_id": created["asset_id"]})
    assert result["description_placeholders"] == {
        "name": "Furnace",
        "tasks": str(len(created["task_ids"])),
        "supplies": str(len(supplies)),
    }
    hass.config_entries.options.async_abort(result["flow_id"])
    assert len(await db_rows(hass, Task)) == len(created["task_ids"])


@pytest.mark.parametrize(
    ("user_input", "errors"),
    [
        ({"name": "   "}, {"name": "name_empty"}),
        ({"name": "n" * 101}, {"name": "name_too_long"}),
        ({"name": "Kettle", "model": "m" * 101}, {"model": "name_too_long"}),
        ({"name": "Kettle", "notes": "n" * 2001}, {"notes": "name_too_long"}),
        ({"name": "Kettle", "area_id": "no_such_area"}, {"area_id": "unknown_area"}),
    ],
)
async def test_add_asset_errors_then_recovers(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    user_input: dict[str, Any],
    errors: dict[str, str],
) -> None:
    """A refusal shows on its field, keeps what was typed and writes nothing."""
    result = await start(hass, entry, "add_asset")
    result = await submit(hass, result, user_input)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == errors
    assert await db_rows(hass, Asset) == []
    result = await submit(hass, result, {"name": "Kettle"})
    assert_menu(result, "added", "Kettle")


async def test_add_asset_from_template(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The template list is the catalogue, by name; choosing one brings its tasks."""
    result = await start(hass, entry, "add_asset")
    options = result["data_schema"].schema["template"].config["options"]
    labels = [option["label"] for option in options]
    assert {"value": "furnace", "label": "Furnace"} in options
    assert labels == sorted(labels, key=str.casefold)
    assert len(options) >= 25
    result = await submit(
        hass, result, {"name": "Basement furnace", "template": "furnace"}
    )
    assert_menu(result, "added", "Basement furnace")
    (asset,) = await db_rows(hass, Asset)
    assert asset.template_id == "furnace"
    assert {t.asset_id for t in await db_rows(hass, Task)} == {asset.id}


async def test_asset_removed_meanwhile(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Editing or removing an asset someone else removed comes back to the menu."""
    created = await create_asset(hass, entry, "Kettle")
    await create_asset(hass, entry, "Toaster")
    edit = await start(hass, entry, "edit_asset")
    remove = await start(hass, entry, "remove_asset")
    remove = await submit(hass, remove, {"asset_id": created["asset_id"]})
    await hass.services.async_call(
        DOMAIN, "remove_asset", {"asset_id": created["asset_id"]}, blocking=True
    )
    assert_menu(await submit(hass, edit, {"asset_id": created["asset_id"]}), "gone", "")
    assert_menu(await submit(hass, remove, {}), "gone", "")
    assert len(await db_rows(hass, Asset)) == 1
