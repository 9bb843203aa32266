import { normalizeSpace } from './deep-query';

/** The label or name a person reads for a control, found the ways pages give one. One helper for the guide and autofill. */

type Control = Element & { labels?: NodeListOf<HTMLLabelElement> | null };

/** The text of the `<label>` bound to a control: `control.labels`, else `label[for=id]` in its tree scope. */
export function boundLabelText(control: Control): string {
  const fromLabels = Array.from(control.labels ?? [])
    .map((label) => normalizeSpace(label.textContent ?? ''))
    .find(Boolean);
  if (fromLabels) return fromLabels;
  // `labels` misses a `<label for>` in another tree scope in some engines, and a div[role=combobox] has none.
  const root = control.getRootNode() as Document | ShadowRoot;
  if (!control.id || !('querySelector' in root)) return '';
  const label = root.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  return normalizeSpace(label?.textContent ?? '');
}

/** The text of the elements `aria-labelledby` names, in order (ids looked up in the control's tree scope). */
function labelledByText(control: Element): string {
  const ids = control.getAttribute('aria-labelledby');
  const root = control.getRootNode() as Document | ShadowRoot;
  if (!ids || !('getElementById' in root)) return '';
  return normalizeSpace(
    ids
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** The name a person reads for an element: `aria-label`, `aria-labelledby`, a button input's value, else its text. */
export function accessibleName(element: Element): string {
  return (
    normalizeSpace(element.getAttribute('aria-label') ?? '') ||
    labelledByText(element) ||
    normalizeSpace(
      element instanceof HTMLInputElement && /^(submit|button)$/.test(element.type)
        ? element.value
        : (element.textContent ?? ''),
    )
  );
}

/** A bound `<label>`, else the ARIA name (`aria-labelledby`, `aria-label`); '' when the control has none. */
export function controlLabel(control: Control): string {
  return (
    boundLabelText(control) ||
    labelledByText(control) ||
    normalizeSpace(control.getAttribute('aria-label') ?? '')
  );
}
