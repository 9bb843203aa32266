// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import type { PopupApi } from '../../utils/popup/popup-api';
import { describeTabPage } from '../../utils/popup/tab-page';
import { PopupApp } from './PopupApp';

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

it('shows the org from the tab address while the background has not answered yet', async () => {
  const api = {
    loadTabPage: async () => describeTabPage('https://acme-admin.okta.com/admin/dashboard'),
    loadState: () => new Promise(() => {}), // a worker still waking up
    watchState: () => () => {},
  } as unknown as PopupApi;
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<PopupApp api={api} tabId={7} />, container as HTMLElement);
  });
  await act(async () => {}); // the tab address arrives
  expect(container.querySelector('[data-testid="org-domain"]')?.textContent).toBe('acme.okta.com');
  expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  expect(container.textContent).toContain('Loading…');
  expect(container.querySelector('button')).toBeNull();
});
