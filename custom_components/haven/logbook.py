"""Haven's events in HA's Activity page, written as a maintenance diary.

"Alex replaced the air filter on the Furnace · €24", "Sam snoozed Clean the gutters
until March 3", "Inspect the flue on the Furnace is due": each line is built from the
event (the task's name travels with it, so a line stays right after a rename), the
asset's device, the person's name and the cost in the home's currency, in HA's
language where Haven speaks it. Events carry the device id, so the lines also show in
the asset's own activity.

The count sensors (health, overdue, due soon, open inbox items) write no lines: HA's
logbook leaves out sensors with a ``state_class`` or a unit, which they have.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from homeassistant.components.logbook import (
    LOGBOOK_ENTRY_ENTITY_ID,
    LOGBOOK_ENTRY_MESSAGE,
    LOGBOOK_ENTRY_NAME,
)
from homeassistant.const import ATTR_NAME
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from .assist.language import DATA_LANGUAGES, Language, pick
from .assist.speech import day_words, english_past, money_words
from .capture.inbox import summary
from .const import (
    ATTR_ASSET_ID,
    ATTR_COST,
    ATTR_DEVICE_ID,
    ATTR_INBOX_ITEM_ID,
    ATTR_NEXT_DUE_AT,
    ATTR_USER_ID,
    DOMAIN,
    EVENT_CAPTURE_CREATED,
    EVENT_TASK_COMPLETED,
    EVENT_TASK_DUE,
    EVENT_TASK_SKIPPED,
    EVENT_TASK_SNOOZED,
)
from .data import loaded_entries

DATA_USER_NAMES: HassKey[dict[str, str]] = HassKey(f"{DOMAIN}_user_names")
_USER_EVENTS = ("user_added", "user_updated", "user_removed")
_TASK_LINES = {
    EVENT_TASK_COMPLETED: "completed",
    EVENT_TASK_SKIPPED: "skipped",
    EVENT_TASK_SNOOZED: "snoozed",
}


class Diary:
    """Turns Haven's events into logbook lines."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Read names from HA's registries and people as each line is written."""
        self.hass = hass

    @property
    def language(self) -> Language:
        """Return HA's language as Haven speaks it."""
        return pick(self.hass.data[DATA_LANGUAGES], self.hass.config.language)

    def user(self, user_id: str | None) -> str:
        """Return a person's name: their person entity's, else their user's."""
        if user_id:
            for state in self.hass.states.async_all("person"):
                if state.attributes.get(ATTR_USER_ID) == user_id:
                    return state.name
            if name := self.hass.data.get(DATA_USER_NAMES, {}).get(user_id):
                return name
            return self.language.log("someone")
        return self.language.log("automation")

    def asset(self, data: dict[str, Any]) -> str | None:
        """Return the asset's name (its device's, as the user may have renamed it)."""
        if not data.get(ATTR_ASSET_ID):
            return None
        registry = dr.async_get(self.hass)
        if (device_id := data.get(ATTR_DEVICE_ID)) and (
            device := registry.async_get(device_id)
        ):
            return device.name_by_user or device.name
        for entry in loaded_entries(self.hass):
            if asset := entry.runtime_data.view.assets.get(data[ATTR_ASSET_ID]):
                return asset.name
        return None

    def entity(self, data: dict[str, Any]) -> str | None:
        """Return the asset's "maintenance overdue" sensor, which the line links to."""
        if not (asset_id := data.get(ATTR_ASSET_ID)):
            return None
        return er.async_get(self.hass).async_get_entity_id(
            "binary_sensor", DOMAIN, f"{asset_id}_overdue"
        )

    def _split(self, line: str, name: str) -> dict[str, Any]:
        """Return a line as the logbook shows it: a name, then the rest."""
        return {
            LOGBOOK_ENTRY_NAME: name,
            LOGBOOK_ENTRY_MESSAGE: line.removeprefix(name).strip(),
        }

    @callback
    def task(self, event: Any) -> dict[str, Any]:
        """Describe a completion, a skip or a snooze."""
        data, language = event.data, self.language
        kind = _TASK_LINES[event.event_type]
        asset = self.asset(data)
        key = kind if asset else f"{kind}_house"
        task = data.get(ATTR_NAME) or ""
        values: dict[str, Any] = {"task": task, "asset": asset, "user": ""}
        if kind == "completed":
            values["past"] = english_past(task) or language.log("did", task=task)
        if kind == "snoozed" and (
            due := dt_util.parse_datetime(data.get(ATTR_NEXT_DUE_AT) or "")
        ):
            today = dt_util.now().date()
            values["date"] = day_words(dt_util.as_local(due).date(), today, language)
        line = language.log(key, **values).strip()
        if (cost := data.get(ATTR_COST)) is not None:
            amount = money_words(
                Decimal(str(cost)), self.hass.config.currency, language
            )
            line = f"{line} · {amount}"
        return {
            LOGBOOK_ENTRY_NAME: self.user(data.get(ATTR_USER_ID)),
            LOGBOOK_ENTRY_MESSAGE: line,
            LOGBOOK_ENTRY_ENTITY_ID: self.entity(data),
        }

    @callback
    def capture(self, event: Any) -> dict[str, Any]:
        """Describe a capture put into the inbox."""
        data, language = event.data, self.language
        what = language.log("captured_other")
        mime = data.get("mime_type") or ""
        item = None
        for entry in loaded_entries(self.hass):
            item = entry.runtime_data.view.inbox.get(data.get(ATTR_INBOX_ITEM_ID, ""))
            if item:
                break
        if mime.startswith("image/"):
            what = language.log("captured_photo")
        elif mime.startswith("audio/"):
            what = language.log("captured_audio")
        elif item is not None:
            what = language.log("captured_text", text=summary(item))
        return {
            LOGBOOK_ENTRY_NAME: self.user(data.get(ATTR_USER_ID)),
            LOGBOOK_ENTRY_MESSAGE: language.log("captured", user="", what=what).strip(),
            LOGBOOK_ENTRY_ENTITY_ID: self.entity(data),
        }

    @callback
    def due(self, event: Any) -> dict[str, Any]:
        """Describe a task coming due (the reminder)."""
        data, language = event.data, self.language
        asset = self.asset(data)
        task = data.get(ATTR_NAME) or ""
        line = language.log("due" if asset else "due_house", task=task, asset=asset)
        return self._split(line, task) | {LOGBOOK_ENTRY_ENTITY_ID: self.entity(data)}


async def _async_load_user_names(hass: HomeAssistant) -> None:
    hass.data[DATA_USER_NAMES] = {
        user.id: user.name or "" for user in await hass.auth.async_get_users()
    }


@callback
def async_describe_events(
    hass: HomeAssistant,
    async_describe_event: Callable[[str, str, Callable[[Any], dict[str, Any]]], None],
) -> None:
    """Describe Haven's events in the logbook."""
    diary = Diary(hass)
    for event_type in _TASK_LINES:
        async_describe_event(DOMAIN, event_type, diary.task)
    async_describe_event(DOMAIN, EVENT_CAPTURE_CREATED, diary.capture)
    async_describe_event(DOMAIN, EVENT_TASK_DUE, diary.due)
    # Users without a person entity are named from HA's users, read ahead.
    hass.async_create_background_task(_async_load_user_names(hass), "haven_user_names")

    async def _async_users_changed(_event: Event) -> None:
        await _async_load_user_names(hass)

    for event_type in _USER_EVENTS:
        hass.bus.async_listen(event_type, _async_users_changed)
