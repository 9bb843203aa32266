import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Catalogue,
  catalogueTranslator,
  formatEntry,
  LANGUAGES,
  languageOf,
  pickLanguage,
  richParts,
} from './catalogue';
import { catalogueIn, LOCALES_DIR, translatorIn } from './catalogues.fixture';
import { guideText } from './guide-words';
import { guideWordsOf } from './package-catalogues';

const english = catalogueIn('en');
const placeholdersOf = (catalogue: Catalogue, key: string) =>
  Object.fromEntries(
    Object.entries(catalogue[key]?.placeholders ?? {}).map(([name, { content }]) => [name, content]),
  );
const namedIn = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]?.toLowerCase()))].sort();

describe('the catalogues', () => {
  it('are exactly the languages we speak', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every key of the English catalogue and no other', (language) => {
    expect(Object.keys(catalogueIn(language)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGUAGES)('%s names its own language in `locale`', (language) => {
    expect(catalogueIn(language).locale?.message).toBe(language);
  });

  it.each(LANGUAGES)('%s has a message for every key, with the same placeholders as English', (language) => {
    const catalogue = catalogueIn(language);
    for (const key of Object.keys(english)) {
      const entry = catalogue[key];
      expect(entry?.message.trim(), `${language} ${key}`).not.toBe('');
      expect(placeholdersOf(catalogue, key), `${language} ${key}`).toEqual(placeholdersOf(english, key));
      // Every placeholder declared is used, and only those.
      expect(namedIn(entry?.message ?? ''), `${language} ${key}`).toEqual(
        Object.keys(placeholdersOf(english, key)).sort(),
      );
    }
  });

  it('number placeholders $1, $2, … in the alphabetical order of their names (what `substitutions` relies on)', () => {
    for (const key of Object.keys(english)) {
      const names = Object.keys(placeholdersOf(english, key)).sort();
      expect(placeholdersOf(english, key), key).toEqual(
        Object.fromEntries(names.map((name, index) => [name, `$${index + 1}`])),
      );
    }
  });

  it('give every message shown with a number both plural forms, with the number as `count`', () => {
    const plurals = Object.keys(english).filter((key) => /_(one|other)$/.test(key));
    expect(plurals.length).toBeGreaterThan(0);
    for (const key of plurals) {
      const base = key.replace(/_(one|other)$/, '');
      expect(english[`${base}_one`], key).toBeDefined();
      expect(english[`${base}_other`], key).toBeDefined();
      expect(Object.keys(placeholdersOf(english, key)), key).toContain('count');
    }
  });

  it('use Chrome-valid message names (letters, digits, _), distinct without regard to case', () => {
    const keys = Object.keys(english);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
  });
});

describe('a message, as the platform formats it', () => {
  const entry = {
    message: 'Pay $$5 to $who$ at $where$ ($2)',
    placeholders: { where: { content: '$1' }, who: { content: '$2' } },
  };

  it('puts the substitutions where the named placeholders say, and $$ as $', () => {
    expect(formatEntry(entry, ['noon', 'Ann'])).toBe('Pay $5 to Ann at noon (Ann)');
  });

  it('keeps named placeholders as {name} for the guide', () => {
    expect(formatEntry(entry, 'raw')).toBe('Pay $5 to {who} at {where} ($2)');
  });

  it('passes named parameters in alphabetical order of their names', () => {
    const translator = catalogueTranslator('en', { pay: entry });
    expect((translator.t as (key: string, p: object) => string)('pay', { where: 'noon', who: 'Ann' })).toBe(
      'Pay $5 to Ann at noon (Ann)',
    );
  });
});

describe('plural forms', () => {
  it.each([
    ['en', 1, 'forgotten in 1 minute'],
    ['en', 0, 'forgotten in 0 minutes'],
    ['en', 14, 'forgotten in 14 minutes'],
    ['fr', 0, 'oublié dans 0 minute'],
    ['fr', 1, 'oublié dans 1 minute'],
    ['fr', 2, 'oublié dans 2 minutes'],
    ['ja', 1, '1 分後に消去'],
  ] as const)('%s, %i', (language, count, expected) => {
    expect(translatorIn(language).plural('popup_token_pasted', count)).toContain(expected);
  });
});

describe('which language', () => {
  it.each([
    ['ja-JP', 'ja'],
    ['fr_CA', 'fr'],
    ['es-419', 'es'],
    ['DE', 'de'],
    ['pt-BR', null],
    ['', null],
  ] as const)('%s speaks %s', (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });

  it('the guide: the page first, then the browser, then English', () => {
    expect(pickLanguage('ja', 'fr')).toBe('ja');
    expect(pickLanguage('pt-BR', 'fr-FR')).toBe('fr');
    expect(pickLanguage('', 'ru')).toBe('en');
  });
});

describe('messages with elements', () => {
  it('keeps the language’s order of text and elements', () => {
    const ja = translatorIn('ja');
    const origin = { element: 'strong' };
    const parts = richParts(ja.t, 'popup_will_fill', { origin });
    expect(parts).toContain(origin);
    expect(parts.filter((part) => typeof part === 'string').join('')).not.toContain('\uE000');
  });

  it('the guide fills in its words the same way', () => {
    const text = guideText(guideWordsOf(catalogueIn('en')));
    expect(text.t('guide_zones_pick', { network: 'Zones' })).toBe(
      'Pick at least one zone for "Zones". The zones must allow the hub\'s addresses.',
    );
    expect(text.rich('guide_connect_goes_to', { origin: 1 })).toEqual(['It goes to the hub at ', 1, '.']);
  });
});
