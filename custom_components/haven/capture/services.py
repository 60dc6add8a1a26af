"""The capture actions: capture, retry_capture, triage_capture, attach_document."""

from __future__ import annotations

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

from ..const import (
    ATTR_ACTION,
    ATTR_ANCHOR,
    ATTR_ASSET_ID,
    ATTR_ASSIGNED_USER_ID,
    ATTR_CAMERA_ENTITY_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_COST,
    ATTR_CRON,
    ATTR_DOCUMENT_ID,
    ATTR_EVERY,
    ATTR_FILE_PATH,
    ATTR_FIRST_DUE,
    ATTR_INBOX_ITEM_ID,
    ATTR_LEAD_DAYS,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_NAME,
    ATTR_NOTES,
    ATTR_OUTCOME,
    ATTR_PERFORMED_AT,
    ATTR_PRIORITY,
    ATTR_TEXT,
    ATTR_UNIT,
    DOMAIN,
)
from ..data import entry_for_id, entry_holding
from ..errors import invalid
from .files import DOCUMENT_TYPES
from .http import CaptureUploadView, DocumentUploadView, FileView
from .sources import async_stage

_TEXT = vol.Any(None, cv.string)
_VALUE = vol.Any(None, cv.string, vol.Coerce(float))

CAPTURE_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_TEXT): _TEXT,
        vol.Optional(ATTR_MEDIA_CONTENT_ID): _TEXT,
        vol.Optional(ATTR_CAMERA_ENTITY_ID): _TEXT,
        vol.Optional(ATTR_FILE_PATH): _TEXT,
        vol.Optional(ATTR_ASSET_ID): _TEXT,
    }
)
INBOX_ITEM_SCHEMA = vol.Schema({vol.Required(ATTR_INBOX_ITEM_ID): cv.string})
TRIAGE_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_INBOX_ITEM_ID): cv.string,
        vol.Required(ATTR_OUTCOME): cv.string,
        vol.Optional(ATTR_ASSET_ID): _TEXT,
        vol.Optional(ATTR_NAME): _TEXT,
        vol.Optional(ATTR_NOTES): _TEXT,
        vol.Optional(ATTR_EVERY): _VALUE,
        vol.Optional(ATTR_UNIT): _TEXT,
        vol.Optional(ATTR_ANCHOR): _TEXT,
        vol.Optional(ATTR_CRON): _TEXT,
        vol.Optional(ATTR_FIRST_DUE): _TEXT,
        vol.Optional(ATTR_LEAD_DAYS): _VALUE,
        vol.Optional(ATTR_PRIORITY): _VALUE,
        vol.Optional(ATTR_ASSIGNED_USER_ID): _TEXT,
        vol.Optional(ATTR_ACTION): _TEXT,
        vol.Optional(ATTR_PERFORMED_AT): _TEXT,
        vol.Optional(ATTR_COST): _VALUE,
    }
)
ATTACH_DOCUMENT_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_ASSET_ID): cv.string,
        vol.Optional(ATTR_NAME): _TEXT,
        vol.Optional(ATTR_FILE_PATH): _TEXT,
        vol.Optional(ATTR_MEDIA_CONTENT_ID): _TEXT,
    }
)


async def _async_capture(call: ServiceCall) -> ServiceResponse:
    entry = entry_for_id(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    inbox = entry.runtime_data.inbox
    if (asset_id := call.data.get(ATTR_ASSET_ID)) is not None and asset_id:
        entry.runtime_data.commands.get_asset(asset_id)
    staged = await async_stage(
        call.hass,
        inbox.files,
        file_path=call.data.get(ATTR_FILE_PATH),
        media_content_id=call.data.get(ATTR_MEDIA_CONTENT_ID),
        camera_entity_id=call.data.get(ATTR_CAMERA_ENTITY_ID),
    )
    item = await inbox.async_capture(
        text=call.data.get(ATTR_TEXT),
        staged=staged,
        asset_id=asset_id or None,
        user_id=call.context.user_id,
    )
    return {ATTR_INBOX_ITEM_ID: item.id}


async def _async_retry(call: ServiceCall) -> ServiceResponse:
    item_id = call.data[ATTR_INBOX_ITEM_ID]
    entry = entry_holding(call.hass, "inbox_item", item_id)
    item = await entry.runtime_data.inbox.async_retry(item_id)
    return {ATTR_INBOX_ITEM_ID: item.id, "status": item.status}


async def _async_triage(call: ServiceCall) -> ServiceResponse:
    item_id = call.data[ATTR_INBOX_ITEM_ID]
    entry = entry_holding(call.hass, "inbox_item", item_id)
    fields = {k: v for k, v in call.data.items() if v is not None}
    return await entry.runtime_data.inbox.async_triage(
        item_id, call.data[ATTR_OUTCOME], fields, user_id=call.context.user_id
    )


async def _async_attach_document(call: ServiceCall) -> ServiceResponse:
    asset_id = call.data[ATTR_ASSET_ID]
    entry = entry_holding(call.hass, "asset", asset_id)
    inbox = entry.runtime_data.inbox
    file_path = call.data.get(ATTR_FILE_PATH)
    media_content_id = call.data.get(ATTR_MEDIA_CONTENT_ID)
    if not file_path and not media_content_id:
        raise invalid("document_needs_file")
    staged = await async_stage(
        call.hass,
        inbox.files,
        file_path=file_path,
        media_content_id=media_content_id,
        allowed=DOCUMENT_TYPES,
    )
    source = file_path or media_content_id or ""
    document = await inbox.async_attach_document(
        asset_id,
        name=call.data.get(ATTR_NAME),
        staged=staged,
        source_name=source.rsplit("/", 1)[-1],
    )
    return {ATTR_DOCUMENT_ID: document.id}


_SERVICES: tuple[tuple[str, vol.Schema, Any], ...] = (
    ("capture", CAPTURE_SCHEMA, _async_capture),
    ("retry_capture", INBOX_ITEM_SCHEMA, _async_retry),
    ("triage_capture", TRIAGE_SCHEMA, _async_triage),
    ("attach_document", ATTACH_DOCUMENT_SCHEMA, _async_attach_document),
)


@callback
def async_setup_capture(hass: HomeAssistant) -> None:
    """Register the capture actions and HTTP views (once, for all properties)."""
    for name, schema, handler in _SERVICES:
        hass.services.async_register(
            DOMAIN,
            name,
            handler,
            schema=schema,
            supports_response=SupportsResponse.OPTIONAL,
        )
    hass.http.register_view(CaptureUploadView())
    hass.http.register_view(DocumentUploadView())
    hass.http.register_view(FileView())
