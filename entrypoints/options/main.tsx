import { render } from 'preact';
import { I18n } from '@/components/common/i18n';
import { OptionsApp } from '@/components/options/OptionsApp';
import { browserTranslator } from '@/utils/i18n/browser-language';
import { optionsApi } from '@/utils/popup/options-api';
import '../popup/style.css';

// The browser's language: the page says which, so that screen readers and fonts follow it.
const i18n = browserTranslator();
document.documentElement.lang = i18n.lang;
document.title = i18n.t('options_title');
const root = document.getElementById('app');
if (root) {
  render(
    <I18n.Provider value={i18n}>
      <OptionsApp api={optionsApi} />
    </I18n.Provider>,
    root,
  );
}
