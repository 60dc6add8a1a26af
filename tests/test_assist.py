"""Haven's sentences, said to HA's real default conversation agent in every language.

Each test sets up a home (an overdue task, one due this week, one later this month, a
car with two service bills), says every example of one kind of sentence in one language
(tests/assist_examples.py holds one example per shipped sentence) and checks the answer
and what changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from hassil.expression import ListReference
from hassil.intents import Intents, WildcardSlotList
from hassil.recognize import recognize
from homeassistant.auth.models import User
from homeassistant.components import conversation
from homeassistant.components.homeassistant.exposed_entities import (
    async_expose_entity,
)
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    async_fire_time_changed,
)

from custom_components.haven.assist.language import Language, load_languages
from custom_components.haven.assist.speech import money_words
from custom_components.haven.assist.triggers import sentence_configs
from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import InboxItem, Log, Task

from .assist_examples import HOMES, Home
from .conftest import db_rows, setup_property

pytestmark = pytest.mark.storage

START = datetime(2025, 1, 15, 18, 0, tzinfo=UTC)  # Wednesday, 10:00 in US/Pacific
LANGUAGES = load_languages()
INTENTS = sorted({intent for home in HOMES.values() for intent in home.examples})
TWO = {"two", "zwei", "twee", "deux", "dos"}


async def call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    """Call a Haven action and return its response."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


async def settle(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Let Haven register its sentences again after names changed."""
    freezer.tick(timedelta(seconds=2))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()


async def set_up_home(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, home: Home
) -> dict[str, Any]:
    """Set up conversation and a property with the home's records; return ids."""
    freezer.move_to(START)
    for component in ("homeassistant", "conversation", "intent"):
        assert await async_setup_component(hass, component, {})
    entry = await setup_property(hass)
    furnace = (
        await call(
            hass, "create_asset", config_entry_id=entry.entry_id, name=home.furnace
        )
    )["asset_id"]
    car = (
        await call(hass, "create_asset", config_entry_id=entry.entry_id, name=home.car)
    )["asset_id"]
    flue = (
        await call(
            hass,
            "create_task",
            asset_id=furnace,
            name=home.flue,
            every=1,
            unit="years",
            first_due="2025-01-10",
        )
    )["task_id"]
    filter_id = (
        await call(
            hass,
            "create_task",
            asset_id=furnace,
            name=home.filter,
            every=3,
            unit="months",
        )
    )["task_id"]
    await call(
        hass,
        "complete_task",
        task_id=filter_id,
        performed_at="2024-10-18T09:00:00",
        cost=24,
    )
    gutters = (
        await call(
            hass,
            "create_task",
            config_entry_id=entry.entry_id,
            name=home.gutters,
            every=6,
            unit="months",
            first_due="2025-01-28",
        )
    )["task_id"]
    for when, cost in (("2025-01-05T10:00:00", 120), ("2024-06-01T10:00:00", 80)):
        await call(
            hass,
            "log_maintenance",
            asset_id=car,
            action=home.service,
            performed_at=when,
            cost=cost,
        )
    # Exposed to Assist as a user would (HA's own list commands need it; Haven's do not).
    for entity_id in ("todo.home_maintenance", "todo.home_inbox"):
        async_expose_entity(hass, conversation.DOMAIN, entity_id, True)
    await settle(hass, freezer)
    return {
        "entry": entry,
        "flue": flue,
        "filter": filter_id,
        "gutters": gutters,
        "car": car,
    }


@pytest.fixture
async def people(hass: HomeAssistant) -> dict[str, User]:
    """Return an administrator and a household member without admin rights."""
    return {
        "admin": await hass.auth.async_create_user("Alex", group_ids=["system-admin"]),
        "member": await hass.auth.async_create_user("Sam", group_ids=["system-users"]),
    }


async def ask(hass: HomeAssistant, text: str, language: str, user: User | None) -> str:
    """Say a sentence to the default agent as a user; return what it answered."""
    result = await conversation.async_converse(
        hass, text, None, Context(user_id=user.id if user else None), language=language
    )
    await hass.async_block_till_done()
    return str(result.response.speech["plain"]["speech"])


def opening(language: Language, key: str) -> str:
    """Return the fixed start of an answer (before its first placeholder)."""
    return language.responses[key].split("{")[0]


def cases() -> Iterable[tuple[str, str]]:
    """Return every (language, kind of sentence) pair with examples."""
    return [(code, intent) for code in HOMES for intent in INTENTS]


@pytest.mark.parametrize(("code", "intent"), cases())
async def test_sentences(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],
    code: str,
    intent: str,
) -> None:
    """Every example of a kind of sentence gets its answer and does what it says."""
    home = HOMES[code]
    language = LANGUAGES[code]
    ids = await set_up_home(hass, freezer, home)
    examples = home.examples[intent]
    for number, example in enumerate(examples, 1):
        answer = await ask(hass, example, code, people["admin"])
        await check(hass, intent, example, answer, number, home, language, ids)


async def check(
    hass: HomeAssistant,
    intent: str,
    example: str,
    answer: str,
    number: int,
    home: Home,
    language: Language,
    ids: dict[str, Any],
) -> None:
    """Check one answer and its effect."""
    said = f"{example!r} → {answer!r}"
    names = {"flue": home.flue, "filter": home.filter, "gutters": home.gutters}
    if intent in ("due", "due_week", "due_month", "overdue"):
        expected = {
            "overdue": {"flue"},
            "due": {"flue", "filter"},
            "due_week": {"flue", "filter"},
            "due_month": {"flue", "filter", "gutters"},
        }[intent]
        assert answer.startswith(opening(language, intent)), said
        for key, name in names.items():
            assert (name in answer) == (key in expected), said
    elif intent == "last_done":
        assert home.filter in answer, said
        assert language.words["months"][9] in answer, said
    elif intent == "last_asset":
        assert home.service in answer, said
        assert answer.startswith(opening(language, "last_asset")), said
    elif intent in ("complete", "skip", "list_complete"):
        kind = "skipped" if intent == "skip" else "completed"
        logs = [log for log in await db_rows(hass, Log) if log.kind == kind]
        done = [log for log in logs if log.performed_at >= START]
        assert len(done) == number, said
        if intent != "list_complete":
            assert done[-1].task_id == ids["flue"], said
        assert {log.user_id for log in done} != {None}, said
        key = {"complete": "completed", "skip": "skipped"}.get(intent, "list_completed")
        assert answer.startswith(opening(language, key)), said
    elif intent == "snooze":
        (task,) = [t for t in await db_rows(hass, Task) if t.id == ids["gutters"]]
        days = 14 if TWO & set(example.lower().split()) else 7
        assert task.snoozed_until is not None, said
        assert abs(task.snoozed_until - (START + timedelta(days=days))) < timedelta(
            minutes=1
        ), said
        assert home.gutters in answer, said
    elif intent in ("spend", "spend_year"):
        amount = Decimal(120 if intent == "spend_year" else 200)
        assert money_words(amount, "EUR", language) in answer, said
        assert home.car in answer, said
    elif intent == "note":
        items = await db_rows(hass, InboxItem)
        assert len(items) == number, said
        assert answer == language.responses["noted"], said
    elif intent == "list_items":
        assert home.flue in answer, said
        assert home.gutters in answer, said
    elif intent == "list_add":
        added = [t for t in await db_rows(hass, Task) if t.asset_id is None]
        assert len(added) == number + 1, said  # the gutters are house-wide too
        assert answer.startswith(opening(language, "list_added")) or answer.endswith(
            language.responses["list_added"].split("}")[-1]
        ), said
    elif intent == "list_remove":
        assert ids["gutters"] not in {t.id for t in await db_rows(hass, Task)}, said
    else:  # pragma: no cover
        raise AssertionError(intent)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_sentence_has_an_example(code: str) -> None:
    """Each shipped sentence template matches at least one example (none is untested)."""
    home = HOMES[code]
    language = LANGUAGES[code]

    # The little of a loaded property that sentence_configs reads.
    records = [SimpleNamespace(name=n) for n in (home.flue, home.filter, home.gutters)]
    things = [SimpleNamespace(name=n) for n in (home.furnace, home.car)]
    view = SimpleNamespace(
        tasks=dict(enumerate(records)), assets=dict(enumerate(things))
    )
    entry = SimpleNamespace(title="Home", runtime_data=SimpleNamespace(view=view))
    configs = sentence_configs({code: language}, [entry])  # type: ignore[list-item]
    examples = [e for examples in home.examples.values() for e in examples]
    # A list sentence is registered once per list (Maintenance, Inbox); an example
    # for either covers the sentence.
    covered: dict[tuple[str, int], bool] = {}
    for config in configs:
        intent = config["id"].split("|")[1]
        for index, sentence in enumerate(config["command"]):
            intents = Intents.from_dict(
                {
                    "language": code,
                    "intents": {"x": {"data": [{"sentences": [sentence]}]}},
                }
            )
            for data in intents.intents["x"].data:
                for template in data.sentences:
                    _wildcards(template.expression, intents)
            found = any(recognize(e, intents) for e in examples)
            covered[intent, index] = covered.get((intent, index), False) or found
    assert [key for key, found in covered.items() if not found] == []


def _wildcards(expression: Any, intents: Intents) -> None:
    """Make every {slot} of a sentence a wildcard, as HA does for trigger sentences."""
    if isinstance(expression, ListReference):
        intents.slot_lists[expression.slot_name] = WildcardSlotList(
            expression.slot_name
        )
    for item in getattr(expression, "items", ()):
        _wildcards(item, intents)
