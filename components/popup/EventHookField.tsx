import { useI18n } from '../common/i18n';

/** The popup's one Event Hook Name field: what Connect sends and Fill hub form fills. */
export function EventHookField({ value, onInput }: { value: string; onInput: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <>
      <label for="event-hook-name">{t('popup_event_hook')}</label>
      <input
        id="event-hook-name"
        type="text"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </>
  );
}
