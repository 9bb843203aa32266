/**
 * Sets a form field's value so page frameworks (React, Backbone, react-hook-form) register it: through the
 * native prototype setter, which bypasses a framework's own instance setter, then the events a typing
 * person would cause.
 */
export function setValueAsTyped(
  field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
): void {
  const prototype = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
