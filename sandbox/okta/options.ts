/** Per-org knobs that tests flip to exercise the extension against different Okta behaviours. */
export interface OrgOptions {
  role: AdminRoleType;
  /** Creating a token first requires a step-up re-authentication. */
  stepUp: boolean;
  /** `no-data-se`: no data-se attributes anywhere; `french`: UI text in French (data-se kept, as real Okta keeps them). */
  variant: 'standard' | 'no-data-se' | 'french';
  /** SPA late rendering: main content and nav appear this long after load/navigation. */
  renderDelayMs: number;
  /** false: pages act as signed in. true: no `sid` cookie -> redirect to the sign-in page. */
  requireSignIn: boolean;
  /** The tokens page shows a token-shaped string outside the reveal dialog. */
  decoyToken: boolean;
}

export type AdminRoleType = 'SUPER_ADMIN' | 'ORG_ADMIN' | 'API_ACCESS_MANAGEMENT_ADMIN' | 'READ_ONLY_ADMIN';

export const DEFAULT_ORG_OPTIONS: Readonly<OrgOptions> = Object.freeze({
  role: 'SUPER_ADMIN',
  stepUp: false,
  variant: 'standard',
  renderDelayMs: 250,
  requireSignIn: false,
  decoyToken: false,
});

/** Labels as Okta's Roles API returns them (`GET /api/v1/users/{id}/roles`). */
export const ROLE_LABELS: Record<AdminRoleType, string> = {
  SUPER_ADMIN: 'Super Administrator',
  ORG_ADMIN: 'Organization Administrator',
  API_ACCESS_MANAGEMENT_ADMIN: 'API Access Management Administrator',
  READ_ONLY_ADMIN: 'Read-only Administrator',
};

/** Values of the network-restriction `<select>`; Okta's API names the same choice `network.connection`. */
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
