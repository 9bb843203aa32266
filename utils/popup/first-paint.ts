import type { Translate } from '../i18n/catalogue';
import type { TabPage } from './tab-page';

/**
 * The popup's first paint (issue 15). A classic script built on its own (entrypoints/popup-first-paint.ts: one
 * file, no other chunk) reads the tab and paints the org into the page's shell before the Preact app is even
 * fetched; the app (entrypoints/popup/main.tsx) then renders into the same DOM, which Preact adopts node for
 * node as long as it matches (first-paint.test.tsx holds the two together). What the script read is handed to
 * the app through one global, so the tab is read once and the app starts only after the org is painted.
 */

export interface FirstPaint {
  /** The tab the popup acts on; null when it was opened from no tab. */
  tabId: number | null;
  tabPage: TabPage | null;
}

const HANDOFF = '__olaPopupFirstPaint';

type WithHandoff = typeof globalThis & { [HANDOFF]?: Promise<FirstPaint> };

export function publishFirstPaint(painted: Promise<FirstPaint>): void {
  (globalThis as WithHandoff)[HANDOFF] = painted;
}

/** What the first-paint script read, once it painted; null when it did not run. */
export function firstPaint(): Promise<FirstPaint> | null {
  return (globalThis as WithHandoff)[HANDOFF] ?? null;
}

/** `<main aria-busy>` of the page's shell (popup/index.html): the app's loading view. */
function loadingView(root: Element): Element | null {
  return root.querySelector(':scope > main[aria-busy="true"]');
}

function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  // One text node per string, as Preact renders them, so that the app adopts each one.
  node.append(...children);
  return node;
}

/**
 * components/popup/OrgSummary.tsx as plain DOM, node for node, so the app's first render changes nothing on
 * screen. The loading view's heading is in popup/index.html.
 */
function orgSummaryNode(page: TabPage['page'], t: Translate): Element {
  if (page.kind !== 'okta') {
    return element(
      'section',
      { class: 'card', 'aria-label': t('popup_this_page') },
      element('p', { class: 'org-refusal', role: 'status' }, t('popup_not_okta', { reason: page.message })),
    );
  }
  const { org } = page;
  const place = element('p', { class: 'muted' });
  if (org.environment === 'preview') {
    place.append(
      element('span', { class: 'badge preview', 'data-testid': 'preview-badge' }, t('popup_preview_org')),
    );
  }
  place.append(' ', t(org.isAdminConsole ? 'popup_admin_console' : 'popup_org_dashboard'));
  return element(
    'section',
    { class: 'card', 'aria-label': t('popup_okta_org') },
    element('p', { class: 'label' }, t('popup_okta_org')),
    element('p', { class: 'org-domain', 'data-testid': 'org-domain' }, org.orgDomain),
    place,
  );
}

/**
 * Puts the org (or why this is no Okta page) into the shell under its heading, with the app's "Loading…" line
 * below it: added below what is on screen, it moves nothing already painted. A no-op without the shell.
 */
export function paintOrg(root: Element, page: TabPage['page'], t: Translate): void {
  loadingView(root)?.append(orgSummaryNode(page, t), element('p', { class: 'muted' }, t('common_loading')));
}

/** Opened from no tab (main.tsx has always said so): the shell gives way to the one line. */
export function paintNoTab(root: Element, t: Translate): void {
  root.replaceChildren(element('p', {}, t('popup_open_from_tab')));
}
