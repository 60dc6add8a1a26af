"""The import and export actions: haven.import, haven.import_from, haven.export_csv.

Registered once with the other actions (``async_setup_transfer`` from the package's
set-up), with typed schemas like theirs (``schemas.ActionSchema``; the new fields are
declared here to keep ``schemas.py`` within its size). The history download for the
panel, ``GET /api/haven/exports/<entry id>/history.csv``, is registered here too.

Both imports create or fill whole properties and read files of this Home Assistant,
so they are for administrators (a call without a user — an automation or a script —
is allowed, as everywhere: only an administrator sets those up); ``export_csv`` is a
reading, like ``get_history``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.helpers import config_validation as cv
import voluptuous as vol

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DRY_RUN,
    ATTR_FILE_PATH,
    ATTR_MODE,
    ATTR_NAME,
    ATTR_SINCE,
    ATTR_SOURCE,
    DOMAIN,
    NAME_MAX_LENGTH,
)
from .csv_export import HistoryCsvView, async_export_csv
from .data import asset_named, entry_for_id, entry_of_call
from .errors import invalid
from .importers.reading import SOURCES
from .importers.runner import async_import_from
from .importing import IMPORT_MODES, MODE_RESTORE, async_import_file
from .permissions import Access, ActionHandler, async_allowed, guarded
from .schemas import (
    ASSET_ID,
    CONFIG_ENTRY_ID,
    DEVICE_ID,
    FILE_PATH,
    SINCE,
    ActionSchema,
)
from .validation import parse_moment


def _optional(validator: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Accept None or an empty string as not given."""

    def _validate(value: Any) -> Any:
        return None if value is None or value == "" else validator(value)

    return _validate


IMPORT_SCHEMA = ActionSchema(
    FILE_PATH,
    (ATTR_MODE, _optional(vol.In(IMPORT_MODES))),
    (ATTR_CONFIG_ENTRY_ID, _optional(vol.All(cv.string, vol.Length(min=1, max=100)))),
    (ATTR_NAME, _optional(vol.All(cv.string, vol.Length(max=NAME_MAX_LENGTH)))),
    required=(ATTR_FILE_PATH,),
)
IMPORT_FROM_SCHEMA = ActionSchema(
    (ATTR_SOURCE, vol.In(SOURCES)),
    CONFIG_ENTRY_ID,
    (ATTR_DRY_RUN, _optional(cv.boolean)),
    required=(ATTR_SOURCE, ATTR_CONFIG_ENTRY_ID),
)
EXPORT_CSV_SCHEMA = ActionSchema(
    CONFIG_ENTRY_ID, ASSET_ID, DEVICE_ID, SINCE, required=(ATTR_CONFIG_ENTRY_ID,)
)


async def _async_require_admin(call: ServiceCall) -> None:
    if not await async_allowed(call.hass, call.context.user_id, Access.REMOVE):
        raise invalid("import_admin_required", action=call.service)


async def _async_import(call: ServiceCall) -> ServiceResponse:
    await _async_require_admin(call)
    file_path = call.data.get(ATTR_FILE_PATH)
    if not file_path:
        raise invalid("field_required", field=ATTR_FILE_PATH)
    return await async_import_file(
        call.hass,
        file_path,
        call.data.get(ATTR_MODE) or MODE_RESTORE,
        call.data.get(ATTR_CONFIG_ENTRY_ID) or None,
        call.data.get(ATTR_NAME) or None,
    )


async def _async_import_from(call: ServiceCall) -> ServiceResponse:
    await _async_require_admin(call)
    entry = entry_for_id(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    return await async_import_from(
        call.hass,
        entry,
        call.data[ATTR_SOURCE],
        bool(call.data.get(ATTR_DRY_RUN)),
    )


async def _async_export_csv(call: ServiceCall) -> ServiceResponse:
    asset_id = asset_named(call.hass, call.data)
    entry = entry_of_call(call.hass, call.data, "asset", asset_id)
    assert entry is not None  # config_entry_id is required
    since = parse_moment(call.data.get(ATTR_SINCE), ATTR_SINCE)
    return await async_export_csv(call.hass, entry, asset_id, since)


_SERVICES: tuple[
    tuple[str, vol.Schema, ActionHandler, SupportsResponse, Access], ...
] = (
    ("import", IMPORT_SCHEMA, _async_import, SupportsResponse.OPTIONAL, Access.CHANGE),
    (
        "import_from",
        IMPORT_FROM_SCHEMA,
        _async_import_from,
        SupportsResponse.OPTIONAL,
        Access.CHANGE,
    ),
    (
        "export_csv",
        EXPORT_CSV_SCHEMA,
        _async_export_csv,
        SupportsResponse.OPTIONAL,
        Access.READ,
    ),
)


@callback
def async_setup_transfer(hass: HomeAssistant) -> None:
    """Register the import and export actions and the history download."""
    for name, schema, handler, supports_response, access in _SERVICES:
        hass.services.async_register(
            DOMAIN,
            name,
            guarded(handler, access),
            schema=schema,
            supports_response=supports_response,
        )
    hass.http.register_view(HistoryCsvView())
