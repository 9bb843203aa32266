import { describe, expect, it } from 'vitest';
import { translatorIn } from '../i18n/catalogues.fixture';
import { verdictFromRoles } from './privilege-check';
import { privilegeMessage } from './privilege-copy';
import { roleName } from './role-names';

describe('role names as the Admin Console writes them', () => {
  it.each([
    ['READ_ONLY_ADMIN', 'Read-only Administrator'],
    ['API_ACCESS_MANAGEMENT_ADMIN', 'API Access Management Administrator'],
    ['SUPER_ADMIN', 'Super Administrator'],
    ['ORG_ADMIN', 'Organization Administrator'],
    ['USER_ADMIN', 'Group Administrator'],
    ['GROUP_MEMBERSHIP_ADMIN', 'Group Membership Administrator'],
    ['HELP_DESK_ADMIN', 'Help Desk Administrator'],
    ['PARTNER_ADMIN', 'Partner Administrator'],
  ])('%s is "%s"', (code, name) => {
    expect(roleName(undefined, code)).toBe(name);
    expect(roleName(code)).toBe(name); // a label that is itself a code
  });

  it('keeps Okta’s own label, custom role names included', () => {
    expect(roleName('Read-only Administrator', 'READ_ONLY_ADMIN')).toBe('Read-only Administrator');
    expect(roleName('HR Helpdesk', 'CUSTOM')).toBe('HR Helpdesk');
    expect(roleName('  ', 'CUSTOM')).toBe('Custom administrator role');
  });

  it('the verdict and what the popup and callouts say never carry an API code', () => {
    const verdict = verdictFromRoles([
      { type: 'READ_ONLY_ADMIN', status: 'ACTIVE' },
      { type: 'API_ACCESS_MANAGEMENT_ADMIN', label: 'API_ACCESS_MANAGEMENT_ADMIN', status: 'ACTIVE' },
    ]);
    expect(verdict.status === 'insufficient' && verdict.roles).toEqual([
      'Read-only Administrator',
      'API Access Management Administrator',
    ]);
    // A verdict stored by an older version, with codes in it.
    const text = privilegeMessage(
      {
        status: 'insufficient',
        limit: 'read-only',
        roles: ['READ_ONLY_ADMIN'],
      },
      translatorIn('en'),
    ).text;
    expect(text).toContain('Your role (Read-only Administrator)');
    expect(text).not.toMatch(/[A-Z]+_[A-Z_]+/);
  });
});
