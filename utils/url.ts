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
