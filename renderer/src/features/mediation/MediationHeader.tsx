import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import StopCircleOutlined from '@mui/icons-material/StopCircleOutlined';
import { formatTableDateTime } from '../../../../shared/dates';
import { INTAKE_FORMS, MEDIATION_SOURCES } from '../../../../shared/mediation/codes';
import type { MediationDetail } from '../../../../shared/mediation/schemas';
import type { OpenCase } from '../../app/navigation';
import { Facts } from '../../components/Facts';
import { Section } from '../../components/Section';
import { MediationStatusChip } from './MediationChips';

interface MediationHeaderProps {
  m: MediationDetail;
  mayTerminate: boolean;
  onOpenCase: OpenCase;
  onTerminate: () => void;
}

/** Whose dispute, who mediates, and how it came in: the heading of every document of the dossier. */
export function MediationHeader({ m, mayTerminate, onOpenCase, onTerminate }: MediationHeaderProps) {
  return (
    <>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
        <Typography variant="h5" component="h1">
          人民调解 {m.caseCode}
        </Typography>
        <MediationStatusChip status={m.status} size="medium" />
        <Typography color="text.secondary">{m.partyNames}</Typography>
        {mayTerminate && (
          <Button
            variant="outlined"
            color="error"
            startIcon={<StopCircleOutlined />}
            onClick={onTerminate}
            sx={{ ml: 'auto !important' }}
          >
            终止调解
          </Button>
        )}
      </Stack>
      <Section title="调解概况">
        <Facts
          facts={[
            {
              label: '案件编号',
              value: (
                <Link component="button" type="button" onClick={() => onOpenCase(m.caseId)}>
                  {m.caseCode}
                </Link>
              ),
            },
            { label: '当事人', value: m.partyNames },
            { label: '纠纷类型', value: m.category },
            { label: '调解来源', value: MEDIATION_SOURCES[m.source] },
            { label: '受理文书', value: INTAKE_FORMS[m.intakeForm] },
            { label: '受理时间', value: formatTableDateTime(m.openedAt) },
            { label: '人民调解员', value: m.mediators.join('、') },
            { label: '记录人', value: m.recorder },
            { label: '调解地点', value: m.place },
            { label: '邀请参加人员', value: m.participants },
            { label: '申请事项', value: m.requests, wide: true },
          ]}
        />
      </Section>
    </>
  );
}
