"""The options flow's task steps: the schedule kind first, then only its fields."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Log, Supply, Task

from .conftest import db_rows
from .test_options_flow import (
    assert_menu,
    create_asset,
    create_task,
    fields_of,
    start,
    submit,
)

pytestmark = pytest.mark.storage

COMMON = ["first_due", "lead_days", "priority", "notes"]
KIND_FIELDS = {
    "interval": ["every", "unit", "anchor"],
    "cron": ["cron"],
    "meter": ["meter_entity_id", "meter_every", "every", "unit"],
    "once": [],
}
METER = "sensor.dryer_cycles"


async def only_task(hass: HomeAssistant) -> Task:
    """Return the one task in the database."""
    (task,) = await db_rows(hass, Task)
    return task


@pytest.mark.parametrize(
    ("kind", "details", "expected"),
    [
        (
            "interval",
            {"every": 2.0, "unit": "weeks", "anchor": "fixed", "priority": "2"},
            {
                "schedule_kind": "interval",
                "interval_every": 2,
                "interval_unit": "weeks",
                "anchor": "fixed",
                "priority": 2,
            },
        ),
        (
            "cron",
            {"cron": " 0 9 1 * * ", "lead_days": 3.0},
            {"schedule_kind": "cron", "cron_schedule": "0 9 1 * *", "lead_days": 3},
        ),
        (
            "meter",
            {"meter_entity_id": METER, "meter_every": 50.0, "every": 12.0},
            {
                "schedule_kind": "meter",
                "meter_entity_id": METER,
                "meter_every": 50,
                "meter_baseline": 120,
                "interval_every": 12,
                "interval_unit": "months",
            },
        ),
        (
            "once",
            {"first_due": "2031-05-01", "notes": "Ask the neighbours first."},
            {"schedule_kind": "once", "notes": "Ask the neighbours first."},
        ),
    ],
)
async def test_add_task_of_each_kind(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    kind: str,
    details: dict[str, Any],
    expected: dict[str, Any],
) -> None:
    """The kind is chosen first; its form has only its fields; the task is created."""
    created = await create_asset(hass, entry, "Dryer")
    hass.states.async_set(METER, "120")
    result = await start(hass, entry, "add_task")
    assert result["step_id"] == "add_task"
    assert fields_of(result) == ["name", "asset_id", "schedule_kind"]
    kinds = result["data_schema"].schema["schedule_kind"].config
    assert (kinds["options"], kinds["translation_key"]) == (
        ["interval", "cron", "meter", "once"],
        "schedule_kind",
    )
    result = await submit(
        hass,
        result,
        {
            "name": "Clean the vent",
            "asset_id": created["asset_id"],
            "schedule_kind": kind,
        },
    )
    assert result["step_id"] == f"task_{kind}"
    assert result["description_placeholders"] == {"name": "Clean the vent"}
    assert fields_of(result) == KIND_FIELDS[kind] + COMMON
    result = await submit(hass, result, details)
    assert_menu(result, "added", "Clean the vent")
    task = await only_task(hass)
    assert task.asset_id == created["asset_id"]
    assert {key: getattr(task, key) for key in expected} == expected
    if kind == "once":
        assert dt_util.as_local(task.next_due_at).date().isoformat() == "2031-05-01"


async def test_select_options_are_translated(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Units, anchors and priorities name their translations, not raw values."""
    result = await start(hass, entry, "add_task")
    result = await submit(
        hass, result, {"name": "Gutters", "schedule_kind": "interval"}
    )
    schema = result["data_schema"].schema
    assert {key: schema[key].config.get("translation_key") for key in schema} == {
        "every": None,
        "unit": "unit",
        "anchor": "anchor",
        "first_due": None,
        "lead_days": None,
        "priority": "priority",
        "notes": None,
    }
    assert schema["priority"].config["options"] == ["0", "1", "2", "3"]


@pytest.mark.parametrize(
    ("kind", "details", "errors"),
    [
        ("cron", {"cron": "every tuesday"}, {"cron": "invalid_cron"}),
        ("cron", {"cron": "0 9 * *"}, {"cron": "invalid_cron"}),
        (
            "meter",
            {"meter_entity_id": "sensor.dryer_status", "meter_every": 50.0},
            {"meter_entity_id": "invalid_meter"},
        ),
        (
            "meter",
            {"meter_entity_id": "sensor.missing", "meter_every": 50.0},
            {"meter_entity_id": "invalid_meter"},
        ),
        (
            "interval",
            {"every": 2.5, "unit": "days", "anchor": "completion"},
            {"every": "invalid_number"},
        ),
        (
            "once",
            {"notes": "n" * 2001},
            {"notes": "name_too_long"},
        ),
    ],
)
async def test_task_details_errors_then_recover(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    kind: str,
    details: dict[str, Any],
    errors: dict[str, str],
) -> None:
    """A refusal shows on its field and writes nothing; fixing it saves the task."""
    hass.states.async_set("sensor.dryer_status", "tumbling")
    result = await start(hass, entry, "add_task")
    result = await submit(hass, result, {"name": "Vent", "schedule_kind": kind})
    result = await submit(hass, result, details)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == f"task_{kind}"
    assert result["errors"] == errors
    assert await db_rows(hass, Task) == []
    hass.states.async_set("sensor.dryer_status", "12")
    fixed = {
        "cron": {"cron": "0 9 * * 1"},
        "meter": {"meter_entity_id": "sensor.dryer_status", "meter_every": 50.0},
        "interval": {"every": 2.0, "unit": "days", "anchor": "completion"},
        "once": {},
    }[kind]
    assert_menu(await submit(hass, result, fixed), "added", "Vent")


@pytest.mark.parametrize(
    ("name", "errors"),
    [("  ", {"name": "name_empty"}), ("n" * 101, {"name": "name_too_long"})],
)
async def test_task_name_refused_on_the_first_step(
    hass: HomeAssistant, entry: MockConfigEntry, name: str, errors: dict[str, str]
) -> None:
    """A bad name is refused before the schedule is asked for."""
    result = await start(hass, entry, "add_task")
    result = await submit(hass, result, {"name": name, "schedule_kind": "once"})
    assert (result["step_id"], result["errors"]) == ("add_task", errors)


async def test_task_asset_removed_meanwhile(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A task for an asset removed while the form was open is refused on the form."""
    created = await create_asset(hass, entry, "Dryer")
    result = await start(hass, entry, "add_task")
    result = await submit(
        hass,
        result,
        {"name": "Vent", "asset_id": created["asset_id"], "schedule_kind": "once"},
    )
    await hass.services.async_call(
        DOMAIN, "remove_asset", {"asset_id": created["asset_id"]}, blocking=True
    )
    result = await submit(hass, result, {})
    assert result["errors"] == {"base": "unknown_asset"}
    assert await db_rows(hass, Task) == []


async def test_edit_keeps_schedule_when_only_details_change(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Changing a snoozed task's priority keeps its schedule and its due date."""
    task_id = await create_task(
        hass, config_entry_id=entry.entry_id, name="Gutters", every=6, unit="months"
    )
    until = dt_util.now() + timedelta(days=40)
    await hass.services.async_call(
        DOMAIN,
        "snooze_task",
        {"task_id": task_id, "until": until.isoformat()},
        blocking=True,
    )
    before = await only_task(hass)
    result = await start(hass, entry, "edit_task")
    result = await submit(hass, result, {"task_id": task_id})
    assert result["step_id"] == "edit_task_start"
    assert fields_of(result) == ["name", "schedule_kind"]
    assert result["data_schema"]({"name": "Gutters"})["schedule_kind"] == "interval"
    result = await submit(
        hass, result, {"name": "Gutters", "schedule_kind": "interval"}
    )
    assert result["step_id"] == "task_interval"
    suggested = {
        str(key): key.description["suggested_value"]
        for key in result["data_schema"].schema
        if key.description
    }
    assert suggested["every"] == "6"
    assert suggested["unit"] == "months"
    result = await submit(
        hass,
        result,
        {"every": 6.0, "unit": "months", "anchor": "completion", "priority": "3"},
    )
    assert_menu(result, "updated", "Gutters")
    after = await only_task(hass)
    assert after.priority == 3
    assert (after.next_due_at, after.snoozed_until) == (
        before.next_due_at,
        before.snoozed_until,
    )


async def test_edit_replaces_the_kind_of_schedule(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Choosing another kind replaces the schedule, renaming on the way."""
    task_id = await create_task(
        hass, config_entry_id=entry.entry_id, name="Filter", every=3, unit="months"
    )
    result = await start(hass, entry, "edit_task")
    result = await submit(hass, result, {"task_id": task_id})
    result = await submit(
        hass, result, {"name": "Furnace filter", "schedule_kind": "cron"}
    )
    # A new kind starts empty rather than showing the old schedule's values.
    assert all(
        key.description["suggested_value"] is None
        for key in result["data_schema"].schema
        if str(key) == "cron"
    )
    result = await submit(hass, result, {"cron": "0 8 1 */3 *"})
    assert_menu(result, "updated", "Furnace filter")
    task = await only_task(hass)
    assert (task.name, task.schedule_kind, task.cron_schedule, task.interval_every) == (
        "Furnace filter",
        "cron",
        "0 8 1 */3 *",
        None,
    )


async def test_edit_one_off_clears_its_date(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A one-off task's form shows its date; emptying it leaves the task undated."""
    task_id = await create_task(
        hass,
        config_entry_id=entry.entry_id,
        name="Fix the gate",
        first_due="2031-03-04",
    )
    result = await start(hass, entry, "edit_task")
    result = await submit(hass, result, {"task_id": task_id})
    result = await submit(
        hass, result, {"name": "Fix the gate", "schedule_kind": "once"}
    )
    shown = {
        str(key): key.description["suggested_value"]
        for key in result["data_schema"].schema
        if key.description
    }
    assert shown["first_due"] == "2031-03-04"
    result = await submit(hass, result, {})
    assert_menu(result, "updated", "Fix the gate")
    assert (await only_task(hass)).next_due_at is None


async def test_remove_task_is_confirmed_and_keeps_history(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The confirmation names the task; its history and supplies stay."""
    created = await create_asset(hass, entry, "Furnace")
    task_id = await create_task(
        hass, asset_id=created["asset_id"], name="Filter", every=3, unit="months"
    )
    await hass.services.async_call(
        DOMAIN,
        "add_supply",
        {"asset_id": created["asset_id"], "name": "Filter 16x25", "task_id": task_id},
        blocking=True,
        return_response=True,
    )
    await hass.services.async_call(
        DOMAIN,
        "complete_task",
        {"task_id": task_id},
        blocking=True,
        return_response=True,
    )
    result = await start(hass, entry, "remove_task")
    options = result["data_schema"].schema["task_id"].config["options"]
    assert options == [{"value": task_id, "label": "Filter (Furnace)"}]
    result = await submit(hass, result, {"task_id": task_id})
    assert result["step_id"] == "remove_task_confirm"
    assert result["description_placeholders"] == {"name": "Filter", "supplies": "1"}
    result = await submit(hass, result, {})
    assert_menu(result, "removed", "Filter")
    assert result["menu_options"] == [
        "settings",
        "add_asset",
        "edit_asset",
        "remove_asset",
        "add_task",
    ]
    assert await db_rows(hass, Task) == []
    assert len(await db_rows(hass, Log)) == 1
    (supply,) = await db_rows(hass, Supply)
    assert supply.task_id is None


async def test_task_removed_meanwhile(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Every task step whose task was removed meanwhile comes back to the menu."""
    task_id = await create_task(hass, config_entry_id=entry.entry_id, name="Gate")
    await create_task(hass, config_entry_id=entry.entry_id, name="Fence")
    edit = await start(hass, entry, "edit_task")
    details = await start(hass, entry, "edit_task")
    details = await submit(hass, details, {"task_id": task_id})
    details = await submit(hass, details, {"name": "Gate", "schedule_kind": "once"})
    remove = await start(hass, entry, "remove_task")
    remove = await submit(hass, remove, {"task_id": task_id})
    await hass.services.async_call(
        DOMAIN, "remove_task", {"task_id": task_id}, blocking=True
    )
    assert_menu(await submit(hass, edit, {"task_id": task_id}), "gone", "")
    assert_menu(await submit(hass, details, {}), "gone", "")
    assert_menu(await submit(hass, remove, {}), "gone", "")
