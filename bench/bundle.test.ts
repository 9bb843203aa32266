import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gzipSize, matchesPattern, measureBundles } from './bundle';

describe('match patterns', () => {
  it.each([
    ['*://*.okta.com/*', 'https://acme-admin.okta.com/admin/dashboard', true],
    ['*://*.okta.com/*', 'http://okta.com/', true],
    ['*://*.okta.com/*', 'https://acme.okta.com.evil.test/', false],
    ['https://*/*', 'http://acme.okta.com/', false],
    ['<all_urls>', 'https://acme.okta.com/app/UserHome', true],
    ['*://*/admin/*', 'https://acme-admin.okta.com/admin/dashboard', true],
    ['*://*/app/*', 'https://acme-admin.okta.com/admin/dashboard', false],
  ])('%s on %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });
});

describe('bundle sizes per entrypoint', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function build(files: Record<string, string>) {
    dir = mkdtempSync(path.join(tmpdir(), 'bench-bundle-'));
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    return dir;
  }

  it('follows an HTML page to its scripts, preloads, styles and their imports, counting shared files per entrypoint', () => {
    const report = measureBundles(
      build({
        'manifest.json': JSON.stringify({
          background: { service_worker: 'background.js' },
          action: { default_popup: 'popup.html' },
          content_scripts: [{ matches: ['*://*.okta.com/*'], js: ['content-scripts/launcher.js'] }],
        }),
        'background.js': 'console.log(1)',
        'popup.html':
          '<script type="module" src="/chunks/popup.js"></script><link rel="modulepreload" href="/chunks/shared.js"><link rel="stylesheet" href="/assets/popup.css"><a href="https://example.test/x.js"><script src="/first-paint.js"></script>',
        'chunks/popup.js': 'import{a}from"./shared.js";import("./lazy.js");import(`./later.js`);a()',
        'chunks/later.js': 'export default 3',
        'first-paint.js': 'void 1',
        'chunks/shared.js': 'export const a=()=>1',
        'chunks/lazy.js': 'export default 2',
        'assets/popup.css': 'body{margin:0}',
        'content-scripts/launcher.js': 'void 0',
        'guide.js': 'x'.repeat(1000),
      }),
    );
    const popup = report.entrypoints.find((entry) => entry.name === 'popup');
    expect(popup?.files.sort()).toEqual(
      [
        'popup.html',
        'chunks/popup.js',
        'chunks/shared.js',
        'chunks/lazy.js',
        'chunks/later.js',
        'assets/popup.css',
        'first-paint.js',
      ].sort(),
    );
    // What the popup needs before it can paint: the page, its classic scripts and its styles, no module.
    const firstPaint = report.entrypoints.find((entry) => entry.name === 'popup, first paint');
    expect(firstPaint?.files.sort()).toEqual(['popup.html', 'assets/popup.css', 'first-paint.js'].sort());
    expect(report.oktaStatic.map((entry) => entry.files)).toEqual([['content-scripts/launcher.js']]);
    expect(report.guide).toMatchObject({
      name: 'guide',
      files: ['guide.js'],
      kind: 'content script (on demand)',
      rawBytes: 1000,
      gzipBytes: gzipSize('x'.repeat(1000)),
    });
  });

  it('says so when the guide is not where the background injects it from', () => {
    expect(() => measureBundles(build({ 'manifest.json': '{}', 'content-scripts/guide.js': '' }))).toThrow(
      /No guide\.js/,
    );
  });
});
