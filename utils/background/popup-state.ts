import type { PrivilegeVerdict } from '../messages';
import { describeTabPage, type TabPage } from '../popup/tab-page';
import {
  type GuideState,
  type LinkOutcome,
  privilegeItem,
  readSettings,
  recentOktaOrgsItem,
  type Settings,
} from '../storage';
import { tabUrl } from '../tabs';
import { guideOf } from './guides';
import { type HubJourneyView, hubJourneyFor } from './hub-journey';
import { describeCurrentHubSession, type HubSessionView } from './hub-session';
import { readLinkOutcome } from './link-service';
import { protocolOfPage, rememberOrg } from './recent-orgs';
import { describeToken, readToken } from './token-vault';

/** Everything the popup shows for one tab, in one answer; never the token itself. */
export interface PopupState extends TabPage {
  tabId: number;
  guide: GuideState | null;
  privilege: PrivilegeVerdict | null;
  token: ReturnType<typeof describeToken> | null;
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
  const [guide, privileges, captured, hubSession, link, settings, recentOrgs, journey] = await Promise.all([
    guideOf(tabId),
    privilegeItem.getValue(),
    readToken(),
    describeCurrentHubSession(),
    readLinkOutcome(),
    readSettings(),
    recentOktaOrgsItem.getValue(),
    hubJourneyFor(tabId),
  ]);
  const orgDomain = page.kind === 'okta' ? page.org.orgDomain : (captured?.orgDomain ?? null);
  return {
    tabId,
    pageOrigin,
    page,
    guide,
    privilege: orgDomain ? (privileges[orgDomain] ?? null) : null,
    token: captured ? describeToken(captured) : null,
    hubSession,
    link,
    settings: { tokenName: settings.tokenName, hubApiBaseUrl: settings.hubApiBaseUrl },
    recentOrgs: recentOrgs.map((org) => org.orgDomain),
    journey,
  };
}
