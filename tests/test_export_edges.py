"""Exports at the edges: every check that names a bad value, files that fail, copies.

An export is checked whole before a row is restored; each fault is named by table,
row and column. The files on disk fail in the ways disks fail (a folder where the
file should be, a stray file among the copies), and the copies kept for a repair
are only offered when they pass the checks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
import json
from pathlib import Path
from typing import Any
import uuid

from homeassistant.core import HomeAssistant
from homeassistant.helpers.recorder import get_instance
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy.orm import Session

from custom_components.haven.recovery import (
    async_good_copies,
    async_restore_copy,
)
from custom_components.haven.store.backups import (
    copies,
    history_folder,
    remove_all,
    set_aside,
    write_export,
)
from custom_components.haven.store.export import (
    ExportError,
    check_export,
    read_export,
    restore_property,
    tables,
)
from custom_components.haven.store.migrations import SCHEMA_VERSION
from custom_components.haven.store.models import Asset, Log

from .conftest import db_counts, db_dump, db_rows, setup_property
from .test_backups import START, export
from .test_recovery import export_file, fill, issue, start
from .test_schema import restart, run_sql

pytestmark = pytest.mark.storage

ENTRY = "entry-1"
PROPERTY, ASSET, TASK, LOG = (str(uuid.uuid4()) for _ in range(4))


def sound() -> dict[str, Any]:
    """Return a small export that passes every check: an asset, a task, a log."""
    rows: dict[str, list[dict[str, Any]]] = {table.name: [] for table in tables()}
    rows["haven_property"] = [
        {"id": PROPERTY, "config_entry_id": ENTRY, "name": "Home"}
    ]
    rows["haven_asset"] = [
        {
            "id": ASSET,
            "property_id": PROPERTY,
            "name": "Furnace",
            "installed_on": "2021-05-01",
        }
    ]
    rows["haven_task"] = [
        {
            "id": TASK,
            "property_id": PROPERTY,
            "asset_id": ASSET,
            "name": "Filter",
            "meter_every": 250,
            "rotate": False,
        }
    ]
    rows["haven_log"] = [
        {
            "id": LOG,
            "property_id": PROPERTY,
            "asset_id": ASSET,
            "action": "Cleaned",
            "performed_at": "2025-01-01T10:00:00+00:00",
            "cost": "12.50",
        }
    ]
    return {
        "version": 1,
        "schema_version": SCHEMA_VERSION,
        "exported_at": "2025-01-02T10:00:00+00:00",
        "config_entry_id": ENTRY,
        "tables": rows,
    }


def test_a_sound_export_passes() -> None:
    """The export the faults below start from passes, with its values typed."""
    checked = check_export(sound(), ENTRY)
    assert checked.property_id == PROPERTY
    assert checked.exported_at == datetime(2025, 1, 2, 10, tzinfo=UTC)
    (log,) = checked.rows["haven_log"]
    assert log["performed_at"] == datetime(2025, 1, 1, 10, tzinfo=UTC)
    assert str(log["cost"]) == "12.50"
    assert checked.rows["haven_asset"][0]["installed_on"] == date(2021, 5, 1)
    (task,) = checked.rows["haven_task"]
    assert (task["meter_every"], task["rotate"]) == (250.0, False)
    assert isinstance(task["meter_every"], float)
    data = sound()
    del data["exported_at"]
    assert check_export(data, ENTRY).exported_at is None


def _set(table: str, **values: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        data["tables"][table][0].update(values)

    return change


def _drop_id(data: dict[str, Any]) -> None:
    del data["tables"]["haven_log"][0]["id"]


FAULTS: dict[str, tuple[Any, str]] = {
    "moment not text": (
        _set("haven_log", performed_at=20250101),
        (
            f"haven_log row 1 (id {LOG}): column performed_at: 20250101 is not a "
            "date and time"
        ),
    ),
    "date not text": (
        _set("haven_asset", installed_on=20240101),
        "column installed_on: 20240101 is not a date",
    ),
    "number as text": (
        _set("haven_task", meter_every="5"),
        "column meter_every: '5' is not a number",
    ),
    "amount as a list": (
        _set("haven_log", cost=[12]),
        "column cost: [12] is not an amount",
    ),
    "amount too large": (
        _set("haven_log", cost="1e12"),
        "column cost: '1e12' is not an amount Haven can hold",
    ),
    "yes for true": (
        _set("haven_task", rotate="yes"),
        "column rotate: 'yes' is not true or false",
    ),
    "id a number": (
        _set("haven_log", id=5),
        "haven_log row 1: column id: 5 is not text",
    ),
    "id missing": (_drop_id, "haven_log row 1: column id is missing"),
    "another property's row": (
        _set("haven_asset", property_id=str(uuid.uuid4())),
        f"haven_asset row 1 (id {ASSET}): belongs to another property",
    ),
    "schema version as text": (
        lambda data: data.update(schema_version="7"),
        "schema version '7' is not valid",
    ),
    "no property": (
        lambda data: data["tables"].update(haven_property=[]),
        "it must hold exactly this one property",
    ),
    "exported_at not a moment": (
        lambda data: data.update(exported_at="yesterday"),
        "exported_at is not a date and time",
    ),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_each_fault_is_named(fault: str) -> None:
    """Each fault is refused, the message naming where and what."""
    damage, message = FAULTS[fault]
    data = sound()
    damage(data)
    with pytest.raises(ExportError) as err:
        check_export(data, ENTRY)
    assert message in str(err.value)


def test_an_export_that_is_a_folder_cannot_be_read(tmp_path: Path) -> None:
    """A folder where the export should be: refused as unreadable, not as missing."""
    path = tmp_path / f"{ENTRY}.json"
    path.mkdir()
    with pytest.raises(ExportError, match="the file cannot be read"):
        read_export(path, ENTRY)
    assert read_export(tmp_path / "other.json", ENTRY) is None


# The files on disk


def test_a_failed_write_leaves_the_old_state(tmp_path: Path) -> None:
    """A folder in the export's place: the save fails and leaves no temporary file."""
    path = tmp_path / "entry.json"
    (path / "inside").mkdir(parents=True)
    with pytest.raises(OSError):  # noqa: PT011 - the operating system's own error
        write_export(path, export(), START)
    assert (path / "inside").is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["entry.json"]


def test_a_file_that_is_no_export_may_be_replaced(tmp_path: Path) -> None:
    """JSON that is not an export holds no records: an empty export may replace it."""
    path = tmp_path / "entry.json"
    path.write_text("[1, 2, 3]")
    write_export(path, export(0), START)
    assert json.loads(path.read_text()) == export(0)


def test_stray_files_among_the_copies_are_left_alone(tmp_path: Path) -> None:
    """A file not named like a copy is neither listed nor pruned."""
    path = tmp_path / "entry.json"
    write_export(path, export(), START)
    stray = history_folder(path) / "notes.json"
    stray.write_text("mine")
    for hours in range(1, 12):
        write_export(path, export(), START + timedelta(hours=hours))
    assert stray.name not in {copy.name for _, copy in copies(path)}
    assert len(copies(path)) == 5
    assert stray.read_text() == "mine"


def test_set_aside_and_remove_all_without_an_export(tmp_path: Path) -> None:
    """No export: nothing is set aside; stray temporary files go with the rest."""
    path = tmp_path / "entry.json"
    set_aside(path, START)
    assert list(tmp_path.iterdir()) == []
    write_export(path, export(), START)
    stray = tmp_path / ".entry.json.4242.tmp"
    stray.write_text("{half")
    remove_all(path)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


# Against the database and the repair's copies


async def test_rows_already_there_are_not_restored_again(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Restoring a property's own export over its rows inserts and changes nothing."""
    await fill(hass, entry)
    checked = read_export(export_file(hass, entry), entry.entry_id)
    assert checked is not None
    before = await db_dump(hass)
    engine = get_instance(hass).engine

    def _restore() -> int:
        with Session(engine) as session, session.begin():
            return restore_property(session, checked)

    assert await get_instance(hass).async_add_executor_job(_restore) == 0
    assert await db_dump(hass) == before


async def test_only_copies_that_pass_are_offered(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A damaged copy among the kept ones is not offered; a vanished one is refused."""
    await fill(hass, entry)
    path = export_file(hass, entry)
    ((_, good),) = copies(path)
    damaged = history_folder(path) / "20990101T000000000000Z.json"
    damaged.write_text(good.read_text()[:100])
    assert [copy.path for copy in await async_good_copies(hass, entry.entry_id)] == [
        good
    ]
    before = await db_dump(hass)
    with pytest.raises(ExportError, match="the copy is gone"):
        await async_restore_copy(hass, entry.entry_id, good.with_name("gone.json"))
    assert await db_dump(hass) == before


async def test_a_refill_the_database_refuses_loads_without_it(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A dropped table; the export names a row id another property holds.

    The other property refills first; this one loads with its other records and a
    repair issue says the table stays empty, why; the other's history is untouched.
    """
    asset = await fill(hass, entry)
    cabin = await setup_property(hass, "Cabin")
    await fill(hass, cabin)
    logs = {log.property_id: log.id for log in await db_rows(hass, Log)}
    cabin_log = logs[cabin.runtime_data.view.property_id]
    path = export_file(hass, entry)
    data = json.loads(path.read_text())
    data["tables"]["haven_log"][0]["id"] = cabin_log
    path.write_text(json.dumps(data))
    await restart(hass, entry, cabin)
    await run_sql(hass, "DROP TABLE haven_log")

    assert await start(hass, cabin)
    assert await start(hass, entry)
    assert asset["asset_id"] in entry.runtime_data.view.assets
    assert {a.id for a in await db_rows(hass, Asset)} >= {asset["asset_id"]}
    assert [log.id for log in await db_rows(hass, Log)] == [cabin_log]
    found = issue(hass, f"refill_failed_{entry.entry_id}")
    assert found is not None
    assert found.translation_placeholders is not None
    assert found.translation_placeholders["tables"] == "haven_log"
    assert "could not be written" in found.translation_placeholders["reason"]


async def test_missing_records_the_database_refuses_to_restore(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Records lost, the export names a row id another property holds.

    Nothing is guessed: the property is not loaded, the repair issue names why,
    and the other property's history is untouched.
    """
    await fill(hass, entry)
    cabin = await setup_property(hass, "Cabin")
    await fill(hass, cabin)
    logs = {log.property_id: log.id for log in await db_rows(hass, Log)}
    cabin_log = logs[cabin.runtime_data.view.property_id]
    assert await hass.config_entries.async_unload(entry.entry_id)
    await cabin.runtime_data.commands.repository.async_delete_property(entry.entry_id)
    path = export_file(hass, entry)
    data = json.loads(path.read_text())
    data["tables"]["haven_log"][0]["id"] = cabin_log
    path.write_text(json.dumps(data))
    kept = path.read_bytes()

    assert not await start(hass, entry)
    found = issue(hass, f"export_damaged_{entry.entry_id}")
    assert found is not None
    assert found.translation_placeholders is not None
    assert "could not be written" in found.translation_placeholders["reason"]
    counts = await db_counts(hass)
    assert (counts["haven_property"], counts["haven_asset"]) == (1, 1)
    assert [log.id for log in await db_rows(hass, Log)] == [cabin_log]
    assert path.read_bytes() == kept
