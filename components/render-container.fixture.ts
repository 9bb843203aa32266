import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * One element for a component test file to render into: in the document during each test, and after it
 * unmounted by Preact (so effects clean up) and taken out.
 */
export function renderContainer(): HTMLElement {
  const container = document.createElement('div');
  beforeEach(() => {
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });
  return container;
}
