/**
 * What the extension sends out of the browser, as data: to whom, in which request, and the kind of data it is
 * in Mozilla's taxonomy (the names of `browser_specific_settings.gecko.data_collection_permissions`).
 *
 * One list, three readers: the token sweep (support/secrets.ts) lets the Okta token and the org domain travel
 * only in the requests listed here, after every e2e test, in both browsers; the packaging test
 * (tests/packaging/data-declaration.test.ts) checks that the Firefox manifest declares exactly the kinds listed
 * here; PRIVACY.md says the same in words. A new transmission fails the sweep until it is listed, and listing it
 * fails the packaging test until the manifest (and PRIVACY.md) declare its kind.
 */

/** Mozilla's data types (extensionworkshop.com, "Firefox built-in consent for data collection"). */
export type MozillaDataKind =
  | 'authenticationInfo'
  | 'browsingActivity'
  | 'websiteContent'
  | 'websiteActivity'
  | 'personallyIdentifyingInfo'
  | 'personalCommunications'
  | 'technicalAndInteraction';

export type TransmittedData = 'okta-token' | 'org-domain' | 'hub-session';

export interface Transmission {
  data: TransmittedData;
  kind: MozillaDataKind;
  /** The hub backend is the hub API the extension trusts (StackOne's, the configured one, or one the admin confirmed). */
  to: 'hub backend' | 'Okta org';
  method: string;
  /** The request's path; `*` at the end matches any path below. */
  path: string;
  /** Where in the request it travels. */
  part: 'body.credentials' | 'header';
  /** What the admin did for it to be sent. */
  when: string;
  /** Whether the e2e sweep holds the data to this route (the hub session is the hub's own; see PRIVACY.md). */
  swept: boolean;
}

export const TRANSMISSIONS: readonly Transmission[] = [
  {
    data: 'okta-token',
    kind: 'authenticationInfo',
    to: 'hub backend',
    method: 'POST',
    path: '/hub/accounts',
    part: 'body.credentials',
    when: 'the admin clicks Connect (or the hub’s own Connect after Fill hub form)',
    swept: true,
  },
  {
    data: 'org-domain',
    kind: 'browsingActivity',
    to: 'hub backend',
    method: 'POST',
    path: '/hub/accounts',
    part: 'body.credentials',
    when: 'the admin clicks Connect (or the hub’s own Connect after Fill hub form)',
    swept: true,
  },
  {
    data: 'okta-token',
    kind: 'authenticationInfo',
    to: 'Okta org',
    method: 'DELETE',
    path: '/api/v1/api-tokens/current',
    part: 'header',
    when: 'a token ends without reaching a hub (Forget, its 15 minutes, a new capture, the guide stopped): revoking it, to its own org only',
    swept: true,
  },
  {
    data: 'hub-session',
    kind: 'authenticationInfo',
    to: 'hub backend',
    method: '*',
    path: '/hub/*',
    part: 'header',
    when: 'Connect, Test hub session, reading the hub’s Okta form',
    swept: false,
  },
];

/** The kinds the Firefox manifest must declare as required: every kind above, once, sorted. */
export function declaredKinds(transmissions: readonly Transmission[] = TRANSMISSIONS): MozillaDataKind[] {
  return [...new Set(transmissions.map((transmission) => transmission.kind))].sort();
}

/** Whether `data` may travel in a request with this method and path to this destination. */
export function mayCarry(
  data: TransmittedData,
  to: Transmission['to'],
  request: { method: string; path: string },
): Transmission | undefined {
  const path = request.path.split('?')[0] ?? '';
  return TRANSMISSIONS.find(
    (route) =>
      route.data === data &&
      route.to === to &&
      (route.method === '*' || route.method === request.method) &&
      (route.path.endsWith('*') ? path.startsWith(route.path.slice(0, -1)) : path === route.path),
  );
}
