import type { Box } from '../../utils/dom/hit-test';
import { el } from './dom';

/** A ring around the target; it never takes clicks, so a click at its centre reaches the target. */
export function highlight() {
  const ring = el('div', { class: 'ring', 'aria-hidden': 'true' });
  return {
    ring,
    /** Moves the ring onto `target`: styles only, and only those that change (redraws follow every move). */
    place(target: Box): void {
      const box = {
        top: target.top - 4,
        left: target.left - 4,
        width: target.width + 8,
        height: target.height + 8,
      };
      for (const [name, value] of Object.entries(box)) {
        if (ring.style.getPropertyValue(name) !== `${value}px`) ring.style.setProperty(name, `${value}px`);
      }
    },
  };
}
