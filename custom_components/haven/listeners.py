"""Who the in-memory view tells about a write, and in which order.

Entities subscribe to the key of the record they show (``view.async_subscribe``);
platforms listen for records added (they add entities); the clock, the meter tracker
and the to-do list listen to every change. Figures derived from the records (the cost
sums) are brought up to date first and name the keys whose entities they move. A write
tells the structure listeners, the derived figures, then each entity concerned once,
then the change listeners.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from homeassistant.core import CALLBACK_TYPE, callback

from .store.writes import Change

type StructureListener = Callable[[str, str], None]
"""Called with ("task" or "asset", record id) when a record is added."""
type ChangeListener = Callable[[Change], None]
"""Called with each change once the view holds it."""
type DerivedListener = Callable[[Change], Iterable[str]]
"""Keeps figures derived from the records up to date; returns the keys it moved."""


class ViewListeners:
    """The listeners of one property's view."""

    def __init__(self) -> None:
        """Start with nobody listening."""
        self._listeners: defaultdict[str, list[CALLBACK_TYPE]] = defaultdict(list)
        self._structure_listeners: list[StructureListener] = []
        self._change_listeners: list[ChangeListener] = []
        self._derived_listeners: list[DerivedListener] = []

    @callback
    def async_subscribe(self, key: str, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call listener whenever the record with this key changes."""
        self._listeners[key].append(listener)

        @callback
        def _unsubscribe() -> None:
            self._listeners[key].remove(listener)
            if not self._listeners[key]:
                del self._listeners[key]

        return _unsubscribe

    @callback
    def async_listen_structure(self, listener: StructureListener) -> CALLBACK_TYPE:
        """Call listener when a task or an asset is added (platforms add entities)."""
        self._structure_listeners.append(listener)
        return lambda: self._structure_listeners.remove(listener)

    @callback
    def async_listen_changes(self, listener: ChangeListener) -> CALLBACK_TYPE:
        """Call listener with every change, after the entities were told."""
        self._change_listeners.append(listener)
        return lambda: self._change_listeners.remove(listener)

    @callback
    def async_listen_derived(self, listener: DerivedListener) -> CALLBACK_TYPE:
        """Call listener with every change before the entities are told.

        It returns the keys of the entities that show what it keeps (told as well).
        """
        self._derived_listeners.append(listener)
        return lambda: self._derived_listeners.remove(listener)

    @callback
    def async_tell_keys(self, keys: Iterable[str]) -> None:
        """Tell the entities of these keys that what they show moved on (time)."""
        for key in keys:
            for listener in list(self._listeners.get(key, ())):
                listener()

    @property
    def listener_count(self) -> int:
        """Return how many listeners are subscribed (diagnostics, leak checks)."""
        return (
            sum(len(listeners) for listeners in self._listeners.values())
            + len(self._structure_listeners)
            + len(self._change_listeners)
            + len(self._derived_listeners)
        )

    @callback
    def _async_tell(
        self, keys: set[str], added: list[tuple[str, str]], change: Change
    ) -> None:
        for kind, record_id in added:
            for structure_listener in list(self._structure_listeners):
                structure_listener(kind, record_id)
        for derived_listener in list(self._derived_listeners):
            keys = keys | set(derived_listener(change))
        self.async_tell_keys(keys)
        for change_listener in list(self._change_listeners):
            change_listener(change)
