import type { PopupState } from '../messages/popup-protocol';
import { describeTabPage } from '../popup/tab-page';
import { privilegeItem, readSettings, recentOktaOrgsItem } from '../storage';
import { tabUrl } from '../tabs';
import { guideOf } from './guide-store';
import { hubJourneyFor } from './hub-journey';
import { describeCurrentHubSession } from './hub-session';
import { readLinkOutcome } from './link-outcome';
import { protocolOfPage, rememberOrg } from './recent-orgs';
import { readTokenRecords } from './token-records';
import { describeToken, readTokens } from './token-vault';

/**
 * The popup's state for a tab. When the popup just `opened` on an Okta tab, its org is remembered among the
 * recent ones (not on every redraw: an org the admin cleared in the options stays cleared).
 */
export async function popupStateFor(tabId: number, { opened = false } = {}): Promise<PopupState> {
  const url = await tabUrl(tabId);
  const { page, pageOrigin } = describeTabPage(url);
  if (opened && page.kind === 'okta' && url) await rememberOrg(page.org.orgDomain, protocolOfPage(url));
  const [guide, privileges, held, hubSession, link, settings, recentOrgs, journey, records] =
    await Promise.all([
      guideOf(tabId),
      privilegeItem.getValue(),
      readTokens(),
      describeCurrentHubSession(),
      readLinkOutcome(),
      // The policy as last read: the browser's first read of it takes seconds, and the popup waits for none.
      readSettings({ policy: 'known' }),
      recentOktaOrgsItem.getValue(),
      hubJourneyFor(tabId),
      readTokenRecords(),
    ]);
  const tokenOrg =
    page.kind === 'okta'
      ? page.org.orgDomain
      : (held.find((token) => token.orgDomain === journey?.orgDomain) ?? held[0])?.orgDomain;
  const captured = held.find((token) => token.orgDomain === tokenOrg) ?? null;
  const orgDomain = page.kind === 'okta' ? page.org.orgDomain : (captured?.orgDomain ?? null);
  return {
    tabId,
    pageOrigin,
    page,
    guide,
    privilege: orgDomain ? (privileges[orgDomain] ?? null) : null,
    token: captured ? describeToken(captured) : null,
    otherTokens: held.filter((token) => token !== captured).map(describeToken),
    revokeFailures: records.filter((record) => record.ending.how === 'revoke-failed' && !record.dismissed),
    hubSession,
    link,
    settings: { tokenName: settings.tokenName, hubApiBaseUrl: settings.hubApiBaseUrl },
    recentOrgs: recentOrgs.map((org) => org.orgDomain),
    journey,
  };
}
