// The "Haven" sidebar panel: /haven (home), /haven/asset/<id>, /haven/inbox.

import { define } from "./components/define";
import { css, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { mdiArrowLeft, mdiHomeHeart, mdiInboxArrowDown, mdiMenu, mdiPlus } from "@mdi/js";
import { localizerFor } from "./i18n";
import { navigate, parseRoute, routePath, type View } from "./logic/routes";
import type { PanelInfo, Route } from "./types";
import { HavenRoot } from "./components/root";
import { icon, type HavenContext } from "./components/shared";
import "./views/home";
import "./views/asset";
import "./views/inbox";

const PROPERTY_KEY = "haven.property";

@define("haven-panel")
export class HavenPanel extends HavenRoot {
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) route?: Route;
  @property({ attribute: false }) panel?: PanelInfo;
  @state() private propertyId = localStorage.getItem(PROPERTY_KEY) ?? "";

  static override styles = [
    ...HavenRoot.rootStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--haven-bg);
      }
      header {
        position: sticky;
        top: 0;
        z-index: 2;
        display: flex;
        align-items: center;
        gap: 4px 8px;
        flex-wrap: wrap;
        padding: 4px 12px;
        padding-top: calc(4px + env(safe-area-inset-top, 0px));
        min-height: 56px;
        background: var(--app-header-background-color, var(--haven-surface));
        color: var(--app-header-text-color, var(--haven-text));
        border-bottom: var(--app-header-border-bottom, 1px solid var(--haven-divider));
      }
      header .title {
        flex: 1 1 auto;
        min-width: 0;
      }
      header h1,
      header .where {
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      header h1 {
        font-size: 1.25rem;
        line-height: 1.3;
      }
      header .where {
        font-size: 0.85rem;
      }
      header .btn {
        color: inherit;
      }
      nav {
        display: flex;
        gap: 4px;
      }
      nav .btn[aria-current="page"] {
        background: color-mix(in srgb, var(--haven-primary) 16%, transparent);
      }
      .property select {
        min-height: 36px;
        width: auto;
        max-width: 200px;
        color: inherit;
        background: transparent;
      }
      main {
        padding: 16px;
        max-width: 1280px;
        margin: 0 auto;
        padding-bottom: 96px;
      }
      .fab {
        position: fixed;
        right: calc(20px + env(safe-area-inset-right, 0px));
        bottom: calc(20px + env(safe-area-inset-bottom, 0px));
        width: 56px;
        height: 56px;
        border-radius: 50%;
        border: none;
        background: var(--haven-primary-fill);
        color: var(--haven-on-primary);
        box-shadow: 0 4px 12px rgba(0, 0, 0, 0.3);
        cursor: pointer;
        display: flex;
        align-items: center;
        justify-content: center;
        z-index: 3;
      }
      .fab .icon {
        width: 28px;
        height: 28px;
      }
      .banner {
        margin: 0 0 12px;
      }
      @media (max-width: 600px) {
        main {
          padding: 12px 8px 96px;
        }
        nav .label {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
        }
      }
    `,
  ];

  private get base(): string {
    return this.panel?.url_path ?? "haven";
  }

  protected override panelPath(): string {
    return this.base;
  }

  private get view(): View {
    return parseRoute(this.route?.path);
  }

  protected currentPropertyId(): string | undefined {
    const data = this.live?.data;
    if (!data) {
      return undefined;
    }
    // On an asset page, the property is the asset's own.
    const v = this.view;
    if (v.view === "asset") {
      for (const [id, p] of data.properties) {
        if (p.assets.has(v.assetId)) {
          return id;
        }
      }
    }
    return data.properties.has(this.propertyId) ? this.propertyId : data.properties.keys().next().value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has("route") || changed.has("live")) {
      document.title = `${localizerFor(this.hass?.language)("common.haven")}`;
    }
  }

  private go(view: View): void {
    navigate(routePath(this.base, view));
  }

  private toggleMenu(): void {
    // HA's own frontend listens for this to open its sidebar in narrow layouts.
    this.dispatchEvent(new Event("hass-toggle-menu", { bubbles: true, composed: true }));
  }

  private renderHeader(ctx: HavenContext | undefined): TemplateResult {
    const l = localizerFor(this.hass?.language);
    const v = this.view;
    const properties = [...(this.live?.data.properties.values() ?? [])];
    const inbox = ctx?.property?.inbox.size ?? 0;
    const asset = v.view === "asset" ? ctx?.property?.assets.get(v.assetId) : undefined;
    return html`<header>
      ${v.view === "asset"
        ? html`<button class="btn icon-btn" aria-label=${l("common.back")} @click=${() => (history.length > 1 ? history.back() : this.go({ view: "home" }))}>
            ${icon(mdiArrowLeft)}
          </button>`
        : this.narrow
          ? html`<button class="btn icon-btn" aria-label="Menu" @click=${this.toggleMenu}>${icon(mdiMenu)}</button>`
          : nothing}
      <div class="title">
        <h1>${asset ? asset.name : l("common.haven")}</h1>
        ${this.renderWhere(ctx, properties.length > 1)}
      </div>
      ${properties.length > 1
        ? html`<label class="property"
            ><span class="visually-hidden">${l("nav.switch_property")}</span>
            <select
              @change=${(e: Event) => {
                this.propertyId = (e.target as HTMLSelectElement).value;
                localStorage.setItem(PROPERTY_KEY, this.propertyId);
                if (v.view === "asset") {
                  this.go({ view: "home" });
                }
              }}
            >
              ${properties.map(
                (p) =>
                  html`<option value=${p.summary.config_entry_id} ?selected=${p.summary.config_entry_id === ctx?.property?.summary.config_entry_id}>
                    ${p.summary.name}
                  </option>`,
              )}
            </select></label
          >`
        : nothing}
      <nav aria-label=${l("common.haven")}>
        <a
          class="btn plain"
          href=${routePath(this.base, { view: "home" })}
          aria-current=${v.view === "home" ? "page" : "false"}
          @click=${(e: MouseEvent) => this.link(e, { view: "home" })}
          >${icon(mdiHomeHeart)}<span class="label">${l("nav.home")}</span></a
        >
        <a
          class="btn plain"
          href=${routePath(this.base, { view: "inbox" })}
          aria-current=${v.view === "inbox" ? "page" : "false"}
          @click=${(e: MouseEvent) => this.link(e, { view: "inbox" })}
          >${icon(mdiInboxArrowDown)}<span class="label">${inbox ? l("nav.inbox_count", { count: inbox }) : l("nav.inbox")}</span></a
        >
      </nav>
    </header>`;
  }

  /** The property on screen: its name (unless the switcher shows it) and address. */
  private renderWhere(ctx: HavenContext | undefined, switcher: boolean): TemplateResult | typeof nothing {
    const summary = ctx?.property?.summary;
    if (!summary) {
      return nothing;
    }
    const parts = [switcher ? "" : summary.name, summary.address ?? ""].filter(Boolean);
    return parts.length ? html`<p class="where">${parts.join(" · ")}</p>` : nothing;
  }

  private link(e: MouseEvent, view: View): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
      return;
    }
    e.preventDefault();
    this.go(view);
  }

  private renderView(ctx: HavenContext): TemplateResult {
    const v = this.view;
    switch (v.view) {
      case "asset":
        return html`<haven-asset-view .ctx=${ctx} .assetId=${v.assetId} .panelPath=${this.base}></haven-asset-view>`;
      case "inbox":
        return html`<haven-inbox .ctx=${ctx}></haven-inbox>`;
      default:
        return html`<haven-home .ctx=${ctx} .panelPath=${this.base}></haven-home>`;
    }
  }

  override render(): TemplateResult {
    const l = localizerFor(this.hass?.language);
    const ctx = this.havenContext();
    const loading = !this.live || this.live.link === "connecting";
    return html`${this.renderHeader(ctx)}
      <main>
        ${this.renderLink()}
        ${loading || !ctx
          ? html`<p class="empty" role="status">${l("common.connecting")}</p>`
          : ctx.property
            ? this.renderView(ctx)
            : html`<p class="empty">${l("common.not_loaded")}</p>`}
      </main>
      ${ctx?.property
        ? html`<button class="fab" aria-label=${l("nav.capture")} title=${l("nav.capture")} @click=${this.openCapture}>
            ${icon(mdiPlus)}
          </button>`
        : nothing}
      ${this.renderToast()}`;
  }

  private openCapture = (): void => {
    const v = this.view;
    this.dispatchEvent(
      new CustomEvent("haven-dialog", {
        detail: { kind: "capture", params: v.view === "asset" ? { assetId: v.assetId } : {} },
      }),
    );
  };
}
