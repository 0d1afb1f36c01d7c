import type { FormEvent, ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { ApiError } from '../../../shared/api/result';
import { ErrorAlert } from './ErrorAlert';

interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  /** The way out without submitting (「取消」 unless a question needs another word, e.g. 「留下」). */
  cancelLabel?: string;
  busy: boolean;
  error?: ApiError | null;
  /** Destructive actions get the error colour on their button. */
  danger?: boolean;
  submitDisabled?: boolean;
  /** A third way out beside 取消 and the submit button (「放弃修改」), disabled while the call runs. */
  alternative?: { label: string; onClick: () => void };
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
}

/**
 * A dialog that is a real <form>: Enter in any field submits, the submit
 * button is disabled while the call runs, and closing is blocked meanwhile so
 * an answer never lands in a dialog that is gone.
 */
export function FormDialog(props: FormDialogProps) {
  const {
    open,
    title,
    submitLabel,
    cancelLabel = '取消',
    busy,
    error,
    danger,
    submitDisabled,
    alternative,
    onClose,
    onSubmit,
  } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && !submitDisabled) onSubmit();
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <ErrorAlert error={error} />
          <Stack spacing={2} sx={{ pt: 1 }}>
            {props.children}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy}>
            {cancelLabel}
          </Button>
          {alternative && (
            <Button color="error" onClick={alternative.onClick} disabled={busy}>
              {alternative.label}
            </Button>
          )}
          <Button
            type="submit"
            variant="contained"
            color={danger ? 'error' : 'primary'}
            disabled={busy || submitDisabled}
          >
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
