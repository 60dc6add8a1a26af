// What the panel and each card share at their root: the live data from HavenClient, the
// context handed to views, opening dialogs on request, and a polite status line.

import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { HavenClient, type ClientState } from "../data/client";
import { localizerFor } from "../i18n";
import type { PropertyData } from "../logic/store";
import type { HomeAssistant } from "../types";
import type { DialogBase } from "../dialogs/base";
import { baseStyles, formatContext, type DialogKind, type DialogRequest, type HavenContext } from "./shared";
import "../dialogs/task-dialogs";
import "../dialogs/edit-dialogs";
import "../dialogs/inbox-dialogs";

const DIALOG_TAGS: Record<DialogKind, string> = {
  complete: "haven-complete-dialog",
  snooze: "haven-snooze-dialog",
  skip: "haven-skip-dialog",
  pause: "haven-pause-dialog",
  "task-menu": "haven-task-menu-dialog",
  log: "haven-log-dialog",
  asset: "haven-asset-dialog",
  task: "haven-task-dialog",
  supply: "haven-supply-dialog",
  remove: "haven-remove-dialog",
  triage: "haven-triage-dialog",
  capture: "haven-capture-dialog",
};

const TOAST_MS = 5000;
const CLOCK_MS = 60_000;

export abstract class HavenRoot extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @state() protected live?: ClientState;
  @state() protected toastMessage = "";
  @state() protected now = new Date();
  protected client?: HavenClient;
  private stopListening?: (() => void) | undefined;
  private dialog?: DialogBase | undefined;
  private toastTimer?: number;
  private clock?: number;

  static rootStyles = [
    baseStyles,
    css`
      .toast {
        position: fixed;
        left: 50%;
        bottom: calc(24px + env(safe-area-inset-bottom, 0px));
        transform: translateX(-50%);
        max-width: min(560px, calc(100vw - 32px));
        padding: 12px 16px;
        border-radius: 8px;
        background: var(--haven-text);
        color: var(--haven-surface);
        box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3);
        z-index: 10;
      }
      .banner {
        padding: 8px 16px;
        background: color-mix(in srgb, var(--haven-warning-dot) 20%, var(--haven-surface));
        color: var(--haven-text);
        border-radius: 8px;
      }
    `,
  ];

  /** The property filter of the subscription (cards: their configured property). */
  protected subscriptionEntry(): string | undefined {
    return undefined;
  }

  /** The property this root shows. */
  protected abstract currentPropertyId(): string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener("haven-dialog", this.onDialogRequest as EventListener);
    this.addEventListener("haven-toast", this.onToast as EventListener);
    this.addEventListener("haven-dialog-closed", this.onDialogClosed);
    this.clock = window.setInterval(() => (this.now = new Date()), CLOCK_MS);
    this.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener("haven-dialog", this.onDialogRequest as EventListener);
    this.removeEventListener("haven-toast", this.onToast as EventListener);
    this.removeEventListener("haven-dialog-closed", this.onDialogClosed);
    window.clearInterval(this.clock);
    this.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("hass") && this.hass) {
      if (this.client && this.client.hass.connection !== this.hass.connection) {
        this.disconnect();
      }
      if (this.client) {
        this.client.hass = this.hass;
      } else {
        this.connect();
      }
    }
  }

  protected override updated(): void {
    // An open dialog follows the data, and reads the newest `hass` (a meter's current value).
    const ctx = this.havenContext();
    const d = this.dialog?.ctx;
    if (this.dialog && ctx && this.hass && d && (d.data !== ctx.data || d.property !== ctx.property || d.hass !== this.hass)) {
      this.dialog.ctx = { ...ctx, hass: this.hass };
    }
  }

  /** Start (or restart after a configuration change) the live subscription. */
  protected connect(): void {
    if (!this.hass || this.stopListening || !this.isConnected) {
      return;
    }
    this.client = HavenClient.for(this.hass, this.subscriptionEntry());
    this.stopListening = this.client.listen((s) => (this.live = s));
  }

  protected disconnect(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    this.client = undefined;
  }

  private cachedContext?: HavenContext;

  /** The context views render from; the same object until something it holds changes.
   * (Not named `context`: HA sets a `context` property on card editors.) */
  protected havenContext(): HavenContext | undefined {
    if (!this.hass || !this.client || !this.live) {
      return undefined;
    }
    const property = this.propertyData();
    const c = this.cachedContext;
    // HA hands over a new `hass` on every state change in the house; views re-render only
    // when what they read from it (language, locale, time zone, connection) changed.
    const h = this.hass;
    const sameHass =
      c !== undefined &&
      (c.hass === h ||
        (c.hass.language === h.language &&
          c.hass.locale === h.locale &&
          c.hass.config === h.config &&
          c.hass.connection === h.connection));
    if (c && sameHass && c.data === this.live.data && c.property === property && c.now === this.now) {
      return c;
    }
    this.cachedContext = {
      hass: this.hass,
      client: this.client,
      localize: localizerFor(this.hass.language),
      fmt: formatContext(this.hass),
      data: this.live.data,
      property,
      now: this.now,
    };
    return this.cachedContext;
  }

  protected propertyData(): PropertyData | undefined {
    const data = this.live?.data;
    if (!data) {
      return undefined;
    }
    const id = this.currentPropertyId();
    return (id ? data.properties.get(id) : undefined) ?? data.properties.values().next().value;
  }

  private onDialogRequest = (e: CustomEvent<DialogRequest>): void => {
    e.stopPropagation();
    const ctx = this.havenContext();
    if (!ctx) {
      return;
    }
    this.dialog?.close();
    const el = document.createElement(DIALOG_TAGS[e.detail.kind]) as DialogBase;
    el.ctx = this.hass ? { ...ctx, hass: this.hass } : ctx;
    el.params = { panelPath: this.panelPath(), ...e.detail.params };
    this.dialog = el;
    this.renderRoot.appendChild(el);
  };

  private onDialogClosed = (e: Event): void => {
    const el = e.composedPath()[0];
    if (el instanceof HTMLElement && el.parentNode === this.renderRoot) {
      el.remove();
    }
    if (el === this.dialog) {
      this.dialog = undefined;
    }
  };

  private onToast = (e: CustomEvent<{ message: string }>): void => {
    e.stopPropagation();
    this.toastMessage = e.detail.message;
    window.clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => (this.toastMessage = ""), TOAST_MS);
  };

  /** The panel's URL path (for links from dialogs); cards link to the panel at /haven. */
  protected panelPath(): string {
    return "haven";
  }

  protected renderToast(): TemplateResult {
    // The live region is always present so screen readers announce each new message.
    return html`<div role="status" aria-live="polite" class=${this.toastMessage ? "toast" : "visually-hidden"}>
      ${this.toastMessage || nothing}
    </div>`;
  }

  protected renderLink(): TemplateResult | typeof nothing {
    const l = localizerFor(this.hass?.language);
    if (this.live?.link === "reconnecting") {
      return html`<p class="banner" role="status">${l("common.reconnecting")}</p>`;
    }
    if (this.live?.link === "error") {
      return html`<p class="banner" role="alert">${l("error.generic", { message: this.live.error ?? "" })}</p>`;
    }
    return nothing;
  }
}
