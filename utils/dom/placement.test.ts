import { describe, expect, it } from 'vitest';
import type { Box } from './hit-test';
import { placeCallout } from './placement';

const viewport = { width: 1280, height: 800 };
const callout = { width: 300, height: 220 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;
const boxAt = (at: { left: number; top: number }): Box => ({ ...at, ...callout });
const inside = (box: Box, size = viewport) =>
  box.left >= 0 && box.top >= 0 && box.left + box.width <= size.width && box.top + box.height <= size.height;

describe('where the callout goes', () => {
  it('beside the target, to its right when there is room', () => {
    const target = { left: 20, top: 200, width: 200, height: 40 };
    const at = placeCallout({ callout, viewport, target, dialogs: [], controls: [] });
    expect(at).toEqual({ left: 234, top: 200 });
  });

  it('never over the target, wherever it sits', () => {
    for (const target of [
      { left: 1100, top: 700, width: 160, height: 40 },
      { left: 500, top: 10, width: 280, height: 40 },
      { left: 0, top: 0, width: 1280, height: 300 },
    ]) {
      const box = boxAt(placeCallout({ callout, viewport, target, dialogs: [], controls: [] }));
      expect(overlaps(box, target)).toBe(false);
      expect(inside(box)).toBe(true);
    }
  });

  it('outside an open dialog, clear of its field and buttons, when the target is in the dialog', () => {
    const dialog = { left: 360, top: 80, width: 560, height: 420 };
    const controls = [
      { left: 384, top: 200, width: 500, height: 36 },
      { left: 700, top: 440, width: 100, height: 36 },
      { left: 810, top: 440, width: 100, height: 36 },
    ];
    const target = controls[2] as Box;
    const box = boxAt(placeCallout({ callout, viewport, target, dialogs: [dialog], controls }));
    expect(overlaps(box, dialog)).toBe(false);
    expect(inside(box)).toBe(true);
  });

  it('in a small window, docked where it covers none of the dialog’s controls', () => {
    const small = { width: 700, height: 600 };
    const dialog = { left: 40, top: 40, width: 620, height: 300 };
    const controls = [
      { left: 60, top: 120, width: 580, height: 36 },
      { left: 540, top: 290, width: 100, height: 36 },
    ];
    const box = boxAt(placeCallout({ callout, viewport: small, target: null, dialogs: [dialog], controls }));
    for (const control of controls) expect(overlaps(box, control)).toBe(false);
    expect(inside(box, small)).toBe(true);
  });

  it('docked bottom right when there is nothing to point at', () => {
    expect(placeCallout({ callout, viewport, target: null, dialogs: [], controls: [] })).toEqual({
      left: 1280 - 300 - 16,
      top: 800 - 220 - 16,
    });
  });
});
