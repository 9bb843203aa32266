import { isLoopbackHost } from './url';

/*
 * Which build this is: the release build, or the e2e build (`npm run build:e2e`, OLA_BUILD=e2e), whose sandboxes
 * live on loopback and serve the Okta replica over plain http. The two builds ship byte-for-byte the same code
 * (tests/packaging/manifest.test.ts; the spec's contract): the one difference is the e2e manifest's host
 * permission for loopback, so that is what the code reads. The release manifest never holds it (the same test),
 * so the release build accepts only https Okta orgs and https, non-loopback hub addresses.
 */

/** The host permission only the e2e build's manifest holds (wxt.config.ts). */
const E2E_LOOPBACK_GRANT = 'http://127.0.0.1/*';

type TestFlavour = 'release' | 'e2e';
/** Unit tests run without a build: they choose the flavour (`setBuildFlavourForTests`), else the e2e one. */
let testFlavour: TestFlavour = 'e2e';

/** The running extension's manifest host permissions; null outside an extension (unit tests). */
function manifestHostPermissions(): readonly string[] | null {
  const runtime = (
    globalThis as { chrome?: { runtime?: { getManifest?: () => { host_permissions?: string[] } } } }
  ).chrome?.runtime;
  try {
    return runtime?.getManifest?.().host_permissions ?? null;
  } catch {
    return null;
  }
}

/** The manifest never changes while the extension runs: read once per context. */
let manifestHosts: readonly string[] | null | undefined;

export function isE2eBuild(): boolean {
  if (manifestHosts === undefined) manifestHosts = manifestHostPermissions();
  const hosts = manifestHosts;
  if (hosts) return hosts.includes(E2E_LOOPBACK_GRANT);
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
