import type { MessageKey, Translator } from '../i18n/catalogue';
import type { PrivilegeMessage, PrivilegeVerdict } from '../messages/guide-protocol';
import { OKTA_ANSWERED, type PrivilegeReasonCode } from './privilege-check';
import { roleName } from './role-names';

/** What the popup and the guide say about the admin's roles: one wording for both, in the given language. */

/**
 * Okta's admin roles by the English label its API gives, named as the console names them in each language
 * (the catalogues' `role_*`); a role we do not know keeps Okta's own label.
 */
const ROLE_NAMES: Record<string, MessageKey> = {
  'Super Administrator': 'role_super_admin',
  'Organization Administrator': 'role_org_admin',
  'Org Administrator': 'role_org_admin',
  'Group Administrator': 'role_user_admin',
  'Group Membership Administrator': 'role_group_membership_admin',
  'Help Desk Administrator': 'role_help_desk_admin',
  'Read-only Administrator': 'role_read_only_admin',
  'Read Only Administrator': 'role_read_only_admin',
  'API Access Management Administrator': 'role_api_access_management_admin',
  'Application Administrator': 'role_app_admin',
  'Report Administrator': 'role_report_admin',
  'Mobile Administrator': 'role_mobile_admin',
};

const REASONS: Record<PrivilegeReasonCode, MessageKey> = {
  'not-run': 'privilege_reason_not_run',
  failed: 'privilege_reason_failed',
  'no-user': 'privilege_reason_no_user',
  'unexpected-roles': 'privilege_reason_unexpected_roles',
};

/** Why the check could not conclude, in the reader's language; Okta's status and path as Okta gave them. */
function reasonText(reason: string, t: Translator['t']): string {
  if (reason.startsWith(OKTA_ANSWERED)) {
    const [status = '', path = ''] = reason.slice(OKTA_ANSWERED.length).split(' ');
    return t('privilege_reason_okta_status', { status, path });
  }
  const key = Object.hasOwn(REASONS, reason) ? REASONS[reason as PrivilegeReasonCode] : undefined;
  // A verdict stored by an older version holds its own (English) words.
  return key ? t(key as 'privilege_reason_failed') : reason;
}

export function privilegeMessage(verdict: PrivilegeVerdict, { t }: Translator): PrivilegeMessage {
  if (verdict.status === 'unknown') {
    const reason = reasonText(verdict.reason, t);
    return { tone: 'muted', kind: 'unknown', text: t('privilege_unknown', { reason }) };
  }
  // A verdict stored by an older version may hold API codes: named as the console names them all the same,
  // then in the catalogue's words for the roles we know.
  const named = verdict.roles.map((role) => {
    const label = roleName(role);
    const key = ROLE_NAMES[label];
    return key ? t(key as 'role_super_admin') : label;
  });
  const roles = named.join(t('privilege_list_separator'));
  if (verdict.status === 'sufficient') {
    return { tone: 'ok', kind: 'sufficient', text: t('privilege_sufficient', { roles }) };
  }
  const who = t('privilege_who_should');
  // Stored verdicts of an older version carry no limit: say the most cautious thing.
  switch (verdict.limit) {
    case 'read-only':
      return { tone: 'warn', kind: 'read-only', text: t('privilege_read_only', { roles, who }) };
    case 'group-scoped':
      return { tone: 'warn', kind: 'group-scoped', text: t('privilege_group_scoped', { roles, who }) };
    case 'no-admin-role':
      return { tone: 'warn', kind: 'no-admin-role', text: t('privilege_no_admin_role', { who }) };
    default:
      return {
        tone: 'warn',
        kind: 'not-listed',
        text: t('privilege_not_listed', { roles: roles || t('privilege_none'), who }),
      };
  }
}
