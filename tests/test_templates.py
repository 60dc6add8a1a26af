"""Tests for the asset template catalogue and its loader."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import json
from pathlib import Path
import re
import threading
from typing import Any
from unittest.mock import patch

from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
import pytest

from custom_components.haven import templates as templates_module
from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Supply, Task
from custom_components.haven.templates import (
    CATALOGUE_PATH,
    AssetTemplate,
    SupplyTemplate,
    TaskTemplate,
    async_get_templates,
    load_templates,
    localise,
)

from .conftest import db_rows, setup_property

REQUIRED_IDS = {
    "furnace",
    "heat_pump",
    "ac_condenser",
    "water_heater_tank",
    "water_heater_tankless",
    "water_softener",
    "refrigerator",
    "dishwasher",
    "washing_machine",
    "dryer",
    "range_hood",
    "smoke_alarm",
    "co_alarm",
    "garage_door",
    "gutters",
    "roof",
    "sump_pump",
    "septic",
    "well",
    "fireplace",
    "lawn_mower",
    "generator",
    "pool",
    "car",
}

type Catalogue = dict[str, Any]


def shipped() -> Catalogue:
    """Return a fresh copy of the shipped catalogue as plain JSON data."""
    return json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))


def template(catalogue: Catalogue, template_id: str) -> dict[str, Any]:
    """Return one template of a catalogue by id."""
    return next(tpl for tpl in catalogue["templates"] if tpl["id"] == template_id)


def write(tmp_path: Path, catalogue: Catalogue) -> Path:
    """Write a catalogue to a temporary file."""
    path = tmp_path / "templates.json"
    path.write_text(json.dumps(catalogue), encoding="utf-8")
    return path


def test_shipped_catalogue_loads() -> None:
    templates = load_templates()

    assert len(templates) >= 30
    assert templates.keys() >= REQUIRED_IDS
    assert all(key == tpl.id for key, tpl in templates.items())


def test_shipped_catalogue_is_ordered_by_name() -> None:
    names = [tpl.name for tpl in load_templates().values()]

    assert names == sorted(names, key=str.casefold)


@pytest.mark.parametrize("template_id", ["smoke_alarm", "co_alarm"])
def test_alarms_have_a_monthly_high_priority_test(template_id: str) -> None:
    alarm = load_templates()[template_id]

    assert alarm.category == "safety"
    test = next(task for task in alarm.tasks if task.key == "test")
    assert test.name == "Test the alarm"
    assert test.priority == 3
    assert (test.every, test.unit) == (1, "months")


def test_furnace_template() -> None:
    furnace = load_templates()["furnace"]

    assert (furnace.name, furnace.category) == ("Furnace", "hvac")
    assert furnace.tasks[0] == TaskTemplate(
        key="filter",
        name="Replace the air filter",
        every=3,
        unit="months",
        lead_days=7,
        priority=2,
        notes=furnace.tasks[0].notes,
    )
    assert furnace.tasks[0].notes
    assert (
        SupplyTemplate(
            name="Furnace air filter",
            task="filter",
            part_number=None,
            purchase_url=None,
            quantity=None,
        )
        in furnace.supplies
    )


def test_shipped_supplies_are_left_for_the_user_to_fill_in() -> None:
    supplies = [supply for tpl in load_templates().values() for supply in tpl.supplies]

    assert supplies
    assert all(supply.purchase_url is None for supply in supplies)
    assert all(supply.quantity is None for supply in supplies)


def test_minimal_catalogue_defaults_and_order(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "version": 1,
            "templates": [
                {
                    "id": "shed",
                    "name": "Shed",
                    "category": "general",
                    "tasks": [
                        {
                            "key": "roof",
                            "name": "Check the roof",
                            "every": 1,
                            "unit": "years",
                            "lead_days": 0,
                            "priority": 0,
                        }
                    ],
                    "supplies": [{"name": "Roofing felt"}],
                },
                {
                    "id": "attic",
                    "name": "attic",
                    "category": "general",
                    "tasks": [
                        {
                            "key": "look",
                            "name": "Inspect the attic",
                            "every": 2,
                            "unit": "days",
                            "lead_days": 1,
                            "priority": 3,
                        }
                    ],
                    "supplies": [],
                },
            ],
        },
    )

    templates = load_templates(path)

    assert list(templates) == ["attic", "shed"]
    assert templates["shed"] == AssetTemplate(
        id="shed",
        name="Shed",
        category="general",
        tasks=(TaskTemplate("roof", "Check the roof", 1, "years", 0, 0, None),),
        supplies=(SupplyTemplate("Roofing felt", None, None, None, None),),
    )


SHED: dict[str, Any] = {
    "id": "shed",
    "name": "Garden shed",
    "category": "general",
    "tasks": [
        {
            "key": "roof",
            "name": "Check the roof for leaks",
            "every": 1,
            "unit": "years",
            "lead_days": 30,
            "priority": 1,
        }
    ],
    "supplies": [{"name": "Roofing felt", "task": "roof"}],
}


def test_adding_a_template_is_one_json_entry(tmp_path: Path) -> None:
    catalogue = shipped()
    catalogue["templates"].append(SHED)

    templates = load_templates(write(tmp_path, catalogue))

    assert templates.keys() == load_templates().keys() | {"shed"}
    assert templates["shed"] == AssetTemplate(
        id="shed",
        name="Garden shed",
        category="general",
        tasks=(
            TaskTemplate("roof", "Check the roof for leaks", 1, "years", 30, 1, None),
        ),
        supplies=(SupplyTemplate("Roofing felt", "roof", None, None, None),),
    )


@pytest.mark.storage
async def test_an_added_template_creates_its_tasks(
    tmp_path: Path, recorder_mock: Recorder, hass: HomeAssistant
) -> None:
    """No code change is needed: the action finds the new entry and creates from it."""
    catalogue = shipped()
    catalogue["templates"].append(SHED)
    with patch.object(templates_module, "CATALOGUE_PATH", write(tmp_path, catalogue)):
        entry = await setup_property(hass)
        response = await hass.services.async_call(
            DOMAIN,
            "create_asset",
            {"config_entry_id": entry.entry_id, "name": "Shed", "template": "shed"},
            blocking=True,
            return_response=True,
        )

    assert response is not None
    [task] = await db_rows(hass, Task)
    [supply] = await db_rows(hass, Supply)
    assert response["task_ids"] == [task.id]
    assert (task.name, task.interval_every, task.interval_unit) == (
        "Check the roof for leaks",
        1,
        "years",
    )
    assert (supply.name, supply.task_id) == ("Roofing felt", task.id)


def _furnace_task(catalogue: Catalogue) -> dict[str, Any]:
    return template(catalogue, "furnace")["tasks"][0]


def _furnace_supply(catalogue: Catalogue) -> dict[str, Any]:
    return template(catalogue, "furnace")["supplies"][0]


FURNACE = "template 'furnace'"
FILTER = f"{FURNACE}, task 'filter'"
FILTER_SUPPLY = f"{FURNACE}, supply 'Furnace air filter'"

# Each variant breaks one rule of the shipped catalogue; the message names where.
BROKEN: dict[str, tuple[Callable[[Catalogue], object], str]] = {
    "wrong version": (
        lambda c: c.update(version=2),
        "version: value must be one of [1]",
    ),
    "version as boolean": (
        lambda c: c.update(version=True),
        "version: expected a whole number, not True",
    ),
    "missing version": (
        lambda c: c.pop("version"),
        "version: required key not provided",
    ),
    "no templates": (
        lambda c: c.update(templates=[]),
        "templates: length of value must be at least 1",
    ),
    "template not an object": (
        lambda c: c["templates"].insert(0, "furnace"),
        "template #1: expected a dictionary",
    ),
    "id not snake case": (
        lambda c: template(c, "furnace").update(id="Gas-Furnace"),
        "template 'Gas-Furnace', id: expected lower_snake_case",
    ),
    "expected life of no years": (
        lambda c: template(c, "furnace").update(expected_life_years=0),
        f"{FURNACE}, expected_life_years: value must be at least 1",
    ),
    "expected life as text": (
        lambda c: template(c, "furnace").update(expected_life_years="18"),
        f"{FURNACE}, expected_life_years: expected a whole number, not '18'",
    ),
    "duplicate id": (
        lambda c: template(c, "heat_pump").update(id="furnace"),
        "template 'furnace', id: 'furnace' is used twice",
    ),
    "duplicate name, whatever the case": (
        lambda c: template(c, "heat_pump").update(name="furnace"),
        "template 'heat_pump', name: 'furnace' is used twice",
    ),
    "name too long": (
        lambda c: template(c, "furnace").update(name="F" * 61),
        f"{FURNACE}, name: length of value must be at most 60",
    ),
    "empty name": (
        lambda c: template(c, "furnace").update(name=""),
        f"{FURNACE}, name: expected text, not blank or space-padded",
    ),
    "name with stray spaces": (
        lambda c: template(c, "furnace").update(name="Furnace "),
        f"{FURNACE}, name: expected text, not blank or space-padded",
    ),
    "name not text": (
        lambda c: template(c, "furnace").update(name=7),
        f"{FURNACE}, name: expected str",
    ),
    "unknown category": (
        lambda c: template(c, "furnace").update(category="heating"),
        f"{FURNACE}, category: value must be one of ['electrical', 'exterior',",
    ),
    "missing field": (
        lambda c: template(c, "furnace").pop("supplies"),
        f"{FURNACE}, supplies: required key not provided",
    ),
    "misspelt field": (
        lambda c: _furnace_task(c).update(lead_day=3),
        f"{FILTER}, lead_day: extra keys not allowed",
    ),
    "no tasks": (
        lambda c: template(c, "furnace").update(tasks=[]),
        f"{FURNACE}, tasks: length of value must be at least 1",
    ),
    "duplicate task key": (
        lambda c: template(c, "furnace")["tasks"][1].update(key="filter"),
        f"{FILTER}, key: 'filter' is used twice",
    ),
    "task key not snake case": (
        lambda c: _furnace_task(c).update(key="Filter"),
        f"{FURNACE}, task 'Filter', key: expected lower_snake_case",
    ),
    "task name not imperative": (
        lambda c: _furnace_task(c).update(name="Filter replacement"),
        (
            f"{FILTER}, name: must start with a verb from VERBS, like 'Replace'; "
            "not 'Filter'"
        ),
    ),
    "task name too long": (
        lambda c: _furnace_task(c).update(name="Replace " + "x" * 93),
        f"{FILTER}, name: length of value must be at most 100",
    ),
    "unknown unit": (
        lambda c: _furnace_task(c).update(unit="fortnights"),
        f"{FILTER}, unit: value must be one of ['days', 'months', 'weeks', 'years']",
    ),
    "zero interval": (
        lambda c: _furnace_task(c).update(every=0),
        f"{FILTER}, every: value must be at least 1",
    ),
    "interval as text": (
        lambda c: _furnace_task(c).update(every="3"),
        f"{FILTER}, every: expected a whole number, not '3'",
    ),
    "interval as boolean": (
        lambda c: _furnace_task(c).update(every=True),
        f"{FILTER}, every: expected a whole number, not True",
    ),
    "fractional interval": (
        lambda c: _furnace_task(c).update(every=1.5),
        f"{FILTER}, every: expected a whole number, not 1.5",
    ),
    "lead days too long": (
        lambda c: _furnace_task(c).update(every=1, unit="years", lead_days=61),
        f"{FILTER}, lead_days: value must be at most 60",
    ),
    "negative lead days": (
        lambda c: _furnace_task(c).update(lead_days=-1),
        f"{FILTER}, lead_days: value must be at least 0",
    ),
    "lead days as long as the interval": (
        lambda c: _furnace_task(c).update(every=1, unit="weeks", lead_days=7),
        f"{FILTER}, lead_days: 7 must be shorter than the interval (every 1 weeks)",
    ),
    "lead days as long as the shortest month": (
        lambda c: _furnace_task(c).update(every=1, unit="months", lead_days=28),
        f"{FILTER}, lead_days: 28 must be shorter than the interval (every 1 months)",
    ),
    "priority too high": (
        lambda c: _furnace_task(c).update(priority=4),
        f"{FILTER}, priority: value must be at most 3",
    ),
    "priority too low": (
        lambda c: _furnace_task(c).update(priority=-1),
        f"{FILTER}, priority: value must be at least 0",
    ),
    "notes too long": (
        lambda c: _furnace_task(c).update(notes="n" * 161),
        f"{FILTER}, notes: length of value must be at most 160",
    ),
    "notes not text": (
        lambda c: _furnace_task(c).update(notes=["tip"]),
        f"{FILTER}, notes: expected str",
    ),
    "safety template without a top priority task": (
        lambda c: [
            task.update(priority=2) for task in template(c, "smoke_alarm")["tasks"]
        ],
        "template 'smoke_alarm', tasks: a safety template needs a task with priority 3",
    ),
    "supply for an unknown task": (
        lambda c: _furnace_supply(c).update(task="filters"),
        (
            f"{FILTER_SUPPLY}, task: 'filters' is not one of the task keys filter, "
            "service, condensate, registers"
        ),
    ),
    "supply with a purchase url": (
        lambda c: _furnace_supply(c).update(purchase_url="https://example.com/f"),
        f"{FILTER_SUPPLY}, purchase_url: must be null",
    ),
    "supply with a quantity": (
        lambda c: _furnace_supply(c).update(quantity=2),
        f"{FILTER_SUPPLY}, quantity: must be null",
    ),
    "supply with a blank part number": (
        lambda c: _furnace_supply(c).update(part_number=" "),
        f"{FILTER_SUPPLY}, part_number: expected text, not blank or space-padded",
    ),
    "supply without a name": (
        lambda c: _furnace_supply(c).pop("name"),
        f"{FURNACE}, supply #1, name: required key not provided",
    ),
    "supplies not a list": (
        lambda c: template(c, "furnace").update(supplies={}),
        f"{FURNACE}, supplies: expected a list",
    ),
}


@pytest.mark.parametrize(("break_it", "message"), BROKEN.values(), ids=BROKEN.keys())
def test_load_rejects_a_broken_catalogue(
    tmp_path: Path, break_it: Callable[[Catalogue], object], message: str
) -> None:
    catalogue = shipped()
    # Compared as JSON text, where true and 1 differ.
    before = json.dumps(catalogue)
    break_it(catalogue)
    assert json.dumps(catalogue) != before, "the variant must change the catalogue"

    with pytest.raises(ValueError, match=_wording(f"templates.json: {message}")):
        load_templates(write(tmp_path, catalogue))


def _wording(message: str) -> str:
    """Return a pattern for a message in the wording of either voluptuous release.

    HA 2026.2's voluptuous says "expected a dictionary" and "extra keys not allowed";
    newer HA's says "expected a mapping" and "not a valid option, did you mean …".
    """
    pattern = re.escape(message)
    for old, new in (
        ("dictionary", "(?:dictionary|mapping)"),
        (
            re.escape("extra keys not allowed"),
            "(?:extra keys not allowed|not a valid option)",
        ),
    ):
        pattern = pattern.replace(old, new)
    return pattern


def test_load_names_every_problem_of_an_entry(tmp_path: Path) -> None:
    catalogue = shipped()
    _furnace_task(catalogue).update(every=0, unit="fortnights")

    with pytest.raises(ValueError, match=r"^templates\.json: ") as err:
        load_templates(write(tmp_path, catalogue))

    assert f"{FILTER}, every: value must be at least 1" in str(err.value)
    assert f"{FILTER}, unit: value must be one of" in str(err.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "templates.json: cannot be parsed: Expecting property name"),
        (
            '{"version": 1, "version": 1, "templates": []}',
            "templates.json: cannot be parsed: duplicate key 'version'",
        ),
        ("[]", "templates.json: expected a dictionary"),
    ],
    ids=["invalid json", "duplicate key", "not an object"],
)
def test_load_rejects_unreadable_json(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "templates.json"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ValueError, match=_wording(message)):
        load_templates(path)


async def test_async_get_templates_loads_once_off_the_loop(
    hass: HomeAssistant,
) -> None:
    threads: list[threading.Thread] = []

    def _load() -> dict[str, AssetTemplate]:
        threads.append(threading.current_thread())
        return load_templates()

    with patch.object(templates_module, "load_templates", _load):
        first = await async_get_templates(hass)
        second = await async_get_templates(hass)

    assert second is first
    assert first == load_templates()
    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()


async def test_async_get_templates_shares_one_object_between_first_callers(
    hass: HomeAssistant,
) -> None:
    first, second = await asyncio.gather(
        async_get_templates(hass), async_get_templates(hass)
    )

    assert second is first
    assert await async_get_templates(hass) is first


def test_localise_uses_a_language_s_names_and_keeps_english_for_the_rest() -> None:
    """Names and notes come from the language; a missing text stays English; by name."""
    english = load_templates()
    furnace, filter_task = english["furnace"], english["furnace"].tasks[0]
    texts = {
        "furnace.name": "Zentralheizung",
        f"furnace.tasks.{filter_task.key}.name": "Luftfilter wechseln",
        "furnace.supplies.furnace_air_filter": "Luftfilter",
        "dishwasher.name": "Geschirrspüler",
    }

    localised = localise(english, texts)

    heating = localised["furnace"]
    assert heating.name == "Zentralheizung"
    assert heating.tasks[0].name == "Luftfilter wechseln"
    # No German notes given: the English ones stay.
    assert heating.tasks[0].notes == filter_task.notes
    assert heating.tasks[1].name == furnace.tasks[1].name
    assert heating.supplies[0].name == "Luftfilter"
    # Everything else is as in English; the order follows the new names.
    assert heating.tasks[0].every == filter_task.every
    names = [t.name.casefold() for t in localised.values()]
    assert names == sorted(names)
    assert english["furnace"].name == furnace.name  # the English catalogue is untouched
