import { describe, expect, it } from 'vitest';
import { checkPage } from './autofill/safety';
import { checkHubBaseUrl } from './hub/session';
import { isLoopbackHost } from './url';

/*
 * One loopback rule for every place that lets plain http through (a hub API base URL, a hub page to fill):
 * the host must be one that never leaves the machine.
 */
const TABLE: [host: string, loopback: boolean][] = [
  ['127.0.0.1', true],
  ['127.1.2.3', true],
  ['127.255.255.254', true],
  ['localhost', true],
  ['LOCALHOST', true],
  ['app.localhost', true],
  ['[::1]', true],
  ['::1', true],
  ['0.0.0.0', false],
  ['128.0.0.1', false],
  ['10.0.0.1', false],
  ['192.168.1.20', false],
  ['localhost.evil.test', false],
  ['127.0.0.1.nip.io', false],
  ['evil-localhost', false],
  ['[::2]', false],
  ['', false],
];

describe('loopback hosts: one rule', () => {
  it.each(TABLE)('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  // Every host a URL can carry: the hub API base URL and the page to fill agree on each.
  it.each(TABLE.filter(([host]) => host !== '' && host !== '::1'))(
    'http://%s: the hub API base URL and the fill agree (%s)',
    (host, loopback) => {
      const url = `http://${host}:8080`;
      expect(checkHubBaseUrl(url).ok).toBe(loopback);
      const page = { top: null, location: new URL(url) } as unknown as Window;
      (page as { top: unknown }).top = page;
      expect(checkPage(page) === null).toBe(loopback);
    },
  );
});
