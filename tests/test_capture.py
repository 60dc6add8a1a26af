"""The capture inbox end to end, with real parts.

Real HA with the real recorder; real ffmpeg converting real espeak-ng speech (wav, mp3,
ogg, m4a fixtures); a real recogniser (pocketsphinx) behind an STT entity registered
for the test and used through the Assist pipeline; and an AI task entity that is a test
double returning structured data (see capture_support).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from homeassistant.components import assist_pipeline
from homeassistant.components.recorder import Recorder
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import Event, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.haven.capture.files import sniff
from custom_components.haven.const import (
    DOMAIN,
    EVENT_CAPTURE_CREATED,
    EVENT_CAPTURE_PROCESSED,
)
from custom_components.haven.store.models import Document, InboxItem, Log, Task

from .capture_support import (  # noqa: F401 - test_flow_handler is a fixture
    FIXTURES,
    CaptureParts,
    async_setup_test_parts,
    copy_fixture,
    test_flow_handler,
)
from .conftest import db_rows

pytestmark = [pytest.mark.storage, pytest.mark.usefixtures("test_flow_handler")]

AI = "ai_task.analyst"


@pytest.fixture
def files_dir(hass: HomeAssistant, tmp_path: Path) -> Path:
    """Give HA a config folder of its own and one allowed folder for user files."""
    (tmp_path / "config").mkdir()
    hass.config.config_dir = str(tmp_path / "config")
    allowed = tmp_path / "media"
    allowed.mkdir()
    hass.config.allowlist_external_dirs = {str(allowed)}
    return allowed


@pytest.fixture
async def parts(
    recorder_mock: Recorder, hass: HomeAssistant, files_dir: Path
) -> CaptureParts:
    """Set up the test STT and AI task entities, Assist and AI tasks."""
    return await async_setup_test_parts(hass)


async def setup_home(
    hass: HomeAssistant, options: dict[str, Any] | None = None
) -> MockConfigEntry:
    """Set up the property Home with the given options."""
    entry = MockConfigEntry(
        domain=DOMAIN, title="Home", data={"name": "Home"}, options=options or {}
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def call(hass: HomeAssistant, service: str, data: dict[str, Any]) -> Any:
    """Call a Haven action and return its response."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


async def processed(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Wait until the processor has nothing left to do."""
    await entry.runtime_data.inbox.processor.async_join()
    await hass.async_block_till_done()


async def item_row(hass: HomeAssistant, item_id: str) -> InboxItem:
    """Read an inbox item straight from the database."""
    return next(i for i in await db_rows(hass, InboxItem) if i.id == item_id)


def events(hass: HomeAssistant, event_type: str) -> list[Event]:
    """Collect events of a type."""
    return async_capture_events(hass, event_type)


def test_sniffing_reads_content_not_names() -> None:
    """Each fixture's type comes from its first bytes."""
    kinds = {
        name: sniff((FIXTURES / name).read_bytes()[:64])
        for name in (
            "furnace_filter.wav",
            "smoke_alarm.mp3",
            "dryer_vent.ogg",
            "water_heater.m4a",
            "photo.jpg",
        )
    }
    assert kinds == {
        "furnace_filter.wav": "audio/wav",
        "smoke_alarm.mp3": "audio/mpeg",
        "dryer_vent.ogg": "audio/ogg",
        "water_heater.m4a": "audio/mp4",
        "photo.jpg": "image/jpeg",
    }
    assert sniff(b"%PDF-1.7\n") == "application/pdf"
    assert sniff(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert sniff(b"hello, I am text pretending to be a photo") is None


@pytest.mark.parametrize(
    ("fixture", "words"),
    [
        ("furnace_filter.wav", "replace the furnace filter in the basement"),
        ("smoke_alarm.mp3", "the smoke alarm is beeping"),
        ("dryer_vent.ogg", "clean the dryer vent"),
        ("water_heater.m4a", "the water heater is leaking"),
    ],
)
async def test_voice_memo_is_transcribed(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path, fixture: str, words: str
) -> None:
    """A voice memo is stored, converted by ffmpeg and recognised through Assist."""
    entry = await setup_home(hass)
    created = events(hass, EVENT_CAPTURE_CREATED)
    done = events(hass, EVENT_CAPTURE_PROCESSED)
    path = copy_fixture(fixture, files_dir)
    response = await call(
        hass,
        "capture",
        {"config_entry_id": entry.entry_id, "file_path": str(path)},
    )
    item_id = response["inbox_item_id"]
    assert [e.data["inbox_item_id"] for e in created] == [item_id]
    assert created[0].data["status"] == "PENDING"
    await processed(hass, entry)
    item = await item_row(hass, item_id)
    assert item.status == "PROCESSED", item.error
    # Key words come through (the whole phrase, with the grammar).
    assert item.transcription == words
    assert item.attempts == 1
    # 16 kHz mono 16-bit PCM: about 32 kB per second of speech reached the engine.
    assert parts.stt.streams
    assert 30_000 < parts.stt.streams[0] < 200_000
    assert [e.data["inbox_item_id"] for e in done] == [item_id]
    assert done[0].data["transcription"] == words
    assert done[0].data["config_entry_id"] == entry.entry_id
    assert done[0].data["processed_at"]
    stored = Path(hass.config.path("haven", item.storage_key or ""))
    assert stored.read_bytes() == path.read_bytes()
    assert stored.parent.name == "captures"
    # The Inbox list shows it, summarised by what was said.
    state = hass.states.get("todo.home_inbox")
    assert state is not None
    assert state.state == "1"
    items = await hass.services.async_call(
        "todo",
        "get_items",
        {ATTR_ENTITY_ID: "todo.home_inbox"},
        blocking=True,
        return_response=True,
    )
    [todo] = items["todo.home_inbox"]["items"]  # type: ignore[index]
    assert todo["summary"] == words
    sensor = hass.states.get("sensor.home_open_inbox_items")
    assert sensor is not None
    assert sensor.state == "1"


async def test_photo_and_text_are_analysed(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path
) -> None:
    """With an AI task entity set, photos (attached) and notes get a description."""
    entry = await setup_home(hass, {"ai_task_entity": AI})
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Furnace"}
    )
    photo = copy_fixture("photo.jpg", files_dir)
    first = await call(
        hass,
        "capture",
        {
            "config_entry_id": entry.entry_id,
            "file_path": str(photo),
            "text": "filter looks grey",
        },
    )
    second = await call(
        hass,
        "capture",
        {"config_entry_id": entry.entry_id, "text": "the furnace is noisy"},
    )
    await processed(hass, entry)
    photo_item = await item_row(hass, first["inbox_item_id"])
    assert photo_item.status == "PROCESSED", photo_item.error
    assert photo_item.analysis == {
        "description": "A furnace filter clogged with dust.",
        "suggested_asset": "Furnace",
        "suggested_task": "Replace the furnace filter",
        "suggested_asset_id": asset["asset_id"],
        "ai_task_entity": AI,
    }
    text_item = await item_row(hass, second["inbox_item_id"])
    assert text_item.status == "PROCESSED"
    assert text_item.analysis is not None
    text_task, photo_task = sorted(parts.ai.tasks, key=lambda t: bool(t.attachments))
    assert photo_task.attachments is not None
    [attachment] = photo_task.attachments
    assert attachment.mime_type == "image/jpeg"
    assert attachment.path.read_bytes() == photo.read_bytes()
    assert "Furnace" in photo_task.instructions
    assert "filter looks grey" in photo_task.instructions
    assert text_task.attachments is None
    assert "the furnace is noisy" in text_task.instructions
    # The suggestion becomes a task on the suggested asset in one call.
    result = await call(
        hass,
        "triage_capture",
        {
            "inbox_item_id": first["inbox_item_id"],
            "outcome": "task",
            "every": 3,
            "unit": "months",
        },
    )
    tasks = {t.id: t for t in await db_rows(hass, Task)}
    task = tasks[result["task_id"]]
    assert (task.name, task.asset_id, task.interval_every) == (
        "Replace the furnace filter",
        asset["asset_id"],
        3,
    )
    assert "filter looks grey" in (task.notes or "")
    filed = await item_row(hass, first["inbox_item_id"])
    assert (filed.status, filed.outcome, filed.outcome_id) == (
        "FILED",
        "task",
        task.id,
    )
    assert first["inbox_item_id"] not in entry.runtime_data.view.inbox


async def test_triage_outcomes_and_inbox_list(
    hass: HomeAssistant, parts: CaptureParts
) -> None:
    """Log, note and dismiss; ticking an Inbox item files it; the dashboard lists them."""
    entry = await setup_home(hass)
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Dryer"}
    )
    ids = [
        (
            await call(
                hass,
                "capture",
                {"config_entry_id": entry.entry_id, "text": text, "asset_id": aid},
            )
        )["inbox_item_id"]
        for text, aid in [
            ("cleaned the lint trap", asset["asset_id"]),
            ("warranty ends in May", None),
            ("nothing", None),
            ("tick me", None),
        ]
    ]
    await processed(hass, entry)
    client_ws = entry.runtime_data.inbox
    assert [
        i["inbox_item_id"]
        for i in (client_ws.as_dict(i) for i in client_ws.open_items())
    ] == ids
    log = await call(
        hass, "triage_capture", {"inbox_item_id": ids[0], "outcome": "log", "cost": 0}
    )
    [row] = [r for r in await db_rows(hass, Log) if r.id == log["log_id"]]
    assert (row.action, row.asset_id) == ("cleaned the lint trap", asset["asset_id"])
    note = await call(
        hass, "triage_capture", {"inbox_item_id": ids[1], "outcome": "note"}
    )
    assert note == {"inbox_item_id": ids[1], "asset_id": None}
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "triage_capture", {"inbox_item_id": ids[2], "outcome": "log"})
    assert err.value.translation_key == "log_needs_asset"
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "triage_capture", {"inbox_item_id": ids[2], "outcome": "burn"})
    assert err.value.translation_key == "invalid_outcome"
    await call(hass, "triage_capture", {"inbox_item_id": ids[2], "outcome": "dismiss"})
    await hass.services.async_call(
        "todo",
        "update_item",
        {ATTR_ENTITY_ID: "todo.home_inbox", "item": "tick me", "status": "completed"},
        blocking=True,
    )
    await hass.async_block_till_done()
    rows = {i.id: i for i in await db_rows(hass, InboxItem)}
    assert [(rows[i].status, rows[i].outcome) for i in ids] == [
        ("FILED", "log"),
        ("FILED", "note"),
        ("FILED", "dismiss"),
        ("FILED", "note"),
    ]
    assert hass.states.get("todo.home_inbox").state == "0"  # type: ignore[union-attr]
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "triage_capture", {"inbox_item_id": ids[0], "outcome": "note"})
    assert err.value.translation_key == "unknown_inbox_item"


async def test_dashboard_lists_the_inbox(
    hass: HomeAssistant, parts: CaptureParts, hass_ws_client: Any
) -> None:
    """haven/dashboard returns the open captures with their state."""
    entry = await setup_home(hass)
    item = await call(
        hass, "capture", {"config_entry_id": entry.entry_id, "text": "gutters full"}
    )
    await processed(hass, entry)
    client = await hass_ws_client(hass)
    await client.send_json({"id": 1, "type": "haven/dashboard"})
    msg = await client.receive_json()
    [inbox_item] = msg["result"]["properties"][0]["inbox"]
    assert inbox_item["inbox_item_id"] == item["inbox_item_id"]
    assert (inbox_item["summary"], inbox_item["status"]) == (
        "gutters full",
        "PROCESSED",
    )


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({}, "capture_empty"),
        ({"text": "   "}, "capture_empty"),
        ({"file_path": "{allowed}/../../etc/passwd"}, "path_not_allowed"),
        ({"file_path": "/etc/hostname"}, "path_not_allowed"),
        ({"file_path": "{allowed}/missing.wav"}, "path_not_found"),
        ({"file_path": "{allowed}/empty.wav"}, "file_empty"),
        ({"file_path": "{allowed}/notes.txt"}, "file_type_not_allowed"),
        ({"file_path": "{allowed}/lying.jpg"}, "file_type_not_allowed"),
        ({"file_path": "{allowed}/manual.pdf"}, "file_type_not_allowed"),
        ({"text": "x", "asset_id": "nope"}, "unknown_asset"),
        ({"camera_entity_id": "camera.none"}, "unknown_camera"),
        ({"media_content_id": "https://example.com/a.jpg"}, "media_not_local"),
        (
            {"file_path": "{allowed}/notes.txt", "camera_entity_id": "camera.x"},
            "one_file_only",
        ),
    ],
)
async def test_capture_refuses_bad_input(
    hass: HomeAssistant,
    parts: CaptureParts,
    files_dir: Path,
    data: dict[str, Any],
    key: str,
) -> None:
    """Bad input is a specific error and stores nothing (no row, no file)."""
    entry = await setup_home(hass)
    (files_dir / "empty.wav").write_bytes(b"")
    (files_dir / "notes.txt").write_text("just text")
    (files_dir / "lying.jpg").write_text("<html>not a photo</html>")
    (files_dir / "manual.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    data = {
        k: v.replace("{allowed}", str(files_dir)) if isinstance(v, str) else v
        for k, v in data.items()
    }
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "capture", {"config_entry_id": entry.entry_id, **data})
    assert err.value.translation_key == key
    assert str(err.value)  # translated
    assert await db_rows(hass, InboxItem) == []
    haven = Path(hass.config.path("haven"))
    assert not [p for p in haven.rglob("*") if p.is_file()]


async def _fail_reason(
    hass: HomeAssistant, entry: MockConfigEntry, data: dict[str, Any]
) -> InboxItem:
    response = await call(hass, "capture", {"config_entry_id": entry.entry_id, **data})
    await processed(hass, entry)
    item = await item_row(hass, response["inbox_item_id"])
    assert item.status == "FAILED"
    assert item.error
    # The file is kept for a retry.
    if item.storage_key:
        assert Path(hass.config.path("haven", item.storage_key)).is_file()
    return item


async def test_corrupt_audio_fails_with_reason(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path
) -> None:
    """A WAV whose header reads well but that holds no sound: FAILED, with the reason.

    (Bytes that do not even parse as a WAV are refused at capture: test_file_checks.)
    """
    entry = await setup_home(hass)
    corrupt = files_dir / "corrupt.wav"
    wav = (FIXTURES / "furnace_filter.wav").read_bytes()
    corrupt.write_bytes(wav[: wav.index(b"data")] + b"data" + bytes(4))
    item = await _fail_reason(hass, entry, {"file_path": str(corrupt)})
    assert "audio could not be decoded" in (item.error or "")
    assert hass.states.get("todo.home_inbox").state == "1"  # type: ignore[union-attr]


async def test_ffmpeg_missing_then_retry(
    hass: HomeAssistant, recorder_mock: Recorder, files_dir: Path
) -> None:
    """Ffmpeg pointed at a missing binary: FAILED with the reason; retry after the fix."""
    assert await async_setup_component(
        hass, "ffmpeg", {"ffmpeg": {"ffmpeg_bin": "/nonexistent/ffmpeg"}}
    )
    await async_setup_test_parts(hass)
    entry = await setup_home(hass)
    path = copy_fixture("dryer_vent.ogg", files_dir)
    item = await _fail_reason(hass, entry, {"file_path": str(path)})
    assert "ffmpeg could not be started (/nonexistent/ffmpeg" in (item.error or "")
    # Fix the binary, then retry: processed, once more.
    from homeassistant.components.ffmpeg import get_ffmpeg_manager  # noqa: PLC0415

    manager = get_ffmpeg_manager(hass)
    manager._bin = "ffmpeg"
    manager.__dict__.pop("binary", None)  # a cached property
    assert manager.binary == "ffmpeg"
    done = events(hass, EVENT_CAPTURE_PROCESSED)
    await call(hass, "retry_capture", {"inbox_item_id": item.id})
    await processed(hass, entry)
    item = await item_row(hass, item.id)
    assert (item.status, item.transcription, item.attempts) == (
        "PROCESSED",
        "clean the dryer vent",
        2,
    )
    assert len(done) == 1
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "retry_capture", {"inbox_item_id": item.id})
    assert err.value.translation_key == "not_failed"


async def test_no_stt_engine(
    hass: HomeAssistant, recorder_mock: Recorder, files_dir: Path
) -> None:
    """An Assist pipeline without speech-to-text: FAILED, saying what to set up."""
    await async_setup_test_parts(hass, with_stt=False)
    entry = await setup_home(hass)
    item = await _fail_reason(
        hass, entry, {"file_path": str(copy_fixture("dryer_vent.ogg", files_dir))}
    )
    assert "has no speech-to-text engine" in (item.error or "")


async def test_no_assist_at_all(
    hass: HomeAssistant, recorder_mock: Recorder, files_dir: Path
) -> None:
    """Without Assist set up, a voice memo fails with a reason; text still works."""
    entry = await setup_home(hass)
    item = await _fail_reason(
        hass, entry, {"file_path": str(copy_fixture("dryer_vent.ogg", files_dir))}
    )
    assert "Assist is not set up" in (item.error or "")
    text = await call(
        hass, "capture", {"config_entry_id": entry.entry_id, "text": "hi"}
    )
    await processed(hass, entry)
    assert (await item_row(hass, text["inbox_item_id"])).status == "PROCESSED"


async def test_stt_engine_errors(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path
) -> None:
    """An STT engine that raises: FAILED with its error."""
    entry = await setup_home(hass)
    parts.stt.fail = True
    item = await _fail_reason(
        hass, entry, {"file_path": str(copy_fixture("dryer_vent.ogg", files_dir))}
    )
    assert item.error == "The speech-to-text engine failed: the recogniser crashed"


async def test_chosen_pipeline_gone(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path
) -> None:
    """A pipeline chosen in the settings that was deleted: FAILED, saying so."""
    entry = await setup_home(hass, {"stt_pipeline": "deleted-pipeline"})
    item = await _fail_reason(
        hass, entry, {"file_path": str(copy_fixture("dryer_vent.ogg", files_dir))}
    )
    assert "deleted-pipeline no longer exists" in (item.error or "")


async def test_chosen_pipeline_is_used(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path
) -> None:
    """The pipeline chosen in the settings transcribes, not the preferred one."""
    pipelines = assist_pipeline.async_get_pipelines(hass)
    preferred = pipelines[0]
    await assist_pipeline.async_update_pipeline(hass, preferred, stt_engine=None)
    chosen = await assist_pipeline.async_create_default_pipeline(
        hass,
        stt_engine_id="stt.pocketsphinx",
        tts_engine_id=None,
        pipeline_name="Memos",
    )
    assert chosen is not None
    entry = await setup_home(hass, {"stt_pipeline": chosen.id})
    path = copy_fixture("furnace_filter.wav", files_dir)
    response = await call(
        hass, "capture", {"config_entry_id": entry.entry_id, "file_path": str(path)}
    )
    await processed(hass, entry)
    item = await item_row(hass, response["inbox_item_id"])
    assert item.transcription == "replace the furnace filter in the basement"


async def test_ai_task_entity_gone(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path
) -> None:
    """An AI task entity that no longer exists: FAILED with the reason; the transcription is kept."""
    entry = await setup_home(hass, {"ai_task_entity": "ai_task.gone"})
    item = await _fail_reason(
        hass, entry, {"file_path": str(copy_fixture("water_heater.m4a", files_dir))}
    )
    assert "ai_task.gone" in (item.error or "")
    assert item.transcription == "the water heater is leaking"
    text = await _fail_reason(hass, entry, {"text": "check the sump pump"})
    assert "ai_task.gone" in (text.error or "")


async def test_fifty_captures_at_once(hass: HomeAssistant, parts: CaptureParts) -> None:
    """50 captures at once: all stored, each processed exactly once."""
    entry = await setup_home(hass, {"ai_task_entity": AI})
    done = events(hass, EVENT_CAPTURE_PROCESSED)
    responses = await asyncio.gather(
        *(
            call(
                hass,
                "capture",
                {"config_entry_id": entry.entry_id, "text": f"note number {n}"},
            )
            for n in range(50)
        )
    )
    ids = {r["inbox_item_id"] for r in responses}
    assert len(ids) == 50
    await processed(hass, entry)
    rows = [i for i in await db_rows(hass, InboxItem) if i.id in ids]
    assert len(rows) == 50
    assert {(i.status, i.attempts) for i in rows} == {("PROCESSED", 1)}
    assert sorted(e.data["inbox_item_id"] for e in done) == sorted(ids)
    assert len(parts.ai.tasks) == 50
    assert hass.states.get("sensor.home_open_inbox_items").state == "50"  # type: ignore[union-attr]


async def test_documents_and_media_source(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path
) -> None:
    """attach_document stores a manual; the Haven media source browses and resolves."""
    from homeassistant.components import media_source  # noqa: PLC0415

    entry = await setup_home(hass)
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Boiler"}
    )
    manual = files_dir / "boiler-manual.pdf"
    manual.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    document = await call(
        hass,
        "attach_document",
        {"asset_id": asset["asset_id"], "file_path": str(manual)},
    )
    [row] = await db_rows(hass, Document)
    assert (row.id, row.name, row.mime_type) == (
        document["document_id"],
        "boiler-manual",
        "application/pdf",
    )
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            "attach_document",
            {
                "asset_id": asset["asset_id"],
                "file_path": str(copy_fixture("dryer_vent.ogg", files_dir)),
            },
        )
    assert err.value.translation_key == "file_type_not_allowed"
    capture = await call(
        hass,
        "capture",
        {
            "config_entry_id": entry.entry_id,
            "file_path": str(copy_fixture("photo.jpg", files_dir)),
            "asset_id": asset["asset_id"],
        },
    )
    await processed(hass, entry)
    root = await media_source.async_browse_media(hass, f"media-source://{DOMAIN}")
    assert [c.title for c in root.children or []] == ["Home"]
    home = await media_source.async_browse_media(
        hass, f"media-source://{DOMAIN}/{entry.entry_id}"
    )
    assert [c.title for c in home.children or []] == ["Captures", "Documents", "Boiler"]
    boiler = await media_source.async_browse_media(
        hass, f"media-source://{DOMAIN}/{entry.entry_id}/asset/{asset['asset_id']}"
    )
    assert [(c.title, c.media_content_type) for c in boiler.children or []] == [
        ("Photo", "image/jpeg"),
        ("boiler-manual", "application/pdf"),
    ]
    resolved = await media_source.async_resolve_media(
        hass,
        f"media-source://{DOMAIN}/{entry.entry_id}/capture/{capture['inbox_item_id']}",
        None,
    )
    assert resolved.mime_type == "image/jpeg"
    assert resolved.url == (
        f"/api/haven/files/{entry.entry_id}/capture/{capture['inbox_item_id']}"
    )
    # A media item as a capture source: copied from its local path.
    again = await call(
        hass,
        "capture",
        {
            "config_entry_id": entry.entry_id,
            "media_content_id": f"media-source://{DOMAIN}/{entry.entry_id}/capture/{capture['inbox_item_id']}",
        },
    )
    await processed(hass, entry)
    assert (await item_row(hass, again["inbox_item_id"])).mime_type == "image/jpeg"


async def test_removing_the_property_removes_its_files(
    hass: HomeAssistant, parts: CaptureParts, files_dir: Path
) -> None:
    """Files live under <config>/haven/<property id>/ and go with the property."""
    entry = await setup_home(hass)
    await call(
        hass,
        "capture",
        {
            "config_entry_id": entry.entry_id,
            "file_path": str(copy_fixture("photo.jpg", files_dir)),
        },
    )
    await processed(hass, entry)
    folder = Path(hass.config.path("haven", entry.runtime_data.view.property_id))
    assert any(folder.rglob("*.jpg"))
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert not folder.exists()
