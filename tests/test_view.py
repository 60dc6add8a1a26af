"""The view's indexes through many writes: order kept, lists short, heaps bounded."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from custom_components.haven.sensor import MAX_LISTED_TASKS
from custom_components.haven.store.models import Task
from custom_components.haven.store.writes import change_row
from custom_components.haven.view import STATUS_OVERDUE

from .conftest import db_rows
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


async def test_writes_at_the_same_time_leave_the_view_as_the_database(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Two writes to one task at once (a meter reading and an edit): none is lost.

    The recorder runs database jobs on several threads. A write that read the row
    before another one committed must not hand the view its older copy afterwards.
    """
    task_id = (
        await call(
            hass,
            "create_task",
            {"config_entry_id": entry.entry_id, "name": "Oil", "every": 3},
        )
    )["task_id"]
    commands = entry.runtime_data.commands
    for n in range(1, 101):
        await asyncio.gather(
            *(
                commands.async_write(change_row(Task, task_id, {"notes": f"{n}.{k}"}))
                for k in range(3)
            ),
            commands.async_write(change_row(Task, task_id, {"lead_days": n})),
            commands.async_write(change_row(Task, task_id, {"priority": n % 3})),
        )
        (row,) = await db_rows(hass, Task)
        held = commands.view.tasks[task_id]
        assert (held.notes, held.lead_days, held.priority) == (
            row.notes,
            row.lead_days,
            row.priority,
        ), n
