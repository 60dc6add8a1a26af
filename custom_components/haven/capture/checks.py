"""A staged file is what its first bytes claim only if it parses as that.

The first bytes only say what a file claims to be: a UTF-16 web page starts like an
MPEG frame, anything can start with ``ID3``, three bytes make a "JPEG". So a staged
file is parsed before it is kept: images by Pillow (Home Assistant's own dependency),
header verified and the picture decoded (JPEGs at an eighth of their size, which still
reads every byte); HEIF photos, which Pillow cannot read, by their box structure;
audio by ffprobe (beside HA's ffmpeg), which must find an audio stream in the
container the bytes claim, within a time limit and off the event loop; a PDF must
start with ``%PDF-`` and end with its ``%%EOF`` trailer.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
import shutil
from typing import Final

from homeassistant.core import HomeAssistant
from PIL import Image, UnidentifiedImageError

PROBE_TIMEOUT: Final = 30
_PDF_TAIL: Final = 1024
# Pillow's format names, and ffprobe's container names, each type must parse as.
# A JPEG holding more pictures (MPO: phones' portrait and depth photos) is a JPEG.
_PILLOW_FORMATS: Final = {
    "image/jpeg": {"JPEG", "MPO"},
    "image/png": {"PNG"},
    "image/gif": {"GIF"},
    "image/webp": {"WEBP"},
}
_CONTAINERS: Final = {
    "audio/wav": {"wav"},
    "audio/mpeg": {"mp3"},
    "audio/ogg": {"ogg"},
    "audio/flac": {"flac"},
    "audio/mp4": {"mov", "mp4", "m4a"},
    "audio/webm": {"webm", "matroska"},
}
_HEIF_NEEDS: Final = (b"ftyp", b"meta", b"mdat")


class NotParsedError(Exception):
    """The file does not parse as the type it claims; the message says why."""


class CheckUnavailableError(Exception):
    """Nothing here can parse the file (ffprobe is missing)."""


def _refuse(mime: str, reason: str) -> NotParsedError:
    return NotParsedError(reason)


def check_image(path: Path, mime: str) -> None:
    """Parse an image whole; refuse it when it does not parse as its type."""
    if mime == "image/heic":
        check_heif(path)
        return
    try:
        with Image.open(path) as image:
            found = image.format
            image.verify()
        with Image.open(path) as image:
            if image.format in _PILLOW_FORMATS["image/jpeg"]:
                image.draft(
                    "RGB", (max(image.width // 8, 1), max(image.height // 8, 1))
                )
            image.load()
    except Image.DecompressionBombError:
        raise _refuse(mime, "the picture is too large") from None
    except UnidentifiedImageError:
        raise _refuse(mime, "it is not a picture") from None
    except Exception as err:  # noqa: BLE001 - any parser error means it is not an image
        said = str(err).replace(str(path), "the file") or type(err).__name__
        raise _refuse(mime, said) from None
    if found not in _PILLOW_FORMATS.get(mime, set()):
        raise _refuse(mime, f"it reads as {found or 'nothing'}")


def check_heif(path: Path) -> None:
    """Walk a HEIF file's top-level boxes: they must fill it exactly, with the needed ones."""
    size = path.stat().st_size
    kinds: list[bytes] = []
    with path.open("rb") as handle:
        offset = 0
        while offset < size:
            handle.seek(offset)
            header = handle.read(8)
            if len(header) < 8:  # noqa: PLR2004 - a box header is 8 bytes
                raise _refuse("image/heic", "a box is cut short")
            length = int.from_bytes(header[:4])
            if length == 1:
                length = int.from_bytes(handle.read(8))
            elif length == 0:
                length = size - offset
            if length < 8 or offset + length > size:  # noqa: PLR2004
                raise _refuse("image/heic", "a box is longer than the file")
            kinds.append(header[4:8])
            offset += length
    if not kinds or kinds[0] != b"ftyp" or not set(_HEIF_NEEDS) <= set(kinds):
        raise _refuse("image/heic", "it lacks the boxes of a HEIF picture")


def check_pdf(path: Path) -> None:
    """Refuse a PDF that does not start with its header and end with its trailer."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, size - _PDF_TAIL))
        tail = handle.read()
    if head != b"%PDF-" or b"%%EOF" not in tail or size <= len(b"%PDF-%%EOF"):
        raise _refuse("application/pdf", "it has no PDF trailer (%%EOF)")


def ffprobe_binary(hass: HomeAssistant) -> str | None:
    """Return ffprobe beside HA's ffmpeg, else on the PATH; None when there is none."""
    # ffmpeg is one of Haven's dependencies: set up before Haven, so always there.
    from homeassistant.components.ffmpeg import get_ffmpeg_manager  # noqa: PLC0415

    candidates = []
    ffmpeg = Path(get_ffmpeg_manager(hass).binary)
    if ffmpeg.parent != Path():
        candidates.append(
            str(ffmpeg.with_name(ffmpeg.name.replace("ffmpeg", "ffprobe")))
        )
    candidates.append("ffprobe")
    for candidate in candidates:
        if found := shutil.which(candidate):
            return found
    return None


async def async_check_audio(hass: HomeAssistant, path: Path, mime: str) -> None:
    """Have ffprobe read the file; refuse it unless it holds audio in its container."""
    binary = await hass.async_add_executor_job(ffprobe_binary, hass)
    if binary is None:
        raise CheckUnavailableError(mime)
    process = await asyncio.create_subprocess_exec(
        binary,
        "-v",
        "error",
        "-show_entries",
        "format=format_name:stream=codec_type",
        "-of",
        "json",
        str(path),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        async with asyncio.timeout(PROBE_TIMEOUT):
            out, err = await process.communicate()
    except TimeoutError:
        raise _refuse(mime, f"reading it took over {PROBE_TIMEOUT} seconds") from None
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    said = err.decode(errors="replace").replace(str(path), "the file").strip()
    if process.returncode != 0:
        raise _refuse(
            mime, said.splitlines()[-1][:200] if said else "it does not parse"
        )
    try:
        found = json.loads(out)
        containers = set(found["format"]["format_name"].split(","))
        streams = {stream.get("codec_type") for stream in found.get("streams", [])}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _refuse(mime, "it does not parse") from None
    if not containers & _CONTAINERS[mime]:
        raise _refuse(mime, f"it reads as {', '.join(sorted(containers))}")
    if "audio" not in streams:
        raise _refuse(mime, "it holds no audio")


async def async_check(hass: HomeAssistant, path: Path, mime: str) -> None:
    """Parse a staged file as the type its first bytes claim; refuse it otherwise."""
    if mime.startswith("image/"):
        await hass.async_add_executor_job(check_image, path, mime)
    elif mime.startswith("audio/"):
        await async_check_audio(hass, path, mime)
    else:  # the only other type Haven takes (DOCUMENT_TYPES)
        await hass.async_add_executor_job(check_pdf, path)
