import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../build-extension';

/** Where headless runs write, one folder per run (git-ignored). */
export const DEMO_OUTPUT_DIR = path.join(REPO_ROOT, 'demo-output');
/** The README's images. */
export const DOCS_DIR = path.join(REPO_ROOT, 'docs');

export interface DemoOptions {
  /** Play the journey without a window (and write the report) instead of handing Chromium to a person. */
  headless: boolean;
  /** Why it runs headless, to print. */
  reason: string;
  outDir: string;
  /** Headless only: also write the README's images (docs/*.png) from this run. */
  docsDir: string | null;
  /** Headless only: also write the store listing's images (store/en/images/) from this run. */
  store: boolean;
  build: boolean;
  /** The Okta console's language (its callouts follow it): en, fr, de, ja or es. */
  lang: DemoLanguage;
}

export const DEMO_LANGUAGES = ['en', 'fr', 'de', 'ja', 'es'] as const;
export type DemoLanguage = (typeof DEMO_LANGUAGES)[number];

export const DEMO_USAGE = `Usage: npm run demo [-- --headless] [-- --out <folder>] [-- --docs] [-- --store] [-- --skip-build] [-- --lang ja]

  With a display: opens Chromium with the extension on the sandbox Okta dashboard for you to click through.
  Headless (--headless, \`npm run demo --headless\`, or no display): plays the journeys itself, the short
  paths first and the tour last, and writes a screenshot per step and report.html to demo-output/<time>/
  (or --out). --docs also rewrites the README's images in docs/ from that run. --store (headless) writes
  the store listing's screenshots and promo tile in store/en/images/, refusing any that shows a token whole.
  --lang ja (fr, de, es) plays them on an Okta console in that language, whose callouts speak it too (the
  README's images: docs/*-ja.png).`;

function truthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/\..*$/, '').replace(/:/g, '-').replace('T', '_');
}

/**
 * `npm run demo -- --headless` passes the flag to the script; `npm run demo --headless` gives it to npm, which
 * hands it on as npm_config_headless. Linux without DISPLAY/WAYLAND_DISPLAY cannot show a window at all.
 */
export function readDemoOptions(
  argv: string[],
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  now = new Date(),
): DemoOptions | { help: true } {
  const { values } = parseArgs({
    args: argv,
    options: {
      headless: { type: 'boolean', default: false },
      out: { type: 'string' },
      docs: { type: 'boolean', default: false },
      store: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      lang: { type: 'string', default: 'en' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true };
  const lang = values.lang as DemoLanguage;
  if (!DEMO_LANGUAGES.includes(lang)) throw new Error(`--lang: one of ${DEMO_LANGUAGES.join(', ')}.`);
  const noDisplay = platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
  const reason = values.headless
    ? '--headless'
    : values.store
      ? '--store'
      : truthy(env.npm_config_headless)
        ? 'npm run demo --headless'
        : noDisplay
          ? 'no display (DISPLAY is not set)'
          : '';
  return {
    headless: reason !== '',
    reason,
    outDir: path.resolve(values.out ?? path.join(DEMO_OUTPUT_DIR, timestamp(now))),
    docsDir: values.docs ? DOCS_DIR : null,
    store: values.store,
    build: !values['skip-build'],
    lang,
  };
}
