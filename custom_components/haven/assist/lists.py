"""Haven's to-do lists by voice, and notes into the inbox.

Home Assistant's own list commands find a list by its exact name and an item by its
exact text; Haven's lists are called "<property> Maintenance" and their items read
"Inspect the flue (Furnace)". These answers take over for Haven's lists only (their
sentences name the lists literally): "my maintenance list" finds the one property's
list (or asks which), and an item is found by the task's name with or without its asset.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from homeassistant.components import automation

from ..capture.inbox import summary
from ..const import ATTR_NAME
from ..data import HavenConfigEntry, loaded_entries
from ..permissions import Access, async_allowed
from ..view import STATUS_DONE
from .answers import Request, attempt, task_candidates, task_label, which_task
from .matching import Candidate, find_in, match
from .speech import spoken_list

LIST_MAINTENANCE = "maintenance"
LIST_INBOX = "inbox"
# The blueprint that captured notes before Haven understood "note that …" itself.
VOICE_CAPTURE_BLUEPRINT = "voice_capture.yaml"


def _property(request: Request) -> HavenConfigEntry | str:
    """Return the property a sentence is about, or the question to ask."""
    entries = loaded_entries(request.hass)
    if not entries:
        return request.say("no_property")
    if len(entries) == 1:
        return entries[0]
    named = find_in(request.text, [entry.title for entry in entries], request.language)
    chosen = [entry for entry in entries if named and entry.title == named[0]]
    if len(chosen) == 1:
        return chosen[0]
    return request.say(
        "which_property",
        candidates=", ".join(sorted(entry.title for entry in entries)),
    )


def _list_name(request: Request) -> str:
    return request.language.lists[request.list_kind or LIST_MAINTENANCE][0]


async def async_list_items(request: Request) -> str:
    """Read out a Maintenance or Inbox list."""
    entry = _property(request)
    if isinstance(entry, str):
        return entry
    data = entry.runtime_data
    if request.list_kind == LIST_INBOX:
        items = [summary(item) for item in data.inbox.open_items()]
    else:
        items = [
            task_label(request, entry, task)
            for task in data.view.ordered_tasks()
            if data.view.status.get(task.id) != STATUS_DONE
        ]
    if not items:
        return request.say("list_empty", list=_list_name(request))
    return request.say(
        "list_items",
        list=_list_name(request),
        items=spoken_list(items, request.language),
    )


async def async_list_add(request: Request) -> str:
    """Add a one-off task to the Maintenance list, or a note to the Inbox."""
    entry = _property(request)
    if isinstance(entry, str):
        return entry
    item = request.slots.get("item", "").strip()
    name = item[:1].upper() + item[1:]
    data = entry.runtime_data
    write: Coroutine[Any, Any, Any]
    if request.list_kind == LIST_INBOX:
        write = data.inbox.async_capture(text=item, user_id=request.user_id)
    else:
        write = data.commands.async_create_task({ATTR_NAME: name}, asset_id=None)
    if refused := await attempt(request, write):
        return refused
    return request.say("list_added", item=name)


def _inbox_write(
    request: Request, entry: HavenConfigEntry, remove: bool
) -> tuple[Coroutine[Any, Any, Any], str] | None:
    """Return how to file (or dismiss) the inbox item named, and its label."""
    inbox = entry.runtime_data.inbox
    candidates = [Candidate(item.id, summary(item)) for item in inbox.open_items()]
    found = match(request.slots.get("item", ""), candidates, request.language)
    if len(found) != 1:
        return None
    outcome = "dismiss" if remove else "note"
    write = inbox.async_triage(found[0].record, outcome, {}, user_id=request.user_id)
    return write, found[0].name


def _task_write(
    request: Request, entry: HavenConfigEntry, remove: bool
) -> tuple[Coroutine[Any, Any, Any], str] | str | None:
    """Return how to complete (or remove) the task named and its label, or a question."""
    candidates = task_candidates([entry])
    found = match(request.slots.get("item", ""), candidates, request.language)
    if not found:
        return None
    if len(found) > 1:
        return which_task(request, found)
    _, task = found[0].record
    commands = entry.runtime_data.commands
    write: Coroutine[Any, Any, Any]
    if remove:
        write = commands.async_remove_task(task.id, user_id=request.user_id)
    else:
        write = commands.async_complete_task(task.id, user_id=request.user_id)
    return write, task_label(request, entry, task)


async def async_list_complete(request: Request, remove: bool = False) -> str:
    """Tick (or remove) an item of a Haven list, found by its name."""
    entry = _property(request)
    if isinstance(entry, str):
        return entry
    # Haven's rule, stricter by voice: a request without a user (a voice satellite
    # anyone in the room can talk to) may not remove either.
    if remove and (
        request.user_id is None
        or not await async_allowed(request.hass, request.user_id, Access.REMOVE)
    ):
        return request.say("admin_only")
    found: tuple[Coroutine[Any, Any, Any], str] | str | None
    if request.list_kind == LIST_INBOX:
        found = _inbox_write(request, entry, remove)
    else:
        found = _task_write(request, entry, remove)
    if found is None or isinstance(found, str):
        return found or request.say(
            "unknown_item",
            name=request.slots.get("item", "").strip(),
            list=_list_name(request),
        )
    write, label = found
    if refused := await attempt(request, write):
        return refused
    return request.say("list_removed" if remove else "list_completed", item=label)


async def async_list_remove(request: Request) -> str:
    """Remove an item of a Haven list (administrators only)."""
    return await async_list_complete(request, remove=True)


def blueprint_captures(request: Request) -> bool:
    """Return whether an automation from Haven's voice-capture blueprint is on.

    Such an automation answers "note that …" itself (it predates Haven's own sentence);
    capturing here too would put every note in the inbox twice.
    """
    hass = request.hass
    for entity_id in hass.states.async_entity_ids(automation.DOMAIN):
        path = automation.blueprint_in_automation(hass, entity_id)
        if (
            path
            and path.endswith(VOICE_CAPTURE_BLUEPRINT)
            and automation.is_on(hass, entity_id)
        ):
            return True
    return False


async def async_note(request: Request) -> str | None:
    """Capture what was said into the inbox (None: the blueprint's automation does)."""
    if "automation" in request.hass.config.components and blueprint_captures(request):
        return None
    entry = _property(request)
    if isinstance(entry, str):
        return entry
    text = request.slots.get("text", "").strip()
    if refused := await attempt(
        request,
        entry.runtime_data.inbox.async_capture(text=text, user_id=request.user_id),
    ):
        return refused
    return request.say("noted")
