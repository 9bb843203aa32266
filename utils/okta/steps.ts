import { adminConsoleOrigin } from './domain';
import type { StepId } from './steps-ids';

/**
 * The guide's current step, derived from what the page shows — never from a counter, so an admin who
 * jumps ahead, goes back or reloads gets the right step. Steps the admin need not act on (a filled name,
 * a network choice that needs nothing more) are passed through.
 */

export const ADMIN_TOKENS_PATH = '/admin/access/api/tokens';

/** The Tokens page of the org's Admin Console (where Start goes), on the scheme the org was seen on. */
export function tokensPageUrl(org: { subdomain: string; cell: string }, protocol: string): string {
  return `${adminConsoleOrigin(org, protocol)}${ADMIN_TOKENS_PATH}`;
}
export const ADMIN_ENTRY_PATH = '/home/admin-entry';
/** Pages of Security > API (its tabs). */
const API_SECTION_PATHS = ['/admin/oauth2/as', '/admin/access/api/'];

/** The network choice in the create-token dialog: needs nothing more, needs a choice, or needs zones picked. */
export type NetworkState = 'settled' | 'needs-choice' | 'needs-zones';

export interface PageFacts {
  host: 'org' | 'admin';
  path: string;
  signInFormVisible: boolean;
  /** Okta's create-token dialog, when open: what it still needs from the admin. */
  createDialog: { nameFilled: boolean; network: NetworkState } | null;
  revealedTokenVisible: boolean;
  apiNavVisible: boolean;
  tokenCaptured: boolean;
  linked: boolean;
}

function isStepUpPath(path: string): boolean {
  return path.startsWith('/login/step-up') || path.startsWith('/signin/verify') || path.includes('/reauth');
}

export function deriveStep(facts: PageFacts): StepId {
  if (facts.linked) return 'linked';
  if (facts.tokenCaptured || facts.revealedTokenVisible) return 'token-captured';
  if (facts.host === 'org') {
    if (isStepUpPath(facts.path)) return 'submit-token';
    if (facts.signInFormVisible || facts.path.startsWith('/login') || facts.path.startsWith('/signin')) {
      return 'sign-in';
    }
    return 'open-admin';
  }
  if (facts.createDialog) {
    if (!facts.createDialog.nameFilled) return 'name-token';
    if (facts.createDialog.network !== 'settled') return 'choose-network';
    return 'submit-token';
  }
  if (facts.path === ADMIN_TOKENS_PATH || facts.path === `${ADMIN_TOKENS_PATH}/`) return 'create-token';
  if (API_SECTION_PATHS.some((prefix) => facts.path.startsWith(prefix))) return 'open-tokens-tab';
  if (facts.apiNavVisible) return 'open-api';
  return 'open-security';
}
