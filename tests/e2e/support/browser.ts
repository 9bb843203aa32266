import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';

/** The extension APIs as seen inside a worker, where `evaluate` callbacks run. */
declare const chrome: typeof Browser;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** The e2e build of the spec: the release build plus loopback host permissions. */
export const E2E_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../../.output/chrome-mv3-e2e');

export interface LaunchOptions {
  /** Load the extension from this folder; omit to run Chromium without it. */
  extensionDir?: string | null;
  /** Chromium `--host-resolver-rules`, e.g. from the sandboxes. */
  hostResolverRules?: string[];
  headless?: boolean;
  /** Reuse this profile folder (kept on close), to test what survives a browser restart. */
  profileDir?: string;
  /** Other unpacked extensions to load next to ours (e.g. a hostile one). */
  extraExtensionDirs?: string[];
  /** More command-line switches (`--lang=fr`) and environment (`LANGUAGE=fr`, which Linux builds read). */
  args?: string[];
  env?: Record<string, string>;
  /** Start Chromium through this program instead (e.g. a wrapper giving it its own policy folder). */
  executablePath?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The loaded extension's id, when one was loaded. */
  extensionId: string | null;
  close(): Promise<void>;
}

export function assertChromiumPresent(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium) ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  assertChromiumPresent();
  const extensionDir = options.extensionDir === undefined ? E2E_EXTENSION_DIR : options.extensionDir;
  if (extensionDir && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const profile = options.profileDir ?? mkdtempSync(path.join(tmpdir(), 'ola-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
  ];
  if (options.hostResolverRules?.length) {
    args.push(`--host-resolver-rules=${options.hostResolverRules.join(', ')}`);
  }
  const extensionDirs = [extensionDir, ...(options.extraExtensionDirs ?? [])].filter((dir) => !!dir);
  if (extensionDirs.length > 0) {
    const list = extensionDirs.join(',');
    args.push(`--disable-extensions-except=${list}`, `--load-extension=${list}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...args, ...(options.args ?? [])],
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    viewport: { width: 1280, height: 800 },
  });
  let extensionId: string | null = null;
  if (extensionDir) {
    const worker = await workerOfExtensionNamed(context, manifestName(extensionDir));
    extensionId = new URL(worker.url()).host;
    launchedExtensionIds.set(context, extensionId);
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Our extension's id in each context launched here, so helpers find its worker among other extensions'. */
const launchedExtensionIds = new WeakMap<BrowserContext, string>();

export function launchedExtensionIdOf(context: BrowserContext): string | undefined {
  return launchedExtensionIds.get(context);
}

/** The manifest's name as the browser reports it: `__MSG_…__` read from the default locale's catalogue. */
function manifestName(extensionDir: string): string {
  const read = (file: string) => JSON.parse(readFileSync(path.join(extensionDir, file), 'utf8'));
  const manifest = read('manifest.json') as { name: string; default_locale?: string };
  const key = /^__MSG_(\w+)__$/.exec(manifest.name)?.[1];
  if (!key || !manifest.default_locale) return manifest.name;
  const messages = read(`_locales/${manifest.default_locale}/messages.json`) as Record<
    string,
    { message: string }
  >;
  return messages[key]?.message ?? manifest.name;
}

/** With several extensions loaded, their workers start in any order: ours is the one with our manifest's name. */
async function workerOfExtensionNamed(context: BrowserContext, name: string): Promise<Worker> {
  const isOurs = async (worker: Worker) =>
    (await worker.evaluate(() => chrome.runtime.getManifest().name).catch(() => null)) === name;
  // Listening before looking: a worker that starts while the present ones are asked is not missed.
  const starting = context.waitForEvent('serviceworker', { predicate: isOurs });
  for (const worker of context.serviceWorkers()) {
    if (await isOurs(worker)) {
      starting.catch(() => {});
      return worker;
    }
  }
  return starting;
}
