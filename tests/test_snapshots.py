"""Snapshots of Haven's surface: every entity, the diagnostics and the action responses.

A change to what users and automations see (an entity's name, state or attributes, a
field of a response) shows up as a snapshot diff to review, and is accepted on purpose
with `pytest tests/test_snapshots.py --snapshot-update`.

Record ids are random (ULIDs) and HA's entity ids depend on its version (newer HA puts
the area's name in them), so entities are keyed by unique id and every id is replaced by
a stable label in the order it first appears.
"""

from __future__ import annotations

from datetime import datetime
import json
import re
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.syrupy import (
    HomeAssistantSnapshotExtension,
)
from syrupy.assertion import SnapshotAssertion

from custom_components.haven.const import CONF_TASK_ENTITIES, DOMAIN
from custom_components.haven.diagnostics import async_get_config_entry_diagnostics

from .conftest import setup_property

pytestmark = pytest.mark.storage

TZ = "Europe/Amsterdam"
START = datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo(TZ))
# Haven's UUIDs, HA's ULIDs (26 characters of Crockford's base32) and 32-hex-digit ids.
IDS = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|[0-9A-HJKMNP-TV-Z]{26}|[0-9a-f]{32})(?![0-9A-Za-z])"
)


@pytest.fixture
def snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Use HA's snapshot format and folder (tests/snapshots) with every syrupy release.

    With the newer HA's syrupy (6) the plugin's own fixture of this name is not the one
    tests get, and snapshots would be looked for in tests/__snapshots__ instead.
    """
    return snapshot.use_extension(HomeAssistantSnapshotExtension)


class Labels:
    """Replace every id in a structure by a stable label ("id-1", "id-2", …)."""

    def __init__(self) -> None:
        """Start with no labels."""
        self.labels: dict[str, str] = {}

    def __call__(self, value: Any) -> Any:
        """Return the value with its ids labelled (through its JSON form)."""
        text = json.dumps(value, default=str, sort_keys=True)
        return json.loads(IDS.sub(self._label, text))

    def _label(self, match: re.Match[str]) -> str:
        return self.labels.setdefault(match.group(0), f"id-{len(self.labels) + 1}")


async def _call(
    hass: HomeAssistant, action: str, data: dict[str, Any]
) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN, action, data, blocking=True, return_response=True
    )
    await hass.async_block_till_done()
    assert response is not None
    return dict(response)


async def _home(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> tuple[MockConfigEntry, dict[str, dict[str, Any]]]:
    """Set up a property: an asset from a template, a task of each kind, work logged."""
    await hass.config.async_set_time_zone(TZ)
    freezer.move_to(START)
    entry = await setup_property(
        hass, "Home", "1 Main St", options={CONF_TASK_ENTITIES: True}
    )
    hass.states.async_set("sensor.mower_hours", "112", {"unit_of_measurement": "h"})
    responses: dict[str, dict[str, Any]] = {}
    responses["create_asset"] = furnace = await _call(
        hass,
        "create_asset",
        {
            "config_entry_id": entry.entry_id,
            "name": "Furnace",
            "template": "furnace",
            "zone": "Basement",
            "model": "F100",
            "manufacturer": "Acme",
            "installed_on": "2019-10-01",
        },
    )
    mower = await _call(
        hass,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Mower", "zone": "Garden"},
    )
    responses["create_task"] = await _call(
        hass,
        "create_task",
        {
            "asset_id": mower["asset_id"],
            "name": "Change the oil",
            "meter_entity_id": "sensor.mower_hours",
            "meter_every": 25,
        },
    )
    await _call(
        hass,
        "create_task",
        {
            "config_entry_id": entry.entry_id,
            "name": "Test the smoke alarms",
            "cron": "0 9 1 * *",
        },
    )
    await _call(
        hass,
        "create_task",
        {
            "config_entry_id": entry.entry_id,
            "name": "Clean the gutters",
            "every": 6,
            "unit": "months",
            "first_due": "2026-03-10",
        },
    )
    first = furnace["task_ids"][0]
    responses["complete_task"] = await _call(
        hass,
        "complete_task",
        {"task_id": first, "notes": "Filter 16x25x1", "cost": 24.5},
    )
    freezer.tick(3600)  # history is newest first: one row per moment
    responses["log_maintenance"] = await _call(
        hass,
        "log_maintenance",
        {
            "asset_id": furnace["asset_id"],
            "action": "Relit the pilot light",
            "notes": "Draught from the flue",
            "cost": 80,
        },
    )
    responses["get_history"] = await _call(
        hass, "get_history", {"asset_id": furnace["asset_id"]}
    )
    return entry, responses


async def test_entities(
    recorder_mock: object,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    snapshot: SnapshotAssertion,
) -> None:
    """Every entity of a property: platform, names, translation key, state, attributes."""
    entry, _ = await _home(hass, freezer)
    labels = Labels()
    labels(entry.entry_id)
    devices = dr.async_get(hass)
    entities = []
    for registered in er.async_entries_for_config_entry(
        er.async_get(hass), entry.entry_id
    ):
        state = hass.states.get(registered.entity_id)
        assert state is not None
        device = devices.async_get(registered.device_id or "")
        entities.append(
            {
                "unique_id": registered.unique_id,
                "domain": registered.domain,
                "device": device.name if device else None,
                "translation_key": registered.translation_key,
                "device_class": registered.device_class
                or registered.original_device_class,
                "disabled": registered.disabled_by is not None,
                "entity_category": registered.entity_category,
                "state": state.state,
                "attributes": dict(state.attributes),
            }
        )
    # In an order that does not depend on the random ids, labelled in that order.
    entities.sort(
        key=lambda e: (e["domain"], e["device"] or "", e["attributes"]["friendly_name"])
    )
    assert labels(entities) == snapshot


async def test_diagnostics(
    recorder_mock: object,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    snapshot: SnapshotAssertion,
) -> None:
    """What a user attaches to a bug report (redacted).

    Asked of Haven's handler directly: the frozen clock is months before the test
    client's token was issued, which HA's HTTP API would refuse.
    """
    entry, _ = await _home(hass, freezer)
    labels = Labels()
    labels(entry.entry_id)
    diagnostics = await async_get_config_entry_diagnostics(hass, entry)
    # The same on every recorder database (the storage tests run on three).
    assert diagnostics["database"]["dialect"] in (
        "sqlite",
        "postgresql",
        "mysql",
        "mariadb",
    )
    diagnostics["database"]["dialect"] = "sqlite"
    assert labels(diagnostics) == snapshot


async def test_action_responses(
    recorder_mock: object,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    snapshot: SnapshotAssertion,
) -> None:
    """The responses automations and scripts read."""
    entry, responses = await _home(hass, freezer)
    labels = Labels()
    labels(entry.entry_id)
    assert labels(responses) == snapshot
