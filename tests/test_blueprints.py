"""Haven's blueprints, loaded by HA's blueprint integration and run end to end."""

from __future__ import annotations

from pathlib import Path
import shutil
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components import tag
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Log

from .conftest import db_rows, local

pytestmark = pytest.mark.storage

BLUEPRINTS = Path(__file__).parent.parent / "blueprints" / "automation" / "haven"


@pytest.fixture
async def home(
    recorder_mock: Any,
    hass: HomeAssistant,
    tmp_path: Path,
    freezer: FrozenDateTimeFactory,
) -> dict[str, Any]:
    """Return a config folder with the blueprints, a property, a furnace and its task."""
    freezer.move_to(local("2025-01-31T10:00:00"))
    hass.config.config_dir = str(tmp_path)
    shutil.copytree(BLUEPRINTS, tmp_path / "blueprints" / "automation" / "haven")
    shopping = MockConfigEntry(domain="shopping_list")
    shopping.add_to_hass(hass)
    assert await hass.config_entries.async_setup(shopping.entry_id)
    # The NFC blueprint picks the task through its entities.
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Home",
        data={"name": "Home"},
        options={"task_entities": True},
        minor_version=2,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    asset = await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Furnace"},
        blocking=True,
        return_response=True,
    )
    task = await hass.services.async_call(
        DOMAIN,
        "create_task",
        {
            "asset_id": asset["asset_id"],  # type: ignore[index]
            "name": "Replace the filter",
            "every": 3,
            "unit": "months",
            "first_due": "2025-02-01",
        },
        blocking=True,
        return_response=True,
    )
    for name, quantity in (("Filter 16x25x1", 0), ("Gasket", 5), ("Igniter", None)):
        await hass.services.async_call(
            DOMAIN,
            "add_supply",
            {
                "asset_id": asset["asset_id"],  # type: ignore[index]
                "name": name,
                "quantity": quantity,
                "part_number": "FL-1" if name.startswith("Filter") else None,
                "task_id": task["task_id"],  # type: ignore[index]
            },
            blocking=True,
            return_response=True,
        )
    return {"entry": entry, "task_id": task["task_id"]}  # type: ignore[index]


async def use_blueprint(hass: HomeAssistant, path: str, inputs: dict[str, Any]) -> None:
    """Set up one automation from a Haven blueprint."""
    assert await async_setup_component(
        hass,
        "automation",
        {"automation": {"use_blueprint": {"path": f"haven/{path}", "input": inputs}}},
    )
    await hass.async_block_till_done()
    assert hass.states.async_entity_ids("automation")


async def come_due(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Move to the due day's reminder time."""
    freezer.move_to(local("2025-02-01T09:00:01"))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()


async def test_task_due_notification(
    hass: HomeAssistant, home: dict[str, Any], freezer: FrozenDateTimeFactory
) -> None:
    """The phone gets Done/Snooze buttons that Haven answers; Done completes the task."""
    calls: list[ServiceCall] = []

    async def _phone(call: ServiceCall) -> None:
        calls.append(call)

    hass.services.async_register("notify", "mobile_app_pixel", _phone)
    await use_blueprint(
        hass,
        "task_due_notification.yaml",
        {
            "notify_action": "notify.mobile_app_pixel",
            "property": home["entry"].entry_id,
        },
    )
    await come_due(hass, freezer)
    (call,) = calls
    assert call.data["message"] == "Replace the filter is due."
    actions = [a["action"] for a in call.data["data"]["actions"]]
    assert actions == [
        f"HAVEN_DONE_{home['task_id']}",
        f"HAVEN_SNOOZE_{home['task_id']}",
    ]

    hass.bus.async_fire("mobile_app_notification_action", {"action": actions[0]})
    await hass.async_block_till_done()
    (log,) = await db_rows(hass, Log)
    assert log.task_id == home["task_id"]


async def test_nfc_tag_marks_task_done(
    hass: HomeAssistant, home: dict[str, Any]
) -> None:
    """Scanning the tag completes the task the blueprint names."""
    assert await async_setup_component(hass, "tag", {})
    button = er.async_get(hass).async_get_entity_id(
        "button", DOMAIN, f"{home['task_id']}_done"
    )
    await use_blueprint(
        hass,
        "nfc_mark_done.yaml",
        {"tag_id": "furnace-filter", "task_entity": button, "notes": "Scanned"},
    )
    await tag.async_scan_tag(hass, "furnace-filter", None)
    await hass.async_block_till_done()
    (log,) = await db_rows(hass, Log)
    assert (log.task_id, log.notes) == (home["task_id"], "Scanned")


async def test_low_supplies_go_to_shopping_list(
    hass: HomeAssistant, home: dict[str, Any], freezer: FrozenDateTimeFactory
) -> None:
    """Only supplies at or below the threshold (or not counted) are added."""
    await use_blueprint(
        hass,
        "low_supplies_shopping_list.yaml",
        {"shopping_list": "todo.shopping_list", "threshold": 1},
    )
    await come_due(hass, freezer)
    response = await hass.services.async_call(
        "todo",
        "get_items",
        {"entity_id": "todo.shopping_list"},
        blocking=True,
        return_response=True,
    )
    items = sorted(i["summary"] for i in response["todo.shopping_list"]["items"])  # type: ignore[index,call-overload]
    assert items == ["Filter 16x25x1 (FL-1)", "Igniter"]
