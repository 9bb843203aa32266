/**
 * The arrows of the code's layers, checked by `npm run check:arch` (part of `npm test`). README's "Where things
 * live" draws them. A rule here fails the build when an import points the wrong way.
 *
 *   entrypoints/ → components/ → utils/
 *   in the background: contracts ← events ← stores ← services ← router / wiring
 */

/** The background's stores: state in `storage.session`, read and written; they tell no one anything. */
const STORES = '^utils/background/(token-vault|guide-store|recent-orgs|link-outcome)[.]ts$';
/** The top of the background: the message router and who hears which event. */
const ROUTER = '^utils/background/(router|wiring)[.]ts$';
/** Contracts: messages and their schemas, hub answer schemas, storage items and their types. */
const CONTRACTS = '^utils/(messages/|hub/schemas[.]ts$|storage[.]ts$)';
const TESTS = '[.]test[.]tsx?$';

/** A forbidden arrow: imports from `from` to `to` fail the check, saying `why`. */
const forbid = (name, why, from, to) => ({ name, severity: 'error', comment: why, from, to });

module.exports = {
  forbidden: [
    forbid(
      'no-circular',
      'Modules that import each other in a circle: one of the arrows points the wrong way.',
      { path: '^(utils|components|entrypoints|bench|scripts|sandbox)/' },
      { circular: true },
    ),
    forbid(
      'utils-not-to-ui',
      'utils/ is logic: it never reaches up into components/ or entrypoints/.',
      { path: '^utils/', pathNot: TESTS },
      { path: '^(components|entrypoints)/' },
    ),
    forbid(
      'components-not-to-entrypoints',
      'components/ get data and callbacks through props; the entrypoints wire them, not the reverse.',
      { path: '^components/', pathNot: TESTS },
      { path: '^entrypoints/' },
    ),
    forbid(
      'contracts-import-no-service',
      'A contract (message schema, hub schema, storage item) depends on no implementation: services take their types from it.',
      { path: CONTRACTS },
      { path: '^utils/background/' },
    ),
    forbid(
      'components-call-no-browser-api',
      'components/ render props; talking to the browser is for entrypoints/ and utils/popup/*-api.ts, handed in as props (their types may be named). The `browser` and `chrome` globals: biome noRestrictedGlobals.',
      { path: '^components/', pathNot: TESTS },
      {
        dependencyTypesNot: ['type-only'],
        path: [
          '^utils/background/',
          '^utils/popup/[^/]+-api[.]ts$',
          '^node_modules/(wxt/dist/browser|@wxt-dev/browser|@wxt-dev/webextension-polyfill|webextension-polyfill)',
        ],
      },
    ),
    forbid(
      'events-know-no-background',
      'The event channel sits below stores and services: it knows only the payloads it carries.',
      { path: '^utils/background/events[.]ts$' },
      { path: '^utils/background/' },
    ),
    forbid(
      'stores-import-no-service',
      'A store keeps state; it calls no service (a service reads and writes stores).',
      { path: STORES },
      { path: '^utils/background/', pathNot: `${STORES}|^utils/background/events[.]ts$` },
    ),
    forbid(
      'services-not-to-router',
      'Services are called by the router and hear events through wiring.ts; they never import either.',
      { path: '^utils/', pathNot: `${ROUTER}|${TESTS}` },
      { path: ROUTER },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^([.]output|[.]wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
