import { t } from '../i18n/browser-language';
import { type OktaOrg, parseOktaOrgUrl } from '../okta/domain';
import { orgRefusalMessage } from '../okta/org-refusal';
import { originOf } from '../url';

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
        message: t('org_open_popup_on_okta'),
      },
    };
  }
  const parsed = parseOktaOrgUrl(url);
  return {
    pageOrigin: originOf(url),
    page: parsed.ok
      ? { kind: 'okta', org: parsed.org }
      : { kind: 'not-okta', message: orgRefusalMessage(parsed) },
  };
}
