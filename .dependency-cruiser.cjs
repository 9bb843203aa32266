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

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other in a circle: one of the arrows points the wrong way.',
      from: { path: '^(utils|components|entrypoints|bench|scripts|sandbox)/' },
      to: { circular: true },
    },
    {
      name: 'utils-not-to-ui',
      severity: 'error',
      comment: 'utils/ is logic: it never reaches up into components/ or entrypoints/.',
      from: { path: '^utils/', pathNot: TESTS },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'components-not-to-entrypoints',
      severity: 'error',
      comment:
        'components/ get data and callbacks through props; the entrypoints wire them, not the reverse.',
      from: { path: '^components/', pathNot: TESTS },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'contracts-import-no-service',
      severity: 'error',
      comment:
        'A contract (message schema, hub schema, storage item) depends on no implementation: services take their types from it.',
      from: { path: CONTRACTS },
      to: { path: '^utils/background/' },
    },
    {
      name: 'components-call-no-browser-api',
      severity: 'error',
      comment:
        'components/ render props; talking to the browser is for entrypoints/ and utils/popup/*-api.ts, handed in as props (their types may be named). The `browser` and `chrome` globals: biome noRestrictedGlobals.',
      from: { path: '^components/', pathNot: TESTS },
      to: {
        dependencyTypesNot: ['type-only'],
        path: [
          '^utils/background/',
          '^utils/popup/[^/]+-api[.]ts$',
          '^node_modules/(wxt/dist/browser|@wxt-dev/browser|@wxt-dev/webextension-polyfill|webextension-polyfill)',
        ],
      },
    },
    {
      name: 'events-know-no-background',
      severity: 'error',
      comment: 'The event channel sits below stores and services: it knows only the payloads it carries.',
      from: { path: '^utils/background/events[.]ts$' },
      to: { path: '^utils/background/' },
    },
    {
      name: 'stores-import-no-service',
      severity: 'error',
      comment: 'A store keeps state; it calls no service (a service reads and writes stores).',
      from: { path: STORES },
      to: { path: '^utils/background/', pathNot: `${STORES}|^utils/background/events[.]ts$` },
    },
    {
      name: 'services-not-to-router',
      severity: 'error',
      comment:
        'Services are called by the router and hear events through wiring.ts; they never import either.',
      from: { path: '^utils/', pathNot: `${ROUTER}|${TESTS}` },
      to: { path: ROUTER },
    },
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
