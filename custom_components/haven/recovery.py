"""A property whose records are missing: restored from its export, or a choice asked.

When the recorder's database lost a property's records (it was reset), set-up restores
them from the export kept under ``<config>/haven/exports/``, checked whole first. When
that export cannot be read, or fails a check, nothing is guessed: the property is not
loaded (its devices, entities and files stay as they were), the export is left as it
is, and a repair issue asks the person to choose — restore one of the older copies
kept beside it (listed by date, with what each holds), or start with no records on
purpose. The fix flow (``repairs.py``) calls ``async_restore_copy`` or
``async_start_empty`` and reloads the property.

The same export refills a table the schema check had to create again at start (a
dropped table), for a property that is still in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import json
import logging
from pathlib import Path
import shutil
import uuid

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryError
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from .const import CONF_ADDRESS, DOMAIN, FILES_FOLDER
from .store.backups import copies, remove_all, set_aside, write_private
from .store.export import CheckedExport, ExportError, read_export
from .store.repository import PropertySnapshot, Repository

_LOGGER = logging.getLogger(__name__)

ISSUE_EXPORT_DAMAGED = "export_damaged"
ISSUE_SCHEMA_DAMAGED = "schema_damaged"
ISSUE_REFILL_FAILED = "refill_failed"


def export_path(hass: HomeAssistant, entry_id: str) -> Path:
    """Return where a property's export is kept (by config entry: it survives resets)."""
    return Path(hass.config.path(FILES_FOLDER, "exports", f"{entry_id}.json"))


def damaged_issue_id(entry_id: str) -> str:
    """Return the id of a property's damaged export issue."""
    return f"{ISSUE_EXPORT_DAMAGED}_{entry_id}"


@callback
def _async_damaged(
    hass: HomeAssistant, entry: ConfigEntry, path: Path, reason: str
) -> ConfigEntryError:
    """Raise the repair issue of a damaged export; return the set-up error."""
    _LOGGER.error(
        "Haven's records of %s are missing from the database and its export %s "
        "cannot be restored: %s. The property is not loaded; see Settings → Repairs",
        entry.title,
        path,
        reason,
    )
    placeholders = {"property": entry.title, "path": str(path), "reason": reason}
    ir.async_create_issue(
        hass,
        DOMAIN,
        damaged_issue_id(entry.entry_id),
        is_fixable=True,
        is_persistent=False,
        severity=ir.IssueSeverity.ERROR,
        translation_key=ISSUE_EXPORT_DAMAGED,
        translation_placeholders=placeholders,
        data={"flow": ISSUE_EXPORT_DAMAGED, "entry_id": entry.entry_id},
    )
    return ConfigEntryError(
        translation_domain=DOMAIN,
        translation_key=ISSUE_EXPORT_DAMAGED,
        translation_placeholders=placeholders,
    )


@callback
def async_require_schema(hass: HomeAssistant, repository: Repository) -> None:
    """Raise (or clear) the issue of schema damage the check at start could not mend."""
    if not (problems := repository.schema.problems):
        ir.async_delete_issue(hass, DOMAIN, ISSUE_SCHEMA_DAMAGED)
        return
    ir.async_create_issue(
        hass,
        DOMAIN,
        ISSUE_SCHEMA_DAMAGED,
        is_fixable=False,
        severity=ir.IssueSeverity.ERROR,
        translation_key=ISSUE_SCHEMA_DAMAGED,
        translation_placeholders={"missing": ", ".join(problems)},
    )
    raise ConfigEntryError(
        translation_domain=DOMAIN,
        translation_key=ISSUE_SCHEMA_DAMAGED,
        translation_placeholders={"missing": ", ".join(problems)},
    )


async def async_load_records(
    hass: HomeAssistant, repository: Repository, entry: ConfigEntry
) -> tuple[PropertySnapshot, int]:
    """Load a property's records, restoring them from its export when missing.

    Raise ConfigEntryError (with a repair issue) when the records are missing and
    the export cannot be restored: starting empty would lose them.
    """
    entry_id = entry.entry_id
    name: str = entry.data[CONF_NAME]
    address: str | None = entry.data.get(CONF_ADDRESS)
    path = export_path(hass, entry_id)
    missing = not await repository.async_has_property(entry_id)
    export: CheckedExport | None = None
    if missing or repository.refill_tables(entry_id):
        try:
            export = await hass.async_add_executor_job(read_export, path, entry_id)
        except ExportError as err:
            if missing:
                raise _async_damaged(hass, entry, path, str(err)) from err
            _async_refill_failed(hass, entry, repository, str(err))
    try:
        snapshot, restored = await repository.async_load_property(
            entry_id, name, address, export
        )
    except ExportError as err:
        if missing:
            raise _async_damaged(hass, entry, path, str(err)) from err
        _async_refill_failed(hass, entry, repository, str(err))
        snapshot, restored = await repository.async_load_property(
            entry_id, name, address
        )
    ir.async_delete_issue(hass, DOMAIN, damaged_issue_id(entry_id))
    if restored:
        _LOGGER.warning(
            "Haven's records of %s were missing from the database (was it reset?); "
            "restored %s rows from %s",
            name,
            restored,
            path,
        )
    return snapshot, restored


@callback
def _async_refill_failed(
    hass: HomeAssistant, entry: ConfigEntry, repository: Repository, reason: str
) -> None:
    """Say that a table made again at start stays empty: its export is not usable."""
    tables = ", ".join(sorted(repository.refill_tables(entry.entry_id)))
    _LOGGER.error(
        "Haven's tables %s were missing and are empty now; the export of %s cannot "
        "refill them: %s",
        tables,
        entry.title,
        reason,
    )
    ir.async_create_issue(
        hass,
        DOMAIN,
        f"{ISSUE_REFILL_FAILED}_{entry.entry_id}",
        is_fixable=False,
        severity=ir.IssueSeverity.ERROR,
        translation_key=ISSUE_REFILL_FAILED,
        translation_placeholders={
            "property": entry.title,
            "tables": tables,
            "reason": reason,
        },
    )


# The choice of the repair flow


@dataclass(frozen=True, slots=True)
class GoodCopy:
    """An older copy of an export that passed every check."""

    path: Path
    saved_at: datetime
    counts: dict[str, int]


def good_copies(path: Path, entry_id: str) -> list[GoodCopy]:
    """Return the kept copies of an export that could be restored, newest first."""
    found = []
    for saved, copy in copies(path):
        try:
            export = read_export(copy, entry_id)
        except ExportError:
            continue
        if export is not None:
            found.append(GoodCopy(copy, saved, export.counts()))
    return found


async def async_good_copies(hass: HomeAssistant, entry_id: str) -> list[GoodCopy]:
    """Return the copies of a property's export that could be restored."""
    path = export_path(hass, entry_id)
    return await hass.async_add_executor_job(good_copies, path, entry_id)


async def async_restore_copy(hass: HomeAssistant, entry_id: str, copy: Path) -> int:
    """Restore a property's records from a copy (one transaction); return the rows.

    Only once the records are in the database does the copy become the export; the
    damaged export is set aside. A refused copy or a failed restore changes nothing.
    """
    export = await hass.async_add_executor_job(read_export, copy, entry_id)
    if export is None:
        raise ExportError("the copy is gone")
    restored = await (await Repository.async_get(hass)).async_restore(export)
    await hass.async_add_executor_job(_install, export_path(hass, entry_id), copy)
    ir.async_delete_issue(hass, DOMAIN, damaged_issue_id(entry_id))
    _LOGGER.warning("Restored %s rows of Haven's records from %s", restored, copy)
    return restored


def _install(path: Path, copy: Path) -> None:
    set_aside(path, dt_util.utcnow())
    write_private(path, copy.read_bytes())


async def async_start_empty(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Start a property with no records, as chosen; its damaged export is set aside."""
    repository = await Repository.async_get(hass)
    await repository.async_create_property(
        entry.entry_id, entry.data[CONF_NAME], entry.data.get(CONF_ADDRESS)
    )
    path = export_path(hass, entry.entry_id)
    await hass.async_add_executor_job(set_aside, path, dt_util.utcnow())
    ir.async_delete_issue(hass, DOMAIN, damaged_issue_id(entry.entry_id))
    _LOGGER.warning("%s starts with no records, as chosen in its repair", entry.title)


# Removal


def _property_ids(path: Path) -> set[str]:
    """Return the property ids an export and its copies name (readable or not)."""
    found: set[str] = set()
    for candidate in (path, *(copy for _, copy in copies(path))):
        try:
            data = json.loads(candidate.read_bytes())
            (prop,) = data["tables"]["haven_property"]
            found.add(str(uuid.UUID(prop["id"])))
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            continue
    return found


def remove_files(root: Path, path: Path, property_id: str | None) -> None:
    """Delete a removed property's files: captures, documents, export and copies."""
    ids = _property_ids(path)
    if property_id:
        ids.add(property_id)
    for found in ids:
        shutil.rmtree(root / found, ignore_errors=True)
    remove_all(path)


async def async_remove_files(
    hass: HomeAssistant, entry_id: str, property_id: str | None
) -> None:
    """Delete the files of a removed property, loaded or not."""
    for issue_id in (damaged_issue_id(entry_id), f"{ISSUE_REFILL_FAILED}_{entry_id}"):
        ir.async_delete_issue(hass, DOMAIN, issue_id)
    await hass.async_add_executor_job(
        remove_files,
        Path(hass.config.path(FILES_FOLDER)),
        export_path(hass, entry_id),
        property_id,
    )
