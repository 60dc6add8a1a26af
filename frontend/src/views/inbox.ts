// The capture inbox: open captures with their photo or recording, what was said and what
// was understood; file each one, dismiss it, or retry a failed one.

import { define } from "../components/define";
import { css, html, LitElement, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { mdiCheck, mdiClose, mdiRefresh } from "@mdi/js";
import { errorMessage } from "../data/client";
import { formatRelative } from "../logic/format";
import type { InboxItem } from "../types";
import { baseStyles, icon, openDialog, toast, type HavenContext } from "../components/shared";
import { mayRemove } from "../logic/permissions";
import "./media";

@define("haven-inbox")
export class HavenInbox extends LitElement {
  @property({ attribute: false }) ctx!: HavenContext;
  @state() private busy = new Set<string>();

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      li.card-box {
        padding: 14px 16px;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        align-items: baseline;
      }
      .top h2 {
        flex: 1 1 200px;
        font-size: 1.05rem;
        overflow-wrap: anywhere;
      }
      .label {
        font-size: 0.8rem;
        color: var(--haven-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .status-FAILED {
        color: var(--haven-error);
      }
      h1 {
        font-size: 1.5rem;
        margin-bottom: 12px;
      }
    `,
  ];

  private async act(item: InboxItem, service: "dismiss" | "retry"): Promise<void> {
    const l = this.ctx.localize;
    this.busy = new Set([...this.busy, item.inbox_item_id]);
    try {
      if (service === "dismiss") {
        await this.ctx.client.call("triage_capture", { inbox_item_id: item.inbox_item_id, outcome: "dismiss" }, true);
        toast(this, l("inbox.dismissed"));
      } else {
        await this.ctx.client.call("retry_capture", { inbox_item_id: item.inbox_item_id }, true);
      }
    } catch (err) {
      toast(this, l("error.generic", { message: errorMessage(err) }));
    } finally {
      const next = new Set(this.busy);
      next.delete(item.inbox_item_id);
      this.busy = next;
    }
  }

  private renderItem(item: InboxItem): TemplateResult {
    const l = this.ctx.localize;
    const a = item.analysis;
    const asset = item.asset_id ? this.ctx.property?.assets.get(item.asset_id) : undefined;
    const busy = this.busy.has(item.inbox_item_id);
    const who = item.user_name ?? l("common.someone");
    return html`<li class="card-box">
      <div class="top">
        <h2>${item.summary}</h2>
        <span class="status-${item.status} muted">${l(`inbox.status_${item.status}`)}</span>
      </div>
      <span class="muted">${l("inbox.from", { who, when: formatRelative(item.created_at, this.ctx.now, this.ctx.fmt) })}${asset ? ` · ${asset.name}` : ""}</span>
      ${item.file_path
        ? html`<haven-media
            .client=${this.ctx.client}
            .path=${item.file_path}
            .mime=${item.mime_type ?? ""}
            .alt=${item.mime_type?.startsWith("audio/") ? l("inbox.voice_memo") : l("inbox.photo_of", { summary: item.summary })}
          ></haven-media>`
        : nothing}
      ${item.text && item.text !== item.summary ? html`<p>${item.text}</p>` : nothing}
      ${item.transcription
        ? html`<div><span class="label">${l("inbox.transcript")}</span><p>${item.transcription}</p></div>`
        : nothing}
      ${a && (a.description || a.suggested_task || a.suggested_asset)
        ? html`<div>
            <span class="label">${l("inbox.understood")}</span>
            ${a.description ? html`<p>${a.description}</p>` : nothing}
            ${a.suggested_task ? html`<p>${l("inbox.suggested", { task: a.suggested_task })}</p>` : nothing}
            ${a.suggested_asset ? html`<p>${l("inbox.suggested_asset", { asset: a.suggested_asset })}</p>` : nothing}
          </div>`
        : nothing}
      ${item.error ? html`<p class="error-text">${item.error}</p>` : nothing}
      <div class="buttons">
        <button class="btn primary" ?disabled=${busy} @click=${() => openDialog(this, "triage", { itemId: item.inbox_item_id })}>
          ${icon(mdiCheck)}${l("inbox.triage")}
        </button>
        ${item.status === "FAILED"
          ? html`<button class="btn" ?disabled=${busy} @click=${() => void this.act(item, "retry")}>
              ${icon(mdiRefresh)}${l("inbox.retry")}
            </button>`
          : nothing}
        ${mayRemove(this.ctx.hass.user, this.ctx.property?.summary)
          ? html`<button class="btn plain" ?disabled=${busy} @click=${() => void this.act(item, "dismiss")}>
              ${icon(mdiClose)}${l("inbox.dismiss")}
            </button>`
          : nothing}
      </div>
    </li>`;
  }

  override render(): TemplateResult {
    const l = this.ctx.localize;
    const items = [...(this.ctx.property?.inbox.values() ?? [])].sort((a, b) =>
      a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0,
    );
    return html`<h1>${l("inbox.title")}</h1>
      ${items.length ? html`<ul>${items.map((i) => this.renderItem(i))}</ul>` : html`<p class="empty card-box">${l("inbox.empty")}</p>`}`;
  }
}
