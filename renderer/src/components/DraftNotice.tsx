import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { formatTableDateTime } from '../../../shared/dates';
import type { DraftState } from '../hooks/useDraft';

/** 「已恢复未保存的草稿」 with 丢弃草稿, and a draft that could not be kept (useDraft). */
export function DraftNotice({ draft }: { draft: DraftState }) {
  return (
    <>
      {draft.restoredAt && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={() => void draft.discard()}>
              丢弃草稿
            </Button>
          }
        >
          已恢复未保存的草稿（保存于 {formatTableDateTime(draft.restoredAt)}）。
        </Alert>
      )}
      {draft.error && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {/* The size limit is the payload's own refusal; anything else as the server worded it. */}
          草稿未能保存：{draft.error.fields?.payload ?? draft.error.message}
        </Alert>
      )}
    </>
  );
}
