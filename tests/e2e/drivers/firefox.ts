import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { browser as ExtensionBrowser } from 'wxt/browser';
import type { BrowserKind, Driver, Evaluated, LaunchOptions, Point, Tab } from './driver';
import { activeTabId, clearStorage, readAllStorage } from './in-extension';
import { PageTab, reachesElement } from './page-tab';
import { pollUntil } from './poll';
import { type RequestRecorder, startRequestRecorder } from './request-recorder';

/*
 * Stock Firefox ESR driven by puppeteer-core over WebDriver BiDi (playwright needs its own patched Firefox, and
 * selenium a geckodriver Debian does not package): the e2e build installed as a temporary add-on (or side-loaded into a kept profile), Okta hosts
 * sent to the Okta sandbox through a PAC proxy, every other request (loopback, http, https) to a recorder.
 */

/** The extension APIs, as seen in the helper extension page where `inExtension` callbacks run. */
declare const chrome: typeof ExtensionBrowser;

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const FIREFOX_E2E_EXTENSION_DIR = path.resolve(
  import.meta.dirname,
  '../../../.output/firefox-mv3-e2e',
);

/**
 * How long Firefox lets an idle event page live here (its default is 30 s): short, so that the journeys run
 * with the background coming and going between the admin's moves, as MV3 allows at any moment.
 */
const EVENT_PAGE_IDLE_MS = 1000;

interface GeckoManifest {
  browser_specific_settings: { gecko: { id: string; strict_min_version: string } };
}

function readBuiltManifest(): GeckoManifest {
  const file = path.join(FIREFOX_E2E_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(
      `No Firefox e2e build in ${FIREFOX_E2E_EXTENSION_DIR}: run \`npm run build:e2e:firefox\` first.`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as GeckoManifest;
}

/** `153.8.0esr` → [153, 8, 0]. */
function versionParts(version: string): number[] {
  return version.split('.').map((part) => Number.parseInt(part, 10) || 0);
}

function isOlder(have: number[], need: number[]): boolean {
  for (let i = 0; i < need.length; i++) {
    if ((have[i] ?? 0) !== need[i]) return (have[i] ?? 0) < (need[i] ?? 0);
  }
  return false;
}

/**
 * The Firefox this suite runs, checked against the manifest's `strict_min_version`: an older one would not
 * even install the extension, and a test run on it would say nothing about the browsers we support.
 */
export function checkFirefoxVersion(minimum: string, binary = FIREFOX_PATH): string {
  if (!existsSync(binary)) {
    throw new Error(
      `No Firefox at ${binary}. Install Debian's package (apt-get install -y firefox-esr) ` +
        'or point FIREFOX_PATH at a Firefox binary.',
    );
  }
  const output = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  const version = /(\d+(?:\.\d+)*)/.exec(output)?.[1];
  if (!version) throw new Error(`Could not read the version of ${binary} from "${output}".`);
  if (isOlder(versionParts(version), versionParts(minimum))) {
    throw new Error(
      `${binary} is Firefox ${version}; the extension needs Firefox ${minimum} or newer (its manifest's strict_min_version). ` +
        'Install a newer one, or point FIREFOX_PATH at it.',
    );
  }
  return version;
}

/**
 * Okta's hosts go to the Okta sandbox (acting as an HTTP proxy, recording each request with its body); every
 * other request, loopback and https included, to the recorder (request-recorder.ts), which forwards loopback.
 */
function proxyAutoConfig(oktaPort: number, recorderPort: number): string {
  return `function FindProxyForURL(url, host) {
    if (host === 'okta.com' || dnsDomainIs(host, '.okta.com') || dnsDomainIs(host, '.oktapreview.com') ||
        dnsDomainIs(host, '.okta-emea.com') || dnsDomainIs(host, '.evil.test')) return 'PROXY 127.0.0.1:${oktaPort}';
    return 'PROXY 127.0.0.1:${recorderPort}';
  }`;
}

export const firefox: BrowserKind = {
  name: 'firefox',
  launch: launchFirefox,
};

async function launchFirefox(options: LaunchOptions): Promise<Driver> {
  const manifest = readBuiltManifest();
  const { id: geckoId, strict_min_version: minimum } = manifest.browser_specific_settings.gecko;
  checkFirefoxVersion(minimum);
  const withExtension = options.withExtension ?? true;
  const profileDir = options.profileDir;
  // A kept profile keeps its UUID: storage.local lives under the moz-extension://<uuid> origin.
  const uuid = profileDir ? uuidFor(profileDir) : randomUUID();
  const recorder = await startRequestRecorder();
  if (profileDir && withExtension) sideLoad(profileDir, geckoId);

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Without it BiDi refuses to navigate a tab to moz-extension:// (our popup and options pages).
      args: ['--remote-allow-system-access'],
      // The recorder terminates TLS with its own certificate, to read what goes out over https.
      acceptInsecureCerts: true,
      ...(profileDir ? { userDataDir: profileDir } : {}),
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        'network.proxy.type': 2,
        'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(
          proxyAutoConfig(options.okta.port, recorder.port),
        )}`,
        // A dead sandbox fails the request instead of letting it reach the real okta.com.
        'network.proxy.failover_direct': false,
        // Loopback through the proxy too (Firefox never proxies it otherwise): the hub's pages and backend.
        'network.proxy.allow_hijacking_localhost': true,
        'dom.security.https_first': false,
        'dom.security.https_only_mode': false,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        'extensions.background.idle.timeout': EVENT_PAGE_IDLE_MS,
        // Console lines of every context (pages, content scripts, the event page, our pages) on stdout.
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': true,
        // A side-loaded (unsigned) build in a kept profile: enabled without a prompt.
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
        ...options.prefs,
      },
    });
  } catch (error) {
    await recorder.close();
    throw error;
  }
  const output = new ConsoleLines();
  browser.process()?.stdout?.on('data', (chunk) => output.add(String(chunk)));
  browser.process()?.stderr?.on('data', (chunk) => output.add(String(chunk)));

  if (withExtension && !profileDir) await browser.installExtension(FIREFOX_E2E_EXTENSION_DIR);
  const driver = new FirefoxDriver(browser, `moz-extension://${uuid}`, recorder, output, withExtension);
  await driver.start();
  return driver;
}

/** The same UUID-shaped id for the same profile folder, every launch. */
function uuidFor(profileDir: string): string {
  const hex = createHash('sha256').update(profileDir).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A kept profile gets the build the way an installed add-on lives there: `extensions/<id>/`. */
function sideLoad(profileDir: string, geckoId: string): void {
  const target = path.join(profileDir, 'extensions', geckoId);
  if (existsSync(target)) return;
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(FIREFOX_E2E_EXTENSION_DIR, target, { recursive: true });
}

/**
 * Firefox's stdout and stderr, in lines: the console of every context (with `devtools.console.stdout.*`, not
 * saying which), next to the browser's own chatter. The sweep reads all of it.
 */
class ConsoleLines {
  lines: string[] = [];
  private partial = '';
  add(chunk: string) {
    const text = this.partial + chunk;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    this.lines.push(...lines.filter((line) => line.trim() !== ''));
  }
  all(): string[] {
    return this.partial ? [...this.lines, this.partial] : [...this.lines];
  }
  clear() {
    this.lines = [];
    this.partial = '';
  }
}

class FirefoxTab extends PageTab<Page> {
  /** BiDi loses track of navigations into the extension's process: there the address is read from the page. */
  private knownUrl: string | null = null;
  override url(): string {
    const reported = this.page.url();
    return this.knownUrl && reported === 'about:blank' ? this.knownUrl : reported;
  }
  override async goto(url: string): Promise<void> {
    if (url.startsWith('moz-extension:')) {
      // goto never resolves there (the remote agent loses the navigation): fire it, then watch the page.
      this.page.goto(url).catch(() => {});
      this.knownUrl = url;
      await pollUntil(
        () => this.page.evaluate(() => `${location.href} ${document.readyState}`),
        (state) => state === `${url} complete`,
        { what: `${url} to load` },
      );
      return;
    }
    this.knownUrl = null;
    await this.page.goto(url);
  }
  async centreOfRole(role: 'button' | 'link' | 'checkbox', name: string): Promise<Point | null> {
    const query = `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;
    // The accessibility locator does not enter shadow roots; `>>>` asks again inside each open one.
    const handle = (await this.page.$(query)) ?? (await this.page.$(`>>> ${query}`));
    if (!handle) return null;
    try {
      await handle.scrollIntoView();
      const box = await handle.boundingBox();
      if (!box) return null;
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      return (await handle.evaluate(reachesElement, centre)) ? centre : null;
    } finally {
      await handle.dispose();
    }
  }
}

class FirefoxDriver implements Driver {
  readonly browserName = 'firefox' as const;
  private readonly wrapped = new WeakMap<Page, FirefoxTab>();
  /**
   * An extension page kept open for the extension's APIs (options.html: it reads storage but sends the
   * background nothing, so it neither wakes nor holds the event page).
   */
  private helper: FirefoxTab | null = null;

  constructor(
    private readonly browser: Browser,
    readonly extensionOrigin: string,
    private readonly recorder: RequestRecorder,
    private readonly output: ConsoleLines,
    private readonly withExtension: boolean,
  ) {}

  async start(): Promise<void> {
    if (this.withExtension) this.helper = await this.newTab(`${this.extensionOrigin}/options.html`);
  }

  private tabFor(page: Page): FirefoxTab {
    let tab = this.wrapped.get(page);
    if (!tab) {
      tab = new FirefoxTab(page);
      this.wrapped.set(page, tab);
    }
    return tab;
  }

  private async newTab(url: string): Promise<FirefoxTab> {
    const tab = this.tabFor(await this.browser.newPage());
    await tab.goto(url);
    return tab;
  }

  open(url: string): Promise<Tab> {
    return this.newTab(url);
  }

  openExtensionPage(pathAndQuery: string): Promise<Tab> {
    return this.newTab(`${this.extensionOrigin}/${pathAndQuery}`);
  }

  async tabs(): Promise<Tab[]> {
    const pages = await this.browser.pages();
    return pages.map((page) => this.tabFor(page)).filter((tab) => tab !== this.helper && !tab.isClosed());
  }

  async waitForTab(matches: (url: string) => boolean): Promise<Tab> {
    const tab = await pollUntil(
      async () => (await this.tabs()).find((candidate) => matches(candidate.url())) ?? null,
      (found) => found !== null,
      { what: 'a tab to open' },
    );
    return tab as Tab;
  }

  async tabIdOf(tab: Tab): Promise<number> {
    await tab.bringToFront();
    const id = await this.inExtension(activeTabId);
    if (id === null) throw new Error(`No active tab for ${tab.url()}`);
    return id;
  }

  inExtension<R, A = undefined>(fn: Evaluated<R, A>, arg?: A): Promise<R> {
    if (!this.helper) throw new Error('This Firefox runs without the extension.');
    return this.helper.evaluate(fn, arg);
  }

  readStorage() {
    return this.inExtension(readAllStorage);
  }

  /** Whether the event page is alive: it is one of the extension's views while it runs. */
  private backgroundRunning(): Promise<boolean> {
    return this.inExtension(() =>
      chrome.extension
        .getViews()
        .some((view) =>
          (view as unknown as typeof globalThis).location.pathname.startsWith('/_generated_background_page'),
        ),
    );
  }

  async stopBackground(): Promise<void> {
    // Firefox suspends an idle event page after extensions.background.idle.timeout; nothing can force it sooner.
    await pollUntil(
      () => this.backgroundRunning(),
      (running) => !running,
      { what: 'the event page to be suspended', timeoutMs: EVENT_PAGE_IDLE_MS + 15_000, intervalMs: 250 },
    );
  }

  /** The event page is one of the extension's views while it runs: its window is stamped from the helper page. */
  backgroundInstance(): Promise<string | null> {
    return this.inExtension(() => {
      const view = chrome.extension
        .getViews()
        .find((candidate) =>
          (candidate as unknown as typeof globalThis).location.pathname.startsWith(
            '/_generated_background_page',
          ),
        ) as { __olaTestInstance?: string } | undefined;
      if (!view) return null;
      view.__olaTestInstance ??= crypto.randomUUID();
      return view.__olaTestInstance;
    });
  }

  async logInBackground(line: string): Promise<void> {
    // Woken by a message it refuses, then its window's console used from the helper page.
    await this.inExtension(() => chrome.runtime.sendMessage({ type: 'test:wake' }).catch(() => null));
    await pollUntil(
      () =>
        this.inExtension((text) => {
          const view = chrome.extension
            .getViews()
            .find((candidate) =>
              (candidate as unknown as typeof globalThis).location.pathname.startsWith(
                '/_generated_background_page',
              ),
            ) as unknown as typeof globalThis | undefined;
          view?.console.warn(text);
          return view !== undefined;
        }, line),
      Boolean,
      { what: 'the event page to run' },
    );
  }

  consoleOutput(): string[] {
    return this.output.all().map((line) => `[firefox stdout] ${line}`);
  }

  sentRequests() {
    return [...this.recorder.requests];
  }

  clearRecords(): void {
    this.output.clear();
    this.recorder.requests.length = 0;
  }

  async reset(): Promise<void> {
    for (const tab of await this.tabs()) await tab.close();
    if (this.withExtension) {
      await this.inExtension(clearStorage);
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.recorder.close();
  }
}
