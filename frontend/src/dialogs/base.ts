// The one dialog shape every action uses: a native modal <dialog> (the browser keeps focus
// inside it and closes it on Escape), a form read with FormData on submit, the server's
// translated error shown in place with the user's input kept, and a close with a message
// when the record it is about disappears meanwhile.

import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, query, state } from "lit/decorators.js";
import { mdiClose } from "@mdi/js";
import { errorMessage } from "../data/client";
import { baseStyles, icon, toast, type HavenContext } from "../components/shared";

export abstract class DialogBase extends LitElement {
  @property({ attribute: false }) ctx!: HavenContext;
  @property({ attribute: false }) params: Record<string, unknown> = {};
  @state() protected busy = false;
  @state() protected error = "";
  @query("dialog") protected dialogEl!: HTMLDialogElement;
  @query("form") protected formEl!: HTMLFormElement;
  private closed = false;
  /** The submit button is red (removals). */
  protected danger = false;

  static override styles = [
    baseStyles,
    css`
      dialog {
        width: min(560px, calc(100vw - 16px));
        max-width: none;
        max-height: calc(100dvh - 16px);
        padding: 0;
        border: none;
        border-radius: var(--haven-radius);
        background: var(--haven-surface);
        color: var(--haven-text);
        box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.45);
      }
      form {
        display: flex;
        flex-direction: column;
        max-height: calc(100dvh - 16px);
      }
      .dialog-head {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 16px 12px 8px 20px;
      }
      .dialog-head h2 {
        flex: 1;
        overflow-wrap: anywhere;
      }
      .body {
        padding: 8px 20px 16px;
        overflow: auto;
        display: flex;
        flex-direction: column;
        gap: 14px;
      }
      .error {
        margin: 0 20px 8px;
        padding: 10px 12px;
        border-radius: 8px;
        border: 1px solid var(--haven-error-dot);
        color: var(--haven-error);
        background: color-mix(in srgb, var(--haven-error-dot) 8%, transparent);
      }
      .dialog-foot {
        display: flex;
        justify-content: flex-end;
        flex-wrap: wrap;
        gap: 8px;
        padding: 12px 20px 16px;
        border-top: 1px solid var(--haven-divider);
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      legend {
        padding: 0;
        margin-bottom: 4px;
      }
      fieldset.months {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr));
        gap: 0 8px;
      }
      fieldset.months .hint {
        grid-column: 1 / -1;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: 10px;
        min-height: 36px;
        cursor: pointer;
      }
      .hint {
        font-size: 0.85rem;
        color: var(--haven-muted);
      }
      .progress {
        width: 100%;
        height: 8px;
      }
    `,
  ];

  protected abstract heading(): string;
  protected abstract body(): TemplateResult | typeof nothing;
  /** Label of the submit button; undefined for dialogs whose actions are in the body. */
  protected submitLabel(): string | undefined {
    return undefined;
  }
  /** Perform the action; resolve with a message to show, reject to show the error. */
  protected async submit(_form: FormData): Promise<string | void> {
    return undefined;
  }
  /** A message when the record the dialog is about has disappeared. */
  protected gone(): string | undefined {
    return undefined;
  }

  protected override firstUpdated(): void {
    this.dialogEl.showModal();
    const first = this.renderRoot.querySelector<HTMLElement>(
      "[autofocus], .body input:not([type=hidden]), .body select, .body textarea, .body button",
    );
    first?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has("ctx") && !this.closed && !this.busy) {
      const message = this.gone();
      if (message) {
        toast(this, message);
        this.close();
      }
    }
  }

  close(): void {
    if (this.closed) {
      return;
    }
    this.closed = true;
    if (this.dialogEl?.open) {
      this.dialogEl.close();
    } else {
      this.onClosed();
    }
  }

  private onClosed = (): void => {
    this.closed = true;
    this.dispatchEvent(new CustomEvent("haven-dialog-closed", { bubbles: true, composed: true }));
  };

  /** Run an action from a button in the body (not the form's submit). */
  protected async run(action: () => Promise<string | void>): Promise<void> {
    if (this.busy) {
      return;
    }
    this.busy = true;
    this.error = "";
    try {
      const message = await action();
      if (message) {
        toast(this, message);
      }
      this.close();
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  private onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = new FormData(this.formEl);
    void this.run(() => this.submit(form));
  };

  override render(): TemplateResult {
    const label = this.submitLabel();
    const l = this.ctx.localize;
    return html`<dialog aria-labelledby="dialog-title" @close=${this.onClosed}>
      <form @submit=${this.onSubmit}>
        <div class="dialog-head">
          <h2 id="dialog-title">${this.heading()}</h2>
          <button type="button" class="btn icon-btn" aria-label=${l("common.close")} @click=${() => this.close()}>
            ${icon(mdiClose)}
          </button>
        </div>
        <div class="body">${this.body()}</div>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        ${label
          ? html`<div class="dialog-foot">
              <button type="button" class="btn plain" @click=${() => this.close()}>${l("common.cancel")}</button>
              <button type="submit" class="btn primary ${this.danger ? "danger" : ""}" ?disabled=${this.busy}>
                ${label}
              </button>
            </div>`
          : nothing}
      </form>
    </dialog>`;
  }
}

/** A form field's text, trimmed; undefined when empty. */
export function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  if (typeof value !== "string") {
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** Copy only the defined values (the contract omits what is empty). */
export function compact(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v !== undefined) {
      out[k] = v;
    }
  }
  return out;
}
