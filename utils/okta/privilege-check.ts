import type { PrivilegeLimit, PrivilegeVerdict } from '../messages/guide-protocol';
import { roleName } from './role-names';

/**
 * What a token the admin creates could do, from the admin roles Okta says they hold. The roles are read in
 * the Okta tab, with the admin's own session (same-origin, cookie only, read-only GETs); the verdict is the
 * background's. Any failure means "could not check".
 *
 * Okta's admin comparison table ("Create user tokens"): Super, Org, Group, Group Membership and Read-only
 * admins can create tokens, each for themselves; a token acts with its creator's rights.
 */

/** A token of theirs can do everything the hub needs. */
const FULL_ROLES = new Set(['SUPER_ADMIN', 'ORG_ADMIN']);
/** Their rights, and so their token's, reach only the groups they administer. */
const GROUP_SCOPED_ROLES = new Set(['USER_ADMIN', 'GROUP_MEMBERSHIP_ADMIN', 'HELP_DESK_ADMIN']);
const READ_ONLY_ROLE = 'READ_ONLY_ADMIN';

interface OktaRole {
  type: string;
  label?: string;
  status?: string;
}

/**
 * Why the roles could not be checked, as the verdict keeps it: a code the wording names in the reader's language
 * (utils/okta/privilege-copy.ts), or Okta's own answer as `okta:<status> <path>`. Never words: the verdict is
 * shown both in the browser's language (popup) and in the console's (guide).
 */
export type PrivilegeReasonCode = 'not-run' | 'failed' | 'no-user' | 'unexpected-roles';
export const OKTA_ANSWERED = 'okta:';

/** What the tab read, and on which origin: Okta's list of the admin's roles, or why it could not. */
export type RolesReading = { origin: string } & ({ roles: unknown } | { error: string });

/**
 * Runs in the Okta tab through `scripting.executeScript`, so it is self-contained: who is signed in
 * (`/api/v1/users/me`), then their roles (`/api/v1/users/{id}/roles`).
 */
export async function readAdminRolesInPage(): Promise<RolesReading> {
  const get = async (path: string): Promise<unknown> => {
    const response = await fetch(path, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    // Runs in the page, so the prefix is written out (it is OKTA_ANSWERED): Okta's status and the path it answered.
    if (!response.ok) throw new Error(`okta:${response.status} ${path.split('/').slice(0, 4).join('/')}`);
    return response.json();
  };
  const { origin } = location;
  try {
    const me = (await get('/api/v1/users/me')) as { id?: unknown } | null;
    if (typeof me?.id !== 'string') return { origin, error: 'no-user' satisfies PrivilegeReasonCode };
    return { origin, roles: await get(`/api/v1/users/${encodeURIComponent(me.id)}/roles`) };
  } catch (error) {
    const answered = error instanceof Error && error.message.startsWith('okta:');
    return { origin, error: answered ? error.message : 'failed' };
  }
}

function isRoleList(value: unknown): value is OktaRole[] {
  return Array.isArray(value) && value.every((role) => typeof role?.type === 'string');
}

export function verdictOf(reading: RolesReading | undefined): PrivilegeVerdict {
  if (!reading || typeof reading !== 'object')
    return { status: 'unknown', reason: 'not-run' satisfies PrivilegeReasonCode };
  if ('error' in reading) return { status: 'unknown', reason: String(reading.error).slice(0, 200) };
  if (!isRoleList(reading.roles))
    return { status: 'unknown', reason: 'unexpected-roles' satisfies PrivilegeReasonCode };
  return verdictFromRoles(reading.roles);
}

function limitOf(types: ReadonlySet<string>): PrivilegeLimit {
  if ([...types].some((type) => GROUP_SCOPED_ROLES.has(type))) return 'group-scoped';
  if (types.has(READ_ONLY_ROLE)) return 'read-only';
  return types.size > 0 ? 'not-listed' : 'no-admin-role';
}

export function verdictFromRoles(roles: readonly OktaRole[]): PrivilegeVerdict {
  const active = roles.filter((role) => !role.status || role.status === 'ACTIVE');
  // Named as the console names them, never by their API codes.
  const labels = active
    .map((role) => roleName(typeof role.label === 'string' ? role.label : undefined, role.type).slice(0, 200))
    .slice(0, 50);
  const types = new Set(active.map((role) => role.type));
  return [...types].some((type) => FULL_ROLES.has(type))
    ? { status: 'sufficient', roles: labels }
    : { status: 'insufficient', limit: limitOf(types), roles: labels };
}
