"""The view's indexes through many writes: order kept, lists short, heaps bounded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from custom_components.haven.sensor import MAX_LISTED_TASKS
from custom_components.haven.view import STATUS_OVERDUE

from .test_tasks import call

pytestmark = pytest.mark.storage

START = datetime(2025, 1, 15, 18, 0, tzinfo=UTC)  # 10:00 in US/Pacific


async def test_lists_follow_writes_in_due_order(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """Overdue lists show the soonest first, the first 20, as writes move tasks."""
    freezer.move_to(START)
    overdue = MAX_LISTED_TASKS + 5
    task_ids = [
        (
            await call(
                hass,
                "create_task",
                {
                    "config_entry_id": entry.entry_id,
                    "name": f"Task {n:02d}",
                    "every": 1,
                    "unit": "years",
                    # Due 30 days ago, 29 days ago, …: all overdue, oldest first.
                    "first_due": (START - timedelta(days=30 - n)).date().isoformat(),
                },
            )
        )["task_id"]
        for n in range(overdue)
    ]
    state = hass.states.get("sensor.home_overdue_tasks")
    assert state is not None
    assert state.state == str(overdue)
    listed = [task["task_id"] for task in state.attributes["tasks"]]
    assert listed == task_ids[:MAX_LISTED_TASKS]
    assert hass.states.get("todo.home_maintenance").state == str(overdue)  # type: ignore[union-attr]

    # Done: the oldest leaves the list, the next one moves up, the count drops.
    await call(hass, "complete_task", {"task_id": task_ids[0]})
    state = hass.states.get("sensor.home_overdue_tasks")
    assert state is not None
    assert state.state == str(overdue - 1)
    assert [t["task_id"] for t in state.attributes["tasks"]] == task_ids[1:21]
    view = entry.runtime_data.view
    assert [t.id for t in view.tasks_with(STATUS_OVERDUE)] == task_ids[1:]
    # The to-do list counts what is left to do without walking it.
    assert hass.states.get("todo.home_maintenance").state == str(overdue)  # type: ignore[union-attr]
    await call(
        hass,
        "create_task",
        {"config_entry_id": entry.entry_id, "name": "Once", "first_due": "2025-01-20"},
    )
    once = next(t.id for t in view.tasks.values() if t.name == "Once")
    await call(hass, "complete_task", {"task_id": once})
    assert hass.states.get("todo.home_maintenance").state == str(overdue)  # type: ignore[union-attr]
    assert [t.id for t in view.ordered_tasks()][-1] == once


async def test_heaps_stay_bounded_through_many_writes(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """Writes leave stale heap entries; they are dropped, and timing stays right."""
    freezer.move_to(START)
    task_id = (
        await call(
            hass,
            "create_task",
            {
                "config_entry_id": entry.entry_id,
                "name": "Flush the heater",
                "every": 1,
                "unit": "years",
                "first_due": "2025-03-01",
            },
        )
    )["task_id"]
    view = entry.runtime_data.view
    reminders = entry.runtime_data.clock.reminders
    # Each snooze earlier than the last: the stale entries stay under the live top.
    for hours in range(150, 0, -1):
        await call(
            hass,
            "snooze_task",
            {"task_id": task_id, "until": (START + timedelta(hours=hours)).isoformat()},
        )
        assert len(view._moments) <= 4 * len(view.tasks) + 64
        assert len(reminders._heap) <= 2 * len(reminders._next) + 64
    # The last snooze still decides when it is overdue.
    assert view.status[task_id] != STATUS_OVERDUE
    freezer.move_to(START + timedelta(hours=1, seconds=1))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert view.status[task_id] == STATUS_OVERDUE
    assert hass.states.get("sensor.home_overdue_tasks").state == "1"  # type: ignore[union-attr]
