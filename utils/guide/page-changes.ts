import { openShadowRootsIn } from '../dom/deep-query';
import { DIALOG } from '../okta/guide-steps';

/**
 * Which page changes can change the guide's answer (#24: constant work per change). A found target is
 * re-checked in O(1) after any change (still connected, same box, hit-testable, the same dialogs open); the
 * page is searched again only when the answer can have changed: a dialog or a sign-in form appeared or changed,
 * a shadow root appeared (page-watch.ts), or something changed inside what the answer depends on (the target's
 * region, the open dialogs). Changes of our own overlay count for nothing. Each record costs O(its nodes + tree depth),
 * never O(page).
 */

/** Elements whose arrival or change can change the step (derived from dialogs and the sign-in form). */
export const STEP_CHANGERS = `${DIALOG}, input[type="password"]`;

/** What a batch of records asks of the guide: nothing, re-check the found target (it may have moved), search. */
export const NOTHING = 0;
export const RECHECK = 1;
export const SEARCH = 2;
export type PageChange = typeof NOTHING | typeof RECHECK | typeof SEARCH;

/** An element that is or holds something that changes the step. */
const changesStep = (node: Node) =>
  node instanceof Element && (node.matches(STEP_CHANGERS) || node.querySelector(STEP_CHANGERS) !== null);

/**
 * `own`: our overlay's host. `dependsOn`: the nodes the current answer depends on (the found target's region,
 * the open dialogs); null while nothing is found, when any change but ours may be the one that shows the target.
 */
export function classifyChanges(
  records: Iterable<MutationRecord>,
  own: Node,
  dependsOn: ReadonlySet<Node> | null,
): PageChange {
  let change: PageChange = NOTHING;
  for (const { type, target, addedNodes } of records) {
    if (own.contains(target)) continue;
    if (!dependsOn) return SEARCH;
    // Inside what the answer depends on, across shadow roots' boundaries: O(tree depth).
    for (let at: Node | null = target; at; at = at.parentNode ?? (at as Partial<ShadowRoot>).host ?? null) {
      if (dependsOn.has(at)) return SEARCH;
    }
    // A removed dialog or target is the re-check's to see (it is no longer connected).
    if (type === 'attributes' ? changesStep(target) : [...addedNodes].some(changesStep)) return SEARCH;
    change = RECHECK;
  }
  return change;
}

/** Open shadow roots in the subtrees the records added (O(added nodes)), ours excepted. */
export function shadowRootsAdded(records: Iterable<MutationRecord>, own: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const { addedNodes } of records) {
    for (const node of addedNodes) {
      if (!(node instanceof Element) || node === own) continue;
      const shadow = node.shadowRoot;
      if (shadow) found.push(shadow, ...openShadowRootsIn(shadow));
      found.push(...openShadowRootsIn(node));
    }
  }
  return found;
}
