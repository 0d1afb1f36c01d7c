import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DutySetup, DutyTemplate } from '../../../../shared/duty/schemas';
import { shiftLabel } from '../../../../shared/duty/shifts';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { SimpleTable, type Column } from '../mediation/SimpleTable';
import { PeopleSection } from './PeopleSection';
import { RulesSection } from './RulesSection';
import { TemplateDialog } from './TemplateDialog';
import { useDutySetup } from './useRosterData';

/** 班次模板: the templates with their shifts; add, edit, retire (a retired one is not offered for new months). */
function TemplatesSection({
  templates,
  onSaved,
}: {
  templates: DutyTemplate[];
  onSaved: (s: DutySetup) => void;
}) {
  const [editing, setEditing] = useState<DutyTemplate | null | 'new'>(null);
  const [notice, setNotice] = useState('');
  const retiring = useCall();

  const setRetired = async (t: DutyTemplate, retired: boolean) => {
    setNotice('');
    const result = await retiring.run(() =>
      api.duty.saveTemplate({ id: t.id, name: t.name, shifts: t.shifts, retired }),
    );
    if (!result.ok) return;
    setNotice(`班次模板「${t.name}」已${retired ? '停用' : '启用'}。`);
    onSaved(result.value);
  };

  const columns: Column<DutyTemplate>[] = [
    { header: '模板', cell: (t) => t.name, nowrap: true },
    {
      header: '班次',
      cell: (t) =>
        t.shifts
          .map((s) => `${s.key} ${shiftLabel(s)}${s.minStaff > 1 ? ` ${s.minStaff} 人` : ''}`)
          .join('\n'),
    },
    {
      header: '状态',
      cell: (t) => (
        <Chip
          size="small"
          variant="outlined"
          color={t.retired ? 'default' : 'success'}
          label={t.retired ? '停用' : '在用'}
        />
      ),
      nowrap: true,
    },
    {
      header: '操作',
      cell: (t) => (
        <Stack direction="row" spacing={0.5}>
          <Button size="small" onClick={() => setEditing(t)}>
            修改
          </Button>
          <Button size="small" disabled={retiring.busy} onClick={() => void setRetired(t, !t.retired)}>
            {t.retired ? '启用' : '停用'}
          </Button>
        </Stack>
      ),
      nowrap: true,
    },
  ];

  return (
    <Section
      title="班次模板"
      description="生成值班表时在「月度值班表」中选用一个在用的模板；已生成的值班表保留它当时的班次。"
    >
      <ErrorAlert error={retiring.error} />
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <Button variant="outlined" sx={{ mb: 2 }} onClick={() => setEditing('new')}>
        新增模板
      </Button>
      <SimpleTable
        label="班次模板"
        columns={columns}
        rows={templates}
        rowKey={(t) => t.id}
        empty="还没有班次模板。"
      />
      {editing && (
        <TemplateDialog
          template={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={(setup, message) => {
            setEditing(null);
            setNotice(message);
            onSaved(setup);
          }}
        />
      )}
    </Section>
  );
}

/** 排班设置 (the director's): templates, rules, who is on the roster. */
export function DutySetupTab() {
  const setup = useDutySetup();
  const [latest, setLatest] = useState<DutySetup | null>(null);
  const data = latest ?? setup.data;
  if (!data)
    return setup.error ? (
      <ErrorAlert error={setup.error} />
    ) : (
      <Typography color="text.secondary">正在读取…</Typography>
    );
  return (
    <>
      <TemplatesSection templates={data.templates} onSaved={setLatest} />
      <RulesSection rules={data.rules} onSaved={setLatest} />
      <PeopleSection candidates={data.candidates} onSaved={setLatest} />
    </>
  );
}
