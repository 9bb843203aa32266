// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyChanges, NOTHING, PlaceMemo, RECHECK, SEARCH, shadowRootsAdded } from './page-changes';

let observer: MutationObserver;
let own: HTMLElement;
let button: HTMLButtonElement;
let counter: HTMLElement;
let row: HTMLElement;
/** The found target's region: what the current answer depends on. */
let region: ReadonlySet<Node>;

beforeEach(() => {
  document.body.innerHTML = `
    <nav><button aria-expanded="false">Security</button><ul hidden><li><a href="/admin/oauth2/as">API</a></li></ul></nav>
    <main><p class="counter">0 updates</p><table><tbody><tr><td>a</td></tr></tbody></table></main>`;
  own = document.createElement('okta-link-assistant');
  own.attachShadow({ mode: 'open' });
  document.body.append(own);
  button = document.querySelector('button') as HTMLButtonElement;
  counter = document.querySelector('.counter') as HTMLElement;
  row = document.querySelector('tr') as HTMLElement;
  region = new Set([document.querySelector('nav') as Node]);
  observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
});

/** The records of what `change` did to the page. */
function recordsOf(change: () => void): MutationRecord[] {
  observer.takeRecords();
  change();
  return observer.takeRecords();
}

describe('what a page change asks of the guide, with a target found', () => {
  it('a counter’s text and a class on a row outside the step’s region: only the O(1) re-check', () => {
    expect(
      classifyChanges(
        recordsOf(() => (counter.textContent = '1 update')),
        own,
        region,
      ),
    ).toBe(RECHECK);
    expect(
      classifyChanges(
        recordsOf(() => row.classList.toggle('hot')),
        own,
        region,
      ),
    ).toBe(RECHECK);
    expect(
      classifyChanges(
        recordsOf(() => row.after(document.createElement('tr'))),
        own,
        region,
      ),
    ).toBe(RECHECK);
  });

  it('our own overlay’s changes: nothing at all', () => {
    expect(
      classifyChanges(
        recordsOf(() => own.setAttribute('aria-hidden', 'true')),
        own,
        region,
      ),
    ).toBe(NOTHING);
    expect(
      classifyChanges(
        recordsOf(() => own.setAttribute('data-step', 'open-api')),
        own,
        null,
      ),
    ).toBe(NOTHING);
  });

  it('a change inside the step’s region (Security expanding, its items showing): a search', () => {
    expect(
      classifyChanges(
        recordsOf(() => button.setAttribute('aria-expanded', 'true')),
        own,
        region,
      ),
    ).toBe(SEARCH);
    const list = document.querySelector('ul') as HTMLElement;
    expect(
      classifyChanges(
        recordsOf(() => list.removeAttribute('hidden')),
        own,
        region,
      ),
    ).toBe(SEARCH);
  });

  it('a change inside a shadow root counts where its host is: in the region a search, elsewhere a re-check', () => {
    // Okta's web components draw in shadow roots; the page watch observes each open root (page-watch.ts).
    const shadowOf = (parent: Element) => {
      const host = document.createElement('nav-item');
      parent.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      const nested = document.createElement('span');
      shadow.append(nested);
      const inner = nested.attachShadow({ mode: 'open' });
      inner.append(document.createElement('b'));
      observer.observe(shadow, { subtree: true, attributes: true });
      observer.observe(inner, { subtree: true, attributes: true });
      return { shadow, deepest: inner.firstElementChild as Element };
    };
    const inRegion = shadowOf(document.querySelector('nav') as Element);
    const outside = shadowOf(document.querySelector('main') as Element);
    expect(
      classifyChanges(
        recordsOf(() => inRegion.deepest.classList.add('open')),
        own,
        region,
      ),
    ).toBe(SEARCH);
    expect(
      classifyChanges(
        recordsOf(() => outside.deepest.classList.add('open')),
        own,
        region,
      ),
    ).toBe(RECHECK);
    // The region itself a shadow root (a target that is a root's direct child).
    expect(
      classifyChanges(
        recordsOf(() => outside.deepest.classList.add('hot')),
        own,
        new Set([outside.shadow]),
      ),
    ).toBe(SEARCH);
  });

  it('a dialog or a sign-in form arriving anywhere, or a dialog shown by an attribute: a search', () => {
    const dialog = document.createElement('div');
    dialog.innerHTML = '<div role="dialog"><input name="name"></div>';
    expect(
      classifyChanges(
        recordsOf(() => document.body.append(dialog)),
        own,
        region,
      ),
    ).toBe(SEARCH);
    const form = document.createElement('form');
    form.innerHTML = '<input type="password">';
    expect(
      classifyChanges(
        recordsOf(() => document.body.append(form)),
        own,
        region,
      ),
    ).toBe(SEARCH);
    const modal = dialog.querySelector('[role="dialog"]') as HTMLElement;
    expect(
      classifyChanges(
        recordsOf(() => modal.classList.add('open')),
        own,
        region,
      ),
    ).toBe(SEARCH);
  });

  it('a change inside an open dialog the answer depends on: a search (the form’s state is the step)', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<span class="choice">Any IP</span>';
    document.body.append(dialog);
    const choice = dialog.querySelector('.choice') as HTMLElement;
    const records = recordsOf(() => (choice.textContent = 'In any zone'));
    expect(classifyChanges(records, own, new Set([...region, dialog]))).toBe(SEARCH);
    expect(classifyChanges(records, own, region)).toBe(RECHECK);
  });

  it('with nothing found yet, any change but ours is a search (it may be the one that shows the target)', () => {
    expect(
      classifyChanges(
        recordsOf(() => (counter.textContent = '2 updates')),
        own,
        null,
      ),
    ).toBe(SEARCH);
  });
});

describe('where changed nodes stand, remembered between batches (#24)', () => {
  let memo: PlaceMemo;
  /** What a change asks of the guide, judged with what earlier batches left in `memo`. */
  const judged = (change: () => void, dependsOn = region) =>
    classifyChanges(recordsOf(change), own, dependsOn, memo);

  beforeEach(() => {
    memo = new PlaceMemo();
  });

  it('a page changing the same nodes again and again is judged without asking its DOM again', () => {
    const change = () => {
      counter.textContent = `${Math.random()} updates`;
      row.classList.toggle('hot');
    };
    expect(judged(change)).toBe(RECHECK);
    const asked = [
      vi.spyOn(Node.prototype, 'contains'),
      vi.spyOn(Node.prototype, 'getRootNode'),
      vi.spyOn(Element.prototype, 'matches'),
      vi.spyOn(Element.prototype, 'querySelector'),
    ];
    for (let i = 0; i < 5; i++) expect(judged(change)).toBe(RECHECK);
    expect(asked.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0]);
    // Without the memo, each batch asks again.
    classifyChanges(recordsOf(change), own, region);
    expect(asked[0]?.mock.calls.length).toBeGreaterThan(0);
    for (const spy of asked) spy.mockRestore();
  });

  it('forgets when elements are added: a node moved into the region counts there', () => {
    expect(judged(() => row.classList.toggle('hot'))).toBe(RECHECK);
    const nav = document.querySelector('nav') as HTMLElement;
    const cell = row.querySelector('td') as HTMLElement;
    // Moved in the same batch as a change outside: the move's record adds an element.
    judged(() => {
      counter.textContent = 'moving';
      nav.append(row.parentElement?.parentElement as HTMLElement);
    });
    expect(judged(() => cell.classList.toggle('hot'))).toBe(SEARCH);
    expect(judged(() => row.classList.toggle('hot'))).toBe(SEARCH);
  });

  it('forgets when told (what the answer depends on changed)', () => {
    expect(judged(() => row.classList.toggle('hot'))).toBe(RECHECK);
    memo.forget();
    expect(judged(() => row.classList.toggle('hot'), new Set([row]))).toBe(SEARCH);
  });

  it('asks again whether a node is a dialog when the attribute that makes one changes', () => {
    const dialog = document.createElement('dialog');
    judged(() => document.querySelector('main')?.append(dialog));
    expect(judged(() => dialog.classList.toggle('x'))).toBe(RECHECK);
    expect(judged(() => dialog.setAttribute('open', ''))).toBe(SEARCH);
  });
});

describe('open shadow roots, tracked from the records', () => {
  it('finds roots in what was added, nested ones too, never ours, without walking the page', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    const innerShadow = inner.attachShadow({ mode: 'open' });
    shadow.append(inner);
    const wrapper = document.createElement('section');
    wrapper.append(host);
    const records = recordsOf(() => document.body.append(wrapper));
    expect(shadowRootsAdded(records, own)).toEqual([shadow, innerShadow]);
    const ours = recordsOf(() => document.body.append(own));
    expect(shadowRootsAdded(ours, own)).toEqual([]);
  });
});
