import { test } from "node:test";
import assert from "node:assert/strict";
import { dayNumberOfDate } from "../src/logic/format";
import { budgetStanding, expectedEnd, isPastLife, parseYears, warrantyState } from "../src/logic/lifetime";

test("an expected life ends on the installation day, years later", () => {
  assert.equal(expectedEnd("2016-03-05", 10), "2026-03-05");
  assert.equal(expectedEnd("2024-02-29", 1), "2025-02-28");
  assert.equal(expectedEnd("2024-02-29", 4), "2028-02-29");
  assert.equal(expectedEnd(undefined, 10), undefined);
  assert.equal(expectedEnd("2016-03-05", undefined), undefined);
  assert.equal(expectedEnd("garbage", 3), undefined);
});

test("past its life from the day the life ends", () => {
  const asset = { installed_on: "2016-03-05", expected_life_years: 10 };
  assert.equal(isPastLife(asset, dayNumberOfDate("2026-03-04")), false);
  assert.equal(isPastLife(asset, dayNumberOfDate("2026-03-05")), true);
  assert.equal(isPastLife({ installed_on: "1990-01-01" }, dayNumberOfDate("2026-01-01")), false);
});

test("a warranty covers its last day", () => {
  const today = dayNumberOfDate("2026-04-10");
  assert.deepEqual(warrantyState("2026-04-10", today), { state: "active", daysLeft: 0 });
  assert.deepEqual(warrantyState("2026-05-10", today), { state: "active", daysLeft: 30 });
  assert.deepEqual(warrantyState("2026-04-09", today), { state: "ended" });
  assert.deepEqual(warrantyState(undefined, today), { state: "none" });
});

test("what is left of the budget, in cents", () => {
  assert.deepEqual(budgetStanding(100.1, 500), { left: 399.9, over: 0 });
  assert.deepEqual(budgetStanding(500.01, 500), { left: 0, over: 0.01 });
  assert.deepEqual(budgetStanding(0.3, 0.3), { left: 0, over: 0 });
  assert.equal(budgetStanding(10, undefined), undefined);
});

test("expected life typed in the dialog", () => {
  assert.equal(parseYears(""), null);
  assert.equal(parseYears(undefined), null);
  assert.equal(parseYears(" 12 "), 12);
  assert.equal(parseYears("0"), undefined);
  assert.equal(parseYears("2.5"), undefined);
  assert.equal(parseYears("201"), undefined);
  assert.equal(parseYears("ten"), undefined);
});
