"""How reminders reach people: notify targets, digests, phone answers, shopping lists.

Targets are notify entities (a plain message through ``notify.send_message``) and
mobile-app notify actions, which get "Done" and "Snooze 1 day" buttons; the phone's
answer comes back as a ``mobile_app_notification_action`` event and is carried out as
the person who pressed it. Notifications are tagged per task so a newer one replaces
an older one and a completed task's is cleared. A target that no longer exists is a
fixable repair issue, never an error.
"""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import time, timedelta
import logging
from typing import Any

from homeassistant.components.notify import (
    ATTR_MESSAGE,
    ATTR_TITLE,
    DOMAIN as NOTIFY_DOMAIN,
)
from homeassistant.components.todo import DOMAIN as TODO_DOMAIN
from homeassistant.core import CALLBACK_TYPE, Context, Event, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.start import async_at_started
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import dt as dt_util

from .assignees import assignees_of, on_duty, person_name, phones_of
from .commands import PropertyCommands
from .const import (
    CONF_NOTIFY_TARGETS,
    CONF_QUIET_END,
    CONF_QUIET_START,
    CONF_REMINDER_TIME,
    CONF_REPEAT_DAYS,
    CONF_SHOPPING_LIST,
    DEFAULT_REMINDER_TIME,
    DOMAIN,
)
from .store.records import Task

_LOGGER = logging.getLogger(__name__)

ACTION_DONE = "HAVEN_DONE_"
ACTION_SNOOZE = "HAVEN_SNOOZE_"
EVENT_NOTIFICATION_ACTION = "mobile_app_notification_action"
MOBILE_APP_PREFIX = "notify.mobile_app_"
# More reminders than this at once are sent as one summary.
DIGEST_AFTER = 3


def _parse_time(value: Any, default: time | None) -> time | None:
    if not value:
        return default
    parsed = dt_util.parse_time(str(value))
    return parsed if parsed is not None else default


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """The property's reminder options."""

    targets: tuple[str, ...] = ()
    at: time = time(9)
    repeat_days: int = 0
    quiet_start: time | None = None
    quiet_end: time | None = None
    shopping_list: str | None = None

    @classmethod
    def from_options(cls, options: Any) -> ReminderSettings:
        """Read the options flow's settings."""
        default_at = dt_util.parse_time(DEFAULT_REMINDER_TIME)
        assert default_at is not None
        return cls(
            targets=tuple(options.get(CONF_NOTIFY_TARGETS) or ()),
            at=_parse_time(options.get(CONF_REMINDER_TIME), default_at) or default_at,
            repeat_days=int(options.get(CONF_REPEAT_DAYS) or 0),
            quiet_start=_parse_time(options.get(CONF_QUIET_START), None),
            quiet_end=_parse_time(options.get(CONF_QUIET_END), None),
            shopping_list=options.get(CONF_SHOPPING_LIST) or None,
        )


class Notifier:
    """Sends one property's reminders and answers its phones."""

    def __init__(
        self,
        hass: HomeAssistant,
        commands: PropertyCommands,
        settings: ReminderSettings,
    ) -> None:
        """Bind to a loaded property and its settings."""
        self.hass = hass
        self.commands = commands
        self.settings = settings

    @property
    def _entry_id(self) -> str:
        return self.commands.entry_id

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Answer phone notifications; check the targets once HA has started."""
        unsub_actions = self.hass.bus.async_listen(
            EVENT_NOTIFICATION_ACTION, self._async_notification_action
        )

        @callback
        def _started(_hass: HomeAssistant) -> None:
            self.async_check_targets()

        unsub_started = async_at_started(self.hass, _started)

        @callback
        def _stop() -> None:
            unsub_actions()
            unsub_started()

        return _stop

    def title(self, task: Task) -> str:
        """Return how a reminder names a task ("Replace the filter (Furnace)")."""
        view = self.commands.view
        if task.asset_id and (asset := view.assets.get(task.asset_id)):
            return f"{task.name} ({asset.name})"
        return task.name

    # Sending

    def recipients(self, task: Task) -> tuple[str, ...]:
        """Return where a task's reminders go: its assignees' phones, else the house's.

        An assignee without a phone gets the house-wide targets instead (and a
        repair issue names them), so nobody's reminder is lost.
        """
        persons = on_duty(self.hass, task)
        targets: list[str] = []
        house = not persons
        for person_id in persons:
            phones = phones_of(self.hass, person_id)
            targets.extend(phones)
            house = house or not phones
            issue_id = f"assignee_without_phone_{self._entry_id}_{person_id}"
            if phones:
                ir.async_delete_issue(self.hass, DOMAIN, issue_id)
                continue
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                issue_id,
                is_fixable=False,
                severity=ir.IssueSeverity.WARNING,
                translation_key="assignee_without_phone",
                translation_placeholders={
                    "person": person_name(self.hass, person_id),
                    "property": self.commands.view.property.name,
                },
            )
        if house:
            targets.extend(self.settings.targets)
        return tuple(dict.fromkeys(targets))

    async def async_send(self, notes: list[tuple[Task, str]]) -> None:
        """Send reminders (task, kind) to their recipients.

        More than a few at once to the same recipients go as one summary.
        """
        texts = await async_get_translations(
            self.hass, self.hass.config.language, "common", [DOMAIN]
        )
        common = f"component.{DOMAIN}.common"
        groups: dict[tuple[str, ...], list[tuple[Task, str]]] = {}
        for note in notes:
            groups.setdefault(self.recipients(note[0]), []).append(note)
        for targets, group in groups.items():
            if len(group) > DIGEST_AFTER:
                # Many at once (the first start, a long outage): one summary.
                message = texts.get(
                    f"{common}.reminder_digest_message", "{count}: {tasks}"
                )
                await self._async_send_all(
                    targets,
                    texts.get(f"{common}.reminder_digest_title", "Maintenance"),
                    message.replace("{count}", str(len(group))).replace(
                        "{tasks}", ", ".join(self.title(task) for task, _ in group)
                    ),
                    f"haven_digest_{self._entry_id}",
                    [],
                )
                continue
            for task, kind in group:
                await self._async_send_one(targets, texts, task, kind)

    async def _async_send_one(
        self, targets: tuple[str, ...], texts: dict[str, str], task: Task, kind: str
    ) -> None:
        common = f"component.{DOMAIN}.common"
        key = f"{common}.reminder_{kind}"
        message = texts.get(f"{key}_message", "{task}")
        await self._async_send_all(
            targets,
            texts.get(f"{key}_title", kind),
            message.replace("{task}", self.title(task)),
            f"haven_{task.id}",
            [
                {
                    "action": f"{ACTION_DONE}{task.id}",
                    "title": texts.get(f"{common}.action_done", "Done"),
                },
                {
                    "action": f"{ACTION_SNOOZE}{task.id}",
                    "title": texts.get(f"{common}.action_snooze", "Snooze 1 day"),
                },
            ],
        )

    async def async_send_notice(
        self, key: str, placeholders: dict[str, str], tag: str
    ) -> None:
        """Send a notice that is not about a task (a warranty ending) to every target."""
        texts = await async_get_translations(
            self.hass, self.hass.config.language, "common", [DOMAIN]
        )
        common = f"component.{DOMAIN}.common"
        message = texts.get(f"{common}.{key}_message", key)
        for name, value in placeholders.items():
            message = message.replace(f"{{{name}}}", value)
        await self._async_send_all(
            tuple(self.settings.targets),
            texts.get(f"{common}.{key}_title", key),
            message,
            tag,
            [],
        )

    async def _async_send_all(
        self,
        targets: tuple[str, ...],
        title: str,
        message: str,
        tag: str,
        actions: list[dict[str, str]],
    ) -> None:
        """Send to each target; a failing one is logged, not fatal."""
        for target in targets:
            if not self._target_exists(target):
                continue
            if target.startswith(MOBILE_APP_PREFIX):
                service = target.removeprefix(f"{NOTIFY_DOMAIN}.")
                extra: dict[str, Any] = {"tag": tag}
                if actions:
                    extra["actions"] = actions
                data: dict[str, Any] = {
                    ATTR_TITLE: title,
                    ATTR_MESSAGE: message,
                    "data": extra,
                }
            else:
                service = "send_message"
                data = {"entity_id": target, ATTR_TITLE: title, ATTR_MESSAGE: message}
            await self._async_call(NOTIFY_DOMAIN, service, data, target)

    async def _async_call(
        self, domain: str, service: str, data: dict[str, Any], target: str
    ) -> None:
        try:
            await self.hass.services.async_call(
                domain, service, data, blocking=True, context=Context()
            )
        except (HomeAssistantError, ValueError) as err:
            # One broken phone must not stop the others, nor Haven.
            _LOGGER.warning("Could not send a Haven reminder to %s: %s", target, err)

    async def async_add_supplies(self, items: list[str]) -> None:
        """Add a due task's supplies to the shopping list, if one is set."""
        shopping = self.settings.shopping_list
        if shopping is None or not self._target_exists(shopping):
            return
        for item in items:
            await self._async_call(
                TODO_DOMAIN, "add_item", {"entity_id": shopping, "item": item}, shopping
            )

    @callback
    def async_clear(self, task_id: str) -> None:
        """Clear a task's notification on the phones once it is done."""
        targets = list(self.settings.targets)
        if task := self.commands.view.tasks.get(task_id):
            # Every assignee's phones: a rotating task has moved on to the next.
            for person_id in assignees_of(self.hass, task):
                targets.extend(phones_of(self.hass, person_id))
        for target in dict.fromkeys(targets):
            if target.startswith(MOBILE_APP_PREFIX) and self._target_exists(target):
                self.hass.async_create_task(
                    self._async_call(
                        NOTIFY_DOMAIN,
                        target.removeprefix(f"{NOTIFY_DOMAIN}."),
                        {
                            ATTR_MESSAGE: "clear_notification",
                            "data": {"tag": f"haven_{task_id}"},
                        },
                        target,
                    ),
                    eager_start=True,
                )

    # Phone answers

    @callback
    def _async_notification_action(self, event: Event) -> None:
        """Answer "Done" or "Snooze 1 day" pressed on a phone notification."""
        action = str(event.data.get("action", ""))
        for prefix in (ACTION_DONE, ACTION_SNOOZE):
            task_id = action.removeprefix(prefix)
            if action.startswith(prefix) and task_id in self.commands.view.tasks:
                break
        else:
            return
        job: Coroutine[Any, Any, Any]
        if prefix == ACTION_DONE:
            job = self.commands.async_complete_task(
                task_id, user_id=event.context.user_id
            )
        else:
            job = self.commands.async_snooze_task(task_id, duration=timedelta(days=1))
        self.hass.async_create_task(
            _async_logged(job, action), "haven notification action", eager_start=True
        )

    # Repairs

    def _target_exists(self, target: str) -> bool:
        """Return whether a target exists; raise or clear its repair issue."""
        domain, _, name = target.partition(".")
        if domain == NOTIFY_DOMAIN and name.startswith("mobile_app_"):
            exists = self.hass.services.has_service(NOTIFY_DOMAIN, name)
        else:
            exists = self.hass.states.get(target) is not None
        issue_id = f"missing_target_{self._entry_id}_{target}"
        if exists:
            ir.async_delete_issue(self.hass, DOMAIN, issue_id)
        else:
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                issue_id,
                is_fixable=True,
                severity=ir.IssueSeverity.WARNING,
                translation_key="missing_target",
                translation_placeholders={
                    "target": target,
                    "property": self.commands.view.property.name,
                },
                data={"entry_id": self._entry_id, "target": target},
            )
        return exists

    @callback
    def async_check_targets(self) -> None:
        """Raise repair issues for targets that are gone (once HA has started)."""
        for target in (*self.settings.targets, self.settings.shopping_list):
            if target:
                self._target_exists(target)


async def _async_logged(job: Coroutine[Any, Any, Any], action: str) -> None:
    """Run what a phone asked for; a task removed meanwhile is only logged."""
    try:
        await job
    except HomeAssistantError as err:
        _LOGGER.warning("Could not do %s from a notification: %s", action, err)
