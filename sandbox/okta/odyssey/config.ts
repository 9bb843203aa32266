import type { AdminConsoleConfig } from '../pages/admin-console-config';

function readConfig(): AdminConsoleConfig {
  const json = document.getElementById('admin-console-config')?.textContent;
  if (!json) throw new Error('The Admin Console page has no #admin-console-config');
  return JSON.parse(json);
}

/** What the server put in the page for this org and path; read once, as the console boots. */
export const config = readConfig();

export const texts = config.texts;

/** Okta's `data-se` test hook, only in the variants that have them. */
export function se(name: string): { 'data-se'?: string } {
  return config.dataSe ? { 'data-se': name } : {};
}
