"""What another integration's stored data becomes in Haven, before it is written.

The readers of ``maintenance_supporter`` and ``home_keeper`` turn the JSON those
integrations store into a ``Plan``: assets, tasks (schedule, last done, next due),
supplies and history, plus a ``Problem`` for everything that cannot be kept as it was
(item and reason). ``runner.py`` then resolves the plan against this Home Assistant
(areas, users, meter sensors) and writes it in one transaction.

Pure functions over plain data: nothing here knows Home Assistant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
import math
import re
from typing import Any

from ..const import (
    COST_MAX,
    EARLIEST_YEAR,
    EVERY_MAX,
    LATEST_YEAR,
    LOG_COMPLETED,
    NAME_MAX_LENGTH,
    TEXT_MAX_LENGTH,
)

# Reasons an item is not imported as it was (translated: common.import_reason_<code>).
NO_NAME = "no_name"
TOO_LONG = "too_long"
TRIGGER = "trigger"
INTERVAL = "interval"
DISABLED = "disabled"
ARCHIVED = "archived"
HISTORY_TYPE = "history_type"
BAD_DATE = "bad_date"
FUTURE = "future"
COST = "cost"
USER = "user"
ASSIGNEE = "assignee"
AREA = "area"
METER = "meter"
SEASON = "season"
DOCUMENTS = "documents"
PARENT = "parent"
DUPLICATE = "duplicate"
INVALID = "invalid"
REASONS = (
    NO_NAME,
    TOO_LONG,
    TRIGGER,
    INTERVAL,
    DISABLED,
    ARCHIVED,
    HISTORY_TYPE,
    BAD_DATE,
    FUTURE,
    COST,
    USER,
    ASSIGNEE,
    AREA,
    METER,
    SEASON,
    DOCUMENTS,
    PARENT,
    DUPLICATE,
    INVALID,
)
# Between an asset's and a task's name, when a report names an item.
SEPARATOR = " \u203a "
# A lone separator before this many digits may be a thousands or a decimal one.
_THOUSANDS = 3


class UnknownVersionError(Exception):
    """The stored data is of a format version this reader does not know."""

    def __init__(self, version: Any, where: str) -> None:
        """Name the version and the file."""
        super().__init__(version, where)
        self.version = version
        self.where = where


class PeerFormatError(Exception):
    """The stored data does not have the shape its integration writes."""


@dataclass(slots=True)
class Problem:
    """Something not imported as it was: which item, why (a code), and a detail."""

    item: str
    code: str
    detail: str = ""


@dataclass(slots=True)
class PeerLog:
    """A history entry: done (or skipped) when, by whom, notes and cost."""

    performed_at: datetime
    action: str
    kind: str = LOG_COMPLETED
    notes: str | None = None
    cost: Decimal | None = None
    # An HA user id or a person entity id (runner.py finds the user).
    who: str | None = None


@dataclass(slots=True)
class PeerSupply:
    """A spare part an asset uses."""

    name: str
    part_number: str | None = None
    purchase_url: str | None = None
    quantity: int | None = None
    task_key: str | None = None


@dataclass(slots=True)
class PeerTask:
    """A task: its schedule, when it was last done and is due, and its history."""

    key: str
    name: str
    item: str
    asset_key: str | None = None
    every: int | None = None
    unit: str | None = None
    anchor: str = "completion"
    # A due moment to keep (their next due), instead of Haven's rule from last_done.
    first_due: datetime | None = None
    last_done: datetime | None = None
    # A one-off task already done (nothing is due any more).
    done: bool = False
    lead_days: int | None = None
    notes: str | None = None
    meter_entity_id: str | None = None
    meter_every: float | None = None
    meter_baseline: float | None = None
    assignee: str | None = None
    logs: list[PeerLog] = field(default_factory=list)


@dataclass(slots=True)
class PeerAsset:
    """An asset, with its supplies and the history of tasks it no longer has."""

    key: str
    name: str
    item: str
    area_id: str | None = None
    manufacturer: str | None = None
    model: str | None = None
    serial_number: str | None = None
    installed_on: date | None = None
    notes: str | None = None
    # A device of this HA whose name stands in for a missing one.
    device_id: str | None = None
    supplies: list[PeerSupply] = field(default_factory=list)
    logs: list[PeerLog] = field(default_factory=list)


@dataclass(slots=True)
class Plan:
    """Everything read from one integration's stored data."""

    source: str
    version: int
    assets: list[PeerAsset] = field(default_factory=list)
    tasks: list[PeerTask] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, item: str, code: str, detail: Any = "") -> None:
        """Record something not imported as it was."""
        self.problems.append(Problem(item, code, str(detail)))


def text(
    value: Any,
    plan: Plan,
    item: str,
    max_length: int = NAME_MAX_LENGTH,
    what: str = "name",
) -> str | None:
    """Return stripped text (None when empty), shortened to max_length with a problem."""
    if value is None or isinstance(value, (dict, list)):
        return None
    clean = str(value).strip()
    if len(clean) > max_length:
        plan.problem(item, TOO_LONG, what)
        clean = clean[: max_length - 1].rstrip() + "…"
    return clean or None


def notes(parts: list[str | None], plan: Plan, item: str) -> str | None:
    """Return note lines joined (empty ones left out), within Haven's note length."""
    return text("\n".join(p for p in parts if p), plan, item, TEXT_MAX_LENGTH, "notes")


def whole(value: Any) -> int | None:
    """Return a whole number (2, 2.0, "2"), None for anything else."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return int(number) if number.is_integer() else None


def number(value: Any) -> float | None:
    """Return a finite number, None for anything else."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        found = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return found if math.isfinite(found) else None


_AMOUNT = re.compile(
    r"^\d{1,3}(?:[ .,'\u00a0\u202f]\d{3})*(?:[.,]\d+)?$|^\d+(?:[.,]\d+)?$"
)


def money(value: Any) -> Decimal | None:
    """Return an amount in whole cents; None when empty; ValueError when unreadable.

    Numbers come as they are; text may use a decimal comma ("12,50"), thousands
    separators ("1,234.56", "1.234,56", "1 234,50") and a currency sign. A lone
    comma or dot before exactly three digits ("1,234") could be either: refused.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)  # noqa: TRY004 - one refusal for every unreadable cost
    if isinstance(value, (int, float)):
        amount = Decimal(str(value))
    else:
        # A currency sign or code before or after the number ("€ 12", "12 EUR").
        found = re.fullmatch(r"([^\d]*?)([\d.,'\s\u00a0\u202f]*\d)([^\d]*)", str(value))
        if found is None or "-" in found[1] or not _AMOUNT.match(found[2].strip()):
            raise ValueError(value)
        raw = found[2].strip()
        separators = [c for c in raw if c in ".,"]
        if len(separators) == 1 and len(raw.rsplit(separators[0], 1)[1]) == _THOUSANDS:
            raise ValueError(value)  # "1,234": a thousands separator or a decimal?
        # The last separator is the decimal one, unless all of them are alike
        # ("1.234.567": thousands only).
        decimal = separators[-1] if len(set(separators)) > 1 else None
        if len(separators) == 1:
            decimal = separators[0]
        digits = re.sub(r"\D", "", raw)
        if decimal is not None:
            whole_part, _, fraction = raw.rpartition(decimal)
            digits = re.sub(r"\D", "", whole_part) + "." + fraction
        try:
            amount = Decimal(digits)
        except InvalidOperation:
            raise ValueError(value) from None
    if not amount.is_finite() or not 0 <= amount <= COST_MAX:
        raise ValueError(value)
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def day(value: Any) -> date | None:
    """Return an ISO date (a date-time's day), None when there is none or it is odd."""
    if not isinstance(value, str) or not value:
        return None
    try:
        found = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return found if EARLIEST_YEAR <= found.year <= LATEST_YEAR else None


def moment(value: Any, tz: tzinfo) -> datetime | None:
    """Return an ISO date-time (a date: the start of that local day) as aware UTC."""
    if not isinstance(value, str) or not value:
        return None
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        return None
    if not EARLIEST_YEAR <= found.year <= LATEST_YEAR:
        return None
    if found.tzinfo is None:
        found = found.replace(tzinfo=tz)
    return found.astimezone(UTC)


def start_of(found: date, tz: tzinfo) -> datetime:
    """Return the start of a local day as aware UTC."""
    return datetime.combine(found, time(), tzinfo=tz).astimezone(UTC)


def fit_interval(
    every: Any, unit: str, plan: Plan, item: str
) -> tuple[int, str] | None:
    """Return an interval Haven can keep (1 to 1000 of a unit), or None with a problem.

    A long interval in days becomes weeks when it is a whole number of them.
    """
    count = whole(every)
    if count is None or count < 1:
        plan.problem(item, INTERVAL, every)
        return None
    if count > EVERY_MAX and unit == "days" and count % 7 == 0:
        count, unit = count // 7, "weeks"
    if count > EVERY_MAX:
        plan.problem(item, INTERVAL, f"{every} {unit}")
        return None
    return count, unit


def history_cost(value: Any, plan: Plan, item: str) -> Decimal | None:
    """Return a history entry's cost; an unreadable one is a problem (entry kept)."""
    try:
        return money(value)
    except ValueError:
        plan.problem(item, COST, value)
        return None


def done_at(
    value: Any, plan: Plan, item: str, tz: tzinfo, now: datetime
) -> datetime | None:
    """Return a history entry's moment; none, or one in the future, is a problem."""
    found = moment(value, tz)
    if found is None:
        plan.problem(item, BAD_DATE, value)
        return None
    if found > now:
        plan.problem(item, FUTURE, value)
        return None
    return found


def latest(logs: list[PeerLog], kind: str = LOG_COMPLETED) -> datetime | None:
    """Return when a task was last done, by its history."""
    return max((log.performed_at for log in logs if log.kind == kind), default=None)
