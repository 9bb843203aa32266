/*
 * `npm run demo`: builds the e2e build, starts the sandboxes and either hands Chromium to a person (with a
 * display) or plays the journeys itself (short paths first, the tour last) and writes screenshots plus
 * report.html (headless). Exits non-zero when any step fails. See scripts/demo/options.ts for how "headless"
 * is decided.
 */
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { startWorld } from '../tests/e2e/support/env';
import { chromiumVersion } from './browser-info';
import { buildExtension, E2E_DIR, REPO_ROOT } from './build-extension';
import { runInteractive } from './demo/interactive';
import { playJourneys } from './demo/journey';
import { DEMO_OUTPUT_DIR, DEMO_USAGE, type DemoLanguage, readDemoOptions } from './demo/options';
import { writeReport } from './demo/report';
import { StoreImages } from './demo/store';

/** The promo tile's line (store/en/listing.json's short description says the same at more length). */
const STORE_TAGLINE =
  'From “connect Okta to our hub” to linked in a few clicks. The API token stays in memory only.';

/** demo-output/latest points at the newest run there, so docs can name one stable path. */
function linkLatest(outDir: string) {
  if (path.dirname(outDir) !== DEMO_OUTPUT_DIR) return; // --out elsewhere: leave that folder's parent alone
  const latest = path.join(DEMO_OUTPUT_DIR, 'latest');
  try {
    rmSync(latest, { force: true });
    symlinkSync(path.basename(outDir), latest);
  } catch {
    // Best effort (e.g. a file system without symlinks): the printed path is the real one.
  }
}

async function runHeadless(
  outDir: string,
  docsDir: string | null,
  withStore: boolean,
  lang: DemoLanguage,
): Promise<boolean> {
  console.log(`Playing the journeys headless; screenshots and report go to ${outDir}`);
  if (docsDir) console.log(`The README's images go to ${docsDir}`);
  const world = await startWorld();
  // The store's images check every token the sandbox Okta created: the only tokens a demo run can show.
  const store = withStore
    ? new StoreImages(async () => world.okta.createdTokens.map((created) => created.token))
    : null;
  if (store) console.log(`The store listing's images go to ${store.dir}`);
  try {
    const chromium = await chromiumVersion(world.context);
    const result = await playJourneys(world, {
      outDir,
      docsDir,
      store,
      lang,
      log: (line) => console.log(line),
    });
    if (store) {
      await store.promoTile(world.context, STORE_TAGLINE);
      console.log(`Store images checked for tokens: ${store.writeEvidence()}`);
    }
    const report = writeReport(outDir, result, {
      chromium,
      extensionDir: path.relative(REPO_ROOT, E2E_DIR),
    });
    for (const journeyPath of result.paths) {
      const { clicks, keyEntries, tabSwitches, total } = journeyPath.count;
      console.log(
        `${journeyPath.name}: ${journeyPath.passed ? 'passed' : 'FAILED'}, ${total} admin actions (${clicks} clicks, ${keyEntries} key entries, ${tabSwitches} tab switches)`,
      );
    }
    const shots = result.steps.reduce((sum, step) => sum + step.screenshots.length, 0);
    console.log(
      `\n${result.passed ? 'Every step passed' : 'Some steps FAILED'}. ${shots} screenshots in ${outDir}`,
    );
    console.log(`Report: ${report}`);
    linkLatest(outDir);
    return result.passed;
  } finally {
    await world.close();
  }
}

async function main(): Promise<number> {
  const options = readDemoOptions(process.argv.slice(2), process.env);
  if ('help' in options) {
    console.log(DEMO_USAGE);
    return 0;
  }
  if (options.build) buildExtension('build:e2e');
  if (!options.headless) {
    await runInteractive(options.lang);
    return 0;
  }
  console.log(`Headless: ${options.reason}.`);
  return (await runHeadless(options.outDir, options.docsDir, options.store, options.lang)) ? 0 : 1;
}

// Exit explicitly: a failure half-way (e.g. Chromium missing after the sandboxes started) can leave servers open.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
