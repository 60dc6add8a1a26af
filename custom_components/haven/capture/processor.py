"""The background worker that understands captures: speech to text, photo and text to AI.

A fixed number of workers take inbox item ids from a queue, so a burst of captures
queues up instead of starting unbounded work, and nothing here runs on the event loop
for long: ffmpeg is a subprocess whose output is streamed, the STT engine and the AI
task are HA's own async APIs, and the database is reached through the repository.

An item is claimed with one conditional update (PENDING → PROCESSING), so an item
queued twice is processed once. It always ends PROCESSED, or FAILED with a reason a
person can act on; an unexpected error is caught and recorded the same way. Only a
shutdown leaves an item PROCESSING: start-up queues those again (and the PENDING ones),
before any new capture can arrive, so each is processed exactly once after a restart.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Mapping
import logging
from pathlib import Path
from typing import Any, Final, Protocol

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import selector
from homeassistant.util import dt as dt_util
import voluptuous as vol

from ..const import CONF_AI_TASK_ENTITY, CONF_STT_PIPELINE
from ..store.models import (
    INBOX_FAILED,
    INBOX_PENDING,
    INBOX_PROCESSED,
    INBOX_PROCESSING,
)
from ..store.records import InboxItem
from ..view import PropertyView
from .files import FileStore

_LOGGER = logging.getLogger(__name__)

WORKERS: Final = 2
AUDIO_TIMEOUT: Final = 300
AI_TIMEOUT: Final = 180
_PCM_CHUNK: Final = 4096  # bytes per chunk handed to the STT engine (128 ms of audio)
_MAX_STDERR: Final = 4000

# What the AI task is asked to return.
ANALYSIS_STRUCTURE: Final = vol.Schema(
    {
        vol.Required(
            "description",
            description="One or two plain sentences: what the capture shows or says.",
        ): selector.TextSelector(),
        vol.Optional(
            "asset",
            description="The name of the listed asset it is about, exactly as listed; empty when none fits.",
        ): selector.TextSelector(),
        vol.Optional(
            "task",
            description="A short maintenance task it calls for, as an instruction (e.g. 'Replace the furnace filter'); empty when none.",
        ): selector.TextSelector(),
    }
)


class CaptureSource(Protocol):
    """The inbox as the processor sees it: where items are claimed and finished."""

    view: PropertyView
    files: FileStore

    async def async_claim(
        self, item_id: str, statuses: tuple[str, ...]
    ) -> InboxItem | None:
        """Mark an item PROCESSING if it is in one of statuses; None if it was not."""

    async def async_processed(self, item_id: str, changes: dict[str, Any]) -> None:
        """Record a processing result, unless the item was filed meanwhile."""

    def media_content_id(self, item: InboxItem) -> str:
        """Return the media source id of a capture's file."""


class CaptureFailedError(Exception):
    """Processing failed for a reason stored on the item for people to read."""


class CaptureProcessor:
    """Process one property's captures in the background."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry[Any],
        inbox: CaptureSource,
        workers: int = WORKERS,
    ) -> None:
        """Bind to a property's inbox; its options give the pipeline and AI task."""
        self.hass = hass
        self.entry = entry
        self.inbox = inbox
        self._options: Callable[[], Mapping[str, Any]] = lambda: entry.options
        self._workers = workers
        self._queue: asyncio.Queue[tuple[str, tuple[str, ...]]] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []

    @callback
    def async_start(self, recovered: list[str]) -> CALLBACK_TYPE:
        """Start the workers; queue items a restart left PENDING or PROCESSING."""
        for item_id in recovered:
            self._queue.put_nowait((item_id, (INBOX_PENDING, INBOX_PROCESSING)))
        self._tasks = [
            self.entry.async_create_background_task(
                self.hass, self._async_work(), f"haven capture worker {n}"
            )
            for n in range(self._workers)
        ]

        @callback
        def _stop() -> None:
            # Items being processed stay PROCESSING and are taken up after the next start.
            for task in self._tasks:
                task.cancel()
            self._tasks = []

        return _stop

    @callback
    def async_enqueue(self, item_id: str) -> None:
        """Queue a PENDING item."""
        self._queue.put_nowait((item_id, (INBOX_PENDING,)))

    async def async_join(self) -> None:
        """Wait until every queued item is processed (tests, diagnostics)."""
        await self._queue.join()

    async def _async_work(self) -> None:
        while True:
            item_id, statuses = await self._queue.get()
            try:
                await self._async_process(item_id, statuses)
            except Exception:
                _LOGGER.exception("Could not record the result of capture %s", item_id)
            finally:
                self._queue.task_done()

    async def _async_process(self, item_id: str, statuses: tuple[str, ...]) -> None:
        item = await self.inbox.async_claim(item_id, statuses)
        if item is None:
            return  # already taken, filed or gone
        changes: dict[str, Any] = {}
        try:
            await self._async_understand(item, changes)
        except CaptureFailedError as err:
            changes |= {"status": INBOX_FAILED, "error": str(err)}
        except Exception as err:
            _LOGGER.exception("Processing capture %s failed", item_id)
            changes |= {
                "status": INBOX_FAILED,
                "error": f"Unexpected error: {err!r}",
            }
        else:
            changes |= {"status": INBOX_PROCESSED, "error": None}
        changes["processed_at"] = dt_util.utcnow()
        await self.inbox.async_processed(item_id, changes)

    async def _async_understand(self, item: InboxItem, changes: dict[str, Any]) -> None:
        """Transcribe audio, then ask the AI task about the photo or text, if set."""
        mime = item.mime_type or ""
        text = item.text
        if item.storage_key and mime.startswith("audio/"):
            transcription = await self._async_transcribe(
                self.inbox.files.path(item.storage_key)
            )
            changes["transcription"] = transcription
            text = " ".join(part for part in (text, transcription) if part)
        entity_id = self._options().get(CONF_AI_TASK_ENTITY)
        photo = bool(item.storage_key) and mime.startswith("image/")
        if entity_id and (photo or text):
            changes["analysis"] = await self._async_analyse(
                item, entity_id, text, photo
            )

    # Speech to text

    async def _async_transcribe(self, path: Path) -> str:
        """Convert audio to 16 kHz mono 16-bit PCM with ffmpeg and stream it to STT."""
        from homeassistant.components import stt  # noqa: PLC0415 - loaded with Assist

        engine, metadata = self._stt_engine()
        binary = self._ffmpeg_binary()
        try:
            process = await asyncio.create_subprocess_exec(
                binary,
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-i",
                str(path),
                "-vn",
                "-f",
                "s16le",
                "-acodec",
                "pcm_s16le",
                "-ac",
                "1",
                "-ar",
                "16000",
                "pipe:1",
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
        except OSError as err:
            raise CaptureFailedError(
                f"ffmpeg could not be started ({binary}: {err.strerror}); install "
                "ffmpeg or fix ffmpeg_bin in the ffmpeg configuration, then retry"
            ) from err
        assert process.stdout is not None
        assert process.stderr is not None
        stderr_task = asyncio.ensure_future(process.stderr.read())
        decoded = 0

        async def _pcm() -> AsyncIterator[bytes]:
            nonlocal decoded
            assert process.stdout is not None
            while chunk := await process.stdout.read(_PCM_CHUNK):
                decoded += len(chunk)
                yield chunk

        result: stt.SpeechResult | None = None
        stt_error: Exception | None = None
        try:
            async with asyncio.timeout(AUDIO_TIMEOUT):
                try:
                    if isinstance(engine, stt.SpeechToTextEntity):
                        result = await engine.internal_async_process_audio_stream(
                            metadata, _pcm()
                        )
                    else:
                        result = await engine.async_process_audio_stream(
                            metadata, _pcm()
                        )
                except Exception as err:  # noqa: BLE001 - any engine failure is a reason
                    stt_error = err
                # Drain what the engine did not read so ffmpeg can finish.
                async for _ in _pcm():
                    pass
                returncode = await process.wait()
                stderr = (await stderr_task)[-_MAX_STDERR:].decode(errors="replace")
        except TimeoutError:
            raise CaptureFailedError(
                f"Transcription took longer than {AUDIO_TIMEOUT} seconds"
            ) from None
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
            stderr_task.cancel()
        if returncode != 0 or decoded == 0:
            reason = stderr.strip().splitlines()[-1] if stderr.strip() else "no audio"
            raise CaptureFailedError(f"The audio could not be decoded: {reason}")
        if stt_error is not None:
            raise CaptureFailedError(
                f"The speech-to-text engine failed: {stt_error}"
            ) from stt_error
        assert result is not None
        if result.result != stt.SpeechResultState.SUCCESS:
            raise CaptureFailedError(
                "The speech-to-text engine reported an error for this recording"
            )
        if not (text := (result.text or "").strip()):
            raise CaptureFailedError("No speech was recognised in the recording")
        return text

    def _stt_engine(self) -> tuple[Any, Any]:
        """Return the STT engine of the chosen (or preferred) Assist pipeline."""
        if "assist_pipeline" not in self.hass.config.components:
            raise CaptureFailedError(
                "Assist is not set up, so there is no speech-to-text engine; "
                "set up a voice assistant in Home Assistant, then retry"
            )
        from homeassistant.components import assist_pipeline, stt  # noqa: PLC0415

        pipeline_id = self._options().get(CONF_STT_PIPELINE) or None
        try:
            pipeline = assist_pipeline.async_get_pipeline(self.hass, pipeline_id)
        except assist_pipeline.PipelineNotFound as err:
            raise CaptureFailedError(
                f"The Assist pipeline {pipeline_id} no longer exists; choose another "
                "in Haven's settings, then retry"
            ) from err
        if not pipeline.stt_engine:
            raise CaptureFailedError(
                f"The Assist pipeline {pipeline.name} has no speech-to-text engine; "
                "choose one in its settings (or another pipeline in Haven's), then retry"
            )
        engine = stt.async_get_speech_to_text_engine(self.hass, pipeline.stt_engine)
        if engine is None:
            raise CaptureFailedError(
                f"The speech-to-text engine {pipeline.stt_engine} of the Assist "
                f"pipeline {pipeline.name} is not available"
            )
        metadata = stt.SpeechMetadata(
            language=pipeline.stt_language or pipeline.language,
            format=stt.AudioFormats.WAV,
            codec=stt.AudioCodecs.PCM,
            bit_rate=stt.AudioBitRates.BITRATE_16,
            sample_rate=stt.AudioSampleRates.SAMPLERATE_16000,
            channel=stt.AudioChannels.CHANNEL_MONO,
        )
        if not engine.check_metadata(metadata):
            raise CaptureFailedError(
                f"The speech-to-text engine {pipeline.stt_engine} does not accept "
                f"16 kHz mono audio in {metadata.language}"
            )
        return engine, metadata

    def _ffmpeg_binary(self) -> str:
        from homeassistant.components.ffmpeg import get_ffmpeg_manager  # noqa: PLC0415

        # ffmpeg is one of Haven's dependencies: set up before Haven, so always there.
        return get_ffmpeg_manager(self.hass).binary

    # AI task

    async def _async_analyse(
        self, item: InboxItem, entity_id: str, text: str | None, photo: bool
    ) -> dict[str, Any]:
        """Ask the AI task for a description and a suggested asset and task."""
        if "ai_task" not in self.hass.config.components:
            raise CaptureFailedError(
                f"The AI task entity {entity_id} is not available (AI tasks are not "
                "set up); choose another in Haven's settings or clear it, then retry"
            )
        from homeassistant.components import ai_task  # noqa: PLC0415

        view = self.inbox.view
        assets = sorted(asset.name for asset in view.assets.values())
        instructions = (
            "This comes from the home maintenance inbox of "
            f"{view.property.name}. Describe it briefly, say which of the "
            "household's assets it is about, and suggest a maintenance task if it "
            "calls for one.\n"
            f"Assets: {', '.join(assets) if assets else 'none listed'}."
        )
        if text:
            instructions += f"\nThe note: {text}"
        attachments = None
        if photo:
            attachments = [
                {
                    "media_content_id": self.inbox.media_content_id(item),
                    "media_content_type": item.mime_type,
                }
            ]
        try:
            async with asyncio.timeout(AI_TIMEOUT):
                result = await ai_task.async_generate_data(
                    self.hass,
                    task_name="Haven capture",
                    entity_id=entity_id,
                    instructions=instructions,
                    structure=ANALYSIS_STRUCTURE,
                    attachments=attachments,
                )
        except TimeoutError:
            raise CaptureFailedError(
                f"The AI task {entity_id} took longer than {AI_TIMEOUT} seconds"
            ) from None
        except HomeAssistantError as err:
            raise CaptureFailedError(f"The AI task {entity_id} failed: {err}") from err
        data = result.data
        if not isinstance(data, dict) or not str(data.get("description", "")).strip():
            raise CaptureFailedError(f"The AI task {entity_id} returned no description")
        analysis: dict[str, Any] = {
            "description": str(data["description"]).strip(),
            "suggested_asset": str(data.get("asset") or "").strip() or None,
            "suggested_task": str(data.get("task") or "").strip() or None,
            "ai_task_entity": entity_id,
        }
        wanted = (analysis["suggested_asset"] or "").casefold()
        analysis["suggested_asset_id"] = next(
            (a.id for a in view.assets.values() if a.name.casefold() == wanted),
            None,
        )
        return analysis
