import type { ComponentChild } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type MessageKey, type ParamsOf, richParts, type Translator } from '../../utils/i18n/catalogue';

/**
 * The words of the popup and the options page. Components call no browser API: the entrypoint gives them
 * a translator (utils/i18n/browser-language.ts) through this context.
 */
export const I18n = createContext<Translator | null>(null);

export function useI18n(): Translator & {
  /** A message with elements in some placeholders (`<strong>{origin}</strong>`), in the language's order. */
  rich<K extends MessageKey>(key: K, params: Record<keyof ParamsOf<K>, ComponentChild>): ComponentChild[];
} {
  const translator = useContext(I18n);
  if (!translator) throw new Error('No translator: render inside <I18n.Provider>.');
  return {
    ...translator,
    rich: (key, params) =>
      richParts<typeof key, ComponentChild>(
        translator.t,
        key,
        params as Record<keyof ParamsOf<typeof key>, ComponentChild>,
      ),
  };
}
