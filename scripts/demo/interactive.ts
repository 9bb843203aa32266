import { startHubSandbox } from '../../sandbox/hub/server';
import { startOktaSandbox } from '../../sandbox/okta/server';
import { launchChromium } from '../../tests/e2e/support/browser';
import { E2E_DIR } from '../build-extension';
import { CONSOLE_IN, OKTA_DASHBOARD } from './journey';
import type { DemoLanguage } from './options';

/** Hands a visible Chromium with the extension to a person, on the sandbox Okta dashboard and hub page. */
export async function runInteractive(lang: DemoLanguage = 'en'): Promise<void> {
  const [okta, hub] = await Promise.all([startOktaSandbox(), startHubSandbox()]);
  okta.setOrgOptions('acme', CONSOLE_IN[lang]);
  hub.checkOktaAt(okta.port); // the hub checks the token with the org, so proof of use is real
  const browser = await launchChromium({
    extensionDir: E2E_DIR,
    headless: false,
    hostResolverRules: okta.hostResolverRules,
  });
  try {
    const [blank] = browser.context.pages();
    const hubTab = await browser.context.newPage();
    await hubTab.goto(hub.urls.embedded());
    const dashboard = await browser.context.newPage();
    await dashboard.goto(OKTA_DASHBOARD);
    await blank?.close();
    await dashboard.bringToFront();
    console.log(`
Chromium is open with the extension (e2e build) on the sandbox Okta dashboard: ${OKTA_DASHBOARD}
The hub page (real hub UI, stub backend) is in the other tab: ${hub.urls.embedded()}

  1. Click the extension's icon (pin it from the puzzle-piece menu if it is hidden): the popup shows acme.okta.com.
  2. Click "Start": the tab goes to the org's Tokens page, where the guide points at "Create token". Click it,
     then Okta's own "Create token" in the dialog (the guide filled the name and Any IP); the guide captures it.
  3. On the hub tab, click the icon and "Fill hub form", then the hub's own Connect.
  Or begin on the hub tab: the icon, "Get token from Okta" (type acme.okta.com's address, http://acme.okta.com,
  the first time), and follow the guide; the hub tab comes back filled. "Show me the way" is the tour.

Close the browser window (or press Ctrl+C here) to stop the sandboxes.`);
    await new Promise<void>((resolve) => {
      browser.context.once('close', () => resolve());
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
  } finally {
    await browser.close().catch(() => undefined);
    await Promise.all([okta.close(), hub.close()]);
    console.log('Chromium closed, sandboxes stopped.');
  }
}
