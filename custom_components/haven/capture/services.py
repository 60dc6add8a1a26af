"""The capture actions: capture, retry_capture, triage_capture, attach_document."""

from __future__ import annotations

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
import voluptuous as vol

from ..const import (
    ATTR_ASSET_ID,
    ATTR_CAMERA_ENTITY_ID,
    ATTR_DOCUMENT_ID,
    ATTR_FILE_PATH,
    ATTR_INBOX_ITEM_ID,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_NAME,
    ATTR_OUTCOME,
    ATTR_TEXT,
    DOMAIN,
)
from ..data import asset_named, entry_holding, entry_of_call
from ..errors import invalid
from ..permissions import Access, ActionHandler, guarded
from ..schemas import (
    ATTACH_DOCUMENT_SCHEMA,
    CAPTURE_SCHEMA,
    INBOX_ITEM_SCHEMA,
    TRIAGE_SCHEMA,
)
from .files import DOCUMENT_TYPES
from .http import CaptureUploadView, DocumentUploadView, FileView
from .sources import async_stage


async def _async_capture(call: ServiceCall) -> ServiceResponse:
    asset_id = asset_named(call.hass, call.data)
    entry = entry_of_call(call.hass, call.data, "asset", asset_id)
    assert entry is not None  # CAPTURE_SCHEMA requires config_entry_id
    inbox = entry.runtime_data.inbox
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
    if (asset_id := asset_named(call.hass, call.data)) is not None:
        fields[ATTR_ASSET_ID] = asset_id
    return await entry.runtime_data.inbox.async_triage(
        item_id, call.data[ATTR_OUTCOME], fields, user_id=call.context.user_id
    )


async def _async_attach_document(call: ServiceCall) -> ServiceResponse:
    asset_id = asset_named(call.hass, call.data)
    if asset_id is None:
        raise invalid("asset_required")
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


# Triage checks the dismiss outcome itself (a removal: see permissions.py).
_SERVICES: tuple[tuple[str, vol.Schema, ActionHandler], ...] = (
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
            guarded(handler, Access.CHANGE),
            schema=schema,
            supports_response=SupportsResponse.OPTIONAL,
        )
    hass.http.register_view(CaptureUploadView())
    hass.http.register_view(DocumentUploadView())
    hass.http.register_view(FileView())
