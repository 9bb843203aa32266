import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { odysseyConsoleBundle } from './console-bundle';
import { classifyHost, hostResolverRulesFor, splitHostHeader } from './hosts';
import { sendHtml } from './http';
import type { OrgOptions } from './options';
import { handleAdminHost, handleOrgHost } from './org-routes';
import { genericSignInPage, marketingPage, notFoundPage } from './pages/okta-sites';
import { type CreatedToken, type RecordedRequest, type Revocation, SandboxState } from './state';

export type { AdminRoleType, OrgOptions } from './options';
export { DEFAULT_ORG_OPTIONS } from './options';
export type { CreatedToken, RecordedRequest, Revocation } from './state';

export interface OktaSandbox {
  port: number;
  /** Chromium --host-resolver-rules entries mapping *.okta.com, *.oktapreview.com, *.okta-emea.com, okta.com and *.evil.test to 127.0.0.1:port */
  hostResolverRules: string[];
  /** Options for an org by subdomain (`acme`), on every cell and on its look-alike; merges with earlier calls. */
  setOrgOptions(subdomain: string, options: Partial<OrgOptions>): void;
  /** Tokens created through the UI, newest last, with the org and name. */
  createdTokens: CreatedToken[];
  /** Every request received: method, host, path (with query), headers. */
  requests: RecordedRequest[];
  /** API tokens revoked through the public API, oldest first. */
  revocations: Revocation[];
  /**
   * Makes `tokenValue` a live API token of the org at `orgHost` (`acme.okta.com`), as if its admin had created
   * it: for tests that paste a token of their own, so that the hub's check and a revocation meet a real one.
   */
  issueToken(orgHost: string, tokenValue: string): void;
  /** Whether Okta takes this value as a live token of the org at `orgHost` (what `SSWS <value>` would meet). */
  acceptsToken(orgHost: string, tokenValue: string): boolean;
  /** A token's metadata as Okta's API has it (`GET /api/v1/api-tokens/{id}`); undefined once revoked. */
  apiToken(
    orgHost: string,
    id: string,
  ): { id: string; name: string; created: string; lastUpdated: string } | undefined;
  /** Clears tokens, requests, per-org options (and sessions, step-ups, org state). */
  reset(): void;
  close(): Promise<void>;
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  state: SandboxState,
  url: URL,
): Promise<void> {
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end(); // keeps browser consoles free of 404 noise
    return;
  }
  const host = classifyHost(url.host);
  switch (host.kind) {
    case 'org':
      return handleOrgHost(req, res, state, host.org, url);
    case 'admin':
      return handleAdminHost(req, res, state, host.org, url);
    case 'okta-site':
      return sendHtml(res, 200, host.site === 'sign-in' ? genericSignInPage() : marketingPage());
    case 'unknown':
      return sendHtml(res, 404, notFoundPage());
  }
}

/**
 * What a request asks for, as a URL. Browsers send a path and a Host header; through a proxy (Firefox tests
 * reach the sandbox through a PAC proxy) they send the absolute URL as the request target, which stands alone.
 */
function requestTarget(req: IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', `http://${req.headers.host || 'host.invalid'}`);
  } catch {
    return null;
  }
}

/** Reads the body into the record (bounded), and lets the request be iterated again from memory. */
async function recordBody(req: IncomingMessage, recorded: RecordedRequest): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= 1024 * 1024) chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks);
  if (body.length > 0) recorded.body = body.toString('utf8');
  Object.defineProperty(req, Symbol.asyncIterator, {
    value: async function* replay() {
      if (body.length > 0) yield body;
    },
  });
}

/** A local replica of Okta orgs, served by Host header; see sandbox/okta/README.md. */
export async function startOktaSandbox(options: { port?: number } = {}): Promise<OktaSandbox> {
  await odysseyConsoleBundle(); // built (or read from its cache) before the first page asks for it
  const state = new SandboxState();
  const server = createServer((req, res) => {
    const url = requestTarget(req);
    if (!url) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request target');
      return;
    }
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      host: splitHostHeader(url.host).hostname,
      path: url.pathname + url.search,
      headers: { ...req.headers },
    };
    state.requests.push(recorded);
    // The body too, for the token sweep, whether or not the route reads it: read first, then handed to the
    // route's reader (http.ts readBody iterates the request) from memory.
    recordBody(req, recorded)
      .then(() => route(req, res, state, url))
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`Sandbox error: ${error instanceof Error ? error.message : String(error)}`);
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    hostResolverRules: hostResolverRulesFor(port),
    setOrgOptions: (subdomain, orgOptions) => state.setOptions(subdomain, orgOptions),
    createdTokens: state.createdTokens,
    requests: state.requests,
    revocations: state.revocations,
    issueToken(orgHost, tokenValue) {
      const host = classifyHost(orgHost);
      if (host.kind !== 'org') throw new Error(`${orgHost} is not an org host of the sandbox`);
      state.issueToken(state.org(host.org), tokenValue);
    },
    acceptsToken(orgHost, tokenValue) {
      const host = classifyHost(orgHost);
      return host.kind === 'org' && state.tokenOwner(state.org(host.org), tokenValue) !== undefined;
    },
    apiToken(orgHost, id) {
      const host = classifyHost(orgHost);
      if (host.kind !== 'org') return undefined;
      const listing = state.org(host.org).tokens.find((token) => token.id === id);
      return (
        listing && { id, name: listing.name, created: listing.createdAt, lastUpdated: listing.lastUpdated }
      );
    },
    reset: () => state.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // keep-alive sockets from Chromium would otherwise hold close() open
      }),
  };
}
