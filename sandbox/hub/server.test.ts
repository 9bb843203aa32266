// @vitest-environment node
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SESSION, type HubSandbox, startHubSandbox } from './server';

const TOKEN = '00Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3a';

let hub: HubSandbox;

beforeAll(async () => {
  hub = await startHubSandbox();
});
afterAll(async () => {
  await hub.close();
});
beforeEach(() => {
  hub.reset();
});

interface CallOptions {
  method?: string;
  session?: string | null;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function call(path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...options.headers };
  const session = options.session === undefined ? DEFAULT_SESSION : options.session;
  if (session !== null) headers['x-hub-session-token'] = session;
  const response = await fetch(`${hub.backendOrigin}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    signal: options.signal,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: json as Record<string, unknown> };
}

const createAccount = (credentials: Record<string, string>, integration_id = 'int_okta_01') =>
  call('/hub/accounts', { method: 'POST', body: { integration_id, credentials } });

type Field = {
  key: string;
  label: string;
  type: string;
  required: boolean;
  secret: boolean;
  placeholder: string;
};

describe('sessions', () => {
  const endpoints: [string, string, unknown?][] = [
    ['GET', '/hub/settings'],
    ['GET', '/hub/connectors'],
    ['GET', '/hub/connectors?provider=okta'],
    ['GET', '/hub/connectors/int_okta_01'],
    ['POST', '/hub/accounts', { integration_id: 'int_okta_01', credentials: {} }],
    ['PATCH', '/hub/accounts/acc_x', { integration_id: 'int_okta_01', credentials: {} }],
    ['GET', '/hub/accounts/acc_x'],
  ];
  it.each(endpoints)('%s %s without or with a wrong session answers 401', async (method, path, body) => {
    for (const session of [null, 'not-a-session', '']) {
      const res = await call(path, { method, body, session });
      expect(res.status).toBe(401);
      expect(res.json).toMatchObject({ statusCode: 401 });
      expect(res.json.message).toEqual(expect.any(String));
    }
    expect(hub.accounts).toHaveLength(0);
  });

  it('accepts the default session and sessions added later; removed ones stop working', async () => {
    expect([...hub.sessions]).toEqual(['hub-session-demo']);
    expect((await call('/hub/settings')).status).toBe(200);
    expect((await call('/hub/settings', { session: 'another' })).status).toBe(401);
    hub.sessions.add('another');
    expect((await call('/hub/settings', { session: 'another' })).status).toBe(200);
    hub.sessions.delete(DEFAULT_SESSION);
    expect((await call('/hub/settings')).status).toBe(401);
  });

  it('can be started with other sessions', async () => {
    const other = await startHubSandbox({ sessions: ['s1', 's2'] });
    try {
      const res = await fetch(`${other.backendOrigin}/hub/settings`, {
        headers: { 'x-hub-session-token': 's2' },
      });
      expect(res.status).toBe(200);
      const bad = await fetch(`${other.backendOrigin}/hub/settings`, {
        headers: { 'x-hub-session-token': DEFAULT_SESSION },
      });
      expect(bad.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('settings and connectors', () => {
  it('GET /hub/settings answers the enabled features and, when set, the existing account', async () => {
    expect((await call('/hub/settings')).json).toEqual({ enabled_features: [] });
    hub.setSettings({ existingAccountId: 'acc_1', enabledFeatures: ['x'] });
    expect((await call('/hub/settings')).json).toEqual({
      enabled_features: ['x'],
      existing_account_id: 'acc_1',
    });
  });

  it('lists one active Okta integration (auto-selected by the hub) and an inactive non-Okta one', async () => {
    const res = await call('/hub/connectors');
    expect(res.status).toBe(200);
    const list = res.json.integrations as Record<string, unknown>[];
    expect(list.filter((i) => i.active)).toHaveLength(1);
    expect(list[0]).toEqual({
      active: true,
      name: 'Okta',
      provider: 'okta',
      type: 'iam',
      version: '1.0.0',
      authentication_config_key: 'api_token',
      environment: 'production',
      integration_id: 'int_okta_01',
      logo_url: `${hub.backendOrigin}/assets/logos/okta.svg`,
    });
    expect(list.some((i) => i.provider !== 'okta' && i.active === false)).toBe(true);
  });

  it('lists several Okta integrations and other providers, filtered by ?provider=', async () => {
    hub.setConnector({ integrations: 3, others: 2 });
    const all = (await call('/hub/connectors')).json.integrations as Record<string, unknown>[];
    expect(all.filter((i) => i.provider === 'okta' && i.active)).toHaveLength(3);
    expect(all.filter((i) => i.provider !== 'okta' && i.active)).toHaveLength(2);
    expect(new Set(all.map((i) => i.integration_id)).size).toBe(all.length);
    expect(all.filter((i) => i.provider === 'okta').map((i) => i.environment)).toEqual([
      'production',
      'sandbox',
      'sandbox',
    ]);
    const okta = (await call('/hub/connectors?provider=okta')).json.integrations as Record<string, unknown>[];
    expect(okta.map((i) => i.provider)).toEqual(['okta', 'okta', 'okta']);
    hub.setConnector({ integrations: 0 });
    expect((await call('/hub/connectors?provider=okta')).json.integrations).toEqual([]);
  });

  it('rejects impossible connector settings', () => {
    expect(() => hub.setConnector({ integrations: -1 })).toThrow();
    expect(() => hub.setConnector({ integrations: 1.5 })).toThrow();
  });

  const variants = {
    standard: {
      keys: ['okta_domain', 'api_token', 'event_hook_name'],
      labels: ['Okta Domain URL', 'API Token', 'Event Hook Name'],
      placeholder: 'your-org.okta.com',
    },
    url: {
      keys: ['okta_domain_url', 'api_token', 'event_hook_name'],
      labels: ['Okta Domain URL', 'API Token', 'Event Hook Name'],
      placeholder: 'https://your-org.okta.com',
    },
    subdomain: {
      keys: ['subdomain', 'token'],
      labels: ['Organization URL', 'API Token'],
      placeholder: 'your-org',
    },
    'unknown-keys': {
      keys: ['okta_tenant_host', 'svc_credential', 'notif_hook_title'],
      labels: ['Okta Domain URL', 'API Token', 'Event Hook Name'],
      placeholder: 'your-org.okta.com',
    },
  } as const;

  describe.each(Object.entries(variants))('field variant %s', (variant, expected) => {
    const check = (fields: Field[]) => {
      expect(fields.map((f) => f.key)).toEqual(expected.keys);
      expect(fields.map((f) => f.label)).toEqual(expected.labels);
      expect(fields[0]?.placeholder).toBe(expected.placeholder);
      const token = fields[1] as Field;
      expect(token).toMatchObject({ type: 'password', secret: true, required: true });
      expect(fields[0]).toMatchObject({ type: 'text', secret: false, required: true });
      if (fields[2]) expect(fields[2].required).toBe(false);
      for (const f of fields) expect(f).toHaveProperty('readOnly', false);
    };

    it('Falcon shape: {config: {key, name, type, configFields}, hub_settings}', async () => {
      hub.setConnector({ shape: 'falcon', fields: variant as keyof typeof variants });
      const res = await call('/hub/connectors/int_okta_01');
      expect(res.status).toBe(200);
      expect(res.json.hub_settings).toEqual(expect.any(Object));
      const config = res.json.config as Record<string, unknown>;
      expect(config).toMatchObject({ key: 'okta', name: 'Okta', type: 'custom' });
      expect(config).not.toHaveProperty('authentication');
      check(config.configFields as Field[]);
      expect(hub.fields().map((f) => f.key)).toEqual(expected.keys);
    });

    it("legacy shape: authentication[authKey][environment].fields, with OAuth 2.0's auth config first", async () => {
      hub.setConnector({ shape: 'legacy', fields: variant as keyof typeof variants, integrations: 2 });
      for (const [id, env] of [
        ['int_okta_01', 'production'],
        ['int_okta_02', 'sandbox'],
      ] as const) {
        const res = await call(`/hub/connectors/${id}`);
        const config = res.json.config as Record<string, unknown>;
        expect(config).not.toHaveProperty('configFields');
        const auth = config.authentication as Record<
          string,
          Record<string, { type: string; fields: Field[] }>
        >;
        expect(Object.keys(auth)[0]).toBe('oauth2');
        expect(auth.oauth2?.production?.fields.map((f) => f.key)).toEqual([
          'okta_domain',
          'client_id',
          'client_secret',
        ]);
        const picked = auth.api_token?.[env];
        expect(picked?.type).toBe('custom');
        check(picked?.fields as Field[]);
      }
    });
  });

  it("offers Okta's two auth methods as two integrations, both named Okta, OAuth 2.0 first", async () => {
    hub.setConnector({ authMethods: 'both' });
    const list = (await call('/hub/connectors')).json.integrations as Record<string, unknown>[];
    expect(
      list.filter((i) => i.active).map((i) => [i.integration_id, i.name, i.authentication_config_key]),
    ).toEqual([
      ['int_okta_oauth', 'Okta', 'oauth2'],
      ['int_okta_01', 'Okta', 'api_token'],
    ]);
    const oauth = (await call('/hub/connectors/int_okta_oauth')).json.config as Record<string, unknown>;
    expect(oauth.type).toBe('oauth2');
    expect((oauth.configFields as Field[]).map((f) => f.key)).toEqual([
      'okta_domain',
      'client_id',
      'client_secret',
    ]);
    const apiKey = (await call('/hub/connectors/int_okta_01')).json.config as Record<string, unknown>;
    expect(apiKey.type).toBe('custom');
    expect((apiKey.configFields as Field[]).map((f) => f.key)).toEqual([
      'okta_domain',
      'api_token',
      'event_hook_name',
    ]);
    // OAuth 2.0 connects through its authentication window: no account from credentials.
    const refused = await call('/hub/accounts', {
      method: 'POST',
      body: {
        integration_id: 'int_okta_oauth',
        credentials: { okta_domain: 'acme.okta.com', client_id: 'c', client_secret: 's' },
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toContain('OAuth 2.0');
    expect(hub.accounts).toHaveLength(0);
  });

  it('a connector whose form asks for the method first: only API Key takes credentials', async () => {
    hub.setConnector({ authMethods: 'chooser', shape: 'legacy' });
    const config = (await call('/hub/connectors/int_okta_01')).json.config as {
      authentication: Record<string, Record<string, { fields: (Field & { options?: unknown })[] }>>;
    };
    const fields = config.authentication.api_token?.production?.fields ?? [];
    expect(fields.map((f) => [f.key, f.type])).toEqual([
      ['auth_method', 'select'],
      ['okta_domain', 'text'],
      ['api_token', 'password'],
      ['event_hook_name', 'text'],
    ]);
    expect(fields[0]?.options).toEqual([
      { value: 'oauth2', label: 'OAuth 2.0' },
      { value: 'api_key', label: 'API Key' },
    ]);
    const credentials = { okta_domain: 'acme.okta.com', api_token: TOKEN };
    expect((await createAccount(credentials)).status).toBe(400);
    expect((await createAccount({ ...credentials, auth_method: 'oauth2' })).json.message).toContain(
      'OAuth 2.0',
    );
    expect((await createAccount({ ...credentials, auth_method: 'basic' })).status).toBe(400);
    expect((await createAccount({ ...credentials, auth_method: 'api_key' })).status).toBe(201);
    expect(hub.accounts).toHaveLength(1);
  });

  it('can give one session a connector of its own (another hub), the others keep theirs', async () => {
    hub.sessions.add('other-hub-session');
    hub.setConnector({ integrations: 2 }, { session: 'other-hub-session' });
    const ids = async (session: string) =>
      (
        (await call('/hub/connectors', { session })).json.integrations as {
          integration_id: string;
          active: boolean;
        }[]
      )
        .filter((i) => i.active)
        .map((i) => i.integration_id);
    expect(await ids('other-hub-session')).toEqual(['int_okta_01', 'int_okta_02']);
    expect(await ids(DEFAULT_SESSION)).toEqual(['int_okta_01']);
    hub.reset();
    hub.sessions.add('other-hub-session');
    expect(await ids('other-hub-session')).toEqual(['int_okta_01']);
  });

  it('answers 404 for an unknown integration id', async () => {
    const res = await call('/hub/connectors/int_nope');
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ statusCode: 404 });
  });
});

describe('accounts', () => {
  it('creates an account for valid credentials (201 {id, provider}) and records it', async () => {
    const res = await createAccount({
      okta_domain: 'acme.okta.com',
      api_token: TOKEN,
      event_hook_name: 'Hook',
    });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ id: expect.stringMatching(/^acc_[0-9a-f]{16}$/), provider: 'okta' });
    expect(hub.accounts).toEqual([
      {
        id: res.json.id,
        provider: 'okta',
        integrationId: 'int_okta_01',
        credentials: { okta_domain: 'acme.okta.com', api_token: TOKEN, event_hook_name: 'Hook' },
      },
    ]);
  });

  it('accepts the optional field left out', async () => {
    expect((await createAccount({ okta_domain: 'acme.oktapreview.com', api_token: TOKEN })).status).toBe(201);
  });

  const badCases: [string, Record<string, string>, RegExp][] = [
    ['a missing required field', { okta_domain: 'acme.okta.com' }, /API Token is required/],
    ['an empty required field', { okta_domain: '', api_token: TOKEN }, /Okta Domain URL is required/],
    [
      'a URL where a host is expected',
      { okta_domain: 'https://acme.okta.com', api_token: TOKEN },
      /your-org\.okta\.com/,
    ],
    ['a non-Okta host', { okta_domain: 'acme.example.com', api_token: TOKEN }, /Okta Domain URL/],
    [
      'an unknown key',
      { okta_domain: 'acme.okta.com', api_token: TOKEN, domain: 'x' },
      /Unexpected.*"domain"/,
    ],
    ['the Admin Console domain', { okta_domain: 'acme-admin.okta.com', api_token: TOKEN }, /Admin Console/],
  ];
  it.each(badCases)(
    '400 {statusCode, message, provider_response} for %s',
    async (_, credentials, pattern) => {
      const res = await createAccount(credentials);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({
        statusCode: 400,
        message: expect.any(String),
        provider_response: expect.any(String),
      });
      expect(`${res.json.message} ${res.json.provider_response}`).toMatch(pattern);
      expect(hub.accounts).toHaveLength(0);
    },
  );

  it('validates each variant against its own keys and patterns', async () => {
    hub.setConnector({ fields: 'url' });
    expect((await createAccount({ okta_domain_url: 'acme.okta.com', api_token: TOKEN })).status).toBe(400);
    expect((await createAccount({ okta_domain_url: 'https://acme.okta.com', api_token: TOKEN })).status).toBe(
      201,
    );
    hub.setConnector({ fields: 'subdomain' });
    expect((await createAccount({ subdomain: 'acme.okta.com', token: TOKEN })).status).toBe(400);
    expect((await createAccount({ subdomain: 'acme', api_token: TOKEN })).status).toBe(400);
    expect((await createAccount({ subdomain: 'acme', token: TOKEN })).status).toBe(201);
    hub.setConnector({ fields: 'unknown-keys', shape: 'legacy' });
    expect((await createAccount({ okta_domain: 'acme.okta.com', api_token: TOKEN })).status).toBe(400);
    expect((await createAccount({ okta_tenant_host: 'acme.okta.com', svc_credential: TOKEN })).status).toBe(
      201,
    );
    expect(hub.accounts.map((a) => Object.keys(a.credentials))).toEqual([
      ['okta_domain_url', 'api_token'],
      ['subdomain', 'token'],
      ['okta_tenant_host', 'svc_credential'],
    ]);
  });

  it('400 for malformed JSON, a non-object body or credentials; 404 for an unknown integration', async () => {
    const malformed = await call('/hub/accounts', { method: 'POST', rawBody: '{"integration_id":' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.statusCode).toBe(400);
    expect((await call('/hub/accounts', { method: 'POST', body: [1] })).status).toBe(400);
    expect(
      (
        await call('/hub/accounts', {
          method: 'POST',
          body: { integration_id: 'int_okta_01', credentials: 'x' },
        })
      ).status,
    ).toBe(400);
    expect((await call('/hub/accounts', { method: 'POST', body: { credentials: {} } })).status).toBe(400);
    const unknown = await createAccount({ okta_domain: 'acme.okta.com', api_token: TOKEN }, 'int_nope');
    expect(unknown.status).toBe(404);
    expect(unknown.json.statusCode).toBe(404);
    expect(hub.accounts).toHaveLength(0);
  });

  it('GET /hub/accounts/{id} shows setup information and redacted secrets; PATCH updates, keeping secrets', async () => {
    const created = await createAccount({ okta_domain: 'acme.okta.com', api_token: TOKEN });
    const id = created.json.id as string;
    const view = await call(`/hub/accounts/${id}`);
    expect(view.json).toMatchObject({
      id,
      provider: 'okta',
      integrationId: 'int_okta_01',
      authConfigKey: 'api_token',
      environment: 'production',
      setupInformation: { okta_domain: 'acme.okta.com' },
      secrets: { api_token: `__secretvalue:**redacted**${TOKEN.slice(-4)}` },
    });
    expect(view.text).not.toContain(TOKEN);
    const patched = await call(`/hub/accounts/${id}`, {
      method: 'PATCH',
      body: { integration_id: 'int_okta_01', credentials: { okta_domain: 'acme.oktapreview.com' } },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toEqual({ id, provider: 'okta' });
    expect(hub.accounts[0]?.credentials).toEqual({ okta_domain: 'acme.oktapreview.com', api_token: TOKEN });
    const bad = await call(`/hub/accounts/${id}`, {
      method: 'PATCH',
      body: { integration_id: 'int_okta_01', credentials: { okta_domain: 'nope' } },
    });
    expect(bad.status).toBe(400);
    expect(hub.accounts).toHaveLength(1);
    expect(
      (await call('/hub/accounts/acc_missing', { method: 'PATCH', body: { credentials: {} } })).status,
    ).toBe(404);
  });

  it('answers 404 with {statusCode, message} for unknown hub paths (e.g. the OAuth-only connection attempts)', async () => {
    const res = await call('/hub/connection_attempts', { method: 'POST', body: { token: DEFAULT_SESSION } });
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ statusCode: 404, message: expect.any(String) });
  });
});

describe('faults', () => {
  const valid = { okta_domain: 'acme.okta.com', api_token: TOKEN };

  it('answers a queued status and body once, then behaves normally', async () => {
    hub.failNext({
      method: 'POST',
      path: '/hub/accounts',
      status: 503,
      body: { statusCode: 503, message: 'down' },
    });
    const first = await createAccount(valid);
    expect(first.status).toBe(503);
    expect(first.json).toEqual({ statusCode: 503, message: 'down' });
    expect(hub.accounts).toHaveLength(0);
    expect((await createAccount(valid)).status).toBe(201);
  });

  it('defaults the body to {statusCode, message} and the status to 500', async () => {
    hub.failNext({ path: '/hub/settings', status: 502 });
    expect((await call('/hub/settings')).json).toEqual({ statusCode: 502, message: 'Bad Gateway' });
    hub.failNext({ path: '/hub/settings', body: { oops: true } });
    const res = await call('/hub/settings');
    expect(res.status).toBe(500);
    expect(res.json).toEqual({ oops: true });
  });

  it('sends raw (malformed) bodies', async () => {
    hub.failNext({ path: '/hub/accounts', rawBody: '{"id": "acc_1", ', status: 201 });
    const res = await createAccount(valid);
    expect(res.status).toBe(201);
    expect(res.text).toBe('{"id": "acc_1", ');
    expect(res.json).toBeUndefined();
  });

  it('sends Retry-After (429 by default), readable cross-origin', async () => {
    hub.failNext({ method: 'POST', path: '/hub/accounts', retryAfterSeconds: 3 });
    const res = await createAccount(valid);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Retry-After/i);
  });

  it('repeats a fault `times` times', async () => {
    hub.failNext({ path: '/hub/connectors', status: 500, times: 2 });
    expect((await call('/hub/connectors')).status).toBe(500);
    expect((await call('/hub/connectors/int_okta_01')).status).toBe(500);
    expect((await call('/hub/connectors')).status).toBe(200);
    expect(() => hub.failNext({ status: 500, times: 0 })).toThrow();
  });

  it('matches by method and path prefix only', async () => {
    hub.failNext({ method: 'PATCH', path: '/hub/accounts', status: 500 });
    hub.failNext({ method: 'GET', path: '/hub/connectors?provider=okta', status: 418 });
    expect((await createAccount(valid)).status).toBe(201);
    expect((await call('/hub/connectors')).status).toBe(200);
    expect((await call('/hub/connectors?provider=okta')).status).toBe(418);
  });

  it('does not spend method-less faults on CORS preflights', async () => {
    hub.failNext({ path: '/hub/accounts', status: 500 });
    const preflight = await call('/hub/accounts', { method: 'OPTIONS', session: null });
    expect(preflight.status).toBe(204);
    expect((await createAccount(valid)).status).toBe(500);
    hub.failNext({ method: 'OPTIONS', path: '/hub/accounts', status: 403 });
    expect((await call('/hub/accounts', { method: 'OPTIONS', session: null })).status).toBe(403);
  });

  it('delays answers', async () => {
    hub.failNext({ path: '/hub/settings', delayMs: 300 });
    const started = Date.now();
    const res = await call('/hub/settings');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    hub.failNext({ path: '/hub/settings', delayMs: 100, status: 504 });
    expect((await call('/hub/settings')).status).toBe(504);
  });

  it('hangs (never answers) until the caller gives up', async () => {
    hub.failNext({ path: '/hub/accounts', hang: true });
    await expect(createAccountWithTimeout(valid, 300)).rejects.toThrow();
    expect(hub.accounts).toHaveLength(0);
    expect((await call('/hub/settings')).status).toBe(200);
  });

  it('resets the connection without answering', async () => {
    hub.failNext({ method: 'POST', path: '/hub/accounts', reset: true });
    await expect(createAccount(valid)).rejects.toThrow();
    expect(hub.accounts).toHaveLength(0);
    expect(hub.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('creates the account, then drops the connection (succeedThenDrop)', async () => {
    hub.failNext({ method: 'POST', path: '/hub/accounts', succeedThenDrop: true });
    await expect(createAccount(valid)).rejects.toThrow();
    expect(hub.accounts).toHaveLength(1);
    expect(hub.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  async function createAccountWithTimeout(credentials: Record<string, string>, ms: number) {
    return call('/hub/accounts', {
      method: 'POST',
      body: { integration_id: 'int_okta_01', credentials },
      signal: AbortSignal.timeout(ms),
    });
  }
});

describe('CORS', () => {
  it('answers preflights from any origin for the hub headers, without a session', async () => {
    const res = await fetch(`${hub.backendOrigin}/hub/accounts`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://vendor.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-hub-session-token,x-hub-version',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/PATCH/);
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['content-type', 'x-hub-session-token', 'x-hub-version']));
  });

  it('allows any origin on answers, errors included', async () => {
    for (const session of [DEFAULT_SESSION, null]) {
      const res = await fetch(`${hub.backendOrigin}/hub/settings`, {
        headers: session ? { 'x-hub-session-token': session, Origin: 'null' } : { Origin: 'null' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
  });
});

describe('request recording', () => {
  it('records method, path+query, headers and the parsed body of every call, preflights included', async () => {
    await call('/hub/connectors?provider=okta', { headers: { 'x-hub-version': '1.11.4' } });
    await createAccount({ okta_domain: 'acme.okta.com', api_token: TOKEN });
    await call('/hub/accounts', { method: 'POST', rawBody: 'not json' });
    await call('/hub/settings', { method: 'OPTIONS', session: null });
    expect(hub.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /hub/connectors?provider=okta',
      'POST /hub/accounts',
      'POST /hub/accounts',
      'OPTIONS /hub/settings',
    ]);
    const [get, post, raw] = hub.requests;
    expect(get?.headers['x-hub-session-token']).toBe(DEFAULT_SESSION);
    expect(get?.headers['x-hub-version']).toBe('1.11.4');
    expect(get?.body).toBeUndefined();
    expect(post?.headers['content-type']).toBe('application/json');
    expect(post?.body).toEqual({
      integration_id: 'int_okta_01',
      credentials: { okta_domain: 'acme.okta.com', api_token: TOKEN },
    });
    expect(raw?.body).toBe('not json');
  });

  /** A request as a PAC proxy hands it on: the target in absolute form (`GET http://host:port/path HTTP/1.1`). */
  function callThroughProxy(origin: string, pathAndQuery: string, method = 'GET', body?: unknown) {
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const target = new URL(origin);
      const text = body === undefined ? undefined : JSON.stringify(body);
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          method,
          path: `${origin}${pathAndQuery}`,
          headers: {
            host: target.host,
            'content-type': 'application/json',
            'x-hub-session-token': DEFAULT_SESSION,
          },
        },
        (response) => {
          let answer = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            answer += chunk;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text: answer }));
        },
      );
      request.on('error', reject);
      request.end(text);
    });
  }

  it('routes, records and matches faults on path+query when the target comes in absolute form (a proxy)', async () => {
    hub.failNext({ method: 'GET', path: '/hub/settings', status: 503 });
    expect((await callThroughProxy(hub.backendOrigin, '/hub/settings')).status).toBe(503);
    const listed = await callThroughProxy(hub.backendOrigin, '/hub/connectors?provider=okta');
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.text).integrations).toHaveLength(1);
    const created = await callThroughProxy(hub.backendOrigin, '/hub/accounts', 'POST', {
      integration_id: 'int_okta_01',
      credentials: { okta_domain: 'acme.okta.com', api_token: TOKEN },
    });
    expect(created.status).toBe(201);
    expect(hub.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /hub/settings',
      'GET /hub/connectors?provider=okta',
      'POST /hub/accounts',
    ]);
    const page = await callThroughProxy(hub.appOrigin, `/embedded/integrations?token=${DEFAULT_SESSION}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`token="${DEFAULT_SESSION}"`);
  });

  it('does not record the static assets or the framed hub page', async () => {
    await fetch(`${hub.backendOrigin}/assets/logos/okta.svg`);
    await fetch(`${hub.backendOrigin}/frame/hub`);
    await fetch(`${hub.backendOrigin}/assets/hub/webcomponent.js`, { method: 'HEAD' });
    expect(hub.requests).toEqual([]);
  });
});

describe('app pages', () => {
  const get = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  it('are served from another origin than the backend', () => {
    expect(hub.backendOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(hub.appOrigin).toMatch(/^http:\/\/localhost:\d+$/);
    expect(new URL(hub.appOrigin).port).not.toBe(new URL(hub.backendOrigin).port);
  });

  it('/app embeds <stackone-hub> with the session and the backend, loading the real web component', async () => {
    const page = await get(hub.urls.embedded());
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    expect(page.text).toContain(
      `<stackone-hub id="hub" mode="integration-picker" token="hub-session-demo" base-url="${hub.backendOrigin}"`,
    );
    expect(page.text).toContain('<script src="/assets/hub/webcomponent.js"></script>');
    expect(page.text).toContain('id="hub-status"');
    const other = await get(hub.urls.embedded({ session: 'other', legacy: true }));
    expect(other.text).toContain('token="other"');
    expect(other.text).toContain('/assets/hub-legacy/webcomponent.js');
  });

  it('serves both web component builds byte for byte from node_modules', async () => {
    const require = createRequire(import.meta.url);
    for (const [path, pkg] of [
      ['/assets/hub/webcomponent.js', '@stackone/hub/webcomponent'],
      ['/assets/hub-legacy/webcomponent.js', 'hub-legacy/webcomponent'],
    ] as const) {
      const res = await get(`${hub.appOrigin}${path}`);
      expect(res.type).toMatch(/javascript/);
      const original = readFileSync(require.resolve(pkg), 'utf8');
      expect(res.text.trimEnd()).toBe(original.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '').trimEnd());
    }
    const current = await get(`${hub.appOrigin}/assets/hub/webcomponent.js`);
    const legacy = await get(`${hub.appOrigin}/assets/hub-legacy/webcomponent.js`);
    expect(current.text).toContain('"1.11.4"');
    expect(legacy.text).not.toContain('x-hub-version');
  });

  it('/embedded/integrations takes the session from ?token=', async () => {
    const page = await get(hub.urls.authLink('sess-42'));
    expect(hub.urls.authLink('sess-42')).toBe(`${hub.appOrigin}/embedded/integrations?token=sess-42`);
    expect(page.text).toContain('token="sess-42"');
    expect(page.text).toContain(`base-url="${hub.backendOrigin}"`);
  });

  it('escapes the session in the markup', async () => {
    const page = await get(hub.urls.authLink('"><script>alert(1)</script>'));
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(page.text).toContain('token="&quot;&gt;&lt;script&gt;');
  });

  it('/plain has no hub', async () => {
    const page = await get(hub.urls.plain());
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('stackone-hub');
  });

  it("nests the hub in the vendor's own web component (an open shadow root), the hub's script in the page", async () => {
    const page = await get(hub.urls.embedded({ nested: true }));
    expect(page.text).toMatch(
      /<template id="vendor-integrations-template"><stackone-hub [^>]*token="hub-session-demo"[^>]*><\/stackone-hub><\/template>/,
    );
    expect(page.text).toContain("attachShadow({ mode: 'open' })");
    expect(page.text).toMatch(/<\/script>\s*<script src="\/assets\/hub\/webcomponent.js"><\/script>/);
  });

  it('frames the hub cross-origin (from the backend origin) or in a sandboxed iframe', async () => {
    const cross = await get(hub.urls.embedded({ frame: 'cross-origin', session: 's1' }));
    expect(cross.text).toContain(`src="${hub.backendOrigin}/frame/hub?session=s1"`);
    expect(cross.text).not.toContain('<stackone-hub');
    const sandboxed = await get(hub.urls.embedded({ frame: 'sandboxed', legacy: true }));
    expect(sandboxed.text).toMatch(/<iframe[^>]+sandbox="allow-scripts allow-forms"/);
    expect(sandboxed.text).toContain(`${hub.appOrigin}/frame/hub?session=hub-session-demo&amp;legacy=1`);
    const framed = await get(`${hub.backendOrigin}/frame/hub?session=s1&legacy=1`);
    expect(framed.text).toContain('token="s1"');
    expect(framed.text).toContain('/assets/hub-legacy/webcomponent.js');
  });

  it('builds the clickjacking variants', async () => {
    const transparent = await get(hub.urls.embedded({ attack: 'transparent' }));
    expect(transparent.text).toMatch(/\.hub-slot \{ opacity: 0;/);
    expect(transparent.text).toContain('id="decoy"');
    const covered = await get(hub.urls.embedded({ attack: 'covered' }));
    expect(covered.text).toContain('id="attack-cover"');
    const hidden = await get(hub.urls.embedded({ attack: 'hidden' }));
    expect(hidden.text).toMatch(/\.hub-slot \{ visibility: hidden; \}/);
  });

  it('answers 404 for unknown pages', async () => {
    expect((await get(`${hub.appOrigin}/nope`)).status).toBe(404);
  });
});

describe('reset and close', () => {
  it('reset() restores sessions, connector, settings, and clears faults, requests and accounts', async () => {
    hub.sessions.add('x');
    hub.sessions.delete(DEFAULT_SESSION);
    hub.setConnector({ shape: 'legacy', fields: 'subdomain', integrations: 3 });
    hub.setSettings({ existingAccountId: 'acc_1' });
    hub.failNext({ path: '/hub/settings', status: 500 });
    await call('/hub/settings', { session: 'x' });
    const sessions = hub.sessions;
    const requests = hub.requests;
    hub.reset();
    expect(hub.sessions).toBe(sessions);
    expect(hub.requests).toBe(requests);
    expect([...hub.sessions]).toEqual([DEFAULT_SESSION]);
    expect(hub.requests).toEqual([]);
    const settings = await call('/hub/settings');
    expect(settings.status).toBe(200);
    expect(settings.json).toEqual({ enabled_features: [] });
    const list = (await call('/hub/connectors')).json.integrations as Record<string, unknown>[];
    expect(list.filter((i) => i.active)).toHaveLength(1);
    const config = (await call('/hub/connectors/int_okta_01')).json.config as Record<string, unknown>;
    expect((config.configFields as Field[]).map((f) => f.key)).toEqual([
      'okta_domain',
      'api_token',
      'event_hook_name',
    ]);
    await createAccount({ okta_domain: 'acme.okta.com', api_token: TOKEN });
    hub.reset();
    expect(hub.accounts).toEqual([]);
  });

  it('reset() drops hanging calls', async () => {
    hub.failNext({ path: '/hub/settings', hang: true });
    const pending = call('/hub/settings');
    await new Promise((resolve) => setTimeout(resolve, 100));
    hub.reset();
    await expect(pending).rejects.toThrow();
  });

  it('close() stops both servers, hanging calls included', async () => {
    const own = await startHubSandbox();
    own.failNext({ path: '/hub/settings', hang: true });
    const pending = fetch(`${own.backendOrigin}/hub/settings`, {
      headers: { 'x-hub-session-token': DEFAULT_SESSION },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await own.close();
    await expect(pending).rejects.toThrow();
    await expect(fetch(`${own.backendOrigin}/hub/settings`)).rejects.toThrow();
    await expect(fetch(own.urls.plain())).rejects.toThrow();
  });

  it('listens on the given ports', async () => {
    const probe = await startHubSandbox();
    const ports = [Number(new URL(probe.backendOrigin).port), Number(new URL(probe.appOrigin).port)];
    await probe.close();
    const own = await startHubSandbox({ backendPort: ports[0], appPort: ports[1] });
    try {
      expect(own.backendOrigin).toBe(`http://127.0.0.1:${ports[0]}`);
      expect(own.appOrigin).toBe(`http://localhost:${ports[1]}`);
    } finally {
      await own.close();
    }
  });
});

describe('validating Okta credentials with the org (checkOktaAt)', () => {
  let okta: Awaited<ReturnType<typeof import('../okta/server').startOktaSandbox>>;
  beforeAll(async () => {
    const { startOktaSandbox } = await import('../okta/server');
    okta = await startOktaSandbox();
  });
  afterAll(async () => {
    hub.checkOktaAt(null);
    await okta.close();
  });
  beforeEach(() => {
    okta.reset();
    hub.checkOktaAt(okta.port);
  });

  it('links a token the org accepts, calling the org with it (and so renewing it)', async () => {
    okta.issueToken('acme.okta.com', TOKEN);
    const res = await createAccount({ okta_domain: 'acme.okta.com', api_token: TOKEN });
    expect(res.status).toBe(201);
    const call = okta.requests.find((r) => r.path === '/api/v1/users/me');
    expect(call).toMatchObject({ method: 'GET', host: 'acme.okta.com' });
    expect(call?.headers.authorization).toBe(`SSWS ${TOKEN}`);
  });

  it("refuses a token Okta refuses (unknown, or revoked) with Okta's 401 in provider_response", async () => {
    const unknown = await createAccount({ okta_domain: 'acme.okta.com', api_token: TOKEN });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({
      message: 'Could not verify the Okta credentials',
      provider_response: expect.stringContaining('Okta answered 401'),
    });
    expect(hub.accounts).toHaveLength(0);
    okta.issueToken('globex.okta.com', TOKEN);
    // The token of another org is not one of acme's.
    expect((await createAccount({ okta_domain: 'acme.okta.com', api_token: TOKEN })).status).toBe(400);
    expect((await createAccount({ okta_domain: 'globex.okta.com', api_token: TOKEN })).status).toBe(201);
  });

  it.each([
    ['url', { okta_domain_url: 'https://acme.okta.com' }],
    ['subdomain', { subdomain: 'acme' }],
    ['unknown-keys', { okta_tenant_host: 'acme.okta.com' }],
  ] as const)('reads the org from the %s field variant', async (fields, orgField) => {
    hub.setConnector({ fields });
    const secret = hub.fields().find((f) => f.secret)?.key ?? '';
    expect((await createAccount({ ...orgField, [secret]: TOKEN })).status).toBe(400);
    okta.issueToken('acme.okta.com', TOKEN);
    expect((await createAccount({ ...orgField, [secret]: TOKEN })).status).toBe(201);
  });

  it('does not call Okta for an invalid session', async () => {
    await call('/hub/accounts', {
      method: 'POST',
      session: 'not-a-session',
      body: {
        integration_id: 'int_okta_01',
        credentials: { okta_domain: 'acme.okta.com', api_token: TOKEN },
      },
    });
    expect(okta.requests).toHaveLength(0);
  });
});
