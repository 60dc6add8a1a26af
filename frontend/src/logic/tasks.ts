// Choosing, ordering and grouping tasks for the Home view and the cards; cost sums.

import type { Asset, Log, Task, TaskStatus, Zone } from "../types";
import { ASSIGNMENT } from "./assignees";
import { zonedParts } from "./format";

export type GroupBy = "zone" | "asset";

export interface TaskFilter {
  zoneId?: string | undefined;
  assetId?: string | undefined;
  assignee?: string | undefined;
  query?: string | undefined;
}

export interface Lookup {
  assets: Map<string, Asset>;
  zones: Map<string, Zone>;
}

export const NO_ZONE = "__no_zone__";
export const HOUSE_WIDE = "__house__";

const STATUS_RANK: Record<TaskStatus, number> = {
  overdue: 0,
  due_soon: 1,
  ok: 2,
  unscheduled: 3,
  paused: 4,
  done: 5,
};

/** Lower case, accents removed: "Chaudière" matches "chaudiere". */
export function normalise(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export function zoneOfTask(task: Task, lookup: Lookup): string | undefined {
  return task.asset_id ? lookup.assets.get(task.asset_id)?.zone_id : undefined;
}

/** Every word typed must appear in the task's name, notes, asset, zone or asset details. */
export function matchesQuery(task: Task, query: string, lookup: Lookup): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (!words.length) {
    return true;
  }
  const asset = task.asset_id ? lookup.assets.get(task.asset_id) : undefined;
  const zone = asset?.zone_id ? lookup.zones.get(asset.zone_id) : undefined;
  const haystack = normalise(
    [task.name, task.notes, asset?.name, asset?.manufacturer, asset?.model, zone?.name]
      .filter(Boolean)
      .join(" "),
  );
  return words.every((w) => haystack.includes(w));
}

export function filterTasks(tasks: Iterable<Task>, filter: TaskFilter, lookup: Lookup): Task[] {
  const out: Task[] = [];
  for (const task of tasks) {
    if (filter.assetId && task.asset_id !== filter.assetId) {
      continue;
    }
    if (filter.zoneId) {
      const zone = zoneOfTask(task, lookup);
      if ((filter.zoneId === NO_ZONE ? undefined : filter.zoneId) !== zone) {
        continue;
      }
    }
    if (filter.assignee && !ASSIGNMENT.of(task).includes(filter.assignee)) {
      continue;
    }
    if (filter.query && !matchesQuery(task, filter.query, lookup)) {
      continue;
    }
    out.push(task);
  }
  return out;
}

/** A task with its due moment parsed once (sorting 10,000 tasks compares them ~140,000 times). */
interface Keyed {
  task: Task;
  due: number;
}

const byName = new Intl.Collator();

function keyed(task: Task): Keyed {
  return { task, due: task.next_due_at === undefined ? Number.POSITIVE_INFINITY : Date.parse(task.next_due_at) };
}

/** Most urgent first: status, then due moment (none last), then priority (high first), then name. */
function compareKeyed(a: Keyed, b: Keyed): number {
  return (
    STATUS_RANK[a.task.status] - STATUS_RANK[b.task.status] ||
    (a.due === b.due ? 0 : a.due - b.due) ||
    b.task.priority - a.task.priority ||
    byName.compare(a.task.name, b.task.name)
  );
}

export function sortTasks(tasks: Task[]): Task[] {
  return tasks.map(keyed).sort(compareKeyed).map((k) => k.task);
}

export interface Buckets {
  overdue: Task[];
  due_soon: Task[];
  upcoming: Task[];
}

/** Overdue, due soon and the rest that is still to do (sorted); done tasks are left out. */
export function bucketTasks(tasks: Task[]): Buckets {
  const b: Buckets = { overdue: [], due_soon: [], upcoming: [] };
  for (const t of sortTasks(tasks)) {
    if (t.status === "overdue") {
      b.overdue.push(t);
    } else if (t.status === "due_soon") {
      b.due_soon.push(t);
    } else if (t.status !== "done") {
      b.upcoming.push(t);
    }
  }
  return b;
}

export interface TaskGroup {
  key: string;
  label: string;
  tasks: Task[];
}

/**
 * Group (already sorted) tasks by zone or by asset. Groups come in the order of their most
 * urgent task, so what needs attention stays on top; tasks keep their order inside a group.
 */
export function groupTasks(
  tasks: Task[],
  by: GroupBy,
  lookup: Lookup,
  labels: { noZone: string; houseWide: string },
): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const task of tasks) {
    let key: string;
    let label: string;
    if (by === "asset") {
      const asset = task.asset_id ? lookup.assets.get(task.asset_id) : undefined;
      key = asset?.asset_id ?? HOUSE_WIDE;
      label = asset?.name ?? labels.houseWide;
    } else {
      const zoneId = zoneOfTask(task, lookup);
      const zone = zoneId ? lookup.zones.get(zoneId) : undefined;
      key = zone?.zone_id ?? (task.asset_id ? NO_ZONE : HOUSE_WIDE);
      label = zone?.name ?? (task.asset_id ? labels.noZone : labels.houseWide);
    }
    let group = groups.get(key);
    if (!group) {
      group = { key, label, tasks: [] };
      groups.set(key, group);
    }
    group.tasks.push(task);
  }
  return [...groups.values()];
}

/** Assets ordered by zone name then asset name, for pickers. */
export function assetsByZone(lookup: Lookup, noZone: string): { label: string; assets: Asset[] }[] {
  const groups = new Map<string, Asset[]>();
  for (const asset of lookup.assets.values()) {
    const label = (asset.zone_id && lookup.zones.get(asset.zone_id)?.name) || noZone;
    const list = groups.get(label) ?? [];
    list.push(asset);
    groups.set(label, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === noZone ? 1 : b === noZone ? -1 : a.localeCompare(b)))
    .map(([label, assets]) => ({ label, assets: assets.sort((x, y) => x.name.localeCompare(y.name)) }));
}

export function sumCosts(logs: Iterable<Log>): number {
  let total = 0;
  for (const log of logs) {
    if (typeof log.cost === "number" && Number.isFinite(log.cost)) {
      total += log.cost;
    }
  }
  // Money in cents: avoid 0.1 + 0.2 showing as 0.30000000000000004.
  return Math.round(total * 100) / 100;
}

export function sumCostsInYear(logs: Iterable<Log>, year: number, timeZone: string): number {
  const inYear: Log[] = [];
  for (const log of logs) {
    if (zonedParts(new Date(log.performed_at), timeZone).year === year) {
      inYear.push(log);
    }
  }
  return sumCosts(inYear);
}

/** Health band for colouring: good from 90 %, fair from 70 %, poor below. */
export function healthBand(health: number): "good" | "fair" | "poor" {
  return health >= 90 ? "good" : health >= 70 ? "fair" : "poor";
}
