"""Answers to Haven's sentences: what is due, when was it done, mark it done, note it.

Each answer reads the loaded properties' views (tasks across every property: a home
with a cabin has both) and writes through the property's commands as the person who
spoke, so a voice completion is logged as theirs. Names are found with ``matching``:
an unknown name is said back, two tasks of the same name on different assets are
listed so the person can say which.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.util import dt as dt_util

from ..data import HavenConfigEntry, loaded_entries
from ..store.records import Asset, Task
from ..view import STATUS_DONE, STATUS_DUE_SOON, STATUS_OVERDUE, PropertyView
from .language import Language
from .matching import Candidate, match, take_duration, take_phrase
from .speech import day_words, join, moment_words, money_words, spoken_list

type TaskRef = tuple[HavenConfigEntry, Task]
type AssetRef = tuple[HavenConfigEntry, Asset]

DEFAULT_SNOOZE = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Request:
    """One sentence that matched: what was said, in which language, by whom."""

    hass: HomeAssistant
    language: Language
    intent: str
    text: str
    slots: dict[str, str]
    user_id: str | None
    list_kind: str | None = None

    @property
    def now(self) -> datetime:
        """Return the moment of the request."""
        return dt_util.utcnow()

    def say(self, key: str, **values: Any) -> str:
        """Return an answer in the request's language."""
        return self.language.say(key, **values)


def task_label(request: Request, entry: HavenConfigEntry, task: Task) -> str:
    """Return a task as said: "inspect the flue on the Furnace"."""
    view = entry.runtime_data.view
    if task.asset_id and (asset := view.assets.get(task.asset_id)):
        return request.say("task_on_asset", task=task.name, asset=asset.name)
    return task.name


def task_candidates(entries: Iterable[HavenConfigEntry]) -> list[Candidate[TaskRef]]:
    """Return every task of the properties, with its asset's name."""
    found = []
    for entry in entries:
        view = entry.runtime_data.view
        for task in view.tasks.values():
            asset = view.assets.get(task.asset_id) if task.asset_id else None
            found.append(
                Candidate((entry, task), task.name, asset.name if asset else None)
            )
    return found


def asset_candidates(entries: list[HavenConfigEntry]) -> list[Candidate[AssetRef]]:
    """Return every asset of the properties, with its property's name if several."""
    several = len(entries) > 1
    return [
        Candidate((entry, asset), asset.name, entry.title if several else None)
        for entry in entries
        for asset in entry.runtime_data.view.assets.values()
    ]


def which(request: Request, labelled: Iterable[tuple[HavenConfigEntry, str]]) -> str:
    """Ask which of several candidates was meant.

    A label that two properties share says whose it is ("Boiler (Cabin)").
    """
    pairs = list(labelled)
    counts = Counter(label for _, label in pairs)
    labels = {
        label if counts[label] == 1 else f"{label} ({entry.title})"
        for entry, label in pairs
    }
    return request.say("which", candidates=join(sorted(labels), request.language, "or"))


def which_task(request: Request, found: list[Candidate[TaskRef]]) -> str:
    """Ask which of several tasks was meant."""
    return which(
        request, ((c.record[0], task_label(request, *c.record)) for c in found)
    )


def which_asset(request: Request, found: list[Candidate[AssetRef]]) -> str:
    """Ask which of several assets was meant."""
    return which(request, ((c.record[0], c.name) for c in found))


def _one_task(
    request: Request, phrase: str, *, allow_extra: bool = False
) -> TaskRef | str:
    """Return the one task a phrase names, or what to answer instead."""
    found = match(
        phrase,
        task_candidates(loaded_entries(request.hass)),
        request.language,
        allow_extra=allow_extra,
    )
    if not found:
        return request.say("unknown_task", name=phrase.strip())
    if len(found) > 1:
        return which_task(request, found)
    return found[0].record


def _due_date(request: Request, entry: HavenConfigEntry, task: Task) -> str:
    view = entry.runtime_data.view
    due = task.next_due_at
    if due is None:
        return ""
    return day_words(
        due.astimezone(view.tz).date(), _today(request, view), request.language
    )


def _today(request: Request, view: PropertyView) -> Any:
    return request.now.astimezone(view.tz).date()


# What is due


def _window_end(request: Request, view: PropertyView) -> datetime | None:
    """Return the end of this week or month (local), None for "due now"."""
    today = _today(request, view)
    if request.intent == "due_week":
        end = today + timedelta(days=7 - today.weekday())
    elif request.intent == "due_month":
        end = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    else:
        return None
    return datetime.combine(end, datetime.min.time(), view.tz)


async def async_due(request: Request) -> str:
    """List what is overdue, due soon, or due this week or month."""
    labels = []
    for entry in loaded_entries(request.hass):
        view = entry.runtime_data.view
        end = _window_end(request, view)
        for task in view.ordered_tasks():
            status = view.status.get(task.id)
            if request.intent == "overdue":
                wanted = status == STATUS_OVERDUE
            elif end is None:
                wanted = status in (STATUS_OVERDUE, STATUS_DUE_SOON)
            else:
                if task.next_due_at is None or task.next_due_at >= end:
                    break
                wanted = status != STATUS_DONE
            if wanted:
                labels.append(
                    request.say(
                        "task_due_on",
                        task=task_label(request, entry, task),
                        date=_due_date(request, entry, task),
                    )
                )
    if not labels:
        return request.say(f"{request.intent}_none")
    return request.say(request.intent, tasks=spoken_list(labels, request.language))


# When was it last done


async def async_last_done(request: Request) -> str:
    """Say when a task (or, failing that, anything on an asset) was last done."""
    phrase = request.slots.get("name", "")
    entries = loaded_entries(request.hass)
    found = match(phrase, task_candidates(entries), request.language)
    if len(found) > 1:
        return which_task(request, found)
    if found:
        entry, task = found[0].record
        label = task_label(request, entry, task)
        if task.last_completed_at is None:
            return request.say("last_never", task=label)
        when = moment_words(
            task.last_completed_at,
            entry.runtime_data.view.tz,
            request.now,
            request.language,
        )
        return request.say("last_done", task=label, when=when)
    return await _async_last_on_asset(request, phrase, entries)


async def _async_last_on_asset(
    request: Request, phrase: str, entries: list[HavenConfigEntry]
) -> str:
    """Say what was last done on the asset a phrase names ("service the car")."""
    assets = match(
        phrase, asset_candidates(entries), request.language, allow_extra=True
    )
    if not assets:
        return request.say("unknown_name", name=phrase.strip())
    if len(assets) > 1:
        return which_asset(request, assets)
    entry, asset = assets[0].record
    view = entry.runtime_data.view
    logs = await entry.runtime_data.commands.repository.async_logs(
        property_id=view.property_id, asset_id=asset.id, limit=1
    )
    if not logs:
        return request.say("last_asset_never", asset=asset.name)
    when = moment_words(logs[0].performed_at, view.tz, request.now, request.language)
    return request.say("last_asset", asset=asset.name, action=logs[0].action, when=when)


# Done, snooze, skip


async def attempt(request: Request, write: Awaitable[Any]) -> str | None:
    """Run a write; return the refusal to say, or None when it went through."""
    try:
        await write
    except HomeAssistantError as err:
        # HA drops a translated message's final full stop (it shows messages as
        # notices); spoken, the answer is a sentence and gets it back.
        error = str(err)
        if not error.endswith((".", "!", "?")):
            error += "."
        return request.say("failed", error=error)
    return None


async def async_complete(request: Request) -> str:
    """Mark a task done as the person who said so."""
    found = _one_task(request, request.slots.get("task", ""))
    if isinstance(found, str):
        return found
    entry, task = found
    commands = entry.runtime_data.commands
    label = task_label(request, entry, task)
    if refused := await attempt(
        request, commands.async_complete_task(task.id, user_id=request.user_id)
    ):
        return refused
    task = commands.view.tasks[task.id]
    if task.next_due_at is None:
        return request.say("completed_once", task=label)
    return request.say("completed", task=label, date=_due_date(request, entry, task))


async def async_snooze(request: Request) -> str:
    """Move a task's due date (a week unless another duration was said)."""
    phrase, duration = take_duration(request.slots.get("task", ""), request.language)
    found = _one_task(request, phrase)
    if isinstance(found, str):
        return found
    entry, task = found
    commands = entry.runtime_data.commands
    if refused := await attempt(
        request,
        commands.async_snooze_task(
            task.id, duration=duration or DEFAULT_SNOOZE, user_id=request.user_id
        ),
    ):
        return refused
    task = commands.view.tasks[task.id]
    return request.say(
        "snoozed",
        task=task_label(request, entry, task),
        date=_due_date(request, entry, task),
    )


async def async_skip(request: Request) -> str:
    """Skip a task's current occurrence (the sentence held its name)."""
    found = _one_task(request, request.text, allow_extra=True)
    if isinstance(found, str):
        return found
    entry, task = found
    commands = entry.runtime_data.commands
    if refused := await attempt(
        request, commands.async_skip_task(task.id, user_id=request.user_id)
    ):
        return refused
    task = commands.view.tasks[task.id]
    label = task_label(request, entry, task)
    if task.next_due_at is None:  # a meter's task: due again when the meter says so
        return request.say("skipped_undated", task=label)
    return request.say("skipped", task=label, date=_due_date(request, entry, task))


# Money


async def async_spend(request: Request) -> str:
    """Say what an asset has cost (in total, or this year)."""
    phrase, _ = take_phrase(
        request.slots.get("asset", ""), request.language.words["this_year"]
    )
    _, this_year = take_phrase(request.text, request.language.words["this_year"])
    found = match(
        phrase, asset_candidates(loaded_entries(request.hass)), request.language
    )
    if not found:
        return request.say("unknown_asset", name=phrase.strip())
    if len(found) > 1:
        return which_asset(request, found)
    entry, asset = found[0].record
    lifetime, year = entry.runtime_data.costs.asset(asset.id)
    amount = money_words(
        year if this_year else lifetime, request.hass.config.currency, request.language
    )
    key = "spent_year" if this_year else "spent"
    return request.say(key, amount=amount, asset=asset.name)
