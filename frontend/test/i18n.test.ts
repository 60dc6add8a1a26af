import { test } from "node:test";
import assert from "node:assert/strict";
import { makeLocalize, pickLanguage } from "../src/i18n";
import en from "../src/translations/en.json";

test("plural forms and placeholders", () => {
  const l = makeLocalize("en");
  assert.equal(l("count.tasks", { count: 1 }), "1 task");
  assert.equal(l("count.tasks", { count: 3 }), "3 tasks");
  assert.equal(l("count.tasks", { count: 1000 }), "1,000 tasks");
  assert.equal(l("dialog.complete.title", { name: "Filter" }), "Mark done: Filter");
  assert.equal(l("no.such.key"), "no.such.key");
});

test("language choice falls back to the base language, then English", () => {
  assert.equal(pickLanguage("pt-BR", ["en", "pt"]), "pt");
  // Portuguese (Portugal) gets Brazilian Portuguese rather than English.
  assert.equal(pickLanguage("pt", ["en", "pt-BR"]), "pt-BR");
  assert.equal(pickLanguage("pt_PT", ["en", "pt-BR"]), "pt-BR");
  assert.equal(pickLanguage("ptx", ["en", "pt-BR"]), "en");
  assert.equal(pickLanguage("de", ["en"]), "en");
  assert.equal(pickLanguage(undefined, ["en"]), "en");
  const de = makeLocalize("de-CH", { de: { common: { save: "Speichern" } } });
  assert.equal(de("common.save"), "Speichern");
  assert.equal(de("common.cancel"), "Cancel");
  const pl = makeLocalize("pl", {
    pl: { count: { tasks: { one: "{count} zadanie", few: "{count} zadania", many: "{count} zadań" } } },
  });
  assert.equal(pl("count.tasks", { count: 3 }), "3 zadania");
  assert.equal(pl("count.tasks", { count: 5 }), "5 zadań");
});

test("every plural entry has 'one' and 'other'", () => {
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== "object" || node === null) return;
    const keys = Object.keys(node);
    if (keys.includes("other") || keys.includes("one")) {
      assert.ok(keys.includes("one") && keys.includes("other"), path);
      return;
    }
    for (const k of keys) walk((node as Record<string, unknown>)[k], `${path}.${k}`);
  };
  walk(en, "en");
});
