import { browser } from 'wxt/browser';
import { createHubClient, HubError } from '../hub/client';
import { type GuideRequest, type PopupRequest, parseRequest } from '../messages';
import { oktaOrgOf } from '../okta/domain';
import { hubSessionItem, privilegeItem } from '../storage';
import { tabUrl } from '../tabs';
import { guideOf, guideStatusFor, pushStatusToOrg, recordStep, startGuide, stopGuide } from './guides';
import { fillHubForm, inspectHubForm, recordHubConnected } from './hub-form';
import { findHubSessionInTab, useHubSessionFromInput } from './hub-session';
import { connect } from './link-service';
import { popupStateFor } from './popup-state';
import { storeToken, wipeToken } from './token-vault';

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

async function handlePopupRequest(request: PopupRequest): Promise<unknown> {
  switch (request.type) {
    case 'popup:get-state':
      return popupStateFor(request.tabId);
    case 'popup:start-guide':
      return startGuide(request.tabId, await tabUrl(request.tabId));
    case 'popup:stop-guide':
      await stopGuide(request.tabId);
      return { ok: true };
    case 'popup:paste-token': {
      const org = oktaOrgOf(await tabUrl(request.tabId));
      if (!org)
        return {
          ok: false,
          message: 'Paste the token while the popup is open on the Okta org it belongs to.',
        };
      const stored = await storeToken(request.token, org.orgDomain, 'pasted');
      if (stored.ok) await pushStatusToOrg(org.orgDomain);
      return stored;
    }
    case 'popup:forget-token': {
      await wipeToken();
      return { ok: true };
    }
    case 'popup:find-hub-session':
      return findHubSessionInTab(request.tabId);
    case 'popup:set-hub-session':
      return useHubSessionFromInput(request.session, request.baseUrl);
    case 'popup:test-hub-session':
      return testHubSession();
    case 'popup:connect':
      return connect({
        eventHookName: request.eventHookName,
        integrationId: request.integrationId,
        confirmAfterUnknownOutcome: request.confirmAfterUnknownOutcome,
      });
    case 'popup:inspect-hub-form':
      return inspectHubForm(request.tabId);
    case 'popup:fill-hub-form':
      return fillHubForm(request.tabId, {
        origin: request.origin,
        eventHookName: request.eventHookName,
        overwrite: request.overwrite,
        trustOrigin: request.trustOrigin,
      });
  }
}

async function testHubSession(): Promise<{ ok: boolean; message: string }> {
  const session = await hubSessionItem.getValue();
  if (!session) return { ok: false, message: 'No hub session to test.' };
  try {
    await createHubClient({
      baseUrl: session.baseUrl,
      sessionToken: session.token,
      retry: { attempts: 1 },
    }).getSettings();
    return { ok: true, message: 'The hub accepted this session.' };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof HubError ? error.message : 'The hub could not be reached.',
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
      break;
    case 'guide:step':
      await recordStep(tabId, request.step, request.target);
      return undefined;
    case 'guide:privilege':
      await privilegeItem.setValue({
        ...(await privilegeItem.getValue()),
        [guide.orgDomain]: request.verdict,
      });
      break;
    case 'guide:token-revealed': {
      const stored = await storeToken(request.token, guide.orgDomain, 'guide');
      if (stored.ok) await pushStatusToOrg(guide.orgDomain);
      break;
    }
    case 'guide:stop':
      await stopGuide(tabId);
      return undefined;
  }
  return guideStatusFor(tabId, url);
}
