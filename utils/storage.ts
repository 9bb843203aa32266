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
 * has one queue per JS context; every read-modify-write of a shared item goes through here. A change that
 * returns the value it was given (the same object) writes nothing.
 */
export function updateItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  change: (value: T) => T,
): Promise<T> {
  const previous = itemQueues.get(item) ?? Promise.resolve();
  const next = previous.then(async () => {
    const current = await item.getValue();
    const value = change(current);
    // A change that returns what it was given changed nothing: no write, no storage event.
    if (value !== current) await item.setValue(value);
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
  /** "Revoke unused tokens": a token that ends without reaching a hub is revoked in Okta. */
  revokeUnusedTokens: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  hubApiBaseUrl: DEFAULT_HUB_API_BASE,
  tokenName: DEFAULT_TOKEN_NAME,
  trustedHubOrigins: [],
  revokeUnusedTokens: true,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The admin's own settings, no policy applied (trusted hub origins, which no policy sets). */
export async function readOwnSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Keys an administrator may preset through `storage.managed` (see public/managed-schema.json). */
const MANAGED_TEXT_KEYS = ['hubApiBaseUrl', 'tokenName'] as const;
/** "Revoke unused tokens" may be locked on or off by policy (a boolean; anything else is ignored). */
const MANAGED_KEYS = [...MANAGED_TEXT_KEYS, 'revokeUnusedTokens'] as const;
type ManagedPolicy = Partial<Record<(typeof MANAGED_TEXT_KEYS)[number], string>> & {
  revokeUnusedTokens?: boolean;
};

/**
 * The policy as last read. Chrome's first `storage.managed` read after install takes seconds (about 2.7 s in
 * the bench), so what the popup shows must not wait for it: it reads this copy (null until the first read).
 */
export const managedPolicyItem = storage.defineItem<ManagedPolicy | null>('session:managedPolicy', {
  fallback: null,
});

/** Reads the policy and keeps a copy: the background does so as it starts and whenever the policy changes. */
export async function refreshManagedPolicy(): Promise<ManagedPolicy> {
  const raw = (await browser.storage.managed?.get([...MANAGED_KEYS]).catch(() => ({}))) ?? {};
  const policy: ManagedPolicy = {};
  for (const key of MANAGED_TEXT_KEYS) {
    const value = (raw as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim()) policy[key] = value.trim();
  }
  const revoke = (raw as Record<string, unknown>).revokeUnusedTokens;
  if (typeof revoke === 'boolean') policy.revokeUnusedTokens = revoke;
  // Written only when it changed: every write is a storage change the popup and the guides hear.
  if (JSON.stringify(await managedPolicyItem.getValue()) !== JSON.stringify(policy)) {
    await managedPolicyItem.setValue(policy);
  }
  return policy;
}

/** The policy's copy; none yet (storage cleared), one is read meanwhile, and its arrival is a storage change. */
async function knownManagedPolicy(): Promise<ManagedPolicy> {
  const known = await managedPolicyItem.getValue();
  if (!known) void refreshManagedPolicy();
  return known ?? {};
}

/**
 * The admin's settings with any managed (policy) values on top: a policy overrides the user. With
 * `policy: 'known'`, the policy as last read, without waiting for the browser (the popup's view: its copy's
 * arrival is a storage change, after which the popup reads again); otherwise read now.
 */
export async function readSettings({
  policy: which = 'current',
}: {
  policy?: 'current' | 'known';
} = {}): Promise<Settings & { managed: (keyof Settings)[] }> {
  const local = await readOwnSettings();
  const policy = which === 'known' ? await knownManagedPolicy() : await refreshManagedPolicy();
  const managed: (keyof Settings)[] = [];
  for (const key of MANAGED_TEXT_KEYS) {
    const value = policy[key];
    if (value) {
      local[key] = value;
      managed.push(key);
    }
  }
  if (policy.revokeUnusedTokens !== undefined) {
    local.revokeUnusedTokens = policy.revokeUnusedTokens;
    managed.push('revokeUnusedTokens');
  }
  return { ...local, managed };
}

/** The managed (policy) list of hub APIs the token may go to (`trustedHubApis`); null when IT set none. */
export async function readPolicyHubApis(): Promise<string[] | null> {
  const policy = (await browser.storage.managed?.get('trustedHubApis').catch(() => ({}))) ?? {};
  const list = (policy as Record<string, unknown>).trustedHubApis;
  return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : null;
}

/** Hub API origins the admin confirmed in the popup ("This page's hub sends your token to …"). No secret. */
export const confirmedHubApisItem = storage.defineItem<string[]>('local:confirmedHubApis', { fallback: [] });

/** The guide's state in one tab: started on one org, at a step the guide derived from the page. */
export interface GuideState {
  orgDomain: string;
  mode: GuideMode;
  startedAt: number;
  step: StepId | null;
  target: 'found' | 'missing' | null;
  /**
   * Start sent the tab to the Tokens page and that navigation has not begun yet: the page still shown is the
   * one being left, and gets no guide. Cleared when the tab starts loading.
   */
  leavingPage?: boolean;
  /** The page's language as the guide reported it (`lang`): its words follow it. */
  language?: string;
  /**
   * The guide opened Okta's Create-token dialog for this journey (Start or Get token from Okta, on its first
   * arrival on the Tokens page): it is never opened for the admin again, even if they close it.
   */
  dialogOpened?: boolean;
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
  /** How the org's API is reached: `https:`, or `http:` for a local test org (the sandbox). */
  protocol?: OrgProtocol;
  /** The tab the guide captured it in: where its Okta id is looked up with the admin's session. */
  tabId?: number;
  /** Okta's id for the token (`00T…`), once known: revoking by id, proof of use, the record. */
  oktaId?: string;
  /** When Okta says it created the token (ISO), once known: with its name, how the admin finds its row. */
  createdInOkta?: string;
  /** Its name in Okta, once known. */
  name?: string;
  /** A hub has it (linked by Connect, or filled into a hub form): it is never revoked by the extension. */
  handedToHub?: 'filled' | 'linked';
}

/** The tokens held, at most one per org (by org domain). Memory only. */
export const capturedTokensItem = storage.defineItem<Record<string, CapturedToken>>(
  'session:capturedTokens',
  {
    fallback: {},
  },
);

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
  | {
      status: 'linked';
      orgDomain: string;
      accountId: string;
      provider: string;
      linkedAt: number;
      /** The linked token's Okta id, when known: proof of use reads its metadata. */
      oktaId?: string;
      /** Whether Okta saw the hub use the token (`expiresAt − tokenWindow`), once read. */
      usage?: TokenUsage;
    }
  | { status: 'failed'; orgDomain: string; message: string; detail?: string; kind: string; at: number }
  | {
      status: 'choose-integration';
      orgDomain: string;
      integrations: { id: string; name: string; environment?: string }[];
      /** The hub session whose hub offered them (`fingerprintHubSession`): another session's hub is asked anew. */
      hubSession: string;
    };

/** What Okta's metadata says of a linked token's use: seen at a time, or not seen (yet) when last read. */
export type TokenUsage = { seen: true; at: number } | { seen: false; checkedAt: number; final: boolean };

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

/** The scheme an org was seen on: real Okta orgs are https; a local test org (the sandbox) is plain http. */
export type OrgProtocol = 'https:' | 'http:';

/** An Okta org the extension saw (the popup showed it, or a guide started on it): its domain, nothing else of the page. */
export interface RecentOktaOrg {
  orgDomain: string;
  protocol: OrgProtocol;
}

/** How many recent orgs are kept, newest first. */
export const RECENT_OKTA_ORGS_LIMIT = 5;

/** Offered in the "Okta org" field on a hub page; listed and clearable in the options page. */
export const recentOktaOrgsItem = storage.defineItem<RecentOktaOrg[]>('local:recentOktaOrgs', {
  fallback: [],
});

/**
 * "Get token from Okta" on a hub tab: the admin's click authorises filling THAT hub tab, at THAT origin, with
 * the token captured for THAT org in the Okta tab the journey opened. Kept in `storage.session`, so a worker
 * restart does not lose it; no secret in it.
 */
export interface HubJourney {
  hubTabId: number;
  hubOrigin: string;
  /** The hub page's address at the click (path included), shown if the page changed. */
  hubUrl?: string;
  /** The mark left in that document with its hub element (hub-page-mark.ts): not a secret. */
  pageMark?: string;
  orgDomain: string;
  protocol: OrgProtocol;
  /** The tab the journey opened on the org's Tokens page (null while it is being opened). */
  oktaTabId: number | null;
  startedAt: number;
  eventHookName?: string;
  status: HubJourneyStatus;
  /** What the admin should know about the last change (a fill's result, why the journey stopped). */
  message: string | null;
}

export type HubJourneyStatus =
  /** The guide runs in the Okta tab; nothing captured yet. */
  | 'waiting-token'
  /** The Okta tab was closed before the capture: the popup on the hub tab offers to reopen it. */
  | 'okta-closed'
  /** The token was captured and the hub form is being filled. */
  | 'filling'
  /** The hub form was filled; the admin clicks the hub's Connect. */
  | 'filled'
  /** The hub refused the fill (the form changed, is covered, …): the token is held, Fill hub form can retry. */
  | 'fill-refused'
  /** The hub tab was closed: the token is held for Connect (the session taken at the start) or a paste. */
  | 'hub-closed'
  /** The hub tab shows another site now: nothing is filled there. */
  | 'hub-navigated';

export const hubJourneyItem = storage.defineItem<HubJourney | null>('session:hubJourney', { fallback: null });

/** How a token ended, as the record keeps it (no secret). */
export type TokenEnding =
  | { how: 'linked'; accountId: string }
  | { how: 'filled'; hubOrigin?: string }
  | { how: 'revoked'; reason: TokenEndReason }
  | { how: 'revoke-failed'; reason: TokenEndReason; why: string }
  | { how: 'not-revoked'; reason: TokenEndReason };

/** Why a token ended without being handed to a hub. */
export type TokenEndReason = 'forgotten' | 'expired' | 'replaced' | 'guide-stopped';

/**
 * A token's end, kept 7 days so the admin can tell what became of each one: its org, Okta id, masked value,
 * creation and ending. Never the token itself.
 */
export interface TokenRecord {
  orgDomain: string;
  protocol?: OrgProtocol;
  oktaId?: string;
  /** The token's name in Okta, when known: with `createdInOkta`, how its row is found on the Tokens page. */
  name?: string;
  createdInOkta?: string;
  masked: string;
  capturedAt: number;
  endedAt: number;
  ending: TokenEnding;
  /** A failed revocation the admin has seen to ("Done" in the popup): no longer shown as pending. */
  dismissed?: boolean;
}

export const tokenRecordsItem = storage.defineItem<TokenRecord[]>('local:tokenRecords', { fallback: [] });
