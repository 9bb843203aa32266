import type { Page } from 'playwright-core';
import type { Admin, AdminAction } from '../../../scripts/demo/admin';
import { followGuide } from './guide';

/**
 * The admin's actions in a journey test, counted as they are made (scripts/demo/admin.ts records clicks, key
 * entries and tab switches; here also each move on the guide's highlights).
 */

/** Follows the guide to `until`, each move counted as the admin's click (the guide's Continue marked as such). */
export function walkCounted(admin: Admin, page: Page, until: string): Promise<string[]> {
  return followGuide(page, until, [], {
    beforeEachMove: async (step) => {
      const confirms = step === 'name-token' || step === 'choose-network';
      admin.actions.push({
        kind: 'click',
        what: `${step} (${confirms ? 'guide’s Continue' : 'guide highlight'})`,
      });
    },
  });
}

/** Actions against the journey budgets: the guide's Continue clicks go once the guide confirms nothing itself. */
export function budgetCount(actions: readonly AdminAction[]): number {
  return actions.filter((action) => !action.what.includes('Continue')).length;
}

/** Writes the count and the actions to the test output, for the report and the benchmark's comparison. */
export function reportActions(journey: string, actions: readonly AdminAction[]): void {
  console.info(
    `${journey}: ${budgetCount(actions)} admin actions without the guide's Continue, ${actions.length} today (${actions.map((action) => action.what).join(', ')})`,
  );
}
