import { ErrorLine } from '../common/ErrorLine';
import { useI18n } from '../common/i18n';
import { SecretField } from './SecretField';

/** A token the admin copied from Okta themselves, pasted on the Okta tab it belongs to. */
export function PasteTokenPanel({
  error,
  onPaste,
}: {
  error: string | null;
  onPaste: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-label={t('popup_paste_label')}>
      <SecretField
        id="paste-token"
        label={t('popup_paste_input')}
        submitLabel={t('popup_paste_use')}
        onSubmit={onPaste}
      />
      <ErrorLine message={error} />
    </section>
  );
}
