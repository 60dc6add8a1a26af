"""A dropped table, column or index is noticed at start; database failures are translated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
import logging
from pathlib import Path
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.recorder import get_instance
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import inspect, text

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Log, Task
from custom_components.haven.store.repository import DATA_REPOSITORY

from .conftest import db_rows, setup_property
from .test_recovery import fill, start

pytestmark = pytest.mark.storage


async def run_sql(hass: HomeAssistant, *statements: str) -> None:
    """Run DDL behind Haven's back, as a user with a database tool would."""
    engine = get_instance(hass).engine
    assert engine is not None

    def _run() -> None:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))

    await get_instance(hass).async_add_executor_job(_run)


async def restart(hass: HomeAssistant, *entries: MockConfigEntry) -> None:
    """Unload the properties and forget the repository, as a restart does."""
    for entry in entries:
        if entry.state is ConfigEntryState.LOADED:
            assert await hass.config_entries.async_unload(entry.entry_id)
    hass.data.pop(DATA_REPOSITORY, None)


def live(hass: HomeAssistant) -> dict[str, Any]:
    """Return the live schema: tables with their columns and index names."""
    engine = get_instance(hass).engine
    inspector = inspect(engine)
    return {
        table: (
            {c["name"] for c in inspector.get_columns(table)},
            {i["name"] for i in inspector.get_indexes(table)},
        )
        for table in inspector.get_table_names()
        if table.startswith("haven_")
    }


async def test_dropped_table_is_made_again_and_refilled(
    hass: HomeAssistant, entry: MockConfigEntry, caplog: pytest.LogCaptureFixture
) -> None:
    """DROP TABLE haven_log, start: the table is back, with the export's rows."""
    asset = await fill(hass, entry)
    cabin = await setup_property(hass, "Cabin")
    await fill(hass, cabin)
    before = {log.id for log in await db_rows(hass, Log)}
    await restart(hass, entry, cabin)
    await run_sql(hass, "DROP TABLE haven_log")

    assert await start(hass, entry)
    assert await start(hass, cabin)
    assert "Haven's table haven_log was missing: created it" in caplog.text
    assert {log.id for log in await db_rows(hass, Log)} == before
    history = await hass.services.async_call(
        DOMAIN,
        "get_history",
        {"asset_id": asset["asset_id"]},
        blocking=True,
        return_response=True,
    )
    assert [log["action"] for log in history["logs"]] == ["Cleaned"]  # type: ignore[index]


async def test_dropped_index_and_column_are_made_again(
    hass: HomeAssistant, entry: MockConfigEntry, caplog: pytest.LogCaptureFixture
) -> None:
    """A missing index is created, a missing optional column added."""
    await fill(hass, entry)
    wanted = await hass.async_add_executor_job(live, hass)
    await restart(hass, entry)
    await run_sql(
        hass,
        "DROP INDEX ix_haven_log_asset_performed",
        "ALTER TABLE haven_task DROP COLUMN notes",
    )
    assert (
        "notes" not in (await hass.async_add_executor_job(live, hass))["haven_task"][0]
    )
    assert await start(hass, entry)
    assert await hass.async_add_executor_job(live, hass) == wanted
    assert "Haven's column haven_task.notes was missing: added it" in caplog.text
    assert "index ix_haven_log_asset_performed was missing" in caplog.text
    assert len(await db_rows(hass, Task)) == 4


async def test_what_cannot_be_mended_is_a_repair_issue(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A missing column that must hold a value: an issue, the property not loaded."""
    await fill(hass, entry)
    await restart(hass, entry)
    await run_sql(hass, "ALTER TABLE haven_task DROP COLUMN name")
    assert not await start(hass, entry)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "schema_damaged")
    assert issue is not None
    assert issue.translation_placeholders == {"missing": "haven_task.name"}


def _no_sql(message: str) -> None:
    for word in ("SELECT", "INSERT", "haven_", "[SQL", "no such table"):
        assert word not in message


async def _log_maintenance(hass: HomeAssistant, asset: dict[str, Any]) -> Any:
    return await hass.services.async_call(
        DOMAIN,
        "log_maintenance",
        {"asset_id": asset["asset_id"], "action": "Oiled", "notes": "secret"},
        blocking=True,
        return_response=True,
    )


async def _get_history(hass: HomeAssistant, asset: dict[str, Any]) -> Any:
    return await hass.services.async_call(
        DOMAIN,
        "get_history",
        {"asset_id": asset["asset_id"]},
        blocking=True,
        return_response=True,
    )


async def _complete(hass: HomeAssistant, asset: dict[str, Any]) -> Any:
    return await hass.services.async_call(
        DOMAIN,
        "complete_task",
        {"task_id": asset["task_ids"][0], "notes": "secret"},
        blocking=True,
        return_response=True,
    )


async def _calendar(hass: HomeAssistant, asset: dict[str, Any]) -> Any:
    now = dt_util.now()
    return await hass.services.async_call(
        "calendar",
        "get_events",
        {
            "entity_id": "calendar.home_maintenance",
            "start_date_time": now - timedelta(days=30),
            "end_date_time": now + timedelta(days=30),
        },
        blocking=True,
        return_response=True,
    )


@pytest.mark.parametrize(
    "call",
    [_log_maintenance, _get_history, _complete, _calendar],
    ids=lambda c: c.__name__,
)
async def test_database_failure_is_a_translated_error(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
    call: Callable[[HomeAssistant, dict[str, Any]], Any],
) -> None:
    """A table dropped at run time: a translated error, one log line, no SQL."""
    asset = await fill(hass, entry)
    await run_sql(hass, "DROP TABLE haven_log")
    caplog.clear()
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, asset)
    assert err.value.translation_key == "database_error"
    message = str(err.value)
    assert message.startswith("Haven could not read or write its records")
    _no_sql(message)
    haven_lines = [
        r for r in caplog.records if r.name.startswith("custom_components.haven")
    ]
    assert [r.levelno for r in haven_lines] == [logging.ERROR]
    assert "no such table: haven_log" in haven_lines[0].getMessage()
    assert "secret" not in haven_lines[0].getMessage()
    assert haven_lines[0].exc_info is None


async def test_dashboard_database_failure(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: Any
) -> None:
    """The websocket dashboard answers with the translated error."""
    await fill(hass, entry)
    await run_sql(hass, "DROP TABLE haven_log")
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "haven/dashboard"})
    response = await client.receive_json()
    assert not response["success"]
    assert response["error"]["message"].startswith("Haven could not read or write")
    _no_sql(response["error"]["message"])


async def test_dropped_table_and_damaged_export(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The table cannot be refilled: the property loads without it, with an issue."""
    asset = await fill(hass, entry)
    await restart(hass, entry)
    await run_sql(hass, "DROP TABLE haven_log")
    path = Path(hass.config.path("haven", "exports", f"{entry.entry_id}.json"))
    path.write_text(path.read_text()[:50])

    assert await start(hass, entry)
    assert asset["asset_id"] in entry.runtime_data.view.assets
    assert await db_rows(hass, Log) == []
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, f"refill_failed_{entry.entry_id}"
    )
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["tables"] == "haven_log"
    assert "not complete JSON" in issue.translation_placeholders["reason"]
