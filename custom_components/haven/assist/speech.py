"""How Haven's answers and logbook lines put dates, money and lists into words."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from decimal import Decimal

from ..templates import VERBS
from .language import Language

# Signs of the currencies people use most; others are written as their code.
CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}
# Answers read a few names out loud, not a thousand.
MAX_SPOKEN = 5


def join(items: list[str], language: Language, word: str = "and") -> str:
    """Return "a, b and c" in the language."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {language.words[word]!s} {items[-1]}"


def spoken_list(items: list[str], language: Language) -> str:
    """Return the first few items joined, with how many more there are."""
    if len(items) <= MAX_SPOKEN:
        return join(items, language)
    more = language.say("more", count=len(items) - MAX_SPOKEN)
    return join([*items[:MAX_SPOKEN], more], language)


def day_words(day: date, today: date, language: Language) -> str:
    """Return a day in words: "March 3", or "March 3, 2024" in another year."""
    month = language.words["months"][day.month - 1]
    key = "date" if day.year == today.year else "date_year"
    return str(language.words[key]).format(month=month, day=day.day, year=day.year)


def moment_words(
    moment: datetime, tz: tzinfo, now: datetime, language: Language
) -> str:
    """Return when something happened: "today", "yesterday", or "on March 3"."""
    day, today = moment.astimezone(tz).date(), now.astimezone(tz).date()
    if day == today:
        return language.say("when_today")
    if (today - day).days == 1:
        return language.say("when_yesterday")
    return language.say("when_date", date=day_words(day, today, language))


def money_words(amount: Decimal, currency: str, language: Language) -> str:
    """Return an amount in the home's currency: "€24", "24,50 €"."""
    quantized = amount.quantize(Decimal("0.01"))
    text = f"{quantized:f}".removesuffix(".00")
    text = text.replace(".", language.words["decimal"])
    symbol = CURRENCY_SIGNS.get(currency, currency)
    return str(language.words["money"]).format(symbol=symbol, amount=text).strip()


# English verbs that do not take "-ed", and those that double their last letter.
_IRREGULAR = {
    "break": "broke",
    "cut": "cut",
    "do": "did",
    "get": "got",
    "have": "had",
    "make": "made",
    "put": "put",
    "run": "ran",
    "set": "set",
    "sweep": "swept",
    "take": "took",
}
_DOUBLED = {"mop", "plug", "scrub", "stop", "top", "trim"}
_KNOWN_VERBS = {verb.casefold() for verb in VERBS} | set(_IRREGULAR) | _DOUBLED


def english_past(task: str) -> str | None:
    """Return a task as done ("Replace the filter" → "replaced the filter").

    Only when its first word is a verb Haven knows (the catalogue's verbs); None
    otherwise, and the logbook says "did …" instead.
    """
    first, _, rest = task.partition(" ")
    verb = first.casefold()
    if verb not in _KNOWN_VERBS:
        return None
    if verb in _IRREGULAR:
        past = _IRREGULAR[verb]
    elif verb in _DOUBLED:
        past = f"{verb}{verb[-1]}ed"
    elif verb.endswith("e"):
        past = f"{verb}d"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        past = f"{verb[:-1]}ied"
    else:
        past = f"{verb}ed"
    return f"{past} {rest}".strip()
