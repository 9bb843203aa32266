/**
 * The origin of an address (relative ones against `base`), or null when it has none a person could be shown:
 * unparsable text, or an opaque origin (`data:`, `about:blank`, sandboxed documents), which URL reports as "null".
 */
export function originOf(url: string, base?: string): string | null {
  try {
    const origin = new URL(url, base).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Whether a host never leaves this machine, so plain http to it is not exposed on a network (local
 * development, the test sandboxes): 127.0.0.0/8, ::1, `localhost` and `*.localhost` (which browsers resolve
 * to loopback themselves, RFC 6761). Takes a URL's `hostname` (IPv6 in brackets or not). Not 0.0.0.0 (it
 * names "any address", and reaches other interfaces), nor a name that only starts or ends like one.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host)
  );
}
