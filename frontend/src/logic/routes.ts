// The panel's deep links: /haven, /haven/asset/<asset_id>, /haven/inbox.
// `route.path` is what comes after the panel's own URL ("/asset/abc").

export type View =
  | { view: "home" }
  | { view: "asset"; assetId: string }
  | { view: "inbox" };

export function parseRoute(path: string | undefined): View {
  const parts = (path ?? "").split("?")[0]!.split("/").filter(Boolean);
  if (parts[0] === "asset" && parts[1]) {
    return { view: "asset", assetId: decodeURIComponent(parts[1]) };
  }
  if (parts[0] === "inbox") {
    return { view: "inbox" };
  }
  return { view: "home" };
}

export function routePath(base: string, view: View): string {
  const root = `/${base.replace(/^\/+|\/+$/g, "")}`;
  switch (view.view) {
    case "asset":
      return `${root}/asset/${encodeURIComponent(view.assetId)}`;
    case "inbox":
      return `${root}/inbox`;
    default:
      return root;
  }
}

/** Navigate inside HA's single-page app: push the URL and tell HA's router it moved. */
export function navigate(path: string, replace = false): void {
  if (replace) {
    history.replaceState(null, "", path);
  } else {
    history.pushState(null, "", path);
  }
  window.dispatchEvent(new CustomEvent("location-changed", { detail: { replace } }));
}
