"""What an import from another integration did: the answer, and a notification.

Reasons are translated (``common.import_reason_<code>`` in the translations, in Home
Assistant's language); the notification lists the first items, the answer all.
"""

from __future__ import annotations

from typing import Any

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import async_get_translations

from ..const import ATTR_CONFIG_ENTRY_ID, DOMAIN
from ..data import HavenConfigEntry
from .plan import Plan, Problem

# A notification lists this many items; the answer lists all.
_NOTIFIED = 40


async def async_report(
    hass: HomeAssistant,
    entry: HavenConfigEntry,
    plan: Plan,
    *,
    counts: dict[str, int],
    problems: list[Problem],
    dry_run: bool,
) -> dict[str, Any]:
    """Answer with what was imported and what not (and notify, unless a dry run)."""
    texts = await async_get_translations(hass, hass.config.language, "common", [DOMAIN])
    common = f"component.{DOMAIN}.common"

    def say(key: str, default: str, **values: Any) -> str:
        try:
            return texts.get(f"{common}.{key}", default).format(**values)
        except (KeyError, IndexError, ValueError):
            return default.format(**values)

    not_mapped = [
        {
            "item": problem.item,
            "code": problem.code,
            "reason": say(
                f"import_reason_{problem.code}", "{detail}", detail=problem.detail
            ),
        }
        for problem in problems
    ]
    response = {
        "source": plan.source,
        "version": plan.version,
        "dry_run": dry_run,
        ATTR_CONFIG_ENTRY_ID: entry.entry_id,
        "imported": counts,
        "not_mapped": not_mapped,
    }
    if dry_run:
        return response
    lines = [
        say(
            "import_report_message",
            "{assets} assets, {tasks} tasks and {logs} history entries were "
            "imported into {property}.",
            property=entry.title,
            **counts,
        )
    ]
    if not_mapped:
        lines += ["", say("import_report_not_mapped", "Not imported as it was:")]
        lines += [f"- {p['item']}: {p['reason']}" for p in not_mapped[:_NOTIFIED]]
        if len(not_mapped) > _NOTIFIED:
            lines.append(f"- … (+{len(not_mapped) - _NOTIFIED})")
    persistent_notification.async_create(
        hass,
        "\n".join(lines),
        title=say("import_report_title", "Imported from {source}", source=plan.source),
        notification_id=f"{DOMAIN}_import_{plan.source}_{entry.entry_id}",
    )
    return response
