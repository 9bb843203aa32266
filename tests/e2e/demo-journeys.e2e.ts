import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playJourneys } from '../../scripts/demo/journey';
import { startWorld, type World } from './support/env';

/**
 * `npm run demo` and the bench's action counts play these journeys in their own world (not a test's): every
 * one must reach the end, or the README's main command and the bench's counts break while the tests stay green
 * (it happened once: the demo's world did not set the stub hub as the hub API after trusted hubs arrived).
 */
describe('the demo journeys', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.close());

  it('each reaches linked: the hub holds the account and the extension no longer holds the token', async () => {
    const lines: string[] = [];
    const result = await playJourneys(world, { outDir: null, log: (line) => lines.push(line) });
    const failed = result.paths.filter((path) => !path.passed).map((path) => path.name);
    expect(failed, lines.filter((line) => line.includes('✘') || line.startsWith('    ')).join('\n')).toEqual(
      [],
    );
    expect(result.paths.length).toBeGreaterThanOrEqual(5);
  }, 240_000);
});
