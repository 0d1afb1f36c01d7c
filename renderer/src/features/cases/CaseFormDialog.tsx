import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { CaseDetail } from '../../../../shared/cases/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useFocusInvalid } from '../../hooks/useFocusInvalid';
import { DeadlineChip } from './CaseChips';
import { CaseForm } from './CaseForm';
import {
  caseDraftOfKept,
  caseFieldsOf,
  checkCaseDraft,
  draftFromDetail,
  emptyCaseDraft,
  keptCaseDraft,
  type KeptCaseDraft,
} from './caseDraft';
import { DraftNotice } from '../../components/DraftNotice';
import { useDraft } from '../../hooks/useDraft';
import { useCaseDraft } from './useCaseDraft';
import { useCategories, useDeadlinePreset, useStaff } from './useCaseLookups';
import { ctrlEnter } from './ctrlEnter';

interface CaseFormDialogProps {
  /** The case to edit; a new case when absent. */
  existing?: CaseDetail;
  /** The signed-in user, preset as handler of a new case. */
  userId: number;
  onClose: () => void;
  onSaved: (saved: CaseDetail) => void;
  onOpenCase?: (id: number) => void;
}

/**
 * 新建案件 / 编辑案件 in a dialog. A new case ends on a confirmation with its
 * code and the deadline the server computed from the working-day calendar.
 * What is typed is kept as the user's draft (`case:new`, `case:<id>`) until saved.
 */
export function CaseFormDialog({ existing, userId, onClose, onSaved, onOpenCase }: CaseFormDialogProps) {
  const categories = useCategories();
  const staff = useStaff();
  const preset = useDeadlinePreset();
  const [start] = useState(() =>
    existing ? draftFromDetail(existing) : emptyCaseDraft({ handlerId: String(userId) }),
  );
  const state = useCaseDraft(() => start);
  const initial = useMemo(() => keptCaseDraft(start), [start]);
  const draft = useDraft<KeptCaseDraft>(
    existing ? `case:${existing.id}` : 'case:new',
    keptCaseDraft(state.draft),
    {
      initial,
      restore: (kept) => {
        state.setDraft(caseDraftOfKept(kept));
        state.setErrors({});
      },
      // A dialog is modal: only the lock reaches it, and the lock keeps the draft.
      guardLeave: false,
    },
  );
  const { busy, error, run } = useCall();
  const [created, setCreated] = useState<CaseDetail>();
  const [invalid, setInvalid] = useState(false);
  const { ref, focusInvalid } = useFocusInvalid();

  const submit = async () => {
    if (busy) return;
    const errors = checkCaseDraft(state.draft);
    state.setErrors(errors);
    setInvalid(Object.keys(errors).length > 0);
    if (Object.keys(errors).length > 0) return focusInvalid();
    const fields = caseFieldsOf(state.draft);
    const result = await run(() =>
      existing ? api.cases.update({ id: existing.id, ...fields }) : api.cases.create(fields),
    );
    if (!result.ok) {
      state.setErrors(result.error.fields ?? {});
      focusInvalid();
      return;
    }
    await draft.committed();
    onSaved(result.value);
    if (existing) onClose();
    else setCreated(result.value);
  };

  const title = existing ? `编辑案件 ${existing.code}` : '新建案件';
  if (created) {
    return (
      <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="case-created-title">
        <DialogTitle id="case-created-title">案件已登记</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 1.5 }}>
            案件编号 <strong>{created.code}</strong>
          </Typography>
          <Typography component="div">
            办理期限 <DeadlineChip state={created.deadlineState} deadline={created.deadline} />
          </Typography>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>关闭</Button>
          {onOpenCase && (
            <Button variant="contained" autoFocus onClick={() => onOpenCase(created.id)}>
              打开案件
            </Button>
          )}
        </DialogActions>
      </Dialog>
    );
  }

  const loadError = categories.error ?? staff.error ?? preset.error;
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="md"
      scroll="paper"
      aria-labelledby="case-form-title"
      onKeyDown={ctrlEnter(() => void submit())}
    >
      <DialogTitle id="case-form-title">{title}</DialogTitle>
      <DialogContent dividers ref={ref}>
        <DraftNotice draft={draft} />
        <ErrorAlert error={loadError ?? error} />
        {invalid && !error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            请按标红处的提示补全或更正后再保存。
          </Alert>
        )}
        <CaseForm
          state={state}
          categories={categories.data ?? []}
          staff={staff.data ?? []}
          preset={preset.data}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          Ctrl+Enter 保存
        </Typography>
        <Button onClick={onClose} disabled={busy}>
          取消
        </Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          {existing ? '保存修改' : '保存案件'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
