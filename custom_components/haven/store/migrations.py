"""Numbered schema migrations of Haven's tables, with the version stored in the database.

The models are the one description of the schema: an item added in version N carries
``info={"since": N}``. ``schema_at(N)`` rebuilds the schema as it was at version N, and
upgrading from N-1 to N creates what N added (tables, columns, indexes), then runs the
data steps registered for N. Each step commits together with its version number, so an
interrupted upgrade resumes where it stopped. A database written by a newer Haven is
refused rather than touched, so nothing it stored is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
import logging
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Index,
    MetaData,
    Table,
    UniqueConstraint,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.schema import CreateColumn

from .models import MYSQL_DIALECTS, Base, SchemaVersion, UTCDateTime

_LOGGER = logging.getLogger(__name__)

SCHEMA_VERSION = 6


def _datetimes_with_microseconds(connection: Connection) -> None:
    """Version 6: MariaDB and MySQL datetimes keep microseconds (were whole seconds).

    The other databases always kept them; their columns are left as they are.
    """
    if connection.dialect.name not in MYSQL_DIALECTS:
        return
    for table in schema_at(5).sorted_tables:
        for column in table.columns:
            if isinstance(column.type, UTCDateTime):
                _alter_column(connection, table, column, "MODIFY COLUMN")


# Changes that cannot be derived from the models, keyed by the version they lead to.
DATA_STEPS: dict[int, list[Callable[[Connection], None]]] = {
    6: [_datetimes_with_microseconds]
}


class SchemaTooNewError(Exception):
    """The database was written by a newer Haven than this one."""

    def __init__(self, found: int) -> None:
        """Remember the version found."""
        super().__init__(f"schema version {found} is newer than {SCHEMA_VERSION}")
        self.found = found


def since(item: Any) -> int:
    """Return the schema version an item (table, column, index) appeared in."""
    return int(item.info.get("since", 1))


def schema_at(version: int) -> MetaData:
    """Return Haven's schema as it was at the given version."""
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        if since(table) > version:
            continue
        copy = Table(
            table.name,
            metadata,
            *(column._copy() for column in table.columns if since(column) <= version),  # noqa: SLF001
        )
        for constraint in table.constraints:
            if (
                isinstance(constraint, UniqueConstraint)
                and since(constraint) <= version
            ):
                copy.append_constraint(
                    UniqueConstraint(*(column.name for column in constraint.columns))
                )
        present = {index.name for index in copy.indexes}
        for index in table.indexes:
            if since(index) <= version and index.name not in present:
                Index(
                    index.name,
                    *(copy.c[column.name] for column in index.columns),
                    unique=index.unique,
                )
    return metadata


def stored_version(connection: Connection) -> int | None:
    """Return the schema version stored in the database, None for a new database."""
    if not inspect(connection).has_table(SchemaVersion.__tablename__):
        return None
    return connection.execute(select(SchemaVersion.version)).scalar_one_or_none()


def _set_version(connection: Connection, version: int) -> None:
    if connection.execute(select(SchemaVersion.id)).first() is None:
        connection.execute(insert(SchemaVersion).values(id=1, version=version))
    else:
        connection.execute(update(SchemaVersion).values(version=version))


def _alter_column(
    connection: Connection, table: Table, column: Any, change: str = "ADD COLUMN"
) -> None:
    """Add a column as the models describe it, or (MODIFY COLUMN) retype it so."""
    ddl = CreateColumn(column).compile(dialect=connection.dialect)
    preparer = connection.dialect.identifier_preparer
    # Both names come from Haven's own models, never from user input.
    connection.execute(
        text(f"ALTER TABLE {preparer.format_table(table)} {change} {ddl}")
    )


def _upgrade_step(connection: Connection, version: int) -> None:
    """Add what the given version introduced to a database at version - 1."""
    before, after = schema_at(version - 1), schema_at(version)
    for table in after.sorted_tables:
        old = before.tables.get(table.name)
        if old is None:
            table.create(connection)
            continue
        for column in table.columns:
            if column.name not in old.columns:
                _alter_column(connection, table, column)
        old_indexes = {index.name for index in old.indexes}
        for index in table.indexes:
            if index.name not in old_indexes:
                index.create(connection)
    for step in DATA_STEPS.get(version, []):
        step(connection)
    _set_version(connection, version)


def create_at(engine: Engine, version: int) -> None:
    """Create Haven's tables as they were at a version and stamp it (new databases)."""
    with engine.begin() as connection:
        schema_at(version).create_all(connection)
        _set_version(connection, version)


def migrate(engine: Engine) -> int:
    """Bring Haven's tables to SCHEMA_VERSION; return the version found before."""
    with engine.connect() as connection:
        found = stored_version(connection)
    if found is None:
        create_at(engine, SCHEMA_VERSION)
        _LOGGER.info("Created Haven's tables at schema version %s", SCHEMA_VERSION)
        return SCHEMA_VERSION
    if found > SCHEMA_VERSION:
        raise SchemaTooNewError(found)
    for version in range(found + 1, SCHEMA_VERSION + 1):
        _LOGGER.info("Upgrading Haven's tables to schema version %s", version)
        with engine.begin() as connection:
            _upgrade_step(connection, version)
    return found


@dataclass(slots=True)
class SchemaReport:
    """What the schema check found missing: made again, or beyond mending."""

    created: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    indexed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def repair_schema(engine: Engine) -> SchemaReport:
    """Compare the live schema with the models; make again what is missing.

    Someone (or a tool) may have dropped a table, a column or an index. A missing
    table or index is created again, a missing column that may be empty is added;
    a missing column that must hold a value cannot be made up and is reported.
    """
    report = SchemaReport()
    inspector = inspect(engine)
    live = set(inspector.get_table_names())
    for table in Base.metadata.sorted_tables:
        if table.name not in live:
            with engine.begin() as connection:
                table.create(connection)
            _LOGGER.warning("Haven's table %s was missing: created it", table.name)
            report.created.append(table.name)
            continue
        columns = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in columns:
                continue
            name = f"{table.name}.{column.name}"
            if not column.nullable and column.server_default is None:
                _LOGGER.error("Haven's column %s is missing", name)
                report.problems.append(name)
                continue
            with engine.begin() as connection:
                _alter_column(connection, table, column)
            _LOGGER.warning("Haven's column %s was missing: added it", name)
            report.added.append(name)
        indexes = {index["name"] for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in indexes:
                with engine.begin() as connection:
                    index.create(connection)
                _LOGGER.warning("Haven's index %s was missing: created it", index.name)
                report.indexed.append(str(index.name))
    return report
