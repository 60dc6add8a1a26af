import { test } from "node:test";
import assert from "node:assert/strict";
import { makeLocalize } from "../src/i18n";
import { errorKey, isGone, localizeError, MAX_UPLOAD_BYTES, micProblem, tooBig, uploadError } from "../src/logic/errors";
import { errorMessage } from "../src/data/client";

const l = makeLocalize("en");

test("upload failures are said in words, by status", () => {
  assert.match(uploadError(0, undefined, l), /did not reach Home Assistant/);
  assert.match(uploadError(413, "x", l), /too big/);
  assert.match(uploadError(415, "x", l), /only accepts/);
  assert.equal(uploadError(400, "A capture needs a file or some text.", l), "Home Assistant refused the upload: A capture needs a file or some text.");
  assert.match(uploadError(403, "Administrators only", l), /not allowed.*Administrators only/);
  assert.match(uploadError(500, undefined, l), /HTTP 500/);
});

test("microphone problems", () => {
  assert.equal(micProblem({ name: "NotAllowedError" }), "mic_denied");
  assert.equal(micProblem({ name: "NotFoundError" }), "mic_absent");
  assert.equal(micProblem(new TypeError("no")), "mic_unsupported");
});

test("files over Haven's limit are refused before they are sent", () => {
  assert.equal(MAX_UPLOAD_BYTES, 25 * 1024 * 1024);
  assert.equal(tooBig(MAX_UPLOAD_BYTES), false);
  assert.equal(tooBig(MAX_UPLOAD_BYTES + 1), true);
  assert.equal(tooBig(0), false);
});

test("a server error's translation key, as call_service and callWS reject", () => {
  assert.equal(errorKey({ code: "service_validation_error", message: "x", translation_key: "unknown_task" }), "unknown_task");
  assert.equal(errorKey({ error: { code: "x", translation_key: "admin_required" } }), "admin_required");
  assert.equal(errorKey({ code: "home_assistant_error", message: "x" }), undefined);
  assert.equal(errorKey(new Error("plain")), undefined);
  assert.equal(errorKey("text"), undefined);
  assert.equal(errorKey(undefined), undefined);
});

test("a record removed meanwhile is told from other errors, by its kind", () => {
  const task = { code: "service_validation_error", translation_key: "unknown_task" };
  assert.equal(isGone(task, "task"), true);
  assert.equal(isGone(task, "asset"), false);
  assert.equal(isGone({ translation_key: "unknown_asset" }, "asset"), true);
  assert.equal(isGone({ translation_key: "unknown_inbox_item" }, "capture"), true);
  assert.equal(isGone({ translation_key: "admin_required" }, "task"), false);
  assert.equal(isGone(new Error("network"), "task"), false);
});

/** Home Assistant's localize as `loadBackendTranslation("exceptions", "haven")` answers it:
 * "" for a key it does not have, `{name}` placeholders filled in. */
function backend(texts: Record<string, string>): (key: string, values?: Record<string, string>) => string {
  return (key, values) => (texts[key] ?? "").replace(/\{(\w+)\}/g, (whole, name: string) => values?.[name] ?? whole);
}

const GERMAN = backend({
  "component.haven.exceptions.admin_required.message": "Nur Administratoren dürfen {what} entfernen.",
  "component.haven.exceptions.unknown_task.message": "Diese Aufgabe gibt es nicht (mehr).",
});

test("Haven's refusals are said in the user's language, placeholders filled in", () => {
  const err = {
    code: "service_validation_error",
    message: "Validation error: Only administrators can remove an asset.",
    translation_domain: "haven",
    translation_key: "admin_required",
    translation_placeholders: { what: "Geräte" },
  };
  const localized = localizeError(err, GERMAN);
  assert.equal(errorMessage(localized), "Nur Administratoren dürfen Geräte entfernen.");
  // The key stays: a record removed meanwhile is still recognised.
  assert.equal(errorKey(localized), "admin_required");
  assert.equal(isGone(localizeError({ translation_domain: "haven", translation_key: "unknown_task", message: "x" }, GERMAN), "task"), true);
  assert.equal(err.message, "Validation error: Only administrators can remove an asset.", "the original is left alone");
});

test("the server's message when the user's language cannot be used", () => {
  const err = { code: "service_validation_error", message: "Validation error: Nope.", translation_domain: "haven", translation_key: "new_key" };
  // A key the loaded translations do not have yet.
  assert.equal(errorMessage(localizeError(err, GERMAN)), "Nope.");
  // The translations could not be loaded (an old front end, a network failure).
  assert.equal(errorMessage(localizeError(err, undefined)), "Nope.");
  // Localize itself failing.
  const broken = (): string => {
    throw new Error("bad message format");
  };
  assert.equal(errorMessage(localizeError(err, broken)), "Nope.");
});

test("only Haven's own translated errors are looked up in Haven's texts", () => {
  const ha = { code: "not_found", message: "Service haven.x not found.", translation_domain: "homeassistant", translation_key: "admin_required" };
  assert.equal(localizeError(ha, GERMAN), ha);
  const plain = { code: "home_assistant_error", message: "Something broke" };
  assert.equal(localizeError(plain, GERMAN), plain);
  assert.equal(localizeError("text", GERMAN), "text");
  const thrown = new Error("network");
  assert.equal(localizeError(thrown, GERMAN), thrown);
});
