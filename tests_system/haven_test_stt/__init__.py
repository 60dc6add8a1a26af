"""A real speech-to-text engine for tests that run a real Home Assistant process.

Copied into a test instance's ``custom_components`` (tests_browser does it). The STT
entity runs pocketsphinx, restricted by the JSGF grammar ``phrases.gram`` beside it (the
tests put the speech fixtures' phrases there), so espeak-ng's voice is recognised
reliably and offline. ``haven_test_stt:`` in configuration.yaml creates the config
entry at start; the entity is ``stt.pocketsphinx``.
"""

from __future__ import annotations

from homeassistant.config_entries import SOURCE_IMPORT, ConfigEntry
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers.typing import ConfigType

DOMAIN = "haven_test_stt"


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Create the config entry once, when configured in YAML."""
    if DOMAIN in config and not hass.config_entries.async_entries(DOMAIN):
        hass.async_create_task(
            hass.config_entries.flow.async_init(
                DOMAIN, context={"source": SOURCE_IMPORT}, data={}
            )
        )
    return True


async def async_setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Set up the STT entity."""
    await hass.config_entries.async_forward_entry_setups(entry, [Platform.STT])
    return True


async def async_unload_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Unload the STT entity."""
    return await hass.config_entries.async_unload_platforms(entry, [Platform.STT])
