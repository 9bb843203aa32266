import { browser } from 'wxt/browser';
import { DEFAULT_LANGUAGE, makeTranslator, type Translate, type Translator } from './catalogue';

/**
 * The browser's language, through `browser.i18n` (the platform picks the catalogue: the browser's UI
 * language, else English). The popup, the options page, the background and the hub filler speak it; the
 * guide speaks the console's (utils/i18n/guide-words.ts).
 */
let translator: Translator | null = null;

export function browserTranslator(): Translator {
  if (!translator) {
    // WXT types getMessage with the names of the English catalogue; ours are checked by `Translate`.
    const getMessage = browser.i18n.getMessage as (key: string, subs: string[]) => string;
    const lookup = (key: string, subs: string[]) => getMessage(key, subs);
    translator = makeTranslator(lookup('locale', []) || DEFAULT_LANGUAGE, lookup);
  }
  return translator;
}

/** A message in the browser's language. */
export const t: Translate = (key, ...params) => browserTranslator().t(key, ...params);
