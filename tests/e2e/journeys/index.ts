import { describe } from 'vitest';
import type { BrowserKind } from '../drivers/driver';
import { guideJourneys } from './guide';
import { lifecycleJourneys } from './lifecycle';
import { linkingJourneys } from './linking';
import { resilienceJourneys } from './resilience';
import { sweepJourneys } from './sweep';
import { useJourneyWorld } from './world';

/**
 * The scenario list, written once: every journey runs in each browser that has an `*.journeys.e2e.ts` file,
 * in one browser per file (reused from test to test, swept for the token after each).
 */
export function describeJourneys(kind: BrowserKind): void {
  describe(`journeys in ${kind.name}`, () => {
    const world = useJourneyWorld(kind);
    guideJourneys(world);
    linkingJourneys(world);
    lifecycleJourneys(world);
    resilienceJourneys(world);
    sweepJourneys(world);
  });
}
