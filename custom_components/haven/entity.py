"""Base entities: they read the property's in-memory view and listen to one key of it."""

from __future__ import annotations

from collections.abc import Callable

from homeassistant.core import callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .commands import PropertyCommands
from .const import DOMAIN
from .data import HavenConfigEntry
from .store.models import Task
from .store.writes import KIND_ASSET, KIND_TASK, Change
from .view import PropertyView

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
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, device_key or commands.view.property_id)}
        )

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
    """An entity of one task, created disabled: users enable the ones they use."""

    _attr_entity_registry_enabled_default = False

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
    unique_suffix: tuple[str, str] | None = None,
) -> None:
    """Add an entity per record of a kind ("task" or "asset"), now and as added.

    With unique_suffix (platform, suffix), the entity of a removed record leaves the
    entity registry too (an asset's go with its device).
    """
    view = entry.runtime_data.view
    records = view.tasks if kind == "task" else view.assets
    async_add_entities(create(record_id) for record_id in records)

    @callback
    def _added(added_kind: str, record_id: str) -> None:
        if added_kind == kind:
            async_add_entities([create(record_id)])

    entry.async_on_unload(view.async_listen_structure(_added))
    if unique_suffix is None:
        return
    platform, suffix = unique_suffix
    removed_kind = KIND_TASK if kind == "task" else KIND_ASSET

    @callback
    def _changed(change: Change) -> None:
        registry = er.async_get(entry.runtime_data.commands.hass)
        for record_id in change.removed.get(removed_kind, ()):
            if entity_id := registry.async_get_entity_id(
                platform, DOMAIN, f"{record_id}_{suffix}"
            ):
                registry.async_remove(entity_id)

    entry.async_on_unload(view.async_listen_changes(_changed))
