"""Diagnostics help debugging without leaking the household's details."""

from __future__ import annotations

import json
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.migrations import SCHEMA_VERSION

from .conftest import setup_property

pytestmark = pytest.mark.storage


async def test_diagnostics_are_redacted(
    recorder_mock: Any, hass: HomeAssistant, hass_client: Any
) -> None:
    """Counts and ids are there; address, serial numbers and notes are not."""
    assert await async_setup_component(hass, "diagnostics", {})
    entry: MockConfigEntry = await setup_property(hass, "Home", "7 Secret Lane")
    await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {
            "config_entry_id": entry.entry_id,
            "name": "Furnace",
            "serial_number": "SN-PRIVATE-1",
            "notes": "spare key under the mat",
            "model": "F100",
        },
        blocking=True,
        return_response=True,
    )
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    text = json.dumps(diagnostics)
    for secret in ("7 Secret Lane", "SN-PRIVATE-1", "spare key"):
        assert secret not in text
    assert diagnostics["database"]["schema_version"] == SCHEMA_VERSION
    assert diagnostics["database"]["dialect"] in {"sqlite", "postgresql", "mysql"}
    assert diagnostics["database"]["rows"]["haven_asset"] == 1
    (asset,) = diagnostics["assets"]
    assert asset["model"] == "F100"
    assert asset["serial_number"] == "**REDACTED**"
    assert diagnostics["reminders"]["targets"] == 0
