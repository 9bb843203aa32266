import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = path.resolve(import.meta.dirname, '../../.output');
const OKTA_CELLS = [
  '*://*.okta.com/*',
  '*://*.oktapreview.com/*',
  '*://*.okta-emea.com/*',
  '*://*.okta-gov.com/*',
  '*://*.okta.mil/*',
];
const DEFAULT_HUB_API = 'https://api.stackone.com/*';
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

function manifestOf(build: string) {
  return JSON.parse(readFileSync(path.join(OUTPUT, build, 'manifest.json'), 'utf8'));
}

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s release manifest', (build) => {
  const manifest = manifestOf(build);

  it('is Manifest V3, named Okta Link Assistant (from the catalogues, English by default), with icons', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_ext_name__');
    expect(manifest.description).toBe('__MSG_ext_description__');
    expect(manifest.action.default_title).toBe('__MSG_ext_name__');
    const english = JSON.parse(readFileSync(path.join(OUTPUT, build, '_locales/en/messages.json'), 'utf8'));
    expect(english.ext_name.message).toBe('Okta Link Assistant');
    // Chrome's limit for the store and the extensions page.
    for (const language of ['en', 'fr', 'de', 'ja', 'es']) {
      const catalogue = JSON.parse(
        readFileSync(path.join(OUTPUT, build, `_locales/${language}/messages.json`), 'utf8'),
      );
      expect(catalogue.ext_description.message.length, language).toBeLessThanOrEqual(132);
    }
    expect(Object.keys(manifest.icons ?? {})).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });

  it('asks for exactly the agreed permissions and nothing broader', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual([...OKTA_CELLS, DEFAULT_HUB_API].sort());
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', ...LOOPBACK]);
    const everything = JSON.stringify(manifest);
    for (const forbidden of [
      '<all_urls>',
      '"tabs"',
      '"cookies"',
      '"webRequest"',
      '"clipboardRead"',
      '"clipboardWrite"',
    ]) {
      expect(everything).not.toContain(forbidden);
    }
  });

  it('injects nothing into pages by itself: no static content scripts, nothing web-accessible', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('allows no remote code', () => {
    const csp = JSON.stringify(manifest.content_security_policy ?? {});
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe('the Firefox manifest', () => {
  it('has a gecko id and declares its data collection (data-declaration.test.ts checks what)', () => {
    const gecko = manifestOf('firefox-mv3').browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions?.required).not.toContain('none');
  });
});

describe.each([
  ['chrome-mv3', 'chrome-mv3-e2e'],
  ['firefox-mv3', 'firefox-mv3-e2e'],
])('the e2e build of %s', (releaseBuild, e2eBuild) => {
  it('differs from the release build only by loopback host permissions', () => {
    const release = manifestOf(releaseBuild);
    const e2e = manifestOf(e2eBuild);
    expect(e2e.host_permissions).toEqual([...release.host_permissions, ...LOOPBACK]);
    expect({ ...e2e, host_permissions: null }).toEqual({ ...release, host_permissions: null });
  });

  it('ships byte for byte the same code as the release build', () => {
    const filesOf = (build: string) =>
      readdirSync(path.join(OUTPUT, build), { recursive: true, encoding: 'utf8' })
        .filter((file) => file !== 'manifest.json' && /\.\w+$/.test(file))
        .sort();
    const files = filesOf(releaseBuild);
    expect(filesOf(e2eBuild)).toEqual(files);
    for (const file of files) {
      const read = (build: string) => readFileSync(path.join(OUTPUT, build, file));
      expect(read(e2eBuild).equals(read(releaseBuild)), file).toBe(true);
    }
  });
});
