import type { ComponentChildren } from 'preact';
import { useI18n } from '../common/i18n';

/** The other ways to go, one click away from the first one. */
export function MoreOptions({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <details class="more-options">
      <summary>{t('popup_more_options')}</summary>
      <div class="more-options-body">{children}</div>
    </details>
  );
}
