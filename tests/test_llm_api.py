"""Haven's LLM API as a conversation agent uses it: the prompt, then tool calls."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import llm
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import InboxItem, Log, Task

from .conftest import db_counts, db_rows, setup_property

pytestmark = pytest.mark.storage

START = datetime(2025, 1, 15, 18, 0, tzinfo=UTC)


async def call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    """Call a Haven action and return its response."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


@pytest.fixture
async def home(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> dict[str, Any]:
    """Return a home: a furnace in the basement with two tasks, a dehumidifier, a car."""
    freezer.move_to(START)
    ids: dict[str, Any] = {"entry": entry}
    for key, name, zone in (
        ("furnace", "Furnace", "Basement"),
        ("dehumidifier", "Dehumidifier", "Basement"),
        ("car", "Car", "Garage"),
    ):
        ids[key] = (
            await call(
                hass,
                "create_asset",
                config_entry_id=entry.entry_id,
                name=name,
                zone=zone,
            )
        )["asset_id"]
    for key, asset, name, first_due in (
        ("flue", "furnace", "Inspect the flue", "2025-01-10"),
        ("filter", "furnace", "Replace the filter", "2025-03-01"),
        ("dehumidifier_filter", "dehumidifier", "Replace the filter", "2025-04-01"),
    ):
        ids[key] = (
            await call(
                hass,
                "create_task",
                asset_id=ids[asset],
                name=name,
                every=1,
                unit="years",
                first_due=first_due,
            )
        )["task_id"]
    await call(
        hass, "log_maintenance", asset_id=ids["car"], action="Oil change", cost=80
    )
    return ids


@pytest.fixture
async def member(hass: HomeAssistant) -> User:
    """Return a household member who is not an administrator."""
    return await hass.auth.async_create_user("Sam", group_ids=["system-users"])


async def agent_api(hass: HomeAssistant, user: User | None) -> llm.APIInstance:
    """Return Haven's API as an agent speaking for a user gets it."""
    context = llm.LLMContext(
        platform="test",
        context=Context(user_id=user.id if user else None),
        language="en",
        assistant="conversation",
        device_id=None,
    )
    return await llm.async_get_api(hass, DOMAIN, context)


async def run(api: llm.APIInstance, tool: str, **args: Any) -> dict[str, Any]:
    """Call a tool as an agent does; return its data on any HA release."""
    result: Any = await api.async_call_tool(
        llm.ToolInput(tool_name=tool, tool_args=args)
    )
    return dict(getattr(result, "data", result))


async def test_api_is_offered_with_a_prompt_about_the_home(
    hass: HomeAssistant, home: dict[str, Any], member: User
) -> None:
    """Agents can pick Haven; its prompt names the zones and assets, with counts."""
    assert DOMAIN in {api.id for api in llm.async_get_apis(hass)}
    api = await agent_api(hass, member)
    prompt = api.api_prompt
    assert "Haven keeps this home's maintenance" in prompt
    assert "Basement, Garage" in prompt
    assert "Furnace (Basement)" in prompt
    assert "3 in all, 1 overdue" in prompt
    assert [tool.name for tool in api.tools] == [
        "haven_list_tasks",
        "haven_asset_details",
        "haven_complete_task",
        "haven_snooze_task",
        "haven_skip_task",
        "haven_log_work",
        "haven_capture_note",
        "haven_add_task",
    ]
    # No tool removes anything: removing stays with administrators in HA's UI.
    assert not [tool for tool in api.tools if "remove" in tool.name]


async def test_list_tasks_filters(
    hass: HomeAssistant, home: dict[str, Any], member: User
) -> None:
    """Tasks by status, due window, asset (name or id) and zone."""
    api = await agent_api(hass, member)
    overdue = await run(api, "haven_list_tasks", status="overdue")
    assert [t["task_id"] for t in overdue["tasks"]] == [home["flue"]]
    assert overdue["tasks"][0]["asset"] == "Furnace"
    soon = await run(api, "haven_list_tasks", due_within_days=60)
    assert {t["task_id"] for t in soon["tasks"]} == {home["flue"], home["filter"]}
    by_name = await run(api, "haven_list_tasks", asset="the dehumidifier")
    assert [t["task_id"] for t in by_name["tasks"]] == [home["dehumidifier_filter"]]
    by_id = await run(api, "haven_list_tasks", asset=home["furnace"], limit=1)
    assert (len(by_id["tasks"]), by_id["total"]) == (1, 2)
    garage = await run(api, "haven_list_tasks", zone="garage")
    assert garage == {"tasks": [], "total": 0}
    open_tasks = await run(api, "haven_list_tasks", status="open", zone="Basement")
    assert open_tasks["total"] == 3


async def test_asset_details(
    hass: HomeAssistant, home: dict[str, Any], member: User
) -> None:
    """An asset with its zone, tasks, history, supplies, documents and costs."""
    await call(hass, "add_supply", asset_id=home["car"], name="Oil filter", quantity=2)
    api = await agent_api(hass, member)
    car = await run(api, "haven_asset_details", asset="car")
    assert car["asset"]["name"] == "Car"
    assert car["asset"]["zone"] == "Garage"
    assert [log["action"] for log in car["history"]] == ["Oil change"]
    assert [s["name"] for s in car["supplies"]] == ["Oil filter"]
    assert car["documents"] == []
    assert car["cost"]["total"] == 80.0


async def test_writes_act_as_the_caller(
    hass: HomeAssistant, home: dict[str, Any], member: User
) -> None:
    """Complete, snooze, skip, log work, capture and add a task, as a non-administrator."""
    api = await agent_api(hass, member)
    done = await run(
        api, "haven_complete_task", task="inspect the flue", notes="clean", cost=12.5
    )
    assert done["task_id"] == home["flue"]
    snoozed = await run(
        api, "haven_snooze_task", task="replace the filter", asset="furnace", days=14
    )
    assert snoozed["next_due_at"].startswith("2025-01-29")
    skipped = await run(api, "haven_skip_task", task=home["dehumidifier_filter"])
    assert skipped["next_due_at"].startswith("2026-04-01")
    await run(api, "haven_log_work", asset="Car", action="New tyres", cost=400)
    note = await run(api, "haven_capture_note", text="The car squeaks", asset="car")
    added = await run(
        api,
        "haven_add_task",
        asset="Car",
        name="Rotate the tyres",
        every=6,
        unit="months",
    )
    logs = {log.action: log for log in await db_rows(hass, Log)}
    assert logs["Inspect the flue"].user_id == member.id
    assert logs["Inspect the flue"].notes == "clean"
    assert logs["Replace the filter"].kind == "skipped"
    assert logs["New tyres"].user_id == member.id
    (item,) = await db_rows(hass, InboxItem)
    assert (item.id, item.user_id, item.asset_id) == (
        note["inbox_item_id"],
        member.id,
        home["car"],
    )
    tasks = {task.id: task for task in await db_rows(hass, Task)}
    assert tasks[added["task_id"]].interval_every == 6


@pytest.mark.parametrize(
    ("tool", "args", "key"),
    [
        (
            "haven_snooze_task",
            {"task": "inspect the flue", "days": "soon"},
            "invalid_tool_arguments",
        ),
        (
            "haven_complete_task",
            {"task": "inspect the flue", "cost": "a lot"},
            "invalid_tool_arguments",
        ),
        ("haven_list_tasks", {"status": "urgent"}, "invalid_tool_arguments"),
        (
            "haven_add_task",
            {"asset": "Car", "name": "Wax", "every": 2},
            "invalid_tool_arguments",
        ),
        ("haven_complete_task", {"task": "01JUNKNOWNTASKID"}, "unknown_task_name"),
        ("haven_log_work", {"asset": "boat", "action": "Paint"}, "unknown_asset_name"),
        ("haven_skip_task", {"task": "replace the filter"}, "ambiguous_name"),
        (
            "haven_snooze_task",
            {"task": "inspect the flue", "until": "2020-01-01"},
            "snooze_in_past",
        ),
        ("haven_capture_note", {"text": "x", "property": "Cabin"}, "unknown_property"),
    ],
)
async def test_bad_calls_change_nothing(
    hass: HomeAssistant,
    home: dict[str, Any],
    member: User,
    tool: str,
    args: dict[str, Any],
    key: str,
) -> None:
    """A wrong type, an unknown id or name, an ambiguous name: a translated error."""
    api = await agent_api(hass, member)
    before = await db_counts(hass)
    with pytest.raises(ServiceValidationError) as err:
        await run(api, tool, **args)
    assert err.value.translation_key == key
    assert str(err.value) not in ("", key)  # a sentence the agent can read out
    assert await db_counts(hass) == before


async def test_an_asset_two_properties_share(
    hass: HomeAssistant, home: dict[str, Any], member: User
) -> None:
    """The refusal names each property's furnace; the name with its property picks one."""
    cabin = await setup_property(hass, "Cabin")
    furnace = await call(
        hass, "create_asset", config_entry_id=cabin.entry_id, name="Furnace"
    )
    api = await agent_api(hass, member)
    before = await db_counts(hass)
    with pytest.raises(ServiceValidationError) as err:
        await run(api, "haven_log_work", asset="Furnace", action="Cleaned")
    assert err.value.translation_key == "ambiguous_name"
    assert "Furnace (Cabin), Furnace (Home)" in str(err.value)
    assert await db_counts(hass) == before
    logged = await run(api, "haven_log_work", asset="Furnace (Cabin)", action="Cleaned")
    assert logged["asset_id"] == furnace["asset_id"]


async def test_unknown_tool(hass: HomeAssistant, home: dict[str, Any]) -> None:
    """An agent asking for a tool Haven does not have gets HA's error."""
    api = await agent_api(hass, None)
    with pytest.raises(HomeAssistantError):
        await run(api, "haven_remove_task", task="inspect the flue")


async def test_read_only_users_may_only_read(
    hass: HomeAssistant, home: dict[str, Any], hass_read_only_user: User
) -> None:
    """An agent speaking for a read-only user lists tasks but changes nothing."""
    viewer = hass_read_only_user
    api = await agent_api(hass, viewer)
    assert (await run(api, "haven_list_tasks", status="overdue"))["total"] == 1
    before = await db_counts(hass)
    with pytest.raises(ServiceValidationError) as err:
        await run(api, "haven_complete_task", task="inspect the flue")
    assert err.value.translation_key == "read_only_user"
    assert await db_counts(hass) == before
