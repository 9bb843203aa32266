import { accessibleName, queryAllDeep } from '../dom/deep-query';
import { isRendered } from '../dom/visibility';
import { OKTA_TOKEN_IN_TEXT } from './token';

/**
 * One locator per thing the guide points at, each a list of strategies from the most stable signal to the
 * least: Okta's own `data-se` test hooks, link paths, ARIA roles with accessible names (English and the
 * Admin Console's other languages), then structure. The first strategy that finds a rendered element wins.
 */

export type TargetId =
  | 'sign-in-form'
  | 'admin-button'
  | 'security-nav'
  | 'api-nav'
  | 'tokens-tab'
  | 'create-token-button'
  | 'token-name-input'
  | 'network-select'
  | 'submit-token-button'
  | 'revealed-token';

export type Strategy =
  | { kind: 'data-se'; selector: string }
  | { kind: 'href'; selector: string; paths: readonly string[] }
  | { kind: 'role-name'; selector: string; name: RegExp }
  | { kind: 'structure'; selector: string; where?: (element: Element) => boolean };

export type Scope = Document | ShadowRoot | Element;

export interface Located {
  element: Element;
  strategy: Strategy['kind'];
}

/** Names in the languages the Admin Console offers that we know; English first. */
const SECURITY =
  /^(security|sécurité|sicherheit|seguridad|segurança|sicurezza|beveiliging|セキュリティ|보안|安全|安全性)$/i;
const API = /^api$/i;
const TOKENS = /^(tokens|jetons|token|tokens de api|api-token|トークン|토큰|令牌)$/i;
const CREATE_TOKEN =
  /^(create token|créer un jeton|token erstellen|crear token|criar token|crea token|トークンの作成)$/i;
const ADMIN = /^(admin|administrateur|administration|administrador|amministratore|管理者)$/i;
const NAME_LABEL = /(token to be named|nommer votre jeton|token benennen|nombre|name)/i;
const NETWORK_LABEL = /(originate from|provenir|stammen|originarse|origem|provenire|network|réseau)/i;

const DIALOG =
  '[role="dialog"], [role="alertdialog"], dialog[open], .simplemodal-container, [aria-modal="true"]';

function insideDialog(element: Element): boolean {
  return Boolean(element.closest(DIALOG));
}

function labelText(input: Element): string {
  const id = input.getAttribute('id');
  const root = input.getRootNode() as Document | ShadowRoot;
  const forLabel =
    id && 'querySelector' in root ? root.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  const wrapping = input.closest('label');
  const field = input.closest('[data-se^="o-form-fieldset"], .o-form-fieldset, .o-form-input, fieldset, div');
  return (
    forLabel?.textContent ??
    wrapping?.textContent ??
    field?.querySelector('label')?.textContent ??
    ''
  ).trim();
}

export const LOCATORS: Record<TargetId, readonly Strategy[]> = {
  'sign-in-form': [
    { kind: 'data-se', selector: '[data-se="o-form-input-password"] input, [data-se="password"]' },
    { kind: 'structure', selector: 'form input[type="password"]' },
  ],
  'admin-button': [
    { kind: 'data-se', selector: '[data-se="admin-button"], [data-se="admin-link"]' },
    { kind: 'href', selector: 'a[href]', paths: ['/home/admin-entry'] },
    { kind: 'role-name', selector: 'a, button, [role="button"], [role="link"]', name: ADMIN },
  ],
  'security-nav': [
    { kind: 'data-se', selector: '[data-se="o-side-nav-item-SECURITY"]' },
    { kind: 'role-name', selector: 'nav button, nav [role="button"], [aria-expanded]', name: SECURITY },
  ],
  'api-nav': [
    {
      kind: 'href',
      selector: 'a.nav-item--wrapper[href], nav a[href]',
      paths: ['/admin/oauth2/as', '/admin/access/api/tokens', '/admin/access/api'],
    },
    { kind: 'role-name', selector: 'nav a, [role="navigation"] a', name: API },
  ],
  'tokens-tab': [
    { kind: 'data-se', selector: '[data-se="tab-tokens"]' },
    {
      kind: 'href',
      selector: '[role="tab"][href], .tabs a[href], a[href]:not(.nav-item--wrapper)',
      paths: ['/admin/access/api/tokens'],
    },
    { kind: 'role-name', selector: '[role="tab"]', name: TOKENS },
  ],
  'create-token-button': [
    { kind: 'data-se', selector: '[data-se="create-token"], [data-se="create-token-button"]' },
    { kind: 'role-name', selector: 'button, a.button, [role="button"]', name: CREATE_TOKEN },
  ],
  'token-name-input': [
    { kind: 'data-se', selector: `:is(${DIALOG}) [data-se="o-form-input-name"] input` },
    {
      kind: 'structure',
      selector: `:is(${DIALOG}) input[type="text"], :is(${DIALOG}) input:not([type])`,
      where: (input) => NAME_LABEL.test(labelText(input)) || input.getAttribute('name') === 'name',
    },
  ],
  'network-select': [
    { kind: 'data-se', selector: `:is(${DIALOG}) [data-se^="o-form-input-"] select` },
    {
      kind: 'structure',
      selector: `:is(${DIALOG}) select`,
      where: (select) =>
        NETWORK_LABEL.test(labelText(select)) || (select as HTMLSelectElement).options.length >= 5,
    },
  ],
  'submit-token-button': [
    { kind: 'data-se', selector: `:is(${DIALOG}) [data-se="o-form"] .o-form-button-bar [type="submit"]` },
    { kind: 'role-name', selector: `:is(${DIALOG}) :is(button, input[type="submit"])`, name: CREATE_TOKEN },
    { kind: 'structure', selector: `:is(${DIALOG}) form [type="submit"]` },
  ],
  'revealed-token': [
    { kind: 'data-se', selector: '[data-se="token-value"]' },
    {
      kind: 'structure',
      selector: `:is(${DIALOG}) :is(input[readonly], input[type="text"], code, pre, span, div, p, td)`,
      where: (element) => OKTA_TOKEN_IN_TEXT.test(ownText(element)),
    },
  ],
};

/** Text of the element itself, or the value of an input: not its descendants' (to find the innermost holder). */
export function ownText(element: Element): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value;
  let text = '';
  for (const child of element.childNodes) if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
  return text.trim();
}

function pathOf(href: string, base: string): string | null {
  try {
    return new URL(href, base).pathname;
  } catch {
    return null;
  }
}

function matches(strategy: Strategy, element: Element): boolean {
  switch (strategy.kind) {
    case 'data-se':
      return true;
    case 'href': {
      const path = pathOf(element.getAttribute('href') ?? '', element.ownerDocument.baseURI);
      return path !== null && strategy.paths.some((p) => path === p || path === `${p}/`);
    }
    case 'role-name':
      return strategy.name.test(accessibleName(element));
    case 'structure':
      return strategy.where ? strategy.where(element) : true;
  }
}

/** The first rendered element a strategy finds, trying the strategies in order. */
export function locate(target: TargetId, scopes: readonly Scope[]): Located | null {
  for (const strategy of LOCATORS[target]) {
    const element = queryAllDeep(strategy.selector, scopes).find(
      (el) => matches(strategy, el) && isRendered(el),
    );
    if (element) return { element, strategy: strategy.kind };
  }
  return null;
}

/** The token shown in Okta's reveal dialog, only from inside a dialog: a token-shaped string elsewhere is ignored. */
export function readRevealedToken(scopes: readonly Scope[]): string | null {
  const located = locate('revealed-token', scopes);
  if (!located || !insideDialog(located.element)) return null;
  return ownText(located.element).match(OKTA_TOKEN_IN_TEXT)?.[0] ?? null;
}

export function isCreateDialogOpen(scopes: readonly Scope[]): boolean {
  return locate('token-name-input', scopes) !== null;
}
