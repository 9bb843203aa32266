import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serviceWorkerOf, stopServiceWorker } from '../support/extension';
import type { BrowserKind, Driver, Evaluated, LaunchOptions, Point, SentRequest } from './driver';
import { activeTabId, clearStorage, readAllStorage, stampInstance } from './in-extension';
import { PageTab, reachesElement } from './page-tab';
import { pollUntil } from './poll';

/*
 * Debian's Chromium driven by playwright-core over CDP, with the e2e build loaded unpacked (support/browser.ts);
 * Okta hosts mapped to the Okta sandbox with --host-resolver-rules.
 */

export const chromium: BrowserKind = {
  name: 'chromium',
  async launch(options: LaunchOptions) {
    const launched = await launchChromium({
      hostResolverRules: options.okta.hostResolverRules,
      ...(options.withExtension === false ? { extensionDir: null } : {}),
      ...(options.profileDir ? { profileDir: options.profileDir } : {}),
    });
    return chromiumDriverFor(launched.context, launched.extensionId ?? '', () => launched.close());
  },
};

export class ChromiumTab extends PageTab<Page> {
  async centreOfRole(role: 'button' | 'link' | 'checkbox', name: string): Promise<Point | null> {
    const target = this.page.getByRole(role, { name, exact: true }).first();
    if ((await target.count()) === 0) return null;
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) return null;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    return (await target.evaluate(reachesElement, centre)) ? centre : null;
  }
}

/**
 * A driver over a Chromium context launched elsewhere (support/browser.ts): the journeys' world and the
 * Chromium-only tests' world read the same records through it (the token sweep).
 */
export function chromiumDriverFor(
  context: BrowserContext,
  extensionId: string,
  closeBrowser: () => Promise<void> = () => context.close(),
): Driver {
  const tabs = new Map<Page, ChromiumTab>();
  const tabFor = (page: Page) => {
    let tab = tabs.get(page);
    if (!tab) {
      tab = new ChromiumTab(page);
      tabs.set(page, tab);
    }
    return tab;
  };
  let output: string[] = [];
  let sent: SentRequest[] = [];
  const listenToPage = (page: Page) => {
    page.on('console', (message) =>
      output.push(`[console ${message.type()} ${page.url()}] ${message.text()}`),
    );
    page.on('pageerror', (error) => output.push(`[error ${page.url()}] ${error.message}\n${error.stack}`));
  };
  for (const page of context.pages()) listenToPage(page);
  context.on('page', listenToPage);
  const listenToWorker = (worker: {
    url(): string;
    on(event: 'console', f: (m: { text(): string }) => void): void;
  }) => worker.on('console', (message) => output.push(`[console ${worker.url()}] ${message.text()}`));
  for (const worker of context.serviceWorkers()) listenToWorker(worker);
  context.on('serviceworker', listenToWorker);
  context.on('request', (request) => {
    sent.push({
      method: request.method(),
      url: request.url(),
      headers: request.headers(),
      body: request.postData() ?? undefined,
    });
  });

  /**
   * A page of the extension's origin that runs none of its code (its manifest, shown as a document): it has
   * the extension's APIs without waking or holding the worker. Opened on first use (the demo and the
   * benchmark never need it) and kept out of the tabs the tests see.
   */
  const extensionOrigin = `chrome-extension://${extensionId}`;
  let reader: Promise<Page> | null = null;
  let readerTab: Page | null = null;
  const readerPage = () => {
    reader ??= (async () => {
      const page = await context.newPage();
      readerTab = page;
      page.once('close', () => {
        reader = null;
        readerTab = null;
      });
      await page.goto(`${extensionOrigin}/manifest.json`);
      return page;
    })();
    return reader;
  };
  const testPages = () => context.pages().filter((page) => page !== readerTab);

  const inExtension = async <R, A = undefined>(fn: Evaluated<R, A>, arg?: A): Promise<R> =>
    (await readerPage()).evaluate(fn as (arg: unknown) => R | Promise<R>, arg);

  return {
    browserName: 'chromium',
    extensionOrigin,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return tabFor(page);
    },
    async openExtensionPage(pathAndQuery) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${pathAndQuery}`);
      return tabFor(page);
    },
    async waitForTab(matches) {
      const page = await pollUntil(
        async () => testPages().find((candidate) => matches(candidate.url())) ?? null,
        (found) => found !== null,
        { what: 'a tab to open' },
      );
      return tabFor(page as Page);
    },
    async tabIdOf(tab) {
      await readerPage(); // opened first: a new page would take the front
      await tab.bringToFront();
      const id = await inExtension(activeTabId);
      if (id === null) throw new Error(`No active tab for ${tab.url()}`);
      return id;
    },
    tabs: async () => testPages().map(tabFor),
    inExtension,
    readStorage: () => inExtension(readAllStorage),
    stopBackground: () => stopServiceWorker(context, extensionId),
    async logInBackground(line) {
      const worker = await serviceWorkerOf(context);
      await worker.evaluate((text) => console.warn(text), line);
    },
    async backgroundInstance() {
      const worker = context
        .serviceWorkers()
        .find((candidate) => candidate.url().startsWith(extensionOrigin));
      if (!worker) return null;
      return worker.evaluate(stampInstance).catch(() => null);
    },
    consoleOutput: () => [...output],
    sentRequests: () => [...sent],
    clearRecords() {
      output = [];
      sent = [];
    },
    async reset() {
      for (const page of testPages()) await page.close();
      await inExtension(clearStorage);
    },
    close: closeBrowser,
  };
}
