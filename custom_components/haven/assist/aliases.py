"""Names people say for Haven's to-do lists, given to HA's own list commands.

A property's lists are called "<property> Maintenance" and "<property> Inbox"; people
say "my maintenance list". HA's built-in list intents (and the Assist API AI agents
use) find a list by its name or one of its aliases, so a list that Haven has just
created gets its short name as an alias — only then (aliases are the user's to edit
afterwards) and only for a home's first property (two lists both called "Maintenance"
could not be told apart).

Aliases changed shape between HA releases: a set of names before, an ordered list in
which ``COMPUTED_NAME`` stands for the entity's own full name since. The full name must
stay matchable, so on newer releases it is kept first.
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import entity_registry as er


@callback
def async_alias_new_list(hass: HomeAssistant, entity_id: str, short_name: str) -> None:
    """Give a newly created list its short name as an alias."""
    registry = er.async_get(hass)
    computed = getattr(er, "COMPUTED_NAME", None)
    if (entry := registry.async_get(entity_id)) is None:
        return
    # Newer releases give a new entity the alias list [COMPUTED_NAME]: still "none".
    if [alias for alias in entry.aliases if alias is not computed]:
        return
    aliases: Any = {short_name} if computed is None else [computed, short_name]
    registry.async_update_entity(entity_id, aliases=aliases)
