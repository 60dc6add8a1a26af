// A stored photo or recording: its path is signed (auth/sign_path) before the browser loads it.

import { define } from "../components/define";
import { css, html, LitElement, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import type { HavenClient } from "../data/client";

@define("haven-media")
export class HavenMedia extends LitElement {
  @property({ attribute: false }) client?: HavenClient;
  @property() path = "";
  @property() mime = "";
  @property() alt = "";
  @state() private url = "";

  static override styles = css`
    :host {
      display: block;
    }
    img {
      display: block;
      max-width: 100%;
      max-height: 280px;
      border-radius: 8px;
      object-fit: contain;
    }
    audio {
      width: 100%;
      max-width: 420px;
    }
  `;

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has("path") || changed.has("client")) && this.client && this.path) {
      const path = this.path;
      this.client.signedUrl(path).then(
        (url) => {
          if (path === this.path) {
            this.url = url;
          }
        },
        () => (this.url = ""),
      );
    }
  }

  override render() {
    if (!this.url) {
      return nothing;
    }
    if (this.mime.startsWith("audio/")) {
      return html`<audio controls preload="metadata" src=${this.url} aria-label=${this.alt}></audio>`;
    }
    if (this.mime.startsWith("image/")) {
      return html`<img src=${this.url} alt=${this.alt} loading="lazy" />`;
    }
    return html`<a href=${this.url} target="_blank" rel="noopener">${this.alt}</a>`;
  }
}
