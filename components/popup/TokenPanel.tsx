import type { PopupState } from '../../utils/background/popup-state';
import { ErrorLine } from '../common/ErrorLine';
import { SecretField } from './SecretField';

interface Props {
  token: PopupState['token'];
  canPaste: boolean;
  error: string | null;
  now: number;
  onPaste: (value: string) => void;
  onForget: () => void;
}

export function TokenPanel({ token, canPaste, error, now, onPaste, onForget }: Props) {
  if (token) {
    const minutes = Math.max(0, Math.ceil((token.expiresAt - now) / 60_000));
    return (
      <section class="card" aria-label="API token">
        <p class="label">API token for {token.orgDomain}</p>
        <p>
          <code data-testid="masked-token">{token.masked}</code>{' '}
          <span class="muted">
            {token.source === 'guide' ? 'captured from Okta' : 'pasted'}, held in memory only, forgotten in{' '}
            {minutes} min
          </span>
        </p>
        <button type="button" onClick={onForget}>
          Forget token
        </button>
      </section>
    );
  }
  if (!canPaste) return null;
  return (
    <section class="card" aria-label="API token">
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
