import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EditOutlined from '@mui/icons-material/EditOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import {
  JUDICIAL_RULINGS,
  JUDICIAL_VARIANTS,
  type JudicialVariant,
} from '../../../../shared/mediation/codes';
import type { MediationDetail } from '../../../../shared/mediation/schemas';
import { Facts } from '../../components/Facts';
import { Section } from '../../components/Section';
import { optionsOf, SelectField } from '../../components/SelectField';
import { documentRequest } from './documents';
import { DaysLeftChip, URGENT_DAYS } from './MediationChips';
import type { OpenDialog } from './mediationDialogs';

/** The deadline, prominent and red within a week or past it, until the application is made. */
function Deadline({ m }: { m: MediationDetail }) {
  const { deadline, daysLeft, appliedOn } = m.judicial;
  if (!deadline) return <Typography color="text.secondary">调解协议签署生效后，显示申请期限。</Typography>;
  if (appliedOn)
    return (
      <Alert severity="success" sx={{ mb: 2 }}>
        已于 {appliedOn} 申请司法确认（申请期限 {deadline}）。
      </Alert>
    );
  const urgent = daysLeft !== null && daysLeft <= URGENT_DAYS;
  return (
    <Alert
      severity={urgent ? 'error' : 'info'}
      sx={{ mb: 2, alignItems: 'center' }}
      role="region"
      aria-label="司法确认申请期限"
      data-urgent={urgent}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600, fontSize: 18 }}>申请期限：{deadline}</Typography>
        {daysLeft !== null && <DaysLeftChip days={daysLeft} size="medium" />}
      </Stack>
    </Alert>
  );
}

/**
 * 司法确认 (人民调解法第三十三条): within 30 days of the agreement taking
 * effect the parties may jointly apply to the basic court. The deadline, the
 * printed application (个人与个人 / 个人与单位) and the court's answer.
 */
export function JudicialSection({
  m,
  mayApply,
  onOpen,
}: {
  m: MediationDetail;
  mayApply: boolean;
  onOpen: OpenDialog;
}) {
  const [variant, setVariant] = useState<JudicialVariant>('person-person');
  const j = m.judicial;
  return (
    <Section
      title="司法确认"
      description="协议生效之日起三十日内，双方当事人可以共同向人民法院申请司法确认。"
    >
      <Deadline m={m} />
      {(j.court || j.appliedOn) && (
        <Facts
          facts={[
            { label: '受理法院', value: j.court },
            { label: '申请日期', value: j.appliedOn },
            { label: '法院案号', value: j.caseNumber },
            { label: '结果', value: j.ruling ? JUDICIAL_RULINGS[j.ruling] : '' },
            { label: '裁定日期', value: j.ruledOn },
            { label: '备注', value: j.note, wide: true },
          ]}
        />
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <SelectField
          label="申请书类型"
          size="small"
          value={variant}
          onChange={(e) => setVariant(e.target.value as JudicialVariant)}
          options={optionsOf(JUDICIAL_VARIANTS)}
          disabled={!mayApply}
          fullWidth={false}
          sx={{ width: 180 }}
        />
        <Button
          variant="outlined"
          startIcon={<PrintOutlined />}
          disabled={!mayApply}
          onClick={() =>
            onOpen({
              kind: 'document',
              request: documentRequest(
                m.id,
                'judicial',
                { variant },
                `司法确认申请书（${JUDICIAL_VARIANTS[variant]}）`,
              ),
            })
          }
        >
          打印司法确认申请书
        </Button>
        <Button
          variant="outlined"
          startIcon={<EditOutlined />}
          disabled={!mayApply}
          onClick={() => onOpen({ kind: 'judicial' })}
        >
          登记司法确认情况
        </Button>
      </Stack>
    </Section>
  );
}
