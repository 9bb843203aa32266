import { browser } from 'wxt/browser';
import { createHubClient, HubError } from '../hub/client';
import { t } from '../i18n/browser-language';
import { type GuideRequest, type PopupHandlers, type PopupRequest, parseRequest } from '../messages';
import { oktaOrgOf } from '../okta/domain';
import { hubSessionItem } from '../storage';
import { tabUrl } from '../tabs';
import { publish } from './events';
import { guideStatusFor } from './guide-status';
import { guideOf, recordLanguage, recordStep } from './guide-store';
import { startGuide, stopGuide } from './guides';
import { fillHubForm, inspectHubForm, recordHubConnected } from './hub-form';
import { cancelHubJourney, reopenOktaTab, startFromHub } from './hub-journey';
import { findHubSessionInTab, useHubSessionFromInput } from './hub-session';
import { connect } from './link-service';
import { popupStateFor } from './popup-state';
import { checkPrivilegeOnce } from './privilege-service';
import { supportDetails } from './support-details';
import { readToken, storeToken, wipeToken } from './token-vault';

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
  'popup:get-state': ({ tabId, opened }) => popupStateFor(tabId, { opened }),
  'popup:start-guide': async ({ tabId, mode }) => startGuide(tabId, await tabUrl(tabId), mode),
  'popup:stop-guide': async ({ tabId }) => {
    await stopGuide(tabId);
    return { ok: true };
  },
  'popup:paste-token': async ({ tabId, token }) => {
    const org = oktaOrgOf(await tabUrl(tabId));
    if (!org) {
      return { ok: false, message: t('token_paste_on_its_org') };
    }
    return holdToken(token, org.orgDomain, 'pasted', tabId);
  },
  'popup:forget-token': async () => {
    const orgDomain = (await readToken())?.orgDomain;
    await wipeToken();
    if (orgDomain) await publish('token-ended', { orgDomain, reason: 'forgotten' });
    return { ok: true };
  },
  'popup:find-hub-session': ({ tabId }) => findHubSessionInTab(tabId),
  'popup:set-hub-session': ({ session, baseUrl }) => useHubSessionFromInput(session, baseUrl),
  'popup:test-hub-session': () => testHubSession(),
  'popup:connect': ({ eventHookName, integrationId, confirmAfterUnknownOutcome }) =>
    connect({ eventHookName, integrationId, confirmAfterUnknownOutcome }),
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

/** A token the admin pasted or the guide captured: held, and said so (its org's guides told, the journey carried on). */
async function holdToken(
  token: string,
  orgDomain: string,
  source: Parameters<typeof storeToken>[2],
  tabId: number,
): Promise<Awaited<ReturnType<typeof storeToken>>> {
  const stored = await storeToken(token, orgDomain, source);
  if (stored.ok) await publish('token-captured', { orgDomain, tabId });
  return stored;
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
      await holdToken(request.token, guide.orgDomain, 'guide', tabId);
      break;
    }
    case 'guide:stop':
      await stopGuide(tabId);
      return undefined;
    case 'guide:connect':
      await connectFromGuide(guide.orgDomain);
      break;
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
  if ((await readToken())?.orgDomain === orgDomain) await connect({});
}
