import type { Box } from './hit-test';

/**
 * Where a callout goes (the guide's on Okta, the hub pointer's): beside the element it points at, never over
 * it, never over a dialog's controls (the token field, Okta's buttons), and outside an open dialog's box when
 * there is room; docked in a corner when there is no target or no room. Pure geometry, tested without a browser.
 */

export interface Size {
  width: number;
  height: number;
}

export interface PlacementInput {
  callout: Size;
  viewport: Size;
  /** The element pointed at: never covered. */
  target: Box | null;
  /** Open dialogs: covered only when nothing else fits. */
  dialogs: readonly Box[];
  /** The dialogs' controls and fields: never covered when any placement avoids them. */
  controls: readonly Box[];
}

const GAP = 14;
const MARGIN = 8;
/** Corners sit a little further in than the margin. */
const CORNER_INSET = 8;

export function placeCallout({ callout, viewport, target, dialogs, controls }: PlacementInput): {
  left: number;
  top: number;
} {
  const { width, height } = callout;
  const maxLeft = viewport.width - width - MARGIN;
  const maxTop = viewport.height - height - MARGIN;
  // Beside a box, aligned with the target (shifted into the viewport along that side).
  const beside = (box: Box, alignTop: number, alignLeft: number) => {
    const top = clamp(alignTop, MARGIN, maxTop);
    const left = clamp(alignLeft, MARGIN, maxLeft);
    return [
      { left: box.left + box.width + GAP, top },
      { left: box.left - GAP - width, top },
      { left, top: box.top + box.height + GAP },
      { left, top: box.top - GAP - height },
    ];
  };
  const right = maxLeft - CORNER_INSET;
  const bottom = maxTop - CORNER_INSET;
  const candidates = [
    ...(target ? beside(target, target.top, target.left) : []),
    ...dialogs.flatMap((dialog) => beside(dialog, target?.top ?? dialog.top, target?.left ?? dialog.left)),
    { left: right, top: bottom },
    { left: MARGIN + CORNER_INSET, top: bottom },
    { left: right, top: MARGIN + CORNER_INSET },
    { left: MARGIN + CORNER_INSET, top: MARGIN + CORNER_INSET },
  ];
  const hard = target ? [target, ...controls] : controls;
  let best = candidates[0] as { left: number; top: number };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const at of candidates) {
    const box = { ...at, width, height };
    const outside = at.left < MARGIN || at.top < MARGIN || at.left > maxLeft || at.top > maxTop;
    const cost = (outside ? 1e12 : 0) + overlapArea(box, hard) * 1e4 + overlapArea(box, dialogs);
    if (cost < bestCost) {
      best = at;
      bestCost = cost;
      if (cost === 0) break;
    }
  }
  return best;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

function overlapArea(box: Box, others: readonly Box[]): number {
  let area = 0;
  for (const other of others) {
    const width = Math.min(box.left + box.width, other.left + other.width) - Math.max(box.left, other.left);
    const height = Math.min(box.top + box.height, other.top + other.height) - Math.max(box.top, other.top);
    if (width > 0 && height > 0) area += width * height;
  }
  return area;
}
