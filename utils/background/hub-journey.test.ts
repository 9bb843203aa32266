import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guidesItem, hubJourneyItem, linkOutcomeItem, recentOktaOrgsItem } from '../storage';
import { fillHubForm, inspectHubForm } from './hub-form';
import {
  continueAfterCapture,
  hubJourneyFor,
  JOURNEY_LIFETIME_MS,
  noteTabClosed,
  reopenOktaTab,
  startFromHub,
} from './hub-journey';
import { hubPageUnchanged, markHubPage } from './hub-page-mark';

vi.mock('./hub-form', () => ({ fillHubForm: vi.fn(), inspectHubForm: vi.fn() }));
vi.mock('./hub-page-mark', () => ({ markHubPage: vi.fn(), hubPageUnchanged: vi.fn() }));

const HUB = 'https://app.vendor.example';
const filled = {
  ok: true as const,
  origin: HUB,
  filled: [{ label: 'API Token', meaning: 'apiToken' as const }],
  kept: [],
  rejected: [],
  message: "Filled 1 field: review it and click the hub's Connect.",
  trusted: false,
};

async function openTab(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id as number;
}

/** A journey started from a hub tab; the Okta tab it opened. */
async function started(org = 'acme') {
  const hubTabId = await openTab(`${HUB}/integrations`);
  const result = await startFromHub(hubTabId, { origin: HUB, org, eventHookName: ' Acme events ' });
  if (!result.ok) throw new Error(result.message);
  return { hubTabId, oktaTabId: result.oktaTabId };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(fillHubForm).mockReset().mockResolvedValue(filled);
  // The hub tab shows an API Key form; the page the admin clicked on is still there, unchanged.
  vi.mocked(inspectHubForm)
    .mockReset()
    .mockResolvedValue({ ok: true, origin: HUB } as never);
  vi.mocked(markHubPage)
    .mockReset()
    .mockImplementation(async (tabId) => (await fakeBrowser.tabs.get(tabId)).url ?? null);
  vi.mocked(hubPageUnchanged).mockReset().mockResolvedValue(true);
  fakeBrowser.scripting.executeScript = vi.fn(async () => [{ frameId: 0, result: false }]) as never;
  // fakeBrowser leaves windows.update unmocked for missing windows; the journey focuses the hub's window.
  vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
});

describe('Get token from Okta, started on a hub tab', () => {
  it('opens the org’s Tokens page in a new tab with the guide (direct), remembering the journey', async () => {
    const { hubTabId, oktaTabId } = await started();
    expect(await fakeBrowser.tabs.get(oktaTabId)).toMatchObject({
      url: 'https://acme-admin.okta.com/admin/access/api/tokens',
      active: true,
    });
    expect((await guidesItem.getValue())[String(oktaTabId)]).toMatchObject({
      orgDomain: 'acme.okta.com',
      mode: 'direct',
    });
    expect(await hubJourneyItem.getValue()).toEqual({
      hubTabId,
      hubOrigin: HUB,
      hubUrl: `${HUB}/integrations`,
      pageMark: expect.any(String),
      orgDomain: 'acme.okta.com',
      protocol: 'https:',
      oktaTabId,
      startedAt: expect.any(Number),
      eventHookName: 'Acme events',
      status: 'waiting-token',
      message: null,
    });
  });

  it('opens the org on the scheme it was seen on (a local test org is plain http)', async () => {
    await recentOktaOrgsItem.setValue([{ orgDomain: 'acme.okta.com', protocol: 'http:' }]);
    const { oktaTabId } = await started('acme.okta.com');
    expect((await fakeBrowser.tabs.get(oktaTabId)).url).toBe(
      'http://acme-admin.okta.com/admin/access/api/tokens',
    );
  });

  it.each(['acme.okta.com.evil.test', 'example.com', ''])('refuses “%s”, opening nothing', async (org) => {
    const hubTabId = await openTab(`${HUB}/integrations`);
    const result = await startFromHub(hubTabId, { origin: HUB, org });
    expect(result).toMatchObject({ ok: false, field: 'org' });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(2); // the default tab and the hub's
    expect(await hubJourneyItem.getValue()).toBeNull();
  });

  it('refuses when the tab no longer shows the origin the popup showed', async () => {
    const hubTabId = await openTab('https://elsewhere.example/');
    expect(await startFromHub(hubTabId, { origin: HUB, org: 'acme' })).toMatchObject({
      ok: false,
      field: 'page',
      message: expect.stringContaining('This tab now shows https://elsewhere.example'),
    });
    expect(await hubJourneyItem.getValue()).toBeNull();
  });

  it('starts only on an API Key form: otherwise says what to do first, opening nothing', async () => {
    vi.mocked(inspectHubForm).mockResolvedValue({
      ok: false,
      reason: 'auth-method-chooser',
      origin: HUB,
      message: 'The hub asks for the authentication method first: choose API Key.',
    } as never);
    const hubTabId = await openTab(`${HUB}/integrations`);
    expect(await startFromHub(hubTabId, { origin: HUB, org: 'acme' })).toMatchObject({
      ok: false,
      field: 'page',
      message: expect.stringContaining('choose API Key'),
    });
    expect(await hubJourneyItem.getValue()).toBeNull();
    expect(await fakeBrowser.tabs.query({})).toHaveLength(2);
  });
});

describe('after the capture', () => {
  it('fills nothing when the hub page changed since the click (another page of the origin, or the hub redrawn)', async () => {
    const { hubTabId, oktaTabId } = await started();
    vi.mocked(hubPageUnchanged).mockResolvedValue(false);
    await continueAfterCapture('acme.okta.com', oktaTabId);
    expect(hubPageUnchanged).toHaveBeenCalledWith(hubTabId, expect.any(String));
    expect(fillHubForm).not.toHaveBeenCalled();
    expect(await hubJourneyItem.getValue()).toMatchObject({
      status: 'fill-refused',
      message: expect.stringContaining('the hub page changed since you clicked Get token from Okta'),
    });
  });

  it('brings the hub tab back and fills it, pointing at the hub’s Connect', async () => {
    const { hubTabId, oktaTabId } = await started();
    await fakeBrowser.tabs.update(oktaTabId, { active: true });
    await continueAfterCapture('acme.okta.com', oktaTabId);
    // The journey's org's token, never another org's.
    expect(fillHubForm).toHaveBeenCalledExactlyOnceWith(hubTabId, {
      orgDomain: 'acme.okta.com',
      origin: HUB,
      eventHookName: 'Acme events',
      pointAtConnect: true,
    });
    expect((await fakeBrowser.tabs.get(hubTabId)).active).toBe(true);
    expect(fakeBrowser.windows.update).toHaveBeenCalledWith(expect.any(Number), { focused: true });
    expect(await hubJourneyItem.getValue()).toMatchObject({ status: 'filled', message: filled.message });
  });

  it('fills once, however many times the token is reported', async () => {
    const { oktaTabId } = await started();
    await Promise.all([
      continueAfterCapture('acme.okta.com', oktaTabId),
      continueAfterCapture('acme.okta.com', oktaTabId),
    ]);
    expect(fillHubForm).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another tab of the org', 'acme.okta.com', 'other-tab'],
    ['another org', 'globex.okta.com', 'journey-tab'],
  ] as const)('fills nothing for a capture in %s', async (_, org, where) => {
    const { oktaTabId } = await started();
    const tabId = where === 'other-tab' ? await openTab('https://acme-admin.okta.com/') : oktaTabId;
    await continueAfterCapture(org, tabId);
    expect(fillHubForm).not.toHaveBeenCalled();
    expect(await hubJourneyItem.getValue()).toMatchObject({ status: 'waiting-token' });
  });

  it('fills nothing once the click that started the journey is too old', async () => {
    const { oktaTabId } = await started();
    await continueAfterCapture('acme.okta.com', oktaTabId, Date.now() + JOURNEY_LIFETIME_MS + 1);
    expect(fillHubForm).not.toHaveBeenCalled();
  });

  it('fills nothing in a hub tab that shows another site now, and says so', async () => {
    const { hubTabId, oktaTabId } = await started();
    await fakeBrowser.tabs.update(hubTabId, { url: 'https://app.vendor.example.evil.test/integrations' });
    await continueAfterCapture('acme.okta.com', oktaTabId);
    expect(fillHubForm).not.toHaveBeenCalled();
    expect((await fakeBrowser.tabs.get(hubTabId)).active).toBe(false);
    expect(await hubJourneyItem.getValue()).toMatchObject({ status: 'hub-navigated' });
  });

  it('fills nothing when the hub tab was closed, and says so', async () => {
    const { hubTabId, oktaTabId } = await started();
    // fakeBrowser removes the tab, then trips over its own window lookup (it asks for the tab's id as a window's).
    await fakeBrowser.tabs.remove(hubTabId).catch(() => {});
    await noteTabClosed(hubTabId);
    expect(await hubJourneyItem.getValue()).toMatchObject({ status: 'hub-closed' });
    await continueAfterCapture('acme.okta.com', oktaTabId);
    expect(fillHubForm).not.toHaveBeenCalled();
  });

  it('keeps the hub’s refusal to show the admin (the token stays held)', async () => {
    vi.mocked(fillHubForm).mockResolvedValue({
      ok: false,
      reason: 'covered',
      origin: HUB,
      message: 'Something on this page lies over the hub\'s "API Token" field.',
      trusted: false,
    });
    const { oktaTabId } = await started();
    await continueAfterCapture('acme.okta.com', oktaTabId);
    expect(await hubJourneyItem.getValue()).toMatchObject({
      status: 'fill-refused',
      message: expect.stringContaining('lies over'),
    });
  });
});

describe('tabs closing', () => {
  it('the Okta tab closed before the capture: the journey waits to be reopened, in a new tab', async () => {
    const { oktaTabId } = await started();
    await noteTabClosed(oktaTabId);
    expect(await hubJourneyItem.getValue()).toMatchObject({ status: 'okta-closed', oktaTabId: null });
    expect(await reopenOktaTab()).toEqual({ ok: true });
    const journey = await hubJourneyItem.getValue();
    expect(journey).toMatchObject({ status: 'waiting-token' });
    expect(journey?.oktaTabId).not.toBe(oktaTabId);
    expect((await fakeBrowser.tabs.get(journey?.oktaTabId as number)).url).toBe(
      'https://acme-admin.okta.com/admin/access/api/tokens',
    );
  });

  it('there is nothing to reopen while the Okta tab is open', async () => {
    await started();
    expect(await reopenOktaTab()).toMatchObject({ ok: false });
  });

  it('a filled hub tab closed ends the journey', async () => {
    const { hubTabId, oktaTabId } = await started();
    await continueAfterCapture('acme.okta.com', oktaTabId);
    await noteTabClosed(hubTabId);
    expect(await hubJourneyItem.getValue()).toBeNull();
  });

  it('other tabs closing change nothing', async () => {
    await started();
    const before = await hubJourneyItem.getValue();
    await noteTabClosed(999);
    expect(await hubJourneyItem.getValue()).toEqual(before);
  });
});

describe('the journey as the popup sees it', () => {
  it('says which of its tabs the popup is on', async () => {
    const { hubTabId, oktaTabId } = await started();
    expect(await hubJourneyFor(hubTabId)).toMatchObject({ here: 'hub' });
    expect(await hubJourneyFor(oktaTabId)).toMatchObject({ here: 'okta' });
    expect(await hubJourneyFor(999)).toMatchObject({ here: 'elsewhere' });
  });

  it('is over once its org was linked after it started', async () => {
    const { hubTabId } = await started();
    const linked = {
      status: 'linked' as const,
      orgDomain: 'acme.okta.com',
      accountId: 'acc_1',
      provider: 'okta',
    };
    await linkOutcomeItem.setValue({ ...linked, linkedAt: 0 });
    expect(await hubJourneyFor(hubTabId)).not.toBeNull();
    await linkOutcomeItem.setValue({ ...linked, linkedAt: Date.now() });
    expect(await hubJourneyFor(hubTabId)).toBeNull();
  });
});
