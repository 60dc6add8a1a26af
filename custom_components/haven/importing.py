"""haven.import: an export file back into its property, or copied as a new property.

The file is one written by ``haven.export`` (or kept by Haven under
``<config>/haven/exports/``), on this Home Assistant or another. It is read, never
changed, and checked whole by ``check_export`` before anything happens: a file of a
newer Haven, a half-written file, a bad value, a link to a missing record — each is a
translated refusal that changes nothing.

- **restore** keeps every record id, so devices, entities, dashboards and automations
  that name them carry on. The records go into the property the file was exported from
  (or the one ``config_entry_id`` names), which must hold none yet: a property with
  records is refused, saying what it holds. On a Home Assistant that does not know
  the file's property (a new installation), a new property is created for it through
  the config flow.
- **copy** creates a new property through the config flow and gives every record a
  new id, every reference rewritten the same way (``store/importing.py``); stored
  photos and documents are copied along when they are here.

The records are written in ONE repository transaction, in place of the empty property
the entry was set up with, and the entry is then loaded again (the view, devices and
entities start from the records, as after a restart); the export is saved at once.
When anything fails, the transaction leaves nothing behind, a property created for the
import is removed again, and the entry is loaded as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import json
import logging
from pathlib import Path
import shutil
from typing import Any

from homeassistant.config_entries import SOURCE_USER, ConfigEntry, ConfigEntryState
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import area_registry as ar

from .const import CONF_ADDRESS, DOMAIN, FILES_FOLDER, NAME_MAX_LENGTH
from .data import HavenConfigEntry
from .errors import invalid
from .store import models
from .store.backups import FILE_MODE, make_private_folder
from .store.export import CheckedExport, ExportError, check_export
from .store.importing import (
    IdClashError,
    PropertyNotEmptyError,
    copy_export,
    rebind,
    rename_key,
)
from .store.migrations import SCHEMA_VERSION
from .store.models import Document
from .store.repository import Repository

_LOGGER = logging.getLogger(__name__)

MODE_RESTORE = "restore"
MODE_COPY = "copy"
IMPORT_MODES = (MODE_RESTORE, MODE_COPY)


def exports_folder(hass: HomeAssistant) -> Path:
    """Return the folder of Haven's exports (files there may always be imported)."""
    return Path(hass.config.path(FILES_FOLDER, "exports"))


def _allowed(hass: HomeAssistant, path: Path) -> bool:
    """Return whether a file may be read: HA's allowed folders, or Haven's exports."""
    try:
        inside = path.resolve().is_relative_to(exports_folder(hass).resolve())
        return inside or hass.config.is_allowed_path(str(path))
    except (OSError, ValueError, RuntimeError):
        return False


def read_import_file(hass: HomeAssistant, file_path: str) -> Any:
    """Return a file's JSON data, or refuse (run in an executor: it reads the disk).

    A relative path counts from the configuration folder.
    """
    path = Path(file_path)
    if not path.is_absolute():
        path = Path(hass.config.config_dir) / path
    if not _allowed(hass, path):
        raise invalid("path_not_allowed", path=file_path)
    try:
        text = path.read_bytes()
    except (OSError, ValueError):
        raise invalid("path_not_found", path=file_path) from None
    try:
        return json.loads(text)
    except ValueError as err:
        reason = f"the file is not complete JSON ({err})"
        raise invalid("import_file_invalid", path=file_path, reason=reason) from None


def checked(data: Any, file_path: str) -> CheckedExport:
    """Check a whole export file; refuse a newer one, a damaged one, naming why."""
    schema = data.get("schema_version") if isinstance(data, dict) else None
    newer = isinstance(schema, int) and schema > SCHEMA_VERSION
    if newer and not isinstance(schema, bool):
        raise invalid("import_schema_newer", version=schema, supported=SCHEMA_VERSION)
    entry_id = data.get("config_entry_id") if isinstance(data, dict) else None
    try:
        return check_export(data, entry_id if isinstance(entry_id, str) else "")
    except ExportError as err:
        raise invalid("import_file_invalid", path=file_path, reason=err) from None


def _records(counts: dict[str, int]) -> str:
    """Return row counts as a message shows them ("asset: 2, task: 5")."""
    return ", ".join(
        f"{table.removeprefix('haven_')}: {count}" for table, count in counts.items()
    )


@dataclass(slots=True)
class _Undo:
    """What an import did outside the database, undone when it fails."""

    created_entry: str | None = None
    areas: list[str] = field(default_factory=list)
    # The folder of a copy's stored files (new, so it goes as a whole).
    folder: Path | None = None


class Importer:
    """One call of haven.import."""

    def __init__(self, hass: HomeAssistant, export: CheckedExport) -> None:
        """Take a checked export."""
        self.hass = hass
        self.export = export
        self.undo = _Undo()
        self.files = Path(hass.config.path(FILES_FOLDER))

    @property
    def _property(self) -> dict[str, Any]:
        return self.export.rows[models.Property.__tablename__][0]

    def _haven_entry(self, entry_id: str) -> ConfigEntry | None:
        entry = self.hass.config_entries.async_get_entry(entry_id)
        return entry if entry is not None and entry.domain == DOMAIN else None

    async def async_run(
        self, mode: str, config_entry_id: str | None, name: str | None
    ) -> dict[str, Any]:
        """Import as asked; return what was imported."""
        entry: ConfigEntry | None = None
        if mode == MODE_COPY:
            if config_entry_id:
                raise invalid("import_copy_is_new")
        elif config_entry_id:
            if (entry := self._haven_entry(config_entry_id)) is None:
                raise invalid("unknown_property", config_entry_id=config_entry_id)
        else:
            entry = self._haven_entry(self.export.config_entry_id)
        if entry is not None:
            await self._async_require_empty(entry)
        try:
            if entry is None:
                entry = await self._async_new_entry(name)
            return await self._async_import(entry, mode)
        except BaseException:
            await self._async_undo()
            raise

    async def _async_require_empty(self, entry: ConfigEntry) -> None:
        """Refuse a loaded property with records before its entities go away."""
        if entry.state is not ConfigEntryState.LOADED:
            return  # not loaded (records missing, say): the transaction decides
        loaded: HavenConfigEntry = entry
        repository = loaded.runtime_data.commands.repository
        counts = await repository.async_count_rows(loaded.runtime_data.view.property_id)
        if counts := {table: n for table, n in counts.items() if n}:
            raise invalid(
                "import_property_not_empty",
                property=entry.title,
                records=_records(counts),
            )

    async def _async_new_entry(self, name: str | None) -> ConfigEntry:
        """Create the property through the config flow (its checks included)."""
        title = (name or self._property["name"] or "").strip()[:NAME_MAX_LENGTH]
        taken = {
            e.title.casefold() for e in self.hass.config_entries.async_entries(DOMAIN)
        }
        if title.casefold() in taken:
            raise invalid("import_name_taken", name=title)
        form: dict[str, Any] = {CONF_NAME: title}
        if address := self._property.get("address"):
            form[CONF_ADDRESS] = address
        flows = self.hass.config_entries.flow
        result = await flows.async_init(DOMAIN, context={"source": SOURCE_USER})
        result = await flows.async_configure(result["flow_id"], form)
        if result["type"] is not FlowResultType.CREATE_ENTRY:
            if result["type"] is FlowResultType.FORM:
                flows.async_abort(result["flow_id"])
            reason = result.get("errors") or result.get("reason")
            raise invalid("import_property_failed", name=title, reason=reason)
        entry = result["result"]
        self.undo.created_entry = entry.entry_id
        return entry

    def _areas(self, zones: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Return zones whose areas are not here with an area made from their name."""
        areas = ar.async_get(self.hass)
        used: set[str] = set()
        placed = []
        for zone in zones:
            area_id = zone.get("area_id")
            if area_id and areas.async_get_area(area_id) is None:
                area = areas.async_get_area_by_name(zone["name"])
                if area is None:
                    area = areas.async_create(zone["name"])
                    self.undo.areas.append(area.id)
                area_id = area.id
            if area_id in used:
                area_id = None  # two zones of one area (renamed areas): one keeps it
            if area_id:
                used.add(area_id)
            placed.append({**zone, "area_id": area_id})
        return placed

    async def _async_import(self, entry: ConfigEntry, mode: str) -> dict[str, Any]:
        if mode == MODE_COPY:
            export, ids = copy_export(self.export, entry.entry_id)
        else:
            export, ids = rebind(self.export, entry.entry_id), {}
        rows = dict(export.rows)
        rows[models.Zone.__tablename__] = self._areas(rows[models.Zone.__tablename__])
        export.rows = rows
        copied, missing = await self.hass.async_add_executor_job(self._copy_files, ids)
        repository = await Repository.async_get(self.hass)
        if entry.state is not ConfigEntryState.NOT_LOADED:
            await self.hass.config_entries.async_unload(entry.entry_id)
        try:
            restored = await repository.async_import(export)
        except PropertyNotEmptyError as err:
            raise invalid(
                "import_property_not_empty",
                property=entry.title,
                records=_records(err.counts),
            ) from None
        except IdClashError as err:
            raise invalid(
                "import_id_clash",
                table=err.table.removeprefix("haven_"),
                id=err.row_id,
            ) from None
        finally:
            await self.hass.config_entries.async_setup(entry.entry_id)
        self.undo = _Undo()  # imported: nothing to take back any more
        loaded: HavenConfigEntry = entry
        if entry.state is ConfigEntryState.LOADED:
            await loaded.runtime_data.clock.async_export()
        _LOGGER.info("Imported %s rows into %s (%s)", restored, entry.title, mode)
        return {
            "mode": mode,
            "config_entry_id": entry.entry_id,
            "property_id": export.property_id,
            "rows": export.counts(),
            "files_copied": copied,
            "files_missing": missing,
        }

    def _copy_files(self, ids: dict[str, str]) -> tuple[int, int]:
        """Copy a copied property's stored files (executor); return copied, missing."""
        copied = missing = 0
        for table in (Document.__tablename__, models.InboxItem.__tablename__):
            for row in self.export.rows.get(table, []):
                key = row.get("storage_key")
                if not key:
                    continue
                source = self._inside(key)
                if source is None or not source.is_file():
                    missing += 1
                    continue
                if not ids:
                    continue  # restored: the file is where it was
                target = self._inside(rename_key(key, ids))
                if target is None:
                    missing += 1
                    continue
                self.undo.folder = self.files / ids[self.export.property_id]
                make_private_folder(target.parent)
                shutil.copyfile(source, target)
                target.chmod(FILE_MODE)
                copied += 1
        return copied, missing

    def _inside(self, key: str) -> Path | None:
        """Return a stored file's path, None for a key that leaves Haven's folder."""
        path = (self.files / key).resolve()
        return path if path.is_relative_to(self.files.resolve()) else None

    async def _async_undo(self) -> None:
        """Take back what a failed import did outside the database."""
        undo, self.undo = self.undo, _Undo()
        if undo.folder is not None:
            await self.hass.async_add_executor_job(shutil.rmtree, undo.folder, True)
        if undo.created_entry:
            await self.hass.config_entries.async_remove(undo.created_entry)
        areas = ar.async_get(self.hass)
        for area_id in undo.areas:
            if areas.async_get_area(area_id) is not None:
                areas.async_delete(area_id)


async def async_import_file(
    hass: HomeAssistant,
    file_path: str,
    mode: str = MODE_RESTORE,
    config_entry_id: str | None = None,
    name: str | None = None,
) -> dict[str, Any]:
    """Import an export file (see the module's docstring); return what was imported."""
    data = await hass.async_add_executor_job(read_import_file, hass, file_path)
    export = checked(data, file_path)
    return await Importer(hass, export).async_run(mode, config_entry_id, name)
