import { browser } from 'wxt/browser';
import {
  type Catalogue,
  catalogueTranslator,
  formatEntry,
  type Language,
  pickLanguage,
  type Translator,
} from './catalogue';
import type { GuideWords } from './guide-words';

/**
 * Background: a catalogue of the extension's own package, for a language that may not be the browser's (the
 * guide speaks the console's). `browser.i18n` gives only the browser's language; the catalogues themselves
 * ship in the package, so they are read from it. Each is read once per worker life.
 */
const read = new Map<Language, Promise<Catalogue>>();

export function packageCatalogue(language: Language): Promise<Catalogue> {
  let catalogue = read.get(language);
  if (!catalogue) {
    const url = browser.runtime.getURL(`/_locales/${language}/messages.json` as '/');
    catalogue = fetch(url).then((response) => response.json() as Promise<Catalogue>);
    catalogue.catch(() => read.delete(language));
    read.set(language, catalogue);
  }
  return catalogue;
}

/** The guide's language: the console's (the page's `lang`), else the browser's, else English. */
export function guideLanguage(pageLanguage: string | null | undefined): Language {
  return pickLanguage(pageLanguage, browser.i18n.getUILanguage());
}

/** The guide's messages of one catalogue, placeholders kept as `{name}` for the page to fill in. */
export function guideWordsOf(catalogue: Catalogue): GuideWords {
  const words: GuideWords = {};
  for (const [key, entry] of Object.entries(catalogue)) {
    if (key.startsWith('guide_')) words[key] = formatEntry(entry, 'raw');
  }
  return words;
}

/** What a guide on a page in `pageLanguage` is told in: its language, a translator, and its words. */
export async function guideSpeech(
  pageLanguage: string | null | undefined,
): Promise<{ lang: Language; translator: Translator; words: GuideWords }> {
  const lang = guideLanguage(pageLanguage);
  const catalogue = await packageCatalogue(lang);
  return { lang, translator: catalogueTranslator(lang, catalogue), words: guideWordsOf(catalogue) };
}
