"""Panel speed: Haven's panel in a real browser against a real HA holding the large home.

Run from the repository root (scripts/test-browser makes .venv-browser):

    .venv-browser/bin/python benchmarks/panel_speed.py [--scale 1 10] [--runs N]
        [--code CHECKOUT ...] [--homes DIR] [--json FILE]

For each scale, benchmarks/large_home.py --populate builds the home of its benchmark
(1x: 12 zones, 300 assets, 1,000 tasks, 10,000 logs; --scale 10: ten times each) in a
new config folder. For each checkout of --code (default: this one) a copy of that folder
gets a real Home Assistant (.venv, started as scripts/develop does: tests_system/
harness.py) with that checkout's Haven; the owner signs in through HA's login form
(tests_browser/pages.py) in Debian's headless Chromium (tests_browser/conftest.py's
flags). One tab warms the browser's cache up, then --runs fresh tabs of the same
browser profile each measure, at desktop size (1280 x 860):

- home: from navigation to the Home view showing its task groups (a row of Overdue and
  the Upcoming groups in the DOM), in the page's clock (performance.now(), polled every
  animation frame): loading HA's app, signing the websocket in, Haven's snapshot and
  the first render; marked on the way: HA's app connected, Haven's panel element in
  the page; and, as a reference, HA's own Profile page in a tab of its own;
- snapshot: a websocket of its own in the page sends `haven/subscribe`: the time until
  its first event (the snapshot) arrived, its size (JSON text, before the websocket's
  compression) and JSON.parse's time;
- heap: the JS heap in use on the Home view after a garbage collection (CDP
  Performance.getMetrics), the page's DOM nodes and the task rows rendered; the Home
  view's render after its task map changed (as a `changed` event does);
- asset: a link followed in the app (no reload) until the asset's page shows its
  history and totals (haven/asset answered and rendered);
- done: the Done dialog of the first overdue task submitted (haven.complete_task) until
  the dialog closed (the action answered), and until the task's row left Overdue (the
  `changed` event of the subscription applied and rendered), and the page's
  main-thread work meanwhile;

then --runs more tabs at phone size (390 x 844, touch) measure the Home view again.
Figures are the median and p95 (nearest rank: the slowest of fewer than 20 runs).
--code puts checkouts side by side (e.g. before and after a change) on the same home;
--homes keeps the built homes for later runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
import contextlib
import json
import math
import os
from pathlib import Path
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402

from tests_browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests_browser.instance import Loop  # noqa: E402
from tests_browser.pages import (  # noqa: E402
    PHONE,
    console_errors,
    dialog,
    new_page,
    open_panel,
    sign_in,
)
from tests_system.harness import HomeAssistantProcess  # noqa: E402

HA_PYTHON = REPO / ".venv" / "bin" / "python"
LARGE_HOME = REPO / "benchmarks" / "large_home.py"
WAIT_MS = 120_000  # the 10x home on a busy machine

# In-page helpers: find an element through open shadow roots, and wait for a check
# to hold, polled every animation frame; resolves with performance.now() then.
PRELUDE = """
const find = (root, selector) => {
  const hit = root.querySelector(selector);
  if (hit) return hit;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot ? find(el.shadowRoot, selector) : null;
    if (inner) return inner;
  }
  return null;
};
const found = (window.__havenFound ??= {});
const element = (tag, scope) => {
  if (!found[tag]?.isConnected) found[tag] = scope ? find(scope, tag) : null;
  return found[tag];
};
const panelRoot = () => element('haven-panel', document)?.shadowRoot ?? null;
const viewRoot = (tag) => element(tag, panelRoot())?.shadowRoot ?? null;
const until = (check, ms) => new Promise((resolve, reject) => {
  const end = performance.now() + ms;
  const tick = () => {
    if (check()) resolve(performance.now());
    else if (performance.now() > end) reject(new Error('timed out: ' + check));
    else requestAnimationFrame(tick);
  };
  tick();
});
const homeShown = () => {
  const home = viewRoot('haven-home');
  return Boolean(home?.querySelector('section[aria-labelledby=h-overdue] li.task')
    && home.querySelector('section[aria-labelledby=h-upcoming] .group-toggle'));
};
"""


def _js(body: str, params: str = "arg") -> str:
    """Return an async page function that has the prelude's helpers."""
    return f"async ({params}) => {{ {PRELUDE} {body} }}"


# Polled by wait_for_function (it survives the navigation): the page's clock since
# navigation started when HA's app had its websocket, when Haven's panel element was
# in the page, and when the Home view showed its groups.
HOME_SHOWN = f"""() => {{ {PRELUDE}
  const marks = (window.__havenMarks ??= {{}});
  const now = performance.now();
  if (!marks.app && document.querySelector('home-assistant')?.hass?.connection) {{
    marks.app = now;
  }}
  if (!marks.panel && panelRoot()) marks.panel = now;
  if (!homeShown()) return false;
  marks.home = now;
  return marks;
}}"""

# The reference: one of HA's own pages (the user's profile) in the same browser.
HA_PAGE_SHOWN = f"""() => {{ {PRELUDE}
  const general = element('ha-profile-section-general', document)?.shadowRoot;
  return general?.querySelector('ha-card') ? performance.now() : false;
}}"""

OPEN_ASSET = _js(
    """
  const [path, name, ms] = arg;
  const started = performance.now();
  history.pushState(null, '', path);
  window.dispatchEvent(new CustomEvent('location-changed'));
  const shown = await until(() => {
    const view = viewRoot('haven-asset-view');
    return view?.querySelector('h1')?.textContent === name
      && view.querySelector('section[aria-labelledby=h-history] .totals');
  }, ms);
  return shown - started;
"""
)

BACK_HOME = _js(
    """
  const [path, ms] = arg;
  history.pushState(null, '', path);
  window.dispatchEvent(new CustomEvent('location-changed'));
  await until(homeShown, ms);
"""
)

SUBMIT_DONE = _js(
    """
  const [name, ms] = arg;
  const open = find(document, 'dialog[open]');
  const listed = () => [...(viewRoot('haven-home')?.querySelectorAll(
    'section[aria-labelledby=h-overdue] .task-name') ?? [])]
    .some((el) => el.textContent === name);
  const started = performance.now();
  open.querySelector('button[type=submit]').click();
  const [answered, moved] = await Promise.all(
    [until(() => !open.open, ms), until(() => !listed(), ms)]);
  return {answered: answered - started, row: moved - started};
"""
)

# A websocket of the page's own, signed in with the page's token, as the panel's.
SNAPSHOT = _js(
    """
  const hass = document.querySelector('home-assistant').hass;
  if (hass.auth.expired) await hass.auth.refreshAccessToken();
  const url = hass.auth.data.hassUrl.replace(/^http/, 'ws') + '/api/websocket';
  return await new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    let sent = 0;
    ws.onerror = () => reject(new Error('websocket failed'));
    ws.onmessage = (message) => {
      const received = performance.now();
      const text = message.data;
      if (!sent) {
        const hello = JSON.parse(text);
        if (hello.type === 'auth_required') {
          ws.send(JSON.stringify({type: 'auth', access_token: hass.auth.data.access_token}));
        } else if (hello.type === 'auth_ok') {
          sent = performance.now();
          ws.send(JSON.stringify({id: 1, type: 'haven/subscribe'}));
        } else reject(new Error(text));
        return;
      }
      if (!text.includes('"event"')) return;  // the command's empty result
      const parsing = performance.now();
      const event = JSON.parse(text).event;
      const parsed = performance.now();
      ws.close();
      const assets = event.properties[0].assets;
      resolve({
        ms: received - sent,
        bytes: new TextEncoder().encode(text).length,
        parse_ms: parsed - parsing,
        tasks: event.properties[0].tasks.length,
        assets: assets.filter((_, i) => i % 7 === 1).slice(0, 20)
          .map((a) => [a.asset_id, a.name]),
      });
    };
  });
""",
    params="",
)

# The Home view handed a copy of its task map (what a `changed` event with tasks does),
# five times: the median time until it had rendered again.
RERENDER = _js(
    """
  const home = element('haven-home', panelRoot());
  const ctx = home.ctx;
  const times = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    home.ctx = {...ctx, property: {...ctx.property, tasks: new Map(ctx.property.tasks)}};
    await home.updateComplete;
    times.push(performance.now() - started);
  }
  home.ctx = ctx;
  await home.updateComplete;
  return times.sort((a, b) => a - b)[2];
""",
    params="",
)

ROWS = _js(
    "return viewRoot('haven-home')?.querySelectorAll('li.task').length ?? 0;",
    params="",
)

FIGURES = (
    ("app_ms", "HA's app connected, from navigation (ms)"),
    ("panel_ms", "Haven's panel element in the page, from navigation (ms)"),
    ("home_ms", "Home view shown, from navigation (ms)"),
    ("ha_page_ms", "reference: HA's own Profile page shown, from navigation (ms)"),
    ("snapshot_ms", "haven/subscribe: first event (snapshot) after sending (ms)"),
    ("snapshot_kib", "snapshot size, JSON (KiB)"),
    ("snapshot_parse_ms", "snapshot JSON.parse (ms)"),
    ("heap_mib", "JS heap used on the Home view, after GC (MiB)"),
    ("dom_nodes", "DOM nodes of the page"),
    ("task_rows", "task rows rendered on the Home view"),
    ("rerender_ms", "Home view rendered again after its tasks changed (ms)"),
    ("asset_ms", "asset page with history, from the link (ms)"),
    ("done_answer_ms", "Done dialog submitted: dialog closed (ms)"),
    ("done_row_ms", "Done dialog submitted: row left Overdue, live (ms)"),
    ("done_main_ms", "Done dialog submitted: page's main-thread work till then (ms)"),
    ("phone_home_ms", "Home view at phone width, from navigation (ms)"),
)


def _p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _populate(scale: int, config_dir: Path) -> dict[str, Any]:
    """Build the large home in config_dir with benchmarks/large_home.py (in .venv)."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [
            str(HA_PYTHON),
            str(LARGE_HOME),
            "--populate",
            str(config_dir),
            "--scale",
            str(scale),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    if done.returncode:
        sys.stderr.write(done.stdout + done.stderr)
        msg = f"large_home.py --populate failed ({done.returncode})"
        raise RuntimeError(msg)
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


class RunningHome:
    """Home Assistant (tests_system/harness.py) on a copy of a populated folder."""

    def __init__(self, loop: Loop, populated: Path, folder: Path, code: Path) -> None:
        """Copy the folder; start() starts HA on it with code's Haven."""
        shutil.copytree(populated, folder, symlinks=True)
        self.loop = loop
        self.process = HomeAssistantProcess(
            HA_PYTHON, folder, name="Large Home", repo=code
        )
        self.version = ""

    def start(self) -> None:
        """Start HA, onboard the owner, wait until the property is loaded."""
        self.loop.run(self.process.start(600), timeout=620)
        self.loop.run(self.process.onboard(core_config=True))
        self.loop.run(
            self.process.wait_for(self._loaded, 600, "the large home to load"),
            timeout=620,
        )
        self.version = self.loop.run(self.process.rest("GET", "/api/config"))["version"]

    async def _loaded(self) -> bool:
        entries = await self.process.haven_entries()
        return len(entries) == 1 and entries[0]["state"] == "loaded"

    def close(self) -> list[str]:
        """Stop HA; return Haven's errors from its log."""
        try:
            if self.process.running:
                self.loop.run(self.process.stop())
        finally:
            problems = self.process.haven_problems()
            self.loop.run(self.process.close())
        return problems


def _open_home(page: Page) -> dict[str, float]:
    """Open the panel in this tab; the page's times until the app, panel and Home."""
    page.goto("/haven", wait_until="commit")
    shown = page.wait_for_function(HOME_SHOWN, polling="raf", timeout=WAIT_MS)
    marks: dict[str, float] = shown.json_value()
    return {f"{key}_ms": value for key, value in marks.items()}


@contextlib.contextmanager
def _performance(
    page: Page, *, collect: bool = False
) -> Iterator[Callable[[], dict[str, float]]]:
    """Chromium's figures of the page (CDP Performance.getMetrics), counted from now.

    With collect, after a garbage collection.
    """
    cdp = page.context.new_cdp_session(page)
    try:
        if collect:
            cdp.send("HeapProfiler.collectGarbage")
        cdp.send("Performance.enable")
        yield lambda: {
            m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]
        }
    finally:
        cdp.detach()


def _main_thread_s(metrics: dict[str, float]) -> float:
    """Seconds the page's main thread spent on script, style and layout."""
    return sum(
        metrics[k] for k in ("ScriptDuration", "RecalcStyleDuration", "LayoutDuration")
    )


def _ha_page_ms(page: Page) -> float:
    """Open HA's own profile page in this tab; the page's time until it showed."""
    page.goto("/profile/general", wait_until="commit")
    shown = page.wait_for_function(HA_PAGE_SHOWN, polling="raf", timeout=WAIT_MS)
    return float(shown.json_value())


def _complete_first_overdue(page: Page) -> dict[str, float]:
    """Open the Done dialog of the first overdue task; time its submission."""
    overdue = page.locator("haven-home section[aria-labelledby=h-overdue]")
    row = overdue.locator("li.task").first
    name = row.locator(".task-name").inner_text()
    row.locator(".task-actions button").first.click()
    expect(dialog(page)).to_be_visible()
    with _performance(page) as metrics:
        before = _main_thread_s(metrics())
        timed: dict[str, float] = page.evaluate(SUBMIT_DONE, [name, WAIT_MS])
        work = _main_thread_s(metrics()) - before
    expect(dialog(page)).to_have_count(0)
    return {
        "done_answer_ms": timed["answered"],
        "done_row_ms": timed["row"],
        "done_main_ms": work * 1000,
    }


def _measure(
    browser: Browser, base_url: str, state: Path, runs: int
) -> tuple[dict[str, list[float]], list[str]]:
    """Measure `runs` desktop tabs and `runs` phone tabs; return figures and errors."""
    figures: dict[str, list[float]] = {key: [] for key, _ in FIGURES}
    errors: list[str] = []
    desktop = new_page(browser, base_url, state)
    phone = new_page(
        browser,
        base_url,
        state,
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    try:
        for warm_up in (desktop, phone):  # fills the profile's cache; not counted
            open_panel(warm_up)
            warm_up.close()
        for run in range(runs):
            page = desktop.context.new_page()
            with console_errors(page) as seen:
                for key, value in _open_home(page).items():
                    figures[key].append(value)
                snapshot = page.evaluate(SNAPSHOT)
                figures["snapshot_ms"].append(snapshot["ms"])
                figures["snapshot_kib"].append(snapshot["bytes"] / 1024)
                figures["snapshot_parse_ms"].append(snapshot["parse_ms"])
                figures["task_rows"].append(page.evaluate(ROWS))
                figures["rerender_ms"].append(page.evaluate(RERENDER))
                with _performance(page, collect=True) as metrics:
                    figures["heap_mib"].append(metrics()["JSHeapUsedSize"] / 2**20)
                    figures["dom_nodes"].append(metrics()["Nodes"])
                asset_id, name = snapshot["assets"][run % len(snapshot["assets"])]
                figures["asset_ms"].append(
                    page.evaluate(
                        OPEN_ASSET, [f"/haven/asset/{asset_id}", name, WAIT_MS]
                    )
                )
                page.evaluate(BACK_HOME, ["/haven", WAIT_MS])
                for key, value in _complete_first_overdue(page).items():
                    figures[key].append(value)
            errors += seen
            page.close()
            reference = desktop.context.new_page()
            figures["ha_page_ms"].append(_ha_page_ms(reference))
            reference.close()
            print(
                f"  desktop run {run + 1} of {runs}: home {figures['home_ms'][-1]:.0f} ms,"
                f" HA's profile page {figures['ha_page_ms'][-1]:.0f} ms",
                flush=True,
            )
        for run in range(runs):
            page = phone.context.new_page()
            with console_errors(page) as seen:
                figures["phone_home_ms"].append(_open_home(page)["home_ms"])
            errors += seen
            page.close()
            print(
                f"  phone run {run + 1} of {runs}: home {figures['phone_home_ms'][-1]:.0f} ms",
                flush=True,
            )
    finally:
        desktop.context.close()
        phone.context.close()
    return figures, errors


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "p95": _p95(values),
        "min": min(values),
        "max": max(values),
        "runs": len(values),
    }


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.1f}"


def _print_table(columns: list[dict[str, Any]]) -> None:
    """Print a Markdown table: a figure a row, a (scale, checkout) a column."""
    header = " | ".join(
        f"{c['scale']}x {c['code_label']} (load {c['load'][0]:.1f}-{c['load'][1]:.1f})"
        for c in columns
    )
    print(f"\n| figure (median / p95) | {header} |")
    print("|---" * (len(columns) + 1) + "|")
    for key, label in FIGURES:
        cells = " | ".join(
            f"{_fmt(c['figures'][key]['median'])} / {_fmt(c['figures'][key]['p95'])}"
            for c in columns
        )
        print(f"| {label} | {cells} |")


def _code_label(code: Path) -> str:
    """Name the checkout by its commit ("-dirty" with uncommitted changes)."""
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        return subprocess.run(  # noqa: S603 - git on a folder named by the user
            ["git", "-C", str(code), "describe", "--always", "--dirty"],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    return code.name


def _home(scale: int, homes: Path) -> tuple[Path, dict[str, Any]]:
    """Return the populated home of this scale in homes (built now or by an earlier run)."""
    folder = homes / f"large-home-{scale}x"
    figures = homes / f"large-home-{scale}x.json"
    if not figures.exists():
        print(f"- populating the {scale}x home in {folder}", flush=True)
        shutil.rmtree(folder, ignore_errors=True)
        figures.write_text(json.dumps(_populate(scale, folder)), encoding="utf-8")
    counts: dict[str, Any] = json.loads(figures.read_text(encoding="utf-8"))["counts"]
    return folder, counts


def _column(
    browser: Browser, loop: Loop, populated: Path, folder: Path, code: Path, runs: int
) -> dict[str, Any]:
    """Start HA with code's Haven on a copy of the populated home; measure the panel."""
    label = _code_label(code)
    print(f"- {populated.name}, Haven of {code} ({label})", flush=True)
    home = RunningHome(loop, populated, folder, code)
    load_before = os.getloadavg()[0]
    try:
        home.start()
        state = folder / "owner-state.json"
        sign_in(browser, home.process.base_url, "owner", state_file=state).close()
        figures, errors = _measure(browser, home.process.base_url, state, runs)
    finally:
        problems = home.close()
    for text in errors + problems:
        print(f"  ! {text[:300]}")
    return {
        "code": str(code),
        "code_label": label,
        "home_assistant": home.version,
        "load": [load_before, os.getloadavg()[0]],
        "figures": {k: _summary(v) for k, v in figures.items()},
        "values": figures,
        "console_errors": errors,
        "haven_problems": problems,
    }


def _run(
    scales: list[int], runs: int, codes: list[Path], homes: Path | None
) -> list[dict[str, Any]]:
    columns: list[dict[str, Any]] = []
    loop = Loop()
    with (
        tempfile.TemporaryDirectory(prefix="haven-panel-speed-") as tmp,
        sync_playwright() as playwright,
    ):
        work = Path(tmp)
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        for scale in scales:
            populated, counts = _home(scale, homes or work)
            for index, code in enumerate(codes):
                folder = work / f"ha-{scale}x-{index}"
                column = _column(browser, loop, populated, folder, code, runs)
                columns.append({"scale": scale, "counts": counts} | column)
                shutil.rmtree(folder, ignore_errors=True)
        browser.close()
    loop.close()
    return columns


def main() -> None:
    """Measure, print the table, optionally save the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale", type=int, nargs="+", default=[1], help="homes to measure (1, 10)"
    )
    parser.add_argument("--runs", type=int, default=5, help="tabs per figure (5)")
    parser.add_argument(
        "--code",
        type=Path,
        nargs="+",
        default=[REPO],
        help="checkouts whose Haven is measured, side by side (default: this one)",
    )
    parser.add_argument(
        "--homes",
        type=Path,
        help="keep the populated homes in this folder and reuse them in later runs"
        " (their due dates are relative to when they were built)",
    )
    parser.add_argument("--json", type=Path, help="also save every figure here")
    args = parser.parse_args()
    if args.homes:
        args.homes.mkdir(parents=True, exist_ok=True)
    # HA's "Loading data" alone can take longer than Playwright's 5 s on the 10x home.
    expect.set_options(timeout=WAIT_MS)
    started = time.monotonic()
    columns = _run(
        [max(1, s) for s in args.scale],
        max(1, args.runs),
        [c.resolve() for c in args.code],
        args.homes and args.homes.resolve(),
    )
    print(
        f"\n{platform.python_implementation()} {platform.python_version()},"
        f" Home Assistant {columns[0]['home_assistant']}, {os.cpu_count()} CPUs;"
        f" {time.monotonic() - started:.0f} s in all"
    )
    _print_table(columns)
    if args.json:
        args.json.write_text(json.dumps(columns, indent=1), encoding="utf-8")


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
