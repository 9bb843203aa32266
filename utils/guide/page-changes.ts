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
  for (const record of records) {
    const { target } = record;
    if (own.contains(target)) continue;
    if (!dependsOn || insideAny(target, dependsOn)) return SEARCH;
    // A removed dialog or target is the re-check's to see (it is no longer connected).
    if (record.type === 'attributes' ? changesStep(target) : someChangesStep(record.addedNodes))
      return SEARCH;
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

function someChangesStep(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (changesStep(nodes[i] as Node)) return true;
  return false;
}

/** Open shadow roots in the subtrees the records added (O(added nodes)), ours excepted. */
export function shadowRootsAdded(records: Iterable<MutationRecord>, own: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const record of records) {
    // Only a childList record adds nodes: the others' (empty) lists are not even asked for.
    if (record.type !== 'childList') continue;
    for (const node of record.addedNodes) {
      if (!(node instanceof Element) || node === own) continue;
      const shadow = node.shadowRoot;
      if (shadow) found.push(shadow, ...openShadowRootsIn(shadow));
      found.push(...openShadowRootsIn(node));
    }
  }
  return found;
}
