"""Haven's files under <config>/haven/: atomic streaming writes, sniffed types, safe paths.

A file is first streamed into a staging folder (``<config>/haven/.incoming``) while its
size is counted and its type is read from its first bytes, never from its name. Only a
complete, accepted file is then moved (one atomic rename on the same file system) to its
place under the property: ``<property_id>/captures/<item id>.<ext>`` or
``<property_id>/documents/<asset id>/<document id>.<ext>``. A refused or interrupted
upload leaves nothing behind, and a stored file is never half written.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
import os
from pathlib import Path
from typing import IO, Final
import uuid

from homeassistant.core import HomeAssistant

from ..const import FILES_FOLDER
from ..store.backups import FILE_MODE, make_private_folder
from .checks import CheckUnavailableError, NotParsedError, async_check

MAX_FILE_BYTES: Final = 25 * 1024 * 1024
CHUNK_BYTES: Final = 64 * 1024
_SNIFF_BYTES: Final = 64
STAGING_FOLDER: Final = ".incoming"

# What each kind of file may be, by sniffed MIME type, with the extension it is stored with.
IMAGE_TYPES: Final = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/heic": ".heic",
}
AUDIO_TYPES: Final = {
    "audio/wav": ".wav",
    "audio/mpeg": ".mp3",
    "audio/ogg": ".ogg",
    "audio/flac": ".flac",
    "audio/mp4": ".m4a",
    "audio/webm": ".webm",
}
CAPTURE_TYPES: Final = IMAGE_TYPES | AUDIO_TYPES
DOCUMENT_TYPES: Final = IMAGE_TYPES | {"application/pdf": ".pdf"}
ALL_TYPES: Final = CAPTURE_TYPES | DOCUMENT_TYPES


class FileRefusedError(Exception):
    """A file Haven will not store; ``key`` names the translated reason."""

    def __init__(self, key: str, **placeholders: object) -> None:
        """Keep the translation key and its placeholders."""
        super().__init__(key)
        self.key = key
        self.placeholders = {k: str(v) for k, v in placeholders.items()}


# Signatures at the start of a file: (offset, bytes, MIME type), checked in order.
_SIGNATURES: Final = (
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (8, b"WEBP", "image/webp"),
    (8, b"WAVE", "audio/wav"),
    (0, b"%PDF-", "application/pdf"),
    (0, b"OggS", "audio/ogg"),
    (0, b"fLaC", "audio/flac"),
    (0, b"\x1a\x45\xdf\xa3", "audio/webm"),
    (0, b"ID3", "audio/mpeg"),
)
_HEIF_BRANDS: Final = (b"heic", b"heix", b"mif1", b"msf1", b"hevc")
_MPEG_SYNC: Final = 0xFFE0
# Values an MPEG audio frame header never holds: a version, a bitrate, a sample rate.
_RESERVED_VERSION: Final = 0b01
_BAD_BITRATE: Final = 0b1111
_RESERVED_RATE: Final = 0b11


def _mpeg_frame(head: bytes) -> bool:
    """Return whether bytes start with a valid MPEG audio frame header.

    Eleven set bits alone are not enough: a UTF-16 byte order mark has them too. The
    version, layer, bitrate and sample rate fields must hold allowed values.
    """
    if len(head) < 3 or int.from_bytes(head[:2]) & _MPEG_SYNC != _MPEG_SYNC:  # noqa: PLR2004
        return False
    version, layer = (head[1] >> 3) & 0b11, (head[1] >> 1) & 0b11
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 0b11
    return (
        version != _RESERVED_VERSION
        and layer != 0
        and bitrate not in (0, _BAD_BITRATE)
        and rate != _RESERVED_RATE
    )


def sniff(head: bytes) -> str | None:
    """Return the MIME type the first bytes of a file show, None when unknown."""
    for offset, signature, mime in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature and (
            offset == 0 or head[:4] == b"RIFF"
        ):
            return mime
    if _mpeg_frame(head):
        return "audio/mpeg"  # an MP3 without an ID3 tag starts with a frame sync
    if head[4:8] == b"ftyp":
        # HEIF photos, else M4A/MP4 (iPhone voice memos: "M4A "; Android: "mp42", "isom").
        return "image/heic" if head[8:12] in _HEIF_BRANDS else "audio/mp4"
    return None


@dataclass(frozen=True, slots=True)
class StagedFile:
    """A complete file in the staging folder, not yet in its place."""

    path: Path
    mime_type: str
    size: int

    @property
    def extension(self) -> str:
        """Return the extension it is stored with."""
        return ALL_TYPES[self.mime_type]


class FileStore:
    """Haven's folder: stage, commit, find and delete files, all off the event loop."""

    def __init__(self, hass: HomeAssistant, max_bytes: int | None = None) -> None:
        """Use <config>/haven/; files up to max_bytes (25 MB by default)."""
        self.hass = hass
        self.root = Path(hass.config.path(FILES_FOLDER))
        self.max_bytes = max_bytes or MAX_FILE_BYTES

    async def async_stage(
        self, chunks: AsyncIterator[bytes], allowed: dict[str, str]
    ) -> StagedFile:
        """Stream chunks into a staging file; refuse empty, oversize or unknown files."""
        staging = self.root / STAGING_FOLDER
        path = staging / f"{uuid.uuid4()}.part"
        handle: IO[bytes] | None = None
        size = 0
        head = b""
        mime: str | None = None
        try:
            handle = await self.hass.async_add_executor_job(_open_new, path)
            async for chunk in chunks:
                size += len(chunk)
                if size > self.max_bytes:
                    raise FileRefusedError(  # noqa: TRY301
                        "file_too_large", max_mb=self.max_bytes // (1024 * 1024)
                    )
                if mime is None:
                    head += chunk[: _SNIFF_BYTES - len(head)]
                    if len(head) >= _SNIFF_BYTES:
                        mime = _check_type(head, allowed)
                await self.hass.async_add_executor_job(handle.write, chunk)
            if size == 0:
                raise FileRefusedError("file_empty")  # noqa: TRY301
            if mime is None:
                mime = _check_type(head, allowed)
            await self.hass.async_add_executor_job(_close, handle)
            handle = None
            await _async_parse(self.hass, path, mime)
        except BaseException:
            await self.hass.async_add_executor_job(_discard, handle, path)
            raise
        return StagedFile(path, mime, size)

    async def async_stage_path(
        self, source: Path, allowed: dict[str, str], own: bool = False
    ) -> StagedFile:
        """Copy a file from HA's allowed directories into the staging folder.

        With own=True a file already in Haven's folder is accepted too (a capture
        or document picked from Haven's media source).
        """
        inside = own and self._inside(source)
        if not inside and not self.hass.config.is_allowed_path(str(source)):
            raise FileRefusedError("path_not_allowed", path=source)
        try:
            handle = await self.hass.async_add_executor_job(_open_existing, source)
        except OSError:
            raise FileRefusedError("path_not_found", path=source) from None

        async def _chunks() -> AsyncIterator[bytes]:
            try:
                while chunk := await self.hass.async_add_executor_job(
                    handle.read, CHUNK_BYTES
                ):
                    yield chunk
            finally:
                await self.hass.async_add_executor_job(handle.close)

        return await self.async_stage(_chunks(), allowed)

    async def async_stage_bytes(
        self, data: bytes, allowed: dict[str, str]
    ) -> StagedFile:
        """Stage bytes held in memory (a camera snapshot)."""

        async def _chunks() -> AsyncIterator[bytes]:
            for start in range(0, len(data), CHUNK_BYTES):
                yield data[start : start + CHUNK_BYTES]

        return await self.async_stage(_chunks(), allowed)

    async def async_commit(self, staged: StagedFile, key: str) -> Path:
        """Move a staged file to its place (key relative to <config>/haven/)."""
        target = self.path(key)
        await self.hass.async_add_executor_job(_move, staged.path, target)
        return target

    async def async_discard(self, staged: StagedFile) -> None:
        """Forget a staged file that will not be stored."""
        await self.hass.async_add_executor_job(_discard, None, staged.path)

    async def async_delete(self, key: str) -> None:
        """Delete a stored file (gone already is fine)."""
        await self.hass.async_add_executor_job(self.path(key).unlink, True)

    def _inside(self, path: Path) -> bool:
        try:
            return path.resolve().is_relative_to(self.root.resolve())
        except (OSError, RuntimeError):
            return False

    def path(self, key: str) -> Path:
        """Return the path of a stored file; refuse keys that leave Haven's folder."""
        if not key or "\\" in key or key.startswith("/") or ".." in key.split("/"):
            raise FileRefusedError("invalid_file_key", file=key)
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise FileRefusedError("invalid_file_key", file=key)
        return path


def capture_key(property_id: str, item_id: str, staged: StagedFile) -> str:
    """Return where a capture's file is stored."""
    return f"{property_id}/captures/{item_id}{staged.extension}"


def document_key(
    property_id: str, asset_id: str, document_id: str, staged: StagedFile
) -> str:
    """Return where a document is stored."""
    return f"{property_id}/documents/{asset_id}/{document_id}{staged.extension}"


def _check_type(head: bytes, allowed: dict[str, str]) -> str:
    mime = sniff(head)
    if mime is None or mime not in allowed:
        raise FileRefusedError(
            "file_type_not_allowed",
            type=mime or "unknown",
            allowed=", ".join(sorted(allowed)),
        )
    return mime


async def _async_parse(hass: HomeAssistant, path: Path, mime: str) -> None:
    """Refuse a staged file that does not parse as the type its first bytes claim."""
    try:
        await async_check(hass, path, mime)
    except NotParsedError as err:
        raise FileRefusedError("file_not_valid", type=mime, reason=err) from None
    except CheckUnavailableError:
        raise FileRefusedError("file_check_unavailable", type=mime) from None


def _open_new(path: Path) -> IO[bytes]:
    # Haven's files hold the household's photos and notes: for HA's user only.
    make_private_folder(path.parent.parent)
    make_private_folder(path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    return os.fdopen(descriptor, "wb")


def _open_existing(path: Path) -> IO[bytes]:
    # The real file behind any symlink must be a regular file (not a device or a fifo).
    resolved = path.resolve(strict=True)
    if not resolved.is_file():
        raise FileNotFoundError(path)
    return resolved.open("rb")


def _close(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()


def _discard(handle: IO[bytes] | None, path: Path) -> None:
    if handle is not None:
        handle.close()
    path.unlink(missing_ok=True)


def _move(source: Path, target: Path) -> None:
    make_private_folder(target.parent)
    source.replace(target)
