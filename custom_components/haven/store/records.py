"""The records the event loop holds: plain, slotted copies of the rows of six tables.

The in-memory view, the entities, the websocket and Assist read properties, zones,
assets, tasks, supplies and inbox items as these records, never as ORM objects. A
record costs one object instead of the ORM's seven (instance, state, dicts), and
reading a field is a plain slot read instead of an instrumented attribute: a big home's
10,000 tasks load, index and serialise much faster, and set-up gives Python's garbage
collector far less to walk. Records are made in one place, the repository: from a
select of the table's columns when a property is loaded (``read_records``), and from
the ORM rows a write flushed (``record_of``). They are never changed afterwards.

Each record has exactly the attributes of its model's columns (a test holds them
together), so a column added to a model is added here too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, overload

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.orm import Session

from . import models


@dataclass(slots=True, eq=False)
class _Timestamped:
    """The id and timestamps every record has (the models' TimestampedMixin)."""

    id: str
    created_at: datetime
    updated_at: datetime


@dataclass(slots=True, eq=False)
class Property(_Timestamped):
    """A home: one per config entry."""

    config_entry_id: str
    name: str
    address: str | None
    meta: dict[str, Any]
    paused_at: datetime | None
    paused_until: datetime | None


@dataclass(slots=True, eq=False)
class Zone(_Timestamped):
    """A part of a property, linked to a Home Assistant area."""

    property_id: str
    area_id: str | None
    name: str


@dataclass(slots=True, eq=False)
class Asset(_Timestamped):
    """A thing in the home that needs upkeep (a Home Assistant device)."""

    property_id: str
    zone_id: str | None
    name: str
    template_id: str | None
    manufacturer: str | None
    model: str | None
    serial_number: str | None
    installed_on: date | None
    notes: str | None
    meta: dict[str, Any]
    warranty_until: date | None
    expected_life_years: int | None


@dataclass(slots=True, eq=False)
class Task(_Timestamped):
    """A recurring (or one-off) piece of upkeep."""

    property_id: str
    asset_id: str | None
    name: str
    notes: str | None
    priority: int
    schedule_kind: str
    interval_every: int | None
    interval_unit: str | None
    anchor: str
    anchor_at: datetime | None
    cron_schedule: str | None
    meter_entity_id: str | None
    meter_every: float | None
    meter_baseline: float | None
    lead_days: int
    next_due_at: datetime | None
    last_completed_at: datetime | None
    snoozed_until: datetime | None
    assigned_user_id: str | None
    meter_last_value: float | None
    assignees: list[str] | None
    rotate: bool | None
    active_months: list[int] | None
    paused_at: datetime | None
    paused_until: datetime | None


@dataclass(slots=True, eq=False)
class Supply(_Timestamped):
    """A consumable an asset needs (a filter, a battery)."""

    property_id: str
    asset_id: str
    task_id: str | None
    name: str
    part_number: str | None
    purchase_url: str | None
    quantity: int | None


@dataclass(slots=True, eq=False)
class InboxItem(_Timestamped):
    """A capture (photo, voice memo, text) and what was understood from it."""

    property_id: str
    asset_id: str | None
    user_id: str | None
    status: str
    text: str | None
    storage_key: str | None
    mime_type: str | None
    transcription: str | None
    analysis: dict[str, Any] | None
    error: str | None
    attempts: int
    processed_at: datetime | None
    outcome: str | None
    outcome_id: str | None


type Record = Property | Zone | Asset | Task | Supply | InboxItem

# Each model whose rows the loop holds, and its record.
RECORDS: dict[type[models.Base], type[Record]] = {
    models.Property: Property,
    models.Zone: Zone,
    models.Asset: Asset,
    models.Task: Task,
    models.Supply: Supply,
    models.InboxItem: InboxItem,
}
_MODELS: dict[type[Any], type[models.Base]] = {
    record: model for model, record in RECORDS.items()
}
_FIELDS: dict[type[Any], tuple[str, ...]] = {
    record: tuple(f.name for f in fields(record)) for record in RECORDS.values()
}
# The table columns of each record's fields, in the fields' order. A select of table
# columns is a plain (Core) query: its rows skip the ORM's loading machinery.
_COLUMNS: dict[type[Any], tuple[ColumnElement[Any], ...]] = {
    record: tuple(_MODELS[record].__mapper__.columns[name] for name in names)
    for record, names in _FIELDS.items()
}


def table_of(record: type[Any]) -> Table:
    """Return the table of a record, whose columns (``.c``) filter ``read_records``."""
    table: Table = _MODELS[record].__table__  # type: ignore[assignment]
    return table


def read_records[R: Record](
    session: Session, record: type[R], *where: Any, order_by: Sequence[Any] = ()
) -> list[R]:
    """Return the matching rows of a record's table (one Core select, no ORM rows).

    Conditions are on the table's columns (``table_of``): one on an ORM attribute
    would send the query through the ORM's loading again.
    """
    query = select(*_COLUMNS[record]).where(*where).order_by(*order_by)
    make: Callable[..., R] = record
    return [make(*row) for row in session.execute(query)]


@overload
def record_of(row: models.Property) -> Property: ...
@overload
def record_of(row: models.Zone) -> Zone: ...
@overload
def record_of(row: models.Asset) -> Asset: ...
@overload
def record_of(row: models.Task) -> Task: ...
@overload
def record_of(row: models.Supply) -> Supply: ...
@overload
def record_of(row: models.InboxItem) -> InboxItem: ...
@overload
def record_of(row: models.Base) -> Record: ...
def record_of(row: models.Base) -> Record:
    """Return the record of an ORM row a write flushed (its values as they are now)."""
    record = RECORDS[type(row)]
    return record(*(getattr(row, name) for name in _FIELDS[record]))
