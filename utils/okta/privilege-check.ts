import type { PrivilegeVerdict } from '../messages/guide-protocol';

/**
 * Asks Okta, with the admin's own session (same-origin, cookie only, read-only GETs), which admin roles
 * they hold, and whether a token they create can do the job. Any failure means "could not check".
 */

export const ROLES_THAT_SUFFICE = new Set(['SUPER_ADMIN', 'ORG_ADMIN', 'API_ACCESS_MANAGEMENT_ADMIN']);

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

export function verdictFromRoles(roles: readonly OktaRole[]): PrivilegeVerdict {
  const active = roles.filter((role) => !role.status || role.status === 'ACTIVE');
  const labels = active.map((role) => role.label ?? role.type);
  return active.some((role) => ROLES_THAT_SUFFICE.has(role.type))
    ? { status: 'sufficient', roles: labels }
    : { status: 'insufficient', roles: labels };
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
    return { status: 'unknown', reason: error instanceof Error ? error.message : 'The check failed.' };
  }
}
