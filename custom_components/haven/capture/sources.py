"""Files into Haven from inside HA: a path, a media source item, a camera snapshot.

Each is staged (streamed into Haven's staging folder, type sniffed, size limited)
before anything is stored; a refused file is a translated error.
"""

from __future__ import annotations

from pathlib import Path

from homeassistant.components.media_source import (
    async_resolve_media,
    is_media_source_id,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from ..const import DOMAIN
from ..errors import invalid
from .files import CAPTURE_TYPES, FileRefusedError, FileStore, StagedFile

# Media sources whose items are files of this HA: My media, and Haven's own files.
_LOCAL_SOURCES = frozenset({"media_source", DOMAIN})


def _source_of(media_content_id: str) -> str:
    """Return the integration a media source id belongs to."""
    return media_content_id.removeprefix("media-source://").split("/", 1)[0]


def refused(err: FileRefusedError) -> HomeAssistantError:
    """Return the translated validation error for a refused file."""
    return invalid(err.key, **err.placeholders)


async def async_stage(
    hass: HomeAssistant,
    files: FileStore,
    *,
    file_path: str | None = None,
    media_content_id: str | None = None,
    camera_entity_id: str | None = None,
    allowed: dict[str, str] = CAPTURE_TYPES,
) -> StagedFile | None:
    """Stage the one file a call names (None when it names none)."""
    given = [v for v in (file_path, media_content_id, camera_entity_id) if v]
    if len(given) > 1:
        raise invalid("one_file_only")
    try:
        if file_path:
            return await _async_stage_path(files, file_path, allowed)
        if camera_entity_id:
            return await _async_stage_camera(hass, files, camera_entity_id, allowed)
        if media_content_id:
            return await _async_stage_media(hass, files, media_content_id, allowed)
    except FileRefusedError as err:
        raise refused(err) from None
    return None


async def _async_stage_path(
    files: FileStore, file_path: str, allowed: dict[str, str]
) -> StagedFile:
    """Stage a file by path; a path the system cannot even look up is not found.

    A name longer than the file system allows (ENAMETOOLONG) or a NUL in it fails
    in the allow-list check itself, before any file is opened.
    """
    try:
        return await files.async_stage_path(Path(file_path), allowed)
    except (OSError, ValueError):
        raise FileRefusedError("path_not_found", path=file_path) from None


async def _async_stage_camera(
    hass: HomeAssistant, files: FileStore, entity_id: str, allowed: dict[str, str]
) -> StagedFile:
    if "camera" not in hass.config.components:
        raise invalid("unknown_camera", entity_id=entity_id)
    from homeassistant.components.camera import async_get_image  # noqa: PLC0415

    try:
        image = await async_get_image(hass, entity_id)
    except HomeAssistantError as err:
        raise invalid("camera_failed", entity_id=entity_id, error=err) from err
    return await files.async_stage_bytes(image.content, allowed)


async def _async_stage_media(
    hass: HomeAssistant,
    files: FileStore,
    media_content_id: str,
    allowed: dict[str, str],
) -> StagedFile:
    prefix = "media-source://camera/"
    if media_content_id.startswith(prefix):
        return await _async_stage_camera(
            hass, files, media_content_id.removeprefix(prefix), allowed
        )
    if (
        not is_media_source_id(media_content_id)
        or _source_of(media_content_id) not in _LOCAL_SOURCES
    ):
        # Another integration's media (a radio station, a TTS message) is not a file
        # of this HA; asking it to resolve the id could fail in any way it likes.
        raise invalid("media_not_local", media_content_id=media_content_id)
    try:
        media = await async_resolve_media(hass, media_content_id, None)
    except HomeAssistantError as err:
        raise invalid(
            "media_not_found", media_content_id=media_content_id, error=err
        ) from err
    if media.path is None:
        raise invalid("media_not_local", media_content_id=media_content_id)
    # Media sources serve files from HA's media folders; the path check still holds.
    return await files.async_stage_path(Path(media.path), allowed, own=True)
