"""Reminders of one property: when they fall, that each is sent once, and sending them.

For each occurrence of a task (its current due moment) there are up to three kinds of
announcement: ``lead`` (the task's lead days before it is due), ``due`` (on the due day
at the configured time of day, or at the due moment of a task due at a set time) and
``repeat:N`` (every few days while it stays overdue, if configured). A reminder that
falls in quiet hours waits until they end. When ``due`` comes, ``haven_task_due``
fires and the task's supplies go to the shopping list.

What was announced is written to the database before anything is sent, so a restart
never repeats a reminder; what fell due while HA was down is announced after start-up.
When several kinds are pending at once (HA was down for a while), only the most
advanced is sent, and the event still fires exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
import logging
from typing import TYPE_CHECKING, Any

from homeassistant.components.notify import (
    ATTR_MESSAGE,
    ATTR_TITLE,
    DOMAIN as NOTIFY_DOMAIN,
)
from homeassistant.components.todo import DOMAIN as TODO_DOMAIN
from homeassistant.core import Context, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import dt as dt_util

from .const import (
    ATTR_ASSET_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_TASK_ID,
    CONF_NOTIFY_TARGETS,
    CONF_QUIET_END,
    CONF_QUIET_START,
    CONF_REMINDER_TIME,
    CONF_REPEAT_DAYS,
    CONF_SHOPPING_LIST,
    DEFAULT_REMINDER_TIME,
    DOMAIN,
    EVENT_TASK_DUE,
)
from .recurrence import is_day_granular, local_day
from .view import STATUS_DONE, STATUS_UNSCHEDULED, iso

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .manager import PropertyManager
    from .store.models import Task

_LOGGER = logging.getLogger(__name__)

KIND_LEAD = "lead"
KIND_DUE = "due"
KIND_REPEAT = "repeat"
KIND_SUPPLIES = "supplies"
ACTION_DONE = "HAVEN_DONE_"
ACTION_SNOOZE = "HAVEN_SNOOZE_"
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
    def from_options(cls, options: Mapping[str, Any]) -> ReminderSettings:
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


def unquiet(moment: datetime, settings: ReminderSettings, tz: Any) -> datetime:
    """Move a moment that falls in quiet hours to their end."""
    start, end = settings.quiet_start, settings.quiet_end
    if start is None or end is None or start == end:
        return moment
    local = moment.astimezone(tz)
    clock = local.time().replace(tzinfo=None)
    day = local.date()
    if start < end:
        if not start <= clock < end:
            return moment
    elif end <= clock < start:
        return moment
    elif clock >= start:
        day += timedelta(days=1)
    return datetime.combine(day, end, tzinfo=tz).astimezone(dt_util.UTC)


class Reminders:
    """Plans, records and sends one property's reminders."""

    def __init__(
        self,
        manager: PropertyManager,
        settings: ReminderSettings,
        sent: list[tuple[str, datetime, str]],
    ) -> None:
        """Start from the announcements already stored."""
        self.manager = manager
        self.hass: HomeAssistant = manager.hass
        self.settings = settings
        # Per task: the occurrence (due moment) and the kinds announced for it.
        self._sent: dict[str, tuple[datetime, set[str]]] = {}
        for task_id, due_at, kind in sent:
            current = self._sent.get(task_id)
            if current is None or current[0] < due_at:
                self._sent[task_id] = (due_at, {kind})
            elif current[0] == due_at:
                current[1].add(kind)
        self._next: dict[str, datetime] = {}
        for task in manager.view.tasks.values():
            self._plan(task)

    # Planning

    def _kinds_sent(self, task: Task) -> set[str]:
        current = self._sent.get(task.id)
        if current is None or current[0] != task.next_due_at:
            return set()
        return current[1]

    def _due_moment(self, task: Task) -> datetime:
        """Return when the due reminder of the task's occurrence falls."""
        due = task.next_due_at
        assert due is not None
        tz = self.manager.view.tz
        if is_day_granular(due, tz):
            due = datetime.combine(local_day(due, tz), self.settings.at, tzinfo=tz)
        return unquiet(due, self.settings, tz)

    def _moments(self, task: Task) -> list[tuple[datetime, str]]:
        """Return the task's reminders not sent yet, earliest first."""
        if task.next_due_at is None or self.manager.view.status.get(task.id) in (
            STATUS_DONE,
            STATUS_UNSCHEDULED,
        ):
            return []
        tz = self.manager.view.tz
        sent = self._kinds_sent(task)
        due_moment = self._due_moment(task)
        moments: list[tuple[datetime, str]] = []
        if task.lead_days and KIND_LEAD not in sent:
            day = local_day(task.next_due_at, tz) - timedelta(days=task.lead_days)
            lead = unquiet(
                datetime.combine(day, self.settings.at, tzinfo=tz), self.settings, tz
            )
            # A date set inside its own lead window (a snooze, a new task) gets no
            # "due soon" reminder right away: the due reminder follows soon enough.
            if lead < due_moment and lead >= task.updated_at:
                moments.append((lead, KIND_LEAD))
        if KIND_DUE not in sent:
            moments.append((due_moment, KIND_DUE))
        if self.settings.repeat_days:
            count = 1 + max(
                (int(k.split(":")[1]) for k in sent if k.startswith(KIND_REPEAT)),
                default=0,
            )
            repeat = due_moment + timedelta(days=self.settings.repeat_days * count)
            moments.append(
                (unquiet(repeat, self.settings, tz), f"{KIND_REPEAT}:{count}")
            )
        return moments

    def _plan(self, task: Task) -> None:
        moments = self._moments(task)
        if moments:
            self._next[task.id] = min(moment for moment, _ in moments)
        else:
            self._next.pop(task.id, None)

    @callback
    def async_tasks_changed(self, task_ids: list[str]) -> None:
        """Re-plan tasks that were written or removed."""
        for task_id in task_ids:
            if (task := self.manager.view.tasks.get(task_id)) is None:
                self._next.pop(task_id, None)
                self._sent.pop(task_id, None)
            else:
                self._plan(task)

    def next_moment(self) -> datetime | None:
        """Return the earliest reminder not sent yet."""
        return min(self._next.values(), default=None)

    # Sending

    @callback
    def async_on_time(self, now: datetime) -> None:
        """Announce every reminder whose moment has come."""
        view = self.manager.view
        batch: list[tuple[Task, list[str]]] = []
        for task_id, moment in list(self._next.items()):
            if moment > now:
                continue
            task = view.tasks[task_id]
            kinds = [kind for at, kind in self._moments(task) if at <= now]
            if kinds:
                batch.append((task, kinds))
        if not batch:
            return
        for task, kinds in batch:
            assert task.next_due_at is not None
            if KIND_DUE in kinds and self._supplies(task):
                kinds.append(KIND_SUPPLIES)
            due_at, sent = self._sent.get(task.id, (task.next_due_at, set()))
            if due_at != task.next_due_at:
                sent = set()
            self._sent[task.id] = (task.next_due_at, sent | set(kinds))
            self._plan(task)
        self.hass.async_create_task(
            self._async_announce(batch), "haven reminders", eager_start=True
        )

    def _supplies(self, task: Task) -> list[str]:
        return [
            " ".join(
                filter(None, (s.name, f"({s.part_number})" if s.part_number else None))
            )
            for s in self.manager.view.task_supplies(task.id)
        ]

    async def _async_announce(self, batch: list[tuple[Task, list[str]]]) -> None:
        """Record the batch, then fire events, notify and fill the shopping list."""
        view = self.manager.view
        await self.manager.repository.async_add_announcements(
            view.property_id,
            [
                (task.id, due_at, kind)
                for task, kinds in batch
                if (due_at := task.next_due_at) is not None
                for kind in kinds
            ],
        )
        texts = await async_get_translations(
            self.hass, self.hass.config.language, "common", [DOMAIN]
        )
        notes: list[tuple[Task, str]] = []
        for task, kinds in batch:
            if KIND_DUE in kinds:
                self._fire_due(task)
            if KIND_SUPPLIES in kinds:
                await self._async_add_supplies(task)
            kind = kinds[-1] if kinds[-1] != KIND_SUPPLIES else kinds[-2]
            notes.append((task, kind.split(":")[0]))
        if len(notes) > DIGEST_AFTER:
            # Many at once (the first start, a long outage): one summary, not a flood.
            common = f"component.{DOMAIN}.common"
            message = texts.get(f"{common}.reminder_digest_message", "{count}: {tasks}")
            await self._async_send(
                texts.get(f"{common}.reminder_digest_title", "Maintenance"),
                message.replace("{count}", str(len(notes))).replace(
                    "{tasks}", ", ".join(self._title(task) for task, _ in notes)
                ),
                f"haven_digest_{self.manager.entry_id}",
                [],
            )
            return
        for task, kind in notes:
            await self._async_notify(task, kind, texts)

    def _fire_due(self, task: Task) -> None:
        self.hass.bus.async_fire(
            EVENT_TASK_DUE,
            {
                ATTR_CONFIG_ENTRY_ID: self.manager.entry_id,
                ATTR_ASSET_ID: task.asset_id,
                ATTR_TASK_ID: task.id,
                "name": task.name,
                "due_at": iso(task.next_due_at),
                "supplies": [
                    {
                        "name": s.name,
                        "part_number": s.part_number,
                        "purchase_url": s.purchase_url,
                        "quantity": s.quantity,
                    }
                    for s in self.manager.view.task_supplies(task.id)
                ],
            },
        )

    def _title(self, task: Task) -> str:
        view = self.manager.view
        if task.asset_id and (asset := view.assets.get(task.asset_id)):
            return f"{task.name} ({asset.name})"
        return task.name

    async def _async_notify(self, task: Task, kind: str, texts: dict[str, str]) -> None:
        """Send one task's reminder, with Done and Snooze on the phones."""
        common = f"component.{DOMAIN}.common"
        key = f"{common}.reminder_{kind}"
        message = texts.get(f"{key}_message", "{task}")
        await self._async_send(
            texts.get(f"{key}_title", kind),
            message.replace("{task}", self._title(task)),
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

    async def _async_send(
        self, title: str, message: str, tag: str, actions: list[dict[str, str]]
    ) -> None:
        """Send to every configured target; a failing one is logged, not fatal."""
        for target in self.settings.targets:
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

    async def _async_add_supplies(self, task: Task) -> None:
        shopping = self.settings.shopping_list
        if shopping is None or not self._target_exists(shopping):
            return
        for item in self._supplies(task):
            await self._async_call(
                TODO_DOMAIN, "add_item", {"entity_id": shopping, "item": item}, shopping
            )

    @callback
    def async_task_done(self, task_id: str) -> None:
        """Clear the task's notification on the phones once it is done."""
        for target in self.settings.targets:
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

    # Repairs

    def _target_exists(self, target: str) -> bool:
        """Return whether a target exists; raise or clear its repair issue."""
        domain, _, name = target.partition(".")
        if domain == NOTIFY_DOMAIN and name.startswith("mobile_app_"):
            exists = self.hass.services.has_service(NOTIFY_DOMAIN, name)
        else:
            exists = self.hass.states.get(target) is not None
        issue_id = f"missing_target_{self.manager.entry_id}_{target}"
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
                    "property": self.manager.view.property.name,
                },
                data={"entry_id": self.manager.entry_id, "target": target},
            )
        return exists

    @callback
    def async_check_targets(self) -> None:
        """Raise repair issues for targets that are gone (once HA has started)."""
        for target in (*self.settings.targets, self.settings.shopping_list):
            if target:
                self._target_exists(target)
