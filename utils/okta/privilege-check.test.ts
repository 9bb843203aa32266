import { describe, expect, it } from 'vitest';
import { checkAdminPrivilege, verdictFromRoles } from './privilege-check';
import { privilegeMessage } from './privilege-copy';

const role = (type: string, label = type, status = 'ACTIVE') => ({ type, label, status });

describe('verdicts per Okta’s admin comparison table', () => {
  it.each([
    [['SUPER_ADMIN'], { status: 'sufficient' }],
    [['ORG_ADMIN', 'READ_ONLY_ADMIN'], { status: 'sufficient' }],
    [['READ_ONLY_ADMIN'], { status: 'insufficient', limit: 'read-only' }],
    [['USER_ADMIN'], { status: 'insufficient', limit: 'group-scoped' }],
    [['GROUP_MEMBERSHIP_ADMIN'], { status: 'insufficient', limit: 'group-scoped' }],
    [['HELP_DESK_ADMIN', 'READ_ONLY_ADMIN'], { status: 'insufficient', limit: 'group-scoped' }],
    [['API_ACCESS_MANAGEMENT_ADMIN'], { status: 'insufficient', limit: 'not-listed' }],
    [['APP_ADMIN', 'REPORT_ADMIN'], { status: 'insufficient', limit: 'not-listed' }],
    [[], { status: 'insufficient', limit: 'no-admin-role' }],
  ])('%j → %j', (types, expected) => {
    expect(verdictFromRoles(types.map((type) => role(type)))).toMatchObject(expected);
  });

  it('counts only active roles, and names them as Okta labels them', () => {
    expect(
      verdictFromRoles([
        role('SUPER_ADMIN', 'Super Administrator', 'INACTIVE'),
        role('READ_ONLY_ADMIN', 'Read-only Administrator'),
      ]),
    ).toEqual({ status: 'insufficient', limit: 'read-only', roles: ['Read-only Administrator'] });
  });
});

describe('what the admin is told', () => {
  it('says what a read-only token cannot do, and who should create it', () => {
    const text = privilegeMessage({
      status: 'insufficient',
      limit: 'read-only',
      roles: ['Read-only Administrator'],
    }).text;
    expect(text).toContain('Read-only Administrator');
    expect(text).toContain('will only read');
    expect(text).toContain('Super or Organization Administrator');
  });

  it('says a group-scoped token stays within the admin’s groups', () => {
    expect(
      privilegeMessage({ status: 'insufficient', limit: 'group-scoped', roles: ['Group Administrator'] })
        .text,
    ).toContain('outside them');
  });

  it('says Okta does not list API Access Management Administrators as token creators', () => {
    const message = privilegeMessage({
      status: 'insufficient',
      limit: 'not-listed',
      roles: ['API Access Management Administrator'],
    });
    expect(message).toMatchObject({ tone: 'warn', kind: 'not-listed' });
    expect(message.text).toContain('does not list your role');
  });

  it('is reassuring only for a Super or Org Administrator', () => {
    expect(privilegeMessage({ status: 'sufficient', roles: ['Super Administrator'] }).tone).toBe('ok');
    expect(privilegeMessage({ status: 'unknown', reason: 'Okta answered 500' }).tone).toBe('muted');
  });
});

describe('checkAdminPrivilege', () => {
  const answers = (me: unknown, roles: unknown, status = 200) =>
    (async (url: string) =>
      new Response(JSON.stringify(url.endsWith('/users/me') ? me : roles), { status })) as typeof fetch;

  it('asks who is signed in, then their roles', async () => {
    const verdict = await checkAdminPrivilege(
      'https://acme-admin.okta.com',
      answers({ id: '00u1' }, [role('ORG_ADMIN', 'Organization Administrator')]),
    );
    expect(verdict).toEqual({ status: 'sufficient', roles: ['Organization Administrator'] });
  });

  it('says it could not check when Okta refuses or answers oddly', async () => {
    expect(await checkAdminPrivilege('https://a', answers({}, [], 403))).toMatchObject({ status: 'unknown' });
    expect(await checkAdminPrivilege('https://a', answers({ id: 'x' }, { roles: 1 }))).toMatchObject({
      status: 'unknown',
    });
  });
});
