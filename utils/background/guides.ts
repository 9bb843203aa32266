import { browser } from 'wxt/browser';
import { GUIDE_ALIVE_FLAG, type GuideMode, type GuidePush, type GuideStatus } from '../messages';
import { oktaOrgOf } from '../okta/domain';
import { privilegeMessage } from '../okta/privilege-copy';
import type { StepId } from '../okta/steps-ids';
import {
  type CapturedToken,
  type GuideState,
  guidesItem,
  type HubSession,
  hubSessionItem,
  type LinkOutcome,
  linkOutcomeItem,
  privilegeItem,
  readSettings,
  updateItem,
} from '../storage';
import { originOf } from '../url';
import { describeToken, readToken, wipeExpiredToken } from './token-vault';

/** The guide's life per tab: started on Start, injected after each navigation, stopped on request. */

export const GUIDE_SCRIPT = '/content-scripts/guide.js';

export async function guideOf(tabId: number): Promise<GuideState | null> {
  return (await guidesItem.getValue())[String(tabId)] ?? null;
}

async function updateGuides(change: (guides: Record<string, GuideState>) => void): Promise<void> {
  await updateItem(guidesItem, (current) => {
    const guides = { ...current };
    change(guides);
    return guides;
  });
}

export type StartGuideResult = { ok: true } | { ok: false; message: string };

export async function startGuide(
  tabId: number,
  pageUrl: string | undefined,
  mode: GuideMode = 'tour',
): Promise<StartGuideResult> {
  const org = oktaOrgOf(pageUrl);
  if (!org) return { ok: false, message: 'The guide runs only on Okta org pages.' };
  await updateGuides((guides) => {
    guides[String(tabId)] = {
      orgDomain: org.orgDomain,
      mode,
      startedAt: Date.now(),
      step: null,
      target: null,
    };
  });
  return injectGuide(tabId);
}

export async function injectGuide(tabId: number): Promise<StartGuideResult> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [GUIDE_SCRIPT] });
    return { ok: true };
  } catch {
    return {
      ok: false,
      message: 'The guide could not be shown on this page. Reload the page and try again.',
    };
  }
}

export async function stopGuide(tabId: number): Promise<void> {
  await updateGuides((guides) => {
    delete guides[String(tabId)];
  });
  await pushStatus(tabId);
}

export async function forgetTab(tabId: number): Promise<void> {
  await updateGuides((guides) => {
    delete guides[String(tabId)];
  });
}

export async function recordStep(tabId: number, step: StepId, target: 'found' | 'missing'): Promise<void> {
  await updateGuides((guides) => {
    const guide = guides[String(tabId)];
    if (guide) guides[String(tabId)] = { ...guide, step, target };
  });
}

/** A guided tab finished loading a page: bring the guide back if the page is still on the guided org. */
export async function resumeGuideAfterNavigation(tabId: number, url: string | undefined): Promise<void> {
  const guide = await guideOf(tabId);
  if (!guide) return;
  const org = oktaOrgOf(url);
  if (org?.orgDomain !== guide.orgDomain || (await isGuideAlive(tabId))) return;
  await injectGuide(tabId);
}

/** A same-document (SPA) navigation keeps the guide running: no second copy. */
async function isGuideAlive(tabId: number): Promise<boolean> {
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (flag: string) => (globalThis as Record<string, unknown>)[flag] === true,
      args: [GUIDE_ALIVE_FLAG],
    });
    return probe?.result === true;
  } catch {
    return false;
  }
}

/** What one guide may know: never the token itself, only its masked form; never the hub session, only its origin. */
export async function guideStatusFor(tabId: number, pageUrl: string | undefined): Promise<GuideStatus> {
  const [guide, settings, privileges, captured, outcome, session] = await Promise.all([
    guideOf(tabId),
    readSettings(),
    privilegeItem.getValue(),
    readToken(),
    linkOutcomeItem.getValue(),
    hubSessionItem.getValue(),
  ]);
  const org = oktaOrgOf(pageUrl);
  const running = Boolean(guide && org && org.orgDomain === guide.orgDomain);
  const orgDomain = running ? (guide?.orgDomain ?? null) : null;
  const token = captured && captured.orgDomain === orgDomain ? captured : null;
  const verdict = orgDomain ? privileges[orgDomain] : undefined;
  return {
    running,
    mode: guide?.mode ?? 'tour',
    orgDomain,
    tokenName: settings.tokenName,
    tokenCaptured: token ? { masked: describeToken(token).masked, expiresAt: token.expiresAt } : null,
    // A link made before this guide started belongs to an earlier journey: Start after `linked` begins anew.
    linkedAccountId:
      guide &&
      outcome?.status === 'linked' &&
      outcome.orgDomain === orgDomain &&
      outcome.linkedAt >= guide.startedAt
        ? outcome.accountId
        : null,
    connect: token && session ? connectOffer(session, token, outcome) : null,
    privilege: verdict ? privilegeMessage(verdict) : null,
  };
}

/** Connect from the overlay: where the token would go, and how the last attempt with this token went. */
function connectOffer(
  session: HubSession,
  token: CapturedToken,
  outcome: LinkOutcome | null,
): NonNullable<GuideStatus['connect']> {
  const offer = { hubOrigin: originOf(session.baseUrl) ?? session.baseUrl, integration: null, message: null };
  if (!outcome || outcome.orgDomain !== token.orgDomain) return { ...offer, state: 'ready' };
  switch (outcome.status) {
    case 'in-flight':
      return { ...offer, state: outcome.startedAt >= token.capturedAt ? 'in-flight' : 'ready' };
    case 'failed':
      return outcome.at >= token.capturedAt
        ? { ...offer, state: 'failed', message: outcome.message }
        : { ...offer, state: 'ready' };
    case 'choose-integration':
      return {
        ...offer,
        state: 'failed',
        message: 'The hub offers more than one Okta integration: choose one in the extension’s popup.',
      };
    default:
      return { ...offer, state: 'ready' };
  }
}

export async function pushStatus(tabId: number): Promise<void> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return;
  }
  const push: GuidePush = { type: 'guide:status', status: await guideStatusFor(tabId, url) };
  await browser.tabs.sendMessage(tabId, push, { frameId: 0 }).catch(() => {
    // No guide listening (page navigating, or never injected): it asks again when it starts.
  });
}

/** Tell every guide on an org that its state changed (token captured, linked, wiped). */
export async function pushStatusToOrg(orgDomain: string): Promise<void> {
  const guides = await guidesItem.getValue();
  await Promise.all(
    Object.entries(guides)
      .filter(([, guide]) => guide.orgDomain === orgDomain)
      .map(([tabId]) => pushStatus(Number(tabId))),
  );
}

/** Tell every guide that its state changed. */
export async function pushStatusToAll(): Promise<void> {
  const guides = await guidesItem.getValue();
  await Promise.all(Object.keys(guides).map((tabId) => pushStatus(Number(tabId))));
}

/**
 * The overlay offers Connect once a hub session is known and shows how the last link attempt went: when the
 * session or the outcome changes (from the popup, a hub tab, the overlay itself), the guides are told.
 * Returns the function that stops watching.
 */
export function keepGuidesInformed(): () => void {
  const unwatch = [hubSessionItem, linkOutcomeItem].map((item) => item.watch(() => void pushStatusToAll()));
  return () => {
    for (const stop of unwatch) stop();
  };
}

/** Wipes a token whose time is up and tells its org's guides, which then stop showing it as captured. */
export async function expireToken(now = Date.now()): Promise<void> {
  const orgDomain = await wipeExpiredToken(now);
  if (orgDomain) await pushStatusToOrg(orgDomain);
}

export async function markOrgLinked(orgDomain: string): Promise<void> {
  await updateGuides((guides) => {
    for (const [tabId, guide] of Object.entries(guides)) {
      if (guide.orgDomain === orgDomain) guides[tabId] = { ...guide, step: 'linked', target: 'found' };
    }
  });
  await pushStatusToOrg(orgDomain);
}
