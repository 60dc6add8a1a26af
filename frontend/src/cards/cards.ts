// Lovelace cards built from the panel's parts: overview, one asset, and capture.

import { define } from "../components/define";
import { css, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { state } from "lit/decorators.js";
import { mdiHomeHeart, mdiPlus } from "@mdi/js";
import { localizerFor } from "../i18n";
import { healthBand, sortTasks } from "../logic/tasks";
import { navigate, routePath } from "../logic/routes";
import { logRow, rowStyles, taskRow } from "../components/rows";
import { HavenRoot } from "../components/root";
import { icon, openDialog, type HavenContext } from "../components/shared";

export interface HavenCardConfig {
  type: string;
  config_entry_id?: string;
  asset_id?: string;
  title?: string;
  max_tasks?: number;
  show_recent?: boolean;
}

abstract class HavenCard extends HavenRoot {
  @state() protected config?: HavenCardConfig;

  static override styles = [
    ...HavenRoot.rootStyles,
    rowStyles,
    css`
      :host {
        display: block;
      }
      ha-card {
        display: block;
        overflow: hidden;
        height: 100%;
      }
      .head {
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 16px 16px 8px;
      }
      .head h2 {
        flex: 1;
        font-size: 1.1rem;
        overflow-wrap: anywhere;
      }
      .head a {
        color: inherit;
        text-decoration: none;
      }
      .head a:hover {
        text-decoration: underline;
      }
      .health {
        font-size: 1.5rem;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .health.good {
        color: var(--haven-success);
      }
      .health.fair {
        color: var(--haven-warning);
      }
      .health.poor {
        color: var(--haven-error);
      }
      .sub {
        padding: 0 16px 8px;
      }
      h3 {
        padding: 12px 16px 4px;
        font-size: 0.85rem;
        color: var(--haven-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .foot {
        display: flex;
        justify-content: flex-end;
        padding: 8px 12px 12px;
        gap: 8px;
      }
      .empty {
        padding: 8px 16px 16px;
      }
      .banner {
        margin: 8px 16px;
      }
    `,
  ];

  setConfig(config: HavenCardConfig): void {
    if (!config || typeof config !== "object") {
      throw new Error("Invalid configuration");
    }
    const before = this.config?.config_entry_id;
    this.config = config;
    if (before !== config.config_entry_id && this.client) {
      this.disconnect();
      this.connect();
    }
  }

  protected override subscriptionEntry(): string | undefined {
    return this.config?.config_entry_id || undefined;
  }

  protected currentPropertyId(): string | undefined {
    return this.config?.config_entry_id;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
  }

  protected card(body: TemplateResult | typeof nothing): TemplateResult {
    return html`<ha-card>${this.renderLink()} ${body}</ha-card>${this.renderToast()}`;
  }

  protected openPanel(e: MouseEvent, path: string): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) {
      return;
    }
    e.preventDefault();
    navigate(path);
  }

  protected waiting(ctx: HavenContext | undefined): TemplateResult | undefined {
    const l = localizerFor(this.hass?.language);
    if (!ctx || this.live?.link === "connecting") {
      return this.card(html`<p class="empty" role="status">${l("common.connecting")}</p>`);
    }
    if (!ctx.property) {
      return this.card(html`<p class="empty">${l("card.no_properties")}</p>`);
    }
    return undefined;
  }
}

@define("haven-overview-card")
export class HavenOverviewCard extends HavenCard {
  static getConfigElement(): HTMLElement {
    return document.createElement("haven-card-editor");
  }
  static getStubConfig(): Omit<HavenCardConfig, "type"> {
    return { max_tasks: 6, show_recent: true };
  }
  getCardSize(): number {
    return 2 + Math.min(this.config?.max_tasks ?? 6, 6);
  }

  override render(): TemplateResult {
    const ctx = this.havenContext();
    const wait = this.waiting(ctx);
    if (wait || !ctx?.property) {
      return wait ?? html``;
    }
    const p = ctx.property;
    const l = ctx.localize;
    const s = p.summary;
    const max = this.config?.max_tasks ?? 6;
    const due = sortTasks([...p.tasks.values()].filter((t) => t.status === "overdue" || t.status === "due_soon"));
    return this.card(html`
      <div class="head">
        <h2>
          <a href="/haven" @click=${(e: MouseEvent) => this.openPanel(e, "/haven")}>${this.config?.title || s.name}</a>
        </h2>
        <span class="health ${healthBand(s.health)}" aria-label=${`${l("home.health")}: ${Math.round(s.health)} %`}
          >${Math.round(s.health)} %</span
        >
      </div>
      <p class="sub muted">
        ${l("count.overdue", { count: s.counts.overdue })} · ${l("count.due_soon", { count: s.counts.due_soon })}
      </p>
      ${due.length
        ? html`<ul class="tasks">
            ${due.slice(0, max).map((t) => taskRow(ctx, t, { showAsset: true, compact: true }))}
          </ul>`
        : html`<p class="empty">${l("card.all_caught_up")}</p>`}
      ${due.length > max
        ? html`<p class="sub muted">${l("card.more", { count: due.length - max })}</p>`
        : nothing}
      ${this.config?.show_recent !== false && p.recentLogs.length
        ? html`<h3>${l("home.recent_work")}</h3>
            <ul class="logs">
              ${p.recentLogs.slice(0, 3).map((log) => logRow(ctx, log, s.currency))}
            </ul>`
        : nothing}
      <div class="foot">
        <a class="btn plain small" href="/haven" @click=${(e: MouseEvent) => this.openPanel(e, "/haven")}
          >${icon(mdiHomeHeart)}${l("card.open_panel")}</a
        >
      </div>
    `);
  }
}

@define("haven-asset-card")
export class HavenAssetCard extends HavenCard {
  static getConfigElement(): HTMLElement {
    const el = document.createElement("haven-card-editor");
    el.setAttribute("with-asset", "");
    return el;
  }
  static getStubConfig(): Omit<HavenCardConfig, "type"> {
    return { asset_id: "" };
  }
  getCardSize(): number {
    return 4;
  }

  protected override currentPropertyId(): string | undefined {
    const data = this.live?.data;
    const assetId = this.config?.asset_id;
    if (data && assetId) {
      for (const [id, p] of data.properties) {
        if (p.assets.has(assetId)) {
          return id;
        }
      }
    }
    return this.config?.config_entry_id;
  }

  override render(): TemplateResult {
    const ctx = this.havenContext();
    const wait = this.waiting(ctx);
    if (wait || !ctx?.property) {
      return wait ?? html``;
    }
    const l = ctx.localize;
    const asset = this.config?.asset_id ? ctx.property.assets.get(this.config.asset_id) : undefined;
    if (!asset) {
      return this.card(html`<p class="empty">${this.config?.asset_id ? l("asset.not_found") : l("card.pick_asset")}</p>`);
    }
    const path = routePath("haven", { view: "asset", assetId: asset.asset_id });
    const tasks = sortTasks([...ctx.property.tasks.values()].filter((t) => t.asset_id === asset.asset_id));
    return this.card(html`
      <div class="head">
        <h2><a href=${path} @click=${(e: MouseEvent) => this.openPanel(e, path)}>${this.config?.title || asset.name}</a></h2>
        ${asset.overdue ? html`<span class="chip overdue">${l("asset.overdue")}</span>` : nothing}
      </div>
      ${tasks.length
        ? html`<ul class="tasks">
            ${tasks.map((t) => taskRow(ctx, t, { compact: true }))}
          </ul>`
        : html`<p class="empty">${l("asset.no_tasks")}</p>`}
    `);
  }
}

@define("haven-capture-card")
export class HavenCaptureCard extends HavenCard {
  static getConfigElement(): HTMLElement {
    const el = document.createElement("haven-card-editor");
    el.setAttribute("with-asset", "");
    el.setAttribute("asset-optional", "");
    return el;
  }
  static getStubConfig(): Omit<HavenCardConfig, "type"> {
    return {};
  }
  getCardSize(): number {
    return 2;
  }

  override render(): TemplateResult {
    const ctx = this.havenContext();
    const wait = this.waiting(ctx);
    if (wait || !ctx?.property) {
      return wait ?? html``;
    }
    const l = ctx.localize;
    return this.card(html`
      <div class="head">
        <h2>${this.config?.title || l("card.capture_prompt")}</h2>
      </div>
      <div class="foot">
        <button
          class="btn primary"
          @click=${(e: Event) =>
            openDialog(e.currentTarget as Element, "capture", this.config?.asset_id ? { assetId: this.config.asset_id } : {})}
        >
          ${icon(mdiPlus)}${l("nav.capture")}
        </button>
      </div>
    `);
  }
}

/** The cards' visual editor, from Haven's own elements: property, asset, title, options. */
@define("haven-card-editor")
export class HavenCardEditor extends HavenRoot {
  @state() private config: HavenCardConfig = { type: "" };

  static override styles = [
    ...HavenRoot.rootStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      .check {
        display: flex;
        gap: 8px;
        align-items: center;
      }
    `,
  ];

  setConfig(config: HavenCardConfig): void {
    this.config = config;
  }

  protected currentPropertyId(): string | undefined {
    return this.config.config_entry_id;
  }

  private change(patch: Partial<HavenCardConfig>): void {
    const next: Record<string, unknown> = { ...this.config, ...patch };
    for (const [k, v] of Object.entries(next)) {
      if (v === "" || v === undefined) {
        delete next[k];
      }
    }
    this.config = next as unknown as HavenCardConfig;
    this.dispatchEvent(new CustomEvent("config-changed", { detail: { config: next }, bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    const l = localizerFor(this.hass?.language);
    const ctx = this.havenContext();
    const properties = [...(this.live?.data.properties.values() ?? [])];
    const withAsset = this.hasAttribute("with-asset");
    const optional = this.hasAttribute("asset-optional");
    const isOverview = !withAsset;
    const assets = ctx?.property ? [...ctx.property.assets.values()].sort((a, b) => a.name.localeCompare(b.name)) : [];
    return html`
      ${properties.length > 1
        ? html`<label class="field"
            ><span>${l("common.property")}</span>
            <select @change=${(e: Event) => this.change({ config_entry_id: (e.target as HTMLSelectElement).value, asset_id: "" })}>
              ${properties.map(
                (p) =>
                  html`<option value=${p.summary.config_entry_id} ?selected=${p.summary.config_entry_id === ctx?.property?.summary.config_entry_id}>
                    ${p.summary.name}
                  </option>`,
              )}
            </select></label
          >`
        : nothing}
      ${withAsset
        ? html`<label class="field"
            ><span>${l("dialog.task.asset")}</span>
            <select @change=${(e: Event) => this.change({ asset_id: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!this.config.asset_id}>${optional ? l("common.none") : ""}</option>
              ${assets.map((a) => html`<option value=${a.asset_id} ?selected=${a.asset_id === this.config.asset_id}>${a.name}</option>`)}
            </select></label
          >`
        : nothing}
      <label class="field"
        ><span>${l("card.title")}</span
        ><input .value=${this.config.title ?? ""} @change=${(e: Event) => this.change({ title: (e.target as HTMLInputElement).value })}
      /></label>
      ${isOverview
        ? html`<label class="field"
              ><span>${l("card.max_tasks")}</span
              ><input
                type="number"
                min="1"
                max="50"
                .value=${String(this.config.max_tasks ?? 6)}
                @change=${(e: Event) => this.change({ max_tasks: Number((e.target as HTMLInputElement).value) || 6 })}
            /></label>
            <label class="check"
              ><input
                type="checkbox"
                .checked=${this.config.show_recent !== false}
                @change=${(e: Event) => this.change({ show_recent: (e.target as HTMLInputElement).checked })}
              />${l("card.show_recent")}</label
            >`
        : nothing}
    `;
  }
}

export const CARD_TYPES = [
  { type: "haven-overview-card", key: "overview" },
  { type: "haven-asset-card", key: "asset" },
  { type: "haven-capture-card", key: "capture" },
] as const;
