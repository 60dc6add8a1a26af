"""Base entities: they read the property's in-memory view and listen to one key of it.

Per-task entities (a next-due sensor and a mark-done button) exist only where they are
wanted: for every task when the property's ``task_entities`` option is on, otherwise
only those the user has enabled in the entity registry (kept with their entity ids).
A big home then starts without thousands of registry entries nobody looks at.
"""

from __future__ import annotations

from collections.abc import Callable
import logging

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .commands import PropertyCommands
from .const import CONF_TASK_ENTITIES, DOMAIN
from .data import HavenConfigEntry
from .devices import find_device
from .store.records import Task
from .store.writes import KIND_TASK, Change
from .view import PropertyView

_LOGGER = logging.getLogger(__name__)

# Entities made per task: (platform, unique id suffix).
TASK_ENTITY_SUFFIXES = (("sensor", "next_due"), ("button", "done"))


class HavenEntity(Entity):
    """An entity of a property, attached to the property's or an asset's device."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(
        self,
        commands: PropertyCommands,
        listen_key: str,
        unique_id: str,
        device_key: str | None = None,
    ) -> None:
        """Listen to listen_key; belong to the device of device_key (the property's)."""
        self.commands = commands
        self._listen_key = listen_key
        self._attr_unique_id = unique_id
        record_id = device_key or commands.view.property_id
        if device := find_device(commands.hass, commands.entry_id, record_id):
            # The device exists (devices are made before their entities): linking it
            # spares the device registry a get-or-create per entity of a big home.
            self.device_entry = device
        else:
            self._attr_device_info = DeviceInfo(identifiers={(DOMAIN, record_id)})

    @property
    def view(self) -> PropertyView:
        """Return the property's view."""
        return self.commands.view

    def _user_id(self) -> str | None:
        """Return the user who asked for what the entity does (None: automation)."""
        return self._context.user_id if self._context else None

    async def async_added_to_hass(self) -> None:
        """Write state whenever the record this entity shows changes."""
        self.async_on_remove(
            self.view.async_subscribe(self._listen_key, self.async_write_ha_state)
        )


class HavenTaskEntity(HavenEntity):
    """An entity of one task, made only where wanted (see the module's docstring)."""

    def __init__(self, commands: PropertyCommands, task: Task, suffix: str) -> None:
        """Belong to the task's asset (or the property for a house-wide task)."""
        super().__init__(commands, task.id, f"{task.id}_{suffix}", task.asset_id)
        self.task_id = task.id
        self._attr_translation_placeholders = {"task": task.name}

    @property
    def task(self) -> Task | None:
        """Return the task, None once it is gone."""
        return self.view.tasks.get(self.task_id)

    @property
    def available(self) -> bool:
        """Return whether the task still exists."""
        return self.task is not None


@callback
def async_add_record_entities(
    entry: HavenConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
    kind: str,
    create: Callable[[str], Entity],
) -> None:
    """Add an entity per record of a kind ("task" or "asset"), now and as added."""
    view = entry.runtime_data.view
    records = view.tasks if kind == "task" else view.assets
    async_add_entities(create(record_id) for record_id in records)

    @callback
    def _added(added_kind: str, record_id: str) -> None:
        if added_kind == kind:
            async_add_entities([create(record_id)])

    entry.async_on_unload(view.async_listen_structure(_added))


def task_entities_for_all(entry: HavenConfigEntry) -> bool:
    """Return whether every task of the property gets its entities (the option)."""
    return bool(entry.options.get(CONF_TASK_ENTITIES, False))


@callback
def async_add_task_entities(
    entry: HavenConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
    platform: str,
    suffix: str,
    create: Callable[[str], Entity],
) -> None:
    """Add the task entities of a platform where wanted; remove those of gone tasks.

    With the ``task_entities`` option every task gets one, new tasks too. Without it,
    only tasks whose entity the user has enabled in the entity registry keep theirs:
    the registry is read once, through the entry's own entries (few without the
    option), never once per task.
    """
    commands = entry.runtime_data.commands
    view = commands.view
    if task_entities_for_all(entry):
        async_add_record_entities(entry, async_add_entities, "task", create)
    else:
        registry = er.async_get(commands.hass)
        wanted = [
            task_id
            for registered in er.async_entries_for_config_entry(
                registry, entry.entry_id
            )
            if registered.domain == platform and registered.disabled_by is None
            if (task_id := _task_of(registered.unique_id, suffix)) in view.tasks
        ]
        async_add_entities(create(task_id) for task_id in wanted)

    @callback
    def _changed(change: Change) -> None:
        removed = change.removed.get(KIND_TASK, ())
        if not removed:
            return
        registry = er.async_get(commands.hass)
        for task_id in removed:
            if entity_id := registry.async_get_entity_id(
                platform, DOMAIN, f"{task_id}_{suffix}"
            ):
                registry.async_remove(entity_id)

    entry.async_on_unload(view.async_listen_changes(_changed))


def _task_of(unique_id: str, suffix: str) -> str | None:
    """Return the task id of a per-task entity's unique id with that suffix."""
    end = f"_{suffix}"
    return unique_id.removesuffix(end) if unique_id.endswith(end) else None


@callback
def async_remove_disabled_task_entities(hass: HomeAssistant, entry_id: str) -> int:
    """Remove a property's disabled per-task registry entries; return how many.

    Before the ``task_entities`` option, every task had both entities, created
    disabled: thousands of entries in a big home, loaded at every start. The ones a
    user enabled stay (same entity ids on dashboards and NFC tags). The registry's
    memory of the removed ones goes too: HA would otherwise load it at every start
    and give them back disabled if the option is turned on later.
    """
    registry = er.async_get(hass)
    suffixes = dict(TASK_ENTITY_SUFFIXES)
    stale = [
        registered
        for registered in er.async_entries_for_config_entry(registry, entry_id)
        if registered.disabled_by is not None
        and (suffix := suffixes.get(registered.domain)) is not None
        and _task_of(registered.unique_id, suffix) is not None
    ]
    for registered in stale:
        registry.async_remove(registered.entity_id)
        registry.deleted_entities.pop(
            (registered.domain, registered.platform, registered.unique_id), None
        )
    if stale:
        registry.async_schedule_save()
        _LOGGER.info(
            "Removed %s disabled per-task entities of property %s; turn on the "
            "task entities option to have them for every task",
            len(stale),
            entry_id,
        )
    return len(stale)
