"""SQLAlchemy 2.0 models of Haven's tables in the recorder database.

Every table is prefixed ``haven_`` so it can live beside the recorder's own tables.
Only portable types are used so the same models work on SQLite, MariaDB and PostgreSQL.
Relations are plain foreign-key columns without ORM relationships: rows handed to the
event loop are detached and must never lazy-load. The rows the view keeps reach the loop
as records instead (records.py), whose fields are these models' columns.

A column or table added after schema version 1 carries ``info={"since": N}``; the
migrations derive what to add to an older database from that marker, so the models stay
the one description of the schema. Columns added later must be nullable or have a server
default, because existing rows get them without a value.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
import uuid

from homeassistant.util import dt as dt_util
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

ID_LENGTH = 36
NAME_LENGTH = 255
HA_ID_LENGTH = 64


# MariaDB and MySQL keep whole seconds in a plain DATETIME; microseconds, as elsewhere.
MYSQL_DIALECTS = ("mysql", "mariadb")


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes stored as naive UTC, the same on every database.

    Microseconds are kept on every database (``DATETIME(6)`` on MariaDB and MySQL), so
    two captures or logs made within one second keep their order.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """Ask MariaDB and MySQL for microseconds; the plain type elsewhere."""
        if dialect.name in MYSQL_DIALECTS:
            # SQLAlchemy ships the MySQL types without annotations.
            return dialect.type_descriptor(mysql.DATETIME(fsp=6))  # type: ignore[no-untyped-call]
        return dialect.type_descriptor(self.impl_instance)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        """Store as naive UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            msg = "Haven stores timezone-aware datetimes only"
            raise ValueError(msg)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Read back as aware UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]


def new_id() -> str:
    """Return a new stable row id."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Declarative base of Haven's tables (separate from the recorder's)."""


class TimestampedMixin:
    """Stable id and created/updated timestamps shared by every record."""

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=dt_util.utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=dt_util.utcnow, onupdate=dt_util.utcnow
    )


class SchemaVersion(Base):
    """The single row holding the version of Haven's schema in this database."""

    __tablename__ = "haven_schema"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=dt_util.utcnow)


class Property(TimestampedMixin, Base):
    """A home: one per config entry."""

    __tablename__ = "haven_property"

    config_entry_id: Mapped[str] = mapped_column(String(HA_ID_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    address: Mapped[str | None] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    # The whole house paused (holiday, house empty): since when, until when (or on).
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, info={"since": 5})
    paused_until: Mapped[datetime | None] = mapped_column(
        UTCDateTime, info={"since": 5}
    )


class Zone(TimestampedMixin, Base):
    """A part of a property, linked to a Home Assistant area."""

    __tablename__ = "haven_zone"
    __table_args__ = (UniqueConstraint("property_id", "area_id"),)

    property_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_property.id"), index=True
    )
    area_id: Mapped[str | None] = mapped_column(String(HA_ID_LENGTH))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))


class Asset(TimestampedMixin, Base):
    """Something the household owns and maintains; shown as a device in HA."""

    __tablename__ = "haven_asset"

    property_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_property.id"), index=True
    )
    zone_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_zone.id"), index=True
    )
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    template_id: Mapped[str | None] = mapped_column(String(HA_ID_LENGTH))
    manufacturer: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    model: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    serial_number: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    installed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    # The last day of its warranty, and how many years it is expected to last.
    warranty_until: Mapped[date | None] = mapped_column(Date, info={"since": 5})
    expected_life_years: Mapped[int | None] = mapped_column(Integer, info={"since": 5})


class Task(TimestampedMixin, Base):
    """A recurring (or one-off) job on an asset, or house-wide when asset_id is empty."""

    __tablename__ = "haven_task"

    property_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_property.id"), index=True
    )
    asset_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_asset.id"), index=True
    )
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    notes: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    # Schedule: "interval", "cron", "meter" or "once".
    schedule_kind: Mapped[str] = mapped_column(String(16), default="once")
    interval_every: Mapped[int | None] = mapped_column(Integer)
    interval_unit: Mapped[str | None] = mapped_column(String(16))
    anchor: Mapped[str] = mapped_column(String(16), default="completion")
    anchor_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cron_schedule: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    meter_entity_id: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    meter_every: Mapped[float | None] = mapped_column(Float)
    meter_baseline: Mapped[float | None] = mapped_column(Float)
    lead_days: Mapped[int] = mapped_column(Integer, default=7)
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    last_completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    assigned_user_id: Mapped[str | None] = mapped_column(
        String(HA_ID_LENGTH), info={"since": 2}
    )
    # The meter reading last seen, so a counter that resets keeps the progress made.
    meter_last_value: Mapped[float | None] = mapped_column(Float, info={"since": 3})
    # Person entity ids (in turn order when rotating); empty: anyone.
    assignees: Mapped[list[str] | None] = mapped_column(JSON, info={"since": 5})
    rotate: Mapped[bool | None] = mapped_column(Boolean, info={"since": 5})
    # The months (1-12) the task is active in; empty: all year.
    active_months: Mapped[list[int] | None] = mapped_column(JSON, info={"since": 5})
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, info={"since": 5})
    paused_until: Mapped[datetime | None] = mapped_column(
        UTCDateTime, info={"since": 5}
    )


class Supply(TimestampedMixin, Base):
    """A consumable an asset needs (a filter, a battery), optionally tied to a task."""

    __tablename__ = "haven_supply"

    property_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_property.id"), index=True
    )
    asset_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_asset.id"), index=True
    )
    task_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_task.id")
    )
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    part_number: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    purchase_url: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[int | None] = mapped_column(Integer)


class Log(TimestampedMixin, Base):
    """Something that was done (or skipped), by whom and when."""

    __tablename__ = "haven_log"
    __table_args__ = (
        Index(
            "ix_haven_log_asset_performed",
            "asset_id",
            "performed_at",
            info={"since": 2},
        ),
    )

    property_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_property.id"), index=True
    )
    asset_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_asset.id")
    )
    task_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), index=True)
    user_id: Mapped[str | None] = mapped_column(String(HA_ID_LENGTH))
    # "completed", "skipped" or "manual".
    kind: Mapped[str] = mapped_column(String(16), default="manual")
    action: Mapped[str] = mapped_column(String(NAME_LENGTH))
    notes: Mapped[str | None] = mapped_column(Text)
    cost: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    performed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Document(TimestampedMixin, Base):
    """A manual, receipt or warranty stored under <config>/haven/."""

    __tablename__ = "haven_document"

    property_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_property.id"), index=True
    )
    asset_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_asset.id"), index=True
    )
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    storage_key: Mapped[str] = mapped_column(Text)
    mime_type: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    size: Mapped[int | None] = mapped_column(Integer)


# Inbox item statuses. Open items (all but FILED) are the inbox; FILED ones are history.
INBOX_PENDING = "PENDING"
INBOX_PROCESSING = "PROCESSING"
INBOX_PROCESSED = "PROCESSED"
INBOX_FAILED = "FAILED"
INBOX_FILED = "FILED"
OPEN_INBOX_STATUSES = (INBOX_PENDING, INBOX_PROCESSING, INBOX_PROCESSED, INBOX_FAILED)


class InboxItem(TimestampedMixin, Base):
    """A capture (photo, voice memo or text) waiting to be understood and triaged."""

    __tablename__ = "haven_inbox_item"

    property_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_property.id"), index=True
    )
    asset_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_asset.id")
    )
    user_id: Mapped[str | None] = mapped_column(String(HA_ID_LENGTH))
    # "PENDING", "PROCESSING", "PROCESSED", "FAILED" or "FILED".
    status: Mapped[str] = mapped_column(String(16), default="PENDING", index=True)
    text: Mapped[str | None] = mapped_column(Text)
    storage_key: Mapped[str | None] = mapped_column(Text)
    mime_type: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    transcription: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # How it was triaged: "task", "log", "note" or "dismiss", and the record it became.
    outcome: Mapped[str | None] = mapped_column(String(16), info={"since": 4})
    outcome_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), info={"since": 4})


# Announcements that are not about a task's occurrence.
NOTICE_WARRANTY = "warranty"
NOTICE_BUDGET = "budget"
NOTICE_KINDS = (NOTICE_WARRANTY, NOTICE_BUDGET)


class Announcement(Base):
    """A reminder or due event already sent for one occurrence of a task.

    Stored so that a restart neither repeats nor loses a reminder: what is due and not
    yet in this table is announced after start-up, exactly once. Notices about other
    records use it the same way (see NOTICE_KINDS): ``task_id`` then holds the id of
    the asset (a warranty ending) or the property (the year's budget passed).
    """

    __tablename__ = "haven_announcement"
    __table_args__ = (
        UniqueConstraint("task_id", "due_at", "kind"),
        {"info": {"since": 4}},
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    property_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("haven_property.id"), index=True
    )
    task_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    # The occurrence: the task's due moment when it was announced.
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # "lead", "due", "repeat:N" (N-th reminder while overdue) or "supplies"; or a
    # notice: "warranty" (due_at: the warranty's last day) or "budget" (the year).
    kind: Mapped[str] = mapped_column(String(32))
    announced_at: Mapped[datetime] = mapped_column(UTCDateTime, default=dt_util.utcnow)
