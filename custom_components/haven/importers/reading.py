"""Another integration's stored files, read (never written) into a Haven plan.

``home_keeper`` keeps everything in ``<config>/.storage/home_keeper``;
``maintenance_supporter`` keeps each object in a config entry (in HA's config entry
registry, read from memory) and its changing state in
``<config>/.storage/maintenance_supporter.<entry id>``. Files are read as bytes and
parsed here: HA's Store helper is not used, since it may migrate and save a file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..errors import invalid
from . import home_keeper, maintenance_supporter
from .plan import PeerFormatError, Plan, UnknownVersionError

SOURCES = (maintenance_supporter.SOURCE, home_keeper.SOURCE)


def _read_json(path: Path) -> Any:
    """Return a stored file's JSON, None when there is none (executor)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise PeerFormatError(f"{path.name}: {err.strerror}") from None
    try:
        return json.loads(data)
    except ValueError:
        raise PeerFormatError(f"{path.name}: not complete JSON") from None


async def async_read_plan(hass: HomeAssistant, source: str) -> Plan:
    """Read a source's stored data as a plan; refuse missing or unknown data."""
    tz, now = dt_util.get_default_time_zone(), dt_util.utcnow()
    storage = Path(hass.config.path(".storage"))
    try:
        if source == home_keeper.SOURCE:
            path = storage / home_keeper.STORE_KEY
            raw = await hass.async_add_executor_job(_read_json, path)
            if raw is None:
                raise invalid("import_peer_missing", source=source, path=path)
            return home_keeper.read(raw, tz, now)
        entries = [
            maintenance_supporter.ObjectEntry(
                e.entry_id, e.version, e.title, dict(e.data)
            )
            for e in hass.config_entries.async_entries(source)
            if isinstance(e.data.get("object"), dict)
        ]
        if not entries:
            path = storage / "core.config_entries"
            raise invalid("import_peer_missing", source=source, path=path)
        stores = {
            entry.entry_id: await hass.async_add_executor_job(
                _read_json, storage / maintenance_supporter.store_key(entry.entry_id)
            )
            for entry in entries
        }
        return maintenance_supporter.read(entries, stores, tz, now)
    except UnknownVersionError as err:
        raise invalid(
            "import_peer_version",
            source=source,
            version=err.version,
            where=err.where,
        ) from None
    except PeerFormatError as err:
        raise invalid("import_peer_damaged", source=source, reason=err) from None
