/**
 * The host permission an origin needs, as a match pattern: its scheme and host, any port, any path. Match
 * patterns carry no port in Firefox (`http://localhost:3000/*` is refused as invalid there; Chrome accepts it
 * and ignores the port), so the extension asks and checks per host, in both browsers.
 */
export function hostPermissionPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}
