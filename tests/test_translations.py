"""Every language Haven ships says everything English says, with the same placeholders.

Covers the integration's strings (flows, actions, entities, errors, issues, notifications),
the template catalogue's names (a "catalogue" section in each language's file; English is
templates.json itself) and the panel's texts, and reads each language through HA's own
translation loader.
"""

from __future__ import annotations

import json
from pathlib import Path
import re
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import slugify
import pytest

from custom_components.haven.const import DOMAIN
from custom_components.haven.templates import load_templates

ROOT = Path(__file__).parent.parent
HA_DIR = ROOT / "custom_components" / "haven" / "translations"
PANEL_DIR = ROOT / "frontend" / "src" / "translations"
LANGUAGES = ("cs", "da", "de", "es", "fr", "it", "nb", "nl", "pl", "pt-BR", "sv")
CATALOGUE = "catalogue"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


def _read(path: Path) -> dict[str, Any]:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        assert len(keys) == len(set(keys)), f"{path.name}: a key appears twice"
        return dict(pairs)

    assert path.exists(), f"{path.relative_to(ROOT)} is missing"
    data: dict[str, Any] = json.loads(
        path.read_text("utf-8"), object_pairs_hook=no_duplicates
    )
    return data


def _flatten(node: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Return leaf texts by dotted key; a plural object counts as one leaf."""
    flat: dict[str, Any] = {}
    for key, value in node.items():
        if isinstance(value, dict) and not (
            value and set(value) <= PLURAL_CATEGORIES and "other" in value
        ):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _placeholders(text: Any) -> set[str]:
    if isinstance(text, dict):
        return set().union(*(_placeholders(form) for form in text.values()))
    return set(PLACEHOLDER.findall(text))


def _compare(english: dict[str, Any], other: dict[str, Any], where: str) -> list[str]:
    problems = [f"{where}: missing {key}" for key in english.keys() - other.keys()]
    problems += [f"{where}: not in English {key}" for key in other.keys() - english]
    for key in english.keys() & other.keys():
        text, source = other[key], english[key]
        if isinstance(source, dict) != isinstance(text, dict):
            problems.append(f"{where}: {key} is plural in one language only")
        elif isinstance(text, dict):
            if not set(text) <= PLURAL_CATEGORIES or "other" not in text:
                problems.append(f"{where}: {key} has odd plural forms {sorted(text)}")
            elif _placeholders(text["other"]) != _placeholders(source["other"]):
                problems.append(f"{where}: {key} has other placeholders")
        elif not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: {key} is empty")
        elif _placeholders(text) != _placeholders(source):
            problems.append(
                f"{where}: {key} has {sorted(_placeholders(text))}, "
                f"English {sorted(_placeholders(source))}"
            )
    return sorted(problems)


def _catalogue_keys() -> dict[str, Any]:
    """Return what a language's catalogue section must hold, from templates.json."""
    keys: dict[str, Any] = {}
    for template in load_templates().values():
        base = f"{template.id}."
        keys[f"{base}name"] = template.name
        for task in template.tasks:
            keys[f"{base}tasks.{task.key}.name"] = task.name
            if task.notes:
                keys[f"{base}tasks.{task.key}.notes"] = task.notes
        for supply in template.supplies:
            keys[f"{base}supplies.{slugify(supply.name)}"] = supply.name
    return keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_integration_strings_complete(language: str) -> None:
    """Every key of en.json, the same placeholders, and the whole catalogue."""
    english = _flatten(_read(HA_DIR / "en.json"))
    translated = _read(HA_DIR / f"{language}.json")
    catalogue = translated.pop(CATALOGUE, None)
    problems = _compare(english, _flatten(translated), language)
    assert isinstance(catalogue, dict), f"{language}: no catalogue section"
    problems += _compare(
        _catalogue_keys(), _flatten(catalogue), f"{language} catalogue"
    )
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_panel_strings_complete(language: str) -> None:
    """The panel and cards: every text, plural forms the language has, placeholders."""
    english = _flatten(_read(PANEL_DIR / "en.json"))
    translated = _flatten(_read(PANEL_DIR / f"{language}.json"))
    assert _compare(english, translated, f"panel {language}") == []
    index = (PANEL_DIR / "index.ts").read_text("utf-8")
    assert f'"./{language}.json"' in index, f"{language} is not registered in index.ts"


def test_no_stray_language_files() -> None:
    """A file for a language the tests do not know would go unchecked."""
    known = {"en", *LANGUAGES}
    assert {path.stem for path in HA_DIR.glob("*.json")} <= known
    assert {path.stem for path in PANEL_DIR.glob("*.json")} <= known


async def test_every_language_loads_through_home_assistant(hass: HomeAssistant) -> None:
    """HA's translation loader reads every category of every language in full."""
    categories = [key for key in _read(HA_DIR / "en.json") if key != "title"]
    for category in categories:
        english = await async_get_translations(hass, "en", category, [DOMAIN])
        for language in LANGUAGES:
            loaded = await async_get_translations(hass, language, category, [DOMAIN])
            assert loaded.keys() == english.keys(), (language, category)
            # Not English by fallback: most texts differ from the English ones.
            differ = sum(loaded[key] != english[key] for key in english)
            assert differ > len(english) / 2, (language, category)
    catalogue_keys = _catalogue_keys()
    for language in LANGUAGES:
        loaded = await async_get_translations(hass, language, CATALOGUE, [DOMAIN])
        prefix = f"component.{DOMAIN}.{CATALOGUE}."
        assert {key.removeprefix(prefix) for key in loaded} == catalogue_keys.keys()
