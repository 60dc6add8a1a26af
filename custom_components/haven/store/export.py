"""A property's records as JSON, and back: the safety copy kept beside the database.

The recorder's database belongs to the user, who may delete it to cure a recorder
problem; Haven's tables would go with it. So Haven keeps an export of each property
under ``<config>/haven/exports/`` and, when a property's records are missing at setup,
restores them from it with their original ids (devices and entities stay the same).

Rows are written column by column in a plain JSON form (aware datetimes and dates in
ISO 8601, amounts as strings). An export from an older schema restores into a newer
one: columns it lacks take their defaults.

An export is checked whole before a single row is inserted — its version, schema
version, tables, and every row's columns, types and links — so a damaged file is
refused with a message naming the table, row and column, never restored in part.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
import json
import math
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    insert,
    select,
)
from sqlalchemy.orm import Session

from .migrations import SCHEMA_VERSION, since
from .models import Base, Property, UTCDateTime

EXPORT_VERSION = 1
# The largest amount a Numeric(12, 2) column holds.
_MAX_AMOUNT = Decimal("1e10")
# Ids per query when looking for rows already present (databases limit parameters).
_BATCH = 500


class ExportError(Exception):
    """An export that cannot be restored; the message says where and why."""


@dataclass(slots=True)
class CheckedExport:
    """An export that passed every check, with its rows as column values."""

    config_entry_id: str
    property_id: str
    exported_at: datetime | None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Return how many rows of each table it holds."""
        return {table: len(rows) for table, rows in self.rows.items()}


def tables() -> list[Table]:
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


def dump_property(
    session: Session, property_id: str, exported_at: datetime
) -> dict[str, Any]:
    """Return every record of a property as JSON-ready data."""
    found: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        key = (
            table.c.id if table.name == Property.__tablename__ else table.c.property_id
        )
        rows = session.execute(select(table).where(key == property_id)).mappings()
        found[table.name] = [
            {column: _to_json(value) for column, value in row.items()} for row in rows
        ]
    (prop,) = found[Property.__tablename__]
    return {
        "version": EXPORT_VERSION,
        "schema_version": SCHEMA_VERSION,
        "exported_at": exported_at.isoformat(),
        "config_entry_id": prop["config_entry_id"],
        "tables": found,
    }


# Checking


def _value(column: Column[Any], value: Any) -> Any:  # noqa: PLR0911 - one case per type
    """Return a JSON value as the column's Python value, or raise saying what is wrong."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        if not isinstance(value, str):
            raise TypeError(f"{value!r} is not a date and time")
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError(f"{value!r} has no time zone")
        moment.astimezone(UTC)  # stored as UTC: the moment must have one
        return moment
    if isinstance(kind, Date):
        if not isinstance(value, str):
            raise TypeError(f"{value!r} is not a date")
        return date.fromisoformat(value)
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{value!r} is not a number")
        if not math.isfinite(value):
            raise ValueError(f"{value!r} is not a finite number")
        return float(value)
    if isinstance(kind, Numeric):
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise TypeError(f"{value!r} is not an amount")
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            raise TypeError(f"{value!r} is not an amount") from None
        if not amount.is_finite() or abs(amount) >= _MAX_AMOUNT:
            raise ValueError(f"{value!r} is not an amount Haven can hold")
        return amount
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError(f"{value!r} is not true or false")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{value!r} is not a whole number")
        return value
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            raise TypeError(f"{value!r} is not text")
        if isinstance(kind, String) and kind.length and len(value) > kind.length:
            raise ValueError(f"the text is longer than {kind.length} characters")
        return value
    if isinstance(kind, JSON):
        return value
    raise ValueError(f"column type {kind} is not known")  # pragma: no cover


def _row(table: Table, index: int, row: Any) -> dict[str, Any]:
    """Return a row's column values, or raise ExportError naming the bad value."""
    where = f"{table.name} row {index + 1}"
    if not isinstance(row, dict):
        raise ExportError(f"{where} is not an object")
    if isinstance(row.get("id"), str):
        where += f" (id {row['id']})"
    values: dict[str, Any] = {}
    for name, value in row.items():
        if name not in table.columns:
            raise ExportError(f"{where}: column {name} is not known")
        column = table.columns[name]
        if value is None:
            if not column.nullable:
                raise ExportError(f"{where}: column {name} must have a value")
            values[name] = None
            continue
        try:
            values[name] = _value(column, value)
        except (TypeError, ValueError, OverflowError) as err:
            raise ExportError(f"{where}: column {name}: {err}") from None
    if not isinstance(values.get("id"), str):
        raise ExportError(f"{where}: column id is missing")
    for column in table.columns:
        if column.name not in values and not column.nullable and column.default is None:
            raise ExportError(f"{where}: column {column.name} is missing")
    return values


def _check_links(rows: dict[str, list[dict[str, Any]]], property_id: str) -> None:
    """Refuse rows of another property and links to records the export lacks."""
    ids = {name: {row["id"] for row in found} for name, found in rows.items()}
    for table in tables():
        for index, row in enumerate(rows.get(table.name, [])):
            where = f"{table.name} row {index + 1} (id {row['id']})"
            for column in table.columns:
                value = row.get(column.name)
                if value is None:
                    continue
                for key in column.foreign_keys:
                    target = key.column.table.name
                    if column.name == "property_id" and value != property_id:
                        raise ExportError(f"{where}: belongs to another property")
                    if value not in ids.get(target, set()):
                        raise ExportError(
                            f"{where}: column {column.name} names a missing {target} "
                            f"record ({value})"
                        )


def check_export(data: Any, config_entry_id: str) -> CheckedExport:
    """Check a whole export; return its rows, or raise ExportError saying what is wrong."""
    if not isinstance(data, dict):
        raise ExportError("the file does not hold an export")
    if data.get("version") != EXPORT_VERSION:
        raise ExportError(f"export version {data.get('version')!r} is not known")
    schema = data.get("schema_version")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
        raise ExportError(f"schema version {schema!r} is not valid")
    if schema > SCHEMA_VERSION:
        raise ExportError(
            f"it was written by a newer Haven (schema version {schema}); update Haven"
        )
    if data.get("config_entry_id") != config_entry_id:
        raise ExportError("it belongs to another property")
    found = data.get("tables")
    if not isinstance(found, dict):
        raise ExportError("it holds no tables")
    known = {table.name: table for table in tables()}
    if unknown := sorted(set(found) - set(known)):
        raise ExportError(f"table {unknown[0]} is not known")
    rows: dict[str, list[dict[str, Any]]] = {}
    for name, table in known.items():
        if name not in found:
            if since(table) <= schema:
                raise ExportError(f"table {name} is missing")
            rows[name] = []
            continue
        if not isinstance(found[name], list):
            raise ExportError(f"table {name} is not a list of rows")
        rows[name] = [_row(table, i, row) for i, row in enumerate(found[name])]
        seen: set[str] = set()
        for index, row in enumerate(rows[name]):
            if row.get("id") in seen:
                raise ExportError(f"{name} row {index + 1}: id {row['id']} repeats")
            seen.add(row.get("id", ""))
    props = rows[Property.__tablename__]
    if len(props) != 1 or props[0].get("config_entry_id") != config_entry_id:
        raise ExportError("it must hold exactly this one property")
    property_id = props[0]["id"]
    _check_links(rows, property_id)
    exported_at = None
    if isinstance(data.get("exported_at"), str):
        try:
            exported_at = datetime.fromisoformat(data["exported_at"])
        except ValueError:
            raise ExportError("exported_at is not a date and time") from None
    return CheckedExport(config_entry_id, property_id, exported_at, rows)


def read_export(path: Path, config_entry_id: str) -> CheckedExport | None:
    """Read and check an export file; None when there is none.

    A file that cannot be read, is not JSON or fails a check raises ExportError.
    """
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise ExportError(f"the file cannot be read ({err.strerror})") from None
    try:
        data = json.loads(text)
    except ValueError as err:
        raise ExportError(f"the file is not complete JSON ({err})") from None
    return check_export(data, config_entry_id)


# Restoring


def restore_property(
    session: Session, export: CheckedExport, only: Iterable[str] | None = None
) -> int:
    """Insert a checked export's rows (of some tables only); return how many.

    Rows whose id is already in the database are left as they are, so the records
    of tables that survived stay untouched.
    """
    wanted = set(only) if only is not None else None
    restored = 0
    for table in tables():
        if wanted is not None and table.name not in wanted:
            continue
        rows = export.rows.get(table.name, [])
        if not rows:
            continue
        ids = [row["id"] for row in rows]
        # Only this property's own rows count as present: an id held by another
        # property's row is a conflict, and the insert fails (nothing is restored).
        mine = (
            table.c.config_entry_id == export.config_entry_id
            if table.name == Property.__tablename__
            else table.c.property_id == export.property_id
        )
        present: set[str] = set()
        for start in range(0, len(ids), _BATCH):
            present.update(
                session.scalars(
                    select(table.c.id).where(
                        table.c.id.in_(ids[start : start + _BATCH]), mine
                    )
                )
            )
        # Rows with the same columns go together (an older export lacks some).
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            if row["id"] not in present:
                groups.setdefault(tuple(sorted(row)), []).append(row)
        for group in groups.values():
            session.execute(insert(table), group)
            restored += len(group)
    return restored
