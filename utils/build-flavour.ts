import { isLoopbackHost } from './url';

/*
 * Which build this is: the release build, or the e2e build (`npm run build:e2e`, OLA_BUILD=e2e), whose sandboxes
 * live on loopback and serve the Okta replica over plain http. wxt.config.ts replaces `__OLA_E2E_BUILD__` with a
 * literal in every build, so the release build's bundles hold only its own branch. The release build accepts only
 * https Okta orgs and https, non-loopback hub addresses.
 */

declare const __OLA_E2E_BUILD__: boolean | undefined;

type TestFlavour = 'release' | 'e2e';
/** Unit tests run without a build: they choose the flavour (`setBuildFlavourForTests`), else the e2e one. */
let testFlavour: TestFlavour = 'e2e';

export function isE2eBuild(): boolean {
  if (typeof __OLA_E2E_BUILD__ === 'boolean') return __OLA_E2E_BUILD__;
  return testFlavour === 'e2e';
}

/** For unit tests only: a build always carries its flavour, which this cannot change. */
export function setBuildFlavourForTests(flavour: TestFlavour): void {
  testFlavour = flavour;
}

/** Whether an address's scheme and host may be used at all in this build (Okta orgs, hub pages, hub APIs). */
export function isAllowedWebAddress(url: URL): boolean {
  if (isE2eBuild()) return url.protocol === 'https:' || url.protocol === 'http:';
  return url.protocol === 'https:' && !isLoopbackHost(url.hostname);
}
