import type { Box } from '../dom/hit-test';

/**
 * Where the guide's callout goes: beside the element it points at, never over it, never over the dialog's
 * controls (the token field, Okta's buttons), and outside an open dialog's box when there is room; docked in
 * a corner when there is no target or no room. Pure geometry, so it is tested without a browser.
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
const CORNER = 16;

export function placeCallout({ callout, viewport, target, dialogs, controls }: PlacementInput): {
  left: number;
  top: number;
} {
  const { width, height } = callout;
  const clampTop = (top: number) => clamp(top, MARGIN, viewport.height - height - MARGIN);
  const clampLeft = (left: number) => clamp(left, MARGIN, viewport.width - width - MARGIN);
  const beside = (box: Box, alignTop: number, alignLeft: number) => [
    { left: box.left + box.width + GAP, top: clampTop(alignTop) },
    { left: box.left - GAP - width, top: clampTop(alignTop) },
    { left: clampLeft(alignLeft), top: box.top + box.height + GAP },
    { left: clampLeft(alignLeft), top: box.top - GAP - height },
  ];
  const candidates = [
    ...(target ? beside(target, target.top, target.left) : []),
    ...dialogs.flatMap((dialog) => beside(dialog, target?.top ?? dialog.top, target?.left ?? dialog.left)),
    { left: viewport.width - width - CORNER, top: viewport.height - height - CORNER },
    { left: CORNER, top: viewport.height - height - CORNER },
    { left: viewport.width - width - CORNER, top: CORNER },
    { left: CORNER, top: CORNER },
  ];
  const hard = target ? [target, ...controls] : controls;
  let best = candidates[candidates.length - 4] ?? { left: CORNER, top: CORNER };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const box = { ...candidate, width, height };
    const fits =
      box.left >= MARGIN - 0.5 &&
      box.top >= MARGIN - 0.5 &&
      box.left + width <= viewport.width - MARGIN + 0.5 &&
      box.top + height <= viewport.height - MARGIN + 0.5;
    const cost = (fits ? 0 : 1e12) + overlapArea(box, hard) * 1e4 + overlapArea(box, dialogs);
    if (cost === 0) return candidate;
    if (cost < bestCost) {
      best = candidate;
      bestCost = cost;
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
