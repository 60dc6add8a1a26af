"""Speech to text with the real pocketsphinx recogniser and a small grammar.

Shared by the pytest capture tests (tests/capture_support.py subclasses the entity) and
the instances of Home Assistant that the browser tests start (this folder is the
``haven_test_stt`` integration there).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Mapping
from pathlib import Path
from typing import Any

from homeassistant.components import stt
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

GRAMMAR = Path(__file__).with_name("phrases.gram")
# Speech recorded through a browser's microphone (espeak-ng played by Chromium's fake
# device) loses its last words with the default search; wider beams and no best-path
# pass keep them.
RECORDED_SPEECH_OPTIONS: Mapping[str, Any] = {
    "bestpath": False,
    "beam": 1e-80,
    "wbeam": 1e-60,
    "pbeam": 1e-80,
}


def recognise(
    pcm: bytes, grammar: Path, options: Mapping[str, Any] | None = None
) -> str:
    """Recognise 16 kHz mono 16-bit PCM with pocketsphinx restricted to a grammar."""
    from pocketsphinx import Decoder  # noqa: PLC0415 - heavy; loaded when needed

    decoder = Decoder(jsgf=str(grammar), logfn="/dev/null", **dict(options or {}))
    decoder.start_utt()
    decoder.process_raw(pcm, False, True)
    decoder.end_utt()
    hypothesis = decoder.hyp()
    return hypothesis.hypstr if hypothesis else ""


class PocketsphinxSTT(stt.SpeechToTextEntity):
    """Speech to text with the real pocketsphinx recogniser."""

    _attr_name = "Pocketsphinx"
    _attr_unique_id = "pocketsphinx"

    def __init__(
        self, grammar: Path = GRAMMAR, options: Mapping[str, Any] | None = None
    ) -> None:
        """Recognise the phrases of a grammar, with the decoder's options."""
        self.grammar = grammar
        self.options = options

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

    async def async_heard(self, pcm: bytes) -> None:
        """Do something with the audio before it is recognised (tests override it)."""

    async def async_process_audio_stream(
        self, metadata: stt.SpeechMetadata, stream: AsyncIterable[bytes]
    ) -> stt.SpeechResult:
        """Read the whole stream, then recognise it off the event loop."""
        pcm = b"".join([chunk async for chunk in stream])
        await self.async_heard(pcm)
        text = await self.hass.async_add_executor_job(
            recognise, pcm, self.grammar, self.options
        )
        return stt.SpeechResult(
            text,
            stt.SpeechResultState.SUCCESS if text else stt.SpeechResultState.ERROR,
        )


async def async_setup_entry(
    hass: HomeAssistant,
    entry: ConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the engine, tuned for speech recorded through a browser."""
    async_add_entities([PocketsphinxSTT(GRAMMAR, RECORDED_SPEECH_OPTIONS)])
