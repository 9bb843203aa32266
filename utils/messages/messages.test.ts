import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearMissesOf, validOf } from '../../tests/unit/support/schema-fuzz';
import {
  guideRequestSchema,
  hubFillRequestSchema,
  identifySender,
  type MessageSender,
  parseRequest,
  popupRequestSchema,
} from './index';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';

const FOREIGN = 'not a top-frame content script nor an extension page';
const popup: MessageSender = { id: EXTENSION_ID, url: `${ORIGIN}/popup.html?tabId=3` };
const guideOnOkta: MessageSender = {
  id: EXTENSION_ID,
  url: 'https://acme-admin.okta.com/admin/access/api/tokens',
  frameId: 0,
  tab: { id: 7 } as MessageSender['tab'],
};

describe('identifySender', () => {
  it('knows our pages and our top-frame content scripts', () => {
    expect(identifySender(popup, EXTENSION_ID, ORIGIN)).toEqual({ ok: true, role: 'extension-page' });
    expect(identifySender(guideOnOkta, EXTENSION_ID, ORIGIN)).toMatchObject({
      ok: true,
      role: 'tab-script',
      tabId: 7,
    });
  });

  it.each([
    ['another extension', { ...popup, id: 'someoneelse' }, 'not this extension'],
    [
      'a page of another extension',
      { id: 'someoneelse', url: 'chrome-extension://someoneelse/popup.html' },
      'not this extension',
    ],
    ['a content script in a frame', { ...guideOnOkta, frameId: 3 }, FOREIGN],
    ['a content script without a tab', { id: EXTENSION_ID, url: 'https://acme.okta.com/' }, FOREIGN],
    ['a top frame that is no tab', { id: EXTENSION_ID, url: 'https://acme.okta.com/', frameId: 0 }, FOREIGN],
    ['a tab script without an address', { id: EXTENSION_ID, frameId: 0, tab: { id: 7 } }, FOREIGN],
    ['no sender at all', {}, 'not this extension'],
  ])('refuses %s, and says why', (_, sender, why) => {
    expect(identifySender(sender as MessageSender, EXTENSION_ID, ORIGIN)).toEqual({ ok: false, why });
  });

  it('refuses a valid message from a sender it does not know, whatever the message', () => {
    const foreign = { ...guideOnOkta, id: 'someoneelse' } as MessageSender;
    for (const message of [
      { type: 'guide:stop' },
      { type: 'hub-fill:hub-connected' },
      { type: 'popup:connect' },
    ]) {
      expect(parseRequest(message, foreign, EXTENSION_ID, ORIGIN)).toEqual({
        ok: false,
        why: 'not this extension',
      });
    }
    const framed = { ...guideOnOkta, frameId: 2 } as MessageSender;
    expect(parseRequest({ type: 'guide:stop' }, framed, EXTENSION_ID, ORIGIN)).toEqual({
      ok: false,
      why: FOREIGN,
    });
  });

  it('says which kind of sender sent a malformed message', () => {
    expect(parseRequest({ type: 'guide:stop' }, popup, EXTENSION_ID, ORIGIN)).toEqual({
      ok: false,
      why: 'malformed request from an extension page',
    });
    expect(parseRequest({ type: 'popup:connect' }, guideOnOkta, EXTENSION_ID, ORIGIN)).toEqual({
      ok: false,
      why: 'malformed or forbidden request from a content script',
    });
  });
});

describe('parseRequest', () => {
  it('a guide step with its target found or missing', () => {
    for (const target of ['found', 'missing']) {
      expect(
        parseRequest({ type: 'guide:step', step: 'linked', target }, guideOnOkta, EXTENSION_ID, ORIGIN),
      ).toMatchObject({ ok: true, from: 'guide', request: { target } });
    }
    expect(
      parseRequest({ type: 'guide:step', step: 'linked', target: 'gone' }, guideOnOkta, EXTENSION_ID, ORIGIN)
        .ok,
    ).toBe(false);
  });

  it("a guide's support details, with what each strategy tried", () => {
    const details = {
      type: 'guide:support-details',
      step: 'open-api',
      path: '/admin/dashboard',
      language: 'en',
      shadowHosts: ['o-side-nav'],
      attempts: [
        {
          target: 'api-menu',
          strategy: 1,
          kind: 'role',
          selector: 'a[role="menuitem"]',
          candidates: 3,
          matched: 0,
          labels: ['Tokens', 'Authorization Servers'],
        },
      ],
    };
    expect(parseRequest(details, guideOnOkta, EXTENSION_ID, ORIGIN)).toMatchObject({
      ok: true,
      from: 'guide',
    });
    const [attempt] = details.attempts;
    for (const wrong of [
      { ...attempt, kind: 'xpath' },
      { ...attempt, matched: -1 },
      { ...attempt, page: 'text' },
    ]) {
      expect(parseRequest({ ...details, attempts: [wrong] }, guideOnOkta, EXTENSION_ID, ORIGIN).ok).toBe(
        false,
      );
    }
  });

  it('accepts what each sender may say', () => {
    expect(parseRequest({ type: 'popup:connect' }, popup, EXTENSION_ID, ORIGIN)).toMatchObject({
      ok: true,
    });
    expect(
      parseRequest({ type: 'guide:token-revealed', token: TOKEN }, guideOnOkta, EXTENSION_ID, ORIGIN),
    ).toMatchObject({
      ok: true,
      from: 'guide',
    });
  });

  it('refuses a content script that speaks for the popup (a fill or connect request not from the popup)', () => {
    for (const type of ['popup:fill-hub-form', 'popup:connect', 'popup:get-state', 'popup:paste-token']) {
      expect(parseRequest({ type, tabId: 7, token: TOKEN }, guideOnOkta, EXTENSION_ID, ORIGIN).ok).toBe(
        false,
      );
    }
  });

  it('refuses a page that speaks for a guide', () => {
    expect(parseRequest({ type: 'guide:token-revealed', token: TOKEN }, popup, EXTENSION_ID, ORIGIN).ok).toBe(
      false,
    );
  });

  it.each([
    ['an unknown type', { type: 'popup:exfiltrate', tabId: 1 }],
    ['a negative tab', { type: 'popup:get-state', tabId: -1 }],
    ['a fractional tab', { type: 'popup:get-state', tabId: 1.5 }],
    ['a string tab', { type: 'popup:get-state', tabId: '1' }],
    ['an oversized token', { type: 'popup:paste-token', tabId: 1, token: 'x'.repeat(5000) }],
    ['no type', { tabId: 1 }],
    ['null', null],
  ])('refuses %s', (_, message) => {
    expect(parseRequest(message, popup, EXTENSION_ID, ORIGIN).ok).toBe(false);
  });

  it.each([
    [
      'the org a guide token should count for',
      { type: 'guide:token-revealed', token: TOKEN },
      { orgDomain: 'globex.okta.com' },
      guideOnOkta,
    ],
    ['a guide stop for every tab', { type: 'guide:stop' }, { everywhere: true }, guideOnOkta],
    [
      'a guide step for another tab',
      { type: 'guide:step', step: 'linked', target: 'found' },
      { tabId: 1 },
      guideOnOkta,
    ],
    [
      'the org a hub connection counts for',
      { type: 'hub-fill:hub-connected', accountId: 'acc_1' },
      { orgDomain: 'globex.okta.com' },
      guideOnOkta,
    ],
    ['a token to connect with', { type: 'popup:connect' }, { token: TOKEN }, popup],
    [
      'a tab for Connect, which acts on the held token, not a tab',
      { type: 'popup:connect' },
      { tabId: 3 },
      popup,
    ],
    [
      'a polluting __proto__',
      { type: 'guide:stop' },
      JSON.parse('{"__proto__":{"polluted":true}}'),
      guideOnOkta,
    ],
  ])('refuses a message with a key its type does not define: %s', (_, message, extra, sender) => {
    expect(parseRequest(message, sender, EXTENSION_ID, ORIGIN).ok).toBe(true);
    expect(parseRequest({ ...message, ...extra }, sender, EXTENSION_ID, ORIGIN).ok).toBe(false);
  });

  it('never throws, whatever arrives, and accepts nothing outside the protocols', () => {
    fc.assert(
      fc.property(fc.anything(), fc.boolean(), (message, fromGuide) => {
        const parsed = parseRequest(message, fromGuide ? guideOnOkta : popup, EXTENSION_ID, ORIGIN);
        // fc.anything() builds no object with a protocol's `type`: every one of these is refused.
        expect(parsed.ok).toBe(false);
      }),
    );
  });
});

/*
 * Generated from the schemas themselves (tests/unit/support/schema-fuzz.ts): valid messages of every type, and
 * every one-step change of each (a field changed, removed or added, at any depth), each with the verdict the
 * contract calls for. A `z.strictObject` made `z.object`, a limit dropped or an `int` made a `number` fails here.
 */
describe.each([
  ['the popup', popupRequestSchema, popup, 'extension-page', guideOnOkta],
  ['a guide', guideRequestSchema, guideOnOkta, 'guide', popup],
  ['the hub filler', hubFillRequestSchema, guideOnOkta, 'hub-filler', popup],
] as const)('messages from %s, generated from its schema', (_, schema, sender, from, wrongSender) => {
  // Built inside each test: a schema that cannot be generated from then fails a test, not the file's collection.
  const valid = () => validOf(schema);

  it('accepts every valid message, as it was sent, from its sender', () => {
    fc.assert(
      fc.property(valid(), (message) => {
        const parsed = parseRequest(message, sender, EXTENSION_ID, ORIGIN);
        expect(parsed).toMatchObject({ ok: true, from });
        expect((parsed as { request: unknown }).request).toEqual(message);
      }),
    );
  });

  it('gives the exact verdict for each message one change away from a valid one', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(valid(), (message) => {
        for (const miss of nearMissesOf(schema, message)) {
          const parsed = parseRequest(miss.message, sender, EXTENSION_ID, ORIGIN);
          expect({ what: miss.what, ok: parsed.ok }).toEqual({ what: miss.what, ok: miss.accepted });
          if (parsed.ok) accepted++;
          else refused++;
        }
      }),
      { numRuns: 60 },
    );
    // Both verdicts were reached many times: the property did not pass by never asking.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(500);
  });

  it('refuses every valid message from the other kind of sender', () => {
    fc.assert(
      fc.property(valid(), (message) => {
        expect(parseRequest(message, wrongSender, EXTENSION_ID, ORIGIN).ok).toBe(false);
      }),
    );
  });
});

describe('the hub filler', () => {
  const filler: MessageSender = { ...guideOnOkta, url: 'https://app.vendor.example/hub' };

  it('may only report that the hub connected', () => {
    expect(
      parseRequest({ type: 'hub-fill:hub-connected', accountId: 'acc_1' }, filler, EXTENSION_ID, ORIGIN),
    ).toMatchObject({ ok: true, from: 'hub-filler' });
    expect(
      parseRequest({ type: 'hub-fill:hub-connected', accountId: '' }, filler, EXTENSION_ID, ORIGIN).ok,
    ).toBe(false);
    expect(parseRequest({ type: 'hub-fill:hub-connected' }, popup, EXTENSION_ID, ORIGIN).ok).toBe(false);
  });
});

/**
 * The protocols' vocabulary, written out by hand: the fuzz above reads types and keys from the schemas, so a
 * type renamed or a key dropped in a schema would move the fuzz with it. Each request type and its keys
 * (optional ones marked `?`) is a contract with the other context.
 */
describe('the request types and their keys', () => {
  const keysOf = (schema: unknown) =>
    Object.fromEntries(
      (
        schema as { _zod: { def: { options: { _zod: { def: { shape: Record<string, unknown> } } }[] } } }
      )._zod.def.options.map((option) => {
        const shape = option._zod.def.shape as Record<
          string,
          { _zod: { def: { type: string; values?: unknown[] } } }
        >;
        const type = String(shape.type?._zod.def.values?.[0]);
        const keys = Object.entries(shape)
          .filter(([key]) => key !== 'type')
          .map(([key, field]) => (field._zod.def.type === 'optional' ? `${key}?` : key));
        return [type, keys];
      }),
    );

  it('popup → background', () => {
    expect(keysOf(popupRequestSchema)).toEqual({
      'popup:get-state': ['tabId', 'opened?'],
      'popup:start-guide': ['tabId', 'mode'],
      'popup:stop-guide': ['tabId'],
      'popup:paste-token': ['tabId', 'token'],
      'popup:forget-token': ['orgDomain?'],
      'popup:revoke-in-okta': ['orgDomain', 'capturedAt'],
      'popup:dismiss-revoke-failure': ['orgDomain', 'capturedAt'],
      'popup:find-hub-session': ['tabId', 'confirmOrigin?', 'replace?'],
      'popup:set-hub-session': ['session', 'baseUrl?'],
      'popup:test-hub-session': [],
      'popup:connect': ['orgDomain?', 'eventHookName?', 'integrationId?', 'confirmAfterUnknownOutcome?'],
      'popup:inspect-hub-form': ['tabId'],
      'popup:fill-hub-form': [
        'tabId',
        'orgDomain?',
        'origin',
        'eventHookName?',
        'overwrite?',
        'trustOrigin?',
        'pointAtConnect?',
      ],
      'popup:start-from-hub': ['tabId', 'origin', 'org', 'eventHookName?'],
      'popup:reopen-okta-tab': [],
      'popup:cancel-hub-journey': [],
    });
  });

  it('guide → background', () => {
    expect(keysOf(guideRequestSchema)).toEqual({
      'guide:hello': ['language?'],
      'guide:step': ['step', 'target'],
      'guide:token-revealed': ['token'],
      'guide:stop': [],
      'guide:support-details': ['step', 'path', 'language', 'shadowHosts', 'attempts'],
      'guide:connect': [],
      'guide:open-dialog': [],
    });
  });

  it('hub filler → background', () => {
    const shape = (hubFillRequestSchema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })
      ._zod.def.shape;
    expect(Object.keys(shape)).toEqual(['type', 'accountId', 'provider']);
    expect(parseRequest({ type: 'hub-fill:hub-connected' }, guideOnOkta, EXTENSION_ID, ORIGIN)).toMatchObject(
      {
        ok: true,
        from: 'hub-filler',
      },
    );
  });
});
