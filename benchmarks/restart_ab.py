"""Restart two versions of Haven on one large home, alternating, and print the times.

    .venv/bin/python benchmarks/restart_ab.py --before ../haven-before --scale 10 --runs 7

The set-up of a restart is the figure this machine measures least steadily: its speed
changes with its other tenants by 30 % from one minute to the next. Two versions timed
one after the other (``large_home.py --haven`` twice) can differ by that much for the
same code. This script builds the home once (``large_home.py``'s generator, HA's
SQLite recorder), gives each version its own copy of the config folder, restarts each
once to warm up (HA writes bytecode, registries are loaded), then restarts them in
turn, ``--runs`` times each. A restart is ``large_home.py``'s: a fresh Python process,
the entry set up as HA's bootstrap does after a restart, timed until HA is idle.

It prints each pair as it goes and a table at the end: median and fastest wall clock,
median CPU time of the process and of Python's garbage collector, in seconds. Every
file it writes goes to one temporary directory, deleted at the end.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
import shutil
import statistics
import sys
import tempfile
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import large_home

FIGURES = (("setup_s", "wall"), ("cpu_s", "CPU"), ("gc_s", "GC"))


def _copy_integration(checkout: Path, to: Path) -> Path:
    """Copy a checkout's integration, so editing it during the run changes nothing."""
    source = checkout / "custom_components" / large_home.DOMAIN
    if not source.is_dir():
        source = checkout  # given the integration's folder itself
    shutil.copytree(source, to, ignore=shutil.ignore_patterns("__pycache__"))
    return to


def _restart(config_dir: Path, work: Path) -> dict[str, Any]:
    return large_home._run_child("restart", config_dir, work)


def main() -> None:
    """Build the home, restart both versions in turn, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--before", type=Path, required=True, help="a checkout of the older version"
    )
    parser.add_argument(
        "--after",
        type=Path,
        default=large_home.REPO,
        help="a checkout of the newer version (default: this one)",
    )
    parser.add_argument("--scale", type=int, default=10, help="the home (default 10x)")
    parser.add_argument("--runs", type=int, default=7, help="restarts of each")
    args = parser.parse_args()
    large_home.SCENARIO = large_home.Scenario(args.scale, False)
    versions = {"before": args.before.resolve(), "after": args.after.resolve()}
    with tempfile.TemporaryDirectory(prefix="haven-ab-") as tmp:
        work = Path(tmp)
        homes: dict[str, Path] = {}
        for name, checkout in versions.items():
            code = _copy_integration(checkout, work / f"haven-{name}")
            homes[name] = work / f"home-{name}"
            if len(homes) == 1:
                print(f"- building the {args.scale}x home", flush=True)
                large_home.populate(homes[name], code, work)
            else:
                shutil.copytree(homes["before"], homes[name], symlinks=True)
                link = homes[name] / "custom_components" / large_home.DOMAIN
                link.unlink()
                link.symlink_to(code)
        for name, home in homes.items():
            print(f"- warming up {name} ({versions[name]})", flush=True)
            _restart(home, work)
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in homes}
        for n in range(args.runs):
            line = [f"run {n + 1}, load {os.getloadavg()[0]:.1f}:"]
            for name, home in homes.items():
                result = _restart(home, work)
                runs[name].append(result)
                line.append(
                    f"{name} {result['setup_s']:.3f} s (CPU {result['cpu_s']:.3f})"
                )
            print(" ".join(line), flush=True)
    print()
    print("| seconds | " + " | ".join(homes) + " |")
    print("|---|" + "---|" * len(homes))
    for key, label in FIGURES:
        cells = [
            f"{statistics.median(r[key] for r in runs[name]):.3f}" for name in homes
        ]
        print(f"| {label}, median | " + " | ".join(cells) + " |")
    fastest = [f"{min(r['setup_s'] for r in runs[name]):.3f}" for name in homes]
    print("| wall, fastest | " + " | ".join(fastest) + " |")


if __name__ == "__main__":
    main()
