import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { StepId } from './okta/steps-ids';

/**
 * Every storage item of the extension. Secrets (the Okta token, the hub session) live only in
 * `storage.session`: memory, gone when the browser session ends, unreadable by content scripts.
 */

export const TOKEN_LIFETIME_MS = 15 * 60 * 1000;
export const DEFAULT_HUB_API_BASE = 'https://api.stackone.com';
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

export type PrivilegeVerdict =
  | { status: 'sufficient'; roles: string[] }
  | { status: 'insufficient'; roles: string[] }
  | { status: 'unknown'; reason: string };

/** The guide's state in one tab: started on one org, at a step the guide derived from the page. */
export interface GuideState {
  orgDomain: string;
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
  | { status: 'choose-integration'; orgDomain: string; integrations: { id: string; name: string }[] };

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
