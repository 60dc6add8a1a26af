// The capture inbox: capturing (photo, voice memo, text, uploaded with progress) and filing
// a capture as a task, a log entry or a note.

import { define } from "../components/define";
import { html, nothing } from "lit";
import { query, state } from "lit/decorators.js";
import { mdiCamera, mdiMicrophone, mdiPaperclip, mdiStop } from "@mdi/js";
import { formatBytes, formatDuration, fromDatetimeLocal, toDatetimeLocal } from "../logic/format";
import { icon } from "../components/shared";
import { micProblem, tooBig, uploadError } from "../logic/errors";
import type { InboxItem, Unit } from "../types";
import { compact, DialogBase, text } from "./base";
import { assetSelect } from "./edit-dialogs";
import { amount } from "./task-dialogs";

const MAX_RECORDING_MS = 10 * 60 * 1000;

const EXTENSIONS: Record<string, string> = {
  "audio/webm": "webm",
  "audio/ogg": "ogg",
  "audio/mp4": "m4a",
  "audio/mpeg": "mp3",
  "audio/wav": "wav",
};

@define("haven-capture-dialog")
export class CaptureDialog extends DialogBase {
  @state() private file?: Blob | undefined;
  @state() private fileName = "";
  @state() private previewUrl = "";
  @state() private recording = false;
  @state() private elapsed = 0;
  @state() private progress = -1;
  @state() private micMessage = "";
  @query("#camera") private cameraInput!: HTMLInputElement;
  @query("#picker") private pickerInput!: HTMLInputElement;
  private recorder?: MediaRecorder | undefined;
  private stream?: MediaStream | undefined;
  private ticker?: number | undefined;
  private abort?: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopStream();
    this.abort?.abort();
    if (this.previewUrl) {
      URL.revokeObjectURL(this.previewUrl);
    }
  }

  protected heading(): string {
    return this.ctx.localize("dialog.capture.title");
  }
  protected override submitLabel(): string {
    return this.ctx.localize("dialog.capture.submit");
  }

  private setFile(blob: Blob | undefined, name: string): void {
    if (this.previewUrl) {
      URL.revokeObjectURL(this.previewUrl);
    }
    this.file = blob;
    this.fileName = name;
    this.previewUrl = blob ? URL.createObjectURL(blob) : "";
  }

  private pick(input: HTMLInputElement): void {
    // Clear it first: choosing the same file again would fire no change otherwise.
    input.value = "";
    input.click();
  }

  private onPicked = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    if (f && tooBig(f.size)) {
      // Said at once, and not kept: sending it would only be refused after the wait.
      this.error = this.ctx.localize("error.too_large");
    } else if (f) {
      this.error = "";
      this.setFile(f, f.name);
    }
  };

  private async startRecording(): Promise<void> {
    const l = this.ctx.localize;
    this.micMessage = "";
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === "undefined") {
      this.micMessage = l("dialog.capture.mic_unsupported");
      return;
    }
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
      });
    } catch (err) {
      this.micMessage = l(`dialog.capture.${micProblem(err)}`);
      return;
    }
    const mime = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4", "audio/webm"].find((t) =>
      MediaRecorder.isTypeSupported(t),
    );
    const recorder = new MediaRecorder(this.stream, mime ? { mimeType: mime } : {});
    const chunks: Blob[] = [];
    recorder.addEventListener("dataavailable", (ev) => {
      if (ev.data.size) {
        chunks.push(ev.data);
      }
    });
    recorder.addEventListener("stop", () => {
      const type = (recorder.mimeType || mime || "audio/webm").split(";")[0]!;
      const blob = new Blob(chunks, { type });
      this.setFile(blob, `voice-memo.${EXTENSIONS[type] ?? "webm"}`);
      this.stopStream();
    });
    this.recorder = recorder;
    const started = Date.now();
    this.elapsed = 0;
    this.recording = true;
    this.setFile(undefined, "");
    recorder.start(1000);
    this.ticker = window.setInterval(() => {
      this.elapsed = (Date.now() - started) / 1000;
      if (Date.now() - started > MAX_RECORDING_MS) {
        this.stopRecording();
      }
    }, 250);
  }

  private stopRecording(): void {
    window.clearInterval(this.ticker);
    this.recording = false;
    if (this.recorder && this.recorder.state !== "inactive") {
      this.recorder.stop();
    }
    this.recorder = undefined;
  }

  private stopStream(): void {
    window.clearInterval(this.ticker);
    if (this.recorder && this.recorder.state !== "inactive") {
      this.recorder.stop();
    }
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = undefined;
  }

  protected body() {
    const l = this.ctx.localize;
    const isImage = this.file?.type.startsWith("image/");
    const isAudio = this.file?.type.startsWith("audio/");
    return html`
      <input id="camera" type="file" accept="image/*" capture="environment" hidden @change=${this.onPicked} />
      <input id="picker" type="file" accept="image/*,audio/*" hidden @change=${this.onPicked} />
      <div class="row">
        <button type="button" class="btn" ?disabled=${this.recording} @click=${() => this.pick(this.cameraInput)}>
          ${icon(mdiCamera)}${l("dialog.capture.photo")}
        </button>
        <button type="button" class="btn" ?disabled=${this.recording} @click=${() => this.pick(this.pickerInput)}>
          ${icon(mdiPaperclip)}${l("dialog.capture.file")}
        </button>
        ${this.recording
          ? html`<button type="button" class="btn primary danger" @click=${() => this.stopRecording()}>
              ${icon(mdiStop)}${l("dialog.capture.stop")}
            </button>`
          : html`<button type="button" class="btn" @click=${() => void this.startRecording()}>
              ${icon(mdiMicrophone)}${l("dialog.capture.record")}
            </button>`}
      </div>
      ${this.recording
        ? html`<p role="status" class="recording">
            <span class="dot" aria-hidden="true"></span>${l("dialog.capture.recording", { time: formatDuration(this.elapsed) })}
          </p>`
        : nothing}
      ${this.micMessage ? html`<p class="error-text" role="alert">${this.micMessage}</p>` : nothing}
      ${this.file
        ? html`<div class="preview">
            <p>
              ${isAudio && this.fileName.startsWith("voice-memo")
                ? l("dialog.capture.recorded", { time: formatDuration(this.elapsed) })
                : l("dialog.capture.chosen", { name: this.fileName, size: formatBytes(this.file.size, this.ctx.fmt.locale) })}
            </p>
            ${isImage ? html`<img src=${this.previewUrl} alt=${this.fileName} />` : nothing}
            ${isAudio ? html`<audio controls src=${this.previewUrl}></audio>` : nothing}
            <button type="button" class="btn plain small" @click=${() => this.setFile(undefined, "")}>
              ${l("dialog.capture.discard")}
            </button>
          </div>`
        : nothing}
      <label class="field">
        <span>${l("dialog.capture.text")}</span>
        <textarea name="text" maxlength="4000"></textarea>
      </label>
      ${assetSelect(this.ctx, {
        name: "asset_id",
        label: l("dialog.capture.asset"),
        selected: this.params["assetId"] as string | undefined,
        noneLabel: l("common.none"),
      })}
      ${this.progress >= 0
        ? html`<label class="field"
            ><span>${l("dialog.capture.uploading", { percent: Math.round(this.progress * 100) })}</span>
            <progress class="progress" max="1" .value=${this.progress}></progress
          ></label>`
        : nothing}
      <style>
        .preview {
          display: flex;
          flex-direction: column;
          gap: 8px;
          align-items: flex-start;
        }
        .preview img {
          max-width: 100%;
          max-height: 240px;
          border-radius: 8px;
        }
        .preview audio {
          width: 100%;
        }
        .recording {
          display: flex;
          align-items: center;
          gap: 8px;
          font-variant-numeric: tabular-nums;
        }
        .dot {
          width: 12px;
          height: 12px;
          border-radius: 50%;
          background: var(--haven-error-dot);
        }
      </style>
    `;
  }

  protected override async submit(form: FormData): Promise<string> {
    const l = this.ctx.localize;
    const property = this.ctx.property;
    if (!property) {
      throw new Error(l("common.not_loaded"));
    }
    if (this.recording) {
      this.stopRecording();
      await new Promise((r) => setTimeout(r, 300));
    }
    const note = text(form, "text");
    if (!this.file && !note) {
      throw new Error(l("dialog.capture.empty"));
    }
    const body = new FormData();
    body.append("config_entry_id", property.summary.config_entry_id);
    const assetId = text(form, "asset_id");
    if (assetId) {
      body.append("asset_id", assetId);
    }
    if (note) {
      body.append("text", note);
    }
    if (this.file) {
      body.append("file", this.file, this.fileName || "capture");
    }
    this.progress = 0;
    this.abort = new AbortController();
    try {
      const result = await this.ctx.client.upload(
        "/api/haven/capture",
        body,
        (f) => (this.progress = f),
        this.abort.signal,
      );
      if (result.status !== 201) {
        throw new Error(uploadError(result.status, result.body["message"] as string | undefined, l));
      }
    } finally {
      this.progress = -1;
    }
    return l("dialog.capture.sent");
  }
}

@define("haven-triage-dialog")
export class TriageDialog extends DialogBase {
  @state() private outcome: "task" | "log" | "note" = "task";
  private readonly openedAt = new Date();

  private get item(): InboxItem | undefined {
    return this.ctx.property?.inbox.get(String(this.params["itemId"]));
  }
  protected override gone(): string | undefined {
    return this.item ? undefined : this.ctx.localize("dialog.gone.capture");
  }
  protected override record(): "capture" {
    return "capture";
  }
  protected heading(): string {
    return this.ctx.localize("dialog.triage.title");
  }
  protected override submitLabel(): string {
    return this.ctx.localize("dialog.triage.submit");
  }
  protected body() {
    const l = this.ctx.localize;
    const item = this.item;
    if (!item) {
      return nothing;
    }
    const a = item.analysis ?? {};
    const notes = [item.text, item.transcription, a.description].filter(Boolean).join("\n");
    const choice = (value: "task" | "log" | "note") =>
      html`<label class="choice"
        ><input
          type="radio"
          name="outcome"
          .value=${value}
          .checked=${this.outcome === value}
          @change=${() => (this.outcome = value)}
        />${l(`dialog.triage.outcome_${value}`)}</label
      >`;
    const units: Unit[] = ["days", "weeks", "months", "years"];
    return html`
      <p class="hint">${item.summary}</p>
      <fieldset>
        <legend>${l("dialog.triage.outcome")}</legend>
        ${choice("task")} ${choice("log")} ${choice("note")}
      </fieldset>
      ${this.outcome !== "note"
        ? html`<label class="field"
            ><span>${l(this.outcome === "task" ? "dialog.triage.name" : "dialog.triage.action")}</span
            ><input name="name" required .value=${a.suggested_task ?? item.summary}
          /></label>`
        : nothing}
      ${assetSelect(this.ctx, {
        name: "asset_id",
        label: l("dialog.task.asset"),
        selected: item.asset_id ?? a.suggested_asset_id,
        required: this.outcome !== "task",
        ...(this.outcome === "task" ? { noneLabel: l("common.no_asset") } : {}),
      })}
      ${this.outcome === "task"
        ? html`<div class="row">
              <label class="field"
                ><span>${l("dialog.task.every")}</span><input name="every" type="number" min="1" step="1"
              /></label>
              <label class="field"
                ><span>${l("dialog.task.unit")}</span>
                <select name="unit">
                  ${units.map((u) => html`<option value=${u} ?selected=${u === "months"}>${l(`dialog.task.unit_${u}`)}</option>`)}
                </select></label
              >
            </div>
            <label class="field"><span>${l("dialog.task.first_due")}</span><input type="date" name="first_due" /></label>`
        : nothing}
      ${this.outcome === "log"
        ? html`<div class="row">
            <label class="field"
              ><span>${l("dialog.triage.performed_at")}</span
              ><input type="datetime-local" name="performed_at" .value=${toDatetimeLocal(this.openedAt, this.ctx.fmt.timeZone)}
            /></label>
            <label class="field"
              ><span>${l("dialog.complete.cost", { currency: this.ctx.property?.summary.currency ?? "" })}</span
              ><input name="cost" inputmode="decimal"
            /></label>
          </div>`
        : nothing}
      <label class="field"><span>${l("common.notes")}</span><textarea name="notes" .value=${notes}></textarea></label>
    `;
  }
  protected override async submit(form: FormData): Promise<string> {
    const l = this.ctx.localize;
    const name = text(form, "name");
    const every = amount(form, "every", l);
    await this.ctx.client.call(
      "triage_capture",
      compact({
        inbox_item_id: this.params["itemId"],
        outcome: this.outcome,
        asset_id: text(form, "asset_id"),
        notes: text(form, "notes"),
        ...(this.outcome === "task"
          ? { name, every, unit: every !== undefined ? text(form, "unit") : undefined, first_due: text(form, "first_due") }
          : {}),
        ...(this.outcome === "log"
          ? {
              action: name,
              performed_at: fromDatetimeLocal(text(form, "performed_at") ?? "", this.ctx.fmt.timeZone),
              cost: amount(form, "cost", l),
            }
          : {}),
      }),
      true,
    );
    return l("inbox.filed");
  }
}
