"""A chosen export file into the database: restored with its ids, or copied with new ones.

``haven.import`` (``importing.py``) checks a file with ``check_export`` and then hands
it here, bound to the config entry it goes into:

- ``rebind`` keeps every record id (devices, entities and automations that name them
  carry on) and only names the new config entry;
- ``copy_export`` gives every record a new id and rewrites every reference to it the
  same way: each column that holds a Haven id (``String(ID_LENGTH)``: ids, foreign keys,
  a log's task, an inbox item's outcome), ids inside JSON columns, and the property's
  folder and record ids inside stored file keys.

``import_into`` then runs inside ONE repository transaction: it refuses a property
that already holds records (naming how many of what), removes the empty property row
the config entry was set up with, refuses an id another property already uses, and
inserts every row. Any refusal or database error leaves the transaction, which is
rolled back: nothing of the file stays.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any
import uuid

from sqlalchemy import JSON, String, Table, delete, func, select
from sqlalchemy.orm import Session

from .export import CheckedExport, restore_property, tables
from .models import ID_LENGTH, Property
from .properties import PROPERTY_CHILDREN

# Ids per query when looking for clashes (databases limit parameters).
_BATCH = 500


class PropertyNotEmptyError(Exception):
    """The property a file would be restored into already holds records."""

    def __init__(self, counts: dict[str, int]) -> None:
        """Keep how many rows of which table it holds."""
        super().__init__(counts)
        self.counts = counts


class IdClashError(Exception):
    """A record id of the file is already used by another property's record."""

    def __init__(self, table: str, row_id: str) -> None:
        """Name the table and the id."""
        super().__init__(table, row_id)
        self.table = table
        self.row_id = row_id


def _id_columns(table: Table) -> list[str]:
    """Return the columns of a table that hold Haven record ids."""
    return [
        column.name
        for column in table.columns
        if isinstance(column.type, String) and column.type.length == ID_LENGTH
    ]


def rebind(export: CheckedExport, config_entry_id: str) -> CheckedExport:
    """Return the export with the same ids, its property bound to another entry."""
    rows = dict(export.rows)
    rows[Property.__tablename__] = [
        {**row, "config_entry_id": config_entry_id}
        for row in export.rows[Property.__tablename__]
    ]
    return replace(export, config_entry_id=config_entry_id, rows=rows)


def _rename_ids(value: Any, ids: Mapping[str, str]) -> Any:
    """Return JSON data with every string that is a known old id replaced."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [_rename_ids(item, ids) for item in value]
    if isinstance(value, dict):
        return {key: _rename_ids(item, ids) for key, item in value.items()}
    return value


def rename_key(key: str, ids: Mapping[str, str]) -> str:
    """Return a stored file's key with the ids in its path renamed.

    Keys look like ``<property>/captures/<item>.m4a`` and
    ``<property>/documents/<asset>/<document>.pdf``.
    """
    parts = []
    for part in key.split("/"):
        stem, dot, extension = part.partition(".")
        parts.append(f"{ids.get(stem, stem)}{dot}{extension}")
    return "/".join(parts)


def copy_export(
    export: CheckedExport,
    config_entry_id: str,
    new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
) -> tuple[CheckedExport, dict[str, str]]:
    """Return the export with every record id new, and the old → new id map.

    A reference to a record the file lacks (a log of a task removed since) gets a
    new id too, the same for every row that names it, so nothing of the copy
    points into the original property.
    """
    ids: dict[str, str] = {}

    def renamed(old: str) -> str:
        if old not in ids:
            ids[old] = new_id()
        return ids[old]

    # Every row's own id first, so JSON and file keys can be renamed by lookup.
    for table in tables():
        for row in export.rows.get(table.name, []):
            renamed(row["id"])
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        columns = _id_columns(table)
        json_columns = [c.name for c in table.columns if isinstance(c.type, JSON)]
        copied = []
        for row in export.rows.get(table.name, []):
            new = dict(row)
            for name in columns:
                if isinstance(new.get(name), str):
                    new[name] = renamed(new[name])
            for name in json_columns:
                if new.get(name) is not None:
                    new[name] = _rename_ids(new[name], ids)
            if isinstance(new.get("storage_key"), str):
                new["storage_key"] = rename_key(new["storage_key"], ids)
            copied.append(new)
        rows[table.name] = copied
    (prop,) = rows[Property.__tablename__]
    prop["config_entry_id"] = config_entry_id
    copy = CheckedExport(config_entry_id, prop["id"], export.exported_at, rows)
    return copy, ids


def record_counts(session: Session, property_id: str) -> dict[str, int]:
    """Return how many rows of each child table a property holds (zeros left out)."""
    counts = {}
    for model in PROPERTY_CHILDREN:
        table: Any = model
        found = session.scalar(
            select(func.count()).where(table.property_id == property_id)
        )
        if found:
            counts[model.__tablename__] = int(found)
    return counts


def _first_clash(session: Session, export: CheckedExport) -> tuple[str, str] | None:
    """Return the first table and id of the file already in the database."""
    for table in tables():
        ids = [row["id"] for row in export.rows.get(table.name, [])]
        for start in range(0, len(ids), _BATCH):
            taken = session.scalar(
                select(table.c.id).where(table.c.id.in_(ids[start : start + _BATCH]))
            )
            if taken is not None:
                return table.name, taken
    return None


def import_into(session: Session, export: CheckedExport) -> int:
    """Put a bound export's rows in place of its entry's empty property; return rows.

    Raises PropertyNotEmptyError or IdClashError (the caller's transaction is then
    rolled back: nothing changed).
    """
    target = session.scalar(
        select(Property.id).where(Property.config_entry_id == export.config_entry_id)
    )
    if target is not None:
        if counts := record_counts(session, target):
            raise PropertyNotEmptyError(counts)
        session.execute(delete(Property).where(Property.id == target))
    if clash := _first_clash(session, export):
        raise IdClashError(*clash)
    return restore_property(session, export)
