"""An asset's device triggers, conditions and actions, run by HA's automation integration."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.device_automation import (
    DeviceAutomationType,
    async_get_device_automations,
)
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_mock_service,
)
import voluptuous as vol

from custom_components.haven import device_action, device_trigger
from custom_components.haven.const import DOMAIN
from custom_components.haven.devices import find_device
from custom_components.haven.store.models import Log

from .conftest import db_rows

pytestmark = pytest.mark.storage

START = datetime(2025, 1, 15, 18, 0, tzinfo=UTC)  # 10:00 in US/Pacific


async def call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    """Call a Haven action and return its response."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


@pytest.fixture
async def furnace(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> dict[str, Any]:
    """Return a furnace (its device) with a filter due tomorrow and a flue check later."""
    freezer.move_to(START)
    asset = await call(
        hass, "create_asset", config_entry_id=entry.entry_id, name="Furnace"
    )
    ids = {"asset_id": asset["asset_id"]}
    for key, name, due in (
        ("filter", "Replace the filter", "2025-01-16"),
        ("flue", "Inspect the flue", "2025-06-01"),
    ):
        task = await call(
            hass,
            "create_task",
            asset_id=asset["asset_id"],
            name=name,
            every=3,
            unit="months",
            first_due=due,
        )
        ids[key] = task["task_id"]
    device = find_device(hass, entry.entry_id, asset["asset_id"])
    assert device is not None
    ids["device_id"] = device.id
    ids["property_device_id"] = find_device(
        hass, entry.entry_id, entry.runtime_data.view.property_id
    ).id  # type: ignore[union-attr]
    return ids


async def automations(
    hass: HomeAssistant, *configs: dict[str, Any]
) -> list[ServiceCall]:
    """Set up automations that call test.fired (with the trigger's id) when they run."""
    calls = async_mock_service(hass, "test", "fired")
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": [
                {
                    "id": str(index),
                    "alias": f"automation {index}",
                    "actions": [{"action": "test.fired", "data": {"index": index}}],
                    **config,
                }
                for index, config in enumerate(configs)
            ]
        },
    )
    await hass.async_block_till_done()
    return calls


def device_trigger_config(
    ids: dict[str, Any], kind: str, **extra: Any
) -> dict[str, Any]:
    """Return a device trigger of the furnace."""
    return {
        "triggers": [
            {
                "trigger": "device",
                "domain": DOMAIN,
                "device_id": ids["device_id"],
                "type": kind,
                **extra,
            }
        ]
    }


async def test_editor_offers_automations_for_assets_only(
    hass: HomeAssistant, furnace: dict[str, Any]
) -> None:
    """An asset's device lists Haven's triggers, conditions and actions; the property's none."""
    for kind, expected in (
        (DeviceAutomationType.TRIGGER, {"task_due", "task_overdue", "task_completed"}),
        (DeviceAutomationType.CONDITION, {"has_overdue_task", "has_no_overdue_task"}),
        (DeviceAutomationType.ACTION, {"complete_task", "log_work"}),
    ):
        found = await async_get_device_automations(
            hass, kind, [furnace["device_id"], furnace["property_device_id"]]
        )
        assert {
            a["type"] for a in found[furnace["device_id"]] if a.get("domain") == DOMAIN
        } == expected
        assert not [
            a for a in found[furnace["property_device_id"]] if a.get("domain") == DOMAIN
        ]
    # The task pickers list the asset's tasks.
    picker = await device_action.async_get_action_capabilities(
        hass, {"device_id": furnace["device_id"], "type": "complete_task"}
    )
    options = picker["extra_fields"].schema
    (selector,) = options.values()
    assert [o["label"] for o in selector.config["options"]] == [
        "Inspect the flue",
        "Replace the filter",
    ]
    trigger_fields = await device_trigger.async_get_trigger_capabilities(
        hass, {"device_id": furnace["device_id"], "type": "task_due"}
    )
    assert "extra_fields" in trigger_fields


async def test_triggers_fire_end_to_end(
    hass: HomeAssistant, furnace: dict[str, Any], freezer: FrozenDateTimeFactory
) -> None:
    """Due, overdue and done fire the asset's automations (a task filter narrows them)."""
    calls = await automations(
        hass,
        device_trigger_config(furnace, "task_due"),
        device_trigger_config(furnace, "task_overdue"),
        device_trigger_config(furnace, "task_completed", task_id=furnace["filter"]),
        device_trigger_config(furnace, "task_completed", task_id=furnace["flue"]),
    )
    # The due day's reminder time (09:00 local).
    freezer.move_to(datetime(2025, 1, 16, 17, 0, 1, tzinfo=UTC))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert [c.data["index"] for c in calls] == [0]
    # The day after, the filter is overdue.
    freezer.move_to(datetime(2025, 1, 17, 8, 0, 1, tzinfo=UTC))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert [c.data["index"] for c in calls] == [0, 1]
    await call(hass, "complete_task", task_id=furnace["filter"])
    await hass.async_block_till_done()
    assert [c.data["index"] for c in calls] == [0, 1, 2]


async def test_condition_follows_overdue_tasks(
    hass: HomeAssistant, furnace: dict[str, Any], freezer: FrozenDateTimeFactory
) -> None:
    """The overdue condition is false, then true once the filter is overdue."""
    condition = {
        "condition": "device",
        "domain": DOMAIN,
        "device_id": furnace["device_id"],
    }
    calls = await automations(
        hass,
        {
            "triggers": [{"trigger": "event", "event_type": "test_check"}],
            "conditions": [condition | {"type": "has_overdue_task"}],
        },
        {
            "triggers": [{"trigger": "event", "event_type": "test_check"}],
            "conditions": [condition | {"type": "has_no_overdue_task"}],
        },
    )
    hass.bus.async_fire("test_check")
    await hass.async_block_till_done()
    assert [c.data["index"] for c in calls] == [1]
    freezer.move_to(datetime(2025, 1, 17, 8, 0, 1, tzinfo=UTC))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    hass.bus.async_fire("test_check")
    await hass.async_block_till_done()
    assert [c.data["index"] for c in calls] == [1, 0]


async def test_actions_complete_a_task_and_log_work(
    hass: HomeAssistant, furnace: dict[str, Any]
) -> None:
    """The actions mark the chosen task done and log work with its cost."""
    action = {"domain": DOMAIN, "device_id": furnace["device_id"]}
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "triggers": [{"trigger": "event", "event_type": "test_go"}],
                "actions": [
                    action | {"type": "complete_task", "task_id": furnace["filter"]},
                    action
                    | {
                        "type": "log_work",
                        "action": "Bled the radiators",
                        "cost": 12.5,
                    },
                ],
            }
        },
    )
    hass.bus.async_fire("test_go")
    await hass.async_block_till_done()
    logs = {log.action: log for log in await db_rows(hass, Log)}
    assert logs["Replace the filter"].task_id == furnace["filter"]
    assert logs["Bled the radiators"].asset_id == furnace["asset_id"]
    assert float(logs["Bled the radiators"].cost) == 12.5


@pytest.mark.parametrize(
    "config",
    [
        {"type": "complete_task"},
        {"type": "log_work"},
        {"type": "log_work", "action": "x", "cost": -1},
    ],
)
def test_action_needs_its_fields(config: dict[str, Any]) -> None:
    """Completing needs a task, logging needs what was done (and no negative cost)."""
    with pytest.raises(vol.Invalid):
        device_action.ACTION_SCHEMA({"domain": DOMAIN, "device_id": "abc", **config})
