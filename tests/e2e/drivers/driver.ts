import type { OktaSandbox } from '../../../sandbox/okta/server';

/**
 * What a journey needs from a browser, and nothing more: the same scenarios run in Chromium (playwright-core
 * over CDP) and in Firefox (puppeteer-core over WebDriver BiDi) through this interface. Everything that reads
 * or acts on a page goes through `evaluate` (the page's own DOM, through our overlay's open shadow root) or
 * through real input at a point, so a journey does what an admin does and reads what an admin sees.
 */

/** The extension's storage areas, as its own pages see them. */
export type ExtensionStorage = Record<'local' | 'sync' | 'session', Record<string, unknown>>;

/** A request the browser sent, to any host, answered or not. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export interface Point {
  x: number;
  y: number;
}

/** A function evaluated in a page or an extension context: it may use nothing from the test's scope. */
export type Evaluated<R, A> = (arg: A) => R | Promise<R>;

export interface Tab {
  /** The address the tab shows now. */
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  goBack(): Promise<void>;
  /** Runs `fn` in the page's main world; throws while the page navigates (pollers retry). */
  evaluate<R, A = undefined>(fn: Evaluated<R, A>, arg?: A): Promise<R>;
  /** Runs `fn` in every frame of the page; a frame that cannot answer gives null. */
  evaluateInFrames<R>(fn: () => R): Promise<(R | null)[]>;
  /** A real mouse click (move, press, release) at a point of the viewport. */
  click(point: Point): Promise<void>;
  /** Types into whatever has the focus, key by key. */
  type(text: string): Promise<void>;
  /** Presses a key by its name (`Enter`, `Tab`, `Escape`). */
  press(key: string): Promise<void>;
  /** Selects the tab, as the admin would by clicking its title: it becomes the active tab. */
  bringToFront(): Promise<void>;
  /**
   * The centre of the control of this role with this accessible name (as the browser's accessibility tree
   * names it), scrolled into view; null when there is none.
   */
  centreOfRole(role: 'button' | 'link' | 'checkbox', name: string): Promise<Point | null>;
  close(): Promise<void>;
  isClosed(): boolean;
}

export interface Driver {
  readonly browserName: 'chromium' | 'firefox';
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  /** A new tab on `url`, loaded. */
  open(url: string): Promise<Tab>;
  /** A new tab on one of the extension's pages (`popup.html?tabId=3`), loaded; opened as a normal page. */
  openExtensionPage(pathAndQuery: string): Promise<Tab>;
  /** The browser's id for the tab: brought to the front, it is the active tab. */
  tabIdOf(tab: Tab): Promise<number>;
  /** A tab the extension (or a page) opened, once one shows an address that `matches`. */
  waitForTab(matches: (url: string) => boolean): Promise<Tab>;
  /** Every open tab (not the driver's own helper page). */
  tabs(): Promise<Tab[]>;
  /**
   * Runs `fn` with the extension's APIs (`chrome.*`, promise-based in both browsers) in a page of the
   * extension's origin that neither wakes nor holds its background: in Chromium its manifest shown as a page,
   * in Firefox its options page (which sends the background nothing). Kept out of `tabs()`.
   */
  inExtension<R, A = undefined>(fn: Evaluated<R, A>, arg?: A): Promise<R>;
  readStorage(): Promise<ExtensionStorage>;
  /**
   * Stops the background as the browser does when it is idle, and returns once it is gone: Chromium's
   * service worker through CDP; Firefox's event page by waiting out `extensions.background.idle.timeout`.
   */
  stopBackground(): Promise<void>;
  /**
   * Which run of the background is alive: an id stamped on its global the first time it is asked, so a
   * restarted background (a new global) answers with a new one; null while none runs. Asking never wakes it.
   */
  backgroundInstance(): Promise<string | null>;
  /** Writes a line to the background's own console (the sweep's self-test plants a leak there). */
  logInBackground(line: string): Promise<void>;
  /** Every console line and page error of every context since the last `clearRecords`. */
  consoleOutput(): string[];
  /**
   * Requests the browser sent since the last `clearRecords`, answered or not: in Chromium every request of
   * every context (CDP); in Firefox every one to a host that is not Okta's, http or https, with its body
   * (through a recording proxy that terminates TLS; the Okta sandbox records Okta's, with their bodies).
   */
  sentRequests(): SentRequest[];
  clearRecords(): void;
  /** Closes the test's tabs and forgets everything the extension holds, as a fresh session would. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The Okta sandbox the browser reaches for every Okta host. */
  okta: OktaSandbox;
  /** Load the e2e build (default); false runs the browser without any extension. */
  withExtension?: boolean;
  /**
   * A profile folder kept across launches, with the extension installed the way a person's is (not as a
   * temporary add-on), to test what survives a browser restart.
   */
  profileDir?: string;
  /** More browser preferences (Firefox), e.g. `intl.locale.requested` for its language. */
  prefs?: Record<string, string | number | boolean>;
}

/** A browser the journeys can run in. */
export interface BrowserKind {
  readonly name: 'chromium' | 'firefox';
  launch(options: LaunchOptions): Promise<Driver>;
}
