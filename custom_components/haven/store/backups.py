"""Export files on disk: written atomically and privately, with older copies kept.

The export is the one copy of a property's records outside the recorder's database,
so a bad write must never cost the good copy before it. Every save writes the file
``exports/<entry>.json`` atomically (readers see the old file or the new, never half)
and keeps a copy in ``exports/history/<entry>/``: the last few saves, plus the last
save of each of the last days, so a damaged or wrongly emptied export can be undone
from an older copy. Files are readable by Home Assistant's user only (0600, folders
0700): they hold the household's notes and costs.

Plain functions on paths, run in an executor: nothing here knows Home Assistant.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
import json
import os
from pathlib import Path
import shutil
from typing import Any, Final

FILE_MODE: Final = 0o600
FOLDER_MODE: Final = 0o700
# Copies kept: the newest few saves, and the newest save of each recent day.
KEEP_RECENT: Final = 5
KEEP_DAYS: Final = 7
HISTORY: Final = "history"
_STAMP: Final = "%Y%m%dT%H%M%S%fZ"
# A damaged export set aside by a choice made in its repair flow (never restorable).
DAMAGED_SUFFIX: Final = ".damaged"


class EmptyExportRefusedError(Exception):
    """An empty property's export would replace one that holds records."""


def make_private_folder(path: Path) -> None:
    """Create a folder (and missing parents) that only HA's user can enter."""
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    # mkdir's mode is reduced by the umask, parents are created with the defaults,
    # and a folder made by an older Haven was left open.
    for folder in {path, *missing}:
        folder.chmod(FOLDER_MODE)


def write_private(path: Path, data: bytes) -> None:
    """Write a file atomically with mode 0600; a failed write leaves nothing behind."""
    make_private_folder(path.parent)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE
        )
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(FILE_MODE)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def history_folder(path: Path) -> Path:
    """Return where the older copies of an export are kept."""
    return path.parent / HISTORY / path.stem


def holds_records(export: Any) -> bool:
    """Return whether an export holds any record besides the property itself."""
    if not isinstance(export, dict) or not isinstance(export.get("tables"), dict):
        return False
    return any(
        rows
        for table, rows in export["tables"].items()
        if table != "haven_property" and isinstance(rows, list)
    )


def _would_empty(path: Path) -> bool:
    """Return whether the export at path holds records, or cannot be read (keep it)."""
    try:
        current = json.loads(path.read_bytes())
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return True
    return holds_records(current)


def write_export(
    path: Path, export: dict[str, Any], now: datetime, allow_empty: bool = False
) -> None:
    """Save an export, keep a copy of it, and let go of copies no longer needed.

    An export without records never replaces one with records (or one that cannot
    be read) unless allow_empty says the property was emptied on purpose.
    """
    data = json.dumps(export, separators=(",", ":"), allow_nan=False).encode()
    if not allow_empty and not holds_records(export) and _would_empty(path):
        raise EmptyExportRefusedError(path)
    write_private(path, data)
    history = history_folder(path)
    write_private(history / f"{now.astimezone(UTC).strftime(_STAMP)}.json", data)
    prune(path, now)


def copies(path: Path) -> list[tuple[datetime, Path]]:
    """Return the kept copies of an export, newest first."""
    found = []
    try:
        names = list(history_folder(path).glob("*.json"))
    except OSError:
        return []
    for copy in names:
        try:
            saved = datetime.strptime(copy.stem, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append((saved, copy))
    return sorted(found, reverse=True)


def _kept(saved: Iterable[datetime], now: datetime) -> set[datetime]:
    """Return which copies to keep: the newest few, and each recent day's newest."""
    newest_first = sorted(saved, reverse=True)
    keep = set(newest_first[:KEEP_RECENT])
    days: set[Any] = set()
    for moment in newest_first:
        if now - moment > timedelta(days=KEEP_DAYS):
            break
        if moment.date() not in days:
            days.add(moment.date())
            keep.add(moment)
    return keep


def prune(path: Path, now: datetime) -> None:
    """Delete the copies of an export no longer kept."""
    found = copies(path)
    keep = _kept((saved for saved, _ in found), now)
    for saved, copy in found:
        if saved not in keep:
            copy.unlink(missing_ok=True)


def set_aside(path: Path, now: datetime) -> None:
    """Move a damaged export out of the way, kept (never listed as a copy)."""
    if path.exists():
        history = history_folder(path)
        make_private_folder(history)
        stamp = now.astimezone(UTC).strftime(_STAMP)
        path.replace(history / f"{stamp}{DAMAGED_SUFFIX}")


def remove_all(path: Path) -> None:
    """Delete an export and every copy of it (the property was removed)."""
    path.unlink(missing_ok=True)
    shutil.rmtree(history_folder(path), ignore_errors=True)
    for stray in path.parent.glob(f".{path.name}.*.tmp"):
        stray.unlink(missing_ok=True)
