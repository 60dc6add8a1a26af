"""When Home Assistant's time zone changes, due moments follow the new zone."""

from __future__ import annotations

from datetime import datetime, time

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Task

from .conftest import db_rows
from .test_recovery import start
from .test_reminders import setup_home

pytestmark = pytest.mark.storage


async def _tasks(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, str]:
    """Create a cron task at 09:00, a monthly task and a fixed one; return their ids."""
    ids = {}
    for name, fields in {
        "cron": {"cron": "0 9 * * *"},
        "monthly": {"every": 1, "unit": "months"},
        "fixed": {"every": 1, "unit": "weeks", "anchor": "fixed"},
    }.items():
        response = await hass.services.async_call(
            DOMAIN,
            "create_task",
            {"config_entry_id": entry.entry_id, "name": name, **fields},
            blocking=True,
            return_response=True,
        )
        assert response is not None
        ids[name] = str(response["task_id"])
    return ids


def _local(moment: datetime | None) -> tuple[str, time]:
    assert moment is not None
    local = dt_util.as_local(moment)
    return local.date().isoformat(), local.time()


async def _check(
    hass: HomeAssistant, entry: MockConfigEntry, ids: dict[str, str]
) -> None:
    """Every due moment is in the new zone: 09:00 for cron, midnight for the days."""
    view = entry.runtime_data.view
    assert str(view.tz) == "Europe/London"
    rows = {task.id: task for task in await db_rows(hass, Task)}
    for task_id in ids.values():
        assert rows[task_id].next_due_at == view.tasks[task_id].next_due_at
    assert _local(view.tasks[ids["cron"]].next_due_at) == ("2026-03-11", time(9))
    assert _local(view.tasks[ids["monthly"]].next_due_at) == ("2026-04-10", time(0))
    fixed = view.tasks[ids["fixed"]]
    assert _local(fixed.next_due_at) == ("2026-03-10", time(0))
    assert _local(fixed.anchor_at) == ("2026-03-10", time(0))
    # Reminders follow: the cron task's at its due moment, in the new zone.
    reminders = entry.runtime_data.clock.reminders
    assert reminders._next[ids["cron"]] == view.tasks[ids["cron"]].next_due_at
    assert _local(reminders._next[ids["monthly"]]) == ("2026-04-03", time(9))
    # The calendar shows the days as days.
    assert view.status[ids["fixed"]] == "due_soon"


async def test_time_zone_change_moves_due_moments(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """core_config_updated with a new zone: the same local days and wall times."""
    await hass.config.async_set_time_zone("Europe/Berlin")
    freezer.move_to(dt_util.parse_datetime("2026-03-10T10:00:00+01:00"))
    entry = await setup_home(hass, {"reminder_time": "09:00:00"})
    ids = await _tasks(hass, entry)
    berlin = entry.runtime_data.view.tasks[ids["cron"]].next_due_at
    assert _local(berlin) == ("2026-03-11", time(9))
    exact = await hass.services.async_call(
        DOMAIN,
        "create_task",
        {
            "config_entry_id": entry.entry_id,
            "name": "Plumber comes",
            "first_due": "2026-03-20T14:30:00+01:00",
        },
        blocking=True,
        return_response=True,
    )
    assert exact is not None

    await hass.config.async_update(time_zone="Europe/London")
    await hass.async_block_till_done()
    await _check(hass, entry, ids)
    # The year of the cost sums starts at midnight of January 1st in London now.
    costs = entry.runtime_data.costs
    assert costs.year_begin == dt_util.parse_datetime("2026-01-01T00:00:00+00:00")
    # A moment set to the minute is a moment, in any zone.
    moment = entry.runtime_data.view.tasks[str(exact["task_id"])].next_due_at
    assert moment == dt_util.parse_datetime("2026-03-20T13:30:00+00:00")


async def test_time_zone_changed_while_stopped(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """The zone changed while Haven was not running: recomputed at start."""
    await hass.config.async_set_time_zone("Europe/Berlin")
    freezer.move_to(dt_util.parse_datetime("2026-03-10T10:00:00+01:00"))
    entry = await setup_home(hass, {"reminder_time": "09:00:00"})
    ids = await _tasks(hass, entry)
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.config.async_set_time_zone("Europe/London")
    assert await start(hass, entry)
    await _check(hass, entry, ids)
    # Once moved, a restart in the same zone changes nothing.
    before = {t.id: t.updated_at for t in await db_rows(hass, Task)}
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert {t.id: t.updated_at for t in await db_rows(hass, Task)} == before
