import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import { ROLE_LABELS, type Role } from '../../../../shared/accounts/roles';
import type { DutySetup } from '../../../../shared/duty/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';

/**
 * 值班人员: who takes shifts. Operators are on the roster unless taken off;
 * staff (and the director) who also watch the screens are put on it here.
 */
export function PeopleSection({
  candidates,
  onSaved,
}: {
  candidates: DutySetup['candidates'];
  onSaved: (s: DutySetup) => void;
}) {
  const [chosen, setChosen] = useState(() => new Set(candidates.filter((c) => c.onDuty).map((c) => c.id)));
  const [notice, setNotice] = useState('');
  const { busy, error, run } = useCall();

  const toggle = (id: number) =>
    setChosen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const save = async () => {
    setNotice('');
    const result = await run(() => api.duty.setPeople({ accountIds: [...chosen] }));
    if (!result.ok) return;
    setNotice(`值班人员已保存，共 ${chosen.size} 人。`);
    onSaved(result.value);
  };

  return (
    <Section
      title="值班人员"
      description="值班员默认在名单上；兼任值班的工作人员在此勾选。新名单从下次生成值班表起生效。"
    >
      <ErrorAlert error={error} />
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <FormGroup row sx={{ mb: 2 }}>
        {candidates.map((c) => (
          <FormControlLabel
            key={c.id}
            control={<Checkbox checked={chosen.has(c.id)} onChange={() => toggle(c.id)} />}
            label={`${c.name}（${ROLE_LABELS[c.role as Role] ?? c.role}）`}
          />
        ))}
      </FormGroup>
      <Button variant="contained" onClick={() => void save()} disabled={busy}>
        保存名单
      </Button>
    </Section>
  );
}
