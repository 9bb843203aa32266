import { locateTarget } from '../okta/guide-steps';
import type { Scope } from '../okta/locators';
import { type CreateDialog, findCreateDialog, openDialogs, readRevealedToken } from './create-dialog';

/** What the page shows now, read once per evaluation; the guide's step is derived from it (okta/steps.ts). */
export interface PageReading {
  host: 'org' | 'admin';
  path: string;
  signInFormVisible: boolean;
  /** Read when asked (a getter). */
  readonly apiNavVisible: boolean;
  createDialog: CreateDialog | null;
  revealed: { element: Element; token: string } | null;
  /** Every open dialog, which the callout keeps clear of. */
  dialogs: Element[];
}

export function readPage(
  path: string,
  isAdminConsole: boolean,
  scopes: readonly Scope[],
  /** Whether a token-shaped value in a dialog is what Okta just revealed: anything else is no reveal. */
  accepts?: (dialog: Element, token: string, dialogs: readonly Element[]) => boolean,
): PageReading {
  // Looked up once per reading: finding them is a deep query plus a box and style read per dialog.
  const dialogs = openDialogs(scopes);
  const revealed = readRevealedToken(
    dialogs,
    accepts && ((dialog, token) => accepts(dialog, token, dialogs)),
  );
  const createDialog = isAdminConsole && !revealed ? findCreateDialog(dialogs, path) : null;
  return {
    host: isAdminConsole ? 'admin' : 'org',
    path,
    signInFormVisible: !isAdminConsole && locateTarget('sign-in-form', scopes) !== null,
    // Looked for only when the step depends on it (not on the API pages nor in a dialog): a deep query of the
    // page, which on a 5,000-row page cost a tenth of a search (#24).
    get apiNavVisible() {
      return isAdminConsole && !createDialog && locateTarget('api-nav', scopes) !== null;
    },
    createDialog,
    revealed,
    dialogs,
  };
}
