import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import type { MediationDetail } from '../../../../shared/mediation/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import type { OpenCase } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AgreementSection } from './AgreementSection';
import { CloseSection } from './CloseSection';
import { FollowUpSection } from './FollowUpSection';
import { IntakeSection, RightsNoticeSection } from './IntakeSections';
import { JudicialSection } from './JudicialSection';
import { MediationDialogHost } from './MediationDialogHost';
import type { MediationDialog } from './mediationDialogs';
import { MediationHeader } from './MediationHeader';
import { allowedActions } from './mediationRules';
import { MediationStepper, StepAnchor } from './MediationStepper';
import { SessionsSection } from './SessionsSection';
import { TerminationSection } from './TerminateDialog';
import { useMediation } from './useMediation';

interface MediationPageProps {
  mediationId: number;
  user: SessionUser;
  backLabel: string;
  onBack: () => void;
  onOpenCase: OpenCase;
}

/**
 * 人民调解: one mediation walked through the seed's procedure — 受理, 告知权利
 * 义务, 调解, 协议 (or 终止), 回访, 司法确认, 结案归卷 — each step with its
 * documents, and only the actions its status allows.
 */
export function MediationPage({ mediationId, user, backLabel, onBack, onOpenCase }: MediationPageProps) {
  const { m, error, loading, notice, clearNotice, done, reload } = useMediation(mediationId);
  const [dialog, setDialog] = useState<MediationDialog | null>(null);

  const open = (next: MediationDialog) => {
    clearNotice();
    setDialog(next);
  };
  const finished = (next: MediationDetail, message: string) => {
    setDialog(null);
    done(next, message);
  };

  return (
    <>
      <Button startIcon={<ArrowBackOutlined />} onClick={onBack} sx={{ mb: 1, ml: -1 }}>
        {backLabel}
      </Button>
      <ErrorAlert error={error} />
      {!m ? (
        loading && <Typography color="text.secondary">正在读取…</Typography>
      ) : (
        <MediationRecord
          m={m}
          user={user}
          notice={notice}
          onClearNotice={clearNotice}
          dialog={dialog}
          onOpen={open}
          onCloseDialog={() => setDialog(null)}
          onDone={finished}
          onPrinted={(message) => {
            setDialog(null);
            void reload(message);
          }}
          onOpenCase={onOpenCase}
        />
      )}
    </>
  );
}

interface MediationRecordProps {
  m: MediationDetail;
  user: SessionUser;
  notice: string;
  onClearNotice: () => void;
  dialog: MediationDialog | null;
  onOpen: (dialog: MediationDialog) => void;
  onCloseDialog: () => void;
  onDone: (next: MediationDetail, message: string) => void;
  onPrinted: (message: string) => void;
  onOpenCase: OpenCase;
}

/** The loaded record: heading, steps, the part of each step, and the open dialog. */
function MediationRecord(props: MediationRecordProps) {
  const { m, user, notice, dialog, onOpen, onDone } = props;
  const allowed = allowedActions(m);
  const terminated = m.status === 'terminated' || m.terminatedAt !== null;
  return (
    <>
      <MediationHeader
        m={m}
        mayTerminate={allowed.terminate}
        onOpenCase={props.onOpenCase}
        onTerminate={() => onOpen({ kind: 'terminate' })}
      />
      {/* At the foot of the window: the action that earned it is often far down this long page. */}
      <Snackbar
        open={Boolean(notice)}
        autoHideDuration={10_000}
        onClose={(_, reason) => reason !== 'clickaway' && props.onClearNotice()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={props.onClearNotice}>
          {notice}
        </Alert>
      </Snackbar>
      <MediationStepper m={m} />
      <StepAnchor step="intake">
        <IntakeSection m={m} onOpen={onOpen} />
      </StepAnchor>
      <StepAnchor step="rights">
        <RightsNoticeSection m={m} onOpen={onOpen} mayConfirm={allowed.rightsNotice} onDone={onDone} />
      </StepAnchor>
      <StepAnchor step="sessions">
        <SessionsSection m={m} mayRecord={allowed.sessions} onOpen={onOpen} />
      </StepAnchor>
      {terminated ? (
        <StepAnchor step="termination">
          <TerminationSection m={m} onOpen={onOpen} />
        </StepAnchor>
      ) : (
        <>
          <StepAnchor step="agreement">
            <AgreementSection m={m} allowed={allowed} onOpen={onOpen} onDone={onDone} />
          </StepAnchor>
          <StepAnchor step="followUp">
            <FollowUpSection m={m} mayVisit={allowed.followUps} onOpen={onOpen} />
          </StepAnchor>
          <StepAnchor step="judicial">
            <JudicialSection m={m} mayApply={allowed.judicial} onOpen={onOpen} />
          </StepAnchor>
        </>
      )}
      <StepAnchor step="close">
        <CloseSection m={m} mayClose={allowed.close} onOpen={onOpen} />
      </StepAnchor>
      {dialog && (
        <MediationDialogHost
          m={m}
          user={user}
          dialog={dialog}
          onClose={props.onCloseDialog}
          onDone={onDone}
          onPrinted={props.onPrinted}
        />
      )}
    </>
  );
}
