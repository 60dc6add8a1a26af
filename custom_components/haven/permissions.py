"""Who may change what: one rule, asked by every path a change can come from.

- Everyday work (complete, snooze, skip, log, capture, triage into a task, a log entry
  or a note, add and edit assets, tasks and supplies) is open to every user who may
  control Home Assistant's entities; read-only users may only look.
- Destructive changes (removing an asset or a task, dismissing a capture) are for
  administrators only: they delete records, or hide what someone reported.
- A change without a user (an automation, a script, Home Assistant itself, or one of
  its administrator-only pages: integration options, device removal) is allowed: only
  an administrator can set those up.

Actions, the to-do lists, buttons, flows, device removal and the inbox all ask
``async_require``; the destructive commands ask it themselves, so no path can skip it.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from enum import StrEnum
from typing import Any

from homeassistant.auth.permissions.const import POLICY_CONTROL
from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse

from .errors import invalid


class Access(StrEnum):
    """What a change needs."""

    READ = "read"
    CHANGE = "change"
    REMOVE = "remove"


async def async_allowed(
    hass: HomeAssistant, user_id: str | None, access: Access
) -> bool:
    """Return whether a user (None: no user) may make a change of this kind."""
    if access is Access.READ or user_id is None:
        return True
    user = await hass.auth.async_get_user(user_id)
    if user is None or not user.is_active:
        return False
    if user.is_admin:
        return True
    if access is Access.REMOVE:
        return False
    return user.permissions.access_all_entities(POLICY_CONTROL)


async def async_require(
    hass: HomeAssistant, user_id: str | None, access: Access, action: str
) -> None:
    """Refuse, with a translated error, a change the user may not make."""
    if await async_allowed(hass, user_id, access):
        return
    if access is Access.REMOVE:
        raise invalid("admin_required", action=action)
    raise invalid("read_only_user", action=action)


type ActionHandler = Callable[[ServiceCall], Coroutine[Any, Any, ServiceResponse]]


def guarded(handler: ActionHandler, access: Access) -> ActionHandler:
    """Return an action handler that first asks the rule for the calling user."""

    async def _async_handle(call: ServiceCall) -> ServiceResponse:
        await async_require(call.hass, call.context.user_id, access, call.service)
        return await handler(call)

    return _async_handle
