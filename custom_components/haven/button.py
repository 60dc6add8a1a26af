"""A "mark done" button per task where wanted (handy for NFC tags and dashboards)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homeassistant.components.button import ButtonEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .data import HavenConfigEntry
from .entity import HavenTaskEntity, async_add_task_entities
from .errors import invalid

if TYPE_CHECKING:
    from .commands import PropertyCommands
    from .store.records import Task

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HavenConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the buttons of tasks where wanted (see entity.py)."""
    commands = entry.runtime_data.commands
    async_add_task_entities(
        entry,
        async_add_entities,
        "button",
        "done",
        lambda task_id: TaskDoneButton(commands, commands.view.tasks[task_id]),
    )


class TaskDoneButton(HavenTaskEntity, ButtonEntity):
    """Pressing it completes the task now, as the pressing user."""

    _attr_translation_key = "mark_done"

    def __init__(self, commands: PropertyCommands, task: Task) -> None:
        """Complete one task."""
        super().__init__(commands, task, "done")

    async def async_press(self) -> None:
        """Complete the task."""
        if self.task is None:
            raise invalid("unknown_task", task_id=self.task_id)
        await self.commands.async_complete_task(self.task_id, user_id=self._user_id())
