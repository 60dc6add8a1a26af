// Adding and editing: assets (from a template, in a zone that may be new), tasks (schedule
// kind first, with a preview of the next dates), supplies, and ad-hoc work logs.

import { define } from "../components/define";
import { html, nothing, type TemplateResult } from "lit";
import { state } from "lit/decorators.js";
import { errorMessage } from "../data/client";
import { formatDateTime, fromDatetimeLocal, formatNumber, toDatetimeLocal } from "../logic/format";
import { assetsByZone } from "../logic/tasks";
import { ASSIGNMENT, personsOf, sameIds, type Choice, type Household } from "../logic/assignees";
import { MONTHS, monthName } from "../logic/seasons";
import { describeSchedule } from "../logic/schedule";
import { parseYears } from "../logic/lifetime";
import { entityName, meterText, scheduleWords } from "../components/rows";
import type { HavenContext } from "../components/shared";
import type { Asset, Schedule, ScheduleKind, SchedulePreview, Supply, Task, Template, Unit } from "../types";
import { compact, DialogBase, text } from "./base";
import { amount } from "./task-dialogs";

const NEW_ZONE = "__new__";
const UNITS: Unit[] = ["days", "weeks", "months", "years"];

/** A <select> of assets by name, grouped by zone. */
export function assetSelect(
  ctx: HavenContext,
  options: { name: string; label: string; selected?: string | undefined; required?: boolean; noneLabel?: string },
): TemplateResult {
  const property = ctx.property;
  const groups = property ? assetsByZone(property, ctx.localize("common.no_zone")) : [];
  return html`<label class="field">
    <span>${options.label}</span>
    <select name=${options.name} ?required=${options.required ?? false}>
      ${options.noneLabel !== undefined
        ? html`<option value="" ?selected=${!options.selected}>${options.noneLabel}</option>`
        : html`<option value="" disabled ?selected=${!options.selected}></option>`}
      ${groups.map(
        (g) =>
          html`<optgroup label=${g.label}>
            ${g.assets.map(
              (a) => html`<option value=${a.asset_id} ?selected=${a.asset_id === options.selected}>${a.name}</option>`,
            )}
          </optgroup>`,
      )}
    </select>
  </label>`;
}

/** Expected life typed in the dialog: unchanged → undefined, emptied → null (cleared). */
function lifeYears(
  form: FormData,
  before: number | undefined,
  editing: boolean,
  l: (k: string) => string,
): number | null | undefined {
  const years = parseYears(text(form, "expected_life_years"));
  if (years === undefined) {
    throw new Error(l("error.years"));
  }
  if (editing ? years === (before ?? null) : years === null) {
    return undefined;
  }
  return years;
}

function nullable(form: FormData, name: string, before: string | undefined, editing: boolean): string | null | undefined {
  const value = text(form, name);
  if (!editing) {
    return value;
  }
  if (value === before) {
    return undefined;
  }
  return value ?? null;
}

@define("haven-asset-dialog")
export class AssetDialog extends DialogBase {
  @state() private templates: Template[] = [];
  @state() private templateId = "";
  @state() private zoneChoice = "";
  @state() private nameValue = "";
  private initialised = false;

  private get asset(): Asset | undefined {
    const id = this.params["assetId"];
    return typeof id === "string" ? this.ctx.property?.assets.get(id) : undefined;
  }
  private get editing(): boolean {
    return typeof this.params["assetId"] === "string";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.initialised) {
      this.initialised = true;
      this.nameValue = this.asset?.name ?? "";
      this.zoneChoice = this.asset?.zone_id ?? (this.params["zoneId"] as string | undefined) ?? "";
      if (!this.editing) {
        this.ctx.client.templateList().then(
          (t) => (this.templates = t),
          () => (this.templates = []),
        );
      }
    }
  }

  protected override gone(): string | undefined {
    return this.editing && !this.asset ? this.ctx.localize("dialog.gone.asset") : undefined;
  }
  protected heading(): string {
    const l = this.ctx.localize;
    return this.editing ? l("dialog.asset.edit_title", { name: this.asset?.name ?? "" }) : l("dialog.asset.add_title");
  }
  protected override submitLabel(): string {
    return this.ctx.localize(this.editing ? "common.save" : "dialog.asset.submit_add");
  }

  /** A template category's name ("hvac" reads "Heating and cooling"). */
  private categoryName(category: string): string {
    const key = `dialog.asset.category.${category}`;
    const name = this.ctx.localize(key);
    return name === key ? category.charAt(0).toUpperCase() + category.slice(1) : name;
  }

  private templateBlock(): TemplateResult | typeof nothing {
    if (this.editing || !this.templates.length) {
      return nothing;
    }
    const l = this.ctx.localize;
    const categories = new Map<string, Template[]>();
    for (const t of this.templates) {
      const list = categories.get(t.category) ?? [];
      list.push(t);
      categories.set(t.category, list);
    }
    const chosen = this.templates.find((t) => t.id === this.templateId);
    return html`<label class="field">
        <span>${l("dialog.asset.template")}</span>
        <select
          name="template"
          @change=${(e: Event) => {
            const id = (e.target as HTMLSelectElement).value;
            const previous = this.templates.find((t) => t.id === this.templateId);
            this.templateId = id;
            const next = this.templates.find((t) => t.id === id);
            if (next && (!this.nameValue || this.nameValue === previous?.name)) {
              this.nameValue = next.name;
            }
          }}
        >
          <option value="">${l("dialog.asset.no_template")}</option>
          ${[...categories.entries()].map(
            ([category, list]) =>
              html`<optgroup label=${this.categoryName(category)}>
                ${list.map((t) => html`<option value=${t.id} ?selected=${t.id === this.templateId}>${t.name}</option>`)}
              </optgroup>`,
          )}
        </select>
      </label>
      ${chosen?.tasks.length
        ? html`<p class="hint">${l("dialog.asset.template_tasks", { tasks: chosen.tasks.map((t) => t.name).join(", ") })}</p>`
        : nothing}`;
  }

  protected body() {
    const l = this.ctx.localize;
    const a = this.asset;
    const zones = [...(this.ctx.property?.zones.values() ?? [])].sort((x, y) => x.name.localeCompare(y.name));
    return html`
      ${this.templateBlock()}
      <label class="field">
        <span>${l("common.name")}</span>
        <input
          name="name"
          required
          autocomplete="off"
          .value=${this.nameValue}
          @input=${(e: Event) => (this.nameValue = (e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        <span>${l("dialog.asset.zone")}</span>
        <select name="zone_choice" @change=${(e: Event) => (this.zoneChoice = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.zoneChoice === ""}>${l("common.no_zone")}</option>
          ${zones.map((z) => html`<option value=${z.zone_id} ?selected=${z.zone_id === this.zoneChoice}>${z.name}</option>`)}
          <option value=${NEW_ZONE} ?selected=${this.zoneChoice === NEW_ZONE}>${l("dialog.asset.new_zone")}</option>
        </select>
      </label>
      ${this.zoneChoice === NEW_ZONE
        ? html`<label class="field">
            <span>${l("dialog.asset.new_zone_name")}</span>
            <input name="new_zone" required autocomplete="off" />
          </label>`
        : nothing}
      <div class="row">
        <label class="field"
          ><span>${l("asset.manufacturer")}</span><input name="manufacturer" .value=${a?.manufacturer ?? ""}
        /></label>
        <label class="field"><span>${l("asset.model")}</span><input name="model" .value=${a?.model ?? ""} /></label>
      </div>
      <div class="row">
        <label class="field"
          ><span>${l("asset.serial_number")}</span><input name="serial_number" .value=${a?.serial_number ?? ""}
        /></label>
        <label class="field"
          ><span>${l("asset.installed_on")}</span
          ><input type="date" name="installed_on" .value=${a?.installed_on ?? ""}
        /></label>
      </div>
      <div class="row">
        <label class="field"
          ><span>${l("asset.warranty_until")}</span
          ><input type="date" name="warranty_until" .value=${a?.warranty_until ?? ""}
        /></label>
        <label class="field"
          ><span>${l("dialog.asset.expected_life_years")}</span
          ><input
            type="number"
            name="expected_life_years"
            min="1"
            max="200"
            step="1"
            inputmode="numeric"
            aria-describedby="life-hint"
            .value=${a?.expected_life_years !== undefined ? String(a.expected_life_years) : ""}
        /></label>
      </div>
      ${this.editing ? nothing : html`<p class="hint" id="life-hint">${l("dialog.asset.expected_life_hint")}</p>`}
      <label class="field"><span>${l("asset.notes")}</span><textarea name="notes" .value=${a?.notes ?? ""}></textarea></label>
    `;
  }

  protected override async submit(form: FormData): Promise<string> {
    const l = this.ctx.localize;
    const property = this.ctx.property;
    if (!property) {
      throw new Error(l("common.not_loaded"));
    }
    const a = this.asset;
    const editing = this.editing;
    const name = text(form, "name") ?? "";
    const data: Record<string, unknown> = {
      name: editing && name === a?.name ? undefined : name,
      manufacturer: nullable(form, "manufacturer", a?.manufacturer, editing),
      model: nullable(form, "model", a?.model, editing),
      serial_number: nullable(form, "serial_number", a?.serial_number, editing),
      installed_on: nullable(form, "installed_on", a?.installed_on, editing),
      warranty_until: nullable(form, "warranty_until", a?.warranty_until, editing),
      expected_life_years: lifeYears(form, a?.expected_life_years, editing, l),
      notes: nullable(form, "notes", a?.notes, editing),
    };
    const choice = text(form, "zone_choice");
    if (choice === NEW_ZONE) {
      data["zone"] = text(form, "new_zone");
    } else if (choice && choice !== a?.zone_id) {
      const zone = property.zones.get(choice);
      data[zone?.area_id ? "area_id" : "zone"] = zone?.area_id ?? zone?.name;
    }
    if (editing) {
      await this.ctx.client.call("update_asset", compact({ asset_id: a?.asset_id, ...data }));
      return l("dialog.asset.saved", { name });
    }
    await this.ctx.client.call(
      "create_asset",
      compact({ config_entry_id: property.summary.config_entry_id, template: text(form, "template"), ...data }),
      true,
    );
    return l("dialog.asset.added", { name });
  }
}

/** Numeric sensors the user can pick for a meter schedule: name and current value. */
export function numericSensors(ctx: HavenContext): { entityId: string; label: string }[] {
  const out: { entityId: string; label: string }[] = [];
  for (const [entityId, st] of Object.entries(ctx.hass.states)) {
    if (!st || !entityId.startsWith("sensor.") || st.state === "" || Number.isNaN(Number(st.state))) {
      continue;
    }
    const unit = st.attributes["unit_of_measurement"];
    const value = `${formatNumber(Number(st.state), ctx.fmt.locale)}${typeof unit === "string" ? ` ${unit}` : ""}`;
    out.push({ entityId, label: `${entityName(ctx, entityId)} (${value})` });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label));
}

@define("haven-task-dialog")
export class TaskDialog extends DialogBase {
  @state() private kind: ScheduleKind = "interval";
  @state() private preview?: SchedulePreview | undefined;
  @state() private previewError = "";
  @state() private previewLoading = false;
  @state() private meterEntity = "";
  /** Whom tasks can be assigned to (`haven/users`); empty until it answered. */
  @state() private people: Choice[] = [];
  private household?: Household | undefined;
  /** The schedule the preview is about (its words are worked out here). */
  private previewSchedule?: Schedule | undefined;
  private timer?: number | undefined;
  private previewSeq = 0;
  private initialised = false;

  private get task(): Task | undefined {
    const id = this.params["taskId"];
    return typeof id === "string" ? this.ctx.property?.tasks.get(id) : undefined;
  }
  private get editing(): boolean {
    return typeof this.params["taskId"] === "string";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.initialised) {
      this.initialised = true;
      const s = this.task?.schedule;
      this.kind = s?.kind ?? "interval";
      this.meterEntity = s?.meter_entity_id ?? "";
      this.ctx.client.household().then(
        (h) => {
          this.household = h;
          this.people = ASSIGNMENT.choices(h);
        },
        () => (this.people = []),
      );
    }
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.timer);
  }
  protected override firstUpdated(): void {
    super.firstUpdated();
    this.schedulePreview();
  }

  protected override gone(): string | undefined {
    return this.editing && !this.task ? this.ctx.localize("dialog.gone.task") : undefined;
  }
  protected heading(): string {
    const l = this.ctx.localize;
    return this.editing ? l("dialog.task.edit_title", { name: this.task?.name ?? "" }) : l("dialog.task.add_title");
  }
  protected override submitLabel(): string {
    return this.ctx.localize(this.editing ? "common.save" : "dialog.task.submit_add");
  }

  /** The schedule fields as the actions take them, read from the form. */
  private scheduleFields(form: FormData): Record<string, unknown> {
    const l = this.ctx.localize;
    switch (this.kind) {
      case "interval":
        return {
          every: amount(form, "every", l),
          unit: text(form, "unit"),
          anchor: text(form, "anchor"),
        };
      case "cron":
        return { cron: text(form, "cron") };
      case "meter": {
        const backstop = amount(form, "backstop_every", l);
        return {
          meter_entity_id: text(form, "meter_entity_id"),
          meter_every: amount(form, "meter_every", l),
          every: backstop,
          unit: backstop !== undefined ? text(form, "backstop_unit") : undefined,
        };
      }
      default:
        return {};
    }
  }

  private schedulePreview = (): void => {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.loadPreview(), 400);
  };

  private async loadPreview(): Promise<void> {
    const property = this.ctx.property;
    if (!property || !this.formEl || this.kind === "once") {
      this.preview = undefined;
      this.previewError = "";
      return;
    }
    const form = new FormData(this.formEl);
    let fields: Record<string, unknown>;
    try {
      fields = compact(this.scheduleFields(form));
    } catch (err) {
      this.preview = undefined;
      this.previewError = errorMessage(err);
      return;
    }
    if ((this.kind === "cron" && !fields["cron"]) || (this.kind === "meter" && !fields["meter_entity_id"])) {
      this.preview = undefined;
      this.previewError = "";
      return;
    }
    const seq = ++this.previewSeq;
    this.previewLoading = true;
    const schedule = { kind: this.kind, ...fields } as Schedule;
    try {
      const result = await this.ctx.client.schedulePreview(
        compact({
          config_entry_id: property.summary.config_entry_id,
          first_due: text(form, "first_due"),
          count: 5,
          ...fields,
        }),
      );
      if (seq === this.previewSeq) {
        this.preview = result;
        this.previewSchedule = schedule;
        this.previewError = "";
      }
    } catch (err) {
      if (seq === this.previewSeq) {
        this.preview = undefined;
        this.previewError = errorMessage(err);
      }
    } finally {
      if (seq === this.previewSeq) {
        this.previewLoading = false;
      }
    }
  }

  private kindChoice(kind: ScheduleKind): TemplateResult {
    return html`<label class="choice"
      ><input
        type="radio"
        name="kind"
        .value=${kind}
        .checked=${this.kind === kind}
        @change=${() => {
          this.kind = kind;
          this.preview = undefined;
          this.previewError = "";
          this.schedulePreview();
        }}
      />${this.ctx.localize(`dialog.task.kind_${kind}`)}</label
    >`;
  }

  private unitSelect(name: string, selected: string | undefined): TemplateResult {
    const l = this.ctx.localize;
    return html`<select name=${name}>
      ${UNITS.map((u) => html`<option value=${u} ?selected=${u === (selected ?? "months")}>${l(`dialog.task.unit_${u}`)}</option>`)}
    </select>`;
  }

  private scheduleBlock(): TemplateResult {
    const l = this.ctx.localize;
    const s = this.task?.schedule;
    switch (this.kind) {
      case "interval":
        return html`<div class="row">
            <label class="field"
              ><span>${l("dialog.task.every")}</span
              ><input name="every" type="number" min="1" step="1" required .value=${String(s?.every ?? 1)}
            /></label>
            <label class="field"><span>${l("dialog.task.unit")}</span>${this.unitSelect("unit", s?.unit)}</label>
          </div>
          <label class="field"
            ><span>${l("dialog.task.anchor")}</span>
            <select name="anchor">
              <option value="completion" ?selected=${s?.anchor !== "fixed"}>${l("dialog.task.anchor_completion")}</option>
              <option value="fixed" ?selected=${s?.anchor === "fixed"}>${l("dialog.task.anchor_fixed")}</option>
            </select></label
          >`;
      case "cron":
        return html`<label class="field"
          ><span>${l("dialog.task.cron")}</span
          ><input
            name="cron"
            required
            autocomplete="off"
            spellcheck="false"
            aria-describedby="cron-help"
            placeholder="0 9 1 * *"
            .value=${s?.cron ?? ""}
          /><span class="hint" id="cron-help">${l("dialog.task.cron_help")}</span></label
        >`;
      case "meter": {
        const sensors = numericSensors(this.ctx);
        const current = this.meterEntity ? this.ctx.hass.states[this.meterEntity] : undefined;
        return html`<label class="field"
            ><span>${l("dialog.task.meter_entity")}</span>
            <select
              name="meter_entity_id"
              required
              @change=${(e: Event) => (this.meterEntity = (e.target as HTMLSelectElement).value)}
            >
              <option value="" disabled ?selected=${!this.meterEntity}>${l("dialog.task.meter_pick")}</option>
              ${sensors.map(
                (x) => html`<option value=${x.entityId} ?selected=${x.entityId === this.meterEntity}>${x.label}</option>`,
              )}
            </select></label
          >
          ${!sensors.length ? html`<p class="hint">${l("dialog.task.meter_none")}</p>` : nothing}
          ${current
            ? html`<p class="hint">
                ${l("dialog.task.meter_now", {
                  value: `${formatNumber(Number(current.state), this.ctx.fmt.locale)} ${(current.attributes["unit_of_measurement"] as string | undefined) ?? ""}`.trim(),
                })}
              </p>`
            : nothing}
          <label class="field"
            ><span>${l("dialog.task.meter_every")}</span
            ><input name="meter_every" type="number" min="0.01" step="any" required .value=${s?.meter_every !== undefined ? String(s.meter_every) : ""}
          /></label>
          <div class="row">
            <label class="field"
              ><span>${l("dialog.task.backstop")}</span
              ><input name="backstop_every" type="number" min="1" step="1" .value=${s?.every !== undefined ? String(s.every) : ""}
            /></label>
            <label class="field"><span>${l("dialog.task.unit")}</span>${this.unitSelect("backstop_unit", s?.unit)}</label>
          </div>`;
      }
      default:
        return html``;
    }
  }

  private previewBlock(): TemplateResult | typeof nothing {
    if (this.kind === "once") {
      return nothing;
    }
    const l = this.ctx.localize;
    return html`<section aria-live="polite" class="preview">
      <h3>${l("dialog.task.preview")}</h3>
      ${this.previewError
        ? html`<p class="error-text">${this.previewError}</p>`
        : this.preview
          ? html`<p>${this.previewWords(this.preview)}</p>
              <ul>
                ${this.preview.next.map((d) => html`<li>${formatDateTime(d, this.ctx.fmt)}</li>`)}
              </ul>`
          : this.previewLoading
            ? html`<p class="hint">${l("dialog.task.preview_loading")}</p>`
            : nothing}
    </section>`;
  }

  /** The schedule in words: the server's, or worked out from what was asked. */
  private previewWords(preview: SchedulePreview): string {
    if (preview.description) {
      return preview.description;
    }
    return this.previewSchedule ? describeSchedule(this.previewSchedule, scheduleWords(this.ctx)) : "";
  }

  /** The persons the task is assigned to now (an older user assignment: their person). */
  private assigned(): string[] {
    return this.task ? personsOf(this.task, this.household) : [];
  }

  /** Whom the task is assigned to, and whether they take turns: offered when HA has people. */
  private assigneeBlock(): TemplateResult | typeof nothing {
    if (!this.people.length) {
      return nothing;
    }
    const l = this.ctx.localize;
    const current = this.assigned();
    return html`<fieldset>
      <legend>${l("dialog.task.assignee")}</legend>
      ${this.people.map(
        (p) =>
          html`<label class="choice"
            ><input type="checkbox" name="assignee" .value=${p.id} .checked=${current.includes(p.id)} />${p.name}</label
          >`,
      )}
      <label class="choice"
        ><input type="checkbox" name="rotate" .checked=${Boolean(this.task?.rotate)} />${l("dialog.task.rotate")}</label
      >
      <p class="hint">${l("dialog.task.assignee_hint")}</p>
    </fieldset>`;
  }

  /** The months the task is active in (none ticked: all year). */
  private seasonBlock(): TemplateResult {
    const l = this.ctx.localize;
    const active = this.task?.active_months ?? [];
    return html`<fieldset class="months">
      <legend>${l("dialog.task.active_months")}</legend>
      ${MONTHS.map(
        (m) =>
          html`<label class="choice"
            ><input type="checkbox" name="active_months" .value=${String(m)} .checked=${active.includes(m)} />${monthName(
              m,
              this.ctx.fmt.locale,
              "short",
            )}</label
          >`,
      )}
      <p class="hint">${l("dialog.task.active_months_hint")}</p>
    </fieldset>`;
  }

  /** The assignment fields to send: on a change only (or when a new task has one). */
  private assigneeFields(form: FormData): Record<string, unknown> {
    if (!this.people.length) {
      return {};
    }
    const chosen = form.getAll("assignee").filter((v): v is string => typeof v === "string" && v !== "");
    const rotate = form.get("rotate") !== null;
    const fields: Record<string, unknown> = sameIds(chosen, this.assigned()) ? {} : ASSIGNMENT.fields(chosen);
    if (rotate !== Boolean(this.task?.rotate)) {
      fields["rotate"] = rotate;
    }
    return fields;
  }

  /** The active months to send: on a change only. */
  private seasonFields(form: FormData): Record<string, unknown> {
    const chosen = form.getAll("active_months").map((v) => Number(v));
    const before = this.task?.active_months ?? [];
    const same = chosen.length === before.length && chosen.every((m) => before.includes(m));
    return same ? {} : { active_months: chosen };
  }

  /** A meter task being edited: how far its sensor has run since it was done. */
  private meterBlock(): TemplateResult | typeof nothing {
    const t = this.task;
    const words = t && this.kind === "meter" && t.schedule.meter_entity_id === this.meterEntity ? meterText(this.ctx, t) : undefined;
    return words ? html`<p class="hint">${this.ctx.localize("dialog.task.meter_since", { progress: words })}</p>` : nothing;
  }

  protected body() {
    const l = this.ctx.localize;
    const t = this.task;
    const presetAsset = t?.asset_id ?? (this.params["assetId"] as string | undefined);
    return html`
      <fieldset @change=${this.schedulePreview}>
        <legend>${l("dialog.task.kind")}</legend>
        ${this.kindChoice("interval")} ${this.kindChoice("cron")} ${this.kindChoice("meter")} ${this.kindChoice("once")}
      </fieldset>
      <label class="field">
        <span>${l("common.name")}</span>
        <input name="name" required autocomplete="off" .value=${t?.name ?? ""} />
      </label>
      ${this.editing
        ? nothing
        : assetSelect(this.ctx, {
            name: "asset_id",
            label: l("dialog.task.asset"),
            selected: presetAsset,
            noneLabel: l("common.no_asset"),
          })}
      <div class="schedule-fields" @input=${this.schedulePreview} @change=${this.schedulePreview}>
        ${this.scheduleBlock()}
        <div class="row">
          <label class="field">
            <span>${l("dialog.task.first_due")}</span>
            <input type="date" name="first_due" ?required=${this.kind === "once"} />
          </label>
          <label class="field">
            <span>${l("dialog.task.lead_days")}</span>
            <input type="number" name="lead_days" min="0" step="1" .value=${String(t?.lead_days ?? 7)} />
          </label>
        </div>
      </div>
      ${this.meterBlock()} ${this.previewBlock()} ${this.assigneeBlock()} ${this.seasonBlock()}
      <label class="field">
        <span>${l("dialog.task.priority")}</span>
        <select name="priority">
          ${[0, 1, 2, 3].map(
            (p) => html`<option value=${p} ?selected=${p === (t?.priority ?? 1)}>${l(`task.priority_${p}`)}</option>`,
          )}
        </select>
      </label>
      <label class="field"><span>${l("dialog.task.notes")}</span><textarea name="notes" .value=${t?.notes ?? ""}></textarea></label>
    `;
  }

  protected override async submit(form: FormData): Promise<string> {
    const l = this.ctx.localize;
    const property = this.ctx.property;
    if (!property) {
      throw new Error(l("common.not_loaded"));
    }
    const name = text(form, "name") ?? "";
    const fields = compact({
      name,
      ...this.scheduleFields(form),
      first_due: text(form, "first_due"),
      lead_days: amount(form, "lead_days", l),
      priority: amount(form, "priority", l),
      notes: this.editing ? (text(form, "notes") ?? (this.task?.notes ? null : undefined)) : text(form, "notes"),
      ...this.assigneeFields(form),
      ...this.seasonFields(form),
    });
    if (this.editing) {
      await this.ctx.client.call("update_task", { task_id: this.task?.task_id, ...fields });
      return l("dialog.task.saved", { name });
    }
    const assetId = text(form, "asset_id");
    await this.ctx.client.call(
      "create_task",
      { ...(assetId ? { asset_id: assetId } : { config_entry_id: property.summary.config_entry_id }), ...fields },
      true,
    );
    return l("dialog.task.added", { name });
  }
}

@define("haven-supply-dialog")
export class SupplyDialog extends DialogBase {
  private get supply(): Supply | undefined {
    const id = this.params["supplyId"];
    return typeof id === "string" ? this.ctx.property?.supplies.get(id) : undefined;
  }
  private get assetId(): string {
    return this.supply?.asset_id ?? String(this.params["assetId"]);
  }
  protected override gone(): string | undefined {
    return this.ctx.property?.assets.has(this.assetId) ? undefined : this.ctx.localize("dialog.gone.asset");
  }
  protected heading(): string {
    const l = this.ctx.localize;
    return this.supply ? l("dialog.supply.edit_title", { name: this.supply.name }) : l("dialog.supply.add_title");
  }
  protected override submitLabel(): string {
    return this.ctx.localize(this.supply ? "common.save" : "common.add");
  }
  protected body() {
    const l = this.ctx.localize;
    const s = this.supply;
    const tasks = [...(this.ctx.property?.tasks.values() ?? [])].filter((t) => t.asset_id === this.assetId);
    return html`
      <label class="field"><span>${l("common.name")}</span><input name="name" required .value=${s?.name ?? ""} /></label>
      <div class="row">
        <label class="field"
          ><span>${l("dialog.supply.quantity")}</span
          ><input name="quantity" type="number" min="0" step="1" .value=${s?.quantity !== undefined ? String(s.quantity) : ""}
        /></label>
        <label class="field"
          ><span>${l("dialog.supply.part_number")}</span><input name="part_number" .value=${s?.part_number ?? ""}
        /></label>
      </div>
      <label class="field"
        ><span>${l("dialog.supply.purchase_url")}</span
        ><input name="purchase_url" type="url" inputmode="url" .value=${s?.purchase_url ?? ""}
      /></label>
      <label class="field"
        ><span>${l("dialog.supply.task")}</span>
        <select name="task_id">
          <option value="">${l("dialog.supply.no_task")}</option>
          ${tasks.map((t) => html`<option value=${t.task_id} ?selected=${t.task_id === s?.task_id}>${t.name}</option>`)}
        </select></label
      >
    `;
  }
  protected override async submit(form: FormData): Promise<string> {
    const l = this.ctx.localize;
    const s = this.supply;
    const editing = s !== undefined;
    const name = text(form, "name") ?? "";
    const data = compact({
      name,
      quantity: amount(form, "quantity", l) ?? (editing && s.quantity !== undefined ? null : undefined),
      part_number: nullable(form, "part_number", s?.part_number, editing),
      purchase_url: nullable(form, "purchase_url", s?.purchase_url, editing),
      task_id: nullable(form, "task_id", s?.task_id, editing),
    });
    if (editing) {
      await this.ctx.client.call("update_supply", { supply_id: s.supply_id, ...data });
    } else {
      await this.ctx.client.call("add_supply", { asset_id: this.assetId, ...data }, true);
    }
    return l("dialog.supply.saved", { name });
  }
}

@define("haven-log-dialog")
export class LogDialog extends DialogBase {
  private readonly openedAt = new Date();

  protected heading(): string {
    return this.ctx.localize("dialog.log.title");
  }
  protected override submitLabel(): string {
    return this.ctx.localize("dialog.log.submit");
  }
  protected body() {
    const l = this.ctx.localize;
    const currency = this.ctx.property?.summary.currency ?? "";
    return html`
      ${assetSelect(this.ctx, {
        name: "asset_id",
        label: l("dialog.log.asset"),
        selected: this.params["assetId"] as string | undefined,
        required: true,
      })}
      <label class="field"><span>${l("dialog.log.action")}</span><input name="action" required autocomplete="off" /></label>
      <div class="row">
        <label class="field"
          ><span>${l("dialog.complete.performed_at")}</span
          ><input type="datetime-local" name="performed_at" required .value=${toDatetimeLocal(this.openedAt, this.ctx.fmt.timeZone)}
        /></label>
        <label class="field"
          ><span>${l("dialog.complete.cost", { currency })}</span><input name="cost" inputmode="decimal" autocomplete="off"
        /></label>
      </div>
      <label class="field"><span>${l("common.notes")}</span><textarea name="notes"></textarea></label>
    `;
  }
  protected override async submit(form: FormData): Promise<string> {
    const l = this.ctx.localize;
    await this.ctx.client.call(
      "log_maintenance",
      compact({
        asset_id: text(form, "asset_id"),
        action: text(form, "action"),
        performed_at: fromDatetimeLocal(text(form, "performed_at") ?? "", this.ctx.fmt.timeZone),
        cost: amount(form, "cost", l),
        notes: text(form, "notes"),
      }),
      true,
    );
    return l("dialog.log.done");
  }
}
