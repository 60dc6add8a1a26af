"""Warranties and lifetimes: reminders exactly once, the past-life flag, the fields.

The phone is a mobile-app-style notify action registered by the test (HA's mobile_app
needs a real phone); it records what it is sent. Everything else is real: Home
Assistant, the recorder, the scheduler's clock (moved with freezer).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant import loader
from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_test_home_assistant,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Announcement, Asset

from .conftest import (
    db_dump,
    db_rows,
    local,
    move_to,
    register_phone,
    setup_property,
    table_away,
)

pytestmark = pytest.mark.storage

PHONE = "notify.mobile_app_phone"
OPTIONS = {"notify_targets": [PHONE], "reminder_time": "09:00:00"}


async def call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    """Call one of Haven's actions and return its answer (if it gives one)."""
    return await hass.services.async_call(
        DOMAIN,
        service,
        data,
        blocking=True,
        return_response=service not in ("update_asset", "remove_asset"),
    )


def problem(hass: HomeAssistant, asset_id: str) -> dict[str, Any]:
    """Return the attributes of an asset's problem sensor."""
    entity_id = er.async_get(hass).async_get_entity_id(
        "binary_sensor", DOMAIN, f"{asset_id}_overdue"
    )
    assert entity_id is not None
    state = hass.states.get(entity_id)
    assert state is not None
    return dict(state.attributes)


async def test_warranty_reminder_and_event(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """The reminder comes the set days before the end at the reminder time, once."""
    freezer.move_to(local("2026-03-01T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_property(hass, options=OPTIONS)
    events = async_capture_events(hass, "haven_warranty_ending")
    asset = await call(
        hass,
        "create_asset",
        config_entry_id=entry.entry_id,
        name="Dishwasher",
        warranty_until="2026-04-10",
    )
    await move_to(hass, freezer, "2026-03-11T08:59:00")
    assert (phone, events) == ([], [])
    await move_to(hass, freezer, "2026-03-11T09:00:01")
    assert [c.data["title"] for c in phone] == ["Warranty ending"]
    assert phone[0].data["message"] == (
        "The warranty of Dishwasher ends on 2026-04-10 (30 days left)."
    )
    assert [e.data for e in events] == [
        {
            "config_entry_id": entry.entry_id,
            "asset_id": asset["asset_id"],
            "name": "Dishwasher",
            "warranty_until": "2026-04-10",
            "days_left": 30,
        }
    ]
    # Later, and after a reload, nothing more.
    await move_to(hass, freezer, "2026-04-09T09:00:01")
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    await move_to(hass, freezer, "2026-04-10T09:00:01")
    assert (len(phone), len(events)) == (1, 1)

    # A new warranty (extended) gets its own reminder; one that already ended none.
    await call(
        hass, "update_asset", asset_id=asset["asset_id"], warranty_until="2027-01-20"
    )
    await move_to(hass, freezer, "2026-12-21T09:00:01")
    assert [e.data["warranty_until"] for e in events] == ["2026-04-10", "2027-01-20"]
    await call(
        hass,
        "create_asset",
        config_entry_id=entry.entry_id,
        name="Old",
        warranty_until="2020-01-01",
    )
    await move_to(hass, freezer, "2026-12-22T09:00:01")
    assert len(events) == 2
    # Removing the asset removes its notices.
    await call(hass, "remove_asset", asset_id=asset["asset_id"])
    assert [r for r in await db_rows(hass, Announcement) if r.kind == "warranty"] == []


async def test_warranty_ending_soon_is_announced_at_once(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A warranty entered inside the reminder window is announced right away."""
    freezer.move_to(local("2026-03-01T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_property(
        hass, options={**OPTIONS, "warranty_reminder_days": 14}
    )
    events = async_capture_events(hass, "haven_warranty_ending")
    await call(
        hass,
        "create_asset",
        config_entry_id=entry.entry_id,
        name="Fridge",
        warranty_until="2026-03-05",
    )
    await move_to(hass, freezer, "2026-03-01T10:00:01")
    assert [e.data["days_left"] for e in events] == [4]
    assert len(phone) == 1


@pytest.mark.parametrize("persistent_database", [True])
async def test_warranty_reminder_once_across_restarts(
    async_test_recorder: Any, tmp_path: Path, freezer: FrozenDateTimeFactory
) -> None:
    """Due while HA was down: sent after start-up once, recorded, never again."""
    freezer.move_to(local("2026-03-01T10:00:00"))
    entry_id = ""
    sent = []
    for restart in range(3):
        async with (
            async_test_home_assistant(config_dir=str(tmp_path)) as hass,
            async_test_recorder(hass),
        ):
            hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
            phone = register_phone(hass)
            events = async_capture_events(hass, "haven_warranty_ending")
            entry = MockConfigEntry(
                domain=DOMAIN,
                title="Home",
                data={"name": "Home"},
                options=OPTIONS,
                **({"entry_id": entry_id} if entry_id else {}),
            )
            entry.add_to_hass(hass)
            assert await hass.config_entries.async_setup(entry.entry_id)
            await hass.async_block_till_done()
            if restart == 0:
                entry_id = entry.entry_id
                await call(
                    hass,
                    "create_asset",
                    config_entry_id=entry_id,
                    name="Furnace",
                    warranty_until="2026-04-10",
                )
            sent.append((len(events), len(phone)))
            if restart == 1:
                notices = await db_rows(hass, Announcement)
                assert [(n.kind, n.due_at.date()) for n in notices] == [
                    ("warranty", date(2026, 4, 10))
                ]
            await hass.async_stop()
            # HA is down when the reminder falls (11 March, 09:00).
            freezer.move_to(local("2026-03-15T10:00:00"))
    assert sent == [(0, 0), (1, 1), (0, 0)]


async def test_past_expected_life(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A template's expected life is the default; the flag turns on the day it ends."""
    freezer.move_to(local("2026-03-01T10:00:00"))
    entry = await setup_property(hass)
    dishwasher = await call(
        hass,
        "create_asset",
        config_entry_id=entry.entry_id,
        name="Dishwasher",
        template="dishwasher",
        installed_on="2016-03-05",
    )
    attributes = problem(hass, dishwasher["asset_id"])
    assert attributes["expected_end"] == "2026-03-05"
    assert attributes["past_expected_life"] is False
    assert attributes["warranty_until"] is None
    await move_to(hass, freezer, "2026-03-04T23:59:00")
    assert problem(hass, dishwasher["asset_id"])["past_expected_life"] is False
    await move_to(hass, freezer, "2026-03-05T00:00:01")
    assert problem(hass, dishwasher["asset_id"])["past_expected_life"] is True

    # Given years win over the template's; without an installation day, no end.
    boiler = await call(
        hass,
        "create_asset",
        config_entry_id=entry.entry_id,
        name="Boiler",
        template="boiler",
        expected_life_years=40,
    )
    asset = entry.runtime_data.view.assets[boiler["asset_id"]]
    assert asset.expected_life_years == 40
    attributes = problem(hass, boiler["asset_id"])
    assert (attributes["expected_end"], attributes["past_expected_life"]) == (
        None,
        False,
    )
    await call(
        hass, "update_asset", asset_id=boiler["asset_id"], installed_on="1980-01-01"
    )
    assert problem(hass, boiler["asset_id"])["past_expected_life"] is True


async def test_new_fields_saved_and_bad_values_refused(
    recorder_mock: Recorder, hass: HomeAssistant
) -> None:
    """The fields are saved and cleared; bad values are translated refusals."""
    entry = await setup_property(hass)
    created = await call(
        hass,
        "create_asset",
        config_entry_id=entry.entry_id,
        name="Heat pump",
        warranty_until="2030-06-30",
        expected_life_years=15,
    )
    (row,) = await db_rows(hass, Asset)
    assert (row.warranty_until, row.expected_life_years) == (date(2030, 6, 30), 15)
    before = await db_dump(hass)
    for fields, key in (
        ({"warranty_until": "2030-02-30"}, "invalid_date"),
        ({"warranty_until": "0001-01-01"}, "date_out_of_range"),
        ({"expected_life_years": 0}, "invalid_number"),
        ({"expected_life_years": 201}, "invalid_number"),
        ({"expected_life_years": 2.5}, "invalid_number"),
        ({"expected_life_years": "many"}, "invalid_number"),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await call(hass, "update_asset", asset_id=created["asset_id"], **fields)
        assert err.value.translation_key == key, fields
        assert str(err.value)  # a sentence, not the key
        with pytest.raises(ServiceValidationError):
            await call(
                hass, "create_asset", config_entry_id=entry.entry_id, name="X", **fields
            )
    assert await db_dump(hass) == before

    await call(
        hass,
        "update_asset",
        asset_id=created["asset_id"],
        warranty_until=None,
        expected_life_years="",
    )
    (row,) = await db_rows(hass, Asset)
    assert (row.warranty_until, row.expected_life_years) == (None, None)


async def test_export_and_copy_keep_the_new_fields(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Export → import as a copy keeps warranties, lives and sent notices."""
    freezer.move_to(local("2026-03-01T10:00:00"))
    entry = await setup_property(hass, options={**OPTIONS, "budget": 10})
    register_phone(hass)
    asset = await call(
        hass,
        "create_asset",
        config_entry_id=entry.entry_id,
        name="Furnace",
        installed_on="2010-01-01",
        warranty_until="2026-03-20",
        expected_life_years=18,
    )
    await call(
        hass, "log_maintenance", asset_id=asset["asset_id"], action="Fix", cost=20
    )
    await hass.async_block_till_done()
    export = await call(hass, "export", config_entry_id=entry.entry_id)
    copy = await call(
        hass, "import", file_path=export["path"], mode="copy", name="Copy"
    )
    await hass.async_block_till_done()
    copied = hass.config_entries.async_get_entry(copy["config_entry_id"])
    assert copied is not None
    (twin,) = copied.runtime_data.view.assets.values()
    assert twin.id != asset["asset_id"]
    assert (twin.warranty_until, twin.expected_life_years) == (date(2026, 3, 20), 18)
    notices = {
        (n.task_id, n.kind)
        for n in await db_rows(hass, Announcement)
        if n.property_id == copy["property_id"]
    }
    # The notices came along, re-pointed at the copy's records: nothing is resent.
    assert notices == {(twin.id, "warranty"), (copy["property_id"], "budget")}


async def test_panel_reads_the_new_fields(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    hass_ws_client: Any,
) -> None:
    """The websocket API gives the panel warranties, lives and the budget."""
    entry = await setup_property(hass, options={"budget": 900})
    asset = await call(
        hass,
        "create_asset",
        config_entry_id=entry.entry_id,
        name="Water heater",
        template="water_heater_tank",
        installed_on="2000-06-01",
        warranty_until="2020-06-01",
    )
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "haven/asset", "asset_id": asset["asset_id"]}
    )
    response = await client.receive_json()
    assert response["success"]
    page = response["result"]["asset"]
    assert {
        key: page[key]
        for key in page
        if key in ("warranty_until", "expected_life_years", "expected_end", "past_life")
    } == {
        "warranty_until": "2020-06-01",
        "expected_life_years": 10,
        "expected_end": "2010-06-01",
        "past_life": True,
    }
    await client.send_json_auto_id({"type": "haven/subscribe"})
    assert (await client.receive_json())["success"]
    snapshot = await client.receive_json()
    (prop,) = snapshot["event"]["properties"]
    assert prop["budget"] == 900


async def test_warranty_reminder_not_recorded_is_sent_later_once(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The database is away when the reminder falls: sent five minutes on, once."""
    freezer.move_to(local("2026-03-01T10:00:00"))
    phone = register_phone(hass)
    entry = await setup_property(hass, options=OPTIONS)
    events = async_capture_events(hass, "haven_warranty_ending")
    await call(
        hass,
        "create_asset",
        config_entry_id=entry.entry_id,
        name="Dishwasher",
        warranty_until="2026-04-10",
    )
    async with table_away(hass, "haven_announcement"):
        await move_to(hass, freezer, "2026-03-11T09:00:01")
        assert "could not record its reminders" in caplog.text
        assert (phone, events) == ([], [])
    await move_to(hass, freezer, "2026-03-11T09:05:02")
    await move_to(hass, freezer, "2026-03-12T09:05:02")
    assert [c.data["title"] for c in phone] == ["Warranty ending"]
    assert len(events) == 1
