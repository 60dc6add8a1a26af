"""Tasks through Haven's actions: schedules, completion, snooze, skip, meters, history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant import loader
from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
    async_test_home_assistant,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.devices import find_device
from custom_components.haven.store.models import Log, Supply, Task

from .conftest import db_counts, db_rows, local, setup_property

pytestmark = pytest.mark.storage

# The test hass runs in US/Pacific.
START = datetime(2025, 1, 15, 18, 0, tzinfo=UTC)  # 10:00 local


async def call(
    hass: HomeAssistant, service: str, data: dict[str, Any], **kwargs: Any
) -> dict[str, Any]:
    """Call a Haven action and return its response (or {})."""
    response = await hass.services.async_call(
        DOMAIN,
        service,
        data,
        blocking=True,
        return_response=service
        not in {
            "update_asset",
            "remove_asset",
            "update_task",
            "remove_task",
            "update_supply",
        },
        **kwargs,
    )
    await hass.async_block_till_done()
    return dict(response or {})


async def new_asset(hass: HomeAssistant, entry: MockConfigEntry, **fields: Any) -> str:
    """Create an asset and return its id."""
    response = await call(
        hass,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Furnace", **fields},
    )
    return str(response["asset_id"])


@pytest.fixture
async def asset_id(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> str:
    """Return the id of a furnace created at START."""
    freezer.move_to(START)
    return await new_asset(hass, entry)


async def test_template_creates_tasks_supplies_and_entities(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """A furnace from its template gets its usual tasks, supplies and entities."""
    freezer.move_to(START)
    response = await call(
        hass,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Furnace", "template": "furnace"},
    )
    tasks = await db_rows(hass, Task)
    assert {t.id for t in tasks} == set(response["task_ids"])
    assert len(tasks) >= 2
    assert all(t.asset_id == response["asset_id"] for t in tasks)
    assert all(t.next_due_at and t.next_due_at > START for t in tasks)
    supplies = await db_rows(hass, Supply)
    assert supplies
    assert {s.task_id for s in supplies if s.task_id} <= {t.id for t in tasks}

    registry = er.async_get(hass)
    for task in tasks:
        for platform, suffix in (("sensor", "next_due"), ("button", "done")):
            # Per-task entities only where wanted (an option): a big home stays light.
            assert (
                registry.async_get_entity_id(platform, DOMAIN, f"{task.id}_{suffix}")
                is None
            )
    assert hass.states.get("binary_sensor.furnace_maintenance_overdue").state == "off"  # type: ignore[union-attr]
    assert hass.states.get("todo.home_maintenance").state == str(len(tasks))  # type: ignore[union-attr]


async def test_unknown_template_is_refused(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """An unknown template id is named in the error and nothing is created."""
    before = await db_counts(hass)
    with pytest.raises(ServiceValidationError) as err:
        await new_asset(hass, entry, template="spaceship")
    assert err.value.translation_key == "unknown_template"
    assert await db_counts(hass) == before


async def test_interval_task_completion_cycle(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    asset_id: str,
    freezer: FrozenDateTimeFactory,
    hass_admin_user: User,
) -> None:
    """Due dates count from completion; completing logs who did it and uses supplies."""
    created = await call(
        hass,
        "create_task",
        {
            "asset_id": asset_id,
            "name": "Replace the air filter",
            "every": 3,
            "unit": "months",
        },
    )
    task_id = created["task_id"]
    assert created["next_due_at"] == local("2025-04-15T00:00:00").isoformat()
    supply = await call(
        hass,
        "add_supply",
        {
            "asset_id": asset_id,
            "name": "Filter 16x25x1",
            "quantity": 2,
            "task_id": task_id,
        },
    )
    events = async_capture_events(hass, "haven_task_completed")

    freezer.move_to(local("2025-04-20T09:30:00"))
    done = await call(
        hass,
        "complete_task",
        {"task_id": task_id, "notes": "MERV 11", "cost": "14.99"},
        context=Context(user_id=hass_admin_user.id),
    )
    assert done["next_due_at"] == local("2025-07-20T00:00:00").isoformat()
    (log,) = await db_rows(hass, Log)
    assert (log.kind, log.action, log.notes, str(log.cost), log.user_id) == (
        "completed",
        "Replace the air filter",
        "MERV 11",
        "14.99",
        hass_admin_user.id,
    )
    assert log.id == done["log_id"]
    (row,) = [s for s in await db_rows(hass, Supply) if s.id == supply["supply_id"]]
    assert row.quantity == 1
    assert len(events) == 1
    device = find_device(hass, entry.entry_id, asset_id)
    assert device is not None
    assert events[0].data == {
        "config_entry_id": entry.entry_id,
        "asset_id": asset_id,
        "device_id": device.id,
        "task_id": task_id,
        "name": log.action,
        "log_id": log.id,
        "user_id": hass_admin_user.id,
        "performed_at": dt_util.now().isoformat(),
        "cost": float(log.cost),
        "next_due_at": local("2025-07-20T00:00:00").isoformat(),
    }


async def test_backdated_completion(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    asset_id: str,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Back-dating ("I changed it last Tuesday") counts from then; older only adds history."""
    task_id = (
        await call(
            hass, "create_task", {"asset_id": asset_id, "name": "Flush", "every": 30}
        )
    )["task_id"]
    done = await call(
        hass,
        "complete_task",
        {"task_id": task_id, "performed_at": "2025-01-07T08:00:00"},
    )
    assert done["next_due_at"] == local("2025-02-06T00:00:00").isoformat()
    older = await call(
        hass, "complete_task", {"task_id": task_id, "performed_at": "2024-12-01"}
    )
    assert older["next_due_at"] == done["next_due_at"]
    assert len(await db_rows(hass, Log)) == 2


async def test_fixed_anchor_month_end(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    asset_id: str,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A fixed monthly schedule from Jan 31 keeps to month ends, done early or late."""
    task_id = (
        await call(
            hass,
            "create_task",
            {
                "asset_id": asset_id,
                "name": "Pay the service plan",
                "every": 1,
                "unit": "months",
                "anchor": "fixed",
                "first_due": "2025-01-31",
            },
        )
    )["task_id"]
    freezer.move_to(local("2025-01-29T12:00:00"))  # early
    assert (await call(hass, "complete_task", {"task_id": task_id}))["next_due_at"] == (
        local("2025-02-28T00:00:00").isoformat()
    )
    freezer.move_to(local("2025-03-05T12:00:00"))  # late
    assert (await call(hass, "complete_task", {"task_id": task_id}))["next_due_at"] == (
        local("2025-03-31T00:00:00").isoformat()
    )


async def test_cron_task_across_dst(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    asset_id: str,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A cron schedule keeps its wall-clock time in HA's time zone across DST."""
    freezer.move_to(local("2025-03-08T12:00:00"))
    created = await call(
        hass,
        "create_task",
        {"asset_id": asset_id, "name": "Run the generator", "cron": "0 9 * * 0"},
    )
    # Sunday 9 March 2025 is the day clocks spring forward in US/Pacific.
    assert created["next_due_at"] == local("2025-03-09T09:00:00").isoformat()
    freezer.move_to(local("2025-03-09T10:00:00"))
    done = await call(hass, "complete_task", {"task_id": created["task_id"]})
    assert done["next_due_at"] == local("2025-03-16T09:00:00").isoformat()
    assert dt_util.parse_datetime(done["next_due_at"]).utcoffset() == timedelta(
        hours=-7
    )  # type: ignore[union-attr]


async def test_statuses_move_with_time_without_writes(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    asset_id: str,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Due soon, then overdue: sensors change when the moment comes, by one timer."""
    await call(
        hass,
        "create_task",
        {
            "asset_id": asset_id,
            "name": "Test the igniter",
            "first_due": "2025-02-01",
            "every": 1,
            "unit": "years",
            "lead_days": 3,
        },
    )
    assert hass.states.get("sensor.home_health").state == "100"  # type: ignore[union-attr]
    assert hass.states.get("sensor.home_tasks_due_soon").state == "0"  # type: ignore[union-attr]

    freezer.move_to(local("2025-01-29T00:00:01"))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert hass.states.get("sensor.home_tasks_due_soon").state == "1"  # type: ignore[union-attr]
    assert hass.states.get("binary_sensor.furnace_maintenance_overdue").state == "off"  # type: ignore[union-attr]

    # Due on 1 February means overdue from the start of 2 February.
    freezer.move_to(local("2025-02-01T23:59:00"))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert hass.states.get("sensor.home_overdue_tasks").state == "0"  # type: ignore[union-attr]
    freezer.move_to(local("2025-02-02T00:00:01"))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    overdue = hass.states.get("sensor.home_overdue_tasks")
    assert overdue is not None
    assert overdue.state == "1"
    assert overdue.attributes["tasks"][0]["name"] == "Test the igniter"
    assert hass.states.get("sensor.home_health").state == "0"  # type: ignore[union-attr]
    assert hass.states.get("binary_sensor.furnace_maintenance_overdue").state == "on"  # type: ignore[union-attr]


async def test_snooze_and_skip(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    asset_id: str,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Snooze moves the date without a log; skip moves to the next one and logs it."""
    task_id = (
        await call(
            hass,
            "create_task",
            {
                "asset_id": asset_id,
                "name": "Clean the gutters",
                "every": 6,
                "unit": "months",
                "first_due": "2025-01-10",
            },
        )
    )["task_id"]
    snoozed = await call(
        hass, "snooze_task", {"task_id": task_id, "duration": {"days": 3}}
    )
    assert (
        snoozed["next_due_at"]
        == dt_util.as_local(START + timedelta(days=3)).isoformat()
    )
    until = await call(hass, "snooze_task", {"task_id": task_id, "until": "2025-02-01"})
    assert until["next_due_at"] == local("2025-02-01T00:00:00").isoformat()
    assert await db_rows(hass, Log) == []

    skipped = await call(hass, "skip_task", {"task_id": task_id})
    assert skipped["next_due_at"] == local("2025-08-01T00:00:00").isoformat()
    (log,) = await db_rows(hass, Log)
    assert log.kind == "skipped"


async def test_meter_task_follows_sensor(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    asset_id: str,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Due when the meter passes baseline + N; resets keep progress; unavailable waits."""
    hass.states.async_set("sensor.furnace_runtime", "1000")
    task_id = (
        await call(
            hass,
            "create_task",
            {
                "asset_id": asset_id,
                "name": "Service the burner",
                "meter_entity_id": "sensor.furnace_runtime",
                "meter_every": 500,
                "every": 1,
                "unit": "years",
            },
        )
    )["task_id"]
    task = entry.runtime_data.view.tasks[task_id]
    assert task.meter_baseline == 1000
    # The time backstop gives the date until the meter is reached.
    assert task.next_due_at == local("2026-01-15T00:00:00")

    hass.states.async_set("sensor.furnace_runtime", "1300")
    await hass.async_block_till_done()
    hass.states.async_set("sensor.furnace_runtime", "unavailable")
    await hass.async_block_till_done()
    # The controller was replaced: the counter restarts at 0; 300 hours already ran.
    hass.states.async_set("sensor.furnace_runtime", "0")
    await hass.async_block_till_done()
    assert entry.runtime_data.view.status[task_id] == "ok"
    hass.states.async_set("sensor.furnace_runtime", "199")
    await hass.async_block_till_done()
    assert entry.runtime_data.view.status[task_id] == "ok"
    hass.states.async_set("sensor.furnace_runtime", "200")
    await hass.async_block_till_done()
    assert entry.runtime_data.view.status[task_id] == "overdue"
    assert hass.states.get("binary_sensor.furnace_maintenance_overdue").state == "on"  # type: ignore[union-attr]

    done = await call(hass, "complete_task", {"task_id": task_id})
    task = entry.runtime_data.view.tasks[task_id]
    assert task.meter_baseline == 200
    assert done["next_due_at"] == local("2026-01-15T00:00:00").isoformat()
    assert entry.runtime_data.view.status[task_id] == "ok"


async def test_house_wide_task_and_history(
    hass: HomeAssistant, entry: MockConfigEntry, asset_id: str, hass_admin_user: User
) -> None:
    """A house-wide task, a one-off log entry, and history with costs and names."""
    house = await call(
        hass,
        "create_task",
        {
            "config_entry_id": entry.entry_id,
            "name": "Test the water shut-off",
            "every": 1,
            "unit": "years",
        },
    )
    await call(hass, "complete_task", {"task_id": house["task_id"], "cost": 0})
    await call(
        hass,
        "log_maintenance",
        {
            "asset_id": asset_id,
            "action": "Replaced the igniter",
            "cost": 120,
            "performed_at": "2025-01-02",
        },
        context=Context(user_id=hass_admin_user.id),
    )
    furnace = await call(hass, "get_history", {"asset_id": asset_id})
    assert [log["action"] for log in furnace["logs"]] == ["Replaced the igniter"]
    assert furnace["logs"][0]["user_name"] == hass_admin_user.name
    assert furnace["total_cost"] == 120.0
    everything = await call(hass, "get_history", {"config_entry_id": entry.entry_id})
    assert [log["action"] for log in everything["logs"]] == [
        "Test the water shut-off",
        "Replaced the igniter",
    ]
    recent = await call(
        hass,
        "get_history",
        {"config_entry_id": entry.entry_id, "since": "2025-01-10", "limit": 5},
    )
    assert len(recent["logs"]) == 1


async def test_update_and_remove_task(
    hass: HomeAssistant, entry: MockConfigEntry, asset_id: str, hass_admin_user: User
) -> None:
    """Changing the schedule recomputes the due date; removing keeps the history."""
    task_id = (
        await call(
            hass,
            "create_task",
            {"asset_id": asset_id, "name": "Drain", "every": 1, "unit": "years"},
        )
    )["task_id"]
    await call(hass, "complete_task", {"task_id": task_id})
    await call(
        hass,
        "update_task",
        {"task_id": task_id, "every": 6, "unit": "months", "name": "Drain the tank"},
    )
    task = entry.runtime_data.view.tasks[task_id]
    assert task.name == "Drain the tank"
    assert task.next_due_at == local("2025-07-15T00:00:00")

    await call(
        hass,
        "remove_task",
        {"task_id": task_id},
        context=Context(user_id=hass_admin_user.id),
    )
    assert task_id not in entry.runtime_data.view.tasks
    assert await db_rows(hass, Task) == []
    assert len(await db_rows(hass, Log)) == 1
    registry = er.async_get(hass)
    assert registry.async_get_entity_id("sensor", DOMAIN, f"{task_id}_next_due") is None


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"cron": "61 * * * *"}, "invalid_cron"),
        ({"cron": "bananas"}, "invalid_cron"),
        ({"every": 0}, "invalid_number"),
        ({"every": -2}, "invalid_number"),
        ({"every": 2.5}, "invalid_number"),
        ({"every": 2, "unit": "fortnights"}, "invalid_unit"),
        ({"every": 2, "cron": "0 9 * * *"}, "schedule_conflict"),
        ({"meter_entity_id": "sensor.nope", "meter_every": 10}, "invalid_meter"),
        ({"meter_entity_id": "sensor.words", "meter_every": 10}, "invalid_meter"),
        ({"meter_entity_id": "sensor.hours", "meter_every": 0}, "invalid_meter_every"),
        ({"every": 1, "first_due": "the 5th of never"}, "invalid_date"),
        ({"every": 1, "lead_days": 400}, "invalid_number"),
        ({"every": 1, "priority": 9}, "invalid_number"),
        ({"assigned_user_id": "ghost"}, "unknown_user"),
        ({"name": ""}, "name_empty"),
    ],
)
async def test_create_task_bad_input_changes_nothing(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    asset_id: str,
    fields: dict[str, Any],
    key: str,
) -> None:
    """Each mistake gets its own translated error; nothing is written."""
    hass.states.async_set("sensor.words", "lots")
    hass.states.async_set("sensor.hours", "12")
    before = await db_counts(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "create_task", {"asset_id": asset_id, "name": "Oil", **fields})
    assert err.value.translation_key == key
    assert err.value.translation_domain == DOMAIN
    assert await db_counts(hass) == before


@pytest.mark.parametrize(
    ("service", "fields", "key"),
    [
        ("complete_task", {"task_id": "gone"}, "unknown_task"),
        ("complete_task", {}, "task_required"),
        ("complete_task", {"performed_at": "2030-01-01"}, "performed_in_future"),
        ("complete_task", {"cost": "-3"}, "invalid_cost"),
        ("complete_task", {"cost": "cheap"}, "invalid_cost"),
        ("snooze_task", {"until": "2025-01-01"}, "snooze_in_past"),
        ("snooze_task", {"duration": "soon"}, "invalid_duration"),
        ("snooze_task", {}, "snooze_needs_time"),
        ("update_task", {"every": 0}, "invalid_number"),
        ("update_task", {"first_due": "31/02/2025"}, "invalid_date"),
    ],
)
async def test_task_actions_bad_input_change_nothing(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    asset_id: str,
    service: str,
    fields: dict[str, Any],
    key: str,
) -> None:
    """A refused completion, snooze or update leaves task and history as they were."""
    task_id = (
        await call(
            hass, "create_task", {"asset_id": asset_id, "name": "Oil", "every": 10}
        )
    )["task_id"]
    data = {"task_id": task_id, **fields} if "task_id" not in fields else fields
    if service == "complete_task" and not fields:
        data = {}
    before_rows = [(t.next_due_at, t.updated_at) for t in await db_rows(hass, Task)]
    before = await db_counts(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, service, data)
    assert err.value.translation_key == key
    assert await db_counts(hass) == before
    assert [
        (t.next_due_at, t.updated_at) for t in await db_rows(hass, Task)
    ] == before_rows


async def test_completing_removed_task(
    hass: HomeAssistant, entry: MockConfigEntry, asset_id: str
) -> None:
    """A task removed in the meantime cannot be completed, and nothing is logged."""
    task_id = (
        await call(
            hass, "create_task", {"asset_id": asset_id, "name": "Oil", "every": 10}
        )
    )["task_id"]
    await call(hass, "remove_task", {"task_id": task_id})
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "complete_task", {"task_id": task_id})
    assert err.value.translation_key == "unknown_task"
    assert await db_rows(hass, Log) == []


async def test_skip_one_off_refused(
    hass: HomeAssistant, entry: MockConfigEntry, asset_id: str
) -> None:
    """A one-off task cannot be skipped."""
    task_id = (
        await call(
            hass,
            "create_task",
            {"asset_id": asset_id, "name": "Buy a ladder", "first_due": "2025-02-01"},
        )
    )["task_id"]
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "skip_task", {"task_id": task_id})
    assert err.value.translation_key == "not_recurring"


async def test_supply_errors(
    hass: HomeAssistant, entry: MockConfigEntry, asset_id: str
) -> None:
    """Supplies refuse bad links and quantities, and tasks of other assets."""
    other = await new_asset(hass, entry, name="Boiler")
    other_task = (
        await call(
            hass,
            "create_task",
            {"asset_id": other, "name": "Bleed", "every": 1, "unit": "years"},
        )
    )["task_id"]
    for fields, key in (
        ({"purchase_url": "ftp://x"}, "invalid_url"),
        ({"quantity": -1}, "invalid_number"),
        ({"task_id": other_task}, "task_not_on_asset"),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await call(
                hass, "add_supply", {"asset_id": asset_id, "name": "Filter", **fields}
            )
        assert err.value.translation_key == key
    assert await db_rows(hass, Supply) == []
    supply = await call(hass, "add_supply", {"asset_id": asset_id, "name": "Filter"})
    await call(hass, "update_supply", {"supply_id": supply["supply_id"], "quantity": 4})
    assert entry.runtime_data.view.supplies[supply["supply_id"]].quantity == 4
    with pytest.raises(ServiceValidationError):
        await call(hass, "update_supply", {"supply_id": "nope", "quantity": 1})


async def test_one_timer_for_all_tasks(
    hass: HomeAssistant, entry: MockConfigEntry, asset_id: str
) -> None:
    """However many tasks there are, one timer is armed for the next status change.

    (HA's calendar entity keeps its own timer for its current event's start or end.)
    """

    def armed() -> list[str]:
        return [
            repr(handle)
            for handle in hass.loop._scheduled  # type: ignore[attr-defined]
            if not handle.cancelled() and "Store" not in repr(handle)
        ]

    for days in range(1, 31):
        await call(
            hass,
            "create_task",
            {
                "asset_id": asset_id,
                "name": f"Task {days}",
                "every": days,
                "lead_days": 0,
            },
        )
        if days == 10:
            after_ten = len(armed())
    assert len(armed()) == after_ten
    assert sum("HavenScheduler._async_fire" in handle for handle in armed()) == 1


async def test_write_touches_only_changed_entities(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    asset_id: str,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Completing the boiler's task writes the boiler's entities, not the furnace's."""
    boiler = await new_asset(hass, entry, name="Boiler")
    await call(
        hass, "create_task", {"asset_id": asset_id, "name": "Filter", "every": 30}
    )
    boiler_task = (
        await call(
            hass, "create_task", {"asset_id": boiler, "name": "Bleed", "every": 30}
        )
    )["task_id"]
    furnace_problem = hass.states.get("binary_sensor.furnace_maintenance_overdue")
    assert furnace_problem is not None
    freezer.tick(timedelta(seconds=5))
    await call(hass, "complete_task", {"task_id": boiler_task})
    after = hass.states.get("binary_sensor.furnace_maintenance_overdue")
    assert after is not None
    assert after.last_reported == furnace_problem.last_reported
    boiler_problem = hass.states.get("binary_sensor.boiler_maintenance_overdue")
    assert boiler_problem is not None
    assert boiler_problem.last_reported > furnace_problem.last_reported


@pytest.mark.parametrize("persistent_database", [True])
async def test_tasks_survive_restart(
    async_test_recorder: Any, tmp_path: Any, freezer: FrozenDateTimeFactory
) -> None:
    """Schedules, meters, history and statuses are all there after a restart."""
    freezer.move_to(START)
    async with (
        async_test_home_assistant(config_dir=str(tmp_path)) as hass,
        async_test_recorder(hass),
    ):
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        entry = await setup_property(hass)
        asset_id = await new_asset(hass, entry, template="smoke_alarm")
        hass.states.async_set("sensor.mower_hours", "40")
        meter = await call(
            hass,
            "create_task",
            {
                "asset_id": asset_id,
                "name": "Check",
                "meter_entity_id": "sensor.mower_hours",
                "meter_every": 25,
            },
        )
        first = next(iter(entry.runtime_data.view.tasks))
        await call(hass, "complete_task", {"task_id": first, "notes": "All good"})
        before = {
            t.id: (t.name, t.next_due_at, t.last_completed_at, t.meter_baseline)
            for t in entry.runtime_data.view.tasks.values()
        }
        entry_id = entry.entry_id
        await hass.async_stop()

    freezer.move_to(START + timedelta(days=400))
    async with (
        async_test_home_assistant(config_dir=str(tmp_path)) as hass,
        async_test_recorder(hass),
    ):
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        hass.states.async_set("sensor.mower_hours", "70")
        entry = MockConfigEntry(
            domain=DOMAIN, entry_id=entry_id, title="Home", data={"name": "Home"}
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry_id)
        await hass.async_block_till_done()
        view = entry.runtime_data.view
        assert {
            t.id: (t.name, t.next_due_at, t.last_completed_at, t.meter_baseline)
            for t in view.tasks.values()
        } == before
        # A year on, the alarm's monthly test is overdue; the meter is followed again.
        assert view.status[first] == "overdue"
        hass.states.async_set("sensor.mower_hours", "66")
        await hass.async_block_till_done()
        hass.states.async_set("sensor.mower_hours", "65.5")
        await hass.async_block_till_done()
        assert view.status[meter["task_id"]] == "overdue"
        history = await call(hass, "get_history", {"task_id": first})
        assert [log["notes"] for log in history["logs"]] == ["All good"]
        await hass.async_stop()


async def test_small_meter_steps_are_not_written(
    hass: HomeAssistant, entry: MockConfigEntry, asset_id: str
) -> None:
    """A sensor ticking up by small steps does not cost a database write per step."""
    hass.states.async_set("sensor.pump_cycles", "1000")
    task_id = (
        await call(
            hass,
            "create_task",
            {
                "asset_id": asset_id,
                "name": "Check the impeller",
                "meter_entity_id": "sensor.pump_cycles",
                "meter_every": 500,
            },
        )
    )["task_id"]
    (before,) = await db_rows(hass, Task)
    for cycles in range(1001, 1005):
        hass.states.async_set("sensor.pump_cycles", str(cycles))
        await hass.async_block_till_done()
    (after,) = await db_rows(hass, Task)
    assert (after.updated_at, after.meter_last_value) == (before.updated_at, 1000)
    hass.states.async_set("sensor.pump_cycles", "1005")
    await hass.async_block_till_done()
    assert entry.runtime_data.view.tasks[task_id].meter_last_value == 1005


async def test_a_new_kind_of_schedule_replaces_the_old(
    hass: HomeAssistant, entry: MockConfigEntry, asset_id: str
) -> None:
    """Interval → cron → interval → meter: a cron replaces the rest, a meter a cron.

    An interval stays beside a meter: it is the meter's backstop (whichever first).
    """
    hass.states.async_set("sensor.hours", "12")
    task_id = (
        await call(
            hass, "create_task", {"asset_id": asset_id, "name": "Oil", "every": 3}
        )
    )["task_id"]

    async def schedule() -> tuple[Any, ...]:
        (task,) = await db_rows(hass, Task)
        return (
            task.schedule_kind,
            task.interval_every,
            task.cron_schedule,
            task.meter_entity_id,
            task.meter_baseline,
            task.meter_every,
        )

    await call(hass, "update_task", {"task_id": task_id, "cron": "0 9 1 * *"})
    assert await schedule() == ("cron", None, "0 9 1 * *", None, None, None)
    await call(hass, "update_task", {"task_id": task_id, "every": 2, "unit": "weeks"})
    assert await schedule() == ("interval", 2, None, None, None, None)
    await call(
        hass,
        "update_task",
        {"task_id": task_id, "meter_entity_id": "sensor.hours", "meter_every": 100},
    )
    assert await schedule() == ("meter", 2, None, "sensor.hours", 12, 100)
    # Another interval on the same meter keeps the count since the last service.
    hass.states.async_set("sensor.hours", "40")
    await call(hass, "update_task", {"task_id": task_id, "meter_every": 50})
    assert await schedule() == ("meter", 2, None, "sensor.hours", 12, 50)
    assert entry.runtime_data.view.tasks[task_id].meter_every == 50
    await call(hass, "update_task", {"task_id": task_id, "cron": "0 9 * * 1"})
    assert await schedule() == ("cron", None, "0 9 * * 1", None, None, None)


async def test_a_meter_has_no_fixed_anchor(
    hass: HomeAssistant, entry: MockConfigEntry, asset_id: str
) -> None:
    """A meter counts from the last service: a fixed backstop is refused, unwritten."""
    hass.states.async_set("sensor.hours", "12")
    before = await db_counts(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            "create_task",
            {
                "asset_id": asset_id,
                "name": "Oil",
                "meter_entity_id": "sensor.hours",
                "meter_every": 100,
                "every": 30,
                "anchor": "fixed",
            },
        )
    assert err.value.translation_key == "invalid_anchor"
    assert "fixed" in str(err.value)
    assert await db_counts(hass) == before
