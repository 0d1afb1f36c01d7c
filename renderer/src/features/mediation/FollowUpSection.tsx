import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import { SATISFACTION } from '../../../../shared/cases/codes';
import { formatTableDateTime } from '../../../../shared/dates';
import { FOLLOW_UP_METHODS, PERFORMANCE_STATES } from '../../../../shared/mediation/codes';
import type { FollowUp, MediationDetail } from '../../../../shared/mediation/schemas';
import { Section } from '../../components/Section';
import { documentRequest } from './documents';
import type { OpenDialog } from './mediationDialogs';
import { SimpleTable, type Column } from './SimpleTable';

/**
 * 回访 (人民调解法第三十一条): the committee follows up the agreement's
 * performance — visits scheduled (signing schedules the first), recorded,
 * and each printed as a 人民调解回访记录.
 */
export function FollowUpSection({
  m,
  mayVisit,
  onOpen,
}: {
  m: MediationDetail;
  mayVisit: boolean;
  onOpen: OpenDialog;
}) {
  const columns: Column<FollowUp>[] = [
    { header: '应回访日期', cell: (f) => f.dueOn ?? '', nowrap: true },
    { header: '回访事由', cell: (f) => f.reason },
    {
      header: '回访时间',
      cell: (f) => (f.visitedAt ? formatTableDateTime(f.visitedAt) : '未回访'),
      nowrap: true,
    },
    { header: '方式', cell: (f) => (f.method ? FOLLOW_UP_METHODS[f.method] : ''), nowrap: true },
    {
      header: '履行情况',
      cell: (f) => (f.performance ? PERFORMANCE_STATES[f.performance] : ''),
      nowrap: true,
    },
    { header: '满意度', cell: (f) => (f.satisfaction ? SATISFACTION[f.satisfaction] : ''), nowrap: true },
    { header: '回访情况', cell: (f) => [f.note, f.risk && `风险：${f.risk}`].filter(Boolean).join('；') },
    { header: '回访人', cell: (f) => f.visitor ?? '', nowrap: true },
    {
      header: '操作',
      nowrap: true,
      cell: (f) =>
        f.visitedAt ? (
          <Button
            size="small"
            aria-label={`打印 ${formatTableDateTime(f.visitedAt)} 的回访记录`}
            onClick={() =>
              onOpen({ kind: 'document', request: documentRequest(m.id, 'followUp', { itemId: f.id }) })
            }
          >
            打印
          </Button>
        ) : (
          <Button
            size="small"
            disabled={!mayVisit}
            aria-label={`填写 ${f.dueOn ?? ''} 的回访`}
            onClick={() => onOpen({ kind: 'followUp', followUp: f })}
          >
            填写
          </Button>
        ),
    },
  ];
  return (
    <Section
      title="回访"
      description="达成协议后，回访当事人，了解协议履行情况和当事人是否满意、有无新的风险。"
    >
      <SimpleTable
        label="回访记录"
        columns={columns}
        rows={m.followUps}
        rowKey={(f) => f.id}
        empty={mayVisit ? '尚无回访安排。' : '达成协议后安排回访。'}
      />
      <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <Button
          variant="outlined"
          startIcon={<EventOutlined />}
          disabled={!mayVisit}
          onClick={() => onOpen({ kind: 'schedule' })}
        >
          安排回访
        </Button>
        <Button
          variant="contained"
          startIcon={<AddOutlined />}
          disabled={!mayVisit}
          onClick={() => onOpen({ kind: 'followUp' })}
        >
          记录回访
        </Button>
        {!mayVisit && (
          <Typography variant="body2" color="text.secondary">
            达成协议后才回访履行情况。
          </Typography>
        )}
      </Stack>
    </Section>
  );
}
