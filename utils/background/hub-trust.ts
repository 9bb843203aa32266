import { type HubTrustSources, isTrustedHubApi } from '../hub/trusted-hubs';
import { confirmedHubApisItem, readPolicyHubApis, readSettings, updateItem } from '../storage';

/** The sources of the trust decision (utils/hub/trusted-hubs.ts), read from settings, policy and confirmations. */
export async function readHubTrustSources(): Promise<HubTrustSources> {
  const [settings, policyList, confirmed] = await Promise.all([
    readSettings(),
    readPolicyHubApis(),
    confirmedHubApisItem.getValue(),
  ]);
  return {
    configuredBaseUrl: settings.hubApiBaseUrl,
    configuredByPolicy: settings.managed.includes('hubApiBaseUrl'),
    policyList,
    confirmed,
  };
}

/** The admin confirmed this hub API in the popup, with host access granted. */
export async function rememberConfirmedHubApi(origin: string): Promise<void> {
  await updateItem(confirmedHubApisItem, (origins) =>
    origins.includes(origin) ? origins : [...origins, origin],
  );
}

/** Checked again right before the token is sent: a policy may have come since the session was kept. */
export async function mayReceiveToken(baseUrl: string): Promise<boolean> {
  return isTrustedHubApi(baseUrl, await readHubTrustSources());
}
