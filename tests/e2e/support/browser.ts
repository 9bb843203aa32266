import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

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
  if (extensionDir) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  let extensionId: string | null = null;
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
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
