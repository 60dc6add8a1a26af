"""Fixtures: a real Home Assistant with the real recorder and Haven set up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
import logging
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.recorder import get_instance
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

# Imported first so HA's loader finds Haven rather than the plugin's empty package.
import custom_components.haven  # noqa: F401
from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Base

# The test plugin logs every SQL statement (INFO); Haven's tests read rows, not logs.
logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(
    enable_custom_integrations: None, hass: HomeAssistant, tmp_path: Path
) -> None:
    """Let HA load Haven from custom_components; give each test its own config folder.

    Haven writes files under the config folder (exports, captures): they must not land
    in the test harness's shared one.
    """
    hass.config.config_dir = str(tmp_path)


@pytest.fixture
def mock_recorder_before_hass(async_test_recorder: Any) -> None:
    """Prepare the recorder's database before hass, whatever the argument order."""


async def setup_property(
    hass: HomeAssistant,
    name: str = "Home",
    address: str | None = None,
    options: dict[str, Any] | None = None,
) -> MockConfigEntry:
    """Add and set up a property config entry (as the config flow makes it)."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=name,
        data={"name": name, "address": address},
        options=options or {},
        minor_version=2,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


@pytest.fixture
async def entry(recorder_mock: Recorder, hass: HomeAssistant) -> MockConfigEntry:
    """Return a loaded property named Home."""
    return await setup_property(hass)


async def db_rows(hass: HomeAssistant, model: type[Base]) -> list[Any]:
    """Read every row of one of Haven's tables straight from the database."""

    def _read() -> list[Any]:
        with Session(get_instance(hass).engine, expire_on_commit=False) as session:
            return list(session.scalars(select(model)))

    return await get_instance(hass).async_add_executor_job(_read)


async def db_counts(hass: HomeAssistant) -> dict[str, int]:
    """Count the rows of all of Haven's tables."""

    def _count() -> dict[str, int]:
        with Session(get_instance(hass).engine) as session:
            return {
                table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables
            }

    return await get_instance(hass).async_add_executor_job(_count)


def device_of(hass: HomeAssistant, record_id: str) -> dr.DeviceEntry | None:
    """Return the HA device of a property or asset (the same on old and new HA)."""
    registry = dr.async_get(hass)
    return next(
        (
            device
            for entry in hass.config_entries.async_entries(DOMAIN)
            for device in dr.async_entries_for_config_entry(registry, entry.entry_id)
            if (DOMAIN, record_id) in device.identifiers
        ),
        None,
    )


async def db_dump(hass: HomeAssistant) -> dict[str, list[tuple[Any, ...]]]:
    """Return every row of every Haven table, every column, in a stable order.

    Two dumps compare equal exactly when nothing in Haven's tables changed.
    """

    def _dump() -> dict[str, list[tuple[Any, ...]]]:
        with Session(get_instance(hass).engine) as session:
            return {
                table.name: sorted(
                    (tuple(row) for row in session.execute(select(table))), key=repr
                )
                for table in Base.metadata.sorted_tables
            }

    return await get_instance(hass).async_add_executor_job(_dump)


def local(text: str) -> datetime:
    """Return an aware datetime from wall-clock text in HA's time zone."""
    parsed = dt_util.parse_datetime(text)
    assert parsed is not None
    return parsed.replace(tzinfo=dt_util.get_default_time_zone())


async def move_to(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, when: str
) -> None:
    """Move the clock to wall-clock text and let the timers that fall due fire."""
    freezer.move_to(local(when))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()


def register_phone(
    hass: HomeAssistant, name: str = "mobile_app_phone", *, clears: bool = True
) -> list[ServiceCall]:
    """Register a notify action standing in for a phone; return what it receives.

    The Companion app is outside HA: this records the calls it would get. With
    `clears=False`, "clear_notification" calls are not recorded.
    """
    calls: list[ServiceCall] = []

    async def _send(call: ServiceCall) -> None:
        if clears or call.data.get("message") != "clear_notification":
            calls.append(call)

    hass.services.async_register("notify", name, _send)
    return calls


@asynccontextmanager
async def table_away(hass: HomeAssistant, table: str) -> AsyncIterator[None]:
    """Make one of Haven's tables fail for real (renamed away), then put it back.

    A genuine database fault: the recorder's database refuses every statement on the
    table, whatever the database engine.
    """
    instance = get_instance(hass)

    def _rename(old: str, new: str) -> None:
        assert instance.engine is not None
        with instance.engine.begin() as connection:
            connection.execute(text(f"ALTER TABLE {old} RENAME TO {new}"))

    await instance.async_add_executor_job(_rename, table, f"{table}_away")
    try:
        yield
    finally:
        await instance.async_add_executor_job(_rename, f"{table}_away", table)
