import { test } from "node:test";
import assert from "node:assert/strict";
import { makeLocalize } from "../src/i18n";
import { micProblem, uploadError } from "../src/logic/errors";

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
