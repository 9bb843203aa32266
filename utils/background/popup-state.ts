import type { PrivilegeVerdict } from '../messages';
import { describeTabPage, type TabPage } from '../popup/tab-page';
import {
  type GuideState,
  type LinkOutcome,
  privilegeItem,
  readSettings,
  recentOktaOrgsItem,
  type Settings,
  type TokenRecord,
} from '../storage';
import { tabUrl } from '../tabs';
import { guideOf } from './guides';
import { type HubJourneyView, hubJourneyFor } from './hub-journey';
import { describeCurrentHubSession, type HubSessionView } from './hub-session';
import { readLinkOutcome } from './link-service';
import { protocolOfPage, rememberOrg } from './recent-orgs';
import { readTokenRecords } from './token-records';
import { describeToken, readTokens, type TokenView } from './token-vault';

/** Everything the popup shows for one tab, in one answer; never the token itself. */
export interface PopupState extends TabPage {
  tabId: number;
  guide: GuideState | null;
  privilege: PrivilegeVerdict | null;
  /** The token this tab's actions take: the tab's org's on an Okta page, else the journey's org's or the newest. */
  token: TokenView | null;
  /** Tokens held for other orgs (masked, with their org): each ends or links on its own. */
  otherTokens: TokenView[];
  /** Tokens the extension could not revoke in Okta (last 7 days, not dismissed): the admin's next look. */
  revokeFailures: TokenRecord[];
  hubSession: HubSessionView | null;
  link: LinkOutcome | null;
  settings: Pick<Settings, 'tokenName' | 'hubApiBaseUrl'>;
  /** Okta orgs the extension saw, newest first (domains only): offered in the "Okta org" field on a hub page. */
  recentOrgs: string[];
  /** A Get-token-from-Okta journey under way, as seen from this tab. */
  journey: HubJourneyView | null;
}

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
      readSettings(),
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
