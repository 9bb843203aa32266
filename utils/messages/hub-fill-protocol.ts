import * as z from 'zod/mini';
import { FIELD_MEANINGS, type LinkValues } from '../hub/hub-fields';

/*
 * The hub filler's contract: the content script injected into the hub tab the admin chose, and the background.
 * - The background calls the filler's two functions (`inspect`, `fill`) through `scripting.executeScript`;
 *   the page's answers are checked against the schemas below, because a page can shape the DOM they are read from.
 * - The filler sends one message of its own: the hub it filled said it connected.
 * No report ever carries a value that was filled: labels and meanings only, never the token.
 * Schemas are built `@__PURE__` so a bundle that only needs the types and constants drops them.
 */

/** Where the injected hub filler (entrypoints/hub-fill.content) installs itself in the extension's world. */
export const HUB_FORM_FILLER_GLOBAL = '__oktaLinkHubForm';

/** What the hub filler installs: it acts only when the background calls it after the admin's click. */
export interface HubFormFiller {
  inspect(): HubFormInspection;
  fill(request: HubFormFillRequest): HubFormFillResult;
}

/** What the background hands the page to fill: the values, and the page it expects to find. */
export interface HubFormFillRequest {
  values: LinkValues;
  /** The origin the popup showed the admin; a tab that navigated elsewhere since is refused. */
  expectedOrigin: string;
  /** The admin confirmed replacing what fields already hold. */
  overwrite: boolean;
  /**
   * After a fill that put values in, point at the hub's own Connect ("Click Connect to finish", in a shadow
   * root on the page) until the hub says it connected or the page changes.
   */
  pointAtConnect?: boolean | undefined;
}

/** Why the form on a page is not filled; each comes with a message for the admin. */
export const HUB_FORM_REFUSAL_REASONS = [
  // the page
  'insecure-origin',
  'not-top-frame',
  'page-changed',
  'unreachable',
  // the hub
  'no-hub',
  'hub-loading',
  'integration-list',
  'session-expired',
  'already-connected',
  'other-connector',
  'not-okta-form',
  // Okta's OAuth 2.0 method takes no API token: the hub shows its form, or asks for the method first
  'oauth-form',
  'auth-method-chooser',
  // frames
  'cross-origin-frame',
  'sandboxed-frame',
  'framed-hub',
  // what a person can see
  'hidden',
  'transparent',
  'covered',
  'off-screen',
  // the extension's side
  'no-token',
  'token-org-unknown',
] as const;

export type HubFormRefusalReason = (typeof HUB_FORM_REFUSAL_REASONS)[number];

const pageText = z.string().check(z.maxLength(1000));
/** Longer than any org domain, in any form (`https://` + host + `/`). */
export const ORG_DOMAIN_VALUE_LIMIT = 300;
const orgDomainValue = z.string().check(z.minLength(1), z.maxLength(ORG_DOMAIN_VALUE_LIMIT));
const fieldMeaning = z.enum(FIELD_MEANINGS);

const refusalSchema = /* @__PURE__ */ z.object({
  ok: z.literal(false),
  reason: z.enum(HUB_FORM_REFUSAL_REASONS),
  message: pageText,
  /** The page's origin, when the page could be read. */
  origin: z.optional(pageText),
  /** As in a found form: what its Okta-domain field holds, when the form was read but not Okta's API Key one. */
  orgDomainValue: z.optional(orgDomainValue),
});

/** What the filler found on the page, before any fill. */
export const hubFormInspectionSchema = /* @__PURE__ */ z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    origin: pageText,
    /** The connector the hub shows, as the hub names it ("Okta"), when it names one. */
    connector: z.nullable(pageText),
    /** Each field as the admin knows it: its label, what we would put in it, whether it holds something. */
    fields: z
      .array(z.object({ label: pageText, meaning: z.nullable(fieldMeaning), hasValue: z.boolean() }))
      .check(z.maxLength(100)),
    /** "Okta form with 3 fields". */
    summary: pageText,
    /**
     * What the form's Okta-domain field holds (the admin typed it; not a secret), trimmed; absent when it is
     * empty or longer than any domain. The popup pre-fills "Okta org" from it.
     */
    orgDomainValue: z.optional(orgDomainValue),
  }),
  refusalSchema,
]);

const fieldReports = z.array(z.object({ label: pageText, meaning: fieldMeaning })).check(z.maxLength(100));

/** What a fill did: fields filled, kept (they hold something else; filled only after the admin confirms), rejected by the page. */
export const hubFormFillResultSchema = /* @__PURE__ */ z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    origin: pageText,
    filled: fieldReports,
    kept: fieldReports,
    rejected: fieldReports,
    message: pageText,
    /** Asked for with `pointAtConnect`: whether the page now points at the hub's Connect. */
    pointedAtConnect: z.optional(z.boolean()),
  }),
  refusalSchema,
]);

export type HubFormRefusal = z.infer<typeof refusalSchema>;
export type HubFormInspection = z.infer<typeof hubFormInspectionSchema>;
export type HubFormFound = Extract<HubFormInspection, { ok: true }>;
export type HubFormFieldView = HubFormFound['fields'][number];
export type HubFormFillResult = z.infer<typeof hubFormFillResultSchema>;
export type HubFormFilled = Extract<HubFormFillResult, { ok: true }>;
export type HubFormFieldReport = HubFormFilled['filled'][number];

/** What the popup gets back: the page's answer plus whether the admin trusts the origin. */
export type HubFormInspectionView = HubFormInspection & { trusted: boolean };
export type HubFormFillView = HubFormFillResult & { trusted: boolean };

/**
 * Filler → background: the hub in the tab we filled said it connected. Strict, as every request schema: a key
 * the protocol does not define makes the message one we did not send.
 */
export const hubFillRequestSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('hub-fill:hub-connected'),
  /** The account id from the hub's `success` event, when the page lets us read it. */
  accountId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  provider: z.optional(z.string().check(z.maxLength(100))),
});
export type HubFillRequest = z.infer<typeof hubFillRequestSchema>;
