// Home: house health, what is overdue / due soon / upcoming (grouped by zone or asset,
// filtered and searched), recent work and money spent this year.

import { define } from "../components/define";
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { guard } from "lit/directives/guard.js";
import { mdiChevronDown, mdiChevronRight, mdiMagnify, mdiPause, mdiPlay, mdiPlus, mdiWrench } from "@mdi/js";
import { formatDateTime, formatMoney, formatRelative } from "../logic/format";
import { budgetStanding } from "../logic/lifetime";
import { assigneeName, assigneesOf, type Household } from "../logic/assignees";
import {
  assetsByZone,
  bucketTasks,
  filterTasks,
  groupTasks,
  healthBand,
  NO_ZONE,
  type Buckets,
  type GroupBy,
  type TaskGroup,
} from "../logic/tasks";
import { navigate, routePath } from "../logic/routes";
import type { PropertyData } from "../logic/store";
import { logRow, rowStyles, taskRow } from "../components/rows";
import { baseStyles, icon, openDialog, type HavenContext } from "../components/shared";

const SECTION_LIMIT = 50;
const GROUP_KEY = "haven.groupBy";
/** Upcoming groups open by themselves when a filter leaves at most this many tasks. */
const AUTO_EXPAND = 150;

interface Computed {
  buckets: Buckets;
  total: number;
  groups: { overdue: TaskGroup[]; due_soon: TaskGroup[]; upcoming: TaskGroup[] };
}

@define("haven-home")
export class HavenHome extends LitElement {
  @property({ attribute: false }) ctx!: HavenContext;
  @property({ attribute: false }) panelPath = "haven";
  @state() private groupBy: GroupBy = (localStorage.getItem(GROUP_KEY) as GroupBy | null) ?? "zone";
  @state() private zoneId = "";
  @state() private assetId = "";
  @state() private assignee = "";
  @state() private query = "";
  @state() private expanded = new Set<string>();
  @state() private showAll = new Set<string>();
  /** HA's users and persons, for the names of assignees. */
  @state() private household?: Household | undefined;
  private searchTimer?: number;
  private memo?: { key: unknown[]; value: Computed };
  private assigneeMemo?: { tasks: PropertyData["tasks"]; value: string[] };

  static override styles = [
    baseStyles,
    rowStyles,
    css`
      :host {
        display: block;
      }
      .stat .warn {
        color: var(--haven-error);
        font-weight: 500;
      }
      .summary {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
        gap: 12px;
      }
      .stat {
        padding: 14px 16px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .stat .value {
        font-size: 1.8rem;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .stat.good .value {
        color: var(--haven-success);
      }
      .stat.fair .value {
        color: var(--haven-warning);
      }
      .stat.poor .value {
        color: var(--haven-error);
      }
      button.stat {
        text-align: left;
        cursor: pointer;
        font: inherit;
        color: inherit;
      }
      .paused-banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin: 0 0 16px;
        padding: 12px 16px;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin: 16px 0;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 12px;
        align-items: flex-end;
        margin-bottom: 12px;
      }
      .search {
        position: relative;
        flex: 2 1 220px;
      }
      .search .icon {
        position: absolute;
        left: 10px;
        bottom: 10px;
        color: var(--haven-muted);
      }
      .search input {
        padding-left: 38px;
      }
      .toolbar .field {
        flex: 1 1 140px;
      }
      .toggle {
        display: inline-flex;
        border: 1px solid var(--haven-divider);
        border-radius: 20px;
        overflow: hidden;
      }
      .toggle button {
        border: none;
        background: transparent;
        min-height: 38px;
        padding: 0 14px;
        cursor: pointer;
        color: var(--haven-muted);
      }
      .toggle button[aria-pressed="true"] {
        background: var(--haven-primary-fill);
        color: var(--haven-on-primary);
      }
      section.card-box {
        margin-bottom: 16px;
        overflow: hidden;
      }
      section > h2 {
        padding: 14px 16px 6px;
        display: flex;
        gap: 8px;
        align-items: baseline;
      }
      section > h2 .muted {
        font-size: 0.9rem;
        font-weight: 400;
      }
      .group {
        content-visibility: auto;
        contain-intrinsic-size: auto 120px;
      }
      .group-title {
        padding: 10px 16px 2px;
        font-size: 0.85rem;
        color: var(--haven-muted);
        font-weight: 500;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .group-toggle {
        display: flex;
        width: 100%;
        align-items: center;
        gap: 8px;
        padding: 10px 16px;
        min-height: 44px;
        border: none;
        border-top: 1px solid var(--haven-divider);
        background: transparent;
        cursor: pointer;
        text-align: left;
      }
      .group-toggle .label {
        flex: 1;
        font-weight: 500;
      }
      .group-toggle .muted {
        font-size: 0.85rem;
      }
      .more {
        padding: 8px 16px 12px;
      }
      .footer-row {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        padding: 12px 16px;
        border-top: 1px solid var(--haven-divider);
        font-weight: 500;
      }
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        gap: 16px;
        align-items: start;
      }
      @media (max-width: 900px) {
        .columns {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      @media (max-width: 600px) {
        .summary {
          grid-template-columns: repeat(3, minmax(0, 1fr));
          gap: 8px;
        }
        .stat {
          padding: 10px;
        }
        .stat .value {
          font-size: 1.3rem;
        }
        .stat .muted {
          font-size: 0.8rem;
        }
      }
      .all-good {
        padding: 8px 16px 16px;
      }
      .results {
        margin: 0 0 8px;
      }
    `,
  ];

  private get property(): PropertyData | undefined {
    return this.ctx.property;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("ctx") && !changed.get("ctx")) {
      this.ctx.client.household().then(
        (h) => (this.household = h),
        () => (this.household = undefined),
      );
    }
    if (changed.has("ctx")) {
      const p = this.property;
      // A filter pointing at something removed meanwhile is dropped.
      if (this.assetId && p && !p.assets.has(this.assetId)) {
        this.assetId = "";
      }
      if (this.zoneId && this.zoneId !== NO_ZONE && p && !p.zones.has(this.zoneId)) {
        this.zoneId = "";
      }
    }
  }

  private filtering(): boolean {
    return Boolean(this.query || this.zoneId || this.assetId || this.assignee);
  }

  private compute(p: PropertyData): Computed {
    const key = [p.tasks, p.assets, p.zones, this.groupBy, this.zoneId, this.assetId, this.assignee, this.query, this.ctx.localize];
    if (this.memo && this.memo.key.every((k, i) => k === key[i])) {
      return this.memo.value;
    }
    const l = this.ctx.localize;
    const tasks = filterTasks(
      p.tasks.values(),
      { zoneId: this.zoneId, assetId: this.assetId, assignee: this.assignee, query: this.query },
      p,
    );
    const buckets = bucketTasks(tasks);
    const labels = { noZone: l("common.no_zone"), houseWide: l("common.house_wide") };
    const value: Computed = {
      buckets,
      total: buckets.overdue.length + buckets.due_soon.length + buckets.upcoming.length,
      groups: {
        overdue: groupTasks(buckets.overdue, this.groupBy, p, labels),
        due_soon: groupTasks(buckets.due_soon, this.groupBy, p, labels),
        upcoming: groupTasks(buckets.upcoming, this.groupBy, p, labels),
      },
    };
    this.memo = { key, value };
    return value;
  }

  private setGroupBy(by: GroupBy): void {
    this.groupBy = by;
    this.expanded = new Set();
    localStorage.setItem(GROUP_KEY, by);
  }

  private onSearch = (e: Event): void => {
    const value = (e.target as HTMLInputElement).value;
    window.clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => (this.query = value.trim()), 150);
  };

  private toggleGroup(key: string): void {
    const next = new Set(this.expanded);
    if (next.has(key)) {
      next.delete(key);
    } else {
      next.add(key);
    }
    this.expanded = next;
  }

  private renderSummary(p: PropertyData): TemplateResult {
    const l = this.ctx.localize;
    const s = p.summary;
    const standing = budgetStanding(s.spent_this_year, s.budget);
    const band = healthBand(s.health);
    const inbox = p.inbox.size;
    return html`<div class="summary">
      <div class="stat card-box ${band}">
        <span class="muted">${l("home.health")}</span>
        <span class="value">${l("home.health_value", { health: Math.round(s.health) })}</span>
        <span class="muted"
          >${l("home.health_detail", {
            overdue: l("count.overdue", { count: s.counts.overdue }),
            due_soon: l("count.due_soon", { count: s.counts.due_soon }),
          })}</span
        >
      </div>
      <div class="stat card-box">
        <span class="muted">${l("home.spent_this_year")}</span>
        <span class="value">${formatMoney(s.spent_this_year, s.currency, this.ctx.fmt.locale)}</span>
        ${standing && s.budget !== undefined
          ? html`<span class="muted">${l("home.budget_of", { budget: formatMoney(s.budget, s.currency, this.ctx.fmt.locale) })}</span>
              ${standing.over > 0
                ? html`<span class="warn">${l("home.over_budget", { amount: formatMoney(standing.over, s.currency, this.ctx.fmt.locale) })}</span>`
                : html`<span class="muted">${l("home.budget_left", { amount: formatMoney(standing.left, s.currency, this.ctx.fmt.locale) })}</span>`}`
          : nothing}
      </div>
      <button class="stat card-box" @click=${() => navigate(routePath(this.panelPath, { view: "inbox" }))}>
        <span class="muted">${l("home.open_inbox")}</span>
        <span class="value">${inbox}</span>
        <span class="muted">${l("count.items", { count: inbox })}</span>
      </button>
    </div>`;
  }

  /** Who tasks are assigned to: worked out again only when the tasks changed. */
  private assignees(p: PropertyData): string[] {
    if (this.assigneeMemo?.tasks !== p.tasks) {
      this.assigneeMemo = { tasks: p.tasks, value: assigneesOf(p.tasks.values()) };
    }
    return this.assigneeMemo.value;
  }

  private renderToolbar(p: PropertyData): TemplateResult {
    const l = this.ctx.localize;
    const assignees = this.assignees(p);
    const personName = (id: string) =>
      assigneeName(id, this.household, (e) => (this.ctx.hass.states[e]?.attributes["friendly_name"] as string | undefined) ?? this.ctx.localize("common.someone"));
    return html`<div class="toolbar" role="search">
      <label class="field search">
        <span>${l("common.search")}</span>
        <input type="search" .value=${this.query} @input=${this.onSearch} autocomplete="off" />
        ${icon(mdiMagnify)}
      </label>
      <label class="field">
        <span>${l("home.filter_zone")}</span>
        <select @change=${(e: Event) => (this.zoneId = (e.target as HTMLSelectElement).value)}>
          ${guard([p.zones, this.zoneId, l], () => {
            const zones = [...p.zones.values()].sort((a, b) => a.name.localeCompare(b.name));
            return html`<option value="" ?selected=${!this.zoneId}>${l("common.all_zones")}</option>
              ${zones.map((z) => html`<option value=${z.zone_id} ?selected=${this.zoneId === z.zone_id}>${z.name}</option>`)}
              <option value=${NO_ZONE} ?selected=${this.zoneId === NO_ZONE}>${l("common.no_zone")}</option>`;
          })}
        </select>
      </label>
      <label class="field">
        <span>${l("home.filter_asset")}</span>
        <select @change=${(e: Event) => (this.assetId = (e.target as HTMLSelectElement).value)}>
          ${guard(
            [p.assets, p.zones, this.assetId, l],
            () => html`<option value="" ?selected=${!this.assetId}>${l("common.all_assets")}</option>
              ${assetsByZone(p, l("common.no_zone")).map(
                (g) => html`<optgroup label=${g.label}>
                  ${g.assets.map((a) => html`<option value=${a.asset_id} ?selected=${this.assetId === a.asset_id}>${a.name}</option>`)}
                </optgroup>`,
              )}`,
          )}
        </select>
      </label>
      ${assignees.length
        ? html`<label class="field">
            <span>${l("home.filter_assignee")}</span>
            <select @change=${(e: Event) => (this.assignee = (e.target as HTMLSelectElement).value)}>
              <option value="">${l("common.everyone")}</option>
              ${assignees.map((a) => html`<option value=${a} ?selected=${this.assignee === a}>${personName(a)}</option>`)}
            </select>
          </label>`
        : nothing}
      <div class="field">
        <span id="group-label">${l("home.group_by")}</span>
        <div class="toggle" role="group" aria-labelledby="group-label">
          <button aria-pressed=${this.groupBy === "zone"} @click=${() => this.setGroupBy("zone")}>${l("home.group_zone")}</button>
          <button aria-pressed=${this.groupBy === "asset"} @click=${() => this.setGroupBy("asset")}>${l("home.group_asset")}</button>
        </div>
      </div>
    </div>`;
  }

  /** Overdue and due-soon: every group open, up to a limit per section. */
  private renderOpenSection(id: "overdue" | "due_soon", groups: TaskGroup[], count: number): TemplateResult | typeof nothing {
    if (!count) {
      return nothing;
    }
    const l = this.ctx.localize;
    const all = this.showAll.has(id);
    let budget = all ? Number.POSITIVE_INFINITY : SECTION_LIMIT;
    const shown: TemplateResult[] = [];
    for (const g of groups) {
      if (budget <= 0) {
        break;
      }
      const tasks = g.tasks.slice(0, budget);
      budget -= tasks.length;
      shown.push(html`<div class="group">
        <h3 class="group-title">${g.label}</h3>
        <ul class="tasks">
          ${tasks.map((t) => taskRow(this.ctx, t, { showAsset: true }))}
        </ul>
      </div>`);
    }
    return html`<section class="card-box" aria-labelledby="h-${id}">
      <h2 id="h-${id}">${l(`home.${id}`)} <span class="muted">${l("count.tasks", { count })}</span></h2>
      ${shown}
      ${count > SECTION_LIMIT && !all
        ? html`<div class="more">
            <button class="btn" @click=${() => (this.showAll = new Set([...this.showAll, id]))}>
              ${l("common.show_more", { count: count - SECTION_LIMIT })}
            </button>
          </div>`
        : nothing}
    </section>`;
  }

  /** Upcoming: groups collapsed (only their headers render) until opened. */
  private renderUpcoming(groups: TaskGroup[], count: number): TemplateResult | typeof nothing {
    if (!count) {
      return nothing;
    }
    const l = this.ctx.localize;
    const autoOpen = this.filtering() && count <= AUTO_EXPAND;
    return html`<section class="card-box" aria-labelledby="h-upcoming">
      <h2 id="h-upcoming">${l("home.upcoming")} <span class="muted">${l("count.tasks", { count })}</span></h2>
      ${groups.map((g) => {
        const open = autoOpen || this.expanded.has(g.key);
        const first = g.tasks[0];
        const next = first?.next_due_at ? formatRelative(first.next_due_at, this.ctx.now, this.ctx.fmt, first.all_day) : "";
        return html`<div class="group">
          <button
            class="group-toggle"
            aria-expanded=${open}
            @click=${() => this.toggleGroup(g.key)}
          >
            ${icon(open ? mdiChevronDown : mdiChevronRight)}
            <span class="label">${g.label}</span>
            <span class="muted">${l("count.tasks", { count: g.tasks.length })}${next ? ` · ${next}` : ""}</span>
          </button>
          ${open
            ? html`<ul class="tasks">
                ${g.tasks.map((t) => taskRow(this.ctx, t, { showAsset: true }))}
              </ul>`
            : nothing}
        </div>`;
      })}
    </section>`;
  }

  private renderRecent(p: PropertyData): TemplateResult {
    const l = this.ctx.localize;
    const s = p.summary;
    return html`<section class="card-box" aria-labelledby="h-recent">
      <h2 id="h-recent">${l("home.recent_work")}</h2>
      ${p.recentLogs.length
        ? html`<ul class="logs">
            ${p.recentLogs.map((log) => logRow(this.ctx, log, s.currency))}
          </ul>`
        : html`<p class="empty">${l("home.no_recent_work")}</p>`}
      <div class="footer-row">
        <span>${l("home.spent_this_year")}</span>
        <span>${formatMoney(s.spent_this_year, s.currency, this.ctx.fmt.locale)}</span>
      </div>
    </section>`;
  }

  override render(): TemplateResult {
    const p = this.property;
    if (!p) {
      return html`<p class="empty">${this.ctx.localize("common.not_loaded")}</p>`;
    }
    const l = this.ctx.localize;
    const c = this.compute(p);
    const b = c.buckets;
    return html`
      ${this.renderSummary(p)}
      <div class="actions">
        <button class="btn" @click=${() => openDialog(this, "asset")}>${icon(mdiPlus)}${l("nav.add_asset")}</button>
        <button class="btn" @click=${() => openDialog(this, "task")}>${icon(mdiPlus)}${l("nav.add_task")}</button>
        <button class="btn" @click=${() => openDialog(this, "log")}>${icon(mdiWrench)}${l("nav.log_work")}</button>
        <button class="btn" @click=${() => openDialog(this, "pause", { resume: Boolean(p.summary.paused) })}>
          ${p.summary.paused ? html`${icon(mdiPlay)}${l("home.resume")}` : html`${icon(mdiPause)}${l("home.pause")}`}
        </button>
      </div>
      ${p.summary.paused
        ? html`<p class="paused-banner card-box" role="status">
            <span class="chip paused">${l("status.paused")}</span>
            ${p.summary.paused_until
              ? l("home.paused_until", { date: formatDateTime(p.summary.paused_until, this.ctx.fmt) })
              : l("home.paused_text")}
          </p>`
        : nothing}
      <div class="columns">
        <div>
          ${this.renderToolbar(p)}
          ${this.filtering()
            ? html`<p class="results muted" role="status">${l("home.results", { count: c.total })}
                <button class="btn plain small" @click=${this.clearFilters}>${l("home.clear_filters")}</button></p>`
            : nothing}
          ${!b.overdue.length && !b.due_soon.length && !this.filtering() && p.tasks.size
            ? html`<section class="card-box"><p class="all-good">${l("home.nothing_due")}</p></section>`
            : nothing}
          ${this.renderOpenSection("overdue", c.groups.overdue, b.overdue.length)}
          ${this.renderOpenSection("due_soon", c.groups.due_soon, b.due_soon.length)}
          ${this.renderUpcoming(c.groups.upcoming, b.upcoming.length)}
          ${c.total === 0
            ? html`<section class="card-box"><p class="empty">${l(p.tasks.size ? "home.no_tasks" : "home.no_tasks_yet")}</p></section>`
            : nothing}
        </div>
        <div>${this.renderRecent(p)}</div>
      </div>
    `;
  }

  private clearFilters = (): void => {
    this.query = "";
    this.zoneId = "";
    this.assetId = "";
    this.assignee = "";
    const search = this.renderRoot.querySelector<HTMLInputElement>("input[type=search]");
    if (search) {
      search.value = "";
    }
  };
}
