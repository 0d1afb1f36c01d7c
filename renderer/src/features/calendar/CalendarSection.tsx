import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CalendarYear } from '../../../../shared/calendar/schemas';
import type { CalendarSource } from '../../../../shared/calendar/workdays';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useLoad } from '../../hooks/useLoad';
import { DateChips, DateListEditor, isWeekend } from './DateListEditor';

/** Where a year's working days come from (shared/calendar/workdays: the first source that knows the year wins). */
const SOURCES: Record<CalendarSource, { label: string; explain: string }> = {
  director: {
    label: '主任录入',
    explain: '按主任录入的放假安排计算，优先于其他来源。',
  },
  official: {
    label: '官方安排',
    explain: '按国务院办公厅公布的当年放假安排计算，含调休上班日。',
  },
  statutory: {
    label: '法定节假日推算',
    explain:
      '尚无当年的官方安排，暂按《全国年节及纪念日放假办法》推算法定节假日，不含调休上班日。国务院办公厅公布当年安排后，请录入放假日期和调休上班日期。',
  },
};

const yearOptions = (around: number) =>
  Array.from({ length: 7 }, (_, i) => around - 3 + i).map((y) => ({ value: String(y), label: `${y} 年` }));

/** The director's entry of one year, starting from what is in force now. */
function YearEditor({
  current,
  onSaved,
  onCancel,
}: {
  current: CalendarYear;
  onSaved: (y: CalendarYear) => void;
  onCancel: () => void;
}) {
  const [holidays, setHolidays] = useState(current.holidays);
  const [workdays, setWorkdays] = useState(current.workdays);
  const { busy, error, run } = useCall();

  const save = async () => {
    const result = await run(() => api.calendar.saveYear({ year: current.year, holidays, workdays }));
    if (result.ok) onSaved(result.value);
  };

  return (
    <Stack spacing={3}>
      <ErrorAlert error={error} />
      <DateListEditor label="放假日期" year={current.year} days={holidays} onChange={setHolidays} />
      <DateListEditor
        label="调休上班日期"
        year={current.year}
        days={workdays}
        onChange={setWorkdays}
        refuse={(day) => (isWeekend(day) ? null : '调休上班日应是周六或周日，工作日本来就上班')}
      />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={save} disabled={busy}>
          保存 {current.year} 年安排
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          取消
        </Button>
      </Stack>
    </Stack>
  );
}

/**
 * 工作日历: which days count as working days for the deadlines. Published
 * years come with the app; the director enters a year the app does not know
 * yet (or corrects one), and may remove the entry to fall back.
 */
export function CalendarSection() {
  const [thisYear] = useState(() => new Date().getFullYear());
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [notice, setNotice] = useState('');
  const loaded = useLoad(useCallback(() => api.calendar.getYear({ year }), [year]));
  const [changed, setChanged] = useState<CalendarYear>();
  const remove = useCall();
  const shown = changed?.year === year ? changed : loaded.data?.year === year ? loaded.data : undefined;

  const pick = (next: number) => {
    setYear(next);
    setEditing(false);
    setNotice('');
  };

  return (
    <Section
      title="工作日历"
      description="办理期限按工作日计算：周末和放假日期不计，调休上班日期照常计算。保存或删除某年的安排后，该年内未办结、未经人工延期的案件按新日历重算办理期限，并记入办理经过。"
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <SelectField
          label="年份"
          size="small"
          options={yearOptions(thisYear)}
          value={String(year)}
          onChange={(e) => pick(Number(e.target.value))}
          sx={{ width: 130 }}
        />
        {shown && (
          <Chip
            label={`来源：${SOURCES[shown.source].label}`}
            color={shown.source === 'statutory' ? 'warning' : 'default'}
          />
        )}
      </Stack>
      <ErrorAlert error={loaded.error ?? remove.error} />
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      {!shown ? (
        loaded.loading && <Typography color="text.secondary">正在读取…</Typography>
      ) : editing ? (
        <YearEditor
          key={shown.year}
          current={shown}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setChanged(saved);
            setEditing(false);
            setNotice(`${saved.year} 年的放假安排已保存。`);
          }}
        />
      ) : (
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {SOURCES[shown.source].explain}
          </Typography>
          <div>
            <Typography variant="subtitle2" sx={{ mb: 1 }}>
              放假日期（{shown.holidays.length} 天）
            </Typography>
            <DateChips days={shown.holidays} label="放假日期" />
          </div>
          <div>
            <Typography variant="subtitle2" sx={{ mb: 1 }}>
              调休上班日期（{shown.workdays.length} 天）
            </Typography>
            <DateChips days={shown.workdays} label="调休上班日期" />
          </div>
          <Stack direction="row" spacing={1}>
            <Button
              variant="outlined"
              onClick={() => {
                setNotice('');
                setEditing(true);
              }}
            >
              {shown.source === 'director' ? `修改 ${year} 年安排` : `录入 ${year} 年安排`}
            </Button>
            {shown.source === 'director' && (
              <Button color="error" onClick={() => setConfirmRemove(true)}>
                删除主任录入
              </Button>
            )}
          </Stack>
        </Stack>
      )}
      <FormDialog
        open={confirmRemove}
        title={`删除 ${year} 年的主任录入`}
        submitLabel="删除"
        danger
        busy={remove.busy}
        error={remove.error}
        onClose={() => setConfirmRemove(false)}
        onSubmit={async () => {
          const result = await remove.run(() => api.calendar.removeYear({ year }));
          if (!result.ok) return;
          setChanged(result.value);
          setConfirmRemove(false);
          setNotice(`已删除主任录入，${year} 年改按「${SOURCES[result.value.source].label}」计算。`);
        }}
      >
        <Typography>删除后，{year} 年的工作日改按官方安排（如有）或法定节假日推算。</Typography>
      </FormDialog>
    </Section>
  );
}
