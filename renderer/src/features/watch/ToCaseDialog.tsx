import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DIFFICULTIES, RISK_LEVELS, type Difficulty, type RiskLevel } from '../../../../shared/cases/codes';
import type { WatchEvent } from '../../../../shared/watch/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldGrid } from '../../components/FieldGrid';
import { FormDialog } from '../../components/FormDialog';
import { optionsOf, SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import type { FieldErrors } from '../../hooks/useForm';
import { useCategories } from '../cases/useCaseLookups';
import { categoryLabel, minuteText, pointText } from './watchText';

/** Names typed in one line: 张三、李四 / 张三，李四 / 张三 李四. */
const namesOf = (text: string) =>
  text
    .split(/[、，,;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * 转入台账: the event becomes a ledger case of source 视频监控发现 — its time,
 * place and description carried over; the operator picks the 纠纷类型 and
 * names at least one party (the ledger registers no case without one).
 */
export function ToCaseDialog({
  event,
  onClose,
  onDone,
}: {
  event: WatchEvent;
  onClose: () => void;
  onDone: (event: WatchEvent, message: string) => void;
}) {
  const categories = useCategories();
  const [categoryId, setCategoryId] = useState('');
  const [place, setPlace] = useState('');
  const [names, setNames] = useState('');
  const [difficulty, setDifficulty] = useState<Difficulty>('general');
  const [risk, setRisk] = useState<RiskLevel>('low');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, error, run } = useCall();
  /** A corrected field is no longer shown red. */
  const edit = (name: string, set: (v: string) => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    setErrors((x) => ({ ...x, [name]: '' }));
  };
  const submit = async () => {
    const local: FieldErrors = {};
    if (!categoryId) local.categoryId = '请选择纠纷类型';
    if (namesOf(names).length === 0) local.partyNames = '至少登记一名当事人（填写姓名）';
    if (!event.pointId && !place.trim()) local.place = '这条记录没有点位，请填写发生地点';
    setErrors(local);
    if (Object.keys(local).length) return;
    const r = await run(() =>
      api.watch.toCase({
        eventId: event.id,
        categoryId: Number(categoryId),
        place: place || undefined,
        partyNames: namesOf(names),
        difficulty,
        risk,
      }),
    );
    if (!r.ok) {
      const f = r.error.fields ?? {};
      const party = Object.entries(f).find(([k]) => k.startsWith('partyNames'))?.[1];
      return setErrors({ ...f, ...(party ? { partyNames: party } : {}) });
    }
    onDone(r.value, `已转入台账：案件 ${r.value.caseCode ?? ''}。`);
  };
  return (
    <FormDialog
      open
      title="转入台账"
      submitLabel="登记案件"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Typography variant="body2" color="text.secondary">
        来源：视频监控发现；登记时间 {minuteText(event.occurredAt)}
        {event.pointCode ? `；点位 ${pointText(event)}` : ''}；{categoryLabel(event.category)}：
        {event.description}
      </Typography>
      <ErrorAlert error={categories.error} />
      <SelectField
        label="纠纷类型"
        required
        autoFocus
        emptyLabel="请选择"
        value={categoryId}
        options={(categories.data ?? [])
          .filter((c) => c.active)
          .map((c) => ({ value: String(c.id), label: c.label }))}
        onChange={edit('categoryId', setCategoryId)}
        error={Boolean(errors.categoryId)}
        helperText={errors.categoryId}
      />
      <TextField
        label="当事人姓名"
        required
        value={names}
        onChange={edit('partyNames', setNames)}
        error={Boolean(errors.partyNames)}
        helperText={errors.partyNames || '多人用顿号分隔，如：张三、李四'}
      />
      <TextField
        label="发生地点"
        required={!event.pointId}
        value={place}
        onChange={edit('place', setPlace)}
        error={Boolean(errors.place)}
        helperText={errors.place || (event.pointId ? '留空则取点位的位置' : undefined)}
      />
      <FieldGrid>
        <SelectField
          label="难易程度"
          value={difficulty}
          options={optionsOf(DIFFICULTIES)}
          onChange={(e) => setDifficulty(e.target.value as Difficulty)}
        />
        <SelectField
          label="风险等级"
          value={risk}
          options={optionsOf(RISK_LEVELS)}
          onChange={(e) => setRisk(e.target.value as RiskLevel)}
        />
      </FieldGrid>
    </FormDialog>
  );
}
