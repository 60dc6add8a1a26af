"""Money: the year's upkeep sensor across New Year, the budget, history totals.

Everything is real: Home Assistant, the recorder, the scheduler's clock (moved with
freezer), the options flow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant import loader
from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
    async_test_home_assistant,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Announcement
from custom_components.haven.validation import parse_budget

from .conftest import db_dump, db_rows, local, move_to, setup_property, table_away

pytestmark = pytest.mark.storage


async def call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    """Call one of Haven's actions and return its answer."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


async def log_cost(
    hass: HomeAssistant, asset_id: str, cost: float, when: str, action: str = "Repair"
) -> None:
    """Log maintenance with a cost at a local time."""
    await hass.services.async_call(
        DOMAIN,
        "log_maintenance",
        {
            "asset_id": asset_id,
            "action": action,
            "cost": cost,
            "performed_at": local(when).isoformat(),
        },
        blocking=True,
        return_response=True,
    )


def entity_id(hass: HomeAssistant, domain: str, unique_id: str) -> str:
    """Return an entity id from its unique id."""
    found = er.async_get(hass).async_get_entity_id(domain, DOMAIN, unique_id)
    assert found is not None
    return found


def spent_sensor(hass: HomeAssistant, entry: MockConfigEntry) -> str:
    """Return the entity id of a property's upkeep-this-year sensor."""
    return entity_id(hass, "sensor", f"{entry.runtime_data.view.property_id}_spent")


async def test_upkeep_sensor_across_new_year(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A cost on Dec 31 23:59 counts for the old year, one at 00:01 for the new one."""
    hass.config.currency = "EUR"
    freezer.move_to(local("2025-12-31T23:59:30"))
    entry = await setup_property(hass)
    asset = await call(
        hass, "create_asset", config_entry_id=entry.entry_id, name="Boiler"
    )
    sensor = spent_sensor(hass, entry)
    problem = entity_id(hass, "binary_sensor", f"{asset['asset_id']}_overdue")

    state = hass.states.get(sensor)
    assert state is not None
    assert state.name == "Home Upkeep this year"
    assert state.attributes["device_class"] == "monetary"
    assert state.attributes["state_class"] == "total"
    assert state.attributes["unit_of_measurement"] == "EUR"
    assert float(state.state) == 0

    await log_cost(hass, asset["asset_id"], 40, "2025-12-31T23:59:00")
    state = hass.states.get(sensor)
    assert state is not None
    assert float(state.state) == 40
    assert (
        state.attributes["last_reset"]
        == local("2025-01-01T00:00:00").astimezone(dt_util.UTC).isoformat()
    )
    assert state.attributes["year"] == 2025
    assert "budget" not in state.attributes
    attributes = hass.states.get(problem).attributes  # type: ignore[union-attr]
    assert (attributes["cost_total"], attributes["cost_this_year"]) == (40, 40)

    # New Year's midnight: the sums of the year start again, the total stays.
    await move_to(hass, freezer, "2026-01-01T00:00:30")
    state = hass.states.get(sensor)
    assert state is not None
    assert float(state.state) == 0
    assert (
        state.attributes["last_reset"]
        == local("2026-01-01T00:00:00").astimezone(dt_util.UTC).isoformat()
    )
    assert state.attributes["year"] == 2026
    attributes = hass.states.get(problem).attributes  # type: ignore[union-attr]
    assert (attributes["cost_total"], attributes["cost_this_year"]) == (40, 0)

    await move_to(hass, freezer, "2026-01-01T00:02:00")
    await log_cost(hass, asset["asset_id"], 25, "2026-01-01T00:01:00")
    # Logged late, done last year: in the asset's total, not in this year's.
    await log_cost(hass, asset["asset_id"], 10, "2025-12-31T23:59:00")
    assert float(hass.states.get(sensor).state) == 25  # type: ignore[union-attr]
    attributes = hass.states.get(problem).attributes  # type: ignore[union-attr]
    assert (attributes["cost_total"], attributes["cost_this_year"]) == (75, 25)

    # After a restart of the property the sums read the same from the database.
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert float(hass.states.get(sensor).state) == 25  # type: ignore[union-attr]
    attributes = hass.states.get(problem).attributes  # type: ignore[union-attr]
    assert (attributes["cost_total"], attributes["cost_this_year"]) == (75, 25)


async def test_new_year_with_the_database_away_retries_later(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The year's sums cannot be read at midnight: a warning, then a retry that works."""
    hass.config.currency = "EUR"
    freezer.move_to(local("2025-12-31T23:00:00"))
    entry = await setup_property(hass)
    asset = await call(
        hass, "create_asset", config_entry_id=entry.entry_id, name="Boiler"
    )
    await log_cost(hass, asset["asset_id"], 40, "2025-12-31T22:00:00")
    sensor = spent_sensor(hass, entry)

    # The log table is out of reach over midnight (as a database tool would leave it).
    async with table_away(hass, "haven_log"):
        await move_to(hass, freezer, "2026-01-01T00:00:30")
        assert "could not start the year's costs" in caplog.text
        assert hass.states.get(sensor).attributes["year"] == 2025  # type: ignore[union-attr]

    # Back before the retry: the next try, five minutes on, starts the new year.
    await move_to(hass, freezer, "2026-01-01T00:04:00")
    assert hass.states.get(sensor).attributes["year"] == 2025  # type: ignore[union-attr]
    await move_to(hass, freezer, "2026-01-01T00:06:00")
    state = hass.states.get(sensor)
    assert state is not None
    assert state.attributes["year"] == 2026
    assert float(state.state) == 0


async def test_history_totals_by_asset_and_year(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """haven.get_history sums the costs of the rows it returns by asset and year."""
    freezer.move_to(local("2026-03-01T12:00:00"))
    entry = await setup_property(hass)
    boiler = await call(
        hass, "create_asset", config_entry_id=entry.entry_id, name="Boiler"
    )
    roof = await call(hass, "create_asset", config_entry_id=entry.entry_id, name="Roof")
    await log_cost(hass, boiler["asset_id"], 100, "2024-12-31T23:59:00")
    await log_cost(hass, boiler["asset_id"], 50.5, "2025-01-01T00:01:00")
    await log_cost(hass, roof["asset_id"], 1200, "2025-06-01T10:00:00")
    await log_cost(hass, roof["asset_id"], 80, "2026-02-01T10:00:00")

    history = await call(hass, "get_history", config_entry_id=entry.entry_id)
    assert len(history["logs"]) == 4
    assert history["total_cost"] == 1430.5
    assert sorted((row["name"], row["cost"]) for row in history["totals_by_asset"]) == [
        ("Boiler", 150.5),
        ("Roof", 1280),
    ]
    assert history["totals_by_year"] == [
        {"year": 2024, "cost": 100},
        {"year": 2025, "cost": 1250.5},
        {"year": 2026, "cost": 80},
    ]
    one = await call(hass, "get_history", asset_id=roof["asset_id"])
    assert one["totals_by_asset"] == [
        {"asset_id": roof["asset_id"], "name": "Roof", "cost": 1280}
    ]


async def test_budget_passed_fires_once_a_year(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Passing the budget fires once; more spending or a reload does not fire again."""
    hass.config.currency = "USD"
    freezer.move_to(local("2026-03-01T12:00:00"))
    entry = await setup_property(hass, options={"budget": 500})
    events = async_capture_events(hass, "haven_budget_exceeded")
    asset = await call(
        hass, "create_asset", config_entry_id=entry.entry_id, name="Roof"
    )
    sensor = spent_sensor(hass, entry)

    await log_cost(hass, asset["asset_id"], 500, "2026-02-01T10:00:00")
    await hass.async_block_till_done()
    attributes = hass.states.get(sensor).attributes  # type: ignore[union-attr]
    assert (attributes["budget"], attributes["budget_left"]) == (500, 0)
    assert attributes["over_budget"] is False
    assert events == []  # reaching the budget is not passing it

    await log_cost(hass, asset["asset_id"], 0.01, "2026-02-02T10:00:00")
    await hass.async_block_till_done()
    assert len(events) == 1
    assert events[0].data == {
        "config_entry_id": entry.entry_id,
        "year": 2026,
        "budget": 500,
        "spent": 500.01,
        "over_by": 0.01,
        "currency": "USD",
    }
    attributes = hass.states.get(sensor).attributes  # type: ignore[union-attr]
    assert attributes["over_budget"] is True
    assert attributes["budget_left"] == 0

    await log_cost(hass, asset["asset_id"], 99, "2026-02-03T10:00:00")
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert len(events) == 1
    notices = [r for r in await db_rows(hass, Announcement) if r.kind == "budget"]
    assert len(notices) == 1

    # A new year is a new budget: passed again, warned again.
    freezer.move_to(local("2027-01-10T12:00:00"))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    await log_cost(hass, asset["asset_id"], 600, "2027-01-09T10:00:00")
    await hass.async_block_till_done()
    assert [event.data["year"] for event in events] == [2026, 2027]


async def test_budget_warning_not_recorded_comes_with_the_next_cost(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The warning cannot be recorded: not fired, then fired with the next cost."""
    freezer.move_to(local("2026-03-01T12:00:00"))
    entry = await setup_property(hass, options={"budget": 100})
    events = async_capture_events(hass, "haven_budget_exceeded")
    asset = await call(
        hass, "create_asset", config_entry_id=entry.entry_id, name="Roof"
    )
    async with table_away(hass, "haven_announcement"):
        await log_cost(hass, asset["asset_id"], 150, "2026-02-01T10:00:00")
        await hass.async_block_till_done()
        assert "could not record the budget warning" in caplog.text
        assert events == []
    await log_cost(hass, asset["asset_id"], 5, "2026-02-02T10:00:00")
    await log_cost(hass, asset["asset_id"], 5, "2026-02-03T10:00:00")
    await hass.async_block_till_done()
    assert [event.data["spent"] for event in events] == [155]


@pytest.mark.parametrize("persistent_database", [True])
async def test_budget_warning_survives_restarts(
    async_test_recorder: Any, tmp_path: Path, freezer: FrozenDateTimeFactory
) -> None:
    """A budget lowered below the spend warns at start-up, once across restarts."""
    freezer.move_to(local("2026-05-01T12:00:00"))
    entry_id = ""
    fired = []
    for restart in range(3):
        async with (
            async_test_home_assistant(config_dir=str(tmp_path)) as hass,
            async_test_recorder(hass),
        ):
            hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
            events = async_capture_events(hass, "haven_budget_exceeded")
            entry = MockConfigEntry(
                domain=DOMAIN,
                title="Home",
                data={"name": "Home"},
                options={"budget": 100} if restart else {},
                **({"entry_id": entry_id} if entry_id else {}),
            )
            entry.add_to_hass(hass)
            assert await hass.config_entries.async_setup(entry.entry_id)
            await hass.async_block_till_done()
            if restart == 0:
                entry_id = entry.entry_id
                asset = await call(
                    hass, "create_asset", config_entry_id=entry_id, name="Roof"
                )
                await log_cost(hass, asset["asset_id"], 250, "2026-04-01T10:00:00")
            fired.append(len(events))
            await hass.async_stop()
    assert fired == [0, 1, 0]


async def test_bad_budget_is_refused(
    recorder_mock: Recorder, hass: HomeAssistant
) -> None:
    """A budget of zero or less: a translated refusal, the settings unchanged."""
    entry = await setup_property(hass, options={"budget": 800})
    before = await db_dump(hass)
    for bad in (0, -5, 0.001):
        flow = await hass.config_entries.options.async_init(entry.entry_id)
        result = await hass.config_entries.options.async_configure(
            flow["flow_id"],
            {
                "reminders": {"reminder_time": "09:00:00", "repeat_days": 0},
                "money": {"budget": bad},
                "capture": {},
                "entities": {"task_entities": False},
            },
        )
        assert result["type"] is FlowResultType.FORM
        assert result["errors"] == {"base": "invalid_budget"}
        hass.config_entries.options.async_abort(flow["flow_id"])
    assert entry.options == {"budget": 800}
    assert await db_dump(hass) == before

    # A good one is saved, and the property reloads with it.
    flow = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        flow["flow_id"],
        {
            "reminders": {"reminder_time": "09:00:00", "repeat_days": 0},
            "money": {"budget": 1250.5},
            "capture": {},
            "entities": {"task_entities": False},
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options["budget"] == 1250.5
    attributes = hass.states.get(spent_sensor(hass, entry)).attributes  # type: ignore[union-attr]
    assert attributes["budget"] == 1250.5


async def test_budget_parsing(recorder_mock: Recorder, hass: HomeAssistant) -> None:
    """A budget is an amount above 0 in cents; empty is none."""
    with pytest.raises(ServiceValidationError) as err:
        parse_budget(-1)
    assert err.value.translation_key == "invalid_budget"
    assert parse_budget("") is None
    assert str(parse_budget("99.90")) == "99.90"
