// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillField } from './fill';

/**
 * What React does with a controlled input, reduced to the part that decides whether a fill counts: it
 * tracks the last value it saw through an instance `value` setter, and on `input` reports a change only
 * when the element's real value differs from the tracked one.
 */
function controlledInput(): { input: HTMLInputElement; seen: string[] } {
  const input = document.createElement('input');
  document.body.append(input);
  const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value') as PropertyDescriptor;
  let tracked = '';
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => native.get?.call(input),
    set: (next: string) => {
      tracked = String(next);
      native.set?.call(input, next);
    },
  });
  const seen: string[] = [];
  input.addEventListener('input', () => {
    const actual = native.get?.call(input) as string;
    if (actual !== tracked) {
      tracked = actual;
      seen.push(actual);
    }
  });
  return { input, seen };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('filling one field', () => {
  it('sets the value so the page’s framework hears it, with the events a person causes', () => {
    const { input, seen } = controlledInput();
    const events: string[] = [];
    for (const type of ['focus', 'input', 'change', 'blur']) {
      input.addEventListener(type, () => events.push(type));
    }
    expect(fillField(input, 'acme.okta.com', { overwrite: false })).toBe('filled');
    expect(input.value).toBe('acme.okta.com');
    expect(seen).toEqual(['acme.okta.com']);
    expect(events).toEqual(['focus', 'input', 'change', 'blur']);
  });

  it('is heard even after something set the same value by plain assignment first', () => {
    const { input, seen } = controlledInput();
    input.value = 'acme.okta.com'; // e.g. another tool; the framework never heard of it
    expect(seen).toEqual([]);
    expect(fillField(input, 'acme.okta.com', { overwrite: false })).toBe('filled');
    expect(seen).toEqual(['acme.okta.com']);
  });

  it('keeps what the admin typed unless they confirmed replacing it', () => {
    const { input, seen } = controlledInput();
    input.value = 'acme.oktapreview.com';
    expect(fillField(input, 'acme.okta.com', { overwrite: false })).toBe('kept');
    expect(input.value).toBe('acme.oktapreview.com');
    expect(fillField(input, 'acme.okta.com', { overwrite: true })).toBe('filled');
    expect(input.value).toBe('acme.okta.com');
    expect(seen).toEqual(['acme.okta.com']);
  });

  it('says so when the page rewrites the value', () => {
    const { input } = controlledInput();
    input.addEventListener('input', () => {
      input.value = input.value.toUpperCase();
    });
    expect(fillField(input, 'acme.okta.com', { overwrite: false })).toBe('rejected');
  });
});
