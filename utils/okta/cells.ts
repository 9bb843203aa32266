/** Registrable domains ("cells") that host Okta orgs. Test and gov variants included. */
export const OKTA_CELLS = [
  'okta.com',
  'oktapreview.com',
  'okta-emea.com',
  'okta-gov.com',
  'okta.mil',
  'okta-miltest.com',
  'trex-gov.com',
] as const;

export type OktaCell = (typeof OKTA_CELLS)[number];

export const PREVIEW_CELLS: ReadonlySet<OktaCell> = new Set(['oktapreview.com']);

/** Cells the extension asks host access for: the ones users actually run orgs on. */
export const OKTA_HOST_PATTERNS = [
  '*://*.okta.com/*',
  '*://*.oktapreview.com/*',
  '*://*.okta-emea.com/*',
  '*://*.okta-gov.com/*',
  '*://*.okta.mil/*',
];

/** Hosts on Okta's own domains that are not orgs (sites, sign-in, CDNs). */
export const NON_ORG_SUBDOMAINS: ReadonlySet<string> = new Set([
  'login',
  'www',
  'developer',
  'help',
  'support',
  'status',
  'trust',
  'community',
  'global',
]);

/** Okta's static-content CDN hosts look like `ok12static`, `op1static`. */
export const STATIC_CDN_SUBDOMAIN = /^o[kp]\d+static$/;
