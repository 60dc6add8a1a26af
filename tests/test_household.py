"""Assignees: who does a task, whose phone its reminders reach, turns, people leaving.

The phones are mobile-app-style notify actions registered by the test: they stand in
for the Companion app on a real phone, which is outside Home Assistant. The mobile-app
config entries that tie a phone to its user are the ones the app creates (user id and
device name in their data); HA's person integration, users, the scheduler, the
recorder, repairs and the to-do list and calendar are real.
"""

from __future__ import annotations

from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.auth.models import User
from homeassistant.components.person import DOMAIN as PERSON_DOMAIN
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Task

from .conftest import db_rows, local, move_to, register_phone, setup_property

pytestmark = pytest.mark.storage

HOUSE_PHONE = "notify.mobile_app_kitchen_tablet"


def give_phone(hass: HomeAssistant, user: User, device_name: str) -> list[ServiceCall]:
    """Register a phone as the Companion app does: its entry names user and device."""
    MockConfigEntry(
        domain="mobile_app",
        title=device_name,
        data={"user_id": user.id, "device_name": device_name, "app_data": {}},
    ).add_to_hass(hass)
    service = "mobile_app_" + device_name.lower().replace("'", "_").replace(" ", "_")
    return register_phone(hass, service)


async def add_person(hass: HomeAssistant, name: str, user: User | None) -> str:
    """Create a person in HA (as Settings → People does); return its entity id."""
    storage = hass.data[PERSON_DOMAIN][1]
    await storage.async_create_item(
        {"name": name, "user_id": user.id if user else None, "device_trackers": []}
    )
    await hass.async_block_till_done()
    return f"person.{name.lower()}"


async def call(hass: HomeAssistant, service: str, data: dict[str, Any]) -> Any:
    """Call a Haven action (answering ones answer)."""
    answers = service in ("create_asset", "create_task", "complete_task", "skip_task")
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=answers
    )


@pytest.fixture
async def household(
    recorder_mock: Any, hass: HomeAssistant, hass_admin_user: User
) -> dict[str, Any]:
    """Ann and Bob, each with a phone; a house tablet for everyone; a property."""
    assert await async_setup_component(hass, PERSON_DOMAIN, {})
    bob_user = await hass.auth.async_create_user("Bob")
    people = {
        "ann": await add_person(hass, "Ann", hass_admin_user),
        "bob": await add_person(hass, "Bob", bob_user),
        "ann_phone": give_phone(hass, hass_admin_user, "Ann's phone"),
        "bob_phone": give_phone(hass, bob_user, "Bob Pixel"),
        "house": register_phone(hass, "mobile_app_kitchen_tablet"),
        "bob_user": bob_user,
    }
    entry = await setup_property(
        hass, options={"notify_targets": [HOUSE_PHONE], "reminder_time": "09:00:00"}
    )
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "House"}
    )
    return people | {"entry": entry, "asset_id": asset["asset_id"]}


async def new_task(hass: HomeAssistant, home: dict[str, Any], **fields: Any) -> str:
    """Create a task on the house; return its id."""
    answer = await call(hass, "create_task", {"asset_id": home["asset_id"], **fields})
    return str(answer["task_id"])


def titles(calls: list[ServiceCall]) -> list[str]:
    """Return the messages a phone received (cleared notifications left out)."""
    return [
        c.data["message"] for c in calls if c.data["message"] != "clear_notification"
    ]


async def test_each_person_receives_only_their_own_reminders(
    hass: HomeAssistant,
    household: dict[str, Any],
    freezer: FrozenDateTimeFactory,
    hass_admin_user: User,
) -> None:
    """Gutters to Ann, furnace to Bob, the rest to the house; Done from Ann's phone."""
    freezer.move_to(local("2026-05-01T10:00:00"))
    ann, bob = household["ann"], household["bob"]
    gutters = await new_task(
        hass,
        household,
        name="Clean the gutters",
        every=6,
        unit="months",
        first_due="2026-05-10",
        lead_days=0,
        assignees=[ann],
    )
    await new_task(
        hass,
        household,
        name="Service the furnace",
        every=1,
        unit="years",
        first_due="2026-05-10",
        lead_days=0,
        assignees=bob,
    )
    await new_task(
        hass,
        household,
        name="Test the smoke alarms",
        every=1,
        unit="months",
        first_due="2026-05-10",
        lead_days=0,
    )
    await move_to(hass, freezer, "2026-05-10T09:00:01")
    assert titles(household["ann_phone"]) == ["Clean the gutters (House) is due."]
    assert titles(household["bob_phone"]) == ["Service the furnace (House) is due."]
    assert titles(household["house"]) == ["Test the smoke alarms (House) is due."]
    (sent,) = household["ann_phone"]
    assert sent.data["data"]["tag"] == f"haven_{gutters}"

    # Ann presses Done on her phone: done as her, cleared on her phone only.
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"HAVEN_DONE_{gutters}"},
        context=Context(user_id=hass_admin_user.id),
    )
    await hass.async_block_till_done()
    assert household["ann_phone"][-1].data["message"] == "clear_notification"
    assert len(household["bob_phone"]) == 1
    view = household["entry"].runtime_data.view
    assert view.tasks[gutters].last_completed_at is not None
    (log,) = await household["entry"].runtime_data.commands.repository.async_logs(
        property_id=view.property_id
    )
    assert log.user_id == hass_admin_user.id


async def test_a_person_without_a_phone_gets_the_house_targets_and_a_repair(
    hass: HomeAssistant, household: dict[str, Any], freezer: FrozenDateTimeFactory
) -> None:
    """Carl has no phone: his reminder goes to the house, a repair issue names him."""
    freezer.move_to(local("2026-05-01T10:00:00"))
    carl = await add_person(hass, "Carl", None)
    await new_task(
        hass,
        household,
        name="Mow the lawn",
        every=1,
        unit="weeks",
        first_due="2026-05-03",
        lead_days=0,
        assignees=[carl, household["ann"]],
    )
    await move_to(hass, freezer, "2026-05-03T09:00:01")
    assert titles(household["house"]) == ["Mow the lawn (House) is due."]
    assert titles(household["ann_phone"]) == ["Mow the lawn (House) is due."]
    assert household["bob_phone"] == []
    entry_id = household["entry"].entry_id
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, f"assignee_without_phone_{entry_id}_{carl}"
    )
    assert issue is not None
    assert issue.translation_key == "assignee_without_phone"
    assert issue.translation_placeholders == {"person": "Carl", "property": "Home"}


async def test_a_removed_person_leaves_the_task_unassigned(
    hass: HomeAssistant, household: dict[str, Any], freezer: FrozenDateTimeFactory
) -> None:
    """Bob is removed from HA: his task is nobody's, its reminders reach the house."""
    freezer.move_to(local("2026-05-01T10:00:00"))
    task_id = await new_task(
        hass,
        household,
        name="Service the furnace",
        every=1,
        unit="years",
        first_due="2026-05-10",
        lead_days=0,
        assignees=[household["bob"]],
    )
    storage = hass.data[PERSON_DOMAIN][1]
    (bob,) = [p for p in storage.async_items() if p["name"] == "Bob"]
    await storage.async_delete_item(bob["id"])
    await hass.async_block_till_done()
    view = household["entry"].runtime_data.view
    assert view.tasks[task_id].assignees is None
    (row,) = [t for t in await db_rows(hass, Task) if t.id == task_id]
    assert row.assignees is None
    await move_to(hass, freezer, "2026-05-10T09:00:01")
    assert titles(household["house"]) == ["Service the furnace (House) is due."]
    assert household["bob_phone"] == []


async def test_turns_rotate_after_each_completion(
    hass: HomeAssistant, household: dict[str, Any], freezer: FrozenDateTimeFactory
) -> None:
    """A rotating task: Ann's turn, done, then Bob's; a skip keeps the turn."""
    freezer.move_to(local("2026-05-01T10:00:00"))
    ann, bob = household["ann"], household["bob"]
    task_id = await new_task(
        hass,
        household,
        name="Take out the bins",
        every=1,
        unit="weeks",
        first_due="2026-05-04",
        lead_days=0,
        assignees=[ann, bob],
        rotate=True,
    )
    await move_to(hass, freezer, "2026-05-04T09:00:01")
    assert len(titles(household["ann_phone"])) == 1
    assert household["bob_phone"] == []
    await call(hass, "complete_task", {"task_id": task_id})
    view = household["entry"].runtime_data.view
    assert view.tasks[task_id].assignees == [bob, ann]
    await move_to(hass, freezer, "2026-05-11T09:00:01")
    assert len(titles(household["bob_phone"])) == 1
    assert len(titles(household["ann_phone"])) == 1
    # Skipping is not doing: the turn stays with Bob.
    await call(hass, "skip_task", {"task_id": task_id})
    assert view.tasks[task_id].assignees == [bob, ann]


async def test_assignees_are_checked_and_nothing_changes_on_a_bad_one(
    hass: HomeAssistant, household: dict[str, Any]
) -> None:
    """An unknown person or not a person: a translated refusal, nothing written."""
    ann = household["ann"]
    tasks_before = len(await db_rows(hass, Task))
    for bad in (["person.nobody"], ["light.kitchen"], [ann, "person.nobody"]):
        with pytest.raises(ServiceValidationError) as err:
            await new_task(hass, household, name="Wash windows", assignees=bad)
        assert err.value.translation_key == "unknown_person"
    assert str(err.value).startswith(
        '"person.nobody" is not a person in Home Assistant: choose people listed '
        "under Settings → People"
    )
    assert len(await db_rows(hass, Task)) == tasks_before
    task_id = await new_task(hass, household, name="Wash windows", assignees=[ann])
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass, "update_task", {"task_id": task_id, "assignees": ["person.nobody"]}
        )
    assert err.value.translation_key == "unknown_person"
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "update_task", {"task_id": task_id, "rotate": "perhaps"})
    assert err.value.translation_key == "invalid_boolean"
    (row,) = [t for t in await db_rows(hass, Task) if t.id == task_id]
    assert row.assignees == [ann]
    assert not row.rotate
    # Anyone again.
    await call(hass, "update_task", {"task_id": task_id, "assignees": []})
    assert household["entry"].runtime_data.view.tasks[task_id].assignees is None


async def test_todo_calendar_and_older_user_assignments_show_who(
    hass: HomeAssistant, household: dict[str, Any], hass_admin_user: User
) -> None:
    """The to-do item and the calendar event say who; a user assignment reads as them."""
    entry = household["entry"]
    ann, bob = household["ann"], household["bob"]
    both = await new_task(
        hass,
        household,
        name="Paint the fence",
        first_due="2030-06-01",
        notes="White",
        assignees=[bob, ann],
    )
    # Assigned the older way, to Ann's user (an older Haven, an importer): Ann.
    older = await new_task(
        hass,
        household,
        name="Oil the hinges",
        first_due="2030-06-02",
        assigned_user_id=hass_admin_user.id,
    )
    todo = f"todo.{entry.title.lower()}_maintenance"
    items = await hass.services.async_call(
        "todo", "get_items", {"entity_id": todo}, blocking=True, return_response=True
    )
    described = {i["uid"]: i.get("description") for i in items[todo]["items"]}  # type: ignore[index, call-overload]
    assert described[both] == "Assigned to Bob, Ann.\n\nWhite"
    assert described[older] == "Assigned to Ann."
    calendar = f"calendar.{entry.title.lower()}_maintenance"
    events = await hass.services.async_call(
        "calendar",
        "get_events",
        {
            "entity_id": calendar,
            "start_date_time": "2030-05-31T00:00:00",
            "end_date_time": "2030-06-03T00:00:00",
        },
        blocking=True,
        return_response=True,
    )
    descriptions = [e.get("description") for e in events[calendar]["events"]]  # type: ignore[index, call-overload]
    assert descriptions == ["Assigned to Bob, Ann.\n\nWhite", "Assigned to Ann."]
    # Setting persons replaces the user assignment.
    await call(hass, "update_task", {"task_id": older, "assignees": [bob]})
    task = entry.runtime_data.view.tasks[older]
    assert (task.assignees, task.assigned_user_id) == ([bob], None)
