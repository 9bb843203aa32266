import type { Scope } from '../okta/locators';
import type { StepId } from '../okta/steps-ids';
import { OKTA_TOKEN_IN_TEXT } from '../okta/token';

/*
 * Capture only what Okta just revealed. A token-shaped string in a dialog is not enough: an app, a group or a token
 * *name* chosen by another admin can have that shape. The guide reads a revealed token only after the admin's own
 * click on Okta's Create token in this tab (while the step is `submit-token`), only in the create-token dialog
 * itself (updated in place) or the first dialog that opened after that click and shows a value that was nowhere on
 * the page before the click. Everything else is never captured, and never makes the guide say "captured".
 */

const EVERY_TOKEN = new RegExp(OKTA_TOKEN_IN_TEXT.source, 'g');

/** What the guide last showed: the step, the Create token button it pointed at, the dialogs open then. */
export interface ShownStep {
  step: StepId | null;
  submitButton: Element | null;
  createDialog: Element | null;
  dialogs: readonly Element[];
}

interface Armed {
  createDialog: Element | null;
  openAtClick: ReadonlySet<Element>;
  before: ReadonlySet<string>;
  /** The dialog a reveal was accepted in: later ones are not Okta's answer to that click. */
  revealDialog: Element | null;
}

/**
 * Okta may ask the admin to re-authenticate between the click and the reveal, on another page (step-up): the
 * click is carried over to the next page of that tab in the page's sessionStorage (per tab and origin), with the
 * token-shaped values that were on the page before it (never the token: it does not exist yet).
 */
const CARRIED = 'okta-link-assistant.create-token-click';
/** A click older than this is not what a reveal answers. */
const CARRY_MS = 10 * 60 * 1000;

export interface RevealCapture {
  /** A click or submit on the page (capture phase): arms the capture when it is the admin's Create token. */
  noteAction(event: Event, shown: ShownStep, scopes: readonly Scope[]): void;
  /** Whether `token`, read in `dialog` among the open `dialogs`, is what Okta just revealed. */
  accepts(dialog: Element, token: string, dialogs: readonly Element[]): boolean;
}

/** Token-shaped values anywhere on the page now: text (open shadow roots included) and field values. */
export function tokensOnPage(scopes: readonly Scope[]): Set<string> {
  const found = new Set<string>();
  for (const scope of scopes) {
    // Text node by text node: a whole element's textContent runs its cells together ("Create token00ab…").
    const walker = (scope.ownerDocument ?? (scope as Document)).createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.nodeValue ?? '').matchAll(EVERY_TOKEN)) found.add(match[0]);
    }
    for (const field of scope.querySelectorAll('input, textarea')) {
      for (const match of (field as HTMLInputElement).value.matchAll(EVERY_TOKEN)) found.add(match[0]);
    }
  }
  return found;
}

export function watchReveals(tabStorage?: Storage, now: () => number = Date.now): RevealCapture {
  let armed: Armed | null = carriedOver(tabStorage, now());
  return {
    noteAction(event, shown, scopes) {
      if (!event.isTrusted || shown.step !== 'submit-token' || !shown.submitButton) return;
      const path = event.composedPath();
      const onCreate =
        event.type === 'submit'
          ? shown.createDialog !== null && path.includes(shown.createDialog)
          : path.includes(shown.submitButton);
      if (!onCreate) return;
      const before = tokensOnPage(scopes);
      armed = {
        createDialog: shown.createDialog,
        openAtClick: new Set(shown.dialogs),
        before,
        revealDialog: null,
      };
      try {
        tabStorage?.setItem(CARRIED, JSON.stringify({ at: now(), before: [...before] }));
      } catch {
        // Storage refused (quota, privacy mode): the reveal on this page is still caught.
      }
    },
    accepts(dialog, token) {
      if (!armed || armed.before.has(token)) return false;
      if (armed.revealDialog?.isConnected) return dialog === armed.revealDialog;
      if (dialog !== armed.createDialog && armed.openAtClick.has(dialog)) return false;
      armed.revealDialog = dialog;
      try {
        tabStorage?.removeItem(CARRIED);
      } catch {
        // Nothing carried over, or storage unavailable: nothing to clear.
      }
      return true;
    },
  };
}

/** A Create token click on an earlier page of this tab (before a re-authentication), still recent. */
function carriedOver(tabStorage: Storage | undefined, at: number): Armed | null {
  try {
    const carried = JSON.parse(tabStorage?.getItem(CARRIED) ?? 'null') as {
      at?: unknown;
      before?: unknown;
    } | null;
    if (
      !carried ||
      typeof carried.at !== 'number' ||
      at - carried.at > CARRY_MS ||
      !Array.isArray(carried.before)
    ) {
      return null;
    }
    const before = carried.before.filter((value): value is string => typeof value === 'string');
    // Every dialog of this page opened after the click.
    return { createDialog: null, openAtClick: new Set(), before: new Set(before), revealDialog: null };
  } catch {
    return null;
  }
}
