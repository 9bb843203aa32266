import type { PrivilegeMessage, PrivilegeVerdict } from '../messages/guide-protocol';
import { roleName } from './role-names';

/** What the popup and the guide say about the admin's roles: one wording for both. */

const WHO_SHOULD = 'For a full link, a Super or Organization Administrator should create the token.';

export function privilegeMessage(verdict: PrivilegeVerdict): PrivilegeMessage {
  if (verdict.status === 'unknown') {
    return {
      tone: 'muted',
      kind: 'unknown',
      text: `Could not check your admin roles (${verdict.reason}). The token does everything the hub needs only when a Super or Organization Administrator creates it.`,
    };
  }
  // A verdict stored by an older version may hold API codes: named as the console names them all the same.
  const roles = verdict.roles.map((role) => roleName(role)).join(', ');
  if (verdict.status === 'sufficient') {
    return {
      tone: 'ok',
      kind: 'sufficient',
      text: `Your role (${roles}) can create a suitable token. Okta recommends a dedicated service account, since the token acts with its creator's rights.`,
    };
  }
  // Stored verdicts of an older version carry no limit: say the most cautious thing.
  switch (verdict.limit) {
    case 'read-only':
      return {
        tone: 'warn',
        kind: 'read-only',
        text: `Your role (${roles}) can create a token, but the token will only read: the hub will not be able to create or change users, groups or event hooks. ${WHO_SHOULD}`,
      };
    case 'group-scoped':
      return {
        tone: 'warn',
        kind: 'group-scoped',
        text: `Your role (${roles}) is limited to the groups you administer: the token will not see or change users and groups outside them, nor apps or org settings such as event hooks. ${WHO_SHOULD}`,
      };
    case 'no-admin-role':
      return {
        tone: 'warn',
        kind: 'no-admin-role',
        text: `You hold no admin role, so Okta will not let you create an API token. ${WHO_SHOULD}`,
      };
    default:
      return {
        tone: 'warn',
        kind: 'not-listed',
        text: `Okta does not list your role (${roles || 'none'}) among those that can create API tokens, so Okta may refuse or the token may lack rights. ${WHO_SHOULD}`,
      };
  }
}
