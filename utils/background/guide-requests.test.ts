import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GuideStatus, MessageSender } from '../messages';
import { readAdminRolesInPage } from '../okta/privilege-check';
import { guidesItem, hubSessionItem, linkOutcomeItem, managedPolicyItem, privilegeItem } from '../storage';
import { guideStatusFor, keepGuidesInformed } from './guide-status';
import { startGuide } from './guides';
import { connect } from './link-service';
import { handleMessage } from './router';
import { readToken, storeToken } from './token-vault';

vi.mock('./link-service', () => ({ connect: vi.fn(async () => ({ status: 'failed' })) }));

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const ACME_TOKENS = 'https://acme-admin.okta.com/admin/access/api/tokens';
const GLOBEX = 'https://globex-admin.okta.com/admin/access/api/tokens';

/** A message as our guide on tab `tabId` sends it: our extension, top frame, that page. */
function fromGuide(message: unknown, tabId = 7, url = ACME_TOKENS) {
  const sender: MessageSender = { id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: tabId } as never };
  return handleMessage(message, sender) as Promise<GuideStatus | undefined> | undefined;
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(connect).mockClear();
  fakeBrowser.scripting.executeScript = vi.fn(async () => [{ frameId: 0, result: false }]) as never;
  await startGuide(7, ACME_TOKENS, 'direct');
});

describe('what a guide is told', () => {
  it('answers hello with its status: running, its mode, never the token', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    const status = await fromGuide({ type: 'guide:hello' });
    expect(status).toMatchObject({
      running: true,
      mode: 'direct',
      orgDomain: 'acme.okta.com',
      tokenCaptured: { masked: '00ab…wxyz' },
      connect: null,
    });
    expect(JSON.stringify(status)).not.toContain(TOKEN);
  });

  it('answers hello without waiting for the browser’s policy read, and tells it the policy once read', async () => {
    // Chrome's first policy read after install takes seconds (a Start on a busy page waited 52 s for it):
    // a read that never ends must not hold the guide's first answer.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => {}) as never);
    const tab = await fakeBrowser.tabs.create({ url: ACME_TOKENS });
    await startGuide(tab.id ?? 0, ACME_TOKENS, 'direct');
    const status = await fromGuide({ type: 'guide:hello' }, tab.id);
    expect(status).toMatchObject({ running: true, tokenName: 'StackOne Integration' });
    const pushed = vi.fn(async () => undefined);
    fakeBrowser.tabs.sendMessage = pushed as never;
    const stop = keepGuidesInformed();
    await managedPolicyItem.setValue({ tokenName: 'IT-approved name' });
    await vi.waitFor(() =>
      expect(pushed).toHaveBeenCalledWith(
        tab.id,
        { type: 'guide:status', status: expect.objectContaining({ tokenName: 'IT-approved name' }) },
        { frameId: 0 },
      ),
    );
    stop();
  });

  it('tells a guide on another org that it is not running there', async () => {
    expect(await fromGuide({ type: 'guide:hello' }, 7, GLOBEX)).toMatchObject({
      running: false,
      orgDomain: null,
    });
  });

  it('offers Connect once a token is held and a hub session known, showing only the hub’s origin', async () => {
    await hubSessionItem.setValue({
      token: 'hub-secret-session',
      baseUrl: 'https://api.hub.test/v1',
      source: 'popup',
    });
    expect((await fromGuide({ type: 'guide:hello' }))?.connect).toBeNull();
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    const status = await fromGuide({ type: 'guide:hello' });
    expect(status?.connect).toEqual({
      hubOrigin: 'https://api.hub.test',
      state: 'ready',
      message: null,
    });
    expect(JSON.stringify(status)).not.toContain('hub-secret-session');
  });

  it('shows a failure of the attempt with this token, not of an earlier one', async () => {
    await hubSessionItem.setValue({ token: 'hub-session', baseUrl: 'https://api.hub.test', source: 'popup' });
    await linkOutcomeItem.setValue({
      status: 'failed',
      orgDomain: 'acme.okta.com',
      kind: 'hub-auth',
      message: 'Hub session expired or invalid (401).',
      at: Date.now() - 60_000,
    });
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    expect((await fromGuide({ type: 'guide:hello' }))?.connect?.state).toBe('ready');
    await linkOutcomeItem.setValue({
      status: 'failed',
      orgDomain: 'acme.okta.com',
      kind: 'hub-auth',
      message: 'Hub session expired or invalid (401).',
      at: Date.now() + 1,
    });
    expect((await fromGuide({ type: 'guide:hello' }))?.connect).toMatchObject({
      state: 'failed',
      message: 'Hub session expired or invalid (401).',
    });
  });

  it('says linked only for a link made after this guide started: Start after linked is a new journey', async () => {
    const linked = {
      status: 'linked',
      orgDomain: 'acme.okta.com',
      accountId: 'acc_1',
      provider: 'okta',
    } as const;
    await linkOutcomeItem.setValue({ ...linked, linkedAt: Date.now() - 1000 });
    expect((await fromGuide({ type: 'guide:hello' }))?.linkedAccountId).toBeNull();
    const { startedAt } = (await guidesItem.getValue())['7'] ?? { startedAt: 0 };
    await linkOutcomeItem.setValue({ ...linked, linkedAt: startedAt + 1 });
    expect((await fromGuide({ type: 'guide:hello' }))?.linkedAccountId).toBe('acc_1');
  });

  it('reads the admin’s roles in the tab once per org, keeps the verdict and says what it means', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockResolvedValue([
      {
        frameId: 0,
        result: {
          origin: 'https://acme-admin.okta.com',
          roles: [{ type: 'READ_ONLY_ADMIN', label: 'Read-only Administrator' }],
        },
      },
    ] as never);
    await fromGuide({ type: 'guide:hello' });
    await vi.waitFor(async () => expect((await privilegeItem.getValue())['acme.okta.com']).toBeDefined());
    expect(await privilegeItem.getValue()).toEqual({
      'acme.okta.com': { status: 'insufficient', limit: 'read-only', roles: ['Read-only Administrator'] },
    });
    expect((await fromGuide({ type: 'guide:hello' }))?.privilege).toMatchObject({
      tone: 'warn',
      kind: 'read-only',
    });
    expect((await guideStatusFor(7, GLOBEX)).privilege).toBeNull();
    const checks = vi
      .mocked(fakeBrowser.scripting.executeScript)
      .mock.calls.filter(([call]) => 'func' in call && call.func === readAdminRolesInPage);
    expect(checks).toHaveLength(1);
  });

  it('keeps no verdict read on a page that left the org', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript)
      .mockResolvedValueOnce([
        { frameId: 0, result: { origin: 'https://evil.test', roles: [{ type: 'SUPER_ADMIN' }] } },
      ] as never)
      .mockResolvedValue([
        {
          frameId: 0,
          result: {
            origin: 'https://acme-admin.okta.com',
            roles: [{ type: 'READ_ONLY_ADMIN', label: 'Read-only Administrator' }],
          },
        },
      ] as never);
    // Hello after hello, as pages load, until a verdict is kept: a check runs one at a time per org, and a kept
    // verdict ends the checking, so the one kept shows whether the first reading (another origin) was taken.
    await vi.waitFor(async () => {
      await fromGuide({ type: 'guide:hello' });
      expect((await privilegeItem.getValue())['acme.okta.com']).toBeDefined();
    });
    expect(await privilegeItem.getValue()).toEqual({
      'acme.okta.com': { status: 'insufficient', limit: 'read-only', roles: ['Read-only Administrator'] },
    });
  });
});

describe('Connect from the overlay', () => {
  it('is offered to the guides as soon as a hub session becomes known', async () => {
    const tab = await fakeBrowser.tabs.create({ url: ACME_TOKENS });
    await startGuide(tab.id ?? 0, ACME_TOKENS);
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    const pushed = vi.fn(async () => undefined);
    fakeBrowser.tabs.sendMessage = pushed as never;
    const stop = keepGuidesInformed();
    await hubSessionItem.setValue({ token: 'hub-session', baseUrl: 'https://api.hub.test', source: 'popup' });
    await vi.waitFor(() =>
      expect(pushed).toHaveBeenCalledWith(
        tab.id,
        {
          type: 'guide:status',
          status: expect.objectContaining({
            connect: expect.objectContaining({ hubOrigin: 'https://api.hub.test' }),
          }),
        },
        { frameId: 0 },
      ),
    );
    stop();
  });

  it('links the token of the guided org, and answers with the outcome', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    const status = await fromGuide({ type: 'guide:connect' });
    expect(connect).toHaveBeenCalledTimes(1);
    expect(connect).toHaveBeenCalledWith({ orgDomain: 'acme.okta.com' });
    expect(status?.running).toBe(true);
  });

  it('never sends another org’s token', async () => {
    await storeToken(TOKEN, 'globex.okta.com', 'pasted');
    await fromGuide({ type: 'guide:connect' });
    expect(connect).not.toHaveBeenCalled();
    expect(await readToken('globex.okta.com')).toMatchObject({ orgDomain: 'globex.okta.com' });
  });

  it('is not obeyed from a tab whose guide was not started, nor from a page on another org', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    await fromGuide({ type: 'guide:connect' }, 8);
    await fromGuide({ type: 'guide:connect' }, 7, GLOBEX);
    expect(connect).not.toHaveBeenCalled();
  });

  it('is not obeyed when malformed or sent by anyone but our guide', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'guide');
    expect(fromGuide({ type: 'guide:connect', integrationId: 'int_x' })).toBeUndefined();
    const otherExtension: MessageSender = {
      id: 'another-extension',
      url: ACME_TOKENS,
      frameId: 0,
      tab: { id: 7 } as never,
    };
    expect(handleMessage({ type: 'guide:connect' }, otherExtension)).toBeUndefined();
    const frame: MessageSender = {
      id: fakeBrowser.runtime.id,
      url: ACME_TOKENS,
      frameId: 2,
      tab: { id: 7 } as never,
    };
    expect(handleMessage({ type: 'guide:connect' }, frame)).toBeUndefined();
    expect(connect).not.toHaveBeenCalled();
  });
});
