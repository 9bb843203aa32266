/*
 * `npm run bench [-- --check] [-- --runs N] [-- --skip-build] [-- --soak-seconds S]`: builds the release and e2e builds, measures
 * every figure of bench/README.md in one run, writes bench/results.json and bench/results.md and prints the
 * table. With --check it exits non-zero naming each figure that misses its budget in bench/budgets.json
 * (or could not be measured).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startHubSandbox } from '../sandbox/hub/server';
import { startOktaSandbox } from '../sandbox/okta/server';
import { chromiumVersion } from '../scripts/browser-info';
import { buildExtension, RELEASE_DIR, REPO_ROOT } from '../scripts/build-extension';
import { JOURNEYS, playJourneys } from '../scripts/demo/journey';
import { startWorld } from '../tests/e2e/support/env';
import { readBaseline } from './baseline';
import { launchWithExtension, launchWithoutExtension } from './browser';
import { type Figure, misses, readBudgets } from './budgets';
import { GUIDE_FILE, measureBundles } from './bundle';
import { busyFigures } from './busy-figures';
import { measureGuideLatency } from './guide-latency';
import { measureHubFillCost } from './hub-fill-cost';
import { measureInjectedScripts } from './injected-scripts';
import { MANUAL_JOURNEY, manualJourneyCount } from './manual-journey';
import { measurePageCost } from './page-cost';
import { measurePageCostCurve } from './page-cost-curve';
import { measurePopupPaint } from './popup-paint';
import { measurePopupReady, popupReadyFigures } from './popup-ready';
import { type BenchResults, type Failed, failed, type JourneyReport } from './results';
import { measureSoak } from './soak';
import { median, round } from './stats';
import { formatValue, resultsMarkdown } from './table';

const BENCH_DIR = import.meta.dirname;
const MANUAL_SOURCE =
  'StackOne\'s "Connect Okta with API Key" guide (https://docs.stackone.com/connectors/okta/guides/link-account/api-key)';

/** results.json and results.md are committed: written in the layout `npm run lint` (biome) expects. */
function formatWithBiome(...files: string[]) {
  const biome = path.join(REPO_ROOT, 'node_modules/.bin/biome');
  const result = spawnSync(biome, ['format', '--write', ...files], { cwd: REPO_ROOT, stdio: 'ignore' });
  if (result.status !== 0) log('  biome could not format the results; run `npx biome format --write bench`.');
}

function log(line: string) {
  console.error(line);
}

/** Runs one measurement; a failure is recorded with its reason and the run goes on. */
/** The 1-minute load average as each measurement began: what else the CPUs were doing then. */
const loadDuring: Record<string, number> = {};

async function attempt<T>(what: string, measure: () => Promise<T> | T): Promise<T | Failed> {
  loadDuring[what] = round(os.loadavg()[0] ?? 0);
  log(`Measuring ${what} (load average ${loadDuring[what]})…`);
  try {
    return await measure();
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    log(`  ${what} failed: ${message}`);
    return { error: message };
  }
}

async function measureJourney(): Promise<JourneyReport> {
  const world = await startWorld();
  try {
    const result = await playJourneys(world, { outDir: null, log: (line) => log(`  ${line}`) });
    return {
      assistant: result.paths.map(({ ms: _, ...journeyPath }) => journeyPath),
      manual: { count: manualJourneyCount(), steps: MANUAL_JOURNEY, source: MANUAL_SOURCE },
    };
  } finally {
    await world.close();
  }
}

/** The figures held against budgets.json, in the table's order. */
function figuresOf(results: Omit<BenchResults, 'figures' | 'baseline'>): Figure[] {
  const figure = <T extends object>(
    source: T | Failed,
    base: Omit<Figure, 'value' | 'error'>,
    read: (report: T) => number,
  ): Figure => {
    if (failed(source)) return { ...base, value: null, error: source.error };
    try {
      return { ...base, value: read(source) };
    } catch (error) {
      return { ...base, value: null, error: error instanceof Error ? error.message : String(error) };
    }
  };
  const { bundles, injection, pageCost, guideLatency, popupPaint, popupReady, journey } = results;
  const latencyOf = (kind: 'in-page navigation' | 'page load') =>
    figure(
      guideLatency,
      {
        id: `guide-latency-${kind.replace(/ /g, '-')}`,
        label: `Guide latency, median: ${kind}`,
        unit: 'ms',
        budget: 'guideLatency',
      },
      (report) =>
        round(
          median(
            report.kinds
              .filter((entry) => entry.kind === kind)
              .flatMap((entry) => entry.toHighlightMs.samples),
          ),
          1,
        ),
    );
  /** Each journey; those without a budget (the tour) are shown for comparison. */
  const journeyFigures = JOURNEYS.map(({ id, name, budget }) =>
    figure(
      journey,
      { id: `actions-${id}`, label: `Admin actions: ${name}`, unit: 'actions', budget },
      (report) => {
        const played = report.assistant.find((entry) => entry.id === id);
        if (!played) throw new Error(`the journey "${name}" was not played`);
        if (!played.passed) throw new Error(`the journey "${name}" did not reach the end`);
        return played.count.total;
      },
    ),
  );
  return [
    figure(
      injection,
      {
        id: 'injected-before-start',
        label: 'Script injected into an Okta page before Start, gzip',
        unit: 'B',
        budget: 'injectedBeforeStart',
        note: 'measured in the page via CDP',
      },
      (report) => report.beforeStart.gzipBytes,
    ),
    figure(
      bundles,
      {
        id: 'guide-scripts',
        label: "The guide's scripts while running, gzip",
        unit: 'B',
        budget: 'guideScripts',
        note: `${GUIDE_FILE} and what it loads`,
      },
      (report) => report.guide.gzipBytes,
    ),
    figure(
      pageCost,
      {
        id: 'added-script-idle',
        label: 'Added script time per Admin Console load, guide idle',
        unit: 'ms',
        budget: 'addedScriptIdle',
      },
      (report) => report.idle.scriptMs.diff,
    ),
    figure(
      pageCost,
      {
        id: 'added-script-running',
        label: 'Added script time per Admin Console load, guide running',
        unit: 'ms',
        budget: 'addedScriptRunning',
      },
      (report) => report.running.scriptMs.diff,
    ),
    latencyOf('in-page navigation'),
    latencyOf('page load'),
    ...busyFigures(results.pageCostCurve, results.soak, figure, results.hubFillCost),
    figure(
      popupPaint,
      {
        id: 'popup-paint-warm',
        label: 'Popup first meaningful paint (org domain), worker running',
        unit: 'ms',
        budget: 'popupFirstPaint',
      },
      (report) => report.workerRunning.orgDomainPaintMs.median,
    ),
    figure(
      popupPaint,
      {
        id: 'popup-paint-cold',
        label: 'Popup first meaningful paint (org domain), worker stopped first',
        unit: 'ms',
        budget: 'popupFirstPaint',
      },
      (report) => report.workerStopped.orgDomainPaintMs.median,
    ),
    ...(popupReady ? popupReadyFigures(popupReady) : []),
    ...journeyFigures,
    figure(
      journey,
      {
        id: 'journey-manual',
        label: 'Admin actions, manual journey (public connection guide)',
        unit: 'actions',
        budget: null,
      },
      (report) => report.manual.count.total,
    ),
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      runs: { type: 'string', default: '7' },
      'skip-build': { type: 'boolean', default: false },
      'soak-seconds': { type: 'string', default: '120' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 3) throw new Error('--runs must be a whole number, at least 3');
  const budgets = readBudgets();
  const loadBefore = os.loadavg()[0] ?? 0;
  if (!values['skip-build']) {
    buildExtension('build');
    buildExtension('build:e2e');
  }

  const bundles = await attempt('bundle sizes', () => measureBundles(RELEASE_DIR));
  const [okta, hub] = await Promise.all([startOktaSandbox(), startHubSandbox()]);
  const withExtension = await launchWithExtension(okta.hostResolverRules);
  const withoutExtension = await launchWithoutExtension(okta.hostResolverRules);
  let chromium = 'unknown';
  let injection: BenchResults['injection'];
  let pageCost: BenchResults['pageCost'];
  let guideLatency: BenchResults['guideLatency'];
  let pageCostCurve: BenchResults['pageCostCurve'];
  let soak: BenchResults['soak'];
  let popupPaint: BenchResults['popupPaint'];
  let popupReady: BenchResults['popupReady'];
  try {
    chromium = await chromiumVersion(withExtension.context);
    injection = await attempt('scripts injected into an Okta page', () =>
      measureInjectedScripts(withExtension),
    );
    pageCost = await attempt('page cost on the Admin Console', () =>
      measurePageCost({ withExtension, withoutExtension, elsewhere: hub.urls.plain(), runs, log }),
    );
    guideLatency = await attempt('guide latency', () =>
      measureGuideLatency({ browser: withExtension, okta, rounds: runs }),
    );
    pageCostCurve = await attempt('page-cost curve on busy pages', () =>
      measurePageCostCurve({ browser: withExtension, okta, windows: runs, log }),
    );
    soak = await attempt('soak on a busy page', () =>
      measureSoak({ browser: withExtension, okta, seconds: Number(values['soak-seconds']), log }),
    );
  } finally {
    await Promise.all([withExtension.close(), withoutExtension.close()]);
  }
  // In a browser of its own with the e2e build: the hub sandbox is on 127.0.0.1 (bench/hub-fill-cost.ts).
  const hubFillCost = await attempt('hub filler on a busy vendor page', () =>
    measureHubFillCost({ hub, windows: runs, log }),
  );
  try {
    // In a browser of its own, next to a reference extension (bench/popup-paint.ts).
    popupPaint = await attempt('popup first paint', () =>
      measurePopupPaint({ hostResolverRules: okta.hostResolverRules, runs }),
    );
    // Until the popup's primary action is enabled, on an Okta and a hub tab (bench/popup-ready.ts).
    popupReady = await attempt('popup ready', () =>
      measurePopupReady({ hostResolverRules: okta.hostResolverRules, hubUrl: hub.urls.embedded(), runs }),
    );
  } finally {
    await Promise.all([okta.close(), hub.close()]);
  }
  const journey = await attempt('admin actions of the journeys (e2e build)', measureJourney);

  const partial = {
    measuredAt: new Date().toISOString(),
    environment: {
      chromium,
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: { before: round(loadBefore), after: round(os.loadavg()[0] ?? 0), during: loadDuring },
      runs,
    },
    bundles,
    injection,
    pageCost,
    guideLatency,
    pageCostCurve,
    soak,
    hubFillCost,
    popupPaint,
    popupReady,
    journey,
    budgets,
  };
  const results: BenchResults = { ...partial, figures: figuresOf(partial), baseline: readBaseline() };
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const resultsFile = path.join(BENCH_DIR, 'results.json');
  const tableFile = path.join(BENCH_DIR, 'results.md');
  writeFileSync(resultsFile, json);
  writeFileSync(tableFile, resultsMarkdown(results));
  formatWithBiome(resultsFile, tableFile);
  const archive = path.join(BENCH_DIR, 'out');
  mkdirSync(archive, { recursive: true });
  writeFileSync(path.join(archive, `results-${results.measuredAt.replace(/[:.]/g, '-')}.json`), json);
  console.log(readFileSync(tableFile, 'utf8'));
  log(`Wrote ${path.relative(REPO_ROOT, resultsFile)} and ${path.relative(REPO_ROOT, tableFile)}.`);

  const unmeasured = results.figures.filter((figure) => figure.value === null);
  if (values.check) {
    const missed = misses(results.figures, budgets);
    if (missed.length === 0) {
      log('Every figure is within its budget.');
      return unmeasured.length ? 1 : 0;
    }
    log(`${missed.length} figure(s) miss their budget:`);
    for (const { figure, verdict } of missed) {
      const detail =
        verdict.status === 'over'
          ? `${formatValue(figure.value ?? 0, figure.unit)}, budget ${formatValue(verdict.max, figure.unit)}: over by ${formatValue(verdict.by, figure.unit)}`
          : `not measured: ${verdict.status === 'not measured' ? verdict.reason : ''}`;
      log(`  - ${figure.label}: ${detail}`);
    }
    return 1;
  }
  return unmeasured.length ? 1 : 0;
}

// Exit explicitly: a failure half-way (e.g. Chromium missing after the sandboxes started) can leave servers open.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
