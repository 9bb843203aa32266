import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCredentials } from './credentials-plan';
import { compileHubPattern } from './hub-pattern';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGHIJwxyz';
/** An org whose name makes a backtracking engine try every way to split it. */
const LONG_ORG = `${'a'.repeat(48)}.okta.com`;

const domainField = (pattern: string, type = 'html-pattern') => ({
  key: 'okta_domain',
  label: 'Okta Domain URL',
  placeholder: 'your-org.okta.com',
  required: true,
  validation: { type, pattern },
});
const tokenField = { key: 'api_token', label: 'API Token', type: 'password', secret: true, required: true };

describe('a pattern the hub supplies, run in the worker', () => {
  it('checks values as the hub does, for the patterns hubs use', () => {
    const host = compileHubPattern({
      type: 'html-pattern',
      pattern: '^[A-Za-z0-9][A-Za-z0-9-]*\\.(okta|oktapreview|okta-emea|okta-gov|okta-mil)\\.com$',
    });
    expect(host?.('acme.okta.com')).toBe(true);
    expect(host?.('https://acme.okta.com')).toBe(false);
    const url = compileHubPattern({
      type: 'html-pattern',
      pattern: '^https://[A-Za-z0-9][A-Za-z0-9-]*\\.(okta|oktapreview)\\.com/?$',
    });
    expect(url?.('https://acme.okta.com/')).toBe(true);
    const domain = compileHubPattern({ type: 'domain', pattern: 'okta' });
    expect(domain?.('acme.okta.com')).toBe(true);
    expect(domain?.('acme.example.com')).toBe(false);
    expect(compileHubPattern({ type: 'html-pattern', pattern: '^[a-z0-9-]+$' })?.('acme')).toBe(true);
  });

  it.each([
    ['a nested quantifier', '(a+)+$'],
    ['a quantified group with alternatives', '^(a|aa)*$'],
    ['a quantified group', '^([a-z0-9-]+\\.)+okta\\.com$'],
    ['a backreference', '^(a)\\1$'],
    ['a lookahead', '^(?=a)a+$'],
    ['a lookbehind', '(?<!b)a+$'],
    ['too many ways to split the value', '^.*.*.*.*x$'],
    ['a pattern longer than any real one', `^${'(okta)?'.repeat(60)}$`],
    ['a pattern the browser cannot compile', '^(okta$'],
  ])('refuses to run %s (the check is skipped, never run)', (_, pattern) => {
    expect(compileHubPattern({ type: 'html-pattern', pattern })).toBeUndefined();
  });

  it('does not run on a value longer than any org domain', () => {
    const check = compileHubPattern({ type: 'html-pattern', pattern: '^[a-z.]+$' });
    expect(check?.(`${'a'.repeat(300)}.okta.com`)).toBeUndefined();
  });

  it('a pathological pattern does not stall planning the credentials', () => {
    const plan = planCredentials([domainField('(a+)+$'), tokenField], { orgDomain: LONG_ORG, token: TOKEN });
    // The hub's own form still checks the value; here it is simply not checked.
    expect(plan).toMatchObject({ ok: true, credentials: { okta_domain: LONG_ORG, api_token: TOKEN } });
  });

  it('a pathological domain rule does not stall either', () => {
    const plan = planCredentials([domainField('(a+)+', 'domain'), tokenField], {
      orgDomain: LONG_ORG,
      token: TOKEN,
    });
    expect(plan.ok).toBe(true);
  });
});

describe('any pattern it agrees to run', () => {
  /** Patterns built from what backtracking blows up on: repeats, alternatives, optional groups, wildcards. */
  const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('a', '.', '[a-z]', '\\.', 'okta', '\\d'),
      fc
        .tuple(tie('node'), fc.constantFrom('*', '+', '?', '{2,}', '{0,40}', '*?'))
        .map(([a, q]) => `${a}${q}`),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => `${a}${b}`),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(${a}|${b})`),
      fc.tuple(tie('node'), fc.constantFrom('', '?', '*', '+')).map(([a, q]) => `(?:${a})${q}`),
    ),
  })).node;

  it('answers at once on the values that make backtracking engines struggle', () => {
    const values = ['a'.repeat(128), `${'a'.repeat(120)}!`, `${'a.'.repeat(60)}okta.com!`];
    fc.assert(
      fc.property(pattern, fc.constantFrom('html-pattern', 'domain'), (source, type) => {
        const check = compileHubPattern({ type, pattern: source });
        for (const value of values) check?.(value);
      }),
      { numRuns: 400 },
    );
  });
});
