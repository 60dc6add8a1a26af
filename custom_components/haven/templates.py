"""Asset templates: the catalogue of common home assets and their usual upkeep.

Creating an asset from a template ("furnace") gives it the template's recurring tasks and
supplies. The catalogue is data, `templates.json` next to this module, checked against
`CATALOGUE_SCHEMA` when first loaded; the rest of Haven receives frozen dataclasses.

To add a template, add one entry to the `templates` list of `templates.json` (copy a
similar one; a supply's `task` names one of the template's task keys) and run
`pytest tests/test_templates.py`: an entry that breaks a rule is refused with the
template and field named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import tzinfo
import json
from pathlib import Path
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import dt as dt_util, slugify
from homeassistant.util.hass_dict import HassKey
import voluptuous as vol

from .const import DOMAIN, EXPECTED_LIFE_MAX, NAME_MAX_LENGTH
from .recurrence import KIND_INTERVAL, Schedule, next_due
from .store.models import new_id

CATALOGUE_PATH: Final = Path(__file__).with_name("templates.json")
CATALOGUE_VERSION: Final = 1
# Word lists are split from text (noqa: SIM905) so they read as words, not a column.
CATEGORIES: Final = frozenset(
    """electrical exterior general hvac kitchen laundry plumbing pool safety vehicle
    yard""".split()  # noqa: SIM905
)
# Task names become to-do items, so they must read as something to do ("Replace the
# filter", not "Filter replacement"). Grammar cannot be checked, so the first word must
# be one of these verbs; a new verb is added here on purpose, never by accident.
VERBS: Final = frozenset(
    """Add Adjust Apply Backwash Bleed Break Brush Calibrate Change Charge Check Clean
    Clear Compare Cover Defrost Degrease Descale Disinfect Drain Dust Empty Exercise Fill
    Flush Get Have Inspect Lubricate Measure Oil Paint Prune Pump Recharge Refill Remove
    Renew Repaint Replace Reseal Reset Restock Retest Rinse Rotate Run Sanitize Schedule
    Scrape Scrub Seal Service Set Sharpen Shock Stabilize Start Sweep Switch Test Tighten
    Top Treat Trim Tune Update Vacuum Walk Wash Winterize Wipe""".split()  # noqa: SIM905
)
# The shortest length of each unit, in days. A lead time below it always starts the
# "due soon" window after the previous due moment, whatever the month or year.
UNIT_MIN_DAYS: Final = {"days": 1, "weeks": 7, "months": 28, "years": 365}
PRIORITY_MAX: Final = 3


@dataclass(frozen=True, slots=True)
class TaskTemplate:
    """A recurring task an asset of this kind usually needs."""

    key: str
    name: str
    every: int
    unit: str
    lead_days: int
    priority: int
    notes: str | None


@dataclass(frozen=True, slots=True)
class SupplyTemplate:
    """Something an asset of this kind consumes, optionally for one of its tasks."""

    name: str
    task: str | None
    part_number: str | None
    purchase_url: str | None
    quantity: int | None


@dataclass(frozen=True, slots=True)
class AssetTemplate:
    """A kind of home asset with its usual tasks and supplies."""

    id: str
    name: str
    category: str
    tasks: tuple[TaskTemplate, ...]
    supplies: tuple[SupplyTemplate, ...]
    # How many years one usually lasts (a default of the asset's expected life).
    expected_life_years: int | None = None


def _integer(value: Any) -> int:
    # bool is an int in Python, but `true` in the data is a mistake, not a 1.
    if type(value) is not int:
        raise vol.Invalid(f"expected a whole number, not {value!r}")
    return value


def _text(max_length: int) -> vol.All:
    trimmed = vol.Match(r"\S(.*\S)?\Z", msg="expected text, not blank or space-padded")
    return vol.All(str, trimmed, vol.Length(max=max_length))


def _unique(field: str) -> Callable[[list[Any]], list[Any]]:
    """Validate that no two items of a list share `field`, ignoring case."""

    def unique(items: list[Any]) -> list[Any]:
        seen: set[str] = set()
        for index, value in enumerate(getattr(item, field) for item in items):
            if value.casefold() in seen:
                raise vol.Invalid(f"{value!r} is used twice", [index, field])
            seen.add(value.casefold())
        return items

    return unique


def _imperative(name: str) -> str:
    if (verb := name.split(maxsplit=1)[0].rstrip(",;:")) not in VERBS:
        raise vol.Invalid(
            f"must start with a verb from VERBS, like 'Replace'; not {verb!r}"
        )
    return name


def _lead_within_interval(task: TaskTemplate) -> TaskTemplate:
    if task.lead_days >= task.every * UNIT_MIN_DAYS[task.unit]:
        interval = f"every {task.every} {task.unit}"
        message = f"{task.lead_days} must be shorter than the interval ({interval})"
        raise vol.Invalid(message, ["lead_days"])
    return task


def _template_rules(template: AssetTemplate) -> AssetTemplate:
    keys = [task.key for task in template.tasks]
    for index, supply in enumerate(template.supplies):
        if supply.task is not None and supply.task not in keys:
            message = f"{supply.task!r} is not one of the task keys {', '.join(keys)}"
            raise vol.Invalid(message, ["supplies", index, "task"])
    # Safety templates exist to remind people of what protects them.
    priorities = {task.priority for task in template.tasks}
    if template.category == "safety" and PRIORITY_MAX not in priorities:
        message = f"a safety template needs a task with priority {PRIORITY_MAX}"
        raise vol.Invalid(message, ["tasks"])
    return template


# Each object's schema ends by building its frozen dataclass, so the cross-field rules
# after it (and the rest of Haven) read typed attributes.
IDENTIFIER: Final = vol.All(
    str, vol.Match(r"[a-z][a-z0-9]*(_[a-z0-9]+)*\Z", msg="expected lower_snake_case")
)
TASK_SCHEMA: Final = vol.All(
    {
        vol.Required("key"): IDENTIFIER,
        vol.Required("name"): vol.All(_text(NAME_MAX_LENGTH), _imperative),
        vol.Required("every"): vol.All(_integer, vol.Range(min=1)),
        vol.Required("unit"): vol.In(UNIT_MIN_DAYS),
        vol.Required("lead_days"): vol.All(_integer, vol.Range(min=0, max=60)),
        vol.Required("priority"): vol.All(_integer, vol.Range(min=0, max=PRIORITY_MAX)),
        # A tip shown next to the task, not a manual.
        vol.Optional("notes", default=None): vol.Any(_text(160), None),
    },
    lambda task: TaskTemplate(**task),
    _lead_within_interval,
)
SUPPLY_SCHEMA: Final = vol.All(
    {
        vol.Required("name"): _text(NAME_MAX_LENGTH),
        vol.Optional("task", default=None): vol.Any(IDENTIFIER, None),
        vol.Optional("part_number", default=None): vol.Any(
            _text(NAME_MAX_LENGTH), None
        ),
        # No shop suits every home, nor can a catalogue know what a home has on hand.
        vol.Optional("purchase_url", default=None): vol.Equal(None, msg="must be null"),
        vol.Optional("quantity", default=None): vol.Equal(None, msg="must be null"),
    },
    lambda supply: SupplyTemplate(**supply),
)
TEMPLATE_SCHEMA: Final = vol.All(
    {
        vol.Required("id"): IDENTIFIER,
        # Template names appear in pickers, where long names get cut off.
        vol.Required("name"): _text(60),
        vol.Required("category"): vol.In(CATEGORIES),
        vol.Optional("expected_life_years", default=None): vol.Any(
            vol.All(_integer, vol.Range(min=1, max=EXPECTED_LIFE_MAX)), None
        ),
        vol.Required("tasks"): vol.All(
            [TASK_SCHEMA], vol.Length(min=1), _unique("key"), vol.Coerce(tuple)
        ),
        vol.Required("supplies"): vol.All([SUPPLY_SCHEMA], vol.Coerce(tuple)),
    },
    lambda template: AssetTemplate(**template),
    _template_rules,
)
CATALOGUE_SCHEMA: Final = vol.Schema(
    {
        vol.Required("version"): vol.All(_integer, vol.In([CATALOGUE_VERSION])),
        vol.Required("templates"): vol.All(
            [TEMPLATE_SCHEMA], vol.Length(min=1), _unique("id"), _unique("name")
        ),
    }
)

DATA_TEMPLATES: HassKey[dict[str, AssetTemplate]] = HassKey(f"{DOMAIN}_templates")
DATA_LOCALISED: HassKey[dict[str, dict[str, AssetTemplate]]] = HassKey(
    f"{DOMAIN}_templates_by_language"
)
# The translation category holding the catalogue's names in other languages.
CATALOGUE: Final = "catalogue"


async def async_get_templates(
    hass: HomeAssistant, language: str | None = None
) -> dict[str, AssetTemplate]:
    """Return the catalogue in a language (the home's by default), ordered by name.

    English is templates.json itself, read from disk once, off the event loop; another
    language's names and notes come from the "catalogue" section of its translation
    file (a text it lacks stays English).
    """
    english = hass.data.get(DATA_TEMPLATES)
    if english is None:
        loaded = await hass.async_add_executor_job(load_templates)
        # Two first callers may both have loaded it; the first to finish wins, so
        # every caller shares one object.
        english = hass.data.setdefault(DATA_TEMPLATES, loaded)
    language = language or hass.config.language
    if language == "en":
        return english
    by_language = hass.data.setdefault(DATA_LOCALISED, {})
    if (localised := by_language.get(language)) is not None:
        return localised
    texts = await async_get_translations(hass, language, CATALOGUE, [DOMAIN])
    prefix = f"component.{DOMAIN}.{CATALOGUE}."
    localised = localise(
        english, {key.removeprefix(prefix): text for key, text in texts.items()}
    )
    return by_language.setdefault(language, localised)


def localise(
    templates: dict[str, AssetTemplate], texts: dict[str, str]
) -> dict[str, AssetTemplate]:
    """Return the templates with the names and notes of a language, ordered by name.

    `texts` holds "<template>.name", "<template>.tasks.<key>.name" / ".notes" and
    "<template>.supplies.<slug of the English name>".
    """
    result = [
        replace(
            template,
            name=texts.get(f"{template.id}.name", template.name),
            tasks=tuple(
                replace(
                    task,
                    name=texts.get(f"{template.id}.tasks.{task.key}.name", task.name),
                    notes=texts.get(
                        f"{template.id}.tasks.{task.key}.notes", task.notes
                    ),
                )
                for task in template.tasks
            ),
            supplies=tuple(
                replace(
                    supply,
                    name=texts.get(
                        f"{template.id}.supplies.{slugify(supply.name)}", supply.name
                    ),
                )
                for supply in template.supplies
            ),
        )
        for template in templates.values()
    ]
    result.sort(key=_by_name)
    return {template.id: template for template in result}


def _by_name(template: AssetTemplate) -> tuple[str, str]:
    return template.name.casefold(), template.id


def load_templates(path: Path | None = None) -> dict[str, AssetTemplate]:
    """Read and validate a catalogue, by default the shipped one, ordered by name.

    Raise ValueError naming the template, its task or supply, and the field at fault.
    """
    source = CATALOGUE_PATH if path is None else path
    try:
        raw = json.loads(source.read_text("utf-8"), object_pairs_hook=_no_duplicates)
    except ValueError as err:  # JSONDecodeError is a ValueError too.
        raise ValueError(f"{source.name}: cannot be parsed: {err}") from err
    try:
        templates: list[AssetTemplate] = CATALOGUE_SCHEMA(raw)["templates"]
    except vol.MultipleInvalid as err:
        problems = "; ".join(f"{_where(raw, e.path)}{e.msg}" for e in err.errors)
        raise ValueError(f"{source.name}: {problems}") from err
    templates.sort(key=_by_name)
    return {template.id: template for template in templates}


# A list's items are named by a field: "template 'furnace'" rather than "templates[3]".
_ITEM_NAMES: Final = {
    "templates": ("template", "id"),
    "tasks": ("task", "key"),
    "supplies": ("supply", "name"),
}


def _where(raw: Any, path: list[Any]) -> str:
    """Spell an error's path as people read it: "template 'furnace', task 'filter', every: "."""
    parts: list[str] = []
    node = raw
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(step, int) and parts and parts[-1] in _ITEM_NAMES:
            kind, field = _ITEM_NAMES[parts.pop()]
            name = node.get(field) if isinstance(node, dict) else None
            parts.append(f"{kind} {name!r}" if name else f"{kind} #{step + 1}")
        else:
            parts.append(str(step))
    return f"{', '.join(parts)}: " if parts else ""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json would silently keep the last of two equal keys and hide a typo in the data.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def template_rows(
    template: AssetTemplate, property_id: str, asset_id: str, tz: tzinfo
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the task and supply rows a template gives a new asset.

    Each task is first due one interval from now, as if it had just been done.
    """
    now = dt_util.utcnow()
    owner = {"property_id": property_id, "asset_id": asset_id}
    task_ids = {task.key: new_id() for task in template.tasks}
    tasks = [
        {
            **owner,
            "id": task_ids[task.key],
            "name": task.name,
            "notes": task.notes,
            "priority": task.priority,
            "lead_days": task.lead_days,
            "schedule_kind": KIND_INTERVAL,
            "interval_every": task.every,
            "interval_unit": task.unit,
            "next_due_at": next_due(
                Schedule(KIND_INTERVAL, task.every, task.unit),
                completed_at=now,
                previous_due=None,
                tz=tz,
            ),
        }
        for task in template.tasks
    ]
    supplies = [
        {
            **owner,
            "task_id": task_ids.get(supply.task) if supply.task else None,
            "name": supply.name,
            "part_number": supply.part_number,
            "purchase_url": supply.purchase_url,
            "quantity": supply.quantity,
        }
        for supply in template.supplies
    ]
    return tasks, supplies
