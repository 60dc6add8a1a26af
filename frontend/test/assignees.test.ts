import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ASSIGNMENT,
  assigneeName,
  assigneesOf,
  PERSONS,
  personsOf,
  sameIds,
  USERS,
  type Household,
} from "../src/logic/assignees";
import type { Task } from "../src/types";

const household: Household = {
  users: [
    { user_id: "u2", name: "Zoe" },
    { user_id: "u1", name: "Ann" },
    { user_id: "u3", name: "" },
  ],
  persons: [{ entity_id: "person.ann", name: "Ann", user_id: "u1" }, { entity_id: "person.bob", name: "Bob" }],
};

function task(extra: Partial<Task>): Task {
  return {
    task_id: "t",
    name: "Task",
    priority: 1,
    lead_days: 7,
    status: "ok",
    all_day: true,
    schedule: { kind: "interval", every: 1, unit: "months" },
    ...extra,
  };
}

test("an older assignment names one HA user (assigned_user_id)", () => {
  assert.deepEqual(USERS.choices(household), [
    { id: "u1", name: "Ann" },
    { id: "u2", name: "Zoe" },
  ]);
  assert.deepEqual(USERS.of(task({ assigned_user_id: "u1" })), ["u1"]);
  assert.deepEqual(USERS.of(task({})), []);
  assert.deepEqual(USERS.fields(["u2"]), { assigned_user_id: "u2" });
  assert.deepEqual(USERS.fields([]), { assigned_user_id: null });
});

test("tasks are assigned to persons, several; an older user assignment still reads", () => {
  assert.equal(ASSIGNMENT, PERSONS);
  assert.equal(PERSONS.multiple, true);
  assert.deepEqual(
    PERSONS.choices(household).map((c) => c.name),
    ["Ann", "Bob"],
  );
  assert.deepEqual(PERSONS.of(task({ assignees: ["person.bob"] })), ["person.bob"]);
  assert.deepEqual(PERSONS.fields(["person.ann", "person.bob"]), { assignees: ["person.ann", "person.bob"] });
  assert.deepEqual(PERSONS.fields([]), { assignees: [] });
  // Assigned the older way: shown by the user's name, edited as the user's person.
  assert.deepEqual(PERSONS.of(task({ assigned_user_id: "u1" })), ["u1"]);
  assert.deepEqual(personsOf(task({ assigned_user_id: "u1" }), household), ["person.ann"]);
  assert.deepEqual(personsOf(task({ assigned_user_id: "u2" }), household), []);
  assert.deepEqual(personsOf(task({ assigned_user_id: "u1" }), undefined), []);
  assert.deepEqual(personsOf(task({ assignees: ["person.bob"], assigned_user_id: "u1" }), household), ["person.bob"]);
  assert.deepEqual(personsOf(task({}), household), []);
  assert.ok(sameIds(["person.ann", "person.bob"], ["person.bob", "person.ann"]));
  assert.ok(!sameIds(["person.ann"], ["person.ann", "person.bob"]));
  assert.ok(!sameIds(["person.ann"], ["person.bob"]));
});

test("names, never ids", () => {
  const fallback = () => "someone";
  assert.equal(assigneeName("u1", household, fallback), "Ann");
  assert.equal(assigneeName("person.bob", household, fallback), "Bob");
  assert.equal(assigneeName("gone", household, fallback), "someone");
  assert.equal(assigneeName("u1", undefined, fallback), "someone");
  assert.deepEqual(assigneesOf([task({ assigned_user_id: "u2" }), task({ assigned_user_id: "u1" }), task({})]), ["u1", "u2"]);
});
