import type { AdminConsoleConfig } from '../pages/admin-console-config';

/** What the server put in the page for this org and path; read once, as the console boots. */
export const config: AdminConsoleConfig = JSON.parse(
  document.getElementById('admin-console-config')?.textContent ?? 'null',
);

export const texts = config.texts;

/** Okta's `data-se` test hook, only in the variants that have them. */
export function se(name: string): { 'data-se'?: string } {
  return config.dataSe ? { 'data-se': name } : {};
}
