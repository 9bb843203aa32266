// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  courageDialog,
  courageShell,
  courageTokensPage,
  ENGLISH,
  odysseyDialog,
  odysseyShell,
  odysseyTokensPage,
} from '../okta/console-dom.fixture';
import { DIALOG, TARGETS } from '../okta/guide-steps';
import { queryAllDeep, searchScopes, selectorListMembers } from './deep-query';

describe('selectorListMembers', () => {
  it('splits a selector list at its top-level commas only', () => {
    expect(
      selectorListMembers('a.button, [role="tab"][href], a[href]:not(nav a, footer a), [title="a, b" i], p'),
    ).toEqual(['a.button', '[role="tab"][href]', 'a[href]:not(nav a, footer a)', '[title="a, b" i]', 'p']);
    expect(selectorListMembers(`[title='x\\', y'], b`)).toEqual([`[title='x\\', y']`, 'b']);
    expect(selectorListMembers('main button')).toEqual(['main button']);
  });
});

describe('queryAllDeep', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  /** Every selector the guide queries, on consoles of both kinds with their dialogs open. */
  const selectors = [
    DIALOG,
    ...Object.values(TARGETS).flatMap((strategies) => strategies.map((s) => s.selector)),
  ];

  it.each([
    [
      'Courage',
      () => {
        courageShell(ENGLISH, { expanded: true });
        courageTokensPage();
        courageDialog();
      },
    ],
    [
      'Odyssey',
      () => {
        odysseyShell(ENGLISH, { expanded: true });
        odysseyTokensPage();
        odysseyDialog();
      },
    ],
  ])('finds what querySelectorAll finds, in the same order, on the %s console', (_, build) => {
    build();
    for (const selector of selectors) {
      // happy-dom lists an element twice when two members match it; a browser never does.
      const expected = [...new Set(document.querySelectorAll(selector))];
      expect(queryAllDeep(selector, [document]), selector).toEqual(expected);
    }
    // The fixtures hold several members' matches for some lists, else the order and duplicates go untested.
    const lists = selectors.filter(
      (selector) =>
        selectorListMembers(selector).filter((member) => document.querySelector(member)).length > 1,
    );
    expect(lists.length).toBeGreaterThan(3);
  });

  it('lists an element that several members match once, in document order across members', () => {
    document.body.innerHTML =
      '<div role="button" id="one"></div><button id="two" role="button"></button><a class="button" id="three"></a>';
    expect(queryAllDeep('a.button, button, [role="button"]', [document]).map((e) => e.id)).toEqual([
      'one',
      'two',
      'three',
    ]);
  });

  it('searches each scope, open shadow roots included', () => {
    document.body.innerHTML = '<button id="light"></button><div id="host"></div>';
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<a class="button" id="shadow"></a>';
    expect(queryAllDeep('a.button, button', searchScopes(document)).map((e) => e.id)).toEqual([
      'light',
      'shadow',
    ]);
  });
});
