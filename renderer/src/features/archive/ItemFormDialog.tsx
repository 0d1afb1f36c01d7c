import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined';
import { createItemInput, updateItemInput, type ArchiveItemDetail } from '../../../../shared/archive/schemas';
import { api } from '../../api';
import { DraftNotice } from '../../components/DraftNotice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useDraft } from '../../hooks/useDraft';
import { useFocusInvalid } from '../../hooks/useFocusInvalid';
import { zodFieldErrors, type FieldErrors } from '../../hooks/useForm';
import { ctrlEnter } from '../cases/ctrlEnter';
import { ItemFiledDialog } from './ItemFiledDialog';
import { ItemForm } from './ItemForm';
import {
  createInputOf,
  draftFromItem,
  emptyItemDraft,
  meetingPreset,
  updateInputOf,
  type ItemDraft,
} from './itemDraft';
import { useArchiveCategories, useBoxes } from './useArchiveLookups';

interface ItemFormDialogProps {
  /** The item to edit; a new filing (归档登记) when absent. */
  existing?: ArchiveItemDetail;
  /** 责任者 of a new item: the centre, unless the item says otherwise. */
  centreName: string;
  onClose: () => void;
  onSaved: (item: ArchiveItemDetail) => void;
  onOpenItem?: (id: number) => void;
}

/**
 * 归档登记 / 编辑档案. A new filing ends on its 档号, with 打印标签 for the
 * folder; the monthly 工作例会记录 is one click (门类, 题名, 期限 preset).
 * What is typed is kept as the user's draft (`archive:new`, `archive:<id>`) until saved.
 */
export function ItemFormDialog({ existing, centreName, onClose, onSaved, onOpenItem }: ItemFormDialogProps) {
  const categories = useArchiveCategories();
  const boxes = useBoxes();
  const [start, setStart] = useState<ItemDraft>(() =>
    existing ? draftFromItem(existing) : emptyItemDraft(centreName, new Date()),
  );
  const [draft, setDraft] = useState<ItemDraft>(start);
  const [errors, setErrors] = useState<FieldErrors>({});
  const kept = useDraft(existing ? `archive:${existing.id}` : 'archive:new', draft, {
    initial: start,
    restore: (values) => {
      setDraft(values);
      setErrors({});
    },
    // A dialog is modal: only the lock reaches it, and the lock keeps the draft.
    guardLeave: false,
  });
  const [filed, setFiled] = useState<ArchiveItemDetail>();
  const { busy, error, run } = useCall();
  const { ref, focusInvalid } = useFocusInvalid();

  const change = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const rest = { ...e };
      delete rest[key];
      return rest;
    });
  };
  const preset = meetingPreset(draft, categories.data ?? [], new Date());

  const submit = async () => {
    if (busy) return;
    const input = existing ? updateInputOf(existing.id, draft) : createInputOf(draft);
    const found = zodFieldErrors(existing ? updateItemInput : createItemInput, input);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusInvalid();
    const result = await run(() =>
      existing
        ? api.archive.update(updateInputOf(existing.id, draft))
        : api.archive.create(createInputOf(draft)),
    );
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return focusInvalid();
    }
    await kept.committed();
    onSaved(result.value);
    if (existing) onClose();
    else setFiled(result.value);
  };

  if (filed)
    return (
      <ItemFiledDialog
        item={filed}
        onClose={onClose}
        onOpenItem={onOpenItem}
        onNext={() => {
          const next = emptyItemDraft(centreName, new Date());
          setFiled(undefined);
          setStart(next);
          setDraft(next);
        }}
      />
    );

  const invalid = Object.keys(errors).length > 0;
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="md"
      scroll="paper"
      aria-labelledby="item-form-title"
      onKeyDown={ctrlEnter(() => void submit())}
    >
      <DialogTitle id="item-form-title">{existing ? `编辑档案 ${existing.code}` : '归档登记'}</DialogTitle>
      <DialogContent dividers ref={ref}>
        <DraftNotice draft={kept} />
        <ErrorAlert error={categories.error ?? boxes.error ?? error} />
        {invalid && !error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            请按标红处的提示补全或更正后再保存。
          </Alert>
        )}
        {!existing && (
          <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center' }}>
            <Typography variant="body2" color="text.secondary">
              快速填写：
            </Typography>
            <Button
              size="small"
              variant="outlined"
              startIcon={<EventNoteOutlined />}
              disabled={!preset}
              onClick={() => {
                if (!preset) return;
                setDraft(preset);
                setErrors({});
              }}
            >
              本月工作例会记录
            </Button>
          </Stack>
        )}
        <ItemForm
          draft={draft}
          errors={errors}
          categories={categories.data ?? []}
          boxes={boxes.data ?? []}
          editing={Boolean(existing)}
          onChange={change}
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
          {existing ? '保存修改' : '归档'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
