"""Who a task is assigned to: Home Assistant persons, and their phones.

A task names its assignees as person entity ids (``assignees``), in turn order when it
rotates; none means anyone. A task written by an older Haven (or an importer) may
name one HA user instead (``assigned_user_id``): it reads as the person of that user
until assignees are set, which clears it (setting the user clears the assignees).
A person removed from Home Assistant drops out of every task (the task is then
unassigned if nobody is left); one that is gone meanwhile is simply not counted.

A person's phones are the mobile-app notify actions of the devices their user
registered (the companion app stores the user in its config entry and registers
``notify.mobile_app_<device name>``).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from homeassistant.const import ATTR_FRIENDLY_NAME
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.util import slugify

from .const import ATTR_ASSIGNED_USER_ID, ATTR_ASSIGNEES, ATTR_ROTATE
from .errors import invalid
from .store.records import Task

PERSON_DOMAIN = "person"
MOBILE_APP_DOMAIN = "mobile_app"
NOTIFY_DOMAIN = "notify"


def person_name(hass: HomeAssistant, person_id: str) -> str:
    """Return a person's name (their entity id when gone)."""
    state = hass.states.get(person_id)
    return (
        str(state.attributes.get(ATTR_FRIENDLY_NAME, person_id)) if state else person_id
    )


def _is_person(hass: HomeAssistant, entity_id: str) -> bool:
    return (
        entity_id.startswith(f"{PERSON_DOMAIN}.")
        and hass.states.get(entity_id) is not None
    )


def clean_assignees(hass: HomeAssistant, value: Any) -> list[str] | None:
    """Return the persons named (in order, once each), or refuse an unknown one."""
    if value is None or value == "":
        return None
    ids = [value] if isinstance(value, str) else list(value)
    for person_id in ids:
        if not isinstance(person_id, str) or not _is_person(hass, person_id):
            raise invalid("unknown_person", person=str(person_id))
    return list(dict.fromkeys(ids)) or None


async def async_assignment_columns(
    hass: HomeAssistant, fields: Mapping[str, Any]
) -> dict[str, Any]:
    """Validate the assignment fields present into columns."""
    columns: dict[str, Any] = {}
    if ATTR_ASSIGNED_USER_ID in fields:
        user_id = fields[ATTR_ASSIGNED_USER_ID] or None
        if user_id and await hass.auth.async_get_user(user_id) is None:
            raise invalid("unknown_user", user_id=user_id)
        columns |= {"assigned_user_id": user_id, "assignees": None}
    if ATTR_ASSIGNEES in fields:
        assignees = clean_assignees(hass, fields[ATTR_ASSIGNEES])
        columns |= {"assignees": assignees, "assigned_user_id": None}
    if ATTR_ROTATE in fields:
        columns["rotate"] = bool(fields[ATTR_ROTATE])
    return columns


def assignees_of(hass: HomeAssistant, task: Task) -> list[str]:
    """Return the persons a task is assigned to that exist (in turn order)."""
    if task.assignees:
        return [i for i in task.assignees if _is_person(hass, i)]
    if task.assigned_user_id:
        return [
            state.entity_id
            for state in hass.states.async_all(PERSON_DOMAIN)
            if state.attributes.get("user_id") == task.assigned_user_id
        ]
    return []


def on_duty(hass: HomeAssistant, task: Task) -> list[str]:
    """Return who is to do a task's current occurrence (the first when rotating)."""
    persons = assignees_of(hass, task)
    return persons[:1] if task.rotate else persons


def rotated(task: Task) -> dict[str, Any]:
    """Return the column change handing a rotating task to the next person."""
    if not task.rotate or not task.assignees or len(task.assignees) < 2:  # noqa: PLR2004
        return {}
    return {"assignees": [*task.assignees[1:], task.assignees[0]]}


def assigned_text(hass: HomeAssistant, task: Task, template: str) -> str | None:
    """Return "Assigned to Ann, Bob." (the one on duty first), or None for anyone."""
    if not (persons := assignees_of(hass, task)):
        return None
    names = ", ".join(person_name(hass, p) for p in persons)
    return template.replace("{persons}", names)


def phones_of(hass: HomeAssistant, person_id: str) -> list[str]:
    """Return the mobile-app notify actions of a person's phones (that exist)."""
    state = hass.states.get(person_id)
    user_id = state.attributes.get("user_id") if state else None
    if not user_id:
        return []
    phones = []
    for entry in hass.config_entries.async_entries(MOBILE_APP_DOMAIN):
        if entry.data.get("user_id") != user_id:
            continue
        service = slugify(f"{MOBILE_APP_DOMAIN}_{entry.data.get('device_name', '')}")
        if hass.services.has_service(NOTIFY_DOMAIN, service):
            phones.append(f"{NOTIFY_DOMAIN}.{service}")
    return phones


def forget_person(tasks: Mapping[str, Task], person_id: str) -> dict[str, list[str]]:
    """Return the tasks' assignees without a person (only of the tasks naming them)."""
    return {
        task.id: [i for i in task.assignees if i != person_id]
        for task in tasks.values()
        if task.assignees and person_id in task.assignees
    }


@callback
def async_track_removed_persons(
    hass: HomeAssistant, forget: Callable[[str], Coroutine[Any, Any, None]]
) -> CALLBACK_TYPE:
    """Have forget(person_id) run when a person is removed from Home Assistant."""

    @callback
    def _updated(event: Event[er.EventEntityRegistryUpdatedData]) -> None:
        if event.data["action"] == "remove" and event.data["entity_id"].startswith(
            f"{PERSON_DOMAIN}."
        ):
            hass.async_create_task(forget(event.data["entity_id"]), eager_start=True)

    return hass.bus.async_listen(er.EVENT_ENTITY_REGISTRY_UPDATED, _updated)
