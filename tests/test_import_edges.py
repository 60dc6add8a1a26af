"""Importing at the edges: odd stored data of other integrations, refusals, faults.

The readers of Home Keeper's and Maintenance Supporter's files meet shapes those
integrations never meant to write (entries that are not objects, empty names,
impossible intervals); each is skipped or named as a reason, never a crash. The
imports themselves meet what Home Assistant holds (an area with a zone already,
a meter sensor that is gone, a database table that is gone), and haven.import meets
property states and files a person may bring (a property not loaded, one whose
records are missing, zones whose areas were renamed).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
import json
from pathlib import Path
import shutil
from typing import Any
import uuid
from zoneinfo import ZoneInfo

from homeassistant.auth.models import User
from homeassistant.components.recorder import Recorder
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import area_registry as ar, device_registry as dr
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import DOMAIN
from custom_components.haven.importers import home_keeper, maintenance_supporter
from custom_components.haven.importers.plan import (
    PeerFormatError,
    Plan,
    day,
    done_at,
    money,
    number,
    whole,
)
from custom_components.haven.importers.runner import async_import_from
from custom_components.haven.store.models import Asset, Log, Supply, Task, Zone

from . import test_import_peers
from .conftest import db_dump, db_rows, setup_property
from .test_import import call, fill as fill_every_kind
from .test_import_peers import (
    _edit,
    by_name,
    import_from,
    install,
    notification,
    reasons,
)
from .test_recovery import damage_and_reset, export_file, fill, issue
from .test_schema import run_sql

pytestmark = pytest.mark.storage

# The property in Berlin on March 1st, 2025, with a garden and a kitchen.
home = test_import_peers.home

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 1, 11, tzinfo=UTC)


def problems(plan: Plan) -> set[tuple[str, str, str]]:
    """Return a plan's problems as (item, code, detail)."""
    return {(p.item, p.code, p.detail) for p in plan.problems}


# The readers: pure functions over the stored JSON


def test_home_keeper_odd_entries_are_skipped_or_named() -> None:
    """Entries that are not objects are skipped; impossible values are named."""
    store = {
        "version": 1,
        "data": {
            "assets": {
                "junk": "not an appliance",
                "a1": {
                    "name": "",
                    "device_id": 7,
                    "related_device_ids": ["", 5],
                    "documents": ["not a document", {"kind": "file"}],
                    "parts": [
                        "not a part",
                        {"name": ""},
                        {"name": "Belt", "stock": -1},
                    ],
                    "task_history": [
                        "not a history",
                        {"completions": [{"ts": "2025-01-10T10:00:00+01:00"}]},
                    ],
                },
            },
            "tasks": {
                "junk": 3,
                "t1": {
                    "name": "Zero",
                    "unit": "days",
                    "interval": 0,
                    "completions": [
                        "not a completion",
                        {"ts": "yesterday"},
                        {"ts": "2030-01-01T00:00:00+00:00"},
                        {"ts": "2025-02-01T08:00:00+01:00", "reading": 12.5},
                    ],
                },
                "t2": {
                    "name": "Fixed zero",
                    "recurrence_type": "fixed",
                    "freq": "WEEKLY",
                    "anchor": "2025-01-01T00:00:00",
                    "interval": 0,
                },
                "t3": {
                    "name": "No target",
                    "recurrence_type": "sensor",
                    "sensor": {"mode": "usage", "entity_id": "sensor.x", "target": 0},
                },
                "t4": {
                    "name": "Backstop",
                    "recurrence_type": "sensor",
                    "sensor": {
                        "entity_id": "sensor.hours",
                        "target": 50,
                        "baseline": 10,
                        "also_every": {"interval": 6, "unit": "months"},
                    },
                },
                "t6": {
                    "name": "Zero backstop",
                    "recurrence_type": "sensor",
                    "sensor": {
                        "entity_id": "sensor.hours",
                        "target": 50,
                        "also_every": {"interval": 0, "unit": "days"},
                    },
                },
                "t5": {
                    "name": "Odd backstop",
                    "recurrence_type": "sensor",
                    "sensor": {
                        "entity_id": "sensor.hours",
                        "target": 50,
                        "also_every": {"interval": 6, "unit": "hours"},
                    },
                },
            },
        },
    }
    plan = home_keeper.read(store, BERLIN, NOW)
    (asset,) = plan.assets
    assert (asset.name, asset.device_id) == ("Appliance", None)
    assert [(s.name, s.quantity) for s in asset.supplies] == [("Belt", None)]
    assert [(log.action, log.performed_at) for log in asset.logs] == [
        ("Maintenance", datetime(2025, 1, 10, 9, tzinfo=UTC))
    ]
    tasks = {task.name: task for task in plan.tasks}
    assert set(tasks) == {
        "Zero",
        "Fixed zero",
        "No target",
        "Backstop",
        "Zero backstop",
        "Odd backstop",
    }
    zero = tasks["Zero"]
    assert zero.every is None
    assert [log.notes for log in zero.logs] == ["Reading: 12.5"]
    assert (tasks["Fixed zero"].every, tasks["Fixed zero"].anchor) == (
        None,
        "completion",
    )
    assert tasks["No target"].meter_entity_id is None
    backstop = tasks["Backstop"]
    assert (backstop.meter_entity_id, backstop.meter_every) == ("sensor.hours", 50)
    assert (backstop.every, backstop.unit, backstop.meter_baseline) == (
        6,
        "months",
        10,
    )
    zero_backstop = tasks["Zero backstop"]
    assert (zero_backstop.meter_every, zero_backstop.every) == (50, None)
    odd = tasks["Odd backstop"]
    assert (odd.meter_entity_id, odd.every) == ("sensor.hours", None)
    assert problems(plan) == {
        ("a1", "no_name", ""),
        ("Appliance", "documents", "1"),
        ("Zero", "bad_date", "yesterday"),
        ("Zero", "future", "2030-01-01T00:00:00+00:00"),
        ("Zero", "interval", "0"),
        ("Fixed zero", "interval", "0"),
        ("No target", "trigger", "sensor usage"),
        ("Zero backstop", "interval", "0"),
        ("Odd backstop", "trigger", "also_every"),
    }


def test_maintenance_supporter_odd_entries_are_skipped_or_named() -> None:
    """Objects and tasks that are not objects are skipped; planned dues follow on."""
    tasks = {
        "junk": "not a task",
        "t1": {
            "name": "Service",
            "interval_days": 1,
            "interval_unit": "months",
            "interval_anchor": "planned",
            "last_performed": "2025-02-10",
            "last_planned_due": "2024-11-01",
            "history": [
                "not an entry",
                {"timestamp": "2025-02-10T09:00:00+01:00", "type": "completed"},
            ],
        },
        "t2": {
            "name": "Override",
            "interval_days": 7,
            "interval_anchor": "planned",
            "due_override": "2025-03-05T00:00:00",
        },
        "t9": {"interval_days": 7},
    }
    entries = [
        maintenance_supporter.ObjectEntry("e0", 1, "Settings", {"object": "global"}),
        maintenance_supporter.ObjectEntry(
            "e1",
            1,
            "Boiler",
            {"object": {"id": "o1", "name": "Boiler"}, "tasks": tasks},
        ),
    ]
    plan = maintenance_supporter.read(entries, {}, BERLIN, NOW)
    assert [asset.name for asset in plan.assets] == ["Boiler"]
    found = {task.key: task for task in plan.tasks}
    assert set(found) == {"t1", "t2", "t9"}
    service = found["t1"]
    assert (service.every, service.unit, service.anchor) == (1, "months", "fixed")
    # From the planned due of November, a month at a time past February 10th.
    assert service.first_due == datetime(2025, 2, 28, 23, tzinfo=UTC)
    assert len(service.logs) == 1
    override = found["t2"]
    assert (override.anchor, override.first_due) == (
        "fixed",
        datetime(2025, 3, 4, 23, tzinfo=UTC),
    )
    assert found["t9"].name == "Maintenance"
    assert problems(plan) == {("Boiler \u203a t9", "no_name", "")}


@pytest.mark.parametrize(
    "store",
    [[], {"version": 1, "data": ["tasks"]}, {"version": 1}],
    ids=["list", "data-list", "no-data"],
)
def test_maintenance_supporter_store_of_another_shape(store: Any) -> None:
    """A store file that is not the shape Maintenance Supporter writes is refused."""
    entry = maintenance_supporter.ObjectEntry(
        "e1", 1, "Boiler", {"object": {"id": "o1", "name": "Boiler"}}
    )
    with pytest.raises(PeerFormatError, match=r"maintenance_supporter\.e1"):
        maintenance_supporter.read([entry], {"e1": store}, BERLIN, NOW)


def test_values_people_and_programs_write() -> None:
    """Numbers, amounts and days that are not what they seem are refused or None."""
    assert whole("twelve") is None
    assert whole([1]) is None
    assert number("twelve") is None
    assert number({"value": 1}) is None
    assert money("1 234") == Decimal("1234.00")
    assert money("1'234") == Decimal("1234.00")
    with pytest.raises(ValueError):  # noqa: PT011 - one refusal for all of them
        money("1.234 567")  # a decimal dot, then a group: no amount
    assert day("2024-02-30") is None
    plan = Plan("test", 1)
    assert done_at("2025-03-02T00:00:00+00:00", plan, "Task", BERLIN, NOW) is None
    assert done_at("2025-03-01T10:00:00+00:00", plan, "Task", BERLIN, NOW) == datetime(
        2025, 3, 1, 10, tzinfo=UTC
    )
    assert problems(plan) == {("Task", "future", "2025-03-02T00:00:00+00:00")}


# haven.import_from against this Home Assistant


def write_home_keeper(hass: HomeAssistant, data: dict[str, Any]) -> Path:
    """Write Home Keeper's store file with these tasks and assets; return its path."""
    storage = Path(hass.config.path(".storage"))
    storage.mkdir(exist_ok=True)
    path = storage / "home_keeper"
    path.write_text(json.dumps({"version": 1, "key": "home_keeper", "data": data}))
    return path


async def test_an_unreadable_store_file_is_refused(
    hass: HomeAssistant, home: MockConfigEntry
) -> None:
    """Home Keeper's store is not a file that can be read: refused, nothing written."""
    Path(hass.config.path(".storage", "home_keeper")).mkdir(parents=True)
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await import_from(hass, home, "home_keeper")
    assert err.value.translation_key == "import_peer_damaged"
    assert "home_keeper" in str(err.value)
    assert await db_dump(hass) == before


async def test_a_long_list_of_reasons_is_shortened_in_the_notification(
    hass: HomeAssistant, home: MockConfigEntry
) -> None:
    """45 tasks with a unit Haven lacks: the answer lists 45, the notification 40."""
    tasks = {
        f"t{n}": {
            "name": f"Task {n:02}",
            "recurrence_type": "floating",
            "unit": "hours",
        }
        for n in range(45)
    }
    write_home_keeper(hass, {"tasks": tasks, "assets": {}})
    response = await import_from(hass, home, "home_keeper")
    assert response["imported"]["tasks"] == 45
    assert len(response["not_mapped"]) == 45
    message = notification(hass, "home_keeper", home)["message"]
    assert "- Task 39: " in message
    assert "- Task 40: " not in message
    assert message.endswith("- … (+5)")


async def test_an_import_kept_as_it_was_lists_no_reasons(
    hass: HomeAssistant, home: MockConfigEntry
) -> None:
    """Everything kept as it was: the notification says what, and no reasons."""
    write_home_keeper(
        hass,
        {
            "tasks": {"t1": {"name": "Water", "unit": "days", "interval": 3}},
            "assets": {},
        },
    )
    response = await import_from(hass, home, "home_keeper")
    assert response["not_mapped"] == []
    message = notification(hass, "home_keeper", home)["message"]
    assert message == (
        "0 assets, 1 tasks, 0 supplies and 0 history entries were imported into Home."
    )
    (task,) = await db_rows(hass, Task)
    assert (task.name, task.interval_every, task.interval_unit) == ("Water", 3, "days")


async def test_what_this_home_assistant_cannot_keep_is_named(
    hass: HomeAssistant, home: MockConfigEntry
) -> None:
    """Parts Haven refuses, a meter sensor gone or too large, a person unknown.

    Two appliances in one area share one new zone; an appliance in an area that
    has a zone already goes into it.
    """
    shed = await call(
        hass,
        "create_asset",
        {"config_entry_id": home.entry_id, "name": "Shed", "zone": "Garden"},
    )
    (garden,) = await db_rows(hass, Zone)
    carol = {"who": "person.carol"}
    write_home_keeper(
        hass,
        {
            "assets": {
                "k1": {
                    "name": "Fridge",
                    "area_id": "kitchen",
                    "parts": [
                        {"id": "p1", "name": "Filter", "url": "www.example.com"},
                        {"id": "p2", "name": "Bulb", "stock": 200000},
                        {"id": "p3", "name": "Seal", "stock": 2},
                    ],
                },
                "k2": {"name": "Freezer", "area_id": "kitchen"},
                "g1": {"name": "Mower", "area_id": "garden"},
            },
            "tasks": {
                "m1": {
                    "name": "Sharpen",
                    "recurrence_type": "sensor",
                    "source": {"part": {"asset_id": "g1"}},
                    "sensor": {"entity_id": "sensor.gone_hours", "target": 25},
                },
                "m2": {
                    "name": "Change the oil",
                    "recurrence_type": "sensor",
                    "source": {"part": {"asset_id": "g1"}},
                    "sensor": {"entity_id": "sensor.mower_hours", "target": 5e6},
                    "completions": [
                        {"ts": "2025-02-01T10:00:00+01:00", **carol},
                        {"ts": "2025-02-10T10:00:00+01:00", **carol},
                    ],
                },
            },
        },
    )
    response = await import_from(hass, home, "home_keeper")
    assert response["imported"] == {
        "zones": 1,
        "assets": 3,
        "tasks": 1,
        "supplies": 1,
        "logs": 2,
    }
    mower = "Mower \u203a "
    assert reasons(response) == {
        ("Fridge: Filter", "invalid"),
        ("Fridge: Bulb", "invalid"),
        (f"{mower}Sharpen", "meter"),
        (f"{mower}Change the oil", "invalid"),
        ("person.carol", "user"),
    }
    reason = {p["item"]: p["reason"] for p in response["not_mapped"]}
    assert "www.example.com" in reason["Fridge: Filter"]
    assert "sensor.gone_hours" in reason[f"{mower}Sharpen"]
    assets = await by_name(hass, Asset)
    zones = {zone.area_id: zone.id for zone in await db_rows(hass, Zone)}
    assert assets["Fridge"].zone_id == assets["Freezer"].zone_id == zones["kitchen"]
    assert assets["Mower"].zone_id == garden.id == assets["Shed"].zone_id
    assert shed["asset_id"] == assets["Shed"].id
    (sharpen,) = await db_rows(hass, Task)
    assert (sharpen.name, sharpen.schedule_kind, sharpen.meter_entity_id) == (
        "Sharpen",
        "once",
        None,
    )
    assert [s.name for s in await db_rows(hass, Supply)] == ["Seal"]
    # The oil changes stay as the mower's history, with no task and no person.
    logs = await db_rows(hass, Log)
    assert {(log.action, log.asset_id, log.task_id, log.user_id) for log in logs} == {
        ("Change the oil", assets["Mower"].id, None, None)
    }


async def test_a_database_fault_imports_nothing(
    hass: HomeAssistant, home: MockConfigEntry, hass_admin_user: User
) -> None:
    """The history table is gone: a translated error, no record and no new device."""
    install(hass, "home_keeper", hass_admin_user.id)
    devices = dr.async_get(hass)
    before = len(dr.async_entries_for_config_entry(devices, home.entry_id))
    await run_sql(hass, "DROP TABLE haven_log")
    with pytest.raises(HomeAssistantError) as err:
        await import_from(hass, home, "home_keeper")
    assert err.value.translation_key == "database_error"
    assert len(dr.async_entries_for_config_entry(devices, home.entry_id)) == before
    assert await db_rows(hass, Asset) == []
    assert await db_rows(hass, Task) == []
    assert await db_rows(hass, Zone) == []
    assert notification(hass, "home_keeper", home) is None


async def test_an_unknown_source_is_refused(
    hass: HomeAssistant, home: MockConfigEntry
) -> None:
    """Called without the action's checks, an unknown source is still refused."""
    with pytest.raises(ServiceValidationError) as err:
        await async_import_from(hass, home, "grocy", dry_run=True)
    assert err.value.translation_key == "import_unknown_source"
    assert "home_keeper" in str(err.value)


# haven.import: the property it goes into, the zones it brings


def kept_copy(hass: HomeAssistant, entry: MockConfigEntry, name: str) -> Path:
    """Copy a property's export beside it (where files may always be imported)."""
    path = export_file(hass, entry)
    kept = path.with_name(name)
    shutil.copyfile(path, kept)
    return kept


async def test_restore_into_an_unknown_property_is_refused(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A config entry id that is no property: refused, nothing changed."""
    await fill(hass, entry)
    kept = kept_copy(hass, entry, "kept.json")
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass, "import", {"file_path": str(kept), "config_entry_id": "not-there"}
        )
    assert err.value.translation_key in {"unknown_property", "unknown_config_entry"}
    assert await db_dump(hass) == before


async def test_restore_into_an_unloaded_property_with_records_is_refused(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Not loaded, its records are still counted: refused, naming them."""
    await fill(hass, entry)
    kept = kept_copy(hass, entry, "kept.json")
    assert await hass.config_entries.async_unload(entry.entry_id)
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "import", {"file_path": str(kept)})
    assert err.value.translation_key == "import_property_not_empty"
    assert "asset: 1" in str(err.value)
    assert await db_dump(hass) == before
    assert len(hass.config_entries.async_entries(DOMAIN)) == 1


async def test_restore_into_a_property_whose_records_are_missing(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Database reset, export damaged: a copy the person kept brings it all back."""
    asset = await fill(hass, entry)
    kept = kept_copy(hass, entry, "kept.json")
    await damage_and_reset(hass, entry)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    assert issue(hass, f"export_damaged_{entry.entry_id}") is not None
    answer = await call(
        hass, "import", {"file_path": str(kept), "config_entry_id": entry.entry_id}
    )
    assert answer["config_entry_id"] == entry.entry_id
    assert entry.state is ConfigEntryState.LOADED
    assert [a.id for a in await db_rows(hass, Asset)] == [asset["asset_id"]]
    assert issue(hass, f"export_damaged_{entry.entry_id}") is None
    assert json.loads(export_file(hass, entry).read_text())["tables"]["haven_asset"]


def add_zones(zones: list[dict[str, Any]]) -> Any:
    """Return an edit that gives an export's property these zones too."""

    def change(data: dict[str, Any]) -> None:
        property_id = data["tables"]["haven_property"][0]["id"]
        data["tables"]["haven_zone"] += [
            {"id": str(uuid.uuid4()), "property_id": property_id, **zone}
            for zone in zones
        ]

    return change


async def test_a_copy_places_zones_in_the_areas_here(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """An area found by its name; two zones of one area; a zone with no area."""
    await fill(hass, entry)
    cellar = ar.async_get(hass).async_create("Cellar")
    kept = kept_copy(hass, entry, "zones.json")
    _edit(
        kept,
        add_zones(
            [
                {"area_id": "cellar_elsewhere", "name": "Cellar"},
                {"area_id": cellar.id, "name": "Wine cellar"},
                {"area_id": None, "name": "Shed"},
            ]
        ),
    )
    areas = len(ar.async_get(hass).areas)
    answer = await call(
        hass, "import", {"file_path": str(kept), "mode": "copy", "name": "Copy"}
    )
    zones = {
        zone.name: zone.area_id
        for zone in await db_rows(hass, Zone)
        if zone.property_id == answer["property_id"]
    }
    assert zones == {"Cellar": cellar.id, "Wine cellar": None, "Shed": None}
    assert len(ar.async_get(hass).areas) == areas


async def test_a_failed_restore_takes_back_the_areas_it_made(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Restored beside the original (ids in use): refused, the new area removed."""
    await fill(hass, entry)
    cabin = await setup_property(hass, "Cabin")
    kept = kept_copy(hass, entry, "attic.json")
    _edit(kept, add_zones([{"area_id": "attic_elsewhere", "name": "Attic"}]))
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass, "import", {"file_path": str(kept), "config_entry_id": cabin.entry_id}
        )
    assert err.value.translation_key == "import_id_clash"
    assert ar.async_get(hass).async_get_area_by_name("Attic") is None
    assert await db_dump(hass) == before
    assert cabin.state is ConfigEntryState.LOADED


async def test_a_copy_the_config_flow_refuses_creates_nothing(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """An address longer than a property may have: refused, no new property."""
    await fill(hass, entry)
    kept = kept_copy(hass, entry, "address.json")
    _edit(
        kept, lambda data: data["tables"]["haven_property"][0].update(address="x" * 600)
    )
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass, "import", {"file_path": str(kept), "mode": "copy", "name": "Copy"}
        )
    assert err.value.translation_key == "import_property_failed"
    assert "Copy" in str(err.value)
    assert [e.title for e in hass.config_entries.async_entries(DOMAIN)] == ["Home"]
    assert hass.config_entries.flow.async_progress() == []
    assert await db_dump(hass) == before


async def test_a_path_that_cannot_be_a_file_is_refused(
    recorder_mock: Recorder, hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A path with a NUL character is no file anywhere: refused as not allowed."""
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "import", {"file_path": "haven/exports/a\x00b.json"})
    assert err.value.translation_key == "path_not_allowed"


async def test_a_copy_failing_in_the_database_takes_everything_back(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The documents table is gone: the new property, its files, its area all go."""
    filled = await fill_every_kind(hass, entry)
    kept = filled["path"].with_name("kept.json")
    shutil.copyfile(filled["path"], kept)
    _edit(kept, add_zones([{"area_id": "attic_elsewhere", "name": "Attic"}]))
    files = Path(hass.config.path("haven"))
    folders = sorted(p.name for p in files.iterdir())
    assets = {asset.id for asset in await db_rows(hass, Asset)}
    await run_sql(hass, "DROP TABLE haven_document")
    with pytest.raises(HomeAssistantError) as err:
        await call(
            hass, "import", {"file_path": str(kept), "mode": "copy", "name": "Copy"}
        )
    assert err.value.translation_key == "database_error"
    await hass.async_block_till_done()
    assert [e.title for e in hass.config_entries.async_entries(DOMAIN)] == ["Home"]
    assert sorted(p.name for p in files.iterdir()) == folders
    assert ar.async_get(hass).async_get_area_by_name("Attic") is None
    assert {asset.id for asset in await db_rows(hass, Asset)} == assets
