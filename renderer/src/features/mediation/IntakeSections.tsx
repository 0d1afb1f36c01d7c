import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { formatTableDateTime } from '../../../../shared/dates';
import { INTAKE_FORMS } from '../../../../shared/mediation/codes';
import type { MediationDetail } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { documentRequest } from './documents';
import type { MediationDone, OpenDialog } from './mediationDialogs';

interface StepProps {
  m: MediationDetail;
  onOpen: OpenDialog;
}

/** 受理: the party's 申请书 or the committee's 受理登记表, printed for signing and the dossier. */
export function IntakeSection({ m, onOpen }: StepProps) {
  const form = INTAKE_FORMS[m.intakeForm];
  return (
    <Section title="受理" description={`${formatTableDateTime(m.openedAt)} 由 ${m.openedBy} 受理。`}>
      <Button
        variant="outlined"
        startIcon={<PrintOutlined />}
        onClick={() => onOpen({ kind: 'document', request: documentRequest(m.id, m.intakeForm) })}
      >
        打印{form}
      </Button>
    </Section>
  );
}

/**
 * 告知权利义务 (人民调解法第二十三、二十四条): the notice is printed, each party
 * signs it, and that is recorded before mediating.
 */
export function RightsNoticeSection({
  m,
  onOpen,
  mayConfirm,
  onDone,
}: StepProps & { mayConfirm: boolean; onDone: MediationDone }) {
  const { busy, error, run } = useCall();
  const confirm = async () => {
    const result = await run(() => api.mediation.markRightsNoticeSigned({ id: m.id }));
    if (result.ok) onDone(result.value, '已记录当事人签字确认权利义务告知书。');
  };
  return (
    <Section
      title="告知权利义务"
      description="调解开始前，向各方当事人送达《人民调解当事人权利义务告知书》，由当事人签字确认（人民调解法第二十三、二十四条）。"
    >
      <ErrorAlert error={error} />
      {m.rightsNoticeSignedAt && (
        <Alert severity="success" sx={{ mb: 2 }}>
          当事人已于 {formatTableDateTime(m.rightsNoticeSignedAt)} 签字确认。
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          variant="outlined"
          startIcon={<PrintOutlined />}
          onClick={() => onOpen({ kind: 'document', request: documentRequest(m.id, 'rightsNotice') })}
        >
          打印权利义务告知书
        </Button>
        {!m.rightsNoticeSignedAt && (
          <Button variant="contained" disabled={!mayConfirm || busy} onClick={confirm}>
            当事人已签字确认
          </Button>
        )}
      </Stack>
      {!m.rightsNoticeSignedAt && !mayConfirm && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          调解已不在进行中，不能再确认。
        </Typography>
      )}
    </Section>
  );
}
