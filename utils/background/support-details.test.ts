// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { searchScopes } from '../dom/deep-query';
import {
  courageTokensPage,
  odysseyShell,
  UNKNOWN_WORDS,
  useConsoleLayout,
} from '../okta/console-dom.fixture';
import { locateTarget } from '../okta/guide-steps';
import type { StrategyAttempt } from '../okta/locators';
import { browserOf, supportDetails } from './support-details';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const NAME = 'Jane Doe';
const EMAIL = 'jane.doe@acme.test';

useConsoleLayout();

/** A console where nothing the guide looks for is found, with secrets and a person planted everywhere. */
function plantedPage(): StrategyAttempt[] {
  odysseyShell(UNKNOWN_WORDS); // its top nav has the admin's menu: "Jane Doe, jane.doe@acme.test"
  courageTokensPage(UNKNOWN_WORDS, { dataSe: false });
  document.body.insertAdjacentHTML(
    'beforeend',
    `<header><nav><a href="/app/UserHome">${NAME}</a><button aria-expanded="false">${NAME} ${EMAIL}</button></nav></header>
     <table><tr><td>Created by ${NAME} (${EMAIL})</td><td><button>${NAME}</button></td></tr></table>
     <nav><a href="/admin/user/${EMAIL}">${EMAIL}</a><a href="/x">${TOKEN}</a></nav>
     <div role="tablist"><div role="tab">${EMAIL}</div><div role="tab">${TOKEN}</div></div>
     <div role="dialog"><p>${NAME}</p><input readonly value="${TOKEN}"><button>${EMAIL}</button></div>
     <aside><code>Authorization: SSWS ${TOKEN}</code></aside>`,
  );
  const attempts: StrategyAttempt[] = [];
  for (const target of [
    'admin-button',
    'security-nav',
    'api-nav',
    'tokens-tab',
    'create-token-button',
  ] as const) {
    locateTarget(target, searchScopes(document), attempts);
  }
  const dialog = document.querySelector('[role="dialog"]') as Element;
  locateTarget('submit-token-button', [dialog], attempts);
  locateTarget('revealed-token', [dialog], attempts);
  return attempts;
}

describe('details for support', () => {
  it('say what was tried, where, in which language, with which versions', () => {
    const text = supportDetails({
      step: 'open-api',
      path: '/admin/dashboard',
      language: 'ja',
      attempts: plantedPage(),
      shadowHosts: ['odyssey-react-wc-1-39-0'],
      extensionVersion: '0.1.0',
      userAgent:
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
    });
    expect(text).toContain('Step: open-api');
    expect(text).toContain('Page path: /admin/dashboard');
    expect(text).toContain('Console language: ja');
    expect(text).toContain('Extension version: 0.1.0');
    expect(text).toContain('Browser: Chrome 156.0.0.0');
    expect(text).toContain('Open shadow roots searched: 1 (odyssey-react-wc-1-39-0)');
    expect(text).toMatch(/security-nav #1 by role \(\[aria-expanded\]\): \d+ candidates, 0 matched/);
    // UI labels of what was considered are there to help…
    expect(text).toContain('"Xecurite"');
  });

  it('never hold the token, a person’s name or e-mail, whatever the page shows', () => {
    const text = supportDetails({
      step: 'open-api',
      path: `/admin/user/profile/${EMAIL}/${TOKEN}`,
      language: 'en',
      attempts: plantedPage(),
      shadowHosts: [],
      extensionVersion: '0.1.0',
      userAgent: 'Firefox/140.0',
    });
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain('Jane');
    expect(text).not.toContain('Doe');
  });

  it('name the browser by product and version only', () => {
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(
      'Firefox 140.0',
    );
    expect(browserOf('… Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.1')).toBe('Edge 156.0.0.1');
  });
});
