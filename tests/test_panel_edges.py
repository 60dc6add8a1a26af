"""What the Activity page and the panel show at their edges.

The diary names people by their person entity, says "Someone" for a deleted user,
keeps an asset's name after its device is gone, and tells photos, voice memos and filed
notes apart. The panel's subscription follows new users and only the property it
watches; history of one task; schedule previews of a meter, of a one-off task and with
no property; meter readings and documents; errors' field labels.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import DOMAIN
from custom_components.haven.devices import find_device
from custom_components.haven.errors import field_label, invalid

from .conftest import setup_property
from .test_assist_edges import ODOMETER, odometer_task, reading_km
from .test_capture import files_dir  # noqa: F401
from .test_logbook import activity, call, client, start  # noqa: F401
from .test_websocket import furnace, next_event  # noqa: F401

pytestmark = pytest.mark.storage


async def diary(hass: HomeAssistant, client: Any) -> list[tuple[str, str]]:  # noqa: F811
    """Return Haven's lines of the Activity page as (name, message)."""
    return [
        (e["name"], e["message"])
        for e in await activity(hass, client)
        if e.get("domain") == DOMAIN
    ]


@pytest.fixture
async def alex(hass: HomeAssistant) -> User:
    """Return Alex, an administrator who is the person "Alex Rivera".

    Set up before any client: newer HA's person integration registers HTTP views
    (image upload), which a started server no longer takes.
    """
    user = await hass.auth.async_create_user("Alex", group_ids=["system-admin"])
    assert await async_setup_component(
        hass,
        "person",
        {"person": [{"id": "alex", "name": "Alex Rivera", "user_id": user.id}]},
    )
    await hass.async_block_till_done()
    return user


async def test_diary_names_people_and_keeps_asset_names(
    hass: HomeAssistant,
    start: None,  # noqa: F811
    entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    alex: User,
    client: Any,  # noqa: F811
) -> None:
    """A person's name is used; a deleted user is "Someone"; a gone device keeps its name."""
    sam = await hass.auth.async_create_user("Sam", group_ids=["system-users"])
    asset = await call(
        hass, "create_asset", config_entry_id=entry.entry_id, name="Furnace"
    )
    task = await call(
        hass, "create_task", asset_id=asset["asset_id"], name="Replace the filter"
    )
    gutters = await call(
        hass, "create_task", config_entry_id=entry.entry_id, name="Clean the gutters"
    )
    freezer.tick(1)
    await call(hass, "complete_task", Context(user_id=alex.id), task_id=task["task_id"])
    freezer.tick(1)
    await call(
        hass, "complete_task", Context(user_id=sam.id), task_id=gutters["task_id"]
    )
    assert await diary(hass, client) == [
        ("Alex Rivera", "replaced the filter on the Furnace"),
        ("Sam", "cleaned the gutters"),
    ]
    # Sam's account is deleted; the furnace's device is removed from HA's registry.
    await hass.auth.async_remove_user(sam)
    device = find_device(hass, entry.entry_id, asset["asset_id"])
    assert device is not None
    dr.async_get(hass).async_remove_device(device.id)
    await hass.async_block_till_done()
    assert await diary(hass, client) == [
        ("Alex Rivera", "replaced the filter on the Furnace"),
        ("Someone", "cleaned the gutters"),
    ]
    # Once the asset itself is gone, the line no longer names it.
    await hass.services.async_call(
        DOMAIN,
        "remove_asset",
        {"asset_id": asset["asset_id"]},
        blocking=True,
        context=Context(user_id=alex.id),
    )
    assert await diary(hass, client) == [
        ("Alex Rivera", "replaced the filter"),
        ("Someone", "cleaned the gutters"),
    ]


async def test_diary_tells_captures_apart(
    hass: HomeAssistant,
    start: None,  # noqa: F811
    files_dir: Path,  # noqa: F811
    entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    client: Any,  # noqa: F811
) -> None:
    """Photos and voice memos are named so; a filed note is "a note"; any property."""
    alex = await hass.auth.async_create_user("Alex", group_ids=["system-admin"])
    as_alex = Context(user_id=alex.id)
    cabin = await setup_property(hass, "Cabin")
    fixtures = Path(__file__).parent / "fixtures" / "capture"
    for name in ("photo.jpg", "smoke_alarm.mp3"):
        (files_dir / name).write_bytes((fixtures / name).read_bytes())
        freezer.tick(1)
        await call(
            hass,
            "capture",
            as_alex,
            config_entry_id=entry.entry_id,
            file_path=str(files_dir / name),
        )
    freezer.tick(1)
    note = await call(
        hass, "capture", as_alex, config_entry_id=entry.entry_id, text="Tap drips"
    )
    freezer.tick(1)
    await call(
        hass,
        "capture",
        as_alex,
        config_entry_id=cabin.entry_id,
        text="The stove smokes",
    )
    await hass.async_block_till_done()
    await call(
        hass,
        "triage_capture",
        as_alex,
        inbox_item_id=note["inbox_item_id"],
        outcome="dismiss",
    )
    assert await diary(hass, client) == [
        ("Alex", "captured a photo"),
        ("Alex", "captured a voice memo"),
        ("Alex", "captured a note"),
        ("Alex", "captured a note: The stove smokes"),
    ]


# The panel


async def test_subscription_follows_users_and_its_property_only(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: Any
) -> None:
    """A new user's name reaches the subscriber; another property coming and going does not."""
    cabin = await setup_property(hass, "Cabin")
    stove = await call(
        hass, "create_task", config_entry_id=cabin.entry_id, name="Stove"
    )
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id(
        {"type": "haven/subscribe", "config_entry_id": cabin.entry_id}
    )
    assert (await ws.receive_json())["success"]
    assert (await next_event(ws))["kind"] == "snapshot"
    robin = await hass.auth.async_create_user("Robin", group_ids=["system-users"])
    await hass.async_block_till_done()
    await call(
        hass, "complete_task", Context(user_id=robin.id), task_id=stove["task_id"]
    )
    event = await next_event(ws)
    while "logs" not in event:
        event = await next_event(ws)
    assert [(log["user_name"], log["action"]) for log in event["logs"]] == [
        ("Robin", "Stove")
    ]
    # The other property unloads and loads again: nothing for this subscriber.
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(cabin.entry_id)
    event = await next_event(ws)
    while event["kind"] == "changed":  # the completion's cost figures
        event = await next_event(ws)
    assert event == {"kind": "unloaded", "config_entry_id": cabin.entry_id}


async def test_history_of_one_task(
    hass: HomeAssistant,
    furnace: dict[str, Any],  # noqa: F811
    hass_ws_client: Any,
) -> None:
    """The history of a task holds its completions only."""
    first, second = furnace["task_ids"][:2]
    await call(hass, "complete_task", task_id=first)
    await call(hass, "complete_task", task_id=second)
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "haven/history", "task_id": first})
    result = (await ws.receive_json())["result"]
    assert [log["task_id"] for log in result["logs"]] == [first]
    assert result["more"] is False


async def test_meter_readings_and_documents(
    hass: HomeAssistant,
    files_dir: Path,  # noqa: F811
    entry: MockConfigEntry,
    hass_ws_client: Any,
) -> None:
    """The panel shows a meter task's reading (the last one when the sensor is away)."""
    car = await call(hass, "create_asset", config_entry_id=entry.entry_id, name="Car")
    oil = await odometer_task(hass, car["asset_id"])
    manual = files_dir / "car-manual.pdf"
    manual.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    document = await call(
        hass, "attach_document", asset_id=car["asset_id"], file_path=str(manual)
    )
    reading_km(hass, "15000")
    await hass.async_block_till_done()  # Haven keeps the reading
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "haven/asset", "asset_id": car["asset_id"]})
    page = (await ws.receive_json())["result"]
    (task,) = page["tasks"]
    assert task["meter"] == {
        "value": 15000.0,
        "baseline": 12000.0,
        "progress": 0.3,
        "unit": "km",
    }
    (shown,) = page["documents"]
    assert shown["document_id"] == document["document_id"]
    assert shown["file_path"] == (
        f"/api/haven/files/{entry.entry_id}/document/{document['document_id']}"
    )
    reading_km(hass, "unknown")
    await hass.async_block_till_done()
    await ws.send_json_auto_id({"type": "haven/subscribe"})
    assert (await ws.receive_json())["success"]
    (home,) = (await next_event(ws))["properties"]
    (task,) = [t for t in home["tasks"] if t["task_id"] == oil]
    # The last reading Haven kept, while the sensor has none.
    assert task["meter"]["value"] == 15000.0
    assert task["meter"]["progress"] == 0.3
    assert task["meter"]["unit"] == "km"
    # The sensor removed: the asset page still shows the last reading, without a unit.
    hass.states.async_remove(ODOMETER)
    await hass.async_block_till_done()
    await ws.send_json_auto_id({"type": "haven/asset", "asset_id": car["asset_id"]})
    (task,) = (await ws.receive_json())["result"]["tasks"]
    assert task["meter"] == {"value": 15000.0, "baseline": 12000.0, "progress": 0.3}


async def test_schedule_previews(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: Any
) -> None:
    """A meter shows its reading, a one-off task one date; no property is an error."""
    reading_km(hass, "12000")
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id(
        {
            "type": "haven/schedule_preview",
            "meter_entity_id": ODOMETER,
            "meter_every": 10000,
        }
    )
    result = (await ws.receive_json())["result"]
    assert result == {"next": [], "meter": {"value": 12000.0, "unit": "km"}}
    await ws.send_json_auto_id(
        {"type": "haven/schedule_preview", "first_due": "2030-05-01", "count": 5}
    )
    result = (await ws.receive_json())["result"]
    assert len(result["next"]) == 1
    assert result["next"][0].startswith("2030-05-01")
    assert await hass.config_entries.async_unload(entry.entry_id)
    await ws.send_json_auto_id(
        {"type": "haven/schedule_preview", "every": 1, "unit": "months"}
    )
    response = await ws.receive_json()
    assert not response["success"]
    assert response["error"]["code"] == "not_found"


def test_field_labels_without_home_assistant() -> None:
    """Outside Home Assistant (a thread of its own) a refusal names a field by its key."""
    with ThreadPoolExecutor(1) as pool:
        error = pool.submit(invalid, "invalid_text", field="notes", max=10).result()
    assert error.translation_placeholders == {
        "field": "notes",
        "max": "10",
        "label": "notes",
    }


async def test_field_labels_of_unknown_fields(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A field without a translated label is named by its key; a known one by its label."""
    assert field_label("notes") == "Notes"
    assert field_label("no_such_field") == "no_such_field"
