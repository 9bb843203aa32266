import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OrgAddress } from './hosts';
import { headerValue, readJson, sendJson } from './http';
import { oktaId } from './ids';
import { decodeNetwork } from './network-options';
import { NETWORK_CHOICES_WITH_ZONES, NETWORK_ZONES, type OrgOptions, ROLE_LABELS } from './options';
import {
  type AdminUser,
  type OrgRuntime,
  type SandboxState,
  TOKEN_WINDOW_MS,
  type TokenListing,
  type TokenRequest,
} from './state';

/** One API request, resolved to its org. */
export interface ApiRequest {
  req: IncomingMessage;
  res: ServerResponse;
  state: SandboxState;
  org: OrgAddress;
  runtime: OrgRuntime;
  options: OrgOptions;
  /** The request's URL (with its query). */
  url: URL;
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

/** One token's metadata as `GET /api/v1/api-tokens` returns it: never its value. */
function apiTokenJson(api: ApiRequest, token: TokenListing): unknown {
  const self = `${api.org.orgOrigin}/api/v1/api-tokens/${token.id}`;
  return {
    id: token.id,
    name: token.name,
    userId: api.runtime.admin.id,
    clientName: 'Okta API',
    created: token.createdAt,
    lastUpdated: token.lastUpdated,
    // Okta renews a token on each use: it expires a `tokenWindow` after its last use.
    expiresAt: new Date(Date.parse(token.lastUpdated) + TOKEN_WINDOW_MS).toISOString(),
    tokenWindow: 'P30D',
    network: { connection: token.network, include: token.zones, exclude: [] },
    _links: {
      self: { href: self, hints: { allow: ['GET', 'DELETE'] } },
      user: { href: `${api.org.orgOrigin}/api/v1/users/${api.runtime.admin.id}` },
    },
  };
}

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 200;

/** `GET /api/v1/api-tokens`: active tokens, `limit` per page (1–200, default 20), `after` a cursor from `Link`. */
function sendApiTokenPage(api: ApiRequest, url: URL): void {
  const limitParam = url.searchParams.get('limit');
  const limit = limitParam === null ? DEFAULT_PAGE_SIZE : Number(limitParam);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    sendOktaError(api.res, 400, 'E0000001', 'Api validation failed: limit', {
      errorCauses: [{ errorSummary: `limit: must be between 1 and ${MAX_PAGE_SIZE}` }],
    });
    return;
  }
  const q = url.searchParams.get('q')?.toLowerCase();
  const matching = api.runtime.tokens.filter(
    (token) => !q || token.name.toLowerCase().includes(q) || 'okta api'.includes(q),
  );
  const after = url.searchParams.get('after');
  const start = after ? matching.findIndex((token) => token.id === after) + 1 : 0;
  const page = matching.slice(start, start + limit);
  const base = `${api.org.orgOrigin}/api/v1/api-tokens`;
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ limit: String(limit), ...(q ? { q } : {}), ...extra }).toString();
  const links = [`<${base}?${query({})}>; rel="self"`];
  const last = page.at(-1);
  if (last && start + limit < matching.length)
    links.push(`<${base}?${query({ after: last.id })}>; rel="next"`);
  sendJson(
    api.res,
    200,
    page.map((token) => apiTokenJson(api, token)),
    { ...rateLimitHeaders(), Link: links.join(', ') },
  );
}

/** How a call authenticated: with a token of this org (its value), or the admin's browser session. */
type Caller = { kind: 'ssws'; token: string } | { kind: 'session' };

/**
 * Who is calling: an `SSWS` token created in this org (renewed by the call, as Okta does), or the browser
 * session. Sends the error and returns null when neither authenticates.
 */
function authenticate(api: ApiRequest): Caller | null {
  const authorization = headerValue(api.req, 'authorization');
  if (authorization !== undefined) {
    const match = /^SSWS\s+(\S+)$/i.exec(authorization.trim());
    if (match?.[1] && api.state.tokenOwner(api.runtime, match[1])) {
      api.state.noteTokenUse(api.runtime, match[1]);
      return { kind: 'ssws', token: match[1] };
    }
    sendOktaError(api.res, 401, 'E0000011', 'Invalid token provided');
    return null;
  }
  if (api.signedIn) return { kind: 'session' };
  // Assumption: Okta's answer to a session-less browser call; the exact code is not documented.
  sendOktaError(api.res, 403, 'E0000005', 'Invalid session');
  return null;
}

function sendNotFound(api: ApiRequest, what: string): void {
  sendOktaError(api.res, 404, 'E0000007', `Not found: Resource not found: ${what}`);
}

/**
 * `/api/v1/api-tokens/{id}` and `/api/v1/api-tokens/current`: read one token, revoke one. A session's DELETE
 * echoes the page's XSRF token, as the console's own non-GET calls do. `apiTokenRevoke: 'refuse'` answers a
 * revocation as Okta does when the call is outside the token's network zone or the caller lacks the right.
 */
function handleApiToken(api: ApiRequest, caller: Caller, idOrCurrent: string): void {
  const { req, res, runtime, state, options } = api;
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'DELETE') {
    sendOktaError(res, 405, 'E0000022', 'The endpoint does not support the provided HTTP method');
    return;
  }
  const current = idOrCurrent === 'current';
  const listing = current
    ? caller.kind === 'ssws'
      ? state.activeToken(runtime, caller.token)
      : undefined
    : runtime.tokens.find((token) => token.id === idOrCurrent);
  if (!listing) {
    sendNotFound(api, `${idOrCurrent} (ApiToken)`);
    return;
  }
  if (method === 'GET') {
    sendJson(res, 200, apiTokenJson(api, listing), rateLimitHeaders());
    return;
  }
  if (caller.kind === 'session' && headerValue(req, 'x-okta-xsrftoken') !== runtime.xsrfToken) {
    sendOktaError(res, 403, 'E0000006', 'You do not have permission to perform the requested action');
    return;
  }
  if (options.apiTokenRevoke === 'refuse') {
    sendOktaError(res, 403, 'E0000006', 'You do not have permission to perform the requested action');
    return;
  }
  state.revokeToken(runtime, listing.id, current ? 'current' : 'id', caller.kind);
  res.writeHead(204, { 'Cache-Control': 'no-store', ...rateLimitHeaders() }).end();
}

/** `/api/v1/...` on the org and the admin host: the endpoints the extension and a hub use. */
export function handlePublicApi(api: ApiRequest): void {
  const { req, res, pathname, runtime, org } = api;
  const caller = authenticate(api);
  if (!caller) return;

  const tokenRoute = /^\/api\/v1\/api-tokens\/([^/]+)$/.exec(pathname);
  if (tokenRoute) {
    handleApiToken(api, caller, decodeURIComponent(tokenRoute[1] ?? ''));
    return;
  }
  const userRoute = /^\/api\/v1\/users\/([^/]+)(\/roles)?$/.exec(pathname);
  const known = userRoute !== null || pathname === '/api/v1/api-tokens' || pathname === '/api/v1/zones';
  if (!known) {
    sendOktaError(res, 404, 'E0000007', `Not found: Resource not found: ${pathname} (Resource)`);
    return;
  }
  if (req.method !== 'GET') {
    sendOktaError(res, 405, 'E0000022', 'The endpoint does not support the provided HTTP method');
    return;
  }
  if (pathname === '/api/v1/api-tokens') {
    sendApiTokenPage(api, api.url);
    return;
  }
  if (pathname === '/api/v1/zones') {
    sendJson(res, 200, zonesJson(), rateLimitHeaders());
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
