"""HTTP: upload a capture or a document, and download stored files (HA auth only).

``POST /api/haven/capture`` takes multipart form data: ``file`` and/or ``text``,
``config_entry_id`` (or ``property``: the property's name; optional with one property)
and ``asset_id``. The file is streamed to disk while it arrives, never held in memory,
and refused with 413 past the size limit and 415 when its content is not a photo or
audio, whatever its name or declared type says. ``POST /api/haven/document`` stores a
manual or receipt for ``asset_id`` (``name`` optional). Files come back from
``GET /api/haven/files/{config_entry_id}/{capture|document}/{id}``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final

from aiohttp import BodyPartReader, web
from aiohttp.web_exceptions import HTTPException
from homeassistant.components.http import KEY_HASS, KEY_HASS_USER, HomeAssistantView
from homeassistant.exceptions import HomeAssistantError

from ..const import (
    ATTR_ASSET_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DOCUMENT_ID,
    ATTR_INBOX_ITEM_ID,
    ATTR_NAME,
    ATTR_TEXT,
    DOMAIN,
    TEXT_MAX_LENGTH,
)
from ..data import HavenConfigEntry, entry_holding, loaded_entries
from ..errors import invalid
from .files import (
    CAPTURE_TYPES,
    CHUNK_BYTES,
    DOCUMENT_TYPES,
    FileRefusedError,
    FileStore,
    StagedFile,
)

if TYPE_CHECKING:
    from homeassistant.core import HomeAssistant

_FIELD_MAX: Final = TEXT_MAX_LENGTH * 4
_STATUS: Final = {
    "file_too_large": HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    "file_type_not_allowed": HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
    "file_not_valid": HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
    # Nothing wrong with the upload: the database failed (the log says why).
    "database_error": HTTPStatus.SERVICE_UNAVAILABLE,
}


def _error(code: str, message: str, status: HTTPStatus) -> web.Response:
    return web.json_response({"code": code, "message": message}, status=status)


def _entry(hass: HomeAssistant, wanted: str | None) -> HavenConfigEntry:
    entries = loaded_entries(hass)
    if not wanted:
        if len(entries) == 1:
            return entries[0]
        raise invalid("property_required")
    for entry in entries:
        if wanted == entry.entry_id or wanted.casefold() == entry.title.casefold():
            return entry
    raise invalid("unknown_property", config_entry_id=wanted)


class _UploadView(HomeAssistantView):
    """Read a multipart upload: the file is staged as it streams in."""

    requires_auth = True
    allowed: dict[str, str] = CAPTURE_TYPES

    async def _async_read(
        self, hass: HomeAssistant, request: web.Request
    ) -> tuple[dict[str, str], StagedFile | None, str | None]:
        if request.content_type == "application/x-www-form-urlencoded":
            # Text only (curl -d): small enough for HA's own request size limit.
            posted = await request.post()
            return {k: str(v) for k, v in posted.items()}, None, None
        if not request.content_type.startswith("multipart/"):
            raise FileRefusedError("multipart_required")
        files = FileStore(hass)
        if request.content_length and request.content_length > files.max_bytes + (
            1024 * 1024
        ):
            raise FileRefusedError(
                "file_too_large", max_mb=files.max_bytes // (1024 * 1024)
            )
        fields: dict[str, str] = {}
        staged: StagedFile | None = None
        filename: str | None = None
        reader = await request.multipart()
        try:
            while (part := await reader.next()) is not None:
                if not isinstance(part, BodyPartReader):
                    continue
                if part.name == "file" and part.filename is not None:
                    if staged is not None:
                        raise FileRefusedError("one_file_only")  # noqa: TRY301
                    filename = part.filename
                    staged = await files.async_stage(_chunks(part), self.allowed)
                elif part.name:
                    value = await part.read(decode=True)
                    if len(value) > _FIELD_MAX:
                        raise FileRefusedError(  # noqa: TRY301
                            "field_too_long", field=part.name
                        )
                    fields[part.name] = value.decode(
                        part.get_charset("utf-8"), errors="replace"
                    )
        except BaseException:
            if staged is not None:
                await files.async_discard(staged)
            raise
        return fields, staged, filename

    async def _async_respond(self, request: web.Request) -> web.Response:
        hass = request.app[KEY_HASS]
        staged: StagedFile | None = None
        try:
            fields, staged, filename = await self._async_read(hass, request)
            try:
                result = await self._async_store(
                    hass, request, fields, staged, filename
                )
            except BaseException:
                # A refused upload leaves no file behind (a stored one was moved away).
                if staged is not None:
                    await FileStore(hass).async_discard(staged)
                raise
        except FileRefusedError as err:
            message = str(invalid(err.key, **err.placeholders))
            return _error(
                err.key, message, _STATUS.get(err.key, HTTPStatus.BAD_REQUEST)
            )
        except HTTPException:
            raise
        except (ValueError, HomeAssistantError) as err:
            # The translation key is the code the panel shows the message by.
            key = getattr(err, "translation_key", None) or "invalid_upload"
            return _error(key, str(err), _STATUS.get(key, HTTPStatus.BAD_REQUEST))
        return web.json_response(result, status=HTTPStatus.CREATED)

    async def _async_store(
        self,
        hass: HomeAssistant,
        request: web.Request,
        fields: dict[str, str],
        staged: StagedFile | None,
        filename: str | None,
    ) -> dict[str, Any]:
        raise NotImplementedError


async def _chunks(part: BodyPartReader) -> AsyncIterator[bytes]:
    while chunk := await part.read_chunk(CHUNK_BYTES):
        yield chunk


class CaptureUploadView(_UploadView):
    """POST /api/haven/capture: a photo, voice memo and/or text into the inbox."""

    url = "/api/haven/capture"
    name = "api:haven:capture"

    async def post(self, request: web.Request) -> web.Response:
        """Store the capture; answer 201 with the inbox item id."""
        return await self._async_respond(request)

    async def _async_store(
        self,
        hass: HomeAssistant,
        request: web.Request,
        fields: dict[str, str],
        staged: StagedFile | None,
        filename: str | None,
    ) -> dict[str, Any]:
        entry = _entry(hass, fields.get(ATTR_CONFIG_ENTRY_ID) or fields.get("property"))
        item = await entry.runtime_data.inbox.async_capture(
            text=fields.get(ATTR_TEXT),
            staged=staged,
            asset_id=fields.get(ATTR_ASSET_ID) or None,
            user_id=request[KEY_HASS_USER].id,
        )
        return {
            ATTR_INBOX_ITEM_ID: item.id,
            ATTR_CONFIG_ENTRY_ID: entry.entry_id,
            "status": item.status,
        }


class DocumentUploadView(_UploadView):
    """POST /api/haven/document: a manual, receipt or warranty for an asset."""

    url = "/api/haven/document"
    name = "api:haven:document"
    allowed = DOCUMENT_TYPES

    async def post(self, request: web.Request) -> web.Response:
        """Store the document; answer 201 with its id."""
        return await self._async_respond(request)

    async def _async_store(
        self,
        hass: HomeAssistant,
        request: web.Request,
        fields: dict[str, str],
        staged: StagedFile | None,
        filename: str | None,
    ) -> dict[str, Any]:
        asset_id = fields.get(ATTR_ASSET_ID, "")
        entry = entry_holding(hass, "asset", asset_id)
        document = await entry.runtime_data.inbox.async_attach_document(
            asset_id, name=fields.get(ATTR_NAME), staged=staged, source_name=filename
        )
        return {ATTR_DOCUMENT_ID: document.id, ATTR_ASSET_ID: asset_id}


class FileView(HomeAssistantView):
    """GET a stored capture or document, to signed-in users only."""

    url = "/api/haven/files/{entry_id}/{kind}/{record_id}"
    name = "api:haven:files"
    requires_auth = True

    async def get(
        self, request: web.Request, entry_id: str, kind: str, record_id: str
    ) -> web.StreamResponse:
        """Send the file."""
        hass = request.app[KEY_HASS]
        entry = hass.config_entries.async_get_entry(entry_id)
        if (
            entry is None
            or entry.domain != DOMAIN
            or not hasattr(entry, "runtime_data")
        ):
            raise web.HTTPNotFound
        found = await stored_file(entry, kind, record_id)
        if found is None:
            raise web.HTTPNotFound
        path, mime = found
        if not await hass.async_add_executor_job(path.is_file):
            raise web.HTTPNotFound
        return web.FileResponse(path, headers={"Content-Type": mime})


async def stored_file(
    entry: HavenConfigEntry, kind: str, record_id: str
) -> tuple[Any, str] | None:
    """Return the path and type of a capture's or document's file, None if none.

    None too when the file's place leaves Haven's folder (a symlink put there).
    """
    inbox = entry.runtime_data.inbox
    repository = inbox.repository
    if kind == "capture":
        item = await repository.async_inbox_item(record_id)
        if (
            item is None
            or item.property_id != inbox.property_id
            or not item.storage_key
        ):
            return None
        key, mime = item.storage_key, item.mime_type
    elif kind == "document":
        documents = await repository.async_documents(
            inbox.property_id, document_id=record_id
        )
        if not documents:
            return None
        key, mime = documents[0].storage_key, documents[0].mime_type
    else:
        return None
    try:
        path = inbox.files.path(key)
    except FileRefusedError:
        return None
    return path, mime or "application/octet-stream"
