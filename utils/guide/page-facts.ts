import { locateTarget } from '../okta/guide-steps';
import type { Scope } from '../okta/locators';
import { type CreateDialog, findCreateDialog, openDialogs, readRevealedToken } from './create-dialog';

/** What the page shows now, read once per evaluation; the guide's step is derived from it (okta/steps.ts). */
export interface PageReading {
  host: 'org' | 'admin';
  path: string;
  signInFormVisible: boolean;
  apiNavVisible: boolean;
  createDialog: CreateDialog | null;
  revealed: { element: Element; token: string } | null;
  /** Every open dialog, which the callout keeps clear of. */
  dialogs: Element[];
}

export function readPage(path: string, isAdminConsole: boolean, scopes: readonly Scope[]): PageReading {
  const revealed = readRevealedToken(scopes);
  const createDialog = isAdminConsole && !revealed ? findCreateDialog(scopes, path) : null;
  return {
    host: isAdminConsole ? 'admin' : 'org',
    path,
    signInFormVisible: !isAdminConsole && locateTarget('sign-in-form', scopes) !== null,
    apiNavVisible: isAdminConsole && !createDialog && locateTarget('api-nav', scopes) !== null,
    createDialog,
    revealed,
    dialogs: openDialogs(scopes),
  };
}
