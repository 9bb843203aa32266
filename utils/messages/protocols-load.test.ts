import { describe, expect, it } from 'vitest';

/*
 * The protocol modules build their schemas when they load, and zod refuses a malformed one there (a union option
 * without its `type`, two options with the same one). Every other test file imports them statically: such a
 * mistake stops those files from loading at all, which vitest reports as a failed file but StrykerJS 9.6.1's
 * vitest runner counts as no test run (stryker-js#6150), so the mistake "survives". Loaded here inside a test,
 * the same mistake fails a test.
 */
describe('the protocol modules', () => {
  it.each([
    ['guide', () => import('./guide-protocol')],
    ['hub filler', () => import('./hub-fill-protocol')],
    ['popup', () => import('./popup-protocol')],
    ['index', () => import('./index')],
  ])('%s: loads, and its schemas check a message', async (_, load) => {
    const module: Record<string, unknown> = await load();
    const schemas = Object.values(module).filter(
      (value): value is { safeParse: (input: unknown) => { success: boolean } } =>
        typeof (value as { safeParse?: unknown })?.safeParse === 'function',
    );
    for (const schema of schemas) expect(schema.safeParse(undefined).success).toBe(false);
  });
});
