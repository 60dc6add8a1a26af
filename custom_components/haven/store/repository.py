"""The one place that reads and writes Haven's records.

Every call runs on the recorder's database executor, never on the event loop, in its
own transaction. Reads return rows; a write runs the operations of ``writes.py`` in one
transaction and returns the ``Change`` they made, which the caller hands to the view.
The rows the view keeps come back as records (records.py: plain slotted copies, made
from a select of their columns or from the rows a write flushed); other rows come back
detached and fully loaded (no relationships, no expiry on commit). Either way the event
loop may read them freely, and nobody mutates them afterwards. Nothing listens here:
the repository does not know who is told about a write.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection
from datetime import datetime
from decimal import Decimal
import logging
from typing import TYPE_CHECKING, Any

from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.recorder import get_instance
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey
from sqlalchemy import Engine, and_, case, delete, exists, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..const import DOMAIN
from . import records
from .export import CheckedExport, dump_property
from .importing import import_into
from .migrations import SchemaReport, migrate, repair_schema
from .models import (
    NOTICE_KINDS,
    Announcement,
    Base,
    Document,
    Log,
    Property,
    Supply,
    Task,
)
from .properties import (
    PROPERTY_CHILDREN,
    PropertySnapshot,
    Unreadable,
    db_reason,
    delete_property,
    read_snapshot,
    restore,
)
from .writes import Change, Operation

__all__ = ["DatabaseError", "PropertySnapshot", "Repository", "Unreadable"]

if TYPE_CHECKING:
    from homeassistant.components.recorder.core import Recorder
    from homeassistant.core import HomeAssistant

_LOGGER = logging.getLogger(__name__)

DATA_REPOSITORY: HassKey[Repository] = HassKey("haven_repository")
DATA_LOCK: HassKey[asyncio.Lock] = HassKey("haven_repository_lock")

_ASSET_CHILDREN: tuple[type[Base], ...] = (Log, Document, Supply, Task)


class DatabaseNotReadyError(Exception):
    """The recorder has no working database connection."""


class DatabaseError(HomeAssistantError):
    """A database request failed; the caller gets a translated sentence, no SQL."""

    def __init__(self) -> None:
        """Use the translated message."""
        super().__init__(translation_domain=DOMAIN, translation_key="database_error")


class Repository:
    """Typed access to Haven's tables on the recorder's engine."""

    def __init__(self, instance: Recorder, engine: Engine) -> None:
        """Bind to the recorder's engine and executor."""
        self._instance = instance
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self.schema_found: int | None = None
        # What the schema check at start found and did (tables it made again, what
        # it could not mend); the properties refill remade tables from their exports.
        self.schema = SchemaReport()
        self._refilled: set[str] = set()
        # One write at a time: the recorder runs jobs on several threads, and a write
        # that read a row before another committed would hand back the older copy.
        # In turn, the rows each write returns reach the view in commit order.
        self._writing = asyncio.Lock()

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

        engine = instance.engine

        def _prepare() -> None:
            repository.schema_found = migrate(engine)
            repository.schema = repair_schema(engine)

        try:
            await instance.async_add_executor_job(_prepare)
        except SQLAlchemyError as err:
            _LOGGER.error("Could not prepare Haven's tables: %s", db_reason(err))  # noqa: TRY400 - one line, no SQL
            raise DatabaseError from None
        return repository

    async def _run[T](self, job: Callable[[Session], T]) -> T:
        """Run a job in one transaction on the recorder's database executor.

        A database failure reaches the caller as a translated DatabaseError, and the
        administrator's log gets one line with the database's reason; neither holds
        the statement or its parameters (they can hold the household's notes), and
        the error is not chained to one that does (tracebacks would show it).
        """

        def _in_transaction() -> T:
            with self._sessions.begin() as session:
                return job(session)

        try:
            job_done = self._instance.async_add_executor_job(_in_transaction)
        except RuntimeError:
            # The recorder has shut its executor down (HA is stopping): nothing runs.
            _LOGGER.warning("Haven's tables are out of reach: the recorder has stopped")
            raise DatabaseError from None
        try:
            return await job_done
        except SQLAlchemyError as err:
            _LOGGER.error("A request to Haven's tables failed: %s", db_reason(err))  # noqa: TRY400 - one line, no SQL
            raise DatabaseError from None

    async def async_write(self, *operations: Operation) -> Change:
        """Run write operations in one transaction; return what they changed.

        All or nothing: when one operation fails, none of them is committed.
        """

        def _write(session: Session) -> Change:
            change = Change()
            for operation in operations:
                operation(session, change)
            return change

        async with self._writing:
            return await self._run(_write)

    @property
    def dialect(self) -> str:
        """Return the database dialect's name (sqlite, postgresql, mysql)."""
        return self.engine.dialect.name

    # Properties

    async def async_has_property(self, config_entry_id: str) -> bool:
        """Return whether a config entry's property is in the database."""
        return await self._run(
            lambda s: (
                s.scalar(
                    select(Property.id).where(
                        Property.config_entry_id == config_entry_id
                    )
                )
                is not None
            )
        )

    def refill_tables(self, config_entry_id: str) -> set[str]:
        """Return the tables made again at start that this property has not refilled."""
        if config_entry_id in self._refilled:
            return set()
        return set(self.schema.created)

    async def async_load_property(
        self,
        config_entry_id: str,
        name: str,
        address: str | None,
        export: CheckedExport | None = None,
    ) -> tuple[PropertySnapshot, int]:
        """Return a property's records and how many rows were restored.

        A property missing from the database is restored from its checked export when
        one is given (the database was reset), and created empty otherwise. A property
        that is there gets back the rows of the tables the schema check had to make
        again (a dropped table), from the export. All in one transaction.
        """
        restored = 0

        def _load(session: Session) -> PropertySnapshot:
            nonlocal restored

            def find() -> Property | None:
                return session.scalars(
                    select(Property).where(Property.config_entry_id == config_entry_id)
                ).one_or_none()

            prop = find()
            if export is not None:
                only = None if prop is None else self.refill_tables(config_entry_id)
                restored = restore(session, export, only)
                prop = find()
            if prop is None:
                prop = Property(
                    config_entry_id=config_entry_id, name=name, address=address
                )
                session.add(prop)
                session.flush()
            return read_snapshot(session, prop)

        snapshot = await self._run(_load)
        self._refilled.add(config_entry_id)
        return snapshot, restored

    async def async_restore(self, export: CheckedExport) -> int:
        """Replace a property's records with a checked export's, all or nothing."""

        def _replace(session: Session) -> int:
            delete_property(session, export.config_entry_id)
            return restore(session, export, None)

        return await self._run(_replace)

    async def async_import(self, export: CheckedExport) -> int:
        """Put a bound export in place of its entry's empty property (importing.py).

        All or nothing: a property with records or an id in use is refused.
        """
        return await self._run(lambda s: import_into(s, export))

    async def async_create_property(
        self, config_entry_id: str, name: str, address: str | None
    ) -> None:
        """Create a property without records (chosen over a damaged export)."""

        def _create(session: Session) -> None:
            delete_property(session, config_entry_id)
            session.add(
                Property(config_entry_id=config_entry_id, name=name, address=address)
            )

        await self._run(_create)

    async def async_export(self, property_id: str) -> dict[str, Any]:
        """Return every record of a property as JSON-ready data."""
        return await self._run(
            lambda s: dump_property(s, property_id, dt_util.utcnow())
        )

    async def async_delete_property(self, config_entry_id: str) -> str | None:
        """Delete a config entry's property and all its records; return its id."""
        return await self._run(lambda s: delete_property(s, config_entry_id))

    async def async_count_rows(self, property_id: str) -> dict[str, int]:
        """Return how many rows of each table belong to a property (diagnostics)."""

        def _count(session: Session) -> dict[str, int]:
            return {
                model.__tablename__: session.scalar(
                    select(func.count()).where(model.property_id == property_id)  # type: ignore[attr-defined]
                )
                or 0
                for model in PROPERTY_CHILDREN
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

    async def async_inbox_item(self, item_id: str) -> records.InboxItem | None:
        """Return one inbox item (open or filed)."""
        inbox = records.table_of(records.InboxItem)
        found = await self._run(
            lambda s: records.read_records(s, records.InboxItem, inbox.c.id == item_id)
        )
        return found[0] if found else None

    async def async_inbox_items(
        self, property_id: str, statuses: tuple[str, ...] | None = None
    ) -> list[records.InboxItem]:
        """Return a property's inbox items, oldest first, optionally by status."""
        inbox = records.table_of(records.InboxItem)
        where = [inbox.c.property_id == property_id]
        if statuses is not None:
            where.append(inbox.c.status.in_(statuses))
        order = (inbox.c.created_at, inbox.c.id)
        return await self._run(
            lambda s: records.read_records(s, records.InboxItem, *where, order_by=order)
        )

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

    async def async_cost_totals(
        self, property_id: str, since: datetime
    ) -> tuple[dict[str | None, Decimal], dict[str | None, Decimal]]:
        """Return the logs' costs summed per asset: in total, and since a moment.

        One pass over the property's logs: both sums come from the same grouped query.
        """
        query = (
            select(
                Log.asset_id,
                func.sum(Log.cost),
                func.sum(case((Log.performed_at >= since, Log.cost))),
            )
            .where(Log.property_id == property_id, Log.cost.is_not(None))
            .group_by(Log.asset_id)
        )

        def _sums(
            session: Session,
        ) -> tuple[dict[str | None, Decimal], dict[str | None, Decimal]]:
            lifetime: dict[str | None, Decimal] = {}
            recent: dict[str | None, Decimal] = {}
            for asset_id, total, since_then in session.execute(query):
                lifetime[asset_id] = Decimal(total or 0)
                if since_then is not None:
                    recent[asset_id] = Decimal(since_then)
            return lifetime, recent

        return await self._run(_sums)

    # Announcements

    async def async_announcements(
        self, property_id: str, keep: Collection[str] = ()
    ) -> list[tuple[str, datetime, str]]:
        """Return the reminders sent for the tasks' current occurrences.

        Those of past occurrences, or of tasks gone, are no longer needed and are
        deleted on the way, except for the tasks in keep (left out of the view because
        a stored value could not be read, not gone).
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
                        Announcement.task_id.not_in(list(keep)),
                        Announcement.kind.not_in(NOTICE_KINDS),
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

    async def async_notices(self, property_id: str) -> list[tuple[str, datetime, str]]:
        """Return the notices sent (warranties ending, budgets passed)."""
        query = select(
            Announcement.task_id, Announcement.due_at, Announcement.kind
        ).where(
            Announcement.property_id == property_id,
            Announcement.kind.in_(NOTICE_KINDS),
        )
        return await self._run(
            lambda s: [(row.task_id, row.due_at, row.kind) for row in s.execute(query)]
        )
