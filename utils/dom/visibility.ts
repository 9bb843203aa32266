/** Whether a person can see an element: laid out, not hidden, not transparent, inside the viewport's page. */

export function isRendered(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

/** Opacity as painted: the product of the element's and its ancestors' opacity, across shadow roots. */
export function effectiveOpacity(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const view = node.ownerDocument.defaultView;
    if (!view) break;
    opacity *= Number.parseFloat(view.getComputedStyle(node).opacity || '1');
  }
  return opacity;
}

export function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Whether `ancestor` contains `element`, also when the element sits in a shadow root below it. */
export function containsAcrossShadow(ancestor: Element, element: Element): boolean {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    if (node === ancestor) return true;
  }
  return false;
}
