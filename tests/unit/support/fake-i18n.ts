import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Catalogue, formatEntry } from '../../../utils/i18n/catalogue';

/**
 * `fakeBrowser` leaves `i18n` unimplemented: unit tests speak English through the real English catalogue,
 * with the platform's rules (utils/i18n/catalogue.ts `formatEntry`); and the package's own files (the other
 * catalogues, which the background reads for the guide) are fetched from `public/`, as the browser serves them.
 */
const PUBLIC = path.resolve(import.meta.dirname, '../../../public');
const english = JSON.parse(readFileSync(path.join(PUBLIC, '_locales/en/messages.json'), 'utf8')) as Catalogue;

Object.assign(fakeBrowser.i18n, {
  getMessage: (key: string, subs?: string | string[]) =>
    formatEntry(english[key], typeof subs === 'string' ? [subs] : (subs ?? [])),
  getUILanguage: () => 'en',
});

const packageBase = fakeBrowser.runtime.getURL('/');
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.startsWith(packageBase)) return realFetch(input, init);
  const file = path.join(PUBLIC, new URL(url).pathname);
  return new Response(readFileSync(file));
}) as typeof fetch;
