import type { PrivilegeLimit, PrivilegeVerdict } from '../messages/guide-protocol';

/**
 * Asks Okta, with the admin's own session (same-origin, cookie only, read-only GETs), which admin roles
 * they hold, and what a token they create could do. Any failure means "could not check".
 *
 * Okta's admin comparison table ("Create user tokens"): Super, Org, Group, Group Membership and Read-only
 * admins can create tokens, each for themselves; a token acts with its creator's rights.
 */

/** A token of theirs can do everything the hub needs. */
const FULL_ROLES = new Set(['SUPER_ADMIN', 'ORG_ADMIN']);
/** Their rights, and so their token's, reach only the groups they administer. */
const GROUP_SCOPED_ROLES = new Set(['USER_ADMIN', 'GROUP_MEMBERSHIP_ADMIN', 'HELP_DESK_ADMIN']);
const READ_ONLY_ROLE = 'READ_ONLY_ADMIN';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

interface OktaUser {
  id: string;
}
interface OktaRole {
  type: string;
  label?: string;
  status?: string;
}

function isUser(value: unknown): value is OktaUser {
  return typeof value === 'object' && value !== null && typeof (value as OktaUser).id === 'string';
}

function isRoleList(value: unknown): value is OktaRole[] {
  return Array.isArray(value) && value.every((role) => typeof role?.type === 'string');
}

async function getJson(fetchFn: Fetch, origin: string, path: string): Promise<unknown> {
  const response = await fetchFn(`${origin}${path}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok)
    throw new Error(`Okta answered ${response.status} to ${path.split('/').slice(0, 4).join('/')}`);
  return response.json();
}

function limitOf(types: ReadonlySet<string>): PrivilegeLimit {
  if ([...types].some((type) => GROUP_SCOPED_ROLES.has(type))) return 'group-scoped';
  if (types.has(READ_ONLY_ROLE)) return 'read-only';
  return types.size > 0 ? 'not-listed' : 'no-admin-role';
}

export function verdictFromRoles(roles: readonly OktaRole[]): PrivilegeVerdict {
  const active = roles.filter((role) => !role.status || role.status === 'ACTIVE');
  const labels = active.map((role) => (role.label ?? role.type).slice(0, 200)).slice(0, 50);
  const types = new Set(active.map((role) => role.type));
  return [...types].some((type) => FULL_ROLES.has(type))
    ? { status: 'sufficient', roles: labels }
    : { status: 'insufficient', limit: limitOf(types), roles: labels };
}

export async function checkAdminPrivilege(origin: string, fetchFn: Fetch = fetch): Promise<PrivilegeVerdict> {
  try {
    const me = await getJson(fetchFn, origin, '/api/v1/users/me');
    if (!isUser(me)) return { status: 'unknown', reason: 'Okta did not say who is signed in.' };
    const roles = await getJson(fetchFn, origin, `/api/v1/users/${encodeURIComponent(me.id)}/roles`);
    if (!isRoleList(roles))
      return { status: 'unknown', reason: 'Okta answered with an unexpected list of roles.' };
    return verdictFromRoles(roles);
  } catch (error) {
    return {
      status: 'unknown',
      reason: (error instanceof Error ? error.message : 'The check failed.').slice(0, 200),
    };
  }
}
