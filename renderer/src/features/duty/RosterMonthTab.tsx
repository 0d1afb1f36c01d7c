import { useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import type { DutySetup, RosterMonth } from '../../../../shared/duty/schemas';
import { daysOf, monthLabel, type ShiftTemplate } from '../../../../shared/duty/shifts';
import type { RosterIssue } from '../../../../shared/duty/validate';
import { formatTableDateTime } from '../../../../shared/dates';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useLeaveGuard } from '../../app/leaveGuard';
import { useCall } from '../../hooks/useCall';
import { useJob } from '../../jobs/useJob';
import { usePrintJob } from '../../print/usePrintJob';
import { GenerateOutcome, outcomeOf, type Outcome } from './GenerateOutcome';
import { PublishDialog } from './PublishDialog';
import { focusCell, RosterGrid } from './RosterGrid';
import { RosterIssues } from './RosterIssues';
import { RosterVersions } from './RosterVersions';
import { cellToFix, marksOf } from './rosterGrid';
import { ShiftLegend } from './shiftLook';
import { useRosterEditor } from './useRosterEditor';

interface MonthTabProps {
  month: string;
  director: boolean;
  setup: DutySetup;
  view: RosterMonth;
  previous: RosterMonth | undefined;
  isOffDay: (date: string) => boolean;
  reload: () => Promise<void>;
}

/** The state of the month's roster in one line: 草稿 or 已发布, its version, who and when. */
function RosterState({ view }: { view: RosterMonth }) {
  const v = view.draft ?? view.published;
  if (!v) return <Chip label="本月还没有值班表" variant="outlined" />;
  return view.draft ? (
    <Chip
      color="primary"
      variant="outlined"
      label={`草稿 · 第 ${v.version} 版 · ${v.createdBy} ${formatTableDateTime(v.createdAt)}${view.published ? `（已发布第 ${view.published.version} 版仍有效）` : '（未发布）'}`}
    />
  ) : (
    <Chip
      color="success"
      variant="outlined"
      label={`已发布 · 第 ${v.version} 版 · ${v.publishedBy ?? ''} ${formatTableDateTime(v.publishedAt ?? v.createdAt)}`}
    />
  );
}

/**
 * 值班表 of one month: the director picks a template and generates (a job:
 * progress and 取消 in the tray), edits cells with 撤销, saves the draft and
 * publishes; everyone sees the grid, its issues, counts and versions, and
 * prints or exports it.
 */
export function RosterMonthTab({ month, director, setup, view, previous, isOffDay, reload }: MonthTabProps) {
  const current = view.draft ?? view.published;
  const usable = setup.templates.filter((t) => !t.retired);
  const ofCurrent = setup.templates.find((t) => t.name === current?.template.name);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const templateId = picked ?? ofCurrent?.id ?? usable[0]?.id;
  const chosen = setup.templates.find((t) => t.id === templateId);
  const template: ShiftTemplate | undefined = current?.template ?? chosen;

  if (!template)
    return (
      <Alert severity="info">
        还没有在用的班次模板。{director ? '请先在「排班设置」中添加班次模板。' : '请主任先设置班次模板。'}
      </Alert>
    );
  return (
    <MonthEditor
      month={month}
      director={director}
      setup={setup}
      view={view}
      previous={previous}
      isOffDay={isOffDay}
      reload={reload}
      template={template}
      templateId={templateId}
      onPickTemplate={setPicked}
    />
  );
}

function MonthEditor({
  month,
  director,
  setup,
  view,
  previous,
  isOffDay,
  reload,
  template,
  templateId,
  onPickTemplate,
}: MonthTabProps & {
  template: ShiftTemplate;
  templateId: number | undefined;
  onPickTemplate: (id: number) => void;
}) {
  const editor = useRosterEditor({ view, previous, template, rules: setup.rules, isOffDay });
  const gridRef = useRef<HTMLTableElement>(null);
  const generation = useJob();
  const printing = usePrintJob();
  const saving = useCall();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [notice, setNotice] = useState('');
  const days = useMemo(() => daysOf(month), [month]);
  const marks = useMemo(() => marksOf(editor.issues), [editor.issues]);
  const editable = director && (view.draft !== null || view.published === null);
  const current = view.draft ?? view.published;
  const busy = generation.busy || saving.busy;
  const usable = setup.templates.filter((t) => !t.retired);

  // Rows: everyone on the roster, and anyone a roster names who has left it since.
  const people = useMemo(() => {
    const known = new Set(view.people.map((p) => p.id));
    const others = [...new Set(editor.roster.map((a) => a.personId))].filter((id) => !known.has(id));
    return [...view.people, ...others.map((id) => ({ id, name: `编号 ${id}` }))];
  }, [view.people, editor.roster]);

  const generate = async () => {
    if (templateId === undefined) return;
    setOutcome(null);
    setNotice('');
    const result = await generation.run(() => api.duty.generate({ month, templateId }));
    if (!result.ok) return;
    setOutcome(outcomeOf(result.value));
    if (result.value.ok) await reload();
  };

  /** 保存草稿: true once stored (the leave guard then lets the user go on). */
  const save = async (): Promise<boolean> => {
    const id = setup.templates.find((t) => t.name === template.name)?.id ?? templateId;
    if (id === undefined) return false;
    setNotice('');
    const result = await saving.run(() =>
      api.duty.saveDraft({ month, templateId: id, assignments: editor.roster }),
    );
    if (!result.ok) return false;
    const n = result.value.issues.length;
    setNotice(n ? `草稿已保存。服务器校验仍有 ${n} 处问题，见下方列表。` : '草稿已保存，服务器校验通过。');
    await reload();
    return true;
  };
  // Switching the month or the tab, or leaving the page, asks before these edits are dropped.
  useLeaveGuard(editable && editor.dirty ? { message: '本月排班有未保存的修改，离开将丢失。', save } : null);

  const pick = (issue: RosterIssue) => {
    const cell = cellToFix(issue, people, editor.roster, editor.leave);
    if (cell) focusCell(gridRef.current, cell.personId, cell.date);
  };

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
        {editable && (
          <SelectField
            label="班次模板"
            size="small"
            fullWidth={false}
            sx={{ width: 190 }}
            value={templateId === undefined ? '' : String(templateId)}
            onChange={(e) => onPickTemplate(Number(e.target.value))}
            options={usable.map((t) => ({ value: String(t.id), label: t.name }))}
            disabled={busy}
          />
        )}
        {editable && (
          <Button
            variant="contained"
            onClick={generate}
            disabled={busy || editor.dirty || templateId === undefined}
          >
            生成值班表
          </Button>
        )}
        {editable && (
          <>
            <Button startIcon={<UndoOutlined />} onClick={editor.undo} disabled={!editor.canUndo || busy}>
              撤销
            </Button>
            <Button variant="outlined" onClick={() => void save()} disabled={!editor.dirty || busy}>
              保存草稿
            </Button>
            <Button
              variant="outlined"
              color="success"
              onClick={() => setPublishing(true)}
              disabled={!view.draft || editor.dirty || busy}
            >
              发布
            </Button>
          </>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Button
          variant="outlined"
          disabled={!current || printing.busy}
          onClick={() =>
            void printing.start(`${monthLabel(month)}值班表`, () => api.duty.printRoster({ month }))
          }
        >
          打印
        </Button>
        <Button
          variant="outlined"
          disabled={!current || printing.busy}
          onClick={() => void printing.start('值班表', () => api.duty.exportRoster({ month }))}
        >
          导出 Excel
        </Button>
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 1.5 }}>
        <RosterState view={view} />
        {editor.dirty && <Chip color="warning" label="有未保存的修改" />}
        {editable && editor.dirty && (
          <Typography variant="body2" color="text.secondary">
            保存草稿后才能生成或发布。
          </Typography>
        )}
      </Stack>
      {!editable && view.published && !view.draft && (
        <Alert severity="info" sx={{ mb: 2 }}>
          本月值班表已发布。{director ? '发布后的变动' : '需要变动时'}
          请在「调班」中申请换班或替班，经主任批准后生成新版本。
        </Alert>
      )}
      <ErrorAlert error={generation.error ?? saving.error ?? printing.error} />
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      {outcome && <GenerateOutcome outcome={outcome} onClose={() => setOutcome(null)} />}
      <ShiftLegend template={template} />
      {people.length === 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          值班人员名单为空。{director ? '请在「排班设置」中选定值班人员。' : ''}
        </Alert>
      ) : (
        <RosterGrid
          days={days}
          people={people}
          template={template}
          roster={editor.roster}
          leave={view.leave}
          isOffDay={isOffDay}
          marks={marks}
          counts={editor.counts}
          spread={editor.spread}
          onSet={editable ? editor.set : null}
          onMove={editable ? editor.move : null}
          onUndo={editor.undo}
          gridRef={gridRef}
        />
      )}
      {(current || editor.dirty) && (
        <RosterIssues issues={editor.issues} source={editor.dirty ? 'local' : 'server'} onPick={pick} />
      )}
      <RosterVersions versions={view.versions} />
      {publishing && (
        <PublishDialog
          month={month}
          onClose={() => setPublishing(false)}
          onDone={(after) => {
            setPublishing(false);
            setNotice(`已发布 ${monthLabel(month)}值班表（第 ${after.published?.version ?? ''} 版）。`);
            void reload();
          }}
        />
      )}
      {printing.preview}
    </>
  );
}
