import { test } from "node:test";
import assert from "node:assert/strict";
import { errorMessage } from "../src/data/client";

test("an action's refusal is shown as Haven's sentence alone", () => {
  assert.equal(
    errorMessage({
      code: "service_validation_error",
      message: "Validation error: Only an administrator may do this (remove_task): it removes records",
      translation_key: "admin_required",
    }),
    "Only an administrator may do this (remove_task): it removes records",
  );
  // Other errors keep their message as it is.
  assert.equal(errorMessage({ code: "home_assistant_error", message: "Validation error: x" }), "Validation error: x");
  assert.equal(errorMessage({ error: { message: "nested" } }), "nested");
  assert.equal(errorMessage(new Error("thrown")), "thrown");
  assert.equal(errorMessage("text"), "text");
  assert.equal(errorMessage({ code: "unknown_error" }), "unknown_error");
});
