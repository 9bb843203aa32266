import { type HubSandbox, startHubSandbox } from '../../../sandbox/hub/server';
import { type OktaSandbox, startOktaSandbox } from '../../../sandbox/okta/server';
import type { BrowserKind, Driver } from '../drivers/driver';
import { type SweptWorld, useSweptWorld } from '../support/env';
import { watchForSecrets } from '../support/secrets';

/** The journeys' world: both sandboxes on loopback and one browser of the given kind with the e2e build. */
export interface JourneyWorld extends SweptWorld {
  kind: BrowserKind;
  driver: Driver;
  okta: OktaSandbox;
  hub: HubSandbox;
}

export async function startJourneyWorld(kind: BrowserKind): Promise<JourneyWorld> {
  const [okta, hub] = await Promise.all([startOktaSandbox(), startHubSandbox()]);
  const driver = await kind.launch({ okta }).catch(async (error: unknown) => {
    // Without a browser the sandboxes would keep the process alive.
    await Promise.all([okta.close(), hub.close()]);
    throw error;
  });
  // The stub hub checks Okta credentials with the org, as a real hub does (through the Okta sandbox).
  hub.checkOktaAt(okta.port);
  return {
    kind,
    driver,
    okta,
    hub,
    secrets: watchForSecrets({ driver, okta, hub }),
    async close() {
      await driver.close();
      await Promise.all([okta.close(), hub.close()]);
    },
  };
}

/** One journey world per test file, swept for the token after every test (see `useSweptWorld`). */
export function useJourneyWorld(kind: BrowserKind): () => JourneyWorld {
  return useSweptWorld(() => startJourneyWorld(kind));
}
