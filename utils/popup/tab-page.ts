import { browser } from 'wxt/browser';
import { type OktaOrg, parseOktaOrgUrl } from '../okta/domain';

/** What the popup says about the page in its tab: computed from the tab's address alone. */

export type TabPageKind = { kind: 'okta'; org: OktaOrg } | { kind: 'not-okta'; message: string };

export interface TabPage {
  /** The page's origin, or null when the extension may not read the address. */
  pageOrigin: string | null;
  page: TabPageKind;
}

export function describeTabPage(url: string | undefined): TabPage {
  if (!url) {
    // Every Okta cell is within the extension's host access, so a page whose address it cannot read is not one.
    return {
      pageOrigin: null,
      page: {
        kind: 'not-okta',
        message: 'Open the popup on an Okta org page (your-org.okta.com or your-org-admin.okta.com).',
      },
    };
  }
  const parsed = parseOktaOrgUrl(url);
  return {
    pageOrigin: originOf(url),
    page: parsed.ok ? { kind: 'okta', org: parsed.org } : { kind: 'not-okta', message: parsed.message },
  };
}

export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The tab's address, when the extension may read it (its Okta hosts, or the tab the admin opened us on). */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
