import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_E2E_EXTENSION_DIR, FIREFOX_PATH } from './drivers/firefox';
import { CHROMIUM_PATH, E2E_EXTENSION_DIR, launchChromium } from './support/browser';

/*
 * Installed by IT (docs/enterprise.md): the policy examples of that page, as an IT department would deploy them,
 * and the options page showing the preset hub API base URL and token name, locked. Chromium reads its managed
 * policies from /etc/chromium/policies/managed and Firefox its policies.json from its distribution folder:
 * both machine-wide, and other browsers run on this machine at the same time. So each browser here starts in
 * a private mount namespace (`unshare -m`) where a temporary folder is bind-mounted over that one place;
 * nothing outside the test's browser sees it.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const GECKO_ID = 'okta-link-assistant@stackone.example';
const CHROMIUM_POLICY_PARENT = '/etc/chromium';
const FIREFOX_DISTRIBUTION = '/usr/share/firefox-esr/distribution';

/** The JSON block after `<!-- policy: <name> -->` in docs/enterprise.md. */
function policyExample(name: 'chrome' | 'firefox'): Record<string, unknown> {
  const doc = readFileSync(path.join(ROOT, 'docs', 'enterprise.md'), 'utf8');
  const block = new RegExp(`<!-- policy: ${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(doc)?.[1];
  if (!block) throw new Error(`docs/enterprise.md has no ${name} policy example`);
  return JSON.parse(block);
}

/** What the managed schema allows: the example must set only these, each a string. */
const schema = JSON.parse(readFileSync(path.join(ROOT, 'public', 'managed-schema.json'), 'utf8')) as {
  properties: Record<string, { type: string }>;
};

/** Chromium's id for an unpacked extension: its folder's path, hashed, in the letters a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** A program that starts `binary` with `folder` mounted over `target`, for that process tree only. */
function privateMountWrapper(dir: string, folder: string, target: string, binary: string): string {
  const wrapper = path.join(dir, 'launch.sh');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec unshare -m sh -c 'mount --bind "$0" "$1" && shift && exec "$@"' '${folder}' '${target}' '${binary}' "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}

const canUnshare =
  process.platform === 'linux' && spawnSync('unshare', ['-m', 'true'], { stdio: 'ignore' }).status === 0;
if (!canUnshare) {
  console.warn(
    'enterprise-policy.e2e.ts: skipped, `unshare -m` is not allowed here (needs root or CAP_SYS_ADMIN); ' +
      'the policy examples of docs/enterprise.md are then not tested.',
  );
}

describe('the policy examples of docs/enterprise.md', () => {
  it('set only what the managed schema describes, as strings', () => {
    const chrome = policyExample('chrome') as {
      ExtensionSettings: Record<string, { installation_mode: string; update_url: string }>;
      '3rdparty': { extensions: Record<string, Record<string, unknown>> };
    };
    const firefox = policyExample('firefox') as {
      policies: {
        ExtensionSettings: Record<string, { installation_mode: string; install_url: string }>;
        '3rdparty': { Extensions: Record<string, Record<string, unknown>> };
      };
    };
    expect(chrome.ExtensionSettings.EXTENSION_ID).toMatchObject({
      installation_mode: 'force_installed',
      update_url: 'https://clients2.google.com/service/update2/crx',
    });
    expect(firefox.policies.ExtensionSettings[GECKO_ID]?.installation_mode).toBe('force_installed');
    for (const settings of [
      chrome['3rdparty'].extensions.EXTENSION_ID,
      firefox.policies['3rdparty'].Extensions[GECKO_ID],
    ]) {
      expect(Object.keys(settings ?? {}).sort()).toEqual(Object.keys(schema.properties).sort());
      for (const [key, value] of Object.entries(settings ?? {}))
        expect(typeof value).toBe(schema.properties[key]?.type);
    }
  });
});

describe.skipIf(!canUnshare)('installed by policy', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'ola-policy-'));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('Chromium: the managed settings (3rdparty) preset the hub API base URL and token name, locked', async () => {
    const example = policyExample('chrome') as {
      '3rdparty': { extensions: Record<string, Record<string, string>> };
    };
    const preset = example['3rdparty'].extensions.EXTENSION_ID ?? {};
    const id = unpackedExtensionId(E2E_EXTENSION_DIR);
    // A copy of /etc/chromium with the policy in it: master_preferences as the machine has it.
    const etc = path.join(work, 'etc-chromium');
    mkdirSync(path.join(etc, 'policies', 'managed'), { recursive: true });
    const masterPreferences = path.join(CHROMIUM_POLICY_PARENT, 'master_preferences');
    if (existsSync(masterPreferences)) copyFileSync(masterPreferences, path.join(etc, 'master_preferences'));
    writeFileSync(
      path.join(etc, 'policies', 'managed', 'okta-link-assistant.json'),
      JSON.stringify({ '3rdparty': { extensions: { [id]: preset } } }),
    );
    const browser = await launchChromium({
      executablePath: privateMountWrapper(work, etc, CHROMIUM_POLICY_PARENT, CHROMIUM_PATH),
    });
    try {
      expect(browser.extensionId).toBe(id);
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${id}/options.html`);
      const hub = page.getByLabel('Hub API base URL');
      const tokenName = page.getByLabel('Token name');
      await expect.poll(() => hub.inputValue()).toBe(preset.hubApiBaseUrl);
      expect(await tokenName.inputValue()).toBe(preset.tokenName);
      expect(await hub.isDisabled()).toBe(true);
      expect(await tokenName.isDisabled()).toBe(true);
      expect(await page.getByText('Set by your administrator.').count()).toBe(2);
    } finally {
      await browser.close();
    }
  });

  it('Firefox: policies.json force-installs the extension and presets both settings, locked', {
    timeout: 120_000,
  }, async () => {
    const example = policyExample('firefox') as {
      policies: {
        ExtensionSettings: Record<string, { install_url: string }>;
        '3rdparty': { Extensions: Record<string, Record<string, string>> };
      };
    };
    const preset = example.policies['3rdparty'].Extensions[GECKO_ID] ?? {};
    // The test build packed as an add-on file, standing in for addons.mozilla.org's.
    const xpi = path.join(work, 'okta-link-assistant.xpi');
    execFileSync(process.execPath, [
      path.join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js'),
      'build',
      '--no-config-discovery',
      '-s',
      FIREFOX_E2E_EXTENSION_DIR,
      '-a',
      work,
      '--filename',
      path.basename(xpi),
      '--overwrite-dest',
    ]);
    const entry = example.policies.ExtensionSettings[GECKO_ID];
    if (entry) entry.install_url = `file://${xpi}`;
    const distribution = path.join(work, 'firefox-distribution');
    mkdirSync(distribution);
    writeFileSync(path.join(distribution, 'policies.json'), JSON.stringify(example));

    const uuid = randomUUID();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: privateMountWrapper(work, distribution, FIREFOX_DISTRIBUTION, FIREFOX_PATH),
      headless: true,
      // Without it BiDi refuses to navigate a tab to moz-extension:// (the options page).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // The test build is not signed; Firefox ESR installs it by policy when told signatures are not required.
        'xpinstall.signatures.required': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      },
    });
    try {
      const page = await browser.newPage();
      // Firefox loses track of navigations into moz-extension:// (firefox-e2e.md): go, then poll.
      page.goto(`moz-extension://${uuid}/options.html`).catch(() => undefined);
      const fields = () => readOptions(page);
      await expect
        .poll(fields, { timeout: 60_000, interval: 500 })
        .toMatchObject({ 'Hub API base URL': { value: preset.hubApiBaseUrl } });
      const shown = await fields();
      expect(shown).toMatchObject({
        'Hub API base URL': { value: preset.hubApiBaseUrl, disabled: true },
        'Token name': { value: preset.tokenName, disabled: true },
      });
      expect(shown.locked).toBe(2);
    } finally {
      await browser.close();
    }
  });
});

/** The options page's labelled fields (value, disabled) and how many say they are set by the administrator. */
async function readOptions(
  page: FirefoxPage,
): Promise<Record<string, { value: string; disabled: boolean }> & { locked?: number }> {
  return page
    .evaluate(`(() => {
      const out = {};
      for (const label of document.querySelectorAll('label')) {
        const field = label.control;
        if (field) out[label.textContent.trim()] = { value: field.value, disabled: field.disabled };
      }
      out.locked = [...document.querySelectorAll('p')].filter((p) => p.textContent === 'Set by your administrator.').length;
      return out;
    })()`)
    .catch(() => ({})) as Promise<Record<string, { value: string; disabled: boolean }> & { locked?: number }>;
}
