import type { PrivilegeVerdict } from '../messages';
import { describeTabPage, type TabPage } from '../popup/tab-page';
import { type GuideState, type LinkOutcome, privilegeItem, readSettings, type Settings } from '../storage';
import { tabUrl } from '../tabs';
import { guideOf } from './guides';
import { describeCurrentHubSession, type HubSessionView } from './hub-session';
import { readLinkOutcome } from './link-service';
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
}

export async function popupStateFor(tabId: number): Promise<PopupState> {
  const url = await tabUrl(tabId);
  const [guide, privileges, captured, hubSession, link, settings] = await Promise.all([
    guideOf(tabId),
    privilegeItem.getValue(),
    readToken(),
    describeCurrentHubSession(),
    readLinkOutcome(),
    readSettings(),
  ]);
  const { page, pageOrigin } = describeTabPage(url);
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
  };
}
