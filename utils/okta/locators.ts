import { normalizeSpace, queryAllDeep } from '../dom/deep-query';
import { accessibleName, controlLabel } from '../dom/labels';
import { isRendered } from '../dom/visibility';
import type { STRATEGY_KINDS, StrategyAttempt } from '../messages/guide-protocol';
import { redact } from '../redact';

/**
 * How the guide finds what it points at on an Okta page: each target is a list of strategies, tried in order,
 * the first that finds a rendered element wins. Strategies come in this order of preference: ARIA role and
 * accessible name, the control's label, the link's path, Okta's `data-se` test hooks (one signal among
 * others: new consoles drop them), then language-independent structure. Names and labels are matched in the
 * languages we know, but structure must decide where they are not: a console in another language or wording
 * still has one text field in its create-token dialog. The targets themselves are in guide-steps.ts.
 */

export type Scope = Document | ShadowRoot | Element;

export type StrategyKind = (typeof STRATEGY_KINDS)[number];
export type { StrategyAttempt };

export interface Strategy {
  kind: StrategyKind;
  selector: string;
  /** Keeps only the candidates this strategy means. */
  where?: (element: Element) => boolean;
  /** What the admin sees of a matched element: e.g. the dropdown Chosen draws over a hidden `<select>`. */
  shown?: (element: Element) => Element | null;
  /** Chooses among the matched, shown and rendered candidates (default: the first). */
  pick?: (candidates: readonly Element[]) => Element | null;
  /**
   * Its candidates' names are the console's UI labels (tabs, nav sections, dialog buttons), fit for support
   * details; only those inside the side nav, a tab list or panel, or a dialog are ever reported.
   */
  reportsLabels?: boolean;
}

/** The first rendered element a target's strategies find, trying them in order; `attempts` records each try. */
export function locate(
  target: string,
  strategies: readonly Strategy[],
  scopes: readonly Scope[],
  attempts?: StrategyAttempt[],
): Element | null {
  for (const [index, strategy] of strategies.entries()) {
    const candidates = queryAllDeep(strategy.selector, scopes);
    const matched: Element[] = [];
    for (const candidate of candidates) {
      if (strategy.where && !strategy.where(candidate)) continue;
      const shown = strategy.shown ? strategy.shown(candidate) : candidate;
      if (shown && isRendered(shown) && !matched.includes(shown)) matched.push(shown);
    }
    const element = strategy.pick ? strategy.pick(matched) : (matched[0] ?? null);
    attempts?.push({
      target,
      strategy: index + 1,
      kind: strategy.kind,
      selector: strategy.selector,
      candidates: candidates.length,
      matched: matched.length,
      ...(strategy.reportsLabels ? { labels: labelsForReport(candidates) } : {}),
    });
    if (element) return element;
  }
  return null;
}

/** Where the console's own UI labels live; a top bar (with the admin's name) is not among them. */
const UI_LABEL_PLACES = 'nav, [role="navigation"], [role="tablist"], [role="tabpanel"], [role="dialog"]';

/** Candidates' names for support details: UI labels only, short, with anything like an e-mail or a secret removed. */
function labelsForReport(candidates: readonly Element[]): string[] {
  return candidates
    .filter(
      (candidate) => candidate.closest(UI_LABEL_PLACES) && !candidate.closest('header, [role="banner"]'),
    )
    .slice(0, 12)
    .map((candidate) => redact(accessibleName(candidate)).slice(0, 40));
}

// ---------------------------------------------------------------- strategy builders

/** By ARIA role (the selector) and accessible name (or another name, e.g. a control's label). */
export const byRole = (
  selector: string,
  name: RegExp,
  {
    name: nameOf = accessibleName,
    where,
    ...extra
  }: Partial<Strategy> & { name?: (element: Element) => string } = {},
): Strategy => ({
  kind: 'role',
  selector,
  where: (element) => name.test(nameOf(element)) && (!where || where(element)),
  ...extra,
});

/** By the label bound to a form control (`label[for]`, `aria-labelledby`). */
export const byLabel = (
  selector: string,
  label: RegExp,
  { where, ...extra }: Partial<Strategy> = {},
): Strategy => ({
  kind: 'label',
  selector,
  where: (element) => label.test(controlLabel(element)) && (!where || where(element)),
  ...extra,
});

export const byHref = (selector: string, paths: readonly string[]): Strategy => ({
  kind: 'href',
  selector,
  where: (element) => linksTo(element, paths),
});

export const byDataSe = (selector: string, extra: Partial<Strategy> = {}): Strategy => ({
  kind: 'data-se',
  selector,
  ...extra,
});

export const byStructure = (selector: string, extra: Partial<Strategy> = {}): Strategy => ({
  kind: 'structure',
  selector,
  ...extra,
});

/** Whether a link's path is one of `paths` (or below one that ends with a slash). */
export function linksTo(element: Element, paths: readonly string[]): boolean {
  const href = element.getAttribute('href');
  if (!href) return false;
  let path: string;
  try {
    path = new URL(href, element.ownerDocument.baseURI).pathname;
  } catch {
    return false;
  }
  return paths.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p || path === `${p}/`));
}

/** Text of the element itself, or the value of an input: not its descendants' (to find the innermost holder). */
export function ownText(element: Element): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value;
  let text = '';
  for (const child of element.childNodes) if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
  return normalizeSpace(text);
}
