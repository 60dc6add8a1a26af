"""Write operations and the record of what a write changed.

A write is a list of operations run by ``Repository.async_write`` in ONE transaction:
either all of them are committed or none is. Each operation adds the rows it wrote (or
the ids it removed) to a ``Change``, which the write returns and the in-memory view then
applies; nothing else learns about writes, so every change travels the same path:

    validate → repository (one transaction) → Change → view → entities, clock, listeners

A ``Change`` holds the rows the view keeps (properties, zones, assets, tasks, supplies,
inbox items) as records (see records.py), copied right after the operation flushed them:
when one write changes a row twice, the change holds both copies in order, and the last
one is what the row now is. Logs, documents and announcements, which the view does not
keep, stay detached ORM objects; nothing changes any of them afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from homeassistant.exceptions import HomeAssistantError
from homeassistant.util import dt as dt_util
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..const import DOMAIN
from . import records
from .models import (
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

# Row kinds, as the view, the websocket and Change.removed name them.
KIND_ZONE = "zones"
KIND_ASSET = "assets"
KIND_TASK = "tasks"
KIND_SUPPLY = "supplies"
KIND_LOG = "logs"
KIND_DOCUMENT = "documents"
KIND_INBOX = "inbox"


class StaleRecordError(HomeAssistantError):
    """A conditional update found the row gone or no longer in the expected state.

    Translated, because a write that lost a race with another (two people editing
    the same task) reaches whoever asked for it.
    """

    def __init__(self, model: type[Base], row_id: str) -> None:
        """Name the row."""
        super().__init__(
            translation_domain=DOMAIN,
            translation_key="record_changed",
            translation_placeholders={"record": f"{model.__tablename__} {row_id}"},
        )
        self.model = model
        self.row_id = row_id


@dataclass(slots=True)
class Change:
    """What one write did: the rows it wrote and the ids it removed, per kind.

    ``written`` is False for a change that only time made (task statuses moving on
    when a due moment passes): listeners then know nothing reached the database.
    """

    prop: records.Property | None = None
    zones: list[records.Zone] = field(default_factory=list)
    assets: list[records.Asset] = field(default_factory=list)
    tasks: list[records.Task] = field(default_factory=list)
    supplies: list[records.Supply] = field(default_factory=list)
    logs: list[Log] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    inbox: list[records.InboxItem] = field(default_factory=list)
    announcements: list[Announcement] = field(default_factory=list)
    removed: dict[str, list[str]] = field(default_factory=dict)
    written: bool = True
    # Set when the write moved the property to a new time zone (see timezone.py).
    tz: tzinfo | None = None

    def remove(self, kind: str, ids: Iterable[str]) -> None:
        """Record ids removed of a kind."""
        self.removed.setdefault(kind, []).extend(ids)

    def task_ids(self) -> set[str]:
        """Return the ids of tasks written or removed."""
        return {task.id for task in self.tasks} | set(self.removed.get(KIND_TASK, ()))

    def __bool__(self) -> bool:
        """Return whether anything changed."""
        return bool(
            self.prop
            or self.zones
            or self.assets
            or self.tasks
            or self.supplies
            or self.logs
            or self.documents
            or self.inbox
            or self.announcements
            or any(self.removed.values())
        )


type Operation = Callable[[Session, Change], None]
"""One step of a write, run inside the write's transaction."""

# Where each model's written rows go in a Change.
_SLOTS: dict[type[Base], str] = {
    Zone: KIND_ZONE,
    Asset: KIND_ASSET,
    Task: KIND_TASK,
    Supply: KIND_SUPPLY,
    Log: KIND_LOG,
    Document: KIND_DOCUMENT,
    InboxItem: KIND_INBOX,
    Announcement: "announcements",
}


def _record(change: Change, row: Base) -> None:
    """Add a flushed row to the change (as a record, when the view keeps its kind)."""
    if type(row) not in records.RECORDS:  # logs, documents, announcements
        getattr(change, _SLOTS[type(row)]).append(row)
    elif isinstance(row, Property):
        change.prop = records.record_of(row)
    else:
        getattr(change, _SLOTS[type(row)]).append(records.record_of(row))


def add(model: type[Base], values: Mapping[str, Any]) -> Operation:
    """Insert a row."""

    def _add(session: Session, change: Change) -> None:
        row = model(**values)
        session.add(row)
        session.flush()
        _record(change, row)

    return _add


def add_all(model: type[Base], rows: Iterable[Mapping[str, Any]]) -> Operation:
    """Insert several rows of one model."""
    rows = list(rows)

    def _add_all(session: Session, change: Change) -> None:
        objects = [model(**values) for values in rows]
        session.add_all(objects)
        session.flush()
        for row in objects:
            _record(change, row)

    return _add_all


def change_row(
    model: type[Base],
    row_id: str,
    changes: Mapping[str, Any],
    expect: Mapping[str, Iterable[Any]] | None = None,
) -> Operation:
    """Update a row's columns.

    With ``expect`` ({column: allowed values}) the update is compare-and-set: it
    happens only while the row still holds one of the allowed values, checked by the
    database in the same statement, else the whole write fails with
    ``StaleRecordError`` (two writers never both win).
    """

    def _change(session: Session, change: Change) -> None:
        table: Any = model
        if expect:
            conditions = [table.id == row_id] + [
                getattr(table, column).in_(list(values))
                for column, values in expect.items()
            ]
            done = session.execute(
                update(model)
                .where(*conditions)
                .values(**changes, updated_at=dt_util.utcnow())
                .execution_options(synchronize_session=False)
            )
            if not done.rowcount:
                raise StaleRecordError(model, row_id)
            row: Base = session.get_one(model, row_id, populate_existing=True)
        else:
            found = session.get(model, row_id)
            if found is None:
                raise StaleRecordError(model, row_id)
            row = found
            for column, value in changes.items():
                setattr(row, column, value)
        session.flush()
        _record(change, row)

    return _change


def use_supplies(supply_ids: Iterable[str]) -> Operation:
    """Take one of each supply on hand (a completion used them)."""
    supply_ids = list(supply_ids)

    def _use(session: Session, change: Change) -> None:
        used: list[Supply] = []
        for supply_id in supply_ids:
            supply = session.get(Supply, supply_id)
            if supply is None:
                continue
            if supply.quantity:
                supply.quantity -= 1
            used.append(supply)
        session.flush()
        change.supplies.extend(records.record_of(supply) for supply in used)

    return _use


def remove_task(task_id: str) -> Operation:
    """Delete a task; its history stays, its supplies stay unlinked."""

    def _remove(session: Session, change: Change) -> None:
        unlinked = list(
            session.scalars(select(Supply).where(Supply.task_id == task_id))
        )
        for supply in unlinked:
            supply.task_id = None
        session.execute(delete(Announcement).where(Announcement.task_id == task_id))
        if not session.execute(delete(Task).where(Task.id == task_id)).rowcount:
            raise StaleRecordError(Task, task_id)
        session.flush()
        change.supplies.extend(records.record_of(supply) for supply in unlinked)
        change.remove(KIND_TASK, [task_id])

    return _remove


def remove_asset(asset_id: str) -> Operation:
    """Delete an asset with its tasks, supplies, logs and documents.

    Captures about the asset stay in the inbox, no longer linked to it.
    """

    def _remove(session: Session, change: Change) -> None:
        def ids(model: Any) -> list[str]:
            return list(
                session.scalars(select(model.id).where(model.asset_id == asset_id))
            )

        gone = {
            KIND_TASK: ids(Task),
            KIND_SUPPLY: ids(Supply),
            KIND_LOG: ids(Log),
            KIND_DOCUMENT: ids(Document),
        }
        # The asset's own notices (a warranty ending) go with its tasks' reminders.
        session.execute(
            delete(Announcement).where(
                Announcement.task_id.in_([*gone[KIND_TASK], asset_id])
            )
        )
        for model in (Log, Document, Supply, Task):
            session.execute(delete(model).where(model.asset_id == asset_id))
        linked = list(
            session.scalars(select(InboxItem).where(InboxItem.asset_id == asset_id))
        )
        for item in linked:
            item.asset_id = None
        if not session.execute(delete(Asset).where(Asset.id == asset_id)).rowcount:
            raise StaleRecordError(Asset, asset_id)
        session.flush()
        change.inbox.extend(records.record_of(item) for item in linked)
        for kind, removed in gone.items():
            change.remove(kind, removed)
        change.remove(KIND_ASSET, [asset_id])

    return _remove


def record_announcements(
    property_id: str, announcements: Iterable[tuple[str, datetime, str]]
) -> Operation:
    """Record reminders as sent (before they are sent: a restart never repeats one).

    One already recorded for the same occurrence is left out of the change: it was
    sent before (a task whose due moment came back to an earlier one), and is not
    sent again.
    """
    wanted = list(dict.fromkeys(announcements))

    def _record(session: Session, change: Change) -> None:
        task_ids = {task_id for task_id, _, _ in wanted}
        known = {
            (row.task_id, row.due_at, row.kind)
            for row in session.execute(
                select(
                    Announcement.task_id, Announcement.due_at, Announcement.kind
                ).where(Announcement.task_id.in_(task_ids))
            )
        }
        rows = [
            Announcement(
                property_id=property_id, task_id=task_id, due_at=due, kind=kind
            )
            for task_id, due, kind in wanted
            if (task_id, due, kind) not in known
        ]
        session.add_all(rows)
        session.flush()
        change.announcements.extend(rows)

    return _record
