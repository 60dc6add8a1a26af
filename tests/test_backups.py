"""Export files on disk: private, atomic, with older copies kept and pruned."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
import json
from pathlib import Path
import stat

import pytest

from custom_components.haven.store.backups import (
    EmptyExportRefusedError,
    copies,
    remove_all,
    write_export,
)

START = datetime(2026, 3, 1, 12, tzinfo=UTC)


def export(records: int = 1) -> dict[str, object]:
    """Return an export with a number of log rows."""
    return {
        "version": 1,
        "tables": {"haven_property": [{"id": "p"}], "haven_log": [{}] * records},
    }


def mode(path: Path) -> int:
    """Return a file's permission bits."""
    return stat.S_IMODE(path.stat().st_mode)


def test_files_are_private(tmp_path: Path) -> None:
    """Exports are 0600 and their folders 0700, whatever the umask."""
    path = tmp_path / "haven" / "exports" / "entry.json"
    write_export(path, export(), START)
    assert mode(path) == 0o600
    [(_, copy)] = copies(path)
    assert mode(copy) == 0o600
    for folder in (path.parent, path.parent.parent, copy.parent, copy.parent.parent):
        assert mode(folder) == 0o700, folder
    assert not list(path.parent.glob(".*"))


def test_rotation_keeps_recent_saves_and_one_a_day(tmp_path: Path) -> None:
    """The last five saves, plus the last save of each of the last seven days."""
    path = tmp_path / "entry.json"
    moments = [START + timedelta(hours=6 * n) for n in range(4 * 12)]  # 12 days
    for moment in moments:
        write_export(path, export(), moment)
    now = moments[-1]
    kept = [saved for saved, _ in copies(path)]
    last_of_day = {
        moment.date(): moment for moment in moments if now - moment <= timedelta(days=7)
    }
    assert kept == sorted(set(moments[-5:]) | set(last_of_day.values()), reverse=True)
    assert len(kept) == 5 + 6  # today's last save is among the five newest
    assert json.loads(path.read_text()) == export()


def test_an_empty_export_never_replaces_records(tmp_path: Path) -> None:
    """Without records it replaces neither records nor an unreadable file."""
    path = tmp_path / "entry.json"
    write_export(path, export(3), START)
    with pytest.raises(EmptyExportRefusedError):
        write_export(path, export(0), START)
    assert json.loads(path.read_text()) == export(3)
    path.write_text("{trunc")
    with pytest.raises(EmptyExportRefusedError):
        write_export(path, export(0), START)
    write_export(path, export(0), START, allow_empty=True)
    assert json.loads(path.read_text()) == export(0)


def test_not_json_is_never_written(tmp_path: Path) -> None:
    """A value JSON cannot hold (infinity) fails the save and leaves no file."""
    path = tmp_path / "entry.json"
    with pytest.raises(ValueError, match="JSON"):
        write_export(path, {"tables": {"haven_log": [{"x": float("inf")}]}}, START)
    assert list(tmp_path.rglob("*.json")) == []


def test_remove_all(tmp_path: Path) -> None:
    """A removed property's export and copies all go."""
    path = tmp_path / "entry.json"
    write_export(path, export(), START)
    remove_all(path)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
