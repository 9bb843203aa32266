/*
 * Runs the hub sandbox by hand: `npx tsx sandbox/hub/main.ts [--shape legacy] [--fields url] [--integrations 2]
 * [--auth-methods both|chooser]`.
 * Ports come from HUB_BACKEND_PORT / HUB_APP_PORT (random when unset).
 */
import { parseArgs } from 'node:util';
import type { AuthMethods, ConfigShape, FieldVariant } from './connectors';
import { startHubSandbox } from './server';

const { values } = parseArgs({
  options: {
    shape: { type: 'string', default: 'falcon' },
    fields: { type: 'string', default: 'standard' },
    integrations: { type: 'string', default: '1' },
    'auth-methods': { type: 'string', default: 'api-key' },
  },
});

const SHAPES = ['falcon', 'legacy'];
const FIELDS = ['standard', 'url', 'subdomain', 'unknown-keys'];
const AUTH_METHODS = ['api-key', 'both', 'chooser'];
if (
  !SHAPES.includes(values.shape) ||
  !FIELDS.includes(values.fields) ||
  !AUTH_METHODS.includes(values['auth-methods'])
) {
  console.error(
    `--shape is one of ${SHAPES.join(', ')}; --fields is one of ${FIELDS.join(', ')}; --auth-methods is one of ${AUTH_METHODS.join(', ')}`,
  );
  process.exit(2);
}

const hub = await startHubSandbox({
  backendPort: Number(process.env.HUB_BACKEND_PORT ?? 0),
  appPort: Number(process.env.HUB_APP_PORT ?? 0),
  connector: {
    shape: values.shape as ConfigShape,
    fields: values.fields as FieldVariant,
    integrations: Number(values.integrations),
    authMethods: values['auth-methods'] as AuthMethods,
  },
});

console.log(`hub backend: ${hub.backendOrigin}  (session: ${[...hub.sessions].join(', ')})`);
console.log(`app pages:   ${hub.appOrigin}/`);
console.log(`  vendor app:  ${hub.urls.embedded()}`);
console.log(`  hub-legacy:  ${hub.urls.embedded({ legacy: true })}`);
console.log(`  auth link:   ${hub.urls.authLink()}`);

const stop = () => {
  hub.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
