import { accessibleName } from '../dom/deep-query';
import { controlLabel } from '../dom/labels';
import type { GuideMode } from '../messages/guide-protocol';
import { adminConsoleOrigin } from './domain';
import { byDataSe, byHref, byLabel, byRole, byStructure, linksTo, ownText, type Target } from './locators';
import type { StepId } from './steps-ids';
import { OKTA_TOKEN_IN_TEXT } from './token';

/**
 * Every step of the guide in one place: what it points at (its target and the strategies that find it), what
 * it says, and its shortcut. Names are matched in the languages we know; each target also has a
 * language-independent strategy (structure, link path), because consoles speak languages and wordings we do
 * not know, and new ones carry no `data-se`.
 */

export const ADMIN_TOKENS_PATH = '/admin/access/api/tokens';
export const ADMIN_ENTRY_PATH = '/home/admin-entry';
/** Pages of Security > API (its tabs), and the side-nav links that lead there. */
export const API_SECTION_PATHS = ['/admin/oauth2/as', '/admin/access/api/'];
const API_LINK_PATHS = ['/admin/oauth2/as', '/admin/access/api', '/admin/access/api/'];

export const DIALOG = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';

// Names in the languages we know, English first: one signal among others.
const SECURITY =
  /^(security|sécurité|sicherheit|seguridad|segurança|sicurezza|beveiliging|セキュリティ|보안|安全|安全性)$/i;
const API = /^api$/i;
const TOKENS = /^(api[- ]?)?(tokens?|jetons?|トークン|api ?トークン|토큰|令牌|tokens de api)$/i;
const CREATE_TOKEN =
  /^(create( api)? token|créer un jeton|token erstellen|token anlegen|crear token|criar token|crea token|トークンの作成|トークンを作成(する)?)$/i;
const ADMIN = /^(admin|administrat(or|eur|ion)|administrador|amministratore|管理者|管理)$/i;
const NAME_LABEL = /(named|name|nommer|nom|benennen|nombre|nome|名前)/i;
const NETWORK_LABEL =
  /(originate|provenir|stammen|originarse|origem|provenire|network|réseau|netzwerk|ネットワーク|\bIP\b)/i;
/** "Any IP" as consoles word it. */
export const ANY_IP_TEXT =
  /(any ip|toute (adresse )?ip|n'importe quelle ip|beliebige ip|jede ip|任意の ?ip|cualquier ip)/i;

const insideDialog = (element: Element) => element.closest(DIALOG) !== null;
/** Buttons of a page, not of a dialog nor of a table row. */
const pageButton = (element: Element) => !insideDialog(element) && !element.closest('tr, [role="row"]');

/** Inputs a person types a name into: not hidden, read-only, disabled or a script-drawn dropdown's value holder. */
const TEXT_FIELD = 'input:not([type]), input[type="text"], input[type="search"]';
export function isEditableTextField(element: Element): element is HTMLInputElement {
  return (
    element instanceof HTMLInputElement &&
    !element.readOnly &&
    !element.disabled &&
    element.getAttribute('aria-hidden') !== 'true' &&
    element.tabIndex !== -1 &&
    !element.closest('.chzn-container, .chosen-container, [role="combobox"], [role="listbox"]')
  );
}

const only = (candidates: readonly Element[]) => (candidates.length === 1 ? (candidates[0] ?? null) : null);

/** A `<select>` as the admin sees it: itself, or the Chosen dropdown Courage draws over it while hiding it. */
export function shownSelect(select: Element): Element | null {
  const sibling = select.nextElementSibling;
  if (sibling?.matches('.chzn-container, .chosen-container')) return sibling;
  const root = select.getRootNode() as Document | ShadowRoot;
  return (
    (select.id && 'getElementById' in root
      ? (root.getElementById(`${select.id}_chzn`) ?? root.getElementById(`${select.id}_chosen`))
      : null) ?? select
  );
}

/** MUI's Select keeps its value in a hidden input next to the combobox the admin sees. */
function comboboxOfValueInput(input: Element): Element | null {
  return input.parentElement?.querySelector('[role="combobox"]') ?? null;
}

export const NETWORK_CHOICES = ['ANYWHERE', 'IN_ANY_ZONE', 'IN_ZONES', 'NOT_IN_ANY_ZONE', 'NOT_IN_ZONES'];
const isNetworkChoice = (value: string) => NETWORK_CHOICES.includes(value.toUpperCase());
const selectOffersNetworkChoices = (select: Element) => {
  const values = Array.from((select as HTMLSelectElement).options ?? [], (option) => option.value);
  return values.some(isNetworkChoice) || values.length === NETWORK_CHOICES.length;
};

function apiLinkBelow(element: Element): boolean {
  return Array.from(element.querySelectorAll('a[href]')).some((link) => linksTo(link, API_LINK_PATHS));
}

/** The side-nav section that expands to the API link: its region (aria-controls) or its list item holds the link. */
function expandsToApi(toggle: Element): boolean {
  const root = toggle.getRootNode() as Document | ShadowRoot;
  const controlled = toggle.getAttribute('aria-controls');
  const region = controlled && 'getElementById' in root ? root.getElementById(controlled) : null;
  if (region && apiLinkBelow(region)) return true;
  const item = toggle.closest('li');
  return item !== null && apiLinkBelow(item);
}

/** MUI lab's Tab carries its value in its id (`…-T-<value>`) and aria-controls (`…-P-<value>`). */
function tabValueMentionsTokens(tab: Element): boolean {
  return /token/i.test(`${tab.id} ${tab.getAttribute('aria-controls') ?? ''}`);
}

/** The second of the API page's three tabs (Authorization Servers, Tokens, Trusted Origins). */
function secondOfThreeTabs(tabs: readonly Element[]): Element | null {
  const lists = new Set(tabs.map((tab) => tab.closest('[role="tablist"]')));
  for (const list of lists) {
    const inList = tabs.filter((tab) => tab.closest('[role="tablist"]') === list);
    if (list && inList.length === 3) return inList[1] ?? null;
  }
  return null;
}

/** The primary button of the visible tab panel (or of the page's main area when it has no tab panel). */
function primaryOfPanel(buttons: readonly Element[]): Element | null {
  const primary = buttons.filter((button) =>
    button.matches('.button-primary, .MuiButton-containedPrimary, [class*="primary" i]'),
  );
  return only(primary) ?? only(buttons);
}

/** A dialog's call to action: its form's submit, else its primary button (Odyssey renders it last). */
function primaryOfDialog(buttons: readonly Element[]): Element | null {
  const primary = buttons.filter((button) =>
    button.matches('[type="submit"], .button-primary, .MuiButton-containedPrimary'),
  );
  return primary.at(-1) ?? null;
}

export const TARGETS = {
  'sign-in-form': {
    id: 'sign-in-form',
    strategies: [
      byDataSe('[data-se="o-form-input-password"] input, [data-se="password"]', 'password field hook'),
      byStructure('input[type="password"]', 'the password field'),
    ],
  },
  'admin-button': {
    id: 'admin-button',
    strategies: [
      byRole(
        'header a, nav a, [role="banner"] a, a.admin-link, button.admin-link',
        ADMIN,
        'link named Admin',
      ),
      byHref('a[href]', [ADMIN_ENTRY_PATH], 'link to /home/admin-entry'),
      byDataSe('[data-se="admin-button"], [data-se="admin-link"]', 'admin button hook'),
    ],
  },
  'security-nav': {
    id: 'security-nav',
    strategies: [
      byRole('[aria-expanded]', SECURITY, 'expandable nav item named Security', { reportsLabels: true }),
      byDataSe('[data-se="o-side-nav-item-SECURITY"]', 'side-nav SECURITY hook'),
      byStructure('[aria-expanded]', 'expandable nav item whose region links to Security > API', {
        where: expandsToApi,
      }),
    ],
  },
  'api-nav': {
    id: 'api-nav',
    strategies: [
      byRole('nav a[href], [role="navigation"] a[href]', API, 'nav link named API', { reportsLabels: true }),
      byHref(
        'nav a[href], [role="navigation"] a[href], a.nav-item--wrapper[href]',
        API_LINK_PATHS,
        'nav link to /admin/oauth2/as or /admin/access/api',
      ),
    ],
  },
  'tokens-tab': {
    id: 'tokens-tab',
    strategies: [
      byRole('[role="tab"]', TOKENS, 'tab named Tokens', { reportsLabels: true }),
      byHref(
        '[role="tab"][href], a[href]:not(nav a)',
        [ADMIN_TOKENS_PATH],
        `tab linking to ${ADMIN_TOKENS_PATH}`,
      ),
      byDataSe('[data-se="tab-tokens"]', 'tab-tokens hook'),
      byStructure('[role="tab"]', 'tab whose value names tokens', { where: tabValueMentionsTokens }),
      byStructure('[role="tab"]', 'the 2nd of the API page’s three tabs', {
        pick: secondOfThreeTabs,
        reportsLabels: true,
      }),
    ],
  },
  'create-token-button': {
    id: 'create-token-button',
    strategies: [
      byRole('button, a.button, [role="button"]', CREATE_TOKEN, 'button named Create token', {
        where: (element) => pageButton(element) && CREATE_TOKEN.test(accessibleName(element)),
      }),
      byDataSe('[data-se="create-token"], [data-se="create-token-button"]', 'create-token hook'),
      byStructure(
        '[role="tabpanel"]:not([hidden]) button, main button, #okta-main button',
        'primary button of the Tokens tab panel',
        { where: pageButton, pick: primaryOfPanel, reportsLabels: true },
      ),
    ],
  },
  // In the create-token dialog (searched within it).
  'token-name-input': {
    id: 'token-name-input',
    strategies: [
      byLabel(TEXT_FIELD, NAME_LABEL, 'text field labelled as the token’s name', {
        where: (element) => isEditableTextField(element) && NAME_LABEL.test(controlLabel(element)),
      }),
      byDataSe('[data-se="o-form-input-name"] input', 'o-form-input-name hook'),
      byStructure('input[name="name"]', 'text field named "name"', { where: isEditableTextField }),
      byStructure(TEXT_FIELD, 'the dialog’s only text field', { where: isEditableTextField, pick: only }),
    ],
  },
  'network-control': {
    id: 'network-control',
    strategies: [
      byRole('[role="combobox"]', NETWORK_LABEL, 'combobox labelled as the network choice', {
        where: (element) => !element.matches('input') && NETWORK_LABEL.test(controlLabel(element)),
      }),
      byLabel('select:not([multiple])', NETWORK_LABEL, 'select labelled as the network choice', {
        shown: shownSelect,
      }),
      byDataSe('[data-se="o-form-input-clientIpRestriction"] select', 'clientIpRestriction hook', {
        shown: shownSelect,
      }),
      byStructure('select:not([multiple])', 'select offering the five network choices', {
        where: selectOffersNetworkChoices,
        shown: shownSelect,
      }),
      byStructure(
        'input.MuiSelect-nativeInput, [role="combobox"] ~ input',
        'dropdown whose value is a network choice',
        {
          where: (input) => isNetworkChoice((input as HTMLInputElement).value),
          shown: comboboxOfValueInput,
        },
      ),
      byStructure('select:not([multiple]), [role="combobox"]:not(input)', 'the dialog’s only dropdown', {
        shown: (element) => (element.matches('select') ? shownSelect(element) : element),
        pick: only,
      }),
    ],
  },
  'zones-control': {
    id: 'zones-control',
    strategies: [
      byStructure('select[multiple]', 'multiple-choice select (zones)', { shown: shownSelect }),
      byStructure(
        '[role="combobox"][aria-multiselectable="true"], [role="combobox"]:not(input)',
        'second dropdown (zones)',
        {
          pick: (candidates) => candidates[1] ?? null,
        },
      ),
    ],
  },
  'submit-token-button': {
    id: 'submit-token-button',
    strategies: [
      byRole(
        'button, input[type="submit"], [role="button"]',
        CREATE_TOKEN,
        'dialog button named Create token',
      ),
      byDataSe(
        '[data-se="o-form"] .o-form-button-bar [type="submit"], [data-se="save"]',
        'o-form submit hook',
      ),
      byStructure('button:not([aria-label="close" i]), input[type="submit"]', 'the dialog’s primary button', {
        pick: primaryOfDialog,
      }),
    ],
  },
  // In any open dialog: the token Okta reveals once.
  'revealed-token': {
    id: 'revealed-token',
    strategies: [
      byDataSe('[data-se="token-value"]', 'token-value hook'),
      byStructure('input[readonly], input[type="text"], code, pre, span, div, p, td', 'token-shaped value', {
        where: (element) => OKTA_TOKEN_IN_TEXT.test(ownText(element)),
      }),
    ],
  },
} satisfies Record<string, Target>;

export type TargetId = keyof typeof TARGETS;

// ---------------------------------------------------------------- the steps

export interface StepCopy {
  title: string;
  /** Shown when the element is found and highlighted. */
  instruction: string;
  /** Shown when the element cannot be found: the same step, in words. */
  fallback: string;
}

/** The org as its hosts spell it: `acme` and `okta.com` for acme.okta.com and acme-admin.okta.com. */
export interface OrgHosts {
  subdomain: string;
  cell: string;
}

export interface GuideStep {
  id: StepId;
  /** What the admin acts on; null for steps that only inform. */
  target: TargetId | null;
  copy: StepCopy;
  /** A direct link that skips the clicking, where one exists. */
  shortcut: ((org: OrgHosts, protocol: string, mode: GuideMode) => string) | null;
}

const toTokensPage = (org: OrgHosts, protocol: string) =>
  `${adminConsoleOrigin(org, protocol)}${ADMIN_TOKENS_PATH}`;

export const GUIDE_STEPS: Record<StepId, GuideStep> = {
  'sign-in': {
    id: 'sign-in',
    target: 'sign-in-form',
    copy: {
      title: 'Sign in to Okta',
      instruction: 'Sign in with your Okta admin account. The guide carries on once you are in.',
      fallback: 'Sign in to your Okta org with an admin account; the guide carries on once you are in.',
    },
    shortcut: null,
  },
  'open-admin': {
    id: 'open-admin',
    target: 'admin-button',
    copy: {
      title: 'Open the Admin Console',
      instruction: 'Click "Admin" to open the Okta Admin Console.',
      fallback: 'Open the Admin Console: click "Admin" in the top bar, or use the link below.',
    },
    shortcut: (org, protocol, mode) =>
      mode === 'direct'
        ? toTokensPage(org, protocol)
        : `${protocol}//${org.subdomain}.${org.cell}${ADMIN_ENTRY_PATH}`,
  },
  'open-security': {
    id: 'open-security',
    target: 'security-nav',
    copy: {
      title: 'Open Security',
      instruction: 'In the side menu, open "Security".',
      fallback: 'In the Admin Console side menu, open Security, then API.',
    },
    shortcut: toTokensPage,
  },
  'open-api': {
    id: 'open-api',
    target: 'api-nav',
    copy: {
      title: 'Open API',
      instruction: 'Under Security, click "API".',
      fallback: 'Under Security in the side menu, click API.',
    },
    shortcut: toTokensPage,
  },
  'open-tokens-tab': {
    id: 'open-tokens-tab',
    target: 'tokens-tab',
    copy: {
      title: 'Open the Tokens tab',
      instruction: 'Click the "Tokens" tab.',
      fallback: 'On the API page, open the Tokens tab.',
    },
    shortcut: toTokensPage,
  },
  'create-token': {
    id: 'create-token',
    target: 'create-token-button',
    copy: {
      title: 'Create a token',
      instruction: 'Click "Create token". The guide fills in the form for you to check.',
      fallback: 'On the Tokens tab, click "Create token".',
    },
    shortcut: null,
  },
  'name-token': {
    id: 'name-token',
    target: 'token-name-input',
    copy: {
      title: 'Name the token',
      instruction: 'Type a name you will recognise later, such as "StackOne Integration".',
      fallback: 'Give the token a name you will recognise, such as "StackOne Integration".',
    },
    shortcut: null,
  },
  'choose-network': {
    id: 'choose-network',
    target: 'network-control',
    copy: {
      title: 'Choose where calls may come from',
      instruction: 'Choose "Any IP", unless your org requires network zones.',
      fallback:
        'Under "API calls made with this token must originate from", choose "Any IP" unless your org requires zones.',
    },
    shortcut: null,
  },
  'submit-token': {
    id: 'submit-token',
    target: 'submit-token-button',
    copy: {
      title: 'Create the token',
      instruction: 'Check the form, change anything you like, then click "Create token".',
      fallback: 'Click "Create token" in the dialog. If Okta asks you to verify it is you, do so.',
    },
    shortcut: null,
  },
  'token-captured': {
    id: 'token-captured',
    target: 'revealed-token',
    copy: {
      title: 'Token captured',
      instruction: 'Held in memory only, never on the clipboard. You can close Okta’s dialog.',
      fallback: 'Held in memory only, never on the clipboard.',
    },
    shortcut: null,
  },
  linked: {
    id: 'linked',
    target: null,
    copy: {
      title: 'Linked',
      instruction: 'Okta is linked to the hub. The token was wiped from the extension.',
      fallback: 'Okta is linked to the hub.',
    },
    shortcut: null,
  },
};
