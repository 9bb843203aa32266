import * as z from 'zod/mini';
import { STEP_IDS } from '../okta/steps-ids';

/** Messages between a guide (content script on an Okta tab) and the background. */

/**
 * Set in the extension's isolated world (the page cannot see it) while a guide shows on a document; the
 * background reads it to avoid injecting a second guide after a same-document navigation.
 */
export const GUIDE_ALIVE_FLAG = '__oktaLinkGuideAlive';

const stepId = z.enum(STEP_IDS);
const shortText = z.string().check(z.maxLength(200));

/** What the guide's privilege check (utils/okta/privilege-check.ts) concluded; kept per org by the background. */
const privilegeVerdictSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('sufficient'), roles: z.array(shortText) }),
  z.object({ status: z.literal('insufficient'), roles: z.array(shortText) }),
  z.object({ status: z.literal('unknown'), reason: shortText }),
]);
export type PrivilegeVerdict = z.infer<typeof privilegeVerdictSchema>;

// Strict: a key the protocol does not define makes the message one we did not send, so none of it is obeyed.
export const guideRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('guide:hello') }),
  z.strictObject({ type: z.literal('guide:step'), step: stepId, target: z.enum(['found', 'missing']) }),
  z.strictObject({ type: z.literal('guide:privilege'), verdict: privilegeVerdictSchema }),
  z.strictObject({ type: z.literal('guide:token-revealed'), token: z.string().check(z.maxLength(256)) }),
  z.strictObject({ type: z.literal('guide:stop') }),
  /** The admin clicked Connect in the overlay (a trusted click): link the held token with the known hub session. */
  z.strictObject({ type: z.literal('guide:connect') }),
]);

export type GuideRequest = z.infer<typeof guideRequestSchema>;

/** What the background tells a guide about its tab when asked (`guide:hello`) or after a change. */
export const GUIDE_MODES = ['direct', 'tour'] as const;
/** `direct`: Start sent the tab straight to the Tokens page. `tour`: "Show me the way", one menu at a time. */
export type GuideMode = (typeof GUIDE_MODES)[number];

export const guideStatusSchema = z.object({
  running: z.boolean(),
  mode: z.enum(GUIDE_MODES),
  orgDomain: z.nullable(z.string()),
  tokenName: z.string(),
  tokenCaptured: z.nullable(z.object({ masked: z.string(), expiresAt: z.number() })),
  linkedAccountId: z.nullable(z.string()),
  /** Connect from the overlay: offered once a token is held and a hub session is known; null otherwise. */
  connect: z.nullable(
    z.object({
      /** Where the token will go, shown before the click. */
      hubOrigin: z.string(),
      /** The hub integration it will link to, once known. */
      integration: z.nullable(z.string()),
      state: z.enum(['ready', 'in-flight', 'failed']),
      message: z.nullable(z.string()),
    }),
  ),
  privilege: z.nullable(
    z.object({
      status: z.enum(['sufficient', 'insufficient', 'unknown']),
      roles: z.optional(z.array(z.string())),
    }),
  ),
});
export type GuideStatus = z.infer<typeof guideStatusSchema>;

/** Background → guide: the tab's guide state changed (stopped, token captured, linked). */
export const guidePushSchema = z.object({ type: z.literal('guide:status'), status: guideStatusSchema });
export type GuidePush = z.infer<typeof guidePushSchema>;
