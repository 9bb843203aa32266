import { describe, expect, it } from 'vitest';
import { GUIDE_STEPS, targetOf } from './guide-steps';
import { deriveStep, type PageFacts } from './steps';

const base: PageFacts = {
  host: 'admin',
  path: '/admin/dashboard',
  signInFormVisible: false,
  createDialog: null,
  revealedTokenVisible: false,
  apiNavVisible: false,
  tokenCaptured: false,
  linked: false,
};
const dialog = (nameFilled: boolean, network: 'settled' | 'needs-choice' | 'needs-zones') => ({
  path: '/admin/access/api/tokens',
  createDialog: { nameFilled, network },
});

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
    ['the dialog, filled by the guide', dialog(true, 'settled'), 'submit-token'],
    ['the dialog, the name cleared by the admin', dialog(false, 'settled'), 'name-token'],
    ['the dialog, no network choice the guide could make', dialog(true, 'needs-choice'), 'choose-network'],
    ['the dialog, zones to pick', dialog(true, 'needs-zones'), 'choose-network'],
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
  it('points at the verification form on the step-up page, at zones when they are needed, at nothing once the reveal closed', () => {
    expect(targetOf('submit-token', { ...base, host: 'org' })).toBe('sign-in-form');
    expect(targetOf('submit-token', base)).toBe('submit-token-button');
    expect(targetOf('choose-network', { ...base, ...dialog(true, 'needs-zones') })).toBe('zones-control');
    expect(targetOf('choose-network', { ...base, ...dialog(true, 'needs-choice') })).toBe('network-control');
    expect(targetOf('token-captured', { ...base, revealedTokenVisible: true })).toBe('revealed-token');
    expect(targetOf('token-captured', { ...base, tokenCaptured: true })).toBeNull();
    expect(targetOf('linked', base)).toBeNull();
  });

  it('offers direct links to the Tokens page that skip the clicking', () => {
    const org = { subdomain: 'acme', cell: 'okta.com' };
    const shortcut = (step: keyof typeof GUIDE_STEPS, protocol = 'https:') =>
      GUIDE_STEPS[step].shortcut?.(org, protocol) ?? null;
    expect(shortcut('open-admin')).toBe('https://acme-admin.okta.com/admin/access/api/tokens');
    expect(shortcut('open-security')).toBe('https://acme-admin.okta.com/admin/access/api/tokens');
    expect(shortcut('open-tokens-tab', 'http:')).toBe('http://acme-admin.okta.com/admin/access/api/tokens');
    expect(shortcut('create-token')).toBeNull();
  });
});
