/** @jsxImportSource react */

import { Box } from '@mui/material';
import { Button, Callout, Dialog, TextField } from '@okta/odyssey-react-mui';
import { CopyIcon } from '@okta/odyssey-react-mui/icons';
import { useRef } from 'react';
import { texts } from './config';
import type { CreatedToken } from './console-api';
import { ICON_PROPS } from './icons';

/** The one time Okta shows the token: a read-only field, a copy icon button beside it, then "Ok, got it". */
export function RevealDialog({ created, onClose }: { created: CreatedToken; onClose: () => void }) {
  const fieldRowRef = useRef<HTMLDivElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.token);
    } catch {
      // Clipboard refused: leave the value selected for Ctrl+C.
      fieldRowRef.current?.querySelector('input')?.select();
    }
  };
  return (
    <Dialog
      isOpen
      title={texts.createToken}
      onClose={onClose}
      callToActionFirstComponent={<Button variant="primary" label={texts.okGotIt} onClick={onClose} />}
    >
      <Box ref={fieldRowRef} sx={{ display: 'flex', alignItems: 'flex-end', gap: 1 }}>
        <TextField label={texts.tokenValueLabel} value={created.token} isReadOnly isFullWidth />
        <Button
          variant="secondary"
          ariaLabel={texts.copyToClipboard}
          startIcon={<CopyIcon {...ICON_PROPS} />}
          onClick={copy}
        />
      </Box>
      <Callout severity="warning" text={texts.revealWarning} />
    </Dialog>
  );
}
