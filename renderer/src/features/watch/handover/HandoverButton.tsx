import { useState } from 'react';
import Button from '@mui/material/Button';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import { HandoverDialog } from './HandoverDialog';

/**
 * 交接班 for the operator keeping the shift: opens the three-step dialog.
 * `onDone` hears the result line; by then the session is the incoming
 * operator's, and App shows that user's own start page.
 */
export function HandoverButton({
  disabled,
  onDone,
}: {
  disabled?: boolean;
  onDone?: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="contained"
        startIcon={<SwapHorizOutlined />}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        交接班
      </Button>
      {open && (
        <HandoverDialog
          onClose={() => setOpen(false)}
          onDone={(message) => {
            setOpen(false);
            onDone?.(message);
          }}
        />
      )}
    </>
  );
}
