/*
 * Both sandboxes by hand: `npm run sandbox`. Prints the URLs and the Chromium flag that maps the Okta hosts
 * here; stops on Ctrl+C. (`npm run demo` starts them too, and opens Chromium with the extension.)
 */
import { startHubSandbox } from './hub/server';
import { startOktaSandbox } from './okta/server';

const [okta, hub] = await Promise.all([
  startOktaSandbox({ port: Number(process.env.OKTA_PORT ?? 0) }),
  startHubSandbox({
    backendPort: Number(process.env.HUB_BACKEND_PORT ?? 0),
    appPort: Number(process.env.HUB_APP_PORT ?? 0),
  }),
]);

console.log(`Okta replica on 127.0.0.1:${okta.port}
  start Chromium with: --host-resolver-rules="${okta.hostResolverRules.join(', ')}"
  then open:           http://acme.okta.com/app/UserHome  (or http://acme-admin.okta.com/admin/dashboard)
Hub sandbox
  vendor app page:     ${hub.urls.embedded()}
  auth-link page:      ${hub.urls.authLink()}
  stub backend:        ${hub.backendOrigin}  (session "hub-session-demo")
Ctrl+C stops both.`);

const stop = async () => {
  await Promise.all([okta.close(), hub.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
