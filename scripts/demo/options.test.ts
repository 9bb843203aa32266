import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../build-extension';
import { readDemoOptions } from './options';

const NOW = new Date('2026-03-04T05:06:07.890Z');
const read = (argv: string[], env: NodeJS.ProcessEnv, platform: NodeJS.Platform = 'linux') =>
  readDemoOptions(argv, env, platform, NOW);

describe('when the demo plays the journey itself', () => {
  it('hands Chromium to a person when there is a display and nothing asks for headless', () => {
    expect(read([], { DISPLAY: ':0' })).toMatchObject({ headless: false, build: true });
    expect(read([], {}, 'darwin')).toMatchObject({ headless: false });
  });

  it.each([
    [['--headless'], { DISPLAY: ':0' }, '--headless'],
    [[], { DISPLAY: ':0', npm_config_headless: 'true' }, 'npm run demo --headless'],
    [[], {}, 'no display (DISPLAY is not set)'],
    [['--store'], { DISPLAY: ':0' }, '--store'],
  ])('plays headless for %j with %j', (argv, env, reason) => {
    expect(read(argv, env)).toMatchObject({ headless: true, reason });
  });

  it('takes a Wayland display for a display', () => {
    expect(read([], { WAYLAND_DISPLAY: 'wayland-0' })).toMatchObject({ headless: false });
  });

  it('does not take npm_config_headless=false for a request', () => {
    expect(read([], { DISPLAY: ':0', npm_config_headless: 'false' })).toMatchObject({ headless: false });
  });

  it('writes to a new folder per run under demo-output, or where --out says', () => {
    expect(read([], {})).toMatchObject({
      outDir: path.join(REPO_ROOT, 'demo-output', '2026-03-04_05-06-07'),
    });
    expect(read(['--out', '/tmp/demo', '--skip-build'], {})).toMatchObject({
      outDir: '/tmp/demo',
      build: false,
    });
  });

  it("rewrites the README's images only when asked", () => {
    expect(read(['--headless'], {})).toMatchObject({ docsDir: null });
    expect(read(['--headless', '--docs'], {})).toMatchObject({ docsDir: path.join(REPO_ROOT, 'docs') });
  });

  it('writes the store listing images only when asked', () => {
    expect(read(['--headless'], {})).toMatchObject({ store: false });
    expect(read(['--store'], { DISPLAY: ':0' })).toMatchObject({ store: true, headless: true });
  });

  it('answers --help', () => {
    expect(read(['--help'], {})).toEqual({ help: true });
  });
});

describe('the console’s language', () => {
  it('is English unless --lang names one of ours', () => {
    expect(read(['--headless'], {})).toMatchObject({ lang: 'en' });
    expect(read(['--headless', '--lang', 'ja'], {})).toMatchObject({ lang: 'ja' });
    expect(() => read(['--lang', 'pt'], {})).toThrow(/--lang/);
  });
});
