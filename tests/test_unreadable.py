"""One property's fault never stops another; one unreadable row never stops its property."""

from __future__ import annotations

from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.recorder import Recorder
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.recorder import get_instance
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
)

from custom_components.haven.const import DOMAIN, EVENT_TASK_DUE
from custom_components.haven.store.models import Log, Task

from .conftest import db_rows
from .test_recovery import start
from .test_reminders import add_task, local, register_phone, setup_home
from .test_schema import restart, run_sql

pytestmark = pytest.mark.storage

# Tasks due later: no reminder is being recorded while a test ends (on MariaDB a
# write still running when the recorder closes keeps a connection open).
LATER = "2099-01-01"

OPTIONS = {"notify_targets": ["notify.mobile_app_phone"], "reminder_time": "09:00:00"}


async def edited_while_stopped(
    hass: HomeAssistant, entry: MockConfigEntry, statement: str
) -> None:
    """Stop the property, edit its rows behind Haven's back, start it again."""
    await restart(hass, entry)
    await run_sql(hass, statement)
    assert await start(hass, entry)


async def test_one_property_fault_does_not_stop_another(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """One property's clock raises: the other's reminders still go out, on time."""
    freezer.move_to(local("2026-03-02T08:00:00"))
    phone = register_phone(hass)
    home = await setup_home(hass, OPTIONS, "Home")
    cabin = await setup_home(hass, OPTIONS, "Cabin")
    await add_task(hass, home, every=1, unit="months", first_due="2026-03-02")
    cabin_task = await add_task(
        hass, cabin, every=1, unit="months", first_due="2026-03-02"
    )
    due = async_capture_events(hass, EVENT_TASK_DUE)

    def broken(*_: Any) -> None:
        raise RuntimeError("broken clock")

    home.runtime_data.clock.reminders.async_on_time = broken  # type: ignore[method-assign]
    home.runtime_data.clock.view.async_refresh_statuses = broken  # type: ignore[method-assign]
    freezer.move_to(local("2026-03-02T09:00:01"))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()

    assert [event.data["task_id"] for event in due] == [cabin_task["task_id"]]
    assert len(phone) == 1
    assert "Cabin" in str(phone[0].data) or "Furnace" in str(phone[0].data)


BAD_VALUES = {
    "due_in_9999": "next_due_at = '9999-12-31 23:00:00.000000'",
    "due_in_year_1": "next_due_at = '0001-01-01 00:00:00.000000'",
    "invalid_cron": "schedule_kind = 'cron', cron_schedule = 'every tuesday'",
    "unknown_unit": "interval_unit = 'fortnights'",
    "huge_interval": "interval_every = 100000000",
    "unreadable_date": "next_due_at = 'not a date'",
    "negative_lead": "lead_days = -5",
    "unknown_kind": "schedule_kind = 'lunar'",
    "unknown_anchor": "anchor = 'moon'",
    "zero_interval": "interval_every = 0",
    "fixed_without_date": "anchor = 'fixed', anchor_at = NULL",
    "meter_without_interval": "schedule_kind = 'meter', "
    "meter_entity_id = 'sensor.hours', meter_every = 0",
}


@pytest.mark.parametrize("bad", BAD_VALUES.values(), ids=BAD_VALUES.keys())
async def test_unreadable_task_is_left_out_with_an_issue(
    hass: HomeAssistant, entry: MockConfigEntry, bad: str
) -> None:
    """The property loads; the task is left out and named in a repair issue."""
    if bad == BAD_VALUES["unreadable_date"] and (
        get_instance(hass).engine.dialect.name != "sqlite"
    ):
        pytest.skip("only SQLite lets text into a datetime column")
    bad_task = await add_task(hass, entry, every=3, unit="months", first_due=LATER)
    good_task = await add_task(hass, entry, every=1, unit="weeks", first_due=LATER)
    await edited_while_stopped(
        hass,
        entry,
        f"UPDATE haven_task SET {bad} WHERE id = '{bad_task['task_id']}'",  # noqa: S608 - the test's own values
    )
    view = entry.runtime_data.view
    assert bad_task["task_id"] not in view.tasks
    assert good_task["task_id"] in view.tasks
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, f"unreadable_row_{entry.entry_id}_{bad_task['task_id']}"
    )
    assert issue is not None
    assert issue.is_fixable
    placeholders = issue.translation_placeholders or {}
    assert issue.translation_key == "unreadable_task"
    assert "kind" not in placeholders
    assert placeholders["name"] == "Replace the filter"
    assert placeholders["id"] == bad_task["task_id"]
    assert placeholders["reason"]
    # Everything else works: a write, the export, the other task's entities.
    await hass.services.async_call(
        DOMAIN, "complete_task", {"task_id": good_task["task_id"]}, blocking=True
    )
    assert hass.states.get("todo.home_maintenance") is not None


async def test_fix_flow_resets_or_removes(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Resetting the schedule brings the task back; removing it keeps its history."""
    first = await add_task(hass, entry, every=3, unit="months", first_due=LATER)
    second = await add_task(hass, entry, every=3, unit="months", first_due=LATER)
    await hass.services.async_call(
        DOMAIN, "complete_task", {"task_id": second["task_id"]}, blocking=True
    )
    await edited_while_stopped(
        hass,
        entry,
        "UPDATE haven_task SET schedule_kind = 'cron', cron_schedule = 'x' "  # noqa: S608
        f"WHERE id IN ('{first['task_id']}', '{second['task_id']}')",
    )
    assert await async_setup_component(hass, "repairs", {})
    flows = hass.data["repairs"]["flow_manager"]

    issue_id = f"unreadable_row_{entry.entry_id}_{first['task_id']}"
    flow = await flows.async_init(DOMAIN, data={"issue_id": issue_id})
    assert flow["menu_options"] == ["reset_schedule", "remove_task"]
    done = await flows.async_configure(
        flow["flow_id"], {"next_step_id": "reset_schedule"}
    )
    assert done["type"] == "create_entry"
    view = entry.runtime_data.view
    assert view.status[first["task_id"]] == "unscheduled"
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None
    await hass.services.async_call(
        DOMAIN,
        "update_task",
        {"task_id": first["task_id"], "every": 2, "unit": "weeks"},
        blocking=True,
    )
    assert view.tasks[first["task_id"]].next_due_at is not None

    issue_id = f"unreadable_row_{entry.entry_id}_{second['task_id']}"
    flow = await flows.async_init(DOMAIN, data={"issue_id": issue_id})
    done = await flows.async_configure(flow["flow_id"], {"next_step_id": "remove_task"})
    assert done["type"] == "create_entry"
    assert second["task_id"] not in {t.id for t in await db_rows(hass, Task)}
    assert [log.task_id for log in await db_rows(hass, Log)] == [second["task_id"]]
    assert entry.state is ConfigEntryState.LOADED


async def test_unreadable_asset_leaves_out_its_tasks_until_mended(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """An unreadable asset is left out with its tasks, until its row is mended.

    A repair issue names it; once the row is mended, the next start brings both back
    and clears the issue.
    """
    if get_instance(hass).engine.dialect.name != "sqlite":
        pytest.skip("only SQLite lets text into a date column")
    task = await add_task(hass, entry, every=3, unit="months", first_due=LATER)
    await edited_while_stopped(
        hass,
        entry,
        f"UPDATE haven_asset SET installed_on = 'last spring' WHERE id = '{task['asset_id']}'",  # noqa: S608
    )
    view = entry.runtime_data.view
    assert task["asset_id"] not in view.assets
    assert task["task_id"] not in view.tasks
    issue_id = f"unreadable_row_{entry.entry_id}_{task['asset_id']}"
    issue = ir.async_get(hass).async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_key == "unreadable_asset"
    assert (issue.translation_placeholders or {})["name"] == "Furnace"

    await edited_while_stopped(
        hass,
        entry,
        f"UPDATE haven_asset SET installed_on = NULL WHERE id = '{task['asset_id']}'",  # noqa: S608
    )
    view = entry.runtime_data.view
    assert task["task_id"] in view.tasks
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


async def test_fix_flow_refuses_when_it_cannot_mend(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The fix flow aborts with a reason, changing nothing, when it cannot mend.

    The task's row went away behind Haven's back: "fix failed"; the property is not
    loaded: "not loaded".
    """
    task = await add_task(hass, entry, every=3, unit="months", first_due=LATER)
    await edited_while_stopped(
        hass,
        entry,
        f"UPDATE haven_task SET interval_unit = 'eons' WHERE id = '{task['task_id']}'",  # noqa: S608
    )
    assert await async_setup_component(hass, "repairs", {})
    flows = hass.data["repairs"]["flow_manager"]
    issue_id = f"unreadable_row_{entry.entry_id}_{task['task_id']}"

    await run_sql(hass, f"DELETE FROM haven_task WHERE id = '{task['task_id']}'")  # noqa: S608
    flow = await flows.async_init(DOMAIN, data={"issue_id": issue_id})
    done = await flows.async_configure(
        flow["flow_id"], {"next_step_id": "reset_schedule"}
    )
    assert (done["type"], done["reason"]) == ("abort", "fix_failed")
    assert await db_rows(hass, Task) == []

    assert await hass.config_entries.async_unload(entry.entry_id)
    flow = await flows.async_init(DOMAIN, data={"issue_id": issue_id})
    assert (flow["type"], flow["reason"]) == ("abort", "not_loaded")
