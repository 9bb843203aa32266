import * as z from 'zod/mini';
import { STEP_IDS } from '../okta/steps-ids';

/*
 * Messages between a guide (content script on an Okta tab) and the background.
 * - Guide → background: `GuideRequest`, validated with zod in the background, where untrusted input enters.
 * - Background → guide: `GuideStatus` (an answer, or a `guide:status` push). The guide checks it with the small
 *   hand-written guards below instead of zod: it comes from our own worker (the sender is checked too), and the
 *   page bundle must stay small. The guards are tested against the schemas (guide-protocol.test.ts).
 * Every schema call is marked `@__PURE__` (nested ones too: an unmarked argument would keep its call, and zod with
 * it) so the page bundle, which needs only the guards, types and constants, drops the schemas and zod.
 */

/**
 * Set in the extension's isolated world (the page cannot see it) while a guide shows on a document; the
 * background reads it to avoid injecting a second guide after a same-document navigation.
 */
export const GUIDE_ALIVE_FLAG = '__oktaLinkGuideAlive';

/**
 * The guide's script in the built extension, as the background injects it: WXT writes the unlisted script
 * `entrypoints/guide/index.ts` there. bench/bundle.ts measures it and the packaging tests look for it by this name.
 */
export const GUIDE_SCRIPT = '/guide.js';

const stepId = /* @__PURE__ */ z.enum(STEP_IDS);

/**
 * Why a token the admin creates would not do everything the hub needs (Okta's admin comparison table):
 * - `read-only`: a Read-only Administrator can create a token, but it can only read;
 * - `group-scoped`: a group-scoped admin's token sees and changes only the groups they administer;
 * - `not-listed`: the admin's roles (e.g. API Access Management Administrator alone) are not among those Okta
 *   lists as able to create tokens;
 * - `no-admin-role`: no active admin role at all.
 */
const PRIVILEGE_LIMITS = ['read-only', 'group-scoped', 'not-listed', 'no-admin-role'] as const;
export type PrivilegeLimit = (typeof PRIVILEGE_LIMITS)[number];

/**
 * What the privilege check (utils/okta/privilege-check.ts) concluded; kept per org by the background and shown
 * in the popup's answer. A type, not a schema: it never crosses from an untrusted context (only our worker
 * writes and sends it), so nothing would ever run a schema of it.
 */
export type PrivilegeVerdict =
  | { status: 'sufficient'; roles: string[] }
  | { status: 'insufficient'; limit: PrivilegeLimit; roles: string[] }
  | { status: 'unknown'; reason: string };

/** What the admin is told about it (utils/okta/privilege-copy.ts): the popup and the guide say the same. */
export const PRIVILEGE_TONES = ['ok', 'warn', 'muted'] as const;
const privilegeMessageSchema = /* @__PURE__ */ z.object({
  tone: /* @__PURE__ */ z.enum(PRIVILEGE_TONES),
  /** `sufficient`, the limit (`read-only`, `group-scoped`, …) or `unknown`: for tests and styling. */
  kind: /* @__PURE__ */ z.string(),
  text: /* @__PURE__ */ z.string(),
});
export type PrivilegeMessage = z.infer<typeof privilegeMessageSchema>;

/** How a locator strategy looked for a target (utils/okta/locators.ts). */
export const STRATEGY_KINDS = ['role', 'label', 'href', 'data-se', 'structure'] as const;
const count = /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100_000));

/** One strategy's attempt at a target: counts, and the UI labels of what it considered (never other page text). */
const strategyAttemptSchema = /* @__PURE__ */ z.strictObject({
  target: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(40)),
  /** Which of the target's strategies (1 = first). */
  strategy: count,
  kind: /* @__PURE__ */ z.enum(STRATEGY_KINDS),
  selector: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(300)),
  /** Elements its selector found. */
  candidates: count,
  /** Of those, the ones it means (name, label, path or structure matched), as shown and rendered. */
  matched: count,
  labels: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(80)))
      .check(/* @__PURE__ */ z.maxLength(12)),
  ),
});
export type StrategyAttempt = z.infer<typeof strategyAttemptSchema>;

// Strict: a key the protocol does not define makes the message one we did not send, so none of it is obeyed.
export const guideRequestSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  /** The guide starts on a page; `language` is the page's (its `lang`), which the guide's words follow. */
  /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal('guide:hello'),
    language: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(40))),
  }),
  /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal('guide:step'),
    step: stepId,
    target: /* @__PURE__ */ z.enum(['found', 'missing']),
  }),
  /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal('guide:token-revealed'),
    token: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(256)),
  }),
  /* @__PURE__ */ z.strictObject({ type: /* @__PURE__ */ z.literal('guide:stop') }),
  /**
   * A target stays missing: what the guide looked for, to be written up as details for support (answered with
   * `{ text }`, which the overlay copies on the admin's click). Never page text but UI labels.
   */
  /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ z.literal('guide:support-details'),
    step: stepId,
    path: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2000)),
    language: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(40)),
    /** Tag names of the hosts of the open shadow roots searched. */
    shadowHosts: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(100)))
      .check(/* @__PURE__ */ z.maxLength(50)),
    attempts: /* @__PURE__ */ z.array(strategyAttemptSchema).check(/* @__PURE__ */ z.maxLength(40)),
  }),
  /** The admin clicked Connect in the overlay (a trusted click): link the held token with the known hub session. */
  /* @__PURE__ */ z.strictObject({ type: /* @__PURE__ */ z.literal('guide:connect') }),
  /**
   * On the Tokens page of a journey begun by Start or Get token from Okta: may the guide open Okta's
   * Create-token dialog for the admin? Answered `{ open }`, true once per journey (its first arrival).
   */
  /* @__PURE__ */ z.strictObject({ type: /* @__PURE__ */ z.literal('guide:open-dialog') }),
]);

export type GuideRequest = z.infer<typeof guideRequestSchema>;

/** What the background tells a guide about its tab when asked (`guide:hello`) or after a change. */
export const GUIDE_MODES = ['direct', 'tour'] as const;
/** `direct`: Start sent the tab straight to the Tokens page. `tour`: "Show me the way", one menu at a time. */
export type GuideMode = (typeof GUIDE_MODES)[number];

export const CONNECT_STATES = ['ready', 'in-flight', 'failed'] as const;

export const guideStatusSchema = /* @__PURE__ */ z.object({
  running: /* @__PURE__ */ z.boolean(),
  mode: /* @__PURE__ */ z.enum(GUIDE_MODES),
  orgDomain: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  tokenName: /* @__PURE__ */ z.string(),
  tokenCaptured: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.object({ masked: /* @__PURE__ */ z.string(), expiresAt: /* @__PURE__ */ z.number() }),
  ),
  /** Set only when the org was linked after this guide started: a new Start on a linked org is a new journey. */
  linkedAccountId: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** Connect from the overlay: offered once a token is held and a hub session is known; null otherwise. */
  connect: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.object({
      /**
       * Where the token will go, shown before the click. Which of the hub's Okta integrations takes it is asked
       * of the hub only on the click: nothing reaches the hub before the admin decides.
       */
      hubOrigin: /* @__PURE__ */ z.string(),
      state: /* @__PURE__ */ z.enum(CONNECT_STATES),
      /** Why the last attempt failed (state `failed`). */
      message: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    }),
  ),
  /** What to say about the admin's roles, once checked. */
  privilege: /* @__PURE__ */ z.nullable(privilegeMessageSchema),
  /** The language the guide speaks (the console's, else the browser's, else English): its words, `privilege`'s. */
  lang: /* @__PURE__ */ z.string(),
  /** The guide's words in that language (utils/i18n/guide-words.ts): the page bundles no catalogue. */
  words: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.string()),
  /** After `linked`: whether Okta saw the hub use the token (proof of use), once read. */
  tokenUsage: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())),
  /** A token of this org the extension could not revoke in Okta: what happened, for the admin to act. */
  tokenNotice: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())),
});
export type GuideStatus = z.infer<typeof guideStatusSchema>;

/** Background → guide: the tab's guide state changed (stopped, token captured, linked). */
export const guidePushSchema = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.literal('guide:status'),
  status: guideStatusSchema,
});
export type GuidePush = z.infer<typeof guidePushSchema>;

// ---------------------------------------------------------------- guards for the page (no zod there)

type Guard = (value: unknown) => boolean;

const isString: Guard = (value) => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nullable =
  (guard: Guard): Guard =>
  (value) =>
    value === null || guard(value);
const oneOf =
  (values: readonly string[]): Guard =>
  (value) =>
    typeof value === 'string' && values.includes(value);
const shape =
  (fields: Record<string, Guard>): Guard =>
  (value) =>
    isRecord(value) && Object.entries(fields).every(([key, guard]) => guard(value[key]));

const isStatus = shape({
  running: (value) => typeof value === 'boolean',
  mode: oneOf(GUIDE_MODES),
  orgDomain: nullable(isString),
  tokenName: isString,
  tokenCaptured: nullable(shape({ masked: isString, expiresAt: Number.isFinite })),
  linkedAccountId: nullable(isString),
  connect: nullable(
    shape({
      hubOrigin: isString,
      state: oneOf(CONNECT_STATES),
      message: nullable(isString),
    }),
  ),
  privilege: nullable(shape({ tone: oneOf(PRIVILEGE_TONES), kind: isString, text: isString })),
  lang: isString,
  words: (value) => isRecord(value) && Object.values(value).every(isString),
  tokenUsage: (value) => value === undefined || nullable(isString)(value),
  tokenNotice: (value) => value === undefined || nullable(isString)(value),
});

/** Whether an answer of our worker is a `GuideStatus` (the guide's check, without zod). */
export function isGuideStatus(value: unknown): value is GuideStatus {
  return isStatus(value);
}

/** Whether our worker's answer to `guide:open-dialog` is one. */
export const isOpenDialogAnswer = shape({ open: (value) => typeof value === 'boolean' }) as (
  value: unknown,
) => value is { open: boolean };

/** Whether our worker's answer to `guide:support-details` is the written-up details. */
export const isSupportDetails = shape({ text: isString }) as (value: unknown) => value is { text: string };

/** Whether a message is our worker's `guide:status` push. */
export function isGuidePush(value: unknown): value is GuidePush {
  return isRecord(value) && value.type === 'guide:status' && isStatus(value.status);
}
