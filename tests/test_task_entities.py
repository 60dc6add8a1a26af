"""Per-task entities (next-due sensor, mark-done button) exist only where wanted."""

from __future__ import annotations

from collections.abc import Iterator
import logging

from homeassistant.auth.models import User
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import CONF_TASK_ENTITIES, DOMAIN
from custom_components.haven.store.models import Log

from .conftest import db_rows, setup_property
from .test_tasks import call

pytestmark = pytest.mark.storage

TASK_ENTITIES = (("sensor", "next_due"), ("button", "done"))


async def _furnace_tasks(hass: HomeAssistant, entry: MockConfigEntry) -> list[str]:
    """Create a furnace with two tasks; return their ids."""
    asset_id = (
        await call(
            hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Furnace"}
        )
    )["asset_id"]
    return [
        (
            await call(
                hass,
                "create_task",
                {"asset_id": asset_id, "name": name, "every": 6, "unit": "months"},
            )
        )["task_id"]
        for name in ("Vacuum the coils", "Replace the filter")
    ]


def _entity_id(hass: HomeAssistant, task_id: str, platform: str, suffix: str) -> str:
    return (
        er.async_get(hass).async_get_entity_id(platform, DOMAIN, f"{task_id}_{suffix}")
        or ""
    )


async def test_none_by_default(recorder_mock: object, hass: HomeAssistant) -> None:
    """Without the option, tasks have no entities: the registry stays small."""
    entry = await setup_property(hass)
    await _furnace_tasks(hass, entry)
    entries = er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id)
    # The property's 5 sensors, 2 to-do lists and calendar; the furnace's problem
    # sensor; nothing per task.
    assert sorted(e.domain for e in entries) == sorted(
        ["binary_sensor", "calendar", "todo", "todo", *["sensor"] * 5]
    )


async def test_option_on_every_task(
    recorder_mock: object, hass: HomeAssistant, hass_admin_user: User
) -> None:
    """With the option, each task has both entities, enabled, under stable ids."""
    entry = await setup_property(hass, options={CONF_TASK_ENTITIES: True})
    vacuum, task_filter = await _furnace_tasks(hass, entry)
    registry = er.async_get(hass)
    sensor_id = _entity_id(hass, vacuum, "sensor", "next_due")
    button_id = _entity_id(hass, vacuum, "button", "done")
    assert sensor_id == "sensor.furnace_vacuum_the_coils_due"
    assert button_id == "button.furnace_mark_vacuum_the_coils_done"
    assert _entity_id(hass, task_filter, "sensor", "next_due") == (
        "sensor.furnace_replace_the_filter_due"
    )
    for task_id in (vacuum, task_filter):
        for platform, suffix in TASK_ENTITIES:
            registered = registry.async_get(_entity_id(hass, task_id, platform, suffix))
            assert registered is not None
            assert registered.disabled_by is None
            assert hass.states.get(registered.entity_id) is not None

    # The entities name the task for actions; the button completes it as the presser.
    await call(hass, "snooze_task", {"entity_id": sensor_id, "duration": "48:00:00"})
    assert entry.runtime_data.view.tasks[vacuum].snoozed_until is not None
    await hass.services.async_call(
        "button",
        "press",
        {"entity_id": button_id},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    await hass.async_block_till_done()
    (log,) = await db_rows(hass, Log)
    assert (log.task_id, log.user_id) == (vacuum, hass_admin_user.id)

    # A removed task takes its entities along.
    await call(
        hass,
        "remove_task",
        {"task_id": vacuum},
        context=Context(user_id=hass_admin_user.id),
    )
    for platform, suffix in TASK_ENTITIES:
        assert _entity_id(hass, vacuum, platform, suffix) == ""
    assert hass.states.get(sensor_id) is None
    assert _entity_id(hass, task_filter, "button", "done")


@pytest.fixture
def haven_info_logs() -> Iterator[None]:
    """Let Haven's entity module log at INFO (the recorder's SQL logging stays quiet)."""
    logger = logging.getLogger("custom_components.haven.entity")
    logger.setLevel(logging.INFO)
    yield
    logger.setLevel(logging.NOTSET)


async def test_upgrade_keeps_enabled_removes_disabled(
    recorder_mock: object,
    hass: HomeAssistant,
    caplog: pytest.LogCaptureFixture,
    haven_info_logs: None,
) -> None:
    """An upgrade keeps the entities a user enabled and drops the disabled rest, once."""
    entry = await setup_property(hass)
    vacuum, task_filter = await _furnace_tasks(hass, entry)
    assert await hass.config_entries.async_unload(entry.entry_id)
    # As an older Haven left the registry: both entities of every task, disabled,
    # except the sensor the user put on a dashboard.
    registry = er.async_get(hass)
    device_id = next(
        device
        for device in registry.entities.values()
        if device.domain == "binary_sensor"
    ).device_id
    for task_id, name in ((vacuum, "vacuum_the_coils"), (task_filter, "x")):
        for platform, suffix in TASK_ENTITIES:
            enabled = (task_id, platform) == (vacuum, "sensor")
            registry.async_get_or_create(
                platform,
                DOMAIN,
                f"{task_id}_{suffix}",
                config_entry=entry,
                device_id=device_id,
                suggested_object_id=f"furnace_{name}_{suffix}",
                disabled_by=None if enabled else er.RegistryEntryDisabler.INTEGRATION,
            )
    hass.config_entries.async_update_entry(entry, minor_version=1)

    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert entry.minor_version == 2
    assert "Removed 3 disabled per-task entities" in caplog.text

    kept = registry.async_get("sensor.furnace_vacuum_the_coils_next_due")
    assert kept is not None
    assert kept.disabled_by is None
    assert hass.states.get(kept.entity_id) is not None
    assert _entity_id(hass, vacuum, "button", "done") == ""
    for platform, suffix in TASK_ENTITIES:
        assert _entity_id(hass, task_filter, platform, suffix) == ""

    # Turned on later, the option brings them back enabled (HA does not remember
    # the removed ones as disabled).
    hass.config_entries.async_update_entry(entry, options={CONF_TASK_ENTITIES: True})
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    for platform, suffix in TASK_ENTITIES:
        registered = registry.async_get(_entity_id(hass, task_filter, platform, suffix))
        assert registered is not None
        assert registered.disabled_by is None
    assert _entity_id(hass, vacuum, "sensor", "next_due") == kept.entity_id


async def test_option_off_keeps_only_enabled(
    recorder_mock: object, hass: HomeAssistant
) -> None:
    """Turning the option off keeps what is enabled; a disabled entity is not made."""
    entry = await setup_property(hass, options={CONF_TASK_ENTITIES: True})
    vacuum, task_filter = await _furnace_tasks(hass, entry)
    registry = er.async_get(hass)
    button_id = _entity_id(hass, task_filter, "button", "done")
    registry.async_update_entity(button_id, disabled_by=er.RegistryEntryDisabler.USER)
    hass.config_entries.async_update_entry(entry, options={})
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get(_entity_id(hass, vacuum, "sensor", "next_due"))
    assert hass.states.get(button_id) is None
    # Still registered (the user's choice), not loaded.
    assert registry.async_get(button_id) is not None
    # A new task gets none.
    (added,) = [
        (
            await call(
                hass,
                "create_task",
                {
                    "config_entry_id": entry.entry_id,
                    "name": "Bleed radiators",
                    "every": 1,
                    "unit": "years",
                },
            )
        )["task_id"]
    ]
    assert _entity_id(hass, added, "sensor", "next_due") == ""


async def test_migration_refuses_newer_major_version(
    recorder_mock: object, hass: HomeAssistant
) -> None:
    """A config entry written by a newer major version is not touched."""
    entry = MockConfigEntry(
        domain=DOMAIN, title="Home", data={"name": "Home"}, version=2
    )
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.MIGRATION_ERROR
