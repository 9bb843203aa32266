import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { DEFAULT_HUB_API_BASE } from './hub/session';
import type { GuideMode, PrivilegeVerdict } from './messages/guide-protocol';
import type { StepId } from './okta/steps-ids';

/**
 * Every storage item of the extension. Secrets (the Okta token, the hub session) live only in
 * `storage.session`: memory, gone when the browser session ends, unreadable by content scripts.
 */

/**
 * Read-modify-write of one item, one change at a time. Two changes that both read before either writes would
 * lose one: e.g. a guide's step report arriving during Stop would write the stopped guide back. Each item
 * has one queue per JS context; every read-modify-write of a shared item goes through here.
 */
export function updateItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  change: (value: T) => T,
): Promise<T> {
  const previous = itemQueues.get(item) ?? Promise.resolve();
  const next = previous.then(async () => {
    const value = change(await item.getValue());
    await item.setValue(value);
    return value;
  });
  // A failed change must not block the ones after it; its caller still sees the failure.
  itemQueues.set(
    item,
    next.catch(() => undefined),
  );
  return next;
}
const itemQueues = new WeakMap<object, Promise<unknown>>();

export const TOKEN_LIFETIME_MS = 15 * 60 * 1000;
export const DEFAULT_TOKEN_NAME = 'StackOne Integration';

export interface Settings {
  hubApiBaseUrl: string;
  tokenName: string;
  /** Origins where the admin allowed "Fill hub form"; a fill still needs a click each time. */
  trustedHubOrigins: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  hubApiBaseUrl: DEFAULT_HUB_API_BASE,
  tokenName: DEFAULT_TOKEN_NAME,
  trustedHubOrigins: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Keys an administrator may preset through `storage.managed` (see public/managed-schema.json). */
const MANAGED_KEYS = ['hubApiBaseUrl', 'tokenName'] as const;

/** The admin's settings with any managed (policy) values on top: a policy overrides the user. */
export async function readSettings(): Promise<Settings & { managed: (keyof Settings)[] }> {
  const local = { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
  const managed: (keyof Settings)[] = [];
  const policy = (await browser.storage.managed?.get([...MANAGED_KEYS]).catch(() => ({}))) ?? {};
  for (const key of MANAGED_KEYS) {
    const value = (policy as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim()) {
      local[key] = value.trim();
      managed.push(key);
    }
  }
  return { ...local, managed };
}

/** The guide's state in one tab: started on one org, at a step the guide derived from the page. */
export interface GuideState {
  orgDomain: string;
  mode: GuideMode;
  startedAt: number;
  step: StepId | null;
  target: 'found' | 'missing' | null;
}

export const guidesItem = storage.defineItem<Record<string, GuideState>>('session:guides', { fallback: {} });

export const privilegeItem = storage.defineItem<Record<string, PrivilegeVerdict>>('session:privilege', {
  fallback: {},
});

export interface CapturedToken {
  token: string;
  orgDomain: string;
  source: 'guide' | 'pasted';
  capturedAt: number;
  expiresAt: number;
}

export const capturedTokenItem = storage.defineItem<CapturedToken | null>('session:capturedToken', {
  fallback: null,
});

export interface HubSession {
  token: string;
  baseUrl: string;
  source: 'options' | 'popup' | 'hub-tab' | 'auth-link';
  /** Where it was read from, shown to the admin. */
  foundOn?: string;
}

export const hubSessionItem = storage.defineItem<HubSession | null>('session:hubSession', { fallback: null });

export type LinkOutcome =
  | { status: 'in-flight'; attemptId: string; orgDomain: string; startedAt: number }
  | { status: 'linked'; orgDomain: string; accountId: string; provider: string; linkedAt: number }
  | { status: 'failed'; orgDomain: string; message: string; detail?: string; kind: string; at: number }
  | {
      status: 'choose-integration';
      orgDomain: string;
      integrations: { id: string; name: string; environment?: string }[];
      /** The hub session whose hub offered them (`fingerprintHubSession`): another session's hub is asked anew. */
      hubSession: string;
    };

export const linkOutcomeItem = storage.defineItem<LinkOutcome | null>('session:linkOutcome', {
  fallback: null,
});

/** Hub tabs the extension filled, so that the hub's own "connected" can be matched to the fill that preceded it. */
export interface FilledHubTab {
  origin: string;
  orgDomain: string;
  filledAt: number;
}

export const filledHubTabsItem = storage.defineItem<Record<string, FilledHubTab>>('session:filledHubTabs', {
  fallback: {},
});
