import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { preactWithoutInnerHtml } from './build/preact-no-inner-html';
import { pseudoCatalogue } from './build/pseudo-locale';
import { OKTA_HOST_PATTERNS } from './utils/okta/cells';

const DEFAULT_HUB_API_PATTERN = 'https://api.stackone.com/*';

/** Loopback, so the e2e build can act on sandbox pages without a toolbar click. Never in a release build. */
const E2E_LOOPBACK_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * `npm run build:e2e` sets OLA_BUILD=e2e: a production build in every other respect (same mode, same code),
 * written to its own folder with the loopback host permissions added.
 */
const isE2eBuild = process.env.OLA_BUILD === 'e2e';
/**
 * `npm run build:e2e:pseudo` also sets OLA_PSEUDO=1: the English catalogue replaced by a pseudo-locale ~40 %
 * longer with accented letters (build/pseudo-locale.ts), for layout tests. Only ever an e2e build, in its own
 * folder: never shipped.
 */
const isPseudoBuild = process.env.OLA_PSEUDO === '1';
if (isPseudoBuild && !isE2eBuild) throw new Error('OLA_PSEUDO=1 is for test builds only (OLA_BUILD=e2e).');
const ENGLISH_CATALOGUE = '_locales/en/messages.json';

/**
 * The guide runs on someone else's page and is size-critical (bench/budgets.json): it uses the browser's own
 * promise-based `browser`/`chrome` (identical there in Chrome and Firefox for what it calls), not the polyfill
 * the rest of the extension gets from `@wxt-dev/webextension-polyfill`; and it has no JSX and no Preact: its
 * overlay is built with the DOM and updated in place (components/guide/dom.ts). The popup's first-paint script
 * (tabs.get, no JSX, no Preact) is what the popup loads before it paints the org: the browser's own API too.
 */
/** What the extension is built from (the sources package for store review holds these and nothing else). */
const SOURCES = [
  'BUILDING.md',
  'CHANGELOG.md',
  'PRIVACY.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'assets/**',
  'build/**',
  'components/**',
  'entrypoints/**',
  'public/**',
  'utils/**',
];

const LEAN_ENTRYPOINTS = new Set(['guide', 'popup-first-paint']);
const TERSER_ENTRYPOINTS = new Set(['guide']);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preactWithoutInnerHtml(), preact()] }),
  hooks: {
    'build:publicAssets': (_, files) => {
      if (!isPseudoBuild) return;
      const index = files.findIndex((file) => file.relativeDest === ENGLISH_CATALOGUE);
      const english = files[index];
      if (!english || !('absoluteSrc' in english))
        throw new Error(`No ${ENGLISH_CATALOGUE} to pseudo-localise.`);
      const catalogue = JSON.parse(readFileSync(english.absoluteSrc, 'utf8'));
      files[index] = {
        relativeDest: ENGLISH_CATALOGUE,
        contents: JSON.stringify(pseudoCatalogue(catalogue)),
      };
    },
    // WXT takes the toolbar button's title from popup.html's <title>; the manifest's comes from the catalogues.
    'build:manifestGenerated': (_, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_ext_name__';
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => LEAN_ENTRYPOINTS.has(entrypoint.name))) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      const others = Array.isArray(alias)
        ? alias.filter((entry) => String(entry.find) !== 'wxt/browser')
        : Object.entries(alias ?? {})
            .filter(([find]) => find !== 'wxt/browser')
            .map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [native, ...others] };
      if (!entrypoints.every((entrypoint) => TERSER_ENTRYPOINTS.has(entrypoint.name))) return;
      // Terser, three passes, safe options only: ~300 B gzip below Vite's default minifier on this bundle (README,
      // "Libraries, and why"). `wrap_iife` keeps `(function(){…})()`: WXT strips the IIFE's global name from that shape only.
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { compress: { passes: 3 }, format: { wrap_iife: true } },
      };
    },
  },
  // `npm run zip`: the Chrome/Edge and Firefox packages, and (with Firefox) the sources package for
  // addons.mozilla.org's review: what the extension is built from and nothing else (no tests, sandbox, demo or
  // store images). BUILDING.md in it says how to rebuild; tests/packaging/sources.test.ts follows those steps
  // offline and compares the result byte for byte.
  zip: { includeSources: SOURCES, excludeSources: ['**/*.fixture.ts'] },
  ...(isE2eBuild
    ? { outDirTemplate: `{{browser}}-mv{{manifestVersion}}-e2e${isPseudoBuild ? '-pseudo' : ''}` }
    : {}),
  manifest: ({ browser }) => ({
    // From the catalogues (public/_locales), in the browser's language.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    host_permissions: [
      ...OKTA_HOST_PATTERNS,
      DEFAULT_HUB_API_PATTERN,
      ...(isE2eBuild ? E2E_LOOPBACK_PATTERNS : []),
    ],
    // Other hub origins are asked for at run time, when the admin chooses them.
    optional_host_permissions: ['https://*/*', ...E2E_LOOPBACK_PATTERNS],
    // Chrome reads policy-preset settings (storage.managed) against a schema; Firefox has no such key.
    ...(browser === 'firefox'
      ? { browser_specific_settings: firefoxSettings }
      : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});

const firefoxSettings = {
  gecko: {
    id: 'okta-link-assistant@stackone.example',
    // The first release that reads data_collection_permissions.
    strict_min_version: '140.0',
    // What leaves the browser, in Mozilla's taxonomy (PRIVACY.md says why these two, and when each is sent):
    // the Okta API token and the hub session (authenticationInfo) and the Okta org's domain (browsingActivity),
    // to the hub backend at the admin's click. tests/packaging/data-declaration.test.ts holds it to the e2e sweep.
    data_collection_permissions: { required: ['authenticationInfo', 'browsingActivity'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};
