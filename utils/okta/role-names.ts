/**
 * Admin roles named as the Admin Console names them ("Read-only Administrator"), never as the API's codes
 * (`READ_ONLY_ADMIN`). Okta's Roles API gives a `label` beside the `type`; where a label is missing, or is itself
 * a code (a stored verdict of an older version, or an org's API that answered with codes), the console's
 * name for the standard role stands in, and an unknown code is spelled out the same way.
 */

const CONSOLE_NAMES: Record<string, string> = {
  SUPER_ADMIN: 'Super Administrator',
  ORG_ADMIN: 'Organization Administrator',
  APP_ADMIN: 'Application Administrator',
  USER_ADMIN: 'Group Administrator',
  GROUP_MEMBERSHIP_ADMIN: 'Group Membership Administrator',
  HELP_DESK_ADMIN: 'Help Desk Administrator',
  READ_ONLY_ADMIN: 'Read-only Administrator',
  MOBILE_ADMIN: 'Mobile Administrator',
  API_ACCESS_MANAGEMENT_ADMIN: 'API Access Management Administrator',
  REPORT_ADMIN: 'Report Administrator',
  ACCESS_CERTIFICATIONS_ADMIN: 'Access Certifications Administrator',
  ACCESS_REQUESTS_ADMIN: 'Access Requests Administrator',
  CUSTOM: 'Custom administrator role',
};

/** An API code: capitals, digits and underscores only (`READ_ONLY_ADMIN`). */
const API_CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** The role's name as the console shows it, from Okta's label when it is one, else from its type. */
export function roleName(label: string | undefined, type?: string): string {
  const given = label?.trim();
  if (given && !API_CODE.test(given) && !Object.hasOwn(CONSOLE_NAMES, given)) return given;
  const code = given || type || '';
  return CONSOLE_NAMES[code] ?? spelledOut(code);
}

/** `PARTNER_ADMIN` → "Partner Administrator": an unknown code read as words. */
function spelledOut(code: string): string {
  const words = code
    .split('_')
    .filter(Boolean)
    .map((word) => (word === 'ADMIN' ? 'Administrator' : word === 'API' ? 'API' : word.toLowerCase()));
  const text = words.join(' ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Unnamed role';
}
