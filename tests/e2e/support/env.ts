import type { BrowserContext, Page } from 'playwright-core';
import { type OktaSandbox, startOktaSandbox } from '../../../sandbox/okta/server';
import { type LaunchedBrowser, launchChromium } from './browser';
import { openPopupFor } from './extension';

/** One e2e world: the Okta sandbox on loopback and Chromium with the e2e build, mapped to it. */
export interface OktaWorld {
  okta: OktaSandbox;
  browser: LaunchedBrowser;
  context: BrowserContext;
  extensionId: string;
  /** A new tab on `url`. */
  open(url: string): Promise<Page>;
  popupFor(page: Page): Promise<Page>;
  close(): Promise<void>;
}

export async function startOktaWorld(options: { extraHostRules?: string[] } = {}): Promise<OktaWorld> {
  const okta = await startOktaSandbox();
  const browser = await launchChromium({
    hostResolverRules: [...okta.hostResolverRules, ...(options.extraHostRules ?? [])],
  });
  const { context } = browser;
  const extensionId = browser.extensionId ?? '';
  return {
    okta,
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
      await okta.close();
    },
  };
}
