import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHubClient, type HubClientOptions, HubError } from './client';
import { HUB_CLIENT_VERSION, retryAfterMs } from './transport';

const BASE = 'https://hub.test';
const SESSION = 'hub-session-0123456789-demo';
const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGHIJwxyz';

type Reply =
  | { status: number; body?: unknown; headers?: Record<string, string>; bodyFails?: boolean }
  | { network: true }
  /** Never answers, but gives up when aborted, as the real fetch does. */
  | { hang: 'abortable' }
  /** Never answers and ignores its signal. */
  | { hang: 'deaf' };

interface Recorded {
  url: string;
  init: RequestInit;
}

function fakeFetch(replies: Reply[]) {
  const calls: Recorded[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const reply = replies[Math.min(calls.length, replies.length) - 1];
    if (!reply) throw new Error('no reply scripted');
    if ('network' in reply) throw new TypeError('Failed to fetch');
    if ('hang' in reply) {
      return new Promise<Response>((_, reject) => {
        if (reply.hang === 'abortable') {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }
      });
    }
    const text =
      typeof reply.body === 'string'
        ? reply.body
        : reply.body === undefined
          ? ''
          : JSON.stringify(reply.body);
    const response = new Response(reply.status === 204 ? null : text, {
      status: reply.status,
      headers: reply.headers ?? {},
    });
    if (reply.bodyFails) {
      Object.defineProperty(response, 'text', {
        value: () => Promise.reject(new TypeError('connection reset')),
      });
    }
    return response;
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function setup(replies: Reply[], options: Partial<HubClientOptions> = {}) {
  const { fetch, calls } = fakeFetch(replies);
  const delays: number[] = [];
  const client = createHubClient({
    baseUrl: BASE,
    sessionToken: SESSION,
    fetch,
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.5,
    now: () => Date.parse('2025-01-01T00:00:00Z'),
    ...options,
  });
  return { client, calls, delays };
}

async function failureOf(promise: Promise<unknown>): Promise<HubError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HubError);
    return error as HubError;
  }
  throw new Error('expected the call to fail');
}

const okta = (overrides: Record<string, unknown> = {}) => ({
  integration_id: 'int-okta',
  provider: 'okta',
  name: 'Okta',
  active: true,
  type: 'iam',
  version: '1',
  authentication_config_key: 'api_token',
  environment: 'production',
  logo_url: 'https://logo.test/okta.png',
  ...overrides,
});

const falconConfig = {
  key: 'okta',
  name: 'Okta',
  type: 'custom',
  configFields: [{ key: 'okta_domain', label: 'Okta Domain URL', type: 'text', required: true }],
};

describe('requests', () => {
  it('sends the exact headers of the real client, and no body on a GET', async () => {
    const { client, calls } = setup([{ status: 200, body: { enabled_features: [] } }]);
    await client.getSettings();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://hub.test/hub/settings');
    expect(calls[0]?.init.method).toBe('GET');
    expect(calls[0]?.init.headers).toEqual({
      'Content-Type': 'application/json',
      'x-hub-session-token': SESSION,
      'x-hub-version': '1.11.4',
    });
    expect(calls[0]?.init.body).toBeUndefined();
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it("never lets fetch follow a redirect, and reports a browser's opaque redirect as one, once", async () => {
    const opaque = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      // What a browser's fetch gives for `redirect: 'manual'`: type 'opaqueredirect', status 0, no headers.
      const response = new Response(null, { status: 200 });
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      Object.defineProperty(response, 'status', { value: 0 });
      return response;
    }) as typeof globalThis.fetch;
    const seen: RequestInit[] = [];
    const client = createHubClient({
      baseUrl: BASE,
      sessionToken: SESSION,
      fetch: opaque,
      sleep: async () => {},
    });
    const error = await failureOf(client.createAccount('int-okta', { api_token: TOKEN }));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.redirect).toBe('manual');
    expect(error.kind).toBe('redirect');
    expect(error.message).toContain('the hub answered with a redirect; nothing was sent on');
    expect(error.message).not.toContain(TOKEN);
  });

  it('sends the x-hub-version that the installed @stackone/hub sends', () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@stackone/hub');
    const hubPackage = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    const dist = readFileSync(entry, 'utf8');
    const assigned = /const ([\w$]+)="x-hub-version"[\s\S]{0,200}?\[\1\]="([^"]+)"/.exec(dist)?.[2];
    expect(assigned).toBe(hubPackage.version);
    expect(HUB_CLIENT_VERSION).toBe(assigned);
  });

  it('posts the account as {integration_id, credentials} without empty values', async () => {
    const { client, calls } = setup([{ status: 201, body: { id: 'acc-1', provider: 'okta' } }]);
    const account = await client.createAccount('int-okta', {
      okta_domain: 'acme.okta.com',
      api_token: TOKEN,
      hook: '',
    });
    expect(account).toMatchObject({ id: 'acc-1', provider: 'okta' });
    expect(calls[0]?.url).toBe('https://hub.test/hub/accounts');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.headers).toEqual({
      'Content-Type': 'application/json',
      'x-hub-session-token': SESSION,
      'x-hub-version': '1.11.4',
    });
    expect(calls[0]?.init.body).toBe(
      JSON.stringify({
        integration_id: 'int-okta',
        credentials: { okta_domain: 'acme.okta.com', api_token: TOKEN },
      }),
    );
  });

  it('lists the active Okta integrations only', async () => {
    const { client, calls } = setup([
      {
        status: 200,
        body: {
          integrations: [
            okta(),
            okta({ integration_id: 'int-off', active: false }),
            okta({ integration_id: 'int-gh', provider: 'github', name: 'GitHub' }),
            okta({ integration_id: 'int-OKTA', provider: 'Okta' }),
          ],
          extra: true,
        },
      },
    ]);
    const integrations = await client.listOktaIntegrations();
    expect(integrations.map((integration) => integration.integration_id)).toEqual(['int-okta', 'int-OKTA']);
    expect(calls[0]?.url).toBe('https://hub.test/hub/connectors?provider=okta');
  });

  it('reads a connector config and escapes the id in the path', async () => {
    const { client, calls } = setup([{ status: 200, body: { config: falconConfig, hub_settings: {} } }]);
    const config = await client.getConnectorConfig('int/okta 1');
    expect(config).toMatchObject({ key: 'okta', configFields: [{ key: 'okta_domain', required: true }] });
    expect(calls[0]?.url).toBe('https://hub.test/hub/connectors/int%2Fokta%201');
  });

  it('refuses an empty integration id before calling', async () => {
    const { client, calls } = setup([]);
    await expect(client.getConnectorConfig('')).rejects.toThrow(TypeError);
    await expect(client.createAccount(' ', {})).rejects.toThrow(TypeError);
    expect(calls).toHaveLength(0);
  });

  it('refuses to start without a session', () => {
    expect(() => createHubClient({ baseUrl: BASE, sessionToken: '  ' })).toThrow(
      expect.objectContaining({ kind: 'session', message: expect.stringContaining('no hub session') }),
    );
  });

  it('normalises the base URL and refuses an unsafe one without repeating it', () => {
    const { fetch, calls } = fakeFetch([{ status: 200, body: {} }]);
    const client = createHubClient({ baseUrl: 'https://hub.test/api/', sessionToken: SESSION, fetch });
    return client.getSettings().then(() => {
      expect(calls[0]?.url).toBe('https://hub.test/api/hub/settings');
      const unsafe = 'http://user:pa55word@hub.test';
      expect(() => createHubClient({ baseUrl: unsafe, sessionToken: SESSION })).toThrow(TypeError);
      try {
        createHubClient({ baseUrl: unsafe, sessionToken: SESSION });
      } catch (error) {
        expect(String(error)).not.toContain('pa55word');
      }
    });
  });
});

describe('status codes', () => {
  const getTable: [number, string, number][] = [
    [400, 'rejected', 1],
    [401, 'session', 1],
    [403, 'session', 1],
    [404, 'rejected', 1],
    [409, 'rejected', 1],
    [422, 'rejected', 1],
    [408, 'timeout', 3],
    [429, 'unavailable', 3],
    [500, 'unavailable', 3],
    [502, 'unavailable', 3],
    [503, 'unavailable', 3],
    [504, 'unavailable', 3],
  ];

  it.each(getTable)('GET answered %i → %s after %i call(s)', async (status, kind, calls) => {
    const run = setup([{ status, body: { statusCode: status, message: 'Nope' } }]);
    const error = await failureOf(run.client.getSettings());
    expect(error).toMatchObject({ kind, status, endpoint: 'GET /hub/settings', attempts: calls });
    expect(run.calls).toHaveLength(calls);
    expect(run.delays).toHaveLength(calls - 1);
  });

  const postTable: [number, string, number][] = [
    [400, 'rejected', 1],
    [401, 'session', 1],
    [403, 'session', 1],
    [404, 'rejected', 1],
    [422, 'rejected', 1],
    [408, 'timeout', 3],
    [429, 'unavailable', 3],
    [503, 'unavailable', 3],
    [500, 'outcome-unknown', 1],
    [502, 'outcome-unknown', 1],
    [504, 'outcome-unknown', 1],
  ];

  it.each(postTable)('POST answered %i → %s after %i call(s)', async (status, kind, calls) => {
    const run = setup([{ status, body: { statusCode: status, message: 'Nope' } }]);
    const error = await failureOf(run.client.createAccount('int-okta', { api_token: TOKEN }));
    expect(error).toMatchObject({ kind, status, endpoint: 'POST /hub/accounts' });
    expect(run.calls).toHaveLength(calls);
  });

  it('explains an expired session', async () => {
    const error = await failureOf(setup([{ status: 401 }]).client.getSettings());
    expect(error.message).toBe(
      'Hub session expired or invalid (401). Open the hub again to get a fresh session, or paste a new one in the options.',
    );
  });

  it("shows the hub's message and the provider's answer for a rejected link", async () => {
    const body = {
      statusCode: 422,
      message: 'Invalid credentials',
      provider_response: 'Invalid token provided',
    };
    const error = await failureOf(
      setup([{ status: 422, body }]).client.createAccount('int-okta', { t: TOKEN }),
    );
    expect(error.kind).toBe('rejected');
    expect(error.message).toBe(
      'The hub refused POST /hub/accounts (422): Invalid credentials. The provider answered: Invalid token provided',
    );
    expect(error.providerResponse).toBe('Invalid token provided');
  });

  it('shows a provider answer that is an object as JSON', async () => {
    const body = {
      message: 'Bad request.',
      provider_response: { errorCode: 'E0000011', errorSummary: 'Invalid token' },
    };
    const error = await failureOf(
      setup([{ status: 400, body }]).client.createAccount('int-okta', { t: TOKEN }),
    );
    expect(error.providerResponse).toBe('{"errorCode":"E0000011","errorSummary":"Invalid token"}');
    expect(error.message).toContain('(400): Bad request. The provider answered: {"errorCode":"E0000011"');
  });

  it('unwraps a message that is itself JSON, as the real client does', async () => {
    const inner = JSON.stringify({ message: 'Okta refused the token', provider_response: 'E0000011' });
    const error = await failureOf(
      setup([{ status: 400, body: { statusCode: 400, message: inner } }]).client.getSettings(),
    );
    expect(error.message).toBe(
      'The hub refused GET /hub/settings (400): Okta refused the token. The provider answered: E0000011',
    );
  });

  it('says so when a refusal carries no explanation', async () => {
    const error = await failureOf(
      setup([{ status: 400, body: '<html>Bad Request</html>' }]).client.getSettings(),
    );
    expect(error.message).toBe('The hub refused GET /hub/settings (400) without saying why.');
    expect(error.providerResponse).toBeUndefined();
  });

  it('cuts a very long provider answer', async () => {
    const body = { message: 'Bad', provider_response: 'x'.repeat(5000) };
    const error = await failureOf(setup([{ status: 400, body }]).client.getSettings());
    expect(error.providerResponse?.length).toBeLessThanOrEqual(501);
  });

  it('tells the admin to check the hub when a POST failed on the server side', async () => {
    const error = await failureOf(setup([{ status: 502 }]).client.createAccount('int-okta', { t: TOKEN }));
    expect(error.message).toBe(
      'The hub failed while handling POST /hub/accounts (502) and may have created the account anyway. Check the hub for a linked Okta account before trying again.',
    );
  });

  it('names the number of attempts once retries are spent', async () => {
    const error = await failureOf(setup([{ status: 503 }]).client.getSettings());
    expect(error.message).toBe(
      'The hub is not available right now (503, 3 attempts). Try again in a few minutes.',
    );
    const limited = await failureOf(setup([{ status: 429 }]).client.getSettings());
    expect(limited.message).toBe(
      'The hub is limiting requests (429, 3 attempts). Try again in a few minutes.',
    );
  });
});

describe('retries', () => {
  it('recovers when a retry succeeds', async () => {
    const run = setup([{ status: 503 }, { status: 502 }, { status: 200, body: { enabled_features: ['x'] } }]);
    await expect(run.client.getSettings()).resolves.toMatchObject({ enabled_features: ['x'] });
    expect(run.calls).toHaveLength(3);
  });

  it('retries a POST after 429 and 503, and posts it once it goes through', async () => {
    const run = setup([{ status: 429 }, { status: 503 }, { status: 201, body: { id: 'acc-1' } }]);
    await expect(run.client.createAccount('int-okta', { t: TOKEN })).resolves.toMatchObject({ id: 'acc-1' });
    expect(run.calls.map((call) => call.init.body)).toEqual(Array(3).fill(run.calls[0]?.init.body));
  });

  it('backs off exponentially with jitter, capped', async () => {
    const high = setup([{ status: 503 }], {
      retry: { attempts: 6, maxDelayMs: 3000 },
      random: () => 0.999999,
    });
    await failureOf(high.client.getSettings());
    expect(high.delays).toEqual([500, 1000, 2000, 3000, 3000]);
    const low = setup([{ status: 503 }], { retry: { attempts: 4 }, random: () => 0 });
    await failureOf(low.client.getSettings());
    expect(low.delays).toEqual([250, 500, 1000]);
  });

  it('makes a single attempt when told to', async () => {
    const run = setup([{ status: 503 }], { retry: { attempts: 1 } });
    await failureOf(run.client.getSettings());
    expect(run.calls).toHaveLength(1);
    expect(run.delays).toEqual([]);
  });

  it('waits as long as Retry-After asks, in seconds or as a date', async () => {
    const seconds = setup([
      { status: 429, headers: { 'Retry-After': '3' } },
      { status: 200, body: {} },
    ]);
    await seconds.client.getSettings();
    expect(seconds.delays).toEqual([3000]);

    const date = setup([
      { status: 503, headers: { 'Retry-After': 'Wed, 01 Jan 2025 00:00:05 GMT' } },
      { status: 200, body: {} },
    ]);
    await date.client.getSettings();
    expect(date.delays).toEqual([5000]);

    const past = setup([
      { status: 503, headers: { 'Retry-After': 'Tue, 31 Dec 2024 00:00:00 GMT' } },
      { status: 200, body: {} },
    ]);
    await past.client.getSettings();
    expect(past.delays).toEqual([0]);
  });

  it('gives up at once when Retry-After asks for longer than the cap', async () => {
    const run = setup([{ status: 429, headers: { 'Retry-After': '120' } }]);
    const error = await failureOf(run.client.createAccount('int-okta', { t: TOKEN }));
    expect(error).toMatchObject({ kind: 'unavailable', status: 429 });
    expect(error.message).toBe(
      'The hub is busy (429) and asks to wait 120 s before trying again. Try again later.',
    );
    expect(run.calls).toHaveLength(1);
    expect(run.delays).toEqual([]);
  });

  it('falls back to backoff on an unreadable Retry-After', async () => {
    const run = setup([
      { status: 429, headers: { 'Retry-After': 'soon' } },
      { status: 200, body: {} },
    ]);
    await run.client.getSettings();
    expect(run.delays).toEqual([375]);
  });

  it('parses Retry-After', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs('0', now)).toBe(0);
    expect(retryAfterMs(' 7 ', now)).toBe(7000);
    expect(retryAfterMs('Wed, 01 Jan 2025 00:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
    expect(retryAfterMs('later', now)).toBeUndefined();
  });
});

describe('timeouts and lost connections', () => {
  it('times a GET out, retries it, then says how long it waited', async () => {
    const run = setup([{ hang: 'abortable' }], { timeoutMs: 20 });
    const error = await failureOf(run.client.getSettings());
    expect(error).toMatchObject({ kind: 'timeout', attempts: 3 });
    expect(error.message).toBe(
      'The hub did not answer GET /hub/settings within 0.02 s (3 attempts). Check your connection and try again.',
    );
    expect(run.calls).toHaveLength(3);
    expect(run.calls.every((call) => call.init.signal?.aborted)).toBe(true);
  });

  it('times out even when fetch ignores its signal', async () => {
    const run = setup([{ hang: 'deaf' }, { status: 200, body: {} }], { timeoutMs: 20 });
    await expect(run.client.getSettings()).resolves.toBeDefined();
    expect(run.calls).toHaveLength(2);
  });

  it('retries a GET after a network error, then names the hub it could not reach', async () => {
    const run = setup([{ network: true }]);
    const error = await failureOf(run.client.listOktaIntegrations());
    expect(error.kind).toBe('network');
    expect(error.message).toBe(
      'Could not reach the hub at https://hub.test (GET /hub/connectors, 3 attempts). Check your connection and the hub API base URL in the options.',
    );
    expect(run.calls).toHaveLength(3);
  });

  it('retries a GET whose answer was cut off', async () => {
    const run = setup([
      { status: 200, bodyFails: true },
      { status: 200, body: {} },
    ]);
    await expect(run.client.getSettings()).resolves.toBeDefined();
    expect(run.calls).toHaveLength(2);
  });

  it('keeps the status of an error answer whose body was cut off', async () => {
    const error = await failureOf(setup([{ status: 401, bodyFails: true }]).client.getSettings());
    expect(error).toMatchObject({ kind: 'session', status: 401 });
  });

  it.each([
    ['times out', { hang: 'abortable' } as Reply, 'no answer came within 0.02 s'],
    ['loses its connection', { network: true } as Reply, 'the connection failed before an answer came'],
    [
      'loses a success answer',
      { status: 201, bodyFails: true } as Reply,
      'the connection failed before an answer came',
    ],
  ])('never repeats a POST that %s, and says the account may exist', async (_, reply, what) => {
    const run = setup([reply, { status: 201, body: { id: 'second' } }], { timeoutMs: 20 });
    const error = await failureOf(run.client.createAccount('int-okta', { t: TOKEN }));
    expect(error.kind).toBe('outcome-unknown');
    expect(run.calls).toHaveLength(1);
    expect(error.message).toBe(
      `The hub may have created the account: POST /hub/accounts was sent but ${what}. Check the hub for a linked Okta account before trying again.`,
    );
  });
});

describe('unexpected answers', () => {
  it('names a missing key by its path', async () => {
    const run = setup([{ status: 200, body: { integrations: [okta({ integration_id: undefined })] } }]);
    const error = await failureOf(run.client.listOktaIntegrations());
    expect(error).toMatchObject({ kind: 'malformed', status: 200 });
    expect(error.message).toBe(
      'The hub answered GET /hub/connectors with something unexpected: integrations[0].integration_id is missing',
    );
    expect(run.calls).toHaveLength(1);
  });

  it.each([
    [
      { integrations: [okta({ active: 'yes' })] },
      'integrations[0].active should be true or false but is a text',
    ],
    [{ integrations: [okta({ integration_id: '' })] }, 'integrations[0].integration_id is empty'],
    [{ integrations: 'none' }, 'integrations should be a list but is a text'],
    [[], 'the answer should be an object but is a list'],
    [
      { integrations: [okta({ name: 1, provider: null })] },
      'integrations[0].provider should be a text but is null (and 1 more problem)',
    ],
  ])('describes %j', async (body, detail) => {
    const error = await failureOf(setup([{ status: 200, body }]).client.listOktaIntegrations());
    expect(error.message).toBe(`The hub answered GET /hub/connectors with something unexpected: ${detail}`);
  });

  it('names the broken field of a connector config', async () => {
    const config = { ...falconConfig, configFields: [{ label: 'x', type: 'text' }] };
    const error = await failureOf(
      setup([{ status: 200, body: { config } }]).client.getConnectorConfig('int-okta'),
    );
    expect(error.message).toBe(
      'The hub answered GET /hub/connectors/int-okta with something unexpected: config.configFields[0].key is missing',
    );
  });

  it.each([
    ['not JSON', '<html>proxy login</html>', 'the answer is not JSON'],
    ['empty', '', 'the answer is empty'],
  ])('reports an answer that is %s', async (_, body, detail) => {
    const error = await failureOf(setup([{ status: 200, body }]).client.getSettings());
    expect(error).toMatchObject({ kind: 'malformed' });
    expect(error.message).toBe(`The hub answered GET /hub/settings with something unexpected: ${detail}`);
  });

  it('treats an unreadable success to the POST as a probably created account', async () => {
    const run = setup([{ status: 201, body: { ok: true } }]);
    const error = await failureOf(run.client.createAccount('int-okta', { t: TOKEN }));
    expect(error).toMatchObject({ kind: 'outcome-unknown', status: 201 });
    expect(error.message).toBe(
      'The hub answered POST /hub/accounts with success (201) but id is missing, so the account id is unknown. The hub has probably created the account: check the hub for a linked Okta account before trying again.',
    );
    expect(run.calls).toHaveLength(1);
  });
});

describe('secrets', () => {
  it('redacts the session and credential values that a hub reply echoes', async () => {
    const body = {
      message: `Session ${SESSION} cannot use ${TOKEN}`,
      provider_response: `SSWS ${TOKEN} rejected`,
    };
    const error = await failureOf(
      setup([{ status: 400, body }]).client.createAccount('int-okta', { api_token: TOKEN }),
    );
    expect(error.message).toBe(
      'The hub refused POST /hub/accounts (400): Session [redacted] cannot use [redacted]. The provider answered: SSWS [redacted] rejected',
    );
  });

  const secretArbitrary = fc.stringMatching(/^[A-Za-z0-9]{12,40}$/);
  const replyArbitrary: fc.Arbitrary<(secrets: string[]) => Reply> = fc.oneof(
    fc
      .record({
        status: fc.constantFrom(200, 201, 400, 401, 403, 404, 408, 422, 429, 500, 502, 503, 504),
        shape: fc.constantFrom('echo', 'nested', 'object', 'bad-account', 'text'),
        retryAfter: fc.option(fc.constantFrom('1', '600'), { nil: undefined }),
      })
      .map(({ status, shape, retryAfter }) => (secrets: string[]) => {
        const said = `echo ${secrets.join(' ')}`;
        const bodies: Record<string, unknown> = {
          echo: { statusCode: status, message: said, provider_response: said },
          nested: { statusCode: status, message: JSON.stringify({ message: said, provider_response: said }) },
          object: { message: said, provider_response: { detail: said } },
          'bad-account': { id: '', provider: said },
          text: said,
        };
        const headers: Record<string, string> = retryAfter ? { 'Retry-After': retryAfter } : {};
        return { status, body: bodies[shape], headers };
      }),
    fc.constantFrom<(secrets: string[]) => Reply>(
      () => ({ network: true }),
      () => ({ hang: 'abortable' }),
    ),
  );

  it('never puts the session token or a credential value into an error', async () => {
    await fc.assert(
      fc.asyncProperty(
        secretArbitrary,
        secretArbitrary,
        secretArbitrary,
        replyArbitrary,
        async (session, token, domain, reply) => {
          const secrets = [session, token, domain];
          const { fetch } = fakeFetch([reply(secrets)]);
          const client = createHubClient({
            baseUrl: BASE,
            sessionToken: session,
            fetch,
            timeoutMs: 5,
            sleep: async () => {},
          });
          const calls = [
            client.createAccount('int-okta', { api_token: token, okta_domain: domain }),
            client.getSettings(),
          ];
          for (const call of calls) {
            const outcome = await call.then(
              () => undefined,
              (error: unknown) => error,
            );
            if (outcome === undefined) continue;
            const seen = [String(outcome), JSON.stringify(outcome), (outcome as Error).stack ?? ''].join(
              '\n',
            );
            // GETs never carry credentials, so only the session is secret there; a POST's reply may echo both.
            for (const secret of call === calls[0] ? secrets : [session]) expect(seen).not.toContain(secret);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
