"""Haven's sentences in HA's default conversation agent, as sentence triggers.

An integration cannot add intents to the default agent's sentence files (those come
from the home-assistant-intents package and the user's ``custom_sentences`` folder, which
is the user's to edit). What the agent does offer, on every release, is the
``conversation`` trigger automations use: sentences registered through HA's public
trigger helpers (``async_validate_trigger_config`` + ``async_initialize_triggers``) are
matched before the built-in intents, and the answer Haven returns is spoken. So Haven
registers its sentences once conversation is set up, and registers them again when the
names the sentences spell out change (a task or an asset added or renamed, a property
loaded or unloaded), debounced so a batch of writes rebuilds them once.

Sentences with a free-text slot are worded so only Haven would be meant ("mark … as
done", "when did I last …"); those with a common verb ("skip …") and the list commands
spell out the real names, so "skip this song" still reaches the media player.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
import logging
from typing import Any, Final

from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.script import ScriptRunResult
from homeassistant.helpers.trigger import (
    async_initialize_triggers,
    async_validate_trigger_config,
)
from homeassistant.setup import async_when_setup
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN, SIGNAL_PROPERTY_LOADED, SIGNAL_PROPERTY_UNLOADED
from ..data import HavenConfigEntry, loaded_entries
from ..permissions import Access, async_allowed
from ..store.writes import Change
from . import answers, lists
from .language import Language, async_get_languages
from .matching import template_names

_LOGGER = logging.getLogger(__name__)

DATA_SENTENCES: HassKey[SentenceTriggers] = HassKey(f"{DOMAIN}_sentences")
# Names change in bursts (an import, a template's tasks): rebuild once per burst.
REBUILD_COOLDOWN: Final = 1.0
# How many requests are remembered to answer each sentence once (see _async_run).
_SEEN_LIMIT: Final = 64

type Handler = Callable[[answers.Request], Awaitable[str | None]]
HANDLERS: Final[dict[str, Handler]] = {
    "due": answers.async_due,
    "due_week": answers.async_due,
    "due_month": answers.async_due,
    "overdue": answers.async_due,
    "last_done": answers.async_last_done,
    "complete": answers.async_complete,
    "snooze": answers.async_snooze,
    "skip": answers.async_skip,
    "spend": answers.async_spend,
    "note": lists.async_note,
    "list_items": lists.async_list_items,
    "list_add": lists.async_list_add,
    "list_complete": lists.async_list_complete,
    "list_remove": lists.async_list_remove,
}
LIST_KINDS: Final = (lists.LIST_MAINTENANCE, lists.LIST_INBOX)
# Sentences that change records: a user who may only look is told so (see permissions).
WRITES: Final = frozenset(
    {"complete", "snooze", "skip", "note", "list_add", "list_complete", "list_remove"}
)


def sentence_configs(
    languages: dict[str, Language], entries: list[HavenConfigEntry]
) -> list[dict[str, Any]]:
    """Return one conversation trigger per language and intent (and list kind).

    ``<task>``, ``<asset>`` and ``<list>`` are spelled out as the names of the loaded
    properties' tasks, assets and lists; a sentence that would name nothing is left out.
    """
    views = [entry.runtime_data.view for entry in entries]
    names = {
        "<task>": template_names(t.name for v in views for t in v.tasks.values()),
        "<asset>": template_names(a.name for v in views for a in v.assets.values()),
    }
    titles = [entry.title for entry in entries]
    configs = []
    for code, language in sorted(languages.items()):
        for intent, sentences in language.sentences.items():
            kinds = LIST_KINDS if intent.startswith("list_") else (None,)
            for kind in kinds:
                placeholders = dict(names)
                if kind is not None:
                    forms = language.lists[kind]
                    placeholders["<list>"] = template_names(
                        [
                            *forms,
                            *(f"{title} {form}" for title in titles for form in forms),
                        ]
                    )
                command = [
                    filled
                    for sentence in sentences
                    if (filled := _fill(sentence, placeholders)) is not None
                ]
                if command:
                    configs.append(
                        {
                            "platform": "conversation",
                            "command": command,
                            "id": "|".join((code, intent, kind or "")),
                        }
                    )
    return configs


def _fill(sentence: str, placeholders: dict[str, str]) -> str | None:
    for placeholder, names in placeholders.items():
        if placeholder in sentence:
            if not names:
                return None
            sentence = sentence.replace(placeholder, names)
    return sentence


class SentenceTriggers:
    """Haven's sentences, registered with the default agent while HA runs."""

    def __init__(self, hass: HomeAssistant, languages: dict[str, Language]) -> None:
        """Prepare; nothing is registered before ``async_register``."""
        self.hass = hass
        self.languages = languages
        self._remove: CALLBACK_TYPE | None = None
        self._registered: list[dict[str, Any]] | None = None
        self._seen: dict[str, None] = {}
        self._debouncer = Debouncer(
            hass,
            _LOGGER,
            cooldown=REBUILD_COOLDOWN,
            immediate=True,
            function=self.async_register,
        )

    async def async_register(self) -> None:
        """Register the sentences for the names there are now (if they changed)."""
        configs = sentence_configs(self.languages, loaded_entries(self.hass))
        if configs == self._registered:
            return
        validated = await async_validate_trigger_config(self.hass, configs)
        remove = await async_initialize_triggers(
            self.hass, validated, self._async_run, DOMAIN, "Haven", _log
        )
        if self._remove is not None:
            self._remove()
        self._remove, self._registered = remove, configs

    @callback
    def async_names_changed(self, change: Change | None = None) -> None:
        """Rebuild soon when a write may have changed a name."""
        if change is None or (
            change.written and (change.tasks or change.assets or change.removed)
        ):
            self._debouncer.async_schedule_call()

    @callback
    def async_stop(self) -> None:
        """Unregister the sentences."""
        self._debouncer.async_cancel()
        if self._remove is not None:
            self._remove()
        self._remove = self._registered = None

    async def _async_run(
        self, run_variables: dict[str, Any], context: Any = None
    ) -> ScriptRunResult | None:
        """Answer a sentence that matched one of Haven's triggers."""
        trigger = run_variables["trigger"]
        user_input = trigger.get("user_input") or {}
        request_context = user_input.get("context") or {}
        # One answer per request, should a sentence match two of Haven's triggers.
        if (request_id := request_context.get("id")) is not None:
            if request_id in self._seen:
                return None
            self._seen[request_id] = None
            if len(self._seen) > _SEEN_LIMIT:
                del self._seen[next(iter(self._seen))]
        code, intent, kind = str(trigger["id"]).split("|")
        request = answers.Request(
            hass=self.hass,
            language=self.languages[code],
            intent=intent,
            text=trigger.get("sentence", ""),
            slots={key: str(value) for key, value in trigger.get("slots", {}).items()},
            user_id=request_context.get("user_id"),
            list_kind=kind or None,
        )
        if intent in WRITES and not await async_allowed(
            self.hass, request.user_id, Access.CHANGE
        ):
            return _said(request.say("read_only"))
        text = await HANDLERS[intent](request)
        if text is None:
            return None
        return _said(text)


def _said(text: str) -> ScriptRunResult:
    """Return an answer as a trigger's action returns it to the conversation agent."""
    return ScriptRunResult(
        conversation_response=text, service_response=None, variables={}
    )


def _log(level: int, message: str, **kwargs: Any) -> None:
    _LOGGER.log(level, "%s Haven's sentences", message, **kwargs)


async def async_setup_sentences(hass: HomeAssistant) -> None:
    """Read Haven's languages; register its sentences once conversation is set up.

    The languages are read here, at Haven's set-up, because the logbook's lines use
    them too (and describe events synchronously).
    """
    await async_get_languages(hass)

    async def _async_conversation_ready(hass: HomeAssistant, _component: str) -> None:
        triggers = SentenceTriggers(hass, await async_get_languages(hass))
        hass.data[DATA_SENTENCES] = triggers

        @callback
        def _loaded(entry: HavenConfigEntry) -> None:
            entry.async_on_unload(
                entry.runtime_data.view.async_listen_changes(
                    triggers.async_names_changed
                )
            )
            triggers.async_names_changed()

        for entry in loaded_entries(hass):
            _loaded(entry)

        @callback
        def _unloaded(_entry_id: str) -> None:
            triggers.async_names_changed()

        @callback
        def _stop(_event: Event) -> None:
            triggers.async_stop()

        async_dispatcher_connect(hass, SIGNAL_PROPERTY_LOADED, _loaded)
        async_dispatcher_connect(hass, SIGNAL_PROPERTY_UNLOADED, _unloaded)
        hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, _stop)
        await triggers.async_register()

    async_when_setup(hass, "conversation", _async_conversation_ready)
