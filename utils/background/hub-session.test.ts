// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostPermissionPattern } from '../host-permission';
import { confirmedHubApisItem, hubSessionItem, settingsItem } from '../storage';
import { describeCurrentHubSession, findHubSessionInTab, useHubSessionFromInput } from './hub-session';

const SESSION = 'hub-session-0123456789abcdef';
const DEFAULT_API = 'https://api.stackone.com';

type Injection = Parameters<typeof fakeBrowser.scripting.executeScript>[0];

/** `scripting.executeScript` runs the function in this happy-dom page, as Chrome runs it in the tab. */
function scriptThisPage() {
  const injections: Injection[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: Injection) => {
    injections.push(injection);
    const { func, args } = injection as { func: (...values: unknown[]) => unknown; args?: unknown[] };
    return [{ frameId: 0, documentId: 'd', result: func(...(args ?? [])) }];
  }) as never);
  return injections;
}

/** Host access the extension holds (per host): the default hub API is granted at install, others asked for. */
function grantedOrigins(...origins: string[]) {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async ({ origins: asked = [] }) =>
    asked.every((pattern) => origins.some((origin) => pattern === hostPermissionPattern(origin)))) as never);
}

async function configure(hubApiBaseUrl: string) {
  await settingsItem.setValue({ ...(await settingsItem.getValue()), hubApiBaseUrl });
}

/** What IT set through managed storage (policy). */
function policy(values: Record<string, unknown>) {
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(values as never);
}

async function openTab(): Promise<number> {
  return (await fakeBrowser.tabs.create({ url: location.href })).id as number;
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
  grantedOrigins(DEFAULT_API);
});

describe('a session the admin pasted', () => {
  it('a session token: kept in memory for the hub API of the options, shown masked', async () => {
    const result = await useHubSessionFromInput(`  ${SESSION} `);
    expect(result).toEqual({
      ok: true,
      session: {
        masked: 'hub-…cdef',
        baseUrl: DEFAULT_API,
        origin: DEFAULT_API,
        source: 'popup',
        foundOn: null,
      },
      needsPermission: null,
    });
    expect(await hubSessionItem.getValue()).toEqual({
      token: SESSION,
      baseUrl: DEFAULT_API,
      source: 'popup',
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(SESSION);
    expect(await describeCurrentHubSession()).toMatchObject({ masked: 'hub-…cdef' });
  });

  it('an auth link: its ?token= is the session, its own origin trusted since the admin chose it', async () => {
    const result = await useHubSessionFromInput(`https://hub.vendor.example/connect?token=${SESSION}`);
    expect(result).toMatchObject({ ok: true, session: { source: 'auth-link' } });
    expect((await hubSessionItem.getValue())?.token).toBe(SESSION);
  });

  it('the hub API of the options: kept only once host access to it is granted', async () => {
    await configure('https://hub-api.vendor.example/');
    const result = await useHubSessionFromInput(SESSION, 'https://hub-api.vendor.example/');
    expect(result).toMatchObject({ ok: false, needsPermission: 'https://hub-api.vendor.example' });
    expect(await hubSessionItem.getValue()).toBeNull();
    grantedOrigins('https://hub-api.vendor.example');
    expect(await useHubSessionFromInput(SESSION, 'https://hub-api.vendor.example/')).toMatchObject({
      ok: true,
      session: { baseUrl: 'https://hub-api.vendor.example', origin: 'https://hub-api.vendor.example' },
      needsPermission: null,
    });
  });

  it('a hub API that is not the configured one is not taken from a paste', async () => {
    expect(await useHubSessionFromInput(SESSION, 'https://api.example.net')).toMatchObject({
      ok: false,
      message: expect.stringContaining('api.example.net as the Hub API base URL in the options'),
    });
    expect(await hubSessionItem.getValue()).toBeNull();
  });

  it.each([
    ['nothing', '', undefined, 'Paste a hub session token or the hub link you were sent.'],
    ['words', 'not a session', undefined, 'This does not look like a hub session token.'],
    [
      'a link without a session',
      'https://hub.vendor.example/connect',
      undefined,
      'This link carries no hub session',
    ],
    ['a hub API over plain http', SESSION, 'http://hub-api.vendor.example', 'must use https://'],
  ])('refuses %s, saying why, and keeps nothing', async (_, input, baseUrl, message) => {
    const result = await useHubSessionFromInput(input, baseUrl);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining(message) });
    expect(await hubSessionItem.getValue()).toBeNull();
  });

  it('the hub API base URL set in the options is the one used', async () => {
    await settingsItem.setValue({
      ...(await settingsItem.getValue()),
      hubApiBaseUrl: 'http://127.0.0.1:4010',
    });
    grantedOrigins('http://127.0.0.1:4010');
    expect(await useHubSessionFromInput(SESSION)).toMatchObject({
      ok: true,
      session: { baseUrl: 'http://127.0.0.1:4010' },
      needsPermission: null,
    });
  });
});

describe('a session read from the hub tab', () => {
  const hubPage = (attributes: string) => {
    document.body.innerHTML = `<main><stackone-hub ${attributes}></stackone-hub></main>`;
  };

  it("reads the hub element's token and backend, in the tab's top frame only", async () => {
    hubPage(`token="${SESSION}" base-url="https://hub-api.vendor.example"`);
    await configure('https://hub-api.vendor.example');
    grantedOrigins('https://hub-api.vendor.example');
    const injections = scriptThisPage();
    const result = await findHubSessionInTab(await openTab());
    expect(result).toMatchObject({
      ok: true,
      session: {
        source: 'hub-tab',
        foundOn: location.origin,
        baseUrl: 'https://hub-api.vendor.example',
      },
      needsPermission: null,
    });
    expect(injections.map((injection) => injection.target)).toEqual([
      { tabId: expect.any(Number), frameIds: [0] },
    ]);
    expect((await hubSessionItem.getValue())?.token).toBe(SESSION);
  });

  it("finds the hub inside a vendor's web component (an open shadow root)", async () => {
    document.body.innerHTML = '<main><vendor-integrations></vendor-integrations></main>';
    const vendor = document.querySelector('vendor-integrations') as HTMLElement;
    vendor.attachShadow({ mode: 'open' }).innerHTML = `<stackone-hub token="${SESSION}"></stackone-hub>`;
    scriptThisPage();
    expect(await findHubSessionInTab(await openTab())).toMatchObject({
      ok: true,
      session: { source: 'hub-tab' },
    });
  });

  it('without a base-url, the hub API of the options', async () => {
    hubPage(`token="${SESSION}"`);
    scriptThisPage();
    expect(await findHubSessionInTab(await openTab())).toMatchObject({
      ok: true,
      session: { baseUrl: DEFAULT_API },
      needsPermission: null,
    });
  });

  it('no hub and no session on the page: refused, nothing kept', async () => {
    document.body.innerHTML = '<main><h1>Dashboard</h1></main>';
    scriptThisPage();
    expect(await findHubSessionInTab(await openTab())).toMatchObject({
      ok: false,
      message: expect.stringContaining('No hub session on this tab'),
    });
    expect(await hubSessionItem.getValue()).toBeNull();
  });

  it('a hub whose backend is refused: says which rule', async () => {
    hubPage(`token="${SESSION}" base-url="http://hub-api.vendor.example"`);
    scriptThisPage();
    expect(await findHubSessionInTab(await openTab())).toMatchObject({
      ok: false,
      message: expect.stringContaining('The hub on this page uses an address we refuse'),
    });
    expect(await hubSessionItem.getValue()).toBeNull();
  });

  it('a base-url outside the trusted hub APIs: shown, nothing kept until the admin confirms that host', async () => {
    hubPage(`token="${SESSION}" base-url="https://api.example.net"`);
    scriptThisPage();
    const tabId = await openTab();
    expect(await findHubSessionInTab(tabId)).toEqual({
      ok: false,
      message: "This page's hub sends your token to api.example.net",
      confirm: { origin: 'https://api.example.net', host: 'api.example.net' },
    });
    expect(await hubSessionItem.getValue()).toBeNull();
    // Confirming another host confirms nothing.
    expect(await findHubSessionInTab(tabId, { confirmOrigin: 'https://api.other.example' })).toMatchObject({
      ok: false,
    });
    // Confirmed, but host access denied: still nothing kept, nothing remembered.
    expect(await findHubSessionInTab(tabId, { confirmOrigin: 'https://api.example.net' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('nothing was kept'),
    });
    expect(await hubSessionItem.getValue()).toBeNull();
    expect(await confirmedHubApisItem.getValue()).toEqual([]);
    grantedOrigins('https://api.example.net');
    expect(await findHubSessionInTab(tabId, { confirmOrigin: 'https://api.example.net' })).toMatchObject({
      ok: true,
      session: { baseUrl: 'https://api.example.net' },
    });
    expect(await confirmedHubApisItem.getValue()).toEqual(['https://api.example.net']);
  });

  it('a policy-locked hub API base URL: the page never overrides it', async () => {
    policy({ hubApiBaseUrl: 'https://hub.corp.example' });
    grantedOrigins('https://hub.corp.example', 'https://api.example.net');
    hubPage(`token="${SESSION}" base-url="https://api.example.net"`);
    scriptThisPage();
    const tabId = await openTab();
    expect(await findHubSessionInTab(tabId, { confirmOrigin: 'https://api.example.net' })).toMatchObject({
      ok: true,
      session: { baseUrl: 'https://hub.corp.example' },
    });
    expect((await hubSessionItem.getValue())?.baseUrl).toBe('https://hub.corp.example');
  });

  it('a policy list: another host is refused, and cannot be confirmed', async () => {
    policy({ trustedHubApis: ['https://hub.corp.example'] });
    grantedOrigins('https://api.example.net');
    hubPage(`token="${SESSION}" base-url="https://api.example.net"`);
    scriptThisPage();
    expect(
      await findHubSessionInTab(await openTab(), { confirmOrigin: 'https://api.example.net' }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('which your IT does not allow'),
    });
    expect(await hubSessionItem.getValue()).toBeNull();
  });

  it('a newer session never silently replaces one of another hub', async () => {
    await hubSessionItem.setValue({
      token: 'older-session-1234',
      baseUrl: 'https://api.eu1.stackone.com',
      source: 'hub-tab',
    });
    hubPage(`token="${SESSION}"`);
    scriptThisPage();
    const tabId = await openTab();
    expect(await findHubSessionInTab(tabId)).toMatchObject({
      ok: false,
      replaces: { from: 'api.eu1.stackone.com', to: 'api.stackone.com' },
    });
    expect((await hubSessionItem.getValue())?.token).toBe('older-session-1234');
    expect(await findHubSessionInTab(tabId, { replace: true })).toMatchObject({ ok: true });
    expect((await hubSessionItem.getValue())?.token).toBe(SESSION);
  });

  it('a tab the extension cannot read: says where to click', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents'));
    expect(await findHubSessionInTab(await openTab())).toEqual({
      ok: false,
      message: 'The extension cannot read this tab. Open the hub tab and click the toolbar icon there.',
    });
  });
});
