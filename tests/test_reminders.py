"""Reminders: on time, once, across restarts, answered from the phone.

The phone is a mobile-app-style notify action registered by the test (HA's mobile_app
needs a real phone); it records what it is sent. Everything else is real: the
scheduler, the recorder, the shopping list, repairs, the notification-action event.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant import loader
from homeassistant.auth.models import User
from homeassistant.components.notify import NotifyEntity
from homeassistant.config_entries import ConfigEntry, ConfigFlow
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockModule,
    async_capture_events,
    async_test_home_assistant,
    mock_config_flow,
    mock_integration,
    mock_platform,
    setup_test_component_platform,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Log

from .conftest import db_rows, local, move_to, register_phone, table_away

pytestmark = pytest.mark.storage

PHONE = "notify.mobile_app_phone"
SETTINGS = {
    "notify_targets": [PHONE],
    "reminder_time": "09:00:00",
    "repeat_days": 0,
    "shopping_list": "todo.shopping_list",
}


async def setup_home(
    hass: HomeAssistant, options: dict[str, Any], name: str = "Home"
) -> MockConfigEntry:
    """Set up a property with reminder settings."""
    entry = MockConfigEntry(
        domain=DOMAIN, title=name, data={"name": name}, options=options
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def add_task(
    hass: HomeAssistant, entry: MockConfigEntry, **fields: Any
) -> dict[str, str]:
    """Create an asset with a task (and a supply) and return their ids."""
    asset = await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Furnace"},
        blocking=True,
        return_response=True,
    )
    task = await hass.services.async_call(
        DOMAIN,
        "create_task",
        {"asset_id": asset["asset_id"], "name": "Replace the filter", **fields},  # type: ignore[index]
        blocking=True,
        return_response=True,
    )
    await hass.services.async_call(
        DOMAIN,
        "add_supply",
        {
            "asset_id": asset["asset_id"],  # type: ignore[index]
            "name": "Filter 16x25x1",
            "part_number": "FL-1",
            "task_id": task["task_id"],  # type: ignore[index]
        },
        blocking=True,
        return_response=True,
    )
    return {"asset_id": str(asset["asset_id"]), "task_id": str(task["task_id"])}  # type: ignore[index]


async def shopping_items(hass: HomeAssistant) -> list[str]:
    """Return the shopping list's item names."""
    response = await hass.services.async_call(
        "todo",
        "get_items",
        {"entity_id": "todo.shopping_list"},
        blocking=True,
        return_response=True,
    )
    return [item["summary"] for item in response["todo.shopping_list"]["items"]]  # type: ignore[index,call-overload]


@pytest.fixture
async def shopping_list(
    recorder_mock: Any, hass: HomeAssistant, tmp_path: Path
) -> None:
    """Set up HA's own shopping list (a real to-do list)."""
    hass.config.config_dir = str(tmp_path)
    entry = MockConfigEntry(domain="shopping_list")
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


async def test_lead_due_and_phone_answer(
    hass: HomeAssistant,
    shopping_list: None,
    freezer: FrozenDateTimeFactory,
    hass_admin_user: User,
) -> None:
    """Due soon at the lead time, due on the day: once each; Done answers from the phone."""
    freezer.move_to(local("2025-01-15T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_home(hass, SETTINGS)
    ids = await add_task(
        hass, entry, every=3, unit="months", first_due="2025-02-01", lead_days=3
    )
    due_events = async_capture_events(hass, "haven_task_due")

    await move_to(hass, freezer, "2025-01-29T08:59:00")
    assert phone == []
    await move_to(hass, freezer, "2025-01-29T09:00:01")
    (lead,) = phone
    assert lead.data["title"] == "Due soon"
    assert lead.data["message"] == "Replace the filter (Furnace) is due soon."
    assert lead.data["data"]["tag"] == f"haven_{ids['task_id']}"
    assert [a["action"] for a in lead.data["data"]["actions"]] == [
        f"HAVEN_DONE_{ids['task_id']}",
        f"HAVEN_SNOOZE_{ids['task_id']}",
    ]
    assert due_events == []

    await move_to(hass, freezer, "2025-02-01T09:00:01")
    assert [c.data["title"] for c in phone] == ["Due soon", "Maintenance due"]
    (event,) = due_events
    assert event.data["task_id"] == ids["task_id"]
    assert event.data["config_entry_id"] == entry.entry_id
    assert event.data["due_at"] == local("2025-02-01T00:00:00").isoformat()
    assert event.data["supplies"][0]["part_number"] == "FL-1"
    assert await shopping_items(hass) == ["Filter 16x25x1 (FL-1)"]

    # The hourly scan and later time changes repeat nothing.
    await move_to(hass, freezer, "2025-02-03T12:00:00")
    assert len(phone) == 2
    assert len(due_events) == 1
    assert await shopping_items(hass) == ["Filter 16x25x1 (FL-1)"]

    # "Done" on the phone completes the task as that user and clears the notification.
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"HAVEN_DONE_{ids['task_id']}"},
        context=Context(user_id=hass_admin_user.id),
    )
    await hass.async_block_till_done()
    (log,) = await db_rows(hass, Log)
    assert (log.task_id, log.user_id) == (ids["task_id"], hass_admin_user.id)
    assert phone[-1].data == {
        "message": "clear_notification",
        "data": {"tag": f"haven_{ids['task_id']}"},
    }
    assert entry.runtime_data.view.tasks[ids["task_id"]].next_due_at == local(
        "2025-05-03T00:00:00"
    )


async def test_snooze_from_phone_then_due_again(
    hass: HomeAssistant, shopping_list: None, freezer: FrozenDateTimeFactory
) -> None:
    """Snooze 1 day moves the due date; the new occurrence is announced again."""
    freezer.move_to(local("2025-01-31T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_home(hass, SETTINGS)
    ids = await add_task(hass, entry, every=1, unit="months", first_due="2025-02-01")
    events = async_capture_events(hass, "haven_task_due")
    await move_to(hass, freezer, "2025-02-01T09:30:00")
    assert len(events) == 1
    hass.bus.async_fire(
        "mobile_app_notification_action", {"action": f"HAVEN_SNOOZE_{ids['task_id']}"}
    )
    await hass.async_block_till_done()
    task = entry.runtime_data.view.tasks[ids["task_id"]]
    assert task.next_due_at == local("2025-02-02T09:30:00")
    assert await db_rows(hass, Log) == []
    await move_to(hass, freezer, "2025-02-02T09:30:01")
    assert len(events) == 2
    assert [c.data["title"] for c in phone] == ["Maintenance due", "Maintenance due"]


async def test_quiet_hours_and_repeats(
    hass: HomeAssistant, shopping_list: None, freezer: FrozenDateTimeFactory
) -> None:
    """A reminder in quiet hours waits for their end; overdue tasks are reminded again."""
    freezer.move_to(local("2025-01-15T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_home(
        hass,
        {
            **SETTINGS,
            "quiet_start": "22:00:00",
            "quiet_end": "09:30:00",
            "repeat_days": 2,
        },
    )
    await add_task(
        hass, entry, every=1, unit="years", first_due="2025-02-01", lead_days=0
    )
    await move_to(hass, freezer, "2025-02-01T09:00:00")
    assert phone == []
    await move_to(hass, freezer, "2025-02-01T09:30:01")
    assert [c.data["title"] for c in phone] == ["Maintenance due"]
    await move_to(hass, freezer, "2025-02-03T09:30:01")
    await move_to(hass, freezer, "2025-02-05T09:30:01")
    assert [c.data["title"] for c in phone] == [
        "Maintenance due",
        "Still overdue",
        "Still overdue",
    ]


async def test_failing_and_missing_targets(
    hass: HomeAssistant,
    shopping_list: None,
    freezer: FrozenDateTimeFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A phone that errors is logged and skipped; a gone one raises a fixable repair."""
    freezer.move_to(local("2025-01-31T10:00:00"))
    good = register_phone(hass, "mobile_app_good")

    async def _broken(call: ServiceCall) -> None:
        raise HomeAssistantError("push service down")

    hass.services.async_register("notify", "mobile_app_broken", _broken)
    entry = await setup_home(
        hass,
        {
            **SETTINGS,
            "notify_targets": [
                "notify.mobile_app_broken",
                "notify.mobile_app_gone",
                "notify.mobile_app_good",
            ],
        },
    )
    await add_task(hass, entry, every=1, unit="months", first_due="2025-02-01")
    await move_to(hass, freezer, "2025-02-01T09:00:01")
    assert [c.data["title"] for c in good] == ["Maintenance due"]
    assert "push service down" in caplog.text

    issue_id = f"missing_target_{entry.entry_id}_notify.mobile_app_gone"
    issue = ir.async_get(hass).async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.is_fixable
    assert issue.translation_placeholders == {
        "target": "notify.mobile_app_gone",
        "property": "Home",
    }

    assert await async_setup_component(hass, "repairs", {})
    await hass.async_block_till_done()
    flows = hass.data["repairs"]["flow_manager"]
    flow = await flows.async_init(DOMAIN, data={"issue_id": issue_id})
    assert flow["step_id"] == "confirm"
    result = await flows.async_configure(flow["flow_id"], {})
    assert result["type"] == "create_entry"
    await hass.async_block_till_done()
    assert entry.options["notify_targets"] == [
        "notify.mobile_app_broken",
        "notify.mobile_app_good",
    ]
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


async def test_task_removed_before_its_reminder(
    hass: HomeAssistant, shopping_list: None, freezer: FrozenDateTimeFactory
) -> None:
    """A task removed while its reminder is armed is simply not announced."""
    freezer.move_to(local("2025-01-31T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_home(hass, SETTINGS)
    ids = await add_task(hass, entry, every=1, unit="months", first_due="2025-02-01")
    await hass.services.async_call(
        DOMAIN, "remove_task", {"task_id": ids["task_id"]}, blocking=True
    )
    events = async_capture_events(hass, "haven_task_due")
    await move_to(hass, freezer, "2025-02-01T09:00:01")
    assert phone == []
    assert events == []


async def test_two_properties_keep_their_settings(
    hass: HomeAssistant, shopping_list: None, freezer: FrozenDateTimeFactory
) -> None:
    """Each property reminds its own targets at its own time."""
    freezer.move_to(local("2025-01-31T10:00:00"))
    home_phone = register_phone(hass, "mobile_app_home")
    cabin_phone = register_phone(hass, "mobile_app_cabin")
    home = await setup_home(hass, {"notify_targets": ["notify.mobile_app_home"]})
    cabin = await setup_home(
        hass,
        {"notify_targets": ["notify.mobile_app_cabin"], "reminder_time": "18:00:00"},
        name="Cabin",
    )
    await add_task(hass, home, every=1, unit="months", first_due="2025-02-01")
    await add_task(hass, cabin, every=1, unit="months", first_due="2025-02-01")
    await move_to(hass, freezer, "2025-02-01T09:00:01")
    assert (len(home_phone), len(cabin_phone)) == (1, 0)
    await move_to(hass, freezer, "2025-02-01T18:00:01")
    assert (len(home_phone), len(cabin_phone)) == (1, 1)


@pytest.mark.parametrize("persistent_database", [True])
async def test_restart_neither_loses_nor_repeats(
    async_test_recorder: Any, tmp_path: Path, freezer: FrozenDateTimeFactory
) -> None:
    """Due while HA was down: announced once after start-up, not again after another."""
    freezer.move_to(local("2025-01-30T10:00:00"))
    entry_id = ""
    for restart in range(3):
        async with (
            async_test_home_assistant(config_dir=str(tmp_path)) as hass,
            async_test_recorder(hass),
        ):
            hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
            phone = register_phone(hass)
            events = async_capture_events(hass, "haven_task_due")
            entry = MockConfigEntry(
                domain=DOMAIN,
                title="Home",
                data={"name": "Home"},
                options={"notify_targets": [PHONE]},
                **({"entry_id": entry_id} if entry_id else {}),
            )
            entry.add_to_hass(hass)
            assert await hass.config_entries.async_setup(entry.entry_id)
            await hass.async_block_till_done()
            if restart == 0:
                entry_id = entry.entry_id
                await add_task(
                    hass, entry, every=1, unit="months", first_due="2025-02-01"
                )
                assert events == []
                # HA goes down before the due day and comes back after it.
                await hass.async_stop()
                freezer.move_to(local("2025-02-03T07:00:00"))
                continue
            await hass.async_block_till_done()
            if restart == 1:
                assert len(events) == 1
                assert [c.data["title"] for c in phone] == ["Maintenance due"]
            else:
                assert events == []
                assert phone == []
            await hass.async_stop()


async def test_clock_jump_and_dst(
    hass: HomeAssistant, shopping_list: None, freezer: FrozenDateTimeFactory
) -> None:
    """A jump past lead and due announces once (the due one); 09:00 stays 09:00 in DST."""
    freezer.move_to(local("2025-03-01T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_home(hass, SETTINGS)
    await add_task(
        hass, entry, every=1, unit="weeks", first_due="2025-03-09", lead_days=3
    )
    events = async_capture_events(hass, "haven_task_due")
    # The clock jumps from before the lead reminder to after the due one.
    await move_to(hass, freezer, "2025-03-09T12:00:00")
    assert [c.data["title"] for c in phone] == ["Maintenance due"]
    assert len(events) == 1

    # Done, the next one is due 16 March (after the spring-forward of 9 March).
    await hass.services.async_call(
        DOMAIN,
        "complete_task",
        {"task_id": events[0].data["task_id"], "performed_at": "2025-03-09T08:00:00"},
        blocking=True,
        return_response=True,
    )
    await move_to(hass, freezer, "2025-03-13T08:59:59")
    assert len(phone) == 2  # the clear_notification after completing
    await move_to(hass, freezer, "2025-03-13T09:00:01")
    assert phone[-1].data["title"] == "Due soon"
    assert dt_util.now().utcoffset() == local("2025-03-13T09:00:00").utcoffset()


async def test_unload_with_armed_timer(
    hass: HomeAssistant, shopping_list: None, freezer: FrozenDateTimeFactory
) -> None:
    """Unloading a property disarms its reminders; nothing fires afterwards."""
    freezer.move_to(local("2025-01-31T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_home(hass, SETTINGS)
    await add_task(hass, entry, every=1, unit="months", first_due="2025-02-01")
    assert await hass.config_entries.async_unload(entry.entry_id)
    assert not any(
        "HavenScheduler" in repr(handle)
        for handle in hass.loop._scheduled  # type: ignore[attr-defined]
        if not handle.cancelled()
    )
    await move_to(hass, freezer, "2025-02-01T09:00:01")
    assert phone == []


class RecordingNotify(NotifyEntity):
    """A notify entity (as a messaging integration would provide) that records."""

    _attr_name = "Family"
    _attr_unique_id = "family"

    def __init__(self) -> None:
        """Start with nothing received."""
        self.received: list[tuple[str | None, str]] = []

    async def async_send_message(self, message: str, title: str | None = None) -> None:
        """Record a message."""
        self.received.append((title, message))


async def test_notify_entity_target(
    hass: HomeAssistant, shopping_list: None, freezer: FrozenDateTimeFactory
) -> None:
    """A notify entity gets the reminder as a plain message through notify.send_message."""
    freezer.move_to(local("2025-01-31T10:00:00"))
    family = RecordingNotify()

    async def _setup_messaging(hass: HomeAssistant, entry: ConfigEntry) -> bool:
        await hass.config_entries.async_forward_entry_setups(entry, ["notify"])
        return True

    mock_integration(hass, MockModule("test", async_setup_entry=_setup_messaging))
    mock_platform(hass, "test.config_flow", None)
    setup_test_component_platform(hass, "notify", [family], from_config_entry=True)
    messaging = MockConfigEntry(domain="test")
    messaging.add_to_hass(hass)
    with mock_config_flow("test", ConfigFlow):
        assert await hass.config_entries.async_setup(messaging.entry_id)
        await hass.async_block_till_done()
    entity_id = family.entity_id
    assert entity_id is not None
    entry = await setup_home(hass, {**SETTINGS, "notify_targets": [entity_id]})
    await add_task(hass, entry, every=1, unit="months", first_due="2025-02-01")
    await move_to(hass, freezer, "2025-02-01T09:00:01")
    assert family.received == [
        ("Maintenance due", "Replace the filter (Furnace) is due.")
    ]


async def test_many_at_once_become_one_summary(
    hass: HomeAssistant, shopping_list: None, freezer: FrozenDateTimeFactory
) -> None:
    """Many reminders at the same moment reach the phone as one summary; events stay."""
    freezer.move_to(local("2025-01-31T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_home(hass, SETTINGS)
    names = [f"Job {n}" for n in range(5)]
    for name in names:
        await hass.services.async_call(
            DOMAIN,
            "create_task",
            {
                "config_entry_id": entry.entry_id,
                "name": name,
                "every": 1,
                "unit": "months",
                "first_due": "2025-02-01",
            },
            blocking=True,
            return_response=True,
        )
    events = async_capture_events(hass, "haven_task_due")
    await move_to(hass, freezer, "2025-02-01T09:00:01")
    assert len(events) == 5
    (summary,) = phone
    assert summary.data["title"] == "Maintenance"
    assert summary.data["message"].startswith("5 tasks need attention: ")
    assert set(
        summary.data["message"].removesuffix(".").split(": ")[1].split(", ")
    ) == set(names)
    assert "actions" not in summary.data["data"]


async def test_an_occurrence_come_back_is_not_announced_twice(
    hass: HomeAssistant, shopping_list: None, freezer: FrozenDateTimeFactory
) -> None:
    """A task moved away from a due date and back to it is not announced again."""
    freezer.move_to(local("2025-03-01T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_home(hass, SETTINGS)
    ids = await add_task(
        hass, entry, every=1, unit="years", first_due="2025-03-02", lead_days=0
    )
    due_events = async_capture_events(hass, "haven_task_due")
    await move_to(hass, freezer, "2025-03-02T09:00:01")
    assert len(due_events) == 1
    assert len(phone) == 1
    # Moved to the next day and announced there, then set back to the first day.
    for first_due, when in (
        ("2025-03-03", "2025-03-03T09:00:01"),
        ("2025-03-02", "2025-03-03T10:00:00"),
    ):
        await hass.services.async_call(
            DOMAIN,
            "update_task",
            {"task_id": ids["task_id"], "first_due": first_due},
            blocking=True,
        )
        await move_to(hass, freezer, when)
    assert [e.data["due_at"][:10] for e in due_events] == ["2025-03-02", "2025-03-03"]
    assert len(phone) == 2


async def test_reminder_not_recorded_is_sent_later_once(
    hass: HomeAssistant,
    shopping_list: None,
    freezer: FrozenDateTimeFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The database is away when a reminder falls: nothing sent, then once, later."""
    freezer.move_to(local("2025-03-01T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_home(hass, SETTINGS)
    await add_task(hass, entry, every=1, unit="years", first_due="2025-03-02")
    due_events = async_capture_events(hass, "haven_task_due")

    # The announcements are out of reach (as a database tool would leave them).
    async with table_away(hass, "haven_announcement"):
        await move_to(hass, freezer, "2025-03-02T09:00:01")
        assert "could not record its reminders" in caplog.text
        assert (due_events, phone, await shopping_items(hass)) == ([], [], [])

    # Back before the retry: five minutes on, the reminder goes out, once.
    await move_to(hass, freezer, "2025-03-02T09:04:00")
    assert phone == []
    await move_to(hass, freezer, "2025-03-02T09:05:02")
    await move_to(hass, freezer, "2025-03-04T09:05:02")
    assert len(due_events) == 1
    assert [c.data["title"] for c in phone] == ["Maintenance due"]
    assert await shopping_items(hass) == ["Filter 16x25x1 (FL-1)"]
