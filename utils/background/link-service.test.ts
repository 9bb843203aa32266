import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  hubSessionItem,
  type LinkOutcome,
  linkOutcomeItem,
  settingsItem,
} from '../storage';
import { useHubSessionFromInput } from './hub-session';
import { readLinkOutcome } from './link-outcome';
import { connect, settleInterruptedAttempt } from './link-service';
import { readToken, storeToken } from './token-vault';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const HUB = 'https://hub.example.test';

const OKTA_INTEGRATION = {
  active: true,
  name: 'Okta',
  provider: 'okta',
  type: 'iam',
  version: '1.0.0',
  authentication_config_key: 'api_token',
  environment: 'production',
  integration_id: 'int_okta_01',
  logo_url: `${HUB}/okta.svg`,
};

const DOMAIN_FIELD = {
  key: 'okta_domain',
  label: 'Okta Domain URL',
  type: 'text',
  required: true,
  readOnly: false,
  secret: false,
  placeholder: 'your-org.okta.com',
};
const TOKEN_FIELD = {
  key: 'api_token',
  label: 'API Token',
  type: 'password',
  required: true,
  readOnly: false,
  secret: true,
  placeholder: '',
};

const CONFIG = {
  config: { key: 'okta', name: 'Okta', type: 'custom', configFields: [DOMAIN_FIELD, TOKEN_FIELD] },
  hub_settings: {},
};

type Answer = { status: number; body: unknown };

/** The hub backend as `fetch` sees it: list and config always answer; the account POST as told. */
function hubAnswering(post: () => Answer | Promise<Answer>) {
  const posts: unknown[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const answer = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (init?.method === 'POST' && url.pathname === '/hub/accounts') {
      posts.push(JSON.parse(String(init.body)));
      const { status, body } = await post();
      return answer(status, body);
    }
    if (url.pathname === '/hub/connectors') return answer(200, { integrations: [OKTA_INTEGRATION] });
    if (url.pathname === '/hub/connectors/int_okta_01') return answer(200, CONFIG);
    return answer(404, { statusCode: 404, message: 'Not found' });
  });
  vi.stubGlobal('fetch', fetch);
  return { posts, fetch };
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  await storeToken(TOKEN, 'acme.okta.com', 'pasted');
  // The hub API of the options: one the token may go to.
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, hubApiBaseUrl: HUB });
  await hubSessionItem.setValue({ token: 'hub-session-demo', baseUrl: HUB, source: 'popup' });
});

describe('connecting', () => {
  it('links once for two clicks, wipes the token and keeps the account id', async () => {
    const hub = hubAnswering(() => ({ status: 201, body: { id: 'acc_1', provider: 'okta' } }));
    const [first, second] = await Promise.all([connect({}), connect({})]);
    expect(first).toMatchObject({ status: 'linked', accountId: 'acc_1' });
    expect(second).toEqual(first);
    expect(hub.posts).toEqual([
      { integration_id: 'int_okta_01', credentials: { okta_domain: 'acme.okta.com', api_token: TOKEN } },
    ]);
    expect(await readToken('acme.okta.com')).toBeNull();
  });

  it('answers a late click after the link with the link, instead of replacing it with "no token"', async () => {
    const hub = hubAnswering(() => ({ status: 201, body: { id: 'acc_1', provider: 'okta' } }));
    await connect({});
    expect(await connect({})).toMatchObject({ status: 'linked', accountId: 'acc_1' });
    expect(await linkOutcomeItem.getValue()).toMatchObject({ status: 'linked', accountId: 'acc_1' });
    expect(hub.posts).toHaveLength(1);
  });

  it("shows the provider's answer once: in the message when the message quotes it, else as the detail", async () => {
    const providerResponse = 'E0000011: Invalid token provided';
    hubAnswering(() => ({
      status: 422,
      body: { statusCode: 422, message: 'Okta rejected the API token', provider_response: providerResponse },
    }));
    const rejected = (await connect({})) as Extract<LinkOutcome, { status: 'failed' }>;
    expect(rejected.message).toContain(providerResponse);
    expect(rejected.detail).toBeUndefined();

    hubAnswering(() => ({
      status: 500,
      body: { statusCode: 500, message: 'Internal error', provider_response: providerResponse },
    }));
    const unknown = (await connect({})) as Extract<LinkOutcome, { status: 'failed' }>;
    expect(unknown).toMatchObject({ kind: 'outcome-unknown', detail: providerResponse });
    expect(unknown.message).not.toContain(providerResponse);
    expect(await readToken('acme.okta.com')).not.toBeNull();
  });

  it('ends in an outcome the admin sees even when the hub cannot be called at all', async () => {
    const hub = hubAnswering(() => ({ status: 201, body: { id: 'acc_1', provider: 'okta' } }));
    await hubSessionItem.setValue({
      token: 'hub-session-demo',
      baseUrl: 'http://hub.example.test',
      source: 'popup',
    });
    expect(await connect({})).toMatchObject({ status: 'failed', kind: 'untrusted-hub' });
    expect(await linkOutcomeItem.getValue()).toMatchObject({ status: 'failed' });
    expect(hub.fetch).not.toHaveBeenCalled();
  });
});

describe('a form the extension cannot fill completely', () => {
  function hubWithFields(fields: object[]) {
    const hub = hubAnswering(() => ({ status: 201, body: { id: 'acc_1', provider: 'okta' } }));
    const answerWith = hub.fetch.getMockImplementation();
    hub.fetch.mockImplementation(async (input, init) =>
      new URL(String(input)).pathname === '/hub/connectors/int_okta_01'
        ? new Response(JSON.stringify({ config: { ...CONFIG.config, configFields: fields } }), {
            status: 200,
          })
        : (answerWith as NonNullable<typeof answerWith>)(input, init),
    );
    return hub;
  }

  it('names a required field it cannot fill, and sends nothing', async () => {
    const hub = hubWithFields([
      DOMAIN_FIELD,
      TOKEN_FIELD,
      {
        key: 'region',
        label: 'Data Residency Region',
        type: 'text',
        required: true,
        readOnly: false,
        secret: false,
        placeholder: 'eu-1',
      },
    ]);
    const outcome = await connect({});
    expect(outcome).toMatchObject({ status: 'failed', kind: 'missing-fields' });
    expect((outcome as { message: string }).message).toContain(': Data Residency Region.');
    expect(hub.posts).toEqual([]);
  });

  it("says which value the form's own rule refuses, and sends nothing", async () => {
    const euOnly = {
      ...DOMAIN_FIELD,
      validation: { type: 'html-pattern', pattern: '^[a-z-]+\\.okta-emea\\.com$', error: 'Enter an EU org' },
    };
    const hub = hubWithFields([euOnly, TOKEN_FIELD]);
    const outcome = await connect({});
    expect(outcome).toMatchObject({ status: 'failed', kind: 'unfit-values' });
    expect((outcome as { message: string }).message).toMatch(/"Okta Domain URL" field: Enter an EU org$/);
    expect((outcome as { message: string }).message).not.toContain('cannot fill: .');
    expect(hub.posts).toEqual([]);
  });
});

describe('a worker that stopped mid-request', () => {
  const staleMark: LinkOutcome = {
    status: 'in-flight',
    attemptId: 'attempt-of-the-stopped-worker',
    orgDomain: 'acme.okta.com',
    startedAt: 0,
  };

  it('is reported, not retried, when a click is what wakes the new worker', async () => {
    const hub = hubAnswering(() => ({ status: 201, body: { id: 'acc_2', provider: 'okta' } }));
    await linkOutcomeItem.setValue(staleMark);
    // As in a fresh worker: the startup check begins, then the click's message is handled.
    const [, outcome] = await Promise.all([settleInterruptedAttempt(), connect({})]);
    expect(outcome).toMatchObject({ status: 'failed', kind: 'outcome-unknown' });
    expect(hub.posts).toEqual([]);
    expect(await readToken('acme.okta.com')).not.toBeNull();
  });

  it('links again only when the admin confirms they checked the hub', async () => {
    const hub = hubAnswering(() => ({ status: 201, body: { id: 'acc_2', provider: 'okta' } }));
    await linkOutcomeItem.setValue(staleMark);
    await settleInterruptedAttempt();
    expect(await connect({})).toMatchObject({ kind: 'outcome-unknown' });
    expect(await connect({ confirmAfterUnknownOutcome: true })).toMatchObject({ status: 'linked' });
    expect(hub.posts).toHaveLength(1);
  });

  it("leaves the running attempt's own mark alone", async () => {
    let answer: (value: Answer) => void = () => {};
    hubAnswering(() => new Promise<Answer>((resolve) => (answer = resolve)));
    const running = connect({});
    await vi.waitFor(async () => expect((await linkOutcomeItem.getValue())?.status).toBe('in-flight'));
    await settleInterruptedAttempt();
    expect((await linkOutcomeItem.getValue())?.status).toBe('in-flight');
    answer({ status: 201, body: { id: 'acc_3', provider: 'okta' } });
    expect(await running).toMatchObject({ status: 'linked', accountId: 'acc_3' });
  });
});

describe('what the popup knows of a hub belongs to that hub session', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  });

  /** Session A's hub offers two API Key integrations; session B's hub offers one. */
  function twoHubs() {
    const second = { ...OKTA_INTEGRATION, integration_id: 'int_okta_02', environment: 'sandbox' };
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      const session = new Headers(init?.headers).get('x-hub-session-token');
      const answer = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      if (url.pathname === '/hub/connectors') {
        return answer(200, {
          integrations: session === 'session-a-1234' ? [OKTA_INTEGRATION, second] : [OKTA_INTEGRATION],
        });
      }
      if (url.pathname.startsWith('/hub/connectors/')) return answer(200, CONFIG);
      if (init?.method === 'POST') return answer(201, { id: `acc_for_${session}`, provider: 'okta' });
      return answer(404, { statusCode: 404, message: 'Not found' });
    });
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  it('a pending "pick one" is dropped when another session is used; Connect then asks the new hub', async () => {
    const fetch = twoHubs();
    await useHubSessionFromInput('session-a-1234', HUB);
    const choice = await connect({});
    expect(choice).toMatchObject({
      status: 'choose-integration',
      integrations: [
        { id: 'int_okta_01', name: 'Okta', environment: 'production' },
        { id: 'int_okta_02', name: 'Okta', environment: 'sandbox' },
      ],
    });
    // The outcome names the session by a fingerprint, never by the token.
    expect(JSON.stringify(await linkOutcomeItem.getValue())).not.toContain('session-a-1234');
    expect(await readLinkOutcome()).toEqual(choice);

    await useHubSessionFromInput('session-b-5678', HUB);
    expect(await readLinkOutcome()).toBeNull();
    expect(await linkOutcomeItem.getValue()).toBeNull();

    fetch.mockClear();
    expect(await connect({})).toMatchObject({ status: 'linked', accountId: 'acc_for_session-b-5678' });
    const sessionsAsked = fetch.mock.calls.map(([, init]) =>
      new Headers(init?.headers).get('x-hub-session-token'),
    );
    expect(new Set(sessionsAsked)).toEqual(new Set(['session-b-5678']));
  });

  it('a session changed behind its back (no switch through the service) still hides the old list', async () => {
    twoHubs();
    await useHubSessionFromInput('session-a-1234', HUB);
    expect(await connect({})).toMatchObject({ status: 'choose-integration' });
    await hubSessionItem.setValue({ token: 'session-b-5678', baseUrl: HUB, source: 'popup' });
    expect(await readLinkOutcome()).toBeNull();
  });

  it('the same session keeps its pending choice', async () => {
    twoHubs();
    await useHubSessionFromInput('session-a-1234', HUB);
    const choice = await connect({});
    await useHubSessionFromInput('session-a-1234', HUB);
    expect(await readLinkOutcome()).toEqual(choice);
  });
});
