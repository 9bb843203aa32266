import type { MessageKey, Params } from './catalogue';

/**
 * The guide's words. The guide runs on Okta's page and speaks the console's language, which need not be the
 * browser's (what `browser.i18n` gives); and its script must stay small. So it bundles no catalogue: it tells
 * the background the page's language, and the background sends it the `guide_*` messages of that language's
 * catalogue, read from the extension's package, with their placeholders as `{name}` (filled in on the page).
 */

export type GuideKey = Extract<MessageKey, `guide_${string}`>;
export type GuideWords = Record<string, string>;

export interface GuideText {
  t<K extends GuideKey>(key: K, ...params: Params<K>): string;
  /** The message with elements for some placeholders (a value in bold). */
  rich<T>(key: GuideKey, params: Record<string, string | T>): (string | T)[];
}

/** Page: the words the background sent, their placeholders filled in. */
export function guideText(words: GuideWords): GuideText {
  const rich = <T>(key: GuideKey, params: Record<string, string | T> = {}) =>
    (words[key] ?? key).split(/\{(\w+)\}/).map((part, index) => (index % 2 ? (params[part] as T) : part));
  return {
    t: (key, ...params) => rich<string>(key, (params[0] ?? {}) as Record<string, string>).join(''),
    rich,
  };
}
