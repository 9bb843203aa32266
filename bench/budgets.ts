import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The budgets in bench/budgets.json (1 KB = 1000 bytes) and how a measured figure stands against one. */

export type Unit = 'B' | 'ms' | 'actions' | 'ms/s' | 'listeners';

export interface Budget {
  max: number;
  unit: Unit;
  what: string;
}

export type Budgets = Record<string, Budget>;

export const BUDGETS_FILE = path.join(import.meta.dirname, 'budgets.json');

export function readBudgets(file = BUDGETS_FILE): Budgets {
  return JSON.parse(readFileSync(file, 'utf8')) as Budgets;
}

/** One measured number of the benchmark; `value` null when its measurement failed. */
export interface Figure {
  id: string;
  label: string;
  value: number | null;
  unit: Unit;
  /** Key into budgets.json; null for figures shown for comparison only. */
  budget: string | null;
  note?: string;
  error?: string;
}

export type Verdict =
  | { status: 'within'; max: number }
  | { status: 'over'; max: number; by: number; percent: number }
  | { status: 'not measured'; max: number | null; reason: string }
  | { status: 'no budget' };

export function judge(figure: Figure, budgets: Budgets): Verdict {
  const budget = figure.budget ? budgets[figure.budget] : undefined;
  if (figure.budget && !budget) throw new Error(`budgets.json has no "${figure.budget}"`);
  if (figure.value === null) {
    return { status: 'not measured', max: budget?.max ?? null, reason: figure.error ?? 'no value' };
  }
  if (!budget) return { status: 'no budget' };
  if (budget.unit !== figure.unit)
    throw new Error(`${figure.id} is in ${figure.unit}, its budget in ${budget.unit}`);
  if (figure.value <= budget.max) return { status: 'within', max: budget.max };
  const by = figure.value - budget.max;
  return {
    status: 'over',
    max: budget.max,
    by,
    percent: budget.max === 0 ? Number.POSITIVE_INFINITY : (by / budget.max) * 100,
  };
}

/** Figures that miss their budget, or could not be measured against one. */
export function misses(figures: Figure[], budgets: Budgets): { figure: Figure; verdict: Verdict }[] {
  return figures
    .filter((figure) => figure.budget !== null)
    .map((figure) => ({ figure, verdict: judge(figure, budgets) }))
    .filter(({ verdict }) => verdict.status === 'over' || verdict.status === 'not measured');
}
