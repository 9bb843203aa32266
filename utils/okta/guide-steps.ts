import { controlLabel } from '../dom/labels';
import type { GuideKey } from '../i18n/guide-words';
import {
  byDataSe,
  byHref,
  byLabel,
  byRole,
  byStructure,
  linksTo,
  locate,
  ownText,
  type Scope,
  type Strategy,
  type StrategyAttempt,
} from './locators';
import { ADMIN_ENTRY_PATH, ADMIN_TOKENS_PATH, type PageFacts, tokensPageUrl } from './steps';
import type { StepId } from './steps-ids';
import { OKTA_TOKEN_IN_TEXT } from './token';

/**
 * Over 300 lines on purpose: a guide step is one record (target, locator strategies, copy, shortcut), and all
 * of them sit together so they read as one walk. Every step of the guide in one place: what it points at (its target and the strategies that find it), what
 * it says (keys of the catalogues' guide words), and its shortcut. Names are matched in the languages we know; each target also has a
 * language-independent strategy (structure, link path), because consoles speak languages and wordings we do
 * not know, and new ones carry no `data-se`.
 */

/** The side-nav links that lead to Security > API. */
const API_LINK_PATHS = ['/admin/oauth2/as', '/admin/access/api', '/admin/access/api/'];

export const DIALOG = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';

// Names in the languages we know, English first: one signal among others.
const SECURITY = /^(security|sécurité|sicherheit|seguridad|segurança|セキュリティ)$/i;
const API = /^api$/i;
const TOKENS = /^(api[- ]?)?(tokens?|jetons?|トークン)$/i;
const CREATE_TOKEN =
  /^(create token|créer un jeton|token erstellen|crear token|criar token|トークンを?作成(する)?)$/i;
const NAME_LABEL = /(name|nom|benennen|nombre|名前)/i;
const NETWORK_LABEL =
  /(originate|provenir|herkunft|origen|origem|network|réseau|netzwerk|ネットワーク|\bIP\b)/i;
/**
 * "Any IP" as consoles word it, in the languages the guide knows: English, French ("N'importe quelle adresse
 * IP"), German ("Beliebige IP-Adresse"), Japanese ("任意のIPアドレス"), Spanish ("Cualquier IP", "Cualquier
 * dirección IP").
 */
export const ANY_IP_TEXT =
  /(any ip|(toute|n['’]importe quelle) (adresse )?ip|beliebige ip|任意の ?ip|cualquier (direcci[oó]n )?ip)/i;
/** Okta's own value for Any IP; no other option value is ever guessed. */
const ANY_IP_VALUE = 'ANYWHERE';
/** A value or a text that means "Any IP": the option that says so, or Okta's own value. */
export const meansAnyIp = (value: string | null | undefined, text: string | null | undefined) =>
  value?.toUpperCase() === ANY_IP_VALUE || ANY_IP_TEXT.test(text ?? '');

const insideDialog = (element: Element) => element.closest(DIALOG) !== null;
/** Buttons of a page, not of a dialog nor of a table row. */
const pageButton = (element: Element) => !insideDialog(element) && !element.closest('tr, [role="row"]');

/** Inputs a person types a name into: not hidden, read-only, disabled or a script-drawn dropdown's value holder. */
const TEXT_FIELD = 'input:not([type]), input[type="text"]';
function isEditableTextField(element: Element): element is HTMLInputElement {
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

/**
 * A `<select>` as the admin sees it: itself, or the Chosen dropdown Courage draws over it while hiding it
 * (Chosen inserts it right after the select).
 */
function shownSelect(select: Element): Element | null {
  const sibling = select.nextElementSibling;
  return sibling?.matches('.chzn-container, .chosen-container') ? sibling : select;
}

/** MUI's Select keeps its value in a hidden input next to the combobox the admin sees. */
function comboboxOfValueInput(input: Element): Element | null {
  return input.parentElement?.querySelector('[role="combobox"]') ?? null;
}

/** A dropdown that offers Any IP (by what its option says, or Okta's value). */
const selectOffersAnyIp = (select: Element) =>
  Array.from((select as HTMLSelectElement).options ?? []).some((option) =>
    meansAnyIp(option.value, option.text),
  );

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

/** The second of the API page's three tabs (Authorization Servers, Tokens, Trusted Origins). */
function secondOfThreeTabs(tabs: readonly Element[]): Element | null {
  const lists = new Set(tabs.map((tab) => tab.closest('[role="tablist"]')));
  for (const list of lists) {
    const inList = tabs.filter((tab) => tab.closest('[role="tablist"]') === list);
    if (list && inList.length === 3) return inList[1] ?? null;
  }
  return null;
}

/** Primary buttons: Courage's, MUI's contained primary, Odyssey's primary variant. */
const PRIMARY_BUTTON = '.button-primary, .MuiButton-containedPrimary, .MuiButton-primary';

/** The primary button of the visible tab panel (or of the page's main area when it has no tab panel). */
function primaryOfPanel(buttons: readonly Element[]): Element | null {
  return only(buttons.filter((button) => button.matches(PRIMARY_BUTTON))) ?? only(buttons);
}

/** A dialog's call to action: its form's submit, else its primary button (Odyssey renders it last). */
function primaryOfDialog(buttons: readonly Element[]): Element | null {
  return buttons.filter((button) => button.matches(`[type="submit"], ${PRIMARY_BUTTON}`)).at(-1) ?? null;
}

export const TARGETS = {
  'sign-in-form': [byStructure('input[type="password"]')],
  // The end-user dashboard's Admin link: its path is the same in every language.
  'admin-button': [
    byHref('a[href]', [ADMIN_ENTRY_PATH]),
    byDataSe('[data-se="admin-button"], [data-se="admin-link"]'),
  ],
  'security-nav': [
    byRole('[aria-expanded]', SECURITY, { reportsLabels: true }),
    byDataSe('[data-se="o-side-nav-item-SECURITY"]'),
    // Any language: the expandable item whose region holds the link to Security > API.
    byStructure('[aria-expanded]', { where: expandsToApi }),
  ],
  'api-nav': [
    byRole('nav a[href], [role="navigation"] a[href]', API, { reportsLabels: true }),
    byHref('nav a[href], [role="navigation"] a[href], a.nav-item--wrapper[href]', API_LINK_PATHS),
  ],
  'tokens-tab': [
    byRole('[role="tab"]', TOKENS, { reportsLabels: true }),
    byHref('[role="tab"][href], a[href]:not(nav a)', [ADMIN_TOKENS_PATH]),
    byDataSe('[data-se="tab-tokens"]'),
    byStructure('[role="tab"]', { pick: secondOfThreeTabs, reportsLabels: true }),
  ],
  'create-token-button': [
    byRole('button, a.button, [role="button"]', CREATE_TOKEN, { where: pageButton }),
    byDataSe('[data-se="create-token"]'),
    byStructure('[role="tabpanel"]:not([hidden]) button, main button', {
      where: pageButton,
      pick: primaryOfPanel,
      reportsLabels: true,
    }),
  ],
  // In the create-token dialog (searched within it).
  'token-name-input': [
    byLabel(TEXT_FIELD, NAME_LABEL, { where: isEditableTextField }),
    byDataSe('[data-se="o-form-input-name"] input'),
    byStructure('input[name="name"]', { where: isEditableTextField }),
    // Any language: the dialog's only text field.
    byStructure(TEXT_FIELD, { where: isEditableTextField, pick: only }),
  ],
  'network-control': [
    byRole('[role="combobox"]', NETWORK_LABEL, { name: controlLabel }),
    byLabel('select:not([multiple])', NETWORK_LABEL, { shown: shownSelect }),
    byDataSe('[data-se="o-form-input-clientIpRestriction"] select', { shown: shownSelect }),
    // Any language we know: the control that offers Any IP, or an MUI Select showing it…
    byStructure('select:not([multiple])', { where: selectOffersAnyIp, shown: shownSelect }),
    byStructure('input.MuiSelect-nativeInput, [role="combobox"] ~ input', {
      where: (input) =>
        meansAnyIp((input as HTMLInputElement).value, comboboxOfValueInput(input)?.textContent),
      shown: comboboxOfValueInput,
    }),
    // …else the dialog's only dropdown.
    byStructure('select:not([multiple]), [role="combobox"]:not(input)', {
      shown: (element) => (element.matches('select') ? shownSelect(element) : element),
      pick: only,
    }),
  ],
  // Shown for the two "…following zones" choices: a multiple select, or a second combobox.
  'zones-control': [
    byStructure('select[multiple]', { shown: shownSelect }),
    byStructure('[role="combobox"]:not(input)', { pick: (candidates) => candidates[1] ?? null }),
  ],
  'submit-token-button': [
    byRole('button, input[type="submit"], [role="button"]', CREATE_TOKEN, { reportsLabels: true }),
    byDataSe('[data-se="o-form"] .o-form-button-bar [type="submit"]'),
    // Any language: the form's submit, else the dialog's primary action (Odyssey renders it last).
    byStructure('button:not([aria-label="close" i]), input[type="submit"]', { pick: primaryOfDialog }),
  ],
  // In any open dialog: the token Okta reveals once.
  'revealed-token': [
    byDataSe('[data-se="token-value"]'),
    byStructure('input[readonly], input[type="text"], code, pre, span, div, p, td', {
      where: (element) => OKTA_TOKEN_IN_TEXT.test(ownText(element)),
    }),
  ],
} satisfies Record<string, readonly Strategy[]>;

export type TargetId = keyof typeof TARGETS;

/** Finds what a target names, recording each strategy's try in `attempts` (for support details). */
export function locateTarget(
  target: TargetId,
  scopes: readonly Scope[],
  attempts?: StrategyAttempt[],
): Element | null {
  return locate(target, TARGETS[target], scopes, attempts);
}

// ---------------------------------------------------------------- the steps

/** What a step says: keys of the guide's words (utils/i18n/guide-words.ts), in the console's language. */
export interface StepCopy {
  title: GuideKey;
  /** Shown when the element is found and highlighted. */
  instruction: GuideKey | null;
  /** Shown when the element cannot be found, where the instruction alone would not do. */
  fallback?: GuideKey;
}

/** The org as its hosts spell it: `acme` and `okta.com` for acme.okta.com and acme-admin.okta.com. */
export interface OrgHosts {
  subdomain: string;
  cell: string;
}

export interface GuideStep {
  /** What the admin acts on; null for steps that only inform. */
  target: TargetId | null;
  copy: StepCopy;
  /** A direct link that skips the clicking, where one exists: the Tokens page, through Okta's own sign-in if need be. */
  shortcut: ((org: OrgHosts, protocol: string) => string) | null;
}

const step = (
  target: TargetId | null,
  copy: StepCopy,
  shortcut: GuideStep['shortcut'] = null,
): GuideStep => ({
  target,
  copy,
  shortcut,
});

export const GUIDE_STEPS: Record<StepId, GuideStep> = {
  'sign-in': step('sign-in-form', {
    title: 'guide_sign_in_title',
    instruction: 'guide_sign_in_instruction',
  }),
  'open-admin': step(
    'admin-button',
    {
      title: 'guide_open_admin_title',
      instruction: 'guide_open_admin_instruction',
      fallback: 'guide_open_admin_fallback',
    },
    tokensPageUrl,
  ),
  'open-security': step(
    'security-nav',
    {
      title: 'guide_open_security_title',
      instruction: 'guide_open_security_instruction',
      fallback: 'guide_open_security_fallback',
    },
    tokensPageUrl,
  ),
  'open-api': step(
    'api-nav',
    { title: 'guide_open_api_title', instruction: 'guide_open_api_instruction' },
    tokensPageUrl,
  ),
  'open-tokens-tab': step(
    'tokens-tab',
    { title: 'guide_open_tokens_tab_title', instruction: 'guide_open_tokens_tab_instruction' },
    tokensPageUrl,
  ),
  'create-token': step('create-token-button', {
    title: 'guide_create_token_title',
    instruction: 'guide_create_token_instruction',
  }),
  'name-token': step('token-name-input', {
    title: 'guide_name_token_title',
    instruction: 'guide_name_token_instruction',
  }),
  'choose-network': step('network-control', {
    title: 'guide_choose_network_title',
    instruction: 'guide_choose_network_instruction',
  }),
  'submit-token': step('submit-token-button', {
    title: 'guide_submit_token_title',
    instruction: 'guide_submit_token_instruction',
  }),
  'token-captured': step('revealed-token', { title: 'guide_token_captured_title', instruction: null }),
  linked: step(null, { title: 'guide_linked_title', instruction: 'guide_linked_instruction' }),
};

/** What a step points at on this page (none for steps that only inform). */
export function targetOf(step: StepId, facts: PageFacts): TargetId | null {
  // On the step-up page the thing to act on is Okta's own verification form.
  if (step === 'submit-token' && facts.host === 'org') return 'sign-in-form';
  if (step === 'choose-network' && facts.createDialog?.network === 'needs-zones') return 'zones-control';
  // Once Okta's reveal dialog is closed, the captured step only informs.
  if (step === 'token-captured' && !facts.revealedTokenVisible) return null;
  return GUIDE_STEPS[step].target;
}
