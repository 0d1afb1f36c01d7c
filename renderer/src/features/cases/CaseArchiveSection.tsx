import { useCallback } from 'react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import { CLASSIFICATIONS, RETENTIONS } from '../../../../shared/archive/codes';
import { api } from '../../api';
import type { OpenArchiveItem } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { Section } from '../../components/Section';
import { useLoad } from '../../hooks/useLoad';
import { LoanTable } from '../archive/loans/LoanTable';

/**
 * 档案: where the case's dossier went when its mediation was closed (mediation
 * closed → dossier → archive item), and who has borrowed it; the item's page
 * holds the rest. Nothing is shown for a case that has not been filed.
 */
export function CaseArchiveSection({
  caseId,
  onOpenArchiveItem,
}: {
  caseId: number;
  onOpenArchiveItem: OpenArchiveItem;
}) {
  const filed = useLoad(useCallback(() => api.archive.forCase({ caseId }), [caseId]));
  const item = filed.data;
  if (filed.error)
    return (
      <Section title="档案">
        <ErrorAlert error={filed.error} />
      </Section>
    );
  if (!item) return null;
  return (
    <Section title="档案">
      <Facts
        facts={[
          { label: '档号', value: item.code },
          { label: '保管期限', value: RETENTIONS[item.retention] },
          { label: '存放位置', value: item.location ?? '未装盒' },
          { label: '密级', value: CLASSIFICATIONS[item.classification] },
          { label: '题名', value: item.title, wide: true },
        ]}
      />
      <Button
        variant="outlined"
        startIcon={<Inventory2Outlined />}
        sx={{ my: 2 }}
        onClick={() => onOpenArchiveItem(item.id)}
      >
        打开档案
      </Button>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        借阅记录
      </Typography>
      <LoanTable loans={item.loans} />
    </Section>
  );
}
