/** Cells the sandbox answers for; `<org>.<cell>` is an org host, `<org>-admin.<cell>` its Admin Console. */
export const SANDBOX_CELLS = ['okta.com', 'oktapreview.com', 'okta-emea.com'] as const;

/**
 * Look-alike hosts (`acme.okta.com.evil.test`) serve the same pages as the real org, so tests can prove the
 * extension refuses to act on a page whose DOM matches Okta's but whose host is not Okta's.
 */
export const LOOKALIKE_SUFFIX = '.evil.test';

/** Labels on Okta's own domains that are Okta sites or CDNs, never orgs. */
const NON_ORG_LABELS = new Set([
  'www',
  'login',
  'developer',
  'help',
  'support',
  'status',
  'trust',
  'community',
  'global',
]);
const STATIC_CDN_LABEL = /^o[kp]\d+static$/;
const ORG_LABEL = /^(?!xn--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ADMIN_SUFFIX = '-admin';

export interface OrgAddress {
  /** `acme` in `acme.okta.com`; per-org options are keyed by it. */
  subdomain: string;
  cell: string;
  /** `''` for the real org, `.evil.test` for its look-alike. */
  lookalikeSuffix: string;
  /** `acme.okta.com` (with the look-alike suffix when there is one): identifies the org's state. */
  orgHost: string;
  adminHost: string;
  /** `http://acme.okta.com` (keeps a non-default port from the Host header, for direct requests). */
  orgOrigin: string;
  adminOrigin: string;
}

export type SandboxHost =
  | { kind: 'org'; org: OrgAddress }
  | { kind: 'admin'; org: OrgAddress }
  | { kind: 'okta-site'; site: 'marketing' | 'sign-in' }
  | { kind: 'unknown'; hostname: string };

/** Splits a Host header into lowercase hostname and port (`''` when absent). */
export function splitHostHeader(hostHeader: string | undefined): { hostname: string; port: string } {
  const raw = (hostHeader ?? '').trim().toLowerCase();
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(raw);
  const hostname = (match?.[1] ?? raw).replace(/\.$/, '');
  return { hostname, port: match?.[2] ?? '' };
}

/** What the sandbox serves for a request's Host header. */
export function classifyHost(hostHeader: string | undefined): SandboxHost {
  const { hostname, port } = splitHostHeader(hostHeader);
  const lookalikeSuffix = hostname.endsWith(LOOKALIKE_SUFFIX) ? LOOKALIKE_SUFFIX : '';
  const apparentHost = hostname.slice(0, hostname.length - lookalikeSuffix.length);

  if (!lookalikeSuffix) {
    if (apparentHost === 'okta.com' || apparentHost === 'www.okta.com')
      return { kind: 'okta-site', site: 'marketing' };
    if (apparentHost === 'login.okta.com') return { kind: 'okta-site', site: 'sign-in' };
  }

  const cell = SANDBOX_CELLS.find((c) => apparentHost.endsWith(`.${c}`));
  if (!cell) return { kind: 'unknown', hostname };
  const label = apparentHost.slice(0, -(cell.length + 1));
  if (!ORG_LABEL.test(label) || NON_ORG_LABELS.has(label) || STATIC_CDN_LABEL.test(label)) {
    return { kind: 'unknown', hostname };
  }

  const isAdmin = label.endsWith(ADMIN_SUFFIX) && label.length > ADMIN_SUFFIX.length;
  const subdomain = isAdmin ? label.slice(0, -ADMIN_SUFFIX.length) : label;
  if (!ORG_LABEL.test(subdomain)) return { kind: 'unknown', hostname };

  const portSuffix = port && port !== '80' ? `:${port}` : '';
  const orgHost = `${subdomain}.${cell}${lookalikeSuffix}`;
  const adminHost = `${subdomain}${ADMIN_SUFFIX}.${cell}${lookalikeSuffix}`;
  const org: OrgAddress = {
    subdomain,
    cell,
    lookalikeSuffix,
    orgHost,
    adminHost,
    orgOrigin: `http://${orgHost}${portSuffix}`,
    adminOrigin: `http://${adminHost}${portSuffix}`,
  };
  return { kind: isAdmin ? 'admin' : 'org', org };
}

/** Chromium `--host-resolver-rules` entries that send every host the sandbox answers for to it. */
export function hostResolverRulesFor(port: number): string[] {
  const target = `127.0.0.1:${port}`;
  return [
    `MAP okta.com ${target}`,
    ...SANDBOX_CELLS.map((cell) => `MAP *.${cell} ${target}`),
    `MAP *${LOOKALIKE_SUFFIX} ${target}`,
  ];
}
