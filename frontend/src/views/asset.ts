// An asset's page: details, tasks (schedule in words, next due), history with costs,
// supplies, documents (open, attach), captures about it; edit and remove.

import { define } from "../components/define";
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, query, state } from "lit/decorators.js";
import { mdiCartOutline, mdiDelete, mdiFileDocumentOutline, mdiPaperclip, mdiPencil, mdiPlus, mdiWrench } from "@mdi/js";
import { errorMessage } from "../data/client";
import { dayNumber, formatBytes, formatDate, formatMoney, formatNumber, formatRelative } from "../logic/format";
import { expectedEnd, isPastLife, warrantyState } from "../logic/lifetime";
import { sortTasks } from "../logic/tasks";
import type { Asset, AssetDetails } from "../types";
import { logRow, rowStyles, taskRow } from "../components/rows";
import { baseStyles, icon, openDialog, toast, type HavenContext } from "../components/shared";
import { uploadError } from "../logic/errors";
import "./media";

@define("haven-asset-view")
export class HavenAssetView extends LitElement {
  @property({ attribute: false }) ctx!: HavenContext;
  @property() assetId = "";
  @property({ attribute: false }) panelPath = "haven";
  @state() private details?: AssetDetails | undefined;
  @state() private detailsError = "";
  @state() private signed = new Map<string, string>();
  @state() private uploadProgress = -1;
  @query("#attach") private attachInput!: HTMLInputElement;
  private loadedFor = "";
  private seq = 0;
  private refreshTimer?: number;

  static override styles = [
    baseStyles,
    rowStyles,
    css`
      :host {
        display: block;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        gap: 16px;
        align-items: start;
      }
      @media (max-width: 900px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      section.card-box {
        margin-bottom: 16px;
        overflow: hidden;
      }
      section > h2 {
        padding: 14px 16px 6px;
        display: flex;
        align-items: center;
        gap: 8px;
      }
      section > h2 span.grow {
        flex: 1;
      }
      dl {
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 6px 16px;
        margin: 0;
        padding: 8px 16px 16px;
      }
      dt {
        color: var(--haven-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
        margin-bottom: 16px;
      }
      .head h1 {
        font-size: 1.5rem;
        flex: 1 1 200px;
      }
      ul.plain {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ul.plain > li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px 12px;
        padding: 10px 16px;
        border-top: 1px solid var(--haven-divider);
      }
      ul.plain > li:first-child {
        border-top: none;
      }
      .grow {
        flex: 1 1 160px;
        min-width: 0;
      }
      .totals {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        padding: 12px 16px;
        border-top: 1px solid var(--haven-divider);
        font-weight: 500;
      }
      .capture {
        flex-direction: column;
        align-items: stretch !important;
      }
      progress {
        width: 100%;
      }
      .warn {
        color: var(--haven-error);
        font-weight: 500;
      }
    `,
  ];

  private get asset(): Asset | undefined {
    return this.ctx.property?.assets.get(this.assetId);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("assetId") && this.loadedFor !== this.assetId) {
      this.details = undefined;
      this.detailsError = "";
      this.loadedFor = this.assetId;
      void this.load();
    } else if (changed.has("ctx")) {
      const before = changed.get("ctx") as HavenContext | undefined;
      const p = this.ctx.property;
      // New work on this asset, or the asset itself changed: read its history again.
      const touched =
        before?.property &&
        p &&
        (before.property.recentLogs !== p.recentLogs || before.property.assets.get(this.assetId) !== p.assets.get(this.assetId) ||
          before.property.inbox !== p.inbox);
      if (touched && this.asset) {
        window.clearTimeout(this.refreshTimer);
        this.refreshTimer = window.setTimeout(() => void this.load(), 250);
      }
    }
  }

  private async load(): Promise<void> {
    const id = this.assetId;
    if (!id) {
      return;
    }
    const seq = ++this.seq;
    try {
      const details = await this.ctx.client.asset(id);
      if (seq !== this.seq) {
        return;
      }
      details.logs = details.logs ?? [];
      this.details = details;
      this.detailsError = "";
      // Sign the documents' paths now so they open as ordinary links.
      const signed = new Map(this.signed);
      await Promise.all(
        (details.documents ?? []).map(async (d) => {
          try {
            signed.set(d.file_path, await this.ctx.client.signedUrl(d.file_path));
          } catch {
            /* shown without a link */
          }
        }),
      );
      if (seq === this.seq) {
        this.signed = signed;
      }
    } catch (err) {
      if (seq === this.seq && this.asset) {
        this.detailsError = this.ctx.localize("error.load_asset", { message: errorMessage(err) });
      }
    }
  }

  private pickDocument(): void {
    this.attachInput.value = "";
    this.attachInput.click();
  }

  private async attach(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) {
      return;
    }
    const l = this.ctx.localize;
    const form = new FormData();
    form.append("asset_id", this.assetId);
    form.append("name", file.name);
    form.append("file", file, file.name);
    this.uploadProgress = 0;
    try {
      const result = await this.ctx.client.upload("/api/haven/document", form, (f) => (this.uploadProgress = f));
      if (result.status === 201) {
        toast(this, l("asset.attached", { name: file.name }));
        void this.load();
      } else {
        toast(this, uploadError(result.status, result.body["message"] as string | undefined, l));
      }
    } catch (err) {
      toast(this, l("error.generic", { message: errorMessage(err) }));
    } finally {
      this.uploadProgress = -1;
    }
  }

  private warrantyText(a: Asset, today: number): string | undefined {
    const l = this.ctx.localize;
    const warranty = warrantyState(a.warranty_until, today);
    const date = formatDate(a.warranty_until, this.ctx.fmt);
    if (warranty.state === "ended") {
      return l("asset.warranty_ended", { date });
    }
    return warranty.state === "active" ? l("asset.warranty_days_left", { date, count: warranty.daysLeft }) : undefined;
  }

  private lifeText(a: Asset, end: string | undefined): string | undefined {
    const l = this.ctx.localize;
    const count = a.expected_life_years;
    if (!count) {
      return undefined;
    }
    return end
      ? l("asset.expected_life_until", { count, date: formatDate(end, this.ctx.fmt) })
      : l("asset.expected_life_years", { count });
  }

  private renderDetails(a: Asset): TemplateResult {
    const l = this.ctx.localize;
    const today = dayNumber(new Date(), this.ctx.fmt.timeZone);
    const end = a.expected_end ?? expectedEnd(a.installed_on, a.expected_life_years);
    // Worked out here too, so the flag appears on the day the life ends, page open.
    const pastLife = a.past_life || isPastLife(a, today);
    const zone = a.zone_id ? this.ctx.property?.zones.get(a.zone_id) : undefined;
    const rows: [string, string | undefined][] = [
      [l("asset.zone"), zone?.name],
      [l("asset.manufacturer"), a.manufacturer],
      [l("asset.model"), a.model],
      [l("asset.serial_number"), a.serial_number],
      [l("asset.installed_on"), a.installed_on ? formatDate(a.installed_on, this.ctx.fmt) : undefined],
      [l("asset.warranty_until"), this.warrantyText(a, today)],
      [l("asset.expected_life"), this.lifeText(a, end)],
    ];
    return html`<section class="card-box" aria-labelledby="h-details">
      <h2 id="h-details">${l("asset.details")}</h2>
      <dl>
        ${rows.filter(([, v]) => v).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}
        ${a.notes ? html`<dt>${l("asset.notes")}</dt><dd>${a.notes}</dd>` : nothing}
      </dl>
      ${pastLife ? html`<p class="warn" style="padding:0 16px 12px">${l("asset.past_life")}</p>` : nothing}
    </section>`;
  }

  private renderTasks(a: Asset): TemplateResult {
    const l = this.ctx.localize;
    const tasks = sortTasks([...(this.ctx.property?.tasks.values() ?? [])].filter((t) => t.asset_id === a.asset_id));
    return html`<section class="card-box" aria-labelledby="h-tasks">
      <h2 id="h-tasks">
        <span class="grow">${l("asset.tasks")}</span>
        <button class="btn small" @click=${() => openDialog(this, "task", { assetId: a.asset_id })}>
          ${icon(mdiPlus)}${l("nav.add_task")}
        </button>
      </h2>
      ${tasks.length
        ? html`<ul class="tasks">
            ${tasks.map((t) => taskRow(this.ctx, t, { showSchedule: true }))}
          </ul>`
        : html`<p class="empty">${l("asset.no_tasks")}</p>`}
    </section>`;
  }

  private renderHistory(a: Asset): TemplateResult {
    const l = this.ctx.localize;
    const currency = this.ctx.property?.summary.currency ?? "";
    const d = this.details;
    return html`<section class="card-box" aria-labelledby="h-history">
      <h2 id="h-history">
        <span class="grow">${l("asset.history")}</span>
        <button class="btn small" @click=${() => openDialog(this, "log", { assetId: a.asset_id })}>
          ${icon(mdiWrench)}${l("nav.log_work")}
        </button>
      </h2>
      ${this.detailsError
        ? html`<p class="empty error-text" role="alert">${this.detailsError}</p>`
        : !d
          ? html`<p class="empty">${l("asset.loading_details")}</p>`
          : d.logs.length
            ? html`<ul class="logs">
                ${d.logs.map((log) => logRow(this.ctx, log, currency, false))}
              </ul>`
            : html`<p class="empty">${l("asset.no_history")}</p>`}
      ${d
        ? html`<div class="totals">
              <span>${l("asset.total_cost")}</span><span>${formatMoney(d.total_cost, currency, this.ctx.fmt.locale)}</span>
            </div>
            <div class="totals">
              <span>${l("asset.cost_this_year")}</span
              ><span>${formatMoney(d.cost_this_year, currency, this.ctx.fmt.locale)}</span>
            </div>`
        : nothing}
    </section>`;
  }

  private renderSupplies(a: Asset): TemplateResult {
    const l = this.ctx.localize;
    const supplies = [...(this.ctx.property?.supplies.values() ?? [])]
      .filter((s) => s.asset_id === a.asset_id)
      .sort((x, y) => x.name.localeCompare(y.name));
    return html`<section class="card-box" aria-labelledby="h-supplies">
      <h2 id="h-supplies">
        <span class="grow">${l("asset.supplies")}</span>
        <button class="btn small" @click=${() => openDialog(this, "supply", { assetId: a.asset_id })}>
          ${icon(mdiPlus)}${l("asset.add_supply")}
        </button>
      </h2>
      ${supplies.length
        ? html`<ul class="plain">
            ${supplies.map(
              (s) => html`<li>
                <span class="grow">
                  <strong>${s.name}</strong><br />
                  <span class="muted"
                    >${s.quantity !== undefined
                      ? l("asset.quantity", { count: formatNumber(s.quantity, this.ctx.fmt.locale) })
                      : l("asset.quantity_unknown")}${s.part_number ? ` · ${l("asset.part", { number: s.part_number })}` : ""}</span
                  >
                </span>
                ${s.purchase_url
                  ? html`<a class="btn small" href=${s.purchase_url} target="_blank" rel="noopener noreferrer"
                      >${icon(mdiCartOutline)}<span>${l("asset.buy", { name: s.name })}</span></a
                    >`
                  : nothing}
                <button
                  class="btn icon-btn"
                  aria-label=${l("asset.edit_supply", { name: s.name })}
                  @click=${() => openDialog(this, "supply", { supplyId: s.supply_id })}
                >
                  ${icon(mdiPencil)}
                </button>
                <button
                  class="btn icon-btn"
                  aria-label=${l("asset.remove_supply", { name: s.name })}
                  @click=${() => openDialog(this, "remove", { what: "supply", id: s.supply_id })}
                >
                  ${icon(mdiDelete)}
                </button>
              </li>`,
            )}
          </ul>`
        : html`<p class="empty">${l("asset.no_supplies")}</p>`}
    </section>`;
  }

  private renderDocuments(): TemplateResult {
    const l = this.ctx.localize;
    const docs = this.details?.documents ?? [];
    return html`<section class="card-box" aria-labelledby="h-docs">
      <h2 id="h-docs">
        <span class="grow">${l("asset.documents")}</span>
        <button class="btn small" ?disabled=${this.uploadProgress >= 0} @click=${() => this.pickDocument()}>
          ${icon(mdiPaperclip)}${l("asset.attach")}
        </button>
      </h2>
      <input id="attach" type="file" accept="application/pdf,image/*" hidden @change=${(e: Event) => void this.attach(e)} />
      ${this.uploadProgress >= 0
        ? html`<label class="field" style="padding:0 16px 12px"
            ><span>${l("dialog.capture.uploading", { percent: Math.round(this.uploadProgress * 100) })}</span
            ><progress max="1" .value=${this.uploadProgress}></progress
          ></label>`
        : nothing}
      ${docs.length
        ? html`<ul class="plain">
            ${docs.map((d) => {
              const url = this.signed.get(d.file_path);
              const meta = [d.size !== undefined ? formatBytes(d.size, this.ctx.fmt.locale) : "", formatDate(d.created_at, this.ctx.fmt)]
                .filter(Boolean)
                .join(" · ");
              return html`<li>
                ${icon(mdiFileDocumentOutline)}
                <span class="grow">
                  ${url ? html`<a href=${url} target="_blank" rel="noopener">${d.name}</a>` : d.name}<br />
                  <span class="muted">${meta}</span>
                </span>
              </li>`;
            })}
          </ul>`
        : html`<p class="empty">${this.details ? l("asset.no_documents") : l("common.loading")}</p>`}
    </section>`;
  }

  private renderCaptures(): TemplateResult | typeof nothing {
    const captures = this.details?.captures ?? [];
    if (!captures.length) {
      return nothing;
    }
    const l = this.ctx.localize;
    return html`<section class="card-box" aria-labelledby="h-captures">
      <h2 id="h-captures">${l("asset.captures")}</h2>
      <ul class="plain">
        ${captures.map(
          (c) => html`<li class="capture">
            <strong>${c.summary}</strong>
            <span class="muted">${formatRelative(c.created_at, this.ctx.now, this.ctx.fmt)} · ${l(`inbox.status_${c.status}`)}</span>
            ${c.file_path
              ? html`<haven-media .client=${this.ctx.client} .path=${c.file_path} .mime=${c.mime_type ?? ""} .alt=${c.summary}></haven-media>`
              : nothing}
            ${c.transcription ? html`<span>${c.transcription}</span>` : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  override render(): TemplateResult {
    const l = this.ctx.localize;
    const a = this.asset;
    if (!a) {
      return html`<p class="empty" role="alert">${this.ctx.property ? l("asset.not_found") : l("common.loading")}</p>`;
    }
    return html`
      <div class="head">
        <h1>${a.name}</h1>
        ${a.overdue ? html`<span class="chip overdue">${l("asset.overdue")}</span>` : nothing}
        <button class="btn" @click=${() => openDialog(this, "capture", { assetId: a.asset_id })}>${icon(mdiPlus)}${l("nav.capture")}</button>
        <button class="btn" @click=${() => openDialog(this, "asset", { assetId: a.asset_id })}>${icon(mdiPencil)}${l("asset.edit")}</button>
        <button
          class="btn danger"
          @click=${() => openDialog(this, "remove", { what: "asset", id: a.asset_id, after: `/${this.panelPath}` })}
        >
          ${icon(mdiDelete)}${l("asset.remove")}
        </button>
      </div>
      <div class="layout">
        <div>${this.renderTasks(a)} ${this.renderHistory(a)}</div>
        <div>${this.renderDetails(a)} ${this.renderSupplies(a)} ${this.renderDocuments()} ${this.renderCaptures()}</div>
      </div>
    `;
  }
}
