import * as z from 'zod/mini';
import type { TabPage } from '../popup/tab-page';
import type {
  CapturedToken,
  GuideState,
  HubJourney,
  HubSession,
  LinkOutcome,
  Settings,
  TokenRecord,
} from '../storage';
import { GUIDE_MODES, type PrivilegeVerdict } from './guide-protocol';
import type { HubFormFillView, HubFormInspectionView } from './hub-fill-protocol';

/**
 * Requests from extension pages (popup, options) to the background, and what the background answers to each.
 * A contract: it imports no background service; the services take their request and answer types from here.
 */

const tabId = z.number().check(z.int(), z.minimum(0));
const shortText = z.string().check(z.maxLength(200));
/** The org a token request is about (`acme.okta.com`): the background takes that org's token only. */
const orgDomain = z.string().check(z.maxLength(253));
/** A token's end in the record: its org and when it was captured. */
const recordKey = { orgDomain, capturedAt: z.number().check(z.int(), z.minimum(0)) };

// Strict: a key the protocol does not define makes the message one we did not send, so none of it is obeyed.
export const popupRequestSchema = z.discriminatedUnion('type', [
  /** `opened`: the popup just opened on the tab; the Okta org it shows is remembered among the recent ones. */
  z.strictObject({ type: z.literal('popup:get-state'), tabId, opened: z.optional(z.boolean()) }),
  /** `direct`: Start (the tab goes to the Tokens page); `tour`: Show me the way, from the page it shows. */
  z.strictObject({ type: z.literal('popup:start-guide'), tabId, mode: z.enum(GUIDE_MODES) }),
  z.strictObject({ type: z.literal('popup:stop-guide'), tabId }),
  z.strictObject({ type: z.literal('popup:paste-token'), tabId, token: z.string().check(z.maxLength(4096)) }),
  z.strictObject({ type: z.literal('popup:forget-token'), orgDomain: z.optional(orgDomain) }),
  /** "Revoke in Okta": the org's Tokens page opens with the token's row pointed at, for the admin's own revoke. */
  z.strictObject({ type: z.literal('popup:revoke-in-okta'), ...recordKey }),
  /** "Done" on a token that could not be revoked: no longer shown as pending. */
  z.strictObject({ type: z.literal('popup:dismiss-revoke-failure'), ...recordKey }),
  /** `confirmOrigin`: the hub API the admin confirmed for this page's hub; `replace`: over another hub's session. */
  z.strictObject({
    type: z.literal('popup:find-hub-session'),
    tabId,
    confirmOrigin: z.optional(z.string().check(z.maxLength(2048))),
    replace: z.optional(z.boolean()),
  }),
  z.strictObject({
    type: z.literal('popup:set-hub-session'),
    session: z.string().check(z.maxLength(4096)),
    baseUrl: z.optional(z.string().check(z.maxLength(2048))),
  }),
  z.strictObject({ type: z.literal('popup:test-hub-session') }),
  z.strictObject({
    type: z.literal('popup:connect'),
    orgDomain: z.optional(orgDomain),
    eventHookName: z.optional(shortText),
    integrationId: z.optional(shortText),
    /** The admin checked the hub after an interrupted attempt and wants to link anyway. */
    confirmAfterUnknownOutcome: z.optional(z.boolean()),
  }),
  z.strictObject({ type: z.literal('popup:inspect-hub-form'), tabId }),
  z.strictObject({
    type: z.literal('popup:fill-hub-form'),
    tabId,
    /** The org whose token goes into the form. */
    orgDomain: z.optional(orgDomain),
    /** The origin the popup showed as the one it will fill; another page in the tab is refused. */
    origin: z.string().check(z.maxLength(2048)),
    eventHookName: z.optional(shortText),
    overwrite: z.optional(z.boolean()),
    trustOrigin: z.optional(z.boolean()),
    /** Point at the hub's own Connect after the fill. */
    pointAtConnect: z.optional(z.boolean()),
  }),
  /** Get token from Okta, on the hub tab `tabId`: the org's Tokens page opens in a new tab; the hub tab is filled after the capture. */
  z.strictObject({
    type: z.literal('popup:start-from-hub'),
    tabId,
    /** The origin the popup showed as the one that will be filled. */
    origin: z.string().check(z.maxLength(2048)),
    /** What the admin typed in "Okta org"; the background validates it. */
    org: z.string().check(z.maxLength(2048)),
    eventHookName: z.optional(shortText),
  }),
  z.strictObject({ type: z.literal('popup:reopen-okta-tab') }),
  z.strictObject({ type: z.literal('popup:cancel-hub-journey') }),
]);

export type PopupRequest = z.infer<typeof popupRequestSchema>;
export type PopupRequestType = PopupRequest['type'];
export type PopupRequestOf<T extends PopupRequestType> = Extract<PopupRequest, { type: T }>;
/** What a request asks of its service, without the message's `type` and the tab it names. */
type OptionsOf<T extends PopupRequestType> = Omit<PopupRequestOf<T>, 'type' | 'tabId'>;

export type ConnectRequest = OptionsOf<'popup:connect'>;
export type FillHubFormOptions = OptionsOf<'popup:fill-hub-form'>;
export type StartFromHubRequest = OptionsOf<'popup:start-from-hub'>;

// The background's answers. They come from our own worker, so they are types, not schemas.

export type StartGuideResult = { ok: true } | { ok: false; message: string };

export type StoreTokenResult = { ok: true; masked: string } | { ok: false; message: string };

/** The captured token as pages may see it: masked, never the token itself. */
export interface TokenView {
  masked: string;
  orgDomain: string;
  source: CapturedToken['source'];
  expiresAt: number;
}

export interface HubSessionView {
  masked: string;
  baseUrl: string;
  origin: string;
  source: HubSession['source'];
  foundOn: string | null;
}

/**
 * Nothing is kept unless `ok`. `confirm`: the page's hub names a hub API outside the trusted ones, kept only once the
 * admin confirms that host; `needsPermission`: kept only once host access is granted; `replaces`: the page's session
 * is of another hub than the one in use, replaced only on the admin's say.
 */
export type HubSessionResult =
  | { ok: true; session: HubSessionView; needsPermission: null }
  | {
      ok: false;
      message: string;
      confirm?: { origin: string; host: string };
      needsPermission?: string;
      replaces?: { from: string; to: string };
    };

export type StartFromHubResult =
  | { ok: true; orgDomain: string; oktaTabId: number }
  | { ok: false; field: 'org' | 'page'; message: string };

export type HubJourneyView = HubJourney & {
  /** Which of the journey's tabs the popup is on. */
  here: 'hub' | 'okta' | 'elsewhere';
};

/** Everything the popup shows for one tab, in one answer; never the token itself. */
export interface PopupState extends TabPage {
  tabId: number;
  guide: GuideState | null;
  privilege: PrivilegeVerdict | null;
  /** The token this tab's actions take: the tab's org's on an Okta page, else the journey's org's or the newest. */
  token: TokenView | null;
  /** Tokens held for other orgs (masked, with their org): each ends or links on its own. */
  otherTokens: TokenView[];
  /** Tokens the extension could not revoke in Okta (last 7 days, not dismissed): the admin's next look. */
  revokeFailures: TokenRecord[];
  hubSession: HubSessionView | null;
  link: LinkOutcome | null;
  settings: Pick<Settings, 'tokenName' | 'hubApiBaseUrl'>;
  /** Okta orgs the extension saw, newest first (domains only): offered in the "Okta org" field on a hub page. */
  recentOrgs: string[];
  /** A Get-token-from-Okta journey under way, as seen from this tab. */
  journey: HubJourneyView | null;
}

/** The background's own answers (trusted: they come from our worker), by request type. */
export interface PopupResponses {
  'popup:get-state': PopupState;
  'popup:start-guide': StartGuideResult;
  'popup:stop-guide': { ok: true };
  'popup:paste-token': StoreTokenResult;
  'popup:forget-token': { ok: true };
  'popup:revoke-in-okta': { ok: true } | { ok: false; message: string };
  'popup:dismiss-revoke-failure': { ok: true };
  'popup:find-hub-session': HubSessionResult;
  'popup:set-hub-session': HubSessionResult;
  'popup:test-hub-session': { ok: boolean; message: string };
  'popup:connect': LinkOutcome;
  'popup:inspect-hub-form': HubFormInspectionView;
  'popup:fill-hub-form': HubFormFillView;
  'popup:start-from-hub': StartFromHubResult;
  'popup:reopen-okta-tab': { ok: true } | { ok: false; message: string };
  'popup:cancel-hub-journey': { ok: true };
}

/** One handler per request type, each typed by its request and its answer. */
export type PopupHandlers = {
  [T in PopupRequestType]: (request: PopupRequestOf<T>) => Promise<PopupResponses[T]>;
};
