/*
 * A local hub sandbox: a stub of the StackOne hub backend (the contract the real `@stackone/hub` client
 * speaks) and the pages a user would see it in (a vendor's app embedding `<stackone-hub>`, the hosted
 * "auth link" page), both plain Node `http` servers on loopback, on two different origins.
 *
 *   const hub = await startHubSandbox();
 *   page.goto(hub.urls.embedded());            // the real hub UI, talking to the stub backend
 *   hub.failNext({ method: 'POST', path: '/hub/accounts', status: 503 });
 *   await hub.close();
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo, Socket } from 'node:net';
import {
  AUTH_METHOD_FIELD,
  type AuthMethods,
  activeFieldsFor,
  type ConfigShape,
  type ConnectorOptions,
  connectorConfigFor,
  DEFAULT_CONNECTOR,
  type FieldVariant,
  type HubField,
  type HubIntegration,
  integrationsFor,
  isOAuthIntegration,
  validateCredentials,
} from './connectors';
import { checkWithOkta } from './okta-check';
import {
  type AttackVariant,
  appPage,
  authLinkPage,
  type FrameVariant,
  framedHubPage,
  GENERIC_LOGO_SVG,
  HUB_SCRIPT_PATHS,
  indexPage,
  OKTA_LOGO_SVG,
  plainPage,
} from './pages';

export type { AuthMethods, ConfigShape, FieldVariant, HubField, HubIntegration } from './connectors';
export type { AttackVariant, FrameVariant } from './pages';

export const DEFAULT_SESSION = 'hub-session-demo';

/** Request headers the backend allows cross-origin (what the real client sends). */
export const ALLOWED_REQUEST_HEADERS = 'content-type, x-hub-session-token, x-hub-version';

export interface HubFault {
  /** Match only this method (case-insensitive); any method but OPTIONS when omitted. */
  method?: string;
  /** Match calls whose path+query starts with this; any path when omitted. */
  path?: string;
  status?: number;
  /** JSON answer (default `{statusCode, message}` when a status is given). */
  body?: unknown;
  /** Raw answer text, e.g. malformed JSON (sent as application/json). */
  rawBody?: string;
  retryAfterSeconds?: number;
  /** Wait before answering (or before the rest of the fault). */
  delayMs?: number;
  /** Never answer (the socket stays open until reset()/close()). */
  hang?: boolean;
  /** Destroy the socket without answering. */
  reset?: boolean;
  /** Handle the call (e.g. create the account), then destroy the socket before answering. */
  succeedThenDrop?: boolean;
  /** Answer with a redirect (`status`, default 307) to this address, which a hub client must never follow. */
  redirectTo?: string;
  /** Use this fault for the next n matching calls (default 1). */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path and query (also when the request target came in absolute form, through a proxy). */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
  /** When its head arrived (ms since the epoch): how far apart the extension's tries were, as the hub saw them. */
  receivedAt: number;
}

export interface HubAccount {
  id: string;
  provider: string;
  integrationId: string;
  credentials: Record<string, string>;
}

export interface EmbeddedPageOptions {
  session?: string;
  /** Load hub-legacy (`@stackone/hub@1.10.1`, no <label> elements) instead of 1.11.4. */
  legacy?: boolean;
  /** Put the hub in an iframe from the backend origin, or in a sandboxed (opaque-origin) iframe. */
  frame?: FrameVariant;
  /** Clickjacking patterns: invisible hub over a decoy, opaque cover over the hub, hidden hub. */
  attack?: AttackVariant;
  /** Open the hub in edit mode for this account (`account-id` attribute; the hub then PATCHes). */
  accountId?: string;
  /** Put the hub inside the vendor's own web component, in its open shadow root. */
  nested?: boolean;
  /** The hub element's `base-url` (default: this stub backend), e.g. a hostile page pointing it elsewhere. */
  baseUrl?: string;
  /** A busy vendor page (bench/hub-fill-cost.ts): this many extra table rows beside the hub… */
  busyRows?: number;
  /** …and one element changing this many times a second (a counter's text and a class on a row). */
  busyChangesPerSecond?: number;
}

export interface HubSandboxUrls {
  /** `/app`: the vendor's page embedding `<stackone-hub>`. */
  embedded(opts?: EmbeddedPageOptions): string;
  /** `/embedded/integrations?token=…`: the hosted auth-link page. */
  authLink(session?: string, opts?: { legacy?: boolean }): string;
  /** `/plain`: a vendor page without the hub. */
  plain(): string;
}

export interface SetConnectorOptions {
  shape?: ConfigShape;
  fields?: FieldVariant;
  /** Active Okta integrations (default 1: the hub then auto-selects it). */
  integrations?: number;
  /** Active non-Okta integrations listed too (default 0). */
  others?: number;
  /** How the hub offers Okta's OAuth 2.0 and API Key methods (default: API Key only). */
  authMethods?: AuthMethods;
}

export interface HubSandbox {
  /** http://127.0.0.1:<port> */
  backendOrigin: string;
  /** http://localhost:<port> */
  appOrigin: string;
  /** Session tokens the backend accepts (default one: 'hub-session-demo'); others -> 401. */
  sessions: Set<string>;
  /**
   * The connector the hub offers; with `session`, only to that session (a second vendor's hub, say), the
   * others keep theirs.
   */
  setConnector(options: SetConnectorOptions, scope?: { session?: string }): void;
  /** `GET /hub/settings` answer: an existing account puts the hub in edit mode (GET + PATCH the account). */
  setSettings(settings: { existingAccountId?: string | null; enabledFeatures?: string[] }): void;
  /** Queue faults for upcoming calls matching method+path prefix: each entry is used once (times: n repeats). */
  failNext(fault: HubFault): void;
  /** Every backend call (API and preflights; not the static assets or framed pages). */
  requests: RecordedRequest[];
  /** Accounts created by POST /hub/accounts. */
  accounts: HubAccount[];
  urls: HubSandboxUrls;
  /** The integrations currently listed (as `GET /hub/connectors` answers them). */
  integrations(): HubIntegration[];
  /** The fields the hub form shows for an integration (default: the first Okta one). */
  fields(integrationId?: string): HubField[];
  /**
   * Validate Okta credentials at link time by calling the org with the token, as a real hub does, through the
   * Okta sandbox listening on loopback at `oktaPort` (null: no check). Kept across `reset()`.
   */
  checkOktaAt(oktaPort: number | null): void;
  /** Back to defaults: sessions, connector, settings, faults, requests, accounts; hanging calls dropped. */
  reset(): void;
  close(): Promise<void>;
}

export interface HubSandboxOptions {
  backendPort?: number;
  appPort?: number;
  /** Accepted sessions (default `['hub-session-demo']`). */
  sessions?: string[];
  connector?: SetConnectorOptions;
  /** See `HubSandbox.checkOktaAt`. */
  oktaPort?: number;
}

const require = createRequire(import.meta.url);

/** The real web component builds, read once from node_modules. */
const hubScripts = new Map<string, string>();
function hubScript(which: 'current' | 'legacy'): string {
  let text = hubScripts.get(which);
  if (text === undefined) {
    const file = require.resolve(
      which === 'current' ? '@stackone/hub/webcomponent' : 'hub-legacy/webcomponent',
    );
    // Drop the source map reference: the map is not served.
    text = readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
    hubScripts.set(which, text);
  }
  return text;
}

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

interface ApiAnswer {
  status: number;
  body?: unknown;
}

/**
 * The address a request is for. Through a proxy (the Firefox tests reach the sandboxes through a PAC proxy) the
 * target comes in absolute form, `GET http://127.0.0.1:PORT/path HTTP/1.1`; directly, as a path. Both resolve
 * against the Host header the same way.
 */
function requestUrl(req: IncomingMessage, fallbackOrigin: string): URL {
  const base = req.headers.host ? `http://${req.headers.host}` : fallbackOrigin;
  try {
    return new URL(req.url ?? '/', base);
  } catch {
    return new URL('/', fallbackOrigin);
  }
}

const errorBody = (statusCode: number, message: string, provider_response?: string) =>
  provider_response === undefined ? { statusCode, message } : { statusCode, message, provider_response };

export async function startHubSandbox(options: HubSandboxOptions = {}): Promise<HubSandbox> {
  const defaultSessions = options.sessions ?? [DEFAULT_SESSION];
  const sessions = new Set<string>(defaultSessions);
  const requests: RecordedRequest[] = [];
  const accounts: HubAccount[] = [];
  let connector: ConnectorOptions = { ...DEFAULT_CONNECTOR, ...options.connector };
  let settings: { existingAccountId: string | null; enabledFeatures: string[] } = {
    existingAccountId: null,
    enabledFeatures: [],
  };
  let faults: (HubFault & { remaining: number })[] = [];
  const hanging = new Set<ServerResponse>();
  let oktaPort: number | null = options.oktaPort ?? null;

  let backendOrigin = '';
  let appOrigin = '';

  /** Connectors set for one session only (another vendor's hub, so to speak); the others get `connector`. */
  const sessionConnectors = new Map<string, ConnectorOptions>();
  const connectorFor = (session?: string) => (session && sessionConnectors.get(session)) || connector;
  const currentIntegrations = (active = connector) => integrationsFor(active, backendOrigin);
  const findIntegration = (id: string, active = connector) =>
    currentIntegrations(active).find((i) => i.integration_id === id);

  function takeFault(method: string, path: string): HubFault | undefined {
    const index = faults.findIndex((f) => {
      if (f.method ? f.method.toUpperCase() !== method : method === 'OPTIONS') return false;
      return f.path === undefined || path.startsWith(f.path);
    });
    if (index < 0) return undefined;
    const fault = faults[index] as HubFault & { remaining: number };
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(index, 1);
    return fault;
  }

  function providerCheck(
    integration: HubIntegration,
    credentials: Record<string, string>,
    active: ConnectorOptions,
  ): ApiAnswer | null {
    if (integration.provider !== 'okta') return null;
    if (isOAuthIntegration(integration) || credentials[AUTH_METHOD_FIELD.key] === 'oauth2') {
      return {
        status: 400,
        body: errorBody(
          400,
          "Okta's OAuth 2.0 method connects through the authentication window, not with credentials",
        ),
      };
    }
    const fields = activeFieldsFor(integration, active);
    for (const f of fields) {
      const value = credentials[f.key];
      if (f.secret || !value) continue;
      // The Admin Console domain is not where the Okta API lives.
      if (/^(https:\/\/)?[A-Za-z0-9-]+-admin(\.|\/?$)/.test(value)) {
        return {
          status: 400,
          body: errorBody(
            400,
            'Could not verify the Okta credentials',
            `${value} is an Okta Admin Console address; the Okta API is served from the org domain (without "-admin").`,
          ),
        };
      }
    }
    return null;
  }

  function checkCredentials(
    integrationId: unknown,
    credentials: unknown,
    active: ConnectorOptions,
  ): ApiAnswer | HubIntegration {
    if (typeof integrationId !== 'string' || integrationId === '') {
      return { status: 400, body: errorBody(400, 'integration_id is required') };
    }
    const integration = findIntegration(integrationId, active);
    if (!integration?.active) {
      return { status: 404, body: errorBody(404, `Integration ${integrationId} not found`) };
    }
    if (!credentials || typeof credentials !== 'object' || Array.isArray(credentials)) {
      return { status: 400, body: errorBody(400, 'credentials must be an object') };
    }
    const problems = validateCredentials(
      activeFieldsFor(integration, active),
      credentials as Record<string, unknown>,
    );
    if (problems.length > 0) {
      return {
        status: 400,
        body: errorBody(
          400,
          problems.length === 1
            ? (problems[0] as string)
            : 'The credentials do not match the connector configuration',
          JSON.stringify({ errors: problems }),
        ),
      };
    }
    return providerCheck(integration, credentials as Record<string, string>, active) ?? integration;
  }

  function accountView(account: HubAccount, active: ConnectorOptions) {
    const integration = findIntegration(account.integrationId, active);
    const fields = integration ? activeFieldsFor(integration, active) : [];
    const setupInformation: Record<string, string> = {};
    const secrets: Record<string, string> = {};
    for (const [key, value] of Object.entries(account.credentials)) {
      const f = fields.find((x) => x.key === key);
      if (f && (f.secret !== false || f.type === 'password')) {
        secrets[key] = `__secretvalue:**redacted**${value.slice(-4)}`;
      } else {
        setupInformation[key] = value;
      }
    }
    return {
      id: account.id,
      provider: account.provider,
      integrationId: account.integrationId,
      authConfigKey: integration?.authentication_config_key,
      environment: integration?.environment,
      setupInformation,
      secrets,
    };
  }

  /** The stub API proper; `method`/`url` already checked for session. */
  function route(method: string, url: URL, body: unknown, session: string): ApiAnswer {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const active = connectorFor(session);
    if (method === 'GET' && path === '/hub/settings') {
      const answer: Record<string, unknown> = { enabled_features: settings.enabledFeatures };
      if (settings.existingAccountId) answer.existing_account_id = settings.existingAccountId;
      return { status: 200, body: answer };
    }
    if (method === 'GET' && path === '/hub/connectors') {
      const provider = url.searchParams.get('provider');
      const list = currentIntegrations(active).filter((i) => !provider || i.provider === provider);
      return { status: 200, body: { integrations: list, external_trigger_token: null } };
    }
    const connectorMatch = /^\/hub\/connectors\/([^/]+)$/.exec(path);
    if (method === 'GET' && connectorMatch) {
      const integration = findIntegration(decodeURIComponent(connectorMatch[1] as string), active);
      if (!integration) return { status: 404, body: errorBody(404, 'Integration not found') };
      return { status: 200, body: connectorConfigFor(integration, active, backendOrigin) };
    }
    if (method === 'POST' && path === '/hub/accounts') {
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        return { status: 400, body: errorBody(400, 'The request body must be a JSON object') };
      }
      const { integration_id, credentials } = body as Record<string, unknown>;
      const checked = checkCredentials(integration_id, credentials, active);
      if ('status' in checked) return checked;
      const account: HubAccount = {
        id: `acc_${randomBytes(8).toString('hex')}`,
        provider: checked.provider,
        integrationId: checked.integration_id,
        credentials: { ...(credentials as Record<string, string>) },
      };
      accounts.push(account);
      return { status: 201, body: { id: account.id, provider: account.provider } };
    }
    const accountMatch = /^\/hub\/accounts\/([^/]+)$/.exec(path);
    if (accountMatch) {
      const account = accounts.find((a) => a.id === decodeURIComponent(accountMatch[1] as string));
      if (!account) return { status: 404, body: errorBody(404, 'Account not found') };
      if (method === 'GET') return { status: 200, body: accountView(account, active) };
      if (method === 'PATCH') {
        if (!body || typeof body !== 'object' || Array.isArray(body)) {
          return { status: 400, body: errorBody(400, 'The request body must be a JSON object') };
        }
        const { integration_id, credentials } = body as Record<string, unknown>;
        if (!credentials || typeof credentials !== 'object' || Array.isArray(credentials)) {
          return { status: 400, body: errorBody(400, 'credentials must be an object') };
        }
        // Edit mode: the hub leaves out secrets the user did not re-enter; they keep their values.
        const merged = { ...account.credentials, ...(credentials as Record<string, string>) };
        const checked = checkCredentials(integration_id ?? account.integrationId, merged, active);
        if ('status' in checked) return checked;
        account.integrationId = checked.integration_id;
        account.credentials = merged;
        return { status: 200, body: { id: account.id, provider: account.provider } };
      }
    }
    if (path.startsWith('/hub/')) {
      return { status: 404, body: errorBody(404, `Cannot ${method} ${path}`) };
    }
    return { status: 404, body: errorBody(404, 'Not found') };
  }

  function setCors(res: ServerResponse): void {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_REQUEST_HEADERS);
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    res.setHeader('Access-Control-Max-Age', '600');
  }

  function sendJson(
    res: ServerResponse,
    status: number,
    body: unknown,
    extraHeaders: Record<string, string> = {},
  ) {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...extraHeaders });
    res.end(text);
  }

  /** Static things both servers serve: the real web component builds, logos, the framed hub page. */
  function serveShared(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return true;
    }
    if (url.pathname === HUB_SCRIPT_PATHS.current || url.pathname === HUB_SCRIPT_PATHS.legacy) {
      const which = url.pathname === HUB_SCRIPT_PATHS.current ? 'current' : 'legacy';
      res.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-cache',
        'Access-Control-Allow-Origin': '*',
      });
      res.end(req.method === 'HEAD' ? undefined : hubScript(which));
      return true;
    }
    const logo = /^\/assets\/logos\/([a-z0-9_-]+)\.svg$/.exec(url.pathname);
    if (logo) {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Access-Control-Allow-Origin': '*' });
      res.end(logo[1] === 'okta' ? OKTA_LOGO_SVG : GENERIC_LOGO_SVG);
      return true;
    }
    if (url.pathname === '/frame/hub') {
      const legacy = url.searchParams.get('legacy') === '1';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(
        framedHubPage({
          session: url.searchParams.get('session') ?? DEFAULT_SESSION,
          backendOrigin,
          scriptSrc: legacy ? HUB_SCRIPT_PATHS.legacy : HUB_SCRIPT_PATHS.current,
        }),
      );
      return true;
    }
    return false;
  }

  async function handleBackend(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = requestUrl(req, backendOrigin);
    const path = `${url.pathname}${url.search}`;
    // One request per connection: a dropped answer must surface as an error, not as a silent
    // browser-level resend on a reused keep-alive socket (which would create a second account).
    res.setHeader('Connection', 'close');
    if (serveShared(req, res, url)) return;
    let text: string;
    try {
      text = await readBody(req);
    } catch {
      return;
    }
    const body = parseBody(text);
    requests.push({ method, path, headers: { ...req.headers }, body, receivedAt });
    setCors(res);

    if (method === 'OPTIONS') {
      const fault = takeFault(method, path);
      if (!fault) {
        if (req.headers['access-control-request-private-network'] === 'true') {
          res.setHeader('Access-Control-Allow-Private-Network', 'true');
        }
        res.writeHead(204);
        res.end();
        return;
      }
      await applyFault(fault, req, res, () => ({ status: 204 }));
      return;
    }

    const refusedByOkta = await checkLinkWithOkta(method, url, body, req.headers['x-hub-session-token']);
    const answer = (): ApiAnswer => {
      if (refusedByOkta) return refusedByOkta;
      if (!url.pathname.startsWith('/hub/')) return { status: 404, body: errorBody(404, 'Not found') };
      const token = req.headers['x-hub-session-token'];
      if (typeof token !== 'string' || !sessions.has(token)) {
        return {
          status: 401,
          body: errorBody(401, 'Unauthorized: the hub session is missing, invalid or expired'),
        };
      }
      if ((method === 'POST' || method === 'PATCH') && typeof body === 'string') {
        return { status: 400, body: errorBody(400, 'The request body is not valid JSON') };
      }
      return route(method, url, body, token);
    };

    const fault = takeFault(method, path);
    if (fault) {
      await applyFault(fault, req, res, answer);
      return;
    }
    const result = answer();
    sendJson(res, result.status, result.body);
  }

  /**
   * A link (a new account, or an account's credentials replaced) with Okta credentials, from a valid session:
   * Okta is asked whether it takes the token. The hub's refusal when it does not; null otherwise.
   */
  async function checkLinkWithOkta(
    method: string,
    url: URL,
    body: unknown,
    session: unknown,
  ): Promise<ApiAnswer | null> {
    if (oktaPort === null || typeof session !== 'string' || !sessions.has(session)) return null;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
    const path = url.pathname.replace(/\/+$/, '');
    const accountMatch = /^\/hub\/accounts\/([^/]+)$/.exec(path);
    const isLink = (method === 'POST' && path === '/hub/accounts') || (method === 'PATCH' && accountMatch);
    if (!isLink) return null;
    const { integration_id, credentials } = body as Record<string, unknown>;
    if (!credentials || typeof credentials !== 'object' || Array.isArray(credentials)) return null;
    const account = accountMatch
      ? accounts.find((a) => a.id === decodeURIComponent(accountMatch[1] ?? ''))
      : undefined;
    const active = connectorFor(session);
    const integration = findIntegration(String(integration_id ?? account?.integrationId ?? ''), active);
    if (integration?.provider !== 'okta' || isOAuthIntegration(integration)) return null;
    const failure = await checkWithOkta(
      oktaPort,
      activeFieldsFor(integration, active),
      credentials as Record<string, string>,
    );
    return (
      failure && {
        status: failure.status,
        body: errorBody(failure.status, failure.message, failure.providerResponse),
      }
    );
  }

  async function applyFault(
    fault: HubFault,
    req: IncomingMessage,
    res: ServerResponse,
    answer: () => ApiAnswer,
  ): Promise<void> {
    if (fault.delayMs) await sleep(fault.delayMs);
    if (res.destroyed || req.socket.destroyed) return;
    if (fault.hang) {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (fault.reset) {
      req.socket.destroy();
      return;
    }
    if (fault.succeedThenDrop) {
      answer();
      req.socket.destroy();
      return;
    }
    if (fault.redirectTo !== undefined) {
      res.writeHead(fault.status ?? 307, { Location: fault.redirectTo, 'Content-Length': '0' });
      res.end();
      return;
    }
    const hasAnswer =
      fault.status !== undefined ||
      fault.body !== undefined ||
      fault.rawBody !== undefined ||
      fault.retryAfterSeconds !== undefined;
    if (!hasAnswer) {
      const result = answer();
      sendJson(res, result.status, result.body);
      return;
    }
    const status = fault.status ?? (fault.retryAfterSeconds !== undefined ? 429 : 500);
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
    if (fault.retryAfterSeconds !== undefined) headers['Retry-After'] = String(fault.retryAfterSeconds);
    let text: string;
    if (fault.rawBody !== undefined) text = fault.rawBody;
    else if (fault.body !== undefined) text = JSON.stringify(fault.body);
    else text = JSON.stringify(errorBody(status, http.STATUS_CODES[status] ?? 'Error'));
    res.writeHead(status, headers);
    res.end(text);
  }

  function handleApp(req: IncomingMessage, res: ServerResponse): void {
    const url = requestUrl(req, appOrigin);
    if (serveShared(req, res, url)) return;
    const html = (status: number, page: string) => {
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(page);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      html(405, 'Method not allowed');
      return;
    }
    const q = url.searchParams;
    const legacy = q.get('legacy') === '1';
    switch (url.pathname) {
      case '/':
        html(
          200,
          indexPage([
            { href: urls.embedded(), label: 'Vendor app embedding the hub (1.11.4)' },
            { href: urls.embedded({ legacy: true }), label: 'Vendor app embedding hub-legacy (1.10.1)' },
            { href: urls.authLink(), label: 'Hosted auth link page' },
            { href: urls.embedded({ nested: true }), label: "Hub inside the vendor's own web component" },
            { href: urls.embedded({ frame: 'cross-origin' }), label: 'Hub in a cross-origin iframe' },
            { href: urls.embedded({ frame: 'sandboxed' }), label: 'Hub in a sandboxed iframe' },
            {
              href: urls.embedded({ attack: 'transparent' }),
              label: 'Clickjacking: transparent hub over a decoy',
            },
            {
              href: urls.embedded({ attack: 'covered' }),
              label: 'Clickjacking: hub covered by an opaque element',
            },
            { href: urls.embedded({ attack: 'hidden' }), label: 'Clickjacking: hidden hub' },
            { href: urls.plain(), label: 'Page without the hub' },
          ]),
        );
        return;
      case '/app': {
        const session = q.get('session') ?? DEFAULT_SESSION;
        const frameParam = q.get('frame');
        const frame: FrameVariant | undefined =
          frameParam === 'cross-origin' || frameParam === 'sandboxed' ? frameParam : undefined;
        const attackParam = q.get('attack');
        const attack: AttackVariant | undefined =
          attackParam === 'transparent' ||
          attackParam === 'covered' ||
          attackParam === 'hidden' ||
          attackParam === 'hide-on-fill'
            ? attackParam
            : undefined;
        const frameQuery = new URLSearchParams({ session });
        if (legacy) frameQuery.set('legacy', '1');
        const frameSrc =
          frame === 'cross-origin'
            ? `${backendOrigin}/frame/hub?${frameQuery}`
            : frame === 'sandboxed'
              ? `${appOrigin}/frame/hub?${frameQuery}`
              : undefined;
        html(
          200,
          appPage({
            session,
            backendOrigin: q.get('base') ?? backendOrigin,
            legacy,
            frame,
            attack,
            frameSrc,
            accountId: q.get('account') ?? undefined,
            nested: q.get('nest') === 'shadow',
            ...(q.has('busyRows') || q.has('busyPerSecond')
              ? {
                  busy: {
                    rows: Number(q.get('busyRows') ?? 0),
                    changesPerSecond: Number(q.get('busyPerSecond') ?? 0),
                  },
                }
              : {}),
          }),
        );
        return;
      }
      case '/embedded/integrations':
        html(
          200,
          authLinkPage({
            session: q.get('token') ?? '',
            backendOrigin,
            scriptSrc: legacy ? HUB_SCRIPT_PATHS.legacy : HUB_SCRIPT_PATHS.current,
          }),
        );
        return;
      case '/plain':
        html(200, plainPage());
        return;
      default:
        html(404, 'Not found');
    }
  }

  const onError = (res: ServerResponse) => (error: unknown) => {
    if (!res.headersSent && !res.destroyed) sendJson(res, 500, errorBody(500, String(error)));
  };
  const backend = http.createServer((req, res) => {
    handleBackend(req, res).catch(onError(res));
  });
  const appHandler = (req: IncomingMessage, res: ServerResponse) => {
    try {
      handleApp(req, res);
    } catch (error) {
      onError(res)(error);
    }
  };
  const app4 = http.createServer(appHandler);
  const app6 = http.createServer(appHandler);
  const sockets = new Set<Socket>();
  for (const server of [backend, app4, app6]) {
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  }

  const backendPort = await listen(backend, options.backendPort ?? 0, '127.0.0.1');
  const appPort = await listen(app4, options.appPort ?? 0, '127.0.0.1');
  // `localhost` may resolve to ::1 first (Node's fetch does); answer there too when IPv6 is available.
  await listen(app6, appPort, '::1').catch(() => undefined);
  backendOrigin = `http://127.0.0.1:${backendPort}`;
  appOrigin = `http://localhost:${appPort}`;

  const urls: HubSandboxUrls = {
    embedded(opts: EmbeddedPageOptions = {}) {
      const q = new URLSearchParams();
      if (opts.session !== undefined) q.set('session', opts.session);
      if (opts.legacy) q.set('legacy', '1');
      if (opts.frame) q.set('frame', opts.frame);
      if (opts.attack) q.set('attack', opts.attack);
      if (opts.accountId) q.set('account', opts.accountId);
      if (opts.nested) q.set('nest', 'shadow');
      if (opts.baseUrl) q.set('base', opts.baseUrl);
      if (opts.busyRows) q.set('busyRows', String(opts.busyRows));
      if (opts.busyChangesPerSecond) q.set('busyPerSecond', String(opts.busyChangesPerSecond));
      const query = q.toString();
      return `${appOrigin}/app${query ? `?${query}` : ''}`;
    },
    authLink(session = DEFAULT_SESSION, opts: { legacy?: boolean } = {}) {
      const q = new URLSearchParams({ token: session });
      if (opts.legacy) q.set('legacy', '1');
      return `${appOrigin}/embedded/integrations?${q}`;
    },
    plain() {
      return `${appOrigin}/plain`;
    },
  };

  const dropHanging = () => {
    for (const res of hanging) res.socket?.destroy();
    hanging.clear();
  };

  return {
    backendOrigin,
    appOrigin,
    sessions,
    requests,
    accounts,
    urls,
    setConnector(next: SetConnectorOptions, { session }: { session?: string } = {}) {
      const merged = { ...(session ? connectorFor(session) : connector), ...next };
      if (!Number.isInteger(merged.integrations) || merged.integrations < 0) {
        throw new Error(`integrations must be a whole number >= 0, got ${merged.integrations}`);
      }
      if (!Number.isInteger(merged.others) || merged.others < 0) {
        throw new Error(`others must be a whole number >= 0, got ${merged.others}`);
      }
      if (session) sessionConnectors.set(session, merged);
      else connector = merged;
    },
    setSettings(next) {
      settings = {
        existingAccountId:
          next.existingAccountId === undefined ? settings.existingAccountId : next.existingAccountId,
        enabledFeatures: next.enabledFeatures ?? settings.enabledFeatures,
      };
    },
    checkOktaAt(port: number | null) {
      oktaPort = port;
    },
    failNext(fault: HubFault) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1)
        throw new Error(`times must be a whole number >= 1, got ${times}`);
      faults.push({ ...fault, remaining: times });
    },
    integrations: currentIntegrations,
    fields(integrationId?: string) {
      const integration = integrationId
        ? findIntegration(integrationId)
        : currentIntegrations().find((i) => i.provider === 'okta');
      return integration ? activeFieldsFor(integration, connector) : [];
    },
    reset() {
      sessions.clear();
      for (const s of defaultSessions) sessions.add(s);
      connector = { ...DEFAULT_CONNECTOR, ...options.connector };
      sessionConnectors.clear();
      settings = { existingAccountId: null, enabledFeatures: [] };
      faults = [];
      requests.length = 0;
      accounts.length = 0;
      dropHanging();
    },
    async close() {
      dropHanging();
      for (const socket of sockets) socket.destroy();
      await Promise.all([closeServer(backend), closeServer(app4), closeServer(app6)]);
    },
  };
}
