import type { ReactNode } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { SessionStatus } from '../../../../shared/session/schemas';
import { RecoveryKeyPanel } from '../setup/RecoveryKeyPanel';

interface RecoveryKeyDialogProps {
  title: string;
  recoveryKey: string;
  notice?: ReactNode;
  onConfirmed: (status: SessionStatus) => void;
}

/**
 * The new key, shown like the wizard's last step. Without an onClose it cannot be dismissed by
 * Escape or a click outside: the only way on is confirming the key is kept.
 */
export function RecoveryKeyDialog({ title, recoveryKey, notice, onConfirmed }: RecoveryKeyDialogProps) {
  return (
    <Dialog open fullWidth maxWidth="md">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <RecoveryKeyPanel recoveryKey={recoveryKey} notice={notice} onConfirmed={onConfirmed} />
      </DialogContent>
    </Dialog>
  );
}
