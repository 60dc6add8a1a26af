"""Real parts for the capture tests: a speech-to-text engine and an AI task entity.

``haven_test`` is an integration registered for the tests only. Its STT entity runs the
real pocketsphinx recogniser, restricted by a small JSGF grammar to the phrases of the
speech fixtures (its default language model garbles espeak-ng's voice). Its AI task
entity is a test double: it returns fixed structured data and records each task it got,
so tests can check what Haven asked (instructions, attachments).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, Iterator
from pathlib import Path
import shutil
from typing import Any

from homeassistant.components import ai_task, stt
from homeassistant.components.ai_task import AITaskEntityFeature
from homeassistant.components.conversation import ChatLog
from homeassistant.config_entries import ConfigEntry, ConfigFlow
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockModule,
    MockPlatform,
    mock_config_flow,
    mock_integration,
    mock_platform,
)

FIXTURES = Path(__file__).parent / "fixtures" / "capture"
GRAMMAR = FIXTURES / "phrases.gram"
TEST_DOMAIN = "haven_test"


def recognise(pcm: bytes) -> str:
    """Recognise 16 kHz mono 16-bit PCM with pocketsphinx and the fixtures' grammar."""
    from pocketsphinx import Decoder  # noqa: PLC0415 - heavy; only in capture tests

    decoder = Decoder(jsgf=str(GRAMMAR), logfn="/dev/null")
    decoder.start_utt()
    decoder.process_raw(pcm, False, True)
    decoder.end_utt()
    hypothesis = decoder.hyp()
    return hypothesis.hypstr if hypothesis else ""


class PocketsphinxSTT(stt.SpeechToTextEntity):
    """Speech to text with the real pocketsphinx recogniser."""

    _attr_name = "Pocketsphinx"
    _attr_unique_id = "pocketsphinx"

    def __init__(self) -> None:
        """Record what it hears; ``hold`` makes it wait (restart tests)."""
        self.streams: list[int] = []
        self.hold: asyncio.Event | None = None
        self.fail = False

    @property
    def supported_languages(self) -> list[str]:
        """English."""
        return ["en", "en-US"]

    @property
    def supported_formats(self) -> list[stt.AudioFormats]:
        """WAV (raw PCM, as Assist sends it)."""
        return [stt.AudioFormats.WAV]

    @property
    def supported_codecs(self) -> list[stt.AudioCodecs]:
        """PCM."""
        return [stt.AudioCodecs.PCM]

    @property
    def supported_bit_rates(self) -> list[stt.AudioBitRates]:
        """16 bits."""
        return [stt.AudioBitRates.BITRATE_16]

    @property
    def supported_sample_rates(self) -> list[stt.AudioSampleRates]:
        """16 kHz."""
        return [stt.AudioSampleRates.SAMPLERATE_16000]

    @property
    def supported_channels(self) -> list[stt.AudioChannels]:
        """Mono."""
        return [stt.AudioChannels.CHANNEL_MONO]

    async def async_process_audio_stream(
        self, metadata: stt.SpeechMetadata, stream: AsyncIterable[bytes]
    ) -> stt.SpeechResult:
        """Read the whole stream, then recognise it off the event loop."""
        pcm = b"".join([chunk async for chunk in stream])
        self.streams.append(len(pcm))
        if self.hold is not None:
            await self.hold.wait()
        if self.fail:
            raise HomeAssistantError("the recogniser crashed")
        text = await self.hass.async_add_executor_job(recognise, pcm)
        return stt.SpeechResult(
            text,
            stt.SpeechResultState.SUCCESS if text else stt.SpeechResultState.ERROR,
        )


class StructuredAITask(ai_task.AITaskEntity):
    """A test AI task entity: returns fixed structured data, records each task."""

    _attr_name = "Analyst"
    _attr_unique_id = "analyst"
    _attr_supported_features = (
        AITaskEntityFeature.GENERATE_DATA | AITaskEntityFeature.SUPPORT_ATTACHMENTS
    )

    def __init__(self) -> None:
        """Start with no tasks seen."""
        self.tasks: list[ai_task.GenDataTask] = []
        # Set when a task arrives; hold makes the answer wait (what happens meanwhile).
        self.asked = asyncio.Event()
        self.hold: asyncio.Event | None = None
        self.answer: dict[str, Any] = {
            "description": "A furnace filter clogged with dust.",
            "asset": "Furnace",
            "task": "Replace the furnace filter",
        }

    async def _async_generate_data(
        self, task: ai_task.GenDataTask, chat_log: ChatLog
    ) -> ai_task.GenDataTaskResult:
        """Answer with the structured data the task asked for."""
        self.tasks.append(task)
        self.asked.set()
        if self.hold is not None:
            await self.hold.wait()
        if task.attachments:
            # The attachment is a real file Haven stored; read it as a model would.
            for attachment in task.attachments:
                assert attachment.path.is_file()
        return ai_task.GenDataTaskResult(
            conversation_id=chat_log.conversation_id, data=dict(self.answer)
        )


class CaptureParts:
    """The registered test engines."""

    def __init__(self) -> None:
        """Create the entities."""
        self.stt = PocketsphinxSTT()
        self.ai = StructuredAITask()


async def async_setup_test_parts(
    hass: HomeAssistant, *, with_stt: bool = True
) -> CaptureParts:
    """Register haven_test (STT and AI task entities), then Assist and AI tasks."""
    parts = CaptureParts()

    async def _setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
        platforms = ["ai_task", *(["stt"] if with_stt else [])]
        await hass.config_entries.async_forward_entry_setups(entry, platforms)
        return True

    async def _stt_entry(
        hass: HomeAssistant,
        entry: ConfigEntry,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        async_add_entities([parts.stt])

    async def _ai_entry(
        hass: HomeAssistant,
        entry: ConfigEntry,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        async_add_entities([parts.ai])

    mock_integration(hass, MockModule(TEST_DOMAIN, async_setup_entry=_setup_entry))
    mock_platform(
        hass, f"{TEST_DOMAIN}.stt", MockPlatform(async_setup_entry=_stt_entry)
    )
    mock_platform(
        hass, f"{TEST_DOMAIN}.ai_task", MockPlatform(async_setup_entry=_ai_entry)
    )
    mock_platform(hass, f"{TEST_DOMAIN}.config_flow")
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "stt", {})
    assert await async_setup_component(hass, "ai_task", {})
    entry = MockConfigEntry(domain=TEST_DOMAIN)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    # The preferred pipeline is created now, with the STT engine above (if any).
    assert await async_setup_component(hass, "assist_pipeline", {})
    await hass.async_block_till_done()
    return parts


def copy_fixture(name: str, folder: Path) -> Path:
    """Copy a fixture into a folder HA may read, as a user's file would be."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(FIXTURES / name, folder / name))


class _TestFlow(ConfigFlow):
    """The config flow haven_test's entry needs to exist."""

    VERSION = 1


@pytest.fixture
def test_flow_handler() -> Iterator[None]:
    """Register haven_test's config flow (use it in the module's autouse fixture)."""
    with mock_config_flow(TEST_DOMAIN, _TestFlow):
        yield
