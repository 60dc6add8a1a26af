"""Haven in HA's Activity page, read back through the logbook's websocket API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.devices import find_device

pytestmark = pytest.mark.storage

START = datetime(2025, 1, 15, 18, 0, tzinfo=UTC)  # 10:00 in US/Pacific


async def call(
    hass: HomeAssistant, service: str, context: Context | None = None, **data: Any
) -> Any:
    """Call a Haven action (as a user) and return its response."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True, context=context
    )


@pytest.fixture
def start(freezer: FrozenDateTimeFactory) -> None:
    """Start the clock at START (before any sign-in token is made)."""
    freezer.move_to(START)


@pytest.fixture
async def client(hass: HomeAssistant, start: None, hass_ws_client: Any) -> Any:
    """Return a websocket client signed in at the start (the clock moves later)."""
    assert await async_setup_component(hass, "logbook", {})
    return await hass_ws_client(hass)


async def activity(
    hass: HomeAssistant, client: Any, **filters: Any
) -> list[dict[str, Any]]:
    """Return the logbook entries since the start, as the Activity page asks."""
    await hass.async_block_till_done()
    await async_wait_recording_done(hass)
    await client.send_json_auto_id(
        {
            "type": "logbook/get_events",
            "start_time": (START - timedelta(hours=1)).isoformat(),
            "end_time": (START + timedelta(days=30)).isoformat(),
            **filters,
        }
    )
    response = await client.receive_json()
    assert response["success"], response
    return list(response["result"])


async def test_activity_reads_like_a_diary(
    hass: HomeAssistant,
    start: None,
    entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    client: Any,
) -> None:
    """Completions, snoozes, skips, captures and reminders are readable lines."""
    alex = await hass.auth.async_create_user("Alex", group_ids=["system-admin"])
    as_alex = Context(user_id=alex.id)
    await hass.async_block_till_done()
    furnace = await call(
        hass, "create_asset", config_entry_id=entry.entry_id, name="Furnace"
    )
    filter_task = await call(
        hass,
        "create_task",
        asset_id=furnace["asset_id"],
        name="Replace the air filter",
        every=3,
        unit="months",
        first_due="2025-01-16",
    )
    gutters = await call(
        hass,
        "create_task",
        config_entry_id=entry.entry_id,
        name="Clean the gutters",
        every=6,
        unit="months",
        first_due="2025-03-01",
    )
    # The reminder on the due day (09:00), then the work.
    freezer.move_to(datetime(2025, 1, 16, 17, 0, 1, tzinfo=UTC))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    # A second apart: the diary is in time order (equal times have no order in SQL).
    freezer.tick(1)
    await call(hass, "complete_task", as_alex, task_id=filter_task["task_id"], cost=24)
    freezer.tick(1)
    await call(
        hass, "snooze_task", as_alex, task_id=gutters["task_id"], until="2025-03-08"
    )
    freezer.tick(1)
    await call(hass, "skip_task", as_alex, task_id=gutters["task_id"])
    freezer.tick(1)
    await call(
        hass,
        "capture",
        as_alex,
        config_entry_id=entry.entry_id,
        text="The flue rattles",
    )

    lines = [
        (e.get("name"), e.get("message"))
        for e in await activity(hass, client)
        if e.get("domain") == DOMAIN
    ]
    assert lines == [
        ("Replace the air filter", "on the Furnace is due"),
        ("Alex", "replaced the air filter on the Furnace · €24"),
        ("Alex", "snoozed Clean the gutters until March 8"),
        ("Alex", "skipped Clean the gutters"),
        ("Alex", "captured a note: The flue rattles"),
    ]

    # The asset's device page shows its own lines, linked to the asset's sensor.
    device = find_device(hass, entry.entry_id, furnace["asset_id"])
    assert device is not None
    on_device = [
        e
        for e in await activity(hass, client, device_ids=[device.id])
        if e.get("domain") == DOMAIN
    ]
    assert [e["message"] for e in on_device] == [
        "on the Furnace is due",
        "replaced the air filter on the Furnace · €24",
    ]
    assert {e["entity_id"] for e in on_device} == {
        "binary_sensor.furnace_maintenance_overdue"
    }


async def test_count_sensors_write_no_lines(
    hass: HomeAssistant,
    start: None,
    entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    client: Any,
) -> None:
    """Health and the counts change often; HA's logbook leaves them out."""
    await hass.async_block_till_done()
    for day in ("2025-01-10", "2025-01-12", "2025-01-20"):
        await call(
            hass,
            "create_task",
            config_entry_id=entry.entry_id,
            name=f"Task {day}",
            every=1,
            unit="months",
            first_due=day,
        )
    await call(hass, "capture", config_entry_id=entry.entry_id, text="Something")
    counts = {
        "sensor.home_health",
        "sensor.home_overdue_tasks",
        "sensor.home_tasks_due_soon",
        "sensor.home_open_inbox_items",
    }
    for entity_id in counts:
        assert hass.states.get(entity_id) is not None, entity_id
    entries = await activity(hass, client)
    assert not [e for e in entries if e.get("entity_id") in counts]
    # Asked for by name, they are still left out (HA filters continuous sensors).
    asked = await activity(hass, client, entity_ids=sorted(counts))
    assert asked == []
