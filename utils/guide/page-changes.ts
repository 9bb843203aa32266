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
/** The attributes STEP_CHANGERS tests: a change of one can make an element match it, or stop. */
const STEP_CHANGER_ATTRIBUTES: ReadonlySet<string> = new Set(['role', 'open', 'aria-modal', 'type']);

/** What a batch of records asks of the guide: nothing, re-check the found target (it may have moved), search. */
export const NOTHING = 0;
export const RECHECK = 1;
export const SEARCH = 2;
export type PageChange = typeof NOTHING | typeof RECHECK | typeof SEARCH;

/** An element that is or holds something that changes the step. */
const changesStep = (node: Node) =>
  node instanceof Element && (node.matches(STEP_CHANGERS) || node.querySelector(STEP_CHANGERS) !== null);

/**
 * Where a changed node stands: in our overlay, inside what the answer depends on, or outside; outside, whether it
 * is or holds a step changer, once asked.
 */
const OURS = 0;
const INSIDE = 1;
const OUTSIDE = 2;
const OUTSIDE_PLAIN = 3;
const OUTSIDE_STEP = 4;
type Place = typeof OURS | typeof INSIDE | typeof OUTSIDE | typeof OUTSIDE_PLAIN | typeof OUTSIDE_STEP;

/**
 * Where the nodes a page keeps changing stand, remembered from one batch of records to the next: a live page
 * changes the same few nodes again and again (a counter, a spinner, a row's class), and placing one takes several
 * calls into the page's DOM, each dear from a content script's world (#24). Forgotten when what the answer
 * depends on changes (`forget()`), and whenever a record adds elements: nodes may have moved.
 */
export class PlaceMemo {
  places = new WeakMap<Node, Place>();
  forget() {
    this.places = new WeakMap();
  }
}

/**
 * `own`: our overlay's host. `dependsOn`: the nodes the current answer depends on (the found target's region,
 * the open dialogs); null while nothing is found, when any change but ours may be the one that shows the target.
 * `memo`: where changed nodes stood in earlier batches, for as long as `dependsOn` is the same.
 */
export function classifyChanges(
  records: Iterable<MutationRecord>,
  own: Node,
  dependsOn: ReadonlySet<Node> | null,
  memo = new PlaceMemo(),
): PageChange {
  let change: PageChange = NOTHING;
  for (const record of records) {
    const added = addedElements(record);
    if (added.length > 0) memo.forget();
    // A text node is placed by its parent: text nodes may move without a record that adds an element.
    const node =
      record.type === 'characterData' ? (record.target.parentNode ?? record.target) : record.target;
    let place = memo.places.get(node);
    if (place === undefined) {
      place = own.contains(node) ? OURS : !dependsOn || insideAny(node, dependsOn) ? INSIDE : OUTSIDE;
    }
    // Whether it is or holds a step changer, asked once, and again when the attribute can change the answer.
    if (
      record.type === 'attributes' &&
      (place === OUTSIDE || (place > OUTSIDE && STEP_CHANGER_ATTRIBUTES.has(record.attributeName ?? '')))
    ) {
      place = changesStep(node) ? OUTSIDE_STEP : OUTSIDE_PLAIN;
    }
    memo.places.set(node, place);
    if (place === OURS) continue;
    if (place === INSIDE) return SEARCH;
    // An attribute change on a dialog (or what holds one) can show or hide it; so can added elements. A removed
    // dialog or target is the re-check's to see (it is no longer connected).
    if (record.type === 'attributes' ? place === OUTSIDE_STEP : added.some(changesStep)) return SEARCH;
    change = RECHECK;
  }
  return change;
}

/**
 * `node` is one of `holders` or inside one, across shadow roots' boundaries: a `contains` per holder and shadow
 * level, native calls all (a page changing 20 times a second pays this on every change; #24).
 */
function insideAny(node: Node, holders: ReadonlySet<Node>): boolean {
  for (let at: Node | null = node; at; at = hostOf(at)) {
    for (const holder of holders) if (holder.contains(at)) return true;
  }
  return false;
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The elements a record added that are still in the page. A record whose target holds no element now added
 * none that stayed: a text change (a counter, a clock), the commonest change on a live page, is told so without
 * reading its added nodes, which costs a new wrapper per node in the content script's world and was the largest
 * part of judging a change on the bench's busy page (#24).
 */
function addedElements(record: MutationRecord): Element[] {
  if (record.type !== 'childList' || (record.target as ParentNode).firstElementChild === null) return [];
  const added: Element[] = [];
  const nodes = record.addedNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node instanceof Element) added.push(node);
  }
  return added;
}

/** Open shadow roots in the subtrees the records added (O(added nodes)), ours excepted. */
export function shadowRootsAdded(records: Iterable<MutationRecord>, own: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const record of records) {
    for (const node of addedElements(record)) {
      if (node === own) continue;
      const shadow = node.shadowRoot;
      if (shadow) found.push(shadow, ...openShadowRootsIn(shadow));
      found.push(...openShadowRootsIn(node));
    }
  }
  return found;
}
