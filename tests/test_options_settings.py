"""The options flow (a property's settings) and the translations its form needs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import DOMAIN
from custom_components.haven.options_flow import HavenOptionsFlow
from custom_components.haven.recurrence import ANCHOR_COMPLETION, ANCHOR_FIXED, UNITS
from custom_components.haven.settings_form import SETTINGS_SECTIONS

from .conftest import setup_property

pytestmark = pytest.mark.storage

TRANSLATIONS = json.loads(
    (
        Path(__file__).parents[1] / "custom_components/haven/translations/en.json"
    ).read_text(encoding="utf-8")
)

SAVED = {
    "notify_targets": ["notify.kitchen_display"],
    "reminder_time": "08:15:00",
    "repeat_days": 2,
    "quiet_start": "22:00:00",
    "quiet_end": "07:00:00",
    "shopping_list": "todo.shopping",
    "stt_pipeline": "pipeline_1",
    "ai_task_entity": "ai_task.assistant",
    "task_entities": True,
    "warranty_reminder_days": 45,
    "budget": 2500.0,
}


def form_input(values: dict[str, Any]) -> dict[str, Any]:
    """Return what the frontend sends for settings: one dict per section."""
    sections: dict[str, dict[str, Any]] = {
        "reminders": {},
        "money": {},
        "capture": {},
        "entities": {},
    }
    for key, value in values.items():
        name = next(n for n, keys in SETTINGS_SECTIONS.items() if key in keys)
        if value is not None:
            sections[name][key] = value
    return sections


async def open_settings(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any]:
    """Open the options flow: its one form is the settings."""
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "init"
    return dict(result)


async def submit(
    hass: HomeAssistant, result: dict[str, Any], user_input: dict[str, Any]
) -> dict[str, Any]:
    """Submit the flow's current form."""
    return dict(
        await hass.config_entries.options.async_configure(result["flow_id"], user_input)
    )


async def test_settings_saved_and_applied(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Saving writes the options, ends the flow and reloads the property."""
    result = await open_settings(hass, entry)
    assert [str(key) for key in result["data_schema"].schema] == [
        "reminders",
        "money",
        "capture",
        "entities",
    ]
    result = await submit(hass, result, form_input(SAVED))
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert dict(entry.options) == SAVED
    assert entry.state.value == "loaded"
    assert entry.runtime_data.clock.reminders.settings.targets == (
        "notify.kitchen_display",
    )


async def test_settings_defaults(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """A new property shows the defaults; per-task entities are off."""
    result = await open_settings(hass, entry)
    values = result["data_schema"](
        {"reminders": {}, "money": {}, "capture": {}, "entities": {}}
    )
    assert values["reminders"]["reminder_time"] == "09:00:00"
    assert values["reminders"]["repeat_days"] == 0
    assert values["entities"] == {"task_entities": False}
    result = await submit(hass, result, values)
    await hass.async_block_till_done()
    # Nothing was changed, so nothing was written.
    assert entry.options == {}


async def test_settings_emptied_field_clears_it(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """An optional setting left empty is cleared; the others stay."""
    entry = MockConfigEntry(
        domain=DOMAIN, title="Home", data={"name": "Home"}, options=SAVED
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    result = await open_settings(hass, entry)
    changed = {
        **SAVED,
        "notify_targets": None,
        "quiet_start": None,
        "quiet_end": None,
        "ai_task_entity": None,
    }
    await submit(hass, result, form_input(changed))
    await hass.async_block_till_done()
    assert dict(entry.options) == {**changed, "notify_targets": []}


async def test_settings_never_lose_what_changed_meanwhile(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Only what the person changed is written, over the options as they are now.

    The peers' autosave race lost notification settings: a form saved everything it
    had shown, over changes made while it was open. Here a repair drops a phone and
    another window sets the shopping list while the form is open; saving a new
    reminder time keeps both, and keeps an option the form does not know.
    """
    hass.config_entries.async_update_entry(
        entry,
        options={"notify_targets": ["notify.mobile_app_a", "notify.mobile_app_b"]},
    )
    result = await open_settings(hass, entry)
    shown = result["data_schema"](
        {"reminders": {}, "money": {}, "capture": {}, "entities": {}}
    )
    # The form pre-fills the phones (a suggested value), as the frontend sends them back.
    reminders = result["data_schema"].schema["reminders"].schema.schema
    (targets,) = (key for key in reminders if key == "notify_targets")
    shown["reminders"]["notify_targets"] = targets.description["suggested_value"]
    assert shown["reminders"]["notify_targets"] == [
        "notify.mobile_app_a",
        "notify.mobile_app_b",
    ]
    hass.config_entries.async_update_entry(
        entry,
        options={
            "notify_targets": ["notify.mobile_app_a"],
            "shopping_list": "todo.shopping",
            "added_by_a_newer_haven": 1,
        },
    )
    shown["reminders"]["reminder_time"] = "07:30:00"
    result = await submit(hass, result, shown)
    await hass.async_block_till_done()
    assert dict(entry.options) == {
        "notify_targets": ["notify.mobile_app_a"],
        "shopping_list": "todo.shopping",
        "added_by_a_newer_haven": 1,
        "reminder_time": "07:30:00",
    }


async def test_task_entities_option_reloads_only_its_property(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """Turning per-task entities on is saved for that property alone."""
    home = await setup_property(hass, "Home")
    cabin = await setup_property(hass, "Cabin")
    result = await open_settings(hass, home)
    values = result["data_schema"](
        {"reminders": {}, "money": {}, "capture": {}, "entities": {}}
    )
    values["entities"]["task_entities"] = True
    await submit(hass, result, values)
    await hass.async_block_till_done()
    assert home.options == {"task_entities": True}
    assert cabin.options == {}


# Translations: every step, menu option, section, error and select option has words.


def test_every_options_step_is_translated() -> None:
    """The one step has a title and words for each section and setting."""
    steps = TRANSLATIONS["options"]["step"]
    flow_steps = {
        name.removeprefix("async_step_")
        for name in dir(HavenOptionsFlow)
        if name.startswith("async_step_")
    }
    assert flow_steps == set(steps) == {"init"}
    assert steps["init"]["title"].strip()
    assert set(steps["init"]["sections"]) == set(SETTINGS_SECTIONS)
    for name, keys in SETTINGS_SECTIONS.items():
        assert set(steps["init"]["sections"][name]["data"]) == set(keys)


def test_the_property_form_refusals_are_translated() -> None:
    """The property's own form (name, address) has words for what it refuses."""
    assert {"name_exists", "database_not_ready"} <= set(TRANSLATIONS["config"]["error"])


@pytest.mark.parametrize(
    ("translation_key", "values"),
    [("unit", UNITS), ("anchor", (ANCHOR_COMPLETION, ANCHOR_FIXED))],
)
def test_every_select_option_is_translated(
    translation_key: str, values: tuple[str, ...]
) -> None:
    """The selector section names every option of Haven's drop-downs."""
    options = TRANSLATIONS["selector"][translation_key]["options"]
    assert set(options) == set(values)
    assert all(label.strip() for label in options.values())


async def test_forms_reach_the_frontend(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: Any
) -> None:
    """The forms serialise as the frontend receives them: sections, translated selects."""
    assert await async_setup_component(hass, "config", {})
    client = await hass_client()
    response = await client.post(
        "/api/config/config_entries/options/flow", json={"handler": entry.entry_id}
    )
    assert response.status == 200
    result = await response.json()
    assert (result["type"], result["step_id"]) == ("form", "init")
    sections = {field["name"]: field for field in result["data_schema"]}
    assert {name: field["type"] for name, field in sections.items()} == {
        "reminders": "expandable",
        "money": "expandable",
        "capture": "expandable",
        "entities": "expandable",
    }
    entities = sections["entities"]["schema"]
    assert entities[0]["name"] == "task_entities"
    assert "boolean" in entities[0]["selector"]
