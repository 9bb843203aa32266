import { browser } from 'wxt/browser';
import { t } from '../i18n/browser-language';
import type { Translator } from '../i18n/catalogue';
import { guideSpeech } from '../i18n/package-catalogues';
import { GUIDE_ALIVE_FLAG, type GuideMode, type GuidePush, type GuideStatus } from '../messages';
import { type OktaOrg, oktaOrgOf } from '../okta/domain';
import { privilegeMessage } from '../okta/privilege-copy';
import { tokensPageUrl } from '../okta/steps';
import type { StepId } from '../okta/steps-ids';
import {
  type CapturedToken,
  type GuideState,
  guidesItem,
  type HubSession,
  hubSessionItem,
  type LinkOutcome,
  linkOutcomeItem,
  type OrgProtocol,
  privilegeItem,
  readSettings,
  updateItem,
} from '../storage';
import { tabOf } from '../tabs';
import { originOf } from '../url';
import { protocolOfPage, rememberOrg } from './recent-orgs';
import { describeToken, readToken, wipeExpiredToken } from './token-vault';

/** The guide's life per tab: started on Start or Show me the way, injected after each page load, stopped on request. */

export const GUIDE_SCRIPT = '/content-scripts/guide.js';

export async function guideOf(tabId: number): Promise<GuideState | null> {
  return (await guidesItem.getValue())[String(tabId)] ?? null;
}

async function updateGuides(change: (guides: Record<string, GuideState>) => void): Promise<void> {
  await updateItem(guidesItem, (current) => {
    const guides = { ...current };
    change(guides);
    // Nothing changed (e.g. a closed tab that had no guide): hand back `current`, so nothing is written.
    const keys = Object.keys(guides);
    const same =
      keys.length === Object.keys(current).length && keys.every((tabId) => guides[tabId] === current[tabId]);
    return same ? current : guides;
  });
}

export type StartGuideResult = { ok: true } | { ok: false; message: string };

/**
 * Start (`direct`): the tab goes to the org's Tokens page and the guide runs there. Show me the way (`tour`):
 * the guide teaches the way from the page the tab shows. Either begins a new journey on the org.
 */
export async function startGuide(
  tabId: number,
  pageUrl: string | undefined,
  mode: GuideMode = 'tour',
): Promise<StartGuideResult> {
  const org = oktaOrgOf(pageUrl);
  if (!org || !pageUrl) return { ok: false, message: t('start_only_okta') };
  const protocol = protocolOfPage(pageUrl);
  await beginJourney(org.orgDomain, protocol);
  const destination = tokensPageUrl(org, protocol);
  if (mode === 'direct' && !isSamePage(pageUrl, destination)) {
    return sendToTokensPage(tabId, org.orgDomain, destination);
  }
  await recordGuide(tabId, org.orgDomain, mode);
  return showGuide(tabId);
}

/**
 * Get token from Okta (on a hub tab): the org's Tokens page in a new tab next to the hub's, guide running.
 * The page may finish loading before its guide is recorded (its "complete" then found none): the guide is
 * caught up in turn with the tab's own events, so it comes exactly once.
 */
export async function openGuideInNewTab(
  org: OktaOrg,
  protocol: OrgProtocol,
  next: { windowId?: number; index?: number; openerTabId?: number },
): Promise<{ ok: true; tabId: number } | { ok: false; message: string }> {
  await beginJourney(org.orgDomain, protocol);
  const url = tokensPageUrl(org, protocol);
  const tabId = (await browser.tabs.create({ url, active: true, ...next }).catch(() => undefined))?.id;
  if (tabId === undefined) {
    return {
      ok: false,
      message: t('start_tab_not_opened', { org: org.orgDomain }),
    };
  }
  await recordGuide(tabId, org.orgDomain, 'direct');
  await inTurn(tabEvents, tabId, async () => {
    const tab = await tabOf(tabId);
    if (tab?.status === 'complete') await resumeGuideAfterNavigation(tabId, tab.url);
  });
  return { ok: true, tabId };
}

/**
 * A new journey on an org: remembered among the recent orgs, and a link made earlier on it no longer counts
 * for the guide (which would otherwise show "linked" at once).
 */
async function beginJourney(orgDomain: string, protocol: OrgProtocol): Promise<void> {
  await rememberOrg(orgDomain, protocol);
  await updateItem(linkOutcomeItem, (outcome) =>
    outcome?.status === 'linked' && outcome.orgDomain === orgDomain ? null : outcome,
  );
}

async function recordGuide(
  tabId: number,
  orgDomain: string,
  mode: GuideMode,
  extra: Pick<GuideState, 'leavingPage'> = {},
): Promise<void> {
  await updateGuides((guides) => {
    guides[String(tabId)] = { orgDomain, mode, startedAt: Date.now(), step: null, target: null, ...extra };
  });
}

/** The page being left gets no guide: it is recorded as such until the tab starts loading the Tokens page. */
async function sendToTokensPage(tabId: number, orgDomain: string, url: string): Promise<StartGuideResult> {
  await recordGuide(tabId, orgDomain, 'direct', { leavingPage: true });
  try {
    await browser.tabs.update(tabId, { url });
    return { ok: true };
  } catch {
    await forgetTab(tabId);
    return {
      ok: false,
      message: t('start_tokens_not_opened'),
    };
  }
}

function isSamePage(pageUrl: string, destination: string): boolean {
  const page = new URL(pageUrl);
  const target = new URL(destination);
  return page.origin === target.origin && page.pathname.replace(/\/$/, '') === target.pathname;
}

/**
 * A tab's loading status changed. Handled in the order the browser reported, per tab: a page that loads fast
 * reports "complete" right after "loading", and must find the guide that "loading" made ready.
 */
export function onTabStatus(
  tabId: number,
  status: string | undefined,
  url: string | undefined,
): Promise<void> {
  return inTurn(tabEvents, tabId, async () => {
    if (status === 'loading') await noteNavigationStarted(tabId);
    if (status === 'complete') await resumeGuideAfterNavigation(tabId, url);
  });
}
const tabEvents = new Map<number, Promise<unknown>>();

/** Runs one tab's tasks of a kind one after another, in the order they came. */
function inTurn<T>(queue: Map<number, Promise<unknown>>, tabId: number, task: () => Promise<T>): Promise<T> {
  const next = (queue.get(tabId) ?? Promise.resolve()).then(task);
  const settled = next.catch(() => undefined);
  queue.set(tabId, settled);
  void settled.then(() => {
    if (queue.get(tabId) === settled) queue.delete(tabId);
  });
  return next;
}

/** The tab started loading a page: the page Start sent it to, guided once it has loaded. */
async function noteNavigationStarted(tabId: number): Promise<void> {
  await updateGuides((guides) => {
    const guide = guides[String(tabId)];
    if (guide?.leavingPage) guides[String(tabId)] = { ...guide, leavingPage: false };
  });
}

/**
 * Set in the page's isolated world just before the guide's script is injected: the page already got the
 * guide, even before it says it is alive. The mark goes with the page, so a page load starts without it.
 */
const GUIDE_INJECTED_FLAG = '__oktaLinkGuideInjected';

async function injectGuide(tabId: number): Promise<StartGuideResult> {
  const target = { tabId, frameIds: [0] };
  try {
    await browser.scripting.executeScript({
      target,
      func: (flag: string) => {
        (globalThis as Record<string, unknown>)[flag] = true;
      },
      args: [GUIDE_INJECTED_FLAG],
    });
    await browser.scripting.executeScript({ target, files: [GUIDE_SCRIPT] });
    return { ok: true };
  } catch {
    return {
      ok: false,
      message: t('start_not_shown'),
    };
  }
}

/**
 * One injection at a time per tab. A guide showing on the page is told its new state instead of getting a
 * twin; after a page load (`onLoad`), a page that already got the guide (a catch-up met the page's own
 * "complete") gets nothing more. Start injects again into a page whose guide was stopped.
 */
function showGuide(tabId: number, { onLoad = false } = {}): Promise<StartGuideResult> {
  return inTurn(injections, tabId, async () => {
    const page = await guideOnPage(tabId);
    if (page.alive) {
      await pushStatus(tabId);
      return { ok: true } as const;
    }
    if (onLoad && page.injected) return { ok: true } as const;
    return injectGuide(tabId);
  });
}
const injections = new Map<number, Promise<unknown>>();

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

/** The guide said which language its page is in: its words follow it from now on. */
export async function recordLanguage(tabId: number, language: string | undefined): Promise<void> {
  await updateGuides((guides) => {
    const guide = guides[String(tabId)];
    if (guide && guide.language !== language) guides[String(tabId)] = { ...guide, language };
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
  if (!guide || guide.leavingPage || oktaOrgOf(url)?.orgDomain !== guide.orgDomain) return;
  await showGuide(tabId, { onLoad: true });
}

/** Whether the page in the tab runs a guide, or got one that has not said so yet. */
async function guideOnPage(tabId: number): Promise<{ alive: boolean; injected: boolean }> {
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (aliveFlag: string, injectedFlag: string) => {
        const world = globalThis as Record<string, unknown>;
        return { alive: world[aliveFlag] === true, injected: world[injectedFlag] === true };
      },
      args: [GUIDE_ALIVE_FLAG, GUIDE_INJECTED_FLAG],
    });
    const result = probe?.result as { alive?: unknown; injected?: unknown } | undefined;
    return { alive: result?.alive === true, injected: result?.injected === true };
  } catch {
    return { alive: false, injected: false };
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
  // The console's language, else the browser's: the words, the privilege verdict and Connect's notes in it.
  const speech = await guideSpeech(guide?.language);
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
    connect: token && session ? connectOffer(session, token, outcome, speech.translator) : null,
    privilege: verdict ? privilegeMessage(verdict, speech.translator) : null,
    lang: speech.lang,
    words: speech.words,
  };
}

/** Connect from the overlay: where the token would go, and how the last attempt with this token went. */
function connectOffer(
  session: HubSession,
  token: CapturedToken,
  outcome: LinkOutcome | null,
  guideLanguage: Translator,
): NonNullable<GuideStatus['connect']> {
  const offer = { hubOrigin: originOf(session.baseUrl) ?? session.baseUrl, message: null };
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
        message: guideLanguage.t('hub_choose_in_popup'),
      };
    default:
      return { ...offer, state: 'ready' };
  }
}

export async function pushStatus(tabId: number): Promise<void> {
  const tab = await tabOf(tabId);
  if (!tab) return;
  const push: GuidePush = { type: 'guide:status', status: await guideStatusFor(tabId, tab.url) };
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
async function pushStatusToAll(): Promise<void> {
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
  // The guides hear of the link from the outcome's watch (keepGuidesInformed): GuideStatus holds no step.
}
