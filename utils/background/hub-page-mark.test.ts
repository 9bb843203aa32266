// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://app.vendor.example/settings/integrations"}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hubPageUnchanged, markHubPage } from './hub-page-mark';

/** `scripting.executeScript` runs the function in this happy-dom page, as the browser runs it in the tab. */
beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/settings/integrations');
  document.body.innerHTML = '<main><stackone-hub token="s"></stackone-hub></main>';
  delete (globalThis as Record<string, unknown>).__oktaLinkAssistantHubMark;
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
    func: (...args: unknown[]) => unknown;
    args?: unknown[];
  }) => [{ frameId: 0, result: injection.func(...(injection.args ?? [])) }]) as never);
});

describe('hub first is bound to the page the admin clicked on', () => {
  it('the same document, address and hub element: unchanged', async () => {
    expect(await markHubPage(1, 'n1')).toBe('https://app.vendor.example/settings/integrations');
    expect(await hubPageUnchanged(1, 'n1')).toBe(true);
    expect(await hubPageUnchanged(1, 'another')).toBe(false);
  });

  it('a same-origin navigation inside the page (another path): changed', async () => {
    await markHubPage(1, 'n1');
    history.pushState(null, '', '/user-content/form');
    expect(await hubPageUnchanged(1, 'n1')).toBe(false);
  });

  it('the hub element redrawn (another form drawing a <stackone-hub>): changed', async () => {
    await markHubPage(1, 'n1');
    document.body.innerHTML = '<main><stackone-hub token="s"></stackone-hub></main>';
    expect(await hubPageUnchanged(1, 'n1')).toBe(false);
  });

  it('a new document (no mark in it): changed', async () => {
    await markHubPage(1, 'n1');
    delete (globalThis as Record<string, unknown>).__oktaLinkAssistantHubMark;
    expect(await hubPageUnchanged(1, 'n1')).toBe(false);
  });

  it('no hub on the page: no mark', async () => {
    document.body.innerHTML = '<main></main>';
    expect(await markHubPage(1, 'n1')).toBeNull();
  });
});
