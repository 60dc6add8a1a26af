// What every view, dialog and card shares: the context they render from, the events that
// open dialogs and show messages, icons, and styles built on HA's theme variables.

import { css, html, svg, type TemplateResult } from "lit";
import type { HavenClient } from "../data/client";
import type { Localize } from "../i18n";
import type { FormatContext } from "../logic/format";
import type { HavenData, PropertyData } from "../logic/store";
import type { HomeAssistant } from "../types";

export interface HavenContext {
  hass: HomeAssistant;
  client: HavenClient;
  localize: Localize;
  fmt: FormatContext;
  data: HavenData;
  /** The property on screen (undefined while loading or when none is loaded). */
  property?: PropertyData | undefined;
  now: Date;
}

export type DialogKind =
  | "complete"
  | "snooze"
  | "skip"
  | "pause"
  | "task-menu"
  | "log"
  | "asset"
  | "task"
  | "supply"
  | "remove"
  | "triage"
  | "capture";

export interface DialogRequest {
  kind: DialogKind;
  params: Record<string, unknown>;
}

/** Ask the nearest Haven root (panel or card) to open a dialog. */
export function openDialog(from: Element, kind: DialogKind, params: Record<string, unknown> = {}): void {
  from.dispatchEvent(
    new CustomEvent<DialogRequest>("haven-dialog", {
      detail: { kind, params },
      bubbles: true,
      composed: true,
    }),
  );
}

/** Show a short message in the nearest Haven root's status line. */
export function toast(from: Element, message: string): void {
  from.dispatchEvent(new CustomEvent("haven-toast", { detail: { message }, bubbles: true, composed: true }));
}

export function icon(path: string, label?: string): TemplateResult {
  return html`<svg
    class="icon"
    viewBox="0 0 24 24"
    role=${label ? "img" : "presentation"}
    aria-hidden=${label ? "false" : "true"}
    aria-label=${label ?? ""}
    focusable="false"
  >
    ${svg`<path d=${path}></path>`}
  </svg>`;
}

/** Format context from `hass`: the user's language and their chosen time zone. */
export function formatContext(hass: HomeAssistant): FormatContext {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const timeZone =
    hass.locale?.time_zone === "local" ? browserZone : hass.config?.time_zone || browserZone || "UTC";
  const ctx: FormatContext = { locale: hass.locale?.language || hass.language || "en", timeZone };
  if (hass.locale?.time_format === "12") {
    ctx.hour12 = true;
  } else if (hass.locale?.time_format === "24") {
    ctx.hour12 = false;
  }
  return ctx;
}

export const baseStyles = css`
  :host {
    --haven-radius: var(--ha-card-border-radius, 12px);
    --haven-text: var(--primary-text-color, #212121);
    --haven-muted: var(--secondary-text-color, #5f6368);
    --haven-bg: var(--primary-background-color, #fafafa);
    --haven-surface: var(--card-background-color, var(--ha-card-background, #fff));
    --haven-divider: var(--divider-color, rgba(0, 0, 0, 0.12));
    --haven-primary: var(--primary-color, #03a9f4);
    /* Theme colours mixed towards the text colour: darker on light themes, lighter on dark
       ones, so coloured text and filled buttons keep a readable contrast in both. */
    --haven-accent: color-mix(in srgb, var(--haven-primary) 62%, var(--haven-text));
    --haven-on-primary: var(--text-primary-color, #fff);
    --haven-primary-fill: color-mix(in srgb, var(--haven-primary) 70%, #000);
    --haven-error: color-mix(in srgb, var(--error-color, #db4437) 72%, var(--haven-text));
    --haven-warning: color-mix(in srgb, var(--warning-color, #ffa600) 55%, var(--haven-text));
    --haven-success: color-mix(in srgb, var(--success-color, #43a047) 65%, var(--haven-text));
    --haven-error-dot: var(--error-color, #db4437);
    --haven-warning-dot: var(--warning-color, #ffa600);
    --haven-success-dot: var(--success-color, #43a047);
    color: var(--haven-text);
    font-family: var(--paper-font-body1_-_font-family, var(--ha-font-family-body, Roboto, system-ui, sans-serif));
    -webkit-font-smoothing: antialiased;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3 {
    margin: 0;
    font-weight: 500;
  }
  h2 {
    font-size: 1.15rem;
  }
  h3 {
    font-size: 1rem;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--haven-accent);
  }
  .icon {
    width: 20px;
    height: 20px;
    fill: currentColor;
    flex: none;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 40px;
    min-width: 40px;
    padding: 0 14px;
    border-radius: 20px;
    border: 1px solid var(--haven-divider);
    background: transparent;
    color: var(--haven-accent);
    font-weight: 500;
    font-size: 0.9rem;
    cursor: pointer;
    white-space: nowrap;
    text-decoration: none;
  }
  .btn:hover {
    background: color-mix(in srgb, var(--haven-primary) 10%, transparent);
  }
  .btn.primary {
    background: var(--haven-primary-fill);
    color: var(--haven-on-primary);
    border-color: transparent;
  }
  .btn.primary:hover {
    background: color-mix(in srgb, var(--haven-primary-fill) 88%, #000);
  }
  .btn.danger {
    color: var(--haven-error);
  }
  .btn.danger.primary {
    background: color-mix(in srgb, var(--error-color, #db4437) 80%, #000);
    color: #fff;
  }
  .btn.plain {
    border-color: transparent;
  }
  .btn.small {
    min-height: 36px;
    padding: 0 12px;
  }
  .btn[disabled] {
    opacity: 0.55;
    cursor: default;
  }
  .icon-btn {
    padding: 0;
    width: 40px;
    border-color: transparent;
    color: var(--haven-muted);
  }
  :focus-visible {
    outline: 2px solid var(--haven-accent);
    outline-offset: 2px;
  }
  .muted {
    color: var(--haven-muted);
  }
  .error-text {
    color: var(--haven-error);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 0.8rem;
    font-weight: 500;
    white-space: nowrap;
  }
  .chip::before {
    content: "";
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--haven-success-dot);
  }
  .chip.overdue {
    color: var(--haven-error);
  }
  .chip.overdue::before {
    background: var(--haven-error-dot);
  }
  .chip.due_soon {
    color: var(--haven-warning);
  }
  .chip.due_soon::before {
    background: var(--haven-warning-dot);
  }
  .chip.ok,
  .chip.done {
    color: var(--haven-success);
  }
  .chip.unscheduled,
  .chip.paused {
    color: var(--haven-muted);
  }
  .chip.paused::before {
    background: var(--haven-divider);
    border-radius: 1px;
  }
  .chip.unscheduled::before {
    background: var(--haven-divider);
  }
  .card-box {
    background: var(--haven-surface);
    border-radius: var(--haven-radius);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--haven-divider));
    box-shadow: var(--ha-card-box-shadow, none);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-width: 0;
  }
  .field > span,
  .field legend {
    font-size: 0.85rem;
    color: var(--haven-muted);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--haven-text);
    background: var(--haven-surface);
    border: 1px solid color-mix(in srgb, var(--haven-text) 35%, transparent);
    border-radius: 8px;
    padding: 8px 10px;
    min-height: 40px;
    width: 100%;
  }
  textarea {
    min-height: 72px;
    resize: vertical;
  }
  input[type="radio"],
  input[type="checkbox"] {
    width: 20px;
    min-height: 20px;
    accent-color: var(--haven-primary-fill);
  }
  .row {
    display: flex;
    gap: 12px;
    flex-wrap: wrap;
  }
  .row > .field {
    flex: 1 1 140px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .empty {
    padding: 16px;
    color: var(--haven-muted);
  }
`;
