"""Haven's voice answers and AI tools at their edges.

Nothing due, never done, names that fit two records, two properties and no property,
refusals and database faults said back (nothing changes), languages Haven does not
speak, a meter task as an agent sees it, and the prompt of a large home or of none.
"""

from __future__ import annotations

from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.assist.aliases import async_alias_new_list
from custom_components.haven.assist.answers import Request
from custom_components.haven.assist.lists import async_list_items
from custom_components.haven.store.models import InboxItem, Log, Task

from .assist_examples import HOMES
from .conftest import db_counts, db_dump, db_rows, setup_property, table_away
from .test_assist import LANGUAGES, START, ask, call, people, set_up_home, settle  # noqa: F401
from .test_llm_api import agent_api, home, member, run  # noqa: F401

pytestmark = pytest.mark.storage

ENGLISH = LANGUAGES["en"]
ODOMETER = "sensor.odometer"
# The translated message, with the full stop HA takes off its messages put back.
DATABASE_ERROR = (
    "That did not work: Haven could not read or write its records in the recorder's "
    "database. Nothing was changed; the administrator's log says why."
)


async def empty_home(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Set up conversation and one property without any task."""
    freezer.move_to(START)
    for component in ("homeassistant", "conversation", "intent"):
        assert await async_setup_component(hass, component, {})
    await setup_property(hass)
    await settle(hass, freezer)


WHICH_FILTER = (
    "Which one do you mean: Replace the air filter on the Dehumidifier "
    "or Replace the air filter on the Furnace?"
)


async def second_air_filter(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, entry_id: str
) -> None:
    """Add a dehumidifier with its own "Replace the air filter" (the furnace has one)."""
    dehumidifier = await call(
        hass, "create_asset", config_entry_id=entry_id, name="Dehumidifier"
    )
    await call(
        hass,
        "create_task",
        asset_id=dehumidifier["asset_id"],
        name="Replace the air filter",
        every=1,
        unit="years",
    )
    await settle(hass, freezer)


async def test_nothing_due_is_said_plainly(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """A home with nothing due hears "nothing is due" for each kind of question."""
    await empty_home(hass, freezer)
    admin = people["admin"]
    assert await ask(hass, "What is overdue?", "en", admin) == "Nothing is overdue."
    assert await ask(hass, "What is due?", "en", admin) == "Nothing is due right now."
    assert (
        await ask(hass, "What is due this week?", "en", admin)
        == "Nothing is due this week."
    )
    assert (
        await ask(hass, "What is due this month?", "en", admin)
        == "Nothing is due this month."
    )


async def test_last_done_never_and_ambiguous(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """Never-done tasks and bare assets are said so; a name fitting two asks which."""
    ids = await set_up_home(hass, freezer, HOMES["en"])
    admin = people["admin"]
    answer = await ask(hass, "When did I last clean the gutters?", "en", admin)
    assert answer == "Clean the gutters has not been done yet."
    entry_id = ids["entry"].entry_id
    await call(hass, "create_asset", config_entry_id=entry_id, name="Dryer vent")
    await call(hass, "create_asset", config_entry_id=entry_id, name="Dryer vents")
    await second_air_filter(hass, freezer, entry_id)
    answer = await ask(hass, "When did I last replace the air filter?", "en", admin)
    assert answer == WHICH_FILTER
    answer = await ask(hass, "When did I last empty the dehumidifier?", "en", admin)
    assert answer == "Nothing has been done on the Dehumidifier yet."
    # "venting" stands for both "vent" and "vents": Haven asks rather than guesses.
    answer = await ask(hass, "When did I last clean the dryer venting?", "en", admin)
    assert answer == "Which one do you mean: Dryer vent or Dryer vents?"
    answer = await ask(hass, "How much did I spend on the dryer venting?", "en", admin)
    assert answer == "Which one do you mean: Dryer vent or Dryer vents?"


async def test_one_asset_name_in_two_properties(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """Two properties' furnaces: asking says whose each is; naming the property picks."""
    await set_up_home(hass, freezer, HOMES["en"])
    cabin = await setup_property(hass, "Cabin")
    furnace = await call(
        hass, "create_asset", config_entry_id=cabin.entry_id, name="Furnace"
    )
    await call(
        hass,
        "log_maintenance",
        asset_id=furnace["asset_id"],
        action="Cleaned the burner",
        cost=24,
    )
    await settle(hass, freezer)
    admin = people["admin"]
    answer = await ask(hass, "How much did I spend on the furnace?", "en", admin)
    assert answer == "Which one do you mean: Furnace (Cabin) or Furnace (Home)?"
    answer = await ask(
        hass, "How much did I spend on the furnace at the cabin?", "en", admin
    )
    assert answer == "You have spent €24 on the Furnace."
    answer = await ask(
        hass, "When did I last service the furnace in the cabin?", "en", admin
    )
    assert answer == "The last work on the Furnace was Cleaned the burner, today."


async def test_one_off_and_ambiguous_writes(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """A one-off task is done for good and cannot be skipped; two matches ask which."""
    ids = await set_up_home(hass, freezer, HOMES["en"])
    admin = people["admin"]
    once = await call(
        hass,
        "create_task",
        config_entry_id=ids["entry"].entry_id,
        name="Fix the fence",
        first_due="2025-01-20",
    )
    await second_air_filter(hass, freezer, ids["entry"].entry_id)
    before = await db_dump(hass)
    answer = await ask(hass, "Skip fix the fence", "en", admin)
    assert answer == (
        "That did not work: Fix the fence happens once, so it cannot be skipped; "
        "complete or remove it instead."
    )
    for sentence in ("Skip replace the air filter", "Snooze replace the air filter"):
        assert await ask(hass, sentence, "en", admin) == WHICH_FILTER
    assert await db_dump(hass) == before
    assert await ask(hass, "Mark fix the fence as done", "en", admin) == (
        "Done: Fix the fence."
    )
    (task,) = [t for t in await db_rows(hass, Task) if t.id == once["task_id"]]
    assert task.next_due_at is None
    assert task.last_completed_at is not None


async def test_database_faults_are_said_and_change_nothing(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """When the database refuses a write, the person hears so and nothing is kept."""
    await set_up_home(hass, freezer, HOMES["en"])
    admin = people["admin"]
    before = await db_dump(hass)
    async with table_away(hass, "haven_log"):
        for sentence in (
            "Mark inspect the flue as done",
            "Check off inspect the flue on my maintenance list",
        ):
            assert await ask(hass, sentence, "en", admin) == DATABASE_ERROR
    async with table_away(hass, "haven_inbox_item"):
        assert await ask(hass, "Note that the tap drips", "en", admin) == (
            DATABASE_ERROR
        )
    async with table_away(hass, "haven_task"):
        assert await ask(hass, "Snooze clean the gutters", "en", admin) == (
            DATABASE_ERROR
        )
    assert await db_dump(hass) == before
    # The same sentence works once the database does.
    answer = await ask(hass, "Mark inspect the flue as done", "en", admin)
    assert answer.startswith("Done: Inspect the flue on the Furnace.")


async def test_too_long_item_is_refused(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """An item too long for a task name is refused with the reason; none is added."""
    await set_up_home(hass, freezer, HOMES["en"])
    before = await db_counts(hass)
    item = "clean " + "very " * 60 + "carefully"
    answer = await ask(
        hass, f"Add {item} to my maintenance list", "en", people["admin"]
    )
    assert answer.startswith("That did not work: ")
    assert "Name" in answer
    assert answer.endswith(".")
    assert await db_counts(hass) == before


async def test_two_properties_ask_which_for_lists_and_notes(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """With a second home, adding, ticking and noting ask which property; none is done."""
    ids = await set_up_home(hass, freezer, HOMES["en"])
    await setup_property(hass, "Cabin")
    await settle(hass, freezer)
    admin = people["admin"]
    before = await db_dump(hass)
    for sentence in (
        "Add clean the grill to my maintenance list",
        "Check off inspect the flue on my maintenance list",
        "Note that the tap drips",
    ):
        answer = await ask(hass, sentence, "en", admin)
        assert answer == "Which property do you mean: Cabin, Home?", sentence
    assert await db_dump(hass) == before
    # Two tasks of one name on the one list: the list asks which.
    await second_air_filter(hass, freezer, ids["entry"].entry_id)
    answer = await ask(
        hass,
        "Check off replace the air filter on the Home maintenance list",
        "en",
        admin,
    )
    assert answer == WHICH_FILTER
    assert not [log for log in await db_rows(hass, Log) if log.kind == "completed"][1:]


async def test_notes_are_taken_beside_other_automations(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """An automation not made from the voice-capture blueprint leaves notes to Haven."""
    await set_up_home(hass, freezer, HOMES["en"])
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "alias": "Porch light",
                "triggers": {"trigger": "event", "event_type": "dusk"},
                "actions": [],
            }
        },
    )
    await hass.async_block_till_done()
    answer = await ask(hass, "Note that the tap drips", "en", people["member"])
    assert answer == "Noted."
    (item,) = await db_rows(hass, InboxItem)
    assert item.text == "the tap drips"


async def test_without_a_property(recorder_mock: Any, hass: HomeAssistant) -> None:
    """Asked for a list before any property is set up, Haven says there is none."""
    request = Request(
        hass=hass,
        language=ENGLISH,
        intent="list_items",
        text="what is on my maintenance list",
        slots={},
        user_id=None,
    )
    assert await async_list_items(request) == "Haven has no property set up yet."


def test_languages_not_spoken_fall_back() -> None:
    """A regional code is read as its language; one Haven does not speak is English."""
    from custom_components.haven.assist.language import pick  # noqa: PLC0415

    assert pick(LANGUAGES, "de-CH").code == "de"
    assert pick(LANGUAGES, "FR-ca").code == "fr"
    assert pick(LANGUAGES, "pt-BR").code == "en"
    assert pick(LANGUAGES, None).code == "en"


async def test_aliases_only_for_new_lists(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """A list missing from the registry is not added; aliases a user set are kept."""
    registry = er.async_get(hass)
    async_alias_new_list(hass, "todo.gone_maintenance", "Maintenance")
    assert registry.async_get("todo.gone_maintenance") is None
    # A set before HA had COMPUTED_NAME, an ordered list with it since.
    computed = getattr(er, "COMPUTED_NAME", None)
    chores: Any = {"Chores"} if computed is None else [computed, "Chores"]
    registry.async_update_entity("todo.home_maintenance", aliases=chores)
    async_alias_new_list(hass, "todo.home_maintenance", "Maintenance")
    listed = registry.async_get("todo.home_maintenance")
    assert listed is not None
    assert "Chores" in listed.aliases
    assert "Maintenance" not in listed.aliases


# Haven's AI tools


async def test_tools_by_property_name_and_across_properties(
    hass: HomeAssistant,
    home: dict[str, Any],  # noqa: F811
    member: User,  # noqa: F811
) -> None:
    """A property is found by its name in any case; with two, tasks say whose they are."""
    api = await agent_api(hass, member)
    listed = await run(api, "haven_list_tasks", property="home")
    assert listed["total"] == 3
    assert "property" not in listed["tasks"][0]
    cabin = await setup_property(hass, "Cabin")
    await call(
        hass,
        "create_task",
        config_entry_id=cabin.entry_id,
        name="Drain the pipes",
        every=1,
        unit="years",
    )
    api = await agent_api(hass, member)
    everything = await run(api, "haven_list_tasks")
    assert {t["property"] for t in everything["tasks"]} == {"Home", "Cabin"}
    before = await db_counts(hass)
    with pytest.raises(ServiceValidationError) as err:
        await run(api, "haven_capture_note", text="The tap drips")
    assert err.value.translation_key == "property_required"
    assert await db_counts(hass) == before
    note = await run(api, "haven_capture_note", text="The tap drips", property="Cabin")
    (item,) = await db_rows(hass, InboxItem)
    assert item.id == note["inbox_item_id"]


async def odometer_task(
    hass: HomeAssistant, asset_id: str, reading: str = "12000"
) -> str:
    """Set an odometer (km) and add an oil change every 10,000 km; return the task id."""
    reading_km(hass, reading)
    task = await call(
        hass,
        "create_task",
        asset_id=asset_id,
        name="Change the oil",
        meter_entity_id=ODOMETER,
        meter_every=10000,
    )
    return str(task["task_id"])


def reading_km(hass: HomeAssistant, reading: str) -> None:
    """Set the odometer's state (a sensor outside Haven)."""
    hass.states.async_set(ODOMETER, reading, {"unit_of_measurement": "km"})


async def test_tools_show_meters_and_done_tasks(
    hass: HomeAssistant,
    home: dict[str, Any],  # noqa: F811
    member: User,  # noqa: F811
) -> None:
    """A meter task shows its reading (the last one when the sensor is away); done is done."""
    oil = await odometer_task(hass, home["car"])
    once = await call(
        hass,
        "create_task",
        asset_id=home["car"],
        name="Fix the mirror",
        first_due="2025-01-20",
    )
    await call(hass, "complete_task", task_id=once["task_id"])
    api = await agent_api(hass, member)

    async def car_tasks(**args: Any) -> dict[str, Any]:
        listed = await run(api, "haven_list_tasks", asset="car", **args)
        return {t["task_id"]: t for t in listed["tasks"]}

    meter = (await car_tasks())[oil]["meter"]
    assert meter == {
        "value": 12000.0,
        "baseline": 12000.0,
        "progress": 0.0,
        "unit": "km",
    }
    reading_km(hass, "17000")
    await hass.async_block_till_done()  # Haven keeps the reading
    assert (await car_tasks())[oil]["meter"]["progress"] == 0.5
    reading_km(hass, "unavailable")
    await hass.async_block_till_done()
    meter = (await car_tasks())[oil]["meter"]
    assert (meter["value"], meter["unit"]) == (17000.0, "km")  # the last reading
    hass.states.async_remove(ODOMETER)
    await hass.async_block_till_done()
    meter = (await car_tasks())[oil]["meter"]
    assert meter == {"value": 17000.0, "baseline": 12000.0, "progress": 0.5}
    assert once["task_id"] not in await car_tasks(status="open")
    assert once["task_id"] in await car_tasks(status="done")


async def test_prompt_of_a_large_home_and_of_none(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    member: User,  # noqa: F811
) -> None:
    """The prompt names sixty assets and counts the rest; without a property it says so."""
    for number in range(62):
        await call(
            hass,
            "create_asset",
            config_entry_id=entry.entry_id,
            name=f"Radiator {number:02}",
        )
    prompt = (await agent_api(hass, member)).api_prompt
    assert "Radiator 59" in prompt
    assert "Radiator 60" not in prompt
    assert "and 2 more" in prompt
    assert await hass.config_entries.async_unload(entry.entry_id)
    prompt = (await agent_api(hass, member)).api_prompt
    assert "No property is set up in Haven yet." in prompt
    assert "Radiator" not in prompt


async def test_skipping_a_meter_task_says_it_waits_for_its_meter(
    hass: HomeAssistant,
    recorder_mock: Any,
    freezer: FrozenDateTimeFactory,
    people: dict[str, User],  # noqa: F811
) -> None:
    """A task due by its meter has no next date: the answer says so, not "Next due ."."""
    ids = await set_up_home(hass, freezer, HOMES["en"])
    car = await call(
        hass, "create_asset", config_entry_id=ids["entry"].entry_id, name="Car"
    )
    await odometer_task(hass, car["asset_id"])
    await settle(hass, freezer)
    answer = await ask(hass, "Skip change the oil", "en", people["admin"])
    assert (
        answer == "Skipped Change the oil on the Car. It comes due again by its meter."
    )
    logs = [log for log in await db_rows(hass, Log) if log.kind == "skipped"]
    assert len(logs) == 1
