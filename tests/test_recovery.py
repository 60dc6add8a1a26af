"""A damaged export never wipes a property: kept copies, a repair issue, a choice."""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.recorder import get_instance
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.backups import copies
from custom_components.haven.store.models import (
    Asset,
    Base,
    Log,
    Property,
    Supply,
    Task,
    Zone,
)
from custom_components.haven.store.repository import DATA_REPOSITORY

from .conftest import db_counts, db_rows, device_of, setup_property

pytestmark = pytest.mark.storage


def export_file(hass: HomeAssistant, entry: MockConfigEntry) -> Path:
    """Return where a property's export is kept."""
    return Path(hass.config.path("haven", "exports", f"{entry.entry_id}.json"))


async def fill(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any]:
    """Give a property an asset with tasks and a log entry; save its export."""
    asset = await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Furnace", "template": "furnace"},
        blocking=True,
        return_response=True,
    )
    assert asset is not None
    await hass.services.async_call(
        DOMAIN,
        "log_maintenance",
        {"asset_id": asset["asset_id"], "action": "Cleaned", "cost": "12.50"},
        blocking=True,
        return_response=True,
    )
    await hass.services.async_call(
        DOMAIN,
        "export",
        {"config_entry_id": entry.entry_id},
        blocking=True,
        return_response=True,
    )
    return asset


async def reset_database(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Unload the property, drop Haven's tables, forget the opened repository.

    The next set-up then goes the way of a start after the user reset the database.
    """
    if entry.state is ConfigEntryState.LOADED:
        assert await hass.config_entries.async_unload(entry.entry_id)
    engine = get_instance(hass).engine
    assert engine is not None
    await get_instance(hass).async_add_executor_job(Base.metadata.drop_all, engine)
    hass.data.pop(DATA_REPOSITORY, None)


async def start(hass: HomeAssistant, entry: MockConfigEntry) -> bool:
    """Set the property up again; return whether it loaded."""
    result = await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return result


def issue(hass: HomeAssistant, issue_id: str) -> ir.IssueEntry | None:
    """Return one of Haven's repair issues."""
    return ir.async_get(hass).async_get_issue(DOMAIN, issue_id)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: text[: len(text) // 2], id="truncated"),
        pytest.param(lambda _: "", id="empty"),
        pytest.param(lambda _: "[1, 2, 3]", id="not-an-object"),
        pytest.param(
            lambda text: text.replace('"action":"Cleaned"', '"action":42'),
            id="bad-value",
        ),
    ],
)
async def test_damaged_export_is_not_ignored(
    hass: HomeAssistant, entry: MockConfigEntry, damage: Any
) -> None:
    """The database is reset and the export is damaged: the property is left alone.

    It is not loaded, a repair issue explains the choice, the devices stay and the
    damaged export is not overwritten (by an empty property's export, say).
    """
    asset = await fill(hass, entry)
    path = export_file(hass, entry)
    path.write_text(damage(path.read_text()))
    damaged = path.read_bytes()
    await reset_database(hass, entry)

    assert not await start(hass, entry)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    found = issue(hass, f"export_damaged_{entry.entry_id}")
    assert found is not None
    assert found.is_fixable
    assert device_of(hass, asset["asset_id"]) is not None
    assert path.read_bytes() == damaged
    counts = await db_counts(hass)
    assert counts["haven_property"] == 0


async def repair_flows(hass: HomeAssistant) -> Any:
    """Return HA's repairs flow manager."""
    assert await async_setup_component(hass, "repairs", {})
    await hass.async_block_till_done()
    return hass.data["repairs"]["flow_manager"]


async def damage_and_reset(hass: HomeAssistant, entry: MockConfigEntry) -> bytes:
    """Truncate the export, reset the database, start: the property stays unloaded."""
    path = export_file(hass, entry)
    text = path.read_text()
    path.write_text(text[: len(text) // 3])
    await reset_database(hass, entry)
    assert not await start(hass, entry)
    return path.read_bytes()


async def test_restore_an_older_copy(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """The repair lists the kept copies by date with what they hold; one is restored.

    The restore brings back every record with its id, loads the property, sets the
    damaged export aside, and clears the issue.
    """
    asset = await fill(hass, entry)
    freezer.tick(timedelta(hours=1))
    await hass.services.async_call(
        DOMAIN,
        "log_maintenance",
        {"asset_id": asset["asset_id"], "action": "Filter changed"},
        blocking=True,
        return_response=True,
    )
    await hass.services.async_call(
        DOMAIN, "export", {"config_entry_id": entry.entry_id}, blocking=True
    )
    before = {t.id for t in await db_rows(hass, Task)}
    damaged = await damage_and_reset(hass, entry)

    flows = await repair_flows(hass)
    issue_id = f"export_damaged_{entry.entry_id}"
    flow = await flows.async_init(DOMAIN, data={"issue_id": issue_id})
    assert flow["type"] == "menu"
    assert flow["menu_options"] == ["restore", "start_empty"]
    assert "not complete JSON" in flow["description_placeholders"]["reason"]
    form = await flows.async_configure(flow["flow_id"], {"next_step_id": "restore"})
    assert form["type"] == "form"
    options = form["data_schema"].schema["copy"].config["options"]
    labels = [option["label"] for option in options]
    # Newest first: the last save holds two log entries, the one before one.
    assert len(labels) == 2
    assert labels[0].endswith("— 1 asset, 4 tasks, 1 supply, 2 log entries")
    assert labels[1].endswith("1 log entry")
    done = await flows.async_configure(flow["flow_id"], {"copy": options[0]["value"]})
    assert done["type"] == "create_entry"
    await hass.async_block_till_done()

    assert entry.state is ConfigEntryState.LOADED
    assert {t.id for t in await db_rows(hass, Task)} == before
    assert len(await db_rows(hass, Log)) == 2
    assert device_of(hass, asset["asset_id"]) is not None
    assert issue(hass, issue_id) is None
    path = export_file(hass, entry)
    assert (
        json.loads(path.read_text())["tables"]["haven_asset"][0]["id"]
        == (asset["asset_id"])
    )
    aside = list((path.parent / "history" / entry.entry_id).glob("*.damaged"))
    assert [p.read_bytes() for p in aside] == [damaged]


async def test_start_empty_on_purpose(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Starting empty is a confirmed choice; then the empty export may be saved."""
    asset = await fill(hass, entry)
    await damage_and_reset(hass, entry)
    flows = await repair_flows(hass)
    flow = await flows.async_init(
        DOMAIN, data={"issue_id": f"export_damaged_{entry.entry_id}"}
    )
    form = await flows.async_configure(flow["flow_id"], {"next_step_id": "start_empty"})
    assert form["type"] == "form"
    assert entry.state is ConfigEntryState.SETUP_ERROR
    done = await flows.async_configure(flow["flow_id"], {})
    assert done["type"] == "create_entry"
    await hass.async_block_till_done()

    assert entry.state is ConfigEntryState.LOADED
    assert entry.runtime_data.view.assets == {}
    assert device_of(hass, asset["asset_id"]) is None
    await hass.services.async_call(
        DOMAIN, "export", {"config_entry_id": entry.entry_id}, blocking=True
    )
    data = json.loads(export_file(hass, entry).read_text())
    assert data["tables"]["haven_asset"] == []


async def test_restore_is_all_or_nothing(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A copy the database refuses half-way restores nothing, and says so."""
    await fill(hass, entry)
    cabin = await setup_property(hass, "Cabin")
    cabin_asset = await fill(hass, cabin)
    cabin_log = await hass.services.async_call(
        DOMAIN,
        "get_history",
        {"asset_id": cabin_asset["asset_id"]},
        blocking=True,
        return_response=True,
    )
    await damage_and_reset_keeping(hass, entry, cabin)
    # The copy is well formed, but its log entry has the id of one of the Cabin's.
    path = export_file(hass, entry)
    [(_, copy)] = copies(path)
    data = json.loads(copy.read_text())
    data["tables"]["haven_log"][0]["id"] = cabin_log["logs"][0]["log_id"]  # type: ignore[index]
    copy.write_text(json.dumps(data))
    damaged = path.read_bytes()

    flows = await repair_flows(hass)
    flow = await flows.async_init(
        DOMAIN, data={"issue_id": f"export_damaged_{entry.entry_id}"}
    )
    form = await flows.async_configure(flow["flow_id"], {"next_step_id": "restore"})
    options = form["data_schema"].schema["copy"].config["options"]
    result = await flows.async_configure(flow["flow_id"], {"copy": options[0]["value"]})
    assert result["type"] == "form"
    assert result["errors"] == {"base": "restore_failed"}
    assert (
        "could not be written to the database"
        in (result["description_placeholders"]["error"])
    )
    assert entry.state is ConfigEntryState.SETUP_ERROR
    counts = await db_counts(hass)
    assert counts["haven_property"] == 1  # the Cabin only
    assert counts["haven_asset"] == 1
    assert path.read_bytes() == damaged
    assert not list(path.parent.glob(".*.tmp"))


async def damage_and_reset_keeping(
    hass: HomeAssistant, entry: MockConfigEntry, other: MockConfigEntry
) -> None:
    """Lose one property's records only (the other stays loaded), damage its export."""
    assert await hass.config_entries.async_unload(entry.entry_id)
    property_id = await get_instance(hass).async_add_executor_job(
        _property_id, hass, entry.entry_id
    )
    repository = other.runtime_data.commands.repository
    await repository.async_delete_property(entry.entry_id)
    assert property_id
    path = export_file(hass, entry)
    path.write_text(path.read_text()[:100])
    assert not await start(hass, entry)


def _property_id(hass: HomeAssistant, entry_id: str) -> str | None:
    with Session(get_instance(hass).engine) as session:
        return session.scalar(
            select(Property.id).where(Property.config_entry_id == entry_id)
        )


async def test_empty_property_never_replaces_a_full_export(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Records gone behind Haven's back: the export holding them is kept.

    Removing records on purpose lets the export follow.
    """
    asset = await fill(hass, entry)
    saved = export_file(hass, entry).read_bytes()
    assert await hass.config_entries.async_unload(entry.entry_id)
    await get_instance(hass).async_add_executor_job(_empty_tables, hass)
    assert await start(hass, entry)
    with pytest.raises(HomeAssistantError) as err:
        await hass.services.async_call(
            DOMAIN, "export", {"config_entry_id": entry.entry_id}, blocking=True
        )
    assert err.value.translation_key == "export_would_empty"
    assert "kept rather than replaced" in str(err.value)
    assert export_file(hass, entry).read_bytes() == saved
    # On purpose: the property's last asset is removed (here: one made again).
    await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Shed"},
        blocking=True,
        return_response=True,
    )
    shed = next(iter(entry.runtime_data.view.assets))
    await hass.services.async_call(
        DOMAIN, "remove_asset", {"asset_id": shed}, blocking=True
    )
    await hass.services.async_call(
        DOMAIN, "export", {"config_entry_id": entry.entry_id}, blocking=True
    )
    data = json.loads(export_file(hass, entry).read_text())
    assert data["tables"]["haven_asset"] == []
    assert asset["asset_id"] not in entry.runtime_data.view.assets


def _empty_tables(hass: HomeAssistant) -> None:
    with Session(get_instance(hass).engine) as session, session.begin():
        for model in (Supply, Task, Log, Asset, Zone):
            session.execute(delete(model))


async def test_removed_property_leaves_no_files(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Removing a property (even one not loaded) deletes its export, copies, files."""
    await fill(hass, entry)
    property_id = entry.runtime_data.view.property_id
    files = Path(hass.config.path("haven", property_id, "captures"))
    files.mkdir(parents=True)
    (files / "x.jpg").write_bytes(b"x")
    await damage_and_reset(hass, entry)
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    haven = Path(hass.config.path("haven"))
    assert [p for p in haven.rglob("*") if p.is_file()] == []
    assert issue(hass, f"export_damaged_{entry.entry_id}") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=2), "export version 2 is not known"),
        (lambda d: d.update(schema_version=99), "written by a newer Haven"),
        (lambda d: d.update(config_entry_id="other"), "belongs to another property"),
        (lambda d: d.pop("tables"), "holds no tables"),
        (lambda d: d["tables"].update(haven_x=[]), "table haven_x is not known"),
        (lambda d: d["tables"].pop("haven_log"), "table haven_log is missing"),
        (
            lambda d: d["tables"]["haven_log"][0].update(cost="abc"),
            "haven_log row 1 (id {log}): column cost: 'abc' is not an amount",
        ),
        (
            lambda d: d["tables"]["haven_log"][0].update(performed_at="2026-13-01"),
            "haven_log row 1 (id {log}): column performed_at: month must be in 1..12",
        ),
        (
            lambda d: d["tables"]["haven_log"][0].update(performed_at="2026-01-01"),
            (
                "haven_log row 1 (id {log}): column performed_at: '2026-01-01' has "
                "no time zone"
            ),
        ),
        (
            lambda d: d["tables"]["haven_log"][0].update(colour="red"),
            "haven_log row 1 (id {log}): column colour is not known",
        ),
        (
            lambda d: d["tables"]["haven_log"][0].pop("action"),
            "haven_log row 1 (id {log}): column action is missing",
        ),
        (
            lambda d: d["tables"]["haven_log"][0].update(action=None),
            "haven_log row 1 (id {log}): column action must have a value",
        ),
        (
            lambda d: d["tables"]["haven_log"][0].update(asset_id="nowhere"),
            (
                "haven_log row 1 (id {log}): column asset_id names a missing "
                "haven_asset record (nowhere)"
            ),
        ),
        (
            lambda d: d["tables"]["haven_task"][0].update(priority=True),
            "haven_task row 1 (id {task}): column priority: True is not a whole number",
        ),
        (
            lambda d: d["tables"]["haven_task"][0].update(meter_every=1e400),
            "column meter_every: inf is not a finite number",
        ),
        (
            lambda d: d["tables"]["haven_task"].append(d["tables"]["haven_task"][0]),
            "id {task} repeats",
        ),
        (
            lambda d: d["tables"]["haven_task"][0].update(name="x" * 300),
            "column name: the text is longer than 255 characters",
        ),
        (lambda d: d["tables"].update(haven_task={}), "is not a list of rows"),
        (lambda d: d["tables"]["haven_task"].append(3), "haven_task row 5 is not"),
    ],
)
async def test_one_bad_value_is_named(
    hass: HomeAssistant, entry: MockConfigEntry, change: Any, message: str
) -> None:
    """Every check of an export says where and what, in the repair issue."""
    await fill(hass, entry)
    path = export_file(hass, entry)
    data = json.loads(path.read_text())
    ids = {
        "log": data["tables"]["haven_log"][0]["id"],
        "task": data["tables"]["haven_task"][0]["id"],
    }
    change(data)
    await reset_database(hass, entry)
    path.write_text(json.dumps(data))
    assert not await start(hass, entry)
    found = issue(hass, f"export_damaged_{entry.entry_id}")
    assert found is not None
    assert found.translation_placeholders is not None
    assert message.format(**ids) in found.translation_placeholders["reason"]
    assert (await db_counts(hass))["haven_property"] == 0
