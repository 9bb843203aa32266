/**
 * The guide overlay's DOM, without a UI library: the overlay runs on someone else's page with a 15 KB gzip
 * budget (bench/budgets.json), and Preact was 4.4 KB of it. Its parts are created once and updated in place,
 * so the live region and the buttons persist across redraws (a screen reader hears what changed, a focused
 * button keeps focus), and a redraw that changes nothing touches nothing. Text goes in as text nodes only.
 */

/** A run of a message: text, or a value in bold (`text.rich`). */
export type Part = string | { strong: string };

/** A block of text the overlay shows (a paragraph, the title), rebuilt only when its tag or attributes change. */
export interface Block {
  tag: 'h2' | 'p';
  attrs?: Record<string, string>;
  parts: readonly Part[];
}

/** What `sync` lays out: a block, a persistent element (created once by its part), or nothing. */
export type Item = Block | Node | null | false | undefined;

/** An element with its attributes and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Sets an attribute only when it changes (absent when `value` is null). */
export function attr(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** Blocks `sync` created, with their shape (tag and attributes): only those are reused for another block. */
const shapes = new WeakMap<Node, string>();

/**
 * Makes `parent`'s children the items, in order, as Preact's positional diff would: a block reuses the block
 * element at its place when it has the same shape (its text updated in place), persistent elements are never
 * recreated (and not moved unless out of order), and what is no longer wanted goes.
 */
export function sync(parent: Element, items: readonly Item[]): void {
  const wanted = new Set(items.filter((item): item is Node => item instanceof Node));
  let at = parent.firstChild;
  const drop = () => {
    const next = at?.nextSibling ?? null;
    at?.remove();
    at = next;
  };
  for (const item of items) {
    if (!item) continue;
    if (item instanceof Node) {
      while (at && at !== item && !wanted.has(at)) drop();
      if (at === item) at = item.nextSibling;
      else parent.insertBefore(item, at);
      continue;
    }
    const shape = `${item.tag}${JSON.stringify(item.attrs ?? {})}`;
    let block = at && shapes.get(at) === shape ? (at as Element) : null;
    if (block) at = block.nextSibling;
    else {
      block = el(item.tag, item.attrs);
      shapes.set(block, shape);
      parent.insertBefore(block, at);
    }
    setParts(block, item.parts);
  }
  while (at) drop();
}

/** The block's runs: its text nodes and `<strong>`s updated in place when the runs keep their kinds. */
function setParts(block: Element, parts: readonly Part[]): void {
  const nodes = block.childNodes;
  const same =
    nodes.length === parts.length &&
    parts.every((part, index) => (typeof part === 'string') === (nodes[index]?.nodeType === Node.TEXT_NODE));
  if (!same) {
    block.replaceChildren(...parts.map((part) => (typeof part === 'string' ? part : el('strong', {}, ''))));
  }
  parts.forEach((part, index) => {
    const node = nodes[index] as Node;
    // A placeholder the catalogue lacks gives no value: nothing shown, as before.
    const value = (typeof part === 'string' ? part : part?.strong) ?? '';
    if (node.textContent !== value) node.textContent = value;
  });
}
