"""An asset's device automations at their edges.

Devices that are not an asset's, an asset whose property is not loaded, a second
property, an overdue sensor that was removed, and work logged without a cost.
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import voluptuous as vol

from custom_components.haven import device_action, device_condition, device_trigger
from custom_components.haven.const import DOMAIN
from custom_components.haven.devices import find_device
from custom_components.haven.store.models import Log

from .conftest import db_counts, db_rows, setup_property
from .test_device_automation import automations, call, furnace  # noqa: F401

pytestmark = pytest.mark.storage


def picked_tasks(fields: dict[str, Any]) -> list[str]:
    """Return the labels a task picker offers."""
    (selector,) = fields["extra_fields"].schema.values()
    return [option["label"] for option in selector.config["options"]]


async def test_work_logged_without_a_cost(
    hass: HomeAssistant,
    furnace: dict[str, Any],  # noqa: F811
) -> None:
    """The log-work action asks what was done (cost optional) and logs it without one."""
    fields = await device_action.async_get_action_capabilities(
        hass, {"device_id": furnace["device_id"], "type": "log_work"}
    )
    schema = fields["extra_fields"]
    assert schema({"action": "Bled the radiators"}) == {"action": "Bled the radiators"}
    with pytest.raises(vol.Invalid):
        schema({"cost": 3})
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "triggers": [{"trigger": "event", "event_type": "test_go"}],
                "actions": [
                    {
                        "domain": DOMAIN,
                        "device_id": furnace["device_id"],
                        "type": "log_work",
                        "action": "Bled the radiators",
                    }
                ],
            }
        },
    )
    hass.bus.async_fire("test_go")
    await hass.async_block_till_done()
    (log,) = await db_rows(hass, Log)
    assert (log.action, log.asset_id, log.cost) == (
        "Bled the radiators",
        furnace["asset_id"],
        None,
    )


async def test_devices_that_are_not_an_assets(
    hass: HomeAssistant,
    furnace: dict[str, Any],  # noqa: F811
) -> None:
    """Unknown and property devices offer nothing; acting on them is refused."""
    assert await device_trigger.async_get_triggers(hass, "no-such-device") == []
    before = await db_counts(hass)
    for device_id in ("no-such-device", furnace["property_device_id"]):
        with pytest.raises(ServiceValidationError) as err:
            await device_action.async_call_action_from_config(
                hass,
                {"device_id": device_id, "type": "log_work", "action": "Paint"},
                {},
                None,
            )
        assert err.value.translation_key == "unknown_asset"
        with pytest.raises(ServiceValidationError) as err:
            await device_trigger.async_attach_trigger(
                hass,
                {"device_id": device_id, "domain": DOMAIN, "type": "task_due"},
                lambda *_: None,  # type: ignore[arg-type,return-value]
                {},  # type: ignore[typeddict-item]
            )
        assert err.value.translation_key == "unknown_asset"
    assert await db_counts(hass) == before
    # Overdue has no task to choose: the editor offers no extra field for it.
    assert (
        await device_trigger.async_get_trigger_capabilities(
            hass, {"device_id": furnace["device_id"], "type": "task_overdue"}
        )
        == {}
    )


async def test_overdue_trigger_needs_its_sensor(
    hass: HomeAssistant,
    furnace: dict[str, Any],  # noqa: F811
) -> None:
    """With the asset's overdue sensor removed, the overdue trigger is refused."""
    registry = er.async_get(hass)
    entity_id = registry.async_get_entity_id(
        "binary_sensor", DOMAIN, f"{furnace['asset_id']}_overdue"
    )
    assert entity_id is not None
    registry.async_remove(entity_id)
    with pytest.raises(ServiceValidationError) as err:
        await device_trigger.async_attach_trigger(
            hass,
            {
                "device_id": furnace["device_id"],
                "domain": DOMAIN,
                "type": "task_overdue",
            },
            lambda *_: None,  # type: ignore[arg-type,return-value]
            {},  # type: ignore[typeddict-item]
        )
    assert err.value.translation_key == "unknown_asset"
    assert err.value.translation_placeholders == {"asset_id": furnace["asset_id"]}


async def test_asset_of_a_second_property(
    hass: HomeAssistant,
    furnace: dict[str, Any],  # noqa: F811
) -> None:
    """An asset of the second property lists its own tasks and its condition holds."""
    cabin = await setup_property(hass, "Cabin")
    boiler = await call(
        hass, "create_asset", config_entry_id=cabin.entry_id, name="Boiler"
    )
    await call(
        hass,
        "create_task",
        asset_id=boiler["asset_id"],
        name="Flush the boiler",
        every=1,
        unit="years",
        first_due="2025-01-01",
    )
    device = find_device(hass, cabin.entry_id, boiler["asset_id"])
    assert device is not None
    fields = await device_action.async_get_action_capabilities(
        hass, {"device_id": device.id, "type": "complete_task"}
    )
    assert picked_tasks(fields) == ["Flush the boiler"]
    condition = {"condition": "device", "domain": DOMAIN, "device_id": device.id}
    overdue = device_condition.async_condition_from_config(
        hass, condition | {"type": "has_overdue_task"}
    )
    assert overdue(hass, {}) is True


async def test_asset_of_an_unloaded_property(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    furnace: dict[str, Any],  # noqa: F811
) -> None:
    """While its property is unloaded, an asset offers no task and no condition holds."""
    calls = await automations(
        hass,
        *(
            {
                "triggers": [{"trigger": "event", "event_type": "test_check"}],
                "conditions": [
                    {
                        "condition": "device",
                        "domain": DOMAIN,
                        "device_id": furnace["device_id"],
                        "type": kind,
                    }
                ],
            }
            for kind in ("has_overdue_task", "has_no_overdue_task")
        ),
    )
    hass.bus.async_fire("test_check")
    await hass.async_block_till_done()
    assert [c.data["index"] for c in calls] == [1]  # loaded: nothing overdue
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    hass.bus.async_fire("test_check")
    await hass.async_block_till_done()
    assert [c.data["index"] for c in calls] == [1]
    # The device is still the asset's: the editor lists its automations, no tasks.
    triggers = await device_trigger.async_get_triggers(hass, furnace["device_id"])
    assert {t["type"] for t in triggers} == {
        "task_due",
        "task_overdue",
        "task_completed",
    }
    fields = await device_trigger.async_get_trigger_capabilities(
        hass, {"device_id": furnace["device_id"], "type": "task_completed"}
    )
    assert picked_tasks(fields) == []
