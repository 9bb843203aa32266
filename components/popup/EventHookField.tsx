/** The popup's one Event Hook Name field: what Connect sends and Fill hub form fills. */
export function EventHookField({ value, onInput }: { value: string; onInput: (value: string) => void }) {
  return (
    <>
      <label for="event-hook-name">Event Hook Name (optional)</label>
      <input
        id="event-hook-name"
        type="text"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </>
  );
}
