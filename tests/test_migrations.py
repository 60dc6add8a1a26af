"""Schema versions: a database made by an older Haven is upgraded without losing rows."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.recorder import get_instance
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import Engine, insert, inspect, select, text, update

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.migrations import (
    SCHEMA_VERSION,
    create_at,
    migrate,
    schema_at,
)
from custom_components.haven.store.models import (
    MYSQL_DIALECTS,
    Base,
    Log,
    SchemaVersion,
    Task,
    UTCDateTime,
)

from .conftest import db_rows, device_of

pytestmark = pytest.mark.storage

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _engine(hass: HomeAssistant) -> Engine:
    engine = get_instance(hass).engine
    assert engine is not None
    return engine


def _write_version_1_rows(engine: Engine, entry_id: str) -> None:
    """Create Haven's tables as version 1 had them and fill them with a household."""
    create_at(engine, 1)
    tables = schema_at(1).tables
    stamp = {"created_at": NOW, "updated_at": NOW}
    with engine.begin() as connection:
        connection.execute(
            insert(tables["haven_property"]).values(
                id="p1", config_entry_id=entry_id, name="Home", metadata={}, **stamp
            )
        )
        connection.execute(
            insert(tables["haven_asset"]).values(
                id="a1", property_id="p1", name="Furnace", metadata={}, **stamp
            )
        )
        connection.execute(
            insert(tables["haven_task"]).values(
                id="t1",
                property_id="p1",
                asset_id="a1",
                name="Replace filter",
                priority=0,
                schedule_kind="interval",
                interval_every=3,
                interval_unit="months",
                anchor="completion",
                lead_days=7,
                next_due_at=NOW,
                **stamp,
            )
        )
        connection.execute(
            insert(tables["haven_log"]).values(
                [
                    {
                        "id": f"l{i}",
                        "property_id": "p1",
                        "asset_id": "a1",
                        "task_id": "t1",
                        "kind": "completed",
                        "action": "Replace filter",
                        "cost": "12.50",
                        "performed_at": NOW,
                        **stamp,
                    }
                    for i in range(25)
                ]
            )
        )


async def test_upgrade_from_version_1_keeps_every_row(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """Setting up Haven on a version-1 database upgrades it in place."""
    entry = MockConfigEntry(domain=DOMAIN, title="Home", data={"name": "Home"})
    entry.add_to_hass(hass)
    engine = _engine(hass)
    await get_instance(hass).async_add_executor_job(
        _write_version_1_rows, engine, entry.entry_id
    )
    assert "assigned_user_id" not in {
        c["name"]
        for c in await get_instance(hass).async_add_executor_job(
            lambda: inspect(engine).get_columns("haven_task")
        )
    }

    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()

    (version,) = await db_rows(hass, SchemaVersion)
    assert version.version == SCHEMA_VERSION
    (task,) = await db_rows(hass, Task)
    assert (task.name, task.interval_every, task.next_due_at) == (
        "Replace filter",
        3,
        NOW,
    )
    assert task.assigned_user_id is None
    logs = await db_rows(hass, Log)
    assert len(logs) == 25
    assert {str(log.cost) for log in logs} == {"12.50"}
    indexes = await get_instance(hass).async_add_executor_job(
        lambda: {i["name"] for i in inspect(engine).get_indexes("haven_log")}
    )
    assert "ix_haven_log_asset_performed" in indexes
    # The upgraded rows are what the property shows.
    assert entry.runtime_data.view.property_id == "p1"
    assert device_of(hass, "a1") is not None


async def test_migrate_is_idempotent(recorder_mock: Any, hass: HomeAssistant) -> None:
    """A second start finds the current version and changes nothing."""
    engine = _engine(hass)
    job = get_instance(hass).async_add_executor_job
    assert await job(migrate, engine) == SCHEMA_VERSION
    assert await job(migrate, engine) == SCHEMA_VERSION
    assert len(await db_rows(hass, SchemaVersion)) == 1


def _version_5_then_upgrade(engine: Engine) -> tuple[int, datetime, datetime]:
    """Make a version-5 database (whole-second datetimes on MariaDB), upgrade it.

    Return the version found, the row's old time and a time written afterwards.
    """
    create_at(engine, 5)
    with engine.begin() as connection:
        if connection.dialect.name in MYSQL_DIALECTS:
            for table in schema_at(5).sorted_tables:
                for column in table.columns:
                    if isinstance(column.type, UTCDateTime):
                        null = "NULL" if column.nullable else "NOT NULL"
                        connection.execute(
                            text(
                                f"ALTER TABLE {table.name} MODIFY COLUMN "
                                f"{column.name} DATETIME {null}"
                            )
                        )
        properties = schema_at(5).tables["haven_property"]
        connection.execute(
            insert(properties).values(
                id="p1",
                config_entry_id="e1",
                name="Home",
                metadata={},
                created_at=NOW,
                updated_at=NOW,
            )
        )
    found = migrate(engine)
    properties = schema_at(SCHEMA_VERSION).tables["haven_property"]
    with engine.begin() as connection:
        connection.execute(
            update(properties).values(updated_at=NOW.replace(microsecond=123456))
        )
        created, updated = connection.execute(
            select(properties.c.created_at, properties.c.updated_at)
        ).one()
    return found, created, updated


async def test_times_keep_microseconds_after_upgrade(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """Two records made within one second keep their order on every database.

    MariaDB kept whole seconds before version 6, so two captures of one second came
    back in any order; the upgrade widens the columns and keeps the times stored.
    """
    found, created, updated = await get_instance(hass).async_add_executor_job(
        _version_5_then_upgrade, _engine(hass)
    )
    assert found == 5
    assert (created, updated) == (NOW, NOW.replace(microsecond=123456))


def test_columns_added_later_accept_existing_rows() -> None:
    """Existing rows get new columns without a value, so those must allow it."""
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if column.info.get("since", 1) > 1:
                assert column.nullable or column.server_default is not None, column


def test_schema_at_each_version_is_complete() -> None:
    """The newest derived schema is exactly the models' schema."""
    newest = schema_at(SCHEMA_VERSION)
    for table in Base.metadata.sorted_tables:
        derived = newest.tables[table.name]
        assert set(derived.columns.keys()) == set(table.columns.keys())
        assert {i.name for i in derived.indexes} == {i.name for i in table.indexes}
    assert "assigned_user_id" not in schema_at(1).tables["haven_task"].columns
