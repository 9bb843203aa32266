import { useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  submitLabel: string;
  onSubmit: (value: string) => void;
}

/** A masked one-line form for a pasted secret; the field is cleared as soon as the value is handed over. */
export function SecretField({ id, label, submitLabel, onSubmit }: Props) {
  const [value, setValue] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value);
        setValue('');
      }}
    >
      <label for={id}>{label}</label>
      <div class="row">
        <input
          id={id}
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit">{submitLabel}</button>
      </div>
    </form>
  );
}
