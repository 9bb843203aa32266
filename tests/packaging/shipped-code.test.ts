import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GUIDE_SCRIPT } from '../../utils/messages/guide-protocol';
import { findCodeFromStrings } from './code-from-strings';

const OUTPUT = path.resolve(import.meta.dirname, '../../.output');
const BUILDS = ['chrome-mv3', 'firefox-mv3'];

function scriptsOf(build: string): { file: string; code: string }[] {
  const root = path.join(OUTPUT, build);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(m?js|html)$/.test(file))
    .map((file) => ({ file, code: readFileSync(path.join(root, file), 'utf8') }));
}

describe.each(BUILDS)('the code shipped in %s', (build) => {
  const scripts = scriptsOf(build);

  it('has scripts to check', () => {
    expect(scripts.map((s) => s.file)).toEqual(
      expect.arrayContaining(['background.js', GUIDE_SCRIPT.slice(1)]),
    );
  });

  it('evaluates no strings as code (read from its syntax tree)', () => {
    for (const { file, code } of scripts) {
      if (file.endsWith('.html')) {
        // Extension pages may hold no inline script at all (MV3's CSP): code lives in the files checked below.
        expect(code, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
        expect(code, file).not.toMatch(/\bon[a-z]+\s*=\s*["']|javascript:/i);
        continue;
      }
      expect(findCodeFromStrings(code), file).toEqual([]);
    }
  });

  it('loads no remote code', () => {
    for (const { file, code } of scripts) {
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(code, file).not.toMatch(/import\(\s*["'`]https?:/);
      expect(code, file).not.toMatch(/importScripts\(/);
    }
  });

  it('carries nothing shaped like an Okta API token', () => {
    for (const { file, code } of scripts)
      expect(code, file).not.toMatch(/(?<![A-Za-z0-9_-])00[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])/);
  });
});

/**
 * Mozilla's linter on the Firefox builds and on the package for addons.mozilla.org itself (`npm run zip`):
 * no errors, no warnings, no notices. (Preact's `dangerouslySetInnerHTML` branch, its one warning, is taken out
 * at build time: build/preact-no-inner-html.ts.)
 */
const FIREFOX_PACKAGE = (() => {
  const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
  return `${pkg.name}-${pkg.version}-firefox.zip`;
})();

describe.each(['firefox-mv3', 'firefox-mv3-e2e', FIREFOX_PACKAGE])('web-ext lint on %s', (build) => {
  it('reports no errors, warnings or notices', async () => {
    const cli = path.resolve(import.meta.dirname, '../../node_modules/web-ext/bin/web-ext.js');
    const target = path.join(OUTPUT, build);
    // web-ext lints a folder; its linter (addons-linter) takes the package file itself.
    const [command, args] = build.endsWith('.zip')
      ? [
          path.resolve(import.meta.dirname, '../../node_modules/addons-linter/bin/addons-linter'),
          ['--self-hosted', '--output=json', target],
        ]
      : [cli, ['lint', '--self-hosted', '--output=json', '--no-config-discovery', '-s', target]];
    const { stdout } = await promisify(execFile)(process.execPath, [command, ...args], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: unknown[]; notices: unknown[]; warnings: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.notices).toEqual([]);
  });
});

/** The check above, shown to see each way of turning a string into code, and to let ordinary code be. */
describe('findCodeFromStrings', () => {
  it.each([
    ['direct eval', 'eval(s)'],
    ['indirect eval', '(0, eval)(s)'],
    ['eval kept aside', 'const run = eval; run(s)'],
    ['eval through the global', 'globalThis.eval(s)'],
    ['eval by a computed name', "window['eval'](s)"],
    ['Function called', "Function('return 1')()"],
    ['new Function', "new Function('a', 'return a')"],
    ['Function through the global', "new globalThis.Function('x')"],
    ['Function kept aside', 'const F = Function; F(s)'],
    ['Function.call', "Function.call(null, 'return 1')"],
    ['Function by its constructor', "(() => {}).constructor('return 1')()"],
    ["Function by the prototype's constructor", "Function.prototype.constructor('x')"],
    ['setTimeout with a string', 'setTimeout("alert(1)", 0)'],
    ['setInterval with a template', 'setInterval(`tick()`, 10)'],
    ['window.setTimeout with a concatenation', "window.setTimeout('f(' + x + ')')"],
  ])('finds %s', (_, code) => {
    expect(findCodeFromStrings(code)).not.toEqual([]);
  });

  it.each([
    ['a method named like it', 'page.evaluate(fn); x.evaluateInFrames(g)'],
    ['the word in a string', 'console.log("no eval here, nor new Function")'],
    ['a timer given a function', 'setTimeout(() => run(), 0); setInterval(tick, 10)'],
    ['instanceof Function', 'if (x instanceof Function) x()'],
    ["webextension-polyfill's helper", 'const has = Function.call.bind(Object.prototype.hasOwnProperty)'],
    ["Preact's render of a function component", 'function r(p, c) { return this.constructor(p, c) }'],
    ['an object key named eval', 'const o = { eval: 1, Function: 2 }; o.x'],
  ])('lets %s be', (_, code) => {
    expect(findCodeFromStrings(code, 'script')).toEqual([]);
  });
});
