import type { MediationDetail } from '../../../../shared/mediation/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { CorrectAgreementDialog, SignAgreementDialog } from './AgreementDialogs';
import { AgreementPreviewDialog } from './AgreementPreviewDialog';
import { CloseMediationDialog } from './CloseMediationDialog';
import { documentRequest } from './documents';
import { DocumentPreviewDialog } from '../../print/DocumentPreviewDialog';
import { RecordFollowUpDialog, ScheduleFollowUpDialog } from './FollowUpDialogs';
import { JudicialDialog } from './JudicialDialog';
import type { MediationDialog, MediationDone } from './mediationDialogs';
import { SessionDialog } from './SessionDialog';
import { TerminateDialog } from './TerminateDialog';

interface MediationDialogHostProps {
  m: MediationDetail;
  user: SessionUser;
  dialog: MediationDialog;
  onClose: () => void;
  onDone: MediationDone;
  /** After a print the record is read again: the number and the print log changed. */
  onPrinted: (message: string) => void;
}

/** The one open dialog of the mediation page. */
export function MediationDialogHost({
  m,
  user,
  dialog,
  onClose,
  onDone,
  onPrinted,
}: MediationDialogHostProps) {
  const common = { m, onClose, onDone };
  const agreementOf = (id: number) => m.agreements.find((a) => a.id === id);
  switch (dialog.kind) {
    case 'session':
      return <SessionDialog {...common} session={dialog.session} />;
    case 'terminate':
      return <TerminateDialog {...common} />;
    case 'schedule':
      return <ScheduleFollowUpDialog {...common} />;
    case 'followUp':
      return <RecordFollowUpDialog {...common} user={user} followUp={dialog.followUp} />;
    case 'judicial':
      return <JudicialDialog {...common} />;
    case 'close':
      return <CloseMediationDialog {...common} />;
    case 'document':
      return <DocumentPreviewDialog request={dialog.request} onClose={onClose} />;
    case 'agreementPreview': {
      const a = agreementOf(dialog.agreementId);
      if (!a) return null;
      // An oral agreement has no 协议书: its terms are recorded in the 口头协议登记表 (Art. 28).
      if (a.kind === 'oral')
        return <DocumentPreviewDialog request={documentRequest(m.id, 'oral')} onClose={onClose} />;
      return <AgreementPreviewDialog agreement={a} onClose={onClose} onPrinted={onPrinted} />;
    }
    case 'sign':
    case 'correct': {
      const a = agreementOf(dialog.agreementId);
      if (!a) return null;
      const Dialog = dialog.kind === 'sign' ? SignAgreementDialog : CorrectAgreementDialog;
      return <Dialog agreement={a} onClose={onClose} onDone={onDone} />;
    }
  }
}
