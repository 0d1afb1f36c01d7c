import Alert from '@mui/material/Alert';
import type { ApiError } from '../../../shared/api/result';

/** Shows a failed call's Chinese message exactly as the server wrote it. */
export function ErrorAlert({ error }: { error: ApiError | null | undefined }) {
  if (!error) return null;
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      {error.message}
    </Alert>
  );
}
