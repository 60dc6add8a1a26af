"""The Maintenance to-do list: one item per task, with full two-way semantics.

Completing an item completes its task, and a recurring task comes straight back with
its new due date. Adding an item creates a one-off house-wide task; renaming an item,
changing its due date or its description changes the task; deleting removes it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from homeassistant.components.todo import (
    TodoItem,
    TodoItemStatus,
    TodoListEntity,
    TodoListEntityFeature,
)
from homeassistant.const import ATTR_NAME
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .capture.inbox import summary
from .const import ATTR_FIRST_DUE, ATTR_NOTES
from .entity import HavenEntity
from .errors import invalid
from .recurrence import KIND_ONCE, is_day_granular
from .view import INBOX_KEY, PROPERTY_KEY, STATUS_DONE

if TYPE_CHECKING:
    from . import HavenConfigEntry
    from .capture.inbox import Inbox
    from .manager import PropertyManager
    from .store.models import InboxItem, Task

PARALLEL_UPDATES = 0
_NEVER = datetime.max.replace(tzinfo=UTC)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HavenConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the property's Maintenance list."""
    async_add_entities(
        [
            MaintenanceTodoList(entry.runtime_data.manager),
            InboxTodoList(entry.runtime_data.manager, entry.runtime_data.inbox),
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

    def __init__(self, manager: PropertyManager) -> None:
        """Show one property's tasks."""
        super().__init__(
            manager, PROPERTY_KEY, f"{manager.view.property_id}_maintenance"
        )
        self._cache: dict[str, tuple[Task, str | None, str, TodoItem]] = {}

    async def async_added_to_hass(self) -> None:
        """Rebuild the items only when a task changed, not on every state read."""
        self._attr_todo_items = self._items()

        @callback
        def _changed() -> None:
            self._attr_todo_items = self._items()
            self.async_write_ha_state()

        self.async_on_remove(self.view.async_subscribe(PROPERTY_KEY, _changed))

    def _summary(self, task: Task) -> str:
        if task.asset_id and (asset := self.view.assets.get(task.asset_id)):
            return f"{task.name} ({asset.name})"
        return task.name

    def _items(self) -> list[TodoItem]:
        """Return the items, rebuilding only those whose task, status or asset changed."""
        view = self.view
        tz = view.tz
        cache: dict[str, tuple[Task, str | None, str, TodoItem]] = {}
        for task in view.tasks.values():
            status = view.status.get(task.id)
            summary = self._summary(task)
            cached = self._cache.get(task.id)
            if cached and cached[0] is task and cached[1:3] == (status, summary):
                cache[task.id] = cached
                continue
            due: Any = None
            if (moment := task.next_due_at) is not None:
                local = moment.astimezone(tz)
                due = local.date() if is_day_granular(moment, tz) else local
            done = status == STATUS_DONE
            item = TodoItem(
                uid=task.id,
                summary=summary,
                status=TodoItemStatus.COMPLETED
                if done
                else TodoItemStatus.NEEDS_ACTION,
                due=due,
                description=task.notes,
                completed=task.last_completed_at if done else None,
            )
            cache[task.id] = (task, status, summary, item)
        self._cache = cache
        return [
            entry[3]
            for entry in sorted(
                cache.values(),
                key=lambda e: (
                    e[0].next_due_at is None,
                    e[0].next_due_at or _NEVER,
                    e[2],
                ),
            )
        ]

    def _user_id(self) -> str | None:
        return self._context.user_id if self._context else None

    async def async_create_todo_item(self, item: TodoItem) -> None:
        """Create a one-off house-wide task."""
        await self.manager.async_create_task(
            {
                ATTR_NAME: item.summary,
                ATTR_NOTES: item.description,
                ATTR_FIRST_DUE: item.due,
            },
            asset_id=None,
        )

    async def async_update_todo_item(self, item: TodoItem) -> None:
        """Complete, rename, re-date or re-describe a task."""
        task = self.manager.get_task(item.uid or "")
        done = self.view.status.get(task.id) == STATUS_DONE
        if item.status == TodoItemStatus.COMPLETED and not done:
            await self.manager.async_complete_task(task.id, user_id=self._user_id())
            return
        fields: dict[str, Any] = {}
        summary = item.summary or ""
        if summary != self._summary(task):
            # The list shows "Task (Asset)"; a rename keeps the asset out of the name.
            suffix = self._summary(task)[len(task.name) :]
            fields[ATTR_NAME] = summary.removesuffix(suffix) if suffix else summary
        if (item.description or None) != task.notes:
            fields[ATTR_NOTES] = item.description
        current = next((i.due for i in self.todo_items or () if i.uid == task.id), None)
        if item.due != current:
            if item.due is None and task.schedule_kind != KIND_ONCE:
                raise invalid("due_required", name=task.name)
            fields[ATTR_FIRST_DUE] = item.due
        if fields:
            await self.manager.async_update_task(task.id, fields)

    async def async_delete_todo_items(self, uids: list[str]) -> None:
        """Remove tasks (their history stays on the asset)."""
        for uid in uids:
            self.manager.get_task(uid)
        for uid in uids:
            await self.manager.async_remove_task(uid)


class InboxTodoList(HavenEntity, TodoListEntity):
    """Open captures as to-do items (uid = inbox item id); ticking one files it."""

    _attr_translation_key = "inbox"
    _attr_supported_features = (
        TodoListEntityFeature.UPDATE_TODO_ITEM | TodoListEntityFeature.DELETE_TODO_ITEM
    )

    def __init__(self, manager: PropertyManager, inbox: Inbox) -> None:
        """Show one property's inbox."""
        super().__init__(manager, INBOX_KEY, f"{manager.view.property_id}_inbox")
        self.inbox = inbox

    @property
    def todo_items(self) -> list[TodoItem]:
        """Return the open captures, oldest first (a short list: read on change)."""
        return [
            TodoItem(
                uid=item.id,
                summary=summary(item),
                status=TodoItemStatus.NEEDS_ACTION,
                description=_inbox_description(item),
            )
            for item in self.inbox.open_items()
        ]

    async def async_update_todo_item(self, item: TodoItem) -> None:
        """File a ticked capture; anything else is done with triage_capture."""
        self.inbox.get_item(item.uid or "")
        if item.status != TodoItemStatus.COMPLETED:
            raise invalid("inbox_item_read_only")
        await self.inbox.async_file(item.uid or "")

    async def async_delete_todo_items(self, uids: list[str]) -> None:
        """Dismiss captures (their files stay browsable in the media source)."""
        for uid in uids:
            self.inbox.get_item(uid)
        for uid in uids:
            await self.inbox.async_triage(uid, "dismiss", {})


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
