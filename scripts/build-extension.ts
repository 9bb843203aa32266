import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
/** The release build (`npm run build`): what admins install. */
export const RELEASE_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
/** The e2e build (`npm run build:e2e`): the release build plus loopback host permissions. */
export const E2E_DIR = path.join(REPO_ROOT, '.output/chrome-mv3-e2e');

const WHAT_IT_IS: Record<'build' | 'build:e2e', string> = {
  build: `the release build, ${path.relative(REPO_ROOT, RELEASE_DIR)}`,
  'build:e2e': `the e2e build, ${path.relative(REPO_ROOT, E2E_DIR)}: the release build plus host access to loopback, which the hub sandbox's pages on 127.0.0.1 and localhost need`,
};

/** Runs `npm run <script>` in the repository, its output on stderr (stdout is for results); throws when it fails. */
export function buildExtension(script: 'build' | 'build:e2e'): void {
  console.error(`Running \`npm run ${script}\` (${WHAT_IT_IS[script]})…`);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    throw new Error(`\`npm run ${script}\` failed (exit ${result.status ?? result.signal}).`);
  }
}
