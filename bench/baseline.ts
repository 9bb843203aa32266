import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The figures of an earlier run that results.md sets beside this run's (bench/baseline.json: the results
 * committed at the start of the round). Shown as "before", never held against a budget or mixed into a figure.
 */
export interface Baseline {
  what: string;
  commit: string;
  measuredAt: string;
  chromium: string;
  loadAverage: { before: number; after: number };
  runs: number;
  /** Values by figure id (bench/run.ts), in the figure's unit. */
  figures: Record<string, number>;
  /** What a value stood for then, where the figure has changed since. */
  notes: Record<string, string>;
}

export const BASELINE_FILE = path.join(import.meta.dirname, 'baseline.json');

export function readBaseline(file = BASELINE_FILE): Baseline {
  return JSON.parse(readFileSync(file, 'utf8')) as Baseline;
}
