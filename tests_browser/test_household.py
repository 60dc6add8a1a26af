"""The household in the panel: assignees and active months in the task dialog, pausing.

The test makes its own asset and task, and resumes the house before it ends, so the
demo property stays as the other tests expect it.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from tests_system.harness import ha_day

from .instance import Instance
from .pages import axe_violations, dialog, open_panel, panel, task_row, toast


def _record(ha: Instance, task_id: str) -> dict[str, object]:
    return next(t for t in ha.dashboard()["tasks"] if t["task_id"] == task_id)


def test_assign_a_season_and_pause(page: Page, ha: Instance, axe_source: Path) -> None:
    """Tick a person and April to November; pause and resume the task, then the house."""
    asset = ha.call("create_asset", {"config_entry_id": ha.entry_id, "name": "Gutters"})
    task_id = str(
        ha.call(
            "create_task",
            {
                "asset_id": asset["asset_id"],
                "name": "Clear the downpipes",
                "every": 1,
                "unit": "months",
                "first_due": ha_day(40),
            },
        )["task_id"]
    )
    page.goto(f"/haven/asset/{asset['asset_id']}")
    tasks = panel(page).locator("section[aria-labelledby=h-tasks]")
    row = task_row(tasks, "Clear the downpipes")
    row.get_by_role("button", name="More actions for Clear the downpipes").click()
    dialog(page).get_by_role("button", name="Edit task").click()
    form = dialog(page)
    form.get_by_role("checkbox", name="Owner").check()
    months = form.locator("fieldset.months")
    for month in ("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"):
        months.get_by_role("checkbox", name=month).check()
    assert axe_violations(page, "haven-task-dialog", axe_source) == []
    form.get_by_role("button", name="Save").click()
    expect(toast(page)).to_contain_text("Clear the downpipes saved.")
    record = _record(ha, task_id)
    assert record["active_months"] == [4, 5, 6, 7, 8, 9, 10, 11]
    assert [str(a).split(".")[0] for a in record["assignees"]] == ["person"]  # type: ignore[attr-defined]

    row.get_by_role("button", name="More actions for Clear the downpipes").click()
    menu = dialog(page)
    expect(menu).to_contain_text("Assigned to Owner")
    expect(menu).to_contain_text("Active April \N{EN DASH} November")
    menu.get_by_role("button", name="Pause").click()
    confirm = dialog(page)
    expect(confirm.get_by_role("heading")).to_have_text("Pause Clear the downpipes")
    assert axe_violations(page, "haven-pause-dialog", axe_source) == []
    confirm.get_by_role("button", name="Pause").click()
    expect(toast(page)).to_contain_text("Clear the downpipes paused.")
    expect(row.locator(".chip")).to_have_text("Paused")
    assert _record(ha, task_id)["status"] == "paused"
    row.get_by_role("button", name="More actions for Clear the downpipes").click()
    dialog(page).get_by_role("button", name="Resume").click()
    dialog(page).get_by_role("button", name="Resume").click()
    expect(toast(page)).to_contain_text("Clear the downpipes resumed.")
    assert _record(ha, task_id)["status"] != "paused"

    home = open_panel(page)
    try:
        home.get_by_role("button", name="Pause the house").click()
        dialog(page).get_by_role("button", name="Pause").click()
        expect(home.locator(".paused-banner")).to_contain_text("The house is paused")
        assert _record(ha, task_id)["status"] == "paused"
        home.get_by_role("button", name="Resume the house").click()
        dialog(page).get_by_role("button", name="Resume").click()
        expect(home.locator(".paused-banner")).to_have_count(0)
    finally:
        if ha.dashboard().get("paused"):
            ha.ws(
                "call_service",
                domain="haven",
                service="resume",
                service_data={"config_entry_id": ha.entry_id},
            )
