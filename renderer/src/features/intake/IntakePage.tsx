import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { CaseDetail } from '../../../../shared/cases/schemas';
import { DEADLINE_STATE_LABELS } from '../../../../shared/cases/deadline';
import { INTAKE_CHANNELS } from '../../../../shared/cases/codes';
import type { Intake } from '../../../../shared/intake/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import type { OpenCase } from '../../app/navigation';
import { PageTitle } from '../../components/PageTitle';
import { IntakeForm } from './IntakeForm';
import { IntakeList } from './IntakeList';
import { useIntakeList } from './useIntakeList';

interface Saved {
  intake: Intake;
  registered: CaseDetail | undefined;
}

function savedMessage({ intake, registered }: Saved): string {
  const who = `${INTAKE_CHANNELS[intake.channel]} ${intake.personName}`;
  if (!intake.caseCode) return `已保存首问登记（${who}）。`;
  const deadline = registered?.deadline
    ? `，办理期限 ${registered.deadline}（${DEADLINE_STATE_LABELS[registered.deadlineState]}）`
    : '';
  return `已保存首问登记（${who}），并登记为案件 ${intake.caseCode}${deadline}。`;
}

/** 首问登记: the fast form on top, the log below. */
export function IntakePage({ user, onOpenCase }: { user: SessionUser; onOpenCase: OpenCase }) {
  const [saved, setSaved] = useState<Saved>();
  // Each save remounts the form (clean fields, focus back on 来访/来电) and reloads the list.
  const [round, setRound] = useState(0);
  const list = useIntakeList(user.id);

  return (
    <>
      <PageTitle>首问登记</PageTitle>
      {saved && (
        <Alert
          severity="success"
          sx={{ mb: 2 }}
          onClose={() => setSaved(undefined)}
          action={
            saved.intake.caseId ? (
              <Button color="inherit" size="small" onClick={() => onOpenCase(saved.intake.caseId!)}>
                打开案件
              </Button>
            ) : undefined
          }
        >
          {savedMessage(saved)}
        </Alert>
      )}
      <IntakeForm
        key={round}
        user={user}
        onSaved={(intake, registered) => {
          setSaved({ intake, registered });
          setRound((r) => r + 1);
          void list.intakes.reload();
        }}
      />
      <IntakeList list={list} onOpenCase={onOpenCase} />
    </>
  );
}
