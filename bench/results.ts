import type { ActionCount } from '../scripts/demo/admin';
import type { PathSummary } from '../scripts/demo/journey';
import type { Baseline } from './baseline';
import type { Budgets, Figure } from './budgets';
import type { BundleReport } from './bundle';
import type { LatencyReport } from './guide-latency';
import type { HubFillCostReport } from './hub-fill-cost';
import type { InjectionReport } from './injected-scripts';
import type { ManualStep } from './manual-journey';
import type { PageCostReport } from './page-cost';
import type { CurveReport } from './page-cost-curve';
import type { PopupPaintReport } from './popup-paint';
import type { PopupReadyReport } from './popup-ready';
import type { SoakReport } from './soak';

/** Everything one `npm run bench` measured, as written to bench/results.json. */

/** One journey of scripts/demo/journey.ts as played: its actions, their count, whether it reached the end. */
export type JourneyPathCount = Omit<PathSummary, 'ms'>;

export interface JourneyReport {
  assistant: JourneyPathCount[];
  manual: { count: ActionCount; steps: ManualStep[]; source: string };
}

/** A measurement that threw: the rest of the run goes on and the figure says why it is missing. */
export interface Failed {
  error: string;
}

export interface BenchResults {
  measuredAt: string;
  environment: {
    chromium: string;
    node: string;
    cpus: number;
    /** 1-minute load average before the run (other work, which skews timings) and after it (its own work too). */
    loadAverage: {
      before: number;
      after: number;
      /** As each measurement began (other work then, and the bench's own so far), by measurement. */
      during?: Record<string, number>;
    };
    runs: number;
  };
  bundles: BundleReport | Failed;
  injection: InjectionReport | Failed;
  pageCost: PageCostReport | Failed;
  guideLatency: LatencyReport | Failed;
  /** The guide's cost on busier pages, and over time (bench/page-cost-curve.ts, bench/soak.ts). */
  pageCostCurve?: CurveReport | Failed;
  soak?: SoakReport | Failed;
  /** The hub filler's cost on a busy vendor page (bench/hub-fill-cost.ts). */
  hubFillCost?: HubFillCostReport | Failed;
  popupPaint: PopupPaintReport | Failed;
  /** Absent in runs made before it was measured. */
  popupReady?: PopupReadyReport | Failed;
  journey: JourneyReport | Failed;
  budgets: Budgets;
  figures: Figure[];
  /** An earlier run's figures, shown beside these as "before" (bench/baseline.json). */
  baseline: Baseline | null;
}

export function failed<T extends object>(value: T | Failed): value is Failed {
  return 'error' in value;
}
