import { defineConfig } from 'vitest/config';
import unit from './vitest.config';

/**
 * The unit tests of the modules `npm run test:mutation` mutates (stryker.config.json), and only those: each
 * mutant must be killed by the module's own tests.
 */
export default defineConfig({
  ...unit,
  test: {
    ...unit.test,
    include: [
      'utils/okta/domain.test.ts',
      'utils/okta/token.test.ts',
      'utils/messages/*.test.ts',
      'utils/hub/hub-pattern.test.ts',
      'utils/autofill/safety.test.ts',
    ],
  },
});
