"""haven.import: an export restored with its ids (on a fresh HA too) or copied anew."""

from __future__ import annotations

import json
from pathlib import Path
import shutil
from typing import Any

from homeassistant import loader
from homeassistant.auth.const import GROUP_ID_READ_ONLY, GROUP_ID_USER
from homeassistant.auth.models import User
from homeassistant.components.recorder import Recorder
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import area_registry as ar, entity_registry as er
from homeassistant.helpers.recorder import get_instance
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_test_home_assistant,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import (
    Asset,
    Base,
    Document,
    InboxItem,
    Log,
    Property,
    Supply,
    Task,
    Zone,
)

from .conftest import db_dump, db_rows, device_of, setup_property

pytestmark = pytest.mark.storage

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"


async def call(
    hass: HomeAssistant, service: str, data: dict[str, Any], **kwargs: Any
) -> Any:
    """Call a Haven action and return its answer."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True, **kwargs
    )


async def fill(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any]:
    """Give a property records of every kind; save and return its export file."""
    files = Path(hass.config.config_dir) / "files"
    files.mkdir(exist_ok=True)
    hass.config.allowlist_external_dirs = {str(files)}
    asset = await call(
        hass,
        "create_asset",
        {
            "config_entry_id": entry.entry_id,
            "name": "Furnace",
            "template": "furnace",
            "zone": "Basement",
        },
    )
    task_id = asset["task_ids"][0]
    await call(
        hass,
        "complete_task",
        {"task_id": task_id, "notes": "New filter", "cost": "19.99"},
    )
    await call(
        hass,
        "log_maintenance",
        {"asset_id": asset["asset_id"], "action": "Cleaned the vents", "cost": 5},
    )
    await call(
        hass,
        "add_supply",
        {"asset_id": asset["asset_id"], "name": "Filter", "task_id": task_id},
    )
    manual = files / "manual.pdf"
    manual.write_bytes(PDF)
    await call(
        hass,
        "attach_document",
        {"asset_id": asset["asset_id"], "file_path": str(manual)},
    )
    item = await call(
        hass,
        "capture",
        {"config_entry_id": entry.entry_id, "text": "The basement smells damp"},
    )
    await entry.runtime_data.inbox.processor.async_join()
    await call(
        hass,
        "triage_capture",
        {
            "inbox_item_id": item["inbox_item_id"],
            "outcome": "task",
            "name": "Check for damp",
            "asset_id": asset["asset_id"],
        },
    )
    export = await call(hass, "export", {"config_entry_id": entry.entry_id})
    return {"asset": asset, "task_id": task_id, "path": Path(export["path"])}


def stamp(path: Path) -> tuple[bytes, int]:
    """Return a file's bytes and modification time (the file must stay as it is)."""
    return path.read_bytes(), path.stat().st_mtime_ns


async def rows_of(hass: HomeAssistant, property_id: str) -> dict[str, list[Any]]:
    """Return a property's rows of each table."""
    found: dict[str, list[Any]] = {}
    for model in (Zone, Asset, Task, Supply, Log, Document, InboxItem):
        found[model.__tablename__] = [
            row for row in await db_rows(hass, model) if row.property_id == property_id
        ]
    return found


def area_of(hass: HomeAssistant, asset_id: str) -> str | None:
    """Return the name of the area an asset's device is in."""
    device = device_of(hass, asset_id)
    area = ar.async_get(hass).async_get_area((device.area_id if device else "") or "")
    return area.name if area else None


async def picture(
    hass: HomeAssistant, entry_id: str, property_id: str
) -> dict[str, Any]:
    """Return what must be the same after a restore: rows, due dates, entity ids."""
    return {
        "rows": {
            table: sorted((row.id, getattr(row, "updated_at", None)) for row in rows)
            for table, rows in (await rows_of(hass, property_id)).items()
        },
        "due": {t.id: t.next_due_at for t in await db_rows(hass, Task)},
        "entities": sorted(
            e.entity_id
            for e in er.async_entries_for_config_entry(er.async_get(hass), entry_id)
        ),
    }


@pytest.mark.parametrize("where", ["exports", "allowed"])
async def test_restore_on_a_fresh_home_assistant(
    async_test_recorder: Any, tmp_path: Path, where: str
) -> None:
    """An export restored on another HA: same ids, devices, entity ids and history."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    async with (
        async_test_home_assistant(config_dir=str(first)) as hass,
        async_test_recorder(hass),
    ):
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        entry = await setup_property(hass, "Home", "1 Main St")
        filled = await fill(hass, entry)
        property_id = entry.runtime_data.view.property_id
        before = await picture(hass, entry.entry_id, property_id)
        # Newer HA puts the area's name in new entity ids (basement_furnace_...).
        assert any(
            e.endswith("furnace_maintenance_overdue") for e in before["entities"]
        )
        documents = sorted((first / "haven" / property_id).rglob("*.pdf"))
        assert await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_stop()

    # The other HA has the file (and, as the README says, the property's folder).
    if where == "exports":
        source = second / "haven" / "exports" / "home-backup.json"
    else:
        source = second / "backups" / "home-backup.json"
    source.parent.mkdir(parents=True)
    shutil.copyfile(filled["path"], source)
    shutil.copytree(first / "haven" / property_id, second / "haven" / property_id)
    original = stamp(source)
    async with (
        async_test_home_assistant(config_dir=str(second)) as hass,
        async_test_recorder(hass),
    ):
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        hass.config.allowlist_external_dirs = {str(second / "backups")}
        engine = get_instance(hass).engine
        assert engine is not None
        # A fresh HA: on a server database the first HA's tables are still there.
        await get_instance(hass).async_add_executor_job(Base.metadata.drop_all, engine)
        # Haven is installed and has a property of its own (its actions are there).
        await setup_property(hass, "New house")
        response = await call(hass, "import", {"file_path": str(source)})
        assert response["mode"] == "restore"
        assert response["property_id"] == property_id
        assert response["files_missing"] == 0
        new = hass.config_entries.async_get_entry(response["config_entry_id"])
        assert new is not None
        assert new.state is ConfigEntryState.LOADED
        assert (new.title, new.data["address"]) == ("Home", "1 Main St")
        assert new.runtime_data.view.property_id == property_id
        assert await picture(hass, new.entry_id, property_id) == before
        assert response["rows"]["haven_log"] == len(before["rows"]["haven_log"])
        assert area_of(hass, filled["asset"]["asset_id"]) == "Basement"
        assert sorted((second / "haven" / property_id).rglob("*.pdf")) == [
            second / path.relative_to(first) for path in documents
        ]
        # Imported is saved: the export of the new entry holds the records.
        export = json.loads(
            (second / "haven" / "exports" / f"{new.entry_id}.json").read_text()
        )
        assert len(export["tables"]["haven_asset"]) == 1
        assert stamp(source) == original
        assert await hass.config_entries.async_unload(new.entry_id)
        await hass.async_stop()


async def test_copy_is_a_new_property_with_new_ids(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A copy: every id new, every reference consistent, files copied, it works."""
    filled = await fill(hass, entry)
    original = stamp(filled["path"])
    home = entry.runtime_data.view.property_id
    before = await db_dump(hass)
    response = await call(
        hass,
        "import",
        {"file_path": str(filled["path"]), "mode": "copy", "name": "Copy"},
    )
    copy_entry = hass.config_entries.async_get_entry(response["config_entry_id"])
    assert copy_entry is not None
    assert copy_entry.entry_id != entry.entry_id
    assert copy_entry.title == "Copy"
    assert copy_entry.state is ConfigEntryState.LOADED
    assert response["files_copied"] == 1
    copy = response["property_id"]
    assert copy != home
    mine, theirs = await rows_of(hass, home), await rows_of(hass, copy)
    for table, rows in mine.items():
        assert len(theirs[table]) == len(rows), table
    old_ids = {row.id for rows in mine.values() for row in rows} | {home}
    new_ids = {row.id for rows in theirs.values() for row in rows} | {copy}
    assert not old_ids & new_ids
    assets = {row.id for row in theirs["haven_asset"]}
    tasks = {row.id for row in theirs["haven_task"]}
    zones = {row.id for row in theirs["haven_zone"]}
    assert {row.zone_id for row in theirs["haven_asset"]} <= zones
    assert {row.asset_id for row in theirs["haven_task"]} <= assets
    assert {row.task_id for row in theirs["haven_supply"]} <= tasks
    assert {row.task_id for row in theirs["haven_log"] if row.task_id} <= tasks
    assert {row.asset_id for row in theirs["haven_document"]} <= assets
    (item,) = theirs["haven_inbox_item"]
    assert item.outcome_id in tasks
    (document,) = theirs["haven_document"]
    assert document.storage_key.startswith(f"{copy}/documents/{document.asset_id}/")
    assert (Path(hass.config.path("haven")) / document.storage_key).read_bytes() == PDF
    # The original is untouched; the copy works on its own.
    after = await db_dump(hass)
    assert {
        t: [r for r in rows if home in r or entry.entry_id in r]
        for t, rows in after.items()
    } == {
        t: [r for r in rows if home in r or entry.entry_id in r]
        for t, rows in before.items()
    }
    done_name = entry.runtime_data.view.tasks[filled["task_id"]].name
    copied_task = next(
        t for t in copy_entry.runtime_data.view.tasks.values() if t.name == done_name
    )
    done = await call(hass, "complete_task", {"task_id": copied_task.id})
    assert done["next_due_at"] is not None
    assert copied_task.id not in entry.runtime_data.view.tasks
    assert device_of(hass, next(iter(assets))) is not None
    assert stamp(filled["path"]) == original


async def test_restore_refuses_a_property_with_records(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Restoring into the property it came from, which still has its records: refused."""
    filled = await fill(hass, entry)
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "import", {"file_path": str(filled["path"])})
    assert err.value.translation_key == "import_property_not_empty"
    assert "asset: 1" in str(err.value)
    assert entry.state is ConfigEntryState.LOADED
    assert await db_dump(hass) == before
    assert len(hass.config_entries.async_entries(DOMAIN)) == 1


async def test_restore_into_an_empty_property_keeps_the_ids(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Ids in use by another property clash; once that one is gone, they restore."""
    filled = await fill(hass, entry)
    asset_id = filled["asset"]["asset_id"]
    kept = filled["path"].with_name("kept.json")
    shutil.copyfile(filled["path"], kept)
    cabin = await setup_property(hass, "Cabin")
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            "import",
            {"file_path": str(kept), "config_entry_id": cabin.entry_id},
        )
    assert err.value.translation_key == "import_id_clash"
    assert await db_dump(hass) == before
    assert cabin.state is ConfigEntryState.LOADED
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    response = await call(
        hass, "import", {"file_path": str(kept), "config_entry_id": cabin.entry_id}
    )
    assert response["config_entry_id"] == cabin.entry_id
    assert asset_id in cabin.runtime_data.view.assets
    assert filled["task_id"] in cabin.runtime_data.view.tasks
    (prop,) = await db_rows(hass, Property)
    assert (prop.config_entry_id, prop.name) == (cabin.entry_id, "Cabin")


def _older(data: dict[str, Any]) -> dict[str, Any]:
    """Make an export look written by schema version 1 (before later columns)."""
    from custom_components.haven.store.export import tables  # noqa: PLC0415
    from custom_components.haven.store.migrations import since  # noqa: PLC0415

    data["schema_version"] = 1
    for table in tables():
        if since(table) > 1:
            data["tables"].pop(table.name, None)
            continue
        for row in data["tables"].get(table.name, []):
            for column in table.columns:
                if column.info.get("since", 1) > 1:
                    row.pop(column.name, None)
    return data


async def test_an_older_export_is_copied(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A file of an older schema version imports; its newer columns take defaults."""
    filled = await fill(hass, entry)
    path = filled["path"].with_name("old.json")
    path.write_text(json.dumps(_older(json.loads(filled["path"].read_text()))))
    response = await call(
        hass, "import", {"file_path": str(path), "mode": "copy", "name": "Old"}
    )
    assert response["rows"]["haven_task"] == len(filled["asset"]["task_ids"]) + 1
    assert response["rows"]["haven_announcement"] == 0


FAULTS = {
    "half-written": lambda text: text[: len(text) // 2],
    "empty": lambda _: "",
    "newer schema": lambda text: text.replace(
        '"schema_version":', '"schema_version":99,"old_schema_version":', 1
    ),
    "bad value": lambda text: text.replace(
        '"action":"Cleaned the vents"', '"action":42'
    ),
    "missing link": lambda text: text.replace('"zone_id":"', '"zone_id":"x', 1),
    "other export version": lambda text: text.replace('"version":1', '"version":7', 1),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("mode", ["restore", "copy"])
async def test_a_damaged_file_imports_nothing(
    hass: HomeAssistant, entry: MockConfigEntry, fault: str, mode: str
) -> None:
    """Each fault: a translated refusal, no row, no new property, the file as it was."""
    filled = await fill(hass, entry)
    path = filled["path"].with_name("damaged.json")
    path.write_text(FAULTS[fault](filled["path"].read_text()))
    original = stamp(path)
    assert await hass.config_entries.async_remove(entry.entry_id)  # restore target gone
    await hass.async_block_till_done()
    before = await db_dump(hass)
    areas = len(ar.async_get(hass).areas)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "import", {"file_path": str(path), "mode": mode})
    assert err.value.translation_key in {
        "import_file_invalid",
        "import_schema_newer",
    }
    if fault == "newer schema":
        assert err.value.translation_key == "import_schema_newer"
        assert "99" in str(err.value)
    assert await db_dump(hass) == before
    assert hass.config_entries.async_entries(DOMAIN) == []
    assert len(ar.async_get(hass).areas) == areas
    assert stamp(path) == original


@pytest.mark.parametrize(
    ("file_path", "key"),
    [
        ("/etc/hostname", "path_not_allowed"),
        ("../../secrets.yaml", "path_not_allowed"),
        ("haven/exports/nothing.json", "path_not_found"),
    ],
)
async def test_a_path_outside_the_allowed_folders_is_refused(
    hass: HomeAssistant, entry: MockConfigEntry, file_path: str, key: str
) -> None:
    """Only HA's allowed folders and Haven's exports may be read."""
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "import", {"file_path": file_path})
    assert err.value.translation_key == key
    assert await db_dump(hass) == before


@pytest.mark.parametrize(
    ("group", "key"),
    [(GROUP_ID_USER, "import_admin_required"), (GROUP_ID_READ_ONLY, "read_only_user")],
)
async def test_importing_is_for_administrators(
    hass: HomeAssistant, entry: MockConfigEntry, group: str, key: str
) -> None:
    """A user who is not an administrator may not import."""
    filled = await fill(hass, entry)
    users = await hass.auth.async_get_group(group)
    assert users is not None
    user: User = MockUser(name="Kid", groups=[users]).add_to_hass(hass)
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            "import",
            {"file_path": str(filled["path"]), "mode": "copy", "name": "Mine"},
            context=Context(user_id=user.id),
        )
    assert err.value.translation_key == key
    assert await db_dump(hass) == before
    assert len(hass.config_entries.async_entries(DOMAIN)) == 1


async def test_a_clash_found_after_creating_the_property_takes_it_back(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The same file restored twice: the second property is created, then removed."""
    filled = await fill(hass, entry)
    kept = filled["path"].with_name("kept.json")
    shutil.copyfile(filled["path"], kept)
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    first = await call(hass, "import", {"file_path": str(kept)})
    before = await db_dump(hass)
    areas = sorted(ar.async_get(hass).areas)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "import", {"file_path": str(kept), "name": "Home again"})
    assert err.value.translation_key == "import_id_clash"
    await hass.async_block_till_done()
    assert [e.entry_id for e in hass.config_entries.async_entries(DOMAIN)] == [
        first["config_entry_id"]
    ]
    assert await db_dump(hass) == before
    assert sorted(ar.async_get(hass).areas) == areas


async def test_a_copy_needs_a_free_name(
    recorder_mock: Recorder, hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A copy under a name already taken is refused before anything is created."""
    filled = await fill(hass, entry)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "import", {"file_path": str(filled["path"]), "mode": "copy"})
    assert err.value.translation_key == "import_name_taken"
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            "import",
            {
                "file_path": str(filled["path"]),
                "mode": "copy",
                "config_entry_id": entry.entry_id,
            },
        )
    assert err.value.translation_key == "import_copy_is_new"
    assert len(hass.config_entries.async_entries(DOMAIN)) == 1
