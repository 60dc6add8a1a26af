"""Crash test: kill Home Assistant (SIGKILL) under load, restart, check Haven lost and doubled nothing.

    python -m tests_system.crash [--rounds 5] [--seed N] [--kill-after MIN MAX] [--keep]

One property on the default SQLite recorder. Each round runs writes concurrently through
Haven's public interface -- completions with notes and cost, new tasks and their updates,
text captures through the `haven.capture` action and through `POST /api/haven/capture` (as
a non-admin user) -- and notes every write whose response arrived (acknowledged), with the
ids it returned. At a random moment (seeded; the seed is printed) HA is killed with SIGKILL;
the database as the kill left it must pass `PRAGMA integrity_check`; HA is started again
and every check below runs over everything written so far:

- every acknowledged completion's log (haven.get_history) is there once, with its notes,
  cost and task; an unacknowledged one (in flight at a kill) is there at most once; no
  other log appears;
- every acknowledged new task is on the Maintenance to-do list once, named as its last
  acknowledged update (or an unacknowledged later one) left it; an unacknowledged one is
  there at most once;
- every acknowledged capture is in the inbox once with its text and ends PROCESSED, as does
  any unacknowledged one that was stored; its `attempts` (haven_inbox_item, read only) is 1,
  plus at most one per kill that caught it unprocessed; haven_capture_processed never fires
  twice for an item;
- the property loads after each restart, the recorder never moved the database aside as
  corrupt, and the log has no ERROR from Haven nor a traceback through its code.

Finally HA is stopped gracefully and the database file is checked again. A summary is
printed; the exit status is 1 when any check failed (each failure is listed).
"""

from __future__ import annotations

import argparse
import asyncio
from collections import Counter, defaultdict
from collections.abc import Awaitable
from dataclasses import dataclass, field
from decimal import Decimal
import os
from pathlib import Path
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from typing import Any

import aiohttp

from .harness import (
    HarnessError,
    HomeAssistantProcess,
    RequestError,
    interrupt_on_sigterm,
)

PROPERTY = "Crash House"
BASELINE_TASKS = 4
ACKED = "acknowledged"
UNACKED = "unacknowledged"  # no response: in flight when HA was killed
FAILED = "failed"  # an error response, or a lost connection while HA was running
SETTLE_TIMEOUT = 120.0
STARTUP_KILL_CHANCE = 0.5  # rounds that also kill HA while it starts again
STARTUP_KILL_AFTER = (0.5, 5.0)  # seconds after spawning the process


@dataclass
class Write:
    """One write sent to HA, and what came of it."""

    kind: str  # complete, create_task, update_task, capture_action, capture_upload
    marker: str
    round: int
    seq: int
    task_id: str | None = None  # the task completed or updated
    name: str | None = None  # a task's name as created or updated
    cost: str | None = None
    outcome: str | None = None
    result: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    seconds: float | None = None  # how long the acknowledged request took


@dataclass
class RoundReport:
    """What one round did."""

    number: int
    kill_after: float = 0.0
    startup_kill_after: float | None = None
    median_ms: dict[str, int] = field(default_factory=dict)
    restart_seconds: float = 0.0
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)


def _sqlite_rows(database: Path, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """Run a read-only query (HA may be running: the recorder's SQLite is in WAL mode)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _integrity(database: Path) -> list[str]:
    """Return what integrity_check and Haven's foreign key check report (empty: fine)."""
    connection = sqlite3.connect(database, timeout=30)
    try:
        problems = [
            row[0]
            for row in connection.execute("PRAGMA integrity_check").fetchall()
            if row[0] != "ok"
        ]
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'haven%'"
            )
        ]
        for table in tables:
            problems += [
                f"foreign key: {row}"
                for row in connection.execute(f"PRAGMA foreign_key_check({table})")
            ]
        return problems
    finally:
        connection.close()


class CrashTest:
    """The whole run: set-up, rounds of load, kill, restart and checks, summary."""

    def __init__(
        self,
        config_dir: Path,
        rounds: int,
        seed: int,
        kill_after: tuple[float, float],
    ) -> None:
        """Prepare a run; nothing starts until run()."""
        self.config_dir = config_dir
        self.rounds = rounds
        self.seed = seed
        # Kill moments come from their own generator, so a seed repeats them whatever
        # the load (whose choices depend on timing) drew.
        self.kill_random = random.Random(seed)  # noqa: S311 - a test's choices
        self.random = random.Random(seed + 1)  # noqa: S311
        self.kill_after = kill_after
        self.ha = HomeAssistantProcess(sys.executable, config_dir, name=PROPERTY)
        self.entry_id = ""
        self.todo_entity = ""
        self.guest_token = ""
        self.baseline_tasks: list[str] = []
        self.writes: list[Write] = []
        self.killed = False
        self.round = 0
        self.seq = 0
        self.processed_events: Counter[str] = Counter()
        # Kills that happened while a capture was not yet seen settled (PROCESSED or FAILED).
        self.kills_unsettled: Counter[str] = Counter()
        self.settled: set[str] = set()
        self.violations: list[str] = []
        self.reports: list[RoundReport] = []

    # Set-up

    async def setup(self) -> None:
        """Start HA, onboard, create the property, its tasks and a guest; restart cleanly."""
        await self.ha.start()
        await self.ha.onboard()
        self.entry_id = await self.ha.create_property(PROPERTY)
        asset = await self.ha.call(
            "haven",
            "create_asset",
            {
                "config_entry_id": self.entry_id,
                "name": "Furnace",
                "template": "furnace",
            },
        )
        self.baseline_tasks = list(asset["task_ids"])
        for number in range(BASELINE_TASKS):
            task = await self.ha.call(
                "haven",
                "create_task",
                {
                    "config_entry_id": self.entry_id,
                    "name": f"Baseline task {number}",
                    "every": 1,
                    "unit": "months",
                },
            )
            self.baseline_tasks.append(task["task_id"])
        _, guest = await self.ha.create_user("Guest", "guest")
        self.guest_token = guest.access_token
        async with self.ha.websocket() as ws:
            entities = await ws.command("config/entity_registry/list")
        self.todo_entity = next(
            e["entity_id"]
            for e in entities
            if e.get("config_entry_id") == self.entry_id
            and e["entity_id"].startswith("todo.")
            and e.get("translation_key") == "maintenance"
        )
        # HA saves users, config entries and registries a few seconds after a change: a
        # graceful restart writes them now, so the kills only put Haven's data at risk.
        await self.ha.restart()
        self.guest_token = (await self.ha.login("guest")).access_token
        await self._wait_loaded()
        print(
            f"Set up {PROPERTY} ({self.entry_id}): {len(self.baseline_tasks)} tasks to"
            f" complete, to-do list {self.todo_entity}, config in {self.config_dir}"
        )

    async def _wait_loaded(self) -> None:
        async def loaded() -> bool:
            return any(
                e["entry_id"] == self.entry_id and e["state"] == "loaded"
                for e in await self.ha.haven_entries()
            )

        await self.ha.wait_for(loaded, 120, f"{PROPERTY} to load")

    # Load

    def _new_write(self, kind: str, **fields: Any) -> Write:
        self.seq += 1
        write = Write(
            kind=kind,
            marker=f"r{self.round}-{self.seq}",
            round=self.round,
            seq=self.seq,
            **fields,
        )
        self.writes.append(write)
        return write

    async def _send(self, write: Write, request: Awaitable[Any]) -> bool:
        """Await one write's request; classify its outcome. True when acknowledged."""
        sent = time.monotonic()
        try:
            result = await request
        except RequestError as err:
            write.outcome, write.error = FAILED, str(err)
            return False
        except (aiohttp.ClientError, OSError, TimeoutError) as err:
            write.outcome = UNACKED if self.killed else FAILED
            write.error = repr(err)
            return False
        write.outcome = ACKED
        write.seconds = time.monotonic() - sent
        write.result = result if isinstance(result, dict) else {}
        return True

    def _loading(self) -> bool:
        """Whether the load goes on (HA has not been killed yet)."""
        return not self.killed

    async def _completer(self) -> None:
        while self._loading():
            task_id = self.random.choice(self.baseline_tasks)
            cost = str(Decimal(self.random.randint(1, 99999)) / 100)
            write = self._new_write("complete", task_id=task_id, cost=cost)
            data = {
                "task_id": task_id,
                "notes": f"Crash completion {write.marker}",
                "cost": float(cost),
            }
            await self._send(write, self.ha.call("haven", "complete_task", data))

    async def _task_writer(self) -> None:
        while self._loading():
            create = self._new_write("create_task")
            create.name = f"Crash task {create.marker}"
            data = {
                "config_entry_id": self.entry_id,
                "name": create.name,
                "every": self.random.randint(1, 30),
                "unit": "days",
                "notes": "created by the crash test",
            }
            if not await self._send(create, self.ha.call("haven", "create_task", data)):
                continue
            for version in range(1, self.random.randint(1, 3) + 1):
                if not self._loading():
                    break
                update = self._new_write(
                    "update_task",
                    task_id=create.result["task_id"],
                    name=f"{create.name} v{version}",
                )
                data = {
                    "task_id": update.task_id,
                    "name": update.name,
                    "notes": f"update {update.marker}",
                }
                await self._send(
                    update,
                    self.ha.call("haven", "update_task", data, return_response=False),
                )

    async def _capturer(self, upload: bool) -> None:
        while self._loading():
            write = self._new_write("capture_upload" if upload else "capture_action")
            text = f"Crash capture {write.marker}"
            if upload:
                request = self.ha.upload_capture(
                    text=text, config_entry_id=self.entry_id, token=self.guest_token
                )
            else:
                request = self.ha.call(
                    "haven", "capture", {"config_entry_id": self.entry_id, "text": text}
                )
            await self._send(write, request)

    def _on_processed(self, event: dict[str, Any]) -> None:
        data = event.get("data", {})
        if data.get("config_entry_id") == self.entry_id:
            self.processed_events[data["inbox_item_id"]] += 1

    async def _subscribe(self) -> tuple[asyncio.Task[None], asyncio.Event]:
        """Listen to haven_capture_processed until HA dies or the round ends."""
        subscribed = asyncio.Event()
        done = asyncio.Event()

        async def listen() -> None:
            try:
                async with self.ha.websocket() as ws:
                    await ws.subscribe_events(
                        "haven_capture_processed", self._on_processed
                    )
                    subscribed.set()
                    done_wait = asyncio.create_task(done.wait())
                    closed_wait = asyncio.create_task(ws.closed.wait())
                    await asyncio.wait(
                        [done_wait, closed_wait], return_when=asyncio.FIRST_COMPLETED
                    )
                    done_wait.cancel()
                    closed_wait.cancel()
            except (aiohttp.ClientError, OSError, HarnessError):
                subscribed.set()

        task = asyncio.create_task(listen())
        await subscribed.wait()
        return task, done

    async def run_round(self, number: int) -> None:
        """Load, kill at a random moment, check the file, restart, check everything."""
        self.round = number
        report = RoundReport(number)
        self.reports.append(report)
        listener, listener_done = await self._subscribe()
        self.killed = False
        first_seq = self.seq
        workers = [
            asyncio.create_task(self._completer()),
            asyncio.create_task(self._completer()),
            asyncio.create_task(self._task_writer()),
            asyncio.create_task(self._task_writer()),
            asyncio.create_task(self._capturer(upload=False)),
            asyncio.create_task(self._capturer(upload=True)),
        ]
        report.kill_after = self.kill_random.uniform(*self.kill_after)
        await asyncio.sleep(report.kill_after)
        self.killed = True
        self.ha.kill()
        await self.ha.wait_exit()
        await asyncio.wait_for(asyncio.gather(*workers), 60)
        listener_done.set()
        await listener
        self._count_kill()
        report.outcomes = Counter(
            (w.kind, w.outcome or "?") for w in self.writes if w.seq > first_seq
        )
        latencies: defaultdict[str, list[float]] = defaultdict(list)
        for write in self.writes[first_seq:]:
            if write.seconds is not None:
                latencies[write.kind].append(write.seconds)
        report.median_ms = {
            kind: round(1000 * statistics.median(values))
            for kind, values in sorted(latencies.items())
        }

        problems = await asyncio.to_thread(self._check_file_after_kill)
        self.violations += [
            f"round {number}, file after the kill: {p}" for p in problems
        ]

        if self.kill_random.random() < STARTUP_KILL_CHANCE:
            # Crash again while HA starts (and Haven picks up the captures left over).
            report.startup_kill_after = self.kill_random.uniform(*STARTUP_KILL_AFTER)
            await self.ha.start(wait=False)
            await asyncio.sleep(report.startup_kill_after)
            self.ha.kill()
            await self.ha.wait_exit()
            self._count_kill()
            problems = await asyncio.to_thread(self._check_file_after_kill)
            self.violations += [
                f"round {number}, file after the kill during start-up: {p}"
                for p in problems
            ]

        started = time.monotonic()
        await self.ha.start()
        await self._wait_loaded()
        report.restart_seconds = time.monotonic() - started
        await self.check(f"round {number}")

    def _count_kill(self) -> None:
        """Note a kill for every capture that may have been unprocessed at that moment.

        A capture whose haven_capture_processed arrived, or that a check found settled, was
        committed PROCESSED (or FAILED) before; any other may have been PENDING or
        PROCESSING, so one more claim of it (attempts) is allowed.
        """
        for write in self._captures():
            if write.outcome == ACKED:
                item_id = write.result.get("inbox_item_id")
                if (
                    item_id
                    and item_id not in self.settled
                    and not self.processed_events[item_id]
                ):
                    self.kills_unsettled[item_id] += 1
            elif write.outcome == UNACKED and write.marker not in self.settled:
                self.kills_unsettled[write.marker] += 1

    def _check_file_after_kill(self) -> list[str]:
        """Check a copy of the database as the kill left it (what the next start finds)."""
        with tempfile.TemporaryDirectory(prefix="haven-crash-db-") as scratch:
            for suffix in ("", "-wal"):
                source = Path(f"{self.ha.database}{suffix}")
                if source.exists():
                    shutil.copyfile(source, Path(scratch) / f"copy.db{suffix}")
            return _integrity(Path(scratch) / "copy.db")

    # Checks

    def _captures(self) -> list[Write]:
        return [w for w in self.writes if w.kind.startswith("capture")]

    async def check(self, when: str) -> None:
        """Run every check over everything written so far; note the violations."""
        found: list[str] = []
        found += await self._check_logs()
        found += await self._check_tasks()
        found += await self._check_captures()
        corrupt = sorted(
            p.name for p in self.config_dir.glob("home-assistant_v2.db.corrupt*")
        )
        if corrupt:
            found.append(f"the recorder moved a corrupt database aside: {corrupt}")
        self.violations += [f"{when}: {problem}" for problem in found]

    async def _check_logs(self) -> list[str]:
        problems: list[str] = []
        history = await self.ha.call(
            "haven", "get_history", {"config_entry_id": self.entry_id, "limit": 100000}
        )
        logs: list[dict[str, Any]] = history["logs"]
        ids = Counter(log["log_id"] for log in logs)
        problems += [f"log {i} listed {n} times" for i, n in ids.items() if n > 1]
        by_marker: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
        for log in logs:
            notes = log.get("notes") or ""
            by_marker[notes.removeprefix("Crash completion ")].append(log)
        completions = {w.marker: w for w in self.writes if w.kind == "complete"}
        acked = sum(w.outcome == ACKED for w in completions.values())
        if not acked <= len(logs) <= len(completions):
            problems.append(
                f"{len(logs)} logs for {acked} acknowledged completions and "
                f"{len(completions) - acked} in flight or failed"
            )
        for marker, found in by_marker.items():
            if marker not in completions:
                problems.append(f"a log no completion wrote: {found}")
        for marker, write in completions.items():
            found = by_marker.get(marker, [])
            if len(found) > 1:
                problems.append(
                    f"completion {marker} ({write.outcome}) logged {len(found)} times: "
                    f"{[log['log_id'] for log in found]}"
                )
            if write.outcome == ACKED:
                if not found:
                    problems.append(
                        f"acknowledged completion {marker} lost: log "
                        f"{write.result.get('log_id')} of task {write.task_id} is missing"
                    )
                    continue
                log = found[0]
                expected = (
                    write.result.get("log_id"),
                    write.task_id,
                    float(write.cost or 0),
                )
                actual = (log["log_id"], log["task_id"], log["cost"])
                if expected != actual:
                    problems.append(
                        f"completion {marker}: (log id, task, cost) {actual}, acknowledged as {expected}"
                    )
        return problems

    async def _check_tasks(self) -> list[str]:
        problems: list[str] = []
        response = await self.ha.call(
            "todo",
            "get_items",
            {"entity_id": self.todo_entity, "status": ["needs_action", "completed"]},
        )
        items: list[dict[str, Any]] = response[self.todo_entity]["items"]
        uids = Counter(item["uid"] for item in items)
        problems += [
            f"to-do item {u} listed {n} times" for u, n in uids.items() if n > 1
        ]
        summaries = {item["uid"]: item["summary"] for item in items}
        by_marker: defaultdict[str, list[str]] = defaultdict(list)
        for uid, summary in summaries.items():
            if summary.startswith("Crash task "):
                by_marker[summary.removeprefix("Crash task ").split(" ")[0]].append(uid)
        creates = {w.marker: w for w in self.writes if w.kind == "create_task"}
        updates: defaultdict[str, list[Write]] = defaultdict(list)
        for write in self.writes:
            if write.kind == "update_task" and write.task_id:
                updates[write.task_id].append(write)
        for marker, uids_found in by_marker.items():
            if marker not in creates:
                problems.append(f"tasks no create_task made: {uids_found}")
        for marker, create in creates.items():
            found = by_marker.get(marker, [])
            if len(found) > 1:
                problems.append(
                    f"task {marker} ({create.outcome}) created {len(found)} times: {found}"
                )
            if create.outcome != ACKED:
                continue
            task_id = create.result["task_id"]
            if task_id not in summaries:
                problems.append(f"acknowledged task {marker} ({task_id}) lost")
                continue
            history = updates.get(task_id, [])
            acked = [i for i, w in enumerate(history) if w.outcome == ACKED]
            last = acked[-1] if acked else -1
            allowed = {history[last].name if last >= 0 else create.name}
            allowed |= {w.name for w in history[last + 1 :] if w.outcome != ACKED}
            if summaries[task_id] not in allowed:
                problems.append(
                    f"task {task_id} is named {summaries[task_id]!r}; after its "
                    f"acknowledged writes it must be one of {sorted(map(str, allowed))}"
                )
        return problems

    async def _check_captures(self) -> list[str]:
        problems: list[str] = []
        rows = await self._settled_inbox()
        items = {row[0]: row for row in rows}
        by_marker: defaultdict[str, list[str]] = defaultdict(list)
        for item_id, text, *_ in rows:
            by_marker[(text or "").removeprefix("Crash capture ")].append(item_id)
        captures = {w.marker: w for w in self._captures()}
        for marker, found in by_marker.items():
            if marker not in captures:
                problems.append(f"inbox items no capture made: {found}")
        for marker, write in captures.items():
            found = by_marker.get(marker, [])
            if len(found) > 1:
                problems.append(
                    f"capture {marker} ({write.kind}, {write.outcome}) stored {len(found)} times: {found}"
                )
            if (
                write.outcome == ACKED
                and write.result.get("inbox_item_id") not in items
            ):
                problems.append(
                    f"acknowledged capture {marker} ({write.kind}) lost: inbox item "
                    f"{write.result.get('inbox_item_id')} is missing"
                )
            for item_id in found:
                _, _, status, attempts, error = items[item_id]
                kills = self.kills_unsettled[item_id] + self.kills_unsettled[marker]
                if status != "PROCESSED":
                    problems.append(
                        f"capture {marker} ({item_id}) ended {status}: {error}"
                    )
                if not 1 <= attempts <= 1 + kills:
                    problems.append(
                        f"capture {marker} ({item_id}) processed {attempts} times "
                        f"(attempts), but only {kills} kill(s) caught it unprocessed"
                    )
                self.settled.add(item_id)
                self.settled.add(marker)
        problems += [
            f"haven_capture_processed fired {n} times for inbox item {item_id}"
            for item_id, n in self.processed_events.items()
            if n > 1
        ]
        return problems

    async def _settled_inbox(self) -> list[Any]:
        """Return the property's inbox rows once none is PENDING or PROCESSING any more."""
        sql = (
            "SELECT i.id, i.text, i.status, i.attempts, i.error FROM haven_inbox_item i"
            " JOIN haven_property p ON p.id = i.property_id WHERE p.config_entry_id = ?"
        )
        deadline = time.monotonic() + SETTLE_TIMEOUT
        while True:
            rows = await asyncio.to_thread(
                _sqlite_rows, self.ha.database, sql, (self.entry_id,)
            )
            if all(row[2] not in {"PENDING", "PROCESSING"} for row in rows):
                return rows
            if time.monotonic() > deadline:
                return rows  # the status check reports the stragglers
            await asyncio.sleep(0.5)

    # The whole run

    async def run(self) -> int:
        """Set up, run the rounds, stop, check the file, print the summary."""
        started = time.monotonic()
        try:
            await self.setup()
            for number in range(1, self.rounds + 1):
                await self.run_round(number)
                self._print_round(self.reports[-1])
            await self.ha.stop()
            problems = await asyncio.to_thread(_integrity, self.ha.database)
            self.violations += [f"after the final stop: {p}" for p in problems]
        except HarnessError as err:
            self.violations.append(f"the run could not go on: {err}")
        finally:
            await self.ha.close()
        for record in self.ha.haven_problems():
            self.violations.append(f"log: {record}")
        self.violations += [
            f"write refused or dropped while HA was running: {w.kind} {w.marker}: {w.error}"
            for w in self.writes
            if w.outcome == FAILED
        ]
        self._print_summary(time.monotonic() - started)
        return 1 if self.violations else 0

    def _print_round(self, report: RoundReport) -> None:
        acked = sum(
            n for (_, outcome), n in report.outcomes.items() if outcome == ACKED
        )
        unacked = {
            kind: n
            for (kind, outcome), n in report.outcomes.items()
            if outcome == UNACKED
        }
        print(
            f"Round {report.number}: killed after {report.kill_after:.2f} s,"
            f" {acked} writes acknowledged, in flight at the kill: {unacked or 'none'};"
            + (
                f" killed again {report.startup_kill_after:.2f} s into the restart;"
                if report.startup_kill_after is not None
                else ""
            )
            + f" restarted in {report.restart_seconds:.1f} s;"
            f" violations so far: {len(self.violations)}"
        )
        print(f"  median response times (ms): {report.median_ms}")

    def _print_summary(self, seconds: float) -> None:
        totals = Counter((w.kind, w.outcome or "?") for w in self.writes)
        print(
            f"\nCrash test: {len(self.reports)} rounds, seed {self.seed}, {seconds:.0f} s"
        )
        for kind in (
            "complete",
            "create_task",
            "update_task",
            "capture_action",
            "capture_upload",
        ):
            counts = ", ".join(
                f"{totals[kind, outcome]} {outcome}"
                for outcome in (ACKED, UNACKED, FAILED)
                if totals[kind, outcome]
            )
            print(f"  {kind:15} {counts or 'none'}")
        committed = self._unacked_committed()
        print(f"  unacknowledged writes found committed after restart: {committed}")
        print(
            f"  haven_capture_processed events seen: {sum(self.processed_events.values())}"
        )
        if self.violations:
            print(f"\nFAILED: {len(self.violations)} violation(s):")
            for violation in self.violations:
                print(f"- {violation}")
            print(
                f"\nReproduce: scripts/crash-test --seed {self.seed} --rounds {self.rounds}"
                f" --kill-after {self.kill_after[0]} {self.kill_after[1]}"
                " (kill moments follow the seed; what is in flight depends on timing)"
            )
        else:
            print("\nPassed: nothing acknowledged was lost, nothing was written twice")

    def _unacked_committed(self) -> str:
        unacked = [w for w in self.writes if w.outcome == UNACKED]
        if not unacked or not self.ha.database.exists():
            return "none in flight"
        texts = {
            row[0]
            for row in _sqlite_rows(
                self.ha.database, "SELECT text FROM haven_inbox_item"
            )
        }
        notes = {
            row[0]
            for row in _sqlite_rows(self.ha.database, "SELECT notes FROM haven_log")
        }
        names = {
            row[0]
            for row in _sqlite_rows(self.ha.database, "SELECT name FROM haven_task")
        }
        committed = 0
        for write in unacked:
            if write.kind.startswith("capture"):
                committed += f"Crash capture {write.marker}" in texts
            elif write.kind == "complete":
                committed += f"Crash completion {write.marker}" in notes
            else:
                committed += write.name in names
        return f"{committed} of {len(unacked)}"


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=None, help="random by default")
    parser.add_argument(
        "--kill-after",
        type=float,
        nargs=2,
        default=(2.0, 10.0),
        metavar=("MIN", "MAX"),
        help="seconds of load before the kill, drawn between these (default 2 10)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the config folder even when passing"
    )
    args = parser.parse_args()
    interrupt_on_sigterm()
    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(4))
    print(
        f"Crash test seed {seed} (scripts/crash-test --seed {seed} repeats its choices)"
    )
    config_dir = Path(tempfile.mkdtemp(prefix="haven-crash-"))
    kill_after = (args.kill_after[0], args.kill_after[1])
    test = CrashTest(config_dir, args.rounds, seed, kill_after)
    try:
        status = asyncio.run(test.run())
    except KeyboardInterrupt:
        print(f"\nInterrupted; config folder, database and log kept in {config_dir}")
        sys.exit(130)
    if status or args.keep:
        print(f"Config folder, database and log kept in {config_dir}")
    else:
        shutil.rmtree(config_dir, ignore_errors=True)
    sys.exit(status)


if __name__ == "__main__":
    main()
