"""The export beside the database, and restoring from it after a database reset."""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant import loader
from homeassistant.core import HomeAssistant
from homeassistant.helpers.recorder import get_instance
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_test_home_assistant,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Asset, Base, Log, Task

from .conftest import db_rows, device_of, setup_property

pytestmark = pytest.mark.storage


def exported(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any] | None:
    """Read a property's export file, None when there is none."""
    path = Path(hass.config.path("haven", "exports", f"{entry.entry_id}.json"))
    return json.loads(path.read_text()) if path.exists() else None


async def test_export_follows_writes(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """A minute after the last change the export holds it; the action writes at once."""
    assert exported(hass, entry) is None
    asset = await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Furnace", "template": "furnace"},
        blocking=True,
        return_response=True,
    )
    freezer.tick(timedelta(seconds=30))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert await hass.async_add_executor_job(exported, hass, entry) is None

    freezer.tick(timedelta(seconds=31))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    data = await hass.async_add_executor_job(exported, hass, entry)
    assert data is not None
    assert [a["id"] for a in data["tables"]["haven_asset"]] == [asset["asset_id"]]  # type: ignore[index]
    assert len(data["tables"]["haven_task"]) == len(asset["task_ids"])  # type: ignore[index,arg-type]

    await hass.services.async_call(
        DOMAIN,
        "log_maintenance",
        {"asset_id": asset["asset_id"], "action": "Cleaned", "cost": "12.50"},  # type: ignore[index]
        blocking=True,
        return_response=True,
    )
    response = await hass.services.async_call(
        DOMAIN,
        "export",
        {"config_entry_id": entry.entry_id},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    assert response["rows"]["haven_log"] == 1  # type: ignore[index]
    data = await hass.async_add_executor_job(exported, hass, entry)
    assert data is not None
    assert data["tables"]["haven_log"][0]["cost"] == "12.50"


@pytest.mark.parametrize("persistent_database", [True])
async def test_restore_after_database_reset(
    async_test_recorder: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The recorder's database is deleted; Haven comes back with every record and id."""
    async with (
        async_test_home_assistant(config_dir=str(tmp_path)) as hass,
        async_test_recorder(hass),
    ):
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        entry = await setup_property(hass, "Home", "1 Main St")
        asset = await hass.services.async_call(
            DOMAIN,
            "create_asset",
            {
                "config_entry_id": entry.entry_id,
                "name": "Furnace",
                "template": "furnace",
            },
            blocking=True,
            return_response=True,
        )
        task_id = asset["task_ids"][0]  # type: ignore[index]
        await hass.services.async_call(
            DOMAIN,
            "complete_task",
            {"task_id": task_id, "notes": "First filter", "cost": 9.99},
            blocking=True,
            return_response=True,
        )
        before = {t.id: t.next_due_at for t in await db_rows(hass, Task)}
        property_id = entry.runtime_data.view.property_id
        entry_id = entry.entry_id
        # Unloading (as stopping) saves the export of the last minute's writes.
        assert await hass.config_entries.async_unload(entry_id)
        await hass.async_stop()

    async with (
        async_test_home_assistant(config_dir=str(tmp_path)) as hass,
        async_test_recorder(hass),
    ):
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        # The user resets the database: Haven's tables are gone (on any database).
        engine = get_instance(hass).engine
        assert engine is not None
        await get_instance(hass).async_add_executor_job(Base.metadata.drop_all, engine)
        entry = MockConfigEntry(
            domain=DOMAIN,
            entry_id=entry_id,
            title="Home",
            data={"name": "Home", "address": "1 Main St"},
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry_id)
        await hass.async_block_till_done()
        assert entry.runtime_data.view.property_id == property_id
        assert "were missing from the database" in caplog.text
        assert {t.id: t.next_due_at for t in await db_rows(hass, Task)} == before
        assert [a.id for a in await db_rows(hass, Asset)] == [asset["asset_id"]]  # type: ignore[index]
        (log,) = await db_rows(hass, Log)
        assert (log.task_id, log.notes, str(log.cost)) == (
            task_id,
            "First filter",
            "9.99",
        )
        assert device_of(hass, asset["asset_id"]) is not None  # type: ignore[index]
        # Unload first: HA's calendar entity keeps a timer for its next event.
        assert await hass.config_entries.async_unload(entry_id)
        await hass.async_stop()
