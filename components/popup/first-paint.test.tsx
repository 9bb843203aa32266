// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { translatorIn } from '../../utils/i18n/catalogues.fixture';
import type { PopupState } from '../../utils/messages/popup-protocol';
import { paintNoTab, paintOrg } from '../../utils/popup/first-paint';
import type { PopupApi } from '../../utils/popup/popup-api';
import { describeTabPage, type TabPage } from '../../utils/popup/tab-page';
import { inEnglish } from '../i18n.fixture';
import { PopupApp } from './PopupApp';

/**
 * The popup's first paint (utils/popup/first-paint.ts) draws, before the app is loaded, exactly what the app
 * renders while it waits for the background, so that the app takes the DOM over without changing a pixel.
 */

/** The page's shell, as entrypoints/popup/index.html ships it. */
const SHELL = (() => {
  const html = readFileSync(path.resolve(import.meta.dirname, '../../entrypoints/popup/index.html'), 'utf8');
  const shell = /<div id="app">([\s\S]*?)<\/div>/.exec(html)?.[1];
  if (!shell) throw new Error('entrypoints/popup/index.html has no <div id="app"> shell');
  return shell;
})();

const PAGES = {
  'the Admin Console': 'https://acme-admin.okta.com/admin/dashboard',
  'the org dashboard': 'https://acme.okta.com/app/UserHome',
  'a preview org': 'https://acme.oktapreview.com/app/UserHome',
  'a page that is not an Okta org': 'https://app.vendor.example/connect',
};

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) {
    render(null, container);
    container.remove();
  }
});

function container(html = ''): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.append(element);
  containers.push(element);
  return element;
}

/** An api whose background never answers (a worker still waking up), unless `state` is given. */
function api(tabPage: TabPage, state?: PopupState): PopupApi {
  return {
    loadTabPage: async () => tabPage,
    loadState: () => (state ? Promise.resolve(state) : new Promise(() => {})),
    watchState: () => () => {},
    inspectHubForm: () => new Promise(() => {}),
  } as unknown as PopupApi;
}

async function renderApp(root: HTMLElement, tabPage: TabPage, state?: PopupState) {
  await act(async () => {
    render(inEnglish(<PopupApp api={api(tabPage, state)} tabId={7} tabPage={tabPage} />), root);
  });
}

const { t } = translatorIn('en');

describe('the popup’s first paint', () => {
  it.each(Object.entries(PAGES))('on %s draws what the app draws while loading', async (_, url) => {
    const tabPage = describeTabPage(url);
    const painted = container(SHELL);
    paintOrg(painted, tabPage.page, t);
    const rendered = container();
    await renderApp(rendered, tabPage);
    expect(painted.innerHTML).toBe(rendered.innerHTML);
  });

  it('is taken over by the app node for node, the org staying the same element', async () => {
    const tabPage = describeTabPage(PAGES['the Admin Console']);
    const root = container(SHELL);
    paintOrg(root, tabPage.page, t);
    const main = root.querySelector('main');
    const org = root.querySelector('[data-testid="org-domain"]');
    expect(org?.textContent).toBe('acme.okta.com');

    await renderApp(root, tabPage);
    expect(root.querySelector('main')).toBe(main);
    expect(root.querySelector('[data-testid="org-domain"]')).toBe(org);
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(main?.getAttribute('aria-busy')).toBe('true');
  });

  it('stays busy until the background answered, then the app drops aria-busy on the same <main>', async () => {
    const tabPage = describeTabPage(PAGES['the Admin Console']);
    const root = container(SHELL);
    paintOrg(root, tabPage.page, t);
    const main = root.querySelector('main');
    const state = {
      tabId: 7,
      ...tabPage,
      guide: null,
      privilege: null,
      token: null,
      otherTokens: [],
      revokeFailures: [],
      hubSession: null,
      link: null,
      settings: { tokenName: 'StackOne Integration', hubApiBaseUrl: 'https://api.stackone.com' },
      recentOrgs: [],
      journey: null,
    } satisfies PopupState;
    await renderApp(root, tabPage, state);
    await act(async () => {});
    expect(root.querySelector('main')).toBe(main);
    expect(main?.hasAttribute('aria-busy')).toBe(false);
    expect(root.querySelector('[data-testid="org-domain"]')?.textContent).toBe('acme.okta.com');
  });

  it('says to open the popup from a tab when it was opened from none', () => {
    const root = container(SHELL);
    paintNoTab(root, t);
    expect(root.innerHTML).toBe('<p>Open the popup from a tab.</p>');
  });
});
