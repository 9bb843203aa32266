import { ErrorLine } from '../common/ErrorLine';
import { SecretField } from './SecretField';

/** A token the admin copied from Okta themselves, pasted on the Okta tab it belongs to. */
export function PasteTokenPanel({
  error,
  onPaste,
}: {
  error: string | null;
  onPaste: (value: string) => void;
}) {
  return (
    <section aria-label="Paste an API token">
      <SecretField
        id="paste-token"
        label="Or paste an API token"
        submitLabel="Use token"
        onSubmit={onPaste}
      />
      <ErrorLine message={error} />
    </section>
  );
}
