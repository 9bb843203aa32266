import { browser } from 'wxt/browser';

/** The tab's address, when the extension may read it (its Okta hosts, or the tab the admin opened us on). */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
