/** @jsxImportSource react */

import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Box, Button, Heading2, Paragraph } from '@okta/odyssey-react-mui';
import { useCallback, useEffect, useState } from 'react';
import { config, texts } from './config';
import {
  type CreatedToken,
  finishPendingCreation,
  listTokens,
  loadZones,
  type TokenListing,
  type Zone,
} from './console-api';
import { CreateTokenDialog } from './create-token-dialog';
import { DialogContainer } from './dialog-container';
import { RevealDialog } from './reveal-dialog';

type OpenDialog = { kind: 'create'; zones: Zone[] } | { kind: 'reveal'; created: CreatedToken } | null;

/** After a step-up page, the page load that comes back finishes the parked creation, once. */
let resumePendingCreation = config.resumePendingCreation;

/** Security > API > Tokens: the "Create token" button, the token list, and the two dialogs. */
export function TokensTab() {
  const [tokens, setTokens] = useState<TokenListing[] | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const refresh = useCallback(() => {
    listTokens().then(setTokens, () => setTokens([]));
  }, []);

  useEffect(() => {
    refresh();
    if (!resumePendingCreation) return;
    resumePendingCreation = false;
    finishPendingCreation().then((created) => {
      if (created) setDialog({ kind: 'reveal', created });
    });
  }, [refresh]);

  const openCreateDialog = async () => {
    const zones = await loadZones();
    if (zones) setDialog({ kind: 'create', zones });
  };

  return (
    <>
      <Paragraph>{texts.tokensIntro}</Paragraph>
      <Button variant="primary" label={texts.createToken} onClick={openCreateDialog} />
      <Table>
        <TableHead>
          <TableRow>
            <TableCell>{texts.columnTokenName}</TableCell>
            <TableCell>{texts.columnTokenId}</TableCell>
            <TableCell>{texts.columnCreated}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(tokens ?? []).map((token) => (
            <TableRow key={token.id}>
              <TableCell>{token.name}</TableCell>
              <TableCell>{token.id}</TableCell>
              <TableCell>{token.created.slice(0, 10)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {config.decoyToken && (
        <Box component="aside" sx={{ mt: 3, p: 2, bgcolor: '#f0f5ff', borderRadius: 2 }}>
          <Heading2>{texts.decoyHeading}</Heading2>
          <Paragraph>{texts.decoyIntro}</Paragraph>
          <pre>
            <code>Authorization: SSWS {config.decoyToken}</code>
          </pre>
        </Box>
      )}
      <DialogContainer>
        {dialog?.kind === 'create' && (
          <CreateTokenDialog
            zones={dialog.zones}
            onCreated={(created) => setDialog({ kind: 'reveal', created })}
            onClose={() => setDialog(null)}
          />
        )}
        {dialog?.kind === 'reveal' && (
          <RevealDialog
            created={dialog.created}
            onClose={() => {
              setDialog(null);
              refresh();
            }}
          />
        )}
      </DialogContainer>
    </>
  );
}
