import { browser } from 'wxt/browser';
import { t } from '../i18n/browser-language';
import {
  HUB_FORM_FILLER_GLOBAL,
  type HubFillRequest,
  type HubFormFiller,
  type HubFormFillRequest,
  type HubFormFillResult,
  type HubFormFillView,
  type HubFormInspection,
  type HubFormInspectionView,
  type HubFormRefusal,
  hubFormFillResultSchema,
  hubFormInspectionSchema,
} from '../messages/hub-fill-protocol';
import type { FillHubFormOptions } from '../messages/popup-protocol';
import {
  DEFAULT_SETTINGS,
  type FilledHubTab,
  filledHubTabsItem,
  linkOutcomeItem,
  readOwnSettings,
  settingsItem,
  updateItem,
} from '../storage';
import { tabUrl } from '../tabs';
import { originOf } from '../url';
import { hubConfirmsAccount } from './confirm-account';
import { recordLinked } from './linked';
import { annotateToken, tokenFor } from './token-vault';

/*
 * "Fill hub form" from the background: the hub filler is injected into the top frame of the tab the admin
 * chose only when the popup asks, and the token goes to that frame only, as an argument of the call that
 * fills. Nothing the page answers contains it; nothing here logs it.
 */

export const HUB_FILL_SCRIPT = '/content-scripts/hub-fill.js';

export async function inspectHubForm(tabId: number): Promise<HubFormInspectionView> {
  const answer = hubFormInspectionSchema.safeParse(await callFiller(tabId, null));
  return withTrust(answer.success ? answer.data : unreachable());
}

export async function fillHubForm(tabId: number, options: FillHubFormOptions): Promise<HubFormFillView> {
  const captured = await tokenFor(options.orgDomain);
  if (!captured) {
    return withTrust({
      ok: false,
      reason: 'no-token',
      origin: options.origin,
      message: t('hubform_no_token'),
    });
  }
  if (!captured.orgDomain) {
    return withTrust({
      ok: false,
      reason: 'token-org-unknown',
      origin: options.origin,
      message: t('hubform_token_org_unknown'),
    });
  }
  const tabOrigin = await tabOriginOf(tabId);
  if (tabOrigin && tabOrigin !== options.origin) {
    return withTrust({
      ok: false,
      reason: 'page-changed',
      origin: tabOrigin,
      message: t('fill_page_changed', { origin: tabOrigin, expected: options.origin }),
    });
  }
  const request: HubFormFillRequest = {
    values: {
      orgDomain: captured.orgDomain,
      token: captured.token,
      eventHookName: options.eventHookName?.trim() || undefined,
    },
    expectedOrigin: options.origin,
    overwrite: options.overwrite === true,
    pointAtConnect: options.pointAtConnect === true,
  };
  const answer = hubFormFillResultSchema.safeParse(await callFiller(tabId, request));
  const result: HubFormFillResult = answer.success ? answer.data : unreachable();
  if (result.ok && result.filled.length > 0) {
    // The hub's form has it now: only the hub may end it in Okta, never our revocation.
    await annotateToken(captured, { handedToHub: 'filled' });
    await rememberFilledTab(tabId, result.origin, captured.orgDomain);
    if (options.trustOrigin) await trustHubOrigin(result.origin);
  }
  return withTrust(result);
}

async function rememberFilledTab(tabId: number, origin: string, orgDomain: string): Promise<void> {
  await updateItem(filledHubTabsItem, (filled) => ({
    ...filled,
    [String(tabId)]: { origin, orgDomain, filledAt: Date.now() },
  }));
}

/** How long after a fill the hub's own "connected" is taken as the end of that fill. */
const FILL_TO_CONNECT_MS = 30 * 60 * 1000;

/**
 * The hub in a tab we filled says it connected (its `success` event, after the admin clicked its Connect). Only
 * the tab and page origin that were filled can say so, and only the hub backend's confirmation of the account
 * ends the token's job (confirm-account.ts): a page script can dispatch the event too.
 */
export async function recordHubConnected(
  tabId: number,
  pageUrl: string,
  request: HubFillRequest,
): Promise<void> {
  const counts = (candidate: FilledHubTab | undefined): candidate is FilledHubTab =>
    candidate !== undefined &&
    originOf(pageUrl) === candidate.origin &&
    Date.now() - candidate.filledAt <= FILL_TO_CONNECT_MS;
  const pending = (await filledHubTabsItem.getValue())[String(tabId)];
  if (!counts(pending)) return;
  if (!(await hubConfirmsAccount(tabId, request.accountId))) {
    // The page said so, the hub did not: no "Connected", the token kept until its deadline, the fill still
    // waiting for the hub's real success.
    await linkOutcomeItem.setValue({
      status: 'failed',
      kind: 'unconfirmed',
      orgDomain: pending.orgDomain,
      message: t('hubform_unconfirmed'),
      at: Date.now(),
    });
    return;
  }
  // Taking the fill out of the list and deciding it counts is one step: a second "connected" finds it gone.
  let fill: FilledHubTab | undefined;
  await updateItem(filledHubTabsItem, (filled) => {
    const candidate = filled[String(tabId)];
    if (!counts(candidate)) return filled;
    fill = candidate;
    const { [String(tabId)]: _done, ...rest } = filled;
    return rest;
  });
  if (!fill) return;
  await recordLinked(fill.orgDomain, request.accountId ?? '', request.provider ?? 'okta');
}

/** Remembers that the admin trusts an origin for filling; the options page lists and revokes it. */
async function trustHubOrigin(origin: string): Promise<void> {
  await updateItem(settingsItem, (stored) => {
    const current = { ...DEFAULT_SETTINGS, ...stored };
    if (current.trustedHubOrigins.includes(origin)) return current;
    return { ...current, trustedHubOrigins: [...current.trustedHubOrigins, origin] };
  });
}

async function withTrust<R extends HubFormInspection | HubFormFillResult>(
  result: R,
): Promise<R & { trusted: boolean }> {
  // Trusted origins are the admin's own (no policy sets them): the browser's policy read is not waited for.
  const { trustedHubOrigins } = await readOwnSettings();
  return { ...result, trusted: result.origin !== undefined && trustedHubOrigins.includes(result.origin) };
}

function unreachable(): HubFormRefusal {
  return {
    ok: false,
    reason: 'unreachable',
    message: t('hubform_unreachable'),
  };
}

async function tabOriginOf(tabId: number): Promise<string | null> {
  const url = await tabUrl(tabId);
  return url ? originOf(url) : null;
}

/**
 * Injects the hub filler into the tab's top frame, then calls it: `inspect` without a request, `fill` with
 * one. Undefined when the tab cannot be scripted (no access, a browser page, the tab closed).
 */
async function callFiller(tabId: number, request: HubFormFillRequest | null): Promise<unknown> {
  const target = { tabId, frameIds: [0] };
  try {
    await browser.scripting.executeScript({ target, files: [HUB_FILL_SCRIPT] });
    const [injection] = await browser.scripting.executeScript({
      target,
      func: callInstalledFiller,
      args: [HUB_FORM_FILLER_GLOBAL, request],
    });
    return injection?.result;
  } catch {
    return undefined;
  }
}

/** Runs in the tab's isolated world, serialised by `executeScript`: it may use nothing from this module. */
function callInstalledFiller(globalName: string, request: HubFormFillRequest | null) {
  const filler = (globalThis as Record<string, unknown>)[globalName] as HubFormFiller | undefined;
  if (!filler) return null;
  return request ? filler.fill(request) : filler.inspect();
}
