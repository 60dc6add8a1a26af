"""A property's records as a whole: read for the view, restored, deleted.

Helpers of the repository, run inside its transactions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from . import records
from .export import CheckedExport, ExportError, restore_property
from .models import (
    OPEN_INBOX_STATUSES,
    Announcement,
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

# Child tables of a property, deleted before their parents (no reliance on FK cascades,
# which SQLite only honours when a pragma is set).
PROPERTY_CHILDREN: tuple[type[Base], ...] = (
    Announcement,
    Log,
    Document,
    InboxItem,
    Supply,
    Task,
    Asset,
    Zone,
)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A stored row a property cannot use, and why (shown in a repair issue)."""

    kind: str
    row_id: str
    name: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class PropertySnapshot:
    """Everything the in-memory view of one property starts from."""

    property: records.Property
    zones: list[records.Zone]
    assets: list[records.Asset]
    tasks: list[records.Task]
    supplies: list[records.Supply]
    inbox: list[records.InboxItem] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)


def db_reason(err: SQLAlchemyError) -> str:
    """Return what the database said, without the statement or its parameters."""
    if isinstance(err, DBAPIError) and err.orig is not None:
        return f"{type(err.orig).__name__}: {err.orig}"
    return type(err).__name__


def read_snapshot(session: Session, prop: Property) -> PropertySnapshot:
    """Read everything the view of a property starts from, as records.

    A row whose stored values cannot be read (a date the database driver cannot
    parse, say) is left out and reported, instead of failing the whole property.
    """
    unreadable: list[Unreadable] = []
    inbox = records.table_of(records.InboxItem)

    def rows[R: records.Record](record: type[R], *where: Any) -> list[R]:
        table = records.table_of(record)
        conditions = (table.c.property_id == prop.id, *where)
        try:
            return records.read_records(session, record, *conditions)
        except (ValueError, TypeError, OverflowError):
            pass
        # Read one row at a time to find the ones that cannot be read.
        found: list[R] = []
        for row_id in session.scalars(select(table.c.id).where(*conditions)):
            try:
                found += records.read_records(session, record, table.c.id == row_id)
            except (ValueError, TypeError, OverflowError) as err:
                name = (
                    session.scalar(select(table.c.name).where(table.c.id == row_id))
                    if "name" in table.c
                    else None
                )
                unreadable.append(
                    Unreadable(
                        table.name,
                        row_id,
                        name,
                        f"a stored value cannot be read ({err})",
                    )
                )
        return found

    return PropertySnapshot(
        property=records.record_of(prop),
        zones=rows(records.Zone),
        assets=rows(records.Asset),
        tasks=rows(records.Task),
        supplies=rows(records.Supply),
        inbox=rows(records.InboxItem, inbox.c.status.in_(OPEN_INBOX_STATUSES)),
        unreadable=unreadable,
    )


def restore(session: Session, export: CheckedExport, only: Iterable[str] | None) -> int:
    """Insert an export's rows; a row the database refuses makes it an ExportError.

    The error leaves the whole transaction, which is then rolled back: nothing of
    the export stays in the database.
    """
    try:
        return restore_property(session, export, only)
    except SQLAlchemyError as err:
        msg = f"its records could not be written to the database ({db_reason(err)})"
        raise ExportError(msg) from err


def delete_property(session: Session, config_entry_id: str) -> str | None:
    """Delete a config entry's property and all its records; return its id."""
    property_id = session.scalar(
        select(Property.id).where(Property.config_entry_id == config_entry_id)
    )
    if property_id is None:
        return None
    for model in PROPERTY_CHILDREN:
        session.execute(
            delete(model).where(model.property_id == property_id)  # type: ignore[attr-defined]
        )
    session.execute(delete(Property).where(Property.id == property_id))
    return property_id
