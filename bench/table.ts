import { type Budgets, type Figure, judge, type Unit } from './budgets';
import { type BenchResults, failed } from './results';
import type { Summary } from './stats';

/** bench/results.md: the budget table first, then each measurement in detail. */

const KB = 1000;

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'B':
      return value >= KB ? `${(value / KB).toFixed(1)} KB` : `${Math.round(value)} B`;
    case 'ms':
      return value < 0 ? `−${(-value).toFixed(1)} ms` : `${value.toFixed(1)} ms`;
    case 'ms/s':
      return `${value < 0 ? '−' : ''}${Math.abs(value).toFixed(1)} ms/s`;
    case 'actions':
    case 'listeners':
      return String(value);
  }
}

function formatBytes(value: number): string {
  return formatValue(value, 'B');
}

function signed(value: number, format: (n: number) => string): string {
  return value < 0 ? `−${format(-value)}` : `+${format(value)}`;
}

function row(cells: (string | number)[]): string {
  return `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
}

function table(head: string[], rows: (string | number)[][]): string {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

function verdictText(figure: Figure, budgets: Budgets): string {
  const verdict = judge(figure, budgets);
  switch (verdict.status) {
    case 'within':
      return 'within';
    case 'over': {
      const percent = Number.isFinite(verdict.percent) ? ` (+${Math.round(verdict.percent)}%)` : '';
      return `**over by ${formatValue(verdict.by, figure.unit)}**${percent}`;
    }
    case 'not measured':
      return `**not measured**: ${verdict.reason}`;
    case 'no budget':
      return 'for comparison';
  }
}

export function budgetTable(figures: Figure[], budgets: Budgets): string {
  return table(
    ['Figure', 'Measured', 'Budget', 'Verdict'],
    figures.map((figure) => {
      const budget = figure.budget ? budgets[figure.budget] : undefined;
      return [
        figure.note ? `${figure.label} (${figure.note})` : figure.label,
        figure.value === null ? '—' : formatValue(figure.value, figure.unit),
        budget ? `≤ ${formatValue(budget.max, budget.unit)}` : '—',
        verdictText(figure, budgets),
      ];
    }),
  );
}

/** This run's figures beside the baseline's: each figure held against a budget, then the manual journey. */
export function beforeAfterTable(results: BenchResults): string {
  const { baseline, budgets } = results;
  if (!baseline) return '';
  const rows = results.figures.map((figure) => {
    const before = baseline.figures[figure.id];
    const note = baseline.notes[figure.id];
    const budget = figure.budget ? budgets[figure.budget] : undefined;
    return [
      figure.label,
      before === undefined
        ? '— (not measured)'
        : `${formatValue(before, figure.unit)}${note ? ` (${note})` : ''}`,
      figure.value === null ? '—' : formatValue(figure.value, figure.unit),
      budget ? `≤ ${formatValue(budget.max, budget.unit)}` : '—',
      verdictText(figure, budgets),
    ];
  });
  return table(['Figure', 'Before', 'After (this run)', 'Budget', 'Verdict after'], rows);
}

function beforeAfterSection(results: BenchResults): string {
  const { baseline, environment } = results;
  if (!baseline) return 'No baseline (bench/baseline.json).';
  return `Before: the run committed at ${baseline.commit} (${baseline.measuredAt}, ${baseline.chromium}, load average ${baseline.loadAverage.before.toFixed(1)} before it, ${baseline.runs} runs per timing), from bench/baseline.json.
After: this run (load average ${environment.loadAverage.before.toFixed(1)} before it, ${environment.runs} runs per timing).

${beforeAfterTable(results)}`;
}

const range = (summary: Summary, unit: Unit) =>
  `${formatValue(summary.min, unit)} – ${formatValue(summary.max, unit)}`;

function bundleSection(results: BenchResults): string {
  const { bundles, injection } = results;
  if (failed(bundles)) return `Not measured: ${bundles.error}`;
  const rows = bundles.entrypoints.map((entry) => [
    entry.name,
    entry.kind,
    entry.files.join(', '),
    formatBytes(entry.rawBytes),
    formatBytes(entry.gzipBytes),
  ]);
  const staticOnOkta = bundles.oktaStatic.length
    ? bundles.oktaStatic
        .map((entry) => `${entry.files.join(', ')} (${formatBytes(entry.gzipBytes)} gzip)`)
        .join('; ')
    : 'none (the manifest lists no content script for Okta hosts)';
  const measured = failed(injection)
    ? `not measured (${injection.error})`
    : `${formatBytes(injection.beforeStart.gzipBytes)} gzip in ${injection.beforeStart.extensionContexts} extension contexts before Start; ` +
      `after Start ${injection.afterStart.scripts.map((s) => `${s.url.replace(/^chrome-extension:\/\/[^/]+\//, '')} ${formatBytes(s.rawBytes)}`).join(', ')} ` +
      `(${formatBytes(injection.afterStart.gzipBytes)} gzip)`;
  return `Build: \`${bundles.buildDir}\` (release). Raw and gzip (level 9) bytes of everything each entrypoint loads.

${table(['Entrypoint', 'Runs as', 'Files', 'Raw', 'Gzip'], rows)}

**Content script on Okta pages.** Before Start: ${staticOnOkta}. On Start the worker injects
\`${bundles.guide.files.join(', ')}\`: ${formatBytes(bundles.guide.rawBytes)} raw, ${formatBytes(bundles.guide.gzipBytes)} gzip.
Measured in the page through CDP: ${measured}.`;
}

function pageCostSection(results: BenchResults): string {
  const cost = results.pageCost;
  if (failed(cost)) return `Not measured: ${cost.error}`;
  const metric = (key: 'scriptMs' | 'taskMs' | 'heapBytes', label: string, unit: Unit) => {
    const format = (value: number) => formatValue(value, unit);
    return [
      label,
      format(cost.setups.without[key].median),
      format(cost.setups.idle[key].median),
      signed(cost.idle[key].diff, format),
      `×${cost.idle[key].ratio.toFixed(3)}`,
      format(cost.setups.running[key].median),
      signed(cost.running[key].diff, format),
      `×${cost.running[key].ratio.toFixed(3)}`,
    ];
  };
  return `\`${cost.url}\`, median of ${cost.runs} loads per set-up (set-ups interleaved), CDP \`Performance.getMetrics\`
${cost.settleMs} ms after the page (and the guide's highlight) showed, heap after a forced GC.

${table(
  [
    'Metric',
    'Without extension',
    'Guide idle',
    'Δ idle',
    'Ratio idle',
    'Guide running',
    'Δ running',
    'Ratio running',
  ],
  [
    metric('scriptMs', 'Script (ScriptDuration)', 'ms'),
    metric('taskMs', 'Tasks (TaskDuration)', 'ms'),
    metric('heapBytes', 'JS heap (JSHeapUsedSize)', 'B'),
  ],
)}

Spread of script time (min – max): without ${range(cost.setups.without.scriptMs, 'ms')}, idle ${range(cost.setups.idle.scriptMs, 'ms')}, running ${range(cost.setups.running.scriptMs, 'ms')}.`;
}

function latencySection(results: BenchResults): string {
  const latency = results.guideLatency;
  if (failed(latency)) return `Not measured: ${latency.error}`;
  return `Sandbox console rendering ${latency.renderDelayMs} ms late; from the target's insertion to the overlay's
\`data-target="found"\` and to the ring drawn over the target, one clock in the page.

${table(
  ['Case', 'Target (step)', 'Samples', 'To found, median', 'To highlight, median', 'To highlight, min – max'],
  latency.kinds.map((kind) => [
    kind.kind,
    `${kind.target} (${kind.step})`,
    kind.toHighlightMs.samples.length,
    formatValue(kind.toFoundMs.median, 'ms'),
    formatValue(kind.toHighlightMs.median, 'ms'),
    range(kind.toHighlightMs, 'ms'),
  ]),
)}`;
}

function popupSection(results: BenchResults): string {
  const popup = results.popupPaint;
  if (failed(popup)) return `Not measured: ${popup.error}`;
  const ms = (value: number) => formatValue(value, 'ms');
  const line = (label: string, paint: typeof popup.workerRunning, floor: Summary, beyond: number) => [
    label,
    ms(paint.firstContentfulPaintMs.median),
    ms(paint.orgDomainPaintMs.median),
    range(paint.orgDomainPaintMs, 'ms'),
    ms(floor.median),
    signed(beyond, ms),
    paint.largestLayoutShift.toFixed(4),
  ];
  return `\`popup.html?tabId=<Okta tab>\`, ${popup.runs} opens each, from navigation start. Next to it, in the same browser and
the same runs, a static page of a trivial extension (no script, the same text) opened the same way: the floor no
extension page goes below, with that extension's process running and, like the popup with its worker stopped, not.

${table(
  [
    'Service worker',
    'First contentful paint, median',
    'Org domain painted, median',
    'Org domain, min – max',
    'Static extension page, median',
    'Popup − static page',
    'Layout shift until ready, largest',
  ],
  [
    line(
      'running',
      popup.workerRunning,
      popup.staticPage.processRunning,
      popup.beyondStaticPage.workerRunning,
    ),
    line(
      'stopped first (cold)',
      popup.workerStopped,
      popup.staticPage.processStopped,
      popup.beyondStaticPage.workerStopped,
    ),
  ],
)}

Files the popup had asked for when the org painted (a cold open): ${popup.fetchedBeforeOrgPaint.map((file) => `\`${file}\``).join(', ') || 'none'}.${afterOrgPaint(results)}`;
}

/** The popup's files (bundle table) that it asked for only after the frame that painted the org. */
function afterOrgPaint(results: BenchResults): string {
  const { bundles, popupPaint } = results;
  if (failed(bundles) || failed(popupPaint)) return '';
  const page = bundles.entrypoints.find((entry) => entry.name === 'popup');
  const later = (page?.files ?? []).filter(
    (file) => file.endsWith('.js') && !popupPaint.fetchedBeforeOrgPaint.includes(file),
  );
  return later.length
    ? `\nAsked for only after that frame: ${later.map((file) => `\`${file}\``).join(', ')}.`
    : '';
}

function journeySection(results: BenchResults): string {
  const journey = results.journey;
  if (failed(journey)) return `Not measured: ${journey.error}`;
  const budgetOf = (key: string | null) => {
    const budget = key ? results.budgets[key] : undefined;
    return budget ? `≤ ${formatValue(budget.max, budget.unit)}` : '—';
  };
  const rows = [
    ...journey.assistant.map((path) => [
      `${path.name}${path.passed ? '' : ' (FAILED)'}`,
      path.start,
      path.count.clicks,
      path.count.keyEntries,
      path.count.tabSwitches,
      path.count.total,
      budgetOf(path.budget),
    ]),
    [
      'Manual (public connection guide)',
      'the Okta dashboard in front, the hub’s Okta form in another tab',
      journey.manual.count.clicks,
      journey.manual.count.keyEntries,
      journey.manual.count.tabSwitches,
      journey.manual.count.total,
      '—',
    ],
  ];
  const actionsOf = (actions: { kind: string; what: string }[]) => actions.map((a) => a.what).join(' → ');
  return `Each journey to the account linked (the hub holds it, the extension no longer holds the token), played in the
e2e world by scripts/demo/journey.ts; its count is the actions it performed. Sign-in and what is open at the start
are not counted. The manual count follows ${journey.manual.source}, step by step (bench/manual-journey.ts, bench/README.md).

${table(['Journey', 'Begins with', 'Clicks', 'Key entries', 'Tab switches', 'Total', 'Budget'], rows)}

${journey.assistant.map((path) => `- ${path.name}: ${actionsOf(path.actions)}`).join('\n')}
- Manual: ${actionsOf(journey.manual.steps.flatMap((step) => step.actions))}`;
}

/**
 * A warning when other work already kept the CPUs busy as the run began: wall-clock timings then say more
 * about the machine. (The load after the run includes the benchmark's own builds and browsers.)
 */
function busyWarning(environment: BenchResults['environment']): string {
  const { before } = environment.loadAverage;
  return before > environment.cpus
    ? `\n> **Busy machine:** the load average was ${before.toFixed(1)} on ${environment.cpus} CPUs when this run began, so the
> timings (script and task time, latency, popup paint) are inflated and noisy; sizes, injected bytes, heap and action
> counts are not. Rerun on a quiet machine before reading a timing verdict.\n`
    : '';
}

/** The load as each measurement began: a timing taken while other work ran says so here. */
function loadDuringLine(environment: BenchResults['environment']): string {
  const during = Object.entries(environment.loadAverage.during ?? {});
  if (during.length === 0) return '';
  return `\nLoad average as each measurement began: ${during.map(([what, load]) => `${what} ${load.toFixed(1)}`).join(', ')}.`;
}

export function resultsMarkdown(results: BenchResults): string {
  const { environment } = results;
  return `# Benchmark results

Measured ${results.measuredAt} with ${environment.chromium}, Node ${environment.node}, ${environment.cpus} CPUs
(1-minute load average ${environment.loadAverage.before.toFixed(1)} before the run, ${environment.loadAverage.after.toFixed(1)} after it, its own browsers included); ${environment.runs} runs per timing.${loadDuringLine(environment)}
Written by \`npm run bench\`; how each figure is measured: bench/README.md.
${busyWarning(environment)}
## Budgets

${budgetTable(results.figures, results.budgets)}

## Before and after

${beforeAfterSection(results)}

## Bundle size per entrypoint

${bundleSection(results)}

## Page cost on the Admin Console

${pageCostSection(results)}

## Guide latency

${latencySection(results)}

## Popup first paint

${popupSection(results)}

## Admin actions, journey by journey

${journeySection(results)}
`;
}
