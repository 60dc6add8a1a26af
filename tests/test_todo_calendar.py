"""The Maintenance to-do list and calendar as HA's own cards use them; the dashboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Log, Task

from .conftest import db_rows

pytestmark = pytest.mark.storage

START = datetime(2025, 1, 15, 18, 0, tzinfo=UTC)  # 10:00 in US/Pacific
TODO = "todo.home_maintenance"


@pytest.fixture
async def furnace(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> dict[str, str]:
    """Return the ids of a furnace with a three-monthly filter task."""
    freezer.move_to(START)
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
            "notes": "16x25x1",
        },
        blocking=True,
        return_response=True,
    )
    return {"asset_id": asset["asset_id"], "task_id": task["task_id"]}  # type: ignore[index,dict-item]


async def list_items(client: Any) -> list[dict[str, Any]]:
    """List the Maintenance items the way the to-do card does."""
    await client.send_json_auto_id({"type": "todo/item/list", "entity_id": TODO})
    response = await client.receive_json()
    assert response["success"], response
    return list(response["result"]["items"])


async def test_items_show_tasks(
    hass: HomeAssistant, furnace: dict[str, str], hass_ws_client: Any
) -> None:
    """Each task is an item: uid = task id, asset in the summary, due as a date."""
    (item,) = await list_items(await hass_ws_client(hass))
    assert item == {
        "uid": furnace["task_id"],
        "summary": "Replace the filter (Furnace)",
        "status": "needs_action",
        "due": "2025-04-15",
        "description": "16x25x1",
    }
    assert hass.states.get(TODO).state == "1"  # type: ignore[union-attr]


async def test_completing_item_completes_task_and_it_returns(
    hass: HomeAssistant,
    furnace: dict[str, str],
    hass_ws_client: Any,
    hass_admin_user: User,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Ticking the item logs the work as the user; the item comes back, due later."""
    client = await hass_ws_client(hass)  # signs in before the clock moves on
    freezer.move_to(START + timedelta(days=80))
    await hass.services.async_call(
        "todo",
        "update_item",
        {"entity_id": TODO, "item": furnace["task_id"], "status": "completed"},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    await hass.async_block_till_done()
    (item,) = await list_items(client)
    assert item["status"] == "needs_action"
    assert item["due"] == "2025-07-05"
    (log,) = await db_rows(hass, Log)
    assert (log.task_id, log.user_id) == (furnace["task_id"], hass_admin_user.id)


async def test_add_rename_redate_and_delete_items(
    hass: HomeAssistant, furnace: dict[str, str], hass_ws_client: Any
) -> None:
    """Adding makes a one-off task; renaming and re-dating change it; removing deletes."""
    await hass.services.async_call(
        "todo",
        "add_item",
        {"entity_id": TODO, "item": "Buy a ladder", "due_date": "2025-02-01"},
        blocking=True,
    )
    await hass.services.async_call(
        "todo",
        "update_item",
        {
            "entity_id": TODO,
            "item": "Replace the filter (Furnace)",
            "rename": "Replace the air filter (Furnace)",
            "due_date": "2025-03-01",
        },
        blocking=True,
    )
    await hass.async_block_till_done()
    tasks = {t.name: t for t in await db_rows(hass, Task)}
    assert set(tasks) == {"Buy a ladder", "Replace the air filter"}
    assert tasks["Buy a ladder"].schedule_kind == "once"
    assert tasks["Buy a ladder"].asset_id is None
    items = await list_items(await hass_ws_client(hass))
    assert [(i["summary"], i["due"]) for i in items] == [
        ("Buy a ladder", "2025-02-01"),
        ("Replace the air filter (Furnace)", "2025-03-01"),
    ]

    # A one-off task is done for good once ticked off.
    await hass.services.async_call(
        "todo",
        "update_item",
        {"entity_id": TODO, "item": "Buy a ladder", "status": "completed"},
        blocking=True,
    )
    await hass.async_block_till_done()
    items = await list_items(await hass_ws_client(hass))
    assert [i["status"] for i in items if i["summary"] == "Buy a ladder"] == [
        "completed"
    ]
    assert hass.states.get(TODO).state == "1"  # type: ignore[union-attr]

    await hass.services.async_call(
        "todo", "remove_completed_items", {"entity_id": TODO}, blocking=True
    )
    await hass.async_block_till_done()
    assert [t.name for t in await db_rows(hass, Task)] == ["Replace the air filter"]


async def test_clearing_due_date_of_recurring_task_is_refused(
    hass: HomeAssistant, furnace: dict[str, str]
) -> None:
    """A recurring task needs a date; the error says to snooze or skip instead."""
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            "todo",
            "update_item",
            {"entity_id": TODO, "item": furnace["task_id"], "due_date": None},
            blocking=True,
        )
    assert err.value.translation_key == "due_required"


async def test_calendar_projects_due_dates_and_shows_work(
    hass: HomeAssistant, furnace: dict[str, str], freezer: FrozenDateTimeFactory
) -> None:
    """A year ahead shows each quarterly due date; the past shows completions."""
    await hass.services.async_call(
        DOMAIN,
        "complete_task",
        {"task_id": furnace["task_id"], "performed_at": "2025-01-10T09:00:00"},
        blocking=True,
        return_response=True,
    )
    response = await hass.services.async_call(
        "calendar",
        "get_events",
        {
            "entity_id": "calendar.home_maintenance",
            "start_date_time": "2025-01-01T00:00:00",
            "end_date_time": "2026-01-01T00:00:00",
        },
        blocking=True,
        return_response=True,
    )
    events = response["calendar.home_maintenance"]["events"]  # type: ignore[index,call-overload]
    assert [(e["start"], e["summary"]) for e in events] == [
        ("2025-01-10T09:00:00-08:00", "✓ Replace the filter (Furnace)"),
        ("2025-04-10", "Replace the filter (Furnace)"),
        ("2025-07-10", "Replace the filter (Furnace)"),
        ("2025-10-10", "Replace the filter (Furnace)"),
    ]
    state = hass.states.get("calendar.home_maintenance")
    assert state is not None
    assert state.attributes["message"] == "Replace the filter (Furnace)"
    assert state.attributes["start_time"] == "2025-04-10 00:00:00"


async def test_dashboard_websocket(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    furnace: dict[str, str],
    hass_ws_client: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """haven/dashboard gives health, overdue and due-soon tasks and recent work."""
    await hass.services.async_call(
        DOMAIN,
        "log_maintenance",
        {"asset_id": furnace["asset_id"], "action": "Checked the flame", "cost": 0},
        blocking=True,
        return_response=True,
    )
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "haven/dashboard"})
    response = await client.receive_json()
    assert response["success"]
    (prop,) = response["result"]["properties"]
    assert prop["health"] == 100
    assert prop["overdue"] == []
    assert [log["action"] for log in prop["recent_logs"]] == ["Checked the flame"]

    freezer.move_to(datetime(2025, 4, 20, tzinfo=UTC))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    await client.send_json_auto_id(
        {"type": "haven/dashboard", "config_entry_id": entry.entry_id}
    )
    response = await client.receive_json()
    # No write happened in between: the one timer moved the status on.
    (prop,) = response["result"]["properties"]
    assert [t["task_id"] for t in prop["overdue"]] == [furnace["task_id"]]
    assert prop["overdue"][0]["asset_name"] == "Furnace"
    assert prop["health"] == 0

    await client.send_json_auto_id({"type": "haven/dashboard", "config_entry_id": "x"})
    response = await client.receive_json()
    assert not response["success"]
    assert response["error"]["code"] == "not_found"


async def test_assist_list_intents(
    hass: HomeAssistant, furnace: dict[str, str]
) -> None:
    """HA's list intents add a one-off task and check it off (what Assist says)."""
    assert await async_setup_component(hass, "intent", {})
    await hass.async_block_till_done()
    await intent.async_handle(
        hass,
        "test",
        "HassListAddItem",
        {"item": {"value": "clean the grill"}, "name": {"value": "Home Maintenance"}},
    )
    await hass.async_block_till_done()
    # Newer HA releases capitalise the item Assist heard.
    assert "clean the grill" in {t.name.lower() for t in await db_rows(hass, Task)}
    await intent.async_handle(
        hass,
        "test",
        "HassListCompleteItem",
        {"item": {"value": "clean the grill"}, "name": {"value": "Home Maintenance"}},
    )
    await hass.async_block_till_done()
    (log,) = await db_rows(hass, Log)
    assert log.action.lower() == "clean the grill"
