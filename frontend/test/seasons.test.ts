import { test } from "node:test";
import assert from "node:assert/strict";
import { monthName, monthRuns, seasonText } from "../src/logic/seasons";

test("active months as runs, also over the new year", () => {
  assert.deepEqual(monthRuns([4, 5, 6, 7, 8, 9, 10, 11]), [[4, 11]]);
  assert.deepEqual(monthRuns([1, 2, 11, 12]), [[11, 2]]);
  assert.deepEqual(monthRuns([3, 1]), [
    [1, 1],
    [3, 3],
  ]);
  assert.deepEqual(monthRuns([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), []);
  assert.deepEqual(monthRuns([]), []);
  assert.deepEqual(monthRuns([0, 13]), []);
});

test("a season in words, in the user's language", () => {
  assert.equal(monthName(4, "en"), "April");
  assert.equal(monthName(12, "de", "short"), "Dez");
  assert.equal(seasonText([4, 5, 6, 7, 8, 9, 10, 11], "en"), "April – November");
  assert.equal(seasonText([12, 1, 2], "fr"), "décembre – février");
  assert.equal(seasonText([1, 3], "en"), "January, March");
  assert.equal(seasonText(undefined, "en"), "");
});
