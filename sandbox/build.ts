/*
 * `npm run build:sandbox`: builds what the sandboxes serve that is built, today the Okta sandbox's Odyssey
 * console bundle, into its cache. Optional: starting a sandbox builds it too when its cache is stale.
 */
import path from 'node:path';
import { BUNDLE_CACHE_DIR, odysseyConsoleBundle } from './okta/console-bundle';

const started = Date.now();
const bundle = await odysseyConsoleBundle();
console.log(
  `Odyssey console bundle: ${path.join(path.relative(process.cwd(), BUNDLE_CACHE_DIR), path.basename(bundle.urlPath))} ` +
    `(${Math.round(bundle.code.length / 1024)} KB, ${Date.now() - started} ms)`,
);
