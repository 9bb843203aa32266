import type { Figure } from './budgets';
import { overallMedian } from './guide-latency';
import type { HubFillCostReport } from './hub-fill-cost';
import { CHANGES_PER_SECOND, CURVE_ROWS, type CurveReport } from './page-cost-curve';
import type { Failed } from './results';
import type { SoakReport } from './soak';

/** The busy-page figures (#24, #26) of `npm run bench`, held against budgets.json. */
type FigureOf = <T extends object>(
  source: T | Failed,
  base: Omit<Figure, 'value' | 'error'>,
  read: (report: T) => number,
) => Figure;

/** The curve's, the busy latency's, the hub filler's and the soak's figures, in the table's order. */
export function busyFigures(
  curve: CurveReport | Failed | undefined,
  soak: SoakReport | Failed | undefined,
  figure: FigureOf,
  hubFill?: HubFillCostReport | Failed,
): Figure[] {
  const curveOf = curve ?? { error: 'not measured' };
  const soakOf = soak ?? { error: 'not measured' };
  const point = (rows: number) =>
    figure(
      curveOf,
      {
        id: `added-script-busy-${rows}`,
        label: `Added script time per second, guide running, ${rows.toLocaleString('en')} extra rows changing ${CHANGES_PER_SECOND}×/s`,
        unit: 'ms/s',
        budget: 'addedScriptBusy',
      },
      (report) => {
        const found = report.points.find((entry) => entry.rows === rows);
        if (!found) throw new Error(`no curve point at ${rows} rows`);
        return found.addedMsPerS.median;
      },
    );
  return [
    ...CURVE_ROWS.map(point),
    figure(
      curveOf,
      {
        id: 'guide-latency-busy',
        label: 'Guide latency, median: 5,000 extra rows changing 20×/s',
        unit: 'ms',
        budget: 'guideLatencyBusy',
      },
      (report) => overallMedian(report.busyLatency),
    ),
    figure(
      curveOf,
      {
        id: 'full-search-busy',
        label: 'One full search of the page by the guide, script time: 5,000 extra rows changing 20×/s',
        unit: 'ms',
        budget: 'fullSearchBusy',
      },
      (report) => report.fullSearchMs,
    ),
    figure(
      hubFill ?? { error: 'not measured' },
      {
        id: 'hub-fill-busy',
        label: 'Hub filler added script time per second, busy vendor page (5,000 extra rows changing 20×/s)',
        unit: 'ms/s',
        budget: 'hubFillBusy',
      },
      (report) => report.addedMsPerS,
    ),
    figure(
      soakOf,
      {
        id: 'soak-listeners',
        label: 'Soak: JS event listeners gained beyond a tab without the guide',
        unit: 'listeners',
        budget: 'soakListeners',
      },
      (report) => report.addedListeners,
    ),
    figure(
      soakOf,
      {
        id: 'soak-heap',
        label: 'Soak: JS heap gained beyond a tab without the guide (after GC)',
        unit: 'B',
        budget: 'soakHeap',
      },
      (report) => report.addedHeapBytes,
    ),
  ];
}
