// Talking to Haven: one live `haven/subscribe` per connection (and property filter), shared
// by the panel and every card on the page; writes through `call_service`; uploads with
// progress; signed file URLs.

import type { Household } from "../logic/assignees";
import { localizeError } from "../logic/errors";
import { applyEvent, EMPTY, resetWith, type HavenData } from "../logic/store";
import type {
  AssetDetails,
  BackendLocalize,
  HassConnection,
  HavenError,
  HavenEvent,
  HomeAssistant,
  SchedulePreview,
  SubscriptionUnsubscribe,
  Template,
} from "../types";

export type LinkState = "connecting" | "live" | "reconnecting" | "error";

export interface ClientState {
  data: HavenData;
  link: LinkState;
  error?: string | undefined;
}

type Listener = (state: ClientState) => void;

const SIGN_SECONDS = 3600;
/** After a reconnect, subscribe once Home Assistant's own front end has resubscribed. */
const RESUBSCRIBE_DELAY_MS = 250;
/** A subscription whose first message (the snapshot) has not come by then is made again. */
export const SNAPSHOT_WAIT_MS = 8000;

export class HavenClient {
  private static readonly shared = new WeakMap<HassConnection, Map<string, HavenClient>>();

  /** The client for this connection and property filter ("" = every property). */
  static for(hass: HomeAssistant, configEntryId?: string): HavenClient {
    let byEntry = HavenClient.shared.get(hass.connection);
    if (!byEntry) {
      byEntry = new Map();
      HavenClient.shared.set(hass.connection, byEntry);
    }
    const key = configEntryId ?? "";
    let client = byEntry.get(key);
    if (!client) {
      client = new HavenClient(hass, configEntryId);
      byEntry.set(key, client);
    }
    client.hass = hass;
    return client;
  }

  hass: HomeAssistant;
  state: ClientState = { data: EMPTY, link: "connecting" };
  private readonly listeners = new Set<Listener>();
  private unsubscribe?: SubscriptionUnsubscribe | undefined;
  private subscribing = false;
  /** Counts subscription attempts; a connection drop makes the one in flight stale. */
  private generation = 0;
  private firstEvent = true;
  private watchdog?: ReturnType<typeof setTimeout> | undefined;
  private resubscribeTimer?: ReturnType<typeof setTimeout> | undefined;
  private readonly signed = new Map<string, { url: string; until: number }>();
  private templates?: Promise<Template[]>;
  private people?: Promise<Household>;
  /** Haven's "exceptions" translations, loaded for one language when an error first needs them. */
  private exceptions?: { language: string; localize: Promise<BackendLocalize | undefined> };

  private constructor(
    hass: HomeAssistant,
    readonly configEntryId?: string,
  ) {
    this.hass = hass;
  }

  private get connection(): HassConnection {
    return this.hass.connection;
  }

  /** Listen to the live data; the first listener subscribes, the last one unsubscribes. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    if (this.listeners.size === 1) {
      this.connection.addEventListener("ready", this.onReady);
      this.connection.addEventListener("disconnected", this.onDisconnected);
      void this.start();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.stop();
      }
    };
  }

  private set(patch: Partial<ClientState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) {
      l(this.state);
    }
  }

  private async start(): Promise<void> {
    // While the connection is down, "ready" starts it once the connection is back (a
    // subscription sent now would wait for ever: Home Assistant's client drops it).
    if (this.unsubscribe || this.subscribing || this.connection.connected === false) {
      return;
    }
    this.subscribing = true;
    this.firstEvent = true;
    const generation = ++this.generation;
    const message: Record<string, unknown> = { type: "haven/subscribe" };
    if (this.configEntryId) {
      message["config_entry_id"] = this.configEntryId;
    }
    try {
      // resubscribe: false — after a reconnect we subscribe again ourselves (on "ready"),
      // so the fresh snapshot replaces what we had instead of being merged into it.
      const unsub = await this.connection.subscribeMessage<HavenEvent>(this.onEvent, message, {
        resubscribe: false,
      });
      if (generation !== this.generation || this.listeners.size === 0) {
        // The connection dropped meanwhile, or nobody listens any more.
        void unsub().catch(() => undefined);
      } else {
        this.unsubscribe = unsub;
        if (this.firstEvent) {
          this.watchSnapshot();
        }
      }
    } catch (err) {
      if (generation === this.generation) {
        this.set({ link: "error", error: errorMessage(err) });
      }
    } finally {
      if (generation === this.generation) {
        this.subscribing = false;
      }
    }
  }

  /** Subscribe again when the snapshot does not come. Right after a reconnect, Home
   * Assistant's front end may unsubscribe a subscription of the previous connection by its
   * old id, which can be the id our new subscription just got: its events are then dropped
   * ("Received event for unknown subscription") and the view would wait for ever. */
  private watchSnapshot(): void {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => {
      this.watchdog = undefined;
      const unsub = this.unsubscribe;
      if (!this.firstEvent || !unsub || this.listeners.size === 0) {
        return;
      }
      this.unsubscribe = undefined;
      void unsub().catch(() => undefined);
      void this.start();
    }, SNAPSHOT_WAIT_MS);
  }

  private stop(): void {
    clearTimeout(this.watchdog);
    clearTimeout(this.resubscribeTimer);
    this.connection.removeEventListener("ready", this.onReady);
    this.connection.removeEventListener("disconnected", this.onDisconnected);
    const unsub = this.unsubscribe;
    this.unsubscribe = undefined;
    if (unsub && this.connection.connected !== false) {
      void unsub().catch(() => undefined);
    }
  }

  private readonly onEvent = (event: HavenEvent): void => {
    const data = this.firstEvent ? resetWith(this.state.data, event) : applyEvent(this.state.data, event);
    this.firstEvent = false;
    clearTimeout(this.watchdog);
    if (data !== this.state.data || this.state.link !== "live") {
      this.set({ data, link: "live", error: undefined });
    }
  };

  private readonly onDisconnected = (): void => {
    // The server forgot our subscription with the socket; keep showing the data we have.
    clearTimeout(this.watchdog);
    this.generation++;
    this.subscribing = false;
    this.unsubscribe = undefined;
    this.set({ link: "reconnecting" });
  };

  private readonly onReady = (): void => {
    // Not at once: Home Assistant's front end is still replacing its own subscriptions,
    // and unsubscribes old ones by ids that new subscriptions get again (see watchSnapshot).
    clearTimeout(this.resubscribeTimer);
    this.resubscribeTimer = setTimeout(() => {
      if (this.listeners.size > 0) {
        void this.start();
      }
    }, RESUBSCRIBE_DELAY_MS);
  };

  // ---- one-shot reads ----------------------------------------------------------

  ws<T>(type: string, params: Record<string, unknown> = {}): Promise<T> {
    return this.hass.callWS<T>({ type, ...params }).catch((err: unknown) => this.refused(err));
  }

  asset(assetId: string): Promise<AssetDetails> {
    return this.ws<AssetDetails>("haven/asset", { asset_id: assetId });
  }

  templateList(): Promise<Template[]> {
    if (!this.templates) {
      this.templates = this.ws<{ templates: Template[] }>("haven/templates", {
        language: this.hass.language,
      }).then(
        (r) => r.templates,
        (err: unknown) => {
          this.templates = undefined;
          throw err;
        },
      );
    }
    return this.templates;
  }

  /** HA's users and persons (`haven/users`), asked once per page and kept. */
  household(): Promise<Household> {
    if (!this.people) {
      this.people = this.ws<Household>("haven/users").catch((err: unknown) => {
        this.people = undefined;
        throw err;
      });
    }
    return this.people;
  }

  schedulePreview(params: Record<string, unknown>): Promise<SchedulePreview> {
    return this.ws<SchedulePreview>("haven/schedule_preview", params);
  }

  // ---- writes --------------------------------------------------------------------

  /** Call one of Haven's actions; rejects with the server's (translated) error. */
  async call<T = Record<string, unknown>>(
    service: string,
    data: Record<string, unknown>,
    withResponse = false,
  ): Promise<T | undefined> {
    const message: Record<string, unknown> = {
      type: "call_service",
      domain: "haven",
      service,
      service_data: data,
    };
    if (withResponse) {
      message["return_response"] = true;
    }
    const result = await this.connection
      .sendMessagePromise<{ response?: T }>(message)
      .catch((err: unknown) => this.refused(err));
    return result?.response;
  }

  /** Rethrow a server error with its message in the user's language (Home Assistant words
   * Haven's refusals in English); the server's message when that fails. */
  private async refused(err: unknown): Promise<never> {
    throw localizeError(err, await this.exceptionTexts());
  }

  private exceptionTexts(): Promise<BackendLocalize | undefined> {
    const language = this.hass.language;
    if (!this.exceptions || this.exceptions.language !== language) {
      const load = this.hass.loadBackendTranslation?.("exceptions", "haven");
      const localize = load
        ? load.catch(() => {
            this.exceptions = undefined; // tried again with the next error
            return undefined;
          })
        : Promise.resolve(undefined);
      this.exceptions = { language, localize };
    }
    return this.exceptions.localize;
  }

  // ---- files ---------------------------------------------------------------------

  /** A URL the browser can load for a stored file (`auth/sign_path`), reused for a while. */
  async signedUrl(path: string): Promise<string> {
    const now = Date.now();
    const hit = this.signed.get(path);
    if (hit && hit.until > now) {
      return hit.url;
    }
    const result = await this.hass.callWS<{ path: string }>({
      type: "auth/sign_path",
      path,
      expires: SIGN_SECONDS,
    });
    const url = this.hass.hassUrl ? this.hass.hassUrl(result.path) : result.path;
    this.signed.set(path, { url, until: now + (SIGN_SECONDS - 60) * 1000 });
    return url;
  }

  private async token(): Promise<string> {
    const auth = this.hass.auth;
    if (auth.expired && auth.refreshAccessToken) {
      await auth.refreshAccessToken();
    }
    return auth.data.access_token;
  }

  /** POST multipart form data with upload progress (0..1). */
  async upload(
    path: string,
    form: FormData,
    onProgress?: (fraction: number) => void,
    signal?: AbortSignal,
  ): Promise<UploadResult> {
    let token: string;
    try {
      token = await this.token();
    } catch {
      // An expired token that cannot be refreshed: Home Assistant is out of reach.
      return { status: 0, body: {} };
    }
    const url = this.hass.hassUrl ? this.hass.hassUrl(path) : path;
    return new Promise<UploadResult>((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", url);
      xhr.setRequestHeader("Authorization", `Bearer ${token}`);
      xhr.upload.addEventListener("progress", (e) => {
        if (e.lengthComputable && onProgress) {
          onProgress(e.loaded / e.total);
        }
      });
      xhr.addEventListener("load", () => {
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(xhr.responseText || "{}") as Record<string, unknown>;
        } catch {
          body = {};
        }
        resolve({ status: xhr.status, body });
      });
      xhr.addEventListener("error", () => resolve({ status: 0, body: {} }));
      xhr.addEventListener("abort", () => resolve({ status: -1, body: {} }));
      signal?.addEventListener("abort", () => xhr.abort());
      xhr.send(form);
    });
  }
}

export interface UploadResult {
  /** HTTP status; 0 when the request never reached the server, -1 when aborted. */
  status: number;
  body: Record<string, unknown>;
}

/** The message to show for an error of `call_service`, `callWS` or anything thrown. */
export function errorMessage(err: unknown): string {
  if (typeof err === "string") {
    return err;
  }
  if (err && typeof err === "object") {
    const e = err as HavenError & { error?: HavenError };
    if (e.message) {
      // Home Assistant puts an English "Validation error: " before the refusals of
      // actions (websocket call_service); the sentence after it is Haven's.
      return e.code === "service_validation_error" ? e.message.replace(/^Validation error: /, "") : e.message;
    }
    if (e.error?.message) {
      return e.error.message;
    }
    if (e.code) {
      return String(e.code);
    }
  }
  return String(err);
}
