// What to tell the user when an action is refused, an upload or the microphone fails
// (translation keys and messages).

import type { BackendLocalize } from "../types";

/** The message for a failed upload, by HTTP status (0 = it never reached the server). */
export function uploadError(status: number, message: string | undefined, l: (k: string, p?: Record<string, string>) => string): string {
  if (status === 0) {
    return l("error.network");
  }
  if (status === 413) {
    return l("error.too_large");
  }
  if (status === 415) {
    return l("error.unsupported_type");
  }
  if (status === 403 || status === 401) {
    return l("error.forbidden", { message: message ?? String(status) });
  }
  if (status === 400) {
    return l("error.bad_request", { message: message ?? "" });
  }
  return l("error.generic", { message: message ?? `HTTP ${status}` });
}

/** Why the microphone could not be used, as a translation key. */
export function micProblem(err: unknown): "mic_denied" | "mic_absent" | "mic_unsupported" {
  const name = err && typeof err === "object" && "name" in err ? String((err as { name: unknown }).name) : "";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") {
    return "mic_denied";
  }
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError") {
    return "mic_absent";
  }
  return "mic_unsupported";
}

/** Haven's size limit for an uploaded file (capture/files.py MAX_FILE_BYTES). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** Whether a file is over the limit: refused before it is sent (a server that answers 413
 * while the browser is still sending often reaches it as a broken connection instead). */
export function tooBig(size: number): boolean {
  return size > MAX_UPLOAD_BYTES;
}

/** The translation key of a server error (`call_service`, `callWS`), when it has one. */
export function errorKey(err: unknown): string | undefined {
  if (!err || typeof err !== "object") {
    return undefined;
  }
  const e = err as { translation_key?: unknown; error?: { translation_key?: unknown } };
  const key = e.translation_key ?? e.error?.translation_key;
  return typeof key === "string" ? key : undefined;
}

/** The server's keys for a record that does not exist (any more), by the record's kind. */
const MISSING: Record<"task" | "asset" | "capture", string> = {
  task: "unknown_task",
  asset: "unknown_asset",
  capture: "unknown_inbox_item",
};

/** Whether an error says that this kind of record is gone (removed or filed meanwhile). */
export function isGone(err: unknown, kind: "task" | "asset" | "capture"): boolean {
  return errorKey(err) === MISSING[kind];
}

/** A server error of Haven's (`translation_domain` "haven") with its message in the user's
 * language, from Haven's "exceptions" translations; any other error, or one whose key has no
 * translation there, as it came (the server's message). */
export function localizeError(err: unknown, localize: BackendLocalize | undefined): unknown {
  if (!localize || !err || typeof err !== "object") {
    return err;
  }
  const e = err as { translation_domain?: unknown; translation_key?: unknown; translation_placeholders?: unknown };
  if (e.translation_domain !== "haven" || typeof e.translation_key !== "string") {
    return err;
  }
  const placeholders = e.translation_placeholders && typeof e.translation_placeholders === "object" ? e.translation_placeholders : {};
  let text: string;
  try {
    text = localize(`component.haven.exceptions.${e.translation_key}.message`, placeholders as Record<string, string>);
  } catch {
    return err;
  }
  return text ? { ...e, message: text } : err;
}
