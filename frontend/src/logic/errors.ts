// What to tell the user when an upload or the microphone fails (translation keys and messages).

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
