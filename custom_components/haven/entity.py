"""Base entity: reads the property's in-memory view and listens to one key of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from homeassistant.core import callback
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import DOMAIN

if TYPE_CHECKING:
    from . import HavenConfigEntry
    from .manager import PropertyManager
    from .store.models import Task
    from .view import PropertyView


class HavenEntity(Entity):
    """An entity of a property, attached to the property's or an asset's device."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(
        self,
        manager: PropertyManager,
        listen_key: str,
        unique_id: str,
        device_key: str | None = None,
    ) -> None:
        """Listen to listen_key; belong to the device of device_key (the property's)."""
        self.manager = manager
        self._listen_key = listen_key
        self._attr_unique_id = unique_id
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, device_key or manager.view.property_id)}
        )

    @property
    def view(self) -> PropertyView:
        """Return the property's view."""
        return self.manager.view

    async def async_added_to_hass(self) -> None:
        """Write state whenever the record this entity shows changes."""
        self.async_on_remove(
            self.view.async_subscribe(self._listen_key, self.async_write_ha_state)
        )


class HavenTaskEntity(HavenEntity):
    """An entity of one task, created disabled: users enable the ones they use."""

    _attr_entity_registry_enabled_default = False

    def __init__(self, manager: PropertyManager, task: Task, suffix: str) -> None:
        """Belong to the task's asset (or the property for a house-wide task)."""
        super().__init__(manager, task.id, f"{task.id}_{suffix}", task.asset_id)
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
