import type english from '../../public/_locales/en/messages.json';

/*
 * The extension's words live in the WebExtension catalogues, `public/_locales/<lang>/messages.json`
 * (English is the default locale and the source of the types). Keys are typed from the English catalogue; a
 * message's named placeholders are typed too, and passed by name.
 *
 * Two conventions the catalogue test (catalogue.test.ts) holds every locale to:
 * - placeholders: `$name$` in the message, declared under `placeholders` with content `$1`, `$2`, … in the
 *   alphabetical order of their names, so `browser.i18n.getMessage` gets its positional substitutions from
 *   the names alone (`substitutions()` below);
 * - plurals: a message shown with a number has one key per plural category, `<key>_one` and `<key>_other`
 *   (more where a language needs them), chosen with `Intl.PluralRules`; `_other` is the fallback.
 */

type English = typeof english;
export type MessageKey = keyof English;

type PlaceholderOf<K extends MessageKey> = English[K] extends { placeholders: infer P }
  ? keyof P & string
  : never;
export type ParamsOf<K extends MessageKey> = Record<PlaceholderOf<K>, string | number>;
/** No argument for a message without placeholders, one object of them all for a message with some. */
export type Params<K extends MessageKey> = [PlaceholderOf<K>] extends [never] ? [] : [params: ParamsOf<K>];

/** Keys shown with a number: the part before `_other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
type PluralParams<B extends PluralKey> = Omit<ParamsOf<`${B}_other` & MessageKey>, 'count'>;

export type Translate = <K extends MessageKey>(key: K, ...params: Params<K>) => string;

export interface Translator {
  /** The language of the catalogue the words come from (`en`, `fr`, …): for `lang` attributes and plural rules. */
  lang: string;
  t: Translate;
  /** The message for `count` (placeholder `count`), in the plural form the language uses for it. */
  plural<B extends PluralKey>(
    key: B,
    count: number,
    ...params: [keyof PluralParams<B>] extends [never] ? [] : [PluralParams<B>]
  ): string;
}

/** One entry of a `messages.json`. */
export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

/** The languages the extension speaks: a catalogue each. English is the default. */
export const LANGUAGES = ['en', 'fr', 'de', 'ja', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** `ja-JP`, `fr_CA`, `es-419` → the language we speak for it, if any. */
export function languageOf(tag: string | null | undefined): Language | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/** The first of the tags we speak, else English: the page's language, then the browser's. */
export function pickLanguage(...tags: (string | null | undefined)[]): Language {
  for (const tag of tags) {
    const language = languageOf(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** Positional substitutions for `getMessage`, by the placeholder convention (alphabetical names → $1, $2, …). */
export function substitutions(params: Record<string, string | number> | undefined): string[] {
  if (!params) return [];
  return Object.keys(params)
    .sort()
    .map((name) => String(params[name]));
}

/**
 * A message of a catalogue as `browser.i18n.getMessage` would give it: `$name$` → the placeholder's content,
 * `$1`… → the substitutions, `$$` → `$`. `raw` keeps the named placeholders as `{name}` (for the guide, which
 * fills them in itself).
 */
export function formatEntry(entry: CatalogueEntry | undefined, subs: readonly string[] | 'raw'): string {
  if (!entry) return '';
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), { name, ...value }]),
  );
  return entry.message.replace(
    /\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g,
    (whole, name?: string, index?: string) => {
      if (whole === '$$') return '$';
      if (name !== undefined) {
        const placeholder = placeholders[name.toLowerCase()];
        if (!placeholder) return '';
        if (subs === 'raw') return `{${placeholder.name}}`;
        return placeholder.content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
      }
      return subs === 'raw' ? whole : (subs[Number(index) - 1] ?? '');
    },
  );
}

/** A translator over a lookup (`browser.i18n.getMessage`, or a catalogue read from the package). */
export function makeTranslator(lang: string, lookup: (key: string, subs: string[]) => string): Translator {
  const rules = new Intl.PluralRules(lang);
  const t = ((key: string, params?: Record<string, string | number>) =>
    lookup(key, substitutions(params)) || key) as Translate;
  return {
    lang,
    t,
    plural(key, count, ...rest) {
      const params = { ...(rest[0] as Record<string, string | number> | undefined), count };
      const form = lookup(`${key}_${rules.select(count)}`, substitutions(params));
      return form || lookup(`${key}_other`, substitutions(params)) || key;
    },
  };
}

/** A translator over a whole catalogue (the background's, for a language other than the browser's). */
export function catalogueTranslator(lang: string, catalogue: Catalogue): Translator {
  return makeTranslator(lang, (key, subs) => formatEntry(catalogue[key], subs));
}

/**
 * A message with some placeholders filled by things that are not text (elements): the text parts and those
 * things, in the order the language puts them. Markers from the Private Use Area stand in for them meanwhile.
 */
export function richParts<K extends MessageKey, T>(
  t: Translate,
  key: K,
  params: Record<keyof ParamsOf<K>, string | number | T>,
): (string | T)[] {
  const things: T[] = [];
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params) as [string, string | number | T][]) {
    if (typeof value === 'string' || typeof value === 'number') flat[name] = value;
    else flat[name] = `\uE000${things.push(value) - 1}\uE001`;
  }
  const text = (t as (key: string, params: Record<string, string | number>) => string)(key, flat);
  return text
    .split(/\uE000(\d+)\uE001/)
    .map((part, index) => (index % 2 === 1 ? (things[Number(part)] as T) : part))
    .filter((part) => part !== '');
}
