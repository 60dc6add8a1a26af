"""Everyday work in the panel: done, snooze, skip; assets, tasks of each kind, documents.

Each test makes the records it changes (through Haven's actions over REST), so the
demo property's own tasks stay as the view tests expect them.
"""

from __future__ import annotations

from pathlib import Path
import re
from typing import Any

from playwright.sync_api import Page, expect

from tests_system.harness import ha_day

from .instance import Instance
from .pages import axe_violations, dialog, open_panel, panel, shot, task_row, toast

MAINTENANCE = "todo.demo_house_maintenance"


def _asset(ha: Instance, name: str, **fields: Any) -> str:
    response = ha.call(
        "create_asset", {"config_entry_id": ha.entry_id, "name": name, **fields}
    )
    return str(response["asset_id"])


def _task(ha: Instance, asset_id: str, name: str, **fields: Any) -> str:
    response = ha.call(
        "create_task",
        {"asset_id": asset_id, "name": name, "every": 3, "unit": "months", **fields},
    )
    return str(response["task_id"])


def _task_record(ha: Instance, task_id: str) -> dict[str, Any]:
    return next(t for t in ha.dashboard()["tasks"] if t["task_id"] == task_id)


def test_complete_with_notes_and_cost(
    page: Page, ha: Instance, axe_source: Path
) -> None:
    """Done with a cost and notes: the log row on the asset page, the to-do item follows."""
    boiler = _asset(ha, "Boiler", zone="Basement")
    task_id = _task(ha, boiler, "Bleed the radiators", first_due=ha_day(-3))
    home = open_panel(page)
    overdue = home.locator("section[aria-labelledby=h-overdue]")
    row = task_row(overdue, "Bleed the radiators")
    row.get_by_role("button", name="Mark Bleed the radiators done").click()
    form = dialog(page)
    expect(form.get_by_role("heading")).to_have_text("Mark done: Bleed the radiators")
    # "Done at" is filled in with now.
    expect(form.locator("input[name=performed_at]")).not_to_have_value("")
    form.get_by_role("textbox", name=re.compile("^Cost")).fill("45.50")
    form.get_by_role("textbox", name="Notes").fill(
        "Two radiators had air; pressure back to 1.5 bar"
    )
    shot(page, "complete-dialog")
    assert axe_violations(page, "haven-complete-dialog", axe_source) == []
    form.get_by_role("button", name="Mark done").click()
    expect(toast(page)).to_contain_text("Bleed the radiators done. Next due")
    expect(dialog(page)).to_have_count(0)
    # Live: the task left the overdue list, the work is at the top of recent work.
    expect(task_row(overdue, "Bleed the radiators")).to_have_count(0)
    recent = home.locator("section[aria-labelledby=h-recent] li.log").first
    expect(recent).to_contain_text("Bleed the radiators")
    expect(recent).to_contain_text("€45.50")

    recent.get_by_text("Boiler").count()  # the row names its asset
    page.goto(f"/haven/asset/{boiler}")
    history = panel(page).locator("section[aria-labelledby=h-history]")
    log = history.locator("li.log").first
    expect(log).to_contain_text("Bleed the radiators")
    expect(log).to_contain_text("Two radiators had air")
    expect(log).to_contain_text("Owner")
    expect(log).to_contain_text("€45.50")
    expect(history.locator(".totals").first).to_contain_text("€45.50")

    # The Maintenance to-do list follows: due three months on, and says so.
    record = _task_record(ha, task_id)
    item = next(i for i in ha.todo_items(MAINTENANCE) if i["uid"] == task_id)
    assert item["status"] == "needs_action"
    assert item["due"] == record["next_due_at"][:10]
    assert item["description"].startswith(f"Last done {ha_day()}")


def test_snooze(page: Page, ha: Instance, axe_source: Path) -> None:
    """Snooze a week: the row says until when; the due moment moved, nothing logged."""
    heater = _asset(ha, "Towel radiator", zone="Bathroom")
    task_id = _task(ha, heater, "Dust the towel radiator", first_due=ha_day(2))
    home = open_panel(page)
    row = task_row(
        home.locator("section[aria-labelledby=h-due_soon]"), "Dust the towel radiator"
    )
    row.get_by_role("button", name="Snooze Dust the towel radiator").click()
    form = dialog(page)
    form.get_by_role("radio", name="1 week").check()
    assert axe_violations(page, "haven-snooze-dialog", axe_source) == []
    form.get_by_role("button", name="Snooze").click()
    expect(toast(page)).to_contain_text("Dust the towel radiator snoozed until")
    record = _task_record(ha, task_id)
    assert record["snoozed_until"][:10] == ha_day(7)
    assert record["next_due_at"][:10] == ha_day(7)
    history = ha.call("get_history", {"task_id": task_id})
    assert [log["kind"] for log in history["logs"]] == ["snoozed"] or history[
        "logs"
    ] == []


def test_skip(page: Page, ha: Instance, axe_source: Path) -> None:
    """Skip from the task's menu: next occurrence, and the skip is recorded."""
    softener = _asset(ha, "Softener", zone="Basement")
    task_id = _task(
        ha, softener, "Top up the salt", first_due=ha_day(1), every=1, unit="months"
    )
    page.goto(f"/haven/asset/{softener}")
    tasks = panel(page).locator("section[aria-labelledby=h-tasks]")
    task_row(tasks, "Top up the salt").get_by_role(
        "button", name="More actions for Top up the salt"
    ).click()
    menu = dialog(page)
    expect(menu).to_contain_text("Every month, counted from the last time it was done")
    assert axe_violations(page, "haven-task-menu-dialog", axe_source) == []
    menu.get_by_role("button", name="Skip").click()
    confirm = dialog(page)
    expect(confirm.get_by_role("heading")).to_have_text("Skip: Top up the salt")
    confirm.get_by_role("button", name="Skip").click()
    expect(toast(page)).to_contain_text("Top up the salt skipped. Next due")
    record = _task_record(ha, task_id)
    assert record["next_due_at"][:10] > ha_day(20)
    history = panel(page).locator("section[aria-labelledby=h-history]")
    expect(history.locator("li.log").first).to_contain_text("Skipped")


def test_asset_from_template_in_a_new_zone(
    page: Page, ha: Instance, axe_source: Path
) -> None:
    """Add an asset from a template in a zone made on the spot: area, device, tasks."""
    open_panel(page)
    panel(page).get_by_role("button", name="Add asset").click()
    form = dialog(page)
    form.get_by_role("combobox", name="Template").select_option(label="Water softener")
    expect(form.get_by_role("textbox", name="Name", exact=True)).to_have_value(
        "Water softener"
    )
    # The template's tasks, in the hint that lists them (the expected-life field has one too).
    expect(
        form.locator("p.hint").filter(has_text=re.compile(r"^Adds: \S"))
    ).to_be_visible()
    form.get_by_role("textbox", name="Name", exact=True).fill("Attic softener")
    form.get_by_role("combobox", name="Zone", exact=True).select_option(
        label="New zone…"
    )
    form.get_by_role("textbox", name="Name of the new zone").fill("Attic")
    form.get_by_role("textbox", name="Manufacturer").fill("Culligan")
    shot(page, "asset-dialog")
    assert axe_violations(page, "haven-asset-dialog", axe_source) == []
    form.get_by_role("button", name="Add asset").click()
    expect(toast(page)).to_contain_text("Attic softener added.")
    snapshot = ha.dashboard()
    asset = next(a for a in snapshot["assets"] if a["name"] == "Attic softener")
    zone = next(z for z in snapshot["zones"] if z["zone_id"] == asset["zone_id"])
    assert zone["name"] == "Attic"
    areas = ha.ws("config/area_registry/list")
    assert any(a["area_id"] == zone["area_id"] and a["name"] == "Attic" for a in areas)
    device = next(
        d for d in ha.ws("config/device_registry/list") if d["id"] == asset["device_id"]
    )
    assert device["area_id"] == zone["area_id"]
    assert [
        t["name"] for t in snapshot["tasks"] if t.get("asset_id") == asset["asset_id"]
    ]


def test_tasks_of_each_kind(page: Page, ha: Instance, axe_source: Path) -> None:
    """An interval, a cron task (with its preview) and a meter task (with its progress)."""
    fan = _asset(ha, "Attic fan", zone="Attic")
    ha.run(
        ha.process.rest(
            "POST",
            "/api/states/sensor.attic_fan_hours",
            json={
                "state": "120",
                "attributes": {
                    "unit_of_measurement": "h",
                    "friendly_name": "Attic fan hours",
                    "state_class": "total_increasing",
                },
            },
        )
    )
    page.goto(f"/haven/asset/{fan}")
    tasks = panel(page).locator("section[aria-labelledby=h-tasks]")

    # Every two weeks.
    tasks.get_by_role("button", name="Add task").click()
    form = dialog(page)
    expect(form.get_by_role("combobox", name="Asset", exact=True)).to_have_value(fan)
    form.get_by_role("textbox", name="Name", exact=True).fill("Check the fan belt")
    form.get_by_role("spinbutton", name="Every", exact=True).fill("2")
    form.get_by_role("combobox", name="Unit").select_option(label="weeks")
    expect(form.locator("section.preview")).to_contain_text("Every 2 weeks")
    form.get_by_role("button", name="Add task").click()
    expect(toast(page)).to_contain_text("Check the fan belt added.")
    expect(task_row(tasks, "Check the fan belt")).to_contain_text(
        "Every 2 weeks, counted from the last time it was done"
    )

    # 09:00 on the 1st of every month, with the next dates shown before saving.
    tasks.get_by_role("button", name="Add task").click()
    form = dialog(page)
    form.get_by_role("radio", name="On a calendar pattern (cron)").check()
    form.get_by_role("textbox", name="Name", exact=True).fill("Clean the fan grille")
    form.get_by_role("textbox", name="Cron expression").fill("0 9 1 * *")
    preview = form.locator("section.preview")
    expect(preview).to_contain_text("on day 1 of every month")
    expect(preview.locator("li")).to_have_count(5)
    shot(page, "docs-task-cron")
    assert axe_violations(page, "haven-task-dialog", axe_source) == []
    form.get_by_role("textbox", name="Cron expression").fill("0 25 1 * *")
    expect(preview.locator(".error-text")).to_contain_text(
        "not a valid cron expression"
    )
    form.get_by_role("textbox", name="Cron expression").fill("0 9 1 * *")
    expect(preview.locator("li")).to_have_count(5)
    form.get_by_role("button", name="Add task").click()
    expect(toast(page)).to_contain_text("Clean the fan grille added.")
    expect(task_row(tasks, "Clean the fan grille")).to_contain_text(
        "on day 1 of every month"
    )

    # Every 50 running hours of the fan.
    tasks.get_by_role("button", name="Add task").click()
    form = dialog(page)
    form.get_by_role("radio", name="By use, from a sensor (hours, cycles, km)").check()
    form.get_by_role("textbox", name="Name", exact=True).fill("Oil the fan bearings")
    form.get_by_role("combobox", name="Sensor", exact=True).select_option(
        label="Attic fan hours (120 h)"
    )
    expect(form).to_contain_text("Now: 120 h")
    form.get_by_role("spinbutton", name="Every (units of the sensor)").fill("50")
    form.get_by_role("button", name="Add task").click()
    expect(toast(page)).to_contain_text("Oil the fan bearings added.")
    row = task_row(tasks, "Oil the fan bearings")
    expect(row).to_contain_text("Every 50 units of Attic fan hours")
    expect(row.locator(".chip")).to_have_text("0 of 50 h")
    expect(row.locator(".meter progress")).to_have_js_property("value", 0)
    # The fan runs 20 hours: the row follows live.
    ha.run(
        ha.process.rest(
            "POST",
            "/api/states/sensor.attic_fan_hours",
            json={
                "state": "140",
                "attributes": {
                    "unit_of_measurement": "h",
                    "friendly_name": "Attic fan hours",
                },
            },
        )
    )
    expect(row.locator(".chip")).to_have_text("20 of 50 h")
    expect(row.locator(".meter progress")).to_have_js_property("value", 0.4)
    shot(page, "meter-task")


def test_attach_a_pdf_and_open_it(
    page: Page, ha: Instance, media: dict[str, Path]
) -> None:
    """Attach a manual from the browser; its link opens the stored PDF."""
    furnace = next(a for a in ha.dashboard()["assets"] if a["name"] == "Furnace")
    page.goto(f"/haven/asset/{furnace['asset_id']}")
    docs = panel(page).locator("section[aria-labelledby=h-docs]")
    with page.expect_file_chooser() as chooser:
        docs.get_by_role("button", name="Attach a PDF or photo").click()
    chooser.value.set_files(media["pdf"])
    expect(toast(page)).to_contain_text("Furnace manual.pdf attached.")
    link = docs.get_by_role("link", name="Furnace manual.pdf")
    expect(link).to_be_visible()
    with page.context.expect_page() as opened:
        link.click()
    tab = opened.value
    tab.wait_for_load_state()
    assert "/api/haven/files/" in tab.url
    assert "authSig=" in tab.url
    response = page.request.get(str(link.get_attribute("href")))
    assert response.status == 200
    assert response.headers["content-type"].startswith("application/pdf")
    assert response.body().startswith(b"%PDF-")
