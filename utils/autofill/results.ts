import type { FieldMeaning, LinkValues } from '../hub/field-mapping';

/*
 * What "Fill hub form" reports, from the page (content script) through the background to the popup.
 * Types, names and the list of refusals only, so every context imports them without pulling page code in.
 * No report ever carries a value that was filled: labels and meanings only, never the token.
 */

/** Where the injected hub filler (entrypoints/hub-fill.content) installs itself in the extension's world. */
export const HUB_FORM_FILLER_GLOBAL = '__oktaLinkHubForm';

/** What the hub filler installs: it acts only when the background calls it after the admin's click. */
export interface HubFormFiller {
  inspect(): HubFormInspection;
  fill(request: HubFormFillRequest): HubFormFillResult;
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

export interface HubFormRefusal {
  ok: false;
  reason: HubFormRefusalReason;
  message: string;
  /** The page's origin, when the page could be read. */
  origin?: string | undefined;
}

/** One field of the hub's form as the admin knows it: its label and what we would put in it. */
export interface HubFormFieldView {
  label: string;
  meaning: FieldMeaning | null;
  /** The field already holds something (typed by the admin, or filled before). */
  hasValue: boolean;
}

export interface HubFormFound {
  ok: true;
  origin: string;
  /** The connector the hub shows, as the hub names it ("Okta"), when it names one. */
  connector: string | null;
  fields: HubFormFieldView[];
  /** "Okta form with 3 fields". */
  summary: string;
}

export type HubFormInspection = HubFormFound | HubFormRefusal;

/** What the background hands the page to fill: the values, and the page it expects to find. */
export interface HubFormFillRequest {
  values: LinkValues;
  /** The origin the popup showed the admin; a tab that navigated elsewhere since is refused. */
  expectedOrigin: string;
  /** The admin confirmed replacing what fields already hold. */
  overwrite: boolean;
}

export interface HubFormFieldReport {
  label: string;
  meaning: FieldMeaning;
}

export interface HubFormFilled {
  ok: true;
  origin: string;
  filled: HubFormFieldReport[];
  /** Fields left alone because they hold something else; filled only after the admin confirms. */
  kept: HubFormFieldReport[];
  /** Fields whose page did not take the value (a framework rewrote it). */
  rejected: HubFormFieldReport[];
  message: string;
}

export type HubFormFillResult = HubFormFilled | HubFormRefusal;

/** What the popup gets back: the page's answer plus whether the admin trusts the origin. */
export type HubFormInspectionView = HubFormInspection & { trusted: boolean };
export type HubFormFillView = HubFormFillResult & { trusted: boolean };
