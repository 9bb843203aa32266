/**
 * A hub session the extension did not take on the page's word: its hub API is outside the trusted ones (the admin
 * confirms that host), or it is of another hub than the session in use (the admin says which one to keep).
 */
export type SessionChoice =
  | { kind: 'confirm'; origin: string; host: string; message: string }
  | { kind: 'replace'; from: string; to: string; message: string };

interface Props {
  choice: SessionChoice;
  onConfirm: (origin: string) => void;
  onReplace: () => void;
}

export function HubApiConfirm({ choice, onConfirm, onReplace }: Props) {
  return (
    <section class="card" aria-label="Where the token goes">
      <p class="warn" role="status" data-testid="hub-api-confirm">
        {choice.message}
      </p>
      {choice.kind === 'confirm' ? (
        <>
          <p class="muted">
            Only if you know this is your hub's own address. Otherwise nothing is sent there.
          </p>
          <button type="button" onClick={() => onConfirm(choice.origin)}>
            Trust {choice.host}
          </button>
        </>
      ) : (
        <button type="button" onClick={onReplace}>
          Use the session for {choice.to}
        </button>
      )}
    </section>
  );
}
