import { setValueAsTyped } from '../dom/set-value';
import type { FillableInput } from './find-form';

/*
 * Puts a value into a page's field the way a person typing would be seen by the page's framework: focus,
 * the value through the native setter with bubbling input/change events, then blur (which is when many
 * form libraries validate). What the admin typed is kept unless they confirmed replacing it.
 */

export type FieldFillOutcome =
  /** The field now holds the value. */
  | 'filled'
  /** The field holds something else the admin may have typed; left alone without `overwrite`. */
  | 'kept'
  /** The page changed the value back or rewrote it: the admin has to look at this field. */
  | 'rejected';

export function fillField(
  field: FillableInput,
  value: string,
  { overwrite }: { overwrite: boolean },
): FieldFillOutcome {
  const current = field.value;
  if (current !== '' && current !== value && !overwrite) return 'kept';
  field.focus({ preventScroll: true });
  // React keeps the last value it saw on the element and ignores an event whose value equals it. A value
  // set earlier by plain assignment (another tool, the page) already sits there, and setting the same value
  // again would be ignored: a plain reset to '' first makes the next value a change React reports.
  field.value = '';
  setValueAsTyped(field, value);
  field.blur();
  return field.value === value ? 'filled' : 'rejected';
}
