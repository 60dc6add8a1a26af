import { test } from "node:test";
import assert from "node:assert/strict";
import { makeLocalize } from "../src/i18n";
import { describeSchedule } from "../src/logic/schedule";
import { parseRoute, routePath } from "../src/logic/routes";

const words = {
  localize: makeLocalize("en"),
  entityName: (id: string) => (id === "sensor.furnace_hours" ? "Furnace runtime" : id),
  weekday: (d: number) => ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][d]!,
  month: (m: number) => ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]!,
};

test("interval schedules in plain words", () => {
  assert.equal(
    describeSchedule({ kind: "interval", every: 3, unit: "months" }, words),
    "Every 3 months, counted from the last time it was done",
  );
  assert.equal(
    describeSchedule({ kind: "interval", every: 1, unit: "years", anchor: "fixed" }, words),
    "Every year, on a fixed calendar",
  );
  assert.equal(describeSchedule({ kind: "once" }, words), "Once");
});

test("common cron forms, and the rest shown as is", () => {
  const cron = (c: string) => describeSchedule({ kind: "cron", cron: c }, words);
  assert.equal(cron("0 9 * * *"), "Every day at 09:00");
  assert.equal(cron("30 7 * * 1,4"), "Every Monday, Thursday at 07:30");
  assert.equal(cron("0 9 1 * *"), "At 09:00 on day 1 of every month");
  assert.equal(cron("0 10 15 4 *"), "Every year on April 15 at 10:00");
  assert.equal(cron("*/5 * * * *"), "On the pattern */5 * * * *");
});

test("meter schedules with the sensor's name and an optional time limit", () => {
  assert.equal(
    describeSchedule({ kind: "meter", meter_entity_id: "sensor.furnace_hours", meter_every: 500 }, words),
    "Every 500 units of Furnace runtime",
  );
  assert.equal(
    describeSchedule(
      { kind: "meter", meter_entity_id: "sensor.furnace_hours", meter_every: 500, every: 12, unit: "months" },
      words,
    ),
    "Every 500 units of Furnace runtime, or every 12 months, whichever comes first",
  );
});

test("routes", () => {
  assert.deepEqual(parseRoute(""), { view: "home" });
  assert.deepEqual(parseRoute("/asset/ab%20c"), { view: "asset", assetId: "ab c" });
  assert.deepEqual(parseRoute("/inbox"), { view: "inbox" });
  assert.deepEqual(parseRoute("/whatever"), { view: "home" });
  assert.equal(routePath("haven", { view: "asset", assetId: "x/y" }), "/haven/asset/x%2Fy");
  assert.equal(routePath("/haven/", { view: "inbox" }), "/haven/inbox");
});
