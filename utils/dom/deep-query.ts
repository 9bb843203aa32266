/**
 * Element lookups that also see into OPEN shadow roots, where design systems (Okta's Odyssey, the hub)
 * render their UI. Closed roots stay closed: we never pierce what a page chose to hide.
 */

/** The open shadow roots under `root`, depth first, found in one walk of the tree. */
export function openShadowRootsIn(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: Document | ShadowRoot | Element) => {
    const doc = scope.ownerDocument ?? (scope as Document);
    const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return found;
}

/** Every scope to search: the root itself and the open shadow roots inside it. */
export function searchScopes(root: Document | ShadowRoot | Element): (Document | ShadowRoot | Element)[] {
  return [root, ...openShadowRootsIn(root)];
}

export function queryAllDeep<E extends Element = Element>(
  selector: string,
  scopes: readonly (Document | ShadowRoot | Element)[],
): E[] {
  return scopes.flatMap((scope) => Array.from(scope.querySelectorAll<E>(selector)));
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
