import { browser } from 'wxt/browser';
import { t } from '../i18n/browser-language';
import { GUIDE_ALIVE_FLAG, GUIDE_SCRIPT, type GuideMode, type StartGuideResult } from '../messages';
import { type OktaOrg, oktaOrgOf } from '../okta/domain';
import { tokensPageUrl } from '../okta/steps';
import { linkOutcomeItem, type OrgProtocol, updateItem } from '../storage';
import { tabOf } from '../tabs';
import { pushStatus } from './guide-status';
import { forgetTab, guideOf, noteNavigationStarted, recordGuide } from './guide-store';
import { protocolOfPage, rememberOrg } from './recent-orgs';

/** The guide's life per tab: started on Start or Show me the way, injected after each page load, stopped on request. */

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
  await forgetTab(tabId);
  await pushStatus(tabId);
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
