import { type Browser, browser } from 'wxt/browser';

/** The tab, or null when it is gone (closed meanwhile) or not ours to see. */
export async function tabOf(tabId: number): Promise<Browser.tabs.Tab | null> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return null;
  }
}

/** The tab's address, when the extension may read it (its Okta hosts, or the tab the admin opened us on). */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  return (await tabOf(tabId))?.url;
}
