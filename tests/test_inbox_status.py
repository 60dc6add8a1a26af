"""Inbox statuses are compare-and-set: a filed or dismissed capture never comes back."""

from __future__ import annotations

import asyncio

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest

from custom_components.haven.const import EVENT_CAPTURE_PROCESSED
from custom_components.haven.store.models import InboxItem, Task

from .capture_support import (  # noqa: F401 - test_flow_handler is a fixture
    CaptureParts,
    test_flow_handler,
)
from .conftest import db_rows
from .test_capture import (
    AI,
    call,
    events,
    files_dir,
    item_row,
    parts,
    processed,
    setup_home as setup_capture_home,
)

pytestmark = [
    pytest.mark.storage,
    pytest.mark.usefixtures("test_flow_handler", "files_dir"),
]
__all__ = ["files_dir", "parts"]


async def _capture_being_processed(
    hass: HomeAssistant, parts: CaptureParts
) -> tuple[object, str]:
    """Capture a text; return when the AI task is working on it (and held)."""
    entry = await setup_capture_home(hass, {"ai_task_entity": AI})
    parts.ai.hold = asyncio.Event()
    response = await call(
        hass, "capture", {"config_entry_id": entry.entry_id, "text": "Gutter leaks"}
    )
    await parts.ai.asked.wait()
    return entry, response["inbox_item_id"]


@pytest.mark.parametrize("outcome", ["task", "dismiss"])
async def test_triage_while_processing_stays_filed(
    hass: HomeAssistant, parts: CaptureParts, outcome: str
) -> None:
    """Triaged at once: processing finishes later, the item stays filed.

    The late result is dropped (no processed event), and a second triage is refused
    with a translated message and creates nothing.
    """
    entry, item_id = await _capture_being_processed(hass, parts)
    done = events(hass, EVENT_CAPTURE_PROCESSED)
    first = await call(
        hass, "triage_capture", {"inbox_item_id": item_id, "outcome": outcome}
    )
    assert first["inbox_item_id"] == item_id
    assert parts.ai.hold is not None
    parts.ai.hold.set()
    await processed(hass, entry)  # type: ignore[arg-type]

    item = await item_row(hass, item_id)
    assert (item.status, item.outcome) == ("FILED", outcome)
    assert item.analysis is None
    assert done == []
    assert hass.states.get("todo.home_inbox").state == "0"  # type: ignore[union-attr]
    tasks = len(await db_rows(hass, Task))
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass, "triage_capture", {"inbox_item_id": item_id, "outcome": "task"}
        )
    assert err.value.translation_key in ("unknown_inbox_item", "inbox_item_filed")
    assert str(err.value) != err.value.translation_key
    assert item_id in str(err.value)
    assert len(await db_rows(hass, Task)) == tasks
    assert (await item_row(hass, item_id)).status == "FILED"


async def test_two_triages_at_once_make_one_record(
    hass: HomeAssistant, parts: CaptureParts
) -> None:
    """Two triages racing: one wins, the other is refused in words; one task."""
    entry = await setup_capture_home(hass)
    response = await call(
        hass, "capture", {"config_entry_id": entry.entry_id, "text": "Gutter leaks"}
    )
    await processed(hass, entry)
    item_id = response["inbox_item_id"]
    results = await asyncio.gather(
        *(
            call(hass, "triage_capture", {"inbox_item_id": item_id, "outcome": "task"})
            for _ in range(2)
        ),
        return_exceptions=True,
    )
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(refused) == 1
    assert isinstance(refused[0], ServiceValidationError)
    assert refused[0].translation_key == "inbox_item_filed"
    assert str(refused[0]) == (
        f"The inbox item {item_id} was already filed; nothing was created"
    )
    assert len(await db_rows(hass, Task)) == 1
    [item] = await db_rows(hass, InboxItem)
    assert item.status == "FILED"
