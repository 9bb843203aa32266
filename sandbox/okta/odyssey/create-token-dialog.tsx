/** @jsxImportSource react */
import {
  Button,
  Callout,
  Dialog,
  Select,
  TextField,
  NativeSelect as UntypedNativeSelect,
} from '@okta/odyssey-react-mui';
import { type ChangeEvent, type ReactElement, type ReactNode, useState } from 'react';
import type { NetworkChoice } from '../options';
import { config, texts } from './config';
import { type CreatedToken, createToken, type Zone } from './console-api';

/**
 * Odyssey 1.13 types NativeSelect through a declaration file it does not ship (so, for TypeScript, it takes no
 * props at all); these are the props its source reads that this dialog uses. Its options are `<option>` children.
 */
const NativeSelect = UntypedNativeSelect as unknown as (props: {
  label: string;
  value: string | string[];
  hasMultipleChoices?: boolean;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  errorMessage?: string;
  isFullWidth?: boolean;
  children: ReactNode;
}) => ReactElement;

/** A choice as this console spells it: its option value (the org's `networkValues`). */
function spelled(choice: NetworkChoice): string {
  return config.networkOptions.find((option) => option.choice === choice)?.value ?? '';
}

/** The two choices that name zones, and so show the zones field. */
const ZONE_CHOICES: ReadonlySet<NetworkChoice> = new Set(['IN_ZONES', 'NOT_IN_ZONES']);

interface FieldErrors {
  name?: string;
  zones?: string;
  form?: string;
}

/**
 * Okta's Create-token dialog built from Odyssey parts: no <form>, `type=button` actions, React state as the
 * only model (a value set by script without an input event is not seen), the network choice as an ARIA
 * combobox (Select) or a real <select> (NativeSelect), Okta's default "Any IP".
 */
export function CreateTokenDialog(props: {
  zones: Zone[];
  onCreated: (created: CreatedToken) => void;
  onClose: () => void;
}) {
  const { zones, onCreated, onClose } = props;
  const [name, setName] = useState('');
  const [network, setNetwork] = useState<NetworkChoice>(config.networkDefault);
  const [zoneIds, setZoneIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const withZones = ZONE_CHOICES.has(network);

  const submit = async () => {
    const nameMissing = name.trim() === '';
    const zonesMissing = withZones && zoneIds.length === 0;
    setErrors({
      name: nameMissing ? texts.fieldRequired : undefined,
      zones: zonesMissing ? texts.zonesRequired : undefined,
      form: nameMissing || zonesMissing ? texts.formHasErrors : undefined,
    });
    if (nameMissing || zonesMissing) return;
    setIsBusy(true);
    const creation = await createToken(
      { name: name.trim(), network: spelled(network), zones: withZones ? zoneIds : [] },
      () => setStatus(texts.verifyInPopup),
    );
    setStatus(null);
    if (creation.outcome === 'created') onCreated(creation.created);
    if (creation.outcome === 'failed') {
      setErrors({ form: creation.message });
      setIsBusy(false);
    }
  };

  return (
    <Dialog
      isOpen
      title={texts.createToken}
      onClose={onClose}
      callToActionFirstComponent={
        <Button variant="primary" label={texts.createToken} onClick={submit} isDisabled={isBusy} />
      }
      callToActionSecondComponent={<Button variant="secondary" label={texts.cancel} onClick={onClose} />}
    >
      {errors.form && <Callout severity="error" role="alert" text={errors.form} />}
      {status && <Callout severity="info" role="status" text={status} />}
      <TextField
        label={texts.tokenNameLabel}
        value={name}
        onChange={(event) => setName(event.target.value)}
        errorMessage={errors.name}
        autoCompleteType="off"
        hasInitialFocus
        isFullWidth
      />
      <NetworkField value={network} onChange={setNetwork} />
      {withZones && (
        <ZonesField zones={zones} value={zoneIds} onChange={setZoneIds} errorMessage={errors.zones} />
      )}
    </Dialog>
  );
}

function NetworkField({
  value,
  onChange,
}: {
  value: NetworkChoice;
  onChange: (value: NetworkChoice) => void;
}) {
  const choices = config.networkOptions.map((option) => ({
    value: option.value,
    text: texts.networkOptions[option.choice],
  }));
  const choose = (chosen: unknown) => {
    const choice = config.networkOptions.find((candidate) => candidate.value === chosen);
    if (choice) onChange(choice.choice);
  };
  if (config.networkControl === 'custom-dropdown') {
    return (
      <Select
        label={texts.networkLabel}
        options={choices}
        value={spelled(value)}
        onChange={(event) => choose(event.target.value)}
        isFullWidth
      />
    );
  }
  return (
    <NativeSelect
      label={texts.networkLabel}
      value={spelled(value)}
      onChange={(event) => choose(event.target.value)}
      isFullWidth
    >
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.text}
        </option>
      ))}
    </NativeSelect>
  );
}

/** The zones to allow or refuse, a multiple choice of the same kind as the network control. */
function ZonesField(props: {
  zones: Zone[];
  value: string[];
  onChange: (value: string[]) => void;
  errorMessage: string | undefined;
}) {
  const { zones, value, onChange, errorMessage } = props;
  if (config.networkControl === 'custom-dropdown') {
    return (
      <Select
        label={texts.zonesLabel}
        hasMultipleChoices
        options={zones.map((zone) => ({ value: zone.id, text: zone.name }))}
        value={value}
        onChange={(event) => {
          const chosen = event.target.value;
          onChange(typeof chosen === 'string' ? chosen.split(',') : chosen);
        }}
        errorMessage={errorMessage}
        isFullWidth
      />
    );
  }
  return (
    <NativeSelect
      label={texts.zonesLabel}
      hasMultipleChoices
      value={value}
      onChange={(event) => onChange(Array.from(event.target.selectedOptions, (option) => option.value))}
      errorMessage={errorMessage}
      isFullWidth
    >
      {zones.map((zone) => (
        <option key={zone.id} value={zone.id}>
          {zone.name}
        </option>
      ))}
    </NativeSelect>
  );
}
