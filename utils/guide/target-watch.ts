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
/** A box that never settles is rechecked every frame for this many frames, then less often. */
const MAX_FRAMES_UNSETTLED = 120;
const COVERED_RECHECK_MS = 250;

export type TargetState = 'found' | 'missing' | 'searching';

export interface TargetVerdict {
  state: TargetState;
  /** When to look again without a page change: next frame, after some milliseconds, or on the next change. */
  recheck: 'frame' | number | null;
}

export class TargetWatch {
  private key = '';
  private since = 0;
  private lastFoundAt = Number.NEGATIVE_INFINITY;
  private element: Element | null = null;
  private box: Box | null = null;
  private unsettledFrames = 0;

  constructor(private readonly now: () => number) {}

  /**
   * `key` names the step on this page (step and path): a new key restarts the grace. `element` is what the
   * locators found (null: nothing yet); `expected` is false for steps that point at nothing.
   */
  judge(key: string, element: Element | null, expected: boolean): TargetVerdict {
    const now = this.now();
    if (key !== this.key) {
      this.key = key;
      this.since = now;
      this.lastFoundAt = Number.NEGATIVE_INFINITY;
      this.element = null;
      this.box = null;
    }
    if (!expected) return { state: 'found', recheck: null };
    let recheck: TargetVerdict['recheck'] = null;
    if (element) {
      const box = boxOf(element);
      const settled = element === this.element && sameBox(box, this.box) && !isAnimating(element);
      this.element = element;
      this.box = box;
      if (settled) {
        this.unsettledFrames = 0;
        if (reachableAtCentre(element)) {
          this.lastFoundAt = now;
          return { state: 'found', recheck: null };
        }
        // Covered (a menu, a backdrop) or off screen: that can change without a DOM change we observe.
        recheck = COVERED_RECHECK_MS;
      } else {
        this.unsettledFrames++;
        recheck = this.unsettledFrames < MAX_FRAMES_UNSETTLED ? 'frame' : COVERED_RECHECK_MS;
      }
    } else {
      this.element = null;
      this.box = null;
    }
    const waitLeft = Math.max(RENDER_GRACE_MS - (now - this.since), LOSS_GRACE_MS - (now - this.lastFoundAt));
    if (waitLeft <= 0) return { state: 'missing', recheck };
    return {
      state: 'searching',
      recheck: recheck === 'frame' ? 'frame' : Math.min(recheck ?? waitLeft, waitLeft),
    };
  }
}
