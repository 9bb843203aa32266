import { containsAcrossShadow, parentAcrossShadow } from './visibility';

/**
 * Whether a person's click would reach an element now: what is on top at its centre, and whether its box is
 * still moving. Reads layout only; changes nothing.
 */

/** The topmost element at a point, walking into open shadow roots (a host hides what its root draws). */
export function deepElementFromPoint(doc: Document, x: number, y: number): Element | null {
  let hit = doc.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** The element's box is on screen and a click at its centre lands on it (or inside it). */
export function reachableAtCentre(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
  const hit = deepElementFromPoint(element.ownerDocument, x, y);
  return hit !== null && containsAcrossShadow(element, hit);
}

/**
 * A finite animation or transition runs on the element or an ancestor (across shadow roots): e.g. MUI's Collapse
 * growing the side nav, a dialog fading in. Endless ones (spinners) never settle and are ignored.
 */
export function isAnimating(element: Element): boolean {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    if (typeof node.getAnimations !== 'function') return false;
    for (const animation of node.getAnimations()) {
      const iterations = animation.effect?.getComputedTiming().iterations ?? 1;
      if (animation.playState === 'running' && Number.isFinite(iterations)) return true;
    }
  }
  return false;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function boxOf(element: Element): Box {
  const { left, top, width, height } = element.getBoundingClientRect();
  return { left, top, width, height };
}

export function sameBox(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return false;
  return (
    Math.abs(a.left - b.left) < 0.5 &&
    Math.abs(a.top - b.top) < 0.5 &&
    Math.abs(a.width - b.width) < 0.5 &&
    Math.abs(a.height - b.height) < 0.5
  );
}
