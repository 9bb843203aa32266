import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONNECT_STATES,
  GUIDE_MODES,
  type GuideStatus,
  guidePushSchema,
  guideStatusSchema,
  isGuidePush,
  isGuideStatus,
  PRIVILEGE_TONES,
} from './guide-protocol';

/** Values near the status's shape: each field valid, or one of the ways a field goes wrong. */
const wrong = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.constant(Number.NaN),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid }, wrong);
const text = fc.string({ maxLength: 20 });
const privilege = fc.record({
  tone: maybe(fc.constantFrom(...PRIVILEGE_TONES)),
  kind: maybe(text),
  text: maybe(text),
});
const status = fc.record({
  running: maybe(fc.boolean()),
  mode: maybe(fc.constantFrom(...GUIDE_MODES)),
  orgDomain: maybe(fc.option(text)),
  tokenName: maybe(text),
  tokenCaptured: maybe(fc.option(fc.record({ masked: maybe(text), expiresAt: maybe(fc.integer()) }))),
  linkedAccountId: maybe(fc.option(text)),
  connect: maybe(
    fc.option(
      fc.record({
        hubOrigin: maybe(text),
        integration: maybe(fc.option(text)),
        state: maybe(fc.constantFrom(...CONNECT_STATES)),
        message: maybe(fc.option(text)),
      }),
    ),
  ),
  privilege: maybe(fc.option(privilege)),
  lang: maybe(text),
  words: maybe(fc.dictionary(text, maybe(text), { maxKeys: 3 })),
  tokenUsage: maybe(fc.option(text)),
  tokenNotice: maybe(fc.option(text)),
});

const VALID: GuideStatus = {
  running: true,
  mode: 'direct',
  orgDomain: 'acme.okta.com',
  tokenName: 'StackOne Integration',
  tokenCaptured: { masked: '00ab…wxyz', expiresAt: 1 },
  linkedAccountId: null,
  connect: { hubOrigin: 'https://api.stackone.com', state: 'ready', message: null },
  privilege: {
    tone: 'warn',
    kind: 'read-only',
    text: 'Your role (Read-only Administrator) can create a token, but…',
  },
  lang: 'en',
  words: { guide_connect: 'Connect', guide_connect_goes_to: 'It goes to the hub at {origin}.' },
};

describe('the guide page’s guards agree with the protocol’s schemas', () => {
  it('accept a status the worker sends', () => {
    expect(isGuideStatus(VALID)).toBe(true);
    expect(isGuidePush({ type: 'guide:status', status: VALID })).toBe(true);
  });

  it('accept and refuse exactly what the status schema does', () => {
    fc.assert(
      fc.property(status, (value) => {
        expect(isGuideStatus(value)).toBe(guideStatusSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('accept and refuse exactly what the push schema does', () => {
    fc.assert(
      fc.property(maybe(fc.constant('guide:status')), status, (type, value) => {
        const push = { type, status: value };
        expect(isGuidePush(push)).toBe(guidePushSchema.safeParse(push).success);
      }),
    );
  });

  it.each([
    ['without proof of use or notice', {}, true],
    ['proof of use read, none seen', { tokenUsage: null, tokenNotice: null }, true],
    ['a notice', { tokenNotice: 'Okta refused to revoke the token.' }, true],
    ['a proof of use that is no text', { tokenUsage: 1 }, false],
    ['a notice that is no text', { tokenNotice: { text: 'x' } }, false],
    ['a mode it does not know', { mode: 'auto' }, false],
    ['a connect state it does not know', { connect: { ...VALID.connect, state: 'done' } }, false],
  ])('a status %s: %s, as the schema says', (_, change, accepted) => {
    const value = { ...VALID, ...change };
    expect(guideStatusSchema.safeParse(value).success).toBe(accepted);
    expect(isGuideStatus(value)).toBe(accepted);
  });

  it.each([null, undefined, 'guide:status', [], { type: 'guide:status' }, { type: 'other', status: VALID }])(
    'refuse %j',
    (value) => {
      expect(isGuidePush(value)).toBe(false);
      expect(isGuideStatus(value)).toBe(false);
    },
  );
});
