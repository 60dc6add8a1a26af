"""Who is asking: the one check Haven's voice, AI and automation paths make on a user.

Actions and the panel enforce "only administrators remove" where they run; speech and
AI tools call the same commands without a service call, so they ask here first. A
request without a user (a voice satellite, an automation) may not remove either: there
is nobody to hold to the rule.
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant


async def async_may_remove(hass: HomeAssistant, user_id: str | None) -> bool:
    """Return whether a user may remove records (administrators only)."""
    if user_id is None:
        return False
    user = await hass.auth.async_get_user(user_id)
    return user is not None and user.is_admin
