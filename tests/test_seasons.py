"""Seasons and pauses: resting tasks are neither overdue nor announced, and come back.

The phone is a mobile-app-style notify action registered by the test (it stands in
for the Companion app, which is outside Home Assistant). The scheduler, the recorder
and restarts are real; the clock is moved with freezer.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant import loader
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from hypothesis import example, given, strategies as st
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_test_home_assistant,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.recurrence import (
    ANCHOR_FIXED,
    KIND_CRON,
    KIND_INTERVAL,
    Schedule,
    start_of_day,
)
from custom_components.haven.seasons import clean_months, in_season, into_season
from custom_components.haven.store.models import Task

from .conftest import db_rows, local, move_to, register_phone, setup_property
from .test_validation import refusal

pytestmark = pytest.mark.storage

PHONE = "notify.mobile_app_phone"
OPTIONS = {"notify_targets": [PHONE], "reminder_time": "09:00:00", "repeat_days": 1}


async def call(hass: HomeAssistant, service: str, data: dict[str, Any]) -> Any:
    """Call a Haven action (answering ones answer)."""
    answers = service in ("create_asset", "create_task", "complete_task")
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=answers
    )


async def home(hass: HomeAssistant) -> tuple[MockConfigEntry, str]:
    """Set up a property with a phone; return it and an asset's id."""
    entry = await setup_property(hass, options=OPTIONS)
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "House"}
    )
    return entry, str(asset["asset_id"])


def due_of(entry: MockConfigEntry, task_id: str) -> str:
    """Return a task's due moment as wall-clock text."""
    due = entry.runtime_data.view.tasks[task_id].next_due_at
    assert due is not None
    return due.astimezone(dt_util.get_default_time_zone()).isoformat()[:19]


def status(entry: MockConfigEntry, task_id: str) -> str:
    """Return a task's status."""
    return str(entry.runtime_data.view.status[task_id])


async def test_gutters_rest_in_winter(
    hass: HomeAssistant, recorder_mock: Any, freezer: FrozenDateTimeFactory
) -> None:
    """April to November: done in late autumn, next due in April; nothing in winter."""
    freezer.move_to(local("2026-10-20T10:00:00"))
    phone = register_phone(hass, clears=False)
    entry, asset_id = await home(hass)
    answer = await call(
        hass,
        "create_task",
        {
            "asset_id": asset_id,
            "name": "Clean the gutters",
            "every": 1,
            "unit": "months",
            "lead_days": 3,
            "active_months": [4, 5, 6, 7, 8, 9, 10, 11],
        },
    )
    gutters = answer["task_id"]
    assert due_of(entry, gutters) == "2026-11-20T00:00:00"
    await move_to(hass, freezer, "2026-11-15T10:00:00")
    await call(hass, "complete_task", {"task_id": gutters})
    assert phone == []
    # A month from now is December: the next due is the season's first day.
    assert due_of(entry, gutters) == "2027-04-01T00:00:00"
    for moment in ("2026-12-15T12:00:00", "2027-02-01T12:00:00", "2027-03-31T12:00"):
        await move_to(hass, freezer, moment)
        assert status(entry, gutters) in ("ok", "due_soon")
    assert phone == []
    await move_to(hass, freezer, "2027-04-01T09:00:01")
    assert [c.data["message"] for c in phone] == ["Clean the gutters (House) is due."]


async def test_an_occurrence_open_at_the_season_end_moves_to_the_next_season(
    hass: HomeAssistant, recorder_mock: Any, freezer: FrozenDateTimeFactory
) -> None:
    """Not done by November's end: overdue then, not in winter; due again in April."""
    freezer.move_to(local("2026-11-10T10:00:00"))
    phone = register_phone(hass, clears=False)
    entry, asset_id = await home(hass)
    answer = await call(
        hass,
        "create_task",
        {
            "asset_id": asset_id,
            "name": "Clean the gutters",
            "every": 2,
            "unit": "weeks",
            "first_due": "2026-11-20",
            "lead_days": 0,
            "active_months": ["4", "5", "6", "7", "8", "9", "10", "11"],
        },
    )
    gutters = answer["task_id"]
    await move_to(hass, freezer, "2026-11-29T12:00:00")
    assert status(entry, gutters) == "overdue"
    assert len(phone) >= 2  # due, then repeated daily while overdue
    await move_to(hass, freezer, "2026-12-01T00:00:01")
    sent = len(phone)
    assert due_of(entry, gutters) == "2027-04-01T00:00:00"
    assert status(entry, gutters) == "ok"
    for moment in ("2026-12-02T09:00:01", "2027-01-15T09:00:01"):
        await move_to(hass, freezer, moment)
    assert len(phone) == sent
    (row,) = await db_rows(hass, Task)
    assert row.next_due_at == local("2027-04-01T00:00:00")


async def test_calendar_schedules_land_on_their_own_occurrence_in_season(
    hass: HomeAssistant, recorder_mock: Any, freezer: FrozenDateTimeFactory
) -> None:
    """A cron task created in winter: its first run in the season, at its own time."""
    freezer.move_to(local("2026-12-05T10:00:00"))
    entry, asset_id = await home(hass)
    answer = await call(
        hass,
        "create_task",
        {
            "asset_id": asset_id,
            "name": "Check the pool",
            "cron": "0 8 * * 1",
            "active_months": [5, 6, 7, 8, 9],
        },
    )
    # The first Monday 08:00 in May 2027.
    assert due_of(entry, answer["task_id"]) == "2027-05-03T08:00:00"
    # Every month is all year; none is refused with a translated error.
    await call(
        hass,
        "update_task",
        {"task_id": answer["task_id"], "active_months": list(range(1, 13))},
    )
    assert entry.runtime_data.view.tasks[answer["task_id"]].active_months is None
    for bad in ([0], [13], ["May"], [True]):
        with pytest.raises(ServiceValidationError) as err:
            await call(
                hass,
                "update_task",
                {"task_id": answer["task_id"], "active_months": bad},
            )
        assert err.value.translation_key == "invalid_months"


async def test_pause_and_resume_a_task(
    hass: HomeAssistant, recorder_mock: Any, freezer: FrozenDateTimeFactory
) -> None:
    """Paused for three weeks: never overdue, nothing sent; due three weeks later."""
    freezer.move_to(local("2026-01-10T10:00:00"))
    phone = register_phone(hass, clears=False)
    entry, asset_id = await home(hass)
    answer = await call(
        hass,
        "create_task",
        {
            "asset_id": asset_id,
            "name": "Replace the filter",
            "every": 3,
            "unit": "months",
            "first_due": "2026-02-01",
            "lead_days": 3,
        },
    )
    task_id = answer["task_id"]
    await call(hass, "pause", {"task_id": task_id})
    assert status(entry, task_id) == "paused"
    assert hass.states.get("sensor.home_health").attributes["paused_tasks"] == 1
    await move_to(hass, freezer, "2026-01-29T09:00:01")
    await move_to(hass, freezer, "2026-02-05T12:00:00")
    assert status(entry, task_id) == "paused"
    assert phone == []
    assert hass.states.get("sensor.home_overdue_tasks").state == "0"
    await move_to(hass, freezer, "2026-02-14T10:00:00")
    await call(hass, "resume", {"task_id": task_id})
    # Paused from 10 January to 14 February: 35 days later than it was.
    assert due_of(entry, task_id) == "2026-03-08T00:00:00"
    assert status(entry, task_id) == "ok"
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "resume", {"task_id": task_id})
    assert err.value.translation_key == "not_paused"
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "pause", {"task_id": task_id, "until": "2026-02-01"})
    assert err.value.translation_key == "pause_in_past"
    assert status(entry, task_id) == "ok"


async def test_a_fixed_schedule_drops_the_occurrences_missed_while_paused(
    hass: HomeAssistant, recorder_mock: Any, freezer: FrozenDateTimeFactory
) -> None:
    """On the 1st of each month: paused over two of them, due on the next 1st."""
    freezer.move_to(local("2026-01-10T10:00:00"))
    entry, asset_id = await home(hass)
    answer = await call(
        hass,
        "create_task",
        {
            "asset_id": asset_id,
            "name": "Test the alarms",
            "every": 1,
            "unit": "months",
            "anchor": "fixed",
            "first_due": "2026-02-01",
        },
    )
    task_id = answer["task_id"]
    await call(hass, "pause", {"task_id": task_id, "until": "2026-03-15T12:00:00"})
    await move_to(hass, freezer, "2026-03-15T12:00:01")
    assert status(entry, task_id) == "ok"
    assert due_of(entry, task_id) == "2026-04-01T00:00:00"
    assert entry.runtime_data.view.tasks[task_id].paused_at is None


@pytest.mark.parametrize("persistent_database", [True])
async def test_a_paused_property_across_a_restart(
    async_test_recorder: Any, tmp_path: Path, freezer: FrozenDateTimeFactory
) -> None:
    """The house paused until a date, HA restarted meanwhile: resumed on time, exported."""
    freezer.move_to(local("2026-01-10T10:00:00"))
    entry_id, task_id = "", ""
    for restart in range(2):
        async with (
            async_test_home_assistant(config_dir=str(tmp_path)) as hass,
            async_test_recorder(hass),
        ):
            hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
            phone = register_phone(hass, clears=False)
            entry = MockConfigEntry(
                domain=DOMAIN,
                title="Home",
                data={"name": "Home"},
                options=OPTIONS,
                minor_version=2,
                **({"entry_id": entry_id} if entry_id else {}),
            )
            entry.add_to_hass(hass)
            assert await hass.config_entries.async_setup(entry.entry_id)
            await hass.async_block_till_done()
            if restart == 0:
                entry_id = entry.entry_id
                asset = await call(
                    hass,
                    "create_asset",
                    {"config_entry_id": entry_id, "name": "House"},
                )
                answer = await call(
                    hass,
                    "create_task",
                    {
                        "asset_id": asset["asset_id"],
                        "name": "Water the plants",
                        "every": 1,
                        "unit": "weeks",
                        "first_due": "2026-01-12",
                        "lead_days": 0,
                    },
                )
                task_id = answer["task_id"]
                await call(
                    hass,
                    "pause",
                    {"config_entry_id": entry_id, "until": "2026-01-31T00:00:00"},
                )
                assert status(entry, task_id) == "paused"
                health = hass.states.get("sensor.home_health")
                assert health is not None
                assert health.attributes["paused"] is True
                # Unloaded first: HA's calendar entity keeps a timer for its next
                # event, which newer HA's test plugin reports as lingering otherwise.
                assert await hass.config_entries.async_unload(entry_id)
                await hass.async_stop()
                freezer.move_to(local("2026-01-20T10:00:00"))
                continue
            # Back while still paused: nothing overdue, nothing sent.
            assert status(entry, task_id) == "paused"
            assert entry.runtime_data.view.property.paused_at is not None
            assert phone == []
            await move_to(hass, freezer, "2026-01-31T00:00:01")
            # Paused 10 → 31 January (21 days): due 12 January becomes 2 February.
            assert entry.runtime_data.view.property.paused_at is None
            assert status(entry, task_id) == "ok"
            assert due_of(entry, task_id) == "2026-02-02T00:00:00"
            assert phone == []
            assert await hass.config_entries.async_unload(entry_id)
            await hass.async_stop()


async def test_export_and_import_keep_assignees_seasons_and_pauses(
    hass: HomeAssistant, recorder_mock: Any, freezer: FrozenDateTimeFactory
) -> None:
    """A copy made from the export has the same assignees, turns, months and pauses."""
    freezer.move_to(local("2026-05-01T10:00:00"))
    assert await async_setup_component(hass, "person", {})
    await hass.data["person"][1].async_create_item(
        {"name": "Ann", "user_id": None, "device_trackers": []}
    )
    await hass.async_block_till_done()
    entry, asset_id = await home(hass)
    answer = await call(
        hass,
        "create_task",
        {
            "asset_id": asset_id,
            "name": "Clean the gutters",
            "every": 1,
            "unit": "months",
            "active_months": [4, 5, 6, 7, 8, 9, 10, 11],
            "assignees": ["person.ann"],
            "rotate": True,
        },
    )
    await call(hass, "pause", {"task_id": answer["task_id"], "until": "2026-06-01"})
    await call(hass, "pause", {"config_entry_id": entry.entry_id})
    export = await hass.services.async_call(
        DOMAIN,
        "export",
        {"config_entry_id": entry.entry_id},
        blocking=True,
        return_response=True,
    )
    copied = await hass.services.async_call(
        DOMAIN,
        "import",
        {"file_path": export["path"], "mode": "copy", "name": "Copy"},  # type: ignore[index]
        blocking=True,
        return_response=True,
    )
    copy = hass.config_entries.async_get_entry(copied["config_entry_id"])  # type: ignore[index]
    assert copy is not None
    view = copy.runtime_data.view
    (task,) = view.tasks.values()
    original = entry.runtime_data.view.tasks[answer["task_id"]]
    assert task.id != original.id
    assert task.assignees == ["person.ann"]
    assert task.rotate is True
    assert task.active_months == [4, 5, 6, 7, 8, 9, 10, 11]
    assert (task.paused_at, task.paused_until) == (
        original.paused_at,
        original.paused_until,
    )
    assert view.property.paused_at == entry.runtime_data.view.property.paused_at
    assert view.status[task.id] == "paused"


async def test_pause_rules_for_one_offs_overdue_tasks_and_the_house(
    hass: HomeAssistant, recorder_mock: Any, freezer: FrozenDateTimeFactory
) -> None:
    """A timed one-off moves by the exact pause; overdue stays overdue; the house twice."""
    freezer.move_to(local("2026-03-01T10:00:00"))
    entry, asset_id = await home(hass)
    timed = await call(
        hass,
        "create_task",
        {
            "asset_id": asset_id,
            "name": "Meet the plumber",
            "first_due": "2026-03-05T14:30",
        },
    )
    late = await call(
        hass,
        "create_task",
        {"asset_id": asset_id, "name": "Bleed radiators", "first_due": "2026-02-20"},
    )
    assert status(entry, late["task_id"]) == "overdue"
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "resume", {"config_entry_id": entry.entry_id})
    assert err.value.translation_key == "not_paused"
    await call(hass, "pause", {"config_entry_id": entry.entry_id})
    await call(
        hass, "pause", {"config_entry_id": entry.entry_id, "until": "2026-04-01"}
    )
    prop = entry.runtime_data.view.property
    assert prop.paused_at == local("2026-03-01T10:00:00")
    assert prop.paused_until == local("2026-04-01T00:00:00")
    assert status(entry, late["task_id"]) == "paused"
    await move_to(hass, freezer, "2026-03-03T12:30:00")
    await call(hass, "resume", {"config_entry_id": entry.entry_id})
    # Two days and two and a half hours later than it was.
    assert due_of(entry, timed["task_id"]) == "2026-03-07T17:00:00"
    assert due_of(entry, late["task_id"]) == "2026-02-20T00:00:00"
    assert status(entry, late["task_id"]) == "overdue"
    assert entry.runtime_data.view.property.paused_until is None
    # Months may come as text (the action editor's choices): an off-season date moves.
    assert await call_update_months(hass, late["task_id"], "5") == [5]
    assert due_of(entry, late["task_id"]) == "2026-05-01T00:00:00"


async def call_update_months(hass: HomeAssistant, task_id: str, months: Any) -> Any:
    """Set a task's active months; return them as stored."""
    await call(hass, "update_task", {"task_id": task_id, "active_months": months})
    (row,) = [t for t in await db_rows(hass, Task) if t.id == task_id]
    return row.active_months


MONTH_VALUES = st.one_of(
    st.none(),
    st.just(""),
    st.integers(-2, 14),
    st.sampled_from(["4", " 11 ", "April", "0", True]),
    st.lists(
        st.one_of(st.integers(-1, 13), st.sampled_from(["5", "x", 2.0, False])),
        max_size=14,
    ),
)


@given(value=MONTH_VALUES)
def test_active_months_are_months_or_refused(value: Any) -> None:
    """Any value: None (all year), sorted distinct months of a part of the year, or a refusal."""
    if (err := refusal(clean_months, value)) is not None:
        assert err.translation_key == "invalid_months"
        return
    months = clean_months(value)
    if months is not None:
        assert months == sorted(set(months))
        assert 1 <= len(months) < 12
        assert all(1 <= month <= 12 for month in months)


SCHEDULES = st.one_of(
    st.builds(
        Schedule,
        kind=st.just(KIND_INTERVAL),
        every=st.integers(1, 30),
        unit=st.sampled_from(["days", "weeks", "months", "years"]),
    ),
    st.builds(
        Schedule,
        kind=st.just(KIND_INTERVAL),
        every=st.integers(1, 6),
        unit=st.sampled_from(["weeks", "months"]),
        anchor=st.just(ANCHOR_FIXED),
        anchor_on=st.dates(date(2024, 1, 1), date(2026, 12, 31)),
    ),
    st.builds(
        Schedule,
        kind=st.just(KIND_CRON),
        cron=st.sampled_from(["0 9 * * *", "0 9 1 * *", "0 8 * 2 1", "30 7 15 6 *"]),
    ),
)


# A calendar schedule with no occurrence in the season: the season's start.
@example(
    schedule=Schedule(kind=KIND_CRON, cron="0 8 * 2 1"),
    day=date(2025, 3, 1),
    months=[5],
)
@given(
    schedule=SCHEDULES,
    day=st.dates(date(2025, 1, 1), date(2027, 12, 31)),
    months=st.lists(st.integers(1, 12), min_size=1, max_size=11, unique=True),
)
def test_a_due_moment_moved_into_season_is_in_season(
    schedule: Schedule, day: date, months: list[int]
) -> None:
    """Out of season, a due moment moves to the season's next start or occurrence."""
    tz = dt_util.get_default_time_zone()
    moment = start_of_day(day, tz)
    moved = into_season(schedule, moment, sorted(months), tz)
    assert moved is not None
    assert in_season(sorted(months), moved, tz)
    assert moved >= moment
    if in_season(sorted(months), moment, tz):
        assert moved == moment


@pytest.mark.parametrize(
    ("task_paused", "task_resumed"),
    [
        ("2026-01-05T10:00:00", "2026-01-20T10:00:00"),  # before the house, back during
        ("2026-01-15T10:00:00", "2026-01-20T10:00:00"),  # during the house's, both
        ("2026-01-15T10:00:00", "2026-02-04T10:00:00"),  # during, back after the house
    ],
)
async def test_a_task_paused_with_the_house_moves_once_for_the_time_it_rested(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    task_paused: str,
    task_resumed: str,
) -> None:
    """Its own pause and the house's overlap: the due date moves by the time it rested.

    The house is paused from 10 January to 30 January; the task on its own for a
    while that overlaps. Counted once, the due date moves by the days from the first
    pause to the last resume, not by the sum of both pauses.
    """
    freezer.move_to(local("2026-01-01T10:00:00"))
    entry, asset_id = await home(hass)
    answer = await call(
        hass,
        "create_task",
        {
            "asset_id": asset_id,
            "name": "Replace the filter",
            "every": 3,
            "unit": "months",
            "first_due": "2026-03-01",
        },
    )
    task, house = {"task_id": answer["task_id"]}, {"config_entry_id": entry.entry_id}
    steps = sorted(
        [
            (task_paused, "pause", task),
            (task_resumed, "resume", task),
            ("2026-01-10T10:00:00", "pause", house),
            ("2026-01-30T10:00:00", "resume", house),
        ],
        key=lambda step: step[0],
    )
    for when, service, target in steps:
        await move_to(hass, freezer, when)
        await call(hass, service, target)
    first = min(task_paused, "2026-01-10T10:00:00")
    last = max(task_resumed, "2026-01-30T10:00:00")
    rested = (local(last) - local(first)).days
    expected = local("2026-03-01T00:00:00") + timedelta(days=rested)
    assert due_of(entry, answer["task_id"]) == expected.isoformat()[:19]
    assert status(entry, answer["task_id"]) == "ok"
