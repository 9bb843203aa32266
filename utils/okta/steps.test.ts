import { describe, expect, it } from 'vitest';
import { deriveStep, type PageFacts, shortcutFor, targetOf } from './steps';

const base: PageFacts = {
  host: 'admin',
  path: '/admin/dashboard',
  signInFormVisible: false,
  createDialogOpen: false,
  revealedTokenVisible: false,
  apiNavVisible: false,
  nameAcknowledged: false,
  networkAcknowledged: false,
  tokenCaptured: false,
  linked: false,
};

describe('deriveStep', () => {
  it.each<[string, Partial<PageFacts>, string]>([
    ['the sign-in page', { host: 'org', path: '/login/login.htm', signInFormVisible: true }, 'sign-in'],
    ['a sign-in form on another org page', { host: 'org', path: '/', signInFormVisible: true }, 'sign-in'],
    ['the end-user dashboard', { host: 'org', path: '/app/UserHome' }, 'open-admin'],
    [
      'the step-up prompt on the org host',
      { host: 'org', path: '/login/step-up', signInFormVisible: true },
      'submit-token',
    ],
    ['the admin dashboard', {}, 'open-security'],
    ['Security expanded', { apiNavVisible: true }, 'open-api'],
    ['Authorization Servers', { path: '/admin/oauth2/as' }, 'open-tokens-tab'],
    ['Trusted Origins', { path: '/admin/access/api/trusted_origins' }, 'open-tokens-tab'],
    ['the Tokens tab', { path: '/admin/access/api/tokens' }, 'create-token'],
    ['the dialog', { path: '/admin/access/api/tokens', createDialogOpen: true }, 'name-token'],
    ['the dialog, name confirmed', { createDialogOpen: true, nameAcknowledged: true }, 'choose-network'],
    [
      'the dialog, all confirmed',
      { createDialogOpen: true, nameAcknowledged: true, networkAcknowledged: true },
      'submit-token',
    ],
    ['the reveal dialog', { path: '/admin/access/api/tokens', revealedTokenVisible: true }, 'token-captured'],
    ['a captured token, anywhere', { path: '/admin/dashboard', tokenCaptured: true }, 'token-captured'],
    ['a linked org', { tokenCaptured: true, linked: true }, 'linked'],
  ])('%s', (_, facts, step) => {
    expect(deriveStep({ ...base, ...facts })).toBe(step);
  });

  it('follows the page, not a counter: going back to the dashboard goes back a step', () => {
    expect(deriveStep({ ...base, path: '/admin/access/api/tokens' })).toBe('create-token');
    expect(deriveStep({ ...base, path: '/admin/dashboard' })).toBe('open-security');
  });
});

describe('targets and shortcuts', () => {
  it('points at the verification form on the step-up page, and at Create token in the dialog', () => {
    expect(targetOf('submit-token', 'org')).toBe('sign-in-form');
    expect(targetOf('submit-token', 'admin')).toBe('submit-token-button');
    expect(targetOf('linked', 'admin')).toBeNull();
  });

  it('offers direct links that skip the clicking', () => {
    const org = { subdomain: 'acme', cell: 'okta.com' } as const;
    expect(shortcutFor('open-admin', org, 'https:')).toBe('https://acme.okta.com/home/admin-entry');
    expect(shortcutFor('open-security', org, 'https:')).toBe(
      'https://acme-admin.okta.com/admin/access/api/tokens',
    );
    expect(shortcutFor('open-tokens-tab', org, 'http:')).toBe(
      'http://acme-admin.okta.com/admin/access/api/tokens',
    );
    expect(shortcutFor('create-token', org, 'https:')).toBeNull();
  });
});
