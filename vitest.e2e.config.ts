import { defineConfig } from 'vitest/config';

// The e2e tests drive the built extension in real Chromium and Firefox; they share two cores, so one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
