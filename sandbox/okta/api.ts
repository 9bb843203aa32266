import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OrgAddress } from './hosts';
import { headerValue, readJson, sendJson } from './http';
import { oktaId } from './ids';
import { decodeNetwork } from './network-options';
import { NETWORK_CHOICES_WITH_ZONES, NETWORK_ZONES, type OrgOptions, ROLE_LABELS } from './options';
import type { AdminUser, OrgRuntime, SandboxState, TokenRequest } from './state';

/** One API request, resolved to its org. */
export interface ApiRequest {
  req: IncomingMessage;
  res: ServerResponse;
  state: SandboxState;
  org: OrgAddress;
  runtime: OrgRuntime;
  options: OrgOptions;
  /** Path without query. */
  pathname: string;
  /** The request carries a valid `sid` for this org, or the org does not require sign-in. */
  signedIn: boolean;
}

function rateLimitHeaders(): Record<string, string> {
  return {
    'X-Rate-Limit-Limit': '600',
    'X-Rate-Limit-Remaining': '599',
    'X-Rate-Limit-Reset': String(Math.floor(Date.now() / 1000) + 60),
  };
}

/** Okta's error body: `{errorCode, errorSummary, errorLink, errorId, errorCauses}`. */
export function sendOktaError(
  res: ServerResponse,
  status: number,
  errorCode: string,
  errorSummary: string,
  extra: Record<string, unknown> = {},
): void {
  sendJson(
    res,
    status,
    { errorCode, errorSummary, errorLink: errorCode, errorId: oktaId('oae'), errorCauses: [], ...extra },
    rateLimitHeaders(),
  );
}

/** `GET /.well-known/okta-organization`: no auth, on both hosts. */
export function sendWellKnownOrganization(res: ServerResponse, org: OrgAddress, runtime: OrgRuntime): void {
  // A look-alike answers with the REAL org's URL, as a proxying phishing site would: the extension must
  // judge the page's own host, not trust what the page's server claims.
  const canonicalOrgHost = org.orgHost.slice(0, org.orgHost.length - org.lookalikeSuffix.length);
  sendJson(res, 200, {
    id: runtime.orgId,
    pipeline: 'idx',
    _links: { organization: { href: `https://${canonicalOrgHost}` } },
  });
}

function userJson(org: OrgAddress, admin: AdminUser): unknown {
  return {
    id: admin.id,
    status: 'ACTIVE',
    profile: { login: admin.login, email: admin.email, firstName: admin.firstName, lastName: admin.lastName },
    _links: { self: { href: `https://${org.orgHost}/api/v1/users/${admin.id}` } },
  };
}

function rolesJson(api: ApiRequest): unknown[] {
  const { role } = api.options;
  return [
    {
      id: api.runtime.roleAssignmentId,
      type: role,
      label: ROLE_LABELS[role],
      status: 'ACTIVE',
      assignmentType: 'USER',
      created: '2024-01-15T09:00:00.000Z',
      lastUpdated: '2024-01-15T09:00:00.000Z',
    },
  ];
}

/** `GET /api/v1/zones`: Okta's network-zone objects, in the fields the console's zone picker needs. */
function zonesJson(): unknown[] {
  return NETWORK_ZONES.map((zone) => ({
    type: 'IP',
    id: zone.id,
    name: zone.name,
    status: 'ACTIVE',
    usage: 'POLICY',
    system: zone.name === 'LegacyIpZone',
  }));
}

function apiTokensJson(api: ApiRequest): unknown[] {
  return api.runtime.tokens.map((token) => ({
    id: token.id,
    name: token.name,
    userId: api.runtime.admin.id,
    clientName: 'Okta API',
    created: token.createdAt,
    lastUpdated: token.createdAt,
    tokenWindow: 'P30D',
    network: { connection: token.network, include: token.zones },
  }));
}

/**
 * Who is calling: an `SSWS` token created in this org, or the browser session. Sends the error and
 * returns false when neither authenticates.
 */
function authenticate(api: ApiRequest): boolean {
  const authorization = headerValue(api.req, 'authorization');
  if (authorization !== undefined) {
    const match = /^SSWS\s+(\S+)$/i.exec(authorization.trim());
    if (match?.[1] && api.state.tokenOwner(api.runtime, match[1])) return true;
    sendOktaError(api.res, 401, 'E0000011', 'Invalid token provided');
    return false;
  }
  if (api.signedIn) return true;
  // Assumption: Okta's answer to a session-less browser call; the exact code is not documented.
  sendOktaError(api.res, 403, 'E0000005', 'Invalid session');
  return false;
}

/** `/api/v1/...` on the org and the admin host. Only the read endpoints the extension uses exist. */
export function handlePublicApi(api: ApiRequest): void {
  const { req, res, pathname, runtime, org } = api;
  if (!authenticate(api)) return;

  const userRoute = /^\/api\/v1\/users\/([^/]+)(\/roles)?$/.exec(pathname);
  const listings: Record<string, () => unknown[]> = {
    '/api/v1/api-tokens': () => apiTokensJson(api),
    '/api/v1/zones': zonesJson,
  };
  const listing = listings[pathname];
  const known = userRoute !== null || listing !== undefined;
  if (!known) {
    sendOktaError(res, 404, 'E0000007', `Not found: Resource not found: ${pathname} (Resource)`);
    return;
  }
  if (req.method !== 'GET') {
    sendOktaError(res, 405, 'E0000022', 'The endpoint does not support the provided HTTP method');
    return;
  }
  if (listing) {
    sendJson(res, 200, listing(), rateLimitHeaders());
    return;
  }
  const userId = decodeURIComponent(userRoute?.[1] ?? '');
  if (userId !== 'me' && userId !== runtime.admin.id) {
    sendOktaError(res, 404, 'E0000007', `Not found: Resource not found: ${userId} (User)`);
    return;
  }
  const body = userRoute?.[2] ? rolesJson(api) : userJson(org, runtime.admin);
  sendJson(res, 200, body, rateLimitHeaders());
}

/** The creation as Okta receives it: the network value decoded in this console's spelling (network-options.ts). */
function readTokenRequest(body: unknown, options: OrgOptions): TokenRequest | string {
  if (typeof body !== 'object' || body === null) return 'Expected a JSON object';
  const { name, network: value, zones } = body as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return 'name: This field cannot be left blank';
  const network = decodeNetwork(options, value);
  if (!network) return 'network: Unknown network restriction';
  const knownZoneIds = new Set<string>(NETWORK_ZONES.map((zone) => zone.id));
  const zoneIds = Array.isArray(zones) ? zones.filter((id): id is string => typeof id === 'string') : [];
  if (zoneIds.some((id) => !knownZoneIds.has(id))) return 'zones: Unknown network zone';
  if (NETWORK_CHOICES_WITH_ZONES.has(network) && zoneIds.length === 0)
    return 'zones: Select at least one zone';
  return {
    name: name.trim(),
    network,
    networkValue: String(value),
    zones: NETWORK_CHOICES_WITH_ZONES.has(network) ? zoneIds : [],
  };
}

/** Unused tokens expire after 30 days (Okta's `tokenWindow`). */
const TOKEN_WINDOW_MS = 30 * 24 * 60 * 60_000;

/**
 * The console's answer to a creation, as third-party clients and System Log samples show it: the secret in
 * `token`, the token's metadata, and its creator under `_embedded.user` (`?expand=user`).
 */
function sendCreatedToken(api: ApiRequest, request: TokenRequest): void {
  const created = api.state.createToken(api.runtime, request);
  sendJson(api.res, 200, {
    id: created.id,
    name: created.name,
    status: 'ACTIVE',
    clientName: 'Okta API',
    created: created.createdAt,
    expiresAt: new Date(Date.parse(created.createdAt) + TOKEN_WINDOW_MS).toISOString(),
    token: created.token,
    _embedded: { user: userJson(api.org, api.runtime.admin) },
  });
}

/** Where the org asks the admin to verify before a creation goes through, if it does. */
function verificationDisplay(options: OrgOptions): 'page' | 'popup' | null {
  if (options.stepUp) return 'page';
  return options.reauth === 'popup' ? 'popup' : null;
}

/**
 * The Admin Console's own endpoints behind the create-token dialog: `POST /api/internal/tokens?expand=user`
 * (its path and answer as Okta's System Log and third-party clients show them), and `/pending`, invented, which
 * finishes a creation parked for a verification (step-up page or pop-up). Session only, and every call must echo
 * `#_xsrfToken` in `X-Okta-XsrfToken`, as Okta's console calls do.
 */
export async function handleInternalApi(api: ApiRequest): Promise<void> {
  const { req, res, pathname, runtime, org, state } = api;
  if (
    req.method !== 'POST' ||
    (pathname !== '/api/internal/tokens' && pathname !== '/api/internal/tokens/pending')
  ) {
    sendOktaError(res, 404, 'E0000007', `Not found: Resource not found: ${pathname} (Resource)`);
    return;
  }
  if (!api.signedIn) {
    sendOktaError(res, 403, 'E0000005', 'Invalid session');
    return;
  }
  if (headerValue(req, 'x-okta-xsrftoken') !== runtime.xsrfToken) {
    sendOktaError(res, 403, 'E0000006', 'You do not have permission to perform the requested action');
    return;
  }

  if (pathname === '/api/internal/tokens/pending') {
    const pending = runtime.pendingCreation;
    if (!pending?.verified || !state.hasFreshStepUp(runtime)) {
      sendOktaError(res, 404, 'E0000007', 'Not found: Resource not found: pending (Token)');
      return;
    }
    runtime.pendingCreation = null;
    sendCreatedToken(api, pending);
    return;
  }

  const request = readTokenRequest(await readJson(req), api.options);
  if (typeof request === 'string') {
    sendOktaError(res, 400, 'E0000001', 'Api validation failed: token', {
      errorCauses: [{ errorSummary: request }],
    });
    return;
  }
  const verification = verificationDisplay(api.options);
  if (verification && !state.hasFreshStepUp(runtime)) {
    runtime.pendingCreation = { ...request, verified: false };
    const stepUpPage = `${org.orgOrigin}/login/step-up`;
    const tokensPage = `${org.adminOrigin}/admin/access/api/tokens`;
    sendJson(
      res,
      401,
      verification === 'popup'
        ? { stepUpRequired: true, popupUrl: `${stepUpPage}?display=popup` }
        : { stepUpRequired: true, redirectUrl: `${stepUpPage}?fromURI=${encodeURIComponent(tokensPage)}` },
    );
    return;
  }
  sendCreatedToken(api, request);
}
