// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import hubFillScript from '../../entrypoints/hub-fill.content/index';
import { hubFormHtml, layOut, mountHub, STANDARD_FIELDS } from '../autofill/hub-dom.fixture';
import { settingsItem } from '../storage';
import { fillHubForm, HUB_FILL_SCRIPT, inspectHubForm } from './hub-form';
import { storeToken } from './token-vault';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';

type Injection = Parameters<typeof fakeBrowser.scripting.executeScript>[0];

/**
 * `scripting.executeScript` against this happy-dom page: a file injection runs the hub filler's content
 * script, a function injection runs the function with its arguments, as Chrome does in the tab's frame.
 */
function scriptThisPage() {
  const injections: Injection[] = [];
  const spy = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (
    injection: Injection,
  ) => {
    injections.push(injection);
    if ('files' in injection && injection.files) {
      hubFillScript.main(undefined as never);
      return [{ frameId: 0, documentId: 'd', result: undefined }];
    }
    const { func, args } = injection as { func: (...values: unknown[]) => unknown; args?: unknown[] };
    return [{ frameId: 0, documentId: 'd', result: func(...(args ?? [])) }];
  }) as never);
  return { injections, spy };
}

async function openTab(url = location.href): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id as number;
}

beforeEach(() => {
  fakeBrowser.reset();
  layOut(mountHub(hubFormHtml(STANDARD_FIELDS)));
});

const inputValues = () =>
  Array.from(
    document.querySelector('stackone-hub')?.firstElementChild?.shadowRoot?.querySelectorAll('input') ?? [],
  ).map((input) => input.value);

describe('inspecting the hub form of a tab', () => {
  it('injects the filler into the top frame only and reports what it found, filling nothing', async () => {
    const { injections } = scriptThisPage();
    const result = await inspectHubForm(await openTab());
    expect(result).toMatchObject({
      ok: true,
      summary: 'Okta form with 3 fields',
      origin: location.origin,
      trusted: false,
    });
    expect(injections.map((injection) => injection.target)).toEqual([
      { tabId: expect.any(Number), frameIds: [0] },
      { tabId: expect.any(Number), frameIds: [0] },
    ]);
    expect(injections[0]).toMatchObject({ files: [HUB_FILL_SCRIPT] });
    expect(inputValues()).toEqual(['', '', '']);
  });

  it('a tab the extension cannot script: says so', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    expect(await inspectHubForm(await openTab())).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('an answer that is not a report (a tampered page world): treated as unreachable', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, documentId: 'd', result: { ok: true, summary: 42 } },
    ] as never);
    expect(await inspectHubForm(await openTab())).toMatchObject({ ok: false, reason: 'unreachable' });
  });
});

describe('filling the hub form of a tab', () => {
  it('without a captured token: refused before touching the page', async () => {
    const { spy } = scriptThisPage();
    expect(await fillHubForm(await openTab(), { origin: location.origin })).toMatchObject({
      ok: false,
      reason: 'no-token',
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('hands the token to the tab’s top frame only, as an argument, and never gets it back', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'pasted');
    const { injections } = scriptThisPage();
    const result = await fillHubForm(await openTab(), { origin: location.origin, eventHookName: ' Hooks ' });
    expect(result).toMatchObject({
      ok: true,
      message: "Filled 3 fields: review them and click the hub's Connect.",
    });
    expect(inputValues()).toEqual(['acme.okta.com', TOKEN, 'Hooks']);
    const carrying = injections.filter((injection) => JSON.stringify(injection).includes(TOKEN));
    expect(carrying).toHaveLength(1);
    expect(carrying[0]?.target).toEqual({ tabId: expect.any(Number), frameIds: [0] });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('remembers the origin as trusted only when the admin asked, after a fill', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'pasted');
    scriptThisPage();
    const tabId = await openTab();
    await fillHubForm(tabId, { origin: location.origin });
    expect((await settingsItem.getValue()).trustedHubOrigins).toEqual([]);
    const trusted = await fillHubForm(tabId, { origin: location.origin, trustOrigin: true, overwrite: true });
    expect(trusted).toMatchObject({ ok: true, trusted: true });
    expect((await settingsItem.getValue()).trustedHubOrigins).toEqual([location.origin]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(TOKEN);
    expect(await inspectHubForm(tabId)).toMatchObject({ ok: true, trusted: true });
  });

  it('a tab that moved to another origin than the popup showed: refused before touching it', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'pasted');
    const { spy } = scriptThisPage();
    const result = await fillHubForm(await openTab('https://evil.example/hub'), { origin: location.origin });
    expect(result).toMatchObject({ ok: false, reason: 'page-changed' });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe("pointing at the hub's Connect after a fill", () => {
  const pointer = () => document.querySelector('okta-link-hub-pointer');

  it('points at it when asked, in a shadow root of its own, until the hub says it connected', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'pasted');
    scriptThisPage();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const tabId = await openTab();
    expect(await fillHubForm(tabId, { origin: location.origin })).not.toHaveProperty('pointedAtConnect');
    expect(pointer()).toBeNull();
    const result = await fillHubForm(tabId, {
      origin: location.origin,
      pointAtConnect: true,
      overwrite: true,
    });
    expect(result).toMatchObject({ ok: true, pointedAtConnect: true });
    expect(pointer()?.shadowRoot?.textContent).toContain('Click Connect to finish');
    expect(pointer()?.shadowRoot?.querySelector('[role="status"]')).not.toBeNull();
    const hub = document.querySelector('stackone-hub') as HTMLElement;
    hub.dispatchEvent(new CustomEvent('success', { detail: { id: 'acc_1' }, bubbles: true, composed: true }));
    expect(pointer()).toBeNull();
  });

  it('goes away when the page changes', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'pasted');
    scriptThisPage();
    await fillHubForm(await openTab(), { origin: location.origin, pointAtConnect: true });
    expect(pointer()).not.toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(pointer()).toBeNull();
  });

  it('says so when the hub shows no Connect button to point at', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'pasted');
    scriptThisPage();
    const root = document.querySelector('stackone-hub')?.firstElementChild?.shadowRoot as ShadowRoot;
    for (const button of root.querySelectorAll('button'))
      if (button.textContent === 'Connect') button.remove();
    const result = await fillHubForm(await openTab(), { origin: location.origin, pointAtConnect: true });
    expect(result).toMatchObject({ ok: true, pointedAtConnect: false });
    expect(pointer()).toBeNull();
  });
});

describe("the hub's own success after a fill", () => {
  it('is heard from the hub that was filled, also when the vendor nests it in a shadow root', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'pasted');
    const fixture = mountHub(hubFormHtml(STANDARD_FIELDS), document, { nested: true });
    layOut(fixture);
    scriptThisPage();
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expect(await fillHubForm(await openTab(), { origin: location.origin })).toMatchObject({ ok: true });
    fixture.hub.dispatchEvent(
      new CustomEvent('success', {
        detail: { id: 'acc_1', provider: 'okta' },
        bubbles: true,
        composed: true,
      }),
    );
    expect(sent).toHaveBeenCalledWith({
      type: 'hub-fill:hub-connected',
      accountId: 'acc_1',
      provider: 'okta',
    });
  });
});
