"""haven.export_csv and the history download: content, quoting, formulas, unicode."""

from __future__ import annotations

import csv
from datetime import timedelta
from http import HTTPStatus
import io
from pathlib import Path
import stat
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.auth.models import User
from homeassistant.components.http.auth import async_sign_path
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.haven.const import DOMAIN

pytestmark = pytest.mark.storage

NOTES = {
    "formula": '=HYPERLINK("http://evil","click")',
    "plus": "+1 filter",
    "minus": "-2 bolts",
    "at": "@SUM(A1:A3)",
    "unicode": "Ölwechsel \u2013 Ünterseite ½ 🔧 مرحبا",
    "quoted": 'Said "done", then left\nsecond line',
}


async def call(
    hass: HomeAssistant, service: str, data: dict[str, Any], **kwargs: Any
) -> Any:
    """Call a Haven action and return its answer."""
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True, **kwargs
    )


@pytest.fixture
async def history(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_admin_user: User,
    freezer: FrozenDateTimeFactory,
) -> dict[str, Any]:
    """Return a furnace and a dishwasher with a history of awkward notes."""
    await hass.config.async_update(time_zone="Europe/Berlin")
    await hass.async_block_till_done()  # the property follows HA's time zone
    freezer.move_to("2025-03-10T12:00:00+00:00")
    furnace = await call(
        hass,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "=Furnace", "template": "furnace"},
    )
    dishwasher = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Dishwasher"}
    )
    await call(
        hass,
        "complete_task",
        {
            "task_id": furnace["task_ids"][0],
            "performed_at": "2025-01-31T23:30:00+00:00",
            "notes": NOTES["unicode"],
            "cost": "1234.50",
        },
        context=Context(user_id=hass_admin_user.id),
    )
    for day, key in enumerate(("formula", "plus", "minus", "at", "quoted"), start=1):
        await call(
            hass,
            "log_maintenance",
            {
                "asset_id": dishwasher["asset_id"],
                "action": "Cleaned, filter",
                "performed_at": f"2025-02-0{day}T10:00:00+00:00",
                "notes": NOTES[key],
            },
        )
    return {"furnace": furnace, "dishwasher": dishwasher}


def read_csv(data: bytes) -> list[list[str]]:
    """Parse CSV as a spreadsheet would (the byte order mark is not data)."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


async def test_export_csv_writes_the_history(
    hass: HomeAssistant, entry: MockConfigEntry, history: dict[str, Any]
) -> None:
    """The file: header, oldest first, local dates, names, who, safe text, costs."""
    response = await call(hass, "export_csv", {"config_entry_id": entry.entry_id})
    path = Path(response["path"])
    assert path == Path(hass.config.path("haven", "exports")) / (
        f"{entry.entry_id}-history.csv"
    )
    assert response["rows"] == 6
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = path.read_bytes()
    assert b"\r\n" in data
    rows = read_csv(data)
    assert rows[0] == [
        "date",
        "asset",
        "task",
        "action",
        "kind",
        "who",
        "notes",
        "cost",
    ]
    furnace_task = entry.runtime_data.view.tasks[history["furnace"]["task_ids"][0]]
    # 23:30 UTC on January 31st is February 1st in Berlin.
    assert rows[1] == [
        "2025-02-01 00:30",
        "'=Furnace",
        furnace_task.name,
        furnace_task.name,
        "completed",
        "Mock User",
        NOTES["unicode"],
        "1234.50",
    ]
    assert [row[6] for row in rows[2:]] == [
        "'" + NOTES["formula"],
        "'+1 filter",
        "'-2 bolts",
        "'@SUM(A1:A3)",
        NOTES["quoted"],
    ]
    assert {row[1] for row in rows[2:]} == {"Dishwasher"}
    assert {row[3] for row in rows[2:]} == {"Cleaned, filter"}
    assert {row[5] for row in rows[2:]} == {""}  # an automation: nobody
    # RFC 4180: quotes doubled inside a quoted field; the line break kept in it.
    assert b'"Said ""done"", then left\nsecond line"' in data


async def test_export_csv_of_one_asset_since_a_day(
    hass: HomeAssistant, entry: MockConfigEntry, history: dict[str, Any]
) -> None:
    """asset_id (or its device) and since narrow the rows."""
    response = await call(
        hass,
        "export_csv",
        {
            "config_entry_id": entry.entry_id,
            "asset_id": history["dishwasher"]["asset_id"],
            "since": "2025-02-03",
        },
    )
    assert response["rows"] == 3
    rows = read_csv(Path(response["path"]).read_bytes())
    assert [row[0] for row in rows[1:]] == [
        "2025-02-03 11:00",
        "2025-02-04 11:00",
        "2025-02-05 11:00",
    ]
    # Removing the property removes its CSV with its other files.
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert not Path(response["path"]).exists()


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"asset_id": "nope"}, "unknown_asset"),
        ({"since": "2025-02-30"}, "invalid_date"),
        ({"config_entry_id": "nope"}, "unknown_property"),
    ],
)
async def test_export_csv_refusals(
    hass: HomeAssistant, entry: MockConfigEntry, data: dict[str, Any], key: str
) -> None:
    """Bad fields are translated refusals and write no file."""
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "export_csv", {"config_entry_id": entry.entry_id, **data})
    assert err.value.translation_key == key
    assert not Path(
        hass.config.path("haven", "exports", f"{entry.entry_id}-history.csv")
    ).exists()


async def test_history_download(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    history: dict[str, Any],
    hass_client: ClientSessionGenerator,
    hass_client_no_auth: ClientSessionGenerator,
    hass_access_token: str,
) -> None:
    """Signed-in users download the same CSV; others get 401, unknown 404."""
    url = f"/api/haven/exports/{entry.entry_id}/history.csv"
    written = await call(hass, "export_csv", {"config_entry_id": entry.entry_id})
    client = await hass_client()
    response = await client.get(url)
    assert response.status == HTTPStatus.OK
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="home-history.csv"'
    )
    assert await response.read() == Path(written["path"]).read_bytes()
    response = await client.get(
        url, params={"asset_id": history["dishwasher"]["asset_id"]}
    )
    assert len(read_csv(await response.read())) == 6
    response = await client.get(url, params={"since": "yesterday"})
    assert response.status == HTTPStatus.BAD_REQUEST
    response = await client.get("/api/haven/exports/nope/history.csv")
    assert response.status == HTTPStatus.NOT_FOUND
    anonymous = await hass_client_no_auth()
    response = await anonymous.get(url)
    assert response.status == HTTPStatus.UNAUTHORIZED
    # The panel offers it as a link: a path signed for the signed-in user.
    refresh_token = hass.auth.async_validate_access_token(hass_access_token)
    assert refresh_token is not None
    signed = async_sign_path(
        hass, url, timedelta(seconds=30), refresh_token_id=refresh_token.id
    )
    response = await anonymous.get(signed)
    assert response.status == HTTPStatus.OK
    assert await response.read() == Path(written["path"]).read_bytes()
