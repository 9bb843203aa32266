import { useState } from 'preact/hooks';
import type { PopupState } from '../../utils/flow/popup-state';

interface Props {
  token: PopupState['token'];
  canPaste: boolean;
  error: string | null;
  now: number;
  onPaste: (value: string) => void;
  onForget: () => void;
}

export function TokenPanel({ token, canPaste, error, now, onPaste, onForget }: Props) {
  const [value, setValue] = useState('');
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
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onPaste(value);
          setValue('');
        }}
      >
        <label for="paste-token">Or paste an API token</label>
        <div class="row">
          <input
            id="paste-token"
            type="password"
            autocomplete="off"
            spellcheck={false}
            value={value}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
          <button type="submit">Use token</button>
        </div>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
