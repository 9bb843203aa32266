import type { HubFormInspectionView } from '../messages/hub-fill-protocol';
import type { PopupState } from '../messages/popup-protocol';

/**
 * The one thing the popup offers first, for where the admin is and what the extension holds; everything
 * else is one click away ("More options").
 */
export type NextStep =
  /** Okta tab, no token: Start (straight to the Tokens page), with "Show me the way" beside it. */
  | 'start'
  /** Okta tab, a guide running: its progress (the page shows what to do). */
  | 'guide-running'
  /** A token and a hub session: Connect. */
  | 'connect'
  /** Okta tab, a token but no hub session: go to the hub's page, or paste a session. */
  | 'find-hub'
  /** Hub tab, a token: Fill hub form. */
  | 'fill'
  /** Hub tab showing the hub's Okta form, no token: Get token from Okta. */
  | 'get-token'
  /** Hub tab whose Get-token-from-Okta journey is under way (or filled the form: the hub's Connect is next). */
  | 'journey'
  /** Hub tab, no form (yet) to act on: what the page shows. */
  | 'no-form'
  /** A page the extension has nothing to do on. */
  | 'none';

/**
 * Refusals of a hub that shows Okta's form in its other method (OAuth 2.0, or the method not chosen yet): Get token
 * from Okta is shown, saying to choose API Key first; the journey starts only once the API Key form is shown.
 */
const JOURNEY_MAY_START = new Set(['oauth-form', 'auth-method-chooser']);

/** The journey statuses in which its hub tab has nothing to do in the popup: wait, reopen, or click the hub's Connect. */
const JOURNEY_LEADS = new Set(['waiting-token', 'okta-closed', 'filling', 'filled']);

/** The popup is on the hub tab of a Get-token-from-Okta journey that says what comes next. */
export function journeyWaitsHere(state: PopupState): boolean {
  return state.journey?.here === 'hub' && JOURNEY_LEADS.has(state.journey.status);
}

export function nextStepFor(state: PopupState, inspection: HubFormInspectionView | null): NextStep {
  const token = state.token !== null;
  const session = state.hubSession !== null;
  if (state.page.kind === 'okta') {
    if (token) return session ? 'connect' : 'find-hub';
    const running = state.guide !== null && state.guide.step !== 'linked';
    return running ? 'guide-running' : 'start';
  }
  if (!state.pageOrigin?.startsWith('http')) return 'none';
  if (journeyWaitsHere(state)) return 'journey';
  if (token) return 'fill';
  return inspection && (inspection.ok || JOURNEY_MAY_START.has(inspection.reason)) ? 'get-token' : 'no-form';
}
