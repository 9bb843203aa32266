import type { BrowserContext, Page } from 'playwright-core';
import { type HubSandbox, startHubSandbox } from '../../../sandbox/hub/server';
import { type OktaSandbox, startOktaSandbox } from '../../../sandbox/okta/server';
import { type LaunchedBrowser, launchChromium } from './browser';
import { openPopupFor } from './extension';

/** One e2e world: the sandboxes on loopback and Chromium with the e2e build, mapped to them. */
export interface World {
  okta: OktaSandbox;
  /** The hub sandbox (real hub UI + stub backend); started only when asked for. */
  hub: HubSandbox;
  browser: LaunchedBrowser;
  context: BrowserContext;
  extensionId: string;
  /** A new tab on `url`. */
  open(url: string): Promise<Page>;
  popupFor(page: Page): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the Okta sandbox, the hub sandbox and Chromium with the e2e build; `close()` stops all three. */
export async function startWorld(options: { extraHostRules?: string[] } = {}): Promise<World> {
  const [okta, hub] = await Promise.all([startOktaSandbox(), startHubSandbox()]);
  const browser = await launchChromium({
    hostResolverRules: [...okta.hostResolverRules, ...(options.extraHostRules ?? [])],
  });
  const { context } = browser;
  const extensionId = browser.extensionId ?? '';
  return {
    okta,
    hub,
    browser,
    context,
    extensionId,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    popupFor: (page) => openPopupFor(context, extensionId, page),
    async close() {
      await browser.close();
      await Promise.all([okta.close(), hub.close()]);
    },
  };
}
