"""The history as CSV: ``haven.export_csv`` and a download for the panel.

One row per log entry, oldest first: date (in the home's time zone), asset, task,
action, kind, who (the HA user's name), notes, cost. The file follows RFC 4180
(comma separated, CRLF line ends, a field holding a comma, quote or line break is
quoted, quotes doubled) and is UTF-8 with a byte order mark: without the mark, Excel
reads UTF-8 as the Windows code page and shows "Ã©" for "é";
LibreOffice, Numbers, Google Sheets and Python's ``utf-8-sig`` read the mark as what
it is. Text a person typed that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is prefixed with an apostrophe, so a spreadsheet shows it as text
instead of running it as a formula ("CSV injection"); dates and costs are Haven's
own and are written as they are.

``haven.export_csv`` writes ``<config>/haven/exports/<entry id>-history.csv``
(readable by Home Assistant's user only) and answers with its path and row count;
``GET /api/haven/exports/<entry id>/history.csv`` (signed-in users, optional
``asset_id`` and ``since`` query parameters) sends the same content, made fresh.
"""

from __future__ import annotations

import csv
from datetime import datetime, tzinfo
from http import HTTPStatus
import io
from typing import Any, Final

from aiohttp import web
from homeassistant.components.http import KEY_HASS, HomeAssistantView
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import slugify

from .const import ATTR_ASSET_ID, ATTR_SINCE, DOMAIN
from .data import HavenConfigEntry
from .recovery import history_csv_path
from .store.backups import write_private
from .store.models import Log
from .validation import parse_moment
from .view import PropertyView

HEADER: Final = ("date", "asset", "task", "action", "kind", "who", "notes", "cost")
# What a spreadsheet reads as the start of a formula (OWASP's list).
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
BOM: Final = "\ufeff"


def as_text(value: str | None) -> str:
    """Return text a person typed as a cell a spreadsheet will not run."""
    text = value or ""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def history_rows(
    logs: list[Log], view: PropertyView, users: dict[str, str], tz: tzinfo
) -> list[list[str]]:
    """Return the CSV rows of log entries (oldest first), header included."""
    rows = [list(HEADER)]
    for log in sorted(logs, key=lambda log: (log.performed_at, log.id)):
        asset = view.assets.get(log.asset_id or "")
        task = view.tasks.get(log.task_id or "")
        rows.append(
            [
                log.performed_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                as_text(asset.name if asset else ""),
                as_text(task.name if task else ""),
                as_text(log.action),
                log.kind,
                as_text(users.get(log.user_id or "", "")),
                as_text(log.notes),
                "" if log.cost is None else str(log.cost),
            ]
        )
    return rows


def to_csv(rows: list[list[str]]) -> bytes:
    """Return rows as RFC 4180 CSV in UTF-8 with a byte order mark."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return (BOM + buffer.getvalue()).encode()


async def async_history_csv(
    hass: HomeAssistant,
    entry: HavenConfigEntry,
    asset_id: str | None = None,
    since: datetime | None = None,
) -> tuple[bytes, int]:
    """Return a property's history (of one asset, since a moment) as CSV and its rows."""
    view = entry.runtime_data.view
    if asset_id:
        entry.runtime_data.commands.get_asset(asset_id)
    logs = await entry.runtime_data.commands.repository.async_logs(
        property_id=view.property_id, asset_id=asset_id or None, since=since
    )
    users = {user.id: user.name or "" for user in await hass.auth.async_get_users()}
    rows = history_rows(logs, view, users, view.tz)
    return await hass.async_add_executor_job(to_csv, rows), len(rows) - 1


async def async_export_csv(
    hass: HomeAssistant,
    entry: HavenConfigEntry,
    asset_id: str | None = None,
    since: datetime | None = None,
) -> dict[str, Any]:
    """Write the history CSV under <config>/haven/exports/; answer path and rows."""
    data, count = await async_history_csv(hass, entry, asset_id, since)
    path = history_csv_path(hass, entry.entry_id)
    await hass.async_add_executor_job(write_private, path, data)
    return {"path": str(path), "rows": count}


class HistoryCsvView(HomeAssistantView):
    """GET a property's history as CSV, to signed-in users."""

    url = "/api/haven/exports/{entry_id}/history.csv"
    name = "api:haven:history_csv"
    requires_auth = True

    async def get(self, request: web.Request, entry_id: str) -> web.Response:
        """Send the CSV as a download."""
        hass = request.app[KEY_HASS]
        entry = hass.config_entries.async_get_entry(entry_id)
        if (
            entry is None
            or entry.domain != DOMAIN
            or entry.state is not ConfigEntryState.LOADED
        ):
            raise web.HTTPNotFound
        try:
            since = parse_moment(request.query.get(ATTR_SINCE), ATTR_SINCE)
            data, _ = await async_history_csv(
                hass, entry, request.query.get(ATTR_ASSET_ID), since
            )
        except ServiceValidationError as err:
            return web.json_response(
                {"code": err.translation_key, "message": str(err)},
                status=HTTPStatus.BAD_REQUEST,
            )
        name = slugify(entry.title) or "haven"
        return web.Response(
            body=data,
            content_type="text/csv",
            charset="utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="{name}-history.csv"'
            },
        )
