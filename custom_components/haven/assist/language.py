"""Haven's words in each language it speaks: sentences, answers and logbook lines.

One YAML file per language in ``languages/`` (see ``en.yaml`` for what each part is).
They are read once, off the event loop, and checked against ``LANGUAGE_SCHEMA`` so a
missing answer fails at start-up rather than in the middle of a conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.util.hass_dict import HassKey
from homeassistant.util.yaml import load_yaml_dict
import voluptuous as vol

from ..const import DOMAIN

LANGUAGES_PATH: Final = Path(__file__).with_name("languages")
# The language Haven falls back to for a language it does not speak.
FALLBACK: Final = "en"

INTENTS: Final = (
    "due",
    "due_week",
    "due_month",
    "overdue",
    "last_done",
    "complete",
    "snooze",
    "skip",
    "spend",
    "note",
    "list_items",
    "list_add",
    "list_complete",
    "list_remove",
)
RESPONSES: Final = frozenset(
    """due_none due_week_none due_month_none overdue_none due due_week due_month overdue
    more task_on_asset task_due_on last_done last_never last_asset last_asset_never
    when_today when_yesterday when_date completed completed_once snoozed skipped skipped_undated spent
    spent_year noted list_empty list_items list_added list_completed list_removed
    unknown_task unknown_asset unknown_name unknown_item which which_property
    no_property admin_only read_only failed""".split()  # noqa: SIM905
)
LOGBOOK: Final = frozenset(
    """completed completed_house did skipped skipped_house snoozed snoozed_house
    captured captured_text captured_photo captured_audio captured_other due due_house
    someone automation""".split()  # noqa: SIM905
)
UNITS: Final = ("day", "week", "month")

_TEXTS = [vol.All(str, vol.Length(min=1))]
LANGUAGE_SCHEMA: Final = vol.Schema(
    {
        vol.Required("language"): str,
        vol.Required("sentences"): {vol.Required(key): _TEXTS for key in INTENTS},
        vol.Required("lists"): {
            vol.Required("maintenance"): _TEXTS,
            vol.Required("inbox"): _TEXTS,
        },
        vol.Required("words"): {
            vol.Required("articles"): [str],
            vol.Required("asset_links"): [str],
            vol.Required("this_year"): _TEXTS,
            vol.Required("duration_links"): [str],
            vol.Required("numbers"): {str: int},
            vol.Required("units"): {vol.Required(unit): _TEXTS for unit in UNITS},
            vol.Required("and"): str,
            vol.Required("or"): str,
            vol.Required("months"): vol.All([str], vol.Length(min=12, max=12)),
            vol.Required("date"): str,
            vol.Required("date_year"): str,
            vol.Required("money"): str,
            vol.Required("decimal"): str,
        },
        vol.Required("responses"): {vol.Required(key): str for key in RESPONSES},
        vol.Required("logbook"): {vol.Required(key): str for key in LOGBOOK},
    }
)

DATA_LANGUAGES: HassKey[dict[str, Language]] = HassKey(f"{DOMAIN}_languages")


@dataclass(frozen=True, slots=True)
class Language:
    """What Haven says and understands in one language."""

    code: str
    sentences: dict[str, list[str]]
    lists: dict[str, list[str]]
    words: dict[str, Any]
    responses: dict[str, str]
    logbook: dict[str, str]

    def say(self, key: str, **values: Any) -> str:
        """Return an answer with its placeholders filled in."""
        return self.responses[key].format(**values)

    def log(self, key: str, **values: Any) -> str:
        """Return a logbook line with its placeholders filled in."""
        return self.logbook[key].format(**values)


def load_languages() -> dict[str, Language]:
    """Read and check every language file (in the executor: it reads files)."""
    languages = {}
    for path in sorted(LANGUAGES_PATH.glob("*.yaml")):
        data = LANGUAGE_SCHEMA(load_yaml_dict(path))
        languages[data["language"]] = Language(
            code=data["language"],
            sentences=data["sentences"],
            lists=data["lists"],
            words=data["words"],
            responses=data["responses"],
            logbook=data["logbook"],
        )
    return languages


async def async_get_languages(hass: HomeAssistant) -> dict[str, Language]:
    """Return Haven's languages, read once."""
    if (languages := hass.data.get(DATA_LANGUAGES)) is None:
        languages = await hass.async_add_executor_job(load_languages)
        hass.data[DATA_LANGUAGES] = languages
    return languages


def pick(languages: dict[str, Language], code: str | None) -> Language:
    """Return the language for a code ("de-CH" → German), English when not spoken."""
    if code:
        if code in languages:
            return languages[code]
        if (base := code.split("-")[0].lower()) in languages:
            return languages[base]
    return languages[FALLBACK]
