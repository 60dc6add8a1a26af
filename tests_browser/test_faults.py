"""Bad input and faults: what a person sees, and that nothing is half-written.

Too big and refused uploads, the connection lost during an upload and the live view
while the socket is down, a task removed while its dialog is open, a member who is not
an administrator, and a browser that blocks the microphone. Each test makes the records
it changes; "nothing written" is checked through Haven's own answers (the dashboard
snapshot, the history, the asset's documents).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
import json
from pathlib import Path
import re
from typing import Any

from playwright.sync_api import Browser, Locator, Page, WebSocketRoute, expect
import pytest

from tests_system.harness import WebSocketError, ha_day

from .instance import Instance
from .pages import dialog, new_page, open_panel, panel, shot, sign_in, task_row, toast

TOO_BIG = "This file is too big for Haven (at most 25 MB)."
REFUSED = (
    "Haven only accepts photos (JPEG, PNG, GIF, WebP, HEIC), PDFs for documents "
    "and audio recordings."
)
UNREACHED = (
    "The upload did not reach Home Assistant. Check the connection and try again."
)
RECONNECTING = "Connection lost — reconnecting…"
REMOVED = "This task was removed meanwhile."
# Home Assistant drops the final full stop of the messages of its actions' errors.
ADMIN_ONLY = "Only an administrator may do this (remove_task): it removes records"
MIC_BLOCKED = (
    "The microphone is blocked. Allow it for this site in your browser's settings, "
    "or choose a recording instead."
)


# Records and what Haven holds


def _asset(ha: Instance, name: str) -> str:
    response = ha.call(
        "create_asset",
        {"config_entry_id": ha.entry_id, "name": name, "zone": "Outside"},
    )
    return str(response["asset_id"])


def _task(ha: Instance, asset_id: str, name: str, due_in_days: int = -2) -> str:
    response = ha.call(
        "create_task",
        {
            "asset_id": asset_id,
            "name": name,
            "every": 6,
            "unit": "months",
            "first_due": ha_day(due_in_days),
        },
    )
    return str(response["task_id"])


def _act(
    ha: Instance, service: str, data: dict[str, Any], token: str | None = None
) -> None:
    """An action without a response (remove_task, …), as the owner unless a token."""
    ha.run(ha.process.call("haven", service, data, token=token, return_response=False))


def _call_as(ha: Instance, token: str, service: str, data: dict[str, Any]) -> None:
    """Call one of Haven's actions over the websocket as a user (how the panel calls)."""

    async def _call() -> None:
        async with ha.process.websocket(token=token) as ws:
            await ws.command(
                "call_service", domain="haven", service=service, service_data=data
            )

    ha.run(_call())


def _inbox(ha: Instance) -> dict[str, dict[str, Any]]:
    return {i["inbox_item_id"]: i for i in ha.dashboard()["inbox"]}


def _task_ids(ha: Instance) -> set[str]:
    return {t["task_id"] for t in ha.dashboard()["tasks"]}


def _logs_of(ha: Instance, asset_id: str) -> list[dict[str, Any]]:
    return list(ha.call("get_history", {"asset_id": asset_id})["logs"])


def _staged(ha: Instance) -> list[Path]:
    """Files left in Haven's staging folder (an upload that never finished)."""
    staging = ha.config_dir / "haven" / ".incoming"
    return sorted(staging.iterdir()) if staging.is_dir() else []


# The capture dialog


def _capture_dialog(page: Page, path: str = "/haven") -> Locator:
    open_panel(page, path)
    panel(page).get_by_role("button", name="Capture something").click()
    form = dialog(page)
    expect(form.get_by_role("heading")).to_have_text("Capture something")
    return form


def _choose(page: Page, form: Locator, file: Path) -> None:
    with page.expect_file_chooser() as chooser:
        form.get_by_role("button", name="Choose a file").click()
    chooser.value.set_files(file)


# 1. Too big, refused type


def test_too_big_and_refused_files(
    page: Page, ha: Instance, media: dict[str, Path]
) -> None:
    """A file over 25 MB is refused at once, one that is no photo when sent; no record."""
    before = _inbox(ha)
    form = _capture_dialog(page)
    _choose(page, form, media["huge"])
    alert = form.get_by_role("alert")
    expect(alert).to_have_text(TOO_BIG)
    expect(form.locator(".preview")).to_have_count(0)  # not kept, so not sent

    _choose(page, form, media["refused"])
    expect(alert).to_have_count(0)
    expect(form.locator(".preview")).to_contain_text("notes.jpg")
    note = form.get_by_role("textbox", name="Or type a note")
    note.fill("Receipt of the gutter cleaner")
    form.get_by_role("button", name="Send to inbox").click()
    expect(alert).to_have_text(REFUSED)
    shot(page, "fault-refused-type")
    # The dialog stays with what was typed; nothing reached the inbox or the disk.
    expect(note).to_have_value("Receipt of the gutter cleaner")
    assert _inbox(ha).keys() == before.keys()
    assert _staged(ha) == []
    form.get_by_role("button", name="Cancel").click()
    expect(dialog(page)).to_have_count(0)

    # A document that is not a PDF or a photo: the asset page says so, nothing attached.
    asset = _asset(ha, "Gutters")
    open_panel(page, f"/haven/asset/{asset}")
    with page.expect_file_chooser() as chooser:
        panel(page).get_by_role("button", name="Attach a PDF or photo").click()
    chooser.value.set_files(media["refused"])
    expect(toast(page)).to_have_text(REFUSED)
    with page.expect_file_chooser() as chooser:
        panel(page).get_by_role("button", name="Attach a PDF or photo").click()
    chooser.value.set_files(media["huge"])
    expect(toast(page)).to_have_text(TOO_BIG)
    assert ha.ws("haven/asset", asset_id=asset).get("documents", []) == []
    assert _staged(ha) == []


# 2. The connection lost during an upload


def test_upload_without_a_connection_then_retried(
    page: Page, ha: Instance, media: dict[str, Path]
) -> None:
    """Offline when sending: said so, the dialog keeps the photo; sent once back online."""
    before = _inbox(ha)
    form = _capture_dialog(page)
    _choose(page, form, media["photo"])
    form.get_by_role("textbox", name="Or type a note").fill("Dripping outside tap")
    page.context.set_offline(True)
    try:
        form.get_by_role("button", name="Send to inbox").click()
        expect(form.get_by_role("alert")).to_have_text(UNREACHED)
        expect(form.locator(".preview")).to_contain_text("leak.jpg")
        shot(page, "fault-upload-offline")
        assert _inbox(ha).keys() == before.keys()
    finally:
        page.context.set_offline(False)
    form.get_by_role("button", name="Send to inbox").click()
    expect(toast(page)).to_have_text("Sent to the inbox.")
    added = [i for k, i in _inbox(ha).items() if k not in before]
    assert [i.get("text") for i in added] == ["Dripping outside tap"]
    assert added[0]["mime_type"] == "image/jpeg"


# 3. The live view while the socket is down


class Link:
    """The page's websocket to Home Assistant, with a plug to pull.

    Every connection the page opens passes through (Playwright's websocket routing);
    `drop()` closes the open ones and refuses new ones, as when Home Assistant cannot
    be reached, until `restore()`.
    """

    def __init__(self, page: Page) -> None:
        """Route the page's websocket (before the page loads)."""
        self.up = True
        self.open: list[tuple[WebSocketRoute, WebSocketRoute]] = []
        page.route_web_socket(re.compile(r"/api/websocket$"), self._route)

    def _route(self, ws: WebSocketRoute) -> None:
        if not self.up:
            ws.close(code=1013, reason="Home Assistant cannot be reached")
            return
        self.open.append((ws, ws.connect_to_server()))

    def drop(self) -> None:
        """Cut the open connections; refuse new ones."""
        self.up = False
        for ws, server in self.open:
            server.close()
            ws.close(code=1001, reason="Connection lost")
        self.open.clear()

    def restore(self) -> None:
        """Let the next attempt through."""
        self.up = True


def test_live_view_recovers_after_the_connection_returns(
    page: Page, ha: Instance
) -> None:
    """The socket drops: the panel says it is reconnecting, then shows what changed."""
    asset = _asset(ha, "Rain barrel")
    _task(ha, asset, "Drain the rain barrel", due_in_days=-1)
    link = Link(page)
    home = open_panel(page)
    overdue = home.locator("section[aria-labelledby=h-overdue]")
    expect(task_row(overdue, "Drain the rain barrel")).to_be_visible()
    page.evaluate("() => { window.havenSamePage = true; }")

    link.drop()
    banner = panel(page).get_by_text(RECONNECTING)
    expect(banner).to_be_visible()
    shot(page, "fault-reconnecting")
    # Meanwhile, elsewhere: a new overdue task, and the old one done.
    _task(ha, asset, "Clean the barrel filter", due_in_days=-3)
    tasks = ha.dashboard()["tasks"]
    old = next(t for t in tasks if t["name"] == "Drain the rain barrel")
    # Done a little earlier (before the work other tests log "now", to the minute).
    earlier = (datetime.now().astimezone() - timedelta(minutes=10)).isoformat()
    ha.call("complete_task", {"task_id": old["task_id"], "performed_at": earlier})
    expect(task_row(overdue, "Clean the barrel filter")).to_have_count(0)
    expect(banner).to_be_visible()  # still down: HA's retries are refused

    link.restore()
    expect(banner).to_have_count(0)
    expect(task_row(overdue, "Clean the barrel filter")).to_be_visible()
    expect(task_row(overdue, "Drain the rain barrel")).to_have_count(0)
    recent = home.locator("section[aria-labelledby=h-recent] li.log")
    expect(recent.filter(has_text="Drain the rain barrel")).to_be_visible()
    assert page.evaluate("() => window.havenSamePage") is True  # no reload


# 4. A task removed while its dialog is open


def _hold_removal_of(page: Page, task_id: str) -> None:
    """Hold back the live update that says the task is gone (a slow connection's race).

    Every message of the page's websocket passes through; only Haven's `changed` event
    that removes this task is dropped, so the page still shows it when Done is pressed.
    """

    def removes_task(message: Any) -> bool:
        event = message.get("event") if isinstance(message, dict) else None
        removed = event.get("removed", {}) if isinstance(event, dict) else {}
        return task_id in (removed.get("tasks") or [])

    def route(ws: WebSocketRoute) -> None:
        server = ws.connect_to_server()
        ws.on_message(server.send)

        def from_server(message: str | bytes) -> None:
            if isinstance(message, bytes):
                ws.send(message)
                return
            decoded = json.loads(message)
            if isinstance(decoded, list):
                kept = [m for m in decoded if not removes_task(m)]
                if kept:
                    ws.send(json.dumps(kept))
            elif not removes_task(decoded):
                ws.send(message)

        server.on_message(from_server)

    page.route_web_socket(re.compile(r"/api/websocket$"), route)


def _open_done(page: Page, name: str) -> Locator:
    home = open_panel(page)
    overdue = home.locator("section[aria-labelledby=h-overdue]")
    task_row(overdue, name).get_by_role("button", name=f"Mark {name} done").click()
    form = dialog(page)
    expect(form.get_by_role("heading")).to_have_text(f"Mark done: {name}")
    form.get_by_role("textbox", name=re.compile("^Cost")).fill("80")
    form.get_by_role("textbox", name="Notes").fill("Two bags of leaves")
    return form


def test_task_removed_while_its_dialog_is_open(page: Page, ha: Instance) -> None:
    """The live update closes the Done dialog with a message; nothing is logged."""
    asset = _asset(ha, "Hedge")
    task_id = _task(ha, asset, "Trim the hedge")
    _open_done(page, "Trim the hedge")
    _act(ha, "remove_task", {"task_id": task_id})
    expect(dialog(page)).to_have_count(0)
    expect(toast(page)).to_have_text(REMOVED)
    assert task_id not in _task_ids(ha)
    assert _logs_of(ha, asset) == []


def test_done_pressed_after_the_task_was_removed(page: Page, ha: Instance) -> None:
    """Done pressed before the live update arrived: the same message; nothing logged."""
    asset = _asset(ha, "Pond pump")
    task_id = _task(ha, asset, "Clean the pond pump")
    _hold_removal_of(page, task_id)
    form = _open_done(page, "Clean the pond pump")
    _act(ha, "remove_task", {"task_id": task_id})
    form.get_by_role("button", name="Mark done").click()
    expect(dialog(page)).to_have_count(0)
    expect(toast(page)).to_have_text(REMOVED)
    assert task_id not in _task_ids(ha)
    assert _logs_of(ha, asset) == []


# 5. A member who is not an administrator


@pytest.fixture
def guest_page(ha: Instance, browser: Browser, guest_state: Path) -> Iterator[Page]:
    """A desktop tab of the guest (not an administrator)."""
    tab = new_page(browser, ha.base_url, guest_state)
    yield tab
    tab.context.close()


def test_guest_is_not_offered_removals(guest_page: Page, ha: Instance) -> None:
    """No Remove or Dismiss for a non-administrator; the action refuses it as well."""
    asset = _asset(ha, "Garden shed")
    task_id = _task(ha, asset, "Oil the shed hinges")
    ha.run(ha.process.upload_capture(text="Shed door sticks", asset_id=asset))

    open_panel(guest_page, f"/haven/asset/{asset}")
    page_head = panel(guest_page)
    expect(page_head.get_by_role("button", name="Edit asset")).to_be_visible()
    expect(page_head.get_by_role("button", name="Remove asset")).to_have_count(0)
    page_head.get_by_role("button", name="More actions for Oil the shed hinges").click()
    menu = dialog(guest_page)
    expect(menu.get_by_role("button", name="Edit task")).to_be_visible()
    expect(menu.get_by_role("button", name="Remove task")).to_have_count(0)
    menu.get_by_role("button", name="Close").click()

    open_panel(guest_page, "/haven/inbox")
    card = panel(guest_page).locator("haven-inbox li", has_text="Shed door sticks")
    expect(card.get_by_role("button", name="File it")).to_be_visible()
    expect(card.get_by_role("button", name="Dismiss")).to_have_count(0)
    shot(guest_page, "fault-guest-inbox")

    # The action refuses the guest as the panel would send it (the same rule).
    assert ha.guest is not None
    with pytest.raises(WebSocketError) as refused:
        _call_as(ha, ha.guest.access_token, "remove_task", {"task_id": task_id})
    assert refused.value.code == "service_validation_error"
    assert ADMIN_ONLY in str(refused.value)
    assert task_id in _task_ids(ha)


def test_removal_refused_after_losing_administrator_rights(
    ha: Instance, browser: Browser
) -> None:
    """An administrator demoted while the page is open: the refusal is shown in place."""
    asset = _asset(ha, "Compost bin")
    task_id = _task(ha, asset, "Turn the compost")
    user_id, _tokens = ha.run(ha.process.create_user("Helper", "helper", admin=True))
    context = sign_in(browser, ha.base_url, "helper")
    try:
        helper = context.new_page()
        open_panel(helper, f"/haven/asset/{asset}")
        panel(helper).get_by_role(
            "button", name="More actions for Turn the compost"
        ).click()
        dialog(helper).get_by_role("button", name="Remove task").click()
        confirm = dialog(helper)
        expect(confirm.get_by_role("heading")).to_have_text("Remove Turn the compost?")
        ha.ws("config/auth/update", user_id=user_id, group_ids=["system-users"])
        confirm.get_by_role("button", name="Remove", exact=True).click()
        # Haven's sentence in full (the server's English copy loses its final period).
        expect(confirm.get_by_role("alert")).to_have_text(ADMIN_ONLY + ".")
        shot(helper, "fault-admin-only")
        assert task_id in _task_ids(ha)
    finally:
        context.close()


ADMIN_ONLY_DE = (
    "Nur ein Administrator darf das tun (remove_task): Es entfernt Einträge."
)


def test_refusal_in_the_users_language(ha: Instance, browser: Browser) -> None:
    """A German-speaking administrator, demoted while the page is open, reads why in German."""
    asset = _asset(ha, "Regentonne")
    task_id = _task(ha, asset, "Regentonne leeren")
    user_id, tokens = ha.run(ha.process.create_user("Helga", "helga", admin=True))

    async def _speak_german() -> None:
        # The language in the user's HA profile, as HA's profile page saves it.
        async with ha.process.websocket(token=tokens.access_token) as ws:
            await ws.command(
                "frontend/set_user_data",
                key="language",
                value={
                    "language": "de",
                    "number_format": "language",
                    "time_format": "language",
                    "date_format": "language",
                    "time_zone": "local",
                    "first_weekday": "language",
                },
            )

    ha.run(_speak_german())
    context = sign_in(browser, ha.base_url, "helga")
    try:
        helga = context.new_page()
        open_panel(helga, f"/haven/asset/{asset}")
        panel(helga).get_by_role(
            "button", name="Weitere Aktionen für Regentonne leeren"
        ).click()
        dialog(helga).get_by_role("button", name="Aufgabe entfernen").click()
        confirm = dialog(helga)
        expect(confirm.get_by_role("heading")).to_have_text(
            "Regentonne leeren entfernen?"
        )
        ha.ws("config/auth/update", user_id=user_id, group_ids=["system-users"])
        confirm.get_by_role("button", name="Entfernen", exact=True).click()
        expect(confirm.get_by_role("alert")).to_have_text(ADMIN_ONLY_DE)
        shot(helga, "fault-admin-only-de")
        assert task_id in _task_ids(ha)
    finally:
        context.close()


# 6. A browser that blocks the microphone


@pytest.fixture
def blocked_page(
    ha: Instance, browser_without_microphone_permission: Browser, owner_state: Path
) -> Iterator[Page]:
    """The owner's tab in a browser that answers the microphone prompt with "block"."""
    tab = new_page(browser_without_microphone_permission, ha.base_url, owner_state)
    yield tab
    tab.context.close()


def test_microphone_blocked_photo_and_text_still_work(
    blocked_page: Page, ha: Instance, media: dict[str, Path]
) -> None:
    """The voice memo button says the microphone is blocked; a photo and a note go."""
    page = blocked_page
    before = _inbox(ha)
    form = _capture_dialog(page)
    form.get_by_role("button", name="Record a voice memo").click()
    expect(form.get_by_role("alert")).to_have_text(MIC_BLOCKED)
    expect(form.get_by_role("button", name="Record a voice memo")).to_be_enabled()
    expect(form.get_by_role("button", name="Stop recording")).to_have_count(0)
    shot(page, "fault-microphone-blocked")

    with page.expect_file_chooser() as chooser:
        form.get_by_role("button", name="Take or choose a photo").click()
    chooser.value.set_files(media["photo"])
    form.get_by_role("textbox", name="Or type a note").fill("Moss on the north roof")
    form.get_by_role("button", name="Send to inbox").click()
    expect(toast(page)).to_have_text("Sent to the inbox.")
    added = [i for k, i in _inbox(ha).items() if k not in before]
    assert [(i.get("text"), i.get("mime_type")) for i in added] == [
        ("Moss on the north roof", "image/jpeg")
    ]

    # A line of text alone.
    form = _capture_dialog(page)
    form.get_by_role("textbox", name="Or type a note").fill("Check the roof tiles")
    form.get_by_role("button", name="Send to inbox").click()
    expect(toast(page)).to_have_text("Sent to the inbox.")
    assert "Check the roof tiles" in {i.get("text") for i in _inbox(ha).values()}
