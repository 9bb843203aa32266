import { browser } from 'wxt/browser';
import { type OktaOrg, parseOktaOrgUrl } from '../okta/domain';
import {
  type GuideState,
  type LinkOutcome,
  linkOutcomeItem,
  type PrivilegeVerdict,
  privilegeItem,
  readSettings,
  type Settings,
} from '../storage';
import { guideOf } from './guides';
import { describeCurrentHubSession, type HubSessionView } from './hub-session';
import { describeToken, readToken } from './token-vault';

/** Everything the popup shows for one tab, in one answer; never the token itself. */
export interface PopupState {
  tabId: number;
  /** The tab's page origin, or null when the extension may not see it. */
  pageOrigin: string | null;
  page: { kind: 'okta'; org: OktaOrg } | { kind: 'not-okta'; message: string };
  guide: GuideState | null;
  privilege: PrivilegeVerdict | null;
  token: ReturnType<typeof describeToken> | null;
  hubSession: HubSessionView | null;
  link: LinkOutcome | null;
  settings: Pick<Settings, 'tokenName' | 'hubApiBaseUrl'>;
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

export async function popupStateFor(tabId: number): Promise<PopupState> {
  const url = await tabUrl(tabId);
  const [guide, privileges, captured, hubSession, link, settings] = await Promise.all([
    guideOf(tabId),
    privilegeItem.getValue(),
    readToken(),
    describeCurrentHubSession(),
    linkOutcomeItem.getValue(),
    readSettings(),
  ]);
  let page: PopupState['page'];
  if (!url) {
    // Every Okta cell is within the extension's host access, so a page whose address it cannot read is not one.
    page = {
      kind: 'not-okta',
      message: 'Open the popup on an Okta org page (your-org.okta.com or your-org-admin.okta.com).',
    };
  } else {
    const parsed = parseOktaOrgUrl(url);
    page = parsed.ok ? { kind: 'okta', org: parsed.org } : { kind: 'not-okta', message: parsed.message };
  }
  const orgDomain = page.kind === 'okta' ? page.org.orgDomain : (captured?.orgDomain ?? null);
  return {
    tabId,
    pageOrigin: originOf(url),
    page,
    guide,
    privilege: orgDomain ? (privileges[orgDomain] ?? null) : null,
    token: captured ? describeToken(captured) : null,
    hubSession,
    link,
    settings: { tokenName: settings.tokenName, hubApiBaseUrl: settings.hubApiBaseUrl },
  };
}
