"""What HA's own pages show of Haven: icons, names, units, device pages, areas, meters.

Found on a walk through HA's UI as a new user (issue 10): a blank calendar icon, "1
tasks", two entities called "Maintenance", an address shown nowhere, two homes'
basements in one area, no meter progress, no feedback after ticking a to-do item.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import hass_frontend
from homeassistant.core import HomeAssistant
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import CONF_TASK_ENTITIES, DOMAIN
from custom_components.haven.frontend import PANEL_ICON

from .conftest import device_of, setup_property

pytestmark = pytest.mark.storage

COMPONENT = Path(__file__).parent.parent / "custom_components" / "haven"
START = datetime(2025, 1, 15, 18, 0, tzinfo=UTC)


async def call(hass: HomeAssistant, service: str, data: dict[str, Any]) -> Any:
    """Call one of Haven's actions and return its response."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


def test_every_icon_is_in_has_icon_set() -> None:
    """Each mdi: icon Haven names exists in the icon set of HA's frontend."""
    icon_list = Path(hass_frontend.where()) / "static" / "mdi" / "iconList.json"
    known = {icon["name"] for icon in json.loads(icon_list.read_text())}
    icons = json.loads((COMPONENT / "icons.json").read_text())
    named = {PANEL_ICON}

    def _collect(value: Any) -> None:
        if isinstance(value, dict):
            for inner in value.values():
                _collect(inner)
        elif isinstance(value, str) and value.startswith("mdi:"):
            named.add(value)

    _collect(icons)
    missing = sorted(n for n in named if n.removeprefix("mdi:") not in known)
    assert missing == []
    assert icons["entity"]["calendar"]["maintenance"]["default"] == (
        "mdi:calendar-check"
    )


async def test_names_and_counts(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """The calendar has a name of its own; counts read "1", not "1 tasks"."""
    calendar = hass.states.get("calendar.home_maintenance")
    assert calendar is not None
    assert calendar.name == "Home Maintenance schedule"
    todo = hass.states.get("todo.home_maintenance")
    assert todo is not None
    assert todo.name == "Home Maintenance"
    for entity_id in (
        "sensor.home_overdue_tasks",
        "sensor.home_tasks_due_soon",
        "sensor.home_open_inbox_items",
    ):
        state = hass.states.get(entity_id)
        assert state is not None
        assert "unit_of_measurement" not in state.attributes, entity_id
    health = hass.states.get("sensor.home_health")
    assert health is not None
    assert health.attributes["unit_of_measurement"] == "%"


async def test_existing_calendar_keeps_its_entity_id(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """An install whose calendar was renamed by its user keeps that entity id."""
    entry = MockConfigEntry(
        domain=DOMAIN, title="Home", data={"name": "Home", "address": None}
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    registry = er.async_get(hass)
    calendar_id = registry.async_get_entity_id("calendar", DOMAIN, _calendar_uid(entry))
    assert calendar_id == "calendar.home_maintenance"
    registry.async_update_entity(calendar_id, new_entity_id="calendar.upkeep")
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert registry.async_get_entity_id("calendar", DOMAIN, _calendar_uid(entry)) == (
        "calendar.upkeep"
    )
    state = hass.states.get("calendar.upkeep")
    assert state is not None
    assert state.name == "Home Maintenance schedule"


def _calendar_uid(entry: MockConfigEntry) -> str:
    return f"{entry.runtime_data.view.property_id}_calendar"


async def test_device_pages_link_to_the_panel(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """The property's device shows its address; devices open the panel's pages."""
    entry = await setup_property(hass, "Home", "1 Example Street")
    response = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Furnace"}
    )
    prop = device_of(hass, entry.runtime_data.view.property_id)
    assert prop is not None
    assert (prop.model, prop.model_id) == ("Property", "1 Example Street")
    assert prop.configuration_url == "homeassistant://haven"
    asset = dr.async_get(hass).async_get(response["device_id"])
    assert asset is not None
    assert asset.configuration_url == (
        f"homeassistant://haven/asset/{response['asset_id']}"
    )

    # A new address (Reconfigure reloads the entry) reaches the device.
    hass.config_entries.async_update_entry(
        entry, data={"name": "Home", "address": "2 Other Road"}
    )
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    prop = device_of(hass, entry.runtime_data.view.property_id)
    assert prop is not None
    assert prop.model_id == "2 Other Road"


async def test_same_zone_name_in_two_properties(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """Two homes' basements are two areas; a home's own zone and user areas are reused."""
    home = await setup_property(hass, "Home")
    cabin = await setup_property(hass, "Cabin")
    areas = ar.async_get(hass)
    garden = areas.async_create("Garden")  # the user's own area, no property's yet

    async def _area_of(entry: MockConfigEntry, name: str, zone: str) -> str | None:
        response = await call(
            hass,
            "create_asset",
            {"config_entry_id": entry.entry_id, "name": name, "zone": zone},
        )
        device = dr.async_get(hass).async_get(response["device_id"])
        assert device is not None
        return device.area_id

    furnace = await _area_of(home, "Furnace", "Basement")
    heater = await _area_of(cabin, "Water heater", "Basement")
    pump = await _area_of(cabin, "Sump pump", "basement")
    boiler = await _area_of(home, "Boiler", "Basement")
    basement = areas.async_get_area_by_name("Basement")
    cabin_basement = areas.async_get_area_by_name("Basement (Cabin)")
    assert basement is not None
    assert cabin_basement is not None
    assert (furnace, boiler) == (basement.id, basement.id)
    assert (heater, pump) == (cabin_basement.id, cabin_basement.id)
    cabin_zones = cabin.runtime_data.view.zones.values()
    assert [z.name for z in cabin_zones] == ["Basement (Cabin)"]
    # An area no property uses yet is the user's: both homes may use it.
    assert await _area_of(home, "Hose", "Garden") == garden.id
    assert await _area_of(cabin, "Mower", "Garden") != garden.id


async def test_meter_progress_on_the_task_sensor(
    recorder_mock: object, hass: HomeAssistant
) -> None:
    """A meter task's next-due sensor (per-task entities on) says how far it has run."""
    entry = await setup_property(hass, options={CONF_TASK_ENTITIES: True})
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Mower"}
    )
    hass.states.async_set("sensor.mower_hours", "100", {"unit_of_measurement": "h"})
    task = await call(
        hass,
        "create_task",
        {
            "asset_id": asset["asset_id"],
            "name": "Change the oil",
            "meter_entity_id": "sensor.mower_hours",
            "meter_every": 25,
        },
    )
    registry = er.async_get(hass)
    sensor_id = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{task['task_id']}_next_due"
    )
    assert sensor_id is not None
    registry.async_update_entity(sensor_id, disabled_by=None)
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    hass.states.async_set("sensor.mower_hours", "110", {"unit_of_measurement": "h"})
    await hass.async_block_till_done()
    state = hass.states.get(sensor_id)
    assert state is not None
    assert {k: state.attributes[k] for k in ("meter_value", "meter_progress")} == {
        "meter_value": 110,
        "meter_progress": 40.0,
    }
    assert state.attributes["meter_entity_id"] == "sensor.mower_hours"
    assert state.attributes["meter_every"] == 25


async def list_items(client: Any, entity_id: str) -> list[dict[str, Any]]:
    """Return the items as the to-do card lists them."""
    await client.send_json_auto_id({"type": "todo/item/list", "entity_id": entity_id})
    response = await client.receive_json()
    assert response["success"], response
    return list(response["result"]["items"])


@pytest.fixture
def at_start(freezer: FrozenDateTimeFactory) -> FrozenDateTimeFactory:
    """Move the clock to START before the websocket client signs in."""
    freezer.move_to(START)
    return freezer


async def test_ticked_item_says_when_it_is_next_due(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    at_start: FrozenDateTimeFactory,
    hass_ws_client: Any,
) -> None:
    """After a tick the item's description starts with when it was done and is due.

    Editing the item's description edits the task's notes below that line.
    """
    freezer = at_start
    client = await hass_ws_client(hass)
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Furnace"}
    )
    task = await call(
        hass,
        "create_task",
        {
            "asset_id": asset["asset_id"],
            "name": "Replace the filter",
            "every": 3,
            "unit": "months",
            "notes": "16x25x1",
        },
    )
    freezer.move_to(START + timedelta(days=80))
    await hass.services.async_call(
        "todo",
        "update_item",
        {
            "entity_id": "todo.home_maintenance",
            "item": task["task_id"],
            "status": "completed",
        },
        blocking=True,
    )
    (item,) = await list_items(client, "todo.home_maintenance")
    assert item["status"] == "needs_action"
    assert item["due"] == "2025-07-05"
    assert item["description"] == (
        "Last done 2025-04-05, next due 2025-07-05.\n\n16x25x1"
    )

    # The to-do card sends the whole description back with any edit.
    await hass.services.async_call(
        "todo",
        "update_item",
        {
            "entity_id": "todo.home_maintenance",
            "item": task["task_id"],
            "description": "Last done 2025-04-05, next due 2025-07-05.\n\n20x25x1",
        },
        blocking=True,
    )
    assert entry.runtime_data.view.tasks[task["task_id"]].notes == "20x25x1"
    await hass.services.async_call(
        "todo",
        "update_item",
        {
            "entity_id": "todo.home_maintenance",
            "item": task["task_id"],
            "rename": "Replace the air filter (Furnace)",
            "description": "Last done 2025-04-05, next due 2025-07-05.\n\n20x25x1",
        },
        blocking=True,
    )
    view_task = entry.runtime_data.view.tasks[task["task_id"]]
    assert (view_task.name, view_task.notes) == ("Replace the air filter", "20x25x1")
