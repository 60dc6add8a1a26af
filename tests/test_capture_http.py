"""Capture over HTTP (real aiohttp clients), restart mid-processing, the voice blueprint."""

from __future__ import annotations

import asyncio
from http import HTTPStatus
from pathlib import Path
import shutil
from typing import Any

import aiohttp
from aiohttp import FormData
from homeassistant import loader
from homeassistant.components import conversation
from homeassistant.components.recorder import Recorder
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_test_home_assistant,
)

from custom_components.haven.const import DOMAIN, EVENT_CAPTURE_PROCESSED
from custom_components.haven.store.models import Document, InboxItem

from .capture_support import (  # noqa: F401 - test_flow_handler is a fixture
    FIXTURES,
    CaptureParts,
    async_setup_test_parts,
    test_flow_handler,
)
from .conftest import db_rows

pytestmark = [pytest.mark.storage, pytest.mark.usefixtures("test_flow_handler")]

REPO = Path(__file__).parent.parent


@pytest.fixture
async def parts(
    recorder_mock: Recorder, hass: HomeAssistant, tmp_path: Path
) -> CaptureParts:
    """Set up HA with its own config folder, the test engines and Assist."""
    (tmp_path / "config").mkdir()
    hass.config.config_dir = str(tmp_path / "config")
    return await async_setup_test_parts(hass)


@pytest.fixture
async def entry(hass: HomeAssistant, parts: CaptureParts) -> MockConfigEntry:
    """Set up the property Home."""
    entry = MockConfigEntry(domain=DOMAIN, title="Home", data={"name": "Home"})
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


def form(file: tuple[str, bytes, str] | None = None, **fields: str) -> FormData:
    """Build a multipart form as a browser or curl sends it."""
    data = FormData()
    for name, value in fields.items():
        data.add_field(name, value)
    if file:
        filename, content, content_type = file
        data.add_field("file", content, filename=filename, content_type=content_type)
    return data


async def processed(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Wait until the processor has nothing left to do."""
    await entry.runtime_data.inbox.processor.async_join()
    await hass.async_block_till_done()


async def test_upload_voice_memo(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: Any, hass_admin_user: Any
) -> None:
    """A signed-in user uploads an m4a: 201 at once, then it is transcribed."""
    client = await hass_client()
    audio = (FIXTURES / "water_heater.m4a").read_bytes()
    response = await client.post(
        "/api/haven/capture",
        data=form(("memo.m4a", audio, "audio/mp4"), property="Home"),
    )
    assert response.status == HTTPStatus.CREATED, await response.text()
    body = await response.json()
    assert body["status"] == "PENDING"
    item_id = body["inbox_item_id"]
    await processed(hass, entry)
    [item] = await db_rows(hass, InboxItem)
    assert (item.id, item.status, item.transcription, item.user_id) == (
        item_id,
        "PROCESSED",
        "the water heater is leaking",
        hass_admin_user.id,
    )
    # The file comes back to signed-in users only.
    download = await client.get(f"/api/haven/files/{entry.entry_id}/capture/{item_id}")
    assert download.status == HTTPStatus.OK
    assert download.headers["Content-Type"] == "audio/mp4"
    assert await download.read() == audio
    missing = await client.get(f"/api/haven/files/{entry.entry_id}/capture/nope")
    assert missing.status == HTTPStatus.NOT_FOUND


async def test_upload_text_and_photo_with_entry_id(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: Any
) -> None:
    """Text and a photo in one upload, the property given by its config entry id."""
    asset = await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Roof"},
        blocking=True,
        return_response=True,
    )
    client = await hass_client()
    response = await client.post(
        "/api/haven/capture",
        data=form(
            ("IMG_0001.JPG", (FIXTURES / "photo.jpg").read_bytes(), "image/jpeg"),
            config_entry_id=entry.entry_id,
            text="missing shingle",
            asset_id=str(asset["asset_id"]),  # type: ignore[index]
        ),
    )
    assert response.status == HTTPStatus.CREATED
    await processed(hass, entry)
    [item] = await db_rows(hass, InboxItem)
    assert (item.text, item.mime_type, item.asset_id) == (
        "missing shingle",
        "image/jpeg",
        asset["asset_id"],  # type: ignore[index]
    )


async def test_upload_unauthenticated(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client_no_auth: Any
) -> None:
    """No HA authentication: 401, nothing stored, and files are not served."""
    client = await hass_client_no_auth()
    response = await client.post(
        "/api/haven/capture",
        data=form(("a.jpg", (FIXTURES / "photo.jpg").read_bytes(), "image/jpeg")),
    )
    assert response.status == HTTPStatus.UNAUTHORIZED
    download = await client.get(f"/api/haven/files/{entry.entry_id}/capture/x")
    assert download.status == HTTPStatus.UNAUTHORIZED
    assert await db_rows(hass, InboxItem) == []


@pytest.mark.parametrize(
    ("file", "fields", "status", "code"),
    [
        # Named and declared a photo, but text inside: refused by content.
        (
            ("photo.jpg", b"<html>hello</html>" * 10, "image/jpeg"),
            {},
            415,
            "file_type_not_allowed",
        ),
        (
            ("manual.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"),
            {},
            415,
            "file_type_not_allowed",
        ),
        (
            ("big.wav", b"RIFF\x00\x00\x00\x00WAVE" + b"\x00" * 40_000, "audio/wav"),
            {},
            413,
            "file_too_large",
        ),
        (("empty.jpg", b"", "image/jpeg"), {}, 400, "file_empty"),
        (None, {}, 400, "capture_empty"),
        (None, {"text": "x", "asset_id": "nope"}, 400, "unknown_asset"),
        (None, {"text": "x", "property": "Elsewhere"}, 400, "unknown_property"),
        (
            ("../../etc/passwd", (FIXTURES / "photo.jpg").read_bytes(), "image/jpeg"),
            {},
            201,
            None,
        ),
    ],
)
async def test_upload_refused(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_client: Any,
    monkeypatch: pytest.MonkeyPatch,
    file: tuple[str, bytes, str] | None,
    fields: dict[str, str],
    status: int,
    code: str | None,
) -> None:
    """Oversize, wrong or lying types, empty captures: clear errors, nothing kept.

    A path in the file's name is ignored: files are named by Haven.
    """
    monkeypatch.setattr(
        "custom_components.haven.capture.files.MAX_FILE_BYTES", 32 * 1024
    )
    client = await hass_client()
    response = await client.post("/api/haven/capture", data=form(file, **fields))
    assert response.status == status, await response.text()
    body = await response.json()
    haven = Path(hass.config.path("haven"))
    stored = [p for p in haven.rglob("*") if p.is_file()] if haven.exists() else []
    if code is None:
        [path] = stored
        assert path.parent == haven / entry.runtime_data.view.property_id / "captures"
        assert path.name == f"{body['inbox_item_id']}.jpg"
        return
    assert body["code"] == code
    assert body["message"]
    assert await db_rows(hass, InboxItem) == []
    assert stored == []


async def test_upload_document(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: Any
) -> None:
    """POST /api/haven/document stores a manual for an asset."""
    asset = await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Dishwasher"},
        blocking=True,
        return_response=True,
    )
    client = await hass_client()
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"
    response = await client.post(
        "/api/haven/document",
        data=form(
            ("Manual.pdf", pdf, "application/pdf"),
            asset_id=str(asset["asset_id"]),  # type: ignore[index]
            name="Owner's manual",
        ),
    )
    assert response.status == HTTPStatus.CREATED
    document_id = (await response.json())["document_id"]
    [row] = await db_rows(hass, Document)
    assert (row.id, row.name, row.size) == (document_id, "Owner's manual", len(pdf))
    download = await client.get(
        f"/api/haven/files/{entry.entry_id}/document/{document_id}"
    )
    assert await download.read() == pdf


@pytest.mark.parametrize("persistent_database", [True])
async def test_restart_mid_processing(async_test_recorder: Any, tmp_path: Path) -> None:
    """HA stops while a memo is being transcribed; after a restart it is done once."""
    memo = tmp_path / "media" / "memo.wav"
    memo.parent.mkdir()
    shutil.copy(FIXTURES / "furnace_filter.wav", memo)
    async with (
        async_test_home_assistant(config_dir=str(tmp_path)) as hass,
        async_test_recorder(hass),
    ):
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        hass.config.allowlist_external_dirs = {str(memo.parent)}
        parts = await async_setup_test_parts(hass)
        parts.stt.hold = asyncio.Event()  # never set: transcription never ends
        entry = MockConfigEntry(domain=DOMAIN, title="Home", data={"name": "Home"})
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        response = await hass.services.async_call(
            DOMAIN,
            "capture",
            {"config_entry_id": entry.entry_id, "file_path": str(memo)},
            blocking=True,
            return_response=True,
        )
        item_id = response["inbox_item_id"]  # type: ignore[index]
        for _ in range(200):
            if parts.stt.streams:
                break
            await asyncio.sleep(0.05)
        assert entry.runtime_data.view.inbox[item_id].status == "PROCESSING"
        entry_id = entry.entry_id
        await hass.async_stop()

    async with (
        async_test_home_assistant(config_dir=str(tmp_path)) as hass,
        async_test_recorder(hass),
    ):
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        parts = await async_setup_test_parts(hass)
        done = async_capture_events(hass, EVENT_CAPTURE_PROCESSED)
        entry = MockConfigEntry(
            domain=DOMAIN, entry_id=entry_id, title="Home", data={"name": "Home"}
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry_id)
        await processed(hass, entry)
        [item] = await db_rows(hass, InboxItem)
        assert (item.id, item.status, item.attempts, item.transcription) == (
            item_id,
            "PROCESSED",
            2,
            "replace the furnace filter in the basement",
        )
        assert [e.data["inbox_item_id"] for e in done] == [item_id]
        assert len(parts.stt.streams) == 1
        await hass.async_stop()


async def test_voice_capture_blueprint(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The blueprint's sentence trigger puts what was said into the inbox."""
    target = Path(hass.config.path("blueprints", "automation", "haven"))
    target.mkdir(parents=True)
    shutil.copy(REPO / "blueprints/automation/haven/voice_capture.yaml", target)
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "use_blueprint": {
                    "path": "haven/voice_capture.yaml",
                    "input": {"property": entry.entry_id},
                }
            }
        },
    )
    await hass.async_block_till_done()
    result = await conversation.async_converse(
        hass, "note that the basement smells damp", None, Context(), language="en"
    )
    await processed(hass, entry)
    assert result.response.speech["plain"]["speech"] == "Noted."
    [item] = await db_rows(hass, InboxItem)
    assert (item.text, item.status) == ("the basement smells damp", "PROCESSED")


async def test_upload_cut_off_midway(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_client: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The connection breaks while a photo streams in: no inbox item, no stray file."""
    client = await hass_client()
    boundary = "haven-cut-off"
    head = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="file"; filename="leak.jpg"\r\n'
        "Content-Type: image/jpeg\r\n\r\n"
    ).encode()
    arrived = asyncio.Event()

    async def body() -> Any:
        yield head + (FIXTURES / "photo.jpg").read_bytes()
        yield b"\0" * (512 * 1024)
        # Give Haven time to stage what came, then the phone loses its signal.
        await asyncio.wait_for(arrived.wait(), 5)
        raise ConnectionResetError("signal lost")

    staging = Path(hass.config.path("haven", ".incoming"))

    async def _staging_started() -> None:
        for _ in range(500):
            if staging.is_dir() and any(staging.iterdir()):
                arrived.set()
                return
            await asyncio.sleep(0.01)

    watcher = hass.async_create_task(_staging_started())
    with pytest.raises((ConnectionResetError, aiohttp.ClientError)):
        await client.post(
            "/api/haven/capture",
            data=body(),
            headers={
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Content-Length": str(4 * 1024 * 1024),
            },
        )
    await watcher
    haven = Path(hass.config.path("haven"))
    for _ in range(200):  # the server notices the broken connection on its own time
        await hass.async_block_till_done()
        if not [p for p in haven.rglob("*") if p.is_file()]:
            break
        await asyncio.sleep(0.01)
    assert [p for p in haven.rglob("*") if p.is_file()] == []
    assert await db_rows(hass, InboxItem) == []
    assert "Traceback" not in caplog.text
