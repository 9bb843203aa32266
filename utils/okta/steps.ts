import { adminConsoleOrigin, type OktaOrg } from './domain';
import type { TargetId } from './locators';
import type { StepId } from './steps-ids';

/**
 * The guide's current step, derived from what the page shows — never from a counter, so an admin who
 * jumps ahead, goes back or reloads gets the right step.
 */
export interface PageFacts {
  host: 'org' | 'admin';
  path: string;
  signInFormVisible: boolean;
  createDialogOpen: boolean;
  revealedTokenVisible: boolean;
  apiNavVisible: boolean;
  /** The admin moved on from the name field (or said "Next"). */
  nameAcknowledged: boolean;
  /** The admin chose a network option (or kept the default on purpose). */
  networkAcknowledged: boolean;
  tokenCaptured: boolean;
  linked: boolean;
}

export const ADMIN_TOKENS_PATH = '/admin/access/api/tokens';
export const ADMIN_ENTRY_PATH = '/home/admin-entry';
const API_SECTION_PATHS = ['/admin/oauth2/as', '/admin/access/api/'];

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
  if (facts.createDialogOpen) {
    if (!facts.nameAcknowledged) return 'name-token';
    if (!facts.networkAcknowledged) return 'choose-network';
    return 'submit-token';
  }
  if (facts.path === ADMIN_TOKENS_PATH || facts.path === `${ADMIN_TOKENS_PATH}/`) return 'create-token';
  if (API_SECTION_PATHS.some((prefix) => facts.path.startsWith(prefix))) return 'open-tokens-tab';
  if (facts.apiNavVisible) return 'open-api';
  return 'open-security';
}

/** What a step points at on the page (none for steps that only inform). */
export function targetOf(step: StepId, host: PageFacts['host']): TargetId | null {
  // On the step-up page the thing to act on is Okta's own verification form.
  if (step === 'submit-token' && host === 'org') return 'sign-in-form';
  return STEP_TARGET[step];
}

const STEP_TARGET: Record<StepId, TargetId | null> = {
  'sign-in': 'sign-in-form',
  'open-admin': 'admin-button',
  'open-security': 'security-nav',
  'open-api': 'api-nav',
  'open-tokens-tab': 'tokens-tab',
  'create-token': 'create-token-button',
  'name-token': 'token-name-input',
  'choose-network': 'network-select',
  'submit-token': 'submit-token-button',
  'token-captured': 'revealed-token',
  linked: null,
};

/** A direct link that skips the clicking, where one exists. */
export function shortcutFor(
  step: StepId,
  org: Pick<OktaOrg, 'subdomain' | 'cell'>,
  protocol: string,
): string | null {
  const adminTokens = `${adminConsoleOrigin(org, protocol)}${ADMIN_TOKENS_PATH}`;
  switch (step) {
    case 'open-admin':
      return `${protocol}//${org.subdomain}.${org.cell}${ADMIN_ENTRY_PATH}`;
    case 'open-security':
    case 'open-api':
    case 'open-tokens-tab':
      return adminTokens;
    default:
      return null;
  }
}
