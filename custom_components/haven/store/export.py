"""A property's records as JSON, and back: the safety copy kept beside the database.

The recorder's database belongs to the user, who may delete it to cure a recorder
problem; Haven's tables would go with it. So Haven keeps an export of each property
under ``<config>/haven/exports/`` and, when a property's records are missing at setup,
restores them from it with their original ids (devices and entities stay the same).

Rows are written column by column in a plain JSON form (aware datetimes and dates in
ISO 8601, amounts as strings). An export from an older schema restores into a newer
one: columns it lacks take their defaults, and columns this version does not know
are left out.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
import json
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Float, Numeric, Table, insert, select
from sqlalchemy.orm import Session

from .migrations import SCHEMA_VERSION
from .models import Base, Property, UTCDateTime

_LOGGER = logging.getLogger(__name__)

EXPORT_VERSION = 1


def _tables() -> list[Table]:
    """Return the tables that hold a property's records, parents first."""
    return [
        table
        for table in Base.metadata.sorted_tables
        if table.name == Property.__tablename__ or "property_id" in table.columns
    ]


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _from_json(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table.columns[column].type
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Numeric) and not isinstance(kind, Float):
        return Decimal(value)
    return value


def dump_property(
    session: Session, property_id: str, exported_at: datetime
) -> dict[str, Any]:
    """Return every record of a property as JSON-ready data."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in _tables():
        key = (
            table.c.id if table.name == Property.__tablename__ else table.c.property_id
        )
        rows = session.execute(select(table).where(key == property_id)).mappings()
        tables[table.name] = [
            {column: _to_json(value) for column, value in row.items()} for row in rows
        ]
    (prop,) = tables[Property.__tablename__]
    return {
        "version": EXPORT_VERSION,
        "schema_version": SCHEMA_VERSION,
        "exported_at": exported_at.isoformat(),
        "config_entry_id": prop["config_entry_id"],
        "tables": tables,
    }


def restore_property(session: Session, export: dict[str, Any]) -> int:
    """Insert an exported property's records; return how many rows were restored."""
    if export.get("version") != EXPORT_VERSION:
        msg = f"unknown export version {export.get('version')}"
        raise ValueError(msg)
    restored = 0
    for table in _tables():
        rows = [
            {
                column: _from_json(table, column, value)
                for column, value in row.items()
                if column in table.columns
            }
            for row in export["tables"].get(table.name, [])
        ]
        if rows:
            session.execute(insert(table), rows)
            restored += len(rows)
    return restored


def read_export(path: Path) -> dict[str, Any] | None:
    """Read an export file; None when there is none or it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as err:
        _LOGGER.warning("Ignoring Haven's export %s: %s", path, err)
        return None
    return data if isinstance(data, dict) else None


def write_export(path: Path, export: dict[str, Any]) -> None:
    """Write an export atomically: readers see the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(export, separators=(",", ":")), encoding="utf-8")
    temporary.replace(path)
