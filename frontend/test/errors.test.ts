import { test } from "node:test";
import assert from "node:assert/strict";
import { makeLocalize } from "../src/i18n";
import { errorKey, isGone, MAX_UPLOAD_BYTES, micProblem, tooBig, uploadError } from "../src/logic/errors";

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
