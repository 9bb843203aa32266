import { defineConfig } from 'vitest/config';

// Checks of the built extension (manifest, lint, shipped code); they read .output, so they run after the builds.
export default defineConfig({
  test: { include: ['tests/packaging/**/*.test.ts'], testTimeout: 120_000 },
});
