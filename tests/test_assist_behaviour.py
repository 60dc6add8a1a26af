"""How Haven's sentences behave around their edges.

The README word for word, names that are ambiguous or unknown, who may remove, HA's own
sentences left alone, several properties, and the aliases HA's built-in list commands use.
"""

from __future__ import annotations

from itertools import product
from pathlib import Path
import re
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er, intent
import pytest

from custom_components.haven.store.models import Log, Task

from .assist_examples import HOMES
from .conftest import db_counts, db_rows, setup_property
from .test_assist import LANGUAGES, ask, call, people, set_up_home, settle  # noqa: F401

pytestmark = pytest.mark.storage

README = Path(__file__).parent.parent / "README.md"
ENGLISH = LANGUAGES["en"]


def readme_sentences() -> list[str]:
    """Return the sentences of the README's Voice table, optional parts both ways."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Voice (Assist)") :]
    section = section[: section.index("\n### ", 5)]
    rows = [
        line.split("|")[1] for line in section.splitlines() if line.startswith('| "')
    ]
    sentences = []
    for quoted in (q for row in rows for q in re.findall(r'"([^"]+)"', row)):
        if "…" in quoted:
            continue
        parts = re.split(r"\(([^)]*)\)", quoted)
        for choice in product(*[("", part) for part in parts[1::2]]):
            words = [parts[0]]
            for optional, rest in zip(choice, parts[2::2], strict=True):
                words += [optional, rest]
            sentences.append(" ".join("".join(words).split()))
    return sentences


def haven_answered(answer: str) -> bool:
    """Return whether an answer is one of Haven's (not HA's "Sorry, …")."""
    openings = {r.split("{")[0] for r in ENGLISH.responses.values()} - {""}
    return any(answer.startswith(o) for o in openings) or answer.endswith(
        (" is empty.", " is not on your maintenance list.")
    )


@pytest.mark.parametrize("sentence", readme_sentences())
async def test_readme_sentences_word_for_word(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
    sentence: str,
) -> None:
    """Every sentence the README documents gets Haven's answer."""
    await set_up_home(hass, freezer, HOMES["en"])
    answer = await ask(hass, sentence, "en", people["admin"])
    assert haven_answered(answer), (sentence, answer)
    assert "don't know" not in answer, (sentence, answer)


async def test_ambiguous_and_unknown_names_change_nothing(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """Two tasks of one name are listed; an unknown name is said back; nothing changes."""
    ids = await set_up_home(hass, freezer, HOMES["en"])
    dehumidifier = await call(
        hass, "create_asset", config_entry_id=ids["entry"].entry_id, name="Dehumidifier"
    )
    for asset_id in (dehumidifier["asset_id"], None):
        fields = {"asset_id": asset_id} if asset_id else {}
        if asset_id:
            await call(
                hass,
                "create_task",
                name="Replace the air filter",
                every=1,
                unit="years",
                **fields,
            )
    await settle(hass, freezer)
    before = await db_counts(hass)
    member = people["member"]
    answer = await ask(hass, "Mark replace the air filter as done", "en", member)
    assert answer == (
        "Which one do you mean: Replace the air filter on the Dehumidifier "
        "or Replace the air filter on the Furnace?"
    )
    answer = await ask(hass, "Mark wash the dog as done", "en", member)
    assert answer == "I don't know a task called wash the dog."
    answer = await ask(hass, "When did I last walk the dog", "en", member)
    assert answer == "I don't know a task or asset called walk the dog."
    answer = await ask(hass, "How much did I spend on the boat", "en", member)
    assert answer == "I don't know an asset called the boat."
    assert await db_counts(hass) == before
    # Naming the asset settles it, and a household member may mark it done.
    answer = await ask(
        hass, "Mark replace the air filter on the dehumidifier as done", "en", member
    )
    assert answer.startswith("Done: Replace the air filter on the Dehumidifier.")
    (log,) = [
        log
        for log in await db_rows(hass, Log)
        if log.asset_id == dehumidifier["asset_id"]
    ]
    assert log.user_id == member.id


@pytest.mark.parametrize("who", ["member", "nobody"])
async def test_only_administrators_remove(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
    who: str,
) -> None:
    """A household member (or a voice satellite without a user) may not remove."""
    ids = await set_up_home(hass, freezer, HOMES["en"])
    user = people.get(who)
    answer = await ask(
        hass, "Remove clean the gutters from my maintenance list", "en", user
    )
    assert answer == "Only an administrator can remove that."
    assert ids["gutters"] in {task.id for task in await db_rows(hass, Task)}
    # Skipping and snoozing are theirs to do.
    assert (await ask(hass, "Skip inspect the flue", "en", user)).startswith("Skipped")
    assert (await ask(hass, "Snooze clean the gutters", "en", user)).startswith(
        "Snoozed"
    )


async def test_home_assistants_own_sentences_are_left_alone(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """Sentences that are not about Haven's names still reach HA's intents."""
    await set_up_home(hass, freezer, HOMES["en"])
    tasks = len(await db_rows(hass, Task))
    for sentence in (
        "skip this song",
        "skip the next track",
        "add milk to my shopping list",
        "what is on my shopping list",
    ):
        answer = await ask(hass, sentence, "en", people["admin"])
        assert not haven_answered(answer), (sentence, answer)
    assert len(await db_rows(hass, Task)) == tasks


async def test_several_properties(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """With two homes, "my maintenance list" asks which; naming the home answers."""
    await set_up_home(hass, freezer, HOMES["en"])
    cabin = await setup_property(hass, "Cabin")
    await call(
        hass,
        "create_task",
        config_entry_id=cabin.entry_id,
        name="Drain the pipes",
        every=1,
        unit="years",
    )
    await settle(hass, freezer)
    admin = people["admin"]
    answer = await ask(hass, "What is on my maintenance list?", "en", admin)
    assert answer == "Which property do you mean: Cabin, Home?"
    answer = await ask(hass, "What is on the Cabin maintenance list?", "en", admin)
    assert answer == "On your maintenance list: Drain the pipes."
    # Tasks are found across properties.
    answer = await ask(hass, "Mark drain the pipes as done", "en", admin)
    assert answer.startswith("Done: Drain the pipes.")


async def test_new_lists_get_the_names_people_say(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """HA's built-in list intents find "Maintenance" and "Inbox" by their alias."""
    ids = await set_up_home(hass, freezer, HOMES["en"])
    registry = er.async_get(hass)
    for entity_id, alias in (
        ("todo.home_maintenance", "Maintenance"),
        ("todo.home_inbox", "Inbox"),
    ):
        entry = registry.async_get(entity_id)
        assert entry is not None
        assert alias in entry.aliases
    await intent.async_handle(
        hass,
        "test",
        "HassListAddItem",
        {"item": {"value": "clean the grill"}, "name": {"value": "maintenance"}},
    )
    await intent.async_handle(
        hass,
        "test",
        "HassListAddItem",
        {
            "item": {"value": "Home Maintenance still works"},
            "name": {"value": "Home Maintenance"},
        },
    )
    names = {
        task.name.lower() for task in await db_rows(hass, Task) if task.asset_id is None
    }
    assert {"clean the grill", "home maintenance still works"} <= names
    # A second property's lists keep only their full names (no two "Maintenance").
    cabin = await setup_property(hass, "Cabin")
    assert cabin.entry_id != ids["entry"].entry_id
    entry = registry.async_get("todo.cabin_maintenance")
    assert entry is not None
    assert "Maintenance" not in entry.aliases


async def test_inbox_list_by_voice(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """The Inbox list is read, added to, ticked (filed) and cleared (administrators)."""
    home = await set_up_home(hass, freezer, HOMES["en"])
    admin, member = people["admin"], people["member"]
    assert (
        await ask(hass, "What is on my inbox?", "en", member)
        == "Your inbox list is empty."
    )
    assert (
        await ask(hass, "Add call the plumber to my inbox", "en", member)
        == "Added Call the plumber."
    )
    assert (
        await ask(hass, "Put buy a filter on my inbox", "en", member)
        == "Added Buy a filter."
    )
    # Let the capture processor finish with both notes before they are filed.
    await home["entry"].runtime_data.inbox.processor.async_join()
    await hass.async_block_till_done()
    answer = await ask(hass, "What's on my inbox list?", "en", member)
    assert answer == "On your inbox list: call the plumber and buy a filter."
    answer = await ask(hass, "Check off call the plumber on my inbox", "en", member)
    assert answer == "Checked off call the plumber."
    answer = await ask(hass, "Check off the roof on my inbox", "en", member)
    assert answer == "the roof is not on your inbox list."
    answer = await ask(hass, "Remove buy a filter from my inbox", "en", member)
    assert answer == "Only an administrator can remove that."
    answer = await ask(hass, "Remove buy a filter from my inbox", "en", admin)
    assert answer == "Removed buy a filter."
    assert (
        await ask(hass, "What is on my inbox?", "en", member)
        == "Your inbox list is empty."
    )
    answer = await ask(
        hass, "Check off wash the car on my maintenance list", "en", member
    )
    assert answer == "wash the car is not on your maintenance list."


def test_words_of_answers() -> None:
    """Lists, money and English past tenses as the answers and the logbook say them."""
    from decimal import Decimal  # noqa: PLC0415

    from custom_components.haven.assist.speech import (  # noqa: PLC0415
        english_past,
        join,
        money_words,
        spoken_list,
    )

    assert join([], ENGLISH) == ""
    assert join(["a", "b", "c"], ENGLISH) == "a, b and c"
    assert (
        spoken_list([str(n) for n in range(8)], ENGLISH) == "0, 1, 2, 3, 4 and 3 more"
    )
    assert money_words(Decimal("24.5"), "EUR", LANGUAGES["de"]) == "24,50 €"
    assert money_words(Decimal(24), "USD", ENGLISH) == "$24"
    assert money_words(Decimal(3), "SEK", ENGLISH) == "SEK3"
    assert [
        english_past(task)
        for task in (
            "Replace the filter",
            "Clean the gutters",
            "Top up the coolant",
            "Empty the trap",
            "Sweep the chimney",
            "Annual service",
        )
    ] == [
        "replaced the filter",
        "cleaned the gutters",
        "topped up the coolant",
        "emptied the trap",
        "swept the chimney",
        None,
    ]


async def test_read_only_users_may_ask_not_change(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    hass_read_only_user: User,
) -> None:
    """A read-only user hears what is due but cannot mark anything done."""
    await set_up_home(hass, freezer, HOMES["en"])
    viewer = hass_read_only_user
    before = await db_counts(hass)
    assert (await ask(hass, "What is overdue?", "en", viewer)).startswith("Overdue:")
    for sentence in ("Mark inspect the flue as done", "Note that the tap drips"):
        answer = await ask(hass, sentence, "en", viewer)
        assert answer == ENGLISH.responses["read_only"]
    assert await db_counts(hass) == before
