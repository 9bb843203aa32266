import { t } from '../i18n/browser-language';
import { checkHubBaseUrl } from './session';

/*
 * Which hub API may receive the token: the one decision behind "where the token is sent". A hub session is found
 * on a page, but the page must not choose where the token goes. Trusted are StackOne's own API hosts, the hub API
 * base URL of the options (or of a policy), the hosts of a policy list, and hosts the admin confirmed in the popup.
 * Any other `base-url` a page names is shown to the admin and used only once they confirm that host. A policy
 * locks the choice: a locked base URL is used whatever the page says, and a policy list admits nothing else (no
 * confirmations). Loopback (e2e build only) is trusted only where it is the configured address: any other loopback
 * address is a host like any other. Pure: the sources are read by the caller (utils/background/hub-session.ts).
 */

export interface HubTrustSources {
  /** The hub API base URL of the options, or of the policy when `configuredByPolicy`. */
  configuredBaseUrl: string;
  configuredByPolicy: boolean;
  /** The policy's list of hub APIs (managed `trustedHubApis`); null when IT set none. */
  policyList: readonly string[] | null;
  /** Origins the admin confirmed in the popup. */
  confirmed: readonly string[];
}

export type TrustReason = 'configured' | 'policy' | 'stackone' | 'confirmed';

export type HubApiChoice =
  | { kind: 'trusted'; baseUrl: string; origin: string; host: string; reason: TrustReason }
  /** Used only after the admin confirms `host` in the popup; `message` says where the token would go. */
  | { kind: 'confirm'; baseUrl: string; origin: string; host: string; message: string }
  | { kind: 'refused'; message: string };

/** StackOne's own API hosts (api.stackone.com, regional ones such as api.eu1.stackone.com), over https. */
export function isStackOneApiOrigin(origin: string): boolean {
  const url = new URL(origin);
  const host = url.hostname.toLowerCase();
  return (
    url.protocol === 'https:' &&
    url.port === '' &&
    (host === 'stackone.com' || host.endsWith('.stackone.com'))
  );
}

function originsOf(addresses: readonly string[]): string[] {
  return addresses.flatMap((address) => {
    const checked = checkHubBaseUrl(address);
    return checked.ok ? [checked.origin] : [];
  });
}

/** The hub API a page's hub (its `base-url`, or none) would make the token go to, and whether that may happen. */
export function chooseHubApi(pageBaseUrl: string | null | undefined, sources: HubTrustSources): HubApiChoice {
  const configured = checkHubBaseUrl(sources.configuredBaseUrl);
  if (sources.configuredByPolicy) {
    // IT chose the hub API: a page never overrides it (the page's session is sent there or nowhere).
    if (!configured.ok)
      return { kind: 'refused', message: t('trust_policy_refused', { reason: configured.reason }) };
    return { kind: 'trusted', ...withHost(configured), reason: 'policy' };
  }
  const candidate = checkHubBaseUrl(pageBaseUrl?.trim() || sources.configuredBaseUrl);
  if (!candidate.ok) {
    return {
      kind: 'refused',
      message: t('trust_page_refused', { reason: candidate.reason }),
    };
  }
  const target = withHost(candidate);
  if (configured.ok && configured.origin === candidate.origin)
    return { kind: 'trusted', ...target, reason: 'configured' };
  if (sources.policyList !== null) {
    if (originsOf(sources.policyList).includes(candidate.origin))
      return { kind: 'trusted', ...target, reason: 'policy' };
    return {
      kind: 'refused',
      message: t('trust_not_allowed', { host: target.host }),
    };
  }
  if (isStackOneApiOrigin(candidate.origin)) return { kind: 'trusted', ...target, reason: 'stackone' };
  if (originsOf(sources.confirmed).includes(candidate.origin))
    return { kind: 'trusted', ...target, reason: 'confirmed' };
  return { kind: 'confirm', ...target, message: t('trust_confirm', { host: target.host }) };
}

/** Whether a session's hub API is (still) one the token may go to: a session kept before a policy came is not. */
export function isTrustedHubApi(baseUrl: string, sources: HubTrustSources): boolean {
  const choice = chooseHubApi(baseUrl, sources);
  return choice.kind === 'trusted' && choice.baseUrl === checkBase(baseUrl);
}

function checkBase(baseUrl: string): string | null {
  const checked = checkHubBaseUrl(baseUrl);
  return checked.ok ? checked.baseUrl : null;
}

function withHost(checked: { baseUrl: string; origin: string }) {
  return { baseUrl: checked.baseUrl, origin: checked.origin, host: new URL(checked.origin).host };
}
