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

/** Whether the check is run at all (a function) or skipped (undefined). */
const runs = (pattern: string, type = 'html-pattern') => compileHubPattern({ type, pattern }) !== undefined;

describe('which checks it builds', () => {
  it('only the two kinds of rule the hub sends, and only with a pattern', () => {
    expect(compileHubPattern(undefined)).toBeUndefined();
    expect(compileHubPattern({ type: 'html-pattern' })).toBeUndefined();
    expect(compileHubPattern({ type: 'html-pattern', pattern: '' })).toBeUndefined();
    expect(compileHubPattern({ pattern: '^[a-z]+$' })).toBeUndefined();
    expect(compileHubPattern({ type: 'regex', pattern: 'okta' })).toBeUndefined();
  });

  it('a domain rule matches the name, then a literal ".com", anywhere in the value', () => {
    const check = compileHubPattern({ type: 'domain', pattern: 'okta' });
    expect(check?.('okta.com')).toBe(true);
    expect(check?.('https://acme.okta.com/app/UserHome')).toBe(true);
    expect(check?.('acme.okta-com')).toBe(false);
    expect(check?.('acme.okta.co')).toBe(false);
  });

  it('a pattern up to 256 characters is run; one longer is not', () => {
    expect(compileHubPattern({ type: 'html-pattern', pattern: 'a'.repeat(256) })?.('a'.repeat(256))).toBe(
      undefined, // the value is longer than any org domain
    );
    expect(runs('a'.repeat(256))).toBe(true);
    expect(runs('a'.repeat(257))).toBe(false);
    expect(runs('a'.repeat(256), 'domain')).toBe(true);
    expect(runs('a'.repeat(257), 'domain')).toBe(false);
  });

  it('a value up to 128 characters is checked; one longer is not', () => {
    const check = compileHubPattern({ type: 'html-pattern', pattern: '^[a-z.]+$' });
    expect(check?.('a'.repeat(128))).toBe(true);
    expect(check?.('A'.repeat(128))).toBe(false);
    expect(check?.('a'.repeat(129))).toBeUndefined();
  });
});

/*
 * The count of ways to match from one position is the product of each choice: `*` takes 0..128 characters of
 * a checked value (129 ways), `+` 128, `?` 2, `{m,n}` n - m + 1 (n at most 128), a group its alternatives
 * (twice that when optional). At most 20 000 are run.
 */
describe('the exact verdict at the limit of 20 000 ways', () => {
  it.each([
    ['two bounded counts and an optional character: 100 × 100 × 2', '^.{0,99}.{0,99}.?$', true],
    ['one more count: 100 × 101 × 2', '^.{0,99}.{0,100}.?$', false],
    ['a fixed count adds no way: 100 × 100 × 1 × 2', '^.{0,99}.{0,99}x{2}.?$', true],
    ['`+` takes 128 ways: 128 × 12 × 13', '^.+.{0,11}.{0,12}$', true],
    ['`*` takes 129 ways: 129 × 12 × 13', '^.*.{0,11}.{0,12}$', false],
    ['a lazy `*?` as many as `*`: 129 × 129', '^.*?okta.*?$', true],
    ['three lazy `*?`', '^.*?.*?.*?$', false],
    ['14 optional characters: 2¹⁴', `^${'a?'.repeat(14)}$`, true],
    ['15 optional characters: 2¹⁵', `^${'a?'.repeat(15)}$`, false],
    ['`{5,}` takes 124 ways: 124 × 7 × 23', '^.{5,}.{0,6}.{0,22}$', true],
    ['three `{5,}`: 124³', '^a{5,}b{5,}c{5,}$', false],
    ['counts above the value length are capped: 129 × 129', '^.{0,200}.{0,200}$', true],
    ['a minimum above the value length leaves one way', '^a{200,}b*c*$', true],
    ['classes count as one character: 129³', '^[a-z]*[a-z]*[a-z]*$', false],
    ['escapes count as one character: 129³', '^\\w*\\.*\\d*$', false],
    ['an optional group of two alternatives: 2 × 2 × 100 × 50', '^(?:www\\.|app\\.)?.{0,99}.{0,49}$', true],
    ['the same with one more count: 2 × 2 × 100 × 51', '^(?:www\\.|app\\.)?.{0,99}.{0,50}$', false],
    ['a group of two alternatives: 2 × 100 × 100', '^(www|app).{0,99}.{0,99}$', true],
    ['the same with one more count: 2 × 100 × 101', '^(www|app).{0,99}.{0,100}$', false],
    ['counts inside a group: 10 × 100 × 20', '^(?:a{0,9})b{0,99}c{0,19}$', true],
    ['the same with one more count: 10 × 100 × 21', '^(?:a{0,9})b{0,99}c{0,20}$', false],
    ['alternatives of the whole pattern: 2 × 129 × 77', '^.*.{0,76}$|^x$', true],
    ['the same with one more count: 2 × 129 × 78', '^.*.{0,77}$|^x$', false],
    ['an empty last alternative counts too: 2 × 129 × 78', '^.*.{0,77}$|', false],
    ['counts of two digits: 90³', '^.{10,99}.{10,99}.{10,99}$', false],
    // Each count belongs to the atom just before it, wherever another count or an optional `?` stands.
    ['a brace that is no count (a literal), then 129³', '^x{,5}.*.*.*y{0,000000009}$', false],
    ['a fixed count after an optional character, then 100³', '^x?ab{2}.{0,99}.{0,99}.{0,99}$', false],
  ])('%s: run %s', (_, pattern, verdict) => {
    expect(runs(pattern)).toBe(verdict);
  });
});

describe('the pattern features it reads', () => {
  it.each([
    ['an optional group', '^(www\\.)?acme\\.okta\\.com$', 'www.acme.okta.com', 'ww.acme.okta.com'],
    ['a group taken exactly once', '^(www\\.){1}acme\\.okta\\.com$', 'www.acme.okta.com', 'acme.okta.com'],
    [
      'a group taken at most once',
      '^(www\\.){0,1}acme\\.okta\\.com$',
      'acme.okta.com',
      'www.www.acme.okta.com',
    ],
    [
      'a non-capturing group',
      '^(?:https://)?[a-z0-9-]+\\.okta\\.com$',
      'https://acme.okta.com',
      'http://acme.okta.com',
    ],
    ['a named group', '^(?<org>[a-z0-9-]+)\\.okta\\.com$', 'acme.okta.com', 'acme.okta.co'],
    ['parentheses and a bar inside a class', '^[a-z(|)]+$', 'a(b|c)', 'a[b]'],
    ['an escaped bracket inside a class', '^[\\](]+$', '](', 'a'],
    ['an empty class (matches nothing) before a literal bracket', '^a|[]]$', 'ab', ']'],
    ['a lazy quantifier', '^[a-z]+?\\.okta\\.com$', 'acme.okta.com', '.okta.com'],
    ['a digit escape', '^\\d{3}-okta$', '123-okta', '12a-okta'],
    ['a brace that is no count', '^a{,5}$', 'a{,5}', 'aaaaa'],
  ])('%s: run, with the browser’s verdict', (_, pattern, matching, notMatching) => {
    const check = compileHubPattern({ type: 'html-pattern', pattern });
    expect(check?.(matching)).toBe(true);
    expect(check?.(notMatching)).toBe(false);
  });

  it.each([
    ['a group taken twice', '^(ab){2}$'],
    ['a group taken once or more', '^(ab){1,}$'],
    ['a group taken up to twice', '^(ab){0,2}$'],
    ['a lazy repeated group', '^(ab)+?$'],
    ['a backreference \\9', '^(a)(b)(c)(d)(e)(f)(g)(h)(i)\\9$'],
    ['a named backreference', '^(?<x>a)\\k<x>$'],
    ['a negative lookahead', '^(?!www)[a-z]+$'],
    ['a lookbehind before a named group', '^(?<!x)(?<org>a)$'],
    ['a lookbehind', '^(?<=a)b$'],
    ['an unopened group', '^a)$'],
    ['an unclosed class', '^[a-z$'],
  ])('%s: not run', (_, pattern) => {
    expect(compileHubPattern({ type: 'html-pattern', pattern })).toBeUndefined();
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
