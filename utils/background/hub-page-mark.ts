import { browser } from 'wxt/browser';

/*
 * Hub first is bound to what the admin saw: the hub tab's document, its address (path included) and its hub
 * element at the Get-token-from-Okta click. A mark is left in the page's isolated world (the extension's own, which
 * page scripts cannot read or write): a new document has no mark, a same-document navigation changes the address,
 * a re-rendered hub is another element. Any of those, and nothing is filled automatically.
 */

const MARK = '__oktaLinkAssistantHubMark';

/** Leaves the mark; the page's address it was left on, or null when the tab has no hub (or cannot be read). */
export async function markHubPage(tabId: number, nonce: string): Promise<string | null> {
  const answer = await inTab(tabId, leaveMark, [MARK, nonce]);
  return typeof answer === 'string' ? answer : null;
}

/** Whether the tab still shows the marked document, at the marked address, with the marked hub element. */
export async function hubPageUnchanged(tabId: number, nonce: string): Promise<boolean> {
  return (await inTab(tabId, readMark, [MARK, nonce])) === true;
}

async function inTab(tabId: number, func: (...args: string[]) => unknown, args: string[]): Promise<unknown> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func, args });
    return result?.result;
  } catch {
    return undefined;
  }
}

/** Serialised into the page: the hub element, which may sit in a vendor's open shadow root. */
function leaveMark(key: string, nonce: string): string | null {
  const findHub = (root: Document | ShadowRoot): Element | null => {
    const direct = root.querySelector('stackone-hub');
    if (direct) return direct;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot ? findHub(element.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const hub = findHub(document);
  if (!hub) return null;
  (globalThis as Record<string, unknown>)[key] = { nonce, href: location.href, hub };
  return location.href;
}

function readMark(key: string, nonce: string): boolean {
  const findHub = (root: Document | ShadowRoot): Element | null => {
    const direct = root.querySelector('stackone-hub');
    if (direct) return direct;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot ? findHub(element.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const mark = (globalThis as Record<string, unknown>)[key] as
    | { nonce: string; href: string; hub: Element }
    | undefined;
  return (
    mark?.nonce === nonce &&
    mark.href === location.href &&
    mark.hub.isConnected &&
    findHub(document) === mark.hub
  );
}
