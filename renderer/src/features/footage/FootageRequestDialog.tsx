import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isCalendarMinute } from '../../../../shared/dates';
import {
  footageCorrectInput,
  footageRequestInput,
  type FootagePoint,
  type FootageRecorded,
  type FootageRequest,
} from '../../../../shared/footage/schemas';
import { api } from '../../api';
import { DraftNotice } from '../../components/DraftNotice';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { useDebounced } from '../../hooks/useDebounced';
import { useDraft } from '../../hooks/useDraft';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { useLoad } from '../../hooks/useLoad';
import { DateTimeField } from '../../components/dates/DateFields';

interface Props {
  /** The request being corrected: its fields fill the form, and a reason is asked. */
  correcting?: FootageRequest;
  onClose: () => void;
  onDone: (recorded: FootageRecorded, message: string) => void;
}

const loadPoints = () => api.footage.points({});

/**
 * 登记调取 (and 更正, the same fields again with a reason): the requester and
 * unit, the resident ID (checksum checked as the ledger does), the letter,
 * the cameras and hours, the purpose. Hours older than the recorders keep are
 * warned about before saving — the core's clock and setting decide — and the
 * request is still recorded. What is typed is kept as a draft until saved.
 */
export function FootageRequestDialog({ correcting: old, onClose, onDone }: Props) {
  const form = useForm({
    requester: old?.requester ?? '',
    unit: old?.unit ?? '',
    idNumber: old?.idNumber ?? '',
    letter: old?.letter ?? '',
    rangeFrom: old?.rangeFrom ?? '',
    rangeTo: old?.rangeTo ?? '',
    purpose: old?.purpose ?? '',
    reason: '',
  });
  const [points, setPoints] = useState<FootagePoint[]>(old?.points.filter((p) => !p.retired) ?? []);
  const [startValues] = useState(form.values);
  const [startPoints] = useState(points);
  const initial = useMemo(() => ({ fields: startValues, points: startPoints }), [startValues, startPoints]);
  const draft = useDraft(
    old ? `footage:${old.id}:correct` : 'footage:new',
    { fields: form.values, points },
    {
      initial,
      restore: (kept) => {
        form.setValues({ ...startValues, ...kept.fields });
        setPoints(kept.points);
        form.setErrors({});
      },
      // A dialog is modal: only the lock reaches it, and the lock keeps the draft.
      guardLeave: false,
    },
  );
  const options = useLoad(loadPoints);
  const { busy, error, run } = useCall();
  const [warning, setWarning] = useState<string | null>(null);
  const from = useDebounced(form.values.rangeFrom, 250);

  useEffect(() => {
    let live = true;
    if (!isCalendarMinute(from)) {
      setWarning(null);
      return;
    }
    void api.footage.check({ rangeFrom: from }).then((r) => {
      if (live) setWarning(r.ok ? r.value.warning : null);
    });
    return () => {
      live = false;
    };
  }, [from]);

  const submit = async () => {
    const v = form.values;
    const fields = {
      requester: v.requester,
      unit: v.unit,
      idNumber: v.idNumber,
      letter: v.letter,
      pointIds: points.map((p) => p.id),
      rangeFrom: v.rangeFrom,
      rangeTo: v.rangeTo,
      purpose: v.purpose,
    };
    const errors = old
      ? zodFieldErrors(footageCorrectInput, { ...fields, correctsId: old.id, reason: v.reason })
      : zodFieldErrors(footageRequestInput, fields);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() =>
      old
        ? api.footage.correct({ ...fields, correctsId: old.id, reason: v.reason })
        : api.footage.request(fields),
    );
    if (result.ok) {
      await draft.committed();
      const id = result.value.request.id;
      onDone(
        result.value,
        old ? `已更正登记 #${old.id}，新登记为 #${id}，待主任审批。` : `已登记录像调取 #${id}，待主任审批。`,
      );
    } else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={old ? `更正登记 #${old.id}` : '登记调取'}
      submitLabel={old ? '保存更正' : '登记'}
      busy={busy}
      error={error ?? options.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <DraftNotice draft={draft} />
      {old && (
        <>
          <Typography variant="body2" color="text.secondary">
            原登记保持不变；更正作为一条新登记保存，并注明所更正的登记和理由，须重新经主任审批。
          </Typography>
          <TextField label="更正理由" required autoFocus {...form.field('reason')} />
        </>
      )}
      <Stack direction="row" spacing={2}>
        <TextField label="调取人" required fullWidth autoFocus={!old} {...form.field('requester')} />
        <TextField label="调取单位" required fullWidth {...form.field('unit')} />
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField
          label="身份证号"
          required
          fullWidth
          slotProps={{ htmlInput: { maxLength: 18 } }}
          {...form.field('idNumber')}
        />
        <TextField
          label="介绍信或公函编号"
          required
          fullWidth
          placeholder="如：城关派调〔2026〕15号"
          {...form.field('letter')}
        />
      </Stack>
      <Autocomplete
        multiple
        options={options.data ?? []}
        value={points}
        onChange={(_, next) => {
          setPoints(next);
          form.setErrors((e) => {
            const rest = { ...e };
            delete rest.pointIds;
            return rest;
          });
        }}
        getOptionLabel={(p) => `${p.code} ${p.name}`}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        renderInput={(params) => (
          <TextField
            {...params}
            label="调取点位"
            required
            error={Boolean(form.errors.pointIds)}
            helperText={form.errors.pointIds ?? '输入编号或名称选择，可选多个'}
          />
        )}
      />
      <Stack direction="row" spacing={2}>
        <DateTimeField label="调取时段起" required fullWidth {...form.field('rangeFrom')} />
        <DateTimeField label="调取时段止" required fullWidth {...form.field('rangeTo')} />
      </Stack>
      {warning && (
        <Alert severity="warning" role="alert">
          {warning}。仍可登记，登记表将注明。
        </Alert>
      )}
      <TextField label="调取事由" required multiline minRows={2} {...form.field('purpose')} />
    </FormDialog>
  );
}
