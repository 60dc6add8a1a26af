"""haven.import_from: Maintenance Supporter's and Home Keeper's stored records into Haven.

The fixtures under tests/fixtures/ are stored files as those integrations write them
(see the readers' docstrings for the repository, file and commit each format was read
from), with their edge cases: a task without interval, one never done, several history
entries of several kinds, costs written as text with a decimal comma, an unknown user.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
import json
from pathlib import Path
import re
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.auth.const import GROUP_ID_USER
from homeassistant.auth.models import User
from homeassistant.components.recorder import Recorder
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import area_registry as ar
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from custom_components.haven.const import DOMAIN
from custom_components.haven.importers import plan
from custom_components.haven.store.models import Asset, Log, Supply, Task, Zone

from .conftest import db_dump, db_rows, device_of, setup_property

pytestmark = pytest.mark.storage

FIXTURES = Path(__file__).parent / "fixtures"
NOW = "2025-03-01T12:00:00+01:00"


def utc(moment: str) -> datetime:
    """Return an ISO moment as aware UTC."""
    parsed = dt_util.parse_datetime(moment)
    assert parsed is not None
    return dt_util.as_utc(parsed)


def midnight(day: str) -> datetime:
    """Return the start of a day in Berlin, as aware UTC."""
    return utc(
        f"{day}T00:00:00+01:00" if day < "2025-03-30" else f"{day}T00:00:00+02:00"
    )


@pytest.fixture
async def home(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    hass_admin_user: User,
) -> MockConfigEntry:
    """Return a property named Home in Berlin on March 1st, 2025 (a garden, a kitchen)."""
    await hass.config.async_update(time_zone="Europe/Berlin")
    freezer.move_to(NOW)
    areas = ar.async_get(hass)
    areas.async_create("Garden")
    areas.async_create("Kitchen")
    hass.states.async_set("person.alice", "home", {"user_id": hass_admin_user.id})
    hass.states.async_set("sensor.mower_hours", "112.5")
    return await setup_property(hass, "Home")


def install(hass: HomeAssistant, source: str, user_id: str) -> dict[Path, Any]:
    """Put a source's stored files in .storage; return each file's bytes and mtime."""
    storage = Path(hass.config.path(".storage"))
    storage.mkdir(exist_ok=True)
    stamps = {}
    for fixture in sorted((FIXTURES / source).iterdir()):
        if fixture.name == "entries.json":
            continue
        path = storage / fixture.name
        path.write_text(fixture.read_text().replace("{USER_ID}", user_id))
        stamps[path] = (path.read_bytes(), path.stat().st_mtime_ns)
    return stamps


def add_entries(hass: HomeAssistant, user_id: str, version: int = 1) -> None:
    """Add Maintenance Supporter's config entries (as HA keeps them; not set up)."""
    text = (FIXTURES / "maintenance_supporter" / "entries.json").read_text()
    for entry in json.loads(text.replace("{USER_ID}", user_id)):
        MockConfigEntry(
            domain="maintenance_supporter",
            entry_id=entry["entry_id"],
            version=version,
            title=entry["title"],
            unique_id=entry["unique_id"],
            data=entry["data"],
        ).add_to_hass(hass)


def untouched(stamps: dict[Path, Any]) -> bool:
    """Return whether the source's files are byte for byte, to the mtime, as they were."""
    return all(
        (path.read_bytes(), path.stat().st_mtime_ns) == stamp
        for path, stamp in stamps.items()
    )


async def import_from(
    hass: HomeAssistant, entry: MockConfigEntry, source: str, **data: Any
) -> dict[str, Any]:
    """Call haven.import_from and return its answer."""
    context = data.pop("context", None)
    response = await hass.services.async_call(
        DOMAIN,
        "import_from",
        {"config_entry_id": entry.entry_id, "source": source, **data},
        blocking=True,
        return_response=True,
        context=context,
    )
    assert response is not None
    return dict(response)


def reasons(response: dict[str, Any]) -> set[tuple[str, str]]:
    """Return the (item, code) pairs of what was not imported as it was."""
    return {(p["item"], p["code"]) for p in response["not_mapped"]}


def notification(hass: HomeAssistant, source: str, entry: MockConfigEntry) -> Any:
    """Return the import's persistent notification."""
    notifications = hass.data.get("persistent_notification", {})
    return notifications.get(f"haven_import_{source}_{entry.entry_id}")


async def by_name(hass: HomeAssistant, model: Any) -> dict[str, Any]:
    """Return a table's rows by name."""
    return {row.name: row for row in await db_rows(hass, model)}


@pytest.fixture
async def supporter(
    hass: HomeAssistant, home: MockConfigEntry, hass_admin_user: User
) -> dict[str, Any]:
    """Import Maintenance Supporter's records (a dry run first); return the answers."""
    add_entries(hass, hass_admin_user.id)
    stamps = install(hass, "maintenance_supporter", hass_admin_user.id)
    before = await db_dump(hass)
    dry = await import_from(hass, home, "maintenance_supporter", dry_run=True)
    dump = await db_dump(hass)
    response = await import_from(hass, home, "maintenance_supporter")
    return {
        "dry": dry,
        "response": response,
        "unchanged_by_dry_run": dump == before,
        "stamps": stamps,
        "user": hass_admin_user.id,
    }


async def test_maintenance_supporter_report(
    hass: HomeAssistant, home: MockConfigEntry, supporter: dict[str, Any]
) -> None:
    """A dry run writes nothing; the import answers and notifies what was not kept."""
    dry, response = supporter["dry"], supporter["response"]
    assert dry["dry_run"] is True
    assert supporter["unchanged_by_dry_run"]
    assert dry["imported"] == {
        "zones": 1,
        "assets": 3,
        "tasks": 8,
        "supplies": 0,
        "logs": 9,
    }
    assert response["imported"] == dry["imported"]
    assert response["not_mapped"] == dry["not_mapped"]
    pool = "Pool Pump \u203a "
    assert reasons(response) == {
        (f"{pool}Filter Cleaning", "history_type"),
        (f"{pool}Filter Cleaning", "bad_date"),
        (f"{pool}Filter Cleaning", "cost"),
        ("someone-who-left", "user"),
        (f"{pool}Winterize", "assignee"),
        (f"{pool}Check pressure", "trigger"),
        (f"{pool}Check pressure", "disabled"),
        (f"{pool}Old skimmer basket", "archived"),
        (f"{pool}Descale the heat exchanger", "interval"),
        ("Garden hose", "area"),
    }
    details = {(p["code"], p["reason"]) for p in response["not_mapped"]}
    left_out = "history entries that record no work were left out: "
    assert ("history_type", left_out + "reset (1)") in details
    assert ("history_type", left_out + "triggered (2)") in details
    assert any("1,234" in reason for code, reason in details if code == "cost")
    message = notification(hass, "maintenance_supporter", home)
    assert message is not None
    assert "Imported from maintenance_supporter" in message["title"]
    assert "3 assets, 8 tasks, 0 supplies and 9 history entries" in message["message"]
    assert "Garden hose" in message["message"]
    assert untouched(supporter["stamps"])


async def test_maintenance_supporter_objects(
    hass: HomeAssistant, supporter: dict[str, Any]
) -> None:
    """Objects become assets: details, zone of their area, notes, devices."""
    assets = await by_name(hass, Asset)
    assert set(assets) == {"Pool Pump", "Car", "Garden hose"}
    pump = assets["Pool Pump"]
    (zone,) = await db_rows(hass, Zone)
    assert (pump.zone_id, zone.area_id) == (zone.id, "garden")
    assert (pump.manufacturer, pump.model, pump.serial_number) == (
        "Hayward",
        "Super Pump",
        "HP-123",
    )
    assert pump.installed_on == date(2021, 5, 1)
    assert "Warranty until 2026-05-01" in (pump.notes or "")
    assert "Manual: https://example.com/pool-pump.pdf" in (pump.notes or "")
    device = device_of(hass, pump.id)
    assert device is not None
    assert device.area_id == "garden"
    assert assets["Car"].manufacturer == "\u0160koda"
    assert assets["Garden hose"].zone_id is None


async def test_maintenance_supporter_tasks(
    hass: HomeAssistant, supporter: dict[str, Any]
) -> None:
    """Intervals, anchors, last done and next due by Haven's rules."""
    tasks = await by_name(hass, Task)
    cleaning = tasks["Filter Cleaning"]
    assert (
        cleaning.schedule_kind,
        cleaning.interval_every,
        cleaning.interval_unit,
    ) == (
        "interval",
        2,
        "weeks",
    )
    assert (cleaning.anchor, cleaning.lead_days) == ("completion", 3)
    assert cleaning.assigned_user_id == supporter["user"]
    assert cleaning.last_completed_at == utc("2025-02-20T18:00:00+01:00")
    assert cleaning.next_due_at == midnight("2025-03-06")
    assert "Checklist: Pump off; Backwash 2 min; Rinse 30 s" in (cleaning.notes or "")
    winterize = tasks["Winterize"]
    assert (winterize.anchor, winterize.interval_unit) == ("fixed", "years")
    assert winterize.next_due_at == midnight("2025-10-01")
    assert winterize.assigned_user_id is None
    pressure = tasks["Check pressure"]
    assert (pressure.interval_every, pressure.interval_unit) == (30, "days")
    assert pressure.last_completed_at == midnight("2025-02-01")
    assert pressure.next_due_at == midnight("2025-03-03")
    seal = tasks["Replace shaft seal"]
    assert (seal.schedule_kind, seal.next_due_at) == ("once", None)
    assert tasks["Inspect the cover"].next_due_at == midnight("2025-04-01")
    assert tasks["Descale the heat exchanger"].schedule_kind == "once"
    assert "Old skimmer basket" not in tasks
    assert tasks["Oil change"].next_due_at == midnight("2025-05-02")
    assert tasks["Oil change"].last_completed_at == utc("2024-11-02T10:30:00+01:00")
    # Never done: Haven counts from now.
    assert tasks["Tyre swap"].last_completed_at is None
    assert tasks["Tyre swap"].next_due_at == utc("2025-09-01T00:00:00+02:00")


async def test_maintenance_supporter_history(
    hass: HomeAssistant, home: MockConfigEntry, supporter: dict[str, Any]
) -> None:
    """History: kinds, costs (text with a decimal comma too), who; nothing twice."""
    user = supporter["user"]
    tasks = await by_name(hass, Task)
    assets = await by_name(hass, Asset)
    logs = sorted(await db_rows(hass, Log), key=lambda log: log.performed_at)
    assert len(logs) == 9
    cleaning_logs = [log for log in logs if log.task_id == tasks["Filter Cleaning"].id]
    assert [(log.kind, log.cost, log.user_id) for log in cleaning_logs] == [
        ("completed", Decimal("12.50"), user),
        ("skipped", None, None),
        ("completed", Decimal("12.50"), None),
        ("completed", None, user),
    ]
    assert cleaning_logs[0].notes == "Backwash, rinse\nDuration: 20 min"
    assert cleaning_logs[3].notes == "=1+1 new sand"
    archived = [log for log in logs if log.action == "Old skimmer basket"]
    assert [(log.task_id, log.cost) for log in archived] == [
        (None, None),
        (None, Decimal("3.20")),
    ]
    assert {log.asset_id for log in archived} == {assets["Pool Pump"].id}
    oil = [log.cost for log in logs if log.action == "Oil change"]
    assert oil == [Decimal("89.90"), Decimal("1149.00")]
    # Imported again: nothing twice.
    again = await import_from(hass, home, "maintenance_supporter")
    assert again["imported"] == {
        "zones": 0,
        "assets": 0,
        "tasks": 0,
        "supplies": 0,
        "logs": 0,
    }
    assert {p["code"] for p in again["not_mapped"]} >= {"duplicate"}
    assert untouched(supporter["stamps"])


async def test_home_keeper(
    hass: HomeAssistant, home: MockConfigEntry, hass_admin_user: User
) -> None:
    """Appliances, parts, every kind of recurrence, completions and skips."""
    user = hass_admin_user.id
    stamps = install(hass, "home_keeper", user)
    response = await import_from(hass, home, "home_keeper")
    assert response["version"] == 1
    assert response["imported"] == {
        "zones": 1,
        "assets": 3,
        "tasks": 9,
        "supplies": 2,
        "logs": 7,
    }
    assert reasons(response) == {
        ("Fridge", "documents"),
        ("Lawn mower", "area"),
        ("Lawn mower", "parent"),
        ("a1000000-0000-4000-8000-000000000003", "no_name"),
        ("person.bob", "user"),
        ("Lawn mower \u203a Check the tyre pressure", "trigger"),
        ("Empty the dehumidifier", "trigger"),
        ("Clean the gutters", "disabled"),
        ("Clean the gutters", "season"),
    }
    assets = await by_name(hass, Asset)
    assert set(assets) == {"Fridge", "Lawn mower", "Appliance"}
    fridge = assets["Fridge"]
    (zone,) = await db_rows(hass, Zone)
    assert (fridge.zone_id, zone.area_id) == (zone.id, "kitchen")
    for line in (
        "Warranty until: 2027-01-01",
        "Colour: Steel",
        "Purchase price: 899",
        "Manual: https://example.com/fridge.pdf",
    ):
        assert line in (fridge.notes or "")

    tasks = await by_name(hass, Task)
    water = tasks["Replace water filter"]
    assert water.asset_id == fridge.id
    assert (water.interval_every, water.interval_unit, water.anchor) == (
        6,
        "months",
        "completion",
    )
    assert water.last_completed_at == utc("2024-12-15T09:00:00+01:00")
    assert water.next_due_at == utc("2025-06-15T00:00:00+02:00")
    seal = tasks["Clean the door seal"]
    assert (seal.interval_every, seal.interval_unit, seal.anchor) == (
        2,
        "weeks",
        "fixed",
    )
    assert seal.next_due_at == midnight("2025-03-03")
    blade = tasks["Sharpen the blade"]
    assert blade.asset_id == assets["Lawn mower"].id
    assert (blade.schedule_kind, blade.meter_entity_id, blade.meter_every) == (
        "meter",
        "sensor.mower_hours",
        25,
    )
    assert (blade.meter_baseline, blade.meter_last_value) == (100.5, 112.5)
    assert tasks["Check the tyre pressure"].schedule_kind == "once"
    plants = tasks["Water the plants"]
    assert plants.asset_id is None
    assert plants.next_due_at == midnight("2025-03-01")  # due today, as it was
    bulbs = tasks["Buy light bulbs"]
    assert (bulbs.schedule_kind, bulbs.next_due_at) == ("once", None)
    assert bulbs.last_completed_at == utc("2025-02-09T15:00:00+01:00")
    assert tasks["Call the plumber"].next_due_at == utc("2025-03-20T10:00:00+01:00")
    gutters = tasks["Clean the gutters"]
    assert gutters.next_due_at == utc("2025-10-20T00:00:00+02:00")

    supplies = await by_name(hass, Supply)
    assert (
        supplies["Water filter"].part_number,
        supplies["Water filter"].purchase_url,
        supplies["Water filter"].quantity,
        supplies["Water filter"].task_id,
    ) == ("LT1000P", "https://example.com/lt1000p", 2, water.id)
    assert supplies["Door seal"].task_id is None

    logs = sorted(await db_rows(hass, Log), key=lambda log: log.performed_at)
    water_logs = [log for log in logs if log.task_id == water.id]
    assert [(log.kind, log.cost, log.user_id, log.notes) for log in water_logs] == [
        ("completed", Decimal("39.99"), user, None),
        ("skipped", None, user, "Away"),
        ("completed", Decimal("41.50"), None, "=cmd|' /C calc'!A0"),
    ]
    (coils,) = [log for log in logs if log.action == "Clean the coils"]
    assert (coils.asset_id, coils.task_id, coils.notes) == (
        fridge.id,
        None,
        "Very dusty",
    )
    assert untouched(stamps)

    # Imported again: the appliances and house-wide tasks are there already.
    again = await import_from(hass, home, "home_keeper")
    assert again["imported"]["assets"] == again["imported"]["tasks"] == 0
    assert untouched(stamps)


def _edit(path: Path, change: Any) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


@pytest.mark.parametrize(
    ("source", "damage", "key", "shows"),
    [
        (
            "home_keeper",
            lambda storage: _edit(
                storage / "home_keeper", lambda d: d.update(version=2)
            ),
            "import_peer_version",
            "2",
        ),
        (
            "home_keeper",
            lambda storage: (storage / "home_keeper").write_text('{"version": 1, "da'),
            "import_peer_damaged",
            "home_keeper",
        ),
        (
            "home_keeper",
            lambda storage: (storage / "home_keeper").unlink(),
            "import_peer_missing",
            "home_keeper",
        ),
        (
            "maintenance_supporter",
            lambda storage: _edit(
                storage / "maintenance_supporter.01JMSCAR00000000000000000",
                lambda d: d.update(version=3),
            ),
            "import_peer_version",
            "3",
        ),
        (
            "maintenance_supporter",
            lambda storage: _edit(
                storage / "maintenance_supporter.01JMSCAR00000000000000000",
                lambda d: d["data"].update(tasks=[1, 2]),
            ),
            "import_peer_damaged",
            "maintenance_supporter",
        ),
    ],
)
async def test_unknown_or_damaged_data_imports_nothing(
    hass: HomeAssistant,
    home: MockConfigEntry,
    hass_admin_user: User,
    source: str,
    damage: Any,
    key: str,
    shows: str,
) -> None:
    """A format version Haven does not know, a damaged or missing file: refused."""
    if source == "maintenance_supporter":
        add_entries(hass, hass_admin_user.id)
    install(hass, source, hass_admin_user.id)
    storage = Path(hass.config.path(".storage"))
    damage(storage)
    stamps = {
        path: (path.read_bytes(), path.stat().st_mtime_ns)
        for path in storage.iterdir()
        if path.name.startswith(source)
    }
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await import_from(hass, home, source)
    assert err.value.translation_key == key
    assert shows in str(err.value)
    assert await db_dump(hass) == before
    assert untouched(stamps)
    assert notification(hass, source, home) is None


async def test_an_unknown_config_entry_version_is_refused(
    hass: HomeAssistant, home: MockConfigEntry, hass_admin_user: User
) -> None:
    """Maintenance Supporter's objects in config entries of a newer version: refused."""
    add_entries(hass, hass_admin_user.id, version=2)
    install(hass, "maintenance_supporter", hass_admin_user.id)
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await import_from(hass, home, "maintenance_supporter")
    assert err.value.translation_key == "import_peer_version"
    assert await db_dump(hass) == before


async def test_no_maintenance_supporter_records(
    hass: HomeAssistant, home: MockConfigEntry
) -> None:
    """Without Maintenance Supporter's objects there is nothing to import."""
    with pytest.raises(ServiceValidationError) as err:
        await import_from(hass, home, "maintenance_supporter")
    assert err.value.translation_key == "import_peer_missing"


async def test_import_from_is_for_administrators(
    hass: HomeAssistant, home: MockConfigEntry, hass_admin_user: User
) -> None:
    """A user who is not an administrator may not import; a wrong source is refused."""
    install(hass, "home_keeper", hass_admin_user.id)
    users = await hass.auth.async_get_group(GROUP_ID_USER)
    assert users is not None
    kid: User = MockUser(name="Kid", groups=[users]).add_to_hass(hass)
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await import_from(hass, home, "home_keeper", context=Context(user_id=kid.id))
    assert err.value.translation_key == "import_admin_required"
    with pytest.raises(ServiceValidationError) as err:
        await import_from(hass, home, "grocy")
    assert err.value.translation_key == "invalid_field"
    assert await db_dump(hass) == before


def test_every_refusal_and_reason_is_translated() -> None:
    """Each refusal key the import code raises and each reason code has its text."""
    package = Path(__file__).parents[1] / "custom_components" / "haven"
    texts = json.loads((package / "translations" / "en.json").read_text())
    sources = [
        package / "importing.py",
        package / "csv_export.py",
        package / "transfer_services.py",
        *sorted((package / "importers").glob("*.py")),
    ]
    keys = {
        key
        for source in sources
        for key in re.findall(r'invalid\(\s*"(\w+)"', source.read_text())
    }
    assert keys - set(texts["exceptions"]) == set()
    reasons = {f"import_reason_{code}" for code in plan.REASONS}
    assert reasons == {
        key for key in texts["common"] if key.startswith("import_reason_")
    }
