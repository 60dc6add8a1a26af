"""The records the loop holds are exact copies of the rows, after a load and after writes."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
import pytest

from custom_components.haven.const import DOMAIN
from custom_components.haven.store import models, records
from custom_components.haven.view import PropertyView

from .conftest import db_rows, setup_property

pytestmark = pytest.mark.storage


def _annotations(model: type[models.Base]) -> dict[str, str]:
    found: dict[str, str] = {}
    for cls in reversed(model.__mro__):
        found |= getattr(cls, "__annotations__", {})
    return found


@pytest.mark.parametrize(
    "model", list(records.RECORDS), ids=lambda model: model.__tablename__
)
def test_a_record_has_its_models_columns(model: type[models.Base]) -> None:
    """Every column of a model is a field of its record, of the same type, and no more."""
    record = records.RECORDS[model]
    columns = {column.key for column in model.__mapper__.column_attrs}
    assert {field.name for field in fields(record)} == columns
    annotations = _annotations(model)
    for field in fields(record):
        assert annotations[field.name] == f"Mapped[{field.type}]", field.name


async def call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    """Call a Haven action (and return its response, for those that give one)."""
    answers = hass.services.supports_response(DOMAIN, service) != "none"
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=answers
    )


def _values(row: Any, record: type[records.Record]) -> dict[str, Any]:
    return {field.name: getattr(row, field.name) for field in fields(record)}


async def _assert_view_is_the_database(hass: HomeAssistant, view: PropertyView) -> None:
    held: dict[type[models.Base], dict[str, Any]] = {
        models.Zone: view.zones,
        models.Asset: view.assets,
        models.Task: view.tasks,
        models.Supply: view.supplies,
    }
    for model, rows in held.items():
        record = records.RECORDS[model]
        stored = {row.id: _values(row, record) for row in await db_rows(hass, model)}
        assert all(type(row) is record for row in rows.values())
        assert {row_id: _values(row, record) for row_id, row in rows.items()} == stored
    assert type(view.property) is records.Property
    (prop,) = await db_rows(hass, models.Property)
    assert _values(view.property, records.Property) == _values(prop, records.Property)


async def test_the_view_holds_what_the_database_holds(
    recorder_mock: Recorder, hass: HomeAssistant
) -> None:
    """After writes (one row changed twice in one of them) and after a reload alike."""
    entry = await setup_property(hass)
    asset = await call(
        hass,
        "create_asset",
        config_entry_id=entry.entry_id,
        name="Furnace",
        template="furnace",
    )
    view = entry.runtime_data.commands.view
    task_id = next(t.id for t in view.tasks.values() if view.task_supplies(t.id))
    supply = view.task_supplies(task_id)[0]
    await call(hass, "update_supply", supply_id=supply.id, quantity=3)
    before = view.supplies[supply.id]
    # One write: the task's next due, a log entry, and a supply taken off the shelf.
    await call(hass, "complete_task", task_id=task_id, notes="Done")
    after = view.supplies[supply.id]
    assert (before.quantity, after.quantity) == (3, 2)
    assert after.updated_at > before.updated_at
    assert before is not after  # a write replaces a record, never changes one
    await call(hass, "update_asset", asset_id=asset["asset_id"], model="X 200")
    await _assert_view_is_the_database(hass, view)

    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    await _assert_view_is_the_database(hass, entry.runtime_data.commands.view)
