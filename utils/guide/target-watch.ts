import { type Box, boxOf, isAnimating, reachableAtCentre, sameBox } from '../dom/hit-test';

/**
 * Decides what the overlay says about the element a step points at (spec.md, "Observable contract"):
 * - `found` only when it is on screen, a click at its centre reaches it, and its box has settled (the same box
 *   as the frame before, no animation moving or clipping it);
 * - `missing` only after a grace counted from the step's start on this page load, so a console that renders
 *   late never reads "can't find it" first — and, once found, only after it has been gone for a moment;
 * - `searching` in between (the overlay then sets no `data-target`).
 */

export const RENDER_GRACE_MS = 4000;
/** A found target that vanishes (a re-render) is missing only after this long. */
const LOSS_GRACE_MS = 1000;
/** How often a target that is there but not clickable yet is looked at again, once it is said missing. */
const RECHECK_MS = 250;

export type TargetState = 'found' | 'missing' | 'searching';

export interface TargetVerdict {
  state: TargetState;
  /** When to look again without a page change: next frame, after some milliseconds, or on the next change. */
  recheck: 'frame' | number | null;
}

/**
 * Judges the target of the step on screen, frame after frame. `key` names the step on this page (step and
 * path): a new key restarts the grace. `element` is what the locators found (null: nothing yet); `expected`
 * is false for steps that point at nothing.
 */
export type TargetWatch = (key: string, element: Element | null, expected: boolean) => TargetVerdict;

export function watchTarget(now: () => number): TargetWatch {
  let watched = '';
  let since = 0;
  let lastFoundAt = Number.NEGATIVE_INFINITY;
  let seen: Element | null = null;
  let seenBox: Box | null = null;
  return (key, element, expected) => {
    const time = now();
    if (key !== watched) {
      watched = key;
      since = time;
      lastFoundAt = Number.NEGATIVE_INFINITY;
      seen = null;
    }
    if (!expected) return { state: 'found', recheck: null };
    let recheck: TargetVerdict['recheck'] = null;
    if (element) {
      const box = boxOf(element);
      const settled = element === seen && sameBox(box, seenBox) && !isAnimating(element);
      seen = element;
      seenBox = box;
      if (settled && reachableAtCentre(element)) {
        lastFoundAt = time;
        return { state: 'found', recheck: null };
      }
      // Still moving: look again next frame. Covered (a menu, a backdrop) or off screen: that can change
      // without a DOM change we observe.
      recheck = settled ? RECHECK_MS : 'frame';
    } else {
      seen = null;
    }
    const waitLeft = Math.max(RENDER_GRACE_MS - (time - since), LOSS_GRACE_MS - (time - lastFoundAt));
    // Once missing, a box that never settles (a carousel) is not looked at every frame.
    if (waitLeft <= 0) return { state: 'missing', recheck: recheck && RECHECK_MS };
    return {
      state: 'searching',
      recheck: recheck === 'frame' ? 'frame' : Math.min(recheck ?? waitLeft, waitLeft),
    };
  };
}
