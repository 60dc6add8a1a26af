"""The one place that reads and writes Haven's records.

Every call runs on the recorder's database executor, never on the event loop, in its
own transaction. Reads return rows; a write runs the operations of ``writes.py`` in one
transaction and returns the ``Change`` they made, which the caller hands to the view.
Rows come back detached and fully loaded (no relationships, no expiry on commit), so
the event loop may read them freely; nobody mutates them afterwards. Nothing listens
here: the repository does not know who is told about a write.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from homeassistant.helpers.recorder import get_instance
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey
from sqlalchemy import Engine, and_, delete, exists, func, select
from sqlalchemy.orm import Session, sessionmaker

from .export import dump_property, read_export, restore_property
from .migrations import migrate
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
from .writes import Change, Operation

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

    async def _run[T](self, job: Callable[[Session], T]) -> T:
        """Run a job in one transaction on the recorder's database executor."""

        def _in_transaction() -> T:
            with self._sessions.begin() as session:
                return job(session)

        return await self._instance.async_add_executor_job(_in_transaction)

    async def async_write(self, *operations: Operation) -> Change:
        """Run write operations in one transaction; return what they changed.

        All or nothing: when one operation fails, none of them is committed.
        """

        def _write(session: Session) -> Change:
            change = Change()
            for operation in operations:
                operation(session, change)
            return change

        return await self._run(_write)

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
            lambda s: dump_property(s, property_id, dt_util.utcnow())
        )

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

        return await self._run(_count)

    # Logs

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
        return await self._run(lambda s: list(s.scalars(query)))

    # Inbox and documents

    async def async_inbox_item(self, item_id: str) -> InboxItem | None:
        """Return one inbox item (open or filed)."""
        return await self._run(lambda s: s.get(InboxItem, item_id))

    async def async_inbox_items(
        self, property_id: str, statuses: tuple[str, ...] | None = None
    ) -> list[InboxItem]:
        """Return a property's inbox items, oldest first, optionally by status."""
        query = select(InboxItem).where(InboxItem.property_id == property_id)
        if statuses is not None:
            query = query.where(InboxItem.status.in_(statuses))
        query = query.order_by(InboxItem.created_at, InboxItem.id)
        return await self._run(lambda s: list(s.scalars(query)))

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
        return await self._run(lambda s: list(s.scalars(query)))

    # Announcements

    async def async_announcements(
        self, property_id: str
    ) -> list[tuple[str, datetime, str]]:
        """Return the reminders sent for the tasks' current occurrences.

        Those of past occurrences are no longer needed and are deleted on the way.
        """

        def _load(session: Session) -> list[tuple[str, datetime, str]]:
            # Matched in the database: a big home's tasks are not read a second time.
            current = and_(
                Task.id == Announcement.task_id, Task.next_due_at == Announcement.due_at
            )
            stale = list(
                session.scalars(
                    select(Announcement.id).where(
                        Announcement.property_id == property_id,
                        ~exists().where(current),
                    )
                )
            )
            if stale:  # a start that finds none writes nothing
                session.execute(delete(Announcement).where(Announcement.id.in_(stale)))
            rows = session.execute(
                select(Announcement.task_id, Announcement.due_at, Announcement.kind)
                .join(Task, current)
                .where(Announcement.property_id == property_id)
            )
            return [(row.task_id, row.due_at, row.kind) for row in rows]

        return await self._run(_load)
