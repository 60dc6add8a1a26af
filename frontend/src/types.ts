// The parts of Home Assistant's `hass` object that Haven uses (all documented for custom
// cards and panels), and the records of Haven's websocket contract (notes/ws-contract.md).

export interface HassEntity {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
}

export interface HassUser {
  id: string;
  name: string;
  is_admin: boolean;
  is_owner?: boolean;
}

export type SubscriptionUnsubscribe = () => Promise<void>;

export interface HassConnection {
  connected?: boolean;
  subscribeMessage<T>(
    callback: (message: T) => void,
    message: Record<string, unknown>,
    options?: { resubscribe?: boolean },
  ): Promise<SubscriptionUnsubscribe>;
  sendMessagePromise<T>(message: Record<string, unknown>): Promise<T>;
  addEventListener(event: "ready" | "disconnected" | "reconnect-error", cb: () => void): void;
  removeEventListener(event: "ready" | "disconnected" | "reconnect-error", cb: () => void): void;
}

/** A localize function of Home Assistant's front end: the text for a key, "" when it has none. */
export type BackendLocalize = (key: string, values?: Record<string, string>) => string;

export interface HassLocale {
  language: string;
  number_format?: string;
  time_format?: string;
  time_zone?: "local" | "server";
}

export interface HomeAssistant {
  states: Record<string, HassEntity | undefined>;
  user?: HassUser;
  language: string;
  locale?: HassLocale;
  config: { time_zone: string; currency?: string };
  themes?: { darkMode?: boolean };
  connection: HassConnection;
  callWS<T>(message: Record<string, unknown>): Promise<T>;
  /** Loads an integration's backend translations of a category for the user's language. */
  loadBackendTranslation?: (category: string, integration?: string | string[]) => Promise<BackendLocalize>;
  auth: {
    data: { access_token: string; expires?: number; hassUrl?: string };
    expired?: boolean;
    refreshAccessToken?: () => Promise<void>;
  };
  hassUrl?: (path?: string) => string;
}

export interface PanelInfo {
  url_path?: string;
  config?: Record<string, unknown>;
}

export interface Route {
  prefix: string;
  path: string;
}

// ---- Haven's records -------------------------------------------------------------

export type TaskStatus = "overdue" | "due_soon" | "ok" | "unscheduled" | "done" | "paused";
export type Unit = "days" | "weeks" | "months" | "years";
export type ScheduleKind = "interval" | "cron" | "meter" | "once";

export interface Counts {
  overdue: number;
  due_soon: number;
  ok: number;
  unscheduled: number;
  done: number;
  paused?: number;
}

export interface PropertySummary {
  config_entry_id: string;
  property_id: string;
  name: string;
  address?: string;
  currency: string;
  health: number;
  counts: Counts;
  spent_this_year: number;
  budget?: number;
  paused?: boolean;
  paused_until?: string;
  is_admin_required_for_removal?: boolean;
}

export interface Zone {
  zone_id: string;
  area_id?: string;
  name: string;
}

export interface Asset {
  asset_id: string;
  device_id?: string;
  name: string;
  zone_id?: string;
  template_id?: string;
  manufacturer?: string;
  model?: string;
  serial_number?: string;
  installed_on?: string;
  notes?: string;
  overdue: boolean;
  warranty_until?: string;
  expected_life_years?: number;
  expected_end?: string;
  past_life?: boolean;
}

export interface Schedule {
  kind: ScheduleKind;
  every?: number;
  unit?: Unit;
  anchor?: "completion" | "fixed";
  cron?: string;
  meter_entity_id?: string;
  meter_every?: number;
}

export interface Task {
  task_id: string;
  name: string;
  asset_id?: string;
  notes?: string;
  priority: number;
  lead_days: number;
  status: TaskStatus;
  next_due_at?: string;
  all_day: boolean;
  last_completed_at?: string;
  snoozed_until?: string;
  schedule: Schedule;
  meter?: { value?: number; baseline: number; progress: number; unit?: string };
  /** The HA user the task is assigned to (see logic/assignees.ts). */
  assigned_user_id?: string;
  /** Person entity ids (issue 12; see logic/assignees.ts). */
  assignees?: string[];
  /** Hand each next occurrence to the next assignee once done. */
  rotate?: boolean;
  /** The months (1-12) it is active in; absent: all year. */
  active_months?: number[];
  /** Paused on its own (the status is "paused" too when its property is). */
  paused?: boolean;
  paused_until?: string;
}

export interface Supply {
  supply_id: string;
  asset_id: string;
  task_id?: string;
  name: string;
  part_number?: string;
  purchase_url?: string;
  quantity?: number;
}

export type InboxStatus = "PENDING" | "PROCESSING" | "PROCESSED" | "FAILED";

export interface InboxItem {
  inbox_item_id: string;
  summary: string;
  status: InboxStatus;
  asset_id?: string;
  user_id?: string;
  user_name?: string;
  text?: string;
  transcription?: string;
  analysis?: {
    description?: string;
    suggested_asset?: string;
    suggested_asset_id?: string;
    suggested_task?: string;
  };
  error?: string;
  mime_type?: string;
  file_path?: string;
  created_at: string;
  processed_at?: string;
}

export type LogKind = "completed" | "skipped" | "snoozed" | "manual" | "note";

export interface Log {
  log_id: string;
  kind: LogKind;
  action: string;
  asset_id?: string;
  task_id?: string;
  user_id?: string;
  user_name?: string;
  notes?: string;
  cost?: number;
  performed_at: string;
}

export interface Property extends PropertySummary {
  zones: Zone[];
  assets: Asset[];
  tasks: Task[];
  supplies: Supply[];
  inbox: InboxItem[];
  recent_logs: Log[];
}

export interface RemovedIds {
  zones?: string[];
  assets?: string[];
  tasks?: string[];
  supplies?: string[];
  inbox?: string[];
  logs?: string[];
}

export type HavenEvent =
  | { kind: "snapshot"; properties: Property[] }
  | {
      kind: "changed";
      config_entry_id: string;
      property?: PropertySummary;
      zones?: Zone[];
      assets?: Asset[];
      tasks?: Task[];
      supplies?: Supply[];
      inbox?: InboxItem[];
      logs?: Log[];
      removed?: RemovedIds;
    }
  | { kind: "unloaded"; config_entry_id: string };

export interface HavenDocument {
  document_id: string;
  name: string;
  mime_type?: string;
  size?: number;
  file_path: string;
  created_at: string;
}

export interface AssetDetails {
  asset: Asset;
  logs: Log[];
  total_cost: number;
  cost_this_year: number;
  documents: HavenDocument[];
  captures: InboxItem[];
}

export interface Template {
  id: string;
  name: string;
  category: string;
  tasks: { name: string; every?: number; unit?: Unit }[];
}

export interface SchedulePreview {
  next: string[];
  description: string;
  meter?: { value: number; unit?: string };
}

export interface HavenError {
  code?: string;
  message?: string;
  translation_domain?: string;
  translation_key?: string;
  translation_placeholders?: Record<string, string>;
}
