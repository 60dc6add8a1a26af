import { test } from "node:test";
import assert from "node:assert/strict";
import { mayRemove } from "../src/logic/permissions";
import type { HassUser, PropertySummary } from "../src/types";

const admin: HassUser = { id: "a", name: "Owner", is_admin: true };
const member: HassUser = { id: "g", name: "Guest", is_admin: false };
const summary = (required?: boolean): PropertySummary =>
  ({
    config_entry_id: "e",
    property_id: "p",
    name: "Home",
    currency: "EUR",
    health: 100,
    counts: { overdue: 0, due_soon: 0, ok: 0, unscheduled: 0, done: 0 },
    spent_this_year: 0,
    ...(required === undefined ? {} : { is_admin_required_for_removal: required }),
  }) as PropertySummary;

test("administrators are offered removals", () => {
  assert.equal(mayRemove(admin, summary(true)), true);
  assert.equal(mayRemove(admin, summary()), true);
});

test("other members are not, while the property requires an administrator", () => {
  assert.equal(mayRemove(member, summary(true)), false);
  assert.equal(mayRemove(member, summary()), false);
  assert.equal(mayRemove(member, summary(false)), true);
});

test("nothing is offered before the user and the property are known", () => {
  assert.equal(mayRemove(undefined, summary(true)), false);
  assert.equal(mayRemove(admin, undefined), false);
});
