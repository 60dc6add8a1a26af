import { test } from "node:test";
import assert from "node:assert/strict";
import {
  formatDate,
  formatMoney,
  formatRelative,
  fromDatetimeLocal,
  parseAmount,
  toDatetimeLocal,
  zoneOffsetMinutes,
} from "../src/logic/format";

const paris = { locale: "en", timeZone: "Europe/Paris" };

test("datetime-local round trip in the home's time zone, across DST", () => {
  const winter = new Date("2026-01-15T08:30:00Z");
  assert.equal(toDatetimeLocal(winter, "Europe/Paris"), "2026-01-15T09:30");
  assert.equal(fromDatetimeLocal("2026-01-15T09:30", "Europe/Paris"), "2026-01-15T09:30:00+01:00");
  assert.equal(fromDatetimeLocal("2026-07-01T09:30", "Europe/Paris"), "2026-07-01T09:30:00+02:00");
  assert.equal(fromDatetimeLocal("2026-07-01T09:30", "America/New_York"), "2026-07-01T09:30:00-04:00");
  assert.equal(fromDatetimeLocal("not a date", "UTC"), undefined);
  assert.equal(zoneOffsetMinutes(new Date("2026-03-29T01:30:00Z"), "Europe/Paris"), 120);
});

test("relative due dates count calendar days in the user's time zone", () => {
  const now = new Date("2026-03-10T22:30:00Z"); // 23:30 in Paris
  assert.equal(formatRelative("2026-03-11T00:30:00+01:00", now, paris, true), "tomorrow");
  assert.equal(formatRelative("2026-03-10T09:00:00+01:00", now, paris, true), "today");
  assert.equal(formatRelative("2026-03-13", now, paris, true), "in 3 days");
  assert.equal(formatRelative("2026-03-07", now, paris, true), "3 days ago");
  assert.equal(formatRelative("2026-03-11T01:30:00Z", now, paris, false), "in 3 hours");
  assert.equal(formatRelative("2026-03-10T22:00:00Z", now, paris, false), "30 minutes ago");
  assert.equal(formatRelative("2026-04-14", now, paris, true), "in 5 weeks");
  assert.equal(formatRelative("2026-09-10", now, paris, true), "in 6 months");
  assert.equal(formatRelative("2026-03-12", now, { ...paris, locale: "de" }, true), "übermorgen");
  assert.equal(formatRelative(undefined, now, paris), "");
});

test("plain dates keep their day whatever the zone", () => {
  assert.equal(formatDate("2026-03-01", { locale: "en", timeZone: "Pacific/Honolulu" }), "Mar 1, 2026");
  assert.equal(formatDate("2026-03-01T00:30:00+01:00", paris), "Mar 1, 2026");
});

test("money and amounts", () => {
  assert.equal(formatMoney(1234.5, "EUR", "de"), "1.234,50\u00a0€");
  assert.equal(formatMoney(12, "USD", "en"), "$12.00");
  assert.equal(formatMoney(3, "XXX-not-a-currency", "en"), "3.00");
  assert.equal(parseAmount("12,50"), 12.5);
  assert.equal(parseAmount(""), undefined);
  assert.ok(Number.isNaN(parseAmount("abc")));
});
