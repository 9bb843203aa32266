import { browser } from 'wxt/browser';
import { createHubClient, HubError } from '../hub/client';
import { t } from '../i18n/browser-language';
import { type GuideRequest, type PopupHandlers, type PopupRequest, parseRequest } from '../messages';
import type { StoreTokenResult } from '../messages/popup-protocol';
import { oktaOrgOf } from '../okta/domain';
import { hubSessionItem } from '../storage';
import { tabUrl } from '../tabs';
import { publish } from './events';
import { guideStatusFor } from './guide-status';
import { claimDialogOpening, guideOf, recordLanguage, recordStep } from './guide-store';
import { startGuide, stopGuide } from './guides';
import { fillHubForm, inspectHubForm, recordHubConnected } from './hub-form';
import { cancelHubJourney, reopenOktaTab, startFromHub } from './hub-journey';
import { findHubSessionInTab, useHubSessionFromInput } from './hub-session';
import { connect } from './link-service';
import { popupStateFor } from './popup-state';
import { checkPrivilegeOnce } from './privilege-service';
import { protocolOfPage } from './recent-orgs';
import { dismissRevokeFailure, openRevokeInOkta } from './revoke-in-okta';
import { supportDetails } from './support-details';
import {
  clearRevokeFailureBadge,
  endAfterGuideStopped,
  endToken,
  forgetToken,
  learnOktaId,
} from './token-lifecycle';
import { readToken, readTokens, storeToken } from './token-vault';

/**
 * The background's one entry for messages: the sender is identified and the message validated before
 * anything runs; anything else is dropped without an answer.
 */
export function handleMessage(
  message: unknown,
  sender: Parameters<typeof parseRequest>[1],
): Promise<unknown> | undefined {
  const parsed = parseRequest(
    message,
    sender,
    browser.runtime.id,
    browser.runtime.getURL('/').replace(/\/$/, ''),
  );
  if (!parsed.ok) return undefined;
  switch (parsed.from) {
    case 'extension-page':
      return handlePopupRequest(parsed.request);
    case 'guide':
      return handleGuideRequest(parsed.request, parsed.tabId, parsed.url);
    case 'hub-filler':
      return recordHubConnected(parsed.tabId, parsed.url, parsed.request);
  }
}

/** The popup's and options page's requests, one named handler each (see `PopupHandlers`). */
export const popupHandlers: PopupHandlers = {
  'popup:get-state': async ({ tabId, opened }) => {
    // The admin looks at the popup: the badge that called them here has done its job.
    if (opened) await clearRevokeFailureBadge();
    return popupStateFor(tabId, { opened });
  },
  'popup:start-guide': async ({ tabId, mode }) => startGuide(tabId, await tabUrl(tabId), mode),
  'popup:stop-guide': async ({ tabId }) => {
    await stopGuideAndItsToken(tabId);
    return { ok: true };
  },
  'popup:paste-token': async ({ tabId, token }) => {
    const org = oktaOrgOf(await tabUrl(tabId));
    if (!org) {
      return { ok: false, message: t('token_paste_on_its_org') };
    }
    return holdToken(token, org.orgDomain, 'pasted', tabId, await tabUrl(tabId));
  },
  'popup:forget-token': async ({ orgDomain }) => {
    const org = orgDomain ?? (await readTokens())[0]?.orgDomain;
    if (org) await forgetToken(org);
    return { ok: true };
  },
  'popup:revoke-in-okta': (key) => openRevokeInOkta(key),
  'popup:dismiss-revoke-failure': (key) => dismissRevokeFailure(key),
  'popup:find-hub-session': ({ tabId, confirmOrigin, replace }) =>
    findHubSessionInTab(tabId, { confirmOrigin, replace }),
  'popup:set-hub-session': ({ session, baseUrl }) => useHubSessionFromInput(session, baseUrl),
  'popup:test-hub-session': () => testHubSession(),
  'popup:connect': ({ orgDomain, eventHookName, integrationId, confirmAfterUnknownOutcome }) =>
    connect({ orgDomain, eventHookName, integrationId, confirmAfterUnknownOutcome }),
  'popup:inspect-hub-form': ({ tabId }) => inspectHubForm(tabId),
  'popup:fill-hub-form': ({ tabId, ...options }) => fillHubForm(tabId, options),
  'popup:start-from-hub': ({ tabId, ...request }) => startFromHub(tabId, request),
  'popup:reopen-okta-tab': () => reopenOktaTab(),
  'popup:cancel-hub-journey': () => cancelHubJourney(),
};

function handlePopupRequest(request: PopupRequest): Promise<unknown> {
  // The schema tied `type` to its request shape; TypeScript cannot follow that through an indexed call.
  const handler = popupHandlers[request.type] as (request: PopupRequest) => Promise<unknown>;
  return handler(request);
}

/**
 * A token the admin pasted or the guide captured: held for its org (a different one held there before ends
 * unused), its org's guides told, the journey carried on, and its Okta id looked up in the capturing tab.
 */
async function holdToken(
  token: string,
  orgDomain: string,
  source: Parameters<typeof storeToken>[2],
  tabId: number,
  pageUrl: string | undefined,
): Promise<StoreTokenResult> {
  const stored = await storeToken(token, orgDomain, source, {
    tabId,
    protocol: pageUrl ? protocolOfPage(pageUrl) : undefined,
  });
  if (!stored.ok) return stored;
  const { replaced, ...result } = stored;
  await publish('token-captured', { orgDomain, tabId });
  if (replaced) void endToken(replaced, 'replaced');
  const held = await readToken(orgDomain);
  if (held) void learnOktaId(held);
  return result;
}

/** Stop: the guide leaves the tab, and a token it captured there that no hub got ends (revoked in Okta). */
async function stopGuideAndItsToken(tabId: number): Promise<void> {
  const guide = await guideOf(tabId);
  await stopGuide(tabId);
  if (guide) await endAfterGuideStopped(tabId, guide.orgDomain);
}

async function testHubSession(): Promise<{ ok: boolean; message: string }> {
  const session = await hubSessionItem.getValue();
  if (!session) return { ok: false, message: t('options_no_session_to_test') };
  try {
    await createHubClient({
      baseUrl: session.baseUrl,
      sessionToken: session.token,
      retry: { attempts: 1 },
    }).getSettings();
    return { ok: true, message: t('options_session_accepted') };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof HubError ? error.message : t('options_hub_unreachable'),
    };
  }
}

async function handleGuideRequest(request: GuideRequest, tabId: number, url: string): Promise<unknown> {
  const guide = await guideOf(tabId);
  const org = oktaOrgOf(url);
  // A guide speaks only for the org its tab was started on; a look-alike or another org gets nothing.
  const onGuidedOrg = Boolean(guide && org && guide.orgDomain === org.orgDomain);
  if (!onGuidedOrg || !guide) return guideStatusFor(tabId, url);
  switch (request.type) {
    case 'guide:hello':
      await recordLanguage(tabId, request.language);
      void checkPrivilegeOnce(tabId, guide.orgDomain);
      break;
    case 'guide:step':
      await recordStep(tabId, request.step, request.target);
      return undefined;
    case 'guide:token-revealed': {
      await holdToken(request.token, guide.orgDomain, 'guide', tabId, url);
      break;
    }
    case 'guide:stop':
      await stopGuideAndItsToken(tabId);
      return undefined;
    case 'guide:connect':
      await connectFromGuide(guide.orgDomain);
      break;
    case 'guide:open-dialog':
      return { open: await claimDialogOpening(tabId) };
    case 'guide:support-details': {
      const { type: _, ...facts } = request;
      return {
        text: supportDetails({
          ...facts,
          extensionVersion: browser.runtime.getManifest().version,
          userAgent: navigator.userAgent,
        }),
      };
    }
  }
  return guideStatusFor(tabId, url);
}

/**
 * The overlay's Connect (a trusted click on the guided org's page): links the token held for that org only —
 * a guide on one org never sends another org's token. The popup's Connect is the same `connect()`, so two
 * clicks still make one request. The clicking guide gets the outcome as its answer, the others by a push
 * (`keepGuidesInformed`).
 */
async function connectFromGuide(orgDomain: string): Promise<void> {
  if (await readToken(orgDomain)) await connect({ orgDomain });
}
