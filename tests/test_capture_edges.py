"""Capture's edges: files that are not what they claim, cameras, uploads, faults.

Real HA, the real recorder, real files, real ffmpeg/ffprobe and the test engines of
capture_support. Outside HA and Haven only: a camera entity standing in for a real
camera, a fake ffprobe printing nonsense, and database faults made for real (a table
renamed away behind Haven's back).
"""

from __future__ import annotations

import asyncio
from http import HTTPStatus
import io
import logging
import os
from pathlib import Path
import shutil
import struct
import subprocess
from typing import Any
import zlib

from aiohttp import FormData
from homeassistant.components import assist_pipeline
from homeassistant.components.camera import Camera
from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers.entity_platform import AddEntitiesCallback
from homeassistant.setup import async_setup_component
from PIL import Image
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockModule,
    MockPlatform,
    mock_integration,
    mock_platform,
)

from custom_components.haven.const import DOMAIN, EVENT_CAPTURE_PROCESSED
from custom_components.haven.store.models import Document, InboxItem, Task

from .capture_support import (  # noqa: F401 - test_flow_handler is a fixture
    FIXTURES,
    CaptureParts,
    async_setup_test_parts,
    copy_fixture,
    test_flow_handler,
)
from .conftest import db_dump, db_rows, table_away
from .test_capture import AI, call, events, files_dir, item_row, processed, setup_home
from .test_capture_http import form
from .test_file_checks import PHOTO, VALID_PDF
from .test_schema import run_sql

pytestmark = [pytest.mark.storage, pytest.mark.usefixtures("test_flow_handler")]
__all__ = ["files_dir"]


@pytest.fixture(autouse=True)
async def engines(
    request: pytest.FixtureRequest,
    recorder_mock: Recorder,
    hass: HomeAssistant,
    files_dir: Path,
) -> CaptureParts | None:
    """Set up the test engines, Assist and AI tasks (not when parametrized False)."""
    request.getfixturevalue("test_flow_handler")  # their config flow, first
    if getattr(request, "param", True) is False:
        return None
    return await async_setup_test_parts(hass)


@pytest.fixture
def parts(engines: CaptureParts | None) -> CaptureParts:
    """Return the test engines."""
    assert engines is not None
    return engines


def stored_files(hass: HomeAssistant) -> list[Path]:
    """Return every file under Haven's folder (staging included)."""
    haven = Path(hass.config.path("haven"))
    return [p for p in haven.rglob("*") if p.is_file()] if haven.exists() else []


async def post(client: Any, url: str, **kwargs: Any) -> tuple[int, dict[str, Any]]:
    """POST and return the status and the JSON answer."""
    response = await client.post(url, **kwargs)
    return response.status, await response.json()


async def refused(hass: HomeAssistant, service: str, data: dict[str, Any]) -> str:
    """Call an action that must be refused; return its translated message."""
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, service, data)
    message = str(err.value)
    assert message != err.value.translation_key  # translated, not the bare key
    return f"{err.value.translation_key}: {message}"


async def capture_file(hass: HomeAssistant, entry: MockConfigEntry, path: Path) -> str:
    """Capture a file by its path, wait for processing; return the inbox item id."""
    response = await call(
        hass, "capture", {"config_entry_id": entry.entry_id, "file_path": str(path)}
    )
    await processed(hass, entry)
    return str(response["inbox_item_id"])


async def refused_file(hass: HomeAssistant, path: Path) -> str:
    """Capture a file that must be refused; check nothing is kept; return why."""
    entry = await setup_home(hass)
    message = await refused(
        hass, "capture", {"config_entry_id": entry.entry_id, "file_path": str(path)}
    )
    assert await db_rows(hass, InboxItem) == []
    assert stored_files(hass) == []
    return message


# Files that are not what their first bytes claim


def box(kind: bytes, payload: bytes = b"\0" * 8) -> bytes:
    """Return one ISO base media box (HEIF is made of them)."""
    return struct.pack(">I", 8 + len(payload)) + kind + payload


FTYP = box(b"ftyp", b"heic\0\0\0\0mif1heic")
HEIF = {
    "whole": (FTYP + box(b"meta") + box(b"mdat", b"\1" * 64), None),
    "large_box": (
        FTYP + box(b"meta") + struct.pack(">I4sQ", 1, b"mdat", 16 + 64) + b"\1" * 64,
        None,
    ),
    "cut_short": (FTYP + box(b"meta") + box(b"mdat", b"\1" * 64) + b"\0\0\0", "cut"),
    "box_too_long": (FTYP + box(b"meta") + struct.pack(">I", 999) + b"mdat", "longer"),
    "no_meta": (FTYP + box(b"mdat", b"\1" * 64), "lacks the boxes"),
}


@pytest.mark.parametrize(("data", "said"), HEIF.values(), ids=HEIF.keys())
async def test_heif_photos_are_read_by_their_boxes(
    hass: HomeAssistant, files_dir: Path, data: bytes, said: str | None
) -> None:
    """A HEIF photo whose boxes fill it is kept as .heic; a broken one is refused."""
    path = files_dir / "IMG_0001.HEIC"
    path.write_bytes(data)
    if said is not None:
        message = await refused_file(hass, path)
        assert message.startswith("file_not_valid: ")
        assert said in message
        return
    entry = await setup_home(hass)
    item = await item_row(hass, await capture_file(hass, entry, path))
    assert (item.mime_type, Path(str(item.storage_key)).suffix) == (
        "image/heic",
        ".heic",
    )
    assert Path(hass.config.path("haven", str(item.storage_key))).read_bytes() == data


def png_claiming(width: int, height: int) -> bytes:
    """Return a small PNG whose header claims a huge picture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


async def test_a_multi_picture_jpeg_from_a_phone_is_kept(
    hass: HomeAssistant, files_dir: Path
) -> None:
    """A JPEG with a second picture inside (MPO, as phones save) is a photo.

    Pillow names its format MPO; the check once refused it ("it reads as MPO").
    """
    entry = await setup_home(hass)
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 80, 20)).save(
        buffer, "MPO", save_all=True, append_images=[Image.new("RGB", (40, 30))]
    )
    path = files_dir / "portrait.jpg"
    path.write_bytes(buffer.getvalue())
    item = await item_row(hass, await capture_file(hass, entry, path))
    assert (item.mime_type, str(item.storage_key).endswith(".jpg")) == (
        "image/jpeg",
        True,
    )


async def test_an_mp3_without_a_tag_is_kept(
    hass: HomeAssistant, files_dir: Path
) -> None:
    """An MP3 starting straight with a frame (no ID3 tag) is a voice memo."""
    entry = await setup_home(hass)
    tagged = (FIXTURES / "smoke_alarm.mp3").read_bytes()
    assert tagged.startswith(b"ID3")
    size = 0
    for byte in tagged[6:10]:  # the tag's size: four 7-bit bytes
        size = (size << 7) | byte
    path = files_dir / "memo.mp3"
    path.write_bytes(tagged[10 + size :])
    item = await item_row(hass, await capture_file(hass, entry, path))
    assert (item.mime_type, item.transcription) == (
        "audio/mpeg",
        "the smoke alarm is beeping",
    )


def make_media(path: Path, *source: str) -> Path:
    """Make a real media file with the real ffmpeg, from its lavfi test sources."""
    ffmpeg = shutil.which("ffmpeg")
    assert ffmpeg is not None
    command = [ffmpeg, "-v", "error", "-f", "lavfi", *source, "-y", str(path)]
    subprocess.run(command, check=True)  # noqa: S603 - the test's own arguments
    return path


def video_only(folder: Path) -> Path:
    """Make a Matroska file with a picture stream and no sound."""
    return make_media(
        folder / "memo.webm",
        *("-i", "color=c=red:s=16x16:d=0.2", "-c:v", "mjpeg", "-f", "matroska"),
    )


def photo_cd_as_jpeg(folder: Path) -> Path:
    """Write a JPEG signature, then a Photo CD image (header at 2048, pixels after)."""
    data = b"\xff\xd8\xff\x01".ljust(2048, b"\0") + b"PCD_IPI"
    path = folder / "photo.jpg"
    path.write_bytes(data.ljust(96 * 2048 + 768 * 512 * 3, b"\0"))
    return path


def ogg_tagged_as_mp3(folder: Path) -> Path:
    """Write an Ogg Vorbis memo behind an ID3 tag (how an MP3 starts)."""
    path = folder / "memo.mp3"
    ogg = (FIXTURES / "dryer_vent.ogg").read_bytes()
    path.write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00" + ogg)
    return path


def bomb(folder: Path) -> Path:
    """Write a tiny PNG claiming 30000 x 30000 pixels."""
    path = folder / "bomb.png"
    path.write_bytes(png_claiming(30_000, 30_000))
    return path


NOT_WHAT_THEY_CLAIM = {
    "decompression_bomb": (bomb, "the picture is too large"),
    "photo_cd_as_jpeg": (photo_cd_as_jpeg, "it reads as PCD"),
    "ogg_as_mp3": (ogg_tagged_as_mp3, "it reads as ogg"),
    "video_without_sound": (video_only, "it holds no audio"),
}


@pytest.mark.parametrize(
    ("make", "reason"), NOT_WHAT_THEY_CLAIM.values(), ids=NOT_WHAT_THEY_CLAIM.keys()
)
async def test_files_not_what_they_claim_are_refused_saying_why(
    hass: HomeAssistant, files_dir: Path, make: Any, reason: str
) -> None:
    """Each starts like a type Haven takes, but does not read as it: refused."""
    message = await refused_file(hass, make(files_dir))
    assert message.startswith("file_not_valid: ")
    assert f"({reason})" in message


async def test_ffprobe_answering_nonsense_is_a_refusal(
    hass: HomeAssistant,
    files_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An ffprobe whose answer is not its JSON: the file is refused, nothing kept."""
    # Outside HA and Haven: a broken ffprobe, first on the PATH (ffmpeg has no folder).
    fake = tmp_path / "bin" / "ffprobe"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'this is not json'\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    message = await refused_file(hass, copy_fixture("dryer_vent.ogg", files_dir))
    assert message.startswith("file_not_valid: ")
    assert "(it does not parse)" in message


async def test_a_folder_or_a_pipe_is_not_a_file(
    hass: HomeAssistant, files_dir: Path
) -> None:
    """A folder, or a named pipe (which would never end), is "no readable file"."""
    entry = await setup_home(hass)
    folder = files_dir / "photos"
    folder.mkdir()
    pipe = files_dir / "memo.wav"
    os.mkfifo(pipe)
    for path in (folder, pipe):
        message = await asyncio.wait_for(
            refused(
                hass,
                "capture",
                {"config_entry_id": entry.entry_id, "file_path": str(path)},
            ),
            10,
        )
        assert message.startswith("path_not_found: ")
        assert str(path) in message
    assert stored_files(hass) == []


async def test_capture_needs_a_property_when_there_are_two(
    hass: HomeAssistant,
) -> None:
    """With two properties, a capture that names none is refused in words."""
    await setup_home(hass)
    cabin = MockConfigEntry(domain=DOMAIN, title="Cabin", data={"name": "Cabin"})
    cabin.add_to_hass(hass)
    assert await hass.config_entries.async_setup(cabin.entry_id)
    await hass.async_block_till_done()
    message = await refused(hass, "capture", {"text": "gutters"})
    assert message == "field_required: Property must be given"
    assert await db_rows(hass, InboxItem) == []


# Cameras and media items


class SnapshotCamera(Camera):
    """Stands in for a real camera (outside HA): a fixed photo, or none at all."""

    def __init__(self, name: str, picture: bytes | None) -> None:
        """Answer every snapshot with picture (None: the camera gives nothing)."""
        super().__init__()
        self._attr_name = name
        self._attr_unique_id = name
        self.picture = picture

    async def async_camera_image(
        self, width: int | None = None, height: int | None = None
    ) -> bytes | None:
        """Return the snapshot."""
        return self.picture


async def setup_cameras(hass: HomeAssistant) -> None:
    """Add camera.porch (gives the photo fixture) and camera.broken (gives nothing)."""

    async def _setup_platform(
        hass: HomeAssistant,
        config: Any,
        async_add_entities: AddEntitiesCallback,
        discovery_info: Any = None,
    ) -> None:
        async_add_entities(
            [SnapshotCamera("Porch", PHOTO), SnapshotCamera("Broken", None)]
        )

    mock_integration(hass, MockModule("haven_cameras"))
    mock_platform(
        hass,
        "haven_cameras.camera",
        MockPlatform(async_setup_platform=_setup_platform),
    )
    assert await async_setup_component(
        hass, "camera", {"camera": [{"platform": "haven_cameras"}]}
    )
    await hass.async_block_till_done()


@pytest.mark.parametrize(
    "source",
    [
        {"camera_entity_id": "camera.porch"},
        {"media_content_id": "media-source://camera/camera.porch"},
    ],
)
async def test_a_camera_snapshot_is_captured(
    hass: HomeAssistant, source: dict[str, str]
) -> None:
    """A camera's snapshot becomes a photo capture, by entity or by media item."""
    entry = await setup_home(hass)
    await setup_cameras(hass)
    response = await call(
        hass, "capture", {"config_entry_id": entry.entry_id, **source}
    )
    await processed(hass, entry)
    item = await item_row(hass, response["inbox_item_id"])
    assert item.mime_type == "image/jpeg"
    assert Path(hass.config.path("haven", str(item.storage_key))).read_bytes() == PHOTO


async def test_a_camera_without_a_picture_is_refused(hass: HomeAssistant) -> None:
    """A camera that gives no picture: refused with the camera named; nothing kept."""
    entry = await setup_home(hass)
    await setup_cameras(hass)
    message = await refused(
        hass,
        "capture",
        {"config_entry_id": entry.entry_id, "camera_entity_id": "camera.broken"},
    )
    assert message.startswith("camera_failed: The camera camera.broken gave no picture")
    assert await db_rows(hass, InboxItem) == []
    assert stored_files(hass) == []


async def test_a_missing_media_item_is_refused(hass: HomeAssistant) -> None:
    """A My media item in no media folder is "could not be found", nothing kept."""
    entry = await setup_home(hass)
    wanted = "media-source://media_source/no_such_folder/gone.jpg"
    message = await refused(
        hass, "capture", {"config_entry_id": entry.entry_id, "media_content_id": wanted}
    )
    assert message.startswith(
        f"media_not_found: The media item {wanted} could not be found"
    )
    assert stored_files(hass) == []


# Uploads over HTTP


def multipart(boundary: str, *parts: bytes) -> bytes:
    """Join raw multipart parts (headers, blank line, body) as a client sends them."""
    body = b"".join(
        b"--" + boundary.encode() + b"\r\n" + part + b"\r\n" for part in parts
    )
    return body + b"--" + boundary.encode() + b"--\r\n"


async def test_uploads_refused_before_anything_is_stored(
    hass: HomeAssistant, hass_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wrong encoding, oversize, two files, bad fields, garbled: 4xx in words, no file."""
    monkeypatch.setattr(
        "custom_components.haven.capture.files.MAX_FILE_BYTES", 32 * 1024
    )
    await setup_home(hass)
    client = await hass_client()
    photo = ("a.jpg", PHOTO, "image/jpeg")
    two = form(photo, text="two photos")
    two.add_field("file", PHOTO, filename="b.jpg", content_type="image/jpeg")
    long_text = FormData()  # a field with a type of its own makes the form multipart
    long_text.add_field("text", "x" * 100_000, content_type="text/plain")
    cases = {
        "multipart_required": (HTTPStatus.BAD_REQUEST, {"json": {"text": "hi"}}),
        # Refused on its declared length alone, before a byte is read.
        "file_too_large": (
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            {
                "data": form(
                    ("big.jpg", PHOTO + b"\0" * (2 * 1024 * 1024), "image/jpeg")
                )
            },
        ),
        "one_file_only": (HTTPStatus.BAD_REQUEST, {"data": two}),
        "field_too_long": (HTTPStatus.BAD_REQUEST, {"data": long_text}),
        # A good photo for an unknown asset: the staged copy is not kept either.
        "unknown_asset": (HTTPStatus.BAD_REQUEST, {"data": form(photo, asset_id="no")}),
        # A body that is not the multipart it says it is.
        "invalid_upload": (
            HTTPStatus.BAD_REQUEST,
            {
                "data": b"--other\r\nContent-Disposition: form-data; name=x\r\n\r\nx",
                "headers": {"Content-Type": "multipart/form-data; boundary=expected"},
            },
        ),
    }
    for code, (status, kwargs) in cases.items():
        answer = await post(client, "/api/haven/capture", **kwargs)
        assert answer[0] == status, answer
        assert answer[1]["code"] == code
        assert answer[1]["message"] not in ("", code)
        assert stored_files(hass) == [], code
    assert await db_rows(hass, InboxItem) == []


async def test_upload_needs_a_property_when_there_are_two(
    hass: HomeAssistant, hass_client: Any
) -> None:
    """Two properties and none named: 400 saying which field to give."""
    await setup_home(hass)
    cabin = MockConfigEntry(domain=DOMAIN, title="Cabin", data={"name": "Cabin"})
    cabin.add_to_hass(hass)
    assert await hass.config_entries.async_setup(cabin.entry_id)
    client = await hass_client()
    status, body = await post(
        client, "/api/haven/capture", data=form(("a.jpg", PHOTO, "image/jpeg"))
    )
    assert (status, body["code"]) == (HTTPStatus.BAD_REQUEST, "property_required")
    assert "config_entry_id" in body["message"]
    assert stored_files(hass) == []
    # Named, it goes to that property.
    status, body = await post(
        client, "/api/haven/capture", data=form(text="loose tile", property="cabin")
    )
    assert (status, body["config_entry_id"]) == (HTTPStatus.CREATED, cabin.entry_id)


async def test_upload_skips_parts_it_does_not_know(
    hass: HomeAssistant, hass_client: Any
) -> None:
    """A nested multipart and a part without a name are skipped; the rest is kept."""
    entry = await setup_home(hass)
    client = await hass_client()
    body = multipart(
        "outer",
        b'Content-Disposition: form-data; name="text"\r\n\r\nleaky tap',
        b"Content-Type: multipart/mixed; boundary=inner\r\n\r\n"
        + multipart("inner", b"Content-Type: text/plain\r\n\r\nignored"),
        b"Content-Disposition: form-data\r\n\r\nno name",
    )
    status, answer = await post(
        client,
        "/api/haven/capture",
        data=body,
        headers={"Content-Type": "multipart/form-data; boundary=outer"},
    )
    assert status == HTTPStatus.CREATED, answer
    await processed(hass, entry)
    [item] = await db_rows(hass, InboxItem)
    assert (item.id, item.text, item.storage_key) == (
        answer["inbox_item_id"],
        "leaky tap",
        None,
    )


async def test_document_uploads_refused_keep_nothing(
    hass: HomeAssistant, hass_client: Any
) -> None:
    """No file, an unknown asset, an over-long name: refused, no file, no row."""
    entry = await setup_home(hass)
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Boiler"}
    )
    client = await hass_client()
    pdf = ("manual.pdf", VALID_PDF, "application/pdf")
    cases = {
        "document_needs_file": form(asset_id=asset["asset_id"]),
        "unknown_asset": form(pdf, asset_id="nope"),
        "name_too_long": form(pdf, asset_id=asset["asset_id"], name="n" * 300),
    }
    for code, data in cases.items():
        status, answer = await post(client, "/api/haven/document", data=data)
        assert status == HTTPStatus.BAD_REQUEST, answer
        assert answer["code"] == code
        assert answer["message"] not in ("", code)
        assert stored_files(hass) == [], code
    assert await db_rows(hass, Document) == []


# Downloads


async def test_files_that_are_not_there_are_not_found(
    hass: HomeAssistant, hass_client: Any, files_dir: Path
) -> None:
    """Unknown property, other integration, kind, document, or a file gone: 404."""
    entry = await setup_home(hass)
    other = MockConfigEntry(domain="sun")
    other.add_to_hass(hass)
    item_id = await capture_file(hass, entry, copy_fixture("photo.jpg", files_dir))
    client = await hass_client()
    url = f"/api/haven/files/{entry.entry_id}/capture/{item_id}"
    assert (await client.get(url)).status == HTTPStatus.OK
    for missing in (
        f"/api/haven/files/nope/capture/{item_id}",
        f"/api/haven/files/{other.entry_id}/capture/{item_id}",
        f"/api/haven/files/{entry.entry_id}/photo/{item_id}",
        f"/api/haven/files/{entry.entry_id}/document/{item_id}",
    ):
        assert (await client.get(missing)).status == HTTPStatus.NOT_FOUND, missing
    item = await item_row(hass, item_id)
    Path(hass.config.path("haven", str(item.storage_key))).unlink()
    assert (await client.get(url)).status == HTTPStatus.NOT_FOUND


async def test_a_stored_file_swapped_for_a_link_out_is_not_served(
    hass: HomeAssistant, hass_client: Any, files_dir: Path
) -> None:
    """A capture's file replaced by a symlink leaving Haven's folder: 404, not served.

    Nor does the media source resolve it (it says there is no such file).
    """
    from homeassistant.components import media_source  # noqa: PLC0415

    entry = await setup_home(hass)
    item_id = await capture_file(hass, entry, copy_fixture("photo.jpg", files_dir))
    secret = files_dir / "secret.txt"
    secret.write_text("the alarm code is 1234")
    stored = Path(
        hass.config.path("haven", str((await item_row(hass, item_id)).storage_key))
    )
    stored.unlink()
    stored.symlink_to(secret)
    client = await hass_client()
    download = await client.get(f"/api/haven/files/{entry.entry_id}/capture/{item_id}")
    assert download.status == HTTPStatus.NOT_FOUND
    assert "1234" not in await download.text()
    with pytest.raises(media_source.Unresolvable):
        await media_source.async_resolve_media(
            hass, f"media-source://{DOMAIN}/{entry.entry_id}/capture/{item_id}", None
        )
    # A row whose file key climbs out of Haven's folder (edited in the database).
    await run_sql(
        hass,
        "UPDATE haven_inbox_item SET storage_key = '../../media/secret.txt' "  # noqa: S608
        f"WHERE id = '{item_id}'",
    )
    download = await client.get(f"/api/haven/files/{entry.entry_id}/capture/{item_id}")
    assert download.status == HTTPStatus.NOT_FOUND
    assert "1234" not in await download.text()


# Triage


async def test_triage_edges(hass: HomeAssistant, parts: CaptureParts) -> None:
    """An unknown asset is refused; a suggested asset since removed is left out.

    A note triaged with new words keeps those words as its text.
    """
    entry = await setup_home(hass, {"ai_task_entity": AI})
    furnace = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Furnace"}
    )
    noted, suggested = [
        (
            await call(
                hass, "capture", {"config_entry_id": entry.entry_id, "text": text}
            )
        )["inbox_item_id"]
        for text in ("filter looks grey", "furnace rattles")
    ]
    await processed(hass, entry)
    assert (await item_row(hass, suggested)).analysis["suggested_asset_id"] == (  # type: ignore[index]
        furnace["asset_id"]
    )
    before = await db_dump(hass)
    message = await refused(
        hass,
        "triage_capture",
        {"inbox_item_id": suggested, "outcome": "task", "asset_id": "nope"},
    )
    assert message.startswith("unknown_asset: ")
    assert await db_dump(hass) == before
    await hass.services.async_call(
        DOMAIN, "remove_asset", {"asset_id": furnace["asset_id"]}, blocking=True
    )
    result = await call(
        hass, "triage_capture", {"inbox_item_id": suggested, "outcome": "task"}
    )
    [task] = await db_rows(hass, Task)
    assert (result["asset_id"], task.id, task.asset_id, task.name) == (
        None,
        result["task_id"],
        None,
        "Replace the furnace filter",
    )
    await call(
        hass,
        "triage_capture",
        {"inbox_item_id": noted, "outcome": "note", "notes": "Filter swapped in May"},
    )
    item = await item_row(hass, noted)
    assert (item.status, item.outcome, item.text) == (
        "FILED",
        "note",
        "Filter swapped in May",
    )


async def test_a_database_fault_keeps_no_orphan_file(
    hass: HomeAssistant, files_dir: Path
) -> None:
    """The row cannot be written: the error says so, and the file is not kept."""
    entry = await setup_home(hass)
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Boiler"}
    )
    photo = copy_fixture("photo.jpg", files_dir)
    manual = files_dir / "manual.pdf"
    manual.write_bytes(VALID_PDF)
    attempts = [
        (
            "haven_inbox_item",
            "capture",
            {"config_entry_id": entry.entry_id, "file_path": str(photo)},
        ),
        (  # text only: no file to take back
            "haven_inbox_item",
            "capture",
            {"config_entry_id": entry.entry_id, "text": "damp wall"},
        ),
        (
            "haven_document",
            "attach_document",
            {"asset_id": asset["asset_id"], "file_path": str(manual)},
        ),
    ]
    for table, service, data in attempts:
        async with table_away(hass, table):
            with pytest.raises(HomeAssistantError) as err:
                await call(hass, service, data)
        assert err.value.translation_key == "database_error"
        assert "Nothing was changed" in str(err.value)
        assert stored_files(hass) == [], service
    assert await db_rows(hass, InboxItem) == []
    assert await db_rows(hass, Document) == []
    assert hass.states.get("todo.home_inbox").state == "0"  # type: ignore[union-attr]


# Processing


async def failed_with(hass: HomeAssistant, entry: MockConfigEntry, **data: Any) -> str:
    """Capture, wait for processing; return the reason it FAILED."""
    response = await call(hass, "capture", {"config_entry_id": entry.entry_id, **data})
    await processed(hass, entry)
    item = await item_row(hass, response["inbox_item_id"])
    assert item.status == "FAILED"
    assert hass.states.get("todo.home_inbox").state != "0"  # type: ignore[union-attr]
    return str(item.error)


@pytest.mark.parametrize("engines", [False], indirect=True)
async def test_ai_task_chosen_but_not_set_up(hass: HomeAssistant) -> None:
    """An AI task entity chosen while AI tasks are not set up: FAILED, saying so."""
    entry = await setup_home(hass, {"ai_task_entity": AI})
    reason = await failed_with(hass, entry, text="gutter leaks")
    assert reason.startswith(f"The AI task entity {AI} is not available")


async def test_ai_task_answers_badly(
    hass: HomeAssistant,
    parts: CaptureParts,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """No description, too slow, or crashing: FAILED, each with its reason."""
    entry = await setup_home(hass, {"ai_task_entity": AI})
    parts.ai.answer = {"description": "   ", "task": "Clean it"}
    assert await failed_with(hass, entry, text="a") == (
        f"The AI task {AI} returned no description"
    )
    parts.ai.answer = None  # type: ignore[assignment] # the entity's own code breaks
    reason = await failed_with(hass, entry, text="b")
    assert reason.startswith("Unexpected error: TypeError(")
    assert "Processing capture" in caplog.text
    monkeypatch.setattr("custom_components.haven.capture.processor.AI_TIMEOUT", 0.2)
    parts.ai.hold = asyncio.Event()  # never set: the AI task never answers
    assert await failed_with(hass, entry, text="c") == (
        f"The AI task {AI} took longer than 0.2 seconds"
    )


async def test_a_photo_alone_is_sent_without_a_note(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path
) -> None:
    """A photo without words: the AI task gets the photo and no "The note" line."""
    entry = await setup_home(hass, {"ai_task_entity": AI})
    await capture_file(hass, entry, copy_fixture("photo.jpg", files_dir))
    [task] = parts.ai.tasks
    assert task.attachments is not None
    assert "The note" not in task.instructions
    assert "Assets: none listed." in task.instructions


def silence(folder: Path) -> Path:
    """Make a WAV of one second of silence."""
    return make_media(
        folder / "silence.wav", "-i", "anullsrc=r=16000:cl=mono", "-t", "1"
    )


async def test_a_silent_memo_fails_with_the_engines_error(
    hass: HomeAssistant, files_dir: Path
) -> None:
    """Nothing said: the recogniser reports an error, and the item says so."""
    entry = await setup_home(hass)
    reason = await failed_with(hass, entry, file_path=str(silence(files_dir)))
    assert reason == "The speech-to-text engine reported an error for this recording"


async def test_speech_to_text_engine_unavailable_or_unsuited(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path
) -> None:
    """The pipeline's engine speaking another language, then gone: FAILED, named."""
    entry = await setup_home(hass)
    memo = str(copy_fixture("dryer_vent.ogg", files_dir))
    pipeline = assist_pipeline.async_get_pipeline(hass)
    await assist_pipeline.async_update_pipeline(
        hass, pipeline, language="fr", stt_language="fr"
    )
    assert await failed_with(hass, entry, file_path=memo) == (
        f"The speech-to-text engine {pipeline.stt_engine} does not accept 16 kHz "
        "mono audio in fr"
    )
    await parts.stt.async_remove()  # the engine's integration took it away
    reason = await failed_with(hass, entry, file_path=memo)
    assert reason == (
        f"The speech-to-text engine {pipeline.stt_engine} of the Assist pipeline "
        f"{pipeline.name} is not available"
    )


async def test_a_transcription_that_never_ends_is_stopped(
    hass: HomeAssistant,
    parts: CaptureParts,
    files_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The engine hangs: the memo FAILS after the time limit, the file kept."""
    monkeypatch.setattr("custom_components.haven.capture.processor.AUDIO_TIMEOUT", 0.5)
    parts.stt.hold = asyncio.Event()  # never set
    entry = await setup_home(hass)
    reason = await failed_with(
        hass, entry, file_path=str(copy_fixture("dryer_vent.ogg", files_dir))
    )
    assert reason == "Transcription took longer than 0.5 seconds"


async def test_an_item_filed_while_queued_is_not_processed(
    hass: HomeAssistant, parts: CaptureParts
) -> None:
    """Both workers busy, the third capture dismissed in the queue: never processed."""
    entry = await setup_home(hass, {"ai_task_entity": AI})
    done = events(hass, EVENT_CAPTURE_PROCESSED)
    parts.ai.hold = asyncio.Event()
    ids = [
        (
            await call(
                hass, "capture", {"config_entry_id": entry.entry_id, "text": f"n {n}"}
            )
        )["inbox_item_id"]
        for n in range(3)
    ]
    for _ in range(200):
        if len(parts.ai.tasks) == 2:
            break
        await asyncio.sleep(0.01)
    assert len(parts.ai.tasks) == 2
    await call(hass, "triage_capture", {"inbox_item_id": ids[2], "outcome": "dismiss"})
    parts.ai.hold.set()
    await processed(hass, entry)
    item = await item_row(hass, ids[2])
    assert (item.status, item.outcome, item.attempts, item.analysis) == (
        "FILED",
        "dismiss",
        0,
        None,
    )
    assert len(parts.ai.tasks) == 2
    assert sorted(e.data["inbox_item_id"] for e in done) == sorted(ids[:2])


async def test_a_result_the_database_refuses_is_logged(
    hass: HomeAssistant, parts: CaptureParts, caplog: pytest.LogCaptureFixture
) -> None:
    """The result cannot be written: logged, the item stays PROCESSING for a restart."""
    entry = await setup_home(hass, {"ai_task_entity": AI})
    done = events(hass, EVENT_CAPTURE_PROCESSED)
    parts.ai.hold = asyncio.Event()
    response = await call(
        hass, "capture", {"config_entry_id": entry.entry_id, "text": "damp wall"}
    )
    await parts.ai.asked.wait()
    with caplog.at_level(logging.ERROR):
        async with table_away(hass, "haven_inbox_item"):
            parts.ai.hold.set()
            await processed(hass, entry)
    assert "Could not record the result of capture" in caplog.text
    assert response["inbox_item_id"] in caplog.text
    item = await item_row(hass, response["inbox_item_id"])
    assert (item.status, item.analysis) == ("PROCESSING", None)
    assert done == []


async def test_attach_document_needs_an_asset_and_a_file(hass: HomeAssistant) -> None:
    """attach_document without its asset, or without a file: refused, nothing kept."""
    entry = await setup_home(hass)
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Boiler"}
    )
    no_asset = await refused(hass, "attach_document", {"name": "Manual"})
    no_file = await refused(
        hass, "attach_document", {"asset_id": asset["asset_id"], "name": "Manual"}
    )
    assert no_asset.startswith("asset_required: ")
    assert no_file.startswith("document_needs_file: ")
    assert await db_rows(hass, Document) == []


async def test_an_upload_meeting_a_database_fault_is_503(
    hass: HomeAssistant, hass_client: Any
) -> None:
    """The upload was fine, the database failed: 503 with the translated reason."""
    await setup_home(hass)
    client = await hass_client()
    async with table_away(hass, "haven_inbox_item"):
        status, body = await post(
            client,
            "/api/haven/capture",
            data=form(("a.jpg", PHOTO, "image/jpeg"), text="cracked tile"),
        )
    assert (status, body["code"]) == (HTTPStatus.SERVICE_UNAVAILABLE, "database_error")
    assert "Nothing was changed" in body["message"]
    assert stored_files(hass) == []
    assert await db_rows(hass, InboxItem) == []
