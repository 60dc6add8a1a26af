"""The websocket API the panel and cards use: a live subscription and one-shot reads."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from custom_components.haven.const import DOMAIN

from .conftest import setup_property

pytestmark = pytest.mark.storage

START = datetime(2025, 12, 30, 18, 0, tzinfo=UTC)  # 10:00 in US/Pacific


async def call(hass: HomeAssistant, service: str, data: dict[str, Any]) -> Any:
    """Call a Haven action that answers."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


@pytest.fixture
async def entry(
    recorder_mock: Any, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> MockConfigEntry:
    """Return a property named Home, set up at START."""
    freezer.move_to(START)
    return await setup_property(hass)


@pytest.fixture
async def furnace(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> dict[str, Any]:
    """Return a furnace from its template (its tasks and supplies)."""
    freezer.move_to(START)
    return dict(
        await call(
            hass,
            "create_asset",
            {
                "config_entry_id": entry.entry_id,
                "name": "Furnace",
                "template": "furnace",
                "zone": "Basement",
                "model": "59TP6",
            },
        )
    )


async def next_event(client: Any) -> dict[str, Any]:
    """Return the next event of a subscription (failing after a while without one)."""
    async with asyncio.timeout(10):
        message = await client.receive_json()
    assert message["type"] == "event", message
    return dict(message["event"])


async def test_subscription_snapshot_then_changes(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    furnace: dict[str, Any],
    hass_ws_client: Any,
    hass_admin_user: Any,
) -> None:
    """The first message holds the property; each write sends what it changed."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "haven/subscribe"})
    result = await client.receive_json()
    assert result["success"]
    snapshot = await next_event(client)
    assert snapshot["kind"] == "snapshot"
    (prop,) = snapshot["properties"]
    assert prop["config_entry_id"] == entry.entry_id
    assert prop["name"] == "Home"
    assert prop["health"] == 100
    assert prop["spent_this_year"] == 0
    assert [a["name"] for a in prop["assets"]] == ["Furnace"]
    (asset,) = prop["assets"]
    assert asset["model"] == "59TP6"
    assert asset["device_id"]
    assert asset["overdue"] is False
    assert [z["name"] for z in prop["zones"]] == ["Basement"]
    assert {t["task_id"] for t in prop["tasks"]} == set(furnace["task_ids"])
    first = prop["tasks"][0]
    assert first["schedule"]["kind"] == "interval"
    assert first["all_day"] is True
    # Empty fields are left out to keep the first message small.
    assert "snoozed_until" not in first
    assert prop["supplies"][0]["name"] == "Furnace air filter"

    task_id = furnace["task_ids"][0]
    done = await call(
        hass, "complete_task", {"task_id": task_id, "cost": 24.5, "notes": "MERV 11"}
    )
    changed = await next_event(client)
    assert changed["kind"] == "changed"
    assert changed["config_entry_id"] == entry.entry_id
    assert [t["task_id"] for t in changed["tasks"]] == [task_id]
    assert changed["tasks"][0]["last_completed_at"].startswith("2025-12-30")
    (log,) = changed["logs"]
    assert log["log_id"] == done["log_id"]
    assert log["cost"] == 24.5
    assert log["notes"] == "MERV 11"
    assert changed["property"]["spent_this_year"] == 24.5

    await hass.services.async_call(
        DOMAIN, "remove_task", {"task_id": task_id}, blocking=True
    )
    removed = await next_event(client)
    assert removed["removed"]["tasks"] == [task_id]


async def test_subscription_follows_properties_and_inbox(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: Any
) -> None:
    """A property loaded later arrives as a snapshot; an unloaded one says so."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "haven/subscribe"})
    assert (await client.receive_json())["success"]
    assert (await next_event(client))["kind"] == "snapshot"

    cabin = await setup_property(hass, "Cabin")
    event = await next_event(client)
    assert event["kind"] == "snapshot"
    assert [p["name"] for p in event["properties"]] == ["Cabin"]

    response = await call(
        hass, "capture", {"config_entry_id": entry.entry_id, "text": "gutter leaks"}
    )
    item_id = response["inbox_item_id"]
    seen: list[dict[str, Any]] = []
    while not any(i["status"] == "PROCESSED" for e in seen for i in e.get("inbox", [])):
        seen.append(await next_event(client))
    assert seen[0]["inbox"][0]["summary"] == "gutter leaks"
    await call(hass, "triage_capture", {"inbox_item_id": item_id, "outcome": "dismiss"})
    event = await next_event(client)
    assert event["removed"]["inbox"] == [item_id]

    assert await hass.config_entries.async_unload(cabin.entry_id)
    event = await next_event(client)
    assert event == {"kind": "unloaded", "config_entry_id": cabin.entry_id}


async def test_subscription_of_one_property_and_unknown_one(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: Any
) -> None:
    """A subscriber of one property sees only that property's records."""
    cabin = await setup_property(hass, "Cabin")
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "haven/subscribe", "config_entry_id": cabin.entry_id}
    )
    assert (await client.receive_json())["success"]
    snapshot = await next_event(client)
    assert [p["name"] for p in snapshot["properties"]] == ["Cabin"]
    await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Boiler"}
    )
    await call(
        hass, "create_asset", {"config_entry_id": cabin.entry_id, "name": "Stove"}
    )
    event = await next_event(client)
    assert [a["name"] for a in event["assets"]] == ["Stove"]

    await client.send_json_auto_id(
        {"type": "haven/subscribe", "config_entry_id": "nope"}
    )
    response = await client.receive_json()
    assert not response["success"]
    assert "nope" in response["error"]["message"]


async def test_status_changes_with_time_are_pushed(
    hass: HomeAssistant,
    furnace: dict[str, Any],
    hass_ws_client: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """When a due moment passes, subscribers get the tasks whose status moved."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "haven/subscribe"})
    assert (await client.receive_json())["success"]
    await next_event(client)
    freezer.move_to(datetime(2026, 7, 1, tzinfo=UTC))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    event = await next_event(client)
    assert event["kind"] == "changed"
    assert {t["status"] for t in event["tasks"]} <= {"overdue", "due_soon"}
    assert event["property"]["counts"]["overdue"] >= 1
    assert any(a["overdue"] for a in event["assets"])


async def test_asset_page_and_history(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    furnace: dict[str, Any],
    hass_ws_client: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """An asset's page: details, tasks, all history with costs; history pages."""
    asset_id = furnace["asset_id"]
    for n in range(3):
        await call(
            hass,
            "log_maintenance",
            {
                "asset_id": asset_id,
                "action": f"Fix {n}",
                "cost": 10,
                "performed_at": f"2025-0{n + 1}-01T10:00:00",
            },
        )
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "haven/asset", "asset_id": asset_id})
    response = await client.receive_json()
    assert response["success"]
    page = response["result"]
    assert page["asset"]["name"] == "Furnace"
    assert {t["task_id"] for t in page["tasks"]} == set(furnace["task_ids"])
    assert [log["action"] for log in page["logs"]] == ["Fix 2", "Fix 1", "Fix 0"]
    assert page["total_cost"] == 30
    assert page["cost_this_year"] == 30
    assert page["documents"] == []

    await client.send_json_auto_id(
        {"type": "haven/history", "asset_id": asset_id, "limit": 2}
    )
    first = (await client.receive_json())["result"]
    assert [log["action"] for log in first["logs"]] == ["Fix 2", "Fix 1"]
    assert first["more"] is True
    await client.send_json_auto_id(
        {
            "type": "haven/history",
            "config_entry_id": entry.entry_id,
            "before": first["logs"][-1]["performed_at"],
        }
    )
    rest = (await client.receive_json())["result"]
    assert [log["action"] for log in rest["logs"]] == ["Fix 0"]
    assert rest["more"] is False

    await client.send_json_auto_id({"type": "haven/asset", "asset_id": "missing"})
    response = await client.receive_json()
    assert not response["success"]
    assert "missing" in response["error"]["message"]


async def test_costs_start_afresh_on_new_year(
    hass: HomeAssistant,
    furnace: dict[str, Any],
    hass_ws_client: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Spending of the year starts afresh at local midnight on January 1st."""
    await call(
        hass,
        "log_maintenance",
        {"asset_id": furnace["asset_id"], "action": "Tune-up", "cost": 120},
    )
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "haven/asset", "asset_id": furnace["asset_id"]}
    )
    page = (await client.receive_json())["result"]
    assert (page["total_cost"], page["cost_this_year"]) == (120, 120)
    # 2026-01-01 00:00 in US/Pacific.
    freezer.move_to(datetime(2026, 1, 1, 8, 0, 1, tzinfo=UTC))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    await client.send_json_auto_id(
        {"type": "haven/asset", "asset_id": furnace["asset_id"]}
    )
    page = (await client.receive_json())["result"]
    assert (page["total_cost"], page["cost_this_year"]) == (120, 0)


async def test_templates_users_and_schedule_preview(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Forms get the catalogue, the household and a preview of a schedule."""
    freezer.move_to(START)
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "haven/templates"})
    templates = (await client.receive_json())["result"]["templates"]
    furnace = next(t for t in templates if t["id"] == "furnace")
    assert furnace["tasks"][0] == {
        "name": "Replace the air filter",
        "every": 3,
        "unit": "months",
    }
    await client.send_json_auto_id({"type": "haven/users"})
    users = (await client.receive_json())["result"]
    assert users["users"]
    assert all("user_id" in user for user in users["users"])

    await client.send_json_auto_id(
        {"type": "haven/schedule_preview", "cron": "0 9 1 * *", "count": 3}
    )
    preview = (await client.receive_json())["result"]
    assert preview["next"] == [
        "2026-01-01T09:00:00-08:00",
        "2026-02-01T09:00:00-08:00",
        "2026-03-01T09:00:00-08:00",
    ]
    await client.send_json_auto_id(
        {"type": "haven/schedule_preview", "every": 1, "unit": "months", "count": 2}
    )
    preview = (await client.receive_json())["result"]
    assert preview["next"] == [
        "2026-01-30T00:00:00-08:00",
        "2026-02-28T00:00:00-08:00",
    ]
    await client.send_json_auto_id(
        {"type": "haven/schedule_preview", "cron": "every tuesday"}
    )
    response = await client.receive_json()
    assert not response["success"]
    assert "every tuesday" in response["error"]["message"]
