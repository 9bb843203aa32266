import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFirefoxVersion, FIREFOX_PATH } from './drivers/firefox';

/** The Firefox suite refuses, with the reason, a Firefox older than the manifest's strict_min_version. */
describe('the Firefox the journeys run in', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ola-fake-firefox-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in binary that answers `--version` as Firefox does. */
  function firefoxSaying(version: string): string {
    const file = path.join(dir, `firefox-${version}`);
    writeFileSync(file, `#!/bin/sh\necho "Mozilla Firefox ${version}"\n`);
    chmodSync(file, 0o755);
    return file;
  }

  it.each(['128.14.0esr', '139.0.4', '99.0'])('refuses Firefox %s, saying what it needs', (version) => {
    expect(() => checkFirefoxVersion('140.0', firefoxSaying(version))).toThrow(
      /is Firefox [\d.]+; the extension needs Firefox 140\.0 or newer/,
    );
  });

  it.each(['140.0', '140.0.1esr', '153.8.0esr', '160.0a1'])('accepts Firefox %s', (version) => {
    expect(() => checkFirefoxVersion('140.0', firefoxSaying(version))).not.toThrow();
  });

  it('says where to get one when there is none', () => {
    expect(() => checkFirefoxVersion('140.0', path.join(dir, 'missing'))).toThrow(
      /No Firefox at .*missing\. Install Debian's package/,
    );
  });

  it('the one installed here is new enough', () => {
    expect(Number.parseInt(checkFirefoxVersion('140.0', FIREFOX_PATH), 10)).toBeGreaterThanOrEqual(140);
  });
});
