"""One permission rule on every path: removals are for administrators only.

Each path a change can come from is tried as an administrator, as a regular user and
(where Haven decides) as a read-only user: actions, the to-do lists, triage, the
websocket and device removal.
"""

from __future__ import annotations

from typing import Any

from homeassistant.auth.const import GROUP_ID_USER
from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    CLIENT_ID,
    MockConfigEntry,
    MockUser,
)

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Asset, InboxItem, Task

from .conftest import db_dump, db_rows

pytestmark = pytest.mark.storage

MAINTENANCE = "todo.home_maintenance"
INBOX = "todo.home_inbox"


@pytest.fixture
async def hass_regular_user(hass: HomeAssistant, local_auth: Any) -> User:
    """Return a household member who is not an administrator (HA's "Users" group)."""
    users = await hass.auth.async_get_group(GROUP_ID_USER)
    assert users is not None
    user: User = MockUser(name="Kid", groups=[users]).add_to_hass(hass)
    assert not user.is_admin
    return user


async def haven(
    hass: HomeAssistant, service: str, data: dict[str, Any], user: User | None = None
) -> Any:
    """Call a Haven action as a user."""
    return await hass.services.async_call(
        DOMAIN,
        service,
        data,
        blocking=True,
        context=Context(user_id=user.id if user else None),
        return_response=service not in {"remove_task", "remove_asset", "update_task"},
    )


async def todo(
    hass: HomeAssistant, service: str, entity_id: str, data: dict[str, Any], user: User
) -> None:
    """Call a to-do list action as a user."""
    await hass.services.async_call(
        "todo",
        service,
        data,
        target={"entity_id": entity_id},
        blocking=True,
        context=Context(user_id=user.id),
    )


@pytest.fixture
async def records(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, str]:
    """Return the ids of an asset, its task and an open capture."""
    asset = await haven(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Boiler"}
    )
    task = await haven(
        hass,
        "create_task",
        {"asset_id": asset["asset_id"], "name": "Bleed", "every": 3},
    )
    item = await haven(
        hass, "capture", {"config_entry_id": entry.entry_id, "text": "Damp basement"}
    )
    await entry.runtime_data.inbox.processor.async_join()
    await hass.async_block_till_done()
    return {**asset, **task, **item}


async def test_todo_remove_item_needs_an_administrator(
    hass: HomeAssistant,
    records: dict[str, str],
    hass_regular_user: User,
    hass_admin_user: User,
) -> None:
    """Issue 9: a regular user deleted a task through todo.remove_item."""
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await todo(
            hass,
            "remove_item",
            MAINTENANCE,
            {"item": records["task_id"]},
            hass_regular_user,
        )
    assert err.value.translation_key == "admin_required"
    assert "Only an administrator may do this (todo.remove_item)" in str(err.value)
    assert await db_dump(hass) == before

    await todo(
        hass, "remove_item", MAINTENANCE, {"item": records["task_id"]}, hass_admin_user
    )
    assert await db_rows(hass, Task) == []


async def test_inbox_dismiss_needs_an_administrator(
    hass: HomeAssistant,
    records: dict[str, str],
    hass_regular_user: User,
    hass_admin_user: User,
) -> None:
    """Dismissing a capture (list or triage) is a removal; filing it is not."""
    item_id = records["inbox_item_id"]
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await todo(hass, "remove_item", INBOX, {"item": item_id}, hass_regular_user)
    assert err.value.translation_key == "admin_required"
    with pytest.raises(ServiceValidationError):
        await haven(
            hass,
            "triage_capture",
            {"inbox_item_id": item_id, "outcome": "dismiss"},
            hass_regular_user,
        )
    assert await db_dump(hass) == before

    await todo(hass, "remove_item", INBOX, {"item": item_id}, hass_admin_user)
    (row,) = await db_rows(hass, InboxItem)
    assert (row.status, row.outcome) == ("FILED", "dismiss")


async def test_regular_user_does_the_everyday_work(
    hass: HomeAssistant, records: dict[str, str], hass_regular_user: User
) -> None:
    """Complete, log, add and edit, capture and triage into a note: all allowed."""
    user = hass_regular_user
    await haven(hass, "complete_task", {"task_id": records["task_id"]}, user)
    await haven(
        hass,
        "log_maintenance",
        {"asset_id": records["asset_id"], "action": "Oiled"},
        user,
    )
    await haven(hass, "update_task", {"task_id": records["task_id"], "every": 4}, user)
    await haven(
        hass,
        "triage_capture",
        {"inbox_item_id": records["inbox_item_id"], "outcome": "note"},
        user,
    )
    await todo(hass, "add_item", MAINTENANCE, {"item": "Sweep the chimney"}, user)
    assert len(await db_rows(hass, Task)) == 2


@pytest.mark.parametrize(
    ("service", "data"),
    [
        ("remove_task", {"task_id": "{task_id}"}),
        ("remove_asset", {"asset_id": "{asset_id}"}),
        ("triage_capture", {"inbox_item_id": "{inbox_item_id}", "outcome": "dismiss"}),
    ],
)
async def test_removing_actions_need_an_administrator(
    hass: HomeAssistant,
    records: dict[str, str],
    hass_regular_user: User,
    hass_admin_user: User,
    service: str,
    data: dict[str, str],
) -> None:
    """Each removing action: refused to a regular user, done for an administrator."""
    data = {key: value.format(**records) for key, value in data.items()}
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await haven(hass, service, data, hass_regular_user)
    assert err.value.translation_key == "admin_required"
    assert await db_dump(hass) == before
    await haven(hass, service, data, hass_admin_user)
    assert await db_dump(hass) != before


@pytest.mark.parametrize(
    ("service", "data"),
    [
        ("complete_task", {"task_id": "{task_id}"}),
        ("create_task", {"asset_id": "{asset_id}", "name": "Polish"}),
        ("capture", {"config_entry_id": "{entry_id}", "text": "Squeaky door"}),
    ],
)
async def test_read_only_user_only_looks(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    records: dict[str, str],
    hass_read_only_user: User,
    service: str,
    data: dict[str, str],
) -> None:
    """A read-only user may read the history but change nothing."""
    ids = {**records, "entry_id": entry.entry_id}
    data = {key: value.format(**ids) for key, value in data.items()}
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await haven(hass, service, data, hass_read_only_user)
    assert err.value.translation_key == "read_only_user"
    assert await db_dump(hass) == before
    history = await haven(
        hass, "get_history", {"config_entry_id": entry.entry_id}, hass_read_only_user
    )
    assert history["logs"] == []


async def test_device_removal_is_for_administrators(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    records: dict[str, str],
    hass_regular_user: User,
    hass_ws_client: Any,
) -> None:
    """HA offers device removal to administrators only; a regular user changes nothing."""
    assert await async_setup_component(hass, "config", {})
    refresh = await hass.auth.async_create_refresh_token(hass_regular_user, CLIENT_ID)
    client = await hass_ws_client(hass, hass.auth.async_create_access_token(refresh))
    await client.send_json_auto_id(
        {
            "type": "config/device_registry/remove_config_entry",
            "config_entry_id": entry.entry_id,
            "device_id": records["device_id"],
        }
    )
    reply = await client.receive_json()
    assert not reply["success"]
    assert reply["error"]["code"] == "unauthorized"
    assert len(await db_rows(hass, Asset)) == 1
    assert dr.async_get(hass).async_get(records["device_id"]) is not None


async def test_inbox_items_are_only_ticked(
    hass: HomeAssistant, records: dict[str, str], hass_regular_user: User
) -> None:
    """Renaming an Inbox item is refused (translated); ticking it as the card does files it."""
    item_id = records["inbox_item_id"]
    before = await db_dump(hass)
    with pytest.raises(ServiceValidationError) as err:
        await todo(
            hass,
            "update_item",
            INBOX,
            {"item": item_id, "rename": "Dry"},
            hass_regular_user,
        )
    assert err.value.translation_key == "inbox_item_read_only"
    assert "can only be ticked off" in str(err.value)
    assert await db_dump(hass) == before

    # The to-do card sends the item back whole: summary and description with the tick.
    shown = hass.states.get(INBOX)
    assert shown is not None
    items = await hass.services.async_call(
        "todo",
        "get_items",
        {},
        target={"entity_id": INBOX},
        blocking=True,
        return_response=True,
    )
    (item,) = items[INBOX]["items"]  # type: ignore[index]
    await todo(
        hass,
        "update_item",
        INBOX,
        {
            "item": item_id,
            "rename": item["summary"],
            "description": item["description"],
            "status": "completed",
        },
        hass_regular_user,
    )
    (row,) = await db_rows(hass, InboxItem)
    assert (row.status, row.outcome) == ("FILED", "note")
