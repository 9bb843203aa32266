import { isE2eBuild } from '../build-flavour';
import { NON_ORG_SUBDOMAINS, OKTA_CELLS, type OktaCell, PREVIEW_CELLS, STATIC_CDN_SUBDOMAIN } from './cells';

export interface OktaOrg {
  /** The org host integrations expect, e.g. `acme.okta.com` (never the `-admin` host). */
  orgDomain: string;
  subdomain: string;
  cell: OktaCell;
  environment: 'production' | 'preview';
  isAdminConsole: boolean;
}

export type OrgRefusalReason =
  | 'invalid-url'
  | 'unsupported-scheme'
  | 'userinfo'
  | 'unusual-port'
  | 'ip-host'
  | 'not-okta'
  | 'okta-site'
  | 'nested-subdomain'
  | 'invalid-subdomain';

/**
 * Why an address is not an org, as the catalogue key of the sentence that says so and its placeholders. The
 * parser stays free of browser APIs (test tooling in Node reads orgs with it too); `orgRefusalMessage`
 * (org-refusal.ts) puts the words in the browser's language.
 */
export type OrgRefusalWords =
  | {
      key:
        | 'org_invalid_url'
        | 'org_unsupported_scheme'
        | 'org_plain_http'
        | 'org_userinfo'
        | 'org_unusual_port'
        | 'org_ip_host';
    }
  | { key: 'org_not_okta' | 'org_okta_site' | 'org_okta_sites' | 'org_invalid_subdomain'; host: string }
  | { key: 'org_nested_subdomain'; host: string; cell: string };

export type OrgRefusal = { ok: false; reason: OrgRefusalReason; words: OrgRefusalWords };
export type OrgParseResult = { ok: true; org: OktaOrg } | OrgRefusal;

const ADMIN_SUFFIX = '-admin';
/** One DNS label of an Okta org: lowercase letters, digits, inner hyphens. Punycode labels are never org names. */
const ORG_LABEL = /^(?!xn--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function refuse(reason: OrgRefusalReason, words: OrgRefusalWords): OrgRefusal {
  return { ok: false, reason, words };
}

function isIpHost(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d+(\.\d+){3}$/.test(hostname);
}

function cellOf(hostname: string): OktaCell | undefined {
  return OKTA_CELLS.find((cell) => hostname === cell || hostname.endsWith(`.${cell}`));
}

/**
 * Reads the Okta org behind a page URL, or says why the page is not an Okta org.
 * Strict on purpose: the answer decides whether the guide may run and whether a token may be captured.
 */
export function parseOktaOrgUrl(input: string | URL): OrgParseResult {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    return refuse('invalid-url', { key: 'org_invalid_url' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse('unsupported-scheme', { key: 'org_unsupported_scheme' });
  }
  // Okta serves orgs over https only; plain http is the e2e build's Okta replica on loopback.
  if (url.protocol === 'http:' && !isE2eBuild()) {
    return refuse('unsupported-scheme', { key: 'org_plain_http' });
  }
  if (url.username || url.password) {
    return refuse('userinfo', { key: 'org_userinfo' });
  }
  // URL drops the scheme's own port (443, 80), so any port left is another one, even the other scheme's.
  if (url.port) {
    return refuse('unusual-port', { key: 'org_unusual_port' });
  }
  const hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  if (isIpHost(hostname)) {
    return refuse('ip-host', { key: 'org_ip_host' });
  }
  const cell = cellOf(hostname);
  if (!cell) {
    return refuse('not-okta', { key: 'org_not_okta', host: hostname });
  }
  if (hostname === cell) {
    return refuse('okta-site', { key: 'org_okta_site', host: hostname });
  }
  const labels = hostname.slice(0, -(cell.length + 1)).split('.');
  if (labels.length !== 1) {
    return refuse('nested-subdomain', { key: 'org_nested_subdomain', host: hostname, cell });
  }
  const firstLabel = labels[0] as string;
  // `-admin` alone leaves an empty org name, refused below as an invalid subdomain.
  const isAdminConsole = firstLabel.endsWith(ADMIN_SUFFIX);
  const subdomain = isAdminConsole ? firstLabel.slice(0, -ADMIN_SUFFIX.length) : firstLabel;
  if (NON_ORG_SUBDOMAINS.has(subdomain) || STATIC_CDN_SUBDOMAIN.test(subdomain)) {
    return refuse('okta-site', { key: 'org_okta_sites', host: hostname });
  }
  if (!ORG_LABEL.test(subdomain)) {
    return refuse('invalid-subdomain', { key: 'org_invalid_subdomain', host: hostname });
  }
  return {
    ok: true,
    org: {
      orgDomain: `${subdomain}.${cell}`,
      subdomain,
      cell,
      environment: PREVIEW_CELLS.has(cell) ? 'preview' : 'production',
      isAdminConsole,
    },
  };
}

/** The org of a page URL, or null: for callers that only need a yes or no. */
export function oktaOrgOf(input: string | URL | undefined): OktaOrg | null {
  if (input === undefined) return null;
  const parsed = parseOktaOrgUrl(input);
  return parsed.ok ? parsed.org : null;
}

/** The org's Admin Console host, e.g. `https://acme-admin.okta.com`. */
export function adminConsoleOrigin(org: { subdomain: string; cell: string }, protocol = 'https:'): string {
  return `${protocol}//${org.subdomain}${ADMIN_SUFFIX}.${org.cell}`;
}
