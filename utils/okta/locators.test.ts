// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchScopes } from '../dom/deep-query';
import { isCreateDialogOpen, locate, readRevealedToken, type TargetId } from './locators';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';

beforeEach(() => {
  // happy-dom has no layout: give every element a box, except those hidden with display:none.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const hidden = (this as HTMLElement).closest?.('[style*="display: none"], [style*="display:none"]');
    return hidden ? new DOMRect(0, 0, 0, 0) : new DOMRect(10, 10, 100, 24);
  });
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function page(html: string) {
  document.body.innerHTML = html;
  return searchScopes(document);
}

/** Renders the side nav inside an open shadow root, as Okta's design system does. */
function shadowNav(inner: string) {
  const host = document.createElement('odyssey-react-web-component');
  host.attachShadow({ mode: 'open' }).innerHTML = `<nav>${inner}</nav>`;
  document.body.append(host);
  return searchScopes(document);
}

function found(target: TargetId, scopes: ReturnType<typeof searchScopes>) {
  const located = locate(target, scopes);
  return located && { strategy: located.strategy, text: located.element.textContent?.trim() };
}

describe('locators, strategy by strategy', () => {
  it('prefers Okta data-se hooks', () => {
    const scopes = page(
      '<a data-se="admin-button" href="/somewhere">Go</a><a href="/home/admin-entry">Admin</a>',
    );
    expect(found('admin-button', scopes)).toEqual({ strategy: 'data-se', text: 'Go' });
  });

  it('falls back to the link path', () => {
    expect(found('admin-button', page('<a href="/home/admin-entry">Console</a>'))).toEqual({
      strategy: 'href',
      text: 'Console',
    });
  });

  it('falls back to role and accessible name, in other languages too', () => {
    expect(found('admin-button', page('<button>Administrateur</button>'))).toEqual({
      strategy: 'role-name',
      text: 'Administrateur',
    });
    expect(found('create-token-button', page('<button>Créer un jeton</button>'))?.strategy).toBe('role-name');
    expect(found('tokens-tab', page('<div role="tab">Jetons</div>'))?.strategy).toBe('role-name');
  });

  it('finds the side nav inside an open shadow root, by hook or by name', () => {
    expect(
      found('security-nav', shadowNav('<button data-se="o-side-nav-item-SECURITY">Security</button>'))
        ?.strategy,
    ).toBe('data-se');
    document.body.innerHTML = '';
    expect(
      found('security-nav', shadowNav('<button aria-expanded="false">Sécurité</button>'))?.strategy,
    ).toBe('role-name');
  });

  it('finds the API entry by its path, whatever its label', () => {
    const scopes = shadowNav(
      '<a class="nav-item--wrapper" href="/admin/oauth2/as"><p class="nav-item--label">API</p></a>',
    );
    expect(found('api-nav', scopes)?.strategy).toBe('href');
  });

  it('skips elements that are not rendered', () => {
    expect(
      locate('admin-button', page('<a data-se="admin-button" style="display: none">Admin</a>')),
    ).toBeNull();
  });

  it('reads the dialog fields by their labels when the hooks are gone', () => {
    const scopes = page(`<div role="dialog"><form>
      <label for="n">What do you want your token to be named?</label><input id="n" type="text">
      <label for="s">API calls made with this token must originate from</label>
      <select id="s"><option>Any IP</option></select>
      <input type="submit" value="Create token"></form></div>`);
    expect(found('token-name-input', scopes)?.strategy).toBe('structure');
    expect(found('network-select', scopes)?.strategy).toBe('structure');
    expect(found('submit-token-button', scopes)?.strategy).toBe('role-name');
    expect(isCreateDialogOpen(scopes)).toBe(true);
  });

  it('does not take a form outside a dialog for the token dialog', () => {
    const scopes = page(
      '<form data-se="o-form"><div data-se="o-form-input-name"><input name="name"></div></form>',
    );
    expect(isCreateDialogOpen(scopes)).toBe(false);
  });
});

describe('readRevealedToken', () => {
  it('reads the token from the reveal dialog, by hook or by shape', () => {
    expect(
      readRevealedToken(
        page(`<div role="dialog"><input readonly data-se="token-value" value="${TOKEN}"></div>`),
      ),
    ).toBe(TOKEN);
    expect(
      readRevealedToken(page(`<div role="dialog"><p>Token Value</p><input readonly value="${TOKEN}"></div>`)),
    ).toBe(TOKEN);
    expect(readRevealedToken(page(`<div class="simplemodal-container"><span>${TOKEN}</span></div>`))).toBe(
      TOKEN,
    );
  });

  it('ignores token-shaped text outside any dialog', () => {
    expect(readRevealedToken(page(`<aside><code>Authorization: SSWS ${TOKEN}</code></aside>`))).toBeNull();
    expect(readRevealedToken(page(`<input readonly data-se="token-value" value="${TOKEN}">`))).toBeNull();
  });

  it('ignores a dialog that shows something else', () => {
    expect(readRevealedToken(page('<div role="dialog"><span>00T1a2b3c4d5e6f7g8h9</span></div>'))).toBeNull();
  });
});
