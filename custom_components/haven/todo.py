"""The Maintenance to-do list: one item per task, with full two-way semantics.

Completing an item completes its task, and a recurring task comes straight back with
its new due date; its description then starts with a line saying when it was last done
and when it is next due, so a tick on the to-do card visibly did something, and one
saying who it is assigned to. Adding an
item creates a one-off house-wide task; renaming an item, changing its due date or its
description (below that line) changes the task; deleting removes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from homeassistant.components.todo import (
    TodoItem,
    TodoItemStatus,
    TodoListEntity,
    TodoListEntityFeature,
)
from homeassistant.const import ATTR_NAME
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.translation import async_get_translations

from .assignees import assigned_text
from .assist.aliases import async_alias_new_list
from .capture.inbox import summary
from .const import ATTR_FIRST_DUE, ATTR_NOTES, DOMAIN
from .data import HavenConfigEntry
from .entity import HavenEntity
from .errors import invalid
from .permissions import Access, async_require
from .recurrence import KIND_ONCE, is_day_granular
from .store.writes import Change
from .view import INBOX_KEY, PROPERTY_KEY, STATUS_DONE, task_done

if TYPE_CHECKING:
    from datetime import datetime, tzinfo

    from .capture.inbox import Inbox
    from .commands import PropertyCommands
    from .store.records import InboxItem, Task

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HavenConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the property's Maintenance list."""
    # Lists created now get their short name as an alias (only a home's first property).
    registry = er.async_get(hass)
    new = len(hass.config_entries.async_entries(DOMAIN)) == 1 and not any(
        registry.async_get_entity_id("todo", DOMAIN, unique_id)
        for unique_id in (
            f"{entry.runtime_data.view.property_id}_maintenance",
            f"{entry.runtime_data.view.property_id}_inbox",
        )
    )
    async_add_entities(
        [
            MaintenanceTodoList(entry.runtime_data.commands, alias=new),
            InboxTodoList(
                entry.runtime_data.commands, entry.runtime_data.inbox, alias=new
            ),
        ]
    )


class MaintenanceTodoList(HavenEntity, TodoListEntity):
    """Every task of the property as a to-do item (uid = task id)."""

    _attr_translation_key = "maintenance"
    _attr_supported_features = (
        TodoListEntityFeature.CREATE_TODO_ITEM
        | TodoListEntityFeature.UPDATE_TODO_ITEM
        | TodoListEntityFeature.DELETE_TODO_ITEM
        | TodoListEntityFeature.SET_DUE_DATE_ON_ITEM
        | TodoListEntityFeature.SET_DUE_DATETIME_ON_ITEM
        | TodoListEntityFeature.SET_DESCRIPTION_ON_ITEM
    )

    def __init__(self, commands: PropertyCommands, alias: bool = False) -> None:
        """Show one property's tasks."""
        super().__init__(
            commands, PROPERTY_KEY, f"{commands.view.property_id}_maintenance"
        )
        self._alias = alias
        # Built when the list is first read (nobody may look at it before a write),
        # then only the items a write touched are rebuilt, never the whole list.
        self._items: dict[str, TodoItem] | None = None
        self._ordered: list[TodoItem] | None = None
        self._texts: dict[str, str] = {}

    async def async_added_to_hass(self) -> None:
        """Read the done line's words, then follow the writes."""
        texts = await async_get_translations(
            self.hass, self.hass.config.language, "common", [DOMAIN]
        )
        prefix = f"component.{DOMAIN}.common."
        self._texts = {
            key.removeprefix(prefix): text
            for key, text in texts.items()
            if key.startswith(f"{prefix}todo_")
        }
        self.async_on_remove(self.view.async_listen_changes(self._async_changed))
        # Last: the alias rewrites the registry entry, which writes the list's state.
        if self._alias and isinstance(self.name, str):
            async_alias_new_list(self.hass, self.entity_id, self.name)

    @callback
    def _async_changed(self, change: Change) -> None:
        if not change.written:
            return
        task_ids = change.task_ids()
        for asset in change.assets:
            # A renamed asset renames its tasks' items ("Task (Asset)").
            task_ids.update(task.id for task in self.view.asset_tasks(asset.id))
        if not task_ids:
            return
        if self._items is not None:
            for task_id in task_ids:
                if (task := self.view.tasks.get(task_id)) is None:
                    self._items.pop(task_id, None)
                else:
                    self._items[task_id] = self._item(task)
        self._ordered = None
        self.async_write_ha_state()

    @property
    def state(self) -> int:
        """Return how many items need doing, counted by the view (no list walk)."""
        return len(self.view.tasks) - self.view.count(STATUS_DONE)

    @property
    def todo_items(self) -> list[TodoItem]:
        """Return the items, soonest due first (undated last)."""
        if self._items is None:
            self._items = {
                task.id: self._item(task) for task in self.view.tasks.values()
            }
        if self._ordered is None:
            items = self._items
            self._ordered = [items[task.id] for task in self.view.ordered_tasks()]
        return self._ordered

    def _summary(self, task: Task) -> str:
        if task.asset_id and (asset := self.view.assets.get(task.asset_id)):
            return f"{task.name} ({asset.name})"
        return task.name

    def _item(self, task: Task) -> TodoItem:
        tz = self.view.tz
        due: Any = None
        if (moment := task.next_due_at) is not None:
            local = moment.astimezone(tz)
            due = local.date() if is_day_granular(moment, tz) else local
        done = task_done(task)
        line = None if done else self._header(task)
        return TodoItem(
            uid=task.id,
            summary=self._summary(task),
            status=TodoItemStatus.COMPLETED if done else TodoItemStatus.NEEDS_ACTION,
            due=due,
            description="\n\n".join(filter(None, (line, task.notes))) or None,
            completed=task.last_completed_at if done else None,
        )

    def _header(self, task: Task) -> str | None:
        """Return the lines above the notes: when last done, who it is assigned to."""
        template = self._texts.get("todo_assigned", "Assigned to {persons}.")
        lines = (self._done_line(task), assigned_text(self.hass, task, template))
        return "\n".join(filter(None, lines)) or None

    def _done_line(self, task: Task) -> str | None:
        """Return "Last done …, next due …" for a task done before, else None."""
        if task.last_completed_at is None:
            return None
        tz = self.view.tz
        last = _local_text(task.last_completed_at, tz, day_only=True)
        if task.next_due_at is None:
            text = self._texts.get("todo_last_done", "Last done {last}.")
            return text.replace("{last}", last)
        text = self._texts.get(
            "todo_last_done_next_due", "Last done {last}, next due {next}."
        )
        due = _local_text(
            task.next_due_at, tz, day_only=is_day_granular(task.next_due_at, tz)
        )
        return text.replace("{last}", last).replace("{next}", due)

    def _notes_of(self, task: Task, item: TodoItem) -> str | None:
        """Return the notes an item's description carries (without the done line)."""
        description = item.description or ""
        if (line := self._header(task)) and description.startswith(line):
            description = description.removeprefix(line).lstrip("\n")
        return description or None

    async def async_create_todo_item(self, item: TodoItem) -> None:
        """Create a one-off house-wide task."""
        await async_require(self.hass, self._user_id(), Access.CHANGE, "todo.add_item")
        await self.commands.async_create_task(
            {
                ATTR_NAME: item.summary,
                ATTR_NOTES: item.description,
                ATTR_FIRST_DUE: item.due,
            },
            asset_id=None,
        )

    async def async_update_todo_item(self, item: TodoItem) -> None:
        """Complete, rename, re-date or re-describe a task."""
        user_id = self._user_id()
        await async_require(self.hass, user_id, Access.CHANGE, "todo.update_item")
        task = self.commands.get_task(item.uid or "")
        done = self.view.status.get(task.id) == STATUS_DONE
        if item.status == TodoItemStatus.COMPLETED and not done:
            await self.commands.async_complete_task(task.id, user_id=user_id)
            return
        fields: dict[str, Any] = {}
        summary = item.summary or ""
        if summary != self._summary(task):
            # The list shows "Task (Asset)"; a rename keeps the asset out of the name.
            suffix = self._summary(task)[len(task.name) :]
            fields[ATTR_NAME] = summary.removesuffix(suffix) if suffix else summary
        if (notes := self._notes_of(task, item)) != task.notes:
            fields[ATTR_NOTES] = notes
        if item.due != self._item(task).due:
            if item.due is None and task.schedule_kind != KIND_ONCE:
                raise invalid("due_required", name=task.name)
            fields[ATTR_FIRST_DUE] = item.due
        if fields:
            await self.commands.async_update_task(task.id, fields)

    async def async_delete_todo_items(self, uids: list[str]) -> None:
        """Remove tasks (their history stays on the asset); administrators only."""
        user_id = self._user_id()
        await async_require(self.hass, user_id, Access.REMOVE, "todo.remove_item")
        for uid in uids:
            self.commands.get_task(uid)
        for uid in uids:
            await self.commands.async_remove_task(uid, user_id=user_id)


class InboxTodoList(HavenEntity, TodoListEntity):
    """Open captures as to-do items (uid = inbox item id); ticking one files it."""

    _attr_translation_key = "inbox"
    # Descriptions are "settable" only so that HA passes the to-do card's edits
    # (which send the description back) to Haven, which refuses any change but a
    # tick with its own translated message.
    _attr_supported_features = (
        TodoListEntityFeature.UPDATE_TODO_ITEM
        | TodoListEntityFeature.DELETE_TODO_ITEM
        | TodoListEntityFeature.SET_DESCRIPTION_ON_ITEM
    )

    def __init__(
        self, commands: PropertyCommands, inbox: Inbox, alias: bool = False
    ) -> None:
        """Show one property's inbox."""
        super().__init__(commands, INBOX_KEY, f"{commands.view.property_id}_inbox")
        self.inbox = inbox
        self._alias = alias

    async def async_added_to_hass(self) -> None:
        """Give a new list its short name as an alias; follow the inbox."""
        await super().async_added_to_hass()
        if self._alias and isinstance(self.name, str):
            async_alias_new_list(self.hass, self.entity_id, self.name)

    @property
    def todo_items(self) -> list[TodoItem]:
        """Return the open captures, oldest first (a short list: read on change)."""
        return [_inbox_item(item) for item in self.inbox.open_items()]

    async def async_update_todo_item(self, item: TodoItem) -> None:
        """File a ticked capture; anything else is done with triage_capture."""
        user_id = self._user_id()
        await async_require(self.hass, user_id, Access.CHANGE, "todo.update_item")
        shown = _inbox_item(self.inbox.get_item(item.uid or ""))
        if item.status != TodoItemStatus.COMPLETED or (
            (item.summary, item.description or None, item.due)
            != (shown.summary, shown.description, shown.due)
        ):
            raise invalid("inbox_item_read_only")
        await self.inbox.async_file(item.uid or "", user_id)

    async def async_delete_todo_items(self, uids: list[str]) -> None:
        """Dismiss captures (their files stay browsable); administrators only."""
        user_id = self._user_id()
        await async_require(self.hass, user_id, Access.REMOVE, "todo.remove_item")
        for uid in uids:
            self.inbox.get_item(uid)
        for uid in uids:
            await self.inbox.async_triage(uid, "dismiss", {}, user_id=user_id)


def _local_text(moment: datetime, tz: tzinfo, *, day_only: bool) -> str:
    """Return a moment as its local date (and time), in a form every language reads."""
    local = moment.astimezone(tz)
    return local.date().isoformat() if day_only else local.strftime("%Y-%m-%d %H:%M")


def _inbox_item(item: InboxItem) -> TodoItem:
    """Return an open capture as the Inbox list shows it."""
    return TodoItem(
        uid=item.id,
        summary=summary(item),
        status=TodoItemStatus.NEEDS_ACTION,
        description=_inbox_description(item),
    )


def _inbox_description(item: InboxItem) -> str:
    """Return what was understood about a capture, or why it was not."""
    lines = [f"Status: {item.status.lower()}"]
    if item.transcription and item.transcription != item.text:
        lines.append(f"Heard: {item.transcription}")
    analysis = item.analysis or {}
    if description := analysis.get("description"):
        lines.append(f"Seen: {description}")
    if task := analysis.get("suggested_task"):
        lines.append(f"Suggested task: {task}")
    if asset := analysis.get("suggested_asset"):
        lines.append(f"Suggested asset: {asset}")
    if item.error:
        lines.append(f"Failed: {item.error} (retry with haven.retry_capture)")
    return "\n".join(lines)
