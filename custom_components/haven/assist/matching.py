"""Finding what a person named: tasks, assets, durations (pure functions, no HA state).

People do not say names the way they were typed: "inspect the flue" for the item
"Inspect the flue (Furnace)", "the furnace" for "Furnace", "wann habe ich zuletzt den
Luftfilter gewechselt" for the task "Luftfilter wechseln". So names are compared as
normalised words (case, accents and punctuation dropped, leading articles ignored), an
exact phrase first, then word by word with a light stem (a word matches another that
starts with most of it), and a name only matches when every one of its words was said.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
import re
import unicodedata

from .language import Language

_NOT_WORD = re.compile(r"[^\w']+|_")
# A typographic apostrophe is read as the plain one.
_APOSTROPHE = "\u2019"
# Words shorter than this must be said exactly; longer ones may differ in their ending.
_STEM_MIN = 4


def normalize(text: str) -> str:
    """Return text as lower-case words without accents or punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", plain.replace(_APOSTROPHE, "'")).split())


def words(text: str, language: Language) -> list[str]:
    """Return the words of a name that matter (articles dropped, elisions split)."""
    articles = {normalize(word) for word in language.words["articles"]}
    result = []
    for said in normalize(text).split():
        # French and Italian elisions: "l'entretien" → "entretien".
        word = said.rsplit("'", 1)[-1] if "'" in said[:3] else said
        if word and word not in articles:
            result.append(word)
    return result


def clean(text: str, language: Language) -> str:
    """Return a name as compared: its words that matter, joined."""
    return " ".join(words(text, language))


def _stem(word: str) -> str:
    return word[: max(_STEM_MIN, len(word) - 2)]


def word_matches(said: str, name: str) -> bool:
    """Return whether a said word stands for a word of a name."""
    if said == name:
        return True
    if min(len(said), len(name)) < _STEM_MIN:
        return False
    return _stem(name) in said or _stem(said) in name


@dataclass(frozen=True, slots=True)
class Candidate[T]:
    """Something that can be named: its name, and what it is on or in (if any).

    ``within`` may be said along with the name: a task's asset ("inspect the flue on
    the furnace"), an asset's property where there are several ("the boiler at the
    cabin").
    """

    record: T
    name: str
    within: str | None = None


def _covered(names: list[str], said: list[str]) -> list[str] | None:
    """Return the said words left over when every name word was said, else None."""
    left = list(said)
    for name_word in names:
        for index, said_word in enumerate(left):
            if word_matches(said_word, name_word):
                del left[index]
                break
        else:
            return None
    return left


def match[T](
    phrase: str,
    candidates: Iterable[Candidate[T]],
    language: Language,
    *,
    allow_extra: bool = False,
) -> list[Candidate[T]]:
    """Return the candidates a phrase names best (several when it is ambiguous).

    The phrase may name the asset too ("inspect the flue on the furnace"); with
    allow_extra, it may hold other words as well ("service the car" names the car).
    """
    said = words(phrase, language)
    if not said:
        return []
    links = {normalize(word) for word in language.words["asset_links"]}
    best: list[Candidate[T]] = []
    best_score = 0
    for candidate in candidates:
        name = words(candidate.name, language)
        if not name or (left := _covered(name, said)) is None:
            continue
        score = 2 * len(name)
        if said == name:
            score += 1
        if candidate.within is not None:
            within = words(candidate.within, language)
            if within and (rest := _covered(within, left)) is not None:
                left = rest
                score += 2 * len(within)
        left = [word for word in left if word not in links]
        if left and not allow_extra:
            continue
        if score > best_score:
            best, best_score = [candidate], score
        elif score == best_score:
            best.append(candidate)
    return best


def find_in(text: str, names: Iterable[str], language: Language) -> list[str]:
    """Return the names whose words all appear in a text, the longest first."""
    said = words(text, language)
    found = [
        name for name in names if _covered(words(name, language), said) is not None
    ]
    return sorted(found, key=lambda name: -len(words(name, language)))


def take_duration(text: str, language: Language) -> tuple[str, timedelta | None]:
    """Split "clean the gutters for two weeks" into the rest and the duration."""
    numbers = {normalize(k): v for k, v in language.words["numbers"].items()}
    links = {normalize(word) for word in language.words["duration_links"]}
    said = normalize(text).split()
    for unit, forms in language.words["units"].items():
        if not said or said[-1] not in {normalize(form) for form in forms}:
            continue
        rest, count = said[:-1], 1
        if rest:
            # "two weeks", "2 weeks", French "d'une semaine".
            number = rest[-1].rsplit("'", 1)[-1]
            found = int(number) if number.isdigit() else numbers.get(number)
            if found is not None:
                rest, count = rest[:-1], found
        while rest and rest[-1] in links:
            rest = rest[:-1]
        return " ".join(rest), _duration(unit, count)
    return text, None


def _duration(unit: str, count: int) -> timedelta:
    days = {"day": 1, "week": 7, "month": 30}[unit]
    return timedelta(days=days * count)


def take_phrase(text: str, phrases: Iterable[str]) -> tuple[str, bool]:
    """Remove a phrase ("this year") from a text; return the rest and whether it was there."""
    said = f" {normalize(text)} "
    for phrase in phrases:
        needle = f" {normalize(phrase)} "
        if needle in said:
            return " ".join(said.replace(needle, " ", 1).split()), True
    return text, False


def template_names(names: Iterable[str]) -> str:
    """Return names as a hassil alternative "(a|b)", or "" for none.

    Each name is given as written (lower case, without the characters hassil reads as
    syntax or punctuation) and without its accents, as people type either.
    """
    plain: set[str] = set()
    for name in names:
        spoken = " ".join(
            _NOT_WORD.sub(" ", name.casefold().replace(_APOSTROPHE, "'")).split()
        )
        plain.update(filter(None, (spoken, normalize(name))))
    return f"({'|'.join(sorted(plain))})" if plain else ""
