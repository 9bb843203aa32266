import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type HubSandbox, startHubSandbox } from '../../../sandbox/hub/server';
import { type OktaSandbox, startOktaSandbox } from '../../../sandbox/okta/server';
import { chromiumDriverFor } from '../drivers/chromium';
import type { Driver } from '../drivers/driver';
import { configureHubApi } from '../drivers/in-extension';
import { type LaunchedBrowser, launchChromium } from './browser';
import { openPopupFor } from './extension';
import { type SecretWatch, watchForSecrets } from './secrets';

/** One e2e world: the sandboxes on loopback and Chromium with the e2e build, mapped to them. */
export interface World extends SweptWorld {
  okta: OktaSandbox;
  /** The hub sandbox (real hub UI + stub backend); started only when asked for. */
  hub: HubSandbox;
  browser: LaunchedBrowser;
  context: BrowserContext;
  extensionId: string;
  /** The same browser through the driver the journeys use (tests/e2e/drivers). */
  driver: Driver;
  /** A new tab on `url`. */
  open(url: string): Promise<Page>;
  popupFor(page: Page): Promise<Page>;
  /** Where the tokens of this world must never turn up; `useWorld` sweeps it after every test. */
  secrets: SecretWatch;
  close(): Promise<void>;
}

export interface WorldOptions {
  /** The options' hub API base URL left at its default instead of the sandbox's stub hub (see `useSweptWorld`). */
  defaultHubApi?: boolean;
  extraHostRules?: string[];
  /** Other unpacked extensions to load next to ours (e.g. a hostile one). */
  extraExtensionDirs?: string[];
  /** Another build of ours than the e2e build (e.g. the pseudo-locale's). */
  extensionDir?: string;
  /** Chromium started in another language: `--lang` and the environment (see LaunchOptions). */
  args?: string[];
  env?: Record<string, string>;
}

/** Starts the Okta sandbox, the hub sandbox and Chromium with the e2e build; `close()` stops all three. */
export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const [okta, hub] = await Promise.all([startOktaSandbox(), startHubSandbox()]);
  const browser = await launchChromium({
    hostResolverRules: [...okta.hostResolverRules, ...(options.extraHostRules ?? [])],
    extraExtensionDirs: options.extraExtensionDirs,
    ...(options.extensionDir ? { extensionDir: options.extensionDir } : {}),
    args: options.args,
    env: options.env,
  }).catch(async (error: unknown) => {
    // Without a browser the sandboxes would keep the process alive.
    await Promise.all([okta.close(), hub.close()]);
    throw error;
  });
  // The stub hub checks Okta credentials with the org, as a real hub does (through the Okta sandbox).
  hub.checkOktaAt(okta.port);
  const { context } = browser;
  const extensionId = browser.extensionId ?? '';
  const driver = chromiumDriverFor(context, extensionId, () => browser.close());
  return {
    okta,
    hub,
    browser,
    context,
    extensionId,
    driver,
    secrets: watchForSecrets({ driver, okta, hub }),
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

/** What every swept world has: the browser through a driver, the sandboxes, and the sweep over them. */
export interface SweptWorld {
  driver: Driver;
  okta: OktaSandbox;
  hub: HubSandbox;
  secrets: SecretWatch;
  close(): Promise<void>;
}

/**
 * One world for a whole test file, with every test starting clean: no tabs, sandboxes reset, nothing held by
 * the extension. After every test, the token sweep: a test fails if a token it handled leaked anywhere.
 * Call at the top of a `describe`; read the world inside tests.
 */
export function useSweptWorld<W extends SweptWorld>(
  start: () => Promise<W>,
  { defaultHubApi = false } = {},
): () => W {
  let world: W | undefined;
  // The sandbox's stub hub is the configured hub API (a loopback one is trusted only there), unless a test looks
  // at the defaults.
  const configure = async (started: W) => {
    if (!defaultHubApi) await started.driver.inExtension(configureHubApi, started.hub.backendOrigin);
  };
  beforeAll(async () => {
    world = await start();
    await configure(world);
  });
  afterEach(async () => {
    if (!world) return;
    const leaks = await world.secrets.findLeaks();
    await world.driver.reset();
    await configure(world);
    world.okta.reset();
    world.hub.reset();
    world.secrets.reset();
    if (leaks.length > 0) throw new Error(`The token leaked:\n${leaks.join('\n')}`);
  });
  afterAll(() => world?.close());
  return () => {
    if (!world) throw new Error('The e2e world did not start.');
    return world;
  };
}

/** The Chromium-only tests' world (see `useSweptWorld`). */
export function useWorld(options: WorldOptions = {}): () => World {
  return useSweptWorld(() => startWorld(options), { defaultHubApi: options.defaultHubApi ?? false });
}
