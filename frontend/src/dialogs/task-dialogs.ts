// Everyday task actions: done, snooze, skip, the task's menu, and confirmed removals.

import { define } from "../components/define";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { mdiDelete, mdiPause, mdiPencil, mdiPlay, mdiSkipNext } from "@mdi/js";
import {
  formatDate,
  formatDateTime,
  formatRelative,
  fromDatetimeLocal,
  parseAmount,
  toDateInput,
  toDatetimeLocal,
} from "../logic/format";
import { describeSchedule } from "../logic/schedule";
import { navigate, routePath } from "../logic/routes";
import { dueText, scheduleWords } from "../components/rows";
import { icon, openDialog } from "../components/shared";
import type { Task } from "../types";
import { ASSIGNMENT, assigneeName, type Household } from "../logic/assignees";
import { seasonText } from "../logic/seasons";
import { compact, DialogBase, text } from "./base";

abstract class TaskDialog extends DialogBase {
  protected get task(): Task | undefined {
    return this.ctx.property?.tasks.get(String(this.params["taskId"]));
  }
  protected get taskName(): string {
    return this.task?.name ?? "";
  }
  protected override gone(): string | undefined {
    return this.task ? undefined : this.ctx.localize("dialog.gone.task");
  }
  protected when(iso: unknown): string {
    return typeof iso === "string" ? formatRelative(iso, new Date(), this.ctx.fmt, this.task?.all_day) : "—";
  }
}

/** Number typed in a form; throws a translated error for text that is not a number. */
export function amount(form: FormData, name: string, l: (k: string) => string): number | undefined {
  const raw = text(form, name);
  if (raw === undefined) {
    return undefined;
  }
  const n = parseAmount(raw);
  if (n === undefined || Number.isNaN(n)) {
    throw new Error(l("error.number"));
  }
  return n;
}

@define("haven-complete-dialog")
export class CompleteDialog extends TaskDialog {
  private readonly openedAt = new Date();

  protected heading(): string {
    return this.ctx.localize("dialog.complete.title", { name: this.taskName });
  }
  protected override submitLabel(): string {
    return this.ctx.localize("dialog.complete.submit");
  }
  protected body() {
    const l = this.ctx.localize;
    const currency = this.ctx.property?.summary.currency ?? "";
    return html`
      <label class="field">
        <span>${l("dialog.complete.performed_at")}</span>
        <input
          type="datetime-local"
          name="performed_at"
          required
          .value=${toDatetimeLocal(this.openedAt, this.ctx.fmt.timeZone)}
          max=${toDatetimeLocal(new Date(this.openedAt.getTime() + 60_000), this.ctx.fmt.timeZone)}
        />
      </label>
      <label class="field">
        <span>${l("dialog.complete.cost", { currency })}</span>
        <input name="cost" inputmode="decimal" autocomplete="off" />
      </label>
      <label class="field">
        <span>${l("dialog.complete.notes")}</span>
        <textarea name="notes"></textarea>
      </label>
    `;
  }
  protected override async submit(form: FormData): Promise<string> {
    const l = this.ctx.localize;
    const name = this.taskName;
    const performed = fromDatetimeLocal(text(form, "performed_at") ?? "", this.ctx.fmt.timeZone);
    const response = await this.ctx.client.call<{ next_due_at?: string }>(
      "complete_task",
      compact({
        task_id: this.params["taskId"],
        performed_at: performed,
        notes: text(form, "notes"),
        cost: amount(form, "cost", l),
      }),
      true,
    );
    return l("dialog.complete.done", { name, when: this.when(response?.next_due_at) });
  }
}

@define("haven-snooze-dialog")
export class SnoozeDialog extends TaskDialog {
  @state() private choice: "day" | "week" | "date" = "day";

  protected heading(): string {
    return this.ctx.localize("dialog.snooze.title", { name: this.taskName });
  }
  protected override submitLabel(): string {
    return this.ctx.localize("dialog.snooze.submit");
  }
  protected body() {
    const l = this.ctx.localize;
    const tomorrow = toDateInput(new Date(Date.now() + 86_400_000), this.ctx.fmt.timeZone);
    const option = (value: "day" | "week" | "date", label: string) =>
      html`<label class="choice"
        ><input
          type="radio"
          name="choice"
          .value=${value}
          .checked=${this.choice === value}
          @change=${() => (this.choice = value)}
        />${label}</label
      >`;
    return html`<fieldset>
        <legend>${l("dialog.snooze.how_long")}</legend>
        ${option("day", l("dialog.snooze.one_day"))} ${option("week", l("dialog.snooze.one_week"))}
        ${option("date", l("dialog.snooze.until_date"))}
      </fieldset>
      ${this.choice === "date"
        ? html`<label class="field">
            <span>${l("dialog.snooze.date")}</span>
            <input type="date" name="until" required min=${tomorrow} .value=${tomorrow} />
          </label>`
        : nothing}`;
  }
  protected override async submit(form: FormData): Promise<string> {
    const name = this.taskName;
    const data: Record<string, unknown> = { task_id: this.params["taskId"] };
    if (this.choice === "date") {
      data["until"] = text(form, "until");
    } else {
      data["duration"] = { days: this.choice === "day" ? 1 : 7 };
    }
    const response = await this.ctx.client.call<{ next_due_at?: string }>("snooze_task", data, true);
    return this.ctx.localize("dialog.snooze.done", { name, when: this.when(response?.next_due_at) });
  }
}

@define("haven-skip-dialog")
export class SkipDialog extends TaskDialog {
  protected heading(): string {
    return this.ctx.localize("dialog.skip.title", { name: this.taskName });
  }
  protected override submitLabel(): string {
    return this.ctx.localize("dialog.skip.submit");
  }
  protected body() {
    return html`<p>${this.ctx.localize("dialog.skip.text", { name: this.taskName })}</p>`;
  }
  protected override async submit(): Promise<string> {
    const name = this.taskName;
    const response = await this.ctx.client.call<{ next_due_at?: string }>(
      "skip_task",
      { task_id: this.params["taskId"] },
      true,
    );
    return this.ctx.localize("dialog.skip.done", { name, when: this.when(response?.next_due_at) });
  }
}

/** A task's details and its less frequent actions (skip, edit, remove, open its asset). */
@define("haven-task-menu-dialog")
export class TaskMenuDialog extends TaskDialog {
  @state() private household?: Household | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ctx.client.household().then(
      (h) => (this.household = h),
      () => (this.household = undefined),
    );
  }

  protected heading(): string {
    return this.taskName;
  }
  protected body() {
    const task = this.task;
    if (!task) {
      return nothing;
    }
    const l = this.ctx.localize;
    const asset = task.asset_id ? this.ctx.property?.assets.get(task.asset_id) : undefined;
    const base = String(this.params["panelPath"] ?? "haven");
    const reopen = (kind: "skip" | "task" | "remove" | "pause", params: Record<string, unknown>) => {
      const host = this.parentNode instanceof ShadowRoot ? (this.parentNode.host as Element) : this;
      this.close();
      openDialog(host, kind, params);
    };
    return html`
      <p><span class="chip ${task.status}">${dueText(this.ctx, task)}</span></p>
      ${task.next_due_at ? html`<p class="muted">${formatDateTime(task.next_due_at, this.ctx.fmt)}</p>` : nothing}
      <p>${describeSchedule(task.schedule, scheduleWords(this.ctx))}</p>
      <p class="muted">
        ${task.last_completed_at
          ? l("task.last_done", { when: formatDate(task.last_completed_at, this.ctx.fmt) })
          : l("task.never_done")}
      </p>
      ${ASSIGNMENT.of(task).length
        ? html`<p class="muted">
            ${l("task.assigned", {
              names: ASSIGNMENT.of(task)
                .map((a) =>
                  assigneeName(a, this.household, (e) => (this.ctx.hass.states[e]?.attributes["friendly_name"] as string | undefined) ?? this.ctx.localize("common.someone")),
                )
                .join(", "),
            })}
          </p>`
        : nothing}
      ${task.rotate && ASSIGNMENT.of(task).length > 1 ? html`<p class="muted">${l("task.rotates")}</p>` : nothing}
      ${task.active_months?.length
        ? html`<p class="muted">${l("task.season", { months: seasonText(task.active_months, this.ctx.fmt.locale) })}</p>`
        : nothing}
      ${task.paused
        ? html`<p class="muted">
            ${task.paused_until
              ? l("task.paused_until", { date: formatDateTime(task.paused_until, this.ctx.fmt) })
              : l("task.paused")}
          </p>`
        : nothing}
      ${task.notes ? html`<p>${task.notes}</p>` : nothing}
      <div class="row">
        <button
          type="button"
          class="btn"
          @click=${() => reopen("pause", { taskId: task.task_id, resume: Boolean(task.paused) })}
        >
          ${task.paused ? html`${icon(mdiPlay)}${l("task.resume")}` : html`${icon(mdiPause)}${l("task.pause")}`}
        </button>
        ${task.schedule.kind !== "once"
          ? html`<button type="button" class="btn" @click=${() => reopen("skip", { taskId: task.task_id })}>
              ${icon(mdiSkipNext)}${l("task.skip")}
            </button>`
          : nothing}
        <button type="button" class="btn" @click=${() => reopen("task", { taskId: task.task_id })}>
          ${icon(mdiPencil)}${l("task.edit")}
        </button>
        <button
          type="button"
          class="btn danger"
          @click=${() => reopen("remove", { what: "task", id: task.task_id })}
        >
          ${icon(mdiDelete)}${l("task.remove")}
        </button>
        ${asset && this.params["onAssetPage"] !== true
          ? html`<button
              type="button"
              class="btn plain"
              @click=${() => {
                this.close();
                navigate(routePath(base, { view: "asset", assetId: asset.asset_id }));
              }}
            >
              ${l("asset.open", { name: asset.name })}
            </button>`
          : nothing}
      </div>
    `;
  }
}

/** Pause or resume a task, or (without taskId) the whole property. */
@define("haven-pause-dialog")
export class PauseDialog extends DialogBase {
  private get taskId(): string | undefined {
    const id = this.params["taskId"];
    return typeof id === "string" ? id : undefined;
  }
  private get resuming(): boolean {
    return this.params["resume"] === true;
  }
  private get name(): string {
    const p = this.ctx.property;
    return (this.taskId ? p?.tasks.get(this.taskId)?.name : p?.summary.name) ?? "";
  }
  protected override gone(): string | undefined {
    return this.taskId && !this.ctx.property?.tasks.get(this.taskId) ? this.ctx.localize("dialog.gone.task") : undefined;
  }
  protected heading(): string {
    return this.ctx.localize(this.resuming ? "dialog.pause.resume_title" : "dialog.pause.title", { name: this.name });
  }
  protected override submitLabel(): string {
    return this.ctx.localize(this.resuming ? "dialog.pause.resume_submit" : "dialog.pause.submit");
  }
  protected body() {
    const l = this.ctx.localize;
    if (this.resuming) {
      return html`<p>${l("dialog.pause.resume_text")}</p>`;
    }
    return html`<p>${l(this.taskId ? "dialog.pause.task_text" : "dialog.pause.property_text")}</p>
      <label class="field">
        <span>${l("dialog.pause.until")}</span>
        <input type="date" name="until" min=${toDateInput(new Date(Date.now() + 86_400_000), this.ctx.fmt.timeZone)} />
      </label>`;
  }
  protected override async submit(form: FormData): Promise<string> {
    const name = this.name;
    const target = this.taskId
      ? { task_id: this.taskId }
      : { config_entry_id: this.ctx.property?.summary.config_entry_id };
    if (this.resuming) {
      await this.ctx.client.call("resume", target);
      return this.ctx.localize("dialog.pause.resumed", { name });
    }
    await this.ctx.client.call("pause", compact({ ...target, until: text(form, "until") }));
    return this.ctx.localize("dialog.pause.paused", { name });
  }
}

/** Confirm before removing an asset, a task or a supply. */
@define("haven-remove-dialog")
export class RemoveDialog extends DialogBase {
  protected override danger = true;

  private get what(): "asset" | "task" | "supply" {
    return this.params["what"] as "asset" | "task" | "supply";
  }
  private get recordId(): string {
    return String(this.params["id"]);
  }
  private get name(): string {
    const p = this.ctx.property;
    const record =
      this.what === "asset"
        ? p?.assets.get(this.recordId)
        : this.what === "task"
          ? p?.tasks.get(this.recordId)
          : p?.supplies.get(this.recordId);
    return record?.name ?? "";
  }
  protected override gone(): string | undefined {
    if (this.busy || this.name) {
      return undefined;
    }
    return this.what === "supply" ? undefined : this.ctx.localize(`dialog.gone.${this.what}`);
  }
  protected heading(): string {
    return this.ctx.localize("dialog.remove.title", { name: this.name });
  }
  protected override submitLabel(): string {
    return this.ctx.localize("dialog.remove.confirm");
  }
  protected body() {
    return html`<p>${this.ctx.localize(`dialog.remove.${this.what}_text`, { name: this.name })}</p>`;
  }
  protected override async submit(): Promise<string> {
    const name = this.name;
    const field = `${this.what}_id`;
    await this.ctx.client.call(`remove_${this.what}`, { [field]: this.recordId });
    if (this.what === "asset" && typeof this.params["after"] === "string") {
      navigate(this.params["after"], true);
    }
    return this.ctx.localize("dialog.remove.removed", { name });
  }
}
