import { autoUpdate } from '@floating-ui/dom';

/**
 * Calls `moved` when an element moves on the page, grows, or leaves it: an IntersectionObserver whose root is
 * fitted to the element's box (Floating UI's `layoutShift`), which the browser answers while it renders. A page
 * that changes around the element without moving it costs nothing here, where re-reading the box on a timer cost
 * a hit test and often a forced layout each time (#24). Scrolls and window resizes are left to the caller's own
 * listeners.
 *
 * Not Floating UI's ResizeObserver (`elementResize`): the guide calls this from inside a ResizeObserver notice
 * (scheduler.ts), and that observer's first notice would then ask for another in the same rendering step, which
 * the browser reports to the page as a "ResizeObserver loop" error. An intersection notice is a task of its own.
 * An element that only shrinks in place is not noticed; the once-a-second re-check sees it.
 */
export function watchMoves(element: Element, moved: () => void): () => void {
  // autoUpdate reports once as it starts: the caller has just read the box.
  let started = false;
  const stop = autoUpdate(element, null, () => started && moved(), {
    ancestorScroll: false,
    ancestorResize: false,
    elementResize: false,
    layoutShift: true,
  });
  started = true;
  return stop;
}
