// Rows of tasks and logs, as plain templates (a thousand tasks stay cheap to render).

import { css, html, nothing, type TemplateResult } from "lit";
import { mdiAlarmSnooze, mdiCheck, mdiDotsVertical } from "@mdi/js";
import { formatDate, formatMoney, formatNumber, formatRelative } from "../logic/format";
import { describeSchedule, type ScheduleWords } from "../logic/schedule";
import { navigate, routePath } from "../logic/routes";
import type { Log, Task } from "../types";
import { icon, openDialog, type HavenContext } from "./shared";

export interface TaskRowOptions {
  /** Show the asset (and zone) the task belongs to (not on the asset's own page). */
  showAsset?: boolean;
  /** Show the schedule in words. */
  showSchedule?: boolean;
  /** Compact rows for cards: Done and Snooze only. */
  compact?: boolean;
}

export function scheduleWords(ctx: HavenContext): ScheduleWords {
  const weekday = new Intl.DateTimeFormat(ctx.fmt.locale, { weekday: "long", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(ctx.fmt.locale, { month: "long", timeZone: "UTC" });
  const time = new Intl.DateTimeFormat(ctx.fmt.locale, {
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
    ...(ctx.fmt.hour12 !== undefined ? { hour12: ctx.fmt.hour12 } : {}),
  });
  return {
    localize: ctx.localize,
    entityName: (id) => entityName(ctx, id),
    // 2023-01-01 was a Sunday.
    weekday: (d) => weekday.format(Date.UTC(2023, 0, 1 + d)),
    month: (m) => month.format(Date.UTC(2023, m - 1, 1)),
    time: (h, m) => time.format(Date.UTC(2023, 0, 1, h, m)),
  };
}

/** An entity's name: its friendly name, else its object id in words (as HA shows it). */
export function entityName(ctx: HavenContext, entityId: string): string {
  const state = ctx.hass.states[entityId];
  const name = state?.attributes["friendly_name"];
  if (typeof name === "string" && name) {
    return name;
  }
  return (entityId.split(".")[1] ?? entityId).replace(/_/g, " ");
}

export function dueText(ctx: HavenContext, task: Task): string {
  const l = ctx.localize;
  if (task.status === "paused") {
    return l("status.paused");
  }
  if (task.snoozed_until && task.status !== "overdue") {
    return l("status.snoozed", { date: formatDate(task.snoozed_until, ctx.fmt) });
  }
  if (task.next_due_at) {
    return l("task.due", { when: formatRelative(task.next_due_at, ctx.now, ctx.fmt, task.all_day) });
  }
  // A meter task without a time limit is due by use alone: its progress says when.
  return meterText(ctx, task) ?? l(`status.${task.status}`);
}

/** How far a meter task's sensor has run since it was last done ("120 of 500 h"). */
export function meterText(ctx: HavenContext, task: Task): string | undefined {
  const every = task.schedule.meter_every;
  if (!task.meter || !every || task.meter.progress === undefined) {
    return undefined;
  }
  const used = Math.max(0, task.meter.progress * every);
  return ctx.localize("task.meter_progress", {
    value: formatNumber(used, ctx.fmt.locale, used < 10 ? 1 : 0),
    every: formatNumber(every, ctx.fmt.locale, 0),
    unit: task.meter.unit ?? "",
  }).trim();
}

/** A meter task's progress: a bar (full when it is due), with the words unless the
 * due chip already says them (a meter task without a time limit). */
export function meterProgress(ctx: HavenContext, task: Task): TemplateResult | typeof nothing {
  const words = meterText(ctx, task);
  if (!words || !task.meter) {
    return nothing;
  }
  const fraction = Math.min(1, Math.max(0, task.meter.progress));
  return html`<span class="meter">
    <progress max="1" .value=${fraction} aria-label=${words}></progress>${task.next_due_at
      ? html`<span class="muted">${words}</span>`
      : nothing}
  </span>`;
}

/** An in-app link: plain clicks navigate inside HA; modified clicks open a tab as usual. */
export function followLink(e: MouseEvent, path: string): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
    return;
  }
  e.preventDefault();
  navigate(path);
}

export function taskRow(ctx: HavenContext, task: Task, options: TaskRowOptions = {}): TemplateResult {
  const l = ctx.localize;
  const property = ctx.property;
  const asset = task.asset_id ? property?.assets.get(task.asset_id) : undefined;
  const zone = asset?.zone_id ? property?.zones.get(asset.zone_id) : undefined;
  const assetPath = asset ? routePath("haven", { view: "asset", assetId: asset.asset_id }) : "";
  const where = options.showAsset
    ? html`${asset
        ? html`<a class="asset-link" href=${assetPath} @click=${(e: MouseEvent) => followLink(e, assetPath)}>${asset.name}</a>`
        : l("common.house_wide")}${zone ? ` · ${zone.name}` : ""}`
    : nothing;
  const due = task.next_due_at ? formatDate(task.next_due_at, ctx.fmt) : "";
  const canAct = task.status !== "done";
  return html`<li class="task ${task.status}">
    <div class="task-main">
      <span class="task-name">${task.name}</span>
      <span class="task-meta">
        <span class="chip ${task.status}" title=${due}>${dueText(ctx, task)}</span>
        ${where !== nothing ? html`<span class="muted where">${where}</span>` : nothing}
        ${meterProgress(ctx, task)}
      </span>
      ${options.showSchedule
        ? html`<span class="muted schedule">${describeSchedule(task.schedule, scheduleWords(ctx))}</span>`
        : nothing}
    </div>
    <div class="task-actions">
      ${canAct
        ? html`<button
              class="btn small"
              aria-label=${l("task.mark_done", { name: task.name })}
              @click=${(e: Event) => openDialog(e.currentTarget as Element, "complete", { taskId: task.task_id })}
            >
              ${icon(mdiCheck)}<span>${l("task.done")}</span>
            </button>
            <button
              class="btn small plain"
              aria-label=${l("task.snooze_named", { name: task.name })}
              @click=${(e: Event) => openDialog(e.currentTarget as Element, "snooze", { taskId: task.task_id })}
            >
              ${icon(mdiAlarmSnooze)}<span class=${options.compact ? "visually-hidden" : "label-wide"}
                >${l("task.snooze")}</span
              >
            </button>`
        : nothing}
      ${options.compact
        ? nothing
        : html`<button
            class="btn icon-btn"
            aria-label=${l("common.more_actions", { name: task.name })}
            @click=${(e: Event) => openDialog(e.currentTarget as Element, "task-menu", { taskId: task.task_id })}
          >
            ${icon(mdiDotsVertical)}
          </button>`}
    </div>
  </li>`;
}

export function logRow(ctx: HavenContext, log: Log, currency: string, showAsset = true): TemplateResult {
  const l = ctx.localize;
  const asset = showAsset && log.asset_id ? ctx.property?.assets.get(log.asset_id) : undefined;
  const who = log.user_name ?? l("common.someone");
  return html`<li class="log">
    <div class="log-main">
      <span class="log-action"
        ><span class="log-kind">${l(`log.${log.kind}`)}</span> · ${log.action}${asset
          ? html` <span class="muted">· ${asset.name}</span>`
          : nothing}</span
      >
      <span class="muted log-meta"
        >${l("log.who_when", { who, when: formatRelative(log.performed_at, ctx.now, ctx.fmt) })}</span
      >
      ${log.notes ? html`<span class="log-notes">${log.notes}</span>` : nothing}
    </div>
    ${log.cost !== undefined
      ? html`<span class="log-cost">${formatMoney(log.cost, currency, ctx.fmt.locale)}</span>`
      : nothing}
  </li>`;
}

export const rowStyles = css`
  ul.tasks,
  ul.logs {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.task,
  li.log {
    display: flex;
    align-items: center;
    gap: 8px 12px;
    padding: 10px 16px;
    border-top: 1px solid var(--haven-divider);
    flex-wrap: wrap;
  }
  /* Rows off screen are neither laid out nor painted until scrolled to (1,000 tasks). */
  ul.tasks > li.task {
    content-visibility: auto;
    contain-intrinsic-size: auto 64px;
  }
  li.task:first-child,
  li.log:first-child {
    border-top: none;
  }
  .task-main,
  .log-main {
    display: flex;
    flex-direction: column;
    gap: 2px;
    flex: 1 1 200px;
    min-width: 0;
  }
  .task-name,
  .log-action {
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .task-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: center;
    font-size: 0.85rem;
  }
  .meter {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .meter progress {
    width: 64px;
    height: 6px;
    accent-color: var(--haven-primary-fill);
  }
  .asset-link {
    color: inherit;
    text-decoration: underline;
    text-decoration-color: var(--haven-divider);
    text-underline-offset: 2px;
  }
  .schedule,
  .log-meta,
  .log-notes {
    font-size: 0.85rem;
  }
  .log-kind {
    color: var(--haven-muted);
    font-weight: 400;
  }
  .log-cost {
    font-variant-numeric: tabular-nums;
    font-weight: 500;
  }
  .task-actions {
    display: flex;
    gap: 4px;
    margin-left: auto;
    align-items: center;
  }
  @media (max-width: 480px) {
    .label-wide {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  }
`;
