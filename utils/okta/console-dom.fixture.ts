import { afterEach, beforeEach } from 'vitest';

/**
 * Admin Console markup for unit tests (happy-dom has no layout: see `giveLayout`), in the two families the
 * guide meets: Courage (the sandbox's, sandbox/okta/README.md) and Odyssey (MUI v5 markup as Odyssey renders it,
 * /work/shared/reference/odyssey-dom.md). Texts are parameters so a test can use words no locator knows.
 */

export interface ConsoleTexts {
  security: string;
  api: string;
  tabs: [string, string, string];
  createToken: string;
  nameLabel: string;
  networkLabel: string;
  networkOptions: [string, string, string, string, string];
  cancel: string;
}

export const ENGLISH: ConsoleTexts = {
  security: 'Security',
  api: 'API',
  tabs: ['Authorization Servers', 'Tokens', 'Trusted Origins'],
  createToken: 'Create token',
  nameLabel: 'What do you want your token to be named?',
  networkLabel: 'API calls made with this token must originate from',
  networkOptions: [
    'Any IP',
    'In any network zone defined in Okta',
    'In any of the following zones',
    'Not in any network zone defined in Okta',
    'Not in any of the following zones',
  ],
  cancel: 'Cancel',
};

/** Words no locator knows: only structure can find what the guide points at. */
export const UNKNOWN_WORDS: ConsoleTexts = {
  security: 'Xecurite',
  api: 'Schnittstelle',
  tabs: ['Qqq', 'Rrr', 'Sss'],
  createToken: 'Zzz erstellen',
  nameLabel: 'Bezeichnung',
  networkLabel: 'Quelle der Aufrufe',
  networkOptions: ['Überall', 'Zone A', 'Zonen B', 'Nicht Zone A', 'Nicht Zonen B'],
  cancel: 'Abbrechen',
};

export const NETWORK_VALUES = ['ANYWHERE', 'IN_ANY_ZONE', 'IN_ZONES', 'NOT_IN_ANY_ZONE', 'NOT_IN_ZONES'];

const se = (dataSe: boolean, name: string) => (dataSe ? ` data-se="${name}"` : '');

/** The Courage side nav, in an open shadow root (as the sandbox renders it). */
export function courageShell(texts = ENGLISH, { dataSe = true, expanded = false } = {}): HTMLElement {
  const host = document.createElement('odyssey-react-web-component');
  host.attachShadow({ mode: 'open' }).innerHTML = `<nav aria-label="Admin">
    <ul><li><button type="button"${se(dataSe, 'o-side-nav-item-SECURITY')} aria-expanded="${expanded}"
      aria-controls="side-nav-SECURITY">${texts.security}</button>
      <ul id="side-nav-SECURITY"${expanded ? '' : ' hidden'}>
        <li><a class="nav-item--wrapper" href="/admin/access/networks"><p class="nav-item--label">Networks</p></a></li>
        <li><a class="nav-item--wrapper" href="/admin/oauth2/as"><p class="nav-item--label">${texts.api}</p></a></li>
      </ul></li></ul></nav>`;
  document.body.append(host);
  return host;
}

/**
 * Odyssey's UI shell: the side nav in an open shadow root, sections as MUI v5 accordions, no data-se on items; the
 * top nav holds the admin's menu, named after them.
 */
export function odysseyShell(texts = ENGLISH, { expanded = false } = {}): HTMLElement {
  const host = document.createElement('odyssey-react-wc-1-39-0');
  host.setAttribute('odyssey-react-web-component', '');
  host.attachShadow({ mode: 'open' }).innerHTML = `<div id="app-root">
    <nav id="side-nav-expandable" aria-label="Main navigation"><div data-se="scrollable-region"><ul role="none">
      <li id="dashboard"><a class="MuiTypography-root MuiLink-root" href="/admin/dashboard"><div>Dashboard</div></a></li>
      <li id="security"><div><div class="MuiPaper-root MuiAccordion-root nav-accordion">
        <div class="MuiButtonBase-root MuiAccordionSummary-root nav-accordion-summary" role="button" tabindex="0"
          aria-expanded="${expanded}" aria-controls=":r5:-content" id=":r5:-header">
          <div class="MuiAccordionSummary-content"><div class="MuiTypography-root"><svg aria-hidden="true"></svg><span>${texts.security}</span></div></div>
        </div>
        <div class="MuiCollapse-root MuiCollapse-vertical${expanded ? '' : ' MuiCollapse-hidden'}"${expanded ? '' : ' style="visibility: hidden"'}>
          <div class="MuiAccordion-region" role="region" id=":r5:-content" aria-labelledby=":r5:-header">
            <div class="MuiAccordionDetails-root nav-accordion-details"><ul role="presentation">
              <li id="security-0"><a class="MuiLink-root" href="/admin/access/general"><div>General</div></a></li>
              <li id="security-4"><a class="MuiLink-root" href="/admin/oauth2/as"><div>${texts.api}</div></a></li>
            </ul></div>
          </div>
        </div>
      </div></div></li>
    </ul></div></nav>
    <div class="top-nav"><div role="button" aria-expanded="false" aria-label="Jane Doe, jane.doe@acme.test">Jane Doe</div></div>
    </div>`;
  document.body.append(host);
  return host;
}

/** The API page's tabs and the Tokens panel, Courage style (tabs are links). */
export function courageTokensPage(texts = ENGLISH, { dataSe = true } = {}): void {
  const hrefs = ['/admin/oauth2/as', '/admin/access/api/tokens', '/admin/access/api/trusted_origins'];
  const keys = ['authorization-servers', 'tokens', 'trusted-origins'];
  document.body.insertAdjacentHTML(
    'beforeend',
    `<main id="okta-main"><div role="tablist">${hrefs
      .map(
        (href, i) =>
          `<a role="tab"${se(dataSe, `tab-${keys[i]}`)} href="${href}" aria-selected="${i === 1}">${texts.tabs[i]}</a>`,
      )
      .join('')}</div>
    <section role="tabpanel"><button type="button"${se(dataSe, 'create-token')} class="button button-primary">${texts.createToken}</button>
    <table><tr><td><button type="button">⋯</button></td></tr></table></section></main>`,
  );
}

/** The same in Odyssey: tabs are buttons without href. */
export function odysseyTokensPage(texts = ENGLISH): void {
  const values = ['0', '1', '2'];
  document.body.insertAdjacentHTML(
    'beforeend',
    `<main><div role="tablist" aria-label="API">${values
      .map(
        (value, i) =>
          `<button class="MuiTab-root" role="tab" id="mui-p-1-T-${value}" aria-controls="mui-p-1-P-${value}"
            aria-selected="${i === 1}" type="button">${texts.tabs[i]}</button>`,
      )
      .join('')}</div>
    <div role="tabpanel" id="mui-p-1-P-${values[0]}" hidden><button class="MuiButton-root MuiButton-containedPrimary" type="button">Add</button></div>
    <div role="tabpanel" id="mui-p-1-P-${values[1]}"><button class="MuiButton-root MuiButton-containedPrimary" type="button">${texts.createToken}</button></div>
    </main>`,
  );
}

export type NetworkControl = 'native' | 'chosen' | 'mui';

/** Courage's create-token dialog (SimpleModal, a Backbone form). */
export function courageDialog(
  texts = ENGLISH,
  {
    dataSe = true,
    control = 'native' as NetworkControl,
    selected = 'ANYWHERE',
    values = NETWORK_VALUES,
  } = {},
): HTMLElement {
  const options = values
    .map(
      (value, i) =>
        `<option value="${value}"${value === selected ? ' selected' : ''}>${texts.networkOptions[i]}</option>`,
    )
    .join('');
  const chosen =
    control === 'chosen'
      ? `<div id="create-token-network_chzn" class="chzn-container chzn-container-single"><a class="chzn-single"><span>${
          texts.networkOptions[values.indexOf(selected)] ?? ''
        }</span></a><div class="chzn-drop"><div class="chzn-search"><input type="text"></div></div></div>`
      : '';
  document.body.insertAdjacentHTML(
    'beforeend',
    `<div class="simplemodal-container" role="dialog" aria-modal="true" aria-labelledby="t">
    <form${se(dataSe, 'o-form')} class="o-form"><h2 id="t">${texts.createToken}</h2>
      <div${se(dataSe, 'o-form-input-name')}><label for="create-token-name">${texts.nameLabel}</label>
        <input type="text" id="create-token-name" name="name"></div>
      <div${se(dataSe, 'o-form-input-clientIpRestriction')}><label for="create-token-network">${texts.networkLabel}</label>
        <select id="create-token-network" name="clientIpRestriction"${control === 'chosen' ? ' style="display: none"' : ''}>${options}</select>${chosen}</div>
      <div class="o-form-fieldset-zones" hidden><select name="zones" multiple><option value="z1">LegacyIpZone</option></select></div>
      <div class="o-form-button-bar"><input type="submit" class="button button-primary" value="${texts.createToken}">
        <input type="button" class="button button-clear" value="${texts.cancel}"></div>
    </form></div>`,
  );
  return document.body.lastElementChild as HTMLElement;
}

/** Odyssey's dialog: an MUI Dialog paper (no form), a TextField, a Select (ARIA combobox) or NativeSelect. */
export function odysseyDialog(
  texts = ENGLISH,
  { control = 'mui' as NetworkControl, value = '', parent = document.body as Element | ShadowRoot } = {},
): HTMLElement {
  const select =
    control === 'mui'
      ? `<div class="MuiInputBase-root MuiOutlinedInput-root"><div class="MuiSelect-select" role="combobox" tabindex="0"
          aria-haspopup="listbox" aria-expanded="false" aria-labelledby="net-label net">${
            value ? texts.networkOptions[NETWORK_VALUES.indexOf(value)] : '​'
          }</div><input class="MuiSelect-nativeInput" aria-hidden="true" tabindex="-1" name="network" value="${value}"></div>`
      : `<div class="MuiInputBase-root"><select id="net" class="MuiNativeSelect-select">${NETWORK_VALUES.map(
          (v, i) =>
            `<option value="${v}"${v === value ? ' selected' : ''}>${texts.networkOptions[i]}</option>`,
        ).join('')}</select></div>`;
  const root = document.createElement('div');
  root.className = 'MuiDialog-root MuiModal-root';
  root.setAttribute('role', 'presentation');
  root.innerHTML = `<div class="MuiBackdrop-root"></div><div class="MuiDialog-container" role="presentation">
    <div class="MuiPaper-root MuiDialog-paper" role="dialog" aria-labelledby="dlg-title">
      <h1 class="MuiDialogTitle-root" id="dlg-title">${texts.createToken}<button aria-label="close" type="button">×</button></h1>
      <div class="MuiDialogContent-root">
        <div class="MuiFormControl-root"><label class="MuiInputLabel-root" for="name" id="name-label">${texts.nameLabel}</label>
          <div class="MuiInputBase-root"><input class="MuiInputBase-input" id="name" type="text" name="name" aria-labelledby="name-label"></div></div>
        <div class="MuiFormControl-root"><label class="MuiInputLabel-root" for="net" id="net-label">${texts.networkLabel}</label>${select}</div>
      </div>
      <div class="MuiDialogActions-root"><button class="MuiButton-root MuiButton-containedSecondary" type="button">${texts.cancel}</button>
        <button class="MuiButton-root MuiButton-containedPrimary" type="button">${texts.createToken}</button></div>
    </div></div>`;
  parent.append(root);
  return root.querySelector('[role="dialog"]') as HTMLElement;
}

/**
 * For a test file: every test gets a layout (`giveLayout`) and an empty page after it. Call at the top level.
 */
export function useConsoleLayout(): void {
  let restoreLayout: () => void;
  beforeEach(() => {
    restoreLayout = giveLayout();
  });
  afterEach(() => {
    document.body.innerHTML = '';
    restoreLayout();
  });
}

/**
 * happy-dom has no layout: every element gets a box, except those hidden (`hidden`, display none,
 * visibility hidden) on themselves or an ancestor, across shadow roots.
 */
export function giveLayout(box = { left: 10, top: 10, width: 100, height: 24 }): () => void {
  const original = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    for (let node: Element | null = this; node; ) {
      const style = node.getAttribute('style') ?? '';
      if (node.hasAttribute('hidden') || /display:\s*none|visibility:\s*hidden/.test(style)) {
        return new DOMRect(0, 0, 0, 0);
      }
      const root = node.getRootNode();
      node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    }
    return new DOMRect(box.left, box.top, box.width, box.height);
  };
  return () => {
    Element.prototype.getBoundingClientRect = original;
  };
}
