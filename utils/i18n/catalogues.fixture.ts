import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Catalogue, catalogueTranslator, type Language, type Translator } from './catalogue';
import type { GuideWords } from './guide-words';
import { guideWordsOf } from './package-catalogues';

/** Tests: the shipped catalogues, read from `public/_locales` as the package holds them. */
export const LOCALES_DIR = path.resolve(import.meta.dirname, '../../public/_locales');

export function catalogueIn(language: string): Catalogue {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, language, 'messages.json'), 'utf8')) as Catalogue;
}

export function translatorIn(language: Language): Translator {
  return catalogueTranslator(language, catalogueIn(language));
}

export function guideWordsIn(language: Language): GuideWords {
  return guideWordsOf(catalogueIn(language));
}
