/** Per-org knobs that tests flip to exercise the extension against different Okta behaviours. */
export interface OrgOptions {
  role: AdminRoleType;
  /** Creating a token first requires a step-up re-authentication, on a page the console navigates to. */
  stepUp: boolean;
  /**
   * Texts and test hooks. `no-data-se`: English, no data-se anywhere; `french`: French texts, data-se kept (as
   * real Okta keeps them); `japanese`, `german`, `spanish`: those texts AND no data-se anywhere.
   */
  variant: 'standard' | 'no-data-se' | 'french' | 'japanese' | 'german' | 'spanish';
  /** SPA late rendering: main content and nav appear this long after load/navigation. */
  renderDelayMs: number;
  /** false: pages act as signed in. true: no `sid` cookie -> redirect to the sign-in page. */
  requireSignIn: boolean;
  /** The tokens page shows a token-shaped string outside the reveal dialog. */
  decoyToken: boolean;
  /**
   * Courage only: an app and a group named with token-shaped strings, each shown in a (non-modal) dialog during the
   * walk: the app's as the Tokens page shows, the group's as the create-token dialog opens. Never a real token.
   */
  tokenShapedNames: boolean;
  /** Which Admin Console the admin host serves: the vanilla-JS Courage one, or one built from Odyssey's React components. */
  adminConsole: AdminConsoleFamily;
  /**
   * The network-restriction control. `native-select`: a `<select>` (Courage's plain one, Odyssey's NativeSelect);
   * `custom-dropdown`: the console's script-driven dropdown (Courage: Chosen over a hidden `<select>`;
   * Odyssey: MUI Select, an ARIA combobox with a listbox); `console-default`: native for Courage, custom for Odyssey.
   */
  networkControl: 'console-default' | 'native-select' | 'custom-dropdown';
  /** Odyssey only: the dialogs are portalled into an element with an open shadow root instead of `<body>`. */
  dialogInShadowRoot: boolean;
  /**
   * A re-authentication mid-flow. `sign-in-on-open` / `sign-in-on-submit`: the session ends when the admin opens
   * (or submits) the create-token dialog and the console navigates to the org's sign-in page, which leads back to
   * the Tokens page; once per org. `popup`: creating the token needs a verification in a pop-up window (unless
   * `stepUp` asks for it on a page), after which the console reveals the token.
   */
  reauth: 'none' | 'sign-in-on-open' | 'sign-in-on-submit' | 'popup';
  /**
   * The network choice the create-token dialog opens with. Okta's documented default is Any IP; another one
   * (an org's console could preset it) is what makes the guide set Any IP itself, which it may do only while
   * the choice is still the one the dialog opened with.
   */
  networkDefault: NetworkChoice;
  /**
   * Okta's `data-se` test hooks whatever the variant says: the demo in another language (`npm run demo --
   * --lang ja`) checks its rings against them.
   */
  dataSe?: boolean;
  /** Benchmark load on Admin Console pages: extra table rows (five cells each) beside the console (sandbox/busy-page.ts). */
  busyRows: number;
  /** …and how many times a second one element changes (a counter's text and a class on a row); 0: never. */
  busyChangesPerSecond: number;
  /**
   * How the console spells the network choices' option values (network-options.ts): `okta` its enum names,
   * `other-names` other enum names, `numeric` numeric ids. None but `okta` is in any table of the extension's.
   */
  networkValues: NetworkValues;
  /** `okta`: Any IP first, as Okta lists it; `any-ip-last`: Any IP after the zone choices. */
  networkOrder: 'okta' | 'any-ip-last';
  /** false: the console offers no Any IP at all (the dialog then opens on its first choice). */
  networkOffersAnyIp: boolean;
  /**
   * `refuse`: every revocation of an API token (`DELETE /api/v1/api-tokens/current` and `/{id}`) answers 403, as
   * Okta does when the call comes from outside the token's network zone or the caller may not revoke it.
   */
  apiTokenRevoke: 'allow' | 'refuse';
}

/** How a console spells its network options' values (network-options.ts). */
export type NetworkValues = 'okta' | 'other-names' | 'numeric';

export type AdminConsoleFamily = 'courage' | 'odyssey';

export type AdminRoleType = 'SUPER_ADMIN' | 'ORG_ADMIN' | 'API_ACCESS_MANAGEMENT_ADMIN' | 'READ_ONLY_ADMIN';

export const DEFAULT_ORG_OPTIONS: Readonly<OrgOptions> = Object.freeze({
  role: 'SUPER_ADMIN',
  stepUp: false,
  variant: 'standard',
  renderDelayMs: 250,
  requireSignIn: false,
  decoyToken: false,
  tokenShapedNames: false,
  adminConsole: 'courage',
  networkControl: 'console-default',
  dialogInShadowRoot: false,
  reauth: 'none',
  networkDefault: 'ANYWHERE',
  busyRows: 0,
  busyChangesPerSecond: 0,
  networkValues: 'okta',
  networkOrder: 'okta',
  networkOffersAnyIp: true,
  apiTokenRevoke: 'allow',
});

/** Whether the network choice is a script-driven dropdown rather than a `<select>` the admin sees. */
export function usesCustomDropdown(options: OrgOptions): boolean {
  if (options.networkControl === 'console-default') return options.adminConsole === 'odyssey';
  return options.networkControl === 'custom-dropdown';
}

/** Labels as Okta's Roles API returns them (`GET /api/v1/users/{id}/roles`). */
export const ROLE_LABELS: Record<AdminRoleType, string> = {
  SUPER_ADMIN: 'Super Administrator',
  ORG_ADMIN: 'Organization Administrator',
  API_ACCESS_MANAGEMENT_ADMIN: 'API Access Management Administrator',
  READ_ONLY_ADMIN: 'Read-only Administrator',
};

/** Values of the network-restriction control; Okta's API names the same choice `network.connection`. */
export const NETWORK_CHOICES = [
  'ANYWHERE',
  'IN_ANY_ZONE',
  'IN_ZONES',
  'NOT_IN_ANY_ZONE',
  'NOT_IN_ZONES',
] as const;
export type NetworkChoice = (typeof NETWORK_CHOICES)[number];

/** The two choices that name specific zones and so reveal the zones multi-select. */
export const NETWORK_CHOICES_WITH_ZONES: ReadonlySet<NetworkChoice> = new Set(['IN_ZONES', 'NOT_IN_ZONES']);

/** Network zones every sandbox org has (LegacyIpZone exists in every real org). */
export const NETWORK_ZONES = [
  { id: 'nzo1legacyipzone0000', name: 'LegacyIpZone' },
  { id: 'nzo1corporatevpn0000', name: 'Corporate VPN' },
] as const;

export function isNetworkChoice(value: unknown): value is NetworkChoice {
  return typeof value === 'string' && (NETWORK_CHOICES as readonly string[]).includes(value);
}
