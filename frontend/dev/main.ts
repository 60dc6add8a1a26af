// The harness page: Haven's panel (or its cards) on a fake `hass`, routed like HA routes a
// panel (route.path after /haven; history.pushState + location-changed), light or dark.
//   /haven, /haven/asset/<id>, /haven/inbox     the panel
//   ?cards                                      the three cards and the overview card's editor
//   ?dark  ?small  ?lang=de  ?narrow            dark theme, a small home, a language, phone layout

import "../src/haven";
import { FakeConnection, makeHass, makeProperties } from "./fake-hass";
import type { HavenPanel } from "../src/panel";

const params = new URLSearchParams(location.search);
const dark = params.has("dark");
const conn = new FakeConnection(makeProperties(params.has("small") ? "small" : "large"));
const hass = makeHass(conn, dark, params.get("lang") ?? "en");

const LIGHT: Record<string, string> = {
  "--primary-color": "#03a9f4",
  "--primary-text-color": "#212121",
  "--secondary-text-color": "#727272",
  "--primary-background-color": "#fafafa",
  "--card-background-color": "#ffffff",
  "--divider-color": "rgba(0, 0, 0, 0.12)",
  "--error-color": "#db4437",
  "--warning-color": "#ffa600",
  "--success-color": "#43a047",
  "--text-primary-color": "#ffffff",
};
const DARK: Record<string, string> = {
  ...LIGHT,
  "--primary-text-color": "#e1e1e1",
  "--secondary-text-color": "#9b9b9b",
  "--primary-background-color": "#111111",
  "--card-background-color": "#1c1c1c",
  "--divider-color": "rgba(225, 225, 225, 0.12)",
};
for (const [k, v] of Object.entries(dark ? DARK : LIGHT)) {
  document.documentElement.style.setProperty(k, v);
}
document.body.style.background = dark ? DARK["--primary-background-color"]! : LIGHT["--primary-background-color"]!;
document.body.style.color = dark ? DARK["--primary-text-color"]! : LIGHT["--primary-text-color"]!;

// HA provides <ha-card>; the harness stands in a plain one.
if (!customElements.get("ha-card")) {
  customElements.define(
    "ha-card",
    class extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: "open" });
        root.innerHTML = `<style>:host{display:block;background:var(--card-background-color);border-radius:12px;border:1px solid var(--divider-color)}</style><slot></slot>`;
      }
    },
  );
}

// Uploads go to the dev server; a stored capture then appears through the subscription,
// as the integration would announce it.
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
  if (body instanceof FormData && body.has("config_entry_id")) {
    this.addEventListener("load", () => {
      if (this.status === 201) {
        const result = JSON.parse(this.responseText) as { inbox_item_id: string };
        const file = body.get("file");
        conn.addCapture(
          String(body.get("config_entry_id")),
          result.inbox_item_id,
          (body.get("text") as string | null) ?? undefined,
          file instanceof Blob ? file.type : undefined,
          (body.get("asset_id") as string | null) ?? undefined,
        );
      }
    });
  }
  return send.call(this, body);
};

declare global {
  interface Window {
    havenDev: Record<string, unknown>;
  }
}

const main = document.querySelector<HTMLElement>("#app")!;
if (params.has("cards")) {
  main.style.cssText = "display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px;padding:16px;align-items:start";
  const configs = [
    { type: "custom:haven-overview-card" },
    { type: "custom:haven-asset-card", asset_id: "asset-0" },
    { type: "custom:haven-capture-card" },
  ];
  for (const config of configs) {
    const el = document.createElement(config.type.slice(7)) as HTMLElement & { setConfig(c: unknown): void; hass: unknown };
    el.setConfig(config);
    el.hass = hass;
    main.appendChild(el);
  }
  const editor = document.createElement("haven-card-editor") as HTMLElement & { setConfig(c: unknown): void; hass: unknown };
  editor.setConfig({ type: "custom:haven-overview-card" });
  editor.hass = hass;
  editor.style.cssText = "padding:16px;background:var(--card-background-color);border-radius:12px";
  editor.addEventListener("config-changed", (e) => ((window.havenDev["lastConfig"] = (e as CustomEvent).detail.config)));
  main.appendChild(editor);
} else {
  const panel = document.createElement("haven-panel") as HavenPanel;
  const update = () => {
    panel.route = { prefix: "/haven", path: location.pathname.replace(/^\/haven/, "") };
  };
  panel.hass = hass;
  panel.panel = { url_path: "haven" };
  panel.narrow = params.has("narrow") || window.innerWidth < 870;
  update();
  window.addEventListener("location-changed", update);
  window.addEventListener("popstate", update);
  main.appendChild(panel);
}

window.havenDev = { conn, hass, ready: true };
