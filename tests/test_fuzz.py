"""Every action, every field, generated values: refused cleanly or done and exported.

Hypothesis calls each action of services.yaml with values for each of its fields:
sensible ones (real ids, choices, dates near today) mixed with wrong types, numbers
of any size, infinities, dates of any year and offset, unicode (emoji, right-to-left
text, NUL), huge strings, None, lists and dicts. Against a real hass and the real
recorder it asserts, for every call:

- either success, or a translated ServiceValidationError / HomeAssistantError whose
  message shows no traceback or SQL: never another exception;
- after a refusal, Haven's tables are byte-for-byte what they were;
- after a success, the export of every property parses as strict JSON, holds its rows,
  and restores into an empty database as the very same rows.

Profiles: "ci" (the default) is derandomized with a modest number of examples per
action; HYPOTHESIS_PROFILE=dev explores more, with random seeds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
import json
import os
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant, SupportsResponse
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.util.yaml import load_yaml_dict
from hypothesis import HealthCheck, event, given, settings, strategies as st
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.export import (
    check_export,
    dump_property,
    restore_property,
)
from custom_components.haven.store.models import Base

from .conftest import db_dump, setup_property

pytestmark = pytest.mark.storage

settings.register_profile(
    "ci",
    max_examples=25,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SERVICES_YAML = Path(__file__).parents[1] / "custom_components/haven/services.yaml"
SERVICES: dict[str, Any] = {
    name: spec
    for name, spec in load_yaml_dict(str(SERVICES_YAML)).items()
    if not name.startswith(".")
}
LEAKS = ("Traceback", "sqlalchemy", "SELECT ", "INSERT ", "UPDATE ", "DELETE ", "[SQL")

# Values no field should ever accept silently, whatever the field.
NASTY = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\u202eevil",
        "مرحبا بالعالم",
        "🔧🏠🔥",
        "x" * 5000,
        "y" * 200_000,
        "'; DROP TABLE haven_task; --",
        "9999-12-31",
        "0001-01-01",
        "2026-02-30T00:00",
        "9999-12-31T23:00:00-05:00",
        "0001-01-01T00:00:00+01:00",
        "inf",
        "-inf",
        "nan",
        "1e308",
        "1e300",
        "-1",
        "0 9 * * *",
        "61 * * * *",
        "* * * * * * *",
        "media-source://radio_browser/abc",
        "media-source://media_source/local/x.jpg",
        "/etc/passwd",
        "../../secrets.yaml",
    ]
)
WILD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**300, max_value=10**400),
    st.floats(),
    st.text(max_size=40),
    NASTY,
    st.dates().map(date.isoformat),
    st.datetimes(
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))]
        )
    ).map(datetime.isoformat),
    st.lists(st.integers() | st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=8), st.integers() | st.floats(), max_size=3),
)


def sensible(field: str, ids: dict[str, list[str]]) -> st.SearchStrategy[Any]:
    """Return values a careful caller could give a field (so calls get deep)."""
    today = date(2025, 1, 15)
    near = st.integers(-400, 400).map(lambda days: today + timedelta(days=days))

    def one_of_ids(kind: str) -> st.SearchStrategy[str]:
        # An index, not sampled_from: the ids change between examples, and the
        # strategy's shape must not.
        known = ids[kind] or ["gone"]  # all removed: an unknown id, then
        return st.integers(0, 1000).map(lambda i: known[i % len(known)])

    choices: dict[str, st.SearchStrategy[Any]] = {
        "config_entry_id": one_of_ids("entries"),
        "asset_id": one_of_ids("assets"),
        "device_id": one_of_ids("devices"),
        "task_id": one_of_ids("tasks"),
        "supply_id": one_of_ids("supplies"),
        "inbox_item_id": one_of_ids("inbox"),
        "entity_id": one_of_ids("entities"),
        "unit": st.sampled_from(["days", "weeks", "months", "years"]),
        "anchor": st.sampled_from(["completion", "fixed"]),
        "outcome": st.sampled_from(["task", "log", "note", "dismiss"]),
        "every": st.integers(1, 12),
        "lead_days": st.integers(0, 30),
        "priority": st.integers(0, 3),
        "limit": st.integers(1, 50),
        "quantity": st.integers(0, 10),
        "meter_every": st.floats(0.5, 1000),
        "meter_entity_id": st.just("sensor.hours"),
        "cron": st.sampled_from(["0 9 * * *", "0 9 1 * *", "*/5 * * * 1"]),
        "cost": st.decimals(0, 1000, places=2).map(str),
        "duration": st.integers(1, 30).map(lambda days: {"days": days}),
        "installed_on": near.map(date.isoformat),
        "first_due": near.map(date.isoformat),
        "since": near.map(date.isoformat),
        "until": st.integers(1, 60).map(
            lambda d: (today + timedelta(days=d)).isoformat()
        ),
        "performed_at": st.integers(-60, 0).map(
            lambda d: (today + timedelta(days=d)).isoformat()
        ),
        "purchase_url": st.just("https://example.com/filter"),
        "camera_entity_id": st.just("camera.none"),
        "area_id": st.none(),
        "template": st.sampled_from(["furnace", "smoke_alarm", None]),
        "zone": st.sampled_from(["Basement", "Garage", None]),
        "assigned_user_id": st.none(),
        "file_path": st.none(),
        "media_content_id": st.none(),
    }
    words = st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=60)
    return choices.get(field, words)


async def known_ids(hass: HomeAssistant) -> dict[str, list[str]]:
    """Return the ids that exist now (they change as examples add and remove)."""
    entries = hass.config_entries.async_loaded_entries(DOMAIN)
    views = [entry.runtime_data.view for entry in entries]
    registry = dr.async_get(hass)
    entities = er.async_get(hass)
    devices = [
        device.id
        for entry in entries
        for device in dr.async_entries_for_config_entry(registry, entry.entry_id)
    ]
    return {
        "entries": [entry.entry_id for entry in entries],
        "assets": [a for view in views for a in view.assets],
        "devices": devices,
        "tasks": [t for view in views for t in view.tasks],
        "supplies": [s for view in views for s in view.supplies],
        "inbox": [i for view in views for i in view.inbox],
        "entities": [
            *(
                entity.entity_id
                for entry in entries
                for entity in er.async_entries_for_config_entry(
                    entities, entry.entry_id
                )
            ),
            "sensor.nothing",
        ],
    }


def fields_of(service: str) -> list[str]:
    """Return the fields an action takes (and entity_id where it takes a target)."""
    spec = SERVICES[service] or {}
    fields = list((spec.get("fields") or {}).keys())
    return [*fields, "entity_id"] if "target" in spec else fields


def required_fields(service: str) -> set[str]:
    """Return the fields services.yaml marks required."""
    fields = (SERVICES[service] or {}).get("fields") or {}
    return {name for name, spec in fields.items() if (spec or {}).get("required")}


def _not_json(constant: str) -> None:
    """Refuse NaN and Infinity: Python writes them, JSON has no such thing."""
    raise AssertionError(f"an export holds {constant}, which is not JSON")


def _exports_round_trip(exports: list[tuple[Path, dict[str, Any]]]) -> None:
    """Check each export file: strict JSON, the rows, restorable as the same rows."""
    for path, rows in exports:
        export = json.loads(path.read_text(encoding="utf-8"), parse_constant=_not_json)
        assert {t: len(r) for t, r in export["tables"].items()} == rows
        engine = create_engine("sqlite://")
        Base.metadata.create_all(engine)
        with Session(engine) as session:
            restore_property(session, check_export(export, export["config_entry_id"]))
            session.commit()
            property_id = export["tables"]["haven_property"][0]["id"]
            again = dump_property(session, property_id, datetime.now(UTC))
        assert again["tables"] == export["tables"]
        engine.dispose()


async def async_check_exports(hass: HomeAssistant) -> None:
    """Export every property and check each export round-trips."""
    exports = []
    for entry in hass.config_entries.async_loaded_entries(DOMAIN):
        response = await hass.services.async_call(
            DOMAIN,
            "export",
            {"config_entry_id": entry.entry_id},
            blocking=True,
            return_response=True,
        )
        assert response is not None
        exports.append((Path(str(response["path"])), dict(response["rows"])))  # type: ignore[arg-type]
    await hass.async_add_executor_job(_exports_round_trip, exports)


async def settle(hass: HomeAssistant) -> None:
    """Wait for background work a success started (capture processing)."""
    for entry in hass.config_entries.async_loaded_entries(DOMAIN):
        await entry.runtime_data.inbox.processor.async_join()
    await hass.async_block_till_done()


@pytest.fixture
async def seeded(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Give the fuzzer records of every kind in two properties."""
    hass.states.async_set("sensor.hours", "12")

    async def call(service: str, data: dict[str, Any]) -> Any:
        return await hass.services.async_call(
            DOMAIN, service, data, blocking=True, return_response=True
        )

    asset = await call(
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Furnace", "template": "furnace"},
    )
    for schedule in (
        {"every": 3, "unit": "months", "anchor": "fixed"},
        {"cron": "0 9 1 * *"},
        {"meter_entity_id": "sensor.hours", "meter_every": 250},
    ):
        await call(
            "create_task", {"asset_id": asset["asset_id"], "name": "Job", **schedule}
        )
    await call(
        "add_supply", {"asset_id": asset["asset_id"], "name": "Filter", "quantity": 2}
    )
    await call("capture", {"config_entry_id": entry.entry_id, "text": "Damp basement"})
    cabin = await setup_property(hass, "Cabin")
    await call("create_asset", {"config_entry_id": cabin.entry_id, "name": "Stove"})
    await settle(hass)


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("service", sorted(SERVICES))
@given(data=st.data())
async def test_every_action_refuses_cleanly_or_round_trips(
    hass: HomeAssistant, service: str, data: st.DataObject
) -> None:
    """Call one action with generated fields; check the outcome as the module says."""
    ids = await known_ids(hass)
    fields = fields_of(service)
    # Careful calls reach deep into the commands; one wild field tests each field's
    # refusal; all-wild calls test everything at once.
    mode = data.draw(st.sampled_from(["careful", "one wild", "all wild"]), label="mode")
    wild = data.draw(st.sampled_from(fields), label="wild field") if fields else None
    call_data: dict[str, Any] = {}
    for field in fields:
        must = field in required_fields(service) and mode != "all wild"
        if not must and not data.draw(st.booleans(), label=f"give {field}"):
            continue
        if mode == "all wild" or (mode == "one wild" and field == wild):
            values = st.one_of(sensible(field, ids), WILD)
        else:
            values = sensible(field, ids)
        call_data[field] = data.draw(values, label=field)
    if mode == "careful":
        # A careful caller names a record once (not an asset and another's device).
        if "asset_id" in call_data:
            call_data.pop("device_id", None)
        if service != "capture" and {"asset_id", "task_id"} & call_data.keys():
            call_data.pop("config_entry_id", None)
    answers = hass.services.supports_response(DOMAIN, service)
    before = await db_dump(hass)
    try:
        await hass.services.async_call(
            DOMAIN,
            service,
            call_data,
            blocking=True,
            return_response=answers is not SupportsResponse.NONE,
        )
    except HomeAssistantError as err:  # ServiceValidationError included
        refusal: HomeAssistantError | None = err
    else:
        refusal = None
    event(f"refused: {refusal.translation_key}" if refusal else "done")
    if refusal is not None:
        message = str(refusal)
        assert refusal.translation_key, f"untranslated refusal: {message!r}"
        assert not any(leak in message for leak in LEAKS), message
        await hass.async_block_till_done()
        assert await db_dump(hass) == before, f"{service} refused but wrote"
        return
    await settle(hass)
    await async_check_exports(hass)
