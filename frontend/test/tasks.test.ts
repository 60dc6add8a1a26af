import { test } from "node:test";
import assert from "node:assert/strict";
import {
  assetsByZone,
  bucketTasks,
  filterTasks,
  groupTasks,
  healthBand,
  NO_ZONE,
  sortTasks,
  sumCosts,
  sumCostsInYear,
} from "../src/logic/tasks";
import type { Asset, Log, Task, Zone } from "../src/types";

const zones = new Map<string, Zone>([
  ["z1", { zone_id: "z1", name: "Basement" }],
  ["z2", { zone_id: "z2", name: "Kitchen" }],
]);
const assets = new Map<string, Asset>([
  ["a1", { asset_id: "a1", name: "Furnace", zone_id: "z1", overdue: true, manufacturer: "Lennox" }],
  ["a2", { asset_id: "a2", name: "Dishwasher", zone_id: "z2", overdue: false }],
  ["a3", { asset_id: "a3", name: "Chaudière", overdue: false }],
]);
const lookup = { assets, zones };
const task = (id: string, over: Partial<Task>): Task => ({
  task_id: id,
  name: id,
  priority: 1,
  lead_days: 7,
  status: "ok",
  all_day: true,
  schedule: { kind: "interval", every: 1, unit: "months" },
  ...over,
});
const tasks = [
  task("filter", { asset_id: "a1", status: "overdue", next_due_at: "2026-01-02" }),
  task("inspect", { asset_id: "a1", status: "ok", next_due_at: "2026-06-01" }),
  task("clean", { asset_id: "a2", status: "due_soon", next_due_at: "2026-01-20", assigned_user_id: "ann" }),
  task("descale", { asset_id: "a3", status: "ok", next_due_at: "2026-03-01" }),
  task("gutters", { status: "overdue", next_due_at: "2026-01-01", priority: 3 }),
  task("done-once", { status: "done" }),
  task("meter", { asset_id: "a2", status: "unscheduled", schedule: { kind: "meter" } }),
];

test("buckets: most urgent first, done left out", () => {
  const b = bucketTasks(tasks);
  assert.deepEqual(b.overdue.map((t) => t.task_id), ["gutters", "filter"]);
  assert.deepEqual(b.due_soon.map((t) => t.task_id), ["clean"]);
  assert.deepEqual(b.upcoming.map((t) => t.task_id), ["descale", "inspect", "meter"]);
});

test("filters: zone, asset, assignee, accent-insensitive search over asset and zone", () => {
  assert.deepEqual(filterTasks(tasks, { zoneId: "z1" }, lookup).map((t) => t.task_id), ["filter", "inspect"]);
  assert.deepEqual(filterTasks(tasks, { zoneId: NO_ZONE }, lookup).map((t) => t.task_id), [
    "descale",
    "gutters",
    "done-once",
  ]);
  assert.deepEqual(filterTasks(tasks, { assetId: "a2" }, lookup).map((t) => t.task_id), ["clean", "meter"]);
  assert.deepEqual(filterTasks(tasks, { assignee: "ann" }, lookup).map((t) => t.task_id), ["clean"]);
  assert.deepEqual(filterTasks(tasks, { query: "chaudiere" }, lookup).map((t) => t.task_id), ["descale"]);
  assert.deepEqual(filterTasks(tasks, { query: "basement LENNOX fil" }, lookup).map((t) => t.task_id), [
    "filter",
  ]);
});

test("groups by zone and by asset keep urgency order", () => {
  const sorted = bucketTasks(tasks);
  const all = [...sorted.overdue, ...sorted.due_soon, ...sorted.upcoming];
  const labels = { noZone: "No zone", houseWide: "Whole house" };
  const byZone = groupTasks(all, "zone", lookup, labels);
  assert.deepEqual(
    byZone.map((g) => [g.label, g.tasks.map((t) => t.task_id)]),
    [
      ["Whole house", ["gutters"]],
      ["Basement", ["filter", "inspect"]],
      ["Kitchen", ["clean", "meter"]],
      ["No zone", ["descale"]],
    ],
  );
  const byAsset = groupTasks(all, "asset", lookup, labels);
  assert.deepEqual(byAsset.map((g) => g.label), ["Whole house", "Furnace", "Dishwasher", "Chaudière"]);
});

test("tasks sort by status, due moment (not text, none last), priority, then name", () => {
  const sorted = sortTasks([
    task("undated", { status: "ok" }),
    task("later", { status: "ok", next_due_at: "2026-03-01T09:00:00+01:00" }),
    // Earlier as a moment though later as text: 2026-03-01T07:30Z is 08:30 in Paris.
    task("earlier", { status: "ok", next_due_at: "2026-03-01T07:30:00Z" }),
    task("b-same", { status: "ok", next_due_at: "2026-03-01T09:00:00+01:00" }),
    task("urgent", { status: "ok", next_due_at: "2026-03-01T09:00:00+01:00", priority: 3 }),
    task("overdue", { status: "overdue", next_due_at: "2026-04-01T00:00:00Z" }),
    task("done", { status: "done", next_due_at: "2025-01-01T00:00:00Z" }),
  ]);
  assert.deepEqual(
    sorted.map((t) => t.task_id),
    ["overdue", "earlier", "urgent", "b-same", "later", "undated", "done"],
  );
});

test("assets for pickers are grouped by zone, no zone last", () => {
  assert.deepEqual(
    assetsByZone(lookup, "No zone").map((g) => [g.label, g.assets.map((a) => a.name)]),
    [
      ["Basement", ["Furnace"]],
      ["Kitchen", ["Dishwasher"]],
      ["No zone", ["Chaudière"]],
    ],
  );
});

test("cost sums in cents, per year in the home's zone", () => {
  const logs: Log[] = [
    { log_id: "1", kind: "completed", action: "a", cost: 0.1, performed_at: "2025-12-31T23:30:00Z" },
    { log_id: "2", kind: "completed", action: "b", cost: 0.2, performed_at: "2026-02-01T10:00:00Z" },
    { log_id: "3", kind: "manual", action: "c", performed_at: "2026-02-02T10:00:00Z" },
  ];
  assert.equal(sumCosts(logs), 0.3);
  assert.equal(sumCostsInYear(logs, 2026, "Europe/Paris"), 0.3);
  assert.equal(sumCostsInYear(logs, 2026, "UTC"), 0.2);
  assert.equal(healthBand(95), "good");
  assert.equal(healthBand(75), "fair");
  assert.equal(healthBand(10), "poor");
});
