import type { ComponentChildren } from 'preact';
import { translatorIn } from '../utils/i18n/catalogues.fixture';
import { I18n } from './common/i18n';

/** Component tests: the component as the popup or options page renders it, in English (or `language`). */
export function inEnglish(children: ComponentChildren, language: 'en' | 'fr' | 'de' | 'ja' | 'es' = 'en') {
  return <I18n.Provider value={translatorIn(language)}>{children}</I18n.Provider>;
}
