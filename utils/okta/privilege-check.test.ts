import { afterEach, describe, expect, it, vi } from 'vitest';
import { translatorIn } from '../i18n/catalogues.fixture';
import type { PrivilegeVerdict } from '../messages/guide-protocol';
import { readAdminRolesInPage, verdictFromRoles, verdictOf } from './privilege-check';
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
  const english = translatorIn('en');
  it('says what a read-only token cannot do, and who should create it', () => {
    const text = privilegeMessage(
      {
        status: 'insufficient',
        limit: 'read-only',
        roles: ['Read-only Administrator'],
      },
      english,
    ).text;
    expect(text).toContain('Read-only Administrator');
    expect(text).toContain('will only read');
    expect(text).toContain('Super or Organization Administrator');
  });

  it('says a group-scoped token stays within the admin’s groups', () => {
    expect(
      privilegeMessage(
        { status: 'insufficient', limit: 'group-scoped', roles: ['Group Administrator'] },
        english,
      ).text,
    ).toContain('outside them');
  });

  it('says Okta does not list API Access Management Administrators as token creators', () => {
    const message = privilegeMessage(
      {
        status: 'insufficient',
        limit: 'not-listed',
        roles: ['API Access Management Administrator'],
      },
      english,
    );
    expect(message).toMatchObject({ tone: 'warn', kind: 'not-listed' });
    expect(message.text).toContain('does not list your role');
  });

  it('is reassuring only for a Super or Org Administrator', () => {
    expect(privilegeMessage({ status: 'sufficient', roles: ['Super Administrator'] }, english).tone).toBe(
      'ok',
    );
    expect(privilegeMessage({ status: 'unknown', reason: 'Okta answered 500' }, english).tone).toBe('muted');
  });
});

describe('in the console’s language', () => {
  it('names the roles as Okta’s console names them there, and keeps a role it does not know', () => {
    const verdict: PrivilegeVerdict = {
      status: 'insufficient',
      limit: 'read-only',
      roles: ['Read-only Administrator', 'Custom Auditor'],
    };
    expect(privilegeMessage(verdict, translatorIn('fr')).text).toContain(
      'Administrateur en lecture seule, Custom Auditor',
    );
    expect(privilegeMessage(verdict, translatorIn('ja')).text).toContain(
      '読み取り専用管理者、Custom Auditor',
    );
  });

  it('says why it could not check in the reader’s language, with Okta’s status and path as Okta gave them', () => {
    const refused: PrivilegeVerdict = { status: 'unknown', reason: 'okta:403 /api/v1/users' };
    expect(privilegeMessage(refused, translatorIn('fr')).text).toContain(
      '(Okta a répondu 403 à /api/v1/users)',
    );
    expect(privilegeMessage(refused, translatorIn('en')).text).toContain(
      '(Okta answered 403 to /api/v1/users)',
    );
    const odd: PrivilegeVerdict = { status: 'unknown', reason: 'unexpected-roles' };
    expect(privilegeMessage(odd, translatorIn('de')).text).toContain('unerwarteten Rollenliste');
    // A verdict stored by an older version keeps its own words.
    expect(
      privilegeMessage({ status: 'unknown', reason: 'The check failed.' }, translatorIn('en')).text,
    ).toContain('(The check failed.)');
  });
});

describe('reading the admin’s roles in the Okta tab', () => {
  const answers = (me: unknown, roles: unknown, status = 200) =>
    vi.fn(
      async (url: string) => new Response(JSON.stringify(url.endsWith('/users/me') ? me : roles), { status }),
    );

  afterEach(() => vi.unstubAllGlobals());

  it('asks who is signed in, then their roles, with the admin’s own session, and says on which origin', async () => {
    const fetch = answers({ id: '00u1' }, [role('ORG_ADMIN', 'Organization Administrator')]);
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('location', { origin: 'https://acme-admin.okta.com' });
    const reading = await readAdminRolesInPage();
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/users/00u1/roles',
      expect.objectContaining({ credentials: 'same-origin' }),
    );
    expect(reading.origin).toBe('https://acme-admin.okta.com');
    expect(verdictOf(reading)).toEqual({ status: 'sufficient', roles: ['Organization Administrator'] });
  });

  it('says it could not check when Okta refuses or answers oddly', async () => {
    vi.stubGlobal('location', { origin: 'https://acme-admin.okta.com' });
    vi.stubGlobal('fetch', answers({}, [], 403));
    expect(verdictOf(await readAdminRolesInPage())).toMatchObject({
      status: 'unknown',
      reason: expect.stringContaining('403'),
    });
    vi.stubGlobal('fetch', answers({ id: 'x' }, { roles: 1 }));
    expect(verdictOf(await readAdminRolesInPage())).toMatchObject({ status: 'unknown' });
    expect(verdictOf(undefined)).toMatchObject({ status: 'unknown' });
  });
});
