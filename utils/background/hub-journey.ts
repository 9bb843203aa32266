import { type Browser, browser } from 'wxt/browser';
import { t } from '../i18n/browser-language';
import type { HubJourneyView, StartFromHubRequest, StartFromHubResult } from '../messages/popup-protocol';
import { oktaOrgOf } from '../okta/domain';
import { parseOrgInput } from '../okta/org-input';
import {
  type HubJourney,
  type HubJourneyStatus,
  hubJourneyItem,
  linkOutcomeItem,
  updateItem,
} from '../storage';
import { tabOf } from '../tabs';
import { originOf } from '../url';
import { openGuideInNewTab } from './guides';
import { fillHubForm, inspectHubForm } from './hub-form';
import { hubPageUnchanged, markHubPage } from './hub-page-mark';
import { protocolSeenFor } from './recent-orgs';

/*
 * "Get token from Okta", started on a hub tab: the org's Tokens page opens in a new tab with the guide; once
 * the guide captured the token there, the hub tab comes back and its form is filled through Fill hub form
 * (every safety check of a fill applies), pointing at the hub's own Connect. The admin's click authorised
 * exactly this: THAT hub tab, at THAT origin, with the token captured for THAT org in the tab the journey
 * opened. Everything else (another tab's capture, a hub tab showing another site) fills nothing.
 */

/** How long the click that started a journey authorises its fill. */
export const JOURNEY_LIFETIME_MS = 30 * 60 * 1000;

export async function startFromHub(
  hubTabId: number,
  request: StartFromHubRequest,
): Promise<StartFromHubResult> {
  const parsed = parseOrgInput(request.org);
  if (!parsed.ok) return { ok: false, field: 'org', message: parsed.message };
  const hubTab = await tabOf(hubTabId);
  const shown = originOfTab(hubTab);
  if (!hubTab || shown !== request.origin) {
    return {
      ok: false,
      field: 'page',
      message: t('fill_page_changed', {
        origin: shown ?? t('journey_another_page'),
        expected: request.origin,
      }),
    };
  }
  // Only an API Key form is a form the token can go into: the admin chooses that method first.
  const form = await inspectHubForm(hubTabId);
  if (!form.ok) return { ok: false, field: 'page', message: form.message };
  const pageMark = crypto.randomUUID();
  const hubUrl = await markHubPage(hubTabId, pageMark);
  if (!hubUrl || originOf(hubUrl) !== request.origin) {
    return {
      ok: false,
      field: 'page',
      message: t('journey_no_hub_form'),
    };
  }
  const { org } = parsed;
  const protocol = parsed.protocol ?? (await protocolSeenFor(org.orgDomain)) ?? 'https:';
  const startedAt = Date.now();
  await hubJourneyItem.setValue({
    hubTabId,
    hubOrigin: request.origin,
    hubUrl,
    pageMark,
    orgDomain: org.orgDomain,
    protocol,
    oktaTabId: null,
    startedAt,
    ...(request.eventHookName?.trim() ? { eventHookName: request.eventHookName.trim() } : {}),
    status: 'waiting-token',
    message: null,
  });
  const opened = await openGuideInNewTab(org, protocol, nextTo(hubTab));
  if (!opened.ok) {
    await hubJourneyItem.removeValue();
    return { ok: false, field: 'page', message: opened.message };
  }
  await updateJourney((journey) =>
    journey?.startedAt === startedAt ? { ...journey, oktaTabId: opened.tabId } : journey,
  );
  return { ok: true, orgDomain: org.orgDomain, oktaTabId: opened.tabId };
}

/** The Okta tab was closed before the capture: the same journey in a new tab. */
export async function reopenOktaTab(): Promise<{ ok: true } | { ok: false; message: string }> {
  const journey = await hubJourneyItem.getValue();
  const org = journey ? oktaOrgOf(`${journey.protocol}//${journey.orgDomain}`) : null;
  if (!journey || !org || journey.status !== 'okta-closed') {
    return { ok: false, message: t('journey_no_okta_tab') };
  }
  const opened = await openGuideInNewTab(org, journey.protocol, nextTo(await tabOf(journey.hubTabId)));
  if (!opened.ok) return opened;
  await updateJourney((current) =>
    current?.startedAt === journey.startedAt
      ? { ...current, oktaTabId: opened.tabId, status: 'waiting-token', message: null }
      : current,
  );
  return { ok: true };
}

export async function cancelHubJourney(): Promise<{ ok: true }> {
  await hubJourneyItem.removeValue();
  return { ok: true };
}

/**
 * A token was stored for `orgDomain` from `oktaTabId`: if that is the journey's capture, bring the hub tab
 * back and fill its form. Called after the token is stored, so a refused fill leaves it held.
 */
export async function continueAfterCapture(
  orgDomain: string,
  oktaTabId: number,
  now = Date.now(),
): Promise<void> {
  let claimed: HubJourney | null = null;
  // Claiming the journey is one step: a second capture (a reload of the reveal) finds it taken.
  await updateJourney((journey) => {
    if (
      journey?.status !== 'waiting-token' ||
      journey.orgDomain !== orgDomain ||
      journey.oktaTabId !== oktaTabId ||
      now - journey.startedAt > JOURNEY_LIFETIME_MS
    ) {
      return journey;
    }
    claimed = { ...journey, status: 'filling', message: null };
    return claimed;
  });
  const journey = claimed as HubJourney | null;
  if (!journey) return;
  const hubTab = await tabOf(journey.hubTabId);
  if (!hubTab?.id) return settle(journey, 'hub-closed');
  if (originOfTab(hubTab) !== journey.hubOrigin) return settle(journey, 'hub-navigated');
  await bringToFront(hubTab);
  // The click authorised THAT page with THAT hub: another page of the same origin (or the hub redrawn) gets
  // nothing without the admin's own Fill hub form, with its checks and notices.
  if (!journey.pageMark || !(await hubPageUnchanged(hubTab.id, journey.pageMark))) {
    return settle(journey, 'fill-refused', t('journey_page_changed'));
  }
  // `pointAtConnect`: once the fill is done, the hub filler highlights the hub's own Connect.
  const result = await fillHubForm(hubTab.id, {
    orgDomain: journey.orgDomain,
    origin: journey.hubOrigin,
    eventHookName: journey.eventHookName,
    pointAtConnect: true,
  });
  if (result.ok && result.filled.length > 0) return settle(journey, 'filled', result.message);
  return settle(journey, 'fill-refused', result.message);
}

/** A tab closed: the journey's Okta tab before the capture, or its hub tab. */
export async function noteTabClosed(tabId: number): Promise<void> {
  const journey = await hubJourneyItem.getValue();
  if (!journey || (journey.oktaTabId !== tabId && journey.hubTabId !== tabId)) return;
  await updateJourney((current) => {
    if (!current) return current;
    if (current.hubTabId === tabId) {
      // Filled and closed: the journey is over (the hub had its form; the token waits for its expiry).
      return current.status === 'filled' ? null : { ...current, status: 'hub-closed' };
    }
    if (current.oktaTabId === tabId && current.status === 'waiting-token') {
      return { ...current, oktaTabId: null, status: 'okta-closed' };
    }
    return current;
  });
}

/** The journey as seen from the popup's tab; none once its org was linked (the popup then says Connected). */
export async function hubJourneyFor(tabId: number): Promise<HubJourneyView | null> {
  const [journey, link] = await Promise.all([hubJourneyItem.getValue(), linkOutcomeItem.getValue()]);
  if (!journey) return null;
  if (
    link?.status === 'linked' &&
    link.orgDomain === journey.orgDomain &&
    link.linkedAt >= journey.startedAt
  ) {
    return null;
  }
  const here = journey.hubTabId === tabId ? 'hub' : journey.oktaTabId === tabId ? 'okta' : 'elsewhere';
  return { ...journey, here };
}

async function settle(journey: HubJourney, status: HubJourneyStatus, message: string | null = null) {
  await updateJourney((current) =>
    current?.startedAt === journey.startedAt ? { ...current, status, message } : current,
  );
}

function updateJourney(change: (journey: HubJourney | null) => HubJourney | null) {
  return updateItem(hubJourneyItem, change);
}

type Tab = Browser.tabs.Tab;

function originOfTab(tab: Tab | null): string | null {
  return tab?.url ? originOf(tab.url) : null;
}

function nextTo(tab: Tab | null) {
  if (!tab?.id) return {};
  return { windowId: tab.windowId, index: tab.index + 1, openerTabId: tab.id };
}

async function bringToFront(tab: Tab): Promise<void> {
  await browser.tabs.update(tab.id as number, { active: true });
  if (tab.windowId !== undefined)
    await browser.windows.update(tab.windowId, { focused: true }).catch(() => {});
}
