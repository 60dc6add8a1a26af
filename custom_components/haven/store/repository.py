"""The one place that reads and writes Haven's records.

Every call runs on the recorder's database executor, never on the event loop, in its
own transaction. Rows come back detached and fully loaded (no relationships, no expiry
on commit), so the event loop may read them freely; nobody mutates them afterwards.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.helpers.recorder import get_instance
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from .export import dump_property, read_export, restore_property
from .migrations import migrate
from .models import (
    INBOX_PROCESSING,
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

if TYPE_CHECKING:
    from homeassistant.components.recorder.core import Recorder
    from homeassistant.core import HomeAssistant

DATA_REPOSITORY: HassKey[Repository] = HassKey("haven_repository")
DATA_LOCK: HassKey[asyncio.Lock] = HassKey("haven_repository_lock")

# Child tables of a property, deleted before their parents (no reliance on FK cascades,
# which SQLite only honours when a pragma is set).
_PROPERTY_CHILDREN: tuple[type[Base], ...] = (
    Announcement,
    Log,
    Document,
    InboxItem,
    Supply,
    Task,
    Asset,
    Zone,
)
_ASSET_CHILDREN: tuple[type[Base], ...] = (Log, Document, Supply, Task)


class DatabaseNotReadyError(Exception):
    """The recorder has no working database connection."""


@dataclass(frozen=True, slots=True)
class PropertySnapshot:
    """Everything the in-memory view of one property starts from."""

    property: Property
    zones: list[Zone]
    assets: list[Asset]
    tasks: list[Task]
    supplies: list[Supply]
    inbox: list[InboxItem] = field(default_factory=list)


class Repository:
    """Typed access to Haven's tables on the recorder's engine."""

    def __init__(self, instance: Recorder, engine: Engine) -> None:
        """Bind to the recorder's engine and executor."""
        self._instance = instance
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_listeners: list[CALLBACK_TYPE] = []
        self.schema_found: int | None = None

    @classmethod
    async def async_get(cls, hass: HomeAssistant) -> Repository:
        """Return the shared repository, migrating the schema on first use."""
        lock = hass.data.setdefault(DATA_LOCK, asyncio.Lock())
        async with lock:
            if (repository := hass.data.get(DATA_REPOSITORY)) is None:
                repository = await cls._async_open(hass)
                hass.data[DATA_REPOSITORY] = repository
        return repository

    @classmethod
    async def _async_open(cls, hass: HomeAssistant) -> Repository:
        instance = get_instance(hass)
        if not await instance.async_db_ready or instance.engine is None:
            raise DatabaseNotReadyError
        repository = cls(instance, instance.engine)
        repository.schema_found = await instance.async_add_executor_job(
            migrate, instance.engine
        )
        return repository

    async def _run[T](self, job: Callable[[Session], T], write: bool = True) -> T:
        """Run a job in one transaction on the recorder's database executor."""

        def _in_transaction() -> T:
            with self._sessions.begin() as session:
                return job(session)

        result = await self._instance.async_add_executor_job(_in_transaction)
        if write:
            for listener in list(self._write_listeners):
                listener()
        return result

    @callback
    def async_listen_writes(self, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call listener (on the event loop) after every write."""
        self._write_listeners.append(listener)
        return lambda: self._write_listeners.remove(listener)

    @property
    def dialect(self) -> str:
        """Return the database dialect's name (sqlite, postgresql, mysql)."""
        return self.engine.dialect.name

    # Properties

    async def async_load_property(
        self,
        config_entry_id: str,
        name: str,
        address: str | None,
        export_file: Path | None = None,
    ) -> tuple[PropertySnapshot, int]:
        """Return a property's records and how many rows were restored.

        A property missing from the database is restored from its export file when
        there is one (the database was reset), and created empty otherwise. The file
        is only read in that case, not on every start.
        """
        restored = 0

        def _load(session: Session) -> PropertySnapshot:
            nonlocal restored

            def find() -> Property | None:
                return session.scalars(
                    select(Property).where(Property.config_entry_id == config_entry_id)
                ).one_or_none()

            prop = find()
            if prop is None and export_file is not None:
                export = read_export(export_file)
                if export and export.get("config_entry_id") == config_entry_id:
                    restored = restore_property(session, export)
                    prop = find()
            if prop is None:
                prop = Property(
                    config_entry_id=config_entry_id, name=name, address=address
                )
                session.add(prop)
                session.flush()

            def rows[M: Base](model: type[M]) -> list[M]:
                return list(
                    session.scalars(
                        select(model).where(model.property_id == prop.id)  # type: ignore[attr-defined]
                    )
                )

            return PropertySnapshot(
                property=prop,
                zones=rows(Zone),
                assets=rows(Asset),
                tasks=rows(Task),
                supplies=rows(Supply),
                inbox=list(
                    session.scalars(
                        select(InboxItem).where(
                            InboxItem.property_id == prop.id,
                            InboxItem.status.in_(OPEN_INBOX_STATUSES),
                        )
                    )
                ),
            )

        snapshot = await self._run(_load)
        return snapshot, restored

    async def async_export(self, property_id: str) -> dict[str, Any]:
        """Return every record of a property as JSON-ready data."""
        return await self._run(
            lambda s: dump_property(s, property_id, dt_util.utcnow()), write=False
        )

    async def async_update_property(
        self, property_id: str, changes: dict[str, Any]
    ) -> Property:
        """Change a property's columns and return the updated row."""
        return await self._run(lambda s: _update(s, Property, property_id, changes))

    async def async_delete_property(self, config_entry_id: str) -> str | None:
        """Delete a config entry's property and all its records; return its id."""

        def _delete(session: Session) -> str | None:
            property_id = session.scalar(
                select(Property.id).where(Property.config_entry_id == config_entry_id)
            )
            if property_id is None:
                return None
            for model in _PROPERTY_CHILDREN:
                session.execute(
                    delete(model).where(model.property_id == property_id)  # type: ignore[attr-defined]
                )
            session.execute(delete(Property).where(Property.id == property_id))
            return property_id

        return await self._run(_delete)

    async def async_count_rows(self, property_id: str) -> dict[str, int]:
        """Return how many rows of each table belong to a property (diagnostics)."""

        def _count(session: Session) -> dict[str, int]:
            return {
                model.__tablename__: session.scalar(
                    select(func.count()).where(model.property_id == property_id)  # type: ignore[attr-defined]
                )
                or 0
                for model in _PROPERTY_CHILDREN
            }

        return await self._run(_count, write=False)

    # Zones

    async def async_add_zone(self, property_id: str, area_id: str, name: str) -> Zone:
        """Add the zone that links a property to an HA area."""
        return await self._run(
            lambda s: _add(s, Zone(property_id=property_id, area_id=area_id, name=name))
        )

    # Assets

    async def async_add_asset(
        self,
        values: dict[str, Any],
        tasks: list[dict[str, Any]],
        supplies: list[dict[str, Any]],
    ) -> tuple[Asset, list[Task], list[Supply]]:
        """Add an asset with its first tasks and supplies, all or nothing."""

        def _add_all(session: Session) -> tuple[Asset, list[Task], list[Supply]]:
            asset = Asset(**values)
            session.add(asset)
            task_rows = [Task(**task) for task in tasks]
            supply_rows = [Supply(**supply) for supply in supplies]
            session.add_all([*task_rows, *supply_rows])
            session.flush()
            return asset, task_rows, supply_rows

        return await self._run(_add_all)

    async def async_update_asset(self, asset_id: str, changes: dict[str, Any]) -> Asset:
        """Change an asset's columns and return the updated row."""
        return await self._run(lambda s: _update(s, Asset, asset_id, changes))

    async def async_delete_asset(self, asset_id: str) -> None:
        """Delete an asset with its tasks, supplies, logs and documents.

        Captures about the asset stay in the inbox, no longer linked to it.
        """

        def _delete(session: Session) -> None:
            for model in _ASSET_CHILDREN:
                session.execute(
                    delete(model).where(model.asset_id == asset_id)  # type: ignore[attr-defined]
                )
            session.execute(
                update(InboxItem)
                .where(InboxItem.asset_id == asset_id)
                .values(asset_id=None)
            )
            session.execute(delete(Asset).where(Asset.id == asset_id))

        await self._run(_delete)

    # Tasks

    async def async_add_task(self, values: dict[str, Any]) -> Task:
        """Add a task."""
        return await self._run(lambda s: _add(s, Task(**values)))

    async def async_update_task(self, task_id: str, changes: dict[str, Any]) -> Task:
        """Change a task's columns and return the updated row."""
        return await self._run(lambda s: _update(s, Task, task_id, changes))

    async def async_delete_task(self, task_id: str) -> None:
        """Delete a task; its history stays on the asset, its supplies stay unlinked."""

        def _delete(session: Session) -> None:
            session.execute(
                update(Supply).where(Supply.task_id == task_id).values(task_id=None)
            )
            session.execute(delete(Task).where(Task.id == task_id))

        await self._run(_delete)

    async def async_record_task_done(
        self,
        task_id: str,
        task_changes: dict[str, Any],
        log_values: dict[str, Any] | None,
        used_supplies: list[str],
    ) -> tuple[Task, Log | None, list[Supply]]:
        """Write a completion or skip: the task's new schedule, its log, supplies used.

        One transaction, so a completion is never half recorded.
        """

        def _record(session: Session) -> tuple[Task, Log | None, list[Supply]]:
            task = _update(session, Task, task_id, task_changes)
            log = _add(session, Log(**log_values)) if log_values else None
            supplies = []
            for supply_id in used_supplies:
                supply = session.get_one(Supply, supply_id)
                if supply.quantity:
                    supply.quantity -= 1
                supplies.append(supply)
            session.flush()
            return task, log, supplies

        return await self._run(_record)

    # Logs

    async def async_add_log(self, values: dict[str, Any]) -> Log:
        """Add a log entry."""
        return await self._run(lambda s: _add(s, Log(**values)))

    async def async_logs(
        self,
        *,
        property_id: str,
        asset_id: str | None = None,
        task_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[Log]:
        """Return log entries, newest first, filtered as asked."""
        query = select(Log).where(Log.property_id == property_id)
        if asset_id:
            query = query.where(Log.asset_id == asset_id)
        if task_id:
            query = query.where(Log.task_id == task_id)
        if since:
            query = query.where(Log.performed_at >= since)
        if until:
            query = query.where(Log.performed_at < until)
        query = query.order_by(Log.performed_at.desc(), Log.id).limit(limit)
        return await self._run(lambda s: list(s.scalars(query)), write=False)

    # Inbox and documents

    async def async_add_inbox_item(self, values: dict[str, Any]) -> InboxItem:
        """Add a capture to the inbox."""
        return await self._run(lambda s: _add(s, InboxItem(**values)))

    async def async_update_inbox_item(
        self, item_id: str, changes: dict[str, Any]
    ) -> InboxItem:
        """Change an inbox item's columns and return the updated row."""
        return await self._run(lambda s: _update(s, InboxItem, item_id, changes))

    async def async_claim_inbox_item(
        self, item_id: str, statuses: tuple[str, ...]
    ) -> InboxItem | None:
        """Mark an item PROCESSING if it is in one of statuses; None if it was not.

        One conditional UPDATE, so an item queued twice is still processed once.
        """

        def _claim(session: Session) -> InboxItem | None:
            claimed = session.execute(
                update(InboxItem)
                .where(InboxItem.id == item_id, InboxItem.status.in_(statuses))
                .values(
                    status=INBOX_PROCESSING,
                    attempts=InboxItem.attempts + 1,
                    updated_at=dt_util.utcnow(),
                )
            )
            if not claimed.rowcount:
                return None
            return session.get_one(InboxItem, item_id)

        return await self._run(_claim)

    async def async_inbox_item(self, item_id: str) -> InboxItem | None:
        """Return one inbox item (open or filed)."""
        return await self._run(lambda s: s.get(InboxItem, item_id), write=False)

    async def async_inbox_items(
        self, property_id: str, statuses: tuple[str, ...] | None = None
    ) -> list[InboxItem]:
        """Return a property's inbox items, oldest first, optionally by status."""
        query = select(InboxItem).where(InboxItem.property_id == property_id)
        if statuses is not None:
            query = query.where(InboxItem.status.in_(statuses))
        query = query.order_by(InboxItem.created_at, InboxItem.id)
        return await self._run(lambda s: list(s.scalars(query)), write=False)

    async def async_add_document(self, values: dict[str, Any]) -> Document:
        """Add a document."""
        return await self._run(lambda s: _add(s, Document(**values)))

    async def async_documents(
        self,
        property_id: str,
        asset_id: str | None = None,
        document_id: str | None = None,
    ) -> list[Document]:
        """Return a property's documents (of one asset, or one), by name."""
        query = select(Document).where(Document.property_id == property_id)
        if asset_id:
            query = query.where(Document.asset_id == asset_id)
        if document_id:
            query = query.where(Document.id == document_id)
        query = query.order_by(Document.name, Document.id)
        return await self._run(lambda s: list(s.scalars(query)), write=False)

    # Supplies

    async def async_add_supply(self, values: dict[str, Any]) -> Supply:
        """Add a supply."""
        return await self._run(lambda s: _add(s, Supply(**values)))

    async def async_update_supply(
        self, supply_id: str, changes: dict[str, Any]
    ) -> Supply:
        """Change a supply's columns and return the updated row."""
        return await self._run(lambda s: _update(s, Supply, supply_id, changes))

    # Announcements

    async def async_announcements(
        self, property_id: str
    ) -> list[tuple[str, datetime, str]]:
        """Return the reminders sent for the tasks' current occurrences.

        Those of past occurrences are no longer needed and are deleted on the way.
        """

        def _load(session: Session) -> list[tuple[str, datetime, str]]:
            current = dict(
                session.execute(
                    select(Task.id, Task.next_due_at).where(
                        Task.property_id == property_id
                    )
                )
                .tuples()
                .all()
            )
            rows = session.execute(
                select(
                    Announcement.id,
                    Announcement.task_id,
                    Announcement.due_at,
                    Announcement.kind,
                ).where(Announcement.property_id == property_id)
            ).all()
            stale = [row.id for row in rows if current.get(row.task_id) != row.due_at]
            if stale:
                session.execute(delete(Announcement).where(Announcement.id.in_(stale)))
            return [
                (row.task_id, row.due_at, row.kind)
                for row in rows
                if current.get(row.task_id) == row.due_at
            ]

        return await self._run(_load)

    async def async_add_announcements(
        self, property_id: str, announcements: list[tuple[str, datetime, str]]
    ) -> None:
        """Record reminders as sent."""

        def _add_all(session: Session) -> None:
            session.add_all(
                Announcement(
                    property_id=property_id, task_id=task_id, due_at=due_at, kind=kind
                )
                for task_id, due_at, kind in announcements
            )

        await self._run(_add_all)


def _add[M: Base](session: Session, row: M) -> M:
    session.add(row)
    session.flush()
    return row


def _update[M: Base](
    session: Session, model: type[M], row_id: str, changes: dict[str, Any]
) -> M:
    row = session.get_one(model, row_id)
    for key, value in changes.items():
        setattr(row, key, value)
    session.flush()
    return row
