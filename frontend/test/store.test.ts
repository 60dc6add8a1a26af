import { test } from "node:test";
import assert from "node:assert/strict";
import { applyEvent, EMPTY, resetWith } from "../src/logic/store";
import type { Property } from "../src/types";

const property = (id: string): Property => ({
  config_entry_id: id,
  property_id: `p-${id}`,
  name: `Home ${id}`,
  currency: "EUR",
  health: 100,
  counts: { overdue: 0, due_soon: 0, ok: 1, unscheduled: 0, done: 0 },
  spent_this_year: 0,
  zones: [{ zone_id: "z", name: "Basement" }],
  assets: [{ asset_id: "a", name: "Furnace", overdue: false }],
  tasks: [
    { task_id: "t1", name: "Filter", priority: 1, lead_days: 7, status: "ok", all_day: true, schedule: { kind: "once" } },
  ],
  supplies: [],
  inbox: [],
  recent_logs: [],
});

test("snapshot, changed by id, removals, logs newest first, unloaded", () => {
  let d = applyEvent(EMPTY, { kind: "snapshot", properties: [property("e1"), property("e2")] });
  assert.equal(d.properties.size, 2);
  const before = d.properties.get("e1")!;
  d = applyEvent(d, {
    kind: "changed",
    config_entry_id: "e1",
    tasks: [{ ...before.tasks.get("t1")!, status: "overdue" }],
    logs: [{ log_id: "l1", kind: "completed", action: "Filter", performed_at: "2026-01-01T10:00:00Z" }],
  });
  const after = d.properties.get("e1")!;
  assert.equal(after.tasks.get("t1")!.status, "overdue");
  assert.equal(after.assets, before.assets, "untouched collections keep their identity");
  d = applyEvent(d, {
    kind: "changed",
    config_entry_id: "e1",
    logs: [{ log_id: "l2", kind: "manual", action: "Oil", performed_at: "2026-02-01T10:00:00Z" }],
    removed: { tasks: ["t1"], assets: ["a"] },
  });
  const p = d.properties.get("e1")!;
  assert.equal(p.tasks.size, 0);
  assert.equal(p.assets.size, 0);
  assert.deepEqual(p.recentLogs.map((l) => l.log_id), ["l2", "l1"]);
  const same = applyEvent(d, { kind: "changed", config_entry_id: "unknown" });
  assert.equal(same, d);
  d = applyEvent(d, { kind: "unloaded", config_entry_id: "e2" });
  assert.deepEqual([...d.properties.keys()], ["e1"]);
  const reset = resetWith(d, { kind: "snapshot", properties: [property("e3")] });
  assert.deepEqual([...reset.properties.keys()], ["e3"]);
  assert.ok(reset.version > d.version);
});
