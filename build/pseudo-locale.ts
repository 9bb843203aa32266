/**
 * A pseudo-locale for layout tests, never shipped (`npm run build:e2e:pseudo` only): every English message
 * about 40 % longer, its letters accented, in brackets — so a clipped end, a string left in the code or a box
 * too narrow for German or French shows at a glance. Placeholders (`$name$`, `$1`, `$$`) stay as they are.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'åƀçđéƒğĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter,
  ]),
);
const PLACEHOLDER = /(\$[A-Za-z0-9_@]+\$|\$\d|\$\$)/;
const PADDING = 'ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ ĉöñšéçţéţûŕ åđîƥîšçîñğ éŀîţ ';

export function pseudoMessage(message: string): string {
  const parts = message.split(PLACEHOLDER);
  const text = parts.map((part, index) =>
    index % 2 ? part : [...part].map((c) => ACCENTED[c] ?? c).join(''),
  );
  const length = parts.filter((_, index) => index % 2 === 0).join('').length;
  const padding = PADDING.repeat(Math.ceil((length * 0.4) / PADDING.length) + 1).slice(
    0,
    Math.ceil(length * 0.4),
  );
  return `[${text.join('')}${padding ? ` ${padding.trim()}` : ''}]`;
}

/** A whole catalogue in the pseudo-locale; `locale` (a language code, not words) stays. */
export function pseudoCatalogue(catalogue: Record<string, { message: string }>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, entry]) => [
      key,
      key === 'locale' ? entry : { ...entry, message: pseudoMessage(entry.message) },
    ]),
  );
}
