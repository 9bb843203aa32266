import type { Texts } from '../i18n';
import type { NetworkOption } from '../network-options';
import type { NetworkChoice } from '../options';

/**
 * What the Admin Console page hands its browser code in `#admin-console-config`: the same for the Courage
 * console (`admin-console.client.js`) and the Odyssey one (`../odyssey/`). Type-only for the latter, so its
 * bundle depends on nothing outside its folder.
 */
export interface AdminConsoleConfig {
  dataSe: boolean;
  renderDelayMs: number;
  texts: Texts;
  nav: NavSection[];
  orgName: string;
  /** Shown under the admin's name in the top bar, as Okta shows the org domain there. */
  orgDomain: string;
  endUserDashboardUrl: string;
  /** The org's sign-in page: where the console sends the admin (with `fromURI`) once the session has expired. */
  signInUrl: string;
  adminDisplayName: string;
  adminLogin: string;
  /** A token-shaped string for the help panel (decoyToken option), or null. */
  decoyToken: string | null;
  /** An app and a group named like tokens, shown in dialogs (tokenShapedNames option), or null. */
  tokenShapedNames: { app: string; group: string } | null;
  /** After step-up: the tokens page must finish the pending creation and reveal the token. */
  resumePendingCreation: boolean;
  /** The network choices this console offers, in its order, each with its option value (network-options.ts). */
  networkOptions: readonly NetworkOption[];
  /** The choice the create-token dialog opens with (the org's `networkDefault`, when offered). */
  networkDefault: NetworkChoice;
  /** The network control this console renders (the org's `networkControl`, its console default resolved). */
  networkControl: 'native-select' | 'custom-dropdown';
  /** Odyssey only: dialogs go into an element with an open shadow root rather than `<body>`. */
  dialogInShadowRoot: boolean;
}

export interface NavItem {
  label: string;
  href: string;
}

export interface NavSection {
  /** Courage: suffix of the button's `data-se="o-side-nav-item-<id>"`; Odyssey: the item's `id`. */
  id: 'DASHBOARD' | 'DIRECTORY' | 'APPLICATIONS' | 'SECURITY' | 'WORKFLOW' | 'REPORTS' | 'SETTINGS';
  label: string;
  items: NavItem[];
}
