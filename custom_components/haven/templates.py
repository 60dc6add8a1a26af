"""Asset templates: the catalogue of common home assets and their usual upkeep.

When a user creates an asset from a template ("furnace"), Haven creates that asset's
recurring tasks and supplies from it. The catalogue ships as data, `templates.json` next
to this module, so it can grow without code changes. `load_templates` is the one place
that checks the data against the catalogue's rules; everything else receives frozen,
already-valid dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
import json
from pathlib import Path
import re
from typing import Final, NoReturn

from homeassistant.core import HomeAssistant
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, NAME_MAX_LENGTH

CATALOGUE_PATH: Final = Path(__file__).with_name("templates.json")
CATALOGUE_VERSION: Final = 1

CATEGORIES: Final = frozenset(
    {
        "electrical",
        "exterior",
        "general",
        "hvac",
        "kitchen",
        "laundry",
        "plumbing",
        "pool",
        "safety",
        "vehicle",
        "yard",
    }
)

# The shortest length of each unit, in days. A lead time below it always starts the
# "due soon" window after the previous due moment, whatever the month or year.
_UNIT_MIN_DAYS: Final = {"days": 1, "weeks": 7, "months": 28, "years": 365}
UNITS: Final = frozenset(_UNIT_MIN_DAYS)

PRIORITY_MIN: Final = 0
PRIORITY_MAX: Final = 3
LEAD_DAYS_MAX: Final = 60
# Template names appear in pickers, where long names get cut off.
TEMPLATE_NAME_MAX_LENGTH: Final = 60
# Notes are a tip shown next to a task, not a manual.
NOTES_MAX_LENGTH: Final = 160

_IDENTIFIER: Final = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")

# Task names become to-do items, so they must read as something to do ("Replace the
# filter", not "Filter replacement"). Grammar cannot be checked, so the first word must
# be one of these verbs; a new verb is added here on purpose, never by accident.
_IMPERATIVE_VERBS: Final = frozenset(
    {
        "Add",
        "Adjust",
        "Apply",
        "Backwash",
        "Bleed",
        "Break",
        "Brush",
        "Calibrate",
        "Change",
        "Charge",
        "Check",
        "Clean",
        "Clear",
        "Compare",
        "Cover",
        "Defrost",
        "Degrease",
        "Descale",
        "Disinfect",
        "Drain",
        "Dust",
        "Empty",
        "Exercise",
        "Fill",
        "Flush",
        "Get",
        "Have",
        "Inspect",
        "Lubricate",
        "Measure",
        "Oil",
        "Paint",
        "Prune",
        "Pump",
        "Recharge",
        "Refill",
        "Remove",
        "Renew",
        "Repaint",
        "Replace",
        "Reseal",
        "Reset",
        "Restock",
        "Retest",
        "Rinse",
        "Rotate",
        "Run",
        "Sanitize",
        "Schedule",
        "Scrape",
        "Scrub",
        "Seal",
        "Service",
        "Set",
        "Sharpen",
        "Shock",
        "Stabilize",
        "Start",
        "Sweep",
        "Switch",
        "Test",
        "Tighten",
        "Top",
        "Treat",
        "Trim",
        "Tune",
        "Update",
        "Vacuum",
        "Walk",
        "Wash",
        "Winterize",
        "Wipe",
    }
)

_CATALOGUE_FIELDS: Final = frozenset({"version", "templates"})
_TEMPLATE_FIELDS: Final = frozenset({"id", "name", "category", "tasks", "supplies"})
_TASK_FIELDS: Final = frozenset(
    {"key", "name", "every", "unit", "lead_days", "priority"}
)
_TASK_OPTIONAL_FIELDS: Final = frozenset({"notes"})
_SUPPLY_FIELDS: Final = frozenset({"name"})
_SUPPLY_OPTIONAL_FIELDS: Final = frozenset(
    {"task", "part_number", "purchase_url", "quantity"}
)


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


DATA_TEMPLATES: HassKey[dict[str, AssetTemplate]] = HassKey(f"{DOMAIN}_templates")


async def async_get_templates(hass: HomeAssistant) -> dict[str, AssetTemplate]:
    """Return the catalogue, reading it from disk once, off the event loop."""
    if (templates := hass.data.get(DATA_TEMPLATES)) is not None:
        return templates
    loaded = await hass.async_add_executor_job(load_templates)
    # Two first callers may both have loaded it; the first to finish wins, so every
    # caller shares one object.
    return hass.data.setdefault(DATA_TEMPLATES, loaded)


def load_templates(path: Path | None = None) -> dict[str, AssetTemplate]:
    """Read and validate a catalogue, by default the shipped one, ordered by name.

    Raise ValueError naming the template, task or supply and the broken rule.
    """
    source = CATALOGUE_PATH if path is None else path
    where = source.name
    try:
        raw: object = json.loads(
            source.read_text(encoding="utf-8"),
            object_pairs_hook=_reject_duplicate_keys,
        )
    except ValueError as err:  # JSONDecodeError is a ValueError too.
        _fail(where, f"cannot be parsed: {err}")
    catalogue = _fields(raw, where, _CATALOGUE_FIELDS)
    version = catalogue["version"]
    # Compared by type too: JSON's true and 1.0 equal 1 in Python.
    if type(version) is not int or version != CATALOGUE_VERSION:
        _fail(where, f"version must be {CATALOGUE_VERSION}, not {version!r}")
    items = _list(catalogue["templates"], where, "templates")

    templates: dict[str, AssetTemplate] = {}
    names: set[str] = set()
    for index, item in enumerate(items):
        template = _template(item, where, index)
        if template.id in templates:
            _fail(f"{where}: template {template.id!r}", "id is used twice")
        if template.name.casefold() in names:
            _fail(
                f"{where}: template {template.id!r}",
                f"name {template.name!r} is used by another template",
            )
        templates[template.id] = template
        names.add(template.name.casefold())
    return {
        template.id: template
        for template in sorted(
            templates.values(), key=lambda tpl: (tpl.name.casefold(), tpl.id)
        )
    }


def _template(value: object, source: str, index: int) -> AssetTemplate:
    where = f"{source}: template #{index + 1}"
    data = _fields(value, where, _TEMPLATE_FIELDS)
    template_id = _identifier(data["id"], where, "id")
    where = f"{source}: template {template_id!r}"
    name = _text(data["name"], where, "name", TEMPLATE_NAME_MAX_LENGTH)
    category = _text(data["category"], where, "category", NAME_MAX_LENGTH)
    if category not in CATEGORIES:
        _fail(
            where,
            f"category {category!r} is not one of {', '.join(sorted(CATEGORIES))}",
        )

    tasks: list[TaskTemplate] = []
    for position, item in enumerate(_list(data["tasks"], where, "tasks")):
        task = _task(item, where, position)
        if any(existing.key == task.key for existing in tasks):
            _fail(f"{where}, task {task.key!r}", "key is used twice")
        tasks.append(task)
    # Safety templates exist to remind people of what protects them; one of their tasks
    # must be at the top priority.
    if category == "safety" and all(task.priority < PRIORITY_MAX for task in tasks):
        _fail(where, f"a safety template needs a task with priority {PRIORITY_MAX}")

    keys = [task.key for task in tasks]
    supplies = tuple(
        _supply(item, where, position, keys)
        for position, item in enumerate(
            _list(data["supplies"], where, "supplies", allow_empty=True)
        )
    )
    return AssetTemplate(
        id=template_id,
        name=name,
        category=category,
        tasks=tuple(tasks),
        supplies=supplies,
    )


def _task(value: object, parent: str, index: int) -> TaskTemplate:
    where = f"{parent}, task #{index + 1}"
    data = _fields(value, where, _TASK_FIELDS, _TASK_OPTIONAL_FIELDS)
    key = _identifier(data["key"], where, "key")
    where = f"{parent}, task {key!r}"
    name = _text(data["name"], where, "name", NAME_MAX_LENGTH)
    first_word = name.split(maxsplit=1)[0].rstrip(",;:")
    if first_word not in _IMPERATIVE_VERBS:
        _fail(
            where,
            f"name {name!r} must start with an imperative verb such as 'Replace' or "
            f"'Check'; {first_word!r} is not one (add real verbs to _IMPERATIVE_VERBS)",
        )
    every = _integer(data["every"], where, "every", 1, None)
    unit = _text(data["unit"], where, "unit", NAME_MAX_LENGTH)
    if unit not in UNITS:
        _fail(where, f"unit {unit!r} is not one of {', '.join(sorted(UNITS))}")
    lead_days = _integer(data["lead_days"], where, "lead_days", 0, LEAD_DAYS_MAX)
    if lead_days >= every * _UNIT_MIN_DAYS[unit]:
        _fail(
            where,
            f"lead_days {lead_days} must be shorter than the interval "
            f"(every {every} {unit})",
        )
    return TaskTemplate(
        key=key,
        name=name,
        every=every,
        unit=unit,
        lead_days=lead_days,
        priority=_integer(
            data["priority"], where, "priority", PRIORITY_MIN, PRIORITY_MAX
        ),
        notes=_optional_text(data.get("notes"), where, "notes", NOTES_MAX_LENGTH),
    )


def _supply(
    value: object, parent: str, index: int, task_keys: list[str]
) -> SupplyTemplate:
    where = f"{parent}, supply #{index + 1}"
    data = _fields(value, where, _SUPPLY_FIELDS, _SUPPLY_OPTIONAL_FIELDS)
    name = _text(data["name"], where, "name", NAME_MAX_LENGTH)
    where = f"{parent}, supply {name!r}"
    task = _optional_text(data.get("task"), where, "task", NAME_MAX_LENGTH)
    if task is not None and task not in task_keys:
        _fail(
            where,
            f"task {task!r} is not a task key of this template "
            f"({', '.join(task_keys)})",
        )
    # A catalogue cannot know a shop that suits every home, nor what a home has on
    # hand: both are filled in by the user.
    for field in ("purchase_url", "quantity"):
        if data.get(field) is not None:
            _fail(where, f"{field} must be null in the catalogue")
    return SupplyTemplate(
        name=name,
        task=task,
        part_number=_optional_text(
            data.get("part_number"), where, "part_number", NAME_MAX_LENGTH
        ),
        purchase_url=None,
        quantity=None,
    )


def _fail(where: str, problem: str) -> NoReturn:
    raise ValueError(f"{where}: {problem}")


def _reject_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    # json would silently keep the last of two equal keys and hide a typo in the data.
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _fields(
    value: object,
    where: str,
    required: frozenset[str],
    optional: frozenset[str] = frozenset(),
) -> dict[str, object]:
    if not isinstance(value, dict):
        _fail(where, "must be a JSON object")
    if missing := required - value.keys():
        _fail(where, f"missing {', '.join(sorted(missing))}")
    # Unknown fields are usually misspelt known ones, whose value would be lost.
    if unknown := value.keys() - required - optional:
        _fail(where, f"unknown field {', '.join(sorted(unknown))}")
    return value


def _list(
    value: object, where: str, field: str, *, allow_empty: bool = False
) -> list[object]:
    if not isinstance(value, list):
        _fail(where, f"{field} must be a list")
    if not value and not allow_empty:
        _fail(where, f"{field} must not be empty")
    return value


def _text(value: object, where: str, field: str, max_length: int) -> str:
    if not isinstance(value, str) or not value.strip():
        _fail(where, f"{field} must be a non-empty string")
    if value != value.strip():
        _fail(where, f"{field} {value!r} has leading or trailing spaces")
    if len(value) > max_length:
        _fail(where, f"{field} is {len(value)} characters long, over {max_length}")
    return value


def _optional_text(
    value: object, where: str, field: str, max_length: int
) -> str | None:
    return None if value is None else _text(value, where, field, max_length)


def _identifier(value: object, where: str, field: str) -> str:
    text = _text(value, where, field, NAME_MAX_LENGTH)
    if not _IDENTIFIER.fullmatch(text):
        _fail(where, f"{field} {text!r} must be lower_snake_case")
    return text


def _integer(value: object, where: str, field: str, low: int, high: int | None) -> int:
    # bool is an int in Python, but `true` in the data is a mistake, not a 1.
    if not isinstance(value, int) or isinstance(value, bool):
        _fail(where, f"{field} must be a whole number, not {value!r}")
    if value < low or (high is not None and value > high):
        bounds = f"at least {low}" if high is None else f"between {low} and {high}"
        _fail(where, f"{field} {value} must be {bounds}")
    return value
