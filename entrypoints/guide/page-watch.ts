import { openShadowRootsIn } from '@/utils/dom/deep-query';
import { classifyChanges, NOTHING, PlaceMemo, SEARCH, shadowRootsAdded } from '@/utils/guide/page-changes';
import type { Scope } from '@/utils/okta/locators';

/** Page changes that can change the step or move its target (a dropdown's shown choice is a text change). */
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: [
    'class',
    'style',
    'hidden',
    'open',
    'disabled',
    'value',
    'aria-expanded',
    'aria-selected',
    'aria-hidden',
    // What makes an element a dialog or a sign-in field (page-changes.ts STEP_CHANGERS).
    'role',
    'aria-modal',
    'type',
  ],
};

/**
 * Watches the page for the guide (#24): the document and every open shadow root (found by one walk of the tree,
 * then from the records that add them), each batch of records judged before anything is scheduled
 * (utils/guide/page-changes.ts): `onChange(true)` when the page must be searched again, `onChange(false)` when
 * the found target only needs its O(1) re-check; our own overlay's changes call nothing. A shadow root attached
 * to an element already in the page makes no record: `walk()` looks for such roots again (the guide calls it
 * while its target is said missing, at most once a second).
 */
export function pageWatch(own: Element, onChange: (search: boolean) => void) {
  let roots: ShadowRoot[] = [];
  let dependsOn: ReadonlySet<Node> | null = null;
  const places = new PlaceMemo();
  const observer = new MutationObserver((records) => {
    const added = shadowRootsAdded(records, own).filter(track);
    const change = added.length ? SEARCH : classifyChanges(records, own, dependsOn, places);
    if (change !== NOTHING) onChange(change === SEARCH);
  });
  function track(root: ShadowRoot): boolean {
    if (root.host === own || roots.includes(root)) return false;
    roots.push(root);
    observer.observe(root, OBSERVED);
    return true;
  }
  return {
    start() {
      observer.observe(document.documentElement, OBSERVED);
      openShadowRootsIn(document).forEach(track);
    },
    walk: () => openShadowRootsIn(document).forEach(track),
    stop: () => observer.disconnect(),
    /** Where to search: the document and the open shadow roots in the page now. */
    scopes(): Scope[] {
      roots = roots.filter((root) => root.host.isConnected);
      return [document, ...roots];
    },
    /** What the current answer depends on; null: anything may change it. */
    dependOn(nodes: ReadonlySet<Node> | null) {
      dependsOn = nodes;
      places.forget();
    },
  };
}
