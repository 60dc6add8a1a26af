"""Smoke run: start a real Home Assistant with Haven and the demo property, then stop it.

    python -m tests_system.smoke [--keep] [--timeout SECONDS]

Run with the Python of the venv whose Home Assistant is under test (scripts/smoke-newest-ha
runs it in the Debian sid tree on the newest release). It passes when the demo property
loads and is seeded (its assets, tasks and the demo log entry are there), HA stops cleanly,
and the log holds no ERROR/CRITICAL record from Haven and no traceback that mentions haven.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
from typing import Any

from .harness import HarnessError, HomeAssistantProcess, interrupt_on_sigterm

DEMO_PROPERTY = "Demo House"
DEMO_ASSETS = 8  # dev/haven_demo's DEMO_ASSETS
DEMO_LOG = "Replaced the door seal"  # the demo's last step


async def _demo_seeded(ha: HomeAssistantProcess, found: dict[str, Any]) -> bool:
    entries = [e for e in await ha.haven_entries() if e["title"] == DEMO_PROPERTY]
    if not entries or entries[0]["state"] != "loaded":
        return False
    entry_id = entries[0]["entry_id"]
    history = await ha.call("haven", "get_history", {"config_entry_id": entry_id})
    if not any(log["action"] == DEMO_LOG for log in history["logs"]):
        return False
    found["entry_id"] = entry_id
    return True


async def _check_demo(ha: HomeAssistantProcess, entry_id: str) -> list[str]:
    """Return what is wrong with the seeded demo property, through its public surface."""
    problems: list[str] = []
    async with ha.websocket() as ws:
        dashboard = await ws.command("haven/dashboard", config_entry_id=entry_id)
        devices = await ws.command("config/device_registry/list")
        entities = await ws.command("config/entity_registry/list")
    properties = dashboard.get("properties") or []
    if len(properties) != 1:
        problems.append(f"haven/dashboard returned {len(properties)} properties")
    assets = [
        d
        for d in devices
        if entry_id in d.get("config_entries", []) and d.get("entry_type") != "service"
    ]
    if len(assets) != DEMO_ASSETS:
        problems.append(f"{len(assets)} asset devices, expected {DEMO_ASSETS}")
    haven_entities = [
        e
        for e in entities
        if e.get("config_entry_id") == entry_id and e.get("platform") == "haven"
    ]
    states = {s["entity_id"]: s for s in await ha.states()}
    todo = [
        e["entity_id"]
        for e in haven_entities
        if e["entity_id"].startswith("todo.") and e["entity_id"] in states
    ]
    maintenance = [
        entity_id
        for entity_id in todo
        if states[entity_id]["state"] not in {"unavailable", "unknown"}
        and int(states[entity_id]["state"]) > 0
    ]
    if not maintenance:
        problems.append(f"no to-do list with tasks among {todo}")
    unavailable = sorted(
        e["entity_id"]
        for e in haven_entities
        if e["entity_id"] in states and states[e["entity_id"]]["state"] == "unavailable"
    )
    if unavailable:
        problems.append(f"unavailable entities: {', '.join(unavailable)}")
    print(
        f"Demo property: {len(assets)} assets, {len(haven_entities)} entities"
        f" ({len(states)} states in HA), to-do lists {todo}"
    )
    return problems


async def run(timeout: float, keep: bool) -> int:
    """Start, check, stop; return the exit status."""
    started = time.monotonic()
    config_dir = tempfile.mkdtemp(prefix="haven-smoke-")
    problems: list[str] = []
    async with HomeAssistantProcess(sys.executable, config_dir, demo=True) as ha:
        try:
            await ha.start(timeout=timeout)
            print(f"HTTP up after {time.monotonic() - started:.1f} s on {ha.base_url}")
            await ha.onboard()
            found: dict[str, Any] = {}
            await ha.wait_for(
                lambda: _demo_seeded(ha, found), timeout, "the demo property"
            )
            print(f"Demo property seeded after {time.monotonic() - started:.1f} s")
            problems += await _check_demo(ha, found["entry_id"])
            stop_started = time.monotonic()
            code = await ha.stop()
            print(f"Stopped in {time.monotonic() - stop_started:.1f} s (exit {code})")
            if code != 0:
                problems.append(f"Home Assistant exited with status {code}")
        except HarnessError as err:
            problems.append(str(err))
        logged = ha.haven_problems()
    for record in logged:
        problems.append(f"log: {record}")
    print(f"Smoke run took {time.monotonic() - started:.1f} s")
    if problems:
        print(
            f"\nFAILED ({len(problems)} problems); config and log kept in {config_dir}:"
        )
        for problem in problems:
            print(f"- {problem}")
        return 1
    if keep:
        print(f"Config and log kept in {config_dir}")
    else:
        shutil.rmtree(config_dir, ignore_errors=True)
    print("Smoke run passed: the demo property loaded, no Haven errors in the log")
    return 0


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--timeout",
        type=float,
        default=900,
        help="seconds to wait for each stage (the first start installs packages)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the config folder")
    args = parser.parse_args()
    interrupt_on_sigterm()
    sys.exit(asyncio.run(run(args.timeout, args.keep)))


if __name__ == "__main__":
    main()
