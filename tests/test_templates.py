"""Tests for the asset template catalogue and its loader."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import json
from pathlib import Path
import threading
from typing import Any
from unittest.mock import patch

from homeassistant.core import HomeAssistant
import pytest

from custom_components.haven import templates as templates_module
from custom_components.haven.templates import (
    CATALOGUE_PATH,
    AssetTemplate,
    SupplyTemplate,
    TaskTemplate,
    async_get_templates,
    load_templates,
)

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


def _furnace_task(catalogue: Catalogue) -> dict[str, Any]:
    return template(catalogue, "furnace")["tasks"][0]


def _furnace_supply(catalogue: Catalogue) -> dict[str, Any]:
    return template(catalogue, "furnace")["supplies"][0]


BROKEN: dict[str, tuple[Callable[[Catalogue], object], str]] = {
    "wrong version": (
        lambda c: c.update(version=2),
        r"templates\.json: version must be 1, not 2",
    ),
    "version as boolean": (
        lambda c: c.update(version=True),
        r"templates\.json: version must be 1, not True",
    ),
    "no templates": (
        lambda c: c.update(templates=[]),
        r"templates must not be empty",
    ),
    "template not an object": (
        lambda c: c["templates"].insert(0, "furnace"),
        r"template #1: must be a JSON object",
    ),
    "id not snake case": (
        lambda c: template(c, "furnace").update(id="Gas-Furnace"),
        r"id 'Gas-Furnace' must be lower_snake_case",
    ),
    "duplicate id": (
        lambda c: template(c, "heat_pump").update(id="furnace"),
        r"template 'furnace': id is used twice",
    ),
    "duplicate name": (
        lambda c: template(c, "heat_pump").update(name="furnace"),
        r"template 'heat_pump': name 'furnace' is used by another template",
    ),
    "name too long": (
        lambda c: template(c, "furnace").update(name="F" * 61),
        r"template 'furnace': name is 61 characters long, over 60",
    ),
    "empty name": (
        lambda c: template(c, "furnace").update(name="  "),
        r"template 'furnace': name must be a non-empty string",
    ),
    "name with stray spaces": (
        lambda c: template(c, "furnace").update(name="Furnace "),
        r"template 'furnace': name 'Furnace ' has leading or trailing spaces",
    ),
    "unknown category": (
        lambda c: template(c, "furnace").update(category="heating"),
        r"category 'heating' is not one of electrical, exterior, general, hvac",
    ),
    "missing field": (
        lambda c: template(c, "furnace").pop("supplies"),
        r"template #\d+: missing supplies",
    ),
    "misspelt field": (
        lambda c: _furnace_task(c).update(lead_day=3),
        r"template 'furnace', task #1: unknown field lead_day",
    ),
    "no tasks": (
        lambda c: template(c, "furnace").update(tasks=[]),
        r"template 'furnace': tasks must not be empty",
    ),
    "duplicate task key": (
        lambda c: template(c, "furnace")["tasks"][1].update(key="filter"),
        r"template 'furnace', task 'filter': key is used twice",
    ),
    "task key not snake case": (
        lambda c: _furnace_task(c).update(key="Filter"),
        r"task #1: key 'Filter' must be lower_snake_case",
    ),
    "task name not imperative": (
        lambda c: _furnace_task(c).update(name="Filter replacement"),
        r"task 'filter': name 'Filter replacement' must start with an imperative verb",
    ),
    "task name too long": (
        lambda c: _furnace_task(c).update(name="Replace " + "x" * 93),
        r"task 'filter': name is 101 characters long, over 100",
    ),
    "unknown unit": (
        lambda c: _furnace_task(c).update(unit="fortnights"),
        r"task 'filter': unit 'fortnights' is not one of days, months, weeks, years",
    ),
    "zero interval": (
        lambda c: _furnace_task(c).update(every=0),
        r"task 'filter': every 0 must be at least 1",
    ),
    "interval as text": (
        lambda c: _furnace_task(c).update(every="3"),
        r"task 'filter': every must be a whole number, not '3'",
    ),
    "interval as boolean": (
        lambda c: _furnace_task(c).update(every=True),
        r"task 'filter': every must be a whole number, not True",
    ),
    "fractional interval": (
        lambda c: _furnace_task(c).update(every=1.5),
        r"task 'filter': every must be a whole number, not 1\.5",
    ),
    "lead days too long": (
        lambda c: _furnace_task(c).update(every=1, unit="years", lead_days=61),
        r"task 'filter': lead_days 61 must be between 0 and 60",
    ),
    "negative lead days": (
        lambda c: _furnace_task(c).update(lead_days=-1),
        r"task 'filter': lead_days -1 must be between 0 and 60",
    ),
    "lead days as long as the interval": (
        lambda c: _furnace_task(c).update(every=1, unit="weeks", lead_days=7),
        r"task 'filter': lead_days 7 must be shorter than the interval \(every 1 weeks\)",
    ),
    "lead days longer than the shortest month": (
        lambda c: _furnace_task(c).update(every=1, unit="months", lead_days=28),
        r"lead_days 28 must be shorter than the interval \(every 1 months\)",
    ),
    "priority too high": (
        lambda c: _furnace_task(c).update(priority=4),
        r"task 'filter': priority 4 must be between 0 and 3",
    ),
    "priority too low": (
        lambda c: _furnace_task(c).update(priority=-1),
        r"task 'filter': priority -1 must be between 0 and 3",
    ),
    "notes too long": (
        lambda c: _furnace_task(c).update(notes="n" * 161),
        r"task 'filter': notes is 161 characters long, over 160",
    ),
    "notes not text": (
        lambda c: _furnace_task(c).update(notes=["tip"]),
        r"task 'filter': notes must be a non-empty string",
    ),
    "safety template without a high priority task": (
        lambda c: [
            task.update(priority=2) for task in template(c, "smoke_alarm")["tasks"]
        ],
        r"template 'smoke_alarm': a safety template needs a task with priority 3",
    ),
    "supply for an unknown task": (
        lambda c: _furnace_supply(c).update(task="filters"),
        r"supply 'Furnace air filter': task 'filters' is not a task key of this template \(filter, service",
    ),
    "supply with a purchase url": (
        lambda c: _furnace_supply(c).update(purchase_url="https://example.com/f"),
        r"supply 'Furnace air filter': purchase_url must be null in the catalogue",
    ),
    "supply with a quantity": (
        lambda c: _furnace_supply(c).update(quantity=2),
        r"supply 'Furnace air filter': quantity must be null in the catalogue",
    ),
    "supply without a name": (
        lambda c: _furnace_supply(c).pop("name"),
        r"template 'furnace', supply #1: missing name",
    ),
    "supplies not a list": (
        lambda c: template(c, "furnace").update(supplies={}),
        r"template 'furnace': supplies must be a list",
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

    with pytest.raises(ValueError, match=message):
        load_templates(write(tmp_path, catalogue))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", r"templates\.json: cannot be parsed: Expecting property name"),
        (
            '{"version": 1, "version": 1, "templates": []}',
            r"templates\.json: cannot be parsed: duplicate key 'version'",
        ),
        ("[]", r"templates\.json: must be a JSON object"),
    ],
    ids=["invalid json", "duplicate key", "not an object"],
)
def test_load_rejects_unreadable_json(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "templates.json"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ValueError, match=message):
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
